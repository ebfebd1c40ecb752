"""The journal database: one SQLite file that must never lose an entry.

The rules (docs/journal.md explains them to users):

- WAL with ``synchronous=FULL``: a write that returned survives a crash or power cut.
- Every write is one ``BEGIN IMMEDIATE`` transaction. Taking the write lock up front means a
  second Tenang process waits (``busy_timeout``) instead of failing half-way.
- The file is created 0600 (``os.open``) in a 0700 folder *before* SQLite writes a byte.
- A journal that cannot be opened, is not a Tenang journal, or fails its integrity check on
  open is never written to: a copy is set aside and :class:`JournalUnavailable` names it.
- Every SQLite failure during a write becomes a :class:`JournalWriteError` with a message for
  the user; the transaction is rolled back, so the journal is unchanged.
- Nothing here logs a mood, a note or a tag: the logger only hears about files and versions.
- With the lock on and no key in memory, a new check-in is sealed to the inbox public key and
  saved at once (table ``inbox``); the next unlock moves it into ``entries`` (see
  ``Journal.drain_inbox`` and docs/journal.md, "Check-ins while locked").
"""

from __future__ import annotations

import contextlib
import filecmp
import glob
import json
import logging
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from tenang.core.atomic import PRIVATE_FILE_MODE
from tenang.core.journal.crypto import (
    DEFAULT_KDF,
    BadInboxKey,
    InboxOpener,
    JournalLocked,
    JournalTampered,
    KdfParams,
    LockChanged,
    SealBroken,
    Sealer,
    WrappedKey,
    WrongPassphrase,
    WrongSecret,
    key_id,
    new_data_key,
    new_inbox_keys,
    new_recovery_code,
    normalize_recovery_code,
    seal_to_inbox,
    unwrap_key,
    wipe,
    wrap_key,
)
from tenang.core.journal.insights import (
    WEEKS_SHOWN,
    DayMood,
    DaySeconds,
    EntryFacts,
    InsightRows,
    Insights,
    RoutineChange,
    Tally,
    aggregate_tally,
    summarize,
    tally_entries,
)
from tenang.core.journal.model import (
    Entry,
    EntryKind,
    JournalError,
    JournalUnavailable,
    JournalWriteError,
    Mood,
    SessionRun,
    Tag,
    ValidationError,
    check_energy,
    check_mood,
    check_note,
    format_utc,
    normalize_tag,
    offset_of,
    parse_utc,
)
from tenang.core.journal.schema import (
    APPLICATION_ID,
    BULK_KEY,
    GENERATION_KEY,
    INBOX_PRIVATE_KEY,
    INBOX_PUBLIC_KEY,
    INSIGHTS_KEY,
    KEY_ID_KEY,
    LOCK_KEY,
    SCHEMA_VERSION,
    SCRUB_KEY,
    SEALED_TAGS_KEY,
    migrate,
    rebuild_summaries,
    user_version,
)
from tenang.core.journal.tags import BUILTIN_BY_KEY, BUILTIN_TAGS, builtin_key_for
from tenang.core.paths import JOURNAL_FILE_NAME, ensure_private_dir
from tenang.core.runs import RunSummary

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS: Final = 5000
OPEN_CHECK: Final = "quick_check"
"""Run on every open. ``integrity_check`` also cross-checks every index against its table;
at 100,000 entries it took ~4x as long as ``quick_check`` (see bench/journal_bench.py and
docs/journal.md), which still catches damaged pages, bad records and broken b-trees.
Backups and restores use the full ``integrity_check``."""

# Primary SQLite result codes (sqlite3 exposes them only from Python 3.11 on some builds).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

_UNSET: Final = object()
BULK_ROWS = 500
"""Imports of this many entries or more rebuild the summaries once instead of per row."""

MIN_PASSPHRASE_LENGTH: Final = 8
Progress = Callable[[str, int, int], None]
"""Told ``(stage, done, total)`` while the lock seals entries (``"seal"``) and scrubs the file
(``"scrub"``): a GUI progress bar, and the hook the interruption test kills the process at."""

Clock = Callable[[], datetime]
"""Returns the current local time, *aware* (its offset is stored beside each entry)."""


def local_now() -> datetime:
    return datetime.now().astimezone()


def utc_stamp(moment: datetime | None = None) -> str:
    """A compact UTC timestamp for file names: ``20261123T213155Z``."""
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _sidecars(path: Path) -> list[Path]:
    """The database file and the WAL files SQLite keeps beside it."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _free_name(base: Path) -> Path:
    """``base`` or ``base.1``, ``base.2``...: set-aside copies never overwrite each other."""
    candidate, number = base, 0
    while candidate.exists():
        number += 1
        candidate = base.with_name(f"{base.name}.{number}")
    return candidate


def _same_files(path: Path, copy: Path) -> bool:
    """True when ``copy`` (and its -wal) hold exactly the journal's current bytes."""
    for source, suffix in ((path, ""), (path.with_name(path.name + "-wal"), "-wal")):
        twin = copy.with_name(copy.name + suffix)
        if source.exists() != twin.exists():
            return False
        if source.exists() and not filecmp.cmp(source, twin, shallow=False):
            return False
    return True


def copy_aside(path: Path, label: str) -> Path:
    """Copy the journal (and its -wal/-shm) to ``<name>.<label>-<UTC stamp>``; 0600.

    A damaged journal is found again at every start until the user acts; an identical copy
    already set aside is reused rather than filling the disk with the same bytes.
    """
    for earlier in sorted(path.parent.glob(f"{glob.escape(path.name)}.{label}-*")):
        if not earlier.name.endswith(("-wal", "-shm")) and _same_files(path, earlier):
            return earlier
    target = _free_name(path.with_name(f"{path.name}.{label}-{utc_stamp()}"))
    for source, suffix in zip(_sidecars(path), ("", "-wal", "-shm"), strict=True):
        if source.exists():
            dest = target.with_name(target.name + suffix)
            shutil.copyfile(source, dest)
            dest.chmod(PRIVATE_FILE_MODE)
    return target


def create_private_file(path: Path) -> bool:
    """Create an empty 0600 file unless it exists; True when we created it.

    SQLite would create the file with the umask's mode (often 0644) and write the header at
    once; creating it ourselves first means the private mode is in place before any data.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE_MODE)  # the umask may have removed nothing, or more
    finally:
        os.close(fd)
    return True


def describe_sqlite_error(error: sqlite3.Error) -> str:
    """A user's reason for a SQLite failure; the raw message is kept in brackets."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    reasons = {
        _SQLITE_FULL: "the disk is full",
        _SQLITE_READONLY: "the journal or its folder is read-only",
        _SQLITE_PERM: "permission denied",
        _SQLITE_CANTOPEN: "the file or its folder cannot be opened for writing",
        _SQLITE_BUSY: "another program (another Tenang?) kept the journal busy for too long",
        _SQLITE_LOCKED: "another program (another Tenang?) kept the journal busy for too long",
        _SQLITE_IOERR: "the disk reported an input/output error",
        _SQLITE_CORRUPT: "the journal file is damaged",
    }
    reason = reasons.get(primary) if primary is not None else None
    return f"{reason} ({error})" if reason else str(error)


def _is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(error)
    return "not a database" in text or "malformed" in text


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (see ``Journal._write``)."""
    if read_only:
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _prepare_connection(conn: sqlite3.Connection, *, read_only: bool) -> None:
    """Pragmas and migrations; retried while another process holds the lock.

    Switching a new file to WAL needs a lock SQLite does not wait for (no busy handler), so two
    Tenangs creating the journal at the same moment would otherwise fail with "database is
    locked". Retrying for up to the busy timeout makes the second one wait its turn.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if read_only:
                conn.execute("PRAGMA query_only = ON")
                return
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")  # deleted notes are zeroed, not left
            migrate(conn)
            return
        except sqlite3.OperationalError as error:
            code = getattr(error, "sqlite_errorcode", 0) & 0xFF
            if code not in (_SQLITE_BUSY, _SQLITE_LOCKED) or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def _identity(conn: sqlite3.Connection) -> tuple[int, int]:
    """(application_id, user_version); reading the header fails on a non-database."""
    return int(conn.execute("PRAGMA application_id").fetchone()[0]), user_version(conn)


def _integrity(conn: sqlite3.Connection, check: str) -> str | None:
    """None for a healthy file, else what ``PRAGMA quick_check``/``integrity_check`` found."""
    if check not in ("quick_check", "integrity_check"):
        raise ValueError(f"unknown check {check!r}")
    rows = conn.execute(f"PRAGMA {check}").fetchall()
    if [tuple(row) for row in rows] != [("ok",)]:
        return f"{check} failed: " + "; ".join(str(row[0]) for row in rows[:3])
    return None


def _check_database(conn: sqlite3.Connection, check: str) -> tuple[int, int, str | None]:
    """(application_id, user_version, problem): ``problem`` is None for a healthy file."""
    app_id, version = _identity(conn)
    return app_id, version, _integrity(conn, check)


def _has_tables(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0)


@dataclass(frozen=True)
class ImportRecords:
    """Validated records ready for one transaction (see ``Journal.write_records``)."""

    entries: Sequence[Entry] = ()
    runs: Sequence[SessionRun] = ()
    custom_tags: Sequence[tuple[str, str, datetime]] = ()  # key, label, created
    replace_ids: frozenset[str] = frozenset()  # entries/runs that replace an older version


_ENTRY_COLUMNS = (
    "id, created_at, utc_offset_minutes, updated_at, mood, energy, note, kind, run_id, local_day,"
    " sealed"
)
_ENTRY_VALUES = "(?,?,?,?,?,?,?,?,?,?,?)"
_RUN_COLUMNS = (
    "id, routine_id, title, started_at, ended_at, utc_offset_minutes, planned_seconds,"
    " completed_seconds, cycles_completed, completed, local_day"
)
_TAG_SEPARATOR = "\x1f"


def _entry_row(entry: Entry, sealer: Sealer | None) -> tuple[object, ...]:
    """The row for ``entry``: content in clear, or (lock on) only inside ``sealed``."""
    if sealer is None:
        mood, energy, note, sealed = int(entry.mood), entry.energy, entry.note, None
    else:
        content = (int(entry.mood), entry.energy, entry.tags, entry.note)
        mood, energy, note, sealed = None, None, "", sealer.seal(entry.id, content)
    return (
        entry.id,
        format_utc(entry.created_at),
        entry.utc_offset_minutes,
        format_utc(entry.updated_at),
        mood,
        energy,
        note,
        entry.kind.value,
        entry.run_id,
        entry.local_day.isoformat(),
        sealed,
    )


def _run_row(run: SessionRun) -> tuple[object, ...]:
    return (
        run.id,
        run.routine_id,
        run.title,
        format_utc(run.started_at),
        format_utc(run.ended_at),
        run.utc_offset_minutes,
        run.planned_seconds,
        run.completed_seconds,
        run.cycles_completed,
        int(run.completed),
        run.local_day.isoformat(),
    )


