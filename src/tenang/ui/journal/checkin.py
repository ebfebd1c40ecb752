"""The check-in: mood (five faces with words), energy, tags and a note, in one small dialog.

The same dialog serves a free check-in (Ctrl+J), the prompts before and after a routine
(with a one-click Skip) and editing an entry from the history. Saving is done by a callable
the caller hands in, so the dialog never talks to the journal itself; when that callable
raises a journal error (a full disk, a read-only folder) the dialog stays open with the
message and everything typed still in place. While the journal is locked a line says the
check-in will be sealed and show up after the unlock (the journal seals it without the key).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tenang.core.journal import Entry, JournalError
from tenang.core.journal.model import Tag, normalize_tag
from tenang.core.journal.tags import builtin_key_for
from tenang.ui.i18n import current_language, name_widget, translate
from tenang.ui.journal.common import (
    MOODS,
    colours_for,
    face_icon,
    integer,
    mood_title,
    mood_word,
    write_failed,
)

TAG_KEY_ROLE: Final = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CheckInValues:
    """What the form holds: mood 1-5, optional energy, tag keys or typed names, note."""

    mood: int
    energy: int | None
    tags: tuple[str, ...]
    note: str

    def fields(self) -> dict[str, Any]:
        """As keyword arguments of ``Journal.add_entry`` and ``Journal.update_entry``."""
        return {"mood": self.mood, "energy": self.energy, "tags": self.tags, "note": self.note}


class Mode(Enum):
    CHECK_IN = "check_in"
    BEFORE = "before"
    AFTER = "after"
    EDIT = "edit"


class MoodPicker(QWidget):
    """Five checkable faces; arrows move between them and keys 1-5 pick directly."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for mood in MOODS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(36, 36))
            button.setMinimumWidth(78)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setObjectName("moodButton")
            button.installEventFilter(self)
            self.group.addButton(button, mood)
            self.buttons[mood] = button
            row.addWidget(button)
        row.addStretch(1)
        # The chosen face must stand out in both themes: the palette's highlight, not a colour.
        self.setStyleSheet(
            "QToolButton#moodButton { border: 1px solid palette(mid); border-radius: 8px;"
            " padding: 4px; }"
            " QToolButton#moodButton:checked { border: 3px solid palette(highlight);"
            " background: palette(alternate-base); font-weight: bold; }"
            " QToolButton#moodButton:focus { border-style: dashed; }"
        )
        self.group.idToggled.connect(self._toggled)
        self.setFocusProxy(self.buttons[3])
        self.retranslate()

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in MOODS else None

    def set_value(self, mood: int | None) -> None:
        if mood is None:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
            return
        self.buttons[mood].setChecked(True)

    def _toggled(self, mood: int, checked: bool) -> None:
        if checked:
            self.setFocusProxy(self.buttons[mood])
            self.changed.emit(mood)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
                mood = key - Qt.Key.Key_1 + 1
                self.buttons[mood].setChecked(True)
                self.buttons[mood].setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and isinstance(watched, QToolButton):
                current = next(m for m, b in self.buttons.items() if b is watched)
                step = -1 if key == Qt.Key.Key_Left else 1
                target = min(max(current + step, 1), 5)
                self.buttons[target].setChecked(True)
                self.buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        colours = colours_for(self)
        for mood, button in self.buttons.items():
            button.setText(mood_title(mood))
            bold = button.font()
            bold.setBold(True)  # the chosen one is bold: leave room for that
            width = QFontMetrics(bold).horizontalAdvance(mood_title(mood)) + 28
            button.setMinimumWidth(max(78, width))
            button.setIcon(face_icon(mood, colours))
            name_widget(
                button,
                translate("CheckIn", "Mood: %1").replace("%1", mood_word(mood)),
                translate("CheckIn", "%1 of 5. Arrow keys or 1 to 5 choose a mood.").replace(
                    "%1", integer(mood)
                ),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)


