"""The journal lock: what is sealed, wrong secrets, key changes, tampering, exports."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from journal_fixtures import FAST_KDF, StepClock, all_bytes, spy_decryption
from journal_fixtures import run_summary as summary

from tenang.core.journal import Journal, ValidationError
from tenang.core.journal.crypto import (
    DEFAULT_KDF,
    MIN_ITERATIONS,
    MIN_MEMORY_KIB,
    JournalLocked,
    JournalTampered,
    KdfParams,
    PlainExportRefused,
    Sealer,
    WrongPassphrase,
    format_recovery_code,
    new_data_key,
    new_recovery_code,
    normalize_recovery_code,
)
from tenang.core.journal.exchange import export_bytes, import_tenang_json
from tenang.core.journal.schema import SCHEMA_VERSION

FAST = FAST_KDF
PASS = "correct horse battery"
SECRET_NOTE = "zebra-note-8812 I cried at the bus stop"
SECRET_TAG = "Secret-Choir-5531"
EDITED_NOTE = "edited-note-7719"
BUILTIN_SECRET = "overwhelmed"  # a built-in tag key that appears nowhere else in the file


def fill(journal: Journal, clock: StepClock) -> None:
    """Entries on several days, a before/after pair linked to a run, custom and built-in tags."""
    for day in range(4):
        journal.add_entry(1 + day, tags=[SECRET_TAG, BUILTIN_SECRET], note=f"{SECRET_NOTE} {day}")
        clock.advance(days=1)
    before = journal.add_entry(2, kind="before_session", note="pre-run-note-3307")
    run = journal.record_run(summary(clock), before_entry_id=before.id)
    journal.add_entry(5, energy=4, kind="after_session", run_id=run.id, tags=["calm"])


def locked_on(journal: Journal) -> str:
    code = journal.prepare_lock(PASS, params=FAST)
    assert journal.complete_lock() is True
    return code


@pytest.fixture
def filled(journal: Journal, clock: StepClock) -> Iterator[Journal]:
    fill(journal, clock)
    yield journal


def content(journal: Journal) -> list[tuple[object, ...]]:
    """Everything the user wrote, as the journal shows it (for before/after comparisons)."""
    return [
        (e.id, e.mood, e.energy, e.tags, e.note, e.kind, e.run_id, e.created_at)
        for e in journal.list_entries()
    ]


def raw_rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT * FROM entries ORDER BY id").fetchall()
            + conn.execute("SELECT * FROM lock_keys ORDER BY slot").fetchall()
        )
    finally:
        conn.close()


# -- parameters -------------------------------------------------------------------------


def test_default_parameters_meet_the_promised_minimums() -> None:
    assert DEFAULT_KDF.memory_kib >= 64 * 1024 == MIN_MEMORY_KIB
    assert DEFAULT_KDF.iterations >= 3 == MIN_ITERATIONS
    with pytest.raises(ValueError, match="at least 65536 KiB and 3 passes"):
        KdfParams(memory_kib=32 * 1024)
    with pytest.raises(ValueError, match="at least"):
        KdfParams(iterations=2)


def test_parameters_and_salt_are_stored_per_journal(journal: Journal, tmp_path: Path) -> None:
    journal.prepare_lock(PASS, params=FAST)
    with Journal.open(tmp_path / "other" / "journal.sqlite3") as other:
        other.prepare_lock(PASS, params=FAST)
        salts = {
            bytes(row[0])
            for j in (journal, other)
            for row in j._conn.execute("SELECT salt FROM lock_keys").fetchall()
        }
    assert len(salts) == 4  # two slots, two journals: no salt is ever reused
    row = journal._conn.execute(
        "SELECT kdf, memory_kib, iterations, lanes FROM lock_keys WHERE slot = 'passphrase'"
    ).fetchone()
    assert row == ("argon2id", 8, 1, 1)


# -- what is protected ------------------------------------------------------------------


def test_lock_on_leaves_no_note_tag_or_mood_in_file_wal_or_backup(
    filled: Journal, clock: StepClock, tmp_path: Path
) -> None:
    journal = filled
    path = journal.path
    assert SECRET_NOTE.encode() in all_bytes(path)  # the probe can see clear text
    locked_on(journal)
    # Writes after the lock (new entry, edit, own tag, import) go through the WAL sealed.
    clock.advance(hours=1)
    entry = journal.add_entry(3, tags=["another-secret-tag"], note=SECRET_NOTE + " later")
    journal.update_entry(entry.id, note=EDITED_NOTE)
    journal.add_tag("tag-added-while-locked")
    journal.lock()  # a check-in with no key goes to the sealed inbox
    journal.add_entry(2, tags=["Inbox-Secret-Tag"], note="inbox-secret-note-6604")
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    backup = journal.backup(tmp_path / "backup.sqlite3")
    secrets = (
        SECRET_NOTE,
        SECRET_TAG.casefold(),
        SECRET_TAG,
        EDITED_NOTE,
        "another-secret-tag",
        "tag-added-while-locked",
        BUILTIN_SECRET,
        "pre-run-note-3307",
        "inbox-secret-note-6604",
        "Inbox-Secret-Tag",
        "inbox-secret-tag",
    )
    raw = all_bytes(path) + backup.read_bytes()
    for secret in secrets:
        assert secret.encode() not in raw, secret
    for source in (path, backup):
        conn = sqlite3.connect(source)
        try:
            # Mood and energy values are small integers: prove no column or table holds them.
            assert conn.execute(
                "SELECT count(*) FROM entries WHERE mood IS NOT NULL OR energy IS NOT NULL"
                " OR note != '' OR sealed IS NULL"
            ).fetchone() == (0,)
            for table in ("entry_tags", "tags", "days", "run_moods"):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
            assert conn.execute("SELECT count(*) FROM inbox").fetchone() == (1,)
        finally:
            conn.close()
    # ...and the journal itself still reads everything back, the inbox moved in sealed.
    journal.unlock(PASS)
    for secret in secrets:
        assert secret.encode() not in all_bytes(path), secret
    notes = {e.note for e in journal.list_entries()}
    assert EDITED_NOTE in notes and f"{SECRET_NOTE} 0" in notes
    assert "inbox-secret-note-6604" in notes
    assert ("secret-choir-5531", "Secret-Choir-5531") in [
        (k, label) for k, label, _ in journal.custom_tags()
    ]


def test_insights_with_the_lock_on_equal_those_from_the_summary_tables(
    filled: Journal, clock: StepClock
) -> None:
    today = clock().date()
    before = filled.insights(today, streaks=True)
    before_entries = content(filled)
    locked_on(filled)
    assert filled.insights(today, streaks=True) == before
    assert content(filled) == before_entries
    filled.lock()
    with pytest.raises(JournalLocked, match="is locked: enter your passphrase"):
        filled.insights(today)
    filled.unlock(PASS)
    assert filled.insights(today, streaks=True) == before
    assert filled.turn_lock_off(PASS) == len(before_entries)
    assert filled.lock_state == "off"
    assert filled.insights(today, streaks=True) == before  # summary tables rebuilt
    assert content(filled) == before_entries
    assert ("secret-choir-5531", "Secret-Choir-5531") in [
        (k, label) for k, label, _ in filled.custom_tags()
    ]


def test_insight_cache_follows_writes_from_this_and_other_connections(
    filled: Journal, clock: StepClock
) -> None:
    locked_on(filled)
    today = clock().date()
    count = filled.insights(today).entries
    filled.add_entry(4)
    assert filled.insights(today).entries == count + 1
    with Journal.open(filled.path, clock=clock) as other:
        other.unlock(PASS)
        other.add_entry(4)
    assert filled.insights(today).entries == count + 2


# -- while locked -----------------------------------------------------------------------


def test_locked_journal_refuses_reading_and_edits_but_keeps_runs_and_check_ins(
    filled: Journal, clock: StepClock
) -> None:
    locked_on(filled)
    filled.lock()
    assert filled.locked and filled.lock_state == "on"
    rows = raw_rows(filled.path)
    entry_id = filled._conn.execute("SELECT id FROM entries LIMIT 1").fetchone()[0]
    for action in (
        filled.list_entries,
        filled.custom_tags,
        filled.tags,
        lambda: filled.get_entry(entry_id),
        lambda: filled.update_entry(entry_id, note="edited while locked"),
        lambda: filled.delete_entry(entry_id),
        lambda: filled.add_tag("new while locked"),
    ):
        with pytest.raises(JournalLocked) as caught:
            action()
    assert "is locked: enter your passphrase" in str(caught.value)
    assert raw_rows(filled.path) == rows
    run = filled.record_run(summary(clock))  # routines still work: runs are not sealed
    assert filled.get_run(run.id) == run
    # A check-in is saved at once, in the inbox (test_journal_inbox.py has the details).
    held = filled.add_entry(3, note="typed while locked", at=clock() - timedelta(minutes=5))
    assert raw_rows(filled.path) == rows and filled.pending_count == 1
    assert filled.count_entries() == 6
    filled.unlock(PASS)
    assert filled.get_entry(held.id) == held and filled.pending_count == 0
    assert held.created_at == (clock() - timedelta(minutes=5)).astimezone(UTC)


def test_unlocking_an_unlocked_journal_is_a_no_op(journal: Journal) -> None:
    journal.unlock(PASS)
    assert journal.lock_state == "off" and not journal.locked


# -- secrets ----------------------------------------------------------------------------


def test_wrong_passphrase_fails_clearly_and_changes_nothing(filled: Journal) -> None:
    code = locked_on(filled)
    filled.lock()
    rows = raw_rows(filled.path)
    for attempt in (
        lambda: filled.unlock("not the passphrase"),
        lambda: filled.turn_lock_off("not the passphrase"),
        lambda: filled.change_passphrase("a brand new phrase", current="wrong one!"),
        lambda: filled.replace_recovery_code("wrong one!"),
    ):
        with pytest.raises(WrongPassphrase, match="That passphrase does not open the journal"):
            attempt()
        assert filled.locked
        assert raw_rows(filled.path) == rows
    wrong_code = new_recovery_code()
    assert wrong_code != code
    with pytest.raises(WrongPassphrase, match="That recovery code does not open"):
        filled.unlock(recovery_code=wrong_code)
    assert raw_rows(filled.path) == rows


def test_passphrase_change_rewraps_one_key(filled: Journal) -> None:
    locked_on(filled)
    sealed_before = filled._conn.execute("SELECT id, sealed FROM entries").fetchall()
    filled.change_passphrase("second passphrase", current=PASS, params=FAST)
    assert filled._conn.execute("SELECT id, sealed FROM entries").fetchall() == sealed_before
    filled.lock()
    with pytest.raises(WrongPassphrase):
        filled.unlock(PASS)
    filled.unlock("second passphrase")
    assert len(filled.list_entries()) == 6


def test_recovery_code_opens_and_replaces_a_lost_passphrase(filled: Journal) -> None:
    code = locked_on(filled)
    filled.lock()
    typed = code.lower().replace("-", " ")  # read aloud, typed in lower case with spaces
    filled.unlock(recovery_code=typed)
    assert len(filled.list_entries()) == 6
    filled.lock()
    filled.change_passphrase("found my way back", recovery_code=code, params=FAST)
    filled.unlock("found my way back")
    new_code = filled.replace_recovery_code("found my way back", params=FAST)
    filled.lock()
    with pytest.raises(WrongPassphrase):
        filled.unlock(recovery_code=code)
    filled.unlock(recovery_code=new_code)
    assert filled.turn_lock_off(recovery_code=new_code) == 6


def test_short_passphrase_is_refused_before_anything_is_written(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="at least 8 characters"):
        journal.prepare_lock("   short  ", params=FAST)
    assert journal.lock_state == "off"


def test_turning_on_twice_and_cancelling(filled: Journal) -> None:
    filled.prepare_lock(PASS, params=FAST)
    assert filled.lock_state == "pending"
    with pytest.raises(ValidationError, match="interrupted earlier"):
        filled.prepare_lock(PASS, params=FAST)
    filled.cancel_lock()
    assert filled.lock_state == "off"
    assert filled._conn.execute("SELECT count(*) FROM lock_keys").fetchone() == (0,)
    locked_on(filled)
    with pytest.raises(ValidationError, match="already on"):
        filled.prepare_lock(PASS, params=FAST)


# -- tampering --------------------------------------------------------------------------


def test_swapped_ciphertexts_are_named_never_shown(filled: Journal) -> None:
    locked_on(filled)
    (a, blob_a), (b, blob_b) = filled._conn.execute(
        "SELECT id, sealed FROM entries ORDER BY created_at LIMIT 2"
    ).fetchall()
    conn = sqlite3.connect(filled.path)
    with conn:
        conn.execute("UPDATE entries SET sealed = ? WHERE id = ?", (blob_b, a))
        conn.execute("UPDATE entries SET sealed = ? WHERE id = ?", (blob_a, b))
    conn.close()
    with pytest.raises(JournalTampered) as caught:
        filled.get_entry(a)
    assert caught.value.entry_id == a
    assert f"entry {a}" in str(caught.value) and "cannot be decrypted" in str(caught.value)
    with pytest.raises(JournalTampered, match="cannot be decrypted"):
        filled.list_entries()
    with pytest.raises(JournalTampered):
        filled.insights()
    with pytest.raises(JournalTampered):
        filled.turn_lock_off(PASS)
    assert filled.lock_state == "on"  # the failed turn-off rolled back


@pytest.mark.parametrize("held", [True, False], ids=["unlocked", "locked again"])
def test_a_key_changed_by_another_process_is_noticed(
    filled: Journal, clock: StepClock, held: bool
) -> None:
    """Unlocked, this object's key is stale; locked again, the inbox key it verified is no
    longer the journal's. Either way it asks for the passphrase instead of guessing."""
    locked_on(filled)
    if not held:
        filled.lock()
    with Journal.open(filled.path, clock=clock) as other:
        other.turn_lock_off(PASS)
        other.prepare_lock(PASS, params=FAST)
        other.complete_lock()
    with pytest.raises(JournalLocked, match="changed by another Tenang"):
        filled.add_entry(3)
    assert filled.locked and filled.pending_count == 0  # the stale key was dropped
    filled.unlock(PASS)
    filled.add_entry(3)
    filled.lock()
    filled.add_entry(3, note="while locked, with the new inbox key")
    filled.unlock(PASS)
    assert filled.pending_count == 0 and filled.count_entries() == 8


