"""The inbox survives SIGKILL: a check-in that was saved while locked is never lost, and a
drain killed half-way leaves each one in exactly one place (entries or inbox), then resumes."""

from __future__ import annotations

import os
import random
import sqlite3
import sys
from pathlib import Path

import pytest
from journal_fixtures import FAST_KDF
from kill_harness import kill_at_stage, kill_writers_at_random

from tenang.core.journal import Journal

PASS = "correct horse battery"
SECRET = "inbox-kill-secret-3391"
COUNT = 240

DRAINER = """
import sys
from pathlib import Path
from tenang.core.journal import Journal
path, at = Path(sys.argv[1]), int(sys.argv[2])

def progress(name, done, total):
    if name == "drain" and done >= at:
        print(f"{name} {done}/{total}", flush=True)
        sys.stdin.readline()  # hold here, mid-transaction, until the parent kills us

with Journal.open(path) as journal:
    journal.unlock(sys.argv[3], progress=progress)
print("finished", flush=True)
"""


def locked_journal(path: Path) -> None:
    with Journal.open(path) as journal:
        journal.add_entry(3, note="written before the lock")
        journal.prepare_lock(PASS, params=FAST_KDF)
        journal.complete_lock()


def places(path: Path) -> tuple[set[str], set[str]]:
    """(entry ids, inbox ids), read without a read-write connection (whose close could
    checkpoint), after an integrity check."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        entries = {str(row[0]) for row in conn.execute("SELECT id FROM entries")}
        inbox = {str(row[0]) for row in conn.execute("SELECT id FROM inbox")}
    finally:
        conn.close()
    return entries, inbox


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_drain_killed_half_way_loses_nothing_and_resumes(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    locked_journal(path)
    with Journal.open(path) as journal:
        assert journal.locked
        ids = {journal.add_entry(1 + n % 5, note=f"{SECRET} {n}").id for n in range(COUNT)}
    kill_at_stage(DRAINER, [str(path), str(COUNT // 2), PASS], "drain")
    entries, inbox = places(path)
    assert not entries & inbox  # never both...
    assert ids <= entries | inbox  # ...and never neither
    assert inbox == ids  # the drain is one transaction: it rolled back whole
    with Journal.open(path, check="integrity_check") as journal:
        assert journal.pending_count == COUNT
        journal.unlock(PASS)  # resumes
        assert journal.pending_count == 0
        notes = sorted(e.note for e in journal.list_entries() if e.id in ids)
    assert notes == sorted(f"{SECRET} {n}" for n in range(COUNT))
    entries, inbox = places(path)
    assert ids <= entries and not inbox
    assert SECRET.encode() not in b"".join(
        f.read_bytes() for f in tmp_path.glob("journal.sqlite3*")
    )


def _locked_writer(path: Path, write_fd: int, seed: int) -> None:  # pragma: no cover - child
    rng = random.Random(seed)
    journal = Journal.open(path, defer_check=True)  # never unlocked: it writes to the inbox
    while True:
        entry = journal.add_entry(rng.randint(1, 5), tags=["calm"], note="x" * rng.randint(0, 3000))
        os.write(write_fd, entry.id.encode() + b"\n")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_sigkill_while_saving_locked_check_ins_loses_no_returned_one(tmp_path: Path) -> None:
    """8 times: a forked child saves check-ins to the inbox in a loop and prints each id once
    ``add_entry`` returned; it is killed after a random number of them."""
    path = tmp_path / "journal.sqlite3"
    locked_journal(path)
    confirmed: set[str] = set()
    rounds = kill_writers_at_random(path, _locked_writer, rounds=8, most=15, seed=11)
    for round_, returned in enumerate(rounds):
        confirmed |= returned
        _, inbox = places(path)
        missing = confirmed - inbox
        assert not missing, f"round {round_}: {len(missing)} saved check-ins lost"
    with Journal.open(path) as journal:
        journal.unlock(PASS)
        assert confirmed <= {e.id for e in journal.list_entries()}
        assert journal.pending_count == 0
