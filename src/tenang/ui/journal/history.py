"""The history: entries grouped by day, with search, filters, edit, and delete with undo.

The date range is asked of the journal (an indexed query); search, mood and tag filters run
over those entries in Python, where "search" can also match a tag's label in either language.
Search cannot be an SQL ``LIKE``: with the lock on, notes and tags are sealed per entry and only
exist decrypted in memory. So, to stay quick at 100,000 entries (bench/journal_ui_bench.py):

- each entry's searchable text is casefolded once per load (:func:`search_text`), so a
  keystroke costs one ``in`` per entry, not a casefold of every note, tag and label;
- typing is debounced (:data:`SEARCH_DELAY_MS`; Enter searches at once), so a burst of keys
  filters once, and the first search of a long journal (which reads every entry) waits for a
  pause in the typing;
- the list's rows are built detached and handed to the tree in one call: a change to an item
  already in a visible tree makes Qt lay out every row again (26 ms a day heading measured).

A deleted entry is kept whole in memory (``Journal.delete_entry`` returns it) so Undo, the
button or Ctrl+Z, puts back the identical entry with ``restore_entry``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tenang.core.journal import Entry, EntryKind, Journal, JournalError
from tenang.core.journal.tags import BUILTIN_BY_KEY
from tenang.ui.i18n import name_widget, translate
from tenang.ui.journal.common import (
    MOODS,
    clock_time,
    colours_for,
    face_icon,
    integer,
    long_day,
    mood_title,
    number,
    pydate,
    tag_label,
    tag_labels,
)
from tenang.ui.timers import SingleShotFactory, qt_single_shot

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
SHOWN_LIMIT = 1000
"""At most this many entries are listed at once; a filter finds older ones."""
ANY_DATE = QDate(2000, 1, 1)
"""The date edits' minimum, shown as "Any": no bound on that side of the range."""
SEARCH_DELAY_MS = 250
"""Typing pauses this long before the search runs: short enough to feel immediate, long
enough that most keys of a word are typed before the list is filtered."""
FIELD_SEPARATOR = "\x00"
"""Joins an entry's searchable fields, so a query cannot match across two of them."""


@dataclass(frozen=True)
class HistoryFilter:
    text: str = ""
    mood: int | None = None
    tag: str | None = None
    since: date | None = None
    until: date | None = None


def search_text(entry: Entry, labels: dict[str, str]) -> str:
    """What search looks in, casefolded: the note, and each tag's key, the user's label and a
    built-in tag's label in both languages, joined by :data:`FIELD_SEPARATOR`."""
    fields = [entry.note]
    for key in entry.tags:
        fields += [key, labels.get(key, key)]
        builtin = BUILTIN_BY_KEY.get(key)
        if builtin is not None:
            fields += [builtin.label_en, builtin.label_id]
    return FIELD_SEPARATOR.join(fields).casefold()


def search_query(wanted: HistoryFilter) -> str:
    """The text filter as :func:`search_text` is searched with ("" when there is none)."""
    return wanted.text.strip().casefold().replace(FIELD_SEPARATOR, "")


def passes_choices(entry: Entry, wanted: HistoryFilter) -> bool:
    """The filters other than the text: mood, tag and date range."""
    if wanted.mood is not None and int(entry.mood) != wanted.mood:
        return False
    if wanted.tag is not None and wanted.tag not in entry.tags:
        return False
    if wanted.since is not None and entry.local_day < wanted.since:
        return False
    return wanted.until is None or entry.local_day <= wanted.until


def matches(entry: Entry, wanted: HistoryFilter, labels: dict[str, str]) -> bool:
    """Does ``entry`` pass the filter? Search looks in the note and in tag keys and labels."""
    if not passes_choices(entry, wanted):
        return False
    query = search_query(wanted)
    return not query or query in search_text(entry, labels)


def group_by_day(entries: Iterable[Entry]) -> list[tuple[date, list[Entry]]]:
    """Entries (newest first) grouped by their local day, newest day first."""
    groups: dict[date, list[Entry]] = {}
    for entry in sorted(entries, key=lambda e: e.created_at, reverse=True):
        groups.setdefault(entry.local_day, []).append(entry)
    return sorted(groups.items(), key=lambda pair: pair[0], reverse=True)


def kind_text(kind: EntryKind) -> str:
    if kind is EntryKind.BEFORE_SESSION:
        return translate("History", "before a routine")
    if kind is EntryKind.AFTER_SESSION:
        return translate("History", "after a routine")
    return ""


