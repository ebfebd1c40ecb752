"""Put Tenang in the desktop's application menu for a pip or pipx install, and take it out.

A distribution package or the Flatpak installs the desktop entry and icons system-wide. A
``pip install`` cannot (wheels have no place for them), so ``tenang --install-desktop-entry``
writes them under the user's XDG data folder (``$XDG_DATA_HOME``, by default
``~/.local/share``) and ``--uninstall-desktop-entry`` removes exactly those files. Nothing here
runs unless the user asks: no first-run hook, no autostart entry, ever.

The desktop entry is generated here, with ``Exec`` pointing at the ``tenang`` that is running,
because a pipx venv's ``bin`` folder is usually not on the desktop session's ``PATH``. The
copy in ``packaging/linux/`` (``Exec=tenang``, for packages) is this same text; a test keeps
the two equal, so there is one source.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TextIO

from tenang import APP_ID
from tenang.core.resources import assets_root

ICON_SIZES = (16, 32, 48, 64, 128, 256)
DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
MARKER = (
    '# Written by "tenang --install-desktop-entry"; "tenang --uninstall-desktop-entry" removes it.'
)
"""The first line of an entry we wrote: uninstalling leaves any other file of that name alone."""

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.4
Name=Tenang
Name[id]=Tenang
GenericName=Breathing and Meditation
GenericName[id]=Pernapasan dan Meditasi
Comment=Guided breathing and meditation with a private, offline mood journal
Comment[id]=Panduan pernapasan dan meditasi dengan jurnal suasana hati yang pribadi dan luring
Keywords=breathing;meditation;mindfulness;calm;relax;mood;journal;box breathing;
Keywords[id]=pernapasan;napas;meditasi;kesadaran;tenang;rileks;suasana hati;jurnal;
Exec={exec}
Icon={app_id}
Terminal=false
Categories=Utility;
StartupNotify=true
StartupWMClass={app_id}
"""
"""The entry, with ``{exec}`` the quoted command line (``tenang`` in packages)."""

_NEEDS_QUOTING = re.compile(r"""[\s"'\\><~|&;$*?#()`=]""")


class DesktopEntryError(Exception):
    """A user-facing reason the entry could not be installed or removed."""


