"""Get help: the disclaimer, the country from the locale, helplines, contacts, copy and call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from test_accessibility import _interactive, _unnamed
from ui_samples import MakeWindow

from tenang.core.helplines import Contact, read_contacts, save_contacts
from tenang.ui.get_help import GetHelpPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _page(qtbot: Any, tmp_path: Path, locale: str, **kwargs: Any) -> GetHelpPage:
    page = GetHelpPage(tmp_path / "contacts.toml", locale=QLocale(locale), **kwargs)
    qtbot.addWidget(page)
    return page


def _buttons(page: GetHelpPage, text: str) -> list[QPushButton]:
    return [b for b in page.list_widget.findChildren(QPushButton) if b.text() == text]


def test_get_help_for_an_indonesian_locale(qtbot: Any, tmp_path: Path, ui_reset: Any) -> None:
    ui_reset.apply("id")
    page = _page(qtbot, tmp_path, "id_ID")
    assert page.selected_country() == "ID"
    assert "Indonesia" in page.country.currentText()
    names = page.listed_names()
    assert names[0].startswith("Nomor darurat 112")  # the emergency number first
    assert names[1].startswith("Kegawatdaruratan medis 119")
    assert any(n.startswith("Healing119.id") for n in names)
    assert names[-1].startswith("Find A Helpline")  # the directory last
    assert page.disclaimer.text().startswith("Tenang bukan pengobatan dan bukan layanan darurat.")
    assert "no numbers" not in page.status.text()


def test_get_help_for_an_english_locale(qtbot: Any, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path, "en_US")
    assert page.selected_country() == "US"
    assert page.country.currentText() == "United States"
    assert page.listed_names() == [
        "Emergency number 911",
        "988 Suicide & Crisis Lifeline",
        "Find A Helpline: free helplines in about 130 countries",
    ]
    assert "not an emergency service" in page.disclaimer.text()


def test_the_country_can_be_changed(qtbot: Any, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path, "en_US")
    page.country.setCurrentIndex(page.country.findData("GB"))
    assert page.listed_names()[:2] == ["Emergency number 999", "Samaritans"]


def test_a_country_without_numbers_points_to_the_directory(qtbot: Any, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path, "de_DE")
    assert page.selected_country() == "DE"
    assert "Tenang has no numbers for Germany" in page.status.text()
    assert page.listed_names() == ["Find A Helpline: free helplines in about 130 countries"]


def test_numbers_are_copied_and_called_only_on_request(qtbot: Any, tmp_path: Path) -> None:
    calls: list[QUrl] = []
    page = _page(qtbot, tmp_path, "en_GB", open_url=lambda url: calls.append(url) or True)
    assert calls == []
    _buttons(page, "Copy number")[1].click()  # Samaritans
    assert QGuiApplication.clipboard().text() == "116 123"
    _buttons(page, "Call")[1].click()
    assert [u.toString() for u in calls] == ["tel:116123"]


def test_a_call_nothing_can_place_copies_the_number_instead(qtbot: Any, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path, "en_AU", open_url=lambda url: False)
    QGuiApplication.clipboard().setText("")
    _buttons(page, "Call")[0].click()
    assert QGuiApplication.clipboard().text() == "000"
    assert "was copied" in page.status.text()


def test_adding_a_personal_contact_saves_it_and_lists_it_first(qtbot: Any, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path, "id_ID")
    page.add_button.click()
    dialog = page.contact_dialog
    assert dialog is not None and dialog.isVisible()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.name.setText("Sari (psikolog)")
    assert not save.isEnabled()  # a name alone is not a way to reach someone
    dialog.phone.setText("+62 812 0000 0000")
    assert save.isEnabled()
    save.click()
    assert read_contacts(tmp_path / "contacts.toml").contacts == (
        Contact("Sari (psikolog)", phone="+62 812 0000 0000"),
    )
    assert page.listed_names()[0] == "Sari (psikolog)"
    _buttons(page, "Copy number")[0].click()
    assert QGuiApplication.clipboard().text() == "+62 812 0000 0000"


def test_contacts_can_be_edited_and_removed(qtbot: Any, tmp_path: Path) -> None:
    file = tmp_path / "contacts.toml"
    save_contacts(file, [Contact("Ana", email="ana@example.org"), Contact("Budi", phone="1")])
    page = _page(qtbot, tmp_path, "en_NZ")
    assert page.listed_names()[:3] == ["Ana", "Budi", "Emergency number 111"]
    _buttons(page, "Edit")[1].click()
    assert page.contact_dialog is not None
    page.contact_dialog.name.setText("Budi S.")
    page.contact_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    _buttons(page, "Remove")[0].click()
    assert read_contacts(file).contacts == (Contact("Budi S.", phone="1"),)
    assert page.listed_names()[0] == "Budi S."


def test_a_broken_contacts_file_is_kept_and_reported(qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "contacts.toml").write_text("contacts = 3\n", encoding="utf-8")
    page = _page(qtbot, tmp_path, "en_US")
    assert "could not be read and was kept as" in page.status.text()
    assert "contacts.toml.broken-" in page.status.text()


def test_get_help_is_one_click_from_the_main_window(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.get_help_action in window.help_menu.actions()
    window.get_help_button.click()
    page = window.get_help_page
    assert page is not None and page.isVisible() and page.isWindow()
    assert window.show_get_help() is page  # the tray calls this too; one window


def test_get_help_controls_are_named(qtbot: Any, tmp_path: Path) -> None:
    save_contacts(tmp_path / "contacts.toml", [Contact("Ana", phone="123")])
    page = _page(qtbot, tmp_path, "en_GB")
    assert len(_interactive(page)) >= 8
    assert _unnamed(page) == []
    page.add_button.click()
    assert page.contact_dialog is not None
    assert _unnamed(page.contact_dialog) == []


def test_the_emergency_number_is_said_plainly_at_the_top(qtbot: Any, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path, "id_ID")
    assert page.emergency.text() == "Emergency number in Indonesia: 112, 119"
    page.set_country(None)
    assert page.emergency.isHidden()  # no country: no number to claim
