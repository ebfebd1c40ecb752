""" "Start Tenang when I log in": one file (or registry value) added, exactly that one removed.

Off by default; only an explicit choice in settings turns it on. What is added, per platform:

- Linux: ``$XDG_CONFIG_HOME/autostart/<APP_ID>.desktop`` (XDG Autostart spec), marked with
  ``X-Tenang-Autostart=true`` so turning it off never deletes a file Tenang did not write.
- Windows: the value ``Tenang`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``
  (no shortcut file, so nothing is left in the Startup folder). The value's text
  (:func:`windows_run_value`) is tested; the ``winreg`` calls have never run on Windows.
- macOS: ``~/Library/LaunchAgents/<APP_ID>.plist`` with ``RunAtLoad`` (:func:`mac_plist`,
  tested as a file; never loaded by a real launchd).

Nothing here imports Qt: it is file work, and tests call it with a temporary config home.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from tenang import APP_ID, APP_NAME
from tenang.desktop_entry import current_command, exec_quote

MARKER: Final = "X-Tenang-Autostart=true"
RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"


class AutostartError(Exception):
    """Autostart could not be changed; the message names the file and the reason."""


def config_home(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    value = env.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".config"


def linux_file(environ: Mapping[str, str] | None = None) -> Path:
    return config_home(environ) / "autostart" / f"{APP_ID}.desktop"


def mac_file(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def linux_entry(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Exec={' '.join(exec_quote(part) for part in command)}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        f"{MARKER}\n"
    )


def windows_run_value(command: Sequence[str]) -> str:
    """The ``Run`` value: one command line, quoted the way Windows' C runtime splits it."""
    return subprocess.list2cmdline(list(command))


def mac_plist(command: Sequence[str]) -> bytes:
    import plistlib  # macOS only; it pulls in an XML parser the other platforms never need

    return plistlib.dumps({"Label": APP_ID, "ProgramArguments": list(command), "RunAtLoad": True})


class Autostart:
    """Turns log-in start on and off for one platform (injectable, so tests use Linux)."""

    def __init__(
        self,
        platform: str = sys.platform,
        environ: Mapping[str, str] | None = None,
        command: Sequence[str] | None = None,
        home: Path | None = None,
    ) -> None:
        self.platform = platform
        self.environ = environ
        self.command = list(command) if command is not None else current_command()
        self.home = home

    @property
    def supported(self) -> bool:
        return self.platform.startswith("linux") or self.platform in ("win32", "darwin")

    def path(self) -> Path | None:
        """The file Tenang adds (``None`` on Windows, where it is a registry value)."""
        if self.platform.startswith("linux"):
            return linux_file(self.environ)
        if self.platform == "darwin":
            return mac_file(self.home)
        return None

    def is_enabled(self) -> bool:
        if self.platform == "win32":  # pragma: no cover - Windows only
            return self._windows_get() is not None
        path = self.path()
        return path is not None and path.is_file() and self._ours(path)

    def _ours(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError:
            return False
        if self.platform == "darwin":
            import plistlib

            try:
                return bool(plistlib.loads(data).get("Label") == APP_ID)
            except Exception:
                return False
        return MARKER in data.decode("utf-8", "replace").splitlines()

    def set_enabled(self, enabled: bool) -> None:
        """Add or remove the log-in entry; raises :class:`AutostartError` with a message."""
        if self.platform == "win32":  # pragma: no cover - Windows only
            self._windows_set(enabled)
            return
        path = self.path()
        if path is None:
            raise AutostartError(f"starting at log-in is not supported on {self.platform}")
        try:
            if enabled:
                path.parent.mkdir(parents=True, exist_ok=True)
                if path.exists() and not self._ours(path):
                    raise AutostartError(f"{path}: a file Tenang did not write is in the way")
                if self.platform == "darwin":
                    path.write_bytes(mac_plist(self.command))
                else:
                    path.write_text(linux_entry(self.command), encoding="utf-8")
            elif path.exists() and self._ours(path):
                path.unlink()
        except OSError as error:
            raise AutostartError(f"{path}: {error.strerror or error}") from error

    # -- Windows ---------------------------------------------------------------------------

    def _windows_get(self) -> str | None:  # pragma: no cover - Windows only
        if sys.platform != "win32":
            return None
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value: Any = winreg.QueryValueEx(key, APP_NAME)[0]
                return str(value)
        except OSError:
            return None

    def _windows_set(self, enabled: bool) -> None:  # pragma: no cover - Windows only
        if sys.platform != "win32":
            raise AutostartError("the registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                if enabled:
                    line = windows_run_value(self.command)
                    winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, line)
                elif self._windows_get() is not None:
                    winreg.DeleteValue(key, APP_NAME)
        except OSError as error:
            raise AutostartError(f"HKCU\\{RUN_KEY}\\{APP_NAME}: {error}") from error
