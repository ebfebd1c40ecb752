"""The journal window: History, Insights and About your data as tabs, with a Check in button.

A window of its own (not a page of the main window) so the journal can stay open beside the
library, and so closing it never interrupts a routine. When the journal locks, History and
Insights drop everything they read and show a "locked" panel with an Unlock button instead;
About your data stays, since nothing on it needs the key.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tenang.core.journal import Journal
from tenang.core.paths import UserPaths
from tenang.ui.i18n import name_widget, translate
from tenang.ui.journal.data_page import DataPage
from tenang.ui.journal.history import HistoryPage
from tenang.ui.journal.insights_page import InsightsPage


class LockedPanel(QWidget):
    """Stands in for a page while the journal is locked: what that means, and Unlock."""

    unlockRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockedPanel")
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.unlock = QPushButton(self)
        self.unlock.setObjectName("primary")
        self.unlock.clicked.connect(self.unlockRequested)
        # A word-wrapped label gets its height for its width only when the layout sizes it
        # (no alignment flag): the stretches keep the lines to about half the page.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.text, 2)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addLayout(middle)
        layout.addSpacing(8)
        layout.addWidget(self.unlock, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("LockedPanel", "Your journal is locked"))
        self.text.setText(
            translate(
                "LockedPanel",
                "Your entries stay encrypted until you unlock the journal with your passphrase. "
                "Check-ins still work while it is locked: they are sealed and show up here "
                "after you unlock it.",
            )
        )
        self.unlock.setText(translate("LockedPanel", "Un&lock…"))
        name_widget(
            self.unlock,
            translate("LockedPanel", "Unlock the journal"),
            translate("LockedPanel", "Asks for your passphrase or recovery code"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class JournalWindow(QWidget):
    checkInRequested = Signal()
    unlockRequested = Signal()

    def __init__(
        self,
        journal_getter: Callable[[], Journal | None],
        paths: UserPaths,
        streaks_getter: Callable[[], bool],
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("JournalWindow")
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.check_in = QPushButton(self)
        self.check_in.setObjectName("primary")
        self.check_in.clicked.connect(self.checkInRequested)
        self.history = HistoryPage(journal_getter, self)
        self.insights = InsightsPage(journal_getter, streaks_getter, self, today=today)
        self.data = DataPage(paths, self)
        self.locked_panels: dict[int, LockedPanel] = {}
        self.stacks: dict[int, QStackedWidget] = {}
        self.tabs = QTabWidget(self)
        for index, page in enumerate((self.history, self.insights)):
            stack = QStackedWidget(self)
            panel = LockedPanel(stack)
            panel.unlockRequested.connect(self.unlockRequested)
            stack.addWidget(page)
            stack.addWidget(panel)
            self.stacks[index] = stack
            self.locked_panels[index] = panel
            self.tabs.addTab(stack, "")
        self.tabs.addTab(self.data, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.check_in)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._stale = {0: True, 1: True, 2: True}
        self.locked = False
        self._reload_data: Callable[[], None] = lambda: None
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        self.resize(900, 680)
        self.retranslate()

    def set_data_reloader(self, reload: Callable[[], None]) -> None:
        self._reload_data = reload

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._refresh(index)
        self.show()
        self.raise_()
        self.activateWindow()

    def set_locked(self, locked: bool) -> None:
        """Locked: drop every decrypted entry and number and show the panels instead.

        Unlocked: the pages come back, still stale; the controller's ``changed`` (or showing a
        tab) reads them again, once.
        """
        self.locked = locked
        for stack in self.stacks.values():
            stack.setCurrentIndex(1 if locked else 0)
        if locked:
            self.history.drop_content()
            self.insights.drop_content()
            self._stale = {0: True, 1: True, 2: True}
            if self.isVisible():
                self._refresh(self.tabs.currentIndex())

    def mark_stale(self) -> None:
        """The journal changed: refresh the visible tab now, the others when shown."""
        self._stale = {0: True, 1: True, 2: True}
        if self.isVisible():
            self._refresh(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        self._refresh(index)

    def _refresh(self, index: int) -> None:
        if not self._stale.get(index, False) or (self.locked and index in self.stacks):
            return
        self._stale[index] = False
        if index == 0:
            self.history.reload()
        elif index == 1:
            self.insights.reload()
        else:
            self._reload_data()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("JournalWindow", "Journal – Tenang"))
        self.heading.setText(translate("JournalWindow", "Your journal"))
        self.check_in.setText(translate("JournalWindow", "Check in…"))
        name_widget(
            self.check_in,
            translate("JournalWindow", "Check in"),
            translate("JournalWindow", "Write how you feel now (Ctrl+J)"),
        )
        self.tabs.setTabText(0, translate("JournalWindow", "&History"))
        self.tabs.setTabText(1, translate("JournalWindow", "&Insights"))
        self.tabs.setTabText(2, translate("JournalWindow", "About your &data"))
        name_widget(
            self.tabs,
            translate("JournalWindow", "Journal pages"),
            translate("JournalWindow", "History, insights, and about your data"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
