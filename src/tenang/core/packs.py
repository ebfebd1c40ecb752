"""Routine packs: one routine and its own sound files in a ``.tenang.zip``, and safe reading.

A pack comes from someone else, so reading one assumes the worst. Every entry is checked
before a byte is written, and each refusal says why (:class:`PackRefusal`):

* no absolute paths, no ``..``, no backslashes, nothing that lands outside the target folder;
* no symbolic links, no encrypted entries, no duplicate names;
* only the file types the format allows: one ``.toml`` and ``.wav``/``.ogg`` sounds;
* at most :data:`MAX_ENTRIES` entries, :data:`MAX_FILE_BYTES` per file and
  :data:`MAX_TOTAL_BYTES` in all. The sizes in a zip's header are only claims, so the
  decompressed bytes are counted while extracting, and extraction stops at the limit.

Then the routine inside is validated like any other file. Nothing reaches the user's routines
folder from here: :func:`read_routine` extracts into a scratch folder the caller owns, and
:func:`tenang.core.routine_store.install_routine` copies what was accepted.
"""

from __future__ import annotations

import io
import stat
import zipfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import Final

from tenang.core.atomic import write_atomic
from tenang.core.model import BreatheStep, MeditateStep, Session
from tenang.core.routine_store import Incoming, InvalidRoutineError
from tenang.core.sessions.loader import load_session_file
from tenang.core.sounds import is_custom_sound

PACK_SUFFIX: Final = ".tenang.zip"
ROUTINE_SUFFIX: Final = ".toml"
ALLOWED_SUFFIXES: Final = (".toml", ".wav", ".ogg")
MAX_ENTRIES: Final = 64
MAX_FILE_BYTES: Final = 5 * 1024 * 1024
MAX_TOTAL_BYTES: Final = 20 * 1024 * 1024
EXPORT_FILE_MODE: Final = 0o644
_CHUNK = 64 * 1024


class PackRefusal(Enum):
    """Why a pack was refused; the UI shows a translated sentence for each."""

    NOT_A_ZIP = "not-a-zip"
    DAMAGED = "damaged"
    TOO_MANY_ENTRIES = "too-many-entries"
    ABSOLUTE_PATH = "absolute-path"
    PARENT_PATH = "parent-path"
    BAD_NAME = "bad-name"
    OUTSIDE_TARGET = "outside-target"
    SYMLINK = "symlink"
    ENCRYPTED = "encrypted"
    DUPLICATE = "duplicate"
    FILE_TYPE = "file-type"
    FILE_TOO_LARGE = "file-too-large"
    TOTAL_TOO_LARGE = "total-too-large"
    NO_ROUTINE = "no-routine"
    SEVERAL_ROUTINES = "several-routines"
    UNUSED_FILE = "unused-file"
    UNREADABLE = "unreadable"


_MESSAGES: Final[dict[PackRefusal, str]] = {
    PackRefusal.NOT_A_ZIP: "is not a zip file",
    PackRefusal.DAMAGED: "is damaged: {detail}",
    PackRefusal.TOO_MANY_ENTRIES: "has {detail} entries; a pack may have at most {limit}",
    PackRefusal.ABSOLUTE_PATH: "entry {detail} has an absolute path",
    PackRefusal.PARENT_PATH: "entry {detail} leads out of the pack with '..'",
    PackRefusal.BAD_NAME: "entry {detail} has a name that is not allowed",
    PackRefusal.OUTSIDE_TARGET: "entry {detail} would land outside the target folder",
    PackRefusal.SYMLINK: "entry {detail} is a symbolic link",
    PackRefusal.ENCRYPTED: "entry {detail} is encrypted",
    PackRefusal.DUPLICATE: "entry {detail} appears twice",
    PackRefusal.FILE_TYPE: (
        "entry {detail} is not a routine or sound file (only .toml, .wav and .ogg are allowed)"
    ),
    PackRefusal.FILE_TOO_LARGE: "entry {detail} is larger than {limit} MB",
    PackRefusal.TOTAL_TOO_LARGE: "holds more than {limit} MB in all",
    PackRefusal.NO_ROUTINE: "holds no routine (.toml) file",
    PackRefusal.SEVERAL_ROUTINES: "holds more than one routine (.toml) file: {detail}",
    PackRefusal.UNUSED_FILE: "entry {detail} is not a sound the routine uses",
    PackRefusal.UNREADABLE: "cannot be read: {detail}",
}


