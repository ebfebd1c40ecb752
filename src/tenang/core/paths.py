"""Where the user's own files live: routines, settings and the journal.

One rule, in order: an explicit ``--data-dir`` argument, else the ``TENANG_DATA_DIR``
environment variable, else the platform's folders (platformdirs). With an explicit folder
*every* user file lives under it, settings included, so a test, a portable install or a second
profile never touches the real ones.

Folder permissions: the folders we create are made 0700 (the journal is private). A folder that
already exists keeps its mode: the user (or an administrator) may have loosened it on purpose,
for example to back it up under another account, and silently tightening it would break that.
We only ever tighten what we made ourselves.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "tenang"
DATA_DIR_ENV = "TENANG_DATA_DIR"
PRIVATE_DIR_MODE = 0o700
SETTINGS_FILE_NAME = "settings.toml"
JOURNAL_FILE_NAME = "journal.sqlite3"
SESSIONS_DIR_NAME = "sessions"


@dataclass(frozen=True)
class UserPaths:
    """The resolved locations of every user file; nothing is created by resolving."""

    data_dir: Path
    sessions_dir: Path
    config_dir: Path
    settings_file: Path
    journal_file: Path
    explicit: bool = False
    """True when the folders came from ``--data-dir`` or ``TENANG_DATA_DIR``."""

    def ensure(self) -> None:
        """Create the data, routines and config folders (0700 when we create them)."""
        for folder in (self.data_dir, self.sessions_dir, self.config_dir):
            ensure_private_dir(folder)


def _expand(value: str | os.PathLike[str]) -> Path:
    return Path(value).expanduser().absolute()


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> UserPaths:
    """Resolve the user's folders following the rule in the module docstring.

    ``environ`` defaults to ``os.environ``; tests pass their own mapping. An empty
    ``TENANG_DATA_DIR`` counts as unset, as shells make it easy to export an empty value.
    """
    env = os.environ if environ is None else environ
    chosen: Path | None = None
    if data_dir is not None and str(data_dir) != "":
        chosen = _expand(data_dir)
    elif env.get(DATA_DIR_ENV):
        chosen = _expand(env[DATA_DIR_ENV])
    if chosen is not None:
        return UserPaths(
            data_dir=chosen,
            sessions_dir=chosen / SESSIONS_DIR_NAME,
            config_dir=chosen,
            settings_file=chosen / SETTINGS_FILE_NAME,
            journal_file=chosen / JOURNAL_FILE_NAME,
            explicit=True,
        )
    data = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    config = Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))
    return UserPaths(
        data_dir=data,
        sessions_dir=data / SESSIONS_DIR_NAME,
        config_dir=config,
        settings_file=config / SETTINGS_FILE_NAME,
        journal_file=data / JOURNAL_FILE_NAME,
    )


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) and make it 0700 if, and only if, we created it.

    ``mkdir(mode=...)`` is filtered by the umask, so the mode is set explicitly afterwards.
    Missing parents get the default mode: they are shared places such as ``~/.local/share``.
    """
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_DIR_MODE)
    except FileExistsError:
        # Another Tenang process won the race; it set the mode itself.
        if folder.is_dir():
            return
        raise
    folder.chmod(PRIVATE_DIR_MODE)
