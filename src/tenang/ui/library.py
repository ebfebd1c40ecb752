"""The routine library as a Qt model, with the search and the filters as a proxy model.

The list model holds one :class:`RoutineItem` per routine (its session, where it came from and
its planned length, computed once with the planner so the list shows the length the player
will actually run). The proxy filters by search text (title, tags and summary in the current
language), by tag and by length, and sorts recently run routines first, then by title.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from tenang.core.model import Session
from tenang.ui.i18n import format_total, translate

ROUTINE_ROLE: Final = Qt.ItemDataRole.UserRole + 1
TOTAL_ROLE: Final = Qt.ItemDataRole.UserRole + 2
RECENT_ROLE: Final = Qt.ItemDataRole.UserRole + 3
SUBTITLE_ROLE: Final = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RoutineItem:
    """A routine as the library shows it."""

    session: Session
    user: bool
    """True for the user's own routines, False for bundled ones."""
    path: Path | None
    total: float
    """Planned length in seconds."""

    def title(self, language: str) -> str:
        return self.session.title.get(language)

    def haystack(self, language: str) -> str:
        """Everything a search may match, folded for case-insensitive search."""
        parts = [self.title(language), " ".join(self.session.tags)]
        if self.session.summary is not None:
            parts.append(self.session.summary.get(language))
        return "\n".join(parts).casefold()


def planned_total(session: Session) -> float:
    """The routine's length as the engine will run it (whole breaths included)."""
    from tenang.core.plan import compile_plan

    return compile_plan(session).total


def items_from_library(library: object) -> list[RoutineItem]:
    """Adapt ``tenang.core.sessions.Library.entries`` (session, origin, path) to list items."""
    items: list[RoutineItem] = []
    for entry in getattr(library, "entries", ()):
        session: Session = entry.session
        origin = str(getattr(entry.origin, "value", entry.origin)).lower()
        items.append(RoutineItem(session, origin == "user", entry.path, planned_total(session)))
    return items


class LengthFilter(Enum):
    """The length buckets offered in the filter; bounds in seconds, upper bound inclusive."""

    ANY = (0.0, float("inf"))
    SHORT = (0.0, 120.0)
    MEDIUM = (120.0, 300.0)
    LONG = (300.0, 600.0)
    LONGER = (600.0, float("inf"))

    def matches(self, seconds: float) -> bool:
        low, high = self.value
        if self is LengthFilter.ANY:
            return True
        if self is LengthFilter.SHORT:
            return seconds <= high
        return low < seconds <= high

    def label(self) -> str:
        labels = {
            LengthFilter.ANY: translate("LengthFilter", "Any length"),
            LengthFilter.SHORT: translate("LengthFilter", "Up to 2 min"),
            LengthFilter.MEDIUM: translate("LengthFilter", "2 to 5 min"),
            LengthFilter.LONG: translate("LengthFilter", "5 to 10 min"),
            LengthFilter.LONGER: translate("LengthFilter", "Over 10 min"),
        }
        return labels[self]


class LibraryModel(QAbstractListModel):
    """The routines, in load order; the proxy decides what shows and in which order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[RoutineItem] = []
        self._recent: dict[str, int] = {}
        self.language = "en"

    def set_items(self, items: Iterable[RoutineItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_recent(self, recent: Iterable[str]) -> None:
        self._recent = {routine: rank for rank, routine in enumerate(recent)}
        self._changed_all()

    def set_language(self, language: str) -> None:
        self.language = language
        self._changed_all()

    def _changed_all(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def items(self) -> list[RoutineItem]:
        return list(self._items)

    def tags(self) -> list[str]:
        return sorted({tag for item in self._items for tag in item.session.tags})

    def recent_rank(self, routine_id: str) -> int | None:
        return self._recent.get(routine_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title(self.language)
        if role == ROUTINE_ROLE:
            return item
        if role == TOTAL_ROLE:
            return item.total
        if role == RECENT_ROLE:
            return self._recent.get(item.session.id)
        if role == SUBTITLE_ROLE:
            return self.subtitle(item)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            summary = item.session.summary
            text = self.subtitle(item)
            return f"{text}. {summary.get(self.language)}" if summary else text
        return None

    def subtitle(self, item: RoutineItem) -> str:
        parts = [format_total(item.total)]
        if item.session.id in self._recent:
            parts.append(translate("LibraryModel", "recent"))
        if item.user:
            parts.append(translate("LibraryModel", "your routine"))
        if item.session.tags:
            parts.append(", ".join(item.session.tags))
        return " · ".join(parts)


class LibraryFilter(QSortFilterProxyModel):
    """Search, tag and length filters, and the recent-first order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._tag: str | None = None
        self._length = LengthFilter.ANY
        self.setDynamicSortFilter(True)

    def library(self) -> LibraryModel:
        source = self.sourceModel()
        assert isinstance(source, LibraryModel)
        return source

    def _begin_filter_change(self) -> None:
        # Qt 6.9 deprecated invalidateFilter() for this begin/end pair; older Qt lacks it.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:  # pragma: no cover - Qt < 6.9
            self.invalidateFilter()

    def set_search(self, text: str) -> None:
        self._begin_filter_change()
        self._search = text.strip().casefold()
        self._end_filter_change()

    def set_tag(self, tag: str | None) -> None:
        self._begin_filter_change()
        self._tag = tag or None
        self._end_filter_change()

    def set_length(self, length: LengthFilter) -> None:
        self._begin_filter_change()
        self._length = length
        self._end_filter_change()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.library()
        item = model.data(model.index(source_row, 0, source_parent), ROUTINE_ROLE)
        if not isinstance(item, RoutineItem):
            return False
        if self._tag is not None and self._tag not in item.session.tags:
            return False
        if not self._length.matches(item.total):
            return False
        if self._search:
            haystack = item.haystack(model.language)
            return all(word in haystack for word in self._search.split())
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.library()
        a = model.data(left, ROUTINE_ROLE)
        b = model.data(right, ROUTINE_ROLE)
        assert isinstance(a, RoutineItem) and isinstance(b, RoutineItem)
        return _sort_key(model, a) < _sort_key(model, b)


def _sort_key(model: LibraryModel, item: RoutineItem) -> tuple[int, int, str, str]:
    rank = model.recent_rank(item.session.id)
    recent = (0, rank) if rank is not None else (1, 0)
    return (*recent, item.title(model.language).casefold(), item.session.id)


class RoutineDelegate(QStyledItemDelegate):
    """Two lines per routine: the title, and its length, tags and origin in a quieter tone."""

    PADDING: Final = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        height = metrics.height() * 2 + 4 + self.PADDING * 2
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(  # type: ignore[attr-defined]
            self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING
        )
        title_font = QFont(option.font)  # type: ignore[attr-defined]
        title_font.setWeight(QFont.Weight.DemiBold)
        title_metrics = QFontMetrics(title_font)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title_rect = QRect(rect.left(), rect.top(), rect.width(), title_metrics.height())
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        sub_font = QFont(option.font)  # type: ignore[attr-defined]
        sub_metrics = QFontMetrics(sub_font)
        painter.setFont(sub_font)
        muted = (
            palette.color(text_role)
            if selected
            else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        painter.setPen(muted)
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        sub_rect = QRect(rect.left(), title_rect.bottom() + 4, rect.width(), sub_metrics.height())
        painter.drawText(
            sub_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            sub_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()
