"""The quick check-in: saving, keyboard mood choice, own tags, a failed save keeps the text."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from journal_ui_helpers import JournalApp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tenang.core.journal import EntryKind, JournalWriteError
from tenang.ui.journal.checkin import CheckInDialog, Mode

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _fill(dialog: CheckInDialog, *, mood: int, note: str = "", tags: tuple[str, ...] = ()) -> None:
    dialog.form.mood.buttons[mood].click()
    dialog.form.note.setPlainText(note)
    for tag in tags:
        dialog.form.tags.new_tag.setText(tag)
        dialog.form.tags.add_button.click()


def test_check_in_saves_an_entry(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    dialog = app.controller.open_check_in()
    assert dialog.mode is Mode.CHECK_IN
    assert not dialog.save_button.isEnabled()  # a mood is the one thing needed
    _fill(dialog, mood=4, note="Walked by the river", tags=("Tenang", "choir practice"))
    dialog.form.energy.setCurrentIndex(dialog.form.energy.findData(2))
    dialog.save_button.click()
    assert not dialog.isVisible()
    (entry,) = app.journal.list_entries()
    assert int(entry.mood) == 4
    assert entry.energy == 2
    assert entry.note == "Walked by the river"
    assert entry.tags == ("calm", "choir practice")  # "Tenang" is the built-in calm
    assert entry.kind is EntryKind.CHECK_IN
    assert any(tag.key == "choir practice" for tag in app.journal.tags())


def test_ctrl_j_opens_the_check_in(journal_app: Any, qtbot: Any) -> None:
    app: JournalApp = journal_app()
    assert app.controller.check_in_action.shortcut().toString() == "Ctrl+J"
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.activateWindow()
    QApplication.processEvents()
    app.window.search.setFocus()
    qtbot.keyClick(app.window.search, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    dialog = app.controller.last_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.mode is Mode.CHECK_IN


def test_the_button_on_the_library_page_opens_it(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    app.controller.bar.check_in.click()
    assert app.controller.last_dialog is not None and app.controller.last_dialog.isVisible()


def test_keys_choose_the_mood(journal_app: Any, qtbot: Any) -> None:
    app: JournalApp = journal_app()
    dialog = app.controller.open_check_in()
    picker = dialog.form.mood
    qtbot.keyClick(picker.buttons[3], Qt.Key.Key_2)
    assert picker.value() == 2
    qtbot.keyClick(picker.buttons[2], Qt.Key.Key_Right)
    assert picker.value() == 3
    qtbot.keyClick(picker.buttons[3], Qt.Key.Key_Left)
    qtbot.keyClick(picker.buttons[2], Qt.Key.Key_Left)
    qtbot.keyClick(picker.buttons[1], Qt.Key.Key_Left)  # stays at the end
    assert picker.value() == 1
    assert dialog.save_button.isEnabled()
    assert picker.buttons[1].accessibleName() == "Mood: awful"


def test_a_bad_tag_is_explained_and_not_added(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    dialog = app.controller.open_check_in()
    count = dialog.form.tags.list.count()
    dialog.form.tags.new_tag.setText("a|b")
    dialog.form.tags.add_button.click()
    assert dialog.form.tags.list.count() == count
    assert not dialog.form.tags.problem.isHidden()
    assert "without | or #" in dialog.form.tags.problem.text()


def test_a_write_failure_keeps_what_was_typed(
    journal_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app: JournalApp = journal_app()

    def full_disk(*args: Any, **kwargs: Any) -> Any:
        raise JournalWriteError("Could not save the entry in /x/journal.sqlite3: the disk is full")

    monkeypatch.setattr(app.journal, "add_entry", full_disk)
    dialog = app.controller.open_check_in()
    _fill(dialog, mood=2, note="A long note I do not want to type again", tags=("Sad",))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.form.note.toPlainText() == "A long note I do not want to type again"
    assert dialog.form.mood.value() == 2
    assert dialog.form.tags.checked() == ("sad",)
    assert not dialog.error.isHidden()
    assert "What you typed is still here" in dialog.error.text()
    assert "the disk is full" in dialog.error.text()
    monkeypatch.undo()  # the disk has room again: the same form saves
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert [e.note for e in app.journal.list_entries()] == [
        "A long note I do not want to type again"
    ]


def test_a_read_only_journal_keeps_the_text_too(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    app.journal.read_only = True  # as after damage found while running
    dialog = app.controller.open_check_in()
    _fill(dialog, mood=3, note="kept")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "read-only" in dialog.error.text()
    assert dialog.form.note.toPlainText() == "kept"


def test_edit_changes_the_entry_and_keeps_its_time(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    entry = app.journal.add_entry(2, note="first", tags=["work"])
    dialog = app.controller.edit_entry(entry)
    assert dialog.form.mood.value() == 2
    assert dialog.form.note.toPlainText() == "first"
    assert dialog.form.tags.checked() == ("work",)
    dialog.form.mood.buttons[5].click()
    dialog.form.note.setPlainText("better")
    dialog.save_button.click()
    stored = app.journal.get_entry(entry.id)
    assert stored is not None
    assert (int(stored.mood), stored.note, stored.created_at) == (5, "better", entry.created_at)


def test_nothing_about_mood_or_notes_is_logged(
    journal_app: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    app: JournalApp = journal_app()
    dialog = app.controller.open_check_in()
    _fill(dialog, mood=1, note="secret-note-text", tags=("secret-tag",))
    dialog.save_button.click()
    window = app.controller.show_journal(1)
    window.show_tab(0)
    QApplication.processEvents()
    assert app.journal.count_entries() == 1
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for private in ("secret-note-text", "secret-tag", "awful"):
        assert private not in logged
