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
