"""``tenang --self-check``: prove an installed or frozen Tenang has everything it needs.

A wheel missing a package-data file, or a PyInstaller build missing a module, still starts; it
fails later, in front of a user. This check touches each thing the app loads at run time (every
bundled routine, the journal's SQLite, the audio mixer and every bundled sound, the translation
catalogues, the icons, the GUI modules) and prints one line per check. It needs no display
and makes no widget. Like the rest of the non-GUI code it does not import Qt itself (DESIGN.md
layering): the .qm and PNG files are checked by walking their formats here, and the GUI modules
are imported by name, which is what proves a frozen build carries Qt.

The journal is opened in a temporary folder, so the user's own is never touched. Audio uses
whatever SDL driver is configured; ``SDL_AUDIODRIVER=dummy`` checks the decoding without a sound
card (the build scripts set it).
"""

from __future__ import annotations

import importlib
import os
import struct
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

import tenang
from tenang.core.resources import assets_root, bundled_sessions_dir
from tenang.desktop_entry import ICON_SIZES

if TYPE_CHECKING:
    from tenang.core.journal import Journal

LANGUAGES = ("en", "id")
GUI_MODULES = ("tenang.app", "tenang.ui.main_window", "tenang.ui.single_instance")


class CheckFailedError(Exception):
    """A check's own, user-facing reason for failing."""


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[], str]
    """Returns what was checked, in a few words; raises on failure."""


def check_routines() -> str:
    from tenang.core.plan import compile_plan
    from tenang.core.sessions import load_library

    library = load_library(bundled_sessions_dir(), None)
    if library.problems:
        raise CheckFailedError("; ".join(str(problem) for problem in library.problems))
    if not library.entries:
        raise CheckFailedError(f"no routines in {bundled_sessions_dir()}")
    total = sum(compile_plan(entry.session).total for entry in library.entries)
    return f"{len(library.entries)} bundled routines load and compile ({total / 60:.0f} min)"


def check_journal() -> str:
    try:
        from tenang.core.journal import open_journal
    except ImportError as error:  # a tree where the journal is not written yet
        return _check_sqlite_only(error)
    import sqlite3

    with (
        tempfile.TemporaryDirectory(prefix="tenang-self-check-") as folder,
        open_journal(Path(folder)) as journal,
    ):
        entry = journal.add_entry(3, tags=(), note="self-check")
        if journal.get_entry(entry.id) is None or journal.count_entries() != 1:
            raise CheckFailedError("an entry written to a fresh journal could not be read back")
        check_journal_lock(journal)
    return (
        "a fresh journal in a temporary folder stores and reads an entry, and its lock "
        f"seals, opens and takes a check-in while locked (SQLite {sqlite3.sqlite_version})"
    )


SELF_CHECK_NOTE: Final = "self-check while locked"


def check_journal_lock(journal: Journal) -> None:
    """Turn the lock on, save a check-in while locked, unlock and read it back.

    A frozen build can miss parts of ``cryptography`` (Argon2id, AES-GCM, X25519) that only the
    lock uses; this proves they are there. Small Argon2id parameters keep it quick: the point
    is that the primitives load and agree, not their strength.
    """
    from tenang.core.journal.crypto import KdfParams

    quick = KdfParams(memory_kib=64, iterations=1, lanes=1, checked=False)
    passphrase = "self-check passphrase"
    journal.prepare_lock(passphrase, params=quick)
    journal.complete_lock()
    journal.lock()
    sealed = journal.add_entry(4, note=SELF_CHECK_NOTE)
    if journal.pending_count != 1:
        raise CheckFailedError("a check-in saved while locked did not wait in the inbox")
    journal.unlock(passphrase)
    opened = journal.get_entry(sealed.id)
    if opened is None or opened.note != SELF_CHECK_NOTE or journal.pending_count != 0:
        raise CheckFailedError("a check-in saved while locked could not be read after unlock")


def _check_sqlite_only(reason: ImportError) -> str:
    import sqlite3

    with tempfile.TemporaryDirectory(prefix="tenang-self-check-") as folder:
        conn = sqlite3.connect(Path(folder) / "check.sqlite3")
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("CREATE TABLE t (x)")
            conn.execute("INSERT INTO t VALUES (1)")
            (count,) = conn.execute("SELECT count(*) FROM t").fetchone()
        finally:
            conn.close()
    if count != 1:
        raise CheckFailedError("SQLite did not read back a row it wrote")
    return f"SQLite {sqlite3.sqlite_version} works; the journal module is missing ({reason})"


