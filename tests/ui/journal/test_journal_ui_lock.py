"""The journal lock in the app: the unlock prompt, idle re-lock, Lock now, hidden to the tray.

The lock runs synchronously in these tests (``SyncRunner``), the idle timer is a
``FakeSingleShot`` and the clock a ``FakeClock``, so nothing waits on real time. Two tests
run the app's own ``WorkerRunner`` (a real thread, cheap Argon2id) and wait for its signal.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from journal_ui_helpers import PASSPHRASE, JournalApp, lock_journal_file
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from tenang.core.journal import Journal
from tenang.core.journal.store import UnlockRequest
from tenang.ui.journal.checkin import Mode
from tenang.ui.journal.lock_dialogs import SyncRunner, UnlockDialog
from tenang.ui.journal.lock_guard import INPUT_EVENTS, WorkerRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

WRONG_PASSPHRASE = (
    "That passphrase does not open the journal. Check Caps Lock and the keyboard layout and "
    "try again. Nothing was changed."
)


@pytest.fixture
def locked_app(journal_app: Any, data_dir: Path) -> tuple[JournalApp, str]:
    """An app over a journal whose lock is on (one entry, "by the river"); and the code."""
    code = lock_journal_file(data_dir / "journal.sqlite3", notes=("by the river",))
    return journal_app(), code


def _prompt(app: JournalApp) -> UnlockDialog:
    dialog = app.controller.lock.dialog
    assert isinstance(dialog, UnlockDialog)
    assert dialog.isVisible()
    return dialog


def _unlock(app: JournalApp, secret: str = PASSPHRASE) -> None:
    dialog = _prompt(app)
    dialog.entry.field.setText(secret)
    dialog.unlock_button.click()
    assert not dialog.isVisible()


def _open_unlocked(app: JournalApp, tab: int = 0) -> Any:
    window = app.controller.show_journal(tab)
    _unlock(app)
    QApplication.processEvents()
    return window


def test_no_prompt_at_start_up(locked_app: tuple[JournalApp, str]) -> None:
    app, _ = locked_app
    app.controller.verify()  # what runs once the window is idle
    app.window.refresh_nudge()  # reads the journal's days: locked, so nothing, and no prompt
    assert app.controller.lock.dialog is None
    assert app.journal.locked
    assert not app.controller.lock_action.isEnabled()


def test_opening_the_journal_asks_then_shows_the_entries(
    locked_app: tuple[JournalApp, str],
) -> None:
    app, _ = locked_app
    window = app.controller.show_journal(0)
    dialog = _prompt(app)
    assert dialog.parent() is window
    assert window.stacks[0].currentIndex() == 1  # the locked panel, behind the prompt
    assert window.history.shown_ids() == []
    assert dialog.entry.field.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.unlock_button.isEnabled()  # nothing typed yet
    assert dialog.heading.text() == "Your journal is locked"
    _unlock(app)
    assert not app.journal.locked
    assert window.stacks[0].currentIndex() == 0
    (entry,) = window.history._entries
    assert entry.note == "by the river"
    assert app.controller.lock_action.isEnabled()
    app.controller.show_journal(1)  # unlocked: no second prompt
    assert app.controller.lock.dialog is None
    assert app.controller.journal_window is not None
    assert app.controller.journal_window.insights.insights is not None


def test_a_wrong_passphrase_says_so_and_keeps_the_field_selected(
    locked_app: tuple[JournalApp, str],
) -> None:
    app, _ = locked_app
    app.controller.show_journal(0)
    dialog = _prompt(app)
    dialog.entry.field.setText("not the passphrase")
    dialog.unlock_button.click()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == WRONG_PASSPHRASE
    assert dialog.entry.field.selectedText() == "not the passphrase"
    assert dialog.focusWidget() is dialog.entry.field
    assert dialog.entry.field.accessibleDescription() == WRONG_PASSPHRASE
    assert app.journal.locked  # nothing changed
    assert app.controller.journal_window.stacks[0].currentIndex() == 1
    dialog.entry.field.setText(PASSPHRASE)
    dialog.unlock_button.click()
    assert not dialog.isVisible()
    assert not app.journal.locked


def test_the_recovery_code_opens_it_too(locked_app: tuple[JournalApp, str]) -> None:
    app, code = locked_app
    app.controller.show_journal(0)
    dialog = _prompt(app)
    dialog.entry.use_code.setChecked(True)
    assert dialog.entry.label.text() == "Recovery &code:"
    assert dialog.entry.field.echoMode() == QLineEdit.EchoMode.Normal
    dialog.entry.field.setText("abcd-efgh")
    dialog.unlock_button.click()
    assert dialog.error.text() == (
        "That recovery code does not open the journal. Check it against what you saved and "
        "try again. Nothing was changed."
    )
    dialog.entry.field.setText(code.lower().replace("-", " "))  # typed loosely
    dialog.unlock_button.click()
    assert not dialog.isVisible()
    assert not app.journal.locked


def test_enter_unlocks_and_escape_cancels(locked_app: tuple[JournalApp, str], qtbot: Any) -> None:
    app, _ = locked_app
    window = app.controller.show_journal(0)
    dialog = _prompt(app)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert app.journal.locked
    assert app.controller.lock.dialog is None
    panel = window.locked_panels[0]
    assert window.stacks[0].currentWidget() is panel
    panel.unlock.click()  # the panel asks again
    dialog = _prompt(app)
    dialog.entry.field.setText(PASSPHRASE)
    qtbot.keyClick(dialog.entry.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert not app.journal.locked
    assert window.stacks[0].currentIndex() == 0


class RecordingRunner(SyncRunner):
    """Notes what the dialog showed at the moment the slow work started."""

    def __init__(self, dialog_of: Any) -> None:
        self.dialog_of = dialog_of
        self.seen: list[tuple[bool, bool, bool, str]] = []

    def run(self, job: Any, done: Any) -> None:
        dialog = self.dialog_of()
        self.seen.append(
            (
                dialog.busy,
                dialog.unlock_button.isEnabled(),
                dialog.entry.isEnabled(),
                dialog.busy_label.text(),
            )
        )
        super().run(job, done)


def test_the_busy_state_shows_before_the_work_starts(journal_app: Any, data_dir: Path) -> None:
    lock_journal_file(data_dir / "journal.sqlite3", notes=("x",))
    holder: list[JournalApp] = []
    runner = RecordingRunner(lambda: holder[0].controller.lock.dialog)
    app = journal_app(runner=runner)
    holder.append(app)
    app.controller.show_journal(0)
    dialog = _prompt(app)
    dialog.entry.field.setText(PASSPHRASE)
    dialog.unlock_button.click()
    assert runner.seen == [(True, False, False, "Unlocking… This takes a moment.")]
    assert not dialog.busy
    assert not app.journal.locked


def _spy_derive(monkeypatch: pytest.MonkeyPatch) -> list[tuple[threading.Thread, bytearray]]:
    """Record where each key derivation ran and the buffer it returned."""
    seen: list[tuple[threading.Thread, bytearray]] = []
    real = UnlockRequest.derive

    def derive(self: UnlockRequest) -> bytearray:
        key = real(self)
        seen.append((threading.current_thread(), key))
        return key

    monkeypatch.setattr(UnlockRequest, "derive", derive)
    return seen


def _threaded_prompt(
    journal_app: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[JournalApp, WorkerRunner, UnlockDialog, list[tuple[threading.Thread, bytearray]]]:
    """A locked journal, the app's own runner, the prompt with the passphrase typed."""
    lock_journal_file(data_dir / "journal.sqlite3", notes=("x",))
    seen = _spy_derive(monkeypatch)
    runner = WorkerRunner()
    app = journal_app(runner=runner)
    app.controller.show_journal(0)
    dialog = _prompt(app)
    dialog.entry.field.setText(PASSPHRASE)
    return app, runner, dialog, seen


