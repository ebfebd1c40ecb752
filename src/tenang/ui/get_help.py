"""The Get help page: what Tenang is not, the emergency number, helplines, and your own people.

The country comes from the system locale (``QLocale.system()``; tests inject one) and can be
changed. The user's trusted contacts come first, then the country's emergency number, crisis
and support lines, then the international directory. Nothing is dialled or opened by itself:
numbers have a Copy button, and a ``tel:`` link is handed to the system only when the user
presses Call (if nothing on this computer can call, the number is copied instead and we say
so). Web addresses are shown and copyable, never opened: Tenang makes no network requests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tenang.core.helplines import (
    Contact,
    HelpDirectory,
    Helpline,
    country_from_locale,
    load_helplines,
    read_contacts,
    save_contacts,
)
from tenang.ui.i18n import ButtonBox, current_language, name_widget, translate, translate_buttons

OpenUrl = Callable[[QUrl], bool]


def country_name(code: str) -> str:
    """The country's name in the UI language.

    Qt names territories only in English (``territoryToString``), so the countries Tenang has
    numbers for are translated here; any other falls back to Qt's English name.
    """
    names = {
        "AU": translate("GetHelp", "Australia"),
        "CA": translate("GetHelp", "Canada"),
        "GB": translate("GetHelp", "United Kingdom"),
        "ID": translate("GetHelp", "Indonesia"),
        "IE": translate("GetHelp", "Ireland"),
        "NZ": translate("GetHelp", "New Zealand"),
        "US": translate("GetHelp", "United States"),
    }
    if code in names:
        return names[code]
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


class ContactDialog(QDialog):
    """Add or edit one trusted contact; Save is enabled once there is a name and a way to reach."""

    def __init__(self, contact: Contact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContactDialog")
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.website = QLineEdit(self)
        self.note = QLineEdit(self)
        self.buttons = ButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self._labels: list[tuple[QLabel, QLineEdit]] = []
        for field in (self.name, self.phone, self.email, self.website, self.note):
            label = QLabel(self)
            label.setBuddy(field)
            self._labels.append((label, field))
            form.addRow(label, field)
            field.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if contact is not None:
            self.name.setText(contact.name)
            self.phone.setText(contact.phone or "")
            self.email.setText(contact.email or "")
            self.website.setText(contact.website or "")
            self.note.setText(contact.note)
        self.retranslate(editing=contact is not None)
        self._update()

    def contact(self) -> Contact:
        return Contact(
            name=self.name.text().strip(),
            phone=self.phone.text().strip() or None,
            email=self.email.text().strip() or None,
            website=self.website.text().strip() or None,
            note=self.note.text().strip(),
        )

    def _update(self) -> None:
        contact = self.contact()
        ready = bool(contact.name) and any((contact.phone, contact.email, contact.website))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(ready)

    def retranslate(self, *, editing: bool) -> None:
        self.setWindowTitle(
            translate("GetHelp", "Edit contact") if editing else translate("GetHelp", "Add contact")
        )
        texts = (
            translate("GetHelp", "&Name"),
            translate("GetHelp", "&Phone"),
            translate("GetHelp", "&Email"),
            translate("GetHelp", "&Website"),
            translate("GetHelp", "N&ote"),
        )
        for (label, _field), text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(translate("GetHelp", "For example: my therapist, Sari"))
        translate_buttons(self.buttons)


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class GetHelpPage(QWidget):
    """The page; ``contacts_file`` is ``<data>/contacts.toml``.

    Signals:
        contactsChanged(): after the contacts were saved.
    """

    contactsChanged = Signal()

    def __init__(
        self,
        contacts_file: Path,
        *,
        directory: HelpDirectory | None = None,
        locale: QLocale | None = None,
        open_url: OpenUrl = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("GetHelpPage")
        self.contacts_file = contacts_file
        self.directory = directory if directory is not None else load_helplines()
        self.open_url = open_url
        load = read_contacts(contacts_file)
        self.contacts: list[Contact] = list(load.contacts)
        self.contacts_problem = load
        self.contact_dialog: ContactDialog | None = None
        system = locale if locale is not None else QLocale.system()
        self.detected = country_from_locale(system.name())

        self.heading = _bold(QLabel(self))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.disclaimer = QLabel(self)
        self.disclaimer.setWordWrap(True)
        self.country_label = QLabel(self)
        self.country = QComboBox(self)
        self.country_label.setBuddy(self.country)
        self.country.currentIndexChanged.connect(self._rebuild)
        self.emergency = _bold(QLabel(self))
        self.emergency.setWordWrap(True)
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("muted")
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.edit_contact(None))

        self.list_widget = QWidget()
        self.rows = QVBoxLayout(self.list_widget)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.list_widget)

        top = QHBoxLayout()
        top.addWidget(self.country_label)
        top.addWidget(self.country, 1)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.disclaimer)
        layout.addWidget(self.emergency)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        self._fill_countries(self.detected)
        self.retranslate()

    # -- country ----------------------------------------------------------------------------

    def _fill_countries(self, choose: str | None) -> None:
        self.country.blockSignals(True)
        self.country.clear()
        for code in self.directory.countries():
            self.country.addItem(country_name(code), code)
        if choose is not None and self.country.findData(choose) < 0:
            self.country.addItem(country_name(choose), choose)  # no numbers: say so
        self.country.addItem(translate("GetHelp", "Another country"), None)
        index = self.country.findData(choose) if choose is not None else -1
        self.country.setCurrentIndex(index if index >= 0 else self.country.count() - 1)
        self.country.blockSignals(False)

    def set_country(self, code: str | None) -> None:
        self._fill_countries(code)
        self._rebuild()

    def selected_country(self) -> str | None:
        data = self.country.currentData()
        return data if isinstance(data, str) else None

    # -- rows -------------------------------------------------------------------------------

    def _rebuild(self, *_args: object) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from findChildren now, freed once idle
                widget.deleteLater()
        selection = self.directory.select(self.selected_country())
        language = current_language()
        numbers = ", ".join(e.phone for e in selection.emergency if e.phone)
        self.emergency.setVisible(bool(numbers))
        self.emergency.setText(
            translate("GetHelp", "Emergency number in %1: %2")
            .replace("%1", self.country.currentText())
            .replace("%2", numbers)
        )
        if selection.fallback:
            where = self.country.currentText()
            self.status.setText(
                translate(
                    "GetHelp",
                    "Tenang has no numbers for %1. The directory below lists free helplines "
                    "in many countries. In danger, call your local emergency number.",
                ).replace("%1", where)
            )
        else:
            self.status.setText(
                translate(
                    "GetHelp",
                    "Numbers checked against official pages; each shows when. Your own "
                    "contacts come first.",
                )
            )
        if self.contacts_problem.problems:
            self.status.setText(
                self.status.text()
                + "\n"
                + translate(
                    "GetHelp", "Your contacts file could not be read and was kept as %1."
                ).replace("%1", str(self.contacts_problem.moved_to or self.contacts_file))
            )
        for index, contact in enumerate(self.contacts):
            self.rows.addWidget(self._contact_row(index, contact))
        for entry in (*selection.lines, *selection.directory):
            self.rows.addWidget(self._line_row(entry, language))
        self.rows.addStretch(1)

    def _frame(self, title: str, emergency: bool = False) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame(self.list_widget)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setProperty("role", "helpline")
        box = QVBoxLayout(frame)
        heading = _bold(QLabel(title, frame))
        heading.setWordWrap(True)
        if emergency:
            font = QFont(heading.font())
            font.setPointSizeF(font.pointSizeF() * 1.2)
            heading.setFont(font)
        box.addWidget(heading)
        return frame, box

    def _detail(self, frame: QFrame, box: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text, frame)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(label)
        return label

    def _buttons(
        self, frame: QFrame, box: QVBoxLayout, name: str, phone: str | None
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        if phone:
            copy = QPushButton(translate("GetHelp", "Copy number"), frame)
            name_widget(
                copy,
                translate("GetHelp", "Copy the number of %1").replace("%1", name),
                phone,
            )
            copy.clicked.connect(lambda: self.copy_text(phone))
            call = QPushButton(translate("GetHelp", "Call"), frame)
            name_widget(
                call,
                translate("GetHelp", "Call %1").replace("%1", name),
                translate("GetHelp", "Asks your system's phone app to call %1").replace(
                    "%1", phone
                ),
            )
            call.clicked.connect(lambda: self.call(phone))
            row.addWidget(copy)
            row.addWidget(call)
        box.addLayout(row)
        return row

    def _line_row(self, entry: Helpline, language: str) -> QFrame:
        name = entry.name.get(language)
        frame, box = self._frame(name, emergency=entry.kind == "emergency")
        frame.setObjectName(f"line-{entry.country}-{entry.kind}")
        parts = []
        if entry.phone:
            parts.append(translate("GetHelp", "Phone: %1").replace("%1", entry.phone))
        if entry.text:
            parts.append(translate("GetHelp", "Text (SMS): %1").replace("%1", entry.text))
        if entry.website:
            parts.append(translate("GetHelp", "Website: %1").replace("%1", entry.website))
        self._detail(frame, box, "   ".join(parts))
        self._detail(frame, box, entry.hours.get(language))
        if entry.note is not None:
            self._detail(frame, box, entry.note.get(language))
        day = entry.checked
        checked = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )
        host = QUrl(entry.source).host().removeprefix("www.") or entry.source
        source = self._detail(
            frame,
            box,
            translate("GetHelp", "Checked %1 against a page on %2")
            .replace("%1", checked)
            .replace("%2", host),
        )
        source.setObjectName("muted")
        source.setToolTip(entry.source)
        row = self._buttons(frame, box, name, entry.phone)
        if entry.website:
            copy_site = QPushButton(translate("GetHelp", "Copy website"), frame)
            name_widget(
                copy_site,
                translate("GetHelp", "Copy the website of %1").replace("%1", name),
                entry.website,
            )
            site = entry.website
            copy_site.clicked.connect(lambda: self.copy_text(site))
            row.insertWidget(1, copy_site)
        return frame

    def _contact_row(self, index: int, contact: Contact) -> QFrame:
        frame, box = self._frame(contact.name)
        frame.setObjectName(f"contact-{index}")
        parts = [
            text.replace("%1", value)
            for text, value in (
                (translate("GetHelp", "Phone: %1"), contact.phone),
                (translate("GetHelp", "Email: %1"), contact.email),
                (translate("GetHelp", "Website: %1"), contact.website),
            )
            if value
        ]
        self._detail(frame, box, "   ".join(parts))
        if contact.note:
            self._detail(frame, box, contact.note)
        row = self._buttons(frame, box, contact.name, contact.phone)
        edit = QPushButton(translate("GetHelp", "Edit"), frame)
        name_widget(edit, translate("GetHelp", "Edit %1").replace("%1", contact.name), "")
        edit.clicked.connect(lambda: self.edit_contact(index))
        remove = QPushButton(translate("GetHelp", "Remove"), frame)
        name_widget(remove, translate("GetHelp", "Remove %1").replace("%1", contact.name), "")
        remove.clicked.connect(lambda: self.remove_contact(index))
        row.insertWidget(1, edit)
        row.insertWidget(2, remove)
        return frame

    def listed_names(self) -> list[str]:
        """The titles of the rows, top to bottom (tests use it)."""
        names = []
        for i in range(self.rows.count()):
            item = self.rows.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                label = widget.findChild(QLabel)
                if label is not None:
                    names.append(label.text())
        return names

    # -- actions ----------------------------------------------------------------------------

    def copy_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def call(self, phone: str) -> bool:
        """Hand ``tel:`` to the system, only because the user pressed Call."""
        from tenang.core.helplines import tel_uri

        if self.open_url(QUrl(tel_uri(phone))):
            return True
        self.copy_text(phone)
        self.status.setText(
            translate(
                "GetHelp",
                "Nothing on this computer can make phone calls, so the number %1 was copied. "
                "Call it from your phone.",
            ).replace("%1", phone)
        )
        return False

    def edit_contact(self, index: int | None) -> ContactDialog:
        current = self.contacts[index] if index is not None else None
        dialog = ContactDialog(current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._contact_saved(index, dialog.contact()))
        self.contact_dialog = dialog
        dialog.open()
        return dialog

    def _contact_saved(self, index: int | None, contact: Contact) -> None:
        contacts = list(self.contacts)
        if index is None:
            contacts.append(contact)
        else:
            contacts[index] = replace(contact)
        self._save(contacts)

    def remove_contact(self, index: int) -> None:
        contacts = list(self.contacts)
        del contacts[index]
        self._save(contacts)

    def _save(self, contacts: list[Contact]) -> None:
        if self.contacts_problem.problems and not self.contacts_problem.can_save:
            self.status.setText(
                translate(
                    "GetHelp",
                    "Your contacts file could not be moved aside, so Tenang will not save over it.",
                )
            )
            return
        try:
            save_contacts(self.contacts_file, contacts)
        except OSError as error:
            self.status.setText(
                translate("GetHelp", "Your contacts could not be saved to %1: %2")
                .replace("%1", str(self.contacts_file))
                .replace("%2", error.strerror or str(error))
            )
            return
        self.contacts = contacts
        self._rebuild()
        self.contactsChanged.emit()

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(translate("GetHelp", "Get help"))
        self.heading.setText(translate("GetHelp", "Get help"))
        self.disclaimer.setText(
            translate(
                "GetHelp",
                "Tenang is not a treatment and not an emergency service. If you are in danger "
                "or might hurt yourself, call your emergency number now. Talking to someone "
                "you trust, or to a professional, is a strong step, not a weak one.",
            )
        )
        self.country_label.setText(translate("GetHelp", "&Country:"))
        name_widget(
            self.country,
            translate("GetHelp", "Country"),
            translate("GetHelp", "Shows the emergency number and helplines for this country"),
        )
        name_widget(
            self.scroll_area,
            translate("GetHelp", "Contacts and helplines"),
            translate("GetHelp", "Your trusted contacts first, then the lines for the country"),
        )
        self.add_button.setText(translate("GetHelp", "&Add a trusted contact…"))
        name_widget(
            self.add_button,
            translate("GetHelp", "Add a trusted contact"),
            translate(
                "GetHelp", "A therapist, a friend: kept only on this computer and listed first"
            ),
        )
        self._fill_countries(self.selected_country() if self.country.count() else self.detected)
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
