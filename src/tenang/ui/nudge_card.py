"""The low-mood card: a quiet line on the library page after a run of low days, shown once.

The rule lives in ``tenang.core.nudges``; this is only its face. It is never a pop-up and
never alarming: one kind sentence, a way to Get help, a calming routine, and a Dismiss button.
The card is shown once per low run: when it appears, the run's first day is stored in
``Settings.low_mood_shown``, so neither dismissing it nor restarting Tenang brings it back
until a new run begins. ``Settings.low_mood_card`` turns it off altogether.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Final

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tenang.core.journal.insights import DayMood
from tenang.core.nudges import card_to_show
from tenang.core.settings import Settings
from tenang.ui.i18n import name_widget, translate

CALMING_ROUTINE: Final = "extended-exhale"
"""The routine the card offers: long, easy out-breaths, no holds."""


def last_shown(settings: Settings) -> date | None:
    """The run the card was last shown for; an unreadable value counts as none."""
    try:
        return date.fromisoformat(settings.low_mood_shown) if settings.low_mood_shown else None
    except ValueError:
        return None


class NudgeCard(QFrame):
    """Signals: getHelpRequested(), routineRequested(str), dismissed()."""

    getHelpRequested = Signal()
    routineRequested = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NudgeCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.help_button = QPushButton(self)
        self.help_button.clicked.connect(self.getHelpRequested)
        self.routine_button = QPushButton(self)
        self.routine_button.clicked.connect(lambda: self.routineRequested.emit(CALMING_ROUTINE))
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.routine_button)
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()
        self.retranslate()

    def consider(self, daily: Iterable[DayMood], today: date, settings: Settings) -> Settings:
        """Show the card if the rule says so; returns the settings to keep (run remembered)."""
        if not settings.low_mood_card:
            self.hide()
            return settings
        run = card_to_show(daily, today, enabled=True, last_shown=last_shown(settings))
        if run is None:
            return settings  # a card already showing stays until it is dismissed
        self.show()
        return replace(settings, low_mood_shown=run.start.isoformat())

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def retranslate(self) -> None:
        self.text.setText(
            translate(
                "NudgeCard",
                "Your last few check-ins have been low. That is hard, and you do not have to "
                "carry it alone: talking to someone can help.",
            )
        )
        self.help_button.setText(translate("NudgeCard", "Get help"))
        name_widget(
            self.help_button,
            translate("NudgeCard", "Get help"),
            translate("NudgeCard", "Helplines and your trusted contacts"),
        )
        self.routine_button.setText(translate("NudgeCard", "A calming routine"))
        name_widget(
            self.routine_button,
            translate("NudgeCard", "A calming routine"),
            translate("NudgeCard", "Starts a few minutes of long, easy out-breaths"),
        )
        self.dismiss_button.setText(translate("NudgeCard", "Dismiss"))
        name_widget(
            self.dismiss_button,
            translate("NudgeCard", "Dismiss this card"),
            translate("NudgeCard", "It will not come back until another run of low days"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
