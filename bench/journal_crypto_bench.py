"""The journal lock at 100,000 entries: unlock + every insight must stay under 2 s.

Prints a table with the machine. Run from the repository root:

    .venv/bin/python bench/journal_crypto_bench.py [--entries N] [--repeats N]

The journal is built with ``bench/journal_bench.py``'s builder (30 years, ~9 entries a day,
before/after pairs, tags and notes), then the lock is turned on with the real Argon2id
defaults (64 MiB, 3 passes). "unlock + insights" is what the app does when the user types
the passphrase: open (check deferred), derive the key, unwrap it, decrypt every entry and
compute every insight in memory. The clear journal's open + insights is the baseline.
Unlocking reuses a sealed snapshot of the
insight sums when nothing was written since it was made; the bench times both cases.

Check-ins made while locked go to the sealed inbox (X25519 + HKDF + AES-GCM, one FULL-sync
transaction each) and the next unlock moves them in: the bench saves 100 while locked and
times the unlock + insights that drains them, beside the same unlock with an empty inbox
(the snapshot row) as its baseline, and one locked save beside one unlocked save.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import cryptography
from cryptography.hazmat.backends.openssl.backend import backend

sys.path.insert(0, str(Path(__file__).parent))
from journal_bench import best, build

from tenang.core.journal import Journal
from tenang.core.journal.crypto import DEFAULT_KDF, derive

PASS = "a bench passphrase of some length"
TODAY = date(2026, 11, 23)
INBOX = 100


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def ms(value: float) -> str:
    """Milliseconds, with a decimal below 10 ms (one save takes about one)."""
    return f"{value:>6.1f} ms" if value < 10 else f"{value:>6.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.sqlite3"
        build(path, args.entries)

        def clear_insights() -> None:
            with Journal.open(path, defer_check=True) as journal:
                journal.insights(TODAY, streaks=True)

        rows.append(("baseline: open + insights, no lock", *best(clear_insights, args.repeats), ""))
        with Journal.open(path) as journal:
            expected = journal.insights(TODAY, streaks=True)
            started = time.perf_counter()
            journal.prepare_lock(PASS)
            journal.complete_lock()
            seal_ms = (time.perf_counter() - started) * 1000
        rows.append(("turn the lock on (2 wraps, seal all, scrub)", seal_ms, seal_ms, "once"))

        def unlock_insights(snapshot: bool) -> Callable[[], None]:
            def run() -> None:
                if not snapshot:  # as after a write elsewhere: every entry is decrypted
                    conn = sqlite3.connect(path)
                    with conn:
                        conn.execute("DELETE FROM journal_state WHERE key = 'sealed_insights'")
                    conn.close()
                with Journal.open(path, defer_check=True) as journal:
                    journal.unlock(PASS)
                    assert journal.insights(TODAY, streaks=True) == expected
                    journal.lock()

            return run

        rows.append(
            (
                "open + unlock + insights, decrypting every entry",
                *best(unlock_insights(False), args.repeats),
                "< 2 s",
            )
        )
        rows.append(
            (
                "open + unlock + insights, sealed snapshot current",
                *best(unlock_insights(True), args.repeats),
                "< 2 s",
            )
        )
        inbox_ms: list[float] = []
        drain_ms: list[float] = []
        for _ in range(args.repeats):
            with Journal.open(path, defer_check=True) as journal:  # locked: no key held
                started = time.perf_counter()
                for number in range(INBOX):
                    journal.add_entry(1 + number % 5, tags=["calm", "night shift"], note="bench")
                inbox_ms.append((time.perf_counter() - started) * 1000 / INBOX)
                assert journal.pending_count == INBOX
            started = time.perf_counter()
            with Journal.open(path, defer_check=True) as journal:
                journal.unlock(PASS)
                journal.insights(TODAY, streaks=True)
                assert journal.pending_count == 0
            drain_ms.append((time.perf_counter() - started) * 1000)
        rows.append(
            (
                f"open + unlock + insights, {INBOX} check-ins to drain",
                drain_ms[0],
                min(drain_ms),
                "< 2 s",
            )
        )
        salt = os.urandom(16)
        rows.append(
            (
                "  Argon2id derive alone (defaults)",
                *best(lambda: derive(PASS, salt, DEFAULT_KDF), 3),
                "",
            )
        )
        with Journal.open(path, defer_check=True) as journal:
            journal.unlock(PASS)
            rows.append(
                (
                    "  insights again (cached, no change)",
                    *best(lambda: journal.insights(TODAY, streaks=True), args.repeats),
                    "",
                )
            )

            def one_add() -> None:
                journal.add_entry(3, tags=["calm", "night shift"], note="bench")

            rows.append(("  one add, unlocked (baseline for the next row)", *best(one_add, 5), ""))
            rows.append(("  one add while locked, to the inbox", inbox_ms[0], min(inbox_ms), ""))

            def after_write() -> None:
                journal.add_entry(3, note="bench")
                journal.insights(TODAY, streaks=True)

            rows.append(("  one add + insights (redoes that day only)", *best(after_write, 3), ""))
            rows.append(
                (
                    "  list every entry (decrypt all)",
                    *best(lambda: journal.list_entries(), args.repeats),
                    "",
                )
            )
            started = time.perf_counter()
            journal.turn_lock_off(PASS)
            off_ms = (time.perf_counter() - started) * 1000
        rows.append(("turn the lock off (decrypt all, rebuild)", off_ms, off_ms, "once"))
        size_mb = path.stat().st_size / 1e6
    print(
        f"Tenang journal lock bench: {args.entries:,} entries ({size_mb:.0f} MB unlocked), "
        f"best of {args.repeats}"
    )
    print(
        f"machine: {cpu_name()}, {os.cpu_count()} CPUs, {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}, SQLite "
        f"{sqlite3.sqlite_version}, cryptography {cryptography.__version__} "
        f"({backend.openssl_version_text()})"
    )
    print(f"Argon2id defaults: {DEFAULT_KDF.memory_kib} KiB, {DEFAULT_KDF.iterations} passes,")
    print(f"{DEFAULT_KDF.lanes} lanes\n")
    print(f"| {'what':<50} | {'first':>9} | {'best':>9} | target |")
    print(f"|{'-' * 52}|{'-' * 11}|{'-' * 11}|--------|")
    for name, first, fastest, target in rows:
        print(f"| {name:<50} | {ms(first)} | {ms(fastest)} | {target:<6} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
