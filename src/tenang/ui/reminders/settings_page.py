"""The reminders settings page: rules, respect, close-to-tray and autostart, in one dialog.

Keyboard first: the rules list, Add and Remove, then the editor for the selected rule, the
respect options and the app options, all in tab order; every control has an accessible name and
description. It edits drafts and checks them only on Save, so a half-typed time is not an
error while typing; problems are written under the editor, naming the rule, and Save waits.

Save emits :attr:`RemindersPage.saved` with the new
:class:`~tenang.core.reminders.persist.ReminderSettings` and the two app flags; the composition
root writes the files and re-arms the scheduler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time

from PySide6.QtCore import QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tenang.core.reminders import (
    ALL_WEEKDAYS,
    FixedRule,
    IntervalRule,
    OpenCheckIn,
    RespectPolicy,
    Rule,
    SuggestRoutine,
)
from tenang.core.reminders.persist import ReminderSettings
from tenang.core.reminders.rules import MAX_EVERY_MINUTES, MIN_EVERY_MINUTES
from tenang.ui.i18n import name_widget, translate, translate_buttons

_HH_MM = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$")
UNKNOWN_NAMES = ("idle", "full-screen", "do-not-disturb")


@dataclass
class RuleDraft:
    """What the editor holds for one rule; becomes a frozen Rule on Save."""

    id: str
    kind: str = "interval"
    every_minutes: int = 60
    start: time = time(9, 0)
    end: time = time(17, 0)
    times: str = "08:00"
    weekdays: set[int] = field(default_factory=lambda: set(range(5)))
    action: str = "routine"
    routine: str = "box-breathing"
    enabled: bool = True

    @classmethod
    def of(cls, rule: Rule) -> RuleDraft:
        action = rule.action
        draft = cls(
            id=rule.id,
            weekdays=set(rule.weekdays),
            action="checkin" if isinstance(action, OpenCheckIn) else "routine",
            routine=action.routine_id if isinstance(action, SuggestRoutine) else "box-breathing",
            enabled=rule.enabled,
        )
        if isinstance(rule, IntervalRule):
            draft.kind, draft.every_minutes = "interval", rule.every_minutes
            draft.start, draft.end = rule.start, rule.end
        else:
            draft.kind = "fixed"
            draft.times = ", ".join(t.strftime("%H:%M") for t in rule.times)
        return draft

    def build(self) -> Rule:
        """The frozen rule; ``ValueError`` with a message a person can act on."""
        action = OpenCheckIn() if self.action == "checkin" else SuggestRoutine(self.routine)
        weekdays = frozenset(self.weekdays)
        if not weekdays:
            raise ValueError(translate("RemindersPage", "choose at least one day"))
        if self.kind == "interval":
            if not self.start < self.end:
                raise ValueError(translate("RemindersPage", "the start must be before the end"))
            return IntervalRule(
                self.id, self.every_minutes, self.start, self.end, action, weekdays, self.enabled
            )
        times: list[time] = []
        for part in filter(None, (p.strip() for p in self.times.split(","))):
            match = _HH_MM.match(part)
            if match is None:
                raise ValueError(
                    translate("RemindersPage", "“%1” is not a time like 07:30").replace("%1", part)
                )
            times.append(time(int(match.group(1)), int(match.group(2))))
        if not times:
            raise ValueError(translate("RemindersPage", "add at least one time, like 07:30"))
        if len(set(times)) != len(times):
            raise ValueError(translate("RemindersPage", "a time is listed twice"))
        return FixedRule(self.id, tuple(times), action, weekdays, self.enabled)


def _day_names() -> tuple[str, ...]:
    return (
        translate("RemindersPage", "Mon"),
        translate("RemindersPage", "Tue"),
        translate("RemindersPage", "Wed"),
        translate("RemindersPage", "Thu"),
        translate("RemindersPage", "Fri"),
        translate("RemindersPage", "Sat"),
        translate("RemindersPage", "Sun"),
    )


def _full_day_names() -> tuple[str, ...]:
    return (
        translate("RemindersPage", "Monday"),
        translate("RemindersPage", "Tuesday"),
        translate("RemindersPage", "Wednesday"),
        translate("RemindersPage", "Thursday"),
        translate("RemindersPage", "Friday"),
        translate("RemindersPage", "Saturday"),
        translate("RemindersPage", "Sunday"),
    )


def _name(widget: QWidget, name: str, description: str) -> None:
    """``name_widget``, and a spin box's inner editor too (screen readers land on it)."""
    name_widget(widget, name, description)
    if isinstance(widget, QAbstractSpinBox):
        editor = widget.findChild(QLineEdit)
        if editor is not None:
            name_widget(editor, name, description)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class RemindersPage(QDialog):
    """Edit reminder rules, the respect policy, close-to-tray and autostart."""

    saved = Signal(object, bool, bool)  # ReminderSettings, close_to_tray, autostart

    def __init__(
        self,
        settings: ReminderSettings,
        *,
        close_to_tray: bool = False,
        autostart: bool = False,
        tray_available: bool = True,
        autostart_supported: bool = True,
        routines: tuple[tuple[str, str], ...] = (),
        unknown_probes: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("remindersPage")
        self.drafts = [RuleDraft.of(rule) for rule in settings.rules]
        self._tray_available = tray_available
        self._unknown = tuple(n for n in unknown_probes if n in UNKNOWN_NAMES)
        self._loading = False

        # -- the rules list
        self.rules_box = QGroupBox(self)
        self.rules_list = QListWidget(self.rules_box)
        self.add_button = QPushButton(self.rules_box)
        self.remove_button = QPushButton(self.rules_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        rules_layout = QVBoxLayout(self.rules_box)
        rules_layout.addWidget(self.rules_list)
        rules_layout.addLayout(buttons)

        # -- the editor for the selected rule
        self.editor = QGroupBox(self)
        self.enabled = QCheckBox(self.editor)
        self.kind = QComboBox(self.editor)
        self.kind.addItem("", "interval")
        self.kind.addItem("", "fixed")
        self.every = QSpinBox(self.editor)
        self.every.setRange(MIN_EVERY_MINUTES, MAX_EVERY_MINUTES)
        self.every.setSingleStep(5)
        self.start = QTimeEdit(self.editor)
        self.end = QTimeEdit(self.editor)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.times = QLineEdit(self.editor)
        self.days = [QCheckBox(self.editor) for _ in range(7)]
        days_row = QWidget(self.editor)
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.days:
            days_layout.addWidget(box)
        self.action = QComboBox(self.editor)
        self.action.addItem("", "routine")
        self.action.addItem("", "checkin")
        self.routine = QComboBox(self.editor)
        for routine_id, title in routines:
            self.routine.addItem(title, routine_id)
        self.form = QFormLayout(self.editor)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("enabled", self.enabled),
            ("kind", self.kind),
            ("every", self.every),
            ("start", self.start),
            ("end", self.end),
            ("times", self.times),
            ("days", days_row),
            ("action", self.action),
            ("routine", self.routine),
        ):
            if key == "enabled":
                self.form.addRow(widget)
                continue
            label = QLabel(self.editor)
            label.setBuddy(widget if key != "days" else self.days[0])
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("reminderProblem")

        # -- respect
        self.respect_box = QGroupBox(self)
        self.away = QSpinBox(self.respect_box)
        self.away.setRange(1, 240)
        self.away.setValue(settings.respect.away_after_minutes)
        self.idle_unknown = QCheckBox(self.respect_box)
        self.idle_unknown.setChecked(settings.respect.remind_when_idle_unknown)
        self.unknown_note = QLabel(self.respect_box)
        self.unknown_note.setWordWrap(True)
        respect_form = QFormLayout(self.respect_box)
        self.away_label = QLabel(self.respect_box)
        self.away_label.setBuddy(self.away)
        respect_form.addRow(self.away_label, self.away)
        respect_form.addRow(self.idle_unknown)
        respect_form.addRow(self.unknown_note)

        # -- the app
        self.app_box = QGroupBox(self)
        self.close_to_tray = QCheckBox(self.app_box)
        self.close_to_tray.setChecked(close_to_tray and tray_available)
        self.close_to_tray.setEnabled(tray_available)
        self.autostart = QCheckBox(self.app_box)
        self.autostart.setChecked(autostart)
        self.autostart.setEnabled(autostart_supported)
        self.no_tray_note = QLabel(self.app_box)
        self.no_tray_note.setWordWrap(True)
        self.no_tray_note.setObjectName("noTrayNote")
        self.no_tray_note.setVisible(not tray_available)
        app_layout = QVBoxLayout(self.app_box)
        app_layout.addWidget(self.close_to_tray)
        app_layout.addWidget(self.autostart)
        app_layout.addWidget(self.no_tray_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.rules_box, 1)
        left.addWidget(self.editor)
        left.addWidget(self.problem)
        right = QVBoxLayout()
        right.addWidget(self.respect_box)
        right.addWidget(self.app_box)
        right.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        self.rules_list.currentRowChanged.connect(self._show_draft)
        self.kind.currentIndexChanged.connect(self._edited)
        self.action.currentIndexChanged.connect(self._edited)
        self.routine.currentIndexChanged.connect(self._edited)
        self.every.valueChanged.connect(self._edited)
        self.start.timeChanged.connect(self._edited)
        self.end.timeChanged.connect(self._edited)
        self.times.textChanged.connect(self._edited)
        self.enabled.toggled.connect(self._edited)
        for box in self.days:
            box.toggled.connect(self._edited)
        self.retranslate()
        self._fill_list()
        self.rules_list.setCurrentRow(0 if self.drafts else -1)
        self._show_draft(self.rules_list.currentRow())

    # -- rules --------------------------------------------------------------------------------

    def _describe(self, draft: RuleDraft) -> str:
        what = (
            translate("RemindersPage", "check-in")
            if draft.action == "checkin"
            else self._routine_title(draft.routine)
        )
        if draft.kind == "interval":
            text = (
                translate("RemindersPage", "Every %1 min, %2–%3: %4")
                .replace("%1", str(draft.every_minutes))
                .replace("%2", draft.start.strftime("%H:%M"))
                .replace("%3", draft.end.strftime("%H:%M"))
                .replace("%4", what)
            )
        else:
            text = (
                translate("RemindersPage", "At %1: %2")
                .replace("%1", draft.times or "…")
                .replace("%2", what)
            )
        if not draft.enabled:
            text = translate("RemindersPage", "%1 (off)").replace("%1", text)
        return text

    def _routine_title(self, routine_id: str) -> str:
        index = self.routine.findData(routine_id)
        return self.routine.itemText(index) if index >= 0 else routine_id

    def _fill_list(self) -> None:
        row = self.rules_list.currentRow()
        self.rules_list.blockSignals(True)
        self.rules_list.clear()
        for draft in self.drafts:
            self.rules_list.addItem(self._describe(draft))
        self.rules_list.setCurrentRow(min(row, len(self.drafts) - 1))
        self.rules_list.blockSignals(False)

    def _new_id(self) -> str:
        taken = {d.id for d in self.drafts}
        n = 1
        while f"reminder-{n}" in taken:
            n += 1
        return f"reminder-{n}"

    def add_rule(self) -> None:
        draft = RuleDraft(self._new_id())
        if self.routine.count():
            draft.routine = str(self.routine.itemData(0))
        self.drafts.append(draft)
        self._fill_list()
        self.rules_list.setCurrentRow(len(self.drafts) - 1)
        self.kind.setFocus()

    def remove_rule(self) -> None:
        row = self.rules_list.currentRow()
        if row < 0:
            return
        del self.drafts[row]
        self._fill_list()
        self.rules_list.setCurrentRow(min(row, len(self.drafts) - 1))
        self._show_draft(self.rules_list.currentRow())
        self.rules_list.setFocus()

    def _show_draft(self, row: int) -> None:
        draft = self.drafts[row] if 0 <= row < len(self.drafts) else None
        self.editor.setEnabled(draft is not None)
        self.remove_button.setEnabled(draft is not None)
        if draft is None:
            self._update_visibility()
            return
        self._loading = True
        self.enabled.setChecked(draft.enabled)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.every.setValue(draft.every_minutes)
        self.start.setTime(_qtime(draft.start))
        self.end.setTime(_qtime(draft.end))
        self.times.setText(draft.times)
        for day, box in enumerate(self.days):
            box.setChecked(day in draft.weekdays)
        self.action.setCurrentIndex(self.action.findData(draft.action))
        index = self.routine.findData(draft.routine)
        if index < 0:
            self.routine.addItem(draft.routine, draft.routine)
            index = self.routine.count() - 1
        self.routine.setCurrentIndex(index)
        self._loading = False
        self._update_visibility()

    def _update_visibility(self) -> None:
        interval = self.kind.currentData() == "interval"
        for key, widget in (
            ("every", self.every),
            ("start", self.start),
            ("end", self.end),
        ):
            widget.setVisible(interval)
            self.labels[key].setVisible(interval)
        self.times.setVisible(not interval)
        self.labels["times"].setVisible(not interval)
        routine = self.action.currentData() == "routine"
        self.routine.setVisible(routine)
        self.labels["routine"].setVisible(routine)

    def _edited(self, *_args: object) -> None:
        self._update_visibility()
        row = self.rules_list.currentRow()
        if self._loading or not 0 <= row < len(self.drafts):
            return
        draft = self.drafts[row]
        draft.enabled = self.enabled.isChecked()
        draft.kind = str(self.kind.currentData())
        draft.every_minutes = self.every.value()
        draft.start, draft.end = _time(self.start.time()), _time(self.end.time())
        draft.times = self.times.text()
        draft.weekdays = {d for d, box in enumerate(self.days) if box.isChecked()}
        draft.action = str(self.action.currentData())
        if self.routine.currentIndex() >= 0:
            draft.routine = str(self.routine.currentData())
        item = self.rules_list.item(row)
        if item is not None:
            item.setText(self._describe(draft))
        self.problem.clear()

    # -- result -------------------------------------------------------------------------------

    def result_settings(self) -> ReminderSettings:
        """The frozen settings; ``ValueError`` naming the rule (1-based) that is wrong."""
        rules: list[Rule] = []
        for number, draft in enumerate(self.drafts, start=1):
            try:
                rules.append(draft.build())
            except ValueError as error:
                raise ValueError(
                    translate("RemindersPage", "Reminder %1: %2")
                    .replace("%1", str(number))
                    .replace("%2", str(error))
                ) from error
        policy = RespectPolicy(self.away.value(), self.idle_unknown.isChecked())
        return ReminderSettings(tuple(rules), policy)

    def accept(self) -> None:
        try:
            settings = self.result_settings()
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self.saved.emit(settings, self.close_to_tray.isChecked(), self.autostart.isChecked())
        super().accept()

    # -- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(translate("RemindersPage", "Reminders"))
        self.rules_box.setTitle(translate("RemindersPage", "Reminders"))
        name_widget(
            self.rules_list,
            translate("RemindersPage", "Reminders"),
            translate("RemindersPage", "Select a reminder to change it below"),
        )
        self.add_button.setText(translate("RemindersPage", "&Add reminder"))
        name_widget(
            self.add_button,
            translate("RemindersPage", "Add reminder"),
            translate("RemindersPage", "Adds a reminder and selects it"),
        )
        self.remove_button.setText(translate("RemindersPage", "&Remove"))
        name_widget(
            self.remove_button,
            translate("RemindersPage", "Remove reminder"),
            translate("RemindersPage", "Removes the selected reminder"),
        )
        self.editor.setTitle(translate("RemindersPage", "Selected reminder"))
        self.enabled.setText(translate("RemindersPage", "On"))
        name_widget(
            self.enabled,
            translate("RemindersPage", "Reminder on"),
            translate("RemindersPage", "Turn this reminder off without deleting"),
        )
        self.kind.setItemText(0, translate("RemindersPage", "Every few minutes"))
        self.kind.setItemText(1, translate("RemindersPage", "At fixed times"))
        for key, text, description, widget in (
            (
                "kind",
                translate("RemindersPage", "Re&peat"),
                translate("RemindersPage", "Every few minutes, or at fixed times"),
                self.kind,
            ),
            (
                "every",
                translate("RemindersPage", "Every (&minutes)"),
                translate("RemindersPage", "Minutes between reminders"),
                self.every,
            ),
            (
                "start",
                translate("RemindersPage", "F&rom"),
                translate("RemindersPage", "Start of the active hours"),
                self.start,
            ),
            (
                "end",
                translate("RemindersPage", "&Until"),
                translate("RemindersPage", "End of the active hours (not included)"),
                self.end,
            ),
            (
                "times",
                translate("RemindersPage", "&Times"),
                translate("RemindersPage", "Times of day, separated by commas, like 07:30, 21:30"),
                self.times,
            ),
            (
                "action",
                translate("RemindersPage", "&Suggest"),
                translate("RemindersPage", "What the reminder offers"),
                self.action,
            ),
            (
                "routine",
                translate("RemindersPage", "R&outine"),
                translate("RemindersPage", "The routine the reminder suggests"),
                self.routine,
            ),
        ):
            self.labels[key].setText(text)
            _name(widget, text.replace("&", ""), description)
        self.labels["days"].setText(translate("RemindersPage", "&Days"))
        self.times.setPlaceholderText("07:30, 21:30")
        for box, short, full in zip(self.days, _day_names(), _full_day_names(), strict=True):
            box.setText(short)
            name_widget(box, full, translate("RemindersPage", "Remind on this day"))
        self.action.setItemText(0, translate("RemindersPage", "A routine"))
        self.action.setItemText(1, translate("RemindersPage", "A mood check-in"))
        self.respect_box.setTitle(translate("RemindersPage", "When to stay quiet"))
        self.away_label.setText(translate("RemindersPage", "I am a&way after (minutes)"))
        _name(
            self.away,
            translate("RemindersPage", "Away after minutes"),
            translate(
                "RemindersPage",
                "No reminder after this many minutes without keyboard or mouse input",
            ),
        )
        self.idle_unknown.setText(
            translate("RemindersPage", "Remind even when Tenang cannot tell if I am here")
        )
        name_widget(
            self.idle_unknown,
            self.idle_unknown.text(),
            translate("RemindersPage", "Some systems cannot report idle time"),
        )
        names = {
            "idle": translate("RemindersPage", "whether you are at the computer"),
            "full-screen": translate("RemindersPage", "full-screen windows"),
            "do-not-disturb": translate("RemindersPage", "do-not-disturb"),
        }
        base = translate(
            "RemindersPage",
            "Tenang never reminds while a routine is running, in do-not-disturb, over a "
            "full-screen window, or when you are away.",
        )
        if self._unknown:
            base += " " + translate(
                "RemindersPage", "On this system Tenang cannot detect: %1."
            ).replace("%1", ", ".join(names[n] for n in self._unknown))
        self.unknown_note.setText(base)
        self.app_box.setTitle(translate("RemindersPage", "Tenang"))
        self.close_to_tray.setText(
            translate("RemindersPage", "Keep Tenang in the tray when the window is closed")
        )
        name_widget(
            self.close_to_tray,
            self.close_to_tray.text(),
            translate("RemindersPage", "Off: closing the window quits Tenang"),
        )
        self.autostart.setText(translate("RemindersPage", "Start Tenang when I log in"))
        name_widget(
            self.autostart,
            self.autostart.text(),
            translate("RemindersPage", "Off unless you turn it on"),
        )
        self.no_tray_note.setText(
            translate(
                "RemindersPage",
                "This desktop has no tray, so closing the window quits Tenang, and reminders "
                "only come while Tenang is open.",
            )
        )
        translate_buttons(self.buttons)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        name_widget(
            save, save.text(), translate("RemindersPage", "Save the reminders and apply them now")
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        name_widget(
            cancel, cancel.text(), translate("RemindersPage", "Close without changing anything")
        )
        if self.drafts:
            self._fill_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ALL_WEEKDAYS", "RemindersPage", "RuleDraft"]
