"""The journal's settings in the settings dialog: shown, returned, named."""

from __future__ import annotations

from typing import Any

from tenang.core.settings import Settings
from tenang.ui.settings_dialog import SettingsDialog


def test_journal_toggles_show_and_return_the_settings(qtbot: Any, ui_reset: Any) -> None:
    dialog = SettingsDialog(Settings(checkin_prompts=False, streaks=True))
    qtbot.addWidget(dialog)
    assert not dialog.checkin_prompts.isChecked()
    assert dialog.streaks.isChecked()
    assert dialog.result_settings() == Settings(checkin_prompts=False, streaks=True)
    dialog.checkin_prompts.setChecked(True)
    dialog.streaks.setChecked(False)
    assert dialog.result_settings() == Settings()
    assert dialog.journal_box.title() == "Journal"
    assert dialog.checkin_prompts.accessibleName() == "Check-in prompts"
    ui_reset.apply("id")
    assert dialog.streaks.text() == "Tampilkan rangkaian hari di wawasan"


def test_the_lock_time_is_a_row_of_the_journal_group(qtbot: Any, ui_reset: Any) -> None:
    dialog = SettingsDialog(Settings(journal_lock_minutes=15))
    qtbot.addWidget(dialog)
    combo = dialog.journal_lock_minutes
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "1 minute",
        "5 minutes",
        "15 minutes",
        "30 minutes",
        "1 hour",
    ]
    assert combo.currentText() == "15 minutes"
    assert dialog.result_settings().journal_lock_minutes == 15
    combo.setCurrentIndex(combo.findData(60))
    assert dialog.result_settings() == Settings(journal_lock_minutes=60)
    label = dialog._labels["journal_lock_minutes"]
    assert label.text() == "Loc&k the journal when idle for:"
    assert label.buddy() is combo
    assert combo.accessibleName() == "Lock the journal when idle for"
    assert "forgets the passphrase" in combo.accessibleDescription()
    assert combo.parentWidget() is dialog.journal_box
