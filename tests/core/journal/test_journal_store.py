"""Storing entries and runs: fields, edits, undo, tags, permissions, and every failure path."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from journal_fixtures import WIB, StepClock

from tenang.core.journal import (
    EntryKind,
    Journal,
    JournalUnavailable,
    JournalWriteError,
    Mood,
    ValidationError,
    open_journal,
    start_fresh,
)
from tenang.core.journal import store as store_module
from tenang.core.journal.model import normalize_tag
from tenang.core.journal.schema import SCHEMA_VERSION
from tenang.core.runs import RunSummary


def pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def summary(**changes: object) -> RunSummary:
    values: dict[str, object] = {
        "routine_id": "box-breathing",
        "title": "Box breathing",
        "started_at": datetime(2026, 3, 10, 1, 0, tzinfo=UTC),
        "ended_at": datetime(2026, 3, 10, 1, 4, tzinfo=UTC),
        "planned_seconds": 240.0,
        "completed_seconds": 180.5,
        "cycles_completed": 11,
        "completed": False,
    }
    values.update(changes)
    return RunSummary(**values)  # type: ignore[arg-type]


# -- the file ------------------------------------------------------------------------------


def test_new_journal_is_private_wal_full_and_current(tmp_path: Path) -> None:
    old_umask = os.umask(0)  # the most permissive umask: modes must not depend on it
    try:
        journal = Journal.open(tmp_path / "data" / "journal.sqlite3")
    finally:
        os.umask(old_umask)
    with journal:
        journal.add_entry(3)
        assert journal._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert journal._conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    path = tmp_path / "data" / "journal.sqlite3"
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert pragma(path, "journal_mode") == "wal"
    assert pragma(path, "user_version") == SCHEMA_VERSION


def test_file_is_0600_before_sqlite_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mode is in place when SQLite first connects, not fixed up afterwards."""
    seen: list[int] = []
    real_connect = store_module._connect

    def spy(path: Path, *, read_only: bool) -> sqlite3.Connection:
        seen.append(stat.S_IMODE(path.stat().st_mode))
        assert path.stat().st_size == 0
        return real_connect(path, read_only=read_only)

    monkeypatch.setattr(store_module, "_connect", spy)
    old_umask = os.umask(0)
    try:
        journal = Journal.open(tmp_path / "journal.sqlite3")
        journal.add_entry(3)
        sidecars = [tmp_path / "journal.sqlite3-wal", tmp_path / "journal.sqlite3-shm"]
        assert [stat.S_IMODE(p.stat().st_mode) for p in sidecars] == [0o600, 0o600]
        journal.close()
    finally:
        os.umask(old_umask)
    assert seen == [0o600, 0o600]  # the read-only probe, then the writing connection


def test_open_journal_uses_the_data_folder(tmp_path: Path) -> None:
    with open_journal(tmp_path) as journal:
        assert journal.path == tmp_path / "journal.sqlite3"


# -- entries -------------------------------------------------------------------------------


def test_add_stores_every_field_with_utc_and_offset(journal: Journal, clock: StepClock) -> None:
    entry = journal.add_entry(
        4, energy=2, tags=["Calm", " my   Garden "], note="Pagi yang tenang\nline 2"
    )
    assert uuid.UUID(entry.id).version == 4
    assert entry.created_at == datetime(2026, 3, 10, 1, 30, tzinfo=UTC)
    assert entry.created_at.tzinfo is UTC
    assert entry.utc_offset_minutes == 420
    assert entry.local_time.hour == 8
    assert entry.tags == ("calm", "my garden")
    assert journal.get_entry(entry.id) == entry
    assert journal.list_entries() == [entry]


def test_indonesian_label_names_the_builtin_tag(journal: Journal) -> None:
    entry = journal.add_entry(3, tags=["Tenang", "jalan kaki"])
    assert entry.tags == ("calm", "walk")
    assert [tag.key for tag in journal.tags() if not tag.builtin] == []


