"""``tenang journal ...`` through the parser the lead wires in: exit codes and messages."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

import tenang.journal_cli as journal_cli
from journal_cli_runner import run
from tenang.core.journal import Journal
from tenang.core.journal.crypto import KdfParams
from tenang.core.journal.sealed_export import MAGIC
from tenang.core.paths import UserPaths, resolve_paths
from tenang.core.runs import RunSummary
from tenang.journal_cli import record_run

DAYLIO = Path(__file__).parent / "fixtures" / "daylio_sample.csv"


@pytest.fixture
def paths(tmp_path: Path) -> UserPaths:
    return resolve_paths(tmp_path / "data", environ={})


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


# -- the encrypted export ---------------------------------------------------------------

FAST = KdfParams(memory_kib=8, iterations=1, lanes=1, checked=False)
EXPORT_PASS = "export passphrase 42"
JOURNAL_PASS = "correct horse battery"
NOTE = "cli-export-note-6130"


@pytest.fixture
def fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal_cli, "NEW_KEY_PARAMS", FAST)


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[str]]:
    """Answer no-echo prompts from a list; the returned function sets answers, reads prompts."""
    asked: list[str] = []
    answers: list[str] = []

    def fake(prompt: str) -> str:
        asked.append(prompt)
        if not answers:
            raise AssertionError(f"unexpected prompt {prompt!r}")
        return answers.pop(0)

    def use(*given: str) -> list[str]:
        asked.clear()
        answers[:] = given
        return asked

    monkeypatch.setattr(journal_cli, "ask_secret", fake)
    return use


def encrypted_export(paths: UserPaths, target: Path) -> None:
    code, out, err = run(
        paths, "export", "--encrypted", str(target), "--passphrase-stdin", stdin=EXPORT_PASS
    )
    assert code == 0, err
    assert out == f"Exported 2 entries to {target} (encrypted Tenang JSON).\n"


def lock_journal(paths: UserPaths) -> None:
    with Journal.open(paths.journal_file) as journal:
        journal.prepare_lock(JOURNAL_PASS, params=FAST)
        assert journal.complete_lock()


@pytest.mark.usefixtures("fast_keys")
def test_encrypted_export_round_trip(paths: UserPaths, tmp_path: Path) -> None:
    run(paths, "add", "--mood", "2", "--tag", "choir", "--note", NOTE)
    run(paths, "add", "--mood", "5", "--energy", "4")
    target = tmp_path / "journal.tenang-export"
    encrypted_export(paths, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(MAGIC)
    assert NOTE.encode() not in target.read_bytes() and b"choir" not in target.read_bytes()
    other = resolve_paths(tmp_path / "other", environ={})
    code, out, _ = run(other, "import", str(target), "--passphrase-stdin", stdin=EXPORT_PASS)
    assert (code, out) == (0, f"{target}: 2 imported, 0 already present, 0 skipped.\n")
    code, out, _ = run(other, "import", str(target), "--passphrase-stdin", stdin=EXPORT_PASS)
    assert (code, out) == (0, f"{target}: 0 imported, 2 already present, 0 skipped.\n")
    assert run(other, "list", "--json")[1] == run(paths, "list", "--json")[1]


@pytest.mark.usefixtures("fast_keys")
def test_export_asks_twice_without_echo_and_checks_the_passphrase(
    paths: UserPaths, tmp_path: Path, prompts: Callable[..., list[str]]
) -> None:
    run(paths, "add", "--mood", "3")
    target = tmp_path / "out.tenang-export"
    asked = prompts(EXPORT_PASS, EXPORT_PASS + " typo")
    code, _, err = run(paths, "export", "--encrypted", str(target))
    assert code == 1 and "the two passphrases differ; nothing was changed" in err
    assert asked == ["Export passphrase: ", "Repeat the export passphrase: "]
    assert "may differ from the journal's" in err and "no recovery code for exports" in err
    prompts("short", "short")
    code, _, err = run(paths, "export", "--encrypted", str(target))
    assert code == 1 and "a passphrase needs at least 8 characters" in err
    assert not target.exists()
    prompts(EXPORT_PASS, EXPORT_PASS)
    code, out, _ = run(paths, "export", "--encrypted", str(target))
    assert code == 0 and "Exported 1 entries" in out
    asked = prompts(EXPORT_PASS)
    code, out, _ = run(paths, "import", str(target))
    assert code == 0 and "0 imported, 1 already present" in out
    assert asked == ["Export passphrase: "]


@pytest.mark.usefixtures("fast_keys")
def test_a_locked_journal_asks_its_own_passphrase_first(
    paths: UserPaths, tmp_path: Path, prompts: Callable[..., list[str]]
) -> None:
    run(paths, "add", "--mood", "2", "--note", NOTE)
    run(paths, "add", "--mood", "4")
    lock_journal(paths)
    target = tmp_path / "locked.tenang-export"
    code, _, err = run(paths, "export", "--format", "json", "-o", str(target), "--passphrase-stdin")
    assert code == 1 and "ordinary unencrypted file" in err  # the plain warning stays
    assert "--unencrypted" in err and "--encrypted FILE" in err and not target.exists()
    code, _, err = run(
        paths,
        "export",
        "--encrypted",
        str(target),
        "--passphrase-stdin",
        stdin=f"wrong journal pass\n{EXPORT_PASS}\n",
    )
    assert code == 1 and "does not open the journal" in err and not target.exists()
    asked = prompts(JOURNAL_PASS, EXPORT_PASS, EXPORT_PASS)
    code, out, err = run(paths, "export", "--encrypted", str(target))
    assert code == 0, err
    assert asked == [
        "Journal passphrase: ",
        "Export passphrase: ",
        "Repeat the export passphrase: ",
    ]
    assert "warning" not in err and NOTE.encode() not in target.read_bytes()
    # Import into another locked journal: its passphrase, then the export's (stdin order).
    other = resolve_paths(tmp_path / "other", environ={})
    run(other, "add", "--mood", "1")
    lock_journal(other)
    code, out, err = run(
        other, "import", str(target), "--passphrase-stdin", stdin=f"{JOURNAL_PASS}\n{EXPORT_PASS}\n"
    )
    assert code == 0 and "2 imported" in out, err
    code, out, _ = run(other, "list", "--passphrase-stdin", stdin=JOURNAL_PASS)
    assert NOTE in out and len(out.splitlines()) == 3


@pytest.mark.usefixtures("fast_keys")
def test_importing_with_the_wrong_passphrase_imports_nothing(
    paths: UserPaths, tmp_path: Path
) -> None:
    run(paths, "add", "--mood", "2")
    run(paths, "add", "--mood", "4")
    target = tmp_path / "journal.tenang-export"
    encrypted_export(paths, target)
    other = resolve_paths(tmp_path / "other", environ={})
    code, out, err = run(other, "import", str(target), "--passphrase-stdin", stdin="not it at all")
    assert (code, out) == (1, "")
    assert err == (
        f"tenang: journal: {target}: this passphrase does not open the encrypted export (it is "
        "the passphrase chosen when the export was made, which may differ from the journal's)\n"
        "tenang: journal: nothing was imported.\n"
    )
    assert run(other, "list", "--json")[1] == "[]\n"


@pytest.mark.usefixtures("fast_keys")
@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda data: data[:-3], "truncated: the header announces"),
        (lambda data: data[:40], "truncated: the header says"),
        (lambda data: data[:30] + b"X" + data[31:], "damaged: the header does not match"),
        (lambda data: data[:24] + b"\x07" + data[25:], "format version 7: this Tenang reads"),
        (lambda data: data[:-1] + bytes((data[-1] ^ 1,)), "damaged: the passphrase is right"),
    ],
)
def test_a_damaged_encrypted_export_is_reported_by_name(
    paths: UserPaths,
    tmp_path: Path,
    prompts: Callable[..., list[str]],
    damage: Callable[[bytes], bytes],
    message: str,
) -> None:
    run(paths, "add", "--mood", "2")
    run(paths, "add", "--mood", "4")
    target = tmp_path / "journal.tenang-export"
    encrypted_export(paths, target)
    target.write_bytes(damage(target.read_bytes()))
    other = resolve_paths(tmp_path / "other", environ={})
    asked = prompts(EXPORT_PASS)
    code, out, err = run(other, "import", str(target))
    assert (code, out) == (1, "")
    assert err.startswith(f"tenang: journal: {target}: {message}")
    assert err.endswith("tenang: journal: nothing was imported.\n")
    # Damage found without the passphrase is reported before asking for it.
    assert asked == (["Export passphrase: "] if "passphrase is right" in message else [])


@pytest.mark.usefixtures("fast_keys")
@pytest.mark.parametrize(
    ("extra", "clash"), [(["-o", "x.json"], "-o"), (["--unencrypted"], "--unencrypted")]
)
def test_encrypted_export_refuses_contradictions(
    paths: UserPaths, tmp_path: Path, extra: list[str], clash: str
) -> None:
    target = tmp_path / "e.tenang-export"
    code, out, err = run(paths, "export", "--encrypted", str(target), *extra)
    assert (code, out) == (2, "")
    assert err == f"tenang: journal: --encrypted FILE cannot be combined with {clash}\n"
    assert not target.exists() and not paths.journal_file.exists()


@pytest.mark.parametrize(
    "argv",
    [["export"], ["export", "--format", "json", "--encrypted", "x"]],
    ids=["neither", "both"],
)
def test_export_needs_exactly_one_of_format_and_encrypted(
    paths: UserPaths, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        run(paths, *argv)
    assert caught.value.code == 2
    assert "--format" in capsys.readouterr().err
