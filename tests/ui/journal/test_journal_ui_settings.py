"""The journal's two settings in the settings dialog: shown, returned, named."""

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
