"""Migrations: a version-1 journal built by hand (its SQL frozen here) opens and upgrades."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from journal_fixtures import FAST_KDF

from tenang.core.journal import Journal, JournalLocked
from tenang.core.journal.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

# The version-1 schema exactly as released. Never edit: it is what old journals contain.
V1_SCHEMA = """
PRAGMA application_id = 1414416177;
CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    routine_id TEXT NOT NULL,
    title TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    planned_seconds REAL NOT NULL,
    completed_seconds REAL NOT NULL,
    cycles_completed INTEGER NOT NULL,
    completed INTEGER NOT NULL CHECK (completed IN (0, 1))
);
CREATE TABLE entries (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    energy INTEGER CHECK (energy BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('check_in', 'before_session', 'after_session')),
    run_id TEXT REFERENCES runs (id) ON DELETE SET NULL
);
CREATE TABLE tags (key TEXT PRIMARY KEY, label TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE entry_tags (
    entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX entries_created ON entries (created_at);
PRAGMA user_version = 1;
"""

V1_DATA = """
INSERT INTO runs VALUES ('r1', 'box-breathing', 'Box breathing', '2025-01-01T22:00:00.000000Z',
    '2025-01-01T22:04:00.000000Z', 420, 240.0, 240.0, 15, 1);
INSERT INTO entries VALUES ('e1', '2025-01-01T21:58:00.000000Z', 420,
    '2025-01-01T21:58:00.000000Z', 2, 3, 'before', 'before_session', 'r1');
INSERT INTO entries VALUES ('e2', '2025-01-01T22:05:00.000000Z', 420,
    '2025-01-01T22:05:00.000000Z', 4, NULL, 'after, late evening UTC = next day in Jakarta',
    'after_session', 'r1');
INSERT INTO entries VALUES ('e3', '2025-01-01T10:00:00.000000Z', -300,
    '2025-01-01T10:00:00.000000Z', 5, NULL, '', 'check_in', NULL);
INSERT INTO tags VALUES ('choir', 'Choir', '2025-01-01T10:00:00.000000Z');
INSERT INTO entry_tags VALUES ('e2', 'calm');
INSERT INTO entry_tags VALUES ('e3', 'choir');
INSERT INTO entry_tags VALUES ('e3', 'walk');
"""


def build_v1(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(V1_SCHEMA + V1_DATA)
    conn.close()


def test_v1_schema_in_this_test_matches_migration_one(tmp_path: Path) -> None:
    """The frozen copy above is what migration 1 creates: migration 1 was not edited."""
    frozen = sqlite3.connect(tmp_path / "a.sqlite3")
    frozen.executescript(V1_SCHEMA)
    migrated = sqlite3.connect(tmp_path / "b.sqlite3", isolation_level=None)
    MIGRATIONS[0](migrated)

    def shape(conn: sqlite3.Connection) -> list[tuple[str, str, list[tuple[object, ...]]]]:
        names = conn.execute("SELECT type, name FROM sqlite_master ORDER BY name").fetchall()
        return [
            (kind, name, conn.execute(f"PRAGMA table_xinfo({name})").fetchall())
            for kind, name in names
        ]

    assert shape(frozen) == shape(migrated)
    assert migrated.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_v1_journal_migrates_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    build_v1(path)
    with Journal.open(path) as journal:
        assert journal._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        entries = {e.id: e for e in journal.list_entries()}
        assert set(entries) == {"e1", "e2", "e3"}
        assert entries["e2"].tags == ("calm",)
        assert entries["e3"].tags == ("choir", "walk")
        assert entries["e3"].utc_offset_minutes == -300
        assert entries["e1"].run_id == "r1"
        # 22:05 UTC at +07:00 is 05:05 the next day: the migration computed local days.
        assert entries["e2"].local_day == date(2025, 1, 2)
        assert journal.list_entries(since=date(2025, 1, 2)) == [entries["e2"], entries["e1"]]
        insights = journal.insights(date(2025, 1, 2))
        assert insights.days == 2
        assert [(h.routine_id, h.pairs) for h in insights.what_helps] == [("box-breathing", 1)]
        patterns = {p.tag: p for p in insights.tag_patterns}
        assert patterns["walk"].mean_with == 5.0
        assert patterns["walk"].mean_without == 3.0
        new = journal.add_entry(3, tags=["choir"])  # writable after the upgrade
        assert journal.get_entry(new.id) == new
        assert journal._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_migrating_twice_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    build_v1(path)
    Journal.open(path).close()
    with Journal.open(path) as journal:
        assert journal.count_entries() == 3


def test_v3_journals_migrate_to_the_inbox(tmp_path: Path) -> None:
    """Migration 4 adds the inbox. A clear v3 journal keeps everything; a v3 journal that was
    locked has no inbox key yet, so a check-in while locked asks for the passphrase once."""
    path = tmp_path / "journal.sqlite3"
    build_v1(path)
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[1:3]:
        migration(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with Journal.open(path) as journal:
        assert journal._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        assert journal.count_entries() == 3 and journal.pending_count == 0
        journal.prepare_lock("correct horse battery", params=FAST_KDF)
        journal.complete_lock()
        journal.lock()
        journal.add_entry(2, note="while locked")
        assert journal.pending_count == 1
    locked_v3 = tmp_path / "locked.sqlite3"
    with Journal.open(locked_v3) as journal:
        journal.add_entry(4, note="sealed in v3")
        journal.prepare_lock("correct horse battery", params=FAST_KDF)
        journal.complete_lock()
    conn = sqlite3.connect(locked_v3, isolation_level=None)
    conn.execute("DROP TABLE inbox")  # what migration 4 added; a v3 lock had no inbox keys
    conn.execute("DELETE FROM journal_state WHERE key LIKE 'inbox%'")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with Journal.open(locked_v3) as journal:
        assert journal.locked and journal.pending_count == 0
        with pytest.raises(JournalLocked, match="unlocked once by this version"):
            journal.add_entry(3)
        journal.unlock("correct horse battery")
        assert [e.note for e in journal.list_entries()] == ["sealed in v3"]
        journal.lock()
        journal.add_entry(3, note="after the first unlock")
        journal.unlock("correct horse battery")
        assert journal.pending_count == 0 and journal.count_entries() == 2