_MOODS = {int(mood): mood for mood in Mood}
_KINDS = {kind.value: kind for kind in EntryKind}


def _entry_from(row: Any) -> Entry:
    """An entry from a ``_SELECT_ENTRIES`` row (hot: exports read every entry)."""
    return Entry(
        id=row[0],
        created_at=parse_utc(row[1]),
        utc_offset_minutes=row[2],
        updated_at=parse_utc(row[3]),
        mood=_MOODS[row[4]],
        energy=row[5],
        note=row[6],
        kind=_KINDS[row[7]],
        run_id=row[8],
        tags=tuple(sorted(row[10].split(_TAG_SEPARATOR))) if row[10] else (),
    )


def _run_from(row: Any) -> SessionRun:
    return SessionRun(
        id=row[0],
        routine_id=row[1],
        title=row[2],
        started_at=parse_utc(row[3]),
        ended_at=parse_utc(row[4]),
        utc_offset_minutes=row[5],
        planned_seconds=float(row[6]),
        completed_seconds=float(row[7]),
        cycles_completed=row[8],
        completed=bool(row[9]),
    )


_SELECT_ENTRIES = (
    "SELECT id, created_at, utc_offset_minutes, updated_at, mood, energy, note, kind, run_id,"
    " local_day, (SELECT group_concat(tag, char(31)) FROM entry_tags WHERE entry_id = e.id),"
    " sealed FROM entries AS e"
)


_LIST_COLUMNS = (
    "id, created_at, utc_offset_minutes, updated_at, mood, energy, note, kind, run_id, sealed"
)
_LIST_TAGS = (
    "SELECT entry_id, group_concat(tag, char(31)) FROM entry_tags {where} GROUP BY entry_id"
)
_from_iso = datetime.fromisoformat


def _list_time(text: str) -> datetime:
    """``parse_utc(text)``, faster for the ``Z`` form ``format_utc`` stores.

    ``fromisoformat`` reads that form as ``datetime.UTC``, which is exactly what ``parse_utc``
    returns for it; any other form (an offset, a naive time) goes through ``parse_utc``.
    """
    value = _from_iso(text)
    return value if value.tzinfo is UTC else parse_utc(text)


