"""Fixtures for the main-window tests: small routines, a fake library, a window factory.

Language and theme are process-wide in Qt (the installed translator, the default locale, the
application palette and style sheet), so every test that touches them restores English and
the default look afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from ui_samples import SAMPLE, DeliveringSwitcher, FakeEntry, FakeLibrary, MakeWindow

from tenang.core.paths import resolve_paths
from tenang.core.settings import Settings
from tenang.ui.i18n import LanguageSwitcher
from tenang.ui.main_window import MainWindow, WindowServices
from tenang.ui.theme import ThemeController


@pytest.fixture
def ui_reset(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    """A language switcher; English, the default palette and no style sheet afterwards."""
    switcher = DeliveringSwitcher()
    switcher.apply("en")
    yield switcher
    switcher.apply("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    qapp.setStyleSheet("")
    qapp.setPalette(qapp.style().standardPalette())


@pytest.fixture
def make_window(qtbot: Any, data_dir: Path, ui_reset: LanguageSwitcher) -> MakeWindow:
    """Build a MainWindow over ``data_dir`` with a fake (or the real) library loader."""

    def make(
        *,
        library: FakeLibrary | None = None,
        loader: Callable[[], Any] | None = None,
        settings: Settings | None = None,
        **services: Any,
    ) -> MainWindow:
        paths = resolve_paths(data_dir)
        paths.ensure()
        fake = (
            library
            if library is not None
            else FakeLibrary([FakeEntry(s, "bundled", None) for s in SAMPLE])
        )
        services.setdefault("language", ui_reset)
        services.setdefault("theme", ThemeController())
        window = MainWindow(
            settings or Settings(),
            WindowServices(paths=paths, load_library=loader or (lambda: fake), **services),
        )
        qtbot.addWidget(window)
        return window

    return make
