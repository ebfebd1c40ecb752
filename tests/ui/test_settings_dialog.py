"""Settings dialog: shows the settings, saves atomically, switches language and theme live."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from ui_samples import MakeWindow

from tenang.core.settings import Settings, load_settings
from tenang.ui.settings_dialog import SettingsDialog
from tenang.ui.theme import DARK, LIGHT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_dialog_shows_and_returns_every_setting(qtbot: Any, ui_reset: Any) -> None:
    original = Settings(
        language="id",
        theme="dark",
        reduced_motion="on",
        visual_style="square",
        lead_in=False,
        master_volume=30,
        cue_volume=40,
        ambient_volume=10,
        cues=False,
        ambient="rain",
        pacing_tone=True,
        recent_routines=("a",),
    )
    dialog = SettingsDialog(original)
    qtbot.addWidget(dialog)
    assert dialog.result_settings() == original
    assert dialog.master_volume.value_label.text() == "30%"
    dialog.visual_style.setCurrentIndex(dialog.visual_style.findData("wave"))
    dialog.ambient.setCurrentIndex(dialog.ambient.findData(None))
    dialog.cue_volume.slider.setValue(75)
    changed = dialog.result_settings()
    assert (changed.visual_style, changed.ambient, changed.cue_volume) == ("wave", None, 75)
    assert changed.recent_routines == ("a",)  # what the dialog does not show is kept


def test_custom_ambient_file_is_kept(qtbot: Any, ui_reset: Any) -> None:
    dialog = SettingsDialog(Settings(ambient="forest.ogg"))
    qtbot.addWidget(dialog)
    assert dialog.result_settings().ambient == "forest.ogg"


def test_cancel_changes_nothing(qtbot: Any, make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window()
    dialog = window.open_settings()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.settings == Settings()
    assert not (data_dir / "settings.toml").exists()


def test_save_applies_language_and_theme_without_restart(
    qtbot: Any, make_window: MakeWindow, data_dir: Path
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.file_menu.title() == "&File"
    dialog = window.open_settings()
    assert dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    with qtbot.waitSignal(window.settingsApplied):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    QApplication.processEvents()  # deliver the LanguageChange events Qt posted
    # Saved atomically to the settings file ...
    saved, notice = load_settings(data_dir / "settings.toml")
    assert notice is None
    assert (saved.language, saved.theme) == ("id", "dark")
    # ... and the open window speaks Indonesian now, in every part.
    assert window.file_menu.title() == "&Berkas"
    assert window.settings_action.text() == "&Pengaturan…"
    assert window.search.placeholderText() == "Cari menurut judul, tag, atau keterangan"
    assert window.search.accessibleName() == "Cari rutinitas"
    assert window.tag_filter.itemText(0) == "Semua tag"
    assert window.length_filter.itemText(1) == "Hingga 2 mnt"
    assert window.detail.start_button.text() == "&Mulai"
    assert window.detail.steps_heading.text() == "Langkah"
    # Routine texts follow the language too.
    assert window.proxy.index(0, 0).data() == "Meditasi hening"
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == DARK.window


def test_dialog_retranslates_itself(qtbot: Any, ui_reset: Any) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    ui_reset.apply("id")
    assert dialog.windowTitle() == "Pengaturan"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Simpan"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    assert dialog.theme.itemText(2) == "Gelap"
    assert dialog.language.itemText(2) == "Bahasa Indonesia"


def test_unwritable_settings_are_not_saved(make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window(settings_writable=False)
    window.apply_settings(Settings(theme="light"))
    assert window.settings.theme == "light"
    assert not (data_dir / "settings.toml").exists()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window


def test_save_failure_is_reported(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    def full_disk(_path: Path, _settings: Settings) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tenang.ui.main_window.save_settings", full_disk)
    window = make_window()
    window.apply_settings(Settings(cues=False))
    assert not window.notice.isHidden()
    assert "could not be saved" in window.notice.text()
    assert "No space left on device" in window.notice.text()
