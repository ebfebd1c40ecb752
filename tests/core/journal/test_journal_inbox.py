"""Check-ins made while the journal is locked: saved at once in the sealed inbox, and moved
into the journal by the next unlock (docs/journal.md, "Check-ins while locked")."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journal_fixtures import FAST_KDF, StepClock, all_bytes, run_summary, spy_decryption

import tenang.core.journal as journal_package
from tenang.core.journal import (
    EntryKind,
    Journal,
    JournalLocked,
    JournalTampered,
    PlainExportRefused,
    ValidationError,
    WrongPassphrase,
    crypto,
)
from tenang.core.journal.crypto import (
    InboxOpener,
    SealBroken,
    decode_inbox_content,
    encode_inbox_content,
    new_inbox_keys,
    seal_to_inbox,
)

PASS = "correct horse battery"
NOTE = "inbox-note-5172 written on the train"
OWN_TAG = "Night-Shift-8841"
BUILTIN = "overwhelmed"  # a built-in tag key that appears nowhere else in the file
SECRETS = (NOTE, OWN_TAG, OWN_TAG.casefold(), BUILTIN)


@pytest.fixture
def locked(journal: Journal, clock: StepClock) -> Iterator[Journal]:
    """A journal with one entry, the lock turned on, and the key forgotten again."""
    journal.add_entry(4, tags=["calm"], note="before the lock")
    journal.prepare_lock(PASS, params=FAST_KDF)
    journal.complete_lock()
    journal.lock()
    clock.advance(hours=1)
    yield journal


def peek(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Read or change the file behind the journal's back, as someone with the file could."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def generation(journal: Journal) -> object:
    return peek(journal.path, "SELECT value FROM journal_state WHERE key = 'generation'")[0][0]


# -- saving while locked ----------------------------------------------------------------


def test_a_check_in_while_locked_is_saved_at_once_sealed(
    locked: Journal, clock: StepClock, tmp_path: Path
) -> None:
    written = clock() - timedelta(minutes=5)
    entry = locked.add_entry(2, energy=3, tags=[OWN_TAG, BUILTIN, "Tenang"], note=NOTE, at=written)
    assert entry.tags == ("calm", "night-shift-8841", "overwhelmed")  # "Tenang" is calm's label
    assert entry.created_at == written.astimezone(UTC)
    assert entry.updated_at == clock().astimezone(UTC)
    assert locked.locked and locked.pending_count == 1
    # Committed: another connection (another Tenang) sees it, without a key.
    with Journal.open(locked.path, clock=clock) as other:
        assert other.locked and other.pending_count == 1
    # Nothing of the content is in the file, its WAL or a backup; times and kind are.
    backup = locked.backup(tmp_path / "backup.sqlite3")
    raw = all_bytes(locked.path) + backup.read_bytes()
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    (row,) = peek(locked.path, "SELECT * FROM inbox")
    assert row[:6] == (
        entry.id,
        "2026-03-10T02:25:00.000000Z",
        420,
        "2026-03-10T02:30:00.000000Z",
        "check_in",
        None,
    )
    assert isinstance(row[6], bytes) and row[6][0] == crypto.INBOX_VERSION
    # The unlock moves it into the journal, identical to what add_entry returned.
    locked.unlock(PASS)
    assert locked.pending_count == 0
    assert locked.get_entry(entry.id) == entry
    assert ("night-shift-8841", "Night-Shift-8841", written.astimezone(UTC)) in (
        locked.custom_tags()
    )
    assert peek(locked.path, "SELECT count(*) FROM entries WHERE sealed IS NULL") == [(0,)]
    for secret in SECRETS:
        assert secret.encode() not in all_bytes(locked.path), secret


def test_check_ins_while_locked_keep_their_times_and_order(
    locked: Journal, clock: StepClock
) -> None:
    made = []
    for mood in (1, 5, 3):
        made.append(locked.add_entry(mood, note=f"number {mood}"))
        clock.advance(minutes=30)
    locked.unlock(PASS)
    newest = locked.list_entries(limit=3)
    assert newest == made[::-1]


def test_reading_or_changing_a_waiting_check_in_needs_the_key(locked: Journal) -> None:
    entry = locked.add_entry(3, note=NOTE)
    for action in (
        lambda: locked.get_entry(entry.id),
        lambda: locked.update_entry(entry.id, mood=4),
        lambda: locked.delete_entry(entry.id),
    ):
        with pytest.raises(JournalLocked, match="is locked: enter your passphrase"):
            action()
    assert locked.pending_count == 1
    assert locked.get_entry("no-such-entry") is None


def test_a_before_check_in_while_locked_is_linked_to_its_run(
    locked: Journal, clock: StepClock
) -> None:
    """The GUI's flow (ui/journal/controller.py before_routine, _run_ended) while locked."""
    before = locked.add_entry(2, kind=EntryKind.BEFORE_SESSION)
    clock.advance(minutes=5)
    run = locked.record_run(run_summary(clock), before_entry_id=before.id)
    after = locked.add_entry(4, kind=EntryKind.AFTER_SESSION, run_id=run.id)
    assert peek(locked.path, "SELECT id, run_id FROM inbox ORDER BY created_at") == [
        (before.id, run.id),
        (after.id, run.id),
    ]
    with pytest.raises(ValidationError, match="there is no entry nope"):
        locked.record_run(run_summary(clock), before_entry_id="nope")
    locked.unlock(PASS)
    assert locked.get_entry(before.id) == replace(before, run_id=run.id)
    assert locked.get_entry(after.id) == after
    (helps,) = locked.insights(clock().date()).what_helps
    assert (helps.routine_id, helps.pairs) == ("box-breathing", 1)  # the pair counts


