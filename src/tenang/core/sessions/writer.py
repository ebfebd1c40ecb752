"""Write a routine back out as TOML: the inverse of the loader, for the builder and exports.

The output is minimal: a key whose value is the format's default is left out, so a routine
made in the builder reads like one written by hand. Every value is written in a form the
loader reads back to the same number (phase lengths as plain seconds, longer lengths with
:func:`format_duration`), so ``load(write(session)) == session`` for every session the loader
can produce. ``tomli-w`` does the TOML quoting; we only decide what goes in.

Comments cannot be kept by a dict-based writer. :func:`comment_lines` finds them (with a small
lexer that knows TOML's four kinds of strings, so a ``#`` inside a string is not a comment) so
the builder can warn before it rewrites a hand-edited file.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any, Final

import tomli_w

from tenang.core.model import (
    BREATH_PHASES,
    DEFAULT_CUES,
    FORMAT_VERSION,
    BreatheStep,
    BreathPattern,
    Cues,
    MeditateStep,
    Session,
    Step,
    Text,
)
from tenang.core.sessions.durations import format_duration

SCHEMA_DIRECTIVE: Final = "#:schema "
"""The editor hint an author may put first in a file; the writer can keep it."""

DEFAULT_BELL: Final = "bell-bowl"
DEFAULT_INTERVAL_BELL: Final = "bell-soft"


class UnwritableSessionError(ValueError):
    """A Session the format cannot express (the loader never produces one)."""


def text_value(text: Text) -> str | dict[str, str]:
    """A plain string for English-only text, else a table of languages."""
    if len(text.translations) == 1 and text.translations[0][0] == "en":
        return text.translations[0][1]
    return text.as_dict()


def seconds_value(seconds: float) -> int | float:
    """A phase length as authors write it: ``4`` rather than ``4.0``; ``5.5`` stays."""
    if not math.isfinite(seconds):
        raise UnwritableSessionError(f"cannot write {seconds} seconds")
    return int(seconds) if seconds == int(seconds) else seconds


def _pattern_table(pattern: BreathPattern) -> dict[str, int | float]:
    table: dict[str, int | float] = {}
    for phase in BREATH_PHASES:
        seconds = pattern.seconds(phase)
        if phase.value in ("inhale", "exhale") or seconds != 0:
            table[phase.value] = seconds_value(seconds)
    return table


def ramp_table(start: BreathPattern, target: BreathPattern) -> dict[str, int | float]:
    """Only the phases that change; a ramp must name at least one, so name inhale if none do."""
    table = {
        phase.value: seconds_value(target.seconds(phase))
        for phase in BREATH_PHASES
        if target.seconds(phase) != start.seconds(phase)
    }
    return table or {"inhale": seconds_value(target.inhale)}


def cues_table(cues: Cues) -> dict[str, str]:
    """A given table replaces the defaults, so naming only the sounding phases is enough."""
    table: dict[str, str] = {}
    for phase in BREATH_PHASES:
        cue = cues.for_phase(phase)
        if cue is not None:
            table[phase.value] = cue
    return table


def _ambient(step_ambient: str | None, routine_ambient: str | None, where: str) -> str | None:
    """The step's ambient key, or ``None`` when it inherits the routine's."""
    if step_ambient == routine_ambient:
        return None
    if step_ambient is None:
        raise UnwritableSessionError(
            f"{where} has no ambient sound while the routine has one; the format cannot say that"
        )
    return step_ambient


def step_dict(step: Step, session: Session, index: int = 0) -> dict[str, Any]:
    """One ``[[steps]]`` table for ``step`` inside ``session`` (whose defaults it inherits)."""
    where = f"steps[{index}]"
    table: dict[str, Any] = {}
    if isinstance(step, MeditateStep):
        table["kind"] = "meditate"
        if step.label is not None:
            table["label"] = text_value(step.label)
        table["duration"] = format_duration(step.duration)
        if step.bell_every is not None:
            table["bell_every"] = format_duration(step.bell_every)
        if step.bell != DEFAULT_INTERVAL_BELL:
            table["bell"] = step.bell
        ambient = _ambient(step.ambient, session.ambient, where)
        if ambient is not None:
            table["ambient"] = ambient
        if step.prompts:
            table["prompts"] = [
                {"at": format_duration(prompt.at), "text": text_value(prompt.text)}
                for prompt in step.prompts
            ]
        return table
    if not isinstance(step, BreatheStep):
        raise UnwritableSessionError(f"{where} is not a breathe or meditate step")
    table["kind"] = "breathe"
    if step.label is not None:
        table["label"] = text_value(step.label)
    table.update(_pattern_table(step.pattern))
    if (step.duration is None) == (step.cycles is None):
        raise UnwritableSessionError(f"{where} needs exactly one of duration and cycles")
    if step.duration is not None:
        table["duration"] = format_duration(step.duration)
    else:
        table["cycles"] = step.cycles
    if step.ramp_to is not None:
        table["ramp"] = ramp_table(step.pattern, step.ramp_to)
    if step.cues != DEFAULT_CUES:
        table["cues"] = cues_table(step.cues)
    ambient = _ambient(step.ambient, session.ambient, where)
    if ambient is not None:
        table["ambient"] = ambient
    if step.pacing_tone != session.pacing_tone:
        table["pacing_tone"] = step.pacing_tone
    return table


def session_dict(session: Session) -> dict[str, Any]:
    """The TOML document for ``session`` as plain data, defaults left out."""
    data: dict[str, Any] = {"format": FORMAT_VERSION, "id": session.id}
    data["title"] = text_value(session.title)
    if session.summary is not None:
        data["summary"] = text_value(session.summary)
    if session.tags:
        data["tags"] = list(session.tags)
    if session.source is not None:
        data["source"] = session.source
    if session.caution is not None:
        data["caution"] = text_value(session.caution)
    for key, value in (("start_bell", session.start_bell), ("end_bell", session.end_bell)):
        if value != DEFAULT_BELL:
            data[key] = False if value is None else value
    if session.ambient is not None:
        data["ambient"] = session.ambient
    if session.pacing_tone:
        data["pacing_tone"] = True
    data["steps"] = [step_dict(step, session, i) for i, step in enumerate(session.steps)]
    return data


def _key(key: str) -> str:
    return tomli_w.dumps({key: 0}).partition(" = ")[0]


def _inline(value: object) -> str:
    """One value on one line: scalars quoted by tomli-w, tables and arrays inline."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = ", ".join(f"{_key(k)} = {_inline(v)}" for k, v in value.items())
        return f"{{ {items} }}"
    if isinstance(value, list):
        return "[" + ", ".join(_inline(item) for item in value) + "]"
    return tomli_w.dumps({"v": value}).partition(" = ")[2].rstrip("\n")


