"""The journal window: History, Insights and About your data as tabs, with a Check in button.

A window of its own (not a page of the main window) so the journal can stay open beside the
library, and so closing it never interrupts a routine.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from tenang.core.journal import Journal
from tenang.core.paths import UserPaths
from tenang.ui.i18n import name_widget, translate
from tenang.ui.journal.data_page import DataPage
from tenang.ui.journal.history import HistoryPage
from tenang.ui.journal.insights_page import InsightsPage


class JournalWindow(QWidget):
    checkInRequested = Signal()

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
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.insights, "")
        self.tabs.addTab(self.data, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.check_in)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._stale = {0: True, 1: True, 2: True}
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

    def mark_stale(self) -> None:
        """The journal changed: refresh the visible tab now, the others when shown."""
        self._stale = {0: True, 1: True, 2: True}
        if self.isVisible():
            self._refresh(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        self._refresh(index)

    def _refresh(self, index: int) -> None:
        if not self._stale.get(index, False):
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
