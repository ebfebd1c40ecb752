"""The running app carries the id and the icon: the window class matches the desktop entry
(so docks group the window with its launcher) and every window gets Tenang's icon."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication

from tenang import APP_ID
from tenang.app import app_icon, prepare_application
from tenang.desktop_entry import ICON_SIZES


def test_application_names_its_desktop_file_and_icon(qapp: Any) -> None:
    app = prepare_application()
    assert QGuiApplication.desktopFileName() == APP_ID
    icon = app.windowIcon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)


def test_icon_has_every_bundled_size(qapp: Any) -> None:
    icon = app_icon()
    for size in ICON_SIZES:
        assert icon.pixmap(size, size).width() == size