def test_custom_tags_are_kept_with_their_spelling(journal: Journal) -> None:
    journal.add_entry(3, tags=["Choir  Practice"])
    custom = [tag for tag in journal.tags() if not tag.builtin]
    assert [(t.key, t.label_en, t.group) for t in custom] == [
        ("choir practice", "Choir Practice", "custom")
    ]
    assert journal.add_tag("choir practice").key == "choir practice"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=50))
def test_tag_names_normalise_once_or_are_refused(text: str) -> None:
    try:
        key = normalize_tag(text)
    except ValidationError as error:
        assert str(error)
        return
    assert normalize_tag(key) == key
    assert key == key.strip() and "  " not in key and "|" not in key and "#" not in key
    assert 1 <= len(key) <= 40


def test_builtin_tags_have_both_languages() -> None:
    from tenang.core.journal.tags import BUILTIN_TAGS

    assert {tag.group for tag in BUILTIN_TAGS} == {"feeling", "activity"}
    for tag in BUILTIN_TAGS:
        assert tag.label("en") and tag.label("id")
    assert len({tag.key for tag in BUILTIN_TAGS}) == len(BUILTIN_TAGS)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"mood": 0}, "mood must be a whole number from 1 to 5 (got 0)"),
        ({"mood": 6}, "mood must be a whole number from 1 to 5 (got 6)"),
        ({"mood": True}, "mood must be a whole number from 1 to 5 (got True)"),
        ({"mood": 3, "energy": 9}, "energy must be a whole number from 1 to 5 (got 9)"),
        ({"mood": 3, "tags": ["  "]}, "a tag cannot be empty"),
        ({"mood": 3, "tags": ["a|b"]}, "contains a character tags cannot hold"),
        ({"mood": 3, "tags": ["x" * 41]}, "longer than 40 characters"),
    ],
)
def test_bad_values_are_refused_with_a_message(
    journal: Journal, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        journal.add_entry(**kwargs)  # type: ignore[arg-type]
    assert journal.count_entries() == 0


def test_edit_changes_fields_and_keeps_creation(journal: Journal, clock: StepClock) -> None:
    entry = journal.add_entry(2, tags=["tired"], note="long day")
    clock.advance(hours=2)
    edited = journal.update_entry(entry.id, mood=4, energy=3, tags=["calm", "walk"], note="")
    assert edited.created_at == entry.created_at
    assert edited.updated_at == entry.updated_at + timedelta(hours=2)
    assert (edited.mood, edited.energy, edited.tags, edited.note) == (
        Mood.GOOD,
        3,
        ("calm", "walk"),
        "",
    )
    assert journal.get_entry(entry.id) == edited
    assert journal.insights(date(2026, 3, 10)).tag_patterns[0].tag in {"calm", "walk"}


def test_edit_of_a_missing_entry_says_so(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="there is no entry nope"):
        journal.update_entry("nope", mood=3)


def test_delete_then_restore_is_identical(journal: Journal) -> None:
    entry = journal.add_entry(5, energy=4, tags=["grateful", "own tag"], note="undo me")
    deleted = journal.delete_entry(entry.id)
    assert deleted == entry
    assert journal.get_entry(entry.id) is None
    assert journal.insights(date(2026, 3, 10)).entries == 0
    journal.restore_entry(deleted)
    assert journal.get_entry(entry.id) == entry
    assert journal.insights(date(2026, 3, 10)).entries == 1
    with pytest.raises(ValidationError, match="UNIQUE"):
        journal.restore_entry(deleted)


def test_list_filters_by_local_day(journal: Journal, clock: StepClock) -> None:
    first = journal.add_entry(3)
    clock.advance(days=2)
    second = journal.add_entry(4)
    assert journal.list_entries() == [second, first]
    assert journal.list_entries(since=date(2026, 3, 11)) == [second]
    assert journal.list_entries(until=date(2026, 3, 10), newest_first=False) == [first]


def test_local_day_follows_the_offset_at_the_time(journal: Journal) -> None:
    """23:30 in Jakarta is 16:30 UTC the same day; 00:30 Jakarta is the previous UTC day."""
    late = journal.add_entry(3, at=datetime(2026, 3, 10, 0, 30, tzinfo=WIB))
    assert late.created_at.date() == date(2026, 3, 9)
    assert journal.list_entries(since=date(2026, 3, 10)) == [late]


def test_naive_times_are_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="time zone"):
        journal.add_entry(3, at=datetime(2026, 3, 10, 8, 0))


