"""The shared table of routine files: what the loader must accept or reject, and where.

Both the loader tests and the JSON Schema test run over this one table, so a rule added to one
side without the other shows up as a failing case. ``schema=False`` marks rules a JSON Schema
cannot express (bounds on duration strings, comparisons between keys, files on disk); for those
the schema test asserts the schema *accepts* the document, which keeps the marks honest.

(The module has a unique name rather than ``cases.py`` because tests have no ``__init__.py``
and pytest puts every test folder on ``sys.path``: two ``cases`` modules would collide.)
"""

from __future__ import annotations

from dataclasses import dataclass

Pairs = dict[str, str | None]

HEAD: Pairs = {"format": "1", "id": '"test"', "title": '"Test"'}
BREATHE: Pairs = {"kind": '"breathe"', "inhale": "4", "exhale": "6", "cycles": "5"}
MEDITATE: Pairs = {"kind": '"meditate"', "duration": '"2m"'}


def _lines(pairs: Pairs, changes: Pairs) -> list[str]:
    merged = {**pairs, **changes}
    return [f"{key} = {value}" for key, value in merged.items() if value is not None]


def breathe(**changes: str | None) -> str:
    """A ``[[steps]]`` breathe table; a keyword sets a key (TOML literal) or drops it (None)."""
    return "\n".join(["[[steps]]", *_lines(BREATHE, changes)]) + "\n"


def meditate(**changes: str | None) -> str:
    return "\n".join(["[[steps]]", *_lines(MEDITATE, changes)]) + "\n"


def doc(*steps: str, top: str = "", **head: str | None) -> str:
    """A routine: the head keys (changed by keyword), extra top-level lines, then the steps."""
    text = "\n".join(_lines(HEAD, head)) + "\n" + top
    return text + "".join(steps if steps else (breathe(),))


@dataclass(frozen=True)
class Case:
    name: str
    toml: str
    valid: bool
    key: str = ""
    """The key path of the problem the loader must report."""
    at: str = ""
    """Text of the line the problem must point at; empty when it has no line."""
    message: str = ""
    """Words the problem's message must contain."""
    schema: bool = True
    """False when a JSON Schema cannot express the rule (loader-only)."""
    files: tuple[str, ...] = ()
    """Sound files to create next to the routine before loading it."""

    @property
    def line(self) -> int | None:
        if not self.at:
            return None
        for number, text in enumerate(self.toml.splitlines(), start=1):
            if self.at in text:
                return number
        raise AssertionError(f"case {self.name}: no line contains {self.at!r}")


def ok(name: str, toml: str, files: tuple[str, ...] = ()) -> Case:
    return Case(name, toml, True, files=files)


def bad(name: str, toml: str, key: str, at: str, message: str, *, schema: bool = True) -> Case:
    return Case(name, toml, False, key, at, message, schema)


FULL = """\
#:schema ./tenang-session.schema.json
format = 1
id = "box-breathing"
title = { en = "Box breathing", id = "Pernapasan kotak" }
summary = { en = "Even sides.", id = "Sisi yang sama." }
tags = ["calm", "focus"]
source = "Balban et al. 2023, Cell Reports Medicine 4:100895"
caution = "Stop if you feel dizzy."
start_bell = "bell-bowl"
end_bell = false
ambient = "rain"
pacing_tone = false

[[steps]]
kind = "breathe"
label = { en = "Settle", id = "Menenangkan diri" }
inhale = 4
top_up = 1
hold = "4s"
exhale = 4.5
hold_empty = 4
duration = "4m"
ramp = { inhale = 5.5, exhale = 5.5 }
cues = { inhale = "chime-rise", exhale = "chime-fall", hold = false }
ambient = "ocean"
pacing_tone = true

[[steps]]
kind = "meditate"
label = "Rest"
duration = "1h2m3.5s"
bell_every = "1m"
bell = "bell-soft"
ambient = "brown-noise"
prompts = [
  { at = "0s", text = { en = "Let the breath be as it is.", id = "Biarkan napas apa adanya." } },
  { at = 30, text = "Notice the body." },
]
"""

INLINE_STEPS = """\
format = 1
id = "inline"
title = "Inline"
steps = [
  { kind = "breathe", inhale = 4, exhale = 4, cycles = 3 },
  { kind = "meditate", duration = 60 },
]
"""

