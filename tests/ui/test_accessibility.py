"""Every interactive widget has a name a screen reader can speak.

The walk asks Qt's accessibility layer (what screen readers see), so a button's text or a
label's buddy counts as a name, and a bare slider or line edit does not.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QWidget
from ui_samples import MakeWindow

from tenang.core.engine import FakeClock
from tenang.core.settings import Settings
from tenang.ui.errors import ExceptionDialog
from tenang.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _interactive(root: QWidget) -> list[QWidget]:
    widgets = [root, *root.findChildren(QWidget)]
    found = []
    for widget in widgets:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QScrollBar):
            continue  # part of its scroll area, reached by the area's keys
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue  # the viewport stands for its view, which is checked itself
        if widget is root and not widget.isWindow():
            continue
        if widget.isWindow() or widget.window() is not root.window():
            continue  # a window is named by its title; popups (combo lists) are Qt's own
        found.append(widget)
    return found


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in _interactive(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_main_window_controls_are_named(make_window: MakeWindow) -> None:
    window = make_window()
    window.errors.set_problems(("x.toml:1:1: id: bad",))
    window.show_notice(lambda: "A notice")
    assert len(_interactive(window)) >= 6
    assert _unnamed(window) == []


def test_main_window_controls_have_descriptions(make_window: MakeWindow) -> None:
    window = make_window()
    for widget in (
        window.search,
        window.tag_filter,
        window.length_filter,
        window.list,
        window.detail.start_button,
        window.errors.list_widget,
    ):
        assert widget.accessibleDescription(), widget


def test_settings_dialog_controls_are_named(qtbot: Any, ui_reset: Any) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert len(_interactive(dialog)) >= 12
    assert _unnamed(dialog) == []


def test_exception_dialog_controls_are_named(qtbot: Any, ui_reset: Any) -> None:
    dialog = ExceptionDialog("Traceback ...")
    qtbot.addWidget(dialog)
    assert _unnamed(dialog) == []


def test_player_controls_are_named(qtbot: Any, make_window: MakeWindow) -> None:
    window = make_window(settings=Settings(lead_in=False), clock_factory=FakeClock)
    window.show()
    qtbot.waitExposed(window)
    window.start_routine(window.current_item())
    assert window.player is not None
    assert _unnamed(window.player) == []


def test_the_walk_catches_an_unnamed_control(make_window: MakeWindow) -> None:
    """The check can fail: an unnamed, textless control is reported."""
    from PySide6.QtWidgets import QSlider

    window = make_window()
    QSlider(window.library_page).setObjectName("nameless")
    assert _unnamed(window) == ["QSlider 'nameless'"]
