"""The user's settings: a frozen value, read from and written to one TOML file.

Reading never guesses. A file that cannot be used whole (bad TOML, a wrong type, an unknown
key, a value out of range) is moved aside as ``settings.toml.broken-<UTC timestamp>`` (never
overwritten, never deleted) and Tenang starts on defaults, saying once where the file went and
listing every problem with its line and key. Silently dropping one bad key would hide a typo;
overwriting the file would lose whatever else the user wrote in it.

Writing goes through :func:`tenang.core.atomic.write_atomic`, so a crash mid-save leaves the
old file intact.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar, Final, Generic, Literal, TypeVar

import tomli_w

from tenang.core.atomic import write_atomic
from tenang.core.paths import ensure_private_dir
from tenang.core.sounds import AMBIENT_NAMES, is_custom_sound

Language = Literal["system", "en", "id"]
Theme = Literal["system", "light", "dark"]
ReducedMotion = Literal["system", "on", "off"]
VisualStyle = Literal["circle", "square", "wave"]

LANGUAGES: Final[tuple[str, ...]] = ("system", "en", "id")
THEMES: Final[tuple[str, ...]] = ("system", "light", "dark")
REDUCED_MOTION_CHOICES: Final[tuple[str, ...]] = ("system", "on", "off")
VISUAL_STYLES: Final[tuple[str, ...]] = ("circle", "square", "wave")
RECENT_LIMIT: Final = 10
"""How many recently run routines we remember (the library lists them first)."""
CAUTIONS_SEEN_LIMIT: Final = 500
"""Routines whose caution the user asked not to see again; far more than anyone keeps."""
JOURNAL_LOCK_MINUTES: Final[tuple[int, ...]] = (1, 5, 15, 30, 60)
"""The idle times a locked journal may stay unlocked for (the settings dialog offers these)."""

_ROUTINE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True)
class Settings:
    """Everything the user can choose; the defaults are what a first start looks like."""

    language: Language = "system"
    theme: Theme = "system"
    reduced_motion: ReducedMotion = "system"
    visual_style: VisualStyle = "circle"
    lead_in: bool = True
    master_volume: int = 80
    cue_volume: int = 80
    ambient_volume: int = 50
    cues: bool = True
    ambient: str | None = None
    pacing_tone: bool = False
    checkin_prompts: bool = True
    """Ask how the user feels before and after a routine (one click skips)."""
    streaks: bool = False
    """Show a (forgiving) streak in the journal's insights; off so nobody feels guilty."""
    last_routine: str | None = None
    recent_routines: tuple[str, ...] = ()
    close_to_tray: bool = False
    """Closing the window keeps Tenang (and its reminders) in the tray; off: closing quits."""
    autostart: bool = False
    """Start Tenang at log-in; an explicit choice, never on by default."""
    low_mood_card: bool = True
    """Offer the quiet "Get help" card after a run of low days (``tenang.core.nudges``)."""
    low_mood_shown: str | None = None
    """ISO date naming the low run the card was last shown for, so it shows once per run."""
    cautions_seen: tuple[str, ...] = ()
    """Routines whose caution the user chose not to see again before a run."""
    journal_lock_minutes: int = 5
    """With the journal lock on: forget the key after this many minutes without a key press or
    mouse input in Tenang (one of :data:`JOURNAL_LOCK_MINUTES`). Short by default because an
    unlocked journal on an unattended screen is what the lock exists to prevent."""

    def with_recent(self, routine_id: str) -> Settings:
        """These settings after running ``routine_id``: it becomes the last and first recent."""
        recent = (routine_id, *(r for r in self.recent_routines if r != routine_id))
        return replace(self, last_routine=routine_id, recent_routines=recent[:RECENT_LIMIT])

    def with_caution_seen(self, routine_id: str) -> Settings:
        """These settings after "don't show again" on ``routine_id``'s caution."""
        if routine_id in self.cautions_seen:
            return self
        seen = (*self.cautions_seen, routine_id)[-CAUTIONS_SEEN_LIMIT:]
        return replace(self, cautions_seen=seen)


DEFAULTS: Final = Settings()


T = TypeVar("T")


@dataclass(frozen=True)
class Loaded(Generic[T]):
    """What reading one of the user's files found: the value (defaults when the file was
    unusable), every problem located, and where the unusable file went."""

    value: T
    problems: tuple[str, ...] = ()
    """Each problem as ``FILE:LINE:COL: key: message``."""
    moved_to: Path | None = None
    """Where the unusable file now is; ``None`` if it was fine, missing, or could not move."""
    move_error: str | None = None
    """Why moving it aside failed; saving is then unsafe (it would overwrite the file)."""

    started_with: ClassVar[str] = "without it"
    """How the notice says what Tenang used instead of the file."""

    @property
    def can_save(self) -> bool:
        """Saving over a broken file that could not be moved aside would destroy it."""
        return not self.problems or self.moved_to is not None

    @property
    def notice(self) -> str | None:
        """One English paragraph for logs and the CLI, or ``None`` when all was well."""
        if not self.problems:
            return None
        lines = list(self.problems)
        if self.moved_to is not None:
            lines.append(
                f"The file was moved to {self.moved_to}; Tenang started {self.started_with}."
            )
        else:
            lines.append(
                f"The file could not be moved aside ({self.move_error}); Tenang started "
                f"{self.started_with} and will not save over it."
            )
        return "\n".join(lines)


