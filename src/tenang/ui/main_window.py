"""The main window: the routine library, the player page, menus and the routine-errors panel.

Two pages in a stack: the library (search, filters, list, detail pane) and the player, which
hosts ``tenang.ui.player.PlayerView`` for one run and is torn down when the run ends, so no
player timer survives it. The user's routine folder is watched; changes are gathered for a
short moment (one single-shot timer that exists only while a refresh is pending) and then the
library reloads, with the new problems, if any, in the errors panel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import tenang
from tenang.core.model import Session
from tenang.core.paths import UserPaths
from tenang.core.settings import Settings, SettingsLoad, save_settings
from tenang.ui.detail import DetailPane
from tenang.ui.errors import NoticeBar, RoutineErrorsPanel
from tenang.ui.i18n import (
    LanguageSwitcher,
    current_language,
    name_widget,
    translate,
    translate_buttons,
)
from tenang.ui.import_routine import RoutineAuthoring
from tenang.ui.library import (
    ROUTINE_ROLE,
    LengthFilter,
    LibraryFilter,
    LibraryModel,
    RoutineDelegate,
    RoutineItem,
    items_from_library,
)
from tenang.ui.nudge_card import NudgeCard
from tenang.ui.reduced_motion import Probe, platform_prefers_reduced_motion, resolve_reduced_motion
from tenang.ui.theme import ThemeController

if TYPE_CHECKING:
    # Imported where first used instead: start-up should not pay for pages and dialogs the
    # user has not opened yet (tests/ui/test_lazy_start.py keeps it that way).
    from tenang.ui.caution import CautionDialog
    from tenang.ui.get_help import GetHelpPage
    from tenang.ui.learn import LearnPage
    from tenang.ui.settings_dialog import SettingsDialog

REFRESH_DELAY_MS: Final = 300
"""Editors write a file in several steps; gather them, and still refresh well within 1 s."""


@dataclass
class WindowServices:
    """What the window needs from outside; the composition root (app.py) or a test fills it."""

    paths: UserPaths
    load_library: Callable[[], Any]
    """Returns an object with ``entries`` and ``problems`` (``tenang.core.sessions.Library``)."""
    settings_writable: bool = True
    listener_factory: Callable[[Session, Settings], Any] | None = None
    """Makes the audio director for one run (``app.py``); ``None`` plays silently."""
    clock_factory: Callable[[], Any] | None = None
    reduced_motion_probe: Probe = platform_prefers_reduced_motion
    language: LanguageSwitcher | None = None
    theme: ThemeController | None = None


class MainWindow(QMainWindow):
    libraryRefreshed = Signal()
    settingsApplied = Signal(object)
    playerStarted = Signal(object)
    playerClosed = Signal()

    def __init__(
        self, settings: Settings, services: WindowServices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.services = services
        self.player: Any = None
        self.audio_port: Any = None
        """The app's audio port, kept here so ``app.py`` can shut it down at exit."""
        self.settings_dialog: SettingsDialog | None = None
        self.about_box: QMessageBox | None = None
        self.start_gate: Callable[[RoutineItem], bool] | None = None
        """Asked before a routine the user starts (the journal's before check-in); returning
        True means the gate took over and will call :meth:`start_routine` itself."""
        self.journal_controller: Any = None
        """The journal's controller (``tenang.ui.journal``), set by ``app.py``."""
        self.reminders_controller: Any = None
        """The reminders' controller (``tenang.ui.reminders``), set by ``app.py``."""
        self.quitting = False
        """Set when the user asked to quit: closing then quits even with close-to-tray on."""
        self.learn_page: LearnPage | None = None
        self.get_help_page: GetHelpPage | None = None
        """Learn and Get help open in windows of their own, made on first use."""
        self.caution_dialog: CautionDialog | None = None
        self._refresh_timer: QTimer | None = None
        self._problems: tuple[str, ...] = ()
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self.setObjectName("MainWindow")
        self.resize(980, 640)

        self.model = LibraryModel(self)
        self.model.language = current_language()
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)

        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.library_page = QWidget(self.pages)
        self.player_page = QWidget(self.pages)
        self._player_layout = QVBoxLayout(self.player_page)
        self._player_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.library_page)
        self.pages.addWidget(self.player_page)
        self._build_library_page()
        self._build_menus()
        self.authoring = RoutineAuthoring(self)
        """New, duplicate, edit, import (menu or drop) and export of routines."""

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.schedule_refresh)
        self.watcher.fileChanged.connect(self.schedule_refresh)

        self.retranslate()
        self.refresh_library()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------------

    def _build_library_page(self) -> None:
        page = self.library_page
        self.notice = NoticeBar(page)
        self.search = QLineEdit(page)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.installEventFilter(self)
        self.tag_filter = QComboBox(page)
        self.tag_filter.currentIndexChanged.connect(self._tag_changed)
        self.length_filter = QComboBox(page)
        for length in LengthFilter:
            self.length_filter.addItem("", length.name)
        self.length_filter.currentIndexChanged.connect(self._length_changed)
        self.list = QListView(page)
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(RoutineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        self.empty_label = QLabel(page)
        self.empty_label.setObjectName("muted")
        self.empty_label.setWordWrap(True)
        self.errors = RoutineErrorsPanel(page)
        self.learn_button = QPushButton(page)
        self.learn_button.clicked.connect(lambda: self.show_learn())
        self.get_help_button = QPushButton(page)
        self.get_help_button.setObjectName("GetHelpButton")
        self.get_help_button.clicked.connect(self.show_get_help)
        self.nudge_card = NudgeCard(page)
        self.nudge_card.getHelpRequested.connect(self.show_get_help)
        self.nudge_card.routineRequested.connect(self.request_routine_id)
        self.detail = DetailPane(page)
        self.detail.startRequested.connect(self.request_routine)
        self.proxy.modelReset.connect(self._ensure_current)
        self.proxy.rowsInserted.connect(self._ensure_current)
        self.proxy.rowsRemoved.connect(self._ensure_current)
        self.proxy.layoutChanged.connect(self._ensure_current)

        filters = QHBoxLayout()
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.length_filter, 1)
        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.errors)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 600])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 12, 14, 12)
        self.header = QHBoxLayout()
        """The library's top row: Learn and Get help on the left; room for more on the right."""
        self.header.setContentsMargins(0, 0, 0, 4)
        self.header.addWidget(self.learn_button)
        self.header.addWidget(self.get_help_button)
        self.header.addStretch(1)
        layout.addWidget(self.notice)
        layout.addLayout(self.header)
        layout.addWidget(self.nudge_card)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search, self.tag_filter)
        QWidget.setTabOrder(self.tag_filter, self.length_filter)
        QWidget.setTabOrder(self.length_filter, self.list)
        QWidget.setTabOrder(self.list, self.detail.start_button)
        QWidget.setTabOrder(self.detail.start_button, self.errors.list_widget)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.open_folder_action = QAction(self)
        self.open_folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_folder_action.triggered.connect(self.open_routines_folder)
        self.reload_action = QAction(self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.triggered.connect(self.refresh_library)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.settings_action = QAction(self)
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.settings_action.setShortcuts(
            [QKeySequence("Ctrl+,")] + ([preferences] if not preferences.isEmpty() else [])
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.reminders_action = QAction(self)
        self.reminders_action.triggered.connect(self.open_reminders)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.learn_action = QAction(self)
        self.learn_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.learn_action.triggered.connect(lambda: self.show_learn())
        self.get_help_action = QAction(self)
        self.get_help_action.triggered.connect(self.show_get_help)
        for action in (self.find_action, self.open_folder_action, self.reload_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.reminders_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addAction(self.learn_action)
        self.help_menu.addAction(self.get_help_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "Tenang"))
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.find_action.setText(translate("MainWindow", "&Find a routine"))
        self.open_folder_action.setText(translate("MainWindow", "&Open my routines folder"))
        self.reload_action.setText(translate("MainWindow", "&Reload routines"))
        self.settings_action.setText(translate("MainWindow", "&Settings…"))
        self.reminders_action.setText(translate("MainWindow", "Re&minders…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.about_action.setText(translate("MainWindow", "&About Tenang"))
        self.learn_action.setText(translate("MainWindow", "&Learn"))
        self.get_help_action.setText(translate("MainWindow", "&Get help"))
        self.learn_button.setText(translate("MainWindow", "Learn"))
        name_widget(
            self.learn_button,
            translate("MainWindow", "Learn"),
            translate("MainWindow", "Short guides on breathing, stress and finding support"),
        )
        self.get_help_button.setText(translate("MainWindow", "Get help"))
        name_widget(
            self.get_help_button,
            translate("MainWindow", "Get help"),
            translate("MainWindow", "Emergency numbers, helplines and your trusted contacts"),
        )
        self.search.setPlaceholderText(
            translate("MainWindow", "Search by title, tag or description")
        )
        name_widget(
            self.search,
            translate("MainWindow", "Search routines"),
            translate("MainWindow", "Type to filter the routines; press Down to move to the list"),
        )
        name_widget(
            self.tag_filter,
            translate("MainWindow", "Filter by tag"),
            translate("MainWindow", "Show only routines with this tag"),
        )
        name_widget(
            self.length_filter,
            translate("MainWindow", "Filter by length"),
            translate("MainWindow", "Show only routines of about this length"),
        )
        for index, length in enumerate(LengthFilter):
            self.length_filter.setItemText(index, length.label())
        self._fill_tags()
        name_widget(
            self.list,
            translate("MainWindow", "Routines"),
            translate("MainWindow", "Recently run routines come first. Press Enter to start one."),
        )
        self.empty_label.setText(
            translate("MainWindow", "No routine matches. Try other words or clear the filters.")
        )
        self.model.set_language(current_language())
        self.proxy.invalidate()
        self.detail.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- library ----------------------------------------------------------------------------

    def refresh_library(self) -> None:
        """Reload every routine and the problems list; re-arm the folder watch."""
        if self._refresh_timer is not None:
            self._refresh_timer.stop()
            self._refresh_timer.deleteLater()
            self._refresh_timer = None
        selected = self.current_item()
        library = self.services.load_library()
        self.model.set_items(items_from_library(library))
        self.model.set_recent(self.settings.recent_routines)
        self._problems = tuple(self._describe_problem(p) for p in library.problems)
        self.errors.set_problems(self._problems)
        self._fill_tags()
        self._watch()
        self.select_routine(selected.session.id if selected else self.settings.last_routine)
        self._update_empty()
        self.libraryRefreshed.emit()

    def _describe_problem(self, problem: object) -> str:
        """``FILE:LINE:COL: key: message`` with the file relative to the routines folder."""
        text = str(problem)
        folder = str(self.services.paths.sessions_dir)
        if text.startswith(folder + "/"):
            return text[len(folder) + 1 :]
        return text

    def refresh_pending(self) -> bool:
        return self._refresh_timer is not None

    def schedule_refresh(self, *_changed: object) -> None:
        if self._refresh_timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(REFRESH_DELAY_MS)
            timer.timeout.connect(self.refresh_library)
            self._refresh_timer = timer
            timer.start()

    def _watch(self) -> None:
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        folder = self.services.paths.sessions_dir
        if not folder.is_dir():
            # Watch the parent so the folder's creation is noticed too.
            if folder.parent.is_dir():
                self.watcher.addPath(str(folder.parent))
            return
        paths = [str(folder), *sorted(str(p) for p in folder.glob("*.toml"))]
        self.watcher.addPaths(paths)

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(translate("MainWindow", "All tags"), None)
        for tag in self.model.tags():
            self.tag_filter.addItem(tag, tag)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)
        self.proxy.set_tag(self.tag_filter.currentData())

    def _tag_changed(self, _index: int) -> None:
        self.proxy.set_tag(self.tag_filter.currentData())
        self._update_empty()

    def _length_changed(self, _index: int) -> None:
        name = self.length_filter.currentData()
        self.proxy.set_length(LengthFilter[name] if name else LengthFilter.ANY)
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty_label.setVisible(self.proxy.rowCount() == 0 and self.model.rowCount() > 0)

    def visible_ids(self) -> list[str]:
        """The routine ids in the list, top to bottom (tests and screenshots use it)."""
        ids = []
        for row in range(self.proxy.rowCount()):
            item = self.proxy.index(row, 0).data(ROUTINE_ROLE)
            ids.append(item.session.id)
        return ids

    def current_item(self) -> RoutineItem | None:
        item = self.list.currentIndex().data(ROUTINE_ROLE)
        return item if isinstance(item, RoutineItem) else None

    def select_routine(self, routine_id: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            item = index.data(ROUTINE_ROLE)
            if routine_id is None or item.session.id == routine_id:
                self.list.setCurrentIndex(index)
                return
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.detail.show_item(None)

    def _ensure_current(self, *_args: object) -> None:
        self._update_empty()
        if not self.list.currentIndex().isValid() and self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        elif not self.proxy.rowCount():
            self.detail.show_item(None)

    def _current_changed(self, current: Any, _previous: Any) -> None:
        item = current.data(ROUTINE_ROLE) if current.isValid() else None
        self.detail.show_item(item if isinstance(item, RoutineItem) else None)

    def _activated(self, index: Any) -> None:
        item = index.data(ROUTINE_ROLE)
        if isinstance(item, RoutineItem):
            self.request_routine(item)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.library_page:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.proxy.rowCount():
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.list.currentIndex().isValid():
                    self.list.setCurrentIndex(self.proxy.index(0, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.current_item()
                if item is not None:
                    self.request_routine(item)
                return True
        return super().eventFilter(watched, event)

    # -- player -----------------------------------------------------------------------------

    def request_routine(self, item: RoutineItem) -> None:
        """The user asked for ``item``: the start gate (if any) goes first, then the player."""
        if self.player is not None:
            return
        from tenang.ui import caution

        if caution.ask_before_run(self, item, self._after_caution) is not None:
            return  # its caution first (and the safety link if intense); the user may decline
        self._after_caution(item)

    def _after_caution(self, item: RoutineItem) -> None:
        if self.player is not None:
            return
        if self.start_gate is not None and self.start_gate(item):
            return
        self.start_routine(item)

    def remember_caution(self, routine_id: str) -> None:
        """ "Don't show again": this routine starts without its caution from now on."""
        self._store(self.settings.with_caution_seen(routine_id))

    def find_routine(self, routine_id: str) -> RoutineItem | None:
        return next((i for i in self.model.items() if i.session.id == routine_id), None)

    def request_routine_id(self, routine_id: str) -> None:
        """Start a routine named by id (Learn's "Try it now", the low-mood card)."""
        item = self.find_routine(routine_id)
        if item is None:
            return
        if self.pages.currentWidget() is self.library_page:
            self.select_routine(routine_id)
        self.raise_window()
        self.request_routine(item)

    # -- learn, get help, the low-mood card --------------------------------------------------

    def raise_window(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _page_window(self, page: QWidget) -> None:
        page.setWindowFlag(Qt.WindowType.Window, True)
        page.resize(900, 620)

    def show_learn(self, slug: str | None = None) -> LearnPage:
        """The Learn window, on ``slug`` when given (the caution's safety link uses it)."""
        if self.learn_page is None:
            from tenang.core.guides import load_guides
            from tenang.ui.learn import LearnPage

            ids = [item.session.id for item in self.model.items()]
            self.learn_page = LearnPage(
                load_guides(routine_ids=ids),
                find_routine=self.find_routine,
                start_routine=lambda item: self.request_routine_id(item.session.id),
                parent=self,
            )
            self._page_window(self.learn_page)
        if slug is not None:
            self.learn_page.open_guide(slug)
        self._raise_page(self.learn_page)
        return self.learn_page

    def show_get_help(self) -> GetHelpPage:
        """The Get help window, one click from the library, the Help menu and the tray."""
        if self.get_help_page is None:
            from tenang.core.helplines import contacts_path
            from tenang.ui.get_help import GetHelpPage

            self.get_help_page = GetHelpPage(contacts_path(self.services.paths), parent=self)
            self._page_window(self.get_help_page)
        self._raise_page(self.get_help_page)
        return self.get_help_page

    def _raise_page(self, page: QWidget) -> None:
        page.show()
        page.raise_()
        page.activateWindow()

    def refresh_nudge(self, daily: Sequence[Any] | None = None, today: date | None = None) -> None:
        """Show the low-mood card if the journal's recent days call for it (once per run)."""
        if daily is None:
            # Reading the journal's days is the slow part (about 0.1 s at 100,000 entries, at
            # every start): not done at all when the user has turned the card off.
            daily = self._daily_moods(today or date.today()) if self.settings.low_mood_card else ()
        updated = self.nudge_card.consider(daily, today or date.today(), self.settings)
        if updated != self.settings:
            self._store(updated)

    def _daily_moods(self, today: date) -> Sequence[Any]:
        journal = getattr(self.journal_controller, "journal", None)
        if journal is None:
            return ()
        from tenang.core.journal import JournalError

        try:
            # Mood days only: breathing days since today are none, so none are read.
            return tuple(journal.insight_rows(breathing_since=today).daily)
        except JournalError:
            return ()  # the journal's own notice already says what is wrong

    def start_routine(self, item: RoutineItem) -> None:
        """Open the player page on ``item``; the run ends back on the library."""
        if self.player is not None:
            return
        from tenang.ui.player import PlayerOptions, PlayerView

        clock_factory = self.services.clock_factory
        if clock_factory is None:
            from tenang.core.engine import MonotonicClock

            clock_factory = MonotonicClock
        options = PlayerOptions(
            visual_style=self.settings.visual_style,
            reduced_motion=resolve_reduced_motion(
                self.settings.reduced_motion, self.services.reduced_motion_probe
            ),
            lead_in=self.settings.lead_in,
            language=current_language(),
        )
        factory = self.services.listener_factory
        listener = factory(item.session, self.settings) if factory is not None else None
        player = PlayerView(
            item.session,
            clock=clock_factory(),
            options=options,
            listener=listener,
            parent=self.player_page,
        )
        player.fullScreenChanged.connect(self._player_full_screen)
        player.closeRequested.connect(self.close_player)
        self.player = player
        self._player_layout.addWidget(player)
        self.pages.setCurrentWidget(self.player_page)
        self.settings_action.setEnabled(False)
        self.reload_action.setEnabled(False)
        player.setFocus(Qt.FocusReason.OtherFocusReason)
        self._store(self.settings.with_recent(item.session.id))
        self.model.set_recent(self.settings.recent_routines)
        self.proxy.invalidate()
        self.playerStarted.emit(player)

    def _player_full_screen(self, full: bool) -> None:
        """Distraction-free: the menu bar goes away with the player's own chrome."""
        self.menuBar().setVisible(not full)

    def close_player(self) -> None:
        """Back to the library; the player and all its timers go away."""
        player = self.player
        if player is None:
            return
        self.player = None
        self.pages.setCurrentWidget(self.library_page)
        self._player_layout.removeWidget(player)
        player.hide()
        player.deleteLater()
        if self.isFullScreen():
            self.showNormal()
        self.menuBar().setVisible(True)
        self.settings_action.setEnabled(True)
        self.reload_action.setEnabled(True)
        if self._refresh_timer is None and self.refresh_pending():
            self.refresh_library()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.playerClosed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hides_to_tray():
            # Close-to-tray (off by default): the window goes, Tenang and reminders stay.
            event.ignore()
            if self.player is not None:
                self.player.stop_silently()
                self.close_player()
            self.hide()
            return
        if self.player is not None:
            self.player.stop_silently()
        if self.settings_dialog is not None:
            self.settings_dialog.close()
        for page in (self.learn_page, self.get_help_page):
            if page is not None:
                page.close()
        super().closeEvent(event)

    def hides_to_tray(self) -> bool:
        controller = self.reminders_controller
        return not self.quitting and controller is not None and controller.hides_on_close()

    def open_reminders(self) -> Any:
        """The reminders page (``tenang.ui.reminders``); ``None`` when reminders are not set up."""
        if self.reminders_controller is None:
            return None
        return self.reminders_controller.open_page()

    # -- settings ---------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            return self.settings_dialog
        from tenang.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settingsAccepted.connect(self.apply_settings)
        dialog.remindersRequested.connect(self.open_reminders)
        dialog.reminders_button.setVisible(self.reminders_controller is not None)
        dialog.destroyed.connect(self._settings_dialog_gone)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_dialog_gone(self) -> None:
        self.settings_dialog = None

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings now (language and theme without a restart) and save them."""
        previous = self.settings
        self._store(settings)
        if not settings.low_mood_card:
            self.nudge_card.hide()
        if self.services.theme is not None and settings.theme != previous.theme:
            self.services.theme.apply(settings.theme)
        if self.services.language is not None and settings.language != previous.language:
            self.services.language.apply(settings.language)
        self.settingsApplied.emit(settings)

    def _store(self, settings: Settings) -> None:
        self.settings = settings
        if not self.services.settings_writable:
            return
        try:
            save_settings(self.services.paths.settings_file, settings)
        except OSError as error:
            reason = error.strerror or str(error)
            path = str(self.services.paths.settings_file)
            self.show_notice(
                lambda: (
                    translate("MainWindow", "Your settings could not be saved to %1: %2")
                    .replace("%1", path)
                    .replace("%2", reason)
                )
            )

    # -- start-up ---------------------------------------------------------------------------

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window has been painted for the first time (on the next turn
        of the event loop if it already has been); a window never shown never runs it.

        For start-up work the first sight of the window need not wait for. A zero-delay timer
        armed before ``show()`` is no substitute: Qt runs it before the first paint.
        """
        if self._painted:
            QTimer.singleShot(0, self, work)
        else:
            self._after_paint.append(work)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # The children paint in this same pass and the result is flushed right after it:
            # a zero timer from here runs once the window is on screen.
            QTimer.singleShot(0, self, self._run_after_paint)

    def _run_after_paint(self) -> None:
        work, self._after_paint = self._after_paint, []
        for item in work:
            item()

    # -- notices ----------------------------------------------------------------------------

    def show_notice(self, text: Callable[[], str]) -> None:
        self.notice.show_notice(text)

    def show_settings_notice(self, load: SettingsLoad) -> None:
        """Say once that the settings file was unusable, where it went, and why."""
        if not load.problems:
            return
        problems = "\n".join(load.problems)

        def text() -> str:
            if load.moved_to is not None:
                head = translate(
                    "MainWindow",
                    "Your settings file could not be used, so Tenang started with its default "
                    "settings. The old file was kept as %1.",
                ).replace("%1", str(load.moved_to))
            else:
                head = translate(
                    "MainWindow",
                    "Your settings file could not be used, so Tenang started with its default "
                    "settings. It could not be moved aside (%1), so changes will not be saved.",
                ).replace("%1", load.move_error or "")
            return f"{head}\n{problems}"

        self.show_notice(text)

    def open_routines_folder(self) -> bool:
        folder = self.services.paths.sessions_dir
        folder.mkdir(parents=True, exist_ok=True)
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not opened:
            self.show_notice(
                lambda: translate(
                    "MainWindow", "No file manager could open %1. Your routines live there."
                ).replace("%1", str(folder))
            )
        return bool(opened)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.NoIcon)
        box.setWindowTitle(translate("MainWindow", "About Tenang"))
        box.setText(translate("MainWindow", "Tenang %1").replace("%1", tenang.__version__))
        box.setInformativeText(
            translate(
                "MainWindow",
                "Guided breathing and meditation with a private, offline mood journal. "
                "Nothing you do here leaves this computer.\n\nYour routines folder: %1",
            ).replace("%1", str(self.services.paths.sessions_dir))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        translate_buttons(box)
        self.about_box = box
        box.open()
        return box


def user_folder(paths: UserPaths) -> Path:
    return paths.sessions_dir
