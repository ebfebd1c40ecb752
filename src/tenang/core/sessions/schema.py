"""A JSON Schema for routine files, so editors can complete keys and flag mistakes as you type.

Taplo (and the editors built on it) reads a ``#:schema`` comment at the top of a TOML file and
shows each property's ``description`` as help. The schema is built from the loader's own
constants, so the two cannot drift; a shared table of test cases checks that the schema rejects
what the loader rejects, wherever a schema can express the rule. Rules it cannot express (a
string duration's bounds, ``bell_every`` below the step's duration, the length of one breath,
sound files that must exist) remain the loader's alone: the schema is help, the loader decides.

Draft-04 because that is what Taplo and most editor plugins understand best.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from tenang.core.model import DEFAULT_CUES, FORMAT_VERSION
from tenang.core.sessions.describe import format_seconds
from tenang.core.sessions.durations import DURATION_PATTERN
from tenang.core.sessions.loader import (
    BELL_EVERY_MIN,
    BREATHE_DURATION_BOUNDS,
    CYCLES_BOUNDS,
    ID_PATTERN,
    LANGUAGE_PATTERN,
    MAX_PROMPTS,
    MAX_STEPS,
    MAX_TAGS,
    MAX_TEXT,
    MEDITATE_DURATION_BOUNDS,
    PHASE_BOUNDS,
    TAG_PATTERN,
)
from tenang.core.sounds import AMBIENT_NAMES, CUE_NAMES, CUSTOM_SOUND_SUFFIXES

Schema = dict[str, Any]

_PHASE_HELP = {
    "inhale": "Seconds breathing in.",
    "top_up": "Seconds of a second, short inhale on top of the first (the physiological sigh).",
    "hold": "Seconds holding the breath in, after the inhale.",
    "exhale": "Seconds breathing out.",
    "hold_empty": "Seconds resting with empty lungs, after the exhale.",
}


def _case_insensitive(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else re.escape(c) for c in word)


_SOUND_FILE_PATTERN = (
    r"^[^/\\].*(" + "|".join(_case_insensitive(suffix) for suffix in CUSTOM_SOUND_SUFFIXES) + ")$"
)
"""A relative path ending in a sound suffix; ``..`` escapes are only caught by the loader."""


def _bounds(low: float, high: float | None) -> str:
    text = f"at least {format_seconds(low)}" if low else "0 or more"
    return f"{text}, at most {format_seconds(high)}" if high is not None else text


def _duration(description: str, low: float, high: float | None) -> Schema:
    """Seconds as a number (bounds checked here) or a "1m30s" string (bounds: the loader)."""
    number: Schema = {"type": "number", "minimum": low}
    if high is not None:
        number["maximum"] = high
    return {
        "description": f"{description} Seconds, or text like 90s, 4m, 1m30s, 1h "
        f"({_bounds(low, high)}).",
        "anyOf": [number, {"type": "string", "pattern": DURATION_PATTERN}],
    }


def _sound(description: str, names: tuple[str, ...], *, allow_false: bool) -> Schema:
    choices: list[Schema] = [
        {"type": "string", "enum": list(names), "description": "A bundled sound."},
        {
            "type": "string",
            "pattern": _SOUND_FILE_PATTERN,
            "description": "A sound file, relative to the routine's folder.",
        },
    ]
    if allow_false:
        choices.append({"type": "boolean", "enum": [False], "description": "No sound."})
    return {"description": description, "anyOf": choices}


_STRING_TEXT: Schema = {
    "type": "string",
    "minLength": 1,
    "maxLength": MAX_TEXT,
    "pattern": r"\S",
}
_TEXT_CHOICES: Schema = {
    "anyOf": [
        _STRING_TEXT | {"description": "English text."},
        {
            "type": "object",
            "description": "Text per language code (en, id, ...).",
            "minProperties": 1,
            "patternProperties": {LANGUAGE_PATTERN: _STRING_TEXT},
            "additionalProperties": False,
        },
    ],
}
"""Plain text (English), or a table of language codes to text."""


def _text(description: str) -> Schema:
    """Inlined rather than a ``$ref``: draft-04 ignores keys beside ``$ref``, and editors would
    then lose the property's own description."""
    return {
        "description": f'{description} Text, or a table of languages like {{ en = "...", '
        'id = "..." }.',
        **_TEXT_CHOICES,
    }