class PackError(Exception):
    """A pack was refused; ``reason`` says why and ``detail`` names the entry (or a number)."""

    def __init__(self, file: str, reason: PackRefusal, detail: str = "", limit: int = 0) -> None:
        self.file = file
        self.reason = reason
        self.detail = detail
        self.limit = limit
        text = _MESSAGES[reason].format(detail=detail, limit=limit)
        super().__init__(f"{file}: {text}")


@dataclass(frozen=True)
class PackLimits:
    """The extraction limits; tests pass small ones."""

    max_entries: int = MAX_ENTRIES
    max_file_bytes: int = MAX_FILE_BYTES
    max_total_bytes: int = MAX_TOTAL_BYTES


def custom_sounds(session: Session) -> tuple[str, ...]:
    """Every sound file (not bundled name) the routine refers to, each once, in order."""
    values: list[str | None] = [session.start_bell, session.end_bell, session.ambient]
    for step in session.steps:
        values.append(step.ambient)
        if isinstance(step, BreatheStep):
            cues = step.cues
            values.extend((cues.inhale, cues.top_up, cues.hold, cues.exhale, cues.hold_empty))
        elif isinstance(step, MeditateStep):
            values.append(step.bell)
    seen: dict[str, None] = {}
    for value in values:
        if value is not None and is_custom_sound(value):
            seen.setdefault(value.replace("\\", "/"), None)
    return tuple(seen)


def is_pack(path: Path) -> bool:
    return path.name.lower().endswith(PACK_SUFFIX)


# -- reading --------------------------------------------------------------------------------


def _check_name(file: str, info: zipfile.ZipInfo) -> PurePosixPath:
    name = info.filename
    if "\\" in name or "\x00" in name or ":" in name:
        raise PackError(file, PackRefusal.BAD_NAME, name)
    if name.startswith("/"):
        raise PackError(file, PackRefusal.ABSOLUTE_PATH, name)
    path = PurePosixPath(name)
    if ".." in path.parts:
        raise PackError(file, PackRefusal.PARENT_PATH, name)
    if not path.parts or any(part in ("", ".") or part.startswith(".") for part in path.parts):
        raise PackError(file, PackRefusal.BAD_NAME, name)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise PackError(file, PackRefusal.SYMLINK, name)
    if info.flag_bits & 0x1:
        raise PackError(file, PackRefusal.ENCRYPTED, name)
    return path


def extract_pack(pack: Path, target: Path, limits: PackLimits = PackLimits()) -> Path:
    """Check every entry of ``pack``, extract it into ``target``; returns the routine file.

    ``target`` should be an empty scratch folder. On a refusal :class:`PackError` is raised;
    whatever was extracted before it stays in ``target`` for the caller to delete.
    """
    file = pack.name
    try:
        archive = zipfile.ZipFile(pack)
    except zipfile.BadZipFile as error:
        raise PackError(file, PackRefusal.NOT_A_ZIP) from error
    except OSError as error:
        raise PackError(file, PackRefusal.UNREADABLE, error.strerror or str(error)) from error
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise PackError(file, PackRefusal.TOO_MANY_ENTRIES, str(len(infos)), limits.max_entries)
        files: list[tuple[zipfile.ZipInfo, PurePosixPath]] = []
        seen: set[str] = set()
        root = target.resolve()
        for info in infos:
            path = _check_name(file, info)
            if info.is_dir():
                continue
            key = path.as_posix().casefold()
            if key in seen:
                raise PackError(file, PackRefusal.DUPLICATE, info.filename)
            seen.add(key)
            if path.suffix.lower() not in ALLOWED_SUFFIXES:
                raise PackError(file, PackRefusal.FILE_TYPE, info.filename)
            destination = (target / path).resolve()
            if not destination.is_relative_to(root):
                raise PackError(file, PackRefusal.OUTSIDE_TARGET, info.filename)
            if info.file_size > limits.max_file_bytes:
                raise PackError(
                    file, PackRefusal.FILE_TOO_LARGE, info.filename, _mb(limits.max_file_bytes)
                )
            files.append((info, path))
        routines = [path for _, path in files if path.suffix.lower() == ROUTINE_SUFFIX]
        if not routines:
            raise PackError(file, PackRefusal.NO_ROUTINE)
        if len(routines) > 1:
            names = ", ".join(p.as_posix() for p in routines)
            raise PackError(file, PackRefusal.SEVERAL_ROUTINES, names)
        if len(routines[0].parts) != 1:
            raise PackError(file, PackRefusal.BAD_NAME, routines[0].as_posix())
        if sum(info.file_size for info, _ in files) > limits.max_total_bytes:
            raise PackError(file, PackRefusal.TOTAL_TOO_LARGE, "", _mb(limits.max_total_bytes))
        total = 0
        for info, path in files:
            total = _extract_one(archive, info, target / path, file, limits, total)
    return target / routines[0]