@dataclass
class Outcome:
    """What one install or uninstall did, for the CLI to print."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    kept: list[tuple[Path, str]] = field(default_factory=list)
    """Files left alone, with the reason."""


def supported(platform: str | None = None) -> bool:
    """Desktop entries are a freedesktop.org thing: Linux and the BSDs."""
    name = sys.platform if platform is None else platform
    return name.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly"))


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share``; a relative value is ignored (XDG spec)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def exec_quote(argument: str) -> str:
    """One argument of an ``Exec`` line, quoted as the Desktop Entry spec asks.

    Reserved characters need double quotes, inside which ``"`` `` ` `` ``$`` ``\\`` take a
    backslash; ``%`` is doubled (field codes). The key's value is then string-escaped, which
    doubles every backslash again.
    """
    text = argument.replace("%", "%%")
    if _NEEDS_QUOTING.search(text):
        text = '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'
    return text.replace("\\", "\\\\")


def current_command(
    argv0: str | None = None, executable: str | None = None, frozen: bool | None = None
) -> list[str]:
    """The command that starts this same Tenang, as absolute paths.

    A frozen build is its own executable. Otherwise the ``tenang`` gui-script next to the
    one running (``tenang-cli`` sits beside it) or next to the interpreter (a venv's ``bin``),
    else the interpreter with ``-m tenang``.
    """
    is_frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    python = Path(sys.executable if executable is None else executable)
    if is_frozen:
        return [str(python.absolute())]
    script_dirs = []
    first = sys.argv[0] if argv0 is None else argv0
    if first and Path(first).name.startswith("tenang"):
        script_dirs.append(Path(first).absolute().parent)
    script_dirs.append(python.absolute().parent)
    for folder in script_dirs:
        for name in ("tenang", "tenang.exe"):
            candidate = folder / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return [str(candidate)]
    return [str(python.absolute()), "-m", "tenang"]


def render_desktop_entry(command: Sequence[str] = ("tenang",)) -> str:
    """The desktop entry text with ``Exec`` set to ``command``."""
    return DESKTOP_ENTRY.format(exec=" ".join(exec_quote(part) for part in command), app_id=APP_ID)


def icon_sources() -> dict[str, Traversable]:
    """Bundled icon files by their path under ``icons/hicolor``."""
    icons = assets_root() / "icons"
    sources = {
        f"{size}x{size}/apps/{APP_ID}.png": icons / f"tenang-{size}.png" for size in ICON_SIZES
    }
    sources[f"scalable/apps/{APP_ID}.svg"] = icons / "tenang.svg"
    return sources


def planned_files(home: Path) -> list[Path]:
    """Every file an install writes: the entry first, then the icons."""
    hicolor = home / "icons" / "hicolor"
    return [home / "applications" / DESKTOP_FILE_NAME] + [hicolor / rel for rel in icon_sources()]


def install(home: Path | None = None, command: Sequence[str] | None = None) -> Outcome:
    """Write the entry and icons under ``home`` (the XDG data folder); overwrites our own."""
    base = data_home() if home is None else home
    outcome = Outcome()
    entry_path = base / "applications" / DESKTOP_FILE_NAME
    text = MARKER + "\n" + render_desktop_entry(current_command() if command is None else command)
    try:
        entry_path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(entry_path, text.encode("utf-8"))
        outcome.written.append(entry_path)
        for relative, source in icon_sources().items():
            target = base / "icons" / "hicolor" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(target, source.read_bytes())
            outcome.written.append(target)
    except OSError as error:
        where = error.filename or base
        raise DesktopEntryError(
            f"cannot write {where}: {error.strerror or error}; "
            f"{len(outcome.written)} file(s) were written, "
            "'tenang --uninstall-desktop-entry' removes them"
        ) from None
    return outcome


def uninstall(home: Path | None = None) -> Outcome:
    """Remove what :func:`install` writes; an entry we did not write is left alone."""
    base = data_home() if home is None else home
    outcome = Outcome()
    entry_path, *icon_paths = planned_files(base)
    try:
        if entry_path.is_file():
            first_line = entry_path.read_text(encoding="utf-8", errors="replace").split("\n")[0]
            if first_line == MARKER:
                entry_path.unlink()
                outcome.removed.append(entry_path)
            else:
                outcome.kept.append((entry_path, "not written by tenang --install-desktop-entry"))
        for path in icon_paths:
            if path.is_file():
                path.unlink()
                outcome.removed.append(path)
                _prune(path.parent, stop=base / "icons" / "hicolor")
    except OSError as error:
        raise DesktopEntryError(
            f"cannot remove {error.filename or base}: {error.strerror or error}"
        ) from None
    return outcome


def _prune(folder: Path, stop: Path) -> None:
    """Remove ``<size>/apps`` and ``<size>`` under hicolor if emptied (never hicolor itself)."""
    while folder != stop and stop in folder.parents:
        try:
            folder.rmdir()
        except OSError:  # not empty: someone else's icons live there too
            return
        folder = folder.parent


def _write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target and rename, so a menu never reads a half-written entry."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    partial.replace(path)


def describe(outcome: Outcome, *, installing: bool) -> list[str]:
    """What the CLI prints: one line per file, then a summary."""
    lines = [f"wrote {path}" for path in outcome.written]
    lines += [f"removed {path}" for path in outcome.removed]
    lines += [f"left {path} alone: {reason}" for path, reason in outcome.kept]
    if installing:
        lines.append("Tenang is in your application menu (it may take a moment to show).")
    elif not outcome.removed and not outcome.kept:
        lines.append("nothing to remove: no desktop entry of Tenang's was installed here")
    return lines


def run(*, installing: bool, out: TextIO | None = None) -> int:
    """The CLI's ``--install-desktop-entry`` / ``--uninstall-desktop-entry``; an exit code."""
    stream = sys.stdout if out is None else out
    if not supported():
        print(
            "tenang: desktop entries are for Linux and BSD desktops; on Windows and macOS, "
            "use the installer from packaging/README.md",
            file=sys.stderr,
        )
        return 2
    try:
        outcome = install() if installing else uninstall()
    except DesktopEntryError as error:
        print(f"tenang: {error}", file=sys.stderr)
        return 1
    for line in describe(outcome, installing=installing):
        print(line, file=stream)
    return 0


__all__ = [
    "DESKTOP_FILE_NAME",
    "ICON_SIZES",
    "DesktopEntryError",
    "Outcome",
    "current_command",
    "data_home",
    "exec_quote",
    "install",
    "planned_files",
    "render_desktop_entry",
    "run",
    "uninstall",
]
