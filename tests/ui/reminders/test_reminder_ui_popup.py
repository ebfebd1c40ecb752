"""The fallback popup: never takes focus, fades after 20 s on a fake timer; the notifier."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from reminder_fakes import BERLIN, fake_timer_factory

from tenang.core.reminders import Due, DueKind, SuggestRoutine
from tenang.ui.reminders.notify import FADE_STEPS, POPUP_SECONDS, Notifier, ReminderPopup
from tenang.ui.timers import FakeSingleShot

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|setting window opacity)"
)
AT = datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
DUE = Due("work-breath", SuggestRoutine("box-breathing"), AT, AT, DueKind.ON_TIME)


@pytest.fixture
def track() -> Iterator[Callable[[ReminderPopup], ReminderPopup]]:
    """Popups delete themselves on close, so qtbot must not close them again: close here."""
    made: list[ReminderPopup] = []
    yield lambda popup: made.append(popup) or popup  # type: ignore[func-returns-value]
    for popup in made:
        if shiboken6.isValid(popup):
            popup.close()


def _focused_editor(qtbot: Any) -> tuple[QWidget, QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    editor = QLineEdit(window)
    window.show()
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor, timeout=2000)
    return window, editor


def test_popup_flags_say_it_never_takes_focus(qapp: Any, ui_reset: Any, track: Any) -> None:
    popup = track(ReminderPopup("t", "x", timer_factory=fake_timer_factory([])))
    flags = popup.windowFlags()
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert flags & Qt.WindowType.Tool
    assert flags & Qt.WindowType.FramelessWindowHint
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    for button in (popup.start_button, popup.snooze_button, popup.skip_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_showing_the_popup_leaves_focus_where_it_was(qtbot: Any, ui_reset: Any, track: Any) -> None:
    window, editor = _focused_editor(qtbot)
    focus_window = QApplication.focusWindow()
    active = QApplication.activeWindow()
    timers: list[FakeSingleShot] = []
    popup = ReminderPopup("Time for a breath", "x", timer_factory=fake_timer_factory(timers))
    track(popup)
    popup.show_in_corner()
    qtbot.waitExposed(popup)
    assert popup.isVisible()
    assert QApplication.focusWindow() is focus_window
    assert QApplication.activeWindow() is active is window
    assert QApplication.focusWidget() is editor
    qtbot.keyClicks(editor, "still typing")
    assert editor.text() == "still typing"


def test_popup_sits_in_a_screen_corner(qtbot: Any, ui_reset: Any, track: Any) -> None:
    popup = ReminderPopup("t", "x", timer_factory=fake_timer_factory([]))
    track(popup)
    popup.show_in_corner()
    screen = popup.screen().availableGeometry()
    assert popup.geometry().right() <= screen.right()
    assert popup.geometry().bottom() <= screen.bottom()
    assert popup.geometry().left() > screen.center().x()


def test_popup_fades_after_twenty_seconds_on_the_fake_timer(
    qtbot: Any, ui_reset: Any, track: Any
) -> None:
    timers: list[FakeSingleShot] = []
    popup = ReminderPopup("t", "x", timer_factory=fake_timer_factory(timers))
    track(popup)
    popup.show_in_corner()
    (timer,) = timers
    assert timer.active and timer.interval == POPUP_SECONDS * 1000
    assert popup.windowOpacity() == 1.0
    timer.fire()  # 20 s passed: the fade begins
    assert popup.isVisible() and popup.windowOpacity() < 1.0
    with qtbot.waitSignal(popup.destroyed, timeout=2000):
        for _ in range(FADE_STEPS - 1):
            timer.fire()
        assert not popup.isVisible()


def test_nothing_happens_before_twenty_seconds(qtbot: Any, ui_reset: Any, track: Any) -> None:
    timers: list[FakeSingleShot] = []
    popup = ReminderPopup("t", "x", timer_factory=fake_timer_factory(timers))
    track(popup)
    popup.show_in_corner()
    assert timers[0].history == [20_000]  # one timer, armed once, for the full 20 s
    assert popup.isVisible() and popup.windowOpacity() == 1.0


@pytest.mark.parametrize(
    ("button", "signal"),
    [
        ("start_button", "startRequested"),
        ("snooze_button", "snoozeRequested"),
        ("skip_button", "skipRequested"),
    ],
)
def test_notifier_falls_back_to_the_popup_and_relays_choices(
    qtbot: Any, ui_reset: Any, track: Any, button: str, signal: str
) -> None:
    notifier = Notifier(None, timer_factory=fake_timer_factory([]))
    notifier.show(DUE)
    popup = notifier.popup
    assert popup is not None
    track(popup)
    assert popup.title_label.text() == "Time for a breath"
    assert "box-breathing" in popup.text_label.text()
    with qtbot.waitSignal(getattr(notifier, signal), timeout=1000) as blocker:
        getattr(popup, button).click()
    assert blocker.args == [DUE]
    assert not popup.isVisible()
