"""Load and validate one routine file into a :class:`~tenang.core.model.Session`.

Authors edit these files by hand, so the loader is written for them: it reads the whole file
and collects *every* problem (a fix-one-rerun-find-the-next loop is miserable), names each by
file, line, column and key path, and never raises. Either a complete, valid ``Session`` comes
out, or ``None`` and the list of problems: no half-loaded routine, no silent default for a
value that was present but wrong.

The bounds below are the single source for the loader, the JSON Schema and the docs' table.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import re
import stat
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Final, TypeVar

from tenang.core.model import (
    DEFAULT_CUES,
    FORMAT_VERSION,
    BreatheStep,
    BreathPattern,
    Cues,
    MeditateStep,
    Prompt,
    Session,
    Step,
    Text,
)
from tenang.core.sessions.describe import format_seconds
from tenang.core.sessions.durations import DurationError, parse_duration, type_name
from tenang.core.sessions.locate import KeyPath, SourceMap, format_path, scan
from tenang.core.sessions.problems import Problem
from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES, CUSTOM_SOUND_SUFFIXES, is_custom_sound

# -- the rules, as data -------------------------------------------------------------------

ID_PATTERN: Final = r"^[a-z0-9][a-z0-9-]{0,63}$"
TAG_PATTERN: Final = r"^[a-z0-9][a-z0-9-]{0,31}$"
LANGUAGE_PATTERN: Final = r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$"
MAX_TEXT: Final = 2000
MAX_TAGS: Final = 20
MAX_STEPS: Final = 100
MAX_PROMPTS: Final = 200
MAX_FILE_BYTES: Final = 256 * 1024

PHASE_BOUNDS: Final[dict[str, tuple[float, float]]] = {
    "inhale": (1, 20),
    "top_up": (0, 5),
    "hold": (0, 30),
    "exhale": (1, 30),
    "hold_empty": (0, 30),
}
"""Seconds allowed for each phase of a breath (and of a ramp's target breath)."""
REQUIRED_PHASES: Final = ("inhale", "exhale")
BREATH_BOUNDS: Final = (2.0, 90.0)
"""One whole breath (the sum of its phases)."""
BREATHE_DURATION_BOUNDS: Final = (10.0, 2 * 3600.0)
CYCLES_BOUNDS: Final = (1, 1000)
MEDITATE_DURATION_BOUNDS: Final = (10.0, 3 * 3600.0)
BELL_EVERY_MIN: Final = 10.0
MAX_TOTAL_SECONDS: Final = 3 * 3600.0

TOP_KEYS: Final = (
    "format",
    "id",
    "title",
    "summary",
    "tags",
    "source",
    "caution",
    "start_bell",
    "end_bell",
    "ambient",
    "pacing_tone",
    "steps",
)
BREATHE_KEYS: Final = (
    "kind",
    "label",
    *PHASE_BOUNDS,
    "duration",
    "cycles",
    "ramp",
    "cues",
    "ambient",
    "pacing_tone",
)
MEDITATE_KEYS: Final = ("kind", "label", "duration", "bell_every", "bell", "ambient", "prompts")
PROMPT_KEYS: Final = ("at", "text")
STEP_KINDS: Final = ("breathe", "meditate")

_T = TypeVar("_T")
_ID = re.compile(ID_PATTERN)
_TAG = re.compile(TAG_PATTERN)
_LANGUAGE = re.compile(LANGUAGE_PATTERN)
_SYNTAX_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_SYNTAX_END = re.compile(r"\s*\(at end of document\)$")


@dataclass(frozen=True)
class LoadResult:
    """The outcome of loading one file: a session, or ``None`` and why not."""

    session: Session | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.session is not None


# -- entry points ---------------------------------------------------------------------------


def load_session_text(text: str, file: str, *, base_dir: Path | None = None) -> LoadResult:
    """Parse and validate ``text``; ``file`` is the name used in messages.

    Custom sound files are looked up relative to ``base_dir``; without one (text that has no
    folder) their paths are still checked for shape but not for existence.
    """
    return load_with_map(text, file, base_dir=base_dir)[0]


def load_session_file(path: Path) -> LoadResult:
    """Read ``path`` and load it. Every failure, down to a symlink loop, becomes a Problem."""
    return load_file_with_map(path)[0]


def load_file_with_map(path: Path) -> tuple[LoadResult, SourceMap]:
    """:func:`load_session_file`, also returning where each key sits (for the library)."""
    file = str(path)
    empty = SourceMap({})
    try:
        info = path.stat()
    except (OSError, ValueError) as error:
        return _failed(file, f"cannot read the file: {_os_reason(error)}"), empty
    if stat.S_ISDIR(info.st_mode):
        return _failed(file, "is a folder, not a routine file"), empty
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end; a routine is always a plain file.
        return _failed(file, "is not a regular file"), empty
    if info.st_size > MAX_FILE_BYTES:
        return _failed(file, _too_large(info.st_size)), empty
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return _failed(file, f"cannot read the file: {_os_reason(error)}"), empty
    return load_bytes_with_map(data, file, base_dir=path.parent, path=path)


def load_session_bytes(
    data: bytes, file: str, *, base_dir: Path | None = None, path: Path | None = None
) -> LoadResult:
    """Decode ``data`` as UTF-8 (a leading byte-order mark is allowed) and load it."""
    return load_bytes_with_map(data, file, base_dir=base_dir, path=path)[0]


def load_bytes_with_map(
    data: bytes, file: str, *, base_dir: Path | None = None, path: Path | None = None
) -> tuple[LoadResult, SourceMap]:
    """:func:`load_session_bytes`, also returning where each key sits (for the library)."""
    empty = SourceMap({})
    if len(data) > MAX_FILE_BYTES:
        return _failed(file, _too_large(len(data))), empty
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        byte = data[error.start]
        message = f"is not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8"
        return LoadResult(None, (Problem(file, line, column, "", message),)), empty
    result, source = load_with_map(text.removeprefix("\ufeff"), file, base_dir=base_dir)
    if result.session is not None and path is not None:
        result = LoadResult(dataclasses.replace(result.session, path=path))
    return result, source


def load_with_map(
    text: str, file: str, *, base_dir: Path | None = None
) -> tuple[LoadResult, SourceMap]:
    """:func:`load_session_text`, also returning where each key sits (for the library)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return LoadResult(None, (syntax_problem(error, text, file),)), SourceMap({})
    except RecursionError:
        return _failed(file, "invalid TOML: nested too deeply"), SourceMap({})
    except ValueError as error:
        # tomllib lets int() refuse numbers of more than 4300 digits.
        return _failed(file, f"invalid TOML: {error}"), SourceMap({})
    source = scan(text)
    checker = _Checker(file, source, base_dir)
    session = checker.session(data)
    problems = tuple(sorted(checker.problems, key=Problem.sort_key))
    if problems or session is None:
        return LoadResult(None, problems), source
    return LoadResult(session), source


def _failed(file: str, message: str) -> LoadResult:
    return LoadResult(None, (Problem(file, None, None, "", message),))


def _too_large(size: int) -> str:
    return f"is too large for a routine ({size // 1024} KiB; at most {MAX_FILE_BYTES // 1024} KiB)"


def _os_reason(error: Exception) -> str:
    return (error.strerror if isinstance(error, OSError) else None) or str(error)


def syntax_problem(error: tomllib.TOMLDecodeError, text: str, file: str) -> Problem:
    """tomllib on 3.11 keeps the position only inside the message text; take it out of there."""
    message = str(error)
    line: int | None = getattr(error, "lineno", None)
    column: int | None = getattr(error, "colno", None)
    found = _SYNTAX_POSITION.search(message)
    if found:
        line, column = line or int(found.group(1)), column or int(found.group(2))
        message = message[: found.start()]
    elif _SYNTAX_END.search(message):
        # Point at the end of the last line, not at an empty line after the final newline.
        lines = text.rstrip("\r\n").split("\n")
        line, column = len(lines), len(lines[-1]) + 1
        message = _SYNTAX_END.sub("", message) + " (at the end of the file)"
    return Problem(file, line, column, "", f"invalid TOML: {message}")


# -- messages -----------------------------------------------------------------------------


def _seconds_words(seconds: float) -> str:
    if seconds < 60:
        shown = f"{seconds:g}"
        return f"{shown} second" + ("" if shown == "1" else "s")
    return format_seconds(seconds)


def _shown(value: object) -> str:
    if isinstance(value, str):
        return json.dumps(value if len(value) <= 40 else value[:37] + "...", ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return type_name(value)


def _one_of(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(names)


def _did_you_mean(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f'; did you mean "{close[0]}"?' if close else ""


# -- the checker --------------------------------------------------------------------------


class _Checker:
    """Walks the parsed document, building the Session and collecting problems as it goes.

    Each check returns the converted value, or ``None`` after recording a problem (or when an
    optional key is absent), so the walk always continues to the end of the document. Patterns
    are applied with ``fullmatch``: ``$`` alone would let a trailing newline through, which the
    JSON Schema (ECMA regular expressions) rejects.
    """

    def __init__(self, file: str, source: SourceMap, base_dir: Path | None) -> None:
        self.file = file
        self.source = source
        self.base_dir = base_dir
        self.problems: list[Problem] = []
        # The routine's ambient and pacing tone, which steps inherit unless they say otherwise.
        self.default_ambient: str | None = None
        self.default_pacing_tone = False

    def add(self, path: KeyPath, message: str) -> None:
        where = self.source.locate(path)
        line, column = (where.line, where.column) if where else (None, None)
        self.problems.append(Problem(self.file, line, column, format_path(path), message))

    # -- generic shapes --------------------------------------------------------------------

    def check_keys(
        self, table: Mapping[str, Any], path: KeyPath, allowed: tuple[str, ...], what: str
    ) -> None:
        for key in table:
            if key not in allowed:
                hint = _did_you_mean(key, allowed) or f" (a {what} has: {_one_of(allowed)})"
                self.add((*path, key), f"unknown key{hint}")

    def require(self, table: Mapping[str, Any], path: KeyPath, key: str, hint: str = "") -> bool:
        if key in table:
            return True
        self.add((*path, key), f"missing required key{hint}")
        return False

    def table(self, value: object, path: KeyPath, example: str = "") -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.add(path, f"must be a table{example} (got {type_name(value)})")
        return None

    def boolean(self, table: Mapping[str, Any], path: KeyPath, key: str) -> bool | None:
        value = table.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.add((*path, key), f"must be true or false (got {_shown(value)})")
        return None

    def duration(
        self, value: object, path: KeyPath, low: float, high: float | None
    ) -> float | None:
        try:
            seconds = parse_duration(value)
        except DurationError as error:
            self.add(path, str(error))
            return None
        got = f"(got {value})" if isinstance(value, str) else f"(got {_shown(value)})"
        if seconds < 0:
            self.add(path, f"must not be negative {got}")
        elif seconds < low:
            self.add(path, f"must be at least {_seconds_words(low)} {got}")
        elif high is not None and seconds > high:
            self.add(path, f"must be at most {_seconds_words(high)} {got}")
        else:
            return seconds
        return None

    def string(self, value: object, path: KeyPath) -> str | None:
        if not isinstance(value, str):
            self.add(path, f"must be text (got {type_name(value)})")
        elif not value.strip():
            self.add(path, "must not be empty")
        elif len(value) > MAX_TEXT:
            self.add(path, f"is too long ({len(value)} characters; at most {MAX_TEXT})")
        else:
            return value
        return None

    def text(self, value: object, path: KeyPath) -> Text | None:
        if isinstance(value, str):
            plain = self.string(value, path)
            return Text.plain(plain) if plain is not None else None
        if not isinstance(value, dict):
            self.add(
                path,
                f'must be text or a table of languages like {{ en = "...", id = "..." }} '
                f"(got {type_name(value)})",
            )
            return None
        if not value:
            self.add(path, 'needs at least one language, e.g. { en = "..." }')
            return None
        translations: dict[str, str] = {}
        for code, item in value.items():
            if not _LANGUAGE.fullmatch(code):
                self.add(
                    (*path, code),
                    "is not a language code (use codes like en, id or pt-BR)",
                )
                continue
            checked = self.string(item, (*path, code))
            if checked is not None:
                translations[code] = checked
        if len(translations) != len(value):
            return None
        return Text.of(translations)

    def sound(
        self, value: object, path: KeyPath, names: tuple[str, ...], *, allow_false: bool
    ) -> tuple[bool, str | None]:
        """A bundled sound name or a custom file; ``(ok, value)`` since ``None`` is silence."""
        kind = "cue" if names == CUE_NAMES else "ambient sound"
        if value is False and allow_false:
            return True, None
        files = "/".join(CUSTOM_SOUND_SUFFIXES)
        choices = f"one of {_one_of(names)}, or a {files} file next to the routine"
        if allow_false:
            choices += ", or false for none"
        if not isinstance(value, str):
            self.add(path, f"must be {choices} (got {_shown(value)})")
            return False, None
        if is_custom_sound(value):
            return self.sound_file(value, path), value
        if value in names:
            return True, value
        other = AMBIENT_NAMES if names == CUE_NAMES else CUE_NAMES
        if value in other:
            what = "an ambient sound" if other == AMBIENT_NAMES else "a cue"
            hint = f" ({value} is {what}); use {choices}"
        else:
            hint = _did_you_mean(value, names) or f"; use {choices}"
        self.add(path, f"unknown {kind} {_shown(value)}{hint}")
        return False, None

    def sound_file(self, value: str, path: KeyPath) -> bool:
        """A custom sound must be a file inside the routine's folder, and must exist."""
        posix = value.replace("\\", "/")
        windows = PureWindowsPath(value)
        if posix.startswith("/") or windows.drive or windows.root:
            self.add(path, "must be a path relative to the routine's folder, not an absolute one")
            return False
        depth = 0
        for part in PurePosixPath(posix).parts:
            depth += -1 if part == ".." else (0 if part == "." else 1)
            if depth < 0:
                self.add(path, "must stay inside the routine's folder ('..' leads out of it)")
                return False
        if self.base_dir is None:
            return True
        target = self.base_dir / posix
        try:
            if not target.is_file():
                self.add(path, f"sound file not found: {value} (looked for {target})")
                return False
            target.resolve().relative_to(self.base_dir.resolve())
        except ValueError:
            self.add(path, "must stay inside the routine's folder (it links outside it)")
            return False
        except (OSError, RuntimeError) as error:
            self.add(path, f"cannot read sound file {value}: {_os_reason(error)}")
            return False
        return True

    # -- the document ----------------------------------------------------------------------

    def session(self, data: dict[str, Any]) -> Session | None:
        root: KeyPath = ()
        version = self.format(data)
        if version is not None and version > FORMAT_VERSION:
            # A newer file may use keys and rules we do not know: only this message is useful.
            return None
        self.check_keys(data, root, TOP_KEYS, "routine")

        ident = None
        if self.require(data, root, "id"):
            ident = self.identifier(data["id"])
        title = self.text(data["title"], ("title",)) if self.require(data, root, "title") else None
        optional_texts = {
            key: self.text(data[key], (key,)) if key in data else None
            for key in ("summary", "caution")
        }
        tags = self.tags(data.get("tags", []))
        source = self.string(data["source"], ("source",)) if "source" in data else None
        bells: dict[str, str | None] = {}
        for key in ("start_bell", "end_bell"):
            bells[key] = "bell-bowl"
            if key in data:
                bells[key] = self.sound(data[key], (key,), CUE_NAMES, allow_false=True)[1]
        ambient = None
        if "ambient" in data:
            ambient = self.sound(data["ambient"], ("ambient",), AMBIENT_NAMES, allow_false=False)[1]
        pacing_tone = self.boolean(data, root, "pacing_tone")
        self.default_ambient, self.default_pacing_tone = ambient, bool(pacing_tone)
        steps = self.steps(data)

        if self.problems or ident is None or title is None or steps is None:
            return None
        return Session(
            id=ident,
            title=title,
            steps=steps,
            summary=optional_texts["summary"],
            tags=tags,
            source=source,
            caution=optional_texts["caution"],
            start_bell=bells["start_bell"],
            end_bell=bells["end_bell"],
            ambient=ambient,
            pacing_tone=bool(pacing_tone),
            format=FORMAT_VERSION,
        )

    def format(self, data: Mapping[str, Any]) -> int | None:
        if not self.require(data, (), "format", f" (write: format = {FORMAT_VERSION})"):
            return None
        value = data["format"]
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(
                ("format",), f"must be the whole number {FORMAT_VERSION} (got {_shown(value)})"
            )
            return None
        if value > FORMAT_VERSION:
            self.add(
                ("format",),
                f"this routine uses format {value}, but this version of Tenang reads only "
                f"format {FORMAT_VERSION}; update Tenang to use it",
            )
        elif value < FORMAT_VERSION:
            self.add(("format",), f"unsupported format {value} (only {FORMAT_VERSION} exists)")
        return value

    def identifier(self, value: object) -> str | None:
        if isinstance(value, str) and _ID.fullmatch(value):
            return value
        self.add(
            ("id",),
            "must be 1-64 lowercase letters, digits and hyphens, starting with a letter or "
            f"digit, like box-breathing (got {_shown(value)})",
        )
        return None

    def tags(self, value: object) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.add(
                ("tags",),
                f'must be an array of tags like ["calm", "sleep"] (got {type_name(value)})',
            )
            return ()
        if len(value) > MAX_TAGS:
            self.add(("tags",), f"has {len(value)} tags; at most {MAX_TAGS}")
        seen: set[str] = set()
        for index, tag in enumerate(value):
            if not isinstance(tag, str) or not _TAG.fullmatch(tag):
                self.add(
                    ("tags", index),
                    "must be 1-32 lowercase letters, digits and hyphens, starting with a letter "
                    f"or digit (got {_shown(tag)})",
                )
            elif tag in seen:
                self.add(("tags", index), f"repeats the tag {_shown(tag)}")
            else:
                seen.add(tag)
        return tuple(tag for tag in value if isinstance(tag, str))

    # -- steps -----------------------------------------------------------------------------

    def steps(self, data: Mapping[str, Any]) -> tuple[Step, ...] | None:
        if not self.require(data, (), "steps", " (add at least one [[steps]] table)"):
            return None
        value = data["steps"]
        if not isinstance(value, list):
            self.add(("steps",), f"must be an array of [[steps]] tables (got {type_name(value)})")
            return None
        if not value:
            self.add(("steps",), "needs at least one step")
            return None
        if len(value) > MAX_STEPS:
            self.add(("steps",), f"has {len(value)} steps; at most {MAX_STEPS}")
        steps: list[Step] = []
        for index, item in enumerate(value):
            path: KeyPath = ("steps", index)
            table = self.table(item, path, " like [[steps]]")
            if table is None or not self.require(table, path, "kind", ' ("breathe" or "meditate")'):
                continue
            kind = table["kind"]
            where = self.source.exact(path)
            line = where.line if where else None
            step: Step | None = None
            if kind == "breathe":
                step = self.breathe(table, path, line)
            elif kind == "meditate":
                step = self.meditate(table, path, line)
            else:
                hint = _did_you_mean(kind, STEP_KINDS) if isinstance(kind, str) else ""
                self.add(
                    (*path, "kind"), f'must be "breathe" or "meditate" (got {_shown(kind)}){hint}'
                )
            if step is not None:
                steps.append(step)
        if len(steps) != len(value):
            return None
        total = sum(_estimated_seconds(step) for step in steps)
        if total > MAX_TOTAL_SECONDS:
            self.add(
                ("steps",),
                f"the whole routine lasts about {format_seconds(total)}; at most "
                f"{format_seconds(MAX_TOTAL_SECONDS)}",
            )
        return tuple(steps)

    def optional(
        self,
        table: Mapping[str, Any],
        path: KeyPath,
        key: str,
        check: Callable[[object, KeyPath], _T | None],
    ) -> _T | None:
        """``check`` the value of an optional key; ``None`` when it is absent."""
        return check(table[key], (*path, key)) if key in table else None

    def pattern(
        self, table: Mapping[str, Any], path: KeyPath, *, required: tuple[str, ...]
    ) -> dict[str, float] | None:
        """The phase lengths in ``table``; ``None`` if any present or required one is wrong."""
        phases: dict[str, float] = {}
        ok = True
        for name, (low, high) in PHASE_BOUNDS.items():
            if name not in table:
                if name in required and not self.require(table, path, name):
                    ok = False
                continue
            seconds = self.duration(table[name], (*path, name), low, high)
            ok = ok and seconds is not None
            if seconds is not None:
                phases[name] = seconds
        return phases if ok else None

    def breath_length(self, pattern: BreathPattern, path: KeyPath, what: str) -> bool:
        low, high = BREATH_BOUNDS
        length = pattern.cycle_seconds
        if low <= length <= high:
            return True
        self.add(
            path,
            f"{what} lasts {_seconds_words(length)}; one breath must last between "
            f"{_seconds_words(low)} and {_seconds_words(high)}",
        )
        return False

    def breathe(self, table: dict[str, Any], path: KeyPath, line: int | None) -> BreatheStep | None:
        self.check_keys(table, path, BREATHE_KEYS, "breathe step")
        before = len(self.problems)
        phases = self.pattern(table, path, required=REQUIRED_PHASES)
        pattern = BreathPattern(**phases) if phases is not None else None
        if pattern is not None:
            self.breath_length(pattern, path, "one breath")

        duration = cycles = None
        if "duration" in table and "cycles" in table:
            self.add((*path, "cycles"), "give either duration or cycles, not both")
        elif "duration" in table:
            duration = self.duration(
                table["duration"], (*path, "duration"), *BREATHE_DURATION_BOUNDS
            )
            if duration is not None and pattern is not None and duration < pattern.cycle_seconds:
                self.add(
                    (*path, "duration"),
                    f"is shorter than one breath ({_seconds_words(pattern.cycle_seconds)})",
                )
        elif "cycles" in table:
            cycles = self.cycles(table["cycles"], (*path, "cycles"))
        else:
            self.add(path, "needs either duration or cycles (how long to breathe)")

        ramp_to = self.ramp(table, path, pattern, cycles)
        cues = DEFAULT_CUES
        if "cues" in table:
            cues = self.cues(table["cues"], (*path, "cues")) or DEFAULT_CUES
        ambient = self.optional(table, path, "ambient", self.ambient)
        pacing_tone = self.boolean(table, path, "pacing_tone")
        label = self.optional(table, path, "label", self.text)
        if len(self.problems) != before or pattern is None:
            return None
        return BreatheStep(
            pattern=pattern,
            duration=duration,
            cycles=cycles,
            ramp_to=ramp_to,
            cues=cues,
            ambient=ambient or self.default_ambient,
            pacing_tone=self.default_pacing_tone if pacing_tone is None else pacing_tone,
            label=label,
            line=line,
        )

    def cycles(self, value: object, path: KeyPath) -> int | None:
        low, high = CYCLES_BOUNDS
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        self.add(path, f"must be a whole number from {low} to {high} (got {_shown(value)})")
        return None

    def ramp(
        self,
        table: Mapping[str, Any],
        path: KeyPath,
        pattern: BreathPattern | None,
        cycles: int | None,
    ) -> BreathPattern | None:
        if "ramp" not in table:
            return None
        ramp_path = (*path, "ramp")
        ramp = self.table(table["ramp"], ramp_path, " like { inhale = 5.5, exhale = 5.5 }")
        if ramp is None:
            return None
        self.check_keys(ramp, ramp_path, tuple(PHASE_BOUNDS), "ramp")
        if not ramp:
            self.add(ramp_path, "names no phase; give the target length of at least one phase")
        if cycles == 1:
            self.add(ramp_path, "needs at least 2 cycles to move from one pattern to the other")
        phases = self.pattern(ramp, ramp_path, required=())
        if phases is None or pattern is None:
            return None
        target = dataclasses.replace(pattern, **phases)
        self.breath_length(target, ramp_path, "the last breath")
        return target

    def cues(self, value: object, path: KeyPath) -> Cues | None:
        table = self.table(value, path, ' like { inhale = "chime-rise", hold = false }')
        if table is None:
            return None
        self.check_keys(table, path, tuple(PHASE_BOUNDS), "cues table")
        chosen: dict[str, str | None] = {}
        for name in PHASE_BOUNDS:
            if name in table:
                chosen[name] = self.sound(table[name], (*path, name), CUE_NAMES, allow_false=True)[
                    1
                ]
        return Cues(**chosen)

    def ambient(self, value: object, path: KeyPath) -> str | None:
        return self.sound(value, path, AMBIENT_NAMES, allow_false=False)[1]

    def meditate(
        self, table: dict[str, Any], path: KeyPath, line: int | None
    ) -> MeditateStep | None:
        self.check_keys(table, path, MEDITATE_KEYS, "meditate step")
        before = len(self.problems)
        duration = None
        if self.require(table, path, "duration"):
            duration = self.duration(
                table["duration"], (*path, "duration"), *MEDITATE_DURATION_BOUNDS
            )
        bell_every = None
        if "bell_every" in table:
            bell_every = self.duration(
                table["bell_every"], (*path, "bell_every"), BELL_EVERY_MIN, None
            )
            if bell_every is not None and duration is not None and bell_every >= duration:
                self.add(
                    (*path, "bell_every"),
                    f"must be shorter than the step's duration ({format_seconds(duration)})",
                )
        bell = "bell-soft"
        if "bell" in table:
            bell = (
                self.sound(table["bell"], (*path, "bell"), CUE_NAMES, allow_false=False)[1] or bell
            )
        prompts = self.prompts(table, path, duration)
        ambient = self.optional(table, path, "ambient", self.ambient)
        label = self.optional(table, path, "label", self.text)
        if len(self.problems) != before or duration is None:
            return None
        return MeditateStep(
            duration=duration,
            bell_every=bell_every,
            bell=bell,
            prompts=prompts,
            ambient=ambient or self.default_ambient,
            label=label,
            line=line,
        )

    def prompts(
        self, table: Mapping[str, Any], path: KeyPath, duration: float | None
    ) -> tuple[Prompt, ...]:
        if "prompts" not in table:
            return ()
        prompts_path = (*path, "prompts")
        value = table["prompts"]
        if not isinstance(value, list):
            self.add(
                prompts_path,
                'must be an array of { at = "...", text = "..." } tables '
                f"(got {type_name(value)})",
            )
            return ()
        if len(value) > MAX_PROMPTS:
            self.add(prompts_path, f"has {len(value)} prompts; at most {MAX_PROMPTS}")
        prompts: list[Prompt] = []
        for index, item in enumerate(value):
            item_path = (*prompts_path, index)
            prompt = self.table(item, item_path, ' like { at = "1m", text = "..." }')
            if prompt is None:
                continue
            self.check_keys(prompt, item_path, PROMPT_KEYS, "prompt")
            at = None
            if self.require(prompt, item_path, "at"):
                at = self.duration(prompt["at"], (*item_path, "at"), 0, None)
                if at is not None and duration is not None and at >= duration:
                    self.add(
                        (*item_path, "at"),
                        f"must be before the end of the step ({format_seconds(duration)})",
                    )
            text = (
                self.text(prompt["text"], (*item_path, "text"))
                if self.require(prompt, item_path, "text")
                else None
            )
            if at is not None and text is not None:
                prompts.append(Prompt(at, text))
        return tuple(sorted(prompts, key=lambda prompt: prompt.at))


def _estimated_seconds(step: Step) -> float:
    """How long a step runs, for the whole-routine limit (time-limited steps end on a whole
    breath, so they may run up to one breath longer; that slack is ignored here)."""
    if isinstance(step, MeditateStep):
        return step.duration
    if step.duration is not None:
        return step.duration
    first = step.pattern.cycle_seconds
    last = step.ramp_to.cycle_seconds if step.ramp_to is not None else first
    cycles = step.cycles or 0
    return cycles * (first + last) / 2 if cycles > 1 else cycles * first
