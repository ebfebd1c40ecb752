"""The lock's operations in steps: a cheap read, the pure Argon2id part, then the writes.

The app derives keys on a worker thread so its window keeps painting; these tests pin what
makes that safe: the middle step touches no connection, a wrap changed by another Tenang in
between is refused with nothing changed, and every key buffer is zero once a step is over,
whichever way it ended.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from journal_fixtures import FAST_KDF, StepClock

from tenang.core.journal import Journal, ValidationError
from tenang.core.journal import store as store_module
from tenang.core.journal.crypto import JournalLocked, LockChanged, WrongPassphrase
from tenang.core.journal.store import NewLock, UnlockRequest, make_lock

PASS = "correct horse battery"
NEW = "a brand new passphrase"


def zeroed(buffer: bytearray) -> bool:
    return len(buffer) == 32 and not any(buffer)


@pytest.fixture
def locked(journal: Journal) -> str:
    """The journal with one entry, the lock on and no key held; returns the recovery code."""
    journal.add_entry(4, note="by the river", tags=["walk"])
    code = journal.prepare_lock(PASS, params=FAST_KDF)
    journal.complete_lock()
    journal.lock()
    return code


def other(journal: Journal) -> Journal:
    """A second connection to the same file: another Tenang, or the terminal."""
    return Journal.open(journal.path)


def test_unlocking_in_three_steps_is_an_unlock(journal: Journal, locked: str) -> None:
    request = journal.unlock_request(PASS)
    assert journal.locked  # reading the wrap holds nothing
    key = request.derive()
    assert journal.locked
    journal.adopt_key(request, key)
    assert not journal.locked
    assert zeroed(key)  # the journal keeps its own copy
    assert [e.note for e in journal.list_entries()] == ["by the river"]


def test_the_derivation_needs_no_connection_and_runs_on_any_thread(
    journal_path: Path, clock: StepClock
) -> None:
    with Journal.open(journal_path, clock=clock) as journal:
        journal.add_entry(3, note="x")
        journal.prepare_lock(PASS, params=FAST_KDF)
        journal.complete_lock()
        journal.lock()
        request = journal.unlock_request(PASS)
        expected = journal._conn  # to close it under the request's feet
    expected.close()  # a derivation that touched the journal would fail now
    keys: list[bytearray] = []
    worker = threading.Thread(target=lambda: keys.append(request.derive()))
    worker.start()
    worker.join()
    (key,) = keys
    with Journal.open(journal_path, clock=clock) as journal:
        journal.adopt_key(request, key)
        assert [e.note for e in journal.list_entries()] == ["x"]


def test_a_wrong_passphrase_fails_in_the_pure_step(journal: Journal, locked: str) -> None:
    request = journal.unlock_request("not the passphrase")
    with pytest.raises(WrongPassphrase, match="That passphrase does not open the journal"):
        request.derive()
    code_request = journal.unlock_request(recovery_code="AAAA-AAAA")
    with pytest.raises(WrongPassphrase, match="That recovery code does not open"):
        code_request.derive()
    assert journal.locked


def test_the_secret_is_not_in_a_request_s_repr(journal: Journal, locked: str) -> None:
    request = journal.unlock_request(PASS)
    assert PASS not in repr(request)
    rewrap = request.new_recovery_code(FAST_KDF)
    assert rewrap.recovery_code is not None
    assert rewrap.recovery_code not in repr(rewrap)
    assert PASS not in repr(rewrap)
    rewrap.discard()
    assert zeroed(rewrap.key)


def test_a_request_without_a_lock_says_so(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="has no lock to open"):
        journal.unlock_request(PASS)
    with pytest.raises(ValueError, match="exactly one"):
        journal.unlock_request(PASS, recovery_code="x")


def test_a_passphrase_changed_elsewhere_meanwhile_is_refused(journal: Journal, locked: str) -> None:
    request = journal.unlock_request(PASS)
    key = request.derive()
    with other(journal) as elsewhere:
        elsewhere.change_passphrase(NEW, current=PASS, params=FAST_KDF)
    with pytest.raises(LockChanged, match="changed by another Tenang while the passphrase"):
        journal.adopt_key(request, key)
    assert isinstance(LockChanged("x"), JournalLocked)  # callers that know only JournalLocked
    assert zeroed(key)
    assert journal.locked
    retry = journal.unlock_request(NEW)  # asking again works
    journal.adopt_key(retry, retry.derive())
    assert not journal.locked


def test_a_lock_turned_off_elsewhere_meanwhile_is_refused(journal: Journal, locked: str) -> None:
    request = journal.unlock_request(PASS)
    key = request.derive()
    with other(journal) as elsewhere:
        elsewhere.turn_lock_off(PASS)
    with pytest.raises(LockChanged):
        journal.adopt_key(request, key)
    assert zeroed(key)
    assert journal.lock_state == "off"
    assert [e.note for e in journal.list_entries()] == ["by the river"]


def test_a_request_for_another_journal_is_refused(
    journal: Journal, locked: str, tmp_path: Path
) -> None:
    with Journal.open(tmp_path / "other" / "journal.sqlite3") as second:
        second.prepare_lock(PASS, params=FAST_KDF)
        second.complete_lock()
        request = second.unlock_request(PASS)
    key = request.derive()
    with pytest.raises(ValueError, match="that request was made for"):
        journal.adopt_key(request, key)
    assert zeroed(key)
    assert journal.locked


def test_adopting_finishes_an_interrupted_turn_on(journal: Journal) -> None:
    journal.add_entry(2, note="still clear")
    journal.prepare_lock(PASS, params=FAST_KDF)
    journal.lock()  # and then the process died
    stages: list[str] = []
    request = journal.unlock_request(PASS)
    journal.adopt_key(request, request.derive(), progress=lambda stage, *_: stages.append(stage))
    assert journal.lock_state == "on"
    assert "seal" in stages
    assert [e.note for e in journal.list_entries()] == ["still clear"]


# -- turning the lock on ------------------------------------------------------------------


def test_turning_on_in_steps(journal: Journal) -> None:
    journal.add_entry(5, note="mine")
    new = make_lock(PASS, FAST_KDF)
    assert journal.lock_state == "off"  # the pure step wrote nothing
    assert {w.slot for w in new.wraps} == {"passphrase", "recovery"}
    code = journal.store_lock(new)
    assert code == new.recovery_code
    assert zeroed(new.key)
    assert journal.lock_state == "pending"
    journal.complete_lock()
    journal.lock()
    request = journal.unlock_request(recovery_code=code)
    journal.adopt_key(request, request.derive())
    assert [e.note for e in journal.list_entries()] == ["mine"]


def test_a_short_passphrase_is_refused_before_any_key_is_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[object] = []
    monkeypatch.setattr(store_module, "new_data_key", lambda: made.append(1))
    with pytest.raises(ValidationError, match="at least 8 characters"):
        make_lock("short")
    assert made == []


def test_a_failed_wrap_wipes_the_new_key(monkeypatch: pytest.MonkeyPatch) -> None:
    keys: list[bytearray] = []
    real_key = store_module.new_data_key

    def remembered() -> bytearray:
        keys.append(real_key())
        return keys[-1]

    calls: list[str] = []
    real_wrap = store_module.wrap_key

    def second_fails(*args: object, **kwargs: object) -> object:
        calls.append("wrap")
        if len(calls) == 2:
            raise MemoryError("Argon2id could not allocate")
        return real_wrap(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_module, "new_data_key", remembered)
    monkeypatch.setattr(store_module, "wrap_key", second_fails)
    with pytest.raises(MemoryError):
        make_lock(PASS, FAST_KDF)
    assert zeroed(keys[0])


def test_storing_over_an_existing_lock_wipes_the_new_key(journal: Journal, locked: str) -> None:
    new = make_lock(NEW, FAST_KDF)
    with pytest.raises(ValidationError, match="already on"):
        journal.store_lock(new)
    assert zeroed(new.key)
    assert journal.locked  # no key taken from the refused lock
    with pytest.raises(WrongPassphrase):
        journal.unlock(NEW)


def test_a_discarded_new_lock_is_wiped() -> None:
    new = make_lock(PASS, FAST_KDF)
    assert any(new.key)
    new.discard()
    assert zeroed(new.key)
    assert isinstance(new, NewLock)


# -- changing the passphrase and the code ---------------------------------------------------


def test_changing_the_passphrase_in_steps(journal: Journal, locked: str) -> None:
    request = journal.unlock_request(recovery_code=locked)
    rewrap = request.new_passphrase(NEW, FAST_KDF)
    with pytest.raises(WrongPassphrase):  # nothing stored yet
        journal.unlock(NEW)
    journal.store_rewrap(rewrap)
    assert zeroed(rewrap.key)
    journal.unlock(NEW)
    assert not journal.locked


def test_a_new_passphrase_is_checked_before_deriving(journal: Journal, locked: str) -> None:
    request = journal.unlock_request("a wrong passphrase")
    with pytest.raises(ValidationError, match="at least 8 characters"):
        request.new_passphrase("short", FAST_KDF)  # the rule first: no Argon2id spent
    with pytest.raises(WrongPassphrase):
        request.new_passphrase(NEW, FAST_KDF)


def test_a_new_code_for_a_key_replaced_elsewhere_is_refused(journal: Journal, locked: str) -> None:
    """A recovery wrap of an old key would open nothing: refused, and the code kept."""
    rewrap = journal.unlock_request(PASS).new_recovery_code(FAST_KDF)
    with other(journal) as elsewhere:  # off and on again: a new data key, same passphrase
        elsewhere.turn_lock_off(PASS)
        elsewhere.prepare_lock(PASS, params=FAST_KDF)
        elsewhere.complete_lock()
        new_code_elsewhere = elsewhere.replace_recovery_code(PASS, params=FAST_KDF)
    with pytest.raises(LockChanged):
        journal.store_rewrap(rewrap)
    assert zeroed(rewrap.key)
    journal.unlock(recovery_code=new_code_elsewhere)  # what the other Tenang stored stands


def test_a_rewrap_with_a_stale_key_is_refused_even_if_the_slot_is_unchanged(
    journal: Journal, locked: str
) -> None:
    rewrap = journal.unlock_request(PASS).new_passphrase(NEW, FAST_KDF)
    assert isinstance(rewrap.request, UnlockRequest)
    with other(journal) as elsewhere:  # as if the data key had been replaced
        elsewhere._conn.execute(
            "UPDATE journal_state SET value = ? WHERE key = 'key_id'", (b"0" * 16,)
        )
        elsewhere._conn.commit()
    with pytest.raises(LockChanged):
        journal.store_rewrap(rewrap)
    assert zeroed(rewrap.key)
    with pytest.raises(WrongPassphrase):  # the new passphrase was not stored
        journal.unlock_request(NEW).derive()


# -- turning the lock off -------------------------------------------------------------------


def test_turning_off_in_steps(journal: Journal, locked: str) -> None:
    request = journal.unlock_request(PASS)
    key = request.derive()
    assert journal.turn_lock_off_with_key(request, key) == 1
    assert zeroed(key)
    assert journal.lock_state == "off"


def test_turning_off_with_a_wrap_changed_meanwhile_changes_nothing(
    journal: Journal, locked: str
) -> None:
    request = journal.unlock_request(PASS)
    key = request.derive()
    with other(journal) as elsewhere:
        elsewhere.change_passphrase(NEW, current=PASS, params=FAST_KDF)
    with pytest.raises(LockChanged):
        journal.turn_lock_off_with_key(request, key)
    assert zeroed(key)
    assert journal.lock_state == "on" and journal.locked