def test_turn_on_and_off_from_another_process_never_mixes_clear_and_sealed(
    journal: Journal, clock: StepClock
) -> None:
    journal.add_entry(3, note="clear one")
    with Journal.open(journal.path, clock=clock) as other:
        other.prepare_lock(PASS, params=FAST)
        other.complete_lock()
    # This object never unlocked: it must not write clear. The check-in goes to the inbox.
    journal.add_entry(3, note="would be clear")
    assert (
        journal._conn.execute("SELECT count(*) FROM entries WHERE sealed IS NULL").fetchone()[0]
        == 0
    )
    assert journal.pending_count == 1
    assert b"would be clear" not in all_bytes(journal.path)


# -- exports ----------------------------------------------------------------------------


def test_plain_export_of_a_locked_journal_needs_explicit_consent(
    filled: Journal, tmp_path: Path, clock: StepClock
) -> None:
    locked_on(filled)
    for fmt in ("json", "csv", "md"):
        with pytest.raises(PlainExportRefused, match="ordinary unencrypted file"):
            export_bytes(filled, fmt)
    data = export_bytes(filled, "json", allow_plain=True)
    assert SECRET_NOTE.encode() in data
    # Importing that export into another locked journal seals it again.
    target = tmp_path / "other" / "journal.sqlite3"
    exported = tmp_path / "export.json"
    exported.write_bytes(data)
    with Journal.open(target, clock=clock) as other:
        locked_on(other)
        report = import_tenang_json(other, exported)
        assert report.imported == 6
        assert content(other) == content(filled)
    assert SECRET_NOTE.encode() not in all_bytes(target)


