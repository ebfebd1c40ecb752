"""Fuzz the three parsers that read files a user hands us: routines, Daylio CSV, Tenang JSON.

The only acceptable outcomes are a loaded routine (or imported data) or *located* error
messages. Anything else is a finding: an uncaught exception, an input that takes longer than
``BUDGET_SECONDS``, or memory that keeps growing over a loop of inputs.

The same targets and input strategies serve two campaigns:

* CI: ``tests/reliability/test_fuzz_parsers.py`` runs them with a small hypothesis budget;
* long: this script, for as long as you give it, printing inputs tried and findings.

    .venv/bin/python tools/fuzz_long.py --minutes 5            # hypothesis, all targets
    .venv/bin/python tools/fuzz_long.py --minutes 5 --atheris  # coverage-guided, if installed

Every input that fails is written to ``--crashes`` (default ``fuzz-crashes/``) so it can go
into a regression test.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
BUDGET_SECONDS = 1.0
"""An input that takes longer than this to load or import is a hang."""


class FindingError(AssertionError):
    """An outcome the parsers must never produce."""


class _Overtime(BaseException):
    """Raised from SIGALRM; a BaseException so no ``except Exception`` in the target eats it."""


@contextmanager
def time_budget(seconds: float = BUDGET_SECONDS) -> Iterator[None]:
    """Fail the input if it runs longer than ``seconds`` of wall time (main thread only)."""

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise _Overtime

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Overtime:
        raise FindingError(f"hang: over {seconds:g} s") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# -- the targets -----------------------------------------------------------------------------


def check_session(data: bytes) -> str:
    """Load ``data`` as a routine file; a session, or problems that each name the file."""
    from tenang.core.sessions.loader import load_session_bytes

    result = load_session_bytes(data, "fuzz.toml")
    if result.session is not None:
        if result.problems:
            raise FindingError("a session came back together with problems")
        return "loaded"
    if not result.problems:
        raise FindingError("no session and no problem")
    for problem in result.problems:
        text = str(problem)
        if not text.startswith("fuzz.toml") or not problem.message.strip():
            raise FindingError(f"unlocated problem: {text!r}")
    return "rejected"


@dataclass
class JournalTarget:
    """One scratch journal reused across inputs (opening one per input would dominate)."""

    folder: Path
    journal: object = field(init=False)

    def __post_init__(self) -> None:
        from tenang.core.journal import Journal

        self.journal = Journal.open(self.folder / "journal.sqlite3")
        self.file = self.folder / "input"

    def close(self) -> None:
        self.journal.close()  # type: ignore[attr-defined]

    def _run(self, data: bytes, importer: Callable[..., object]) -> str:
        from tenang.core.journal.exchange import ImportReport, JournalImportError

        self.file.write_bytes(data)
        source = str(self.file)
        try:
            report = importer(self.journal, self.file)
        except JournalImportError as error:
            if not error.problems:
                raise FindingError("import refused with no problem listed") from error
            for problem in error.problems:
                if not problem.startswith(source) or not problem[len(source) :].strip(": "):
                    raise FindingError(f"unlocated import problem: {problem!r}") from error
            return "rejected"
        if not isinstance(report, ImportReport):
            raise FindingError(f"importer returned {report!r}")
        for skipped in report.skipped:
            if not skipped.startswith(source):
                raise FindingError(f"unlocated skipped-row message: {skipped!r}")
        return "imported"

    def daylio(self, data: bytes) -> str:
        from tenang.core.journal.exchange import import_daylio_csv

        return self._run(data, import_daylio_csv)

    def tenang_json(self, data: bytes) -> str:
        from tenang.core.journal.exchange import import_tenang_json

        return self._run(data, import_tenang_json)


def run_input(target: Callable[[bytes], str], data: bytes) -> str:
    """One input under the time budget; any exception other than the target's verdict fails."""
    try:
        with time_budget():
            return target(data)
    except FindingError:
        raise
    except Exception as error:  # the finding we are looking for
        raise FindingError(f"uncaught {type(error).__name__}: {error}") from error


def memory_growth(target: Callable[[bytes], str], data: bytes, rounds: int = 200) -> int:
    """Bytes still allocated after ``rounds`` more runs of one input than after a warm-up."""
    for _ in range(20):
        run_input(target, data)
    tracemalloc.start()
    try:
        run_input(target, data)
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(rounds):
            run_input(target, data)
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


# -- seeds and strategies --------------------------------------------------------------------


def session_seeds() -> list[bytes]:
    return sorted(p.read_bytes() for p in (ROOT / "assets" / "sessions").glob("*.toml"))


