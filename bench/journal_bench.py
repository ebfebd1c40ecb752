"""Journal speed at the size of a long life's use: 100,000 entries (30 years, ~9 a day).

Prints a table. Targets: open + every insight < 150 ms. Run from the repository root:

    .venv/bin/python bench/journal_bench.py [--entries N]

The journal is built in a temporary folder with ``write_records`` (one transaction), so
building it is not what is measured. Each timing is the best of a few repeats (the first
repeat of "open" is also shown: it is the cold-ish case right after the file was written,
with the page cache warm, as on a desktop that just wrote it).

"list all entries" (history's first search, exports, insights on unlock) runs twice, lock off
and lock on (a copy locked at the end), each beside its baseline: the same rows fetched with
plain sqlite3, no tags and no Entry objects (plus opening each seal when the lock is on).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tenang.core.journal import Entry, EntryKind, Journal, Mood, SessionRun
from tenang.core.journal.exchange import (
    export_csv,
    export_json,
    export_markdown,
    import_tenang_json,
)
from tenang.core.journal.store import ImportRecords
from tenang.core.journal.tags import BUILTIN_TAGS

WORDS = [
    "slept",
    "well",
    "long",
    "day",
    "walk",
    "rain",
    "coffee",
    "friend",
    "tired",
    "calm",
    "work",
    "call",
    "family",
    "quiet",
]
ROUTINES = [
    ("box-breathing", "Box breathing"),
    ("cyclic-sighing", "Cyclic sighing"),
    ("body-scan", "Body scan"),
    ("quick-calm", "Quick calm"),
]


def build(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    end = datetime(2026, 11, 23, tzinfo=UTC)
    start = end - timedelta(days=365 * 30)
    span = (end - start).total_seconds()
    tag_keys = [tag.key for tag in BUILTIN_TAGS] + ["choir", "garden"]
    entries: list[Entry] = []
    runs: list[SessionRun] = []
    moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(count))
    index = 0
    while index < len(moments):
        at = moments[index]
        offset = rng.choice((420, 420, 420, 480, 0, 60))
        pair = rng.random() < 0.15 and index + 1 < len(moments)
        run_id = None
        if pair:
            routine, title = rng.choice(ROUTINES)
            run_id = str(uuid.UUID(int=rng.getrandbits(128)))
            planned = rng.choice((180, 300, 600))
            runs.append(
                SessionRun(
                    run_id,
                    routine,
                    title,
                    at,
                    at + timedelta(seconds=planned),
                    offset,
                    planned,
                    planned * rng.random(),
                    10,
                    rng.random() < 0.8,
                )
            )
        kinds = (
            [EntryKind.BEFORE_SESSION, EntryKind.AFTER_SESSION] if pair else [EntryKind.CHECK_IN]
        )
        for kind in kinds:
            moment = moments[index]
            entries.append(
                Entry(
                    id=str(uuid.UUID(int=rng.getrandbits(128))),
                    created_at=moment,
                    utc_offset_minutes=offset,
                    updated_at=moment,
                    mood=Mood(rng.randint(1, 5)),
                    energy=rng.choice((None, 1, 2, 3, 4, 5)),
                    tags=tuple(sorted(set(rng.sample(tag_keys, rng.randint(0, 3))))),
                    note=" ".join(rng.choices(WORDS, k=rng.randint(0, 12))),
                    kind=kind,
                    run_id=run_id,
                )
            )
            index += 1
    with Journal.open(path) as journal:
        journal.write_records(
            ImportRecords(
                entries=entries,
                runs=runs,
                custom_tags=[("choir", "Choir", end), ("garden", "Garden", end)],
            )
        )


def best(fn: Callable[[], object], repeats: int) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times[0] * 1000, min(times) * 1000


def list_rows(
    journal: Journal, path: Path, repeats: int, label: str
) -> list[tuple[str, float, float, str]]:
    """``list_entries()`` of every entry (history's first search, exports, insights on unlock)
    beside its baseline: the same rows fetched by plain sqlite3, with no tags and no objects.

    With the lock on the baseline is what cannot be avoided: the rows plus opening each seal.
    """
    columns = "id, created_at, utc_offset_minutes, updated_at, mood, energy, note, kind, sealed"
    sql = f"SELECT {columns} FROM entries ORDER BY created_at DESC, id DESC"
    sealer = journal._sealer  # the bench reaches in to time the floor
    conn = sqlite3.connect(path)

    def baseline() -> None:
        rows = conn.execute(sql).fetchall()
        if sealer is not None:
            for row in rows:
                sealer.open(row[0], row[8])

    try:
        return [
            (f"list all entries{label}", *best(journal.list_entries, repeats), ""),
            (
                "  baseline: rows only" + (" + open seals" if sealer else ""),
                *best(baseline, repeats),
                "",
            ),
        ]
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = parser.parse_args()
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.sqlite3"
        started = time.perf_counter()
        build(path, args.entries)
        build_ms = (time.perf_counter() - started) * 1000
        size_mb = path.stat().st_size / 1e6
        today = date(2026, 11, 23)

        def open_and_insights(defer: bool) -> Callable[[], None]:
            def run() -> None:
                with Journal.open(path, defer_check=defer) as journal:
                    journal.insights(today, streaks=True)

            return run

        first, fastest = best(open_and_insights(True), args.repeats)
        rows.append(("open + all insights (check deferred)", first, fastest, "< 150 ms"))
        first, fastest = best(open_and_insights(False), args.repeats)
        rows.append(("open + all insights (quick_check)", first, fastest, ""))

        def open_deferred() -> None:
            Journal.open(path, defer_check=True).close()

        def open_only(check: str) -> Callable[[], None]:
            def run() -> None:
                Journal.open(path, check=check).close()

            return run

        rows.append(("  open only, check deferred", *best(open_deferred, args.repeats), ""))
        rows.append(("  open only, quick_check", *best(open_only("quick_check"), args.repeats), ""))
        rows.append(
            ("  open only, integrity_check", *best(open_only("integrity_check"), args.repeats), "")
        )
        with Journal.open(path) as journal:
            since = date(2026, 8, 1)
            rows.append(
                (
                    "  insight rows (SQL)",
                    *best(lambda: journal.insight_rows(breathing_since=since), args.repeats),
                    "",
                )
            )
            rows.append(
                (
                    "  insights total (SQL + Python)",
                    *best(lambda: journal.insights(today, streaks=True), args.repeats),
                    "",
                )
            )
            rows += list_rows(journal, path, args.repeats, "")
            adds = [
                best(lambda: journal.add_entry(3, tags=["calm"], note="bench"), 1)[1]
                for _ in range(20)
            ]
            rows.append(
                ("one add (FULL sync), median of 20", statistics.median(adds), min(adds), "")
            )
            out = Path(folder) / "export.json"
            rows.append(
                ("export JSON", *best(lambda: out.write_bytes(export_json(journal)), 1), "")
            )
            rows.append(("export CSV", *best(lambda: export_csv(journal), 1), ""))
            rows.append(("export Markdown", *best(lambda: export_markdown(journal), 1), ""))
        fresh = Path(folder) / "fresh" / "journal.sqlite3"
        with Journal.open(fresh) as target:
            rows.append(
                (
                    "import JSON into a fresh journal",
                    *best(lambda: import_tenang_json(target, out), 1),
                    "",
                )
            )
            rows.append(
                (
                    "import the same JSON again (no-op)",
                    *best(lambda: import_tenang_json(target, out), 1),
                    "",
                )
            )
        locked = Path(folder) / "locked.sqlite3"
        with Journal.open(path) as journal:
            journal.backup(locked)
        with Journal.open(locked) as journal:
            journal.prepare_lock("a bench passphrase of some length")
            journal.complete_lock()
            rows += list_rows(journal, locked, args.repeats, ", lock on")
    print(
        f"Journal bench: {args.entries:,} entries, file {size_mb:.1f} MB,"
        f" built in {build_ms:.0f} ms"
    )
    print(
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    print(f"{'what':<40} {'first ms':>9} {'best ms':>9}  target")
    for label, first_ms, best_ms, goal in rows:
        print(f"{label:<40} {first_ms:>9.1f} {best_ms:>9.1f}  {goal}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "entries": args.entries,
                    "rows": [
                        {"name": n.strip(), "first_ms": f, "best_ms": b} for n, f, b, _ in rows
                    ],
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