def _state(conn: sqlite3.Connection, key: str) -> Any:
    row = conn.execute("SELECT value FROM journal_state WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def _set_state(conn: sqlite3.Connection, key: str, value: object) -> None:
    conn.execute("INSERT OR REPLACE INTO journal_state (key, value) VALUES (?, ?)", (key, value))


def _seal_tags(sealer: Sealer, tags: Sequence[tuple[str, str, str]]) -> bytes:
    text = json.dumps(sorted(tags), ensure_ascii=False, separators=(",", ":"))
    return sealer.seal_blob("tags", text.encode("utf-8"))


def _split_tags(texts: Iterable[str]) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    """(sorted tag keys, the user's own tags among them as (key, label)) for tags as typed.

    Pure, so a locked journal can tell the keys of a check-in's tags without reading the
    (sealed) list of the user's own tags; storing those waits for an unlock.
    """
    keys: set[str] = set()
    custom: list[tuple[str, str]] = []
    for text in texts:
        key = normalize_tag(text)
        builtin = builtin_key_for(key)
        if builtin is not None:
            keys.add(builtin)
            continue
        keys.add(key)
        custom.append((key, " ".join(text.split())))
    return tuple(sorted(keys)), custom


_INBOX_COLUMNS = "id, created_at, utc_offset_minutes, updated_at, kind, run_id, sealed"


def _inbox_bound(created_at: object, offset: object, updated_at: object, kind: object) -> list[str]:
    """The clear fields of an inbox row that its seal authenticates (the run link is not:
    :meth:`Journal.record_run` sets it later, without a key)."""
    return [str(created_at), str(offset), str(updated_at), str(kind)]


def _keep_generation(conn: sqlite3.Connection) -> None:
    """Undo the raise of the generation ``Journal._write`` made: this write changed no entry
    (an inbox row, a run no entry links to), so a current sealed insights snapshot stays
    current. Check-ins and routines while locked are the common case; without this, every
    unlock after one would decrypt every entry for insights."""
    conn.execute("UPDATE journal_state SET value = value - 1 WHERE key = ?", (GENERATION_KEY,))


def check_passphrase(passphrase: str) -> str:
    """A new passphrase: at least 8 characters, not only spaces. Returned unchanged."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            f"a passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters "
            "(a few words you will remember are best)"
        )
    return passphrase


# -- the lock's slow part, apart from the database --------------------------------------------
#
# Argon2id over 64 MiB takes from a third of a second to more than a second, and Python's
# sqlite3 lets only the thread that opened the journal use its connection. So every lock
# operation that derives a key comes in three steps: a cheap read of the wrapped key on the
# journal's thread (:meth:`Journal.unlock_request`), the derivation and the key wrapping on
# any thread (the methods below: no connection, no journal state, only their own fields), and
# the writes back on the journal's thread (:meth:`Journal.adopt_key`, :meth:`Journal.store_lock`,
# :meth:`Journal.store_rewrap`, :meth:`Journal.turn_lock_off_with_key`), which first check that
# the wrap they started from is still the one in the file. The one-call methods (``unlock``,
# ``prepare_lock``, ...) are these steps in a row, for the terminal and the tests.


def _wrap_changed_error(path: Path, name: str) -> LockChanged:
    return LockChanged(
        f"The lock of {path} was changed by another Tenang while the {name} was being "
        "checked: enter it again. Nothing was changed."
    )


@dataclass(frozen=True)
class Rewrap:
    """The data key unwrapped with one secret and wrapped anew for a slot (off-thread work).

    ``key`` is a copy this object owns: :meth:`Journal.store_rewrap` wipes it, and so does
    :meth:`discard` for a result nobody stores (a cancelled dialog).
    """

    request: UnlockRequest
    key: bytearray = field(repr=False)
    wrapped: WrappedKey
    recovery_code: str | None = field(default=None, repr=False)
    """The new recovery code when ``wrapped`` is the recovery slot (shown once)."""

    def discard(self) -> None:
        wipe(self.key)


@dataclass(frozen=True)
class UnlockRequest:
    """What opening the lock needs from the file, read on the journal's thread.

    Holds the wrapped data key for one slot and the secret typed for it; its methods are pure
    (Argon2id and AES-GCM on these fields only), so they may run on any thread while the
    window keeps painting. The journal then takes the result with :meth:`Journal.adopt_key`
    (or stores a :class:`Rewrap`), which refuses it if the wrap changed in between.
    """

    path: Path
    wrapped: WrappedKey
    secret: str = field(repr=False)
    name: str
    """"passphrase" or "recovery code": for messages."""

    def derive(self) -> bytearray:
        """The data key (a fresh buffer the caller owns), or :class:`WrongPassphrase`."""
        try:
            return unwrap_key(self.wrapped, self.secret)
        except WrongSecret:
            raise WrongPassphrase(
                f"That {self.name} does not open the journal {self.path}. Nothing was changed."
            ) from None

    def _rewrap(self, slot: str, secret: str, params: KdfParams, code: str | None) -> Rewrap:
        key = self.derive()
        try:
            wrapped = wrap_key(key, secret, slot, params)
        except BaseException:
            wipe(key)
            raise
        return Rewrap(self, key, wrapped, code)

    def new_passphrase(self, passphrase: str, params: KdfParams = DEFAULT_KDF) -> Rewrap:
        """Unwrap, then wrap the key for ``passphrase`` (two Argon2id runs)."""
        check_passphrase(passphrase)
        return self._rewrap("passphrase", passphrase, params, None)

    def new_recovery_code(self, params: KdfParams = DEFAULT_KDF) -> Rewrap:
        """Unwrap, then wrap the key for a fresh recovery code (in ``recovery_code``)."""
        code = new_recovery_code()
        return self._rewrap("recovery", code, params, code)


@dataclass(frozen=True)
class NewLock:
    """A fresh data key wrapped for a passphrase and a new recovery code (two Argon2id runs).

    Made by :func:`make_lock` on any thread; :meth:`Journal.store_lock` stores it (and wipes
    ``key`` after taking its own copy), :meth:`discard` wipes a lock nobody stores.
    """

    key: bytearray = field(repr=False)
    recovery_code: str = field(repr=False)
    wraps: tuple[WrappedKey, ...]

    def discard(self) -> None:
        wipe(self.key)


def make_lock(passphrase: str, params: KdfParams = DEFAULT_KDF) -> NewLock:
    """Step 0 of turning the lock on, pure: check the passphrase, make and wrap the key."""
    check_passphrase(passphrase)
    key = new_data_key()
    code = new_recovery_code()
    try:
        wraps = (
            wrap_key(key, passphrase, "passphrase", params),
            wrap_key(key, code, "recovery", params),
        )
    except BaseException:
        wipe(key)
        raise
    return NewLock(key, code, wraps)


def _read_wrap(conn: sqlite3.Connection, slot: str) -> WrappedKey | None:
    row = conn.execute(
        "SELECT salt, memory_kib, iterations, lanes, nonce, wrapped FROM lock_keys WHERE slot = ?",
        (slot,),
    ).fetchone()
    if row is None:
        return None
    params = KdfParams(memory_kib=row[1], iterations=row[2], lanes=row[3], checked=False)
    return WrappedKey(slot, bytes(row[0]), params, bytes(row[4]), bytes(row[5]))


def set_aside_damaged(path: Path, problem: str) -> JournalUnavailable:
    """Copy a damaged journal aside and return the error that tells the user where."""
    copy = copy_aside(path, "corrupt")
    log.warning("damaged journal %s copied to %s", path, copy)
    return JournalUnavailable(
        f"The journal {path} is damaged ({problem}). Tenang has not written to it. "
        f"A copy was saved as {copy}. You can keep using the journal read-only or start a "
        "fresh journal; the damaged file and the copy are both kept.",
        path=str(path),
        copy_path=str(copy),
    )


_Aggregates = tuple[tuple[DayMood, ...], tuple[RoutineChange, ...]]


class _Stale(Exception):  # noqa: N818 - internal signal, never leaves the module
    """The journal changed while a snapshot was computed: do not store it."""


class Journal:
    """An open journal. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        read_only: bool,
        clock: Clock,
        check: str = OPEN_CHECK,
        verified: bool = True,
    ) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self._clock = clock
        self._check = check
        self._verified = verified
        self._damage: JournalUnavailable | None = None
        self._key: bytearray | None = None
        self._sealer: Sealer | None = None
        self._insight_cache: tuple[int, _Aggregates] | None = None
        self._days: dict[str, tuple[int, int, tuple[str, ...]]] | None = None
        self._runs: dict[str, tuple[int, int, int, int]] = {}
        self._tally_version = -1
        self._tracking = False
        self._inbox_pin: bytes | None = None
        """The inbox public key this object last verified against its private key (at an
        unlock). Kept when it locks again: while locked it seals only to this key, so a key
        swapped in the file never receives check-ins from a Tenang that knew the real one."""
        self.problem: str | None = None
        """For a read-only open of a damaged journal: what the check found (reads may fail)."""

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        clock: Clock = local_now,
        check: str = OPEN_CHECK,
        defer_check: bool = False,
    ) -> Journal:
        """Open (creating if needed) the journal at ``path``.

        Raises :class:`JournalUnavailable` for a damaged, foreign or too-new file (never
        written; a damaged one is copied aside first) and :class:`JournalWriteError` when the
        folder or file cannot be written.

        ``defer_check`` moves the integrity check from the open to the first write (or an
        explicit :meth:`verify`): at 100,000 entries the check reads the whole file, which
        costs more than the 150 ms a window may take to show insights. Nothing is written
        before the check passes either way; a journal that needs migrating is checked at once.
        """
        path = Path(path).absolute()
        if not read_only:
            try:
                ensure_private_dir(path.parent)
                create_private_file(path)
            except OSError as error:
                raise JournalWriteError(
                    f"Cannot create the journal {path}: {error.strerror or error}. "
                    "Check that the folder exists and is writable."
                ) from None
        elif not path.exists():
            raise JournalUnavailable(f"There is no journal at {path}.", path=str(path))
        verified, problem = cls._inspect(path, read_only=read_only, check=check, defer=defer_check)
        try:
            conn = _connect(path, read_only=read_only)
        except sqlite3.Error as error:
            raise JournalWriteError(
                f"Cannot open the journal {path}: {describe_sqlite_error(error)}."
            ) from None
        try:
            _prepare_connection(conn, read_only=read_only)
        except sqlite3.Error as error:
            if _is_damage(error):  # found past the header (a deferred check): copy, then close
                damage = set_aside_damaged(path, str(error))
                conn.close()
                raise damage from None
            conn.close()
            raise JournalWriteError(
                f"Cannot prepare the journal {path}: {describe_sqlite_error(error)}."
            ) from None
        log.debug("journal opened: %s (schema v%d)", path, SCHEMA_VERSION)
        journal = cls(conn, path, read_only=read_only, clock=clock, check=check, verified=verified)
        journal.problem = problem
        if not read_only and verified and _state(conn, SCRUB_KEY) is not None:
            journal._scrub()  # a lock was turned on but the process died before scrubbing
        return journal

    @staticmethod
    def _inspect(
        path: Path, *, read_only: bool, check: str, defer: bool
    ) -> tuple[bool, str | None]:
        """Check the file through a *read-only* connection: (check ran, damage found).

        Damage is only returned (not raised) for a read-only open of a Tenang journal whose
        header still reads: the app may then show what can still be read.

        Read-only because closing a read-write connection may checkpoint a leftover WAL into
        the database file, which would be a write to a journal we have not yet trusted.
        """
        problem: str | None = None
        app_id = version = 0
        ready = False
        try:
            probe = _connect(path, read_only=True)
        except sqlite3.Error as error:
            raise JournalWriteError(
                f"Cannot open the journal {path}: {describe_sqlite_error(error)}."
            ) from None
        try:
            app_id, version = _identity(probe)
            ready = app_id == APPLICATION_ID and version == SCHEMA_VERSION
            if not (defer and ready):
                problem = _integrity(probe, check)
            foreign = (
                problem is None and app_id != APPLICATION_ID and (app_id != 0 or _has_tables(probe))
            )
        except sqlite3.Error as error:
            if not _is_damage(error):
                raise JournalWriteError(
                    f"Cannot open the journal {path}: {describe_sqlite_error(error)}."
                ) from None
            problem, foreign = str(error), False
        finally:
            probe.close()
        if foreign:
            raise JournalUnavailable(
                f"{path} is not a Tenang journal (another program's database?). "
                "Tenang has not changed it; move it away to start a journal there.",
                path=str(path),
            )
        if problem is not None:
            if not read_only:
                raise set_aside_damaged(path, problem)
            if app_id != APPLICATION_ID:
                raise JournalUnavailable(
                    f"The journal {path} is damaged ({problem}).", path=str(path)
                )
        if version > SCHEMA_VERSION:
            raise JournalUnavailable(
                f"The journal {path} was written by a newer Tenang (schema {version}, this "
                f"version knows {SCHEMA_VERSION}). Tenang has not changed it; please update.",
                path=str(path),
            )
        if read_only and version < SCHEMA_VERSION:
            raise JournalUnavailable(
                f"The journal {path} needs an upgrade, which a read-only open cannot do.",
                path=str(path),
            )
        return not defer or not ready, problem

    def verify(self) -> None:
        """Run the deferred integrity check (a no-op once passed).

        On damage the journal turns read-only, a copy is set aside, and
        :class:`JournalUnavailable` is raised (again on every later write).
        """
        if self._damage is not None:
            raise self._damage
        if self._verified:
            return
        try:
            problem = _integrity(self._conn, self._check)
        except sqlite3.Error as error:
            if not _is_damage(error):
                raise JournalWriteError(
                    f"Cannot read the journal {self.path}: {describe_sqlite_error(error)}."
                ) from None
            problem = str(error)
        if problem is None:
            self._verified = True
            return
        raise self._damaged(problem)

    def _damaged(self, problem: str) -> JournalUnavailable:
        """Set a copy aside (once), turn read-only, and return the error to raise."""
        if self._damage is None:
            self._damage = set_aside_damaged(self.path, problem)
            self.read_only = True
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA query_only = ON")
        return self._damage

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """Reads fail with journal errors too: damage found while reading is set aside."""
        try:
            yield
        except sqlite3.Error as error:
            if _is_damage(error):
                raise self._damaged(str(error)) from None
            raise JournalError(
                f"Could not read the journal {self.path}: {describe_sqlite_error(error)}."
            ) from None

    def close(self) -> None:
        self._forget()
        self._conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self, what: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; any SQLite failure rolls back and becomes a user message."""
        self.verify()
        if self.read_only:
            raise JournalWriteError(
                f"Could not {what}: the journal {self.path} is open read-only. Nothing changed."
            )
        conn = self._conn
        self._insight_cache = None
        try:
            conn.execute("BEGIN IMMEDIATE")
            # The row exists only while a lock exists (see schema.GENERATION_KEY).
            conn.execute(
                "UPDATE journal_state SET value = value + 1 WHERE key = ?", (GENERATION_KEY,)
            )
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise self._write_error(what, error) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as error:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.IntegrityError):
                raise ValidationError(f"Could not {what}: {error}") from None
            if isinstance(error, sqlite3.Error) and _is_damage(error):
                raise self._damaged(str(error)) from None
            if isinstance(error, sqlite3.Error):
                raise self._write_error(what, error) from None
            raise

    def _write_error(self, what: str, error: sqlite3.Error) -> JournalWriteError:
        return JournalWriteError(
            f"Could not {what} in {self.path}: {describe_sqlite_error(error)}. Nothing was changed."
        )

    def _resolve_tags(
        self, conn: sqlite3.Connection, texts: Iterable[str], sealer: Sealer | None
    ) -> tuple[str, ...]:
        """Tag keys for typed tags; unknown ones become the user's own (stored once)."""
        keys, custom = _split_tags(texts)
        now = self._clock()
        self._store_custom_tags(conn, [(key, label, now) for key, label in custom], sealer)
        return keys

    def _store_custom_tags(
        self,
        conn: sqlite3.Connection,
        tags: Sequence[tuple[str, str, datetime]],
        sealer: Sealer | None,
    ) -> None:
        """Add the user's own tags (the first label of a key wins), sealed when locked."""
        if not tags:
            return
        if sealer is None:
            conn.executemany(
                "INSERT OR IGNORE INTO tags (key, label, created_at) VALUES (?, ?, ?)",
                [(key, label, format_utc(at)) for key, label, at in tags],
            )
            return
        stored = self._sealed_tags(conn, sealer)
        known = {key for key, _, _ in stored}
        for key, label, at in tags:
            if key not in known:
                known.add(key)
                stored.append((key, label, format_utc(at)))
        _set_state(conn, SEALED_TAGS_KEY, _seal_tags(sealer, stored))

    def _sealed_tags(self, conn: sqlite3.Connection, sealer: Sealer) -> list[tuple[str, str, str]]:
        blob = _state(conn, SEALED_TAGS_KEY)
        if blob is None:
            return []
        try:
            return [(k, label, at) for k, label, at in json.loads(sealer.open_blob("tags", blob))]
        except SealBroken:
            raise self._seal_error("your own tags") from None

    @staticmethod
    def _insert_entry(conn: sqlite3.Connection, entry: Entry, sealer: Sealer | None) -> None:
        conn.execute(
            f"INSERT INTO entries ({_ENTRY_COLUMNS}) VALUES {_ENTRY_VALUES}",
            _entry_row(entry, sealer),
        )
        if sealer is None:  # sealed entries keep their tags inside the seal
            day = entry.local_day.isoformat()
            conn.executemany(
                "INSERT INTO entry_tags (entry_id, tag, local_day) VALUES (?, ?, ?)",
                [(entry.id, tag, day) for tag in entry.tags],
            )

    @staticmethod
    def _delete_entry_rows(conn: sqlite3.Connection, entry_id: str) -> None:
        """Tags first, then the entry: the summary triggers see each row go."""
        conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))

    def add_entry(
        self,
        mood: int,
        *,
        energy: int | None = None,
        tags: Iterable[str] = (),
        note: str = "",
        kind: EntryKind = EntryKind.CHECK_IN,
        run_id: str | None = None,
        at: datetime | None = None,
    ) -> Entry:
        """Add an entry and return it once committed (durably, with FULL sync).

        With the lock on and no key held, the entry is sealed to the inbox public key and
        saved in the inbox instead; the next :meth:`unlock` moves it into the journal with the
        same id and times (:attr:`pending_count` counts the waiting ones). Its own tags are
        created then. :class:`JournalLocked` only in the rare cases ``_inbox_target`` names.
        """
        now = self._clock()
        moment = now if at is None else at
        checked_mood = check_mood(mood)
        checked_energy = check_energy(energy)
        checked_note = check_note(note)
        tag_texts = list(tags)
        kind = EntryKind(kind)
        with self._write("save the entry") as conn:
            inbox = self._inbox_target(conn)
            sealer = None if inbox is not None else self._sealer_for_write(conn)
            entry = Entry(
                id=str(uuid.uuid4()),
                created_at=moment.astimezone(UTC),
                utc_offset_minutes=offset_of(moment),
                updated_at=now.astimezone(UTC),
                mood=checked_mood,
                energy=checked_energy,
                tags=(
                    _split_tags(tag_texts)[0]
                    if inbox is not None
                    else self._resolve_tags(conn, tag_texts, sealer)
                ),
                note=checked_note,
                kind=kind,
                run_id=run_id,
            )
            if inbox is None:
                self._insert_entry(conn, entry, sealer)
            else:
                self._insert_inbox(conn, entry, tag_texts, inbox)
                _keep_generation(conn)
        return entry

    def update_entry(
        self,
        entry_id: str,
        *,
        mood: object = _UNSET,
        energy: object = _UNSET,
        tags: object = _UNSET,
        note: object = _UNSET,
        kind: object = _UNSET,
        run_id: object = _UNSET,
    ) -> Entry:
        """Change the given fields of an entry (its creation time stays); returns it."""
        with self._write("save the changes") as conn:
            sealer = self._sealer_for_write(conn)
            old = self._get_entry(conn, entry_id)
            if old is None:
                raise ValidationError(f"there is no entry {entry_id}")
            new = replace(old, updated_at=self._clock().astimezone(UTC))
            if mood is not _UNSET:
                new = replace(new, mood=check_mood(mood))
            if energy is not _UNSET:
                new = replace(new, energy=check_energy(energy))
            if note is not _UNSET:
                new = replace(new, note=check_note(note))
            if kind is not _UNSET:
                new = replace(new, kind=EntryKind(str(kind)))
            if run_id is not _UNSET:
                new = replace(new, run_id=None if run_id is None else str(run_id))
            if tags is not _UNSET:
                if isinstance(tags, str) or not isinstance(tags, Iterable):
                    raise ValidationError("tags must be a list of tag names")
                new = replace(new, tags=self._resolve_tags(conn, [str(t) for t in tags], sealer))
            self._delete_entry_rows(conn, entry_id)
            self._insert_entry(conn, new, sealer)
        return new

    def delete_entry(self, entry_id: str) -> Entry:
        """Delete an entry and return it whole, so :meth:`restore_entry` can undo exactly."""
        with self._write("delete the entry") as conn:
            self._sealer_for_write(conn)  # locked: JournalLocked (an inbox id included)
            old = self._get_entry(conn, entry_id)
            if old is None:
                raise ValidationError(f"there is no entry {entry_id}")
            self._delete_entry_rows(conn, entry_id)
        return old

    def restore_entry(self, entry: Entry) -> None:
        """Put back an entry returned by :meth:`delete_entry`, identical (id, times, tags)."""
        with self._write("restore the entry") as conn:
            sealer = self._sealer_for_write(conn)
            self._resolve_tags(conn, [t for t in entry.tags if t not in BUILTIN_BY_KEY], sealer)
            self._insert_entry(conn, entry, sealer)

    def record_run(self, summary: RunSummary, *, before_entry_id: str | None = None) -> SessionRun:
        """Store one run (stopped ones too); link the before-session entry if there was one."""
        if not summary.routine_id:
            raise ValidationError("a run needs a routine id")
        for name in ("planned_seconds", "completed_seconds"):
            value = getattr(summary, name)
            if not 0 <= value < 10**7:
                raise ValidationError(f"{name} must be between 0 and 10^7 (got {value!r})")
        run = SessionRun(
            id=str(uuid.uuid4()),
            routine_id=summary.routine_id,
            title=summary.title,
            started_at=summary.started_at.astimezone(UTC),
            ended_at=summary.ended_at.astimezone(UTC),
            utc_offset_minutes=offset_of(self._clock()),
            planned_seconds=float(summary.planned_seconds),
            completed_seconds=float(summary.completed_seconds),
            cycles_completed=int(summary.cycles_completed),
            completed=bool(summary.completed),
        )
        with self._write("save the session") as conn:
            conn.execute(
                f"INSERT INTO runs ({_RUN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", _run_row(run)
            )
            linked = 0
            if before_entry_id is not None:
                linked = conn.execute(
                    "UPDATE entries SET run_id = ? WHERE id = ?", (run.id, before_entry_id)
                ).rowcount
                # A before-check-in made while locked waits in the inbox: link it there.
                in_inbox = conn.execute(
                    "UPDATE inbox SET run_id = ? WHERE id = ?", (run.id, before_entry_id)
                ).rowcount
                if linked + in_inbox != 1:
                    raise ValidationError(f"there is no entry {before_entry_id}")
            if not linked:
                _keep_generation(conn)
        return run

    def add_tag(self, text: str) -> Tag:
        """Add one of the user's own tags (a built-in name returns the built-in tag)."""
        with self._write("save the tag") as conn:
            (key,) = self._resolve_tags(conn, [text], self._sealer_for_write(conn))
        return next(tag for tag in self.tags() if tag.key == key)

    def write_records(self, records: ImportRecords) -> None:
        """Insert (or, for ``replace_ids``, replace) validated records in one transaction.

        From :data:`BULK_ROWS` entries on, the summary triggers stand aside and the summaries
        are rebuilt once before the commit (see ``schema.BULK_KEY``).
        """
        bulk = len(records.entries) >= BULK_ROWS
        with self._write("import") as conn:
            sealer = (
                self._sealer_for_write(conn) if records.entries or records.custom_tags else None
            )
            if bulk:
                conn.execute("INSERT INTO journal_state (key, value) VALUES (?, 1)", (BULK_KEY,))
            self._store_custom_tags(conn, records.custom_tags, sealer)
            replaced_runs = [(r.id,) for r in records.runs if r.id in records.replace_ids]
            conn.executemany("DELETE FROM runs WHERE id = ?", replaced_runs)
            conn.executemany(
                f"INSERT INTO runs ({_RUN_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [_run_row(run) for run in records.runs],
            )
            replaced = [(e.id,) for e in records.entries if e.id in records.replace_ids]
            conn.executemany("DELETE FROM entry_tags WHERE entry_id = ?", replaced)
            conn.executemany("DELETE FROM entries WHERE id = ?", replaced)
            conn.executemany(
                f"INSERT INTO entries ({_ENTRY_COLUMNS}) VALUES {_ENTRY_VALUES}",
                [_entry_row(entry, sealer) for entry in records.entries],
            )
            conn.executemany(
                "INSERT INTO entry_tags (entry_id, tag, local_day) VALUES (?, ?, ?)",
                [
                    (entry.id, tag, entry.local_day.isoformat())
                    for entry in (records.entries if sealer is None else ())
                    for tag in entry.tags
                ],
            )
            if bulk:
                rebuild_summaries(conn)
                conn.execute("DELETE FROM journal_state WHERE key = ?", (BULK_KEY,))

    def delete_all(self) -> None:
        """Delete every entry (the inbox too), run and custom tag, then scrub the freed space.

        ``secure_delete`` zeroes freed pages, the WAL is checkpointed and truncated, and
        ``VACUUM`` rebuilds the file, so no note survives in the file's free space.
        """
        with self._write("delete the journal data") as conn:
            for table in ("entry_tags", "entries", "inbox", "runs", "tags", "days", "run_moods"):
                conn.execute(f"DELETE FROM {table}")
            for key in (SEALED_TAGS_KEY, INSIGHTS_KEY):
                conn.execute("DELETE FROM journal_state WHERE key = ?", (key,))
        try:
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise self._write_error("scrub the deleted data", error) from None

    # -- the lock -------------------------------------------------------------------------
    #
    # States (``journal_state`` "lock"): off -> pending (keys stored: ``prepare_lock``) -> on
    # (every entry sealed: ``complete_lock``, one transaction). A crash in between leaves
    # "pending" with every entry still in clear; ``unlock`` with the passphrase finishes it.

    @property
    def lock_state(self) -> str:
        """``"off"``, ``"pending"`` (an interrupted or unfinished turn-on) or ``"on"``."""
        with self._reading():
            value = _state(self._conn, LOCK_KEY)
        return "off" if value is None else str(value)

    @property
    def locked(self) -> bool:
        """True when the lock is on and this object holds no key: content is out of reach."""
        return self._sealer is None and self.lock_state == "on"

    def _hold(self, key: bytearray) -> None:
        self._forget()
        self._key = key
        self._sealer = Sealer(key)
        with contextlib.suppress(sqlite3.Error):  # only a speed-up for insights
            self._track_writes()

    def _forget(self) -> None:
        """Drop the key and everything decrypted from it (zeroing the buffer we own)."""
        wipe(self._key)
        self._key = None
        self._sealer = None
        self._insight_cache = None
        self._days = None
        self._runs = {}
        if self._tracking:
            self._tracking = False
            with contextlib.suppress(sqlite3.Error):
                for event in ("insert", "delete", "update"):
                    self._conn.execute(f"DROP TRIGGER IF EXISTS temp.touched_{event}")
                self._conn.execute("DROP TABLE IF EXISTS temp.touched")

    def _locked_error(self) -> JournalLocked:
        return JournalLocked(
            f"The journal {self.path} is locked: enter your passphrase to read or write "
            "entries. Nothing was changed."
        )

    def _sealer_or_locked(self) -> Sealer:
        if self._sealer is None:
            raise self._locked_error()
        return self._sealer

    def _key_changed(self, conn: sqlite3.Connection) -> bool:
        return self._key is not None and _state(conn, KEY_ID_KEY) != key_id(self._key)

    def _lock_changed_error(self) -> JournalLocked:
        return JournalLocked(
            f"The lock of {self.path} was changed by another Tenang; enter the passphrase "
            "again. Nothing was changed."
        )

    def _sealer_for_write(self, conn: sqlite3.Connection) -> Sealer | None:
        """Inside a write: the sealer when the lock is on (read now: another process may
        have changed it), None when content is written in clear.

        Check-ins another, locked Tenang left in the inbox are moved in first (in this
        transaction), so an edit or delete never misses one; rows that do not open stay
        there for :meth:`unlock` / :meth:`drain_inbox` to report.
        """
        if _state(conn, LOCK_KEY) != "on":
            return None
        if self._sealer is None:
            raise self._locked_error()
        if self._key_changed(conn):
            self._forget()
            raise self._lock_changed_error()
        with contextlib.suppress(JournalTampered):
            self._drain(conn, self._sealer)
        return self._sealer

    # -- the inbox: check-ins saved while locked ---------------------------------------------

    def _inbox_target(self, conn: sqlite3.Connection) -> bytes | None:
        """Inside a write: the inbox public key when a new check-in must go to the inbox (the
        lock is on and this object holds no current key), None when it becomes an entry.

        :class:`JournalLocked` in two rare cases: a journal locked by an older Tenang and not
        unlocked since has no inbox key yet, and a Tenang that verified the inbox key at its
        last unlock refuses a different one (the lock was changed elsewhere, or the clear key
        was swapped to catch check-ins) until an unlock verifies the new one.
        """
        if _state(conn, LOCK_KEY) != "on":
            return None
        if self._sealer is not None:
            if not self._key_changed(conn):
                return None
            self._forget()  # another Tenang changed the lock: this key is stale
        public = _state(conn, INBOX_PUBLIC_KEY)
        if public is None:
            raise JournalLocked(
                f"The journal {self.path} is locked and cannot keep check-ins made while "
                "locked until it has been unlocked once by this version of Tenang: enter your "
                "passphrase to save this one. Nothing was changed."
            )
        if self._inbox_pin is not None and bytes(public) != self._inbox_pin:
            raise self._lock_changed_error()
        return bytes(public)

    def _insert_inbox(
        self, conn: sqlite3.Connection, entry: Entry, tag_texts: Sequence[str], public: bytes
    ) -> None:
        row = (
            entry.id,
            format_utc(entry.created_at),
            entry.utc_offset_minutes,
            format_utc(entry.updated_at),
            entry.kind.value,
            entry.run_id,
        )
        labels = tuple(" ".join(text.split()) for text in tag_texts)
        content = (int(entry.mood), entry.energy, labels, entry.note)
        try:
            blob = seal_to_inbox(public, entry.id, _inbox_bound(*row[1:5]), content)
        except BadInboxKey:
            raise JournalLocked(
                f"The journal {self.path} is locked and its key for check-ins made while "
                "locked is damaged (was the file changed outside Tenang?): enter your "
                "passphrase to save this check-in; unlocking repairs the key. Nothing was "
                "changed."
            ) from None
        conn.execute(f"INSERT INTO inbox ({_INBOX_COLUMNS}) VALUES (?,?,?,?,?,?,?)", (*row, blob))

    @property
    def pending_count(self) -> int:
        """Check-ins saved while locked and waiting in the inbox for an unlock (no key needed)."""
        return int(self._query("SELECT count(*) FROM inbox")[0][0])

    def _inbox_opener(self, conn: sqlite3.Connection, sealer: Sealer) -> InboxOpener:
        blob = _state(conn, INBOX_PRIVATE_KEY)
        try:
            if not isinstance(blob, bytes):
                raise SealBroken("inbox key")
            return InboxOpener(sealer.open_blob("inbox-key", blob))
        except SealBroken:
            raise self._seal_error("inbox key") from None

    def _inbox_public(self, conn: sqlite3.Connection, sealer: Sealer) -> bytes | None:
        """The inbox public key when the pair is in place and matches (a read), else None."""
        if _state(conn, INBOX_PRIVATE_KEY) is None:
            return None
        public = self._inbox_opener(conn, sealer).public_key
        return public if _state(conn, INBOX_PUBLIC_KEY) == public else None

    def _ensure_inbox_keys(self, conn: sqlite3.Connection, sealer: Sealer) -> bytes:
        """Inside a write with the key: the inbox key pair, made if missing (a journal locked
        by an older Tenang), and its clear public key put right if it no longer matches."""
        if _state(conn, INBOX_PRIVATE_KEY) is None:
            public, private = new_inbox_keys()
            try:
                _set_state(conn, INBOX_PRIVATE_KEY, sealer.seal_blob("inbox-key", bytes(private)))
            finally:
                wipe(private)
            _set_state(conn, INBOX_PUBLIC_KEY, public)
            return public
        public = self._inbox_opener(conn, sealer).public_key
        if _state(conn, INBOX_PUBLIC_KEY) != public:
            log.warning("journal %s: the inbox public key was not its own; restored", self.path)
            _set_state(conn, INBOX_PUBLIC_KEY, public)
        return public

    def _open_inbox_row(
        self, conn: sqlite3.Connection, opener: InboxOpener, row: Sequence[Any]
    ) -> tuple[Entry, list[tuple[str, str]]] | None:
        """The entry an inbox row holds and its own tags, or None when it does not open for
        this row or holds anything a check-in could not (the public key is no secret, so a
        well-sealed row proves nothing by itself: everything is checked)."""
        entry_id, created, offset, updated, kind, run_id, blob = row
        if not isinstance(entry_id, str) or not isinstance(blob, bytes):
            return None
        if isinstance(offset, bool) or not isinstance(offset, int):
            return None
        if run_id is not None and (
            conn.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)).fetchone() is None
        ):
            return None
        try:
            mood, energy, texts, note = opener.open(
                entry_id, _inbox_bound(created, offset, updated, kind), blob
            )
            keys, custom = _split_tags(texts)
            entry = Entry(
                id=entry_id,
                created_at=parse_utc(created),
                utc_offset_minutes=offset,
                updated_at=parse_utc(updated),
                mood=_MOODS[mood],
                energy=energy,
                tags=keys,
                note=note,
                kind=_KINDS[kind],
                run_id=run_id,
            )
            entry.local_day  # noqa: B018 - an offset beyond a day raises here, not mid-insert
        except (SealBroken, ValueError, TypeError, KeyError, OverflowError):
            return None
        return entry, custom

    def _drain(
        self, conn: sqlite3.Connection, sealer: Sealer, progress: Progress | None = None
    ) -> list[str]:
        """Inside a write: move every inbox row that opens into ``entries`` (sealed with the
        data key) and delete it from the inbox, in the caller's transaction, so each check-in
        is in exactly one of the two tables whatever happens. Returns the ids of the rows
        that did not open; they stay in the inbox. The user's own tags typed while locked are
        created here (dated when the check-in was written)."""
        order = "ORDER BY created_at, id"
        rows = conn.execute(f"SELECT {_INBOX_COLUMNS} FROM inbox {order}").fetchall()
        if not rows:
            return []
        opener = self._inbox_opener(conn, sealer)
        bad: list[str] = []
        own: list[tuple[str, str, datetime]] = []
        for done, row in enumerate(rows):
            if progress is not None:
                progress("drain", done, len(rows))
            opened = self._open_inbox_row(conn, opener, row)
            if opened is None or (
                conn.execute("SELECT 1 FROM entries WHERE id = ?", (row[0],)).fetchone()
            ):
                bad.append(str(row[0]))
                continue
            entry, custom = opened
            self._insert_entry(conn, entry, sealer)
            conn.execute("DELETE FROM inbox WHERE id = ?", (entry.id,))
            own.extend((key, label, entry.created_at) for key, label in custom)
        self._store_custom_tags(conn, own, sealer)
        if progress is not None:
            progress("drain", len(rows), len(rows))
        return bad

    def _inbox_tampered(self, bad: Sequence[str], outcome: str) -> JournalTampered:
        others = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
        return JournalTampered(
            f"The check-in {bad[0]}{others} saved while {self.path} was locked cannot be "
            "decrypted: its sealed content was not written for it (the file was changed "
            "outside Tenang, or is damaged). It stays in the file, unread; Tenang shows no "
            f"guess in its place. {outcome}",
            entry_id=bad[0],
        )

    def _adopt_sealed_tally(self, conn: sqlite3.Connection, sealer: Sealer) -> None:
        """Inside the drain's write: take the sealed insight sums if they are current, so the
        insights after the drain redo only the days it touched instead of decrypting every
        entry (check-ins made while locked are the common case, not the exception)."""
        if self._days is not None or not self._tracking:
            return
        generation = _state(conn, GENERATION_KEY)
        if not isinstance(generation, int):
            return
        with contextlib.suppress(JournalTampered):  # a broken snapshot is only not used
            # This write already raised the generation by one (``_write``).
            tally = self._sealed_tally(conn, sealer, generation - 1)
            if tally is not None:
                self._days, self._runs = dict(tally.days), dict(tally.runs)
                self._tally_version = int(conn.execute("PRAGMA data_version").fetchone()[0])

    def drain_inbox(self, *, progress: Progress | None = None) -> int:
        """Move the check-ins waiting in the inbox into the journal; returns how many moved.

        :meth:`unlock` does this. An unlocked Tenang also does it before each save; call it
        when :attr:`pending_count` is above zero while unlocked (another, locked Tenang wrote
        one). Rows that do not open stay in the inbox and, after the others are saved, raise
        :class:`JournalTampered` naming the first. Needs the key (:class:`JournalLocked`).
        """
        sealer = self._sealer_or_locked()
        with self._write("save the check-ins made while locked") as conn:
            if _state(conn, LOCK_KEY) != "on":
                return 0  # the lock was turned off elsewhere, which drained the inbox first
            if self._key_changed(conn):
                self._forget()
                raise self._lock_changed_error()
            public = self._ensure_inbox_keys(conn, sealer)
            self._adopt_sealed_tally(conn, sealer)
            waiting = int(conn.execute("SELECT count(*) FROM inbox").fetchone()[0])
            bad = self._drain(conn, sealer, progress)
            moved = waiting - len(bad)
            if not moved:
                _keep_generation(conn)
        self._inbox_pin = public
        if bad:
            raise self._inbox_tampered(bad, "Every other check-in was saved.")
        return moved

    def _seal_error(self, what: str) -> JournalError:
        """A seal that did not open: a key changed elsewhere, or a row that is not its own."""
        if self._key_changed(self._conn):
            self._forget()
            return JournalLocked(
                f"The lock of {self.path} was changed by another Tenang; enter the passphrase "
                "again."
            )
        entry_id = what.removeprefix("entry ")
        return JournalTampered(
            f"The {what} in {self.path} cannot be decrypted: its sealed content was not "
            "written for it (the file was changed outside Tenang, or is damaged). Tenang "
            "shows no guess in its place; a backup from before the change can be restored.",
            entry_id=entry_id,
        )

    def unlock_request(
        self, passphrase: str | None = None, *, recovery_code: str | None = None
    ) -> UnlockRequest:
        """Read the wrapped key for the secret given (cheap; on the journal's thread).

        Give exactly one of ``passphrase`` and ``recovery_code`` (typed loosely: any case,
        spaces or dashes). :class:`ValidationError` when the journal has no lock. The slow
        part is :meth:`UnlockRequest.derive`, which may run on any thread.
        """
        if (passphrase is None) == (recovery_code is None):
            raise ValueError("give exactly one of a passphrase or a recovery code")
        if recovery_code is not None:
            slot, secret, name = "recovery", normalize_recovery_code(recovery_code), "recovery code"
        else:
            slot, secret, name = "passphrase", str(passphrase), "passphrase"
        with self._reading():
            wrapped = _read_wrap(self._conn, slot)
        if wrapped is None:
            raise ValidationError(f"the journal {self.path} has no lock to open")
        return UnlockRequest(self.path, wrapped, secret, name)

    def _take_key(self, request: UnlockRequest, key: bytearray) -> None:
        """Hold a copy of ``key`` if the wrap it came from is still the file's; ``key`` is
        zeroed whatever happens, so a caller never has to wonder who wipes it."""
        try:
            if request.path != self.path:
                raise ValueError(f"that request was made for {request.path}, not {self.path}")
            with self._reading():
                current = _read_wrap(self._conn, request.wrapped.slot)
            if current != request.wrapped:
                raise _wrap_changed_error(self.path, request.name)
            held = bytearray(key)
        finally:
            wipe(key)
        self._hold(held)

    @staticmethod
    def _store_wrap(conn: sqlite3.Connection, wrapped: WrappedKey) -> None:
        params = wrapped.params
        conn.execute(
            "INSERT OR REPLACE INTO lock_keys (slot, kdf, salt, memory_kib, iterations, lanes,"
            " nonce, wrapped) VALUES (?, 'argon2id', ?, ?, ?, ?, ?, ?)",
            (
                wrapped.slot,
                wrapped.salt,
                params.memory_kib,
                params.iterations,
                params.lanes,
                wrapped.nonce,
                wrapped.wrapped,
            ),
        )

    def prepare_lock(self, passphrase: str, *, params: KdfParams = DEFAULT_KDF) -> str:
        """Step 1 of turning the lock on: store the wrapped key; returns the recovery code.

        Entries are not touched yet (state "pending"). Show the code once; when the user has
        confirmed they saved it call :meth:`complete_lock`, otherwise :meth:`cancel_lock`.
        The same as :func:`make_lock` (the slow part, any thread) and :meth:`store_lock`.
        """
        return self.store_lock(make_lock(passphrase, params))

    def store_lock(self, new: NewLock) -> str:
        """Store a :func:`make_lock` result (state "pending") and hold its key; returns the
        recovery code. ``new.key`` is wiped either way (the journal keeps its own copy)."""
        key = bytearray(new.key)
        new.discard()
        try:
            with self._write("turn the lock on") as conn:
                state = _state(conn, LOCK_KEY)
                if state is not None:
                    raise ValidationError(
                        "the lock is already on"
                        if state == "on"
                        else "turning the lock on was interrupted earlier: unlock with the "
                        "passphrase chosen then to finish it, or turn the lock off"
                    )
                for wrapped in new.wraps:
                    self._store_wrap(conn, wrapped)
                _set_state(conn, KEY_ID_KEY, key_id(key))
                _set_state(conn, LOCK_KEY, "pending")
                _set_state(conn, GENERATION_KEY, 0)
        except BaseException:
            wipe(key)
            raise
        self._hold(key)
        return new.recovery_code

    def cancel_lock(self) -> None:
        """Undo :meth:`prepare_lock` (the user did not save the code); entries stay clear."""
        with self._write("cancel the lock") as conn:
            if _state(conn, LOCK_KEY) != "pending":
                raise ValidationError("there is no lock being turned on to cancel")
            conn.execute("DELETE FROM lock_keys")
            for key in (LOCK_KEY, KEY_ID_KEY, GENERATION_KEY, INBOX_PUBLIC_KEY, INBOX_PRIVATE_KEY):
                conn.execute("DELETE FROM journal_state WHERE key = ?", (key,))
        self._forget()

    def complete_lock(self, *, progress: Progress | None = None) -> bool:
        """Step 2: seal every entry and the user's own tags in one transaction, then scrub.

        Returns False when another connection kept the WAL open so the clear pages could not
        all be removed yet (the scrub runs again at the next open or unlock).
        """
        sealer = self._sealer_or_locked()
        with self._write("turn the lock on") as conn:
            state = _state(conn, LOCK_KEY)
            if state not in ("pending", "on"):
                raise ValidationError("the lock is not being turned on")
            if self._key_changed(conn):
                raise self._seal_error("journal key")
            _set_state(conn, BULK_KEY, 1)
            rows = conn.execute(f"{_SELECT_ENTRIES} WHERE sealed IS NULL").fetchall()
            total = len(rows)
            for start in range(0, total, BULK_ROWS):
                if progress is not None:
                    progress("seal", start, total)
                conn.executemany(
                    "UPDATE entries SET mood = NULL, energy = NULL, note = '', sealed = ?"
                    " WHERE id = ?",
                    [
                        (
                            sealer.seal(
                                entry.id, (entry.mood, entry.energy, entry.tags, entry.note)
                            ),
                            entry.id,
                        )
                        for entry in map(_entry_from, rows[start : start + BULK_ROWS])
                    ],
                )
            conn.execute("DELETE FROM entry_tags")
            clear_tags = conn.execute("SELECT key, label, created_at FROM tags").fetchall()
            self._store_custom_tags(
                conn, [(k, label, parse_utc(at)) for k, label, at in clear_tags], sealer
            )
            conn.execute("DELETE FROM tags")
            rebuild_summaries(conn)  # empties days and run_moods: nothing is clear any more
            conn.execute("DELETE FROM journal_state WHERE key = ?", (BULK_KEY,))
            public = self._ensure_inbox_keys(conn, sealer)
            _set_state(conn, LOCK_KEY, "on")
            _set_state(conn, SCRUB_KEY, 1)
        self._inbox_pin = public
        if progress is not None:
            progress("seal", total, total)
        return self._scrub(progress)

    def _scrub(self, progress: Progress | None = None) -> bool:
        """Rewrite the file and empty the WAL so no page from before the lock survives."""
        if progress is not None:
            progress("scrub", 0, 1)
        try:
            self._conn.execute("VACUUM")
            busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                log.warning("journal %s: WAL still in use; scrub postponed", self.path)
                return False
            with self._write("finish turning the lock on") as conn:
                conn.execute("DELETE FROM journal_state WHERE key = ?", (SCRUB_KEY,))
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as error:
            raise self._write_error("scrub the journal file", error) from None
        if progress is not None:
            progress("scrub", 1, 1)
        return True

    def unlock(
        self,
        passphrase: str | None = None,
        *,
        recovery_code: str | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Hold the data key in memory until :meth:`lock` or :meth:`close`.

        :class:`WrongPassphrase` changes nothing. A turn-on that was interrupted ("pending")
        is finished here: that is how an interrupted lock migration resumes. Check-ins saved
        while locked are moved into the journal (:meth:`drain_inbox`; ``progress`` hears
        ``"drain"``); one that does not open raises :class:`JournalTampered` *after* the
        unlock and the others succeeded (the journal is then unlocked, the row kept).

        The app runs the same three steps with the derivation on a worker thread:
        :meth:`unlock_request`, :meth:`UnlockRequest.derive`, :meth:`adopt_key`.
        """
        if self.lock_state == "off":
            return
        request = self.unlock_request(passphrase, recovery_code=recovery_code)
        self.adopt_key(request, request.derive(), progress=progress)

    def adopt_key(
        self, request: UnlockRequest, key: bytearray, *, progress: Progress | None = None
    ) -> None:
        """What :meth:`unlock` does once the key is derived, on the journal's thread.

        :class:`LockChanged` (nothing changed) when the wrap ``request`` read is no longer the
        file's: another Tenang changed the passphrase or the lock meanwhile, so ask again.
        ``key`` is zeroed whatever happens; the journal holds its own copy.
        """
        self._take_key(request, key)
        state = self.lock_state
        if state == "pending":
            self.complete_lock(progress=progress)
        elif not self.read_only and _state(self._conn, SCRUB_KEY) is not None:
            self._scrub(progress)
        if state == "on":
            self._open_inbox(progress)

    def _open_inbox(self, progress: Progress | None) -> None:
        """After an unlock: drain the inbox, or only pin its key when there is nothing to do
        (no write then, so a current sealed insights snapshot stays current)."""
        sealer = self._sealer_or_locked()
        with self._reading():
            public = self._inbox_public(self._conn, sealer)
            waiting = self._conn.execute("SELECT 1 FROM inbox LIMIT 1").fetchone() is not None
        if public is not None:
            self._inbox_pin = public
        if (public is None or waiting) and not self.read_only:
            self.drain_inbox(progress=progress)

    def lock(self) -> None:
        """Forget the key and every decrypted aggregate (the app's idle timer calls this)."""
        self._forget()

    def turn_lock_off(
        self, passphrase: str | None = None, *, recovery_code: str | None = None
    ) -> int:
        """Decrypt every entry in one transaction and remove the keys; returns the count.

        The inbox is drained first in the same transaction; a check-in there that does not
        open makes it fail (:class:`JournalTampered`) with nothing changed. The app derives
        the key on a worker thread and calls :meth:`turn_lock_off_with_key`."""
        request = self.unlock_request(passphrase, recovery_code=recovery_code)
        return self.turn_lock_off_with_key(request, request.derive())

    def turn_lock_off_with_key(self, request: UnlockRequest, key: bytearray) -> int:
        """:meth:`turn_lock_off` once the key is derived (``key`` is zeroed whatever happens;
        :class:`LockChanged` if the wrap changed since ``request`` read it)."""
        self._take_key(request, key)
        sealer = self._sealer_or_locked()
        with self._write("turn the lock off") as conn:
            bad = self._drain(conn, sealer)  # check-ins made while locked are entries first
            if bad:
                raise self._inbox_tampered(bad, "The lock stays on; nothing was changed.")
            _set_state(conn, BULK_KEY, 1)
            rows = conn.execute(
                "SELECT id, local_day, sealed FROM entries WHERE sealed IS NOT NULL"
            ).fetchall()
            updates: list[tuple[object, ...]] = []
            links: list[tuple[str, str, str]] = []
            for entry_id, day, blob in rows:
                try:
                    mood, energy, tags, note = sealer.open(entry_id, blob)
                except SealBroken:
                    raise self._seal_error(f"entry {entry_id}") from None
                updates.append((mood, energy, note, entry_id))
                links.extend((entry_id, tag, day) for tag in tags)
            conn.executemany(
                "UPDATE entries SET mood = ?, energy = ?, note = ?, sealed = NULL WHERE id = ?",
                updates,
            )
            conn.executemany(
                "INSERT INTO entry_tags (entry_id, tag, local_day) VALUES (?, ?, ?)", links
            )
            own = self._sealed_tags(conn, sealer)
            conn.executemany(
                "INSERT OR IGNORE INTO tags (key, label, created_at) VALUES (?, ?, ?)", own
            )
            conn.execute("DELETE FROM lock_keys")
            for name in (
                LOCK_KEY,
                KEY_ID_KEY,
                SEALED_TAGS_KEY,
                SCRUB_KEY,
                INSIGHTS_KEY,
                GENERATION_KEY,
                INBOX_PUBLIC_KEY,
                INBOX_PRIVATE_KEY,
            ):
                conn.execute("DELETE FROM journal_state WHERE key = ?", (name,))
            rebuild_summaries(conn)
            conn.execute("DELETE FROM journal_state WHERE key = ?", (BULK_KEY,))
        self._forget()
        self._inbox_pin = None
        return len(rows)

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        current: str | None = None,
        recovery_code: str | None = None,
        params: KdfParams = DEFAULT_KDF,
    ) -> None:
        """Rewrap the one data key under a new passphrase (fresh salt; ``params`` may raise
        the cost). Entries are not touched. A lost passphrase is replaced with the code.
        The app runs :meth:`UnlockRequest.new_passphrase` on a worker, then
        :meth:`store_rewrap`."""
        check_passphrase(new_passphrase)
        request = self.unlock_request(current, recovery_code=recovery_code)
        self.store_rewrap(request.new_passphrase(new_passphrase, params))

    def replace_recovery_code(self, passphrase: str, *, params: KdfParams = DEFAULT_KDF) -> str:
        """A new recovery code (the old one stops working); returns it to show once."""
        rewrap = self.unlock_request(passphrase).new_recovery_code(params)
        self.store_rewrap(rewrap)
        assert rewrap.recovery_code is not None
        return rewrap.recovery_code

    def store_rewrap(self, rewrap: Rewrap) -> None:
        """Store a new wrap of the data key (a changed passphrase or a new recovery code).

        :class:`LockChanged` with nothing written when the wrap the request started from, or
        the journal's key, changed meanwhile (another Tenang changed the lock): a wrap of an
        old key would open nothing. ``rewrap.key`` is wiped either way.
        """
        slot = rewrap.wrapped.slot
        what = "change the passphrase" if slot == "passphrase" else "replace the recovery code"
        try:
            with self._write(what) as conn:
                request = rewrap.request
                if (
                    request.path != self.path
                    or _read_wrap(conn, request.wrapped.slot) != request.wrapped
                    or _state(conn, KEY_ID_KEY) != key_id(rewrap.key)
                ):
                    raise _wrap_changed_error(self.path, request.name)
                self._store_wrap(conn, rewrap.wrapped)
        finally:
            rewrap.discard()

    # -- reading --------------------------------------------------------------------------

    def _get_entry(self, conn: sqlite3.Connection, entry_id: str) -> Entry | None:
        row = conn.execute(f"{_SELECT_ENTRIES} WHERE id = ?", (entry_id,)).fetchone()
        return None if row is None else self._entry(row)

    def _entry(self, row: Any) -> Entry:
        """An entry from a ``_SELECT_ENTRIES`` row, opening its seal when it has one."""
        blob = row[11]
        if blob is None:
            return _entry_from(row)
        sealer = self._sealer
        if sealer is None:
            raise self._locked_error()
        try:
            mood, energy, tags, note = sealer.open(row[0], blob)
            return Entry(
                id=row[0],
                created_at=parse_utc(row[1]),
                utc_offset_minutes=row[2],
                updated_at=parse_utc(row[3]),
                mood=_MOODS[mood],
                energy=energy,
                note=note,
                kind=_KINDS[row[7]],
                run_id=row[8],
                tags=tags,
            )
        except (SealBroken, KeyError):
            raise self._seal_error(f"entry {row[0]}") from None

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        with self._reading():
            return self._conn.execute(sql, params).fetchall()

    def get_entry(self, entry_id: str) -> Entry | None:
        """The entry, including one still waiting in the inbox (which needs the key too)."""
        with self._reading():
            entry = self._get_entry(self._conn, entry_id)
            if entry is not None:
                return entry
            row = self._conn.execute(
                f"SELECT {_INBOX_COLUMNS} FROM inbox WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                return None
            sealer = self._sealer_or_locked()
            opened = self._open_inbox_row(self._conn, self._inbox_opener(self._conn, sealer), row)
        if opened is None:
            raise self._inbox_tampered([entry_id], "Nothing was changed.")
        return opened[0]

    def list_entries(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        newest_first: bool = True,
        limit: int | None = None,
    ) -> list[Entry]:
        """Entries whose local day is within [since, until], by creation time.

        Hot: history's first search, exports and insights on unlock read every entry. So the
        tags of all the selected entries come from one grouped query (a subquery per row cost
        0.4 s at 100,000 entries) and times take :func:`_list_time`'s fast path; the result
        is the same as reading each entry with :meth:`get_entry` (a test compares them).
        """
        clauses, params = [], []
        if since is not None:
            clauses.append("local_day >= ?")
            params.append(since.isoformat())
        if until is not None:
            clauses.append("local_day <= ?")
            params.append(until.isoformat())
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        order = "DESC" if newest_first else "ASC"
        chosen = f"FROM entries{where} ORDER BY created_at {order}, id {order}"
        if limit is not None:
            chosen += f" LIMIT {int(limit)}"
        tags_sql = _LIST_TAGS.format(
            where="" if where == "" and limit is None else f"WHERE entry_id IN (SELECT id {chosen})"
        )
        conn = self._conn
        with self._reading():
            began = not conn.in_transaction
            if began:
                conn.execute("BEGIN")  # one read snapshot: the tags belong to these rows
            try:
                rows = conn.execute(f"SELECT {_LIST_COLUMNS} {chosen}", params).fetchall()
                tag_texts: dict[str, str] = dict(conn.execute(tags_sql, params).fetchall())
            finally:
                if began:
                    conn.execute("COMMIT")
            return self._entries_from(rows, tag_texts)

    def _entries_from(self, rows: Sequence[Any], tag_texts: dict[str, str]) -> list[Entry]:
        """Entries from ``_LIST_COLUMNS`` rows and their tags joined by ``_TAG_SEPARATOR``.

        The same values as :meth:`_entry` builds, field for field; inlined because it runs
        once per entry of the whole journal.
        """
        sealer = self._sealer
        entries: list[Entry] = []
        append = entries.append
        for (
            entry_id,
            created_text,
            offset,
            updated_text,
            mood,
            energy,
            note,
            kind,
            run_id,
            blob,
        ) in rows:
            if blob is None:
                text = tag_texts.get(entry_id)
                tags = tuple(sorted(text.split(_TAG_SEPARATOR))) if text else ()
            elif sealer is None:
                raise self._locked_error()
            else:
                try:
                    mood, energy, tags, note = sealer.open(entry_id, blob)
                except SealBroken:
                    raise self._seal_error(f"entry {entry_id}") from None
            created_at = _list_time(created_text)
            updated_at = created_at if updated_text == created_text else _list_time(updated_text)
            # No KeyError to catch: the schema's CHECKs bound kind and mood, and a seal with a
            # mood outside 1..5 does not open (SealBroken above).
            append(
                Entry(
                    entry_id,
                    created_at,
                    offset,
                    updated_at,
                    _MOODS[mood],
                    energy,
                    tags,
                    note,
                    _KINDS[kind],
                    run_id,
                )
            )
        return entries

    def count_entries(self) -> int:
        return int(self._query("SELECT count(*) FROM entries")[0][0])

    def get_run(self, run_id: str) -> SessionRun | None:
        rows = self._query(f"SELECT {_RUN_COLUMNS} FROM runs WHERE id = ?", (run_id,))
        return _run_from(rows[0]) if rows else None

    def list_runs(self, *, since: date | None = None) -> list[SessionRun]:
        where, params = ("WHERE local_day >= ?", [since.isoformat()]) if since else ("", [])
        sql = f"SELECT {_RUN_COLUMNS} FROM runs {where} ORDER BY started_at, id"
        return [_run_from(row) for row in self._query(sql, params)]

    def custom_tags(self) -> list[tuple[str, str, datetime]]:
        """The user's own tags as (key, label, created)."""
        with self._reading():
            if _state(self._conn, LOCK_KEY) == "on":
                sealed = self._sealed_tags(self._conn, self._sealer_or_locked())
                return [(k, label, parse_utc(at)) for k, label, at in sorted(sealed)]
        rows = self._query("SELECT key, label, created_at FROM tags ORDER BY key")
        return [(str(k), str(label), parse_utc(str(at))) for k, label, at in rows]

    def tags(self) -> list[Tag]:
        """Built-in tags, then the user's own, in the order a picker shows them."""
        own = [
            Tag(key, "custom", label, label, builtin=False) for key, label, _ in self.custom_tags()
        ]
        return [*BUILTIN_TAGS, *own]

    def existing_versions(self) -> tuple[dict[str, str], set[str]]:
        """(entry id -> updated_at text, run ids): what an import compares against."""
        entries = {str(i): str(u) for i, u in self._query("SELECT id, updated_at FROM entries")}
        runs = {str(row[0]) for row in self._query("SELECT id FROM runs")}
        return entries, runs

    # -- insights -------------------------------------------------------------------------

    def insight_rows(self, *, breathing_since: date | None = None) -> InsightRows:
        """The aggregates insights need, read from the trigger-kept summary tables."""
        with self._reading():
            return self._insight_rows(breathing_since)

    def _insight_rows(self, breathing_since: date | None) -> InsightRows:
        conn = self._conn
        daily, changes = (
            self._memory_aggregates()
            if _state(conn, LOCK_KEY) == "on"
            else self._summary_aggregates()
        )
        since = (breathing_since or date.min).isoformat()
        breathing = tuple(
            DaySeconds(date.fromisoformat(day), float(seconds))
            for day, seconds in conn.execute(
                "SELECT local_day, total(completed_seconds) FROM runs WHERE local_day >= ?"
                " GROUP BY local_day",
                (since,),
            )
        )
        return InsightRows(daily=daily, changes=changes, breathing=breathing)

    def _memory_aggregates(self) -> _Aggregates:
        """Day and routine aggregates computed in memory from the decrypted entries.

        With the lock on the summary tables stay empty (they would show moods and tags in
        clear), so this decrypts every entry once per change of the journal and keeps only
        the aggregates (never a note) until the journal locks again.
        """
        conn = self._conn
        sealer = self._sealer_or_locked()
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        if self._insight_cache is not None and self._insight_cache[0] == version:
            return self._insight_cache[1]
        conn.execute("BEGIN")  # one read snapshot: the generation matches what is read
        try:
            generation = _state(conn, GENERATION_KEY)
            if self._days is not None and self._tally_version == version and self._tracking:
                # Only this connection wrote since the sums were made: redo the days and runs
                # its writes touched (temp triggers listed them), not the whole journal.
                touched = conn.execute("SELECT DISTINCT local_day, run_id FROM touched").fetchall()
                fresh = self._refresh_tally(conn, sealer, touched)
            else:
                tally = self._sealed_tally(conn, sealer, generation)
                fresh = tally is None
                if tally is None:
                    tally = tally_entries(self._decrypted_facts(conn, sealer))
                self._days, self._runs = dict(tally.days), dict(tally.runs)
                self._tally_version = version
            if self._tracking:
                conn.execute("DELETE FROM temp.touched")
            routines: dict[str, str] = {}
            titles: dict[str, str] = {}
            for run_id, routine_id, title in conn.execute(
                "SELECT id, routine_id, title FROM runs ORDER BY started_at"
            ):
                routines[run_id] = routine_id
                titles[routine_id] = title  # the newest run's title wins, as in the SQL path
        finally:
            conn.execute("COMMIT")
        tally = Tally(days=self._days, runs=self._runs)
        if fresh and not self.read_only:
            self._store_tally(sealer, tally, generation)
        aggregates = aggregate_tally(tally, routines, titles)
        self._insight_cache = (version, aggregates)
        return aggregates

    def _refresh_tally(
        self, conn: sqlite3.Connection, sealer: Sealer, touched: Sequence[tuple[str, str | None]]
    ) -> bool:
        """Recompute the sums of the touched days and runs; True when anything was touched."""
        days, runs = self._days, self._runs
        assert days is not None
        for day in {day for day, _ in touched}:
            part = tally_entries(self._decrypted_facts(conn, sealer, "local_day = ?", day))
            if day in part.days:
                days[day] = part.days[day]
            else:
                days.pop(day, None)
        for run_id in {run_id for _, run_id in touched if run_id is not None}:
            part = tally_entries(self._decrypted_facts(conn, sealer, "run_id = ?", run_id))
            if run_id in part.runs:
                runs[run_id] = part.runs[run_id]
            else:
                runs.pop(run_id, None)
        return bool(touched)

    def _track_writes(self) -> None:
        """Temp triggers (this connection only) that note the day and run of each changed
        entry, so insights after our own saves redo only those (see ``_memory_aggregates``)."""
        if self.read_only or self._tracking:
            return
        conn = self._conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched (local_day TEXT, run_id TEXT)")
        for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
            body = " ".join(
                f"INSERT INTO touched VALUES ({row}.local_day, {row}.run_id);" for row in rows
            )
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS touched_{event.lower()} AFTER {event}"
                f" ON main.entries BEGIN {body} END"
            )
        self._tracking = True

    def _decrypted_facts(
        self, conn: sqlite3.Connection, sealer: Sealer, where: str = "1", *params: object
    ) -> Iterator[EntryFacts]:
        """The insight facts of every entry (``where``: some), decrypted one by one (a
        generator: no 100,000-row list is built; :func:`tally_entries` folds them)."""
        open_ = sealer.open_mood_tags
        for entry_id, day, kind, run_id, mood, blob, tags in conn.execute(
            "SELECT id, local_day, kind, run_id, mood, sealed, iif(sealed IS NULL,"
            " (SELECT group_concat(tag, char(31)) FROM entry_tags WHERE entry_id = e.id), NULL)"
            f" FROM entries AS e WHERE {where}",
            params,
        ):
            if blob is None:
                yield day, mood, tags.split(_TAG_SEPARATOR) if tags else (), kind, run_id
                continue
            try:
                sealed_mood, sealed_tags = open_(entry_id, blob)
            except SealBroken:
                raise self._seal_error(f"entry {entry_id}") from None
            yield day, sealed_mood, sealed_tags, kind, run_id

    def _sealed_tally(
        self, conn: sqlite3.Connection, sealer: Sealer, generation: object
    ) -> Tally | None:
        """The sealed snapshot if it was computed at this generation, else None."""
        blob = _state(conn, INSIGHTS_KEY)
        if blob is None:
            return None
        try:
            stored, days, runs = json.loads(sealer.open_blob("insights", blob))
        except SealBroken:
            raise self._seal_error("insights snapshot") from None
        if stored != generation:
            return None
        return Tally(
            days={day: (total, count, tuple(tags)) for day, (total, count, tags) in days.items()},
            runs={run_id: (a, b, c, d) for run_id, (a, b, c, d) in runs.items()},
        )

    def _store_tally(self, sealer: Sealer, tally: Tally, generation: object) -> None:
        """Keep the tally sealed for the next unlock, unless someone wrote since it was read."""
        try:
            with self._write("keep the insights") as conn:
                if _state(conn, GENERATION_KEY) != int(str(generation)) + 1:
                    raise _Stale
                if _state(conn, LOCK_KEY) != "on" or self._key_changed(conn):
                    raise _Stale
                # This write raised the generation by one: the snapshot is labelled with it.
                text = json.dumps(
                    [int(str(generation)) + 1, tally.days, tally.runs],
                    ensure_ascii=False,
                    separators=(",", ":"),
                )
                _set_state(conn, INSIGHTS_KEY, sealer.seal_blob("insights", text.encode()))
        except (_Stale, JournalWriteError):
            pass  # only a speed-up: the next unlock computes it again

    def _summary_aggregates(self) -> _Aggregates:
        """Day and routine aggregates from the trigger-kept summary tables (lock off)."""
        conn = self._conn
        day_of, make = date.fromisoformat, DayMood._make  # hot: one per day of the journal
        daily = tuple(
            make((day_of(day), total, count, tuple(tags.split(_TAG_SEPARATOR)) if tags else ()))
            for day, total, count, tags in conn.execute(
                "SELECT local_day, mood_sum, count, tags FROM days ORDER BY local_day"
            )
        )
        changes = tuple(
            RoutineChange(
                rid,
                conn.execute(
                    "SELECT title FROM runs WHERE routine_id = ? ORDER BY started_at DESC LIMIT 1",
                    (rid,),
                ).fetchone()[0],
                pairs,
                total,
            )
            for rid, pairs, total in conn.execute(
                """SELECT routine_id, count(*),
                          total(1.0 * after_sum / after_count - 1.0 * before_sum / before_count)
                   FROM run_moods WHERE before_count > 0 AND after_count > 0
                   GROUP BY routine_id"""
            ).fetchall()
        )
        return daily, changes

    def insights(self, today: date | None = None, *, streaks: bool = False) -> Insights:
        """Every insight for the local day ``today`` (default: the clock's day)."""
        day = self._clock().date() if today is None else today
        since = day - timedelta(weeks=WEEKS_SHOWN + 1)
        return summarize(self.insight_rows(breathing_since=since), day, streaks=streaks)

    # -- backup and restore ---------------------------------------------------------------

    def backup(self, dest: Path) -> Path:
        """Copy the journal to ``dest`` with SQLite's online backup; returns the file written.

        ``dest`` may be a folder (a dated name is chosen) or a new file name; an existing file
        is never overwritten. The copy is written beside its destination, checked with
        ``integrity_check``, flushed and only then renamed into place.
        """
        dest = Path(dest)
        if dest.is_dir():
            dest = _free_name(dest / f"journal-backup-{utc_stamp()}.sqlite3")
        elif dest.exists():
            raise JournalWriteError(f"{dest} already exists; choose a new file name or a folder.")
        temp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex}.tmp")
        try:
            create_private_file(temp)
            target = sqlite3.connect(temp, isolation_level=None)
            try:
                self._conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                _, _, problem = _check_database(target, "integrity_check")
            finally:
                target.close()
            if problem is not None:
                raise JournalWriteError(f"The backup did not verify ({problem}); not saved.")
            with temp.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, dest)
        except (OSError, sqlite3.Error) as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            detail = (
                describe_sqlite_error(error)
                if isinstance(error, sqlite3.Error)
                else error.strerror or str(error)
            )
            raise JournalWriteError(f"Could not write the backup {dest}: {detail}.") from None
        return dest

    def restore_from(self, source: Path) -> Path:
        """Replace the journal's contents with a backup; returns where the old one was kept.

        The backup is first copied into the data folder and fully checked (a Tenang journal,
        not newer than this Tenang, ``integrity_check`` ok) and migrated there; the current
        journal is copied aside with the backup API; only then is the backup copied in, inside
        SQLite, so another open Tenang sees the restored journal rather than a replaced file.
        """
        source = Path(source)
        if self.read_only:
            raise JournalWriteError(f"The journal {self.path} is open read-only; cannot restore.")
        if not source.is_file():
            raise JournalUnavailable(f"{source} is not a file.", path=str(source))
        staging = self.path.with_name(f".{self.path.name}.restore-{uuid.uuid4().hex}.tmp")
        try:
            create_private_file(staging)
            shutil.copyfile(source, staging)
            _validate_backup(staging, source)
            kept = _free_name(self.path.with_name(f"{self.path.name}.before-restore-{utc_stamp()}"))
            self.backup(kept)
            incoming = sqlite3.connect(staging, isolation_level=None)
            try:
                incoming.backup(self._conn)
            finally:
                incoming.close()
            self._conn.execute("PRAGMA journal_mode = WAL")
            _, _, problem = _check_database(self._conn, "integrity_check")
            if problem is not None:  # pragma: no cover - the backup API is transactional
                raise JournalWriteError(f"The restored journal did not verify: {problem}")
            self._forget()  # the restored journal has its own lock (or none)
            self._inbox_pin = None
        except OSError as error:
            raise JournalWriteError(
                f"Could not restore from {source}: {error.strerror or error}."
            ) from None
        except sqlite3.Error as error:
            raise JournalWriteError(
                f"Could not restore from {source}: {describe_sqlite_error(error)}."
            ) from None
        finally:
            for leftover in _sidecars(staging):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        return kept