# -- unlocking, the other secrets, turning the lock off ---------------------------------


def test_the_recovery_code_and_a_changed_passphrase_open_the_inbox_too(
    journal: Journal, clock: StepClock
) -> None:
    code = journal.prepare_lock(PASS, params=FAST_KDF)
    journal.complete_lock()
    journal.lock()
    first = journal.add_entry(3, note="first")
    clock.advance(minutes=1)
    journal.change_passphrase("a second passphrase", current=PASS, params=FAST_KDF)
    second = journal.add_entry(4, note="second")
    new_code = journal.replace_recovery_code("a second passphrase", params=FAST_KDF)
    with pytest.raises(WrongPassphrase):
        journal.unlock(recovery_code=code)
    assert journal.pending_count == 2  # a wrong secret moved nothing
    journal.unlock(recovery_code=new_code)
    assert journal.pending_count == 0
    assert [e.note for e in journal.list_entries(newest_first=False)] == ["first", "second"]
    assert journal.get_entry(first.id) == first and journal.get_entry(second.id) == second


def test_turning_the_lock_off_drains_the_inbox_first(locked: Journal) -> None:
    entry = locked.add_entry(1, tags=[OWN_TAG], note=NOTE)
    assert locked.turn_lock_off(PASS) == 2
    assert locked.lock_state == "off" and locked.pending_count == 0
    assert locked.get_entry(entry.id) == entry
    assert peek(locked.path, "SELECT note FROM entries WHERE id = ?", entry.id) == [(NOTE,)]
    assert ("night-shift-8841", "Night-Shift-8841") in [
        (k, label) for k, label, _ in locked.custom_tags()
    ]
    assert peek(locked.path, "SELECT count(*) FROM journal_state WHERE key LIKE 'inbox%'") == [(0,)]
    # With the lock off, check-ins are ordinary clear entries again.
    assert locked.get_entry(locked.add_entry(2).id) is not None
    assert locked.pending_count == 0


def test_delete_all_empties_the_inbox(locked: Journal) -> None:
    locked.add_entry(1, note=NOTE)
    locked.delete_all()
    assert locked.pending_count == 0 and locked.count_entries() == 0
    assert NOTE.encode() not in all_bytes(locked.path)
    assert locked.lock_state == "on"
    locked.add_entry(2, note="after deleting")  # the lock and its inbox still work
    locked.unlock(PASS)
    assert [e.note for e in locked.list_entries()] == ["after deleting"]


def test_backup_and_restore_carry_the_inbox(locked: Journal, tmp_path: Path) -> None:
    kept = locked.add_entry(3, note="in the backup")
    backup = locked.backup(tmp_path / "backup.sqlite3")
    locked.add_entry(4, note="after the backup")
    locked.restore_from(backup)
    assert locked.pending_count == 1
    locked.unlock(PASS)
    assert locked.get_entry(kept.id) == kept
    assert [e.note for e in locked.list_entries()] == ["in the backup", "before the lock"]


def test_unlocking_with_an_empty_inbox_writes_nothing(locked: Journal) -> None:
    """An unlock that writes would make the sealed insights snapshot stale every time."""
    before = generation(locked)
    locked.unlock(PASS)
    assert generation(locked) == before


# -- two Tenangs at once ------------------------------------------------------------------


