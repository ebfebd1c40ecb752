"""The routine builder: make or edit a routine in a form, with a live preview and validation.

The form never judges a value itself. Every change builds the TOML document from the form
(:meth:`RoutineBuilder.document`), writes it with the same writer the app uses, and loads that
text with the same loader as ``tenang sessions validate``: the problems list therefore shows
exactly the CLI's messages, and what is saved is exactly what was checked. Values the form has
no control for (bells, ambient per step, languages other than English and Indonesian) are
carried through untouched, so duplicating or editing a routine never drops them.

The preview plays the routine with a real engine on an injected clock; its frame timer comes
from a :class:`~tenang.ui.timers.TimerFactory`, so tests drive it with fakes and no sleeps.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tenang.core.engine import Clock, Engine, Frame, MonotonicClock, State
from tenang.core.model import (
    BREATH_PHASES,
    DEFAULT_CUES,
    BreatheStep,
    BreathPattern,
    Cues,
    Session,
    Text,
)
from tenang.core.plan import Plan, compile_plan
from tenang.core.routine_store import (
    RoutineExistsError,
    StoreError,
    routine_file_name,
    save_routine_text,
)
from tenang.core.sessions import Problem, load_session_text
from tenang.core.sessions.writer import (
    comment_lines,
    cues_table,
    dumps_routine,
    ramp_table,
    schema_directive,
    session_dict,
)
from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES
from tenang.ui.i18n import (
    ButtonBox,
    current_language,
    format_total,
    name_widget,
    translate,
    translate_buttons,
)
from tenang.ui.timers import QtTimerFactory, TimerFactory
from tenang.ui.visuals import BreathingVisual

PHASES: Final = tuple(phase.value for phase in BREATH_PHASES)
OPTIONAL_PHASES: Final = ("top_up", "hold", "hold_empty")
DEFAULT_STEP: Final[dict[str, Any]] = {"kind": "breathe", "inhale": 4, "exhale": 6, "cycles": 10}
DEFAULT_MEDITATE: Final[dict[str, Any]] = {"kind": "meditate", "duration": "3m"}
_STEP_KEY = re.compile(r"^steps\[(\d+)\]")
PREVIEW_FALLBACK_ID: Final = "preview"


# -- small helpers ----------------------------------------------------------------------------


def phase_name(phase: str) -> str:
    names = {
        "inhale": translate("RoutineBuilder", "Breathe in"),
        "top_up": translate("RoutineBuilder", "Top-up"),
        "hold": translate("RoutineBuilder", "Hold"),
        "exhale": translate("RoutineBuilder", "Breathe out"),
        "hold_empty": translate("RoutineBuilder", "Hold empty"),
    }
    return names[phase]


def sound_name(name: str) -> str:
    """A bundled sound in words; a custom file shows as its path."""
    names = {
        "bell-bowl": translate("RoutineBuilder", "Bowl bell"),
        "bell-soft": translate("RoutineBuilder", "Soft bell"),
        "chime-rise": translate("RoutineBuilder", "Rising chime"),
        "chime-fall": translate("RoutineBuilder", "Falling chime"),
        "tick": translate("RoutineBuilder", "Tick"),
        "brown-noise": translate("RoutineBuilder", "Brown noise"),
        "rain": translate("RoutineBuilder", "Rain"),
        "ocean": translate("RoutineBuilder", "Ocean"),
    }
    return names.get(name, name)


def number_value(value: float) -> int | float:
    """A spin box value as the TOML number an author would write (``4``, ``5.5``)."""
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def duration_value(text: str) -> int | float | str | None:
    """What the author typed for a length: a number stays a number, anything else is
    passed to the loader as written (so its message names the exact text)."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        number = float(stripped)
    except ValueError:
        return stripped
    if not math.isfinite(number):
        return stripped
    return int(number) if number == int(number) and "." not in stripped else number


def duration_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


def set_combo_data(combo: QComboBox, value: object) -> None:
    """Select the item holding ``value``; a value the list lacks (a custom sound file) is
    added, so editing a routine never silently changes its sounds."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class TextPair(QWidget):
    """English and Indonesian fields for one text; other languages are kept as they were."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, multiline: bool = False) -> None:
        super().__init__(parent)
        self.en = QLineEdit(self)
        self.id = QLineEdit(self)
        self.extra: dict[str, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.en, 1)
        layout.addWidget(self.id, 1)
        self.en.textChanged.connect(self.changed)
        self.id.textChanged.connect(self.changed)

    def name(self, what: str) -> None:
        self.en.setPlaceholderText(translate("RoutineBuilder", "English"))
        self.id.setPlaceholderText(translate("RoutineBuilder", "Indonesian"))
        name_widget(
            self.en,
            translate("RoutineBuilder", "%1 in English").replace("%1", what),
            translate("RoutineBuilder", "Shown when the app is in English"),
        )
        name_widget(
            self.id,
            translate("RoutineBuilder", "%1 in Indonesian").replace("%1", what),
            translate("RoutineBuilder", "Shown when the app is in Indonesian"),
        )

    def value(self) -> str | dict[str, str] | None:
        table: dict[str, str] = {}
        if self.en.text():
            table["en"] = self.en.text()
        if self.id.text():
            table["id"] = self.id.text()
        table.update(self.extra)
        if not table:
            return None
        if list(table) == ["en"]:
            return table["en"]
        return table

    def set_value(self, value: object) -> None:
        table = {"en": value} if isinstance(value, str) else dict(value or {})  # type: ignore[call-overload]
        self.blockSignals(True)
        self.en.setText(str(table.pop("en", "")))
        self.id.setText(str(table.pop("id", "")))
        for field in (self.en, self.id):
            field.setCursorPosition(0)  # long texts show their beginning
        self.extra = {str(k): str(v) for k, v in table.items()}
        self.blockSignals(False)


def name_spin(spin: QDoubleSpinBox | QSpinBox, name: str, description: str) -> None:
    """A spin box and the line edit inside it, which is what takes the focus."""
    name_widget(spin, name, description)
    name_widget(spin.lineEdit(), name, description)


