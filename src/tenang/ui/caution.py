"""The caution before a run: one question for every routine that carries a word of care.

One dialog covers both cases:

- a routine with a ``caution`` shows it before it starts;
- an intense routine (long holds, fast breathing: ``tenang.core.safety``) also says what makes
  it intense and links the "Breathing safely" guide;
- "Don't show this again for this routine" is remembered in ``Settings.cautions_seen``.

The dialog is window-modal but not blocking (``open()``, not ``exec()``): the run continues
from its ``accepted`` signal, like the journal's before-check-in, so tests drive it directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tenang.core.model import Session
from tenang.core.safety import is_intense
from tenang.ui.i18n import ButtonBox, current_language, name_widget, translate, translate_buttons
from tenang.ui.import_routine import intensity_text

SAFETY_GUIDE: Final = "safety"


def needs_caution(session: Session, seen: tuple[str, ...]) -> bool:
    """True when ``session`` has something to say first and the user has not turned it off."""
    return session.id not in seen and (session.caution is not None or is_intense(session))


def caution_text(session: Session) -> str:
    """What makes the routine intense (if it is), then its caution (or a general one)."""
    caution = session.caution.get(current_language()) if session.caution else ""
    if not is_intense(session):
        return caution
    general = translate(
        "ImportRoutine",
        "If you feel dizzy, light-headed or short of breath, stop and breathe normally. "
        "Do not practise this in water, while driving, or if you are pregnant or have a "
        "heart or lung condition, without advice.",
    )
    return f"{intensity_text(session)}\n\n{caution or general}"


class CautionDialog(QDialog):
    """Signals: safetyRequested() when the safety guide's link is clicked."""

    safetyRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CautionDialog")
        self.setMinimumWidth(440)
        self.session = session
        language = current_language()
        self.heading = QLabel(session.title.get(language), self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.text = QLabel(caution_text(session), self)
        self.text.setWordWrap(True)
        self.safety_link = QLabel(self)
        self.safety_link.setTextFormat(Qt.TextFormat.RichText)
        self.safety_link.setOpenExternalLinks(False)
        self.safety_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.safety_link.linkActivated.connect(lambda _href: self.safetyRequested.emit())
        self.safety_link.setVisible(is_intense(session))
        self.dont_show = QCheckBox(self)
        self.buttons = ButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.safety_link)
        layout.addWidget(self.dont_show)
        layout.addWidget(self.buttons)
        self.setWindowTitle(translate("ImportRoutine", "Before you start"))
        self.start_button.setText(translate("ImportRoutine", "Start"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setDefault(True)
        title = translate("Caution", "Breathing safely")
        self.safety_link.setText(
            f'<a href="guide:{SAFETY_GUIDE}">'
            + translate("Caution", "Read “%1” first").replace("%1", title)
            + "</a>"
        )
        name_widget(
            self.safety_link,
            translate("Caution", "Read “%1” first").replace("%1", title),
            translate("Caution", "Opens the safety guide in Learn"),
        )
        self.dont_show.setText(translate("Caution", "Don't show this again for this routine"))
        translate_buttons(self.buttons)

    def remember(self) -> bool:
        return self.dont_show.isChecked()


def ask_before_run(window: Any, item: Any, proceed: Callable[[Any], None]) -> CautionDialog | None:
    """Show ``item``'s caution if it needs one; ``proceed(item)`` runs once it is accepted.

    Returns the dialog (the answer comes later) or ``None`` when no caution is due and the
    caller should carry on at once. ``window`` is the main window: its settings say which
    cautions were turned off and it stores the new choice.
    """
    session: Session = item.session
    if not needs_caution(session, window.settings.cautions_seen):
        return None
    dialog = CautionDialog(session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        if dialog.remember():
            window.remember_caution(session.id)
        proceed(item)

    dialog.accepted.connect(accepted)
    dialog.safetyRequested.connect(lambda: window.show_learn(SAFETY_GUIDE))
    window.caution_dialog = dialog
    dialog.open()
    return dialog