def test_whichever_tenang_unlocks_first_drains_once(locked: Journal, clock: StepClock) -> None:
    entry = locked.add_entry(3, note=NOTE)
    with Journal.open(locked.path, clock=clock) as other:
        other.unlock(PASS)
        assert other.get_entry(entry.id) == entry
        assert locked.pending_count == 0
        locked.unlock(PASS)  # finds nothing left to move
        assert other.drain_inbox() == 0
    assert [e.id for e in locked.list_entries()].count(entry.id) == 1
    assert locked.count_entries() == 2


def test_an_unlocked_tenang_takes_in_what_a_locked_one_saved(
    locked: Journal, clock: StepClock
) -> None:
    locked.unlock(PASS)
    with Journal.open(locked.path, clock=clock) as other:  # never unlocked
        first = other.add_entry(2, note="from the other one")
        assert locked.pending_count == 1
        assert locked.get_entry(first.id) == first  # read from the inbox with the key
        assert locked.drain_inbox() == 1
        assert locked.drain_inbox() == 0
        second = other.add_entry(5, note="and another")
    locked.add_entry(3)  # a save of its own moves it in first, in the same transaction
    assert locked.pending_count == 0
    assert locked.get_entry(second.id) == second
    locked.update_entry(second.id, note="edited")  # an ordinary entry now


# -- tampering ----------------------------------------------------------------------------


def test_swapped_inbox_rows_are_named_and_kept(locked: Journal, clock: StepClock) -> None:
    made = []
    for mood in (1, 2, 3):
        made.append(locked.add_entry(mood, note=f"{NOTE} {mood}"))
        clock.advance(minutes=1)
    a, b, c = made
    blob_a, blob_b = (
        peek(locked.path, "SELECT sealed FROM inbox WHERE id = ?", e.id)[0][0] for e in (a, b)
    )
    peek(locked.path, "UPDATE inbox SET sealed = ? WHERE id = ?", blob_b, a.id)
    peek(locked.path, "UPDATE inbox SET sealed = ? WHERE id = ?", blob_a, b.id)
    with pytest.raises(JournalTampered) as caught:
        locked.unlock(PASS)
    message = str(caught.value)
    assert caught.value.entry_id == a.id  # the oldest bad one is named
    assert f"The check-in {a.id} (and 1 more) saved while" in message
    assert "cannot be decrypted" in message and "Every other check-in was saved." in message
    # The unlock itself worked, the good one moved in, the two bad ones are kept, unread.
    assert not locked.locked
    assert locked.get_entry(c.id) == c
    assert locked.pending_count == 2
    with pytest.raises(JournalTampered, match=f"check-in {b.id} saved"):
        locked.get_entry(b.id)
    with pytest.raises(JournalTampered, match="The lock stays on; nothing was changed"):
        locked.turn_lock_off(PASS)
    assert locked.lock_state == "on" and locked.pending_count == 2
    locked.add_entry(4)  # ordinary saves still work around them
    assert locked.pending_count == 2
    locked.delete_all()  # the way out (or restoring a backup)
    assert locked.pending_count == 0


def test_a_changed_time_or_kind_in_the_inbox_is_tampering(locked: Journal) -> None:
    early = locked.add_entry(3)
    late = locked.add_entry(3)
    peek(
        locked.path,
        "UPDATE inbox SET created_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?",
        early.id,
    )
    peek(locked.path, "UPDATE inbox SET kind = 'after_session' WHERE id = ?", late.id)
    with pytest.raises(JournalTampered, match=f"check-in {early.id} \\(and 1 more\\)"):
        locked.unlock(PASS)
    assert locked.pending_count == 2


def test_a_public_key_swapped_in_the_file(locked: Journal, clock: StepClock) -> None:
    """Someone with the file puts their own public key in: a Tenang that verified the real
    key refuses it; one that never unlocked cannot tell (the documented limit), and the next
    unlock restores the real key and reports what was sealed to the other one."""
    theirs, _ = new_inbox_keys()
    peek(locked.path, "UPDATE journal_state SET value = ? WHERE key = 'inbox_public'", theirs)
    with pytest.raises(JournalLocked, match="changed by another Tenang"):
        locked.add_entry(3)
    with Journal.open(locked.path, clock=clock) as fresh:
        caught = fresh.add_entry(3, note=NOTE)
        with pytest.raises(JournalTampered, match=f"check-in {caught.id} saved"):
            fresh.unlock(PASS)
        assert fresh.pending_count == 1
    (public,) = peek(locked.path, "SELECT value FROM journal_state WHERE key = 'inbox_public'")
    assert public[0] != theirs
    locked.add_entry(3)  # the real key is back: the pinned object writes again