def _validate_backup(staging: Path, source: Path) -> None:
    """Check (and migrate, in the staging copy) a backup before it may replace a journal."""
    try:
        conn = sqlite3.connect(staging, isolation_level=None)
    except sqlite3.Error as error:
        raise JournalUnavailable(
            f"{source} cannot be opened: {describe_sqlite_error(error)}", path=str(source)
        ) from None
    try:
        try:
            app_id, version, problem = _check_database(conn, "integrity_check")
        except sqlite3.Error as error:
            raise JournalUnavailable(
                f"{source} is not a usable backup: {error}", path=str(source)
            ) from None
        if problem is not None:
            raise JournalUnavailable(f"{source} is damaged: {problem}", path=str(source))
        if app_id != APPLICATION_ID:
            raise JournalUnavailable(f"{source} is not a Tenang journal.", path=str(source))
        if version > SCHEMA_VERSION:
            raise JournalUnavailable(
                f"{source} comes from a newer Tenang (schema {version}).", path=str(source)
            )
        conn.execute("PRAGMA journal_mode = DELETE")
        migrate(conn)
    finally:
        conn.close()


def open_journal(
    data_dir: Path,
    *,
    read_only: bool = False,
    clock: Clock = local_now,
    defer_check: bool = False,
) -> Journal:
    """Open ``<data_dir>/journal.sqlite3`` (see :meth:`Journal.open`)."""
    return Journal.open(
        Path(data_dir) / JOURNAL_FILE_NAME,
        read_only=read_only,
        clock=clock,
        defer_check=defer_check,
    )


def start_fresh(path: Path, *, clock: Clock = local_now) -> tuple[Journal, Path | None]:
    """Start an empty journal at ``path`` *only when the user asked*; nothing is deleted.

    The current files (the damaged journal and its -wal/-shm) are renamed to
    ``<name>.set-aside-<UTC stamp>``; returns the new journal and that name (None if there
    was no file).
    """
    path = Path(path).absolute()
    kept: Path | None = None
    if path.exists():
        kept = _free_name(path.with_name(f"{path.name}.set-aside-{utc_stamp()}"))
        for source, suffix in zip(_sidecars(path), ("", "-wal", "-shm"), strict=True):
            if source.exists():
                source.rename(kept.with_name(kept.name + suffix))
    return Journal.open(path, clock=clock), kept
