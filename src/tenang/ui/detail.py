"""The detail pane: what a routine is, step by step in plain words, and a Start button.

Step descriptions are built from translatable phrases ("%1 s in" / "tarik %1 dtk") because word
order differs between English and Indonesian; numbers come from the default ``QLocale`` so
"5.5" reads "5,5" in Indonesian.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tenang.core.model import BREATH_PHASES, BreatheStep, BreathPattern, MeditateStep, Phase, Step
from tenang.core.safety import unknown_author
from tenang.ui.i18n import (
    current_language,
    format_number,
    format_seconds,
    format_total,
    name_widget,
    translate,
)
from tenang.ui.library import RoutineItem
from tenang.ui.theme import caution_box


def _phase_phrase(phase: Phase, seconds: float) -> str:
    number = format_number(seconds)
    phrases = {
        Phase.INHALE: translate("StepText", "%1 s in"),
        Phase.TOP_UP: translate("StepText", "%1 s top-up"),
        Phase.HOLD: translate("StepText", "%1 s hold"),
        Phase.EXHALE: translate("StepText", "%1 s out"),
        Phase.HOLD_EMPTY: translate("StepText", "%1 s hold empty"),
    }
    return phrases[phase].replace("%1", number)


def _count(n: int, what: str) -> str:
    """``1 cycle`` / ``4 cycles``; spelled out because lupdate misses plural calls in Python."""
    if what == "cycle":
        text = translate("StepText", "1 cycle") if n == 1 else translate("StepText", "%1 cycles")
    else:
        text = translate("StepText", "1 prompt") if n == 1 else translate("StepText", "%1 prompts")
    return text.replace("%1", QLocale().toString(n))


def describe_breath(pattern: BreathPattern) -> str:
    """``4 s in, 7 s hold, 8 s out`` / ``tarik 4 dtk, tahan 7 dtk, hembuskan 8 dtk``."""
    separator = translate("StepText", ", ")
    return separator.join(
        _phase_phrase(phase, pattern.seconds(phase))
        for phase in BREATH_PHASES
        if pattern.seconds(phase) > 0
    )


def describe_step(step: Step) -> str:
    """One step in plain words, in the current language."""
    separator = translate("StepText", ", ")
    if isinstance(step, MeditateStep):
        parts = [translate("StepText", "%1 of quiet").replace("%1", format_seconds(step.duration))]
        if step.bell_every is not None:
            parts.append(
                translate("StepText", "a bell every %1").replace(
                    "%1", format_seconds(step.bell_every)
                )
            )
        if step.prompts:
            parts.append(_count(len(step.prompts), "prompt"))
    else:
        assert isinstance(step, BreatheStep)
        parts = [describe_breath(step.pattern)]
        if step.ramp_to is not None:
            parts.append(
                translate("StepText", "easing to %1").replace("%1", describe_breath(step.ramp_to))
            )
        if step.cycles is not None:
            parts.append(_count(step.cycles, "cycle"))
        elif step.duration is not None:
            parts.append(
                translate("StepText", "for %1").replace("%1", format_seconds(step.duration))
            )
    text = separator.join(parts)
    if step.label is not None:
        return (
            translate("StepText", "%1: %2")
            .replace("%1", step.label.get(current_language()))
            .replace("%2", text)
        )
    return text


class DetailPane(QScrollArea):
    """Shows one routine; emits :attr:`startRequested` with it when Start is pressed."""

    startRequested = Signal(object)
    duplicateRequested = Signal(object)
    editRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._item: RoutineItem | None = None
        body = QWidget(self)
        self.setWidget(body)
        self.title = QLabel(body)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.meta = QLabel(body)
        self.meta.setObjectName("muted")
        self.meta.setWordWrap(True)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.steps_heading = self._heading(body)
        self.steps = QLabel(body)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.source_heading = self._heading(body)
        self.source = QLabel(body)
        self.source.setWordWrap(True)
        self.source.setObjectName("muted")
        self.caution_box, self.caution = caution_box(body)
        self.start_button = QPushButton(body)
        self.start_button.setObjectName("primary")
        self.start_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.start_button.clicked.connect(self._start)
        # Routine authoring (tenang.ui.import_routine.RoutineAuthoring listens to these).
        self.duplicate_button = QPushButton(body)
        self.duplicate_button.clicked.connect(lambda: self._emit(self.duplicateRequested))
        self.edit_button = QPushButton(body)
        self.edit_button.clicked.connect(lambda: self._emit(self.editRequested))
        self.empty = QLabel(body)
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps)
        layout.addWidget(self.caution_box)
        layout.addWidget(self.source_heading)
        layout.addWidget(self.source)
        layout.addSpacing(8)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.duplicate_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.show_item(None)

    @staticmethod
    def _heading(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    def item(self) -> RoutineItem | None:
        return self._item

    def show_item(self, item: RoutineItem | None) -> None:
        self._item = item
        self.retranslate()

    def _emit(self, signal: SignalInstance) -> None:
        if self._item is not None:
            signal.emit(self._item)

    def _retranslate_authoring(self, item: RoutineItem | None) -> None:
        self.duplicate_button.setText(translate("DetailPane", "&Duplicate to my routines"))
        name_widget(
            self.duplicate_button,
            translate("DetailPane", "Duplicate to my routines"),
            translate("DetailPane", "Open a copy of this routine in the routine builder"),
        )
        self.edit_button.setText(translate("DetailPane", "&Edit"))
        name_widget(
            self.edit_button,
            translate("DetailPane", "Edit"),
            translate("DetailPane", "Change this routine in the routine builder"),
        )
        self.duplicate_button.setVisible(item is not None)
        self.edit_button.setVisible(item is not None and item.user)

    def _start(self) -> None:
        if self._item is not None:
            self.startRequested.emit(self._item)

    def retranslate(self) -> None:
        item = self._item
        self.steps_heading.setText(translate("DetailPane", "Steps"))
        self.source_heading.setText(translate("DetailPane", "Source"))
        self.start_button.setText(translate("DetailPane", "&Start"))
        self._retranslate_authoring(item)
        self.empty.setText(translate("DetailPane", "Choose a routine to see what it does."))
        content = (
            self.title,
            self.meta,
            self.summary,
            self.steps_heading,
            self.steps,
            self.start_button,
        )
        for widget in content:
            widget.setVisible(item is not None)
        self.empty.setVisible(item is None)
        if item is None:
            self.caution_box.setVisible(False)
            self.source.setVisible(False)
            self.source_heading.setVisible(False)
            self.start_button.setAccessibleName(translate("DetailPane", "Start"))
            self.start_button.setAccessibleDescription("")
            return
        language = current_language()
        session = item.session
        title = session.title.get(language)
        self.title.setText(title)
        origin = (
            translate("DetailPane", "Your routine")
            if item.user
            else translate("DetailPane", "Included with Tenang")
        )
        total = format_total(item.total)
        meta = [translate("DetailPane", "Total %1").replace("%1", total), origin]
        if session.tags:
            meta.append(", ".join(session.tags))
        if unknown_author(session):
            meta.append(translate("DetailPane", "Unknown author"))
        self.meta.setText(" · ".join(meta))
        summary = session.summary.get(language) if session.summary else ""
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        lines = [
            translate("DetailPane", "%1. %2")
            .replace("%1", QLocale().toString(i))
            .replace("%2", describe_step(step))
            for i, step in enumerate(session.steps, start=1)
        ]
        self.steps.setText("\n".join(lines))
        caution = session.caution.get(language) if session.caution else ""
        self.caution.setText(caution)
        self.caution_box.setVisible(bool(caution))
        self.caution_box.setAccessibleName(translate("DetailPane", "Caution"))
        self.source.setText(session.source or "")
        self.source.setVisible(bool(session.source))
        self.source_heading.setVisible(bool(session.source))
        self.start_button.setAccessibleName(
            translate("DetailPane", "Start %1").replace("%1", title)
        )
        self.start_button.setAccessibleDescription(
            translate("DetailPane", "Start the routine; it takes %1").replace("%1", total)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
