"""Managing the lock from About your data: on, passphrase, recovery code, off; export warning."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from journal_ui_helpers import PASSPHRASE, JournalApp, add, lock_journal_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tenang.core.journal import WrongPassphrase
from tenang.core.journal.exchange import export_bytes
from tenang.ui.journal.data_page import DataPage, PlainExportWarning
from tenang.ui.journal.lock_dialogs import (
    ChangePassphraseDialog,
    NewRecoveryCodeDialog,
    TurnOffDialog,
    TurnOnDialog,
    UnlockDialog,
    passphrase_problem,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TOO_SHORT = (
    "A passphrase needs at least 8 characters (not counting spaces at the ends). A few words "
    "you will remember are best."
)
DIFFER = "The two passphrases differ. Type the same passphrase in both fields."
NEW = "a brand new passphrase"


def _page(app: JournalApp) -> DataPage:
    window = app.controller.show_journal(2)
    QApplication.processEvents()
    return window.data


def _visible_actions(page: DataPage) -> list[str]:
    return [action for action, button in page.lock_buttons.items() if not button.isHidden()]


def _turn_on(app: JournalApp) -> TurnOnDialog:
    _page(app).lock_buttons["turn_on"].click()
    dialog = app.controller.lock_dialog
    assert isinstance(dialog, TurnOnDialog) and dialog.isVisible()
    return dialog


def _to_code(dialog: TurnOnDialog) -> str:
    dialog.next_button.click()  # past the warning
    dialog.new.first.setText(PASSPHRASE)
    dialog.new.again.setText(PASSPHRASE)
    dialog.next_button.click()
    assert dialog.step() == dialog.CODE
    return dialog.code.code


@pytest.fixture
def locked_app(journal_app: Any, data_dir: Path) -> tuple[JournalApp, str]:
    code = lock_journal_file(data_dir / "journal.sqlite3", notes=("by the river",))
    return journal_app(), code


def test_turning_the_lock_on_step_by_step(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 4, note="my words", tags=["walk"])
    add(app.journal, 2, note="other words")
    page = _page(app)
    assert _visible_actions(page) == ["turn_on"]
    assert page.lock_status.text().startswith("The lock is off")
    dialog = _turn_on(app)
    # 1. The warning, before anything else.
    assert dialog.heading.text() == "Before you turn the lock on"
    assert "nobody can read your entries again" in dialog.warning_text.text()
    assert "Still readable without the passphrase" in dialog.details.text()
    assert dialog.next_button.text() == "I understand, &continue"
    dialog.next_button.click()
    # 2. The passphrase, twice, with the rule.
    assert dialog.step() == dialog.PASSPHRASE
    assert "At least 8 characters" in dialog.new.rule.text()
    assert not dialog.next_button.isEnabled()
    dialog.new.first.setText("short")
    dialog.new.again.setText("short")
    dialog.next_button.click()
    assert dialog.error.text() == TOO_SHORT
    assert dialog.step() == dialog.PASSPHRASE
    dialog.new.first.setText(PASSPHRASE)
    dialog.new.again.setText(PASSPHRASE + "!")
    dialog.next_button.click()
    assert dialog.error.text() == DIFFER
    assert dialog.new.again.text() == ""  # typed again
    assert app.journal.lock_state == "off"  # nothing written yet
    dialog.new.again.setText(PASSPHRASE)
    dialog.next_button.click()
    # 3. The code, once, and Finish only after "I have saved it".
    assert dialog.step() == dialog.CODE
    assert app.journal.lock_state == "pending"
    code = dialog.code.code
    assert len(code) == 39 and code.count("-") == 7
    assert dialog.code.code_label.text().replace("\n", "-") == code
    assert dialog.code.code_label.font().fixedPitch() or dialog.code.code_label.font().bold()
    assert not dialog.next_button.isEnabled()
    dialog.code.copy_button.click()
    assert QApplication.clipboard().text() == code
    dialog.code.saved.setChecked(True)
    assert dialog.next_button.text() == "&Finish"
    dialog.next_button.click()
    # 4. Done: every entry sealed, the key held, the idle timer running.
    assert dialog.step() == dialog.DONE
    assert dialog.done_text.text().startswith("The lock is on: 2 entries are encrypted.")
    assert dialog.code.code == ""  # not kept on screen
    assert app.journal.lock_state == "on" and not app.journal.locked
    assert app.idle_timer.isActive()
    assert app.controller.lock_action.isEnabled()
    assert page.lock_state == "unlocked"
    assert _visible_actions(page) == ["lock_now", "change", "new_code", "turn_off"]
    assert "locks again after 5 minutes without use" in page.lock_status.text()
    dialog.next_button.click()
    assert not dialog.isVisible()
    # The code works.
    page.lock_buttons["lock_now"].click()
    assert app.journal.locked
    assert _visible_actions(page) == ["unlock", "change", "new_code", "turn_off"]
    app.journal.unlock(recovery_code=code)
    assert {e.note for e in app.journal.list_entries()} == {"my words", "other words"}


@pytest.mark.parametrize("how", ["cancel", "escape"])
def test_leaving_before_finish_changes_nothing(journal_app: Any, qtbot: Any, how: str) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 3, note="stays clear")
    dialog = _turn_on(app)
    _to_code(dialog)
    assert app.journal.lock_state == "pending"
    if how == "cancel":
        dialog.cancel_button.click()
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert app.journal.lock_state == "off"
    assert [e.note for e in app.journal.list_entries()] == ["stays clear"]
    assert app.controller.lock.turning_on is False
    assert _page(app).lock_state == "off"
    assert app.controller.lock.dialog is None  # no stray unlock prompt either


def test_escape_on_the_warning_writes_nothing(journal_app: Any, qtbot: Any) -> None:
    app: JournalApp = journal_app()
    dialog = _turn_on(app)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert app.journal.lock_state == "off"


def test_cancel_while_the_new_keys_are_derived_changes_and_keeps_nothing(
    journal_app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tenang.ui.journal import lock_dialogs
    from tenang.ui.journal.lock_guard import WorkerRunner

    made: list[Any] = []
    real = lock_dialogs.make_lock

    def spied(*args: Any) -> Any:
        made.append(real(*args))
        return made[-1]

    monkeypatch.setattr(lock_dialogs, "make_lock", spied)
    runner = WorkerRunner()
    app: JournalApp = journal_app(runner=runner)
    dialog = _turn_on(app)
    dialog.next_button.click()
    dialog.new.first.setText(PASSPHRASE)
    dialog.new.again.setText(PASSPHRASE)
    with qtbot.waitSignal(runner.delivered, timeout=10_000):
        dialog.next_button.click()
        assert dialog.busy and dialog.cancel_button.isEnabled()
        dialog.cancel_button.click()
        assert not dialog.isVisible()
    (new,) = made
    assert len(new.key) == 32 and not any(new.key)  # made, never stored, wiped
    assert app.journal.lock_state == "off"
    assert app.controller.lock.turning_on is False


def test_change_passphrase(locked_app: tuple[JournalApp, str]) -> None:
    app, _ = locked_app
    page = _page(app)
    app.controller.lock.dialog.reject()  # leave it locked: changing needs no unlock
    assert page.lock_state == "locked"
    page.lock_buttons["change"].click()
    dialog = app.controller.lock_dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    assert dialog.current.label.text() == "C&urrent passphrase:"
    assert not dialog.change_button.isEnabled()
    dialog.current.field.setText("wrong passphrase")
    dialog.new.first.setText(NEW)
    dialog.new.again.setText(NEW)
    dialog.change_button.click()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("That passphrase does not open the journal.")
    assert dialog.current.field.selectedText() == "wrong passphrase"
    dialog.current.field.setText(PASSPHRASE)
    dialog.new.again.setText("different")
    dialog.change_button.click()
    assert dialog.error.text() == DIFFER
    dialog.new.again.setText(NEW)
    dialog.change_button.click()
    assert not dialog.isVisible()
    assert app.controller.last_message is not None
    assert app.controller.last_message.text().startswith("The passphrase was changed.")
    with pytest.raises(WrongPassphrase):
        app.journal.unlock(PASSPHRASE)
    app.journal.unlock(NEW)


def test_a_lost_passphrase_is_replaced_with_the_recovery_code(
    locked_app: tuple[JournalApp, str],
) -> None:
    app, code = locked_app
    app.controller.lock_action_requested("change")
    dialog = app.controller.lock_dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    dialog.current.use_code.setChecked(True)
    dialog.current.field.setText(code)
    dialog.new.first.setText(NEW)
    dialog.new.again.setText(NEW)
    dialog.change_button.click()
    assert not dialog.isVisible()
    app.journal.unlock(NEW)


def test_a_new_recovery_code(locked_app: tuple[JournalApp, str], qtbot: Any) -> None:
    app, old_code = locked_app
    app.controller.lock_action_requested("new_code")
    dialog = app.controller.lock_dialog
    assert isinstance(dialog, NewRecoveryCodeDialog)
    assert "stops working at once" in dialog.intro.text()
    assert dialog.entry.use_code.isHidden()  # only the passphrase can make a new code
    dialog.entry.field.setText("nope nope nope")
    dialog.next_button.click()
    assert dialog.error.text().startswith("That passphrase does not open the journal.")
    dialog.entry.field.setText(PASSPHRASE)
    dialog.next_button.click()
    assert dialog.step() == dialog.CODE
    new_code = dialog.code.code
    assert new_code and new_code != old_code
    assert dialog.cancel_button.isHidden()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the only copy: not without confirming
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "The old code no longer works. Save this one, tick the box, then Finish."
    )
    assert not dialog.next_button.isEnabled()
    dialog.code.saved.setChecked(True)
    dialog.next_button.click()
    assert not dialog.isVisible()
    with pytest.raises(WrongPassphrase):
        app.journal.unlock(recovery_code=old_code)
    app.journal.unlock(recovery_code=new_code)


def test_turning_the_lock_off(locked_app: tuple[JournalApp, str]) -> None:
    app, _ = locked_app
    app.controller.lock_action_requested("turn_off")
    dialog = app.controller.lock_dialog
    assert isinstance(dialog, TurnOffDialog)
    assert "stored unencrypted again" in dialog.intro.text()
    assert dialog.cancel_button.text() == "Keep the lock"
    dialog.entry.field.setText("wrong passphrase")
    dialog.off_button.click()
    assert dialog.error.text().startswith("That passphrase does not open the journal.")
    assert app.journal.lock_state == "on"
    dialog.entry.field.setText(PASSPHRASE)
    dialog.off_button.click()
    assert not dialog.isVisible()
    assert app.journal.lock_state == "off"
    assert app.controller.last_message is not None
    assert app.controller.last_message.text() == (
        "The lock is off: 1 entries were decrypted. Your journal is stored unencrypted again."
    )
    assert [e.note for e in app.journal.list_entries()] == ["by the river"]
    assert _page(app).lock_state == "off"
    assert app.controller.lock.dialog is None


def test_a_failure_is_a_sentence_not_a_traceback(
    locked_app: tuple[JournalApp, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tenang.core.journal import JournalWriteError

    app, _ = locked_app

    keys: list[bytearray] = []

    def full(_request: Any, key: bytearray) -> int:
        keys.append(key)
        raise JournalWriteError("Could not turn the lock off in /j: the disk is full.")

    monkeypatch.setattr(app.journal, "turn_lock_off_with_key", full)
    app.controller.lock_action_requested("turn_off")
    dialog = app.controller.lock_dialog
    assert isinstance(dialog, TurnOffDialog)
    dialog.entry.field.setText(PASSPHRASE)
    dialog.off_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "That did not work, and nothing was changed: Could not turn the lock off in /j: the "
        "disk is full."
    )
    assert not dialog.busy and dialog.off_button.isEnabled()
    (key,) = keys
    assert len(key) == 32 and not any(key)  # the dialog wiped what the failed step left


@pytest.mark.parametrize(
    ("new", "again", "expected"),
    [
        ("", "", TOO_SHORT),
        ("       x        ", "       x        ", TOO_SHORT),
        ("seven77", "seven77", TOO_SHORT),
        ("eight888", "eight889", DIFFER),
        ("eight888", "eight888", None),
    ],
)
def test_passphrase_rules(new: str, again: str, expected: str | None, ui_reset: Any) -> None:
    assert passphrase_problem(new, again) == expected


# -- exports with the lock on ---------------------------------------------------------------


def test_a_plain_export_of_a_locked_journal_warns_first(
    locked_app: tuple[JournalApp, str], tmp_path: Path
) -> None:
    app, _ = locked_app
    page = _page(app)
    unlock = app.controller.lock.dialog
    assert isinstance(unlock, UnlockDialog)
    unlock.reject()
    page.export_json.click()
    warning = app.controller.export_warning
    assert isinstance(warning, PlainExportWarning) and warning.isVisible()
    assert warning.informativeText().startswith(
        "Your journal is locked, but an export is an ordinary unencrypted file"
    )
    assert warning.defaultButton() is warning.cancel_button
    warning.cancel_button.click()
    assert app.files.asked == []  # no file dialog, nothing read
    assert app.controller.lock.dialog is None
    page.export_csv.click()
    warning = app.controller.export_warning
    target = tmp_path / "plain.csv"
    app.files.answers.append(target)
    warning.export_button.click()
    unlock = app.controller.lock.dialog  # locked: the passphrase next
    assert isinstance(unlock, UnlockDialog)
    unlock.entry.field.setText(PASSPHRASE)
    unlock.unlock_button.click()
    assert "by the river" in target.read_text(encoding="utf-8")
    assert str(target) in app.controller.last_message.text()


def test_an_unlocked_journal_still_warns_before_exporting(
    locked_app: tuple[JournalApp, str], tmp_path: Path
) -> None:
    app, _ = locked_app
    app.journal.unlock(PASSPHRASE)
    target = tmp_path / "plain.json"
    app.files.answers.append(target)
    assert app.controller.export("json") is None  # waits for the answer
    assert not target.exists()
    warning = app.controller.export_warning
    assert warning is not None
    warning.export_button.click()
    assert app.controller.lock.dialog is None
    assert json.loads(target.read_bytes())["entries"][0]["note"] == "by the river"


def test_without_the_lock_there_is_no_warning(journal_app: Any, tmp_path: Path) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 3, note="open")
    target = tmp_path / "out.md"
    app.files.answers.append(target)
    assert app.controller.export("md") == target
    assert app.controller.export_warning is None


def test_importing_into_a_locked_journal_asks_first(
    locked_app: tuple[JournalApp, str], tmp_path: Path
) -> None:
    app, _ = locked_app
    source = tmp_path / "in.json"
    app.journal.unlock(PASSPHRASE)
    source.write_bytes(export_bytes(app.journal, "json", allow_plain=True))
    app.journal.lock()
    app.files.answers.append(source)
    app.controller.import_file("tenang")
    unlock = app.controller.lock.dialog
    assert isinstance(unlock, UnlockDialog)
    assert app.files.asked == []  # the import waits for the key
    unlock.entry.field.setText(PASSPHRASE)
    unlock.unlock_button.click()
    assert app.files.asked[-1][0] == "Import a Tenang export"
    assert app.controller.last_message.text().startswith("0 imported, 1 already present")


# -- what the page says ---------------------------------------------------------------------


def test_the_page_says_what_the_lock_protects_and_what_not(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    text = _page(app).lock_about.text()
    for protected in ("mood, energy, tags and note", "your own tags", "sealed too"):
        assert protected in text
    for clear in ("when each entry was written", "before or after a routine", "how many entries"):
        assert clear in text
    assert "never written to disk" in text
    assert "nobody can read your entries again" in text
    assert "Exports are ordinary unencrypted files" in text


def _tab_order(first: Any, count: int) -> list[Any]:
    order, widget = [first], first
    while len(order) < count:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(first.window()):
            order.append(widget)
    return order


def test_tab_goes_from_the_fields_to_the_buttons(locked_app: tuple[JournalApp, str]) -> None:
    app, _ = locked_app
    dialog = app.controller.lock_action_requested("change")
    assert isinstance(dialog, ChangePassphraseDialog)
    assert _tab_order(dialog.current.field, 6) == [
        dialog.current.field,
        dialog.current.use_code,
        dialog.new.first,
        dialog.new.again,
        dialog.cancel_button,
        dialog.change_button,
    ]
    dialog.reject()
    app.controller.show_journal(0)
    unlock = app.controller.lock.dialog
    assert isinstance(unlock, UnlockDialog)
    assert unlock.focusWidget() is unlock.entry.field
    assert _tab_order(unlock.entry.field, 4) == [
        unlock.entry.field,
        unlock.entry.use_code,
        unlock.cancel_button,
        unlock.unlock_button,
    ]


def test_enter_moves_through_turning_the_lock_on(journal_app: Any, qtbot: Any) -> None:
    app: JournalApp = journal_app()
    dialog = _turn_on(app)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # "I understand, continue" is the default
    assert dialog.step() == dialog.PASSPHRASE
    dialog.new.first.setText(PASSPHRASE)
    dialog.new.again.setText(PASSPHRASE)
    qtbot.keyClick(dialog.new.again, Qt.Key.Key_Return)
    assert dialog.step() == dialog.CODE
    qtbot.keyClick(dialog.code.code_label, Qt.Key.Key_Return)  # not before the tick
    assert dialog.step() == dialog.CODE and app.journal.lock_state == "pending"
    dialog.code.saved.setChecked(True)
    qtbot.keyClick(dialog.code.saved, Qt.Key.Key_Return)
    assert dialog.step() == dialog.DONE and app.journal.lock_state == "on"


def test_the_progress_line_says_what_is_happening(journal_app: Any, ui_reset: Any) -> None:
    app: JournalApp = journal_app()
    dialog = _turn_on(app)
    dialog.show_progress("seal", 500, 1200)
    assert dialog.busy_label.text() == "Encrypting your entries: 500 of 1,200"
    assert (dialog.progress.value(), dialog.progress.maximum()) == (500, 1200)
    dialog.show_progress("drain", 1, 3)
    assert dialog.busy_label.text() == "Adding the check-ins saved while locked: 1 of 3"
    dialog.show_progress("scrub", 0, 1)
    assert dialog.busy_label.text() == "Removing the unencrypted copies from the file…"
    assert dialog.progress.maximum() == 0  # no count to show: a busy bar
    dialog.reject()


def test_a_scrub_left_for_later_is_said(journal_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 3)
    real = app.journal.complete_lock

    def kept_open(**kwargs: Any) -> bool:
        real(**kwargs)
        return False  # as when another Tenang holds the write-ahead log open

    monkeypatch.setattr(app.journal, "complete_lock", kept_open)
    dialog = _turn_on(app)
    _to_code(dialog)
    dialog.code.saved.setChecked(True)
    dialog.next_button.click()
    assert dialog.done_text.text().endswith(
        "Another Tenang has the journal open, so old unencrypted pages may stay in the file "
        "until it closes. They are removed at the next start."
    )


def test_a_cancel_that_cannot_undo_says_so(
    journal_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tenang.core.journal import JournalWriteError

    app: JournalApp = journal_app()

    def read_only() -> None:
        raise JournalWriteError("Could not cancel the lock: the journal is open read-only.")

    dialog = _turn_on(app)
    _to_code(dialog)
    monkeypatch.setattr(app.journal, "cancel_lock", read_only)
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    message = app.controller.last_message
    assert message is not None
    assert message.text() == (
        "Cancelling the lock did not work: Could not cancel the lock: the journal is open "
        "read-only."
    )
    page = _page(app)
    assert page.lock_state == "pending"  # the page offers to finish or cancel it again
    page.lock_buttons["cancel"].click()
    assert app.controller.last_message.text().startswith("Cancelling the lock did not work")


def test_a_move_in_that_fails_while_unlocked_is_said_once(
    locked_app: tuple[JournalApp, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tenang.core.journal import Journal, JournalWriteError

    app, _ = locked_app
    app.journal.add_entry(4, note="sealed")  # waits in the inbox
    page = _page(app)
    unlock = app.controller.lock.dialog
    assert isinstance(unlock, UnlockDialog)
    unlock.entry.field.setText(PASSPHRASE)
    unlock.unlock_button.click()
    with Journal.open(app.journal.path) as other:
        other.add_entry(2, note="from elsewhere")

    def full() -> int:
        raise JournalWriteError("Could not save the check-ins made while locked: disk full.")

    monkeypatch.setattr(app.journal, "drain_inbox", full)
    app.controller.changed.emit()
    QApplication.processEvents()
    message = app.controller.last_message
    assert message is not None
    assert message.text() == (
        "Adding the check-ins saved while locked did not work: Could not save the check-ins "
        "made while locked: disk full."
    )
    first = message
    app.controller.changed.emit()
    assert app.controller.last_message is first  # not again at every refresh
    assert not page.lock_pending.isHidden()