def daylio_seed() -> bytes:
    return (ROOT / "tests" / "fixtures" / "daylio_sample.csv").read_bytes()


def tenang_json_seed() -> bytes:
    """A small valid export: two entries, one run, one custom tag."""
    document = {
        "format": "tenang-journal",
        "version": 1,
        "exported_at": "2026-11-23T10:00:00Z",
        "tags": [{"key": "choir", "label": "Choir", "created_at": "2026-11-01T08:00:00Z"}],
        "runs": [
            {
                "id": "8f7c1f4e-3c1a-4a55-9d39-0c7f4b7b1a01",
                "routine_id": "box-breathing",
                "title": "Box breathing",
                "started_at": "2026-11-20T07:00:00Z",
                "ended_at": "2026-11-20T07:05:00Z",
                "utc_offset_minutes": 420,
                "planned_seconds": 300,
                "completed_seconds": 300,
                "cycles_completed": 18,
                "completed": True,
            }
        ],
        "entries": [
            {
                "id": "2d1f4d4e-7a0e-4c43-8a59-6a0e1b2c3d01",
                "created_at": "2026-11-20T06:59:00Z",
                "utc_offset_minutes": 420,
                "updated_at": "2026-11-20T06:59:00Z",
                "mood": 2,
                "energy": 3,
                "tags": ["choir"],
                "note": "Before",
                "kind": "before_session",
                "run_id": "8f7c1f4e-3c1a-4a55-9d39-0c7f4b7b1a01",
            },
            {
                "id": "2d1f4d4e-7a0e-4c43-8a59-6a0e1b2c3d02",
                "created_at": "2026-11-21T21:00:00Z",
                "utc_offset_minutes": 420,
                "updated_at": "2026-11-21T21:00:00Z",
                "mood": 4,
                "energy": None,
                "tags": [],
                "note": "Tenang 🌿",
                "kind": "check_in",
                "run_id": None,
            },
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def strategies() -> dict[str, object]:
    """Hypothesis strategies of bytes for each target: random, mutated, nested, huge numbers."""
    from hypothesis import strategies as st

    def mutated(seeds: list[bytes]) -> object:
        def mutate(draw: st.DrawFn) -> bytes:
            data = bytearray(draw(st.sampled_from(seeds)))
            for _ in range(draw(st.integers(1, 8))):
                op = draw(st.sampled_from(("flip", "cut", "insert", "dup", "delete")))
                at = draw(st.integers(0, max(len(data) - 1, 0)))
                if op == "flip" and data:
                    data[at] ^= 1 << draw(st.integers(0, 7))
                elif op == "cut":
                    del data[at:]
                elif op == "insert":
                    data[at:at] = draw(st.binary(min_size=1, max_size=16))
                elif op == "dup":
                    end = draw(st.integers(at, min(len(data), at + 200)))
                    data[at:at] = data[at:end]
                elif op == "delete" and data:
                    del data[at : at + draw(st.integers(1, 40))]
            return bytes(data)

        return st.composite(mutate)()

    huge = st.sampled_from(
        ("1" * 5000, "9" * 400, "1e309", "-1e309", "nan", "inf", "1e-400", str(2**64), "-0.0")
    )
    depth = st.integers(50, 3000)
    toml_nested = st.builds(lambda n: b"x = " + b"[" * n + b"]" * n + b"\n", depth) | st.builds(
        lambda n: b"x = " + b"{a = " * n + b"1" + b"}" * n + b"\n", depth
    )
    toml_numbers = st.builds(
        lambda seed, number, key: seed.replace(b"= 4\n", f"= {number}\n".encode(), 1).replace(
            b'duration = "', f'{key} = {number}\nduration = "'.encode(), 1
        ),
        st.sampled_from(session_seeds()),
        huge,
        st.sampled_from(("cycles", "hold", "top_up", "x")),
    )
    json_nested = st.builds(lambda n: b"[" * n + b"]" * n, depth) | st.builds(
        lambda n: (
            b'{"format": "tenang-journal", "version": 1, "entries": ' + b"[" * n + b"]" * n + b"}"
        ),
        depth,
    )
    json_numbers = st.builds(
        lambda number, key: tenang_json_seed().replace(
            f'"{key}": '.encode(), f'"{key}": {number}, "_{key}": '.encode(), 1
        ),
        huge,
        st.sampled_from(("mood", "planned_seconds", "utc_offset_minutes", "version")),
    )
    csv_odd = st.builds(
        lambda rows: daylio_seed().split(b"\n", 1)[0] + b"\n" + b"\n".join(rows),
        st.lists(st.binary(max_size=80) | st.text(max_size=80).map(str.encode), max_size=20),
    )
    return {
        "session": st.binary(max_size=2000) | mutated(session_seeds()) | toml_nested | toml_numbers,
        "daylio": st.binary(max_size=2000) | mutated([daylio_seed()]) | csv_odd,
        "tenang_json": st.binary(max_size=2000)
        | mutated([tenang_json_seed()])
        | json_nested
        | json_numbers,
    }


# -- the long campaign -----------------------------------------------------------------------


def _one_batch(
    name: str,
    target: Callable[[bytes], str],
    strategy: object,
    counts: dict[str, int],
    crashes: Path,
) -> Callable[[], None]:
    """A hypothesis test of up to 500 inputs that records findings instead of stopping."""
    from hypothesis import HealthCheck, given, settings

    @settings(
        max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(strategy)
    def one(data: bytes) -> None:
        counts["inputs"] += 1
        try:
            outcome = run_input(target, data)
        except FindingError as finding:
            counts["findings"] += 1
            crashes.mkdir(parents=True, exist_ok=True)
            saved = crashes / f"{name}-{counts['findings']:03d}.bin"
            saved.write_bytes(data)
            print(f"FINDING {name}: {finding} -> {saved}", flush=True)
            return
        counts[outcome] = counts.get(outcome, 0) + 1

    return one  # type: ignore[no-any-return]


def campaign(minutes: float, crashes: Path) -> dict[str, dict[str, int]]:
    """Hypothesis, round-robin over the targets, until the time is up."""
    stats: dict[str, dict[str, int]] = {}
    deadline = time.monotonic() + minutes * 60
    with tempfile.TemporaryDirectory() as folder:
        journal = JournalTarget(Path(folder))
        targets: dict[str, Callable[[bytes], str]] = {
            "session": check_session,
            "daylio": journal.daylio,
            "tenang_json": journal.tenang_json,
        }
        found = strategies()
        rounds = 0
        while time.monotonic() < deadline:
            rounds += 1
            for name, target in targets.items():
                counts = stats.setdefault(name, {"inputs": 0, "findings": 0})
                _one_batch(name, target, found[name], counts, crashes)()
                if time.monotonic() >= deadline:
                    break
        growth = {
            name: memory_growth(target, seed)
            for name, target, seed in (
                ("session", check_session, session_seeds()[0]),
                ("daylio", journal.daylio, b"not,a,daylio\n" + b"x" * 200),
                ("tenang_json", journal.tenang_json, tenang_json_seed()[:-30]),
            )
        }
        journal.close()
    for name, grown in growth.items():
        stats[name]["memory_growth_bytes_200_runs"] = grown
    return stats


def atheris_campaign(seconds: int) -> int:  # pragma: no cover - needs atheris
    import atheris  # type: ignore[import-not-found]

    with atheris.instrument_imports(include=["tenang"]):  # coverage feedback from our code
        import tenang.core.journal.exchange
        import tenang.core.sessions.loader  # noqa: F401
    with tempfile.TemporaryDirectory() as folder:
        journal = JournalTarget(Path(folder))
        targets = (check_session, journal.daylio, journal.tenang_json)

        def test_one(data: bytes) -> None:
            if not data:
                return
            run_input(targets[data[0] % 3], data[1:])

        atheris.Setup([sys.argv[0], f"-max_total_time={seconds}"], test_one)
        atheris.Fuzz()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"))
    parser.add_argument("--atheris", action="store_true", help="coverage-guided (needs atheris)")
    parser.add_argument("--json", metavar="FILE", help="also write the counts as JSON")
    args = parser.parse_args()
    if args.atheris:
        return atheris_campaign(round(args.minutes * 60))
    started = time.monotonic()
    stats = campaign(args.minutes, args.crashes)
    elapsed = time.monotonic() - started
    print(f"fuzz campaign: {elapsed / 60:.1f} min, budget {BUDGET_SECONDS:g} s per input")
    print(f"{'target':<12} {'inputs':>8} {'ok':>8} {'rejected':>9} {'findings':>9} {'mem +B':>8}")
    for name, counts in stats.items():
        ok = counts.get("loaded", 0) + counts.get("imported", 0)
        print(
            f"{name:<12} {counts['inputs']:>8} {ok:>8} {counts.get('rejected', 0):>9}"
            f" {counts['findings']:>9} {counts.get('memory_growth_bytes_200_runs', 0):>8}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(stats, indent=2), encoding="utf-8")
    return 1 if any(c["findings"] for c in stats.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