class HistoryPage(QWidget):
    """Grouped list, filters, and the edit/delete/undo actions."""

    editRequested = Signal(object)
    changed = Signal()

    def __init__(
        self,
        journal_getter: Callable[[], Journal | None],
        parent: QWidget | None = None,
        *,
        timer_factory: SingleShotFactory = qt_single_shot,
    ) -> None:
        super().__init__(parent)
        self._journal_getter = journal_getter
        self._entries: list[Entry] = []
        self._haystacks: list[str] | None = None
        """``search_text`` of each of ``_entries``, made at the first search after a load."""
        self._labels: dict[str, str] = {}
        self._undo: list[Entry] = []
        self._total = 0
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.mood_filter = QComboBox(self)
        self.mood_filter.addItem("", None)
        for mood in MOODS:
            self.mood_filter.addItem("", mood)
        self.tag_filter = QComboBox(self)
        self.since = QDateEdit(self)
        self.until = QDateEdit(self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(ANY_DATE)
            edit.setDate(ANY_DATE)
        self.since_label = QLabel(self)
        self.since_label.setBuddy(self.since)
        self.until_label = QLabel(self)
        self.until_label.setBuddy(self.until)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_label = QLabel(self)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo)
        self.problem = QLabel(self)
        self.problem.setObjectName("errorText")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        for widget in (self.undo_label, self.undo_button):
            widget.setVisible(False)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.mood_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.since_label)
        dates.addWidget(self.since)
        dates.addWidget(self.until_label)
        dates.addWidget(self.until)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.undo_label)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.problem)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)

        self.search_timer = timer_factory(self.search_now, self)
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self.search_now)
        self.mood_filter.currentIndexChanged.connect(self.apply_filters)
        self.tag_filter.currentIndexChanged.connect(self.apply_filters)
        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(context)
        self.undo_shortcut.activated.connect(self.undo)
        self.delete_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.tree)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_current)
        self.retranslate()
        self._update_buttons()

    # -- data -------------------------------------------------------------------------------

    def _journal(self) -> Journal | None:
        return self._journal_getter()

    def current_filter(self) -> HistoryFilter:
        since = None if self.since.date() == ANY_DATE else pydate(self.since.date())
        until = None if self.until.date() == ANY_DATE else pydate(self.until.date())
        return HistoryFilter(
            text=self.search.text(),
            mood=self.mood_filter.currentData(),
            tag=self.tag_filter.currentData(),
            since=since,
            until=until,
        )

    def reload(self) -> None:
        """Read the entries of the date range again, then filter and show them."""
        journal = self._journal()
        wanted = self.current_filter()
        self._entries = []
        self._haystacks = None
        self._total = 0
        self.problem.setVisible(False)
        if journal is not None:
            try:
                self._labels = tag_labels(journal.tags())
                if wanted == HistoryFilter():
                    # Nothing to filter: only the newest entries are read (a long journal
                    # has 100,000; reading them all takes seconds, showing them minutes).
                    self._entries = journal.list_entries(limit=SHOWN_LIMIT)
                    self._total = journal.count_entries()
                else:
                    self._entries = journal.list_entries(since=wanted.since, until=wanted.until)
                    self._total = len(self._entries)
            except JournalError as error:
                self.problem.setText(
                    translate("History", "The journal could not be read: %1").replace(
                        "%1", str(error)
                    )
                )
                self.problem.setVisible(True)
        self._fill_tags()
        self.apply_filters()

    def drop_content(self) -> None:
        """The journal locked: forget every entry read, the undo stack too (it holds whole
        decrypted entries), and empty the list. The filters the user typed stay."""
        self._entries = []
        self._haystacks = None
        self._labels = {}
        self._total = 0
        self._undo.clear()
        self.search_timer.stop()
        self.undo_label.setVisible(False)
        self.undo_button.setVisible(False)
        self.problem.setVisible(False)
        self.tree.clear()
        self._fill_tags()
        self.count_label.clear()
        self._update_buttons()

    def _partial(self) -> bool:
        return len(self._entries) < self._total

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        keys = set(self._labels) if self._partial() else {t for e in self._entries for t in e.tags}
        used = sorted(keys, key=lambda k: self._label(k).casefold())
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(translate("History", "All tags"), None)
        for key in used:
            self.tag_filter.addItem(self._label(key), key)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(current), 0))
        self.tag_filter.blockSignals(False)

    def _label(self, key: str) -> str:
        return self._labels.get(key) or tag_label(key)

    def visible_entries(self) -> list[Entry]:
        wanted = self.current_filter()
        query = search_query(wanted)
        if not query:
            return [e for e in self._entries if passes_choices(e, wanted)]
        if self._haystacks is None:
            self._haystacks = [search_text(e, self._labels) for e in self._entries]
        found = zip(self._entries, self._haystacks, strict=True)
        if replace(wanted, text="") == HistoryFilter():  # the common case, a third faster
            return [entry for entry, text in found if query in text]
        return [entry for entry, text in found if query in text and passes_choices(entry, wanted)]

    def _search_typed(self, _text: str) -> None:
        """Each key restarts the wait, so the search runs once the typing pauses."""
        self.search_timer.start(SEARCH_DELAY_MS)

    def search_now(self) -> None:
        """Search with the text as it is now (the timer's end, or Enter in the search box)."""
        self.apply_filters()

    def apply_filters(self, *_args: object) -> None:
        self.search_timer.stop()  # whatever runs now reads the search text as typed
        if self._partial() and self.current_filter() != HistoryFilter():
            # A filter needs every entry, not only the newest: seconds in a long journal, so
            # say so now (the event loop waits until the list is ready).
            self.count_label.setText(translate("History", "Searching every entry…"))
            self.count_label.repaint()
            self.reload()
            return
        matching = self.visible_entries()
        shown = matching[:SHOWN_LIMIT]
        groups = group_by_day(shown)
        self.tree.setUpdatesEnabled(False)
        colours = colours_for(self)
        icons = {mood: face_icon(mood, colours, 20) for mood in MOODS}
        current = self.current_entry()
        self.tree.clear()
        restore: QTreeWidgetItem | None = None
        heads: list[QTreeWidgetItem] = []
        for day, entries in groups:
            mean = sum(int(e.mood) for e in entries) / len(entries)
            head = QTreeWidgetItem()  # detached: see the module's docstring
            heads.append(head)
            head.setText(
                0,
                translate("History", "%1 · %2 entries · average %3")
                .replace("%1", long_day(day))
                .replace("%2", integer(len(entries)))
                .replace("%3", number(mean))
                if len(entries) > 1
                else long_day(day),
            )
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for entry in entries:
                item = QTreeWidgetItem(head)
                item.setData(0, ENTRY_ROLE, entry)
                when = clock_time(entry.local_time)
                kind = kind_text(entry.kind)
                item.setText(0, f"{when}  {kind}".strip())
                item.setIcon(1, icons[int(entry.mood)])
                item.setText(1, mood_title(int(entry.mood)))
                item.setText(2, ", ".join(self._label(t) for t in entry.tags))
                note = " ".join(entry.note.split())
                item.setText(3, note[:140] + ("…" if len(note) > 140 else ""))
                item.setToolTip(3, entry.note)
                if current is not None and entry.id == current.id:
                    restore = item
        self.tree.addTopLevelItems(heads)
        for head in heads:  # needs the item in the tree
            head.setFirstColumnSpanned(True)
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.tree.setUpdatesEnabled(True)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        total = self._total if self._partial() else len(matching)
        if not self._entries and not self.problem.isVisible():
            self.count_label.setText(translate("History", "No entries yet. Check in with Ctrl+J."))
        elif total == 0:
            self.count_label.setText(translate("History", "No entry matches these filters."))
        elif total > len(shown):
            self.count_label.setText(
                translate(
                    "History",
                    "Showing the newest %1 of %2 entries. Search, filter or choose dates to "
                    "find older ones.",
                )
                .replace("%1", integer(len(shown)))
                .replace("%2", integer(total))
            )
        else:
            self.count_label.setText(
                translate("History", "Entries: %1 · Days: %2")
                .replace("%1", integer(total))
                .replace("%2", integer(len(groups)))
            )
        self._update_buttons()

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _entry_items(self, head: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        items = (head.child(j) for j in range(head.childCount()))
        return [item for item in items if item is not None]

    def day_titles(self) -> list[str]:
        return [head.text(0) for head in self._groups()]

    def shown_ids(self) -> list[list[str]]:
        """Entry ids per day group, as shown (tests read the grouping)."""
        return [
            [item.data(0, ENTRY_ROLE).id for item in self._entry_items(head)]
            for head in self._groups()
        ]

    def select_entry(self, entry_id: str) -> bool:
        for head in self._groups():
            for item in self._entry_items(head):
                if item.data(0, ENTRY_ROLE).id == entry_id:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def current_entry(self) -> Entry | None:
        item = self.tree.currentItem()
        entry = item.data(0, ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, Entry) else None

    # -- actions ----------------------------------------------------------------------------

    def clear_filters(self) -> None:
        for widget in (self.search, self.mood_filter, self.tag_filter, self.since, self.until):
            widget.blockSignals(True)
        self.search.clear()
        self.mood_filter.setCurrentIndex(0)
        self.tag_filter.setCurrentIndex(0)
        self.since.setDate(ANY_DATE)
        self.until.setDate(ANY_DATE)
        for widget in (self.search, self.mood_filter, self.tag_filter, self.since, self.until):
            widget.blockSignals(False)
        self.reload()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry = item.data(0, ENTRY_ROLE)
        if isinstance(entry, Entry):
            self.editRequested.emit(entry)

    def edit_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.editRequested.emit(entry)

    def _show_problem(self, error: JournalError) -> None:
        self.problem.setText(
            translate("History", "That did not work: %1").replace("%1", str(error))
        )
        self.problem.setVisible(True)

    def delete_current(self) -> None:
        entry = self.current_entry()
        journal = self._journal()
        if entry is None or journal is None:
            return
        try:
            removed = journal.delete_entry(entry.id)
        except JournalError as error:
            self._show_problem(error)
            return
        self._undo.append(removed)
        self.undo_label.setText(
            translate("History", "Entry of %1 deleted.").replace("%1", long_day(removed.local_day))
        )
        self.undo_label.setVisible(True)
        self.undo_button.setVisible(True)
        self.reload()
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> None:
        """Put back the last deleted entry, identical to what it was."""
        journal = self._journal()
        if not self._undo or journal is None:
            return
        entry = self._undo[-1]
        try:
            journal.restore_entry(entry)
        except JournalError as error:
            self._show_problem(error)
            return
        self._undo.pop()
        visible = bool(self._undo)
        self.undo_label.setVisible(visible)
        self.undo_button.setVisible(visible)
        self.reload()
        self.select_entry(entry.id)
        self.changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        has = self.current_entry() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("History", "Search notes and tags"))
        name_widget(
            self.search,
            translate("History", "Search entries"),
            translate("History", "Shows entries whose note or tags contain these words"),
        )
        self.mood_filter.setItemText(0, translate("History", "All moods"))
        for index, mood in enumerate(MOODS, start=1):
            self.mood_filter.setItemText(index, mood_title(mood))
        name_widget(
            self.mood_filter,
            translate("History", "Filter by mood"),
            translate("History", "Show only entries with this mood"),
        )
        name_widget(
            self.tag_filter,
            translate("History", "Filter by tag"),
            translate("History", "Show only entries with this tag"),
        )
        if self.tag_filter.count():
            self.tag_filter.setItemText(0, translate("History", "All tags"))
        self.since_label.setText(translate("History", "&From:"))
        self.until_label.setText(translate("History", "&To:"))
        for edit, name in (
            (self.since, translate("History", "From date")),
            (self.until, translate("History", "To date")),
        ):
            edit.setSpecialValueText(translate("History", "Any"))
            inner = edit.findChild(QLineEdit)
            if inner is not None:  # the spin box's own line edit takes the focus
                inner.setAccessibleName(name)
            name_widget(
                edit,
                name,
                translate("History", "Limit the list to a range of days; Any for no limit"),
            )
        self.clear_button.setText(translate("History", "Clear filters"))
        name_widget(
            self.clear_button,
            translate("History", "Clear filters"),
            translate("History", "Show every entry again"),
        )
        self.tree.setHeaderLabels(
            [
                translate("History", "Time"),
                translate("History", "Mood"),
                translate("History", "Tags"),
                translate("History", "Note"),
            ]
        )
        name_widget(
            self.tree,
            translate("History", "Entries by day"),
            translate("History", "Enter edits the entry, Delete removes it, Ctrl+Z brings it back"),
        )
        self.edit_button.setText(translate("History", "&Edit…"))
        name_widget(
            self.edit_button,
            translate("History", "Edit entry"),
            translate("History", "Change the selected entry"),
        )
        self.delete_button.setText(translate("History", "&Delete"))
        name_widget(
            self.delete_button,
            translate("History", "Delete entry"),
            translate("History", "Delete the selected entry; Undo brings it back"),
        )
        self.undo_button.setText(translate("History", "&Undo"))
        name_widget(
            self.undo_button,
            translate("History", "Undo delete"),
            translate("History", "Bring back the entry you deleted (Ctrl+Z)"),
        )
        if self.isVisible() or self._entries:
            self.apply_filters()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