# -- the primitives ---------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    mood=st.integers(1, 5),
    energy=st.none() | st.integers(1, 5),
    tags=st.lists(
        st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=12),
        max_size=4,
    ),  # tag keys never hold control characters (normalize_tag)
    note=st.text(max_size=200),
)
def test_seal_round_trips_and_binds_the_entry_id(
    mood: int, energy: int | None, tags: list[str], note: str
) -> None:
    sealer = Sealer(new_data_key())
    blob = sealer.seal("entry-a", (mood, energy, tuple(tags), note))
    assert sealer.open("entry-a", blob) == (mood, energy, tuple(tags), note)
    assert sealer.seal("entry-a", (mood, energy, tuple(tags), note)) != blob  # fresh nonce
    with pytest.raises(Exception, match="entry-b"):
        sealer.open("entry-b", blob)


@settings(max_examples=60)
@given(raw=st.binary(min_size=20, max_size=20), data=st.data())
def test_recovery_code_survives_how_people_type_it(raw: bytes, data: st.DataObject) -> None:
    code = format_recovery_code(raw)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}", code)
    separators = data.draw(
        st.lists(st.sampled_from(["", " ", "-", "  "]), min_size=32, max_size=32)
    )
    typed = "".join(ch + sep for ch, sep in zip(code.replace("-", ""), separators, strict=True))
    typed = data.draw(st.sampled_from([typed, typed.lower()]))
    typed = typed.replace("O", "0").replace("I", "1").replace("B", "8")  # look-alikes
    assert normalize_recovery_code(typed) == code


