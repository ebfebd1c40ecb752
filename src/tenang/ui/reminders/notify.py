"""Showing a reminder without interrupting: never raise or focus a window, never move the mouse.

The first choice is the system's own notification (the tray's ``showMessage``, which goes
through the desktop's notification service and so obeys its do-not-disturb). Where there is no
tray, a small frameless window appears in a corner of the screen the pointer is *not* needed
for: it is a ``Qt.Tool`` window that does not accept focus and is shown without activating, so
typing carries on in whatever window had it. It fades away by itself after
:data:`POPUP_SECONDS`; its buttons (Start, Snooze 10 min, Skip today) work with the mouse.
The fade runs on an injectable single-shot so tests fire it instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QEnterEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tenang.core.reminders import Due, OpenCheckIn
from tenang.ui.i18n import name_widget, translate
from tenang.ui.reminders.scheduler import SingleShot, qt_single_shot

POPUP_SECONDS: Final = 20
FADE_STEPS: Final = 8
FADE_STEP_MS: Final = 60
MARGIN: Final = 16
SNOOZE_FROM_POPUP: Final = 10


def reminder_title(due: Due) -> str:
    if isinstance(due.action, OpenCheckIn):
        return translate("Reminders", "Time for a quick check-in")
    return translate("Reminders", "Time for a breath")


def reminder_text(due: Due, routine_title: Callable[[str], str] | None = None) -> str:
    if isinstance(due.action, OpenCheckIn):
        return translate("Reminders", "How are you feeling right now?")
    name = due.action.routine_id
    if routine_title is not None:
        name = routine_title(name)
    return translate("Reminders", "%1, whenever you are ready.").replace("%1", name)


class ReminderPopup(QWidget):
    """The fallback: a small corner window that never takes focus and fades after 20 s."""

    startClicked = Signal()
    snoozeClicked = Signal()
    skipClicked = Signal()

    def __init__(
        self,
        title: str,
        text: str,
        *,
        timer_factory: Callable[[Callable[[], None], QObject | None], SingleShot] = (
            qt_single_shot
        ),
    ) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("reminderPopup")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.title_label = QLabel(title, self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        row = QHBoxLayout()
        self.start_button = QPushButton(translate("Reminders", "Start"), self)
        self.snooze_button = QPushButton(translate("Reminders", "Snooze 10 min"), self)
        self.skip_button = QPushButton(translate("Reminders", "Skip today"), self)
        for button, signal in (
            (self.start_button, self.startClicked),
            (self.snooze_button, self.snoozeClicked),
            (self.skip_button, self.skipClicked),
        ):
            # Clicking works; Tab never lands here, since the window never takes focus.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(signal.emit)
            button.clicked.connect(self.close)
            row.addWidget(button)
        name_widget(self.start_button, self.start_button.text(), text)
        row.addStretch(1)
        layout.addLayout(row)
        self.setMinimumWidth(320)
        self.setMaximumWidth(420)
        self._fade_left = FADE_STEPS
        self.timer = timer_factory(self._tick, self)

    def show_in_corner(self) -> None:
        """Bottom-right of the primary screen's free area, shown without activation."""
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            corner = area.bottomRight() - QPoint(self.width() + MARGIN, self.height() + MARGIN)
            self.move(corner)
        self.setWindowOpacity(1.0)
        self.show()
        self._fade_left = FADE_STEPS
        self.timer.start(POPUP_SECONDS * 1000)

    def _tick(self) -> None:
        """After 20 s, fade out in a few steps, then close (which deletes the window)."""
        self._fade_left -= 1
        if self._fade_left <= 0:
            self.close()
            return
        self.setWindowOpacity(self._fade_left / FADE_STEPS)
        self.timer.start(FADE_STEP_MS)

    def enterEvent(self, event: QEnterEvent) -> None:
        """Pointing at it means reading it: hold the fade until the pointer leaves."""
        self.timer.stop()
        self.setWindowOpacity(1.0)
        self._fade_left = FADE_STEPS
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.timer.start(POPUP_SECONDS * 1000 // 2)
        super().leaveEvent(event)


class Notifier(QObject):
    """Shows a due reminder through the tray when it can, else through :class:`ReminderPopup`.

    Its signals carry the choice back; the composition root connects them to the scheduler
    and the window (``start`` opens the player or the check-in, which is the user's choice,
    so only then does a window come forward).
    """

    startRequested = Signal(object)
    snoozeRequested = Signal(object)
    skipRequested = Signal(object)

    def __init__(
        self,
        tray: object | None = None,
        *,
        routine_title: Callable[[str], str] | None = None,
        timer_factory: Callable[[Callable[[], None], QObject | None], SingleShot] = (
            qt_single_shot
        ),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tray = tray
        """Anything with ``show_message(title, text) -> bool`` (the tray); ``None``: popup."""
        self._routine_title = routine_title
        self._timer_factory = timer_factory
        self.popup: ReminderPopup | None = None
        self.last: Due | None = None

    def show(self, due: Due) -> None:
        self.last = due
        title, text = reminder_title(due), reminder_text(due, self._routine_title)
        show_message = getattr(self.tray, "show_message", None)
        if show_message is not None and show_message(title, text):
            return
        if self.popup is not None:
            self.popup.close()
        popup = ReminderPopup(title, text, timer_factory=self._timer_factory)
        popup.startClicked.connect(lambda: self.startRequested.emit(due))
        popup.snoozeClicked.connect(lambda: self.snoozeRequested.emit(due))
        popup.skipClicked.connect(lambda: self.skipRequested.emit(due))
        popup.destroyed.connect(self._popup_gone)
        self.popup = popup
        popup.show_in_corner()

    def message_clicked(self) -> None:
        """The tray message was clicked: that is the user choosing to start."""
        if self.last is not None:
            self.startRequested.emit(self.last)

    def _popup_gone(self) -> None:
        self.popup = None
