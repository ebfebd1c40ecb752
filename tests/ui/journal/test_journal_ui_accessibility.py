"""Every interactive journal widget has a name a screen reader speaks, in both languages."""

from __future__ import annotations

from typing import Any

import pytest
from journal_ui_helpers import JournalApp, add
from PySide6.QtWidgets import QApplication
from test_accessibility import _interactive, _unnamed

from tenang.ui.journal.data_page import DeleteAllDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("language", ["en", "id"])
def test_journal_widgets_are_named(journal_app: Any, ui_reset: Any, language: str) -> None:
    app: JournalApp = journal_app()
    add(app.journal, 4, note="x", tags=["walk"])
    ui_reset.apply(language)
    assert _unnamed(app.window) == []
    dialog = app.controller.open_check_in()
    assert len(_interactive(dialog)) >= 9
    assert _unnamed(dialog) == []
    window = app.controller.show_journal(0)
    for tab in range(3):
        window.show_tab(tab)
        QApplication.processEvents()
        assert _unnamed(window) == [], tab
    assert len(_interactive(window)) >= 25
    delete = app.controller.ask_delete_all()
    assert isinstance(delete, DeleteAllDialog)
    assert _unnamed(delete) == []


def test_controls_have_descriptions(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    window = app.controller.show_journal(0)
    history = window.history
    for widget in (
        history.search,
        history.mood_filter,
        history.tag_filter,
        history.since,
        history.until,
        history.tree,
        history.delete_button,
        history.undo_button,
        *window.insights.charts(),
        window.insights.period,
        window.data.delete_all,
        window.data.export_json,
    ):
        assert widget.accessibleDescription(), widget


@pytest.mark.parametrize("language", ["en", "id"])
def test_lock_dialogs_and_panels_are_named(journal_app: Any, ui_reset: Any, language: str) -> None:
    from journal_ui_helpers import PASSPHRASE

    from tenang.ui.journal.data_page import PlainExportWarning
    from tenang.ui.journal.lock_dialogs import LockDialog, TurnOnDialog

    app: JournalApp = journal_app()
    add(app.journal, 4, note="x")
    ui_reset.apply(language)
    turn_on = app.controller.lock_action_requested("turn_on")
    assert isinstance(turn_on, TurnOnDialog)
    for step in range(3):  # warning, passphrase, code: each page is named
        assert _unnamed(turn_on) == [], step
        if step == 1:
            turn_on.new.first.setText(PASSPHRASE)
            turn_on.new.again.setText(PASSPHRASE)
        turn_on.next_button.click()
    turn_on.code.saved.setChecked(True)
    turn_on.next_button.click()
    assert _unnamed(turn_on) == []
    turn_on.next_button.click()
    for action in ("change", "new_code", "turn_off"):
        dialog = app.controller.lock_action_requested(action)
        assert isinstance(dialog, LockDialog)
        assert len(_interactive(dialog)) >= 3
        assert _unnamed(dialog) == [], action
        dialog.reject()
    app.controller.lock_now()
    window = app.controller.show_journal(0)
    unlock = app.controller.lock.dialog
    assert unlock is not None
    assert _unnamed(unlock) == []
    unlock.entry.use_code.setChecked(True)
    assert _unnamed(unlock) == []
    unlock.reject()
    for tab in range(3):
        window.show_tab(tab)
        QApplication.processEvents()
        assert _unnamed(window) == [], tab
    app.controller.export("json")
    warning = app.controller.export_warning
    assert isinstance(warning, PlainExportWarning)
    assert _unnamed(warning) == []
    warning.reject()


def test_lock_controls_have_descriptions(journal_app: Any) -> None:
    app: JournalApp = journal_app()
    window = app.controller.show_journal(2)
    for button in window.data.lock_buttons.values():
        assert button.accessibleDescription(), button.text()
    assert window.locked_panels[0].unlock.accessibleDescription()
    dialog = app.controller.lock_action_requested("turn_on")
    assert dialog is not None
    assert dialog.next_button.accessibleDescription()
    assert dialog.code.copy_button.accessibleDescription()
    assert dialog.code.saved.accessibleDescription()
    dialog.reject()