# -- runs ------------------------------------------------------------------------------------


def test_record_run_keeps_partial_runs_and_links_the_before_entry(journal: Journal) -> None:
    before = journal.add_entry(2, kind=EntryKind.BEFORE_SESSION)
    run = journal.record_run(summary(), before_entry_id=before.id)
    after = journal.add_entry(4, kind=EntryKind.AFTER_SESSION, run_id=run.id)
    assert journal.get_run(run.id) == run
    assert (run.completed, run.completed_seconds, run.planned_seconds) == (False, 180.5, 240.0)
    assert run.utc_offset_minutes == 420
    assert journal.get_entry(before.id).run_id == run.id  # type: ignore[union-attr]
    assert after.run_id == run.id
    assert journal.list_runs() == [run]


def test_record_run_with_unknown_before_entry_changes_nothing(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="there is no entry missing"):
        journal.record_run(summary(), before_entry_id="missing")
    assert journal.list_runs() == []


def test_record_run_refuses_nonsense_durations(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="completed_seconds"):
        journal.record_run(summary(completed_seconds=-1.0))


# -- damaged, foreign and newer files ----------------------------------------------------


def make_journal(path: Path, entries: int = 40) -> list[str]:
    with Journal.open(path) as journal:
        return [journal.add_entry(3, note="n" * 200).id for _ in range(entries)]


def test_garbage_file_is_copied_aside_and_never_written(journal_path: Path) -> None:
    journal_path.parent.mkdir(mode=0o700)
    garbage = b"this is not sqlite" * 300
    journal_path.write_bytes(garbage)
    with pytest.raises(JournalUnavailable) as caught:
        Journal.open(journal_path)
    error = caught.value
    assert error.copy_path is not None
    copy = Path(error.copy_path)
    assert copy.name.startswith("journal.sqlite3.corrupt-") and copy.name.endswith("Z")
    assert str(copy) in str(error)
    assert "has not written to it" in str(error)
    assert copy.read_bytes() == garbage
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert journal_path.read_bytes() == garbage  # left in place, untouched


def damage_pages(path: Path, pages: Iterable[int] | None = None) -> bytes:
    """Overwrite part of the given pages (1-based; default: every page after the first)."""
    data = bytearray(path.read_bytes())
    chosen = range(2, len(data) // 4096 + 1) if pages is None else pages
    for page in chosen:
        offset = (page - 1) * 4096 + 100
        data[offset : offset + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    return bytes(data)


def damage_entry_pages(path: Path) -> bytes:
    """Damage only the entries' leaf pages, so the schema still reads (uses ``dbstat``)."""
    conn = sqlite3.connect(path)
    try:
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf'"
            )
        ]
    except sqlite3.OperationalError:  # pragma: no cover - SQLite built without dbstat
        pytest.skip("SQLite has no dbstat table")
    finally:
        conn.close()
    assert pages
    return damage_pages(path, pages)


def test_damaged_pages_fail_the_check_and_are_copied_with_wal(journal_path: Path) -> None:
    make_journal(journal_path)
    damaged = damage_pages(journal_path)
    wal = journal_path.with_name("journal.sqlite3-wal")
    wal.write_bytes(b"")  # a leftover WAL must be copied too
    with pytest.raises(JournalUnavailable, match="is damaged") as caught:
        Journal.open(journal_path)
    copy = Path(caught.value.copy_path or "")
    assert copy.read_bytes() == damaged
    assert copy.with_name(copy.name + "-wal").exists()
    assert journal_path.read_bytes() == damaged


def test_deferred_check_refuses_the_first_write(journal_path: Path) -> None:
    make_journal(journal_path)
    damaged = damage_entry_pages(journal_path)
    journal = Journal.open(journal_path, defer_check=True)
    with pytest.raises(JournalUnavailable, match="damaged") as caught:
        journal.add_entry(4)
    assert caught.value.copy_path is not None
    with pytest.raises(JournalUnavailable):  # still refused, no second copy
        journal.add_entry(4)
    with pytest.raises(JournalUnavailable, match="is damaged"):  # reads: no raw sqlite3 error
        journal.list_entries()
    journal.close()
    assert journal_path.read_bytes() == damaged
    assert len(list(journal_path.parent.glob("*.corrupt-*Z"))) == 1