class TagPicker(QWidget):
    """Built-in and own tags as a wrapping list of check boxes, plus a field to add one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setMinimumHeight(96)
        self.new_tag = QLineEdit(self)
        self.new_tag.setMaxLength(40)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_typed)
        self.new_tag.returnPressed.connect(self.add_typed)
        self.problem = QLabel(self)
        self.problem.setObjectName("errorText")
        self.problem.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.new_tag, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self._tags: list[Tag] = []
        self.retranslate()

    def set_tags(self, tags: Sequence[Tag], checked: Sequence[str] = ()) -> None:
        self._tags = list(tags)
        self.list.clear()
        for tag in tags:
            self._add_item(tag.key, tag.label(current_language()), tag.key in checked)
        for key in checked:  # a tag on an entry the journal no longer lists
            if self._item(key) is None:
                self._add_item(key, key, True)

    def _add_item(self, key: str, label: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(label, self.list)
        item.setData(TAG_KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(TAG_KEY_ROLE) == key:
                return item
        return None

    def checked(self) -> tuple[str, ...]:
        """Keys of built-in tags, or the user's words for new ones (the journal files them)."""
        keys = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(TAG_KEY_ROLE)))
        return tuple(keys)

    def set_checked(self, keys: Sequence[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            on = item.data(TAG_KEY_ROLE) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def add_typed(self) -> None:
        text = self.new_tag.text()
        if not text.strip():
            return
        try:
            key = normalize_tag(text)
        except JournalError:
            self.problem.setText(
                translate("CheckIn", "A tag can have up to 40 characters, without | or #.")
            )
            self.problem.setVisible(True)
            return
        self.problem.setVisible(False)
        key = builtin_key_for(key) or key
        item = self._item(key) or self._add_item(key, " ".join(text.split()), True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.scrollToItem(item)
        self.new_tag.clear()

    def retranslate(self) -> None:
        language = current_language()
        for tag in self._tags:
            item = self._item(tag.key)
            if item is not None:
                item.setText(tag.label(language))
        self.new_tag.setPlaceholderText(translate("CheckIn", "Your own tag"))
        self.add_button.setText(translate("CheckIn", "Add tag"))
        name_widget(
            self.list,
            translate("CheckIn", "Tags"),
            translate("CheckIn", "Feelings and activities; Space ticks the current one"),
        )
        name_widget(
            self.new_tag,
            translate("CheckIn", "New tag"),
            translate("CheckIn", "Type a tag of your own and press Enter to add and tick it"),
        )
        name_widget(
            self.add_button,
            translate("CheckIn", "Add tag"),
            translate("CheckIn", "Add the typed tag and tick it"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CheckInForm(QWidget):
    """Mood, energy, tags and note; :meth:`values` is ``None`` until a mood is chosen."""

    changed = Signal()

    def __init__(self, tags: Sequence[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mood = MoodPicker(self)
        self.energy = QComboBox(self)
        for level in (None, 1, 2, 3, 4, 5):
            self.energy.addItem("", level)
        self.tags = TagPicker(self)
        self.tags.set_tags(tags)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.mood_label = QLabel(self)
        self.energy_label = QLabel(self)
        self.energy_label.setBuddy(self.energy)
        self.tags_label = QLabel(self)
        self.tags_label.setBuddy(self.tags.list)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.mood_label, self.mood)
        form.addRow(self.energy_label, self.energy)
        form.addRow(self.tags_label, self.tags)
        form.addRow(self.note_label, self.note)
        self.mood.changed.connect(lambda _m: self.changed.emit())
        self.retranslate()

    def values(self) -> CheckInValues | None:
        mood = self.mood.value()
        if mood is None:
            return None
        return CheckInValues(
            mood=mood,
            energy=self.energy.currentData(),
            tags=self.tags.checked(),
            note=self.note.toPlainText().strip(),
        )

    def load(self, entry: Entry) -> None:
        self.mood.set_value(int(entry.mood))
        self.energy.setCurrentIndex(max(self.energy.findData(entry.energy), 0))
        self.tags.set_checked(entry.tags)
        for key in entry.tags:
            if self.tags._item(key) is None:
                self.tags._add_item(key, key, True)
        self.note.setPlainText(entry.note)

    def retranslate(self) -> None:
        self.mood_label.setText(translate("CheckIn", "How do you feel?"))
        self.energy_label.setText(translate("CheckIn", "&Energy:"))
        self.tags_label.setText(translate("CheckIn", "&Tags:"))
        self.note_label.setText(translate("CheckIn", "&Note:"))
        levels = (
            translate("CheckIn", "Not noted"),
            translate("CheckIn", "1, very low"),
            translate("CheckIn", "2, low"),
            translate("CheckIn", "3, steady"),
            translate("CheckIn", "4, high"),
            translate("CheckIn", "5, very high"),
        )
        for index, text in enumerate(levels):
            self.energy.setItemText(index, text)
        name_widget(
            self.energy,
            translate("CheckIn", "Energy"),
            translate("CheckIn", "Optional: your energy from 1 (very low) to 5 (very high)"),
        )
        self.note.setPlaceholderText(translate("CheckIn", "Anything you want to remember"))
        name_widget(
            self.note,
            translate("CheckIn", "Note"),
            translate("CheckIn", "Optional private note; it stays on this computer"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


Saver = Callable[[CheckInValues], Entry]
SKIPPED: Final = 2
"""The dialog's result code for Skip (Accepted is 1, Rejected 0)."""


class CheckInDialog(QDialog):
    """A check-in in one of four modes; emits :attr:`saved` with the stored entry.

    Skip (before/after prompts only) emits ``skipped`` and finishes with :data:`SKIPPED`: the
    caller carries on (the routine starts, or the summary stays). Cancel or Esc rejects: before
    a routine that means "not now", so the routine does not start either.
    """

    saved = Signal(object)
    skipped = Signal()

    def __init__(
        self,
        mode: Mode,
        tags: Sequence[Tag],
        saver: Saver,
        *,
        entry: Entry | None = None,
        routine_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CheckInDialog")
        self.mode = mode
        self._saver = saver
        self._routine_title = routine_title
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setObjectName("muted")
        self.intro.setWordWrap(True)
        self.form = CheckInForm(tags, self)
        self.sealed_note = QLabel(self)
        self.sealed_note.setObjectName("muted")
        self.sealed_note.setWordWrap(True)
        self.sealed_note.setVisible(False)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        self.skip_button = QPushButton(self)
        self.skip_button.clicked.connect(self.skip)
        self.skip_button.setVisible(mode in (Mode.BEFORE, Mode.AFTER))
        self.cancel_button.setVisible(mode not in (Mode.BEFORE, Mode.AFTER))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.sealed_note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(600, 560)
        if entry is not None:
            self.form.load(entry)
        self.form.changed.connect(self._update_save)
        self.retranslate()
        self._update_save()
        self.form.mood.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_sealed(self, sealed: bool) -> None:
        """The journal is locked: say that this check-in is sealed until the unlock."""
        self.sealed_note.setVisible(sealed)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.form.values() is not None)

    def save(self) -> None:
        values = self.form.values()
        if values is None:
            return
        try:
            entry = self._saver(values)
        except JournalError as error:
            # The form keeps every value; the user can retry once the disk has room.
            self.error.setText(write_failed(str(error)))
            self.error.setVisible(True)
            self.error.setAccessibleDescription(self.error.text())
            return
        self.error.setVisible(False)
        self.saved.emit(entry)
        self.accept()

    def skip(self) -> None:
        self.skipped.emit()
        self.done(SKIPPED)

    def retranslate(self) -> None:
        title = self._routine_title
        texts = {
            Mode.CHECK_IN: (
                translate("CheckIn", "Check in"),
                translate("CheckIn", "How are you right now?"),
                translate("CheckIn", "A few seconds. Only the mood is needed."),
            ),
            Mode.BEFORE: (
                translate("CheckIn", "Before you begin"),
                translate("CheckIn", "How do you feel before %1?").replace("%1", title),
                translate(
                    "CheckIn",
                    "With a check-in before and after, Tenang can show what helps you. "
                    "Skip starts the routine at once.",
                ),
            ),
            Mode.AFTER: (
                translate("CheckIn", "After the routine"),
                translate("CheckIn", "How do you feel now, after %1?").replace("%1", title),
                translate("CheckIn", "Your session is kept in the journal either way."),
            ),
            Mode.EDIT: (
                translate("CheckIn", "Edit entry"),
                translate("CheckIn", "Change this entry"),
                translate("CheckIn", "The time it was written stays the same."),
            ),
        }
        window_title, heading, intro = texts[self.mode]
        self.setWindowTitle(window_title)
        self.heading.setText(heading)
        self.intro.setText(intro)
        self.error.setAccessibleName(translate("CheckIn", "Problem"))
        self.sealed_note.setText(
            translate(
                "CheckIn",
                "Your journal is locked. This check-in is saved sealed, without your "
                "passphrase, and shows up in your journal after you unlock it.",
            )
        )
        self.save_button.setText(translate("CheckIn", "Save"))
        name_widget(
            self.save_button,
            translate("CheckIn", "Save check-in"),
            translate("CheckIn", "Keep this check-in in your journal"),
        )
        self.skip_button.setText(translate("CheckIn", "S&kip"))
        name_widget(
            self.skip_button,
            translate("CheckIn", "Skip"),
            translate("CheckIn", "Carry on without a check-in"),
        )
        self.cancel_button.setText(translate("CheckIn", "Cancel"))
        name_widget(
            self.cancel_button,
            translate("CheckIn", "Cancel"),
            translate("CheckIn", "Close without saving"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