@dataclass(frozen=True)
class SettingsLoad(Loaded[Settings]):
    """What :func:`read_settings` found; the GUI builds its translated notice from this."""

    started_with: ClassVar[str] = "with default settings"

    @property
    def settings(self) -> Settings:
        return self.value


class _Problems:
    """Collects located messages for one file; the line of a key is found by scanning."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.items: list[str] = []

    def locate(self, key: str) -> tuple[int, int]:
        key = key.split("[", 1)[0]  # a list item is reported on its list's line
        pattern = re.compile(
            rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')\s*="
        )
        for number, line in enumerate(self.lines, start=1):
            match = pattern.match(line)
            if match:
                return number, len(line) - len(line.lstrip()) + 1
        return 1, 1

    def add(self, key: str, message: str, where: tuple[int, int] | None = None) -> None:
        line, col = where if where is not None else self.locate(key)
        self.items.append(f"{self.path}:{line}:{col}: {key}: {message}")


def _quote_list(values: tuple[str, ...]) -> str:
    return ", ".join(f'"{v}"' for v in values)


def describe_value(value: object) -> str:
    """A wrong value as the user wrote it in TOML, for "(got ...)" in a message."""
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, int | float) else type(value).__name__


def _check_choice(problems: _Problems, key: str, value: object, allowed: tuple[str, ...]) -> Any:
    if isinstance(value, str) and value in allowed:
        return value
    problems.add(key, f"must be one of {_quote_list(allowed)} (got {describe_value(value)})")
    return None


def _check_bool(problems: _Problems, key: str, value: object) -> Any:
    if isinstance(value, bool):
        return value
    problems.add(key, f"must be true or false (got {describe_value(value)})")
    return None


def _check_volume(problems: _Problems, key: str, value: object) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        problems.add(key, f"must be a whole number from 0 to 100 (got {describe_value(value)})")
        return None
    if not 0 <= value <= 100:
        problems.add(key, f"must be from 0 to 100 (got {value})")
        return None
    return value


def _check_ambient(problems: _Problems, key: str, value: object) -> Any:
    if isinstance(value, str) and (value in AMBIENT_NAMES or is_custom_sound(value)):
        return value
    problems.add(
        key,
        f"must be one of {_quote_list(AMBIENT_NAMES)} or a .wav/.ogg file "
        f"(got {describe_value(value)})",
    )
    return None


def _check_routine_id(problems: _Problems, key: str, value: object) -> Any:
    if isinstance(value, str) and _ROUTINE_ID.match(value):
        return value
    problems.add(key, f'must be a routine id like "box-breathing" (got {describe_value(value)})')
    return None


def _check_ids(problems: _Problems, key: str, value: object, limit: int) -> Any:
    if not isinstance(value, list):
        problems.add(key, f"must be a list of routine ids (got {describe_value(value)})")
        return None
    result: list[str] = []
    for index, item in enumerate(value):
        checked = _check_routine_id(problems, f"{key}[{index}]", item)
        if checked is not None:
            result.append(checked)
    if len(result) != len(value):
        return None
    unique = tuple(dict.fromkeys(result))
    return unique[:limit] if key == "recent_routines" else unique[-limit:]


def _check_recent(problems: _Problems, key: str, value: object) -> Any:
    return _check_ids(problems, key, value, RECENT_LIMIT)


def _check_cautions_seen(problems: _Problems, key: str, value: object) -> Any:
    return _check_ids(problems, key, value, CAUTIONS_SEEN_LIMIT)


def _check_lock_minutes(problems: _Problems, key: str, value: object) -> Any:
    if not isinstance(value, bool) and isinstance(value, int) and value in JOURNAL_LOCK_MINUTES:
        return value
    allowed = ", ".join(str(minutes) for minutes in JOURNAL_LOCK_MINUTES)
    problems.add(key, f"must be one of {allowed} (minutes; got {describe_value(value)})")
    return None


def _check_iso_date(problems: _Problems, key: str, value: object) -> Any:
    """A date written as text (``"2026-11-23"``); TOML dates would not survive ``None``."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    problems.add(key, f'must be a date like "2026-11-23" (got {describe_value(value)})')
    return None