def test_a_damaged_journal_can_still_be_read_read_only(journal_path: Path) -> None:
    make_journal(journal_path, entries=40)
    damaged = damage_entry_pages(journal_path)
    with Journal.open(journal_path, read_only=True) as journal:
        assert journal.problem is not None and "quick_check failed" in journal.problem
        assert len(journal.tags()) > 0  # what is not damaged still reads
        with pytest.raises(JournalWriteError, match="read-only"):
            journal.add_entry(3)
        with pytest.raises(JournalUnavailable, match="is damaged"):
            journal.list_entries()  # damaged pages: a journal error, never a raw sqlite3 one
    assert journal_path.read_bytes() == damaged


def test_deferred_check_passes_on_a_healthy_journal(journal_path: Path) -> None:
    make_journal(journal_path, entries=2)
    with Journal.open(journal_path, defer_check=True) as journal:
        journal.verify()
        journal.add_entry(5)
        assert journal.count_entries() == 3


def test_start_fresh_sets_the_old_file_aside(journal_path: Path, clock: StepClock) -> None:
    journal_path.parent.mkdir()
    journal_path.write_bytes(b"garbage" * 100)
    with pytest.raises(JournalUnavailable):
        Journal.open(journal_path)
    fresh, kept = start_fresh(journal_path, clock=clock)
    with fresh:
        fresh.add_entry(3)
        assert fresh.count_entries() == 1
    assert kept is not None and kept.read_bytes() == b"garbage" * 100
    assert len(list(journal_path.parent.glob("*.corrupt-*"))) == 1  # the first copy stays