@pytest.mark.parametrize("public", [b"short", bytes(32)], ids=["cut short", "low order"])
def test_an_unusable_public_key_asks_for_the_passphrase_and_unlocking_repairs_it(
    locked: Journal, clock: StepClock, public: bytes
) -> None:
    peek(locked.path, "UPDATE journal_state SET value = ? WHERE key = 'inbox_public'", public)
    with Journal.open(locked.path, clock=clock) as fresh:
        with pytest.raises(JournalLocked, match=r"is damaged .* unlocking repairs the key"):
            fresh.add_entry(3, note=NOTE)
        assert fresh.pending_count == 0
        fresh.unlock(PASS)
        fresh.lock()
        fresh.add_entry(3, note=NOTE)
        assert fresh.pending_count == 1


def test_a_damaged_inbox_private_key_is_reported_and_nothing_is_dropped(
    locked: Journal,
) -> None:
    waiting = locked.add_entry(3, note=NOTE)
    peek(locked.path, "UPDATE journal_state SET value = x'00' WHERE key = 'inbox_private'")
    with pytest.raises(JournalTampered, match=r"The inbox key in .* cannot be decrypted") as caught:
        locked.unlock(PASS)
    assert caught.value.entry_id == "inbox key"
    assert not locked.locked and locked.pending_count == 1  # unlocked; the check-in is kept
    locked.add_entry(4)  # saves still work
    with pytest.raises(JournalTampered, match="inbox key"):
        locked.get_entry(waiting.id)
    with pytest.raises(JournalTampered, match="inbox key"):
        locked.turn_lock_off(PASS)
    assert locked.lock_state == "on" and locked.pending_count == 1


def test_a_journal_locked_before_the_inbox_existed_gets_its_keys_at_unlock(
    locked: Journal, clock: StepClock
) -> None:
    peek(locked.path, "DELETE FROM journal_state WHERE key LIKE 'inbox%'")
    with Journal.open(locked.path, clock=clock) as old:
        with pytest.raises(JournalLocked, match="unlocked once by this version"):
            old.add_entry(3)
        assert old.pending_count == 0
        old.unlock(PASS)
        old.lock()
        saved = old.add_entry(3, note="now it works")
        old.unlock(PASS)
        assert old.get_entry(saved.id) == saved


def test_garbled_inbox_rows_give_journal_tampered_never_a_crash(locked: Journal) -> None:
    locked.unlock(PASS)
    locked.lock()
    real = locked.add_entry(3, note=NOTE)
    (blob,) = peek(locked.path, "SELECT sealed FROM inbox")[0]
    assert isinstance(blob, bytes)
    peek(locked.path, "DELETE FROM inbox")
    locked.unlock(PASS)
    row = (real.id, "2026-03-10T02:30:00.000000Z", 420, "2026-03-10T02:30:00.000000Z", "check_in")

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.binary(max_size=200)
        | st.builds(lambda n: blob[:n], st.integers(0, len(blob) - 1))
        | st.builds(
            lambda i, bit: blob[:i] + bytes((blob[i] ^ (1 << bit),)) + blob[i + 1 :],
            st.integers(0, len(blob) - 1),
            st.integers(0, 7),
        )
    )
    def check(garbled: bytes) -> None:
        peek(locked.path, f"INSERT INTO inbox VALUES ({', '.join('?' * 7)})", *row, None, garbled)
        try:
            with pytest.raises(JournalTampered) as caught:
                locked.drain_inbox()
            assert caught.value.entry_id == real.id
            assert locked.pending_count == 1  # kept, not dropped
        finally:
            peek(locked.path, "DELETE FROM inbox")

    check()
    peek(locked.path, f"INSERT INTO inbox VALUES ({', '.join('?' * 7)})", *row, None, blob)
    assert locked.drain_inbox() == 1  # the untouched blob opens (the test can fail)


# -- the sealing itself -------------------------------------------------------------------

CONTENTS = st.tuples(
    st.integers(1, 5),
    st.none() | st.integers(1, 5),
    st.lists(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=12))
    .map(lambda tags: tuple(t for t in tags if t.strip() and not set(t) & set("|#")))
    .filter(lambda tags: len(tags) < 6),
    st.text(max_size=200),
)