def _phase_spin(parent: QWidget) -> QDoubleSpinBox:
    """Wide bounds on purpose: a value out of the format's range is for the loader to name."""
    spin = QDoubleSpinBox(parent)
    spin.setDecimals(2)
    spin.setRange(0.0, 600.0)
    spin.setSingleStep(0.5)
    spin.setKeyboardTracking(True)
    return spin


# -- step editors -----------------------------------------------------------------------------


class BreatheEditor(QWidget):
    """Edits one breathe step's table: phases, length, ramp and cues."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._extra: dict[str, Any] = {}
        self.label = TextPair(self)
        self.phases = {phase: _phase_spin(self) for phase in PHASES}
        self.length_mode = QComboBox(self)
        self.length_mode.addItem("", "cycles")
        self.length_mode.addItem("", "duration")
        self.cycles = QSpinBox(self)
        self.cycles.setRange(0, 100000)
        self.duration = QLineEdit(self)
        self.ramp = QCheckBox(self)
        self.ramp_phases = {phase: _phase_spin(self) for phase in PHASES}
        self.default_cues = QCheckBox(self)
        self.cues = {phase: QComboBox(self) for phase in PHASES}
        for combo in self.cues.values():
            combo.addItem("", None)
            for name in CUE_NAMES:
                combo.addItem("", name)

        form = QFormLayout(self)
        self._labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget) -> None:
            label = QLabel(self)
            label.setBuddy(widget if not isinstance(widget, TextPair) else widget.en)
            self._labels[key] = label
            form.addRow(label, widget)

        row("label", self.label)
        for phase, spin in self.phases.items():
            row(phase, spin)
        row("length_mode", self.length_mode)
        row("cycles", self.cycles)
        row("duration", self.duration)
        form.addRow(self.ramp)
        self.ramp_box = QGroupBox(self)
        ramp_form = QFormLayout(self.ramp_box)
        self._ramp_labels: dict[str, QLabel] = {}
        for phase, spin in self.ramp_phases.items():
            label = QLabel(self.ramp_box)
            label.setBuddy(spin)
            self._ramp_labels[phase] = label
            ramp_form.addRow(label, spin)
        form.addRow(self.ramp_box)
        form.addRow(self.default_cues)
        self.cues_box = QGroupBox(self)
        cues_form = QFormLayout(self.cues_box)
        self._cue_labels: dict[str, QLabel] = {}
        for phase, combo in self.cues.items():
            label = QLabel(self.cues_box)
            label.setBuddy(combo)
            self._cue_labels[phase] = label
            cues_form.addRow(label, combo)
        form.addRow(self.cues_box)
        self._form = form

        self.label.changed.connect(self._changed)
        for spin in (*self.phases.values(), *self.ramp_phases.values()):
            spin.valueChanged.connect(self._changed)
        self.length_mode.currentIndexChanged.connect(self._changed)
        self.cycles.valueChanged.connect(self._changed)
        self.duration.textChanged.connect(self._changed)
        self.ramp.toggled.connect(self._ramp_toggled)
        self.default_cues.toggled.connect(self._changed)
        for combo in self.cues.values():
            combo.currentIndexChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.name(translate("RoutineBuilder", "Step label"))
        self._labels["label"].setText(translate("RoutineBuilder", "&Label"))
        seconds = " " + translate("RoutineBuilder", "s", "the unit after a number of seconds")
        for spin in (*self.phases.values(), *self.ramp_phases.values()):
            spin.setSuffix(seconds)
        for phase, spin in self.phases.items():
            self._labels[phase].setText(phase_name(phase))
            name_spin(
                spin,
                phase_name(phase),
                translate("RoutineBuilder", "Seconds for this part of each breath"),
            )
        self._labels["length_mode"].setText(translate("RoutineBuilder", "Len&gth"))
        self.length_mode.setItemText(0, translate("RoutineBuilder", "A number of breaths"))
        self.length_mode.setItemText(1, translate("RoutineBuilder", "A length of time"))
        name_widget(
            self.length_mode,
            translate("RoutineBuilder", "How the step's length is given"),
            translate("RoutineBuilder", "Count breaths, or breathe for a length of time"),
        )
        self._labels["cycles"].setText(translate("RoutineBuilder", "&Breaths"))
        name_spin(
            self.cycles,
            translate("RoutineBuilder", "Breaths"),
            translate("RoutineBuilder", "How many breaths the step lasts"),
        )
        self._labels["duration"].setText(translate("RoutineBuilder", "&Time"))
        self.duration.setPlaceholderText(translate("RoutineBuilder", "e.g. 4m, 90s or 1m30s"))
        name_widget(
            self.duration,
            translate("RoutineBuilder", "Time"),
            translate("RoutineBuilder", "How long to breathe, like 4m, 90s or 1m30s"),
        )
        self.ramp.setText(translate("RoutineBuilder", "&Ease towards another pattern"))
        name_widget(
            self.ramp,
            translate("RoutineBuilder", "Ease towards another pattern"),
            translate(
                "RoutineBuilder", "Each breath moves a little towards the pattern of the last one"
            ),
        )
        self.ramp_box.setTitle(translate("RoutineBuilder", "Last breath"))
        for phase, spin in self.ramp_phases.items():
            self._ramp_labels[phase].setText(phase_name(phase))
            name_spin(
                spin,
                translate("RoutineBuilder", "Last breath: %1").replace("%1", phase_name(phase)),
                translate("RoutineBuilder", "Seconds for this part of the last breath"),
            )
        self.default_cues.setText(translate("RoutineBuilder", "Use the &default sounds"))
        name_widget(
            self.default_cues,
            translate("RoutineBuilder", "Use the default sounds"),
            translate("RoutineBuilder", "A chime on each breath in and out, a tick on holds"),
        )
        self.cues_box.setTitle(translate("RoutineBuilder", "Sounds"))
        for phase, combo in self.cues.items():
            self._cue_labels[phase].setText(phase_name(phase))
            combo.setItemText(0, translate("RoutineBuilder", "No sound"))
            for index in range(1, combo.count()):
                combo.setItemText(index, sound_name(str(combo.itemData(index))))
            name_widget(
                combo,
                translate("RoutineBuilder", "Sound for %1").replace("%1", phase_name(phase)),
                translate("RoutineBuilder", "Played when this part of the breath begins"),
            )

    def _changed(self, *_args: object) -> None:
        self._sync_enabled()
        if not self._loading:
            self.changed.emit()

    def _ramp_toggled(self, on: bool) -> None:
        """A new ramp starts from the step's own pattern: the author changes what should move."""
        if on and not self._loading:
            for phase, spin in self.ramp_phases.items():
                spin.blockSignals(True)
                spin.setValue(self.phases[phase].value())
                spin.blockSignals(False)
        self._changed()

    def _sync_enabled(self) -> None:
        by_time = self.length_mode.currentData() == "duration"
        self.cycles.setVisible(not by_time)
        self._labels["cycles"].setVisible(not by_time)
        self.duration.setVisible(by_time)
        self._labels["duration"].setVisible(by_time)
        self.ramp_box.setVisible(self.ramp.isChecked())
        self.cues_box.setVisible(not self.default_cues.isChecked())

    def load(self, table: dict[str, Any]) -> None:
        self._loading = True
        try:
            handled = {"kind", "label", *PHASES, "duration", "cycles", "ramp", "cues"}
            self._extra = {k: v for k, v in table.items() if k not in handled}
            self.label.set_value(table.get("label"))
            for phase, spin in self.phases.items():
                value = table.get(phase, 0)
                spin.setValue(float(value) if isinstance(value, int | float) else 0.0)
            by_time = "duration" in table
            self.length_mode.setCurrentIndex(1 if by_time else 0)
            self.duration.setText(duration_text(table.get("duration")))
            cycles = table.get("cycles", 10)
            self.cycles.setValue(cycles if isinstance(cycles, int) else 10)
            ramp = table.get("ramp")
            self.ramp.setChecked(isinstance(ramp, dict))
            for phase, spin in self.ramp_phases.items():
                value = (ramp or {}).get(phase, table.get(phase, 0))
                spin.setValue(float(value) if isinstance(value, int | float) else 0.0)
            cues = table.get("cues")
            self.default_cues.setChecked(not isinstance(cues, dict))
            chosen = cues if isinstance(cues, dict) else dataclasses.asdict(DEFAULT_CUES)
            for phase, combo in self.cues.items():
                value = chosen.get(phase)
                set_combo_data(combo, value if isinstance(value, str) else None)
            self.retranslate()
            self._sync_enabled()
        finally:
            self._loading = False

    def table(self) -> dict[str, Any]:
        table: dict[str, Any] = {"kind": "breathe"}
        label = self.label.value()
        if label is not None:
            table["label"] = label
        values = {phase: spin.value() for phase, spin in self.phases.items()}
        for phase in PHASES:
            if phase not in OPTIONAL_PHASES or values[phase] != 0:
                table[phase] = number_value(values[phase])
        if self.length_mode.currentData() == "duration":
            duration = duration_value(self.duration.text())
            if duration is not None:
                table["duration"] = duration
        else:
            table["cycles"] = self.cycles.value()
        if self.ramp.isChecked():
            start = BreathPattern(**{p: float(number_value(values[p])) for p in PHASES})
            target = BreathPattern(
                **{p: float(number_value(s.value())) for p, s in self.ramp_phases.items()}
            )
            table["ramp"] = {
                key: number_value(value) for key, value in _ramp_from(start, target).items()
            }
        if not self.default_cues.isChecked():
            chosen = {phase: combo.currentData() for phase, combo in self.cues.items()}
            cues = Cues(**chosen)
            if cues != DEFAULT_CUES:
                table["cues"] = cues_table(cues)
        table.update(self._extra)
        return table


