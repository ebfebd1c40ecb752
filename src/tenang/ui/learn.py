"""The Learn page: the short guides, rendered from Markdown, with links that never leave the app.

A ``QTextBrowser`` shows a guide; it is told never to follow a link itself. Every click comes
to :meth:`LearnPage._link_clicked`, which decides:

- ``guide:<slug>`` opens that guide here;
- ``routine:<id>`` offers "Try it now" for that routine; the routine starts only when the user
  presses it, and then through the main window's normal start path (cautions, check-in);
- a web address is shown in a bar with a Copy button and is never opened: Tenang makes no
  network requests, and a reader in a fragile moment should not be thrown into a browser.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tenang.core.guides import Guide, GuideLibrary, parse_link, render_markdown
from tenang.ui.i18n import current_language, name_widget, translate

SLUG_ROLE = Qt.ItemDataRole.UserRole + 1

RoutineLookup = Callable[[str], Any]
"""Finds a library item (``RoutineItem``) by routine id, or ``None``."""


class LearnPage(QWidget):
    """The guide list and the guide reader; ``start_routine`` is the window's start path."""

    def __init__(
        self,
        library: GuideLibrary,
        *,
        find_routine: RoutineLookup,
        start_routine: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LearnPage")
        self.library = library
        self.find_routine = find_routine
        self.start_routine = start_routine
        self.current: Guide | None = None
        self.offered: Any = None
        """The routine item "Try it now" would start."""
        self.external_url: str | None = None

        self.guides = QListWidget(self)
        self.guides.setWordWrap(True)
        self.guides.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guides.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap titles on resize
        self.guides.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.guides.currentItemChanged.connect(self._guide_chosen)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.try_label = QLabel(self)
        self.try_label.setWordWrap(True)
        self.try_button = QPushButton(self)
        self.try_button.clicked.connect(self.try_now)
        self.link_label = QLabel(self)
        self.link_label.setWordWrap(True)
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_link_button = QPushButton(self)
        self.copy_link_button.clicked.connect(self.copy_link)

        self.try_bar = QWidget(self)
        try_row = QHBoxLayout(self.try_bar)
        try_row.setContentsMargins(0, 0, 0, 0)
        try_row.addWidget(self.try_label, 1)
        try_row.addWidget(self.try_button)
        self.link_bar = QWidget(self)
        link_row = QHBoxLayout(self.link_bar)
        link_row.setContentsMargins(0, 0, 0, 0)
        link_row.addWidget(self.link_label, 1)
        link_row.addWidget(self.copy_link_button)
        self.link_bar.hide()
        self.try_bar.hide()

        reader = QWidget(self)
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.browser, 1)
        reader_layout.addWidget(self.link_bar)
        reader_layout.addWidget(self.try_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.guides)
        splitter.addWidget(reader)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter, 1)
        self.retranslate()

    # -- content ----------------------------------------------------------------------------

    def _fill(self) -> None:
        keep = self.current.slug if self.current is not None else None
        self.guides.blockSignals(True)
        self.guides.clear()
        for guide in self.library.listing(current_language()):
            item = QListWidgetItem(guide.title, self.guides)
            item.setData(SLUG_ROLE, guide.slug)
            item.setToolTip(guide.summary)
        self.guides.blockSignals(False)
        slugs = self.slugs()
        self.open_guide(keep if keep in slugs else (slugs[0] if slugs else None))

    def slugs(self) -> list[str]:
        """The guides in list order (tests and screenshots use it)."""
        return [self.guides.item(row).data(SLUG_ROLE) for row in range(self.guides.count())]

    def _guide_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.open_guide(item.data(SLUG_ROLE))

    def open_guide(self, slug: str | None) -> bool:
        """Show the guide ``slug`` (in the UI language, else English); False if there is none."""
        guide = self.library.get(slug, current_language()) if slug else None
        if guide is None:
            self.current = None
            self.browser.clear()
            self.try_bar.hide()
            return False
        self.current = guide
        row = self.slugs().index(guide.slug) if guide.slug in self.slugs() else -1
        if row >= 0 and self.guides.currentRow() != row:
            self.guides.blockSignals(True)
            self.guides.setCurrentRow(row)
            self.guides.blockSignals(False)
        self.browser.setMarkdown(render_markdown(guide))
        self.link_bar.hide()
        self.external_url = None
        first = next(iter(guide.related_routines), None)
        self.offer_routine(first)
        return True

    # -- links ------------------------------------------------------------------------------

    def _link_clicked(self, url: QUrl) -> None:
        self.follow_link(url.toString())

    def follow_link(self, href: str) -> None:
        """What a click on ``href`` in a guide does (see the module docstring)."""
        parsed = parse_link(href)
        if parsed is not None and parsed[0] == "guide":
            self.open_guide(parsed[1])
        elif parsed is not None:
            self.offer_routine(parsed[1])
            if self.offered is not None:
                self.try_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.show_external(href)

    def offer_routine(self, routine_id: str | None) -> None:
        item = self.find_routine(routine_id) if routine_id else None
        self.offered = item
        self.try_bar.setVisible(item is not None)
        self._retranslate_offer()

    def try_now(self) -> None:
        """Start the offered routine through the main window's usual path."""
        if self.offered is not None:
            self.start_routine(self.offered)

    def show_external(self, href: str) -> None:
        self.external_url = href
        self.link_bar.show()
        self._retranslate_link()

    def copy_link(self) -> None:
        if self.external_url:
            QGuiApplication.clipboard().setText(self.external_url)

    # -- language ---------------------------------------------------------------------------

    def _retranslate_offer(self) -> None:
        if self.offered is None:
            return
        title = self.offered.session.title.get(current_language())
        self.try_label.setText(
            translate("LearnPage", "Routine for this guide: %1").replace("%1", title)
        )
        name_widget(
            self.try_button,
            translate("LearnPage", "Try %1 now").replace("%1", title),
            translate("LearnPage", "Starts the routine; you can stop it at any time"),
        )

    def _retranslate_link(self) -> None:
        if self.external_url is None:
            return
        self.link_label.setText(
            translate(
                "LearnPage", "Tenang does not open web pages. To read this source, copy it: %1"
            ).replace("%1", self.external_url)
        )

    def retranslate(self) -> None:
        self.setWindowTitle(translate("LearnPage", "Learn"))
        name_widget(
            self.guides,
            translate("LearnPage", "Guides"),
            translate("LearnPage", "Short guides on breathing, stress and getting support"),
        )
        name_widget(
            self.browser,
            translate("LearnPage", "Guide"),
            translate("LearnPage", "The chosen guide; press Tab to reach its links"),
        )
        self.try_button.setText(translate("LearnPage", "Try it now"))
        self.copy_link_button.setText(translate("LearnPage", "Copy link"))
        name_widget(
            self.copy_link_button,
            translate("LearnPage", "Copy link"),
            translate("LearnPage", "Copies the web address so you can open it yourself"),
        )
        self._fill()
        self._retranslate_offer()
        self._retranslate_link()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
