"""The settings dialog: every setting, keyboard friendly, each control named for screen readers.

It edits a copy; Save emits :attr:`SettingsDialog.settingsAccepted` with the new frozen
:class:`~tenang.core.settings.Settings` and the main window applies and saves it (atomically,
through ``core.settings``). Cancel changes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from tenang.core.settings import JOURNAL_LOCK_MINUTES, Settings
from tenang.core.sounds import AMBIENT_NAMES
from tenang.ui.i18n import ButtonBox, translate, translate_buttons
from tenang.ui.journal.common import lock_minutes_text


def _combo(parent: QWidget, values: tuple[str | int | None, ...]) -> QComboBox:
    combo = QComboBox(parent)
    for value in values:
        combo.addItem("", value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class VolumeSlider(QWidget):
    """A 0-100 slider with its value written beside it (and spoken by screen readers)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.value_label = QLabel(self)
        self.value_label.setMinimumWidth(40)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.value_label)
        self.slider.valueChanged.connect(self._show_value)
        self.setFocusProxy(self.slider)

    def _show_value(self, value: int) -> None:
        from PySide6.QtCore import QLocale

        self.value_label.setText(
            translate("SettingsDialog", "%1%").replace("%1", QLocale().toString(value))
        )

    def value(self) -> int:
        return self.slider.value()

    def set_value(self, value: int) -> None:
        self.slider.setValue(value)
        self._show_value(value)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; emits them on Save."""

    settingsAccepted = Signal(object)
    remindersRequested = Signal()
    """The "Reminders…" button: the main window opens the reminders page."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.language = _combo(self, ("system", "en", "id"))
        self.theme = _combo(self, ("system", "light", "dark"))
        self.reduced_motion = _combo(self, ("system", "on", "off"))
        self.visual_style = _combo(self, ("circle", "square", "wave"))
        self.lead_in = QCheckBox(self)
        self.master_volume = VolumeSlider(self)
        self.cue_volume = VolumeSlider(self)
        self.ambient_volume = VolumeSlider(self)
        self.cues = QCheckBox(self)
        self.ambient = _combo(self, (None, *AMBIENT_NAMES))
        self.pacing_tone = QCheckBox(self)
        self.checkin_prompts = QCheckBox(self)
        self.streaks = QCheckBox(self)
        self.low_mood_card = QCheckBox(self)
        self.journal_lock_minutes = _combo(self, JOURNAL_LOCK_MINUTES)
        self.buttons = ButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.appearance_box = QGroupBox(self)
        appearance = QFormLayout(self.appearance_box)
        self.session_box = QGroupBox(self)
        session = QFormLayout(self.session_box)
        self.sound_box = QGroupBox(self)
        sound = QFormLayout(self.sound_box)
        self.journal_box = QGroupBox(self)
        journal = QFormLayout(self.journal_box)
        self._labels: dict[str, QLabel] = {}
        for form, name, widget in (
            (appearance, "language", self.language),
            (appearance, "theme", self.theme),
            (appearance, "reduced_motion", self.reduced_motion),
            (session, "visual_style", self.visual_style),
            (session, "lead_in", self.lead_in),
            (sound, "master_volume", self.master_volume),
            (sound, "cue_volume", self.cue_volume),
            (sound, "ambient_volume", self.ambient_volume),
            (sound, "cues", self.cues),
            (sound, "ambient", self.ambient),
            (sound, "pacing_tone", self.pacing_tone),
            (journal, "checkin_prompts", self.checkin_prompts),
            (journal, "streaks", self.streaks),
            (journal, "low_mood_card", self.low_mood_card),
            (journal, "journal_lock_minutes", self.journal_lock_minutes),
        ):
            if isinstance(widget, QCheckBox):
                form.addRow(widget)
                continue
            label = QLabel(self)
            label.setBuddy(widget.focusProxy() or widget)
            self._labels[name] = label
            form.addRow(label, widget)

        layout = QVBoxLayout(self)
        layout.addWidget(self.appearance_box)
        layout.addWidget(self.session_box)
        layout.addWidget(self.sound_box)
        layout.addWidget(self.journal_box)
        self.reminders_button = QPushButton(self)
        self.reminders_button.clicked.connect(self.remindersRequested.emit)
        layout.addWidget(self.reminders_button)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._load(settings)
        self.retranslate()
        self.language.setFocus()

    def _load(self, settings: Settings) -> None:
        _select(self.language, settings.language)
        _select(self.theme, settings.theme)
        _select(self.reduced_motion, settings.reduced_motion)
        _select(self.visual_style, settings.visual_style)
        self.lead_in.setChecked(settings.lead_in)
        self.master_volume.set_value(settings.master_volume)
        self.cue_volume.set_value(settings.cue_volume)
        self.ambient_volume.set_value(settings.ambient_volume)
        self.cues.setChecked(settings.cues)
        if settings.ambient is not None and self.ambient.findData(settings.ambient) < 0:
            self.ambient.addItem(settings.ambient, settings.ambient)  # a custom file
        _select(self.ambient, settings.ambient)
        self.pacing_tone.setChecked(settings.pacing_tone)
        self.checkin_prompts.setChecked(settings.checkin_prompts)
        self.streaks.setChecked(settings.streaks)
        self.low_mood_card.setChecked(settings.low_mood_card)
        _select(self.journal_lock_minutes, settings.journal_lock_minutes)

    def result_settings(self) -> Settings:
        """The settings as edited so far."""
        return replace(
            self._settings,
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            reduced_motion=self.reduced_motion.currentData(),
            visual_style=self.visual_style.currentData(),
            lead_in=self.lead_in.isChecked(),
            master_volume=self.master_volume.value(),
            cue_volume=self.cue_volume.value(),
            ambient_volume=self.ambient_volume.value(),
            cues=self.cues.isChecked(),
            ambient=self.ambient.currentData(),
            pacing_tone=self.pacing_tone.isChecked(),
            checkin_prompts=self.checkin_prompts.isChecked(),
            streaks=self.streaks.isChecked(),
            low_mood_card=self.low_mood_card.isChecked(),
            journal_lock_minutes=self.journal_lock_minutes.currentData(),
        )

    def accept(self) -> None:
        self.settingsAccepted.emit(self.result_settings())
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.reminders_button.setText(translate("SettingsDialog", "Remi&nders…"))
        self.reminders_button.setAccessibleName(translate("SettingsDialog", "Reminders"))
        self.reminders_button.setAccessibleDescription(
            translate("SettingsDialog", "Reminder times, quiet rules, tray and log-in start")
        )
        self.appearance_box.setTitle(translate("SettingsDialog", "Appearance"))
        self.session_box.setTitle(translate("SettingsDialog", "Sessions"))
        self.sound_box.setTitle(translate("SettingsDialog", "Sound"))
        self.journal_box.setTitle(translate("SettingsDialog", "Journal"))
        items = {
            self.language: (
                translate("SettingsDialog", "System language"),
                "English",
                "Bahasa Indonesia",
            ),
            self.theme: (
                translate("SettingsDialog", "Follow the system"),
                translate("SettingsDialog", "Light"),
                translate("SettingsDialog", "Dark"),
            ),
            self.reduced_motion: (
                translate("SettingsDialog", "Follow the system"),
                translate("SettingsDialog", "On"),
                translate("SettingsDialog", "Off"),
            ),
            self.visual_style: (
                translate("SettingsDialog", "Circle"),
                translate("SettingsDialog", "Square"),
                translate("SettingsDialog", "Wave"),
            ),
            self.ambient: (
                translate("SettingsDialog", "As the routine says"),
                translate("SettingsDialog", "Brown noise"),
                translate("SettingsDialog", "Rain"),
                translate("SettingsDialog", "Ocean"),
            ),
        }
        for index, minutes in enumerate(JOURNAL_LOCK_MINUTES):
            self.journal_lock_minutes.setItemText(index, lock_minutes_text(minutes))
        for combo, texts in items.items():
            for index, text in enumerate(texts):
                if index < combo.count():
                    combo.setItemText(index, text)
        labels = {
            "language": translate("SettingsDialog", "&Language:"),
            "theme": translate("SettingsDialog", "&Theme:"),
            "reduced_motion": translate("SettingsDialog", "&Reduce motion:"),
            "visual_style": translate("SettingsDialog", "&Breathing shape:"),
            "master_volume": translate("SettingsDialog", "&Volume:"),
            "cue_volume": translate("SettingsDialog", "C&ue volume:"),
            "ambient_volume": translate("SettingsDialog", "A&mbient volume:"),
            "ambient": translate("SettingsDialog", "Ambient &sound:"),
            "journal_lock_minutes": translate("SettingsDialog", "Loc&k the journal when idle for:"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        self.lead_in.setText(translate("SettingsDialog", "Count in for 3 seconds before starting"))
        self.cues.setText(translate("SettingsDialog", "Play a sound at each phase"))
        self.pacing_tone.setText(translate("SettingsDialog", "Pacing tone that rises and falls"))
        self.checkin_prompts.setText(
            translate("SettingsDialog", "Ask how I feel before and after a routine")
        )
        self.streaks.setText(translate("SettingsDialog", "Show streaks in the insights"))
        self.low_mood_card.setText(
            translate(
                "SettingsDialog", "After a few low days, offer a quiet card with ways to get help"
            )
        )
        accessible = {
            self.language: (
                translate("SettingsDialog", "Language"),
                translate("SettingsDialog", "The language of Tenang; changes at once after saving"),
            ),
            self.theme: (
                translate("SettingsDialog", "Theme"),
                translate("SettingsDialog", "Light or dark colours, or follow the system"),
            ),
            self.reduced_motion: (
                translate("SettingsDialog", "Reduce motion"),
                translate(
                    "SettingsDialog",
                    "When on, the breathing shape stays still and a progress bar paces you",
                ),
            ),
            self.visual_style: (
                translate("SettingsDialog", "Breathing shape"),
                translate("SettingsDialog", "The shape that moves with your breath"),
            ),
            self.lead_in: (
                translate("SettingsDialog", "Lead-in"),
                translate("SettingsDialog", "Count down 3 seconds before a routine starts"),
            ),
            self.master_volume.slider: (
                translate("SettingsDialog", "Volume"),
                translate("SettingsDialog", "Overall volume, 0 to 100"),
            ),
            self.cue_volume.slider: (
                translate("SettingsDialog", "Cue volume"),
                translate("SettingsDialog", "Volume of bells and phase sounds, 0 to 100"),
            ),
            self.ambient_volume.slider: (
                translate("SettingsDialog", "Ambient volume"),
                translate("SettingsDialog", "Volume of the background sound, 0 to 100"),
            ),
            self.cues: (
                translate("SettingsDialog", "Phase sounds"),
                translate("SettingsDialog", "Play a short sound when a phase begins"),
            ),
            self.ambient: (
                translate("SettingsDialog", "Ambient sound"),
                translate(
                    "SettingsDialog",
                    "A quiet background sound under every routine, or the one each routine chooses",
                ),
            ),
            self.pacing_tone: (
                translate("SettingsDialog", "Pacing tone"),
                translate(
                    "SettingsDialog",
                    "A soft tone that rises as you breathe in and falls as you breathe out; "
                    "when off, only routines that ask for it play it",
                ),
            ),
            self.checkin_prompts: (
                translate("SettingsDialog", "Check-in prompts"),
                translate(
                    "SettingsDialog",
                    "A short mood check-in before and after each routine; one click skips it",
                ),
            ),
            self.streaks: (
                translate("SettingsDialog", "Streaks"),
                translate(
                    "SettingsDialog",
                    "Count the days in a row with a check-in; one missed day never breaks it",
                ),
            ),
            self.journal_lock_minutes: (
                translate("SettingsDialog", "Lock the journal when idle for"),
                translate(
                    "SettingsDialog",
                    "With the journal lock on: how long Tenang may go without a key press or "
                    "click before it forgets the passphrase. Hiding or closing Tenang locks it "
                    "at once.",
                ),
            ),
            self.low_mood_card: (
                translate("SettingsDialog", "Low-mood card"),
                translate(
                    "SettingsDialog",
                    "When your check-ins show several low days, the library shows one quiet, "
                    "dismissible card linking to Get help; never a pop-up",
                ),
            ),
        }
        for widget, (name, description) in accessible.items():
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        translate_buttons(self.buttons)
        for standard, name in (
            (QDialogButtonBox.StandardButton.Save, translate("SettingsDialog", "Save settings")),
            (
                QDialogButtonBox.StandardButton.Cancel,
                translate("SettingsDialog", "Cancel without saving"),
            ),
        ):
            button = self.buttons.button(standard)
            if button is not None:
                button.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