CASES: tuple[Case, ...] = (
    # -- valid ---------------------------------------------------------------------------
    ok("minimal", doc()),
    ok("full example", FULL),
    ok("inline steps", INLINE_STEPS),
    ok("meditate step", doc(meditate(bell_every='"30s"', prompts='[{ at = 0, text = "Hi" }]'))),
    ok("plain-text title", doc(title='"Tenang"')),
    ok("indonesian only title", doc(title='{ id = "Tenang" }')),
    ok("region language code", doc(title='{ en = "A", pt-BR = "B" }')),
    ok("durations as strings", doc(breathe(inhale='"1.5s"', exhale='"8s"'))),
    ok("ramp over cycles", doc(breathe(ramp="{ exhale = 8 }"))),
    ok("silent cues", doc(breathe(cues="{}"), start_bell="false")),
    ok("custom sound", doc(breathe(cues='{ inhale = "sounds/in.WAV" }')), ("sounds/in.WAV",)),
    ok("custom ambient", doc(top='ambient = "./rain.ogg"\n'), ("rain.ogg",)),
    ok("longest breathe step", doc(breathe(cycles=None, duration='"2h"'))),
    # -- format ---------------------------------------------------------------------------
    bad("format missing", doc(format=None), "format", "", "missing required key"),
    bad("format newer", doc(format="2"), "format", "format = 2", "update Tenang"),
    bad("format zero", doc(format="0"), "format", "format = 0", "unsupported format"),
    bad("format text", doc(format='"1"'), "format", "format =", "whole number 1"),
    bad("format bool", doc(format="true"), "format", "format =", "whole number 1"),
    # -- top level ------------------------------------------------------------------------
    bad("unknown top key", doc(top="colour = 3\n"), "colour", "colour", "unknown key"),
    bad("typo top key", doc(top="sumary = 'x'\n"), "sumary", "sumary", 'did you mean "summary"'),
    bad("id missing", doc(id=None), "id", "", "missing required key"),
    bad("id uppercase", doc(id='"Box"'), "id", "id =", "lowercase"),
    bad("id too long", doc(id='"' + "a" * 65 + '"'), "id", "id =", "1-64"),
    # Python's jsonschema applies patterns with re.search, where `$` also matches before a final
    # newline (ECMA and Rust engines, as in editors, do not), so these three are loader-only here.
    bad("id trailing newline", doc(id='"box\\n"'), "id", "id =", "lowercase", schema=False),
    bad(
        "tag trailing newline",
        doc(top='tags = ["calm\\n"]\n'),
        "tags[0]",
        "tags",
        "lowercase",
        schema=False,
    ),
    bad(
        "language trailing newline",
        doc(title='{ "en\\n" = "x" }'),
        'title."en\\n"',
        "title",
        "language code",
        schema=False,
    ),
    bad("id number", doc(id="5"), "id", "id =", "got 5"),
    bad("title missing", doc(title=None), "title", "", "missing required key"),
    bad("title empty", doc(title='""'), "title", "title", "must not be empty"),
    bad("title blank", doc(title='"   "'), "title", "title", "must not be empty"),
    bad("title number", doc(title="5"), "title", "title", "must be text or a table"),
    bad("title no languages", doc(title="{}"), "title", "title", "at least one language"),
    bad("title empty translation", doc(title='{ en = "" }'), "title.en", "title", "not be empty"),
    bad("title bad language", doc(title='{ english = "x" }'), "title.english", "title", "language"),
    bad("title too long", doc(title='"' + "x" * 2001 + '"'), "title", "title", "too long"),
    bad("summary wrong type", doc(top="summary = [1]\n"), "summary", "summary", "text or a table"),
    bad("caution empty", doc(top='caution = ""\n'), "caution", "caution", "must not be empty"),
    bad("tags not array", doc(top='tags = "calm"\n'), "tags", "tags", "must be an array"),
    bad("tag uppercase", doc(top='tags = ["Calm"]\n'), "tags[0]", "tags", "lowercase"),
    bad("tag repeated", doc(top='tags = ["a", "a"]\n'), "tags[1]", "tags", "repeats"),
    bad(
        "too many tags",
        doc(top="tags = [" + ", ".join(f'"t{n}"' for n in range(21)) + "]\n"),
        "tags",
        "tags",
        "at most 20",
    ),
    bad("source empty", doc(top='source = ""\n'), "source", "source", "must not be empty"),
    bad("source number", doc(top="source = 3\n"), "source", "source", "must be text"),
    bad("start bell true", doc(top="start_bell = true\n"), "start_bell", "start_bell", "false"),
    bad("end bell unknown", doc(top='end_bell = "gong"\n'), "end_bell", "end_bell", "unknown cue"),
    bad(
        "start bell typo",
        doc(top='start_bell = "bel-bowl"\n'),
        "start_bell",
        "start_bell",
        'did you mean "bell-bowl"',
    ),
    bad("ambient unknown", doc(top='ambient = "tick"\n'), "ambient", "ambient", "tick is a cue"),
    bad("ambient false", doc(top="ambient = false\n"), "ambient", "ambient", "brown-noise"),
    bad("pacing tone text", doc(top='pacing_tone = "yes"\n'), "pacing_tone", "pacing", "true or"),
    # -- steps ----------------------------------------------------------------------------
    bad("steps missing", doc("", top=""), "steps", "", "missing required key"),
    bad("steps empty", doc("", top="steps = []\n"), "steps", "steps", "at least one step"),
    bad("steps as table", doc("", top="[steps]\nkind = 'breathe'\n"), "steps", "[steps]", "array"),
    bad("step not a table", doc("", top="steps = [5]\n"), "steps[0]", "steps", "must be a table"),
    bad(
        "too many steps",
        doc(
            "", top="steps = [" + ", ".join(["{ kind = 'meditate', duration = 10 }"] * 101) + "]\n"
        ),
        "steps",
        "steps",
        "at most 100",
    ),
    bad("kind missing", doc(breathe(kind=None)), "steps[0].kind", "[[steps]]", "missing"),
    bad("kind unknown", doc(breathe(kind='"breath"')), "steps[0].kind", "kind", "breathe"),
    # -- breathe --------------------------------------------------------------------------
    bad("unknown step key", doc(breathe(exhal="4")), "steps[0].exhal", "exhal =", "did you mean"),
    bad("inhale missing", doc(breathe(inhale=None)), "steps[0].inhale", "[[steps]]", "missing"),
    bad("exhale missing", doc(breathe(exhale=None)), "steps[0].exhale", "[[steps]]", "missing"),
    bad("inhale bool", doc(breathe(inhale="true")), "steps[0].inhale", "inhale", "true/false"),
    bad("inhale word", doc(breathe(inhale='"fast"')), "steps[0].inhale", "inhale", '"fast"'),
    bad("inhale zero", doc(breathe(inhale="0")), "steps[0].inhale", "inhale", "at least 1 second"),
    bad("inhale tenth", doc(breathe(inhale="0.1")), "steps[0].inhale", "inhale", "(got 0.1)"),
    bad("exhale negative", doc(breathe(exhale="-2")), "steps[0].exhale", "exhale", "negative"),
    bad("hold negative", doc(breathe(hold="-1")), "steps[0].hold", "hold", "must not be negative"),
    bad("inhale too long", doc(breathe(inhale="25")), "steps[0].inhale", "inhale", "at most 20"),
    bad(
        "inhale string too long",
        doc(breathe(inhale='"25s"')),
        "steps[0].inhale",
        "inhale",
        "at most 20",
        schema=False,
    ),
    bad(
        "inhale string zero",
        doc(breathe(inhale='"0s"')),
        "steps[0].inhale",
        "inhale",
        "at least 1",
        schema=False,
    ),
    bad(
        "inhale nan",
        doc(breathe(inhale="nan")),
        "steps[0].inhale",
        "inhale",
        "finite",
        schema=False,
    ),
    bad("inhale inf", doc(breathe(inhale="inf")), "steps[0].inhale", "inhale", "finite"),
    bad("top up too long", doc(breathe(top_up="6")), "steps[0].top_up", "top_up", "at most 5"),
    bad("hold too long", doc(breathe(hold='"31s"')), "steps[0].hold", "hold", "30", schema=False),
    bad(
        "hold empty too long",
        doc(breathe(hold_empty="45")),
        "steps[0].hold_empty",
        "hold_empty",
        "at most 30",
    ),
    bad(
        "breath too long",
        doc(breathe(inhale="20", hold="30", exhale="30", hold_empty="30")),
        "steps[0]",
        "[[steps]]",
        "between 2 seconds and 1 min 30 s",
        schema=False,
    ),
    bad(
        "duration and cycles",
        doc(breathe(duration='"4m"')),
        "steps[0].cycles",
        "cycles",
        "not both",
    ),
    bad(
        "neither duration nor cycles",
        doc(breathe(cycles=None)),
        "steps[0]",
        "[[steps]]",
        "either duration or cycles",
    ),
    bad("cycles zero", doc(breathe(cycles="0")), "steps[0].cycles", "cycles", "1 to 1000"),
    bad("cycles too many", doc(breathe(cycles="1001")), "steps[0].cycles", "cycles", "1 to 1000"),
    bad("cycles fraction", doc(breathe(cycles="4.5")), "steps[0].cycles", "cycles", "whole"),
    bad("cycles bool", doc(breathe(cycles="true")), "steps[0].cycles", "cycles", "got true"),
    bad("cycles text", doc(breathe(cycles='"5"')), "steps[0].cycles", "cycles", "whole number"),
    bad(
        "duration too short",
        doc(breathe(cycles=None, duration="5")),
        "steps[0].duration",
        "duration",
        "at least 10 seconds",
    ),
    bad(
        "duration string too long",
        doc(breathe(cycles=None, duration='"3h"')),
        "steps[0].duration",
        "duration",
        "at most 2 h",
        schema=False,
    ),
    bad(
        "duration too long",
        doc(breathe(cycles=None, duration="7201")),
        "steps[0].duration",
        "duration",
        "at most 2 h",
    ),
    bad(
        "duration bad string",
        doc(breathe(cycles=None, duration='"4 min"')),
        "steps[0].duration",
        "duration",
        "1m30s",
    ),
    bad(
        "duration trailing newline",
        doc(breathe(cycles=None, duration='"4m\\n"')),
        "steps[0].duration",
        "duration",
        "1m30s",
        schema=False,
    ),
    bad(
        "duration under one breath",
        doc(breathe(cycles=None, inhale="10", exhale="10", duration="15")),
        "steps[0].duration",
        "duration",
        "shorter than one breath",
        schema=False,
    ),
    bad("ramp not table", doc(breathe(ramp="5")), "steps[0].ramp", "ramp", "must be a table"),
    bad("ramp empty", doc(breathe(ramp="{}")), "steps[0].ramp", "ramp", "names no phase"),
    bad(
        "ramp unknown",
        doc(breathe(ramp="{ breath = 4 }")),
        "steps[0].ramp.breath",
        "ramp",
        "unknown",
    ),
    bad(
        "ramp too long", doc(breathe(ramp="{ inhale = 50 }")), "steps[0].ramp.inhale", "ramp", "20"
    ),
    bad(
        "ramp one cycle",
        doc(breathe(cycles="1", ramp="{ inhale = 5 }")),
        "steps[0].ramp",
        "ramp",
        "at least 2 cycles",
        schema=False,
    ),
    bad(
        "ramp breath too long",
        doc(breathe(hold="30", hold_empty="30", ramp="{ inhale = 20, exhale = 30 }")),
        "steps[0].ramp",
        "ramp",
        "the last breath lasts 1 min 50 s",
        schema=False,
    ),
    bad("cues not table", doc(breathe(cues='"tick"')), "steps[0].cues", "cues", "must be a table"),
    bad(
        "cue unknown phase",
        doc(breathe(cues="{ breathe = false }")),
        "steps[0].cues.breathe",
        "cues",
        "unknown key",
    ),
    bad(
        "cue unknown",
        doc(breathe(cues='{ inhale = "gong" }')),
        "steps[0].cues.inhale",
        "cues",
        "unknown cue",
    ),
    bad(
        "cue ambient name",
        doc(breathe(cues='{ hold = "rain" }')),
        "steps[0].cues.hold",
        "cues",
        "ambient",
    ),
    bad(
        "cue true",
        doc(breathe(cues="{ exhale = true }")),
        "steps[0].cues.exhale",
        "cues",
        "got true",
    ),
    bad(
        "cue file missing",
        doc(breathe(cues='{ inhale = "in.wav" }')),
        "steps[0].cues.inhale",
        "cues",
        "sound file not found: in.wav",
        schema=False,
    ),
    bad(
        "cue file absolute",
        doc(breathe(cues='{ inhale = "/usr/share/in.wav" }')),
        "steps[0].cues.inhale",
        "cues",
        "relative",
    ),
    bad(
        "cue file windows absolute",
        doc(breathe(cues='{ inhale = "C:/in.wav" }')),
        "steps[0].cues.inhale",
        "cues",
        "relative",
        schema=False,
    ),
    bad(
        "cue file escapes",
        doc(breathe(cues='{ inhale = "sounds/../../in.ogg" }')),
        "steps[0].cues.inhale",
        "cues",
        "inside the routine's folder",
        schema=False,
    ),
    bad("step ambient number", doc(breathe(ambient="1")), "steps[0].ambient", "ambient", "got 1"),
    bad(
        "step pacing tone", doc(breathe(pacing_tone="1")), "steps[0].pacing_tone", "pacing", "true"
    ),
    bad("label empty", doc(breathe(label='""')), "steps[0].label", "label", "must not be empty"),
    bad(
        "second step",
        doc(breathe(), breathe(inhale="0")),
        "steps[1].inhale",
        "inhale = 0",
        "at least",
    ),
    # -- meditate -------------------------------------------------------------------------
    bad(
        "meditate no duration",
        doc(meditate(duration=None)),
        "steps[0].duration",
        "[[steps]]",
        "missing",
    ),
    bad(
        "meditate short",
        doc(meditate(duration="9")),
        "steps[0].duration",
        "duration",
        "at least 10",
    ),
    bad(
        "meditate string long",
        doc(meditate(duration='"4h"')),
        "steps[0].duration",
        "duration",
        "at most 3 h",
        schema=False,
    ),
    bad(
        "meditate breathe key",
        doc(meditate(inhale="4")),
        "steps[0].inhale",
        "inhale",
        "unknown key",
    ),
    bad(
        "bell every short",
        doc(meditate(bell_every="5")),
        "steps[0].bell_every",
        "bell_every",
        "at least 10",
    ),
    bad(
        "bell every not shorter",
        doc(meditate(bell_every='"2m"')),
        "steps[0].bell_every",
        "bell_every",
        "shorter than the step's duration (2 min)",
        schema=False,
    ),
    bad("bell false", doc(meditate(bell="false")), "steps[0].bell", "bell", "got false"),
    bad("bell unknown", doc(meditate(bell='"ding"')), "steps[0].bell", "bell", "unknown cue"),
    bad("prompts not array", doc(meditate(prompts='"hi"')), "steps[0].prompts", "prompts", "array"),
    bad(
        "prompt not table", doc(meditate(prompts="[1]")), "steps[0].prompts[0]", "prompts", "table"
    ),
    bad(
        "prompt late",
        doc(meditate(prompts='[{ at = "2m", text = "x" }]')),
        "steps[0].prompts[0].at",
        "prompts",
        "before the end of the step",
        schema=False,
    ),
    bad(
        "prompt negative",
        doc(meditate(prompts='[{ at = -1, text = "x" }]')),
        "steps[0].prompts[0].at",
        "prompts",
        "negative",
    ),
    bad(
        "prompt no text",
        doc(meditate(prompts="[{ at = 1 }]")),
        "steps[0].prompts[0].text",
        "prompts",
        "missing",
    ),
    bad(
        "prompt no at",
        doc(meditate(prompts='[{ text = "x" }]')),
        "steps[0].prompts[0].at",
        "prompts",
        "missing",
    ),
    bad(
        "prompt extra key",
        doc(meditate(prompts='[{ at = 1, text = "x", bell = "tick" }]')),
        "steps[0].prompts[0].bell",
        "prompts",
        "unknown key",
    ),
    bad(
        "too many prompts",
        doc(
            meditate(
                duration='"3h"',
                prompts="[" + ", ".join(f'{{ at = {n}, text = "x" }}' for n in range(201)) + "]",
            )
        ),
        "steps[0].prompts",
        "prompts",
        "at most 200",
    ),
    bad(
        "routine too long",
        doc(meditate(duration='"2h"'), meditate(duration='"1h30m"')),
        "steps",
        "[[steps]]",
        "at most 3 h",
        schema=False,
    ),
)

CASES_BY_NAME = {case.name: case for case in CASES}
assert len(CASES_BY_NAME) == len(CASES), "case names must be unique"
