"""``tenang journal lock/unlock/passphrase`` and the passphrase prompts of the other commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tenang.journal_cli as journal_cli
from journal_cli_runner import run
from tenang.core.journal import Journal
from tenang.core.journal.crypto import KdfParams
from tenang.core.paths import UserPaths, resolve_paths

FAST = KdfParams(memory_kib=8, iterations=1, lanes=1, checked=False)
PASS = "correct horse battery"
NOTE = "cli-secret-note-4410"
CODE = re.compile(r"^    ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})$", re.MULTILINE)


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserPaths:
    monkeypatch.setattr(journal_cli, "NEW_KEY_PARAMS", FAST)
    return resolve_paths(tmp_path / "data", environ={})


def lock(paths: UserPaths) -> str:
    code, out, err = run(paths, "lock", "--passphrase-stdin", stdin=f"{PASS}\nI have saved it\n")
    assert code == 0, err
    assert "The journal is locked: 1 entries encrypted." in out
    found = CODE.search(out)
    assert found, out
    return found.group(1)


def test_lock_warns_shows_the_code_once_and_list_asks_for_the_passphrase(
    paths: UserPaths,
) -> None:
    assert run(paths, "add", "--mood", "2", "--note", NOTE)[0] == 0
    code, out, err = run(paths, "lock", "--passphrase-stdin", stdin=f"{PASS}\nI have saved it\n")
    assert code == 0
    assert "NOBODY can read them again, including you" in err
    assert "timestamps" in err and "Backups made before the lock are NOT locked" in err
    assert PASS not in out + err
    assert NOTE.encode() not in paths.journal_file.read_bytes()
    code, out, err = run(paths, "list", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0 and NOTE in out
    code, out, err = run(paths, "list", "--passphrase-stdin", stdin="wrong passphrase\n")
    assert code == 1 and out == ""
    assert "That passphrase does not open the journal" in err and "Nothing was changed" in err
    code, out, err = run(paths, "stats", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0 and out.startswith("1 entries on 1 days.")
    code, out, err = run(paths, "add", "--mood", "4", "--note", "sealed-cli-7715")
    assert code == 0, err  # no passphrase asked: stdin is empty
    assert "the entry is sealed and joins it at the next unlock" in out
    assert b"sealed-cli-7715" not in paths.journal_file.read_bytes()
    code, out, err = run(paths, "list", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0 and "sealed-cli-7715" in out and NOTE in out
    code, out, _ = run(paths, "lock", "--passphrase-stdin")
    assert code == 0 and "already locked" in out


def test_lock_not_confirmed_changes_nothing(paths: UserPaths) -> None:
    run(paths, "add", "--mood", "2", "--note", NOTE)
    code, out, err = run(paths, "lock", "--passphrase-stdin", stdin=f"{PASS}\nmaybe later\n")
    assert code == 1 and CODE.search(out)  # the code was shown, then withdrawn
    assert 'you did not type "I have saved it"' in err and "nothing was changed" in err
    with Journal.open(paths.journal_file) as journal:
        assert journal.lock_state == "off"
        assert journal.list_entries()[0].note == NOTE


def test_interactive_prompts_use_no_echo_and_compare_the_two_entries(
    paths: UserPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(paths, "add", "--mood", "3")
    answers = iter([PASS, PASS + " typo"])
    prompts: list[str] = []

    def fake_getpass(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(journal_cli, "ask_secret", fake_getpass)
    code, _, err = run(paths, "lock")
    assert code == 1 and "the two passphrases differ; nothing was changed" in err
    assert prompts == ["New passphrase: ", "Repeat the new passphrase: "]
    answers = iter([PASS, PASS])
    code, out, _ = run(paths, "lock", stdin="i have saved it\n")  # any case is fine
    assert code == 0 and CODE.search(out)
    answers = iter([PASS])
    code, out, _ = run(paths, "list")
    assert code == 0 and "okay (3)" in out
    assert prompts[-1] == "Journal passphrase: "


def test_export_with_the_lock_on_needs_unencrypted(paths: UserPaths, tmp_path: Path) -> None:
    run(paths, "add", "--mood", "2", "--note", NOTE)
    lock(paths)
    target = tmp_path / "out.json"
    code, _, err = run(
        paths, "export", "--format", "json", "-o", str(target), "--passphrase-stdin", stdin=PASS
    )
    assert code == 1 and "ordinary unencrypted file" in err and "--unencrypted" in err
    assert not target.exists()
    code, out, err = run(
        paths,
        "export",
        "--format",
        "json",
        "-o",
        str(target),
        "--unencrypted",
        "--passphrase-stdin",
        stdin=PASS + "\n",
    )
    assert code == 0 and "warning:" in err and "Exported 1 entries" in out
    assert NOTE in target.read_text(encoding="utf-8")


def test_passphrase_change_recovery_code_and_unlock(paths: UserPaths) -> None:
    run(paths, "add", "--mood", "2", "--note", NOTE)
    recovery = lock(paths)
    code, out, err = run(
        paths, "passphrase", "--passphrase-stdin", stdin=f"{PASS}\nsecond passphrase\n"
    )
    assert code == 0 and "The passphrase was changed." in out, err
    code, _, err = run(paths, "list", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 1 and "does not open" in err
    # Lost passphrase: the recovery code sets a new one, and can be replaced.
    code, out, err = run(
        paths,
        "passphrase",
        "--recovery-code",
        "--new-recovery-code",
        "--passphrase-stdin",
        stdin=f"{recovery.lower()}\nthird passphrase\n",
    )
    assert code == 0, err
    new_code = CODE.search(out)
    assert new_code and new_code.group(1) != recovery
    code, _, err = run(
        paths, "unlock", "--recovery-code", "--passphrase-stdin", stdin=recovery + "\n"
    )
    assert code == 1 and "That recovery code does not open" in err
    code, out, _ = run(
        paths, "unlock", "--recovery-code", "--passphrase-stdin", stdin=new_code.group(1) + "\n"
    )
    assert code == 0 and "The lock is off: 1 entries decrypted." in out
    assert NOTE.encode() in paths.journal_file.read_bytes() + b"".join(
        p.read_bytes() for p in paths.data_dir.glob("journal.sqlite3-wal")
    )
    code, out, _ = run(paths, "list")
    assert code == 0 and NOTE in out
    code, out, _ = run(paths, "unlock")
    assert code == 0 and "has no lock" in out


def test_an_interrupted_lock_is_finished_by_lock(paths: UserPaths) -> None:
    run(paths, "add", "--mood", "2", "--note", NOTE)
    with Journal.open(paths.journal_file) as journal:
        journal.prepare_lock(PASS, params=FAST)  # then the process "died"
    code, out, err = run(paths, "lock", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 0 and "was interrupted" in err
    assert "The journal is locked: 1 entries encrypted" in out and "--new-recovery-code" in out


def test_passphrase_without_a_lock_says_how_to_turn_it_on(paths: UserPaths) -> None:
    run(paths, "add", "--mood", "2")
    code, _, err = run(paths, "passphrase", "--passphrase-stdin", stdin=PASS + "\n")
    assert code == 1 and "the journal has no lock; turn it on with: journal lock" in err
