"""The reminders settings page: edits rules, reports bad input, named for screen readers."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from reminder_fakes import EVENING, HOURLY
from test_accessibility import _interactive, _unnamed

from tenang.core.reminders import FixedRule, IntervalRule, OpenCheckIn, RespectPolicy
from tenang.core.reminders.persist import ReminderSettings
from tenang.ui.reminders.settings_page import RemindersPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
ROUTINES = (("box-breathing", "Box breathing"), ("sigh", "Physiological sigh"))


def _page(qtbot: Any, settings: ReminderSettings | None = None, **kwargs: Any) -> RemindersPage:
    page = RemindersPage(
        settings or ReminderSettings((HOURLY, EVENING)), routines=ROUTINES, **kwargs
    )
    qtbot.addWidget(page)
    return page


def test_unchanged_page_returns_the_same_settings(qtbot: Any, ui_reset: Any) -> None:
    original = ReminderSettings((HOURLY, EVENING), RespectPolicy(12, False))
    page = _page(qtbot, original)
    assert page.result_settings() == original
    assert page.rules_list.count() == 2
    assert page.rules_list.item(0).text() == "Every 60 min, 09:00–17:00: Box breathing"
    assert page.rules_list.item(1).text() == "At 21:30: check-in"


def test_add_edit_and_remove_a_rule(qtbot: Any, ui_reset: Any) -> None:
    page = _page(qtbot)
    saved: list[tuple[Any, bool, bool]] = []
    page.saved.connect(lambda s, tray, auto: saved.append((s, tray, auto)))
    page.add_button.click()
    assert page.rules_list.currentRow() == 2
    page.kind.setCurrentIndex(page.kind.findData("fixed"))
    assert page.times.isVisibleTo(page) and not page.every.isVisibleTo(page)
    page.times.setText("07:30, 12:15")
    page.action.setCurrentIndex(page.action.findData("checkin"))
    assert not page.routine.isVisibleTo(page)
    page.days[5].setChecked(True)
    assert page.rules_list.item(2).text() == "At 07:30, 12:15: check-in"
    page.rules_list.setCurrentRow(0)
    page.remove_button.click()
    page.close_to_tray.setChecked(True)
    page.autostart.setChecked(True)
    page.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (result, tray, auto) = saved[0]
    assert (tray, auto) == (True, True)
    assert result.rules[0] == EVENING
    added = result.rules[1]
    assert isinstance(added, FixedRule)
    assert added.id == "reminder-1"
    assert added.times == (time(7, 30), time(12, 15))
    assert added.action == OpenCheckIn()
    assert added.weekdays == frozenset({0, 1, 2, 3, 4, 5})


def test_interval_edits(qtbot: Any, ui_reset: Any) -> None:
    page = _page(qtbot)
    page.every.setValue(45)
    page.start.setTime(QTime(8, 0))
    page.routine.setCurrentIndex(1)
    page.enabled.setChecked(False)
    rule = page.result_settings().rules[0]
    assert isinstance(rule, IntervalRule)
    assert (rule.every_minutes, rule.start, rule.enabled) == (45, time(8, 0), False)
    assert rule.action.routine_id == "sigh"  # type: ignore[union-attr]
    assert page.rules_list.item(0).text().endswith("(off)")


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.times.setText("7.30"), "Reminder 2: “7.30” is not a time like 07:30"),
        (lambda p: p.times.setText(" , "), "Reminder 2: add at least one time, like 07:30"),
        (lambda p: p.times.setText("07:30, 7:30"), "Reminder 2: a time is listed twice"),
        (
            lambda p: [box.setChecked(False) for box in p.days],
            "Reminder 2: choose at least one day",
        ),
    ],
)
def test_bad_input_is_explained_and_save_waits(
    qtbot: Any, ui_reset: Any, setup: Any, message: str
) -> None:
    page = _page(qtbot)
    page.show()
    page.rules_list.setCurrentRow(1)
    setup(page)
    saved: list[object] = []
    page.saved.connect(lambda *a: saved.append(a))
    page.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved == []
    assert page.problem.text() == message
    assert page.isVisible()


def test_start_after_end_is_explained(qtbot: Any, ui_reset: Any) -> None:
    page = _page(qtbot)
    page.end.setTime(QTime(8, 0))
    page.accept()
    assert page.problem.text() == "Reminder 1: the start must be before the end"


def test_no_tray_says_closing_quits(qtbot: Any, ui_reset: Any) -> None:
    page = _page(qtbot, close_to_tray=True, tray_available=False)
    page.show()
    assert page.no_tray_note.isVisible()
    assert "closing the window quits Tenang" in page.no_tray_note.text()
    assert "only come while Tenang is open" in page.no_tray_note.text()
    assert not page.close_to_tray.isEnabled() and not page.close_to_tray.isChecked()


def test_with_a_tray_no_such_sentence_and_defaults_off(qtbot: Any, ui_reset: Any) -> None:
    page = _page(qtbot)
    page.show()
    assert not page.no_tray_note.isVisible()
    assert not page.close_to_tray.isChecked() and not page.autostart.isChecked()


def test_undetectable_probes_are_listed(qtbot: Any, ui_reset: Any) -> None:
    page = _page(qtbot, unknown_probes=("full-screen", "session", "idle"))
    text = page.unknown_note.text()
    assert "cannot detect: full-screen windows, whether you are at the computer." in text


def test_every_control_is_named(qtbot: Any, ui_reset: Any) -> None:
    page = _page(qtbot)
    page.show()
    assert len(_interactive(page)) >= 20
    assert _unnamed(page) == []
    page.rules_list.setCurrentRow(1)
    assert _unnamed(page) == []


def test_keyboard_reaches_the_editor_from_the_list(qtbot: Any, ui_reset: Any) -> None:
    page = _page(qtbot)
    page.show()
    qtbot.waitExposed(page)
    page.rules_list.setFocus()
    order = []
    widget = page.rules_list
    for _ in range(40):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page):
            order.append(widget)
    for control in (page.add_button, page.remove_button, page.kind, page.every, page.away):
        assert control in order


def test_language_change_retranslates(qtbot: Any, ui_reset: Any) -> None:
    page = _page(qtbot)
    ui_reset.apply("id")
    assert page.windowTitle() != "" and page.add_button.text() != ""
    ui_reset.apply("en")
    assert page.add_button.text() == "&Add reminder"