@settings(max_examples=60)
@given(st.text(max_size=80))
def test_any_typed_recovery_code_is_only_ever_a_wrong_one(text: str) -> None:
    """Garbage never crashes the parser; it is then simply a code that does not open."""
    assert isinstance(normalize_recovery_code(text), str)


def test_a_run_linked_while_locked_counts_for_what_helps(filled: Journal, clock: StepClock) -> None:
    locked_on(filled)
    for _ in range(2):
        before = filled.add_entry(1, kind="before_session")
        filled.lock()
        run = filled.record_run(summary(clock), before_entry_id=before.id)  # no key needed
        filled.unlock(PASS)
        filled.add_entry(4, kind="after_session", run_id=run.id)
    helps = {h.routine_id: h for h in filled.insights(clock().date()).what_helps}
    assert helps["box-breathing"].pairs == 3
    assert helps["box-breathing"].mean_change == pytest.approx((3 + 3 + 3) / 3)


def test_timestamps_stay_in_clear_for_ordering(filled: Journal) -> None:
    """What the docs promise is *not* protected really is in clear (and sorts)."""
    locked_on(filled)
    filled.lock()
    conn = sqlite3.connect(filled.path)
    try:
        rows = conn.execute(
            "SELECT created_at, kind, run_id FROM entries ORDER BY created_at"
        ).fetchall()
        routine = conn.execute("SELECT routine_id FROM runs").fetchone()
    finally:
        conn.close()
    assert len(rows) == 6 and rows[0][0] < rows[-1][0]
    assert {kind for _, kind, _ in rows} == {"check_in", "before_session", "after_session"}
    assert routine == ("box-breathing",)
    assert datetime.fromisoformat(str(rows[0][0])).utcoffset() == timedelta(0)