def _object(description: str, properties: dict[str, Schema], required: list[str]) -> Schema:
    schema: Schema = {
        "type": "object",
        "description": description,
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    return schema


def _phases(verb: str) -> dict[str, Schema]:
    return {
        name: _duration(f"{_PHASE_HELP[name]} {verb}".strip(), low, high)
        for name, (low, high) in PHASE_BOUNDS.items()
    }


def _breathe_step() -> Schema:
    cue_help = ", ".join(f"{phase} = {cue}" for phase, cue in vars(DEFAULT_CUES).items() if cue)
    properties: dict[str, Schema] = {
        "kind": {"description": "Paced breathing.", "type": "string", "enum": ["breathe"]},
        "label": _text("A short name for this step, shown while it runs."),
        **_phases(""),
        "duration": _duration(
            "How long to breathe; the step ends on a whole breath. Give this or cycles.",
            *BREATHE_DURATION_BOUNDS,
        ),
        "cycles": {
            "description": "How many breaths. Give this or duration.",
            "type": "integer",
            "minimum": CYCLES_BOUNDS[0],
            "maximum": CYCLES_BOUNDS[1],
        },
        "ramp": _object(
            "The pattern of the last breath; the lengths move evenly from the first breath to "
            "this one. Phases not named keep their starting length.",
            _phases("(last breath)"),
            [],
        )
        | {"minProperties": 1},
        "cues": _object(
            "The sound at the start of each phase. Replaces the defaults "
            f"({cue_help}); phases not named are silent.",
            {
                name: _sound(f"Cue at the start of {name}.", CUE_NAMES, allow_false=True)
                for name in PHASE_BOUNDS
            },
            [],
        ),
        "ambient": _sound(
            "Background sound for this step (overrides the routine's).",
            AMBIENT_NAMES,
            allow_false=False,
        ),
        "pacing_tone": {
            "description": "Play a tone that rises and falls with the breath.",
            "type": "boolean",
        },
    }
    schema = _object("A step of paced breathing.", properties, ["kind", "inhale", "exhale"])
    schema["oneOf"] = [{"required": ["duration"]}, {"required": ["cycles"]}]
    return schema


def _meditate_step() -> Schema:
    prompt = _object(
        "A text shown at a moment in the step.",
        {
            "at": _duration("When to show the text, from the start of the step.", 0, None),
            "text": _text("The text to show."),
        },
        ["at", "text"],
    )
    properties: dict[str, Schema] = {
        "kind": {"description": "Timed stillness.", "type": "string", "enum": ["meditate"]},
        "label": _text("A short name for this step, shown while it runs."),
        "duration": _duration("How long the step lasts.", *MEDITATE_DURATION_BOUNDS),
        "bell_every": _duration(
            "Ring the bell at this interval (shorter than the duration).", BELL_EVERY_MIN, None
        ),
        "bell": _sound("The interval bell (default bell-soft).", CUE_NAMES, allow_false=False),
        "ambient": _sound(
            "Background sound for this step (overrides the routine's).",
            AMBIENT_NAMES,
            allow_false=False,
        ),
        "prompts": {
            "description": "Texts shown during the step, each at its time.",
            "type": "array",
            "maxItems": MAX_PROMPTS,
            "items": prompt,
        },
    }
    return _object("A step of timed stillness.", properties, ["kind", "duration"])


def session_schema() -> dict[str, Any]:
    """The JSON Schema (draft-04) of a routine file in format 1."""
    properties: dict[str, Schema] = {
        "format": {
            "description": f"The version of this file format; must be {FORMAT_VERSION}.",
            "type": "integer",
            "enum": [FORMAT_VERSION],
        },
        "id": {
            "description": "A unique name for the routine: lowercase letters, digits, hyphens.",
            "type": "string",
            "pattern": ID_PATTERN,
        },
        "title": _text("The routine's name."),
        "summary": _text("One or two sentences on what the routine is for."),
        "tags": {
            "description": "Words to find the routine by (lowercase, hyphens).",
            "type": "array",
            "maxItems": MAX_TAGS,
            "uniqueItems": True,
            "items": {"type": "string", "pattern": TAG_PATTERN},
        },
        "source": {
            "description": "Where the technique comes from (a paper, a book, a teacher).",
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_TEXT,
            "pattern": r"\S",
        },
        "caution": _text("A safety note shown before the routine starts."),
        "start_bell": _sound(
            "The bell at the start (default bell-bowl; false for none).",
            CUE_NAMES,
            allow_false=True,
        ),
        "end_bell": _sound(
            "The bell at the end (default bell-bowl; false for none).",
            CUE_NAMES,
            allow_false=True,
        ),
        "ambient": _sound(
            "Background sound for every step (a step may override it).",
            AMBIENT_NAMES,
            allow_false=False,
        ),
        "pacing_tone": {
            "description": "Default for breathe steps: a tone that follows the breath.",
            "type": "boolean",
        },
        "steps": {
            "description": "The steps of the routine, in order ([[steps]] tables).",
            "type": "array",
            "minItems": 1,
            "maxItems": MAX_STEPS,
            "items": {"$ref": "#/definitions/step"},
        },
    }
    schema = _object(
        "A Tenang routine: breathing and meditation steps.",
        properties,
        ["format", "id", "title", "steps"],
    )
    document = {
        "$schema": "http://json-schema.org/draft-04/schema#",
        "title": "Tenang routine (format 1)",
        **schema,
        "definitions": {
            "step": {
                "description": "One step: kind = breathe or kind = meditate.",
                "oneOf": [_breathe_step(), _meditate_step()],
            },
        },
    }
    # The text schemas share module-level parts; a copy keeps callers from changing them.
    return copy.deepcopy(document)
