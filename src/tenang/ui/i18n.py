"""Languages: one translator for the whole app, switched at run time without a restart.

Every visible string goes through :func:`translate` (``QCoreApplication.translate``) with a
fixed context per widget, which ``pyside6-lupdate`` finds in the source. Installing or removing
a translator makes Qt send ``QEvent.LanguageChange`` to every widget; each of ours reacts in
``changeEvent`` by calling its ``retranslate()``. Numbers and dates go through the default
``QLocale``, which is switched together with the translator.

Qt ships no Indonesian translation of its own dialogs, so the standard button texts are ours
too (:func:`translate_buttons`).
"""

from __future__ import annotations

import contextlib
from importlib import resources
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

SUPPORTED: Final = ("en", "id")
"""Languages with a complete translation, in the order the settings dialog offers them."""


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``; lupdate recognises calls to a function of this name."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def resolve_language(setting: str, system_locale: QLocale | None = None) -> str:
    """The language code to use for ``setting`` ("system", "en" or "id")."""
    if setting in SUPPORTED:
        return setting
    locale = system_locale if system_locale is not None else QLocale.system()
    if locale.language() == QLocale.Language.Indonesian:
        return "id"
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def _locale_for(language: str) -> QLocale:
    if language == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class LanguageSwitcher:
    """Owns the installed translator; :meth:`apply` swaps it and the default locale."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self._buffer = b""
        self.language = "en"

    def apply(self, setting: str) -> str:
        """Switch to ``setting``; returns the resolved code. Widgets retranslate themselves."""
        language = resolve_language(setting)
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            QCoreApplication.removeTranslator(self._translator)
        self._translator = None
        QLocale.setDefault(_locale_for(language))
        self.language = language
        translator = QTranslator()
        data = qm_bytes(language)
        # ``load`` reads from the buffer for the translator's lifetime, so keep it alive.
        if data and translator.load(data):
            self._buffer = data
            self._translator = translator
            QCoreApplication.installTranslator(translator)
        elif app is not None:
            # Installing nothing sends no event; widgets still need to re-read the locale.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        return language


def qm_bytes(language: str) -> bytes:
    """The compiled catalogue shipped in ``tenang.translations``; empty if it is missing."""
    with contextlib.suppress(FileNotFoundError, ModuleNotFoundError):
        return (resources.files("tenang.translations") / f"tenang_{language}.qm").read_bytes()
    return b""


def current_language() -> str:
    """The language the default locale speaks, "en" or "id" (used for routine texts)."""
    return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"


def name_widget(widget: QWidget, name: str, description: str) -> None:
    """Give a control what a screen reader speaks: its name, then what it does."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def _button_texts() -> dict[QDialogButtonBox.StandardButton, str]:
    sb = QDialogButtonBox.StandardButton
    return {
        sb.Ok: translate("StandardButton", "OK"),
        sb.Cancel: translate("StandardButton", "Cancel"),
        sb.Save: translate("StandardButton", "Save"),
        sb.Close: translate("StandardButton", "Close"),
        sb.Yes: translate("StandardButton", "&Yes"),
        sb.No: translate("StandardButton", "&No"),
        sb.Apply: translate("StandardButton", "Apply"),
        sb.Discard: translate("StandardButton", "Discard"),
        sb.Help: translate("StandardButton", "Help"),
        sb.Reset: translate("StandardButton", "Reset"),
        sb.RestoreDefaults: translate("StandardButton", "Restore Defaults"),
        sb.Open: translate("StandardButton", "Open"),
        sb.Retry: translate("StandardButton", "Retry"),
        sb.Ignore: translate("StandardButton", "Ignore"),
        sb.Abort: translate("StandardButton", "Abort"),
    }


class ButtonBox(QDialogButtonBox):
    """A button box whose standard buttons keep our translated texts.

    ``QDialogButtonBox`` resets its standard texts on every ``LanguageChange`` (to Qt's own,
    untranslated for Indonesian), so ours are put back right after it.
    """

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            translate_buttons(self)


def translate_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    """Give a button box's (or message box's) standard buttons our translated texts."""
    for standard, text in _button_texts().items():
        if isinstance(box, QMessageBox):
            button = box.button(QMessageBox.StandardButton(standard.value))
        else:
            button = box.button(standard)
        if button is not None:
            button.setText(text)


def format_number(value: float) -> str:
    """A length in seconds as the locale writes it: ``5``, ``5.5`` / ``5,5`` (one decimal)."""
    tenths = round(value * 10)
    if tenths % 10 == 0:
        return QLocale().toString(tenths // 10)
    return QLocale().toString(tenths / 10, "f", 1)


def format_seconds(seconds: float) -> str:
    """A short length: ``4 s`` / ``4 dtk``, ``1 min 30 s`` / ``1 mnt 30 dtk``, ``1 h 5 min``."""
    tenths = round(max(seconds, 0.0) * 10)
    hours, tenths = divmod(tenths, 36000)
    minutes, tenths = divmod(tenths, 600)
    parts: list[str] = []
    if hours:
        parts.append(translate("Units", "%1 h").replace("%1", QLocale().toString(hours)))
    if minutes:
        parts.append(translate("Units", "%1 min").replace("%1", QLocale().toString(minutes)))
    if tenths or not parts:
        parts.append(translate("Units", "%1 s").replace("%1", format_number(tenths / 10)))
    return " ".join(parts)


def format_total(seconds: float) -> str:
    """A routine's whole length: exact seconds under ten minutes, whole minutes above."""
    if seconds < 600:
        return format_seconds(round(seconds))
    return format_seconds(round(seconds / 60) * 60)
