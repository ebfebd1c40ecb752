"""Atomic file replacement, so a crash or a full disk never leaves a half-written file.

Settings (and anything else small we rewrite whole) go through :func:`write_atomic`: the new
bytes land in a temporary file in the *same* folder (``os.replace`` is only atomic within one
file system), are flushed to disk, and then replace the old file in one step. The folder is
fsynced afterwards so that the rename itself survives a power cut. Readers therefore see either
the old file or the new one, never a mixture.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
"""User files hold personal data (moods, habits): readable by their owner only."""


def _fsync_dir(folder: Path) -> None:
    """Persist a rename by syncing its folder; a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; NTFS journals the rename itself.
        return
    try:
        os.fsync(fd)
    except OSError:  # Some file systems (and /proc-like mounts) refuse fsync on a folder.
        pass
    finally:
        os.close(fd)


def _write_temp(folder: Path, name: str, data: bytes, mode: int) -> Path:
    """Write ``data`` to a fresh temporary file in ``folder``, flushed to disk, with ``mode``."""
    fd, temp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            # mkstemp already creates the file 0600; chmod anyway so a custom mode applies
            # before any byte is written.
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            else:  # pragma: no cover - Windows
                temp.chmod(mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def write_atomic(path: Path, data: bytes, *, mode: int = PRIVATE_FILE_MODE) -> None:
    """Replace ``path`` with ``data`` atomically; the file ends with ``mode`` (0600).

    The folder must exist. On any error the temporary file is removed and the old file is
    left untouched, then the error propagates: the caller decides what to tell the user.
    """
    path = Path(path)
    temp = _write_temp(path.parent, path.name, data, mode)
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def write_new(path: Path, data: bytes, *, mode: int = PRIVATE_FILE_MODE) -> None:
    """Create ``path`` complete or not at all, and never over an existing file.

    The bytes go to a temporary file first; a hard link then gives it its name, which fails
    with :class:`FileExistsError` if the name is taken (``os.replace`` would silently
    overwrite). Where hard links are not supported (some network or FAT file systems) it
    checks, then renames: the best those file systems allow.
    """
    path = Path(path)
    temp = _write_temp(path.parent, path.name, data, mode)
    try:
        try:
            os.link(temp, path)
        except FileExistsError:
            raise
        except OSError:
            if path.exists():
                raise FileExistsError(path) from None
            os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    _fsync_dir(path.parent)
