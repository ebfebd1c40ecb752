"""Turning the lock on survives SIGKILL: mid-seal it resumes, after the commit it scrubs."""

from __future__ import annotations

import sqlite3
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from journal_fixtures import FAST_KDF
from kill_harness import kill_at_stage

from tenang.core.journal import Entry, Journal, Mood
from tenang.core.journal.store import ImportRecords

FAST = FAST_KDF
PASS = "correct horse battery"
SECRET = "kill-me-secret-6203"
COUNT = 1200  # more than one batch of 500, so a kill at 500 is mid-transaction

CHILD = """
import sys
from pathlib import Path
from tenang.core.journal import Journal
path, stage, at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])

def progress(name, done, total):
    if name == stage and done >= at:
        print(f"{name} {done}/{total}", flush=True)
        sys.stdin.readline()  # hold here until the parent kills us

with Journal.open(path) as journal:
    journal.unlock(sys.argv[4], progress=progress)
print("finished", flush=True)
"""


def build(path: Path) -> list[Entry]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    entries = [
        Entry(
            id=str(uuid.UUID(int=n + 1)),
            created_at=start + timedelta(hours=n),
            utc_offset_minutes=420,
            updated_at=start + timedelta(hours=n),
            mood=Mood(1 + n % 5),
            tags=("calm", f"own-{n % 7}"),
            note=f"{SECRET} {n}",
        )
        for n in range(COUNT)
    ]
    with Journal.open(path) as journal:
        journal.write_records(ImportRecords(entries=entries))
        journal.prepare_lock(PASS, params=FAST)  # "I have saved it" given; sealing not begun
        assert journal.lock_state == "pending"
    return entries


def kill_child_at(path: Path, stage: str, at: int) -> None:
    kill_at_stage(CHILD, [str(path), stage, str(at), PASS], stage)


def peek(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read without a read-write connection (whose close could checkpoint for us)."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def raw(path: Path) -> bytes:
    return b"".join(f.read_bytes() for f in path.parent.glob(path.name + "*") if f.is_file())


def as_seen(journal: Journal) -> list[tuple[object, ...]]:
    return [(e.id, e.mood, e.tags, e.note) for e in journal.list_entries(newest_first=False)]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_while_sealing_leaves_everything_clear_and_resumes(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    entries = build(path)
    kill_child_at(path, "seal", 500)
    # The sealing transaction never committed: every entry is whole and still in clear.
    assert peek(path, "SELECT value FROM journal_state WHERE key = 'lock'") == [("pending",)]
    assert peek(path, "SELECT count(*) FROM entries WHERE sealed IS NULL") == [(COUNT,)]
    with Journal.open(path, check="integrity_check") as journal:
        expected = [(e.id, e.mood, e.tags, e.note) for e in entries]
        assert as_seen(journal) == expected
        journal.unlock(PASS)  # resumes: seals everything now
        assert journal.lock_state == "on"
        assert as_seen(journal) == expected
    assert peek(path, "SELECT count(*) FROM entries WHERE sealed IS NULL") == [(0,)]
    assert SECRET.encode() not in raw(path)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_before_the_scrub_scrubs_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    entries = build(path)
    kill_child_at(path, "scrub", 0)
    assert peek(path, "SELECT value FROM journal_state WHERE key IN ('lock', 'scrub')") == [
        ("on",),
        (1,),
    ]
    assert peek(path, "SELECT count(*) FROM entries WHERE sealed IS NULL") == [(0,)]
    assert SECRET.encode() in raw(path)  # sealed, but old pages still hold clear text...
    with Journal.open(path) as journal:  # ...until the open scrubs (no key needed)
        assert peek(path, "SELECT count(*) FROM journal_state WHERE key = 'scrub'") == [(0,)]
        assert SECRET.encode() not in raw(path)
        journal.unlock(PASS)
        assert len(journal.list_entries()) == len(entries)