_CHECKS: Final = {
    "language": lambda p, k, v: _check_choice(p, k, v, LANGUAGES),
    "theme": lambda p, k, v: _check_choice(p, k, v, THEMES),
    "reduced_motion": lambda p, k, v: _check_choice(p, k, v, REDUCED_MOTION_CHOICES),
    "visual_style": lambda p, k, v: _check_choice(p, k, v, VISUAL_STYLES),
    "lead_in": _check_bool,
    "master_volume": _check_volume,
    "cue_volume": _check_volume,
    "ambient_volume": _check_volume,
    "cues": _check_bool,
    "ambient": _check_ambient,
    "pacing_tone": _check_bool,
    "checkin_prompts": _check_bool,
    "streaks": _check_bool,
    "last_routine": _check_routine_id,
    "recent_routines": _check_recent,
    "close_to_tray": _check_bool,
    "autostart": _check_bool,
    "low_mood_card": _check_bool,
    "low_mood_shown": _check_iso_date,
    "cautions_seen": _check_cautions_seen,
    "journal_lock_minutes": _check_lock_minutes,
}
assert set(_CHECKS) == {f.name for f in fields(Settings)}, "every setting needs a check"

_TOML_POSITION = re.compile(r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")
_TOML_AT_END = re.compile(r"^(?P<msg>.*?)\s*\(at end of document\)$")


def parse_settings(text: str, path: Path) -> tuple[Settings, tuple[str, ...]]:
    """Parse settings text; returns defaults plus every problem if anything is wrong."""
    problems = _Problems(path, text)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_POSITION.match(str(error))
        end = _TOML_AT_END.match(str(error))
        if match:
            where = (int(match["line"]), int(match["col"]))
            problems.add("TOML", match["msg"], where)
        elif end:
            last = text.splitlines()[-1] if text.splitlines() else ""
            where = (max(len(text.splitlines()), 1), len(last) + 1)
            problems.add("TOML", f"{end['msg']} (the file ends too early)", where)
        else:
            problems.add("TOML", str(error), (1, 1))
        return DEFAULTS, tuple(problems.items)
    values = _validate(document, problems)
    if problems.items:
        return DEFAULTS, tuple(problems.items)
    return replace(DEFAULTS, **values), ()


def _validate(document: Mapping[str, object], problems: _Problems) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in document.items():
        check = _CHECKS.get(key)
        if check is None:
            known = ", ".join(sorted(_CHECKS))
            problems.add(key, f"unknown setting (known settings: {known})")
            continue
        checked = check(problems, key, value)
        if checked is not None:
            values[key] = checked
    return values


def _broken_name(path: Path, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
        counter += 1
    return candidate


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename ``path`` to a fresh ``.broken-<UTC timestamp>`` name, never replacing a file.

    A hard link fails if the target exists (unlike ``rename`` on POSIX), so a name taken in a
    race is never overwritten; file systems without hard links fall back to ``rename``.
    """
    when = now if now is not None else datetime.now(UTC)
    while True:
        target = _broken_name(path, when)
        try:
            os.link(path, target)
        except FileExistsError:
            continue
        except OSError:
            path.rename(target)
            return target
        path.unlink()
        return target


L = TypeVar("L", bound=Loaded[Any])


def read_user_file(
    path: Path,
    parse: Callable[[str, Path], tuple[T, tuple[str, ...]]],
    default: T,
    make: Callable[[T, tuple[str, ...], Path | None, str | None], L],
    *,
    move: Callable[[Path, datetime | None], Path],
    now: datetime | None = None,
) -> L:
    """Read one of the user's files: missing gives ``default``; unusable is moved aside.

    The file is never written to here. ``make`` builds the result (``Loaded`` or a subclass);
    ``move`` is the caller's ``move_aside``, passed in so each caller's tests can replace it.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return make(default, (), None, None)
    except OSError as error:
        problem = f"{path}:1:1: file: cannot be read ({error.strerror or error})"
        return make(default, (problem,), None, "it could not be read")
    try:
        value, problems = parse(raw.decode("utf-8"), path)
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems = (f"{path}:{line}:1: file: is not UTF-8 text",)
    if not problems:
        return make(value, (), None, None)
    try:
        moved = move(path, now)
    except OSError as error:
        return make(default, problems, None, error.strerror or str(error))
    return make(default, problems, moved, None)


def read_settings(path: Path, now: datetime | None = None) -> SettingsLoad:
    """Read ``path``; a missing file gives defaults and no problems."""
    return read_user_file(path, parse_settings, DEFAULTS, SettingsLoad, move=move_aside, now=now)


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """Settings from ``path`` and, if the file was unusable, one notice saying where it went."""
    result = read_settings(path)
    return result.settings, result.notice


def settings_to_toml(settings: Settings) -> str:
    """The TOML text for ``settings``; ``None`` values are left out (TOML has no null)."""
    document: dict[str, object] = {}
    for field in fields(Settings):
        value = getattr(settings, field.name)
        if value is None:
            continue
        document[field.name] = list(value) if isinstance(value, tuple) else value
    return tomli_w.dumps(document)


def save_settings(path: Path, settings: Settings) -> None:
    """Write ``settings`` atomically (0600); creates the config folder (0700) if needed."""
    ensure_private_dir(path.parent)
    header = "# Tenang settings. Edit while Tenang is closed; unknown keys are errors.\n"
    write_atomic(path, (header + settings_to_toml(settings)).encode("utf-8"))
