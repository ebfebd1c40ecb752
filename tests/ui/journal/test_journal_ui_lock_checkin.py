"""Check-ins and routines while the journal is locked: sealed, never asking for the passphrase.

These use the core's inbox (``Journal.add_entry`` works while locked, ``pending_count`` says
how many entries wait to be unsealed at the next unlock).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from journal_ui_helpers import PASSPHRASE, JournalApp, lock_journal_file
from PySide6.QtWidgets import QApplication

from tenang.core.engine import FakeClock
from tenang.core.journal import EntryKind
from tenang.core.settings import Settings
from tenang.ui.journal.checkin import Mode
from tenang.ui.journal.lock_dialogs import UnlockDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SEALED_ONE = "Check-ins saved and sealed: 1. They show up in your journal after you unlock it."


@pytest.fixture
def locked(data_dir: Path) -> None:
    lock_journal_file(data_dir / "journal.sqlite3", notes=("before the lock",))


def test_a_check_in_while_locked_is_sealed_without_asking(journal_app: Any, locked: None) -> None:
    app: JournalApp = journal_app()
    dialog = app.controller.open_check_in()
    assert not dialog.sealed_note.isHidden()
    assert dialog.sealed_note.text().startswith("Your journal is locked. This check-in is saved")
    dialog.form.mood.buttons[4].click()
    dialog.form.note.setPlainText("written while locked")
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.error.text()
    assert app.controller.lock.dialog is None  # never asked for the passphrase
    assert app.journal.locked
    assert app.journal.pending_count == 1
    assert not app.controller.bar.sealed.isHidden()
    assert app.controller.bar.sealed.text() == SEALED_ONE
    window = app.controller.show_journal(2)
    page = window.data
    assert not page.lock_pending.isHidden()
    assert page.lock_pending.text().startswith(
        "Check-ins saved and sealed while the journal was locked: 1."
    )
    unlock = app.controller.lock.dialog
    assert isinstance(unlock, UnlockDialog)
    unlock.entry.field.setText(PASSPHRASE)
    unlock.unlock_button.click()
    assert app.journal.pending_count == 0
    assert app.controller.bar.sealed.isHidden()
    assert page.lock_pending.isHidden()
    window.show_tab(0)
    QApplication.processEvents()
    notes = sorted(e.note for e in window.history._entries)
    assert notes == ["before the lock", "written while locked"]


def test_sealed_check_ins_from_an_earlier_run_are_counted(journal_app: Any, locked: None) -> None:
    from tenang.core.journal import Journal

    first: JournalApp = journal_app()
    with Journal.open(first.journal.path) as other:  # another Tenang, or an earlier run
        other.add_entry(3, note="sealed earlier")
    first.controller.verify()
    assert first.controller.bar.sealed.text() == SEALED_ONE


def test_routine_prompts_while_locked_keep_the_link_to_the_run(
    journal_app: Any, qtbot: Any, locked: None
) -> None:
    clock = FakeClock(100.0)
    app: JournalApp = journal_app(settings=Settings(lead_in=False), clock_factory=lambda: clock)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.select_routine("quick")
    item = app.window.current_item()
    assert item is not None
    app.window.request_routine(item)
    before = app.controller.last_dialog
    assert before is not None and before.mode is Mode.BEFORE
    assert not before.sealed_note.isHidden()
    before.form.mood.buttons[2].click()
    with qtbot.waitSignal(app.window.playerStarted):
        before.save_button.click()
    clock.advance(20)
    with qtbot.waitSignal(app.controller.runRecorded) as recorded:
        app.window.player.skip_step()
    run = recorded.args[0]
    assert run is not None
    after = app.controller.last_dialog
    assert after is not None and after.mode is Mode.AFTER
    after.form.mood.buttons[4].click()
    after.save_button.click()
    assert not after.isVisible(), after.error.text()
    assert app.controller.lock.dialog is None
    assert app.journal.pending_count == 2
    app.journal.unlock(PASSPHRASE)
    kinds = {e.kind: e for e in app.journal.list_entries()}
    assert kinds[EntryKind.BEFORE_SESSION].run_id == run.id
    assert kinds[EntryKind.AFTER_SESSION].run_id == run.id
    (helps,) = app.journal.insights().what_helps
    assert helps.pairs == 1


def test_an_open_check_in_survives_the_lock(journal_app: Any, locked: None) -> None:
    app: JournalApp = journal_app()
    app.controller.show_journal(0)
    unlock = app.controller.lock.dialog
    assert isinstance(unlock, UnlockDialog)
    unlock.entry.field.setText(PASSPHRASE)
    unlock.unlock_button.click()
    dialog = app.controller.open_check_in()
    assert dialog.sealed_note.isHidden()
    dialog.form.mood.buttons[3].click()
    dialog.form.note.setPlainText("typed before the idle lock")
    app.controller.lock_now()
    assert dialog.isVisible()  # the user's own typing, not decrypted content: kept
    assert not dialog.sealed_note.isHidden()
    dialog.save_button.click()
    assert not dialog.isVisible(), dialog.error.text()
    assert app.journal.pending_count == 1


def _unlock_from_window(app: JournalApp) -> None:
    app.controller.show_journal(0)
    unlock = app.controller.lock.dialog
    assert isinstance(unlock, UnlockDialog)
    unlock.entry.field.setText(PASSPHRASE)
    unlock.unlock_button.click()
    assert not unlock.isVisible()


def test_a_sealed_check_in_that_does_not_open_is_reported_after_the_unlock(
    journal_app: Any, locked: None
) -> None:
    import sqlite3

    app: JournalApp = journal_app()
    entry = app.journal.add_entry(2, note="sealed")
    with sqlite3.connect(app.journal.path) as raw:  # someone edits the file outside Tenang
        raw.execute(
            "UPDATE inbox SET created_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?", (entry.id,)
        )
    _unlock_from_window(app)
    assert not app.journal.locked  # unlocked all the same
    message = app.controller.last_message
    assert message is not None and message.isVisible()
    assert message.text().startswith("Adding the check-ins saved while locked did not work: ")
    assert f"The check-in {entry.id}" in message.text()
    assert app.journal.pending_count == 1  # kept, unread


def test_check_ins_another_tenang_sealed_are_moved_in_while_unlocked(
    journal_app: Any, locked: None
) -> None:
    from tenang.core.journal import Journal

    app: JournalApp = journal_app()
    _unlock_from_window(app)
    with Journal.open(app.journal.path) as other:  # locked: its check-in goes to the inbox
        other.add_entry(5, note="from the terminal")
    assert app.journal.pending_count == 1
    window = app.controller.show_journal(2)
    QApplication.processEvents()
    assert app.journal.pending_count == 0
    assert window.data.lock_pending.isHidden()
    window.show_tab(0)
    QApplication.processEvents()
    assert "from the terminal" in [e.note for e in window.history._entries]


def test_a_lock_without_an_inbox_key_asks_then_saves(journal_app: Any, locked: None) -> None:
    import sqlite3

    app: JournalApp = journal_app()
    with sqlite3.connect(app.journal.path) as raw:  # as a lock made by an older Tenang
        raw.execute("DELETE FROM journal_state WHERE key IN ('inbox_public', 'inbox_private')")
    dialog = app.controller.open_check_in()
    dialog.form.mood.buttons[5].click()
    dialog.form.note.setPlainText("kept while asking")
    dialog.save_button.click()
    assert dialog.isVisible()  # nothing lost
    assert "until it has been unlocked once by this version of Tenang" in dialog.error.text()
    unlock = app.controller.lock.dialog
    assert isinstance(unlock, UnlockDialog) and unlock.isVisible()
    unlock.entry.field.setText(PASSPHRASE)
    unlock.unlock_button.click()
    assert not dialog.isVisible()
    assert "kept while asking" in [e.note for e in app.journal.list_entries()]