def _mb(size: int) -> int:
    return max(1, size // (1024 * 1024))


def _extract_one(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    destination: Path,
    file: str,
    limits: PackLimits,
    total: int,
) -> int:
    """Copy one entry, counting the bytes really produced (headers can lie)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    try:
        with archive.open(info) as source, destination.open("xb") as out:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                total += len(chunk)
                if written > limits.max_file_bytes:
                    raise PackError(
                        file, PackRefusal.FILE_TOO_LARGE, info.filename, _mb(limits.max_file_bytes)
                    )
                if total > limits.max_total_bytes:
                    raise PackError(
                        file, PackRefusal.TOTAL_TOO_LARGE, "", _mb(limits.max_total_bytes)
                    )
                out.write(chunk)
    except (zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError) as error:
        raise PackError(file, PackRefusal.DAMAGED, str(error)) from error
    except FileExistsError as error:
        raise PackError(file, PackRefusal.DUPLICATE, info.filename) from error
    except OSError as error:
        raise PackError(file, PackRefusal.UNREADABLE, error.strerror or str(error)) from error
    return total


def read_routine(path: Path, scratch: Path, limits: PackLimits = PackLimits()) -> Incoming:
    """A routine file or pack, checked and validated, ready for the import preview.

    Raises :class:`PackError` for a refused pack and
    :class:`~tenang.core.routine_store.InvalidRoutineError` (with the loader's messages) for a
    routine with problems. ``scratch`` is an empty folder the caller removes afterwards.
    """
    toml = extract_pack(path, scratch, limits) if is_pack(path) else path
    result = load_session_file(toml)
    if result.session is None:
        if toml is not path:
            # Name the pack in messages, not the scratch folder.
            problems = tuple(
                type(problem)(
                    f"{path.name}/{toml.name}",
                    problem.line,
                    problem.column,
                    problem.key,
                    problem.message.replace(str(scratch) + "/", ""),
                )
                for problem in result.problems
            )
            raise InvalidRoutineError(problems)
        raise InvalidRoutineError(result.problems)
    session = result.session
    sounds = {relative: toml.parent / relative for relative in custom_sounds(session)}
    if toml is not path:
        used = {PurePosixPath(relative).as_posix() for relative in sounds}
        for extracted in sorted(scratch.rglob("*")):
            name = extracted.relative_to(scratch).as_posix()
            if extracted.is_file() and extracted != toml and name not in used:
                raise PackError(path.name, PackRefusal.UNUSED_FILE, name)
    try:
        text = toml.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except (OSError, UnicodeDecodeError) as error:  # pragma: no cover - loaded just above
        raise PackError(path.name, PackRefusal.UNREADABLE, str(error)) from error
    return Incoming(session=session, text=text, sounds=sounds, source=path)


# -- writing --------------------------------------------------------------------------------


def pack_bytes(text: str, session: Session, folder: Path | None) -> bytes:
    """A ``.tenang.zip`` holding ``<id>.toml`` and the sound files it names from ``folder``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{session.id}{ROUTINE_SUFFIX}", text.encode("utf-8"))
        for relative in custom_sounds(session):
            if folder is None:
                raise FileNotFoundError(f"no folder holds the sound file {relative}")
            archive.write(folder / relative, relative)
    return buffer.getvalue()


def export_routine(text: str, session: Session, folder: Path | None, destination: Path) -> Path:
    """Write the routine where the user chose: a pack when it has its own sounds (or when
    ``destination`` ends in ``.tenang.zip``), else the TOML file itself. Returns the file."""
    if custom_sounds(session) or is_pack(destination):
        if not is_pack(destination):
            destination = destination.with_name(
                destination.name.removesuffix(ROUTINE_SUFFIX) + PACK_SUFFIX
            )
        data = pack_bytes(text, session, folder)
    else:
        data = text.encode("utf-8")
    write_atomic(destination, data, mode=EXPORT_FILE_MODE)
    return destination