def test_another_programs_database_is_left_alone(journal_path: Path) -> None:
    journal_path.parent.mkdir()
    conn = sqlite3.connect(journal_path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = journal_path.read_bytes()
    with pytest.raises(JournalUnavailable, match="is not a Tenang journal"):
        Journal.open(journal_path)
    assert journal_path.read_bytes() == before


def test_a_newer_journal_is_not_touched(journal_path: Path) -> None:
    make_journal(journal_path, entries=1)
    conn = sqlite3.connect(journal_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = journal_path.read_bytes()
    with pytest.raises(JournalUnavailable, match="written by a newer Tenang"):
        Journal.open(journal_path)
    assert journal_path.read_bytes() == before


def test_read_only_open_reads_but_refuses_writes(journal_path: Path) -> None:
    ids = make_journal(journal_path, entries=3)
    with Journal.open(journal_path, read_only=True) as journal:
        assert {e.id for e in journal.list_entries()} == set(ids)
        with pytest.raises(JournalWriteError, match=r"open read-only\. Nothing changed"):
            journal.add_entry(3)


# -- write failures ------------------------------------------------------------------------

RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def test_read_only_folder_gives_a_clear_message(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real chmod 0500 folder; as root (where chmod does not stop writes) the journal's
    connection is opened read-only instead, so SQLite itself reports SQLITE_READONLY."""
    make_journal(journal_path, entries=1)
    folder = journal_path.parent
    if RUNNING_AS_ROOT:
        real_connect = store_module._connect
        monkeypatch.setattr(
            store_module, "_connect", lambda path, read_only: real_connect(path, read_only=True)
        )
        with Journal.open(journal_path) as journal, pytest.raises(JournalWriteError) as caught:
            journal.add_entry(4, note="keep me in the form")
        assert "read-only" in str(caught.value)
    else:  # pragma: no cover - CI runs as root
        folder.chmod(0o500)
        try:
            with pytest.raises(JournalWriteError) as caught, Journal.open(journal_path) as journal:
                journal.add_entry(4, note="keep me in the form")
        finally:
            folder.chmod(0o700)
    message = str(caught.value)
    assert str(journal_path) in message
    assert "Nothing" in message or "Cannot" in message
    assert "keep me" not in message
    monkeypatch.undo()
    with Journal.open(journal_path) as journal:
        assert journal.count_entries() == 1


AS_NOBODY = """
import sys
from pathlib import Path
from tenang.core.journal import Journal, JournalWriteError
folder = Path(sys.argv[1])
path = folder / "journal.sqlite3"
with Journal.open(path) as journal:
    journal.add_entry(3)
folder.chmod(0o500)
for target in (path, folder / "sub" / "journal.sqlite3"):
    try:
        with Journal.open(target) as journal:
            journal.add_entry(4, note="typed")
        print("no error")
    except JournalWriteError as error:
        print(error)
folder.chmod(0o700)
with Journal.open(path) as journal:
    print(journal.count_entries())
"""


@pytest.mark.skipif(
    not RUNNING_AS_ROOT or shutil.which("setpriv") is None, reason="needs root and setpriv"
)
def test_read_only_folder_for_real_as_an_unprivileged_user() -> None:
    """As root, the real chmod case still runs: as user 65534 (nobody) via setpriv."""
    folder = Path(tempfile.mkdtemp(prefix="tenang-ro-"))
    try:
        folder.chmod(0o777)
        data = folder / "data"
        src = Path(__file__).parents[3] / "src"
        result = subprocess.run(
            [
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                sys.executable,
                "-c",
                AS_NOBODY,
                str(data),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(src)},
        )
        lines = result.stdout.splitlines()
        assert result.returncode == 0, result.stderr
        assert lines[0] == (
            f"Cannot open the journal {data / 'journal.sqlite3'}: the journal or its folder is "
            "read-only (attempt to write a readonly database)."
        )
        assert lines[1].startswith(f"Cannot create the journal {data / 'sub'}")
        assert "Permission denied" in lines[1]
        assert lines[2] == "1"  # nothing was written, nothing was lost
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_folder_that_cannot_be_created_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root a 0500 folder does not stop us, so creation is made to fail as it would."""
    target = tmp_path / "locked" / "journal.sqlite3"
    target.parent.mkdir()
    if RUNNING_AS_ROOT:
        real_open = os.open

        def refuse(path: object, flags: int, mode: int = 0o777) -> int:
            if str(path) == str(target):
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, mode)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", refuse)
    else:  # pragma: no cover
        target.parent.chmod(0o500)
    with pytest.raises(JournalWriteError, match=r"Cannot create the journal .*Permission denied"):
        Journal.open(target)
    target.parent.chmod(0o700)


def test_full_disk_gives_a_clear_message_and_changes_nothing(journal: Journal) -> None:
    """``max_page_count`` makes SQLite hit SQLITE_FULL for real, as a full disk would."""
    journal.add_entry(3, note="before")
    pages = journal._conn.execute("PRAGMA page_count").fetchone()[0]
    journal._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(JournalWriteError, match="the disk is full") as caught:
        journal.add_entry(4, note="x" * 50_000)
    assert "Nothing was changed" in str(caught.value)
    assert "xxxx" not in str(caught.value)
    assert [e.note for e in journal.list_entries()] == ["before"]


def test_busy_journal_becomes_a_write_error(journal_path: Path, clock: StepClock) -> None:
    with Journal.open(journal_path, clock=clock) as journal:
        journal._conn.execute("PRAGMA busy_timeout = 0")
        other = sqlite3.connect(journal_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(JournalWriteError, match="kept the journal busy"):
                journal.add_entry(3)
        finally:
            other.execute("ROLLBACK")
            other.close()
        journal.add_entry(3)
        assert journal.count_entries() == 1


def test_delete_all_empties_and_scrubs(journal: Journal, journal_path: Path) -> None:
    journal.add_entry(3, tags=["own"], note="a secret sentence")
    journal.record_run(summary())
    journal.delete_all()
    assert journal.count_entries() == 0
    assert journal.list_runs() == []
    assert [t for t in journal.tags() if not t.builtin] == []
    assert journal.insights(date(2026, 3, 10)).days == 0
    for file in journal_path.parent.glob("journal.sqlite3*"):
        assert b"a secret sentence" not in file.read_bytes()
