"""A short fuzz campaign in CI over the three parsers users hand files to.

The targets, oracles and input strategies live in ``tools/fuzz_long.py`` (which runs the long
campaign); here each runs with a small budget. Acceptable outcomes: a loaded routine or
imported data, or error messages that each name the file. Never an uncaught exception, an
input over a second (SIGALRM budget), or memory that grows over a loop of one input.

Every input the long campaign found is kept below as a regression test.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

ROOT = Path(__file__).resolve().parents[2]


def _load_fuzz_tool():
    spec = importlib.util.spec_from_file_location("fuzz_long", ROOT / "tools" / "fuzz_long.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz_long"] = module
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz_tool()
STRATEGIES = fuzz.strategies()
BUDGET = settings(
    max_examples=70, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    target = fuzz.JournalTarget(tmp_path_factory.mktemp("fuzz-journal"))
    yield target
    target.close()


@BUDGET
@given(STRATEGIES["session"])
def test_session_loader_loads_or_locates(data: bytes) -> None:
    assert fuzz.run_input(fuzz.check_session, data) in {"loaded", "rejected"}


@pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
def test_daylio_importer_imports_or_locates(journal: object) -> None:
    @BUDGET
    @given(STRATEGIES["daylio"])
    def run(data: bytes) -> None:
        assert fuzz.run_input(journal.daylio, data) in {"imported", "rejected"}  # type: ignore[attr-defined]

    run()


def test_tenang_json_importer_imports_or_locates(journal: object) -> None:
    """Every input is imported or rejected with located messages; never an exception."""

    @BUDGET
    @given(STRATEGIES["tenang_json"])
    def run(data: bytes) -> None:
        outcome = fuzz.run_input(journal.tenang_json, data)  # type: ignore[attr-defined]
        assert outcome in {"imported", "rejected"}

    run()


# -- regression inputs from the long campaign ------------------------------------------------

DEEP_JSON = b"[" * 5000 + b"]" * 5000
HUGE_INT_JSON = fuzz.tenang_json_seed().replace(b'"mood": 2', b'"mood": ' + b"1" * 5000, 1)
OVERFLOW_JSON = fuzz.tenang_json_seed().replace(
    b'"planned_seconds": 300', b'"planned_seconds": ' + b"9" * 400, 1
)


@pytest.mark.parametrize(
    "data", [DEEP_JSON, HUGE_INT_JSON, OVERFLOW_JSON], ids=["deep", "huge-int", "overflow"]
)
def test_tenang_json_crashes_found_by_the_long_campaign(journal: object, data: bytes) -> None:
    assert fuzz.run_input(journal.tenang_json, data) == "rejected"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "data",
    [
        b"x = " + b"[" * 3000 + b"]" * 3000,
        b"x = " + b"{a = " * 3000 + b"1" + b"}" * 3000,
        b"format = " + b"1" * 5000,
        b"format = 1e309\nid = 1e-400",
        b"\xff\xfe\x00junk",
    ],
    ids=["deep-array", "deep-table", "huge-int", "huge-float", "binary"],
)
def test_session_loader_survives_the_extremes(data: bytes) -> None:
    assert fuzz.run_input(fuzz.check_session, data) == "rejected"


def test_a_slow_input_is_a_finding() -> None:
    """The time budget works: an input slower than a second fails, it does not hang CI."""

    def spin(_data: bytes) -> str:
        while True:
            pass

    with pytest.raises(fuzz.FindingError, match="hang"):
        fuzz.run_input(spin, b"")


def test_an_unlocated_problem_is_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    """The oracle can fail: a problem that does not name the file is caught."""
    from tenang.core.sessions import loader
    from tenang.core.sessions.problems import Problem

    monkeypatch.setattr(
        loader,
        "load_session_bytes",
        lambda data, file: loader.LoadResult(None, (Problem("", None, None, "", "bad"),)),
    )
    with pytest.raises(fuzz.FindingError, match="unlocated"):
        fuzz.run_input(fuzz.check_session, b"x")


def test_loading_one_input_many_times_does_not_grow_memory(journal: object) -> None:
    assert fuzz.memory_growth(fuzz.check_session, fuzz.session_seeds()[0], rounds=50) < 64_000
    bad_csv = b"not,a,daylio\n" + b"x" * 200
    assert fuzz.memory_growth(journal.daylio, bad_csv, rounds=50) < 64_000  # type: ignore[attr-defined]
