"""The journal's schema and its forward-only migrations.

``PRAGMA user_version`` holds the number of migrations applied. Each migration runs in the
same transaction as the version bump, so a crash leaves the journal at the old version or the
new one, never between. Migrations are never edited once released: a fix is a new migration.
(``tests/core/journal/test_schema.py`` builds a version-1 journal from a frozen copy of its SQL
and migrates it, so editing migration 1 in place would be caught.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x544E4731
"""``PRAGMA application_id``: "TNG1". Tells a Tenang journal from any other SQLite file."""


def _v1(conn: sqlite3.Connection) -> None:
    """The first schema: runs, entries, the user's own tags and the entry-tag links."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        """CREATE TABLE runs (
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
        )"""
    )
    conn.execute(
        """CREATE TABLE entries (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            utc_offset_minutes INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
            energy INTEGER CHECK (energy BETWEEN 1 AND 5),
            note TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL
                CHECK (kind IN ('check_in', 'before_session', 'after_session')),
            run_id TEXT REFERENCES runs (id) ON DELETE SET NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE tags (
            key TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            created_at TEXT NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE entry_tags (
            entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (entry_id, tag)
        ) WITHOUT ROWID"""
    )
    conn.execute("CREATE INDEX entries_created ON entries (created_at)")


def _day_sql(sign: str, row: str) -> list[str]:
    """Statements adding (``+``) or removing (``-``) entry ``row`` (NEW/OLD) from ``days``."""
    statements = []
    if sign == "+":
        statements.append(
            f"INSERT OR IGNORE INTO days (local_day, mood_sum, count, tags)"
            f" VALUES ({row}.local_day, 0, 0, '')"
        )
    statements.append(
        f"UPDATE days SET mood_sum = mood_sum {sign} {row}.mood, count = count {sign} 1"
        f" WHERE local_day = {row}.local_day"
    )
    if sign == "-":
        statements.append(f"DELETE FROM days WHERE local_day = {row}.local_day AND count = 0")
    if sign == "+":
        statements.append(
            f"INSERT OR IGNORE INTO run_moods (run_id, routine_id) SELECT {row}.run_id,"
            f" (SELECT routine_id FROM runs WHERE id = {row}.run_id)"
            f" WHERE {row}.run_id IS NOT NULL"
        )
    statements.append(
        f"UPDATE run_moods SET"
        f" before_sum = before_sum {sign} iif({row}.kind = 'before_session', {row}.mood, 0),"
        f" before_count = before_count {sign} iif({row}.kind = 'before_session', 1, 0),"
        f" after_sum = after_sum {sign} iif({row}.kind = 'after_session', {row}.mood, 0),"
        f" after_count = after_count {sign} iif({row}.kind = 'after_session', 1, 0)"
        f" WHERE run_id = {row}.run_id"
    )
    if sign == "-":
        statements.append(
            f"DELETE FROM run_moods WHERE run_id = {row}.run_id"
            " AND before_count = 0 AND after_count = 0"
        )
    return statements


def _day_tags_sql(row: str) -> str:
    return (
        "UPDATE days SET tags = coalesce((SELECT group_concat(tag, char(31)) FROM"
        f" (SELECT DISTINCT tag FROM entry_tags WHERE local_day = {row}.local_day ORDER BY tag)),"
        f" '') WHERE local_day = {row}.local_day"
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Local days beside each row, and summary tables kept by triggers, for fast insights.

    Insights group by the user's local day. At 100,000 entries, grouping the entries on every
    open cost several hundred milliseconds; the ``days`` table (one row per day: mood sum,
    count, the day's distinct tags) and ``run_moods`` (one row per run: its routine and the
    before and after mood sums) are kept up to date by triggers in the same transaction as
    each write, so insights read about one row per day. Entries never change their creation
    time, so the stored ``local_day`` never goes stale.
    """
    day = "date({t}, printf('%+d minutes', utc_offset_minutes))"
    conn.execute("ALTER TABLE entries ADD COLUMN local_day TEXT NOT NULL DEFAULT ''")
    conn.execute(f"UPDATE entries SET local_day = {day.format(t='created_at')}")
    conn.execute("ALTER TABLE runs ADD COLUMN local_day TEXT NOT NULL DEFAULT ''")
    conn.execute(f"UPDATE runs SET local_day = {day.format(t='started_at')}")
    conn.execute("ALTER TABLE entry_tags ADD COLUMN local_day TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "UPDATE entry_tags SET local_day ="
        " (SELECT local_day FROM entries WHERE entries.id = entry_tags.entry_id)"
    )
    conn.execute("CREATE INDEX entries_day ON entries (local_day)")
    conn.execute("CREATE INDEX entry_tags_day ON entry_tags (local_day, tag)")
    conn.execute("CREATE INDEX runs_day ON runs (local_day, completed_seconds)")
    conn.execute("CREATE INDEX runs_routine ON runs (routine_id, started_at)")
    conn.execute(
        """CREATE TABLE days (
            local_day TEXT PRIMARY KEY,
            mood_sum INTEGER NOT NULL,
            count INTEGER NOT NULL,
            tags TEXT NOT NULL
        ) WITHOUT ROWID"""
    )
    conn.execute(
        """CREATE TABLE run_moods (
            run_id TEXT PRIMARY KEY,
            routine_id TEXT NOT NULL,
            before_sum INTEGER NOT NULL DEFAULT 0,
            before_count INTEGER NOT NULL DEFAULT 0,
            after_sum INTEGER NOT NULL DEFAULT 0,
            after_count INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID"""
    )
    conn.execute("CREATE TABLE journal_state (key TEXT PRIMARY KEY, value) WITHOUT ROWID")
    _rebuild_summaries_v2(conn)
    triggers = {
        "entries_days_insert": ("AFTER INSERT ON entries", _day_sql("+", "NEW")),
        "entries_days_delete": ("AFTER DELETE ON entries", _day_sql("-", "OLD")),
        "entries_days_update": (
            "AFTER UPDATE ON entries",
            # Removing OLD may drop the day's row; re-adding NEW recreates it without tags.
            [*_day_sql("-", "OLD"), *_day_sql("+", "NEW"), _day_tags_sql("NEW")],
        ),
        "entry_tags_days_insert": ("AFTER INSERT ON entry_tags", [_day_tags_sql("NEW")]),
        "entry_tags_days_delete": ("AFTER DELETE ON entry_tags", [_day_tags_sql("OLD")]),
    }
    for name, (when, statements) in triggers.items():
        body = ";\n".join(statements)
        conn.execute(f"CREATE TRIGGER {name} {when} WHEN {_NOT_BULK} BEGIN\n{body};\nEND")


def _v3(conn: sqlite3.Connection) -> None:
    """The journal lock: sealed entry content, the wrapped data key, summaries of clear rows.

    ``entries`` is rebuilt because ``mood`` must become nullable: a sealed row keeps its id,
    times, kind, run link and local day in clear (ordering and the run list need them) and its
    content only inside ``sealed``. ``entry_tags`` is rebuilt first and ``entries`` dropped
    after it: dropping the parent first would, with foreign keys on, cascade-delete every tag.
    The summary triggers are recreated so that sealed rows never reach ``days``/``run_moods``.
    """
    conn.execute("CREATE TEMP TABLE saved_entry_tags AS SELECT * FROM entry_tags")
    conn.execute("DROP TABLE entry_tags")
    conn.execute(
        """CREATE TABLE entries_v3 (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            utc_offset_minutes INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            mood INTEGER CHECK (mood BETWEEN 1 AND 5),
            energy INTEGER CHECK (energy BETWEEN 1 AND 5),
            note TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL
                CHECK (kind IN ('check_in', 'before_session', 'after_session')),
            run_id TEXT REFERENCES runs (id) ON DELETE SET NULL,
            local_day TEXT NOT NULL DEFAULT '',
            sealed BLOB,
            CHECK ((sealed IS NULL) = (mood IS NOT NULL)),
            CHECK (sealed IS NULL OR (energy IS NULL AND note = ''))
        )"""
    )
    columns = (
        "id, created_at, utc_offset_minutes, updated_at, mood, energy, note, kind, run_id,"
        " local_day"
    )
    conn.execute(f"INSERT INTO entries_v3 ({columns}) SELECT {columns} FROM entries")
    conn.execute("DROP TABLE entries")
    conn.execute("ALTER TABLE entries_v3 RENAME TO entries")
    conn.execute(
        """CREATE TABLE entry_tags (
            entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            local_day TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (entry_id, tag)
        ) WITHOUT ROWID"""
    )
    conn.execute(
        "INSERT INTO entry_tags (entry_id, tag, local_day)"
        " SELECT entry_id, tag, local_day FROM saved_entry_tags"
    )
    conn.execute("DROP TABLE temp.saved_entry_tags")
    conn.execute("CREATE INDEX entries_created ON entries (created_at)")
    conn.execute("CREATE INDEX entries_day ON entries (local_day)")
    conn.execute("CREATE INDEX entry_tags_day ON entry_tags (local_day, tag)")
    conn.execute(
        """CREATE TABLE lock_keys (
            slot TEXT PRIMARY KEY CHECK (slot IN ('passphrase', 'recovery')),
            kdf TEXT NOT NULL CHECK (kdf = 'argon2id'),
            salt BLOB NOT NULL,
            memory_kib INTEGER NOT NULL,
            iterations INTEGER NOT NULL,
            lanes INTEGER NOT NULL,
            nonce BLOB NOT NULL,
            wrapped BLOB NOT NULL
        ) WITHOUT ROWID"""
    )
    clear_new, clear_old = "NEW.sealed IS NULL", "OLD.sealed IS NULL"
    triggers = {
        "entries_days_insert": ("AFTER INSERT ON entries", clear_new, _day_sql("+", "NEW")),
        "entries_days_delete": ("AFTER DELETE ON entries", clear_old, _day_sql("-", "OLD")),
        "entries_days_update": (
            "AFTER UPDATE ON entries",
            f"{clear_old} AND {clear_new}",
            [*_day_sql("-", "OLD"), *_day_sql("+", "NEW"), _day_tags_sql("NEW")],
        ),
        "entry_tags_days_insert": ("AFTER INSERT ON entry_tags", "1", [_day_tags_sql("NEW")]),
        "entry_tags_days_delete": ("AFTER DELETE ON entry_tags", "1", [_day_tags_sql("OLD")]),
    }
    for name, (when, clear, statements) in triggers.items():
        body = ";\n".join(statements)
        conn.execute(
            f"CREATE TRIGGER {name} {when} WHEN {clear} AND {_NOT_BULK} BEGIN\n{body};\nEND"
        )
    rebuild_summaries(conn)


def _v4(conn: sqlite3.Connection) -> None:
    """The inbox: check-ins saved while the journal is locked, sealed to a public key.

    A locked Tenang holds no data key, so it cannot write a normal sealed entry; it seals the
    content to the inbox public key (``INBOX_PUBLIC_KEY``) instead, durably and at once. The
    clear columns are the ones ``entries`` keeps in clear too (times, kind, run link: a
    before-check-in made while locked is linked to its run without a key). The next unlock
    moves each row into ``entries``, in the transaction that deletes it here.
    """
    conn.execute(
        """CREATE TABLE inbox (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            utc_offset_minutes INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            kind TEXT NOT NULL
                CHECK (kind IN ('check_in', 'before_session', 'after_session')),
            run_id TEXT REFERENCES runs (id) ON DELETE SET NULL,
            sealed BLOB NOT NULL
        )"""
    )


BULK_KEY = "bulk"
_NOT_BULK = f"NOT EXISTS (SELECT 1 FROM journal_state WHERE key = '{BULK_KEY}')"
"""Large imports set this key inside their transaction: the summary triggers stand aside and
:func:`rebuild_summaries` recomputes the tables once before the same commit (a 100,000-entry
import is several times faster that way). Nobody outside the transaction ever sees the key."""

LOCK_KEY = "lock"
"""``journal_state`` value: absent (no lock), ``pending`` (keys stored, entries not yet sealed:
an interrupted ``lock`` resumes from here) or ``on`` (every entry sealed)."""
KEY_ID_KEY = "key_id"
"""A one-way tag of the data key (``crypto.key_id``): another process may have changed it."""
GENERATION_KEY = "generation"
"""While a lock exists (pending or on): raised by one in every write transaction
(``Journal._write``), whichever process writes, so a sealed insights snapshot knows whether
it is still current. Writes that change no entry (a check-in put in the inbox, a run no entry
links to) take the raise back (``store._keep_generation``). Absent with no lock, like every
other lock key."""
INSIGHTS_KEY = "sealed_insights"
"""With the lock on: the sealed :class:`~tenang.core.journal.insights.Tally` and the
generation it was computed at. Unlocking a big journal decrypts this one blob instead of
every entry when nothing was written since."""
SCRUB_KEY = "scrub"
"""Set in the transaction that seals the entries, cleared once ``VACUUM`` and a truncating
checkpoint have removed the clear pages from the file and the WAL (re-run at the next open or
unlock if the process died in between)."""
SEALED_TAGS_KEY = "sealed_tags"
"""The user's own tags (keys, labels, times) while the lock is on, sealed as one blob."""
INBOX_PUBLIC_KEY = "inbox_public"
"""With the lock on: the raw X25519 public key locked check-ins are sealed to (in clear: a
locked Tenang must read it without a secret)."""
INBOX_PRIVATE_KEY = "inbox_private"
"""Its private key, sealed with the data key (``Sealer.seal_blob("inbox-key", ...)``)."""


def _rebuild_summaries_v2(conn: sqlite3.Connection) -> None:
    """What migration 2 ran (frozen: migration 2 must not change when the schema does)."""
    _rebuild_summaries(conn, "")


def rebuild_summaries(conn: sqlite3.Connection) -> None:
    """Recompute ``days`` and ``run_moods`` from the *clear* entries (caller's transaction).

    Sealed entries (the lock is on) never reach these tables: their insights are computed in
    memory after unlocking (``Journal.insight_rows``), so the tables stay empty while locked.
    """
    _rebuild_summaries(conn, " WHERE sealed IS NULL")


def _rebuild_summaries(conn: sqlite3.Connection, clear: str) -> None:
    conn.execute("DELETE FROM days")
    conn.execute(
        "INSERT INTO days (local_day, mood_sum, count, tags)"
        f" SELECT local_day, sum(mood), count(*), '' FROM entries{clear} GROUP BY local_day"
    )
    conn.execute(_day_tags_sql("days"))
    conn.execute("DELETE FROM run_moods")
    conn.execute(
        """INSERT INTO run_moods
           SELECT run_id,
                  (SELECT routine_id FROM runs WHERE runs.id = entries.run_id),
                  total(iif(kind = 'before_session', mood, 0)),
                  total(kind = 'before_session'),
                  total(iif(kind = 'after_session', mood, 0)),
                  total(kind = 'after_session')
           FROM entries WHERE run_id IN (SELECT id FROM runs)"""
        + clear.replace("WHERE", "AND")
        + " GROUP BY run_id"
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2, _v3, _v4)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the journal to :data:`SCHEMA_VERSION`; returns the version it started at.

    The connection must be in autocommit mode (``isolation_level=None``). The version is read
    again inside the write lock, so two processes opening a new journal at once migrate it
    once.
    """
    start = user_version(conn)
    if start >= SCHEMA_VERSION:
        return start
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = user_version(conn)
        for number in range(current, SCHEMA_VERSION):
            MIGRATIONS[number](conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return start