def test_the_app_runner_derives_on_a_worker_and_the_window_answers(
    journal_app: Any, data_dir: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, runner, dialog, seen = _threaded_prompt(journal_app, data_dir, monkeypatch)
    with qtbot.waitSignal(runner.delivered, timeout=10_000):
        dialog.unlock_button.click()
        # The result comes back through the event loop, which has not run yet: busy.
        assert dialog.busy and app.journal.locked
        assert dialog.busy_label.text() == "Unlocking… This takes a moment."
        assert not dialog.unlock_button.isEnabled() and not dialog.entry.isEnabled()
        assert dialog.cursor().shape() == Qt.CursorShape.WaitCursor
        assert QApplication.overrideCursor() is None  # the rest of the app is not busy
        assert dialog.cancel_button.isEnabled()
    ((thread, key),) = seen
    assert thread is not threading.main_thread()
    assert not dialog.isVisible()
    assert not app.journal.locked  # adopted here: sqlite3 would refuse another thread
    assert not any(key)  # the journal keeps its own copy
    assert QApplication.overrideCursor() is None
    assert not runner.busy()


def test_cancel_while_the_key_is_derived_discards_and_wipes_it(
    journal_app: Any, data_dir: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, runner, dialog, seen = _threaded_prompt(journal_app, data_dir, monkeypatch)
    window = app.controller.journal_window
    with qtbot.waitSignal(runner.delivered, timeout=10_000):
        dialog.unlock_button.click()
        assert dialog.busy
        dialog.cancel_button.click()
        assert not dialog.isVisible()  # at once, not after the derivation
        assert app.controller.lock.dialog is None
        assert dialog.cursor().shape() != Qt.CursorShape.WaitCursor
    ((_thread, key),) = seen
    assert len(key) == 32 and not any(key)  # the right key arrived, unused, and was wiped
    assert app.journal.locked
    assert window.stacks[0].currentIndex() == 1  # still the locked panel


def test_an_interrupted_turn_on_is_finished_by_the_unlock(journal_app: Any, data_dir: Path) -> None:
    from journal_ui_helpers import SMALL_KDF

    with Journal.open(data_dir / "journal.sqlite3") as journal:
        journal.add_entry(3, note="still clear")
        journal.prepare_lock(PASSPHRASE, params=SMALL_KDF)  # and then the process died
    app: JournalApp = journal_app()
    assert app.journal.lock_state == "pending"
    app.controller.show_journal(0)
    dialog = _prompt(app)
    assert dialog.pending
    assert dialog.heading.text() == "Finish turning the lock on"
    assert dialog.cancel_button.text() == "Not now"
    dialog.entry.field.setText(PASSPHRASE)
    dialog.unlock_button.click()
    assert app.journal.lock_state == "on"
    assert not app.journal.locked
    assert [e.note for e in app.journal.list_entries()] == ["still clear"]
    assert app.controller.journal_window.data.lock_state == "unlocked"


def test_not_now_leaves_an_interrupted_turn_on_to_the_data_page(
    journal_app: Any, data_dir: Path
) -> None:
    from journal_ui_helpers import SMALL_KDF

    with Journal.open(data_dir / "journal.sqlite3") as journal:
        journal.add_entry(3, note="still clear")
        journal.prepare_lock(PASSPHRASE, params=SMALL_KDF)
    app: JournalApp = journal_app()
    window = app.controller.show_journal(0)
    _prompt(app).cancel_button.click()
    QApplication.processEvents()
    assert [e.note for e in window.history._entries] == ["still clear"]  # readable: not sealed
    app.controller.show_journal(2)
    assert app.controller.lock.dialog is None  # asked once per run
    page = window.data
    assert page.lock_state == "pending"
    assert page.lock_status.text().startswith("Turning the lock on was interrupted")
    assert [a for a, b in page.lock_buttons.items() if not b.isHidden()] == ["finish", "cancel"]
    page.lock_buttons["cancel"].click()
    assert app.journal.lock_state == "off"
    assert page.lock_state == "off"


def test_idle_time_locks_and_every_view_drops_what_it_showed(
    locked_app: tuple[JournalApp, str], qtbot: Any
) -> None:
    app, _ = locked_app
    window = _open_unlocked(app, 0)
    timer = app.idle_timer
    assert timer.isActive() and timer.interval == 5 * 60_000  # the default: 5 minutes
    assert app.controller.lock.idle.active
    entry = window.history._entries[0]
    edit = app.controller.edit_entry(entry)
    assert edit is not None and edit.isVisible() and edit.mode is Mode.EDIT
    app.clock.advance(200)
    qtbot.keyClick(edit.form.note, Qt.Key.Key_A)  # the user is there
    app.clock.advance(100)
    timer.fire()  # 5 minutes since the unlock, but only 100 s since the key press
    assert not app.journal.locked
    assert timer.isActive() and timer.interval == 200_000
    app.clock.advance(200)
    timer.fire()
    assert app.journal.locked
    assert not app.controller.lock.idle.active  # no event filter while locked
    assert not edit.isVisible()  # it showed a decrypted entry
    assert window.history._entries == [] and window.history.shown_ids() == []
    assert window.insights.insights is None
    assert window.stacks[0].currentIndex() == 1 and window.stacks[1].currentIndex() == 1
    assert not app.controller.lock_action.isEnabled()
    assert window.data.lock_state == "locked"


def test_the_idle_time_follows_the_setting(locked_app: tuple[JournalApp, str]) -> None:
    app, _ = locked_app
    _open_unlocked(app)
    app.clock.advance(30)
    app.window.apply_settings(replace(app.window.settings, journal_lock_minutes=1))
    assert app.idle_timer.interval == 30_000  # one minute from the last input
    app.clock.advance(30)
    app.idle_timer.fire()
    assert app.journal.locked
    status = app.controller.journal_window.data.lock_status.text()
    assert status == "The lock is on, and the journal is locked: your entries are encrypted."


def test_only_input_events_count_as_the_user_being_there() -> None:
    from PySide6.QtCore import QEvent

    assert QEvent.Type.KeyPress in INPUT_EVENTS
    assert QEvent.Type.MouseMove in INPUT_EVENTS
    assert QEvent.Type.Paint not in INPUT_EVENTS
    assert QEvent.Type.Timer not in INPUT_EVENTS


def test_lock_now_has_its_own_shortcut(locked_app: tuple[JournalApp, str], qtbot: Any) -> None:
    app, _ = locked_app
    window = _open_unlocked(app, 1)
    action = app.controller.lock_action
    assert action.text() == "&Lock now"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+L")
    assert action in app.controller.menu.actions()
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.activateWindow()
    QApplication.processEvents()
    qtbot.keyClick(
        app.window.search,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert app.journal.locked
    assert window.insights.insights is None
    assert not action.isEnabled()


def test_no_two_journal_or_window_actions_share_a_shortcut(journal_app: Any) -> None:
    from PySide6.QtGui import QAction

    app: JournalApp = journal_app()
    keys = [
        sequence.toString()
        for action in app.window.findChildren(QAction)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    ]
    assert "Ctrl+Shift+L" in keys
    assert len(keys) == len(set(keys)), sorted(keys)


def test_hiding_the_window_to_the_tray_locks(
    locked_app: tuple[JournalApp, str], qtbot: Any
) -> None:
    app, _ = locked_app
    _open_unlocked(app, 0)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.hide()  # what close-to-tray does
    assert app.journal.locked
    assert app.controller.journal_window.stacks[0].currentIndex() == 1


def test_the_lock_action_does_nothing_without_a_lock(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    app.journal.add_entry(3, note="clear")
    window = app.controller.show_journal(0)
    assert app.controller.lock.dialog is None  # no lock: no prompt
    assert not app.controller.lock_action.isEnabled()
    app.controller.lock_now()
    assert [e.note for e in window.history._entries] == ["clear"]
    assert window.data.lock_state == "off"
    assert [a for a, b in window.data.lock_buttons.items() if not b.isHidden()] == ["turn_on"]
    assert app.timers[0].history == []  # no idle timer was ever armed


def test_restoring_a_locked_backup_locks_the_views(
    journal_app: Any, data_dir: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "locked-backup.sqlite3"
    lock_journal_file(backup, notes=("from the backup",))
    app: JournalApp = journal_app()
    app.journal.add_entry(2, note="current")
    window = app.controller.show_journal(0)
    assert [e.note for e in window.history._entries] == ["current"]
    app.files.answers.append(backup)
    app.controller.restore()
    assert app.journal.locked
    assert window.history._entries == []
    assert window.stacks[0].currentIndex() == 1
    assert window.data.lock_state == "locked"


def test_the_lock_dialogs_follow_a_language_switch(
    locked_app: tuple[JournalApp, str], ui_reset: Any
) -> None:
    app, _ = locked_app
    app.controller.show_journal(0)
    dialog = _prompt(app)
    dialog.heading.setText("stale")
    dialog.entry.label.setText("stale")
    ui_reset.apply("id")
    ui_reset.apply("en")
    assert dialog.heading.text() == "Your journal is locked"
    assert dialog.entry.label.text() == "&Passphrase:"
    assert dialog.cancel_button.text() == "Cancel"


class ChangedMeanwhile(SyncRunner):
    """Another Tenang changes the passphrase while the first derivation runs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.runs = 0

    def run(self, job: Any, done: Any) -> None:
        self.runs += 1
        if self.runs == 1:
            from journal_ui_helpers import SMALL_KDF

            with Journal.open(self.path) as other:
                other.change_passphrase("changed elsewhere", current=PASSPHRASE, params=SMALL_KDF)
        super().run(job, done)


def test_a_lock_changed_during_the_unlock_asks_again(journal_app: Any, data_dir: Path) -> None:
    path = data_dir / "journal.sqlite3"
    lock_journal_file(path, notes=("x",))
    app = journal_app(runner=ChangedMeanwhile(path))
    app.controller.show_journal(0)
    dialog = _prompt(app)
    dialog.entry.field.setText(PASSPHRASE)
    dialog.unlock_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Another Tenang changed the lock while this was being checked, so nothing was "
        "changed. Enter the passphrase again."
    )
    assert dialog.entry.field.selectedText() == PASSPHRASE
    assert app.journal.locked
    dialog.entry.field.setText("changed elsewhere")
    dialog.unlock_button.click()
    assert not dialog.isVisible()
    assert not app.journal.locked
