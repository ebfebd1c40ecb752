"""``tenang journal ...`` through the parser the lead wires in: exit codes and messages."""

from __future__ import annotations

import argparse
import io
import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tenang.core.journal import Journal
from tenang.core.paths import UserPaths, resolve_paths
from tenang.core.runs import RunSummary
from tenang.journal_cli import add_journal_parser, record_run, run_journal_command

DAYLIO = Path(__file__).parent / "fixtures" / "daylio_sample.csv"


@pytest.fixture
def paths(tmp_path: Path) -> UserPaths:
    return resolve_paths(tmp_path / "data", environ={})


def run(paths: UserPaths, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="tenang")
    add_journal_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["journal", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = run_journal_command(args, paths, out=out, err=err)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return code, out.getvalue(), err.getvalue()


def test_add_then_list(paths: UserPaths) -> None:
    code, out, _ = run(
        paths,
        "add",
        "--mood",
        "4",
        "--energy",
        "2",
        "--tag",
        "calm",
        "--tag",
        "Choir",
        "--note",
        "first line\nsecond",
    )
    assert code == 0 and out.startswith("Saved: good (4/5) at ")
    code, out, _ = run(paths, "add", "--mood", "Great")
    assert code == 0
    code, out, _ = run(paths, "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "great (5)" in lines[0]
    assert "good (4)  energy 2  calm, choir  first line" in lines[1]
    code, out, _ = run(paths, "list", "--json")
    assert [e["mood"] for e in json.loads(out)] == [5, 4]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["add", "--mood", "7"], "--mood must be 1-5 or awful, bad, okay, good, great (got '7')"),
        (["add", "--mood", "3", "--energy", "x"], "--energy must be 1-5 (got 'x')"),
        (["add", "--mood", "3", "--tag", "a|b"], "contains a character tags cannot hold"),
        (["list", "--since", "yesterday"], "--since must be a date like 2026-01-31"),
    ],
)
def test_bad_input_is_a_message_and_exit_1(paths: UserPaths, argv: list[str], message: str) -> None:
    code, _out, err = run(paths, *argv)
    assert code == 1
    assert err.startswith("tenang: journal: ") and message in err


def test_list_on_no_journal_creates_nothing(paths: UserPaths) -> None:
    code, out, _err = run(paths, "list", "--json")
    assert (code, out) == (0, "[]\n")
    assert not paths.journal_file.exists()


def test_export_to_a_private_file_and_import_it_back(paths: UserPaths, tmp_path: Path) -> None:
    run(paths, "add", "--mood", "2", "--tag", "work", "--note", "n")
    target = tmp_path / "out.json"
    code, out, _ = run(paths, "export", "--format", "json", "-o", str(target))
    assert code == 0 and f"Exported 1 entries to {target} (json)" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    other = resolve_paths(tmp_path / "other", environ={})
    code, out, _ = run(other, "import", str(target))
    assert code == 0 and "1 imported, 0 already present, 0 skipped" in out
    code, out, _ = run(other, "import", str(target))
    assert "0 imported, 1 already present" in out
    code, csv_text, _ = run(paths, "export", "--format", "csv")
    assert code == 0 and csv_text.startswith("id,date,time,")
    code, md, _ = run(paths, "export", "--format", "md")
    assert md.startswith("# Tenang journal")


def test_export_into_a_missing_folder_names_the_file(paths: UserPaths, tmp_path: Path) -> None:
    run(paths, "add", "--mood", "3")
    target = tmp_path / "missing" / "out.csv"
    code, _, err = run(paths, "export", "--format", "csv", "-o", str(target))
    assert code == 74 and f"Could not write {target}: No such file or directory" in err


def test_daylio_import_reports_rows(paths: UserPaths) -> None:
    code, out, err = run(paths, "import", str(DAYLIO), "--format", "daylio")
    assert code == 1  # some rows were skipped
    assert "5 imported, 0 already present, 2 skipped" in out
    assert f"skipped {DAYLIO}:6: unknown mood 'ecstatic'" in err
    assert f"skipped {DAYLIO}:8: time must be like" in err


def test_broken_import_imports_nothing(paths: UserPaths, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "tenang-journal", "version": 1, "entries": [{"mood": 3}]}')
    code, _, err = run(paths, "import", str(bad))
    assert code == 1
    assert f"{bad}: entries[0].id: is missing" in err
    assert err.rstrip().endswith("nothing was imported.")


def test_backup_and_restore(paths: UserPaths, tmp_path: Path) -> None:
    run(paths, "add", "--mood", "5")
    backup = tmp_path / "backup.sqlite3"
    code, out, _ = run(paths, "backup", str(backup))
    assert code == 0 and f"Backed up the journal to {backup}" in out
    run(paths, "add", "--mood", "1")
    code, out, _ = run(paths, "restore", str(backup))
    assert code == 0 and "Restored 1 entries from" in out and "before-restore" in out
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"x" * 5000)
    code, _, err = run(paths, "restore", str(garbage))
    assert code == 74 and "not a usable backup" in err


def test_stats_prints_insights(paths: UserPaths) -> None:
    run(paths, "add", "--mood", "4", "--tag", "walk")
    code, out, _ = run(paths, "stats", "--streaks")
    assert code == 0
    assert out.startswith("1 entries on 1 days.")
    assert "Last 30 days: average mood 4.0 on 1 days with entries." in out
    assert "What helps: not enough before/after check-ins yet." in out
    assert "Streak: 1 days" in out


def summary() -> RunSummary:
    start = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
    return RunSummary(
        "box-breathing", "Box breathing", start, start.replace(minute=3), 240.0, 180.0, 11, False
    )


def test_record_run_keeps_the_run(paths: UserPaths) -> None:
    err = io.StringIO()
    assert record_run(paths, summary(), err=err) == 0
    assert err.getvalue() == ""
    with Journal.open(paths.journal_file) as journal:
        (run_,) = journal.list_runs()
    assert (run_.routine_id, run_.completed_seconds, run_.completed) == (
        "box-breathing",
        180.0,
        False,
    )


def test_a_damaged_journal_is_reported_not_overwritten(paths: UserPaths) -> None:
    paths.journal_file.parent.mkdir(parents=True)
    paths.journal_file.write_bytes(b"damaged" * 1000)
    err = io.StringIO()
    assert record_run(paths, summary(), err=err) == 74
    assert "is damaged" in err.getvalue() and ".corrupt-" in err.getvalue()
    code, _, message = run(paths, "add", "--mood", "3")
    assert code == 74 and "A copy was saved as" in message
    assert paths.journal_file.read_bytes() == b"damaged" * 1000
    copies = list(paths.data_dir.glob("journal.sqlite3.corrupt-*"))
    assert len(copies) == 1  # found twice, copied once