def test_migration_three_keeps_the_tag_links_and_their_cascade(journal: Journal) -> None:
    """Migration 3 rebuilt ``entries`` and ``entry_tags``: the foreign key still cascades."""
    entry = journal.add_entry(3, tags=["calm", "own tag"])
    conn = journal._conn
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    fks = conn.execute("PRAGMA foreign_key_list(entry_tags)").fetchall()
    assert [(row[2], row[6]) for row in fks] == [("entries", "CASCADE")]
    conn.execute("DELETE FROM entries WHERE id = ?", (entry.id,))
    assert conn.execute("SELECT count(*) FROM entry_tags").fetchone() == (0,)
    triggers = {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert len(triggers) == 5


def test_no_passphrase_code_or_key_reaches_a_log_or_the_file(
    filled: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    code = locked_on(filled)
    filled.change_passphrase("second passphrase", current=PASS, params=FAST)
    filled.lock()
    filled.unlock(recovery_code=code)
    key = bytes(filled._key or b"")
    assert len(key) == 32
    text = caplog.text + " ".join(str(record.args) for record in caplog.records)
    for secret in (PASS, "second passphrase", code, key.hex()):
        assert secret not in text
    raw = all_bytes(filled.path)
    for secret_bytes in (PASS.encode(), code.encode(), key):
        assert secret_bytes not in raw
    buffer = filled._key
    filled.lock()
    assert filled._key is None and filled._sealer is None
    assert buffer == bytearray(32)  # the buffer we held was overwritten, not just dropped


def test_unlocking_reuses_the_sealed_insights_until_anything_changes(
    filled: Journal, clock: StepClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = clock().date()
    expected = filled.insights(today, streaks=True)
    locked_on(filled)
    assert filled.insights(today, streaks=True) == expected  # computed once, then sealed
    decrypted = spy_decryption(monkeypatch)
    with Journal.open(filled.path, clock=clock) as again:
        again.unlock(PASS)
        assert again.insights(today, streaks=True) == expected
        assert decrypted == []  # one blob, not every entry
    with Journal.open(filled.path, clock=clock) as other:  # a save elsewhere...
        other.unlock(PASS)
        run = other.record_run(summary(clock))
        other.add_entry(5, kind="after_session", run_id=run.id, tags=["grateful"])
    with Journal.open(filled.path, clock=clock) as again:
        again.unlock(PASS)
        changed = again.insights(today, streaks=True)
        assert decrypted == ["every entry"]  # ...makes the snapshot stale
        assert changed.entries == expected.entries + 1
    filled.turn_lock_off(PASS)
    assert filled.insights(today, streaks=True) == changed  # ...and was recomputed right
    assert filled._conn.execute(
        "SELECT count(*) FROM journal_state WHERE key = 'sealed_insights'"
    ).fetchone() == (0,)


def test_insights_after_own_saves_redo_only_what_changed_and_stay_exact(
    filled: Journal, clock: StepClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every kind of save, then insights: equal to a from-scratch computation each time."""
    locked_on(filled)
    today = clock().date()
    filled.insights(today)
    calls: list[str] = []
    real = Journal._decrypted_facts

    def spying(
        self: Journal, conn: sqlite3.Connection, sealer: Sealer, where: str = "1", *p: object
    ) -> object:
        calls.append(where)
        return real(self, conn, sealer, where, *p)

    monkeypatch.setattr(Journal, "_decrypted_facts", spying)

    copies = iter(range(100))

    def scratch() -> object:
        """The same insights the independent way: a backup copy, unlocked for good, read
        from its SQL summary tables (no write to the journal under test)."""
        copy = filled.backup(filled.path.parent / f"copy-{next(copies)}.sqlite3")
        with Journal.open(copy, clock=clock) as other:
            other.turn_lock_off(PASS)
            return other.insights(today, streaks=True)

    entry = filled.add_entry(5, tags=["grateful"], at=clock() - timedelta(days=9))
    steps = [
        lambda: filled.update_entry(entry.id, mood=1, tags=["sad"]),
        lambda: filled.delete_entry(entry.id),
        lambda: filled.restore_entry(entry),
        lambda: filled.record_run(summary(clock), before_entry_id=entry.id),
        lambda: filled.update_entry(entry.id, kind="before_session"),
    ]
    for step in [lambda: None, *steps]:
        calls.clear()
        step()
        mine = filled.insights(today, streaks=True)
        assert calls and "1" not in calls  # only the touched days and runs, never all...
        monkeypatch.setattr(Journal, "_decrypted_facts", real)
        assert mine == scratch()  # ...and still exactly right
        monkeypatch.setattr(Journal, "_decrypted_facts", spying)


def test_lock_steps_out_of_order_say_what_is_wrong(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="no lock being turned on to cancel"):
        journal.cancel_lock()
    with pytest.raises(JournalLocked, match="is locked"):
        journal.complete_lock()  # no key held: nothing to seal with
    with pytest.raises(ValidationError, match="has no lock to open"):
        journal.turn_lock_off(PASS)
    journal.prepare_lock(PASS, params=FAST)
    journal.cancel_lock()
    journal._hold(new_data_key())
    with pytest.raises(ValidationError, match="not being turned on"):
        journal.complete_lock()
    with pytest.raises(ValueError, match="exactly one"):
        journal.turn_lock_off(PASS, recovery_code="ABCD")