@settings(max_examples=40, deadline=None)
@given(content=CONTENTS)
def test_inbox_seal_round_trips_and_binds_id_fields_and_key(
    content: tuple[int, int | None, tuple[str, ...], str],
) -> None:
    public, private = new_inbox_keys()
    opener = InboxOpener(bytes(private))
    assert opener.public_key == public
    bound = ["2026-03-10T01:30:00.000000Z", "420", "2026-03-10T01:30:00.000000Z", "check_in"]
    blob = seal_to_inbox(public, "entry-a", bound, content)
    assert opener.open("entry-a", bound, blob) == content
    assert seal_to_inbox(public, "entry-a", bound, content) != blob  # fresh ephemeral key
    other = InboxOpener(bytes(new_inbox_keys()[1]))
    for attempt in (
        lambda: opener.open("entry-b", bound, blob),
        lambda: opener.open("entry-a", [*bound[:3], "after_session"], blob),
        lambda: other.open("entry-a", bound, blob),
    ):
        with pytest.raises(SealBroken):
            attempt()


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=12,
)


@settings(max_examples=100, deadline=None)
@given(
    st.binary(max_size=120)
    | JSONISH.map(lambda value: json.dumps(value).encode())
    | st.fixed_dictionaries(
        {"mood": JSONISH, "energy": JSONISH, "tags": JSONISH, "note": JSONISH}
    ).map(lambda value: json.dumps(value).encode())
)
def test_any_content_a_forger_could_seal_is_checked(plain: bytes) -> None:
    """The public key is no secret: whatever plaintext was sealed, decoding gives a valid
    check-in or SealBroken, never another exception."""
    try:
        mood, energy, tags, note = decode_inbox_content(plain, "entry-a")
    except SealBroken:
        return
    assert mood in range(1, 6) and (energy is None or energy in range(1, 6))
    assert all(isinstance(tag, str) and tag.strip() for tag in tags)
    assert isinstance(note, str)


def test_decoding_refuses_what_a_check_in_cannot_hold() -> None:
    good = {"mood": 3, "energy": None, "tags": ["walk"], "note": "fine"}
    assert decode_inbox_content(json.dumps(good).encode(), "e") == (3, None, ("walk",), "fine")
    for bad in (
        {**good, "mood": True},
        {**good, "mood": 6},
        {**good, "energy": 3.0},
        {**good, "tags": "walk"},
        {**good, "tags": ["a|b"]},
        {**good, "note": None},
        {**good, "extra": 1},
    ):
        with pytest.raises(SealBroken, match=r"^e$"):
            decode_inbox_content(json.dumps(bad).encode(), "e")
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(SealBroken):
        decode_inbox_content(deep, "e")
    assert (
        encode_inbox_content((3, None, ("walk",), "fine"))
        == json.dumps(good, separators=(",", ":")).encode()
    )


# -- insights, logs, the package ----------------------------------------------------------


def test_insights_after_a_drain_redo_only_the_drained_days_and_stay_exact(
    locked: Journal, clock: StepClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = clock().date()
    locked.unlock(PASS)
    locked.insights(today)  # stores the sealed snapshot
    locked.lock()
    locked.add_entry(1, tags=["sad"], at=clock() - timedelta(days=3))
    before = locked.add_entry(2, kind=EntryKind.BEFORE_SESSION)
    run = locked.record_run(run_summary(clock), before_entry_id=before.id)
    locked.record_run(run_summary(clock))
    locked.add_entry(5, tags=[OWN_TAG], kind=EntryKind.AFTER_SESSION, run_id=run.id)
    calls = spy_decryption(monkeypatch)
    with Journal.open(locked.path, clock=clock) as again:
        again.unlock(PASS)
        mine = again.insights(today, streaks=True)
    assert calls and "every entry" not in calls
    monkeypatch.undo()
    copy = locked.backup(locked.path.parent / "copy.sqlite3")
    with Journal.open(copy, clock=clock) as scratch:
        scratch.turn_lock_off(PASS)
        assert mine == scratch.insights(today, streaks=True)
    assert mine.entries == 4 and [h.pairs for h in mine.what_helps] == [1]


def test_no_content_of_a_locked_check_in_reaches_a_log(
    locked: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    locked.add_entry(1, tags=[OWN_TAG], note=NOTE)
    locked.unlock(PASS)
    text = caplog.text + " ".join(str(record.args) for record in caplog.records)
    for secret in (*SECRETS, "awful", PASS):
        assert secret not in text


def test_the_lock_errors_are_exported_by_the_package() -> None:
    for error in (JournalLocked, JournalTampered, PlainExportRefused, WrongPassphrase):
        assert getattr(journal_package, error.__name__) is getattr(crypto, error.__name__)
        assert error.__name__ in journal_package.__all__