def check_audio() -> str:
    from tenang.audio import create_audio
    from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES

    problems: list[str] = []
    port = create_audio(True, problems.append)
    try:
        port.preload((*CUE_NAMES, *AMBIENT_NAMES))
        if problems:
            raise CheckFailedError("; ".join(problems))
        if not port.available:
            raise CheckFailedError("the mixer did not start")
    finally:
        port.shutdown()
    driver = os.environ.get("SDL_AUDIODRIVER") or "SDL's default"
    return f"mixer started ({driver} driver); {len(CUE_NAMES) + len(AMBIENT_NAMES)} sounds decoded"


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
QM_MESSAGES = 0x69
"""The tag of the messages section in a compiled Qt catalogue (qtbase's qtranslator.cpp)."""
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def qm_sections(data: bytes, name: str) -> dict[int, int]:
    """Section tag -> length of a compiled Qt catalogue (``.qm``): the magic, then
    (tag byte, 32-bit big-endian length, body) until the end."""
    if not data.startswith(QM_MAGIC):
        raise CheckFailedError(f"{name} is not a compiled Qt translation catalogue")
    sections: dict[int, int] = {}
    position = len(QM_MAGIC)
    while position < len(data):
        if position + 5 > len(data):
            raise CheckFailedError(f"{name} is cut short at byte {position}")
        tag = data[position]
        (length,) = struct.unpack(">I", data[position + 1 : position + 5])
        position += 5 + length
        if position > len(data):
            raise CheckFailedError(f"{name} is cut short in section 0x{tag:02x}")
        sections[tag] = length
    return sections


def png_size(data: bytes, name: str) -> tuple[int, int]:
    """Width and height of a PNG whose every chunk's CRC is right and which ends with IEND."""
    if not data.startswith(PNG_SIGNATURE):
        raise CheckFailedError(f"{name} is not a PNG")
    position = len(PNG_SIGNATURE)
    size: tuple[int, int] | None = None
    while position + 12 <= len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if len(body) != length or position + 12 + length > len(data):
            break
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise CheckFailedError(f"{name} is damaged (bad CRC in its {kind!r} chunk)")
        if size is None:
            if kind != b"IHDR" or length != 13:
                raise CheckFailedError(f"{name} does not start with an IHDR chunk")
            width, height = struct.unpack(">II", body[:8])
            size = (width, height)
        if kind == b"IEND":
            return size
        position += 12 + length
    raise CheckFailedError(f"{name} is cut short (no IEND chunk)")


def check_translations() -> str:
    counts = []
    for language in LANGUAGES:
        name = f"tenang_{language}.qm"
        data = (resources.files("tenang.translations") / name).read_bytes()
        sections = qm_sections(data, f"tenang.translations/{name}")
        if language != "en" and not sections.get(QM_MESSAGES):
            raise CheckFailedError(f"tenang.translations/{name} has no translations")
        counts.append(f"{language} ({len(data)} bytes)")
    return "catalogues read: " + ", ".join(counts)


def check_icons() -> str:
    icons = assets_root() / "icons"
    for size in ICON_SIZES:
        name = f"tenang-{size}.png"
        width, height = png_size((icons / name).read_bytes(), f"icons/{name}")
        if (width, height) != (size, size):
            raise CheckFailedError(f"icons/{name} is {width}x{height}, not {size}x{size}")
    try:
        ET.fromstring((icons / "tenang.svg").read_bytes())
    except ET.ParseError as error:
        raise CheckFailedError(f"icons/tenang.svg is not valid XML: {error}") from None
    return f"{len(ICON_SIZES)} PNGs ({ICON_SIZES[0]}-{ICON_SIZES[-1]} px) and the SVG are whole"


def check_gui_modules() -> str:
    for name in GUI_MODULES:
        importlib.import_module(name)
    qt = importlib.import_module("PySide6")
    return f"{', '.join(GUI_MODULES)} import (PySide6 {qt.__version__}; no window is opened)"


CHECKS: tuple[Check, ...] = (
    Check("routines", check_routines),
    Check("journal", check_journal),
    Check("audio", check_audio),
    Check("translations", check_translations),
    Check("icons", check_icons),
    Check("gui modules", check_gui_modules),
)


def run(checks: Sequence[Check] = CHECKS, out: TextIO | None = None) -> int:
    """Run every check (a failure does not stop the rest); 0 if all passed, else 1."""
    stream = sys.stdout if out is None else out
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    print(f"tenang {tenang.__version__} self-check{frozen}", file=stream)
    print(f"package: {Path(tenang.__file__).parent}", file=stream)
    failed = []
    for check in checks:
        try:
            detail = check.run()
        except Exception as error:  # each failure is reported as a line, never a traceback
            reason = str(error).strip() or type(error).__name__
            if isinstance(error, FileNotFoundError) and error.filename:
                reason = f"missing file {error.filename}"
            elif not isinstance(error, CheckFailedError):
                reason = f"{type(error).__name__}: {reason}"
            print(f"FAIL  {check.name}: {reason}", file=stream)
            failed.append(check.name)
        else:
            print(f"ok    {check.name}: {detail}", file=stream)
        stream.flush()
    if failed:
        print(
            f"self-check FAILED: {', '.join(failed)} ({len(failed)} of {len(checks)})", file=stream
        )
        return 1
    print(f"self-check passed: {len(checks)} checks", file=stream)
    return 0