def _ramp_from(start: BreathPattern, target: BreathPattern) -> dict[str, float]:
    return {key: float(value) for key, value in ramp_table(start, target).items()}


class MeditateEditor(QWidget):
    """Edits one meditate step's table: length, interval bell and prompts."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._extra: dict[str, Any] = {}
        self._prompt_extra: list[dict[str, str]] = []
        self.label = TextPair(self)
        self.duration = QLineEdit(self)
        self.interval = QCheckBox(self)
        self.bell_every = QLineEdit(self)
        self.bell = QComboBox(self)
        for name in CUE_NAMES:
            self.bell.addItem("", name)
        self.prompts = QTableWidget(0, 3, self)
        self.prompts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.prompts.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.prompts.verticalHeader().setVisible(False)
        self.prompts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.prompts.setTabKeyNavigation(False)
        self.add_prompt = QPushButton(self)
        self.remove_prompt = QPushButton(self)
        form = QFormLayout(self)
        self._labels: dict[str, QLabel] = {}
        for key, widget in (
            ("label", self.label),
            ("duration", self.duration),
        ):
            label = QLabel(self)
            label.setBuddy(widget.en if isinstance(widget, TextPair) else widget)
            self._labels[key] = label
            form.addRow(label, widget)
        form.addRow(self.interval)
        for key, field in (("bell_every", self.bell_every), ("bell", self.bell)):
            label = QLabel(self)
            label.setBuddy(field)
            self._labels[key] = label
            form.addRow(label, field)
        self._prompts_label = QLabel(self)
        self._prompts_label.setBuddy(self.prompts)
        form.addRow(self._prompts_label)
        form.addRow(self.prompts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_prompt)
        buttons.addWidget(self.remove_prompt)
        buttons.addStretch(1)
        form.addRow(buttons)

        self.label.changed.connect(self._changed)
        self.duration.textChanged.connect(self._changed)
        self.interval.toggled.connect(self._changed)
        self.bell_every.textChanged.connect(self._changed)
        self.bell.currentIndexChanged.connect(self._changed)
        self.prompts.itemChanged.connect(self._changed)
        self.add_prompt.clicked.connect(self.append_prompt)
        self.remove_prompt.clicked.connect(self.delete_prompt)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.name(translate("RoutineBuilder", "Step label"))
        self._labels["label"].setText(translate("RoutineBuilder", "&Label"))
        self._labels["duration"].setText(translate("RoutineBuilder", "&Time"))
        self.duration.setPlaceholderText(translate("RoutineBuilder", "e.g. 10m"))
        name_widget(
            self.duration,
            translate("RoutineBuilder", "Time"),
            translate("RoutineBuilder", "How long the quiet lasts, like 10m or 90s"),
        )
        self.interval.setText(translate("RoutineBuilder", "Ring an &interval bell"))
        name_widget(
            self.interval,
            translate("RoutineBuilder", "Ring an interval bell"),
            translate("RoutineBuilder", "A bell at regular times during the quiet"),
        )
        self._labels["bell_every"].setText(translate("RoutineBuilder", "E&very"))
        self.bell_every.setPlaceholderText(translate("RoutineBuilder", "e.g. 2m"))
        name_widget(
            self.bell_every,
            translate("RoutineBuilder", "Bell interval"),
            translate("RoutineBuilder", "Time between bells, like 2m"),
        )
        self._labels["bell"].setText(translate("RoutineBuilder", "B&ell"))
        for index in range(self.bell.count()):
            self.bell.setItemText(index, sound_name(str(self.bell.itemData(index))))
        name_widget(
            self.bell,
            translate("RoutineBuilder", "Interval bell sound"),
            translate("RoutineBuilder", "The sound of the interval bell"),
        )
        self._prompts_label.setText(translate("RoutineBuilder", "&Prompts"))
        self.prompts.setHorizontalHeaderLabels(
            [
                translate("RoutineBuilder", "At"),
                translate("RoutineBuilder", "English"),
                translate("RoutineBuilder", "Indonesian"),
            ]
        )
        name_widget(
            self.prompts,
            translate("RoutineBuilder", "Prompts"),
            translate(
                "RoutineBuilder",
                "Texts shown during the quiet: the time into the step, then the words",
            ),
        )
        self.add_prompt.setText(translate("RoutineBuilder", "Add &prompt"))
        name_widget(
            self.add_prompt,
            translate("RoutineBuilder", "Add prompt"),
            translate("RoutineBuilder", "Add a text shown during this step"),
        )
        self.remove_prompt.setText(translate("RoutineBuilder", "Remove p&rompt"))
        name_widget(
            self.remove_prompt,
            translate("RoutineBuilder", "Remove prompt"),
            translate("RoutineBuilder", "Remove the selected prompt"),
        )

    def _changed(self, *_args: object) -> None:
        self.bell_every.setEnabled(self.interval.isChecked())
        self.bell.setEnabled(self.interval.isChecked())
        if not self._loading:
            self.changed.emit()

    def append_prompt(self, at: str = "0s", en: str = "", ind: str = "") -> None:
        was_loading = self._loading
        self._loading = True
        row = self.prompts.rowCount()
        self.prompts.insertRow(row)
        for column, text in enumerate((at, en, ind)):
            self.prompts.setItem(row, column, QTableWidgetItem(text))
        self._prompt_extra.append({})
        self._loading = was_loading
        if not self._loading:
            self.prompts.setCurrentCell(row, 1)
            self.changed.emit()

    def delete_prompt(self) -> None:
        row = self.prompts.currentRow()
        if row < 0:
            return
        self.prompts.removeRow(row)
        del self._prompt_extra[row]
        self.changed.emit()

    def load(self, table: dict[str, Any]) -> None:
        self._loading = True
        try:
            handled = {"kind", "label", "duration", "bell_every", "bell", "prompts"}
            self._extra = {k: v for k, v in table.items() if k not in handled}
            self.label.set_value(table.get("label"))
            self.duration.setText(duration_text(table.get("duration")))
            self.interval.setChecked("bell_every" in table)
            self.bell_every.setText(duration_text(table.get("bell_every", "1m")))
            set_combo_data(self.bell, table.get("bell", "bell-soft"))
            self.prompts.setRowCount(0)
            self._prompt_extra = []
            for prompt in table.get("prompts", []):
                text = prompt.get("text", "")
                texts = {"en": text} if isinstance(text, str) else dict(text)
                self.append_prompt(
                    duration_text(prompt.get("at")), texts.pop("en", ""), texts.pop("id", "")
                )
                self._prompt_extra[-1] = texts
            self.retranslate()
            self._changed()
        finally:
            self._loading = False

    def table(self) -> dict[str, Any]:
        table: dict[str, Any] = {"kind": "meditate"}
        label = self.label.value()
        if label is not None:
            table["label"] = label
        duration = duration_value(self.duration.text())
        if duration is not None:
            table["duration"] = duration
        if self.interval.isChecked():
            every = duration_value(self.bell_every.text())
            if every is not None:
                table["bell_every"] = every
        if self.bell.currentData() != "bell-soft":
            table["bell"] = self.bell.currentData()
        prompts = []
        for row in range(self.prompts.rowCount()):
            cells = [self.prompts.item(row, c) for c in range(3)]
            at, en, ind = (cell.text() if cell is not None else "" for cell in cells)
            texts = {"en": en} if en else {}
            if ind:
                texts["id"] = ind
            texts.update(self._prompt_extra[row] if row < len(self._prompt_extra) else {})
            prompt: dict[str, Any] = {}
            at_value = duration_value(at)
            if at_value is not None:
                prompt["at"] = at_value
            if texts:
                prompt["text"] = texts["en"] if list(texts) == ["en"] else texts
            prompts.append(prompt)
        if prompts:
            table["prompts"] = prompts
        table.update(self._extra)
        return table


# -- questions (patched in tests) -------------------------------------------------------------


def ask(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    action: str,
    role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole,
) -> bool:
    """A yes-or-cancel question whose "yes" names the action; Cancel is the default.

    The buttons carry our own translated words: Qt ships no Indonesian for its dialogs.
    """
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    accept = box.addButton(action, role)
    box.addButton(QMessageBox.StandardButton.Cancel)
    translate_buttons(box)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def confirm_lose_comments(parent: QWidget, path: Path, lines: list[int]) -> bool:
    """Ask before rewriting a hand-edited file: the form cannot keep its comments."""
    text = (
        translate(
            "RoutineBuilder",
            "%1 has comments (on line %2). Saving from this form rewrites the file without them.",
        )
        .replace("%1", path.name)
        .replace("%2", ", ".join(QLocale().toString(n) for n in lines[:5]))
    )
    return ask(
        parent,
        QMessageBox.Icon.Warning,
        translate("RoutineBuilder", "Comments will be lost"),
        text,
        translate("RoutineBuilder", "Save without comments"),
    )


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """Ask before saving over a file that exists."""
    return ask(
        parent,
        QMessageBox.Icon.Question,
        translate("RoutineBuilder", "Replace the file?"),
        translate(
            "RoutineBuilder", "%1 already exists in your routines folder. Replace it?"
        ).replace("%1", path.name),
        translate("RoutineBuilder", "Replace"),
        QMessageBox.ButtonRole.DestructiveRole,
    )


def show_save_error(parent: QWidget, message: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("RoutineBuilder", "Not saved"))
    box.setText(
        translate("RoutineBuilder", "The routine could not be saved: %1").replace("%1", message)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    translate_buttons(box)
    box.exec()


# -- the builder ------------------------------------------------------------------------------


class RoutineBuilder(QDialog):
    """Make a new routine, or edit a copy or a user file, and save it to the routines folder.

    Signals:
        saved(Path): the routine was written to this file.
        validated(tuple[Problem, ...]): after every change, the loader's problems (empty when
            the routine is valid).
    """

    saved = Signal(object)
    validated = Signal(object)

    def __init__(
        self,
        folder: Path,
        *,
        session: Session | None = None,
        path: Path | None = None,
        original_text: str | None = None,
        taken_ids: Collection[str] = (),
        clock: Clock | None = None,
        timer_factory: TimerFactory | None = None,
        visual_style: str = "circle",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RoutineBuilder")
        self.folder = folder
        self.path = path
        """The user file being edited; ``None`` for a new routine or a copy."""
        self.original_text = original_text
        self.taken_ids = set(taken_ids)
        self._own_id = session.id if (session is not None and path is not None) else None
        self._clock = clock if clock is not None else MonotonicClock()
        factory = timer_factory if timer_factory is not None else QtTimerFactory()
        self._steps: list[dict[str, Any]] = []
        self._extra: dict[str, Any] = {}
        self._current = -1
        self._loading = False
        self._id_edited = path is not None or session is not None
        self.problems: tuple[Problem, ...] = ()
        self.session: Session | None = None
        self.text = ""
        self._plan: Plan | None = None
        self._engine: Engine | None = None
        self._idle_engine = Engine(compile_plan(_idle_session()), self._clock)
        self._playing = True
        self._build(visual_style)
        self._frames = factory.frame_timer(self._on_frame, parent=self.visual, name="preview")
        self._shortcuts()
        self.retranslate()
        if session is not None:
            self.load_document(session_dict(session))
        else:
            self.load_document({"format": 1, "id": "", "title": "", "steps": [dict(DEFAULT_STEP)]})
        self.resize(1000, 700)

    # -- building ----------------------------------------------------------------------------

    def _build(self, visual_style: str) -> None:
        self.id_edit = QLineEdit(self)
        self.title_edit = TextPair(self)
        self.summary_edit = TextPair(self)
        self.tags_edit = QLineEdit(self)
        self.source_edit = QLineEdit(self)
        self.caution_edit = TextPair(self)
        self.ambient = QComboBox(self)
        self.ambient.addItem("", None)
        for name in AMBIENT_NAMES:
            self.ambient.addItem("", name)

        self.routine_box = QGroupBox(self)
        form = QFormLayout(self.routine_box)
        self._labels: dict[str, QLabel] = {}
        for key, widget in (
            ("title", self.title_edit),
            ("id", self.id_edit),
            ("summary", self.summary_edit),
            ("tags", self.tags_edit),
            ("caution", self.caution_edit),
            ("source", self.source_edit),
            ("ambient", self.ambient),
        ):
            label = QLabel(self.routine_box)
            label.setBuddy(widget.en if isinstance(widget, TextPair) else widget)
            self._labels[key] = label
            form.addRow(label, widget)

        self.steps_box = QGroupBox(self)
        self.step_list = QListWidget(self.steps_box)
        self.step_list.setMaximumHeight(150)
        self.add_breathe = QPushButton(self.steps_box)
        self.add_meditate = QPushButton(self.steps_box)
        self.remove_step = QPushButton(self.steps_box)
        self.move_up = QPushButton(self.steps_box)
        self.move_down = QPushButton(self.steps_box)
        step_buttons = QHBoxLayout()
        for button in (
            self.add_breathe,
            self.add_meditate,
            self.remove_step,
            self.move_up,
            self.move_down,
        ):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        self.editors = QStackedWidget(self.steps_box)
        self.breathe_editor = BreatheEditor(self.editors)
        self.meditate_editor = MeditateEditor(self.editors)
        self.editors.addWidget(self.breathe_editor)
        self.editors.addWidget(self.meditate_editor)
        steps_layout = QVBoxLayout(self.steps_box)
        steps_layout.addWidget(self.step_list)
        steps_layout.addLayout(step_buttons)
        steps_layout.addWidget(self.editors)

        form_body = QWidget(self)
        form_layout = QVBoxLayout(form_body)
        form_layout.addWidget(self.routine_box)
        form_layout.addWidget(self.steps_box)
        form_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_body)

        # The right side: preview and total, the TOML, and the problems.
        self.visual = BreathingVisual(self._frame, visual_style=visual_style, parent=self)
        self.visual.setMinimumSize(180, 180)
        self.total_label = QLabel(self)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.play_button = QPushButton(self)
        self.play_button.clicked.connect(self.toggle_preview)
        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.visual, 1)
        preview_layout.addWidget(self.total_label)
        preview_layout.addWidget(self.play_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.toml_view = QPlainTextEdit(self)
        self.toml_view.setReadOnly(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(preview, "")
        self.tabs.addTab(self.toml_view, "")
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problem_list = QListWidget(self)
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(self._problem_activated)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.tabs, 3)
        right_layout.addWidget(self.problems_label)
        right_layout.addWidget(self.problem_list, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.buttons = ButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.id_edit.textEdited.connect(self._id_typed)
        for text_pair in (self.title_edit, self.summary_edit, self.caution_edit):
            text_pair.changed.connect(self._changed)
        self.title_edit.en.textEdited.connect(self._title_typed)
        for line in (self.id_edit, self.tags_edit, self.source_edit):
            line.textChanged.connect(self._changed)
        self.ambient.currentIndexChanged.connect(self._changed)
        self.step_list.currentRowChanged.connect(self._select_step)
        self.add_breathe.clicked.connect(lambda: self.add_step("breathe"))
        self.add_meditate.clicked.connect(lambda: self.add_step("meditate"))
        self.remove_step.clicked.connect(self.delete_step)
        self.move_up.clicked.connect(lambda: self.move_step(-1))
        self.move_down.clicked.connect(lambda: self.move_step(1))
        self.breathe_editor.changed.connect(self._step_edited)
        self.meditate_editor.changed.connect(self._step_edited)

    def _shortcuts(self) -> None:
        """Keyboard ways to every step action, besides the buttons' own mnemonics."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        bindings: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+Shift+B", lambda: self.add_step("breathe")),
            ("Ctrl+Shift+M", lambda: self.add_step("meditate")),
            ("Alt+Up", lambda: self.move_step(-1)),
            ("Alt+Down", lambda: self.move_step(1)),
            ("Ctrl+Shift+Delete", self.delete_step),
            ("Ctrl+S", self.save),
        ]
        self.shortcuts: dict[str, QShortcut] = {}
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            self.shortcuts[keys] = shortcut

    def retranslate(self) -> None:
        if self.path is not None:
            title = translate("RoutineBuilder", "Edit routine")
        else:
            title = translate("RoutineBuilder", "New routine")
        self.setWindowTitle(title)
        self.routine_box.setTitle(translate("RoutineBuilder", "Routine"))
        texts = {
            "title": translate("RoutineBuilder", "T&itle"),
            "id": translate("RoutineBuilder", "I&d"),
            "summary": translate("RoutineBuilder", "S&ummary"),
            "tags": translate("RoutineBuilder", "T&ags"),
            "caution": translate("RoutineBuilder", "&Caution"),
            "source": translate("RoutineBuilder", "S&ource"),
            "ambient": translate("RoutineBuilder", "Back&ground sound"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.title_edit.name(translate("RoutineBuilder", "Title"))
        self.summary_edit.name(translate("RoutineBuilder", "Summary"))
        self.caution_edit.name(translate("RoutineBuilder", "Caution"))
        name_widget(
            self.id_edit,
            translate("RoutineBuilder", "Id"),
            translate(
                "RoutineBuilder",
                "A short unique name of lowercase letters, digits and hyphens; also the file name",
            ),
        )
        self.id_edit.setPlaceholderText(translate("RoutineBuilder", "e.g. my-evening"))
        name_widget(
            self.tags_edit,
            translate("RoutineBuilder", "Tags"),
            translate("RoutineBuilder", "Words to find the routine by, separated by commas"),
        )
        self.tags_edit.setPlaceholderText(translate("RoutineBuilder", "e.g. calm, sleep"))
        name_widget(
            self.source_edit,
            translate("RoutineBuilder", "Source"),
            translate("RoutineBuilder", "Where the technique comes from"),
        )
        self.ambient.setItemText(0, translate("RoutineBuilder", "None"))
        for index in range(1, self.ambient.count()):
            self.ambient.setItemText(index, sound_name(str(self.ambient.itemData(index))))
        name_widget(
            self.ambient,
            translate("RoutineBuilder", "Background sound"),
            translate("RoutineBuilder", "A quiet sound that loops under the whole routine"),
        )
        self.steps_box.setTitle(translate("RoutineBuilder", "Steps"))
        name_widget(
            self.step_list,
            translate("RoutineBuilder", "Steps"),
            translate(
                "RoutineBuilder",
                "The steps in order. Alt+Up and Alt+Down move the selected step.",
            ),
        )
        buttons = (
            (
                self.add_breathe,
                translate("RoutineBuilder", "Add &breathing"),
                translate("RoutineBuilder", "Add breathing step"),
                translate("RoutineBuilder", "Add a paced breathing step (Ctrl+Shift+B)"),
            ),
            (
                self.add_meditate,
                translate("RoutineBuilder", "Add &quiet"),
                translate("RoutineBuilder", "Add quiet step"),
                translate("RoutineBuilder", "Add a step of timed quiet (Ctrl+Shift+M)"),
            ),
            (
                self.remove_step,
                translate("RoutineBuilder", "&Remove"),
                translate("RoutineBuilder", "Remove step"),
                translate("RoutineBuilder", "Remove the selected step (Ctrl+Shift+Delete)"),
            ),
            (
                self.move_up,
                translate("RoutineBuilder", "Move &up"),
                translate("RoutineBuilder", "Move step up"),
                translate("RoutineBuilder", "Move the selected step earlier (Alt+Up)"),
            ),
            (
                self.move_down,
                translate("RoutineBuilder", "Move do&wn"),
                translate("RoutineBuilder", "Move step down"),
                translate("RoutineBuilder", "Move the selected step later (Alt+Down)"),
            ),
        )
        for button, text, name, description in buttons:
            button.setText(text)
            name_widget(button, name, description)
        name_widget(
            self.tabs,
            translate("RoutineBuilder", "Preview and TOML"),
            translate("RoutineBuilder", "Watch the routine, or read the text that will be saved"),
        )
        self.tabs.setTabText(0, translate("RoutineBuilder", "Preview"))
        self.tabs.setTabText(1, translate("RoutineBuilder", "TOML"))
        name_widget(
            self.toml_view,
            translate("RoutineBuilder", "The routine as TOML"),
            translate("RoutineBuilder", "The text that will be saved"),
        )
        name_widget(
            self.visual,
            translate("RoutineBuilder", "Preview"),
            translate("RoutineBuilder", "The routine played in a small breathing picture"),
        )
        name_widget(
            self.problem_list,
            translate("RoutineBuilder", "Problems"),
            translate(
                "RoutineBuilder",
                "What must be fixed before saving, as tenang sessions validate reports it. "
                "Press Enter on one to go to its step.",
            ),
        )
        self.breathe_editor.retranslate()
        self.meditate_editor.retranslate()
        translate_buttons(self.buttons)
        self._update_status()
        self._refresh_step_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the document ------------------------------------------------------------------------

    def load_document(self, data: dict[str, Any]) -> None:
        """Fill the form from a routine's TOML data (``session_dict`` or a parsed file)."""
        self._loading = True
        try:
            handled = {
                "format", "id", "title", "summary", "tags", "source", "caution", "ambient",
                "steps",
            }  # fmt: skip
            self._extra = {k: v for k, v in data.items() if k not in handled}
            self.id_edit.setText(str(data.get("id", "")))
            self.title_edit.set_value(data.get("title"))
            self.summary_edit.set_value(data.get("summary"))
            self.caution_edit.set_value(data.get("caution"))
            self.tags_edit.setText(", ".join(str(tag) for tag in data.get("tags", [])))
            self.source_edit.setText(str(data.get("source", "")))
            self.source_edit.setCursorPosition(0)
            set_combo_data(self.ambient, data.get("ambient"))
            self._steps = [dict(step) for step in data.get("steps", [])]
            self._current = -1
            self.step_list.clear()
            for _ in self._steps:
                self.step_list.addItem(QListWidgetItem())
        finally:
            self._loading = False
        self._refresh_step_titles()
        if self._steps:
            self.step_list.setCurrentRow(0)
        self.revalidate()

    def document(self) -> dict[str, Any]:
        """The routine as TOML data, built from the form."""
        self._store_current()
        data: dict[str, Any] = {"format": 1}
        ident = self.id_edit.text().strip()
        if ident:
            data["id"] = ident
        for key, pair in (
            ("title", self.title_edit),
            ("summary", self.summary_edit),
        ):
            value = pair.value()
            if value is not None:
                data[key] = value
        tags = [tag.strip() for tag in self.tags_edit.text().split(",") if tag.strip()]
        if tags:
            data["tags"] = tags
        if self.source_edit.text().strip():
            data["source"] = self.source_edit.text()
        caution = self.caution_edit.value()
        if caution is not None:
            data["caution"] = caution
        data.update(self._extra)
        if self.ambient.currentData() is not None:
            data["ambient"] = self.ambient.currentData()
        data["steps"] = [dict(step) for step in self._steps]
        return data

    def file_label(self) -> str:
        if self.path is not None:
            return self.path.name
        ident = self.id_edit.text().strip()
        return routine_file_name(ident or "routine")

    def revalidate(self) -> None:
        """Write the form as TOML, load it like the CLI does, show problems, total, preview."""
        if self._loading:
            return
        data = self.document()
        schema = schema_directive(self.original_text) if self.original_text else None
        self.text = dumps_routine(data, schema=schema)
        base = self.path.parent if self.path is not None else self.folder
        result = load_session_text(self.text, self.file_label(), base_dir=base)
        problems = list(result.problems)
        session = result.session
        if session is not None and session.id in self.taken_ids and session.id != self._own_id:
            problems.append(self._clash_problem(session.id))
            session = None
        self.problems = tuple(problems)
        self.session = session
        self.toml_view.setPlainText(self.text)
        self.problem_list.clear()
        for problem in self.problems:
            item = QListWidgetItem(str(problem), self.problem_list)
            item.setToolTip(str(problem))
        self._set_preview(self._preview_session(data, result.session))
        self._update_status()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(self.session is not None)
        self.validated.emit(self.problems)

    def _clash_problem(self, ident: str) -> Problem:
        text = self.text.split("\n")
        line = next((i for i, row in enumerate(text, 1) if row.startswith("id = ")), None)
        return Problem(
            self.file_label(),
            line,
            1 if line else None,
            "id",
            f'"{ident}" is already used by another routine (give it another id)',
        )

    def _preview_session(self, data: dict[str, Any], session: Session | None) -> Session | None:
        """The routine to play: the valid one, or the same steps under a stand-in id and title
        while those are still missing (a routine is worth hearing before it has a name)."""
        if session is not None:
            return session
        stand_in = {**data, "id": PREVIEW_FALLBACK_ID, "title": "Preview", "tags": []}
        stand_in.pop("source", None)
        base = self.path.parent if self.path is not None else self.folder
        return load_session_text(dumps_routine(stand_in), "preview.toml", base_dir=base).session

    def _update_status(self) -> None:
        if self._plan is not None:
            total = translate("RoutineBuilder", "Total: %1").replace(
                "%1", format_total(self._plan.total)
            )
        else:
            total = translate("RoutineBuilder", "Total: not known yet")
        self.total_label.setText(total)
        self.total_label.setAccessibleName(total)
        count = len(self.problems)
        if count == 0:
            status = translate("RoutineBuilder", "No problems: the routine can be saved.")
        elif count == 1:
            status = translate("RoutineBuilder", "1 problem to fix before saving:")
        else:
            status = translate("RoutineBuilder", "%1 problems to fix before saving:").replace(
                "%1", QLocale().toString(count)
            )
        self.problems_label.setText(status)
        self.problem_list.setVisible(count > 0)
        if self._playing:
            self.play_button.setText(translate("RoutineBuilder", "&Pause preview"))
        else:
            self.play_button.setText(translate("RoutineBuilder", "&Play preview"))
        name_widget(
            self.play_button,
            self.play_button.text().replace("&", ""),
            translate("RoutineBuilder", "Start or pause the preview; it is silent"),
        )

    def _changed(self, *_args: object) -> None:
        self.revalidate()

    def _id_typed(self, _text: str) -> None:
        self._id_edited = True

    def _title_typed(self, text: str) -> None:
        """Until the id is typed by hand, it follows the English title."""
        if self._id_edited:
            return
        slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:64].rstrip("-")
        candidate, number = slug, 2
        while candidate in self.taken_ids:
            suffix = f"-{number}"
            candidate, number = slug[: 64 - len(suffix)] + suffix, number + 1
        self.id_edit.setText(candidate)

    # -- steps -------------------------------------------------------------------------------

    def step_tables(self) -> list[dict[str, Any]]:
        self._store_current()
        return [dict(step) for step in self._steps]

    def current_editor(self) -> BreatheEditor | MeditateEditor | None:
        if not 0 <= self._current < len(self._steps):
            return None
        return (
            self.meditate_editor
            if self._steps[self._current].get("kind") == "meditate"
            else self.breathe_editor
        )

    def _store_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            self._steps[self._current] = editor.table()

    def _select_step(self, row: int) -> None:
        if self._loading:
            return
        self._store_current()
        self._current = row
        editor = self.current_editor()
        if editor is None:
            self.editors.setVisible(False)
            return
        self.editors.setVisible(True)
        editor.load(self._steps[row])
        self.editors.setCurrentWidget(editor)
        self._update_step_buttons()

    def _step_edited(self) -> None:
        self._store_current()
        self._refresh_step_titles()
        self.revalidate()

    def _refresh_step_titles(self) -> None:
        for row, step in enumerate(self._steps):
            item = self.step_list.item(row)
            if item is None:
                continue
            kind = (
                translate("RoutineBuilder", "Quiet")
                if step.get("kind") == "meditate"
                else translate("RoutineBuilder", "Breathing")
            )
            label = step.get("label")
            if isinstance(label, dict):
                label = label.get(current_language()) or next(iter(label.values()), "")
            text = translate("RoutineBuilder", "%1. %2").replace("%1", QLocale().toString(row + 1))
            if label:
                kind = (
                    translate("RoutineBuilder", "%1: %2").replace("%1", kind).replace("%2", label)
                )
            text = text.replace("%2", kind)
            item.setText(text)
        self._update_step_buttons()

    def _update_step_buttons(self) -> None:
        row = self.step_list.currentRow()
        self.remove_step.setEnabled(len(self._steps) > 1 and row >= 0)
        self.move_up.setEnabled(row > 0)
        self.move_down.setEnabled(0 <= row < len(self._steps) - 1)

    def add_step(self, kind: str) -> None:
        self._store_current()
        table = dict(DEFAULT_MEDITATE if kind == "meditate" else DEFAULT_STEP)
        row = self.step_list.currentRow() + 1 if self._steps else 0
        self._steps.insert(row, table)
        self._loading = True
        self.step_list.insertItem(row, QListWidgetItem())
        self._loading = False
        self._current = -1
        self._refresh_step_titles()
        self.step_list.setCurrentRow(row)
        self._select_step(row)
        self.revalidate()

    def delete_step(self) -> None:
        row = self.step_list.currentRow()
        if row < 0 or len(self._steps) <= 1:
            return
        self._current = -1
        del self._steps[row]
        self._loading = True
        self.step_list.takeItem(row)
        self._loading = False
        self._refresh_step_titles()
        new_row = min(row, len(self._steps) - 1)
        self.step_list.setCurrentRow(new_row)
        self._select_step(new_row)
        self.revalidate()

    def move_step(self, offset: int) -> None:
        row = self.step_list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < len(self._steps):
            return
        self._store_current()
        self._steps[row], self._steps[target] = self._steps[target], self._steps[row]
        self._current = -1
        self._refresh_step_titles()
        self._loading = True
        self.step_list.setCurrentRow(target)
        self._loading = False
        self._select_step(target)
        self.step_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.revalidate()

    def _problem_activated(self, item: QListWidgetItem) -> None:
        row = self.problem_list.row(item)
        if not 0 <= row < len(self.problems):
            return
        match = _STEP_KEY.match(self.problems[row].key)
        if match is not None and int(match.group(1)) < len(self._steps):
            self.step_list.setCurrentRow(int(match.group(1)))
            self.editors.setFocus(Qt.FocusReason.OtherFocusReason)
            self.editors.focusNextChild()

    # -- preview -----------------------------------------------------------------------------

    def _set_preview(self, session: Session | None) -> None:
        plan = compile_plan(session) if session is not None else None
        if plan is not None and self._plan is not None and plan.segments == self._plan.segments:
            return  # a change of words only: let the preview play on
        self._plan = plan
        self._engine = Engine(plan, self._clock) if plan is not None else None
        if self._engine is not None and self._playing:
            self._engine.start()
        self._sync_frames()
        self.visual.refresh()

    @property
    def preview_engine(self) -> Engine | None:
        return self._engine

    def _frame(self) -> Frame:
        engine = self._engine or self._idle_engine
        return engine.frame(self._clock.now())

    def _on_frame(self) -> None:
        engine = self._engine
        now = self._clock.now()
        if (
            engine is not None
            and engine.state is State.RUNNING
            and engine.elapsed(now) >= engine.plan.total
        ):
            # Loop: the preview starts again from the top.
            self._engine = Engine(engine.plan, self._clock)
            self._engine.start()
        self.visual.refresh()

    def toggle_preview(self) -> None:
        engine = self._engine
        self._playing = not self._playing
        if engine is not None:
            if self._playing:
                if engine.state is State.IDLE:
                    engine.start()
                elif engine.state is State.PAUSED:
                    engine.resume()
            elif engine.state is State.RUNNING:
                engine.pause()
        self._sync_frames()
        self._update_status()
        self.visual.refresh()

    def _sync_frames(self) -> None:
        running = (
            self._engine is not None
            and self._engine.state is State.RUNNING
            and self.visual.isVisible()
        )
        if running:
            self._frames.start()
        else:
            self._frames.stop()

    @property
    def preview_running(self) -> bool:
        return self._frames.is_active

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_frames()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._frames.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._frames.stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._frames.stop()
        super().done(result)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> Path | None:
        """Save if valid; asks before losing comments or replacing a file. Returns the file."""
        self.revalidate()
        if self.session is None:
            self.problem_list.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if self.path is not None and self.original_text is not None:
            lines = comment_lines(self.original_text)
            if lines and not confirm_lose_comments(self, self.path, lines):
                return None
        try:
            if self.path is not None:
                written = save_routine_text(self.folder, self.text, path=self.path, replace=True)
            else:
                try:
                    written = save_routine_text(self.folder, self.text)
                except RoutineExistsError as exists:
                    if not confirm_replace(self, exists.path):
                        return None
                    written = save_routine_text(self.folder, self.text, replace=True)
        except StoreError as error:
            show_save_error(self, str(error))
            return None
        except OSError as error:
            show_save_error(self, error.strerror or str(error))
            return None
        self.path = written
        self.original_text = self.text
        self._own_id = self.session.id
        self.saved.emit(written)
        self.accept()
        return written


def _idle_session() -> Session:
    return Session(
        id=PREVIEW_FALLBACK_ID,
        title=Text.plain("Preview"),
        steps=(BreatheStep(BreathPattern(4, exhale=4), cycles=1),),
    )