def _table_lines(table: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, value in table.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            # Prompts: one inline table per line, so long lists stay readable.
            lines.append(f"{_key(key)} = [")
            lines.extend(f"  {_inline(item)}," for item in value)
            lines.append("]")
        else:
            lines.append(f"{_key(key)} = {_inline(value)}")
    return lines


def dumps_routine(data: dict[str, Any], *, schema: str | None = None) -> str:
    """TOML text for a routine document, laid out like the examples in the docs.

    Top-level keys first, each step as a ``[[steps]]`` table, and small tables (texts in
    several languages, ``cues``, ``ramp``) inline, as authors write them. Every value is
    quoted by tomli-w. ``schema`` adds a ``#:schema`` line for editors.
    """
    head = {key: value for key, value in data.items() if key != "steps"}
    lines = [f"{SCHEMA_DIRECTIVE}{schema}"] if schema else []
    lines.extend(_table_lines(head))
    for step in data.get("steps", []):
        lines.extend(["", "[[steps]]", *_table_lines(step)])
    return "\n".join(lines) + "\n"


def session_to_toml(session: Session, *, schema: str | None = None) -> str:
    """The TOML text for ``session`` (see :func:`session_dict`)."""
    return dumps_routine(session_dict(session), schema=schema)


# -- comments -------------------------------------------------------------------------------


def schema_directive(text: str) -> str | None:
    """The target of a ``#:schema`` line at the top of ``text``, if there is one."""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith(SCHEMA_DIRECTIVE):
            return stripped[len(SCHEMA_DIRECTIVE) :].strip() or None
        return None
    return None


def comment_lines(text: str, *, ignore_schema: bool = True) -> list[int]:
    """The 1-based lines of ``text`` that hold a comment (a ``#`` outside any string).

    The writer keeps a leading ``#:schema`` line itself, so by default it does not count.
    Works on any text, valid TOML or not, and never raises.
    """
    lines: list[int] = []
    line = 1
    i = 0
    end = len(text)
    first_content_line: int | None = None
    while i < end:
        char = text[i]
        if char == "\n":
            line += 1
            i += 1
            continue
        if char == "#":
            stop = text.find("\n", i)
            stop = end if stop < 0 else stop
            comment = text[i:stop]
            is_schema = first_content_line is None and comment.startswith(SCHEMA_DIRECTIVE)
            if not (ignore_schema and is_schema):
                lines.append(line)
            if first_content_line is None:
                first_content_line = line
            i = stop
            continue
        if not char.isspace() and first_content_line is None:
            first_content_line = line
        if char in "\"'":
            triple = text.startswith(char * 3, i)
            delimiter = char * 3 if triple else char
            i += len(delimiter)
            while i < end:
                if char == '"' and text[i] == "\\":
                    if text[i + 1 : i + 2] == "\n":
                        line += 1
                    i += 2
                    continue
                if text.startswith(delimiter, i):
                    i += len(delimiter)
                    # Up to two extra quotes may close a multi-line string ('''a'''').
                    while triple and i < end and text[i] == char:
                        i += 1
                    break
                if text[i] == "\n":
                    if not triple:
                        break  # an unterminated single-line string ends with its line
                    line += 1
                i += 1
            continue
        i += 1
    return lines


def without_lines(session: Session) -> Session:
    """``session`` with its steps' source lines cleared, to compare routines by meaning.

    The loader records where each step starts in its file; a rewritten file moves them.
    """
    steps = tuple(dataclasses.replace(step, line=None) for step in session.steps)
    return dataclasses.replace(session, steps=steps)
