"""The loader: every rule, fed bad input, must name the key and the line; nothing may raise."""

from __future__ import annotations

import os
import string
import sys
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from session_cases import CASES, FULL, Case, breathe, doc, meditate

from tenang.core.model import DEFAULT_CUES, BreatheStep, BreathPattern, Cues, MeditateStep, Text
from tenang.core.sessions import (
    MAX_FILE_BYTES,
    LoadResult,
    Problem,
    load_session_bytes,
    load_session_file,
    load_session_text,
)

NAME = "routine.toml"


def check_result(result: LoadResult, text: str) -> None:
    """The loader's contract: a session xor problems, and every problem is placed somewhere."""
    assert (result.session is None) == bool(result.problems)
    lines = text.count("\n") + 1
    for problem in result.problems:
        assert problem.file == NAME
        assert problem.line is not None or problem.key, problem
        if problem.line is not None:
            assert 1 <= problem.line <= lines
        assert problem.message


def load_case(case: Case, folder: Path) -> LoadResult:
    for name in case.files:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"RIFF")
    return load_session_text(case.toml, NAME, base_dir=folder)


# -- the shared table -------------------------------------------------------------------------


@pytest.mark.parametrize("case", [c for c in CASES if c.valid], ids=lambda c: c.name)
def test_valid_case_loads(case: Case, tmp_path: Path) -> None:
    result = load_case(case, tmp_path)
    assert result.problems == ()
    assert result.session is not None


@pytest.mark.parametrize("case", [c for c in CASES if not c.valid], ids=lambda c: c.name)
def test_invalid_case_is_reported_at_its_key_and_line(case: Case, tmp_path: Path) -> None:
    result = load_case(case, tmp_path)
    check_result(result, case.toml)
    assert result.session is None
    matching = [p for p in result.problems if p.key == case.key]
    assert matching, f"no problem for {case.key}: {[str(p) for p in result.problems]}"
    problem = next((p for p in matching if case.message in p.message), matching[0])
    assert case.message in problem.message
    assert problem.line == case.line
    prefix = f"{NAME}:{case.line}:" if case.line else f"{NAME}: "
    assert str(problem).startswith(prefix)
    assert f" {case.key}: " in str(problem)


# -- the session that comes out ---------------------------------------------------------------


def test_full_example_builds_the_model() -> None:
    result = load_session_text(FULL, NAME)
    session = result.session
    assert session is not None, result.problems
    assert session.id == "box-breathing"
    assert session.title.get("id") == "Pernapasan kotak"
    assert session.caution == Text.plain("Stop if you feel dizzy.")
    assert session.tags == ("calm", "focus")
    assert (session.start_bell, session.end_bell, session.ambient) == ("bell-bowl", None, "rain")
    assert session.path is None
    breath, rest = session.steps
    assert isinstance(breath, BreatheStep)
    assert breath.pattern == BreathPattern(inhale=4, hold=4, exhale=4.5, hold_empty=4, top_up=1)
    # Phases the ramp does not name keep their starting length.
    assert breath.ramp_to == BreathPattern(inhale=5.5, hold=4, exhale=5.5, hold_empty=4, top_up=1)
    assert breath.duration == 240 and breath.cycles is None
    # A cues table replaces the defaults: unnamed phases are silent.
    assert breath.cues == Cues(inhale="chime-rise", exhale="chime-fall")
    assert (breath.ambient, breath.pacing_tone, breath.line) == ("ocean", True, 14)
    assert isinstance(rest, MeditateStep)
    assert rest.duration == 3600 + 120 + 3.5
    assert (rest.bell_every, rest.bell, rest.line) == (60, "bell-soft", 28)
    assert [prompt.at for prompt in rest.prompts] == [0, 30]


def test_defaults_when_keys_are_absent() -> None:
    session = load_session_text(doc(breathe(), meditate()), NAME).session
    assert session is not None
    breath, rest = session.steps
    assert isinstance(breath, BreatheStep) and isinstance(rest, MeditateStep)
    assert breath.cues == DEFAULT_CUES
    assert breath.pattern == BreathPattern(inhale=4, exhale=6)
    assert (breath.cycles, breath.ramp_to, breath.pacing_tone) == (5, None, False)
    assert (rest.bell, rest.bell_every, rest.prompts) == ("bell-soft", None, ())
    assert (session.start_bell, session.end_bell, session.summary) == (
        "bell-bowl",
        "bell-bowl",
        None,
    )


def test_steps_inherit_the_routine_ambient_and_pacing_tone() -> None:
    text = doc(
        breathe(),
        breathe(ambient='"ocean"', pacing_tone="false"),
        meditate(),
        top='ambient = "rain"\npacing_tone = true\n',
    )
    session = load_session_text(text, NAME).session
    assert session is not None
    first, second, rest = session.steps
    assert isinstance(first, BreatheStep) and isinstance(second, BreatheStep)
    assert (first.ambient, first.pacing_tone) == ("rain", True)
    assert (second.ambient, second.pacing_tone) == ("ocean", False)
    assert rest.ambient == "rain"


def test_prompts_are_put_in_time_order() -> None:
    prompts = '[{ at = "1m", text = "b" }, { at = 5, text = "a" }]'
    session = load_session_text(doc(meditate(prompts=prompts)), NAME).session
    assert session is not None
    step = session.steps[0]
    assert isinstance(step, MeditateStep)
    assert [p.text.get() for p in step.prompts] == ["a", "b"]


def test_inline_steps_get_the_line_of_their_table() -> None:
    text = doc("", top="steps = [\n  { kind = 'meditate', duration = 60 },\n]\n")
    session = load_session_text(text, NAME).session
    assert session is not None
    assert session.steps[0].line == 5


def test_every_problem_in_a_file_is_reported_in_line_order() -> None:
    text = doc(
        breathe(inhale="0", exhal="4", cues='{ inhale = "gong" }'),
        meditate(duration="5"),
        top="colour = 1\n",
        id='"Bad Id"',
    )
    result = load_session_text(text, NAME)
    keys = [problem.key for problem in result.problems]
    assert keys == [
        "id",
        "colour",
        "steps[0].inhale",
        "steps[0].exhal",
        "steps[0].cues.inhale",
        "steps[1].duration",
    ]
    lines = [problem.line or 0 for problem in result.problems]
    assert lines == sorted(lines)


def test_the_example_message_from_the_spec() -> None:
    text = "format = 1\nid = 'box'\ntitle = 'Box'\n\n[[steps]]\nkind = 'breathe'\n" * 1
    text += "exhale = 4\ncycles = 4\ninhale = 0.1\n"
    result = load_session_text(text, "box.toml")
    assert [str(p) for p in result.problems] == [
        "box.toml:9:1: steps[0].inhale: must be at least 1 second (got 0.1)"
    ]


def test_a_newer_format_reports_only_that() -> None:
    result = load_session_text(doc(breathe(inhale="0"), format="2", top="new_key = 1\n"), NAME)
    assert [str(p) for p in result.problems] == [
        f"{NAME}:1:1: format: this routine uses format 2, but this version of Tenang reads only "
        "format 1; update Tenang to use it"
    ]


def test_sound_files_are_not_checked_for_existence_without_a_folder() -> None:
    text = doc(breathe(cues='{ inhale = "in.wav" }'))
    assert load_session_text(text, NAME).session is not None


def test_sound_file_linking_outside_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside.wav"
    outside.write_bytes(b"RIFF")
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "in.wav").symlink_to(outside)
    result = load_session_text(doc(breathe(cues='{ inhale = "in.wav" }')), NAME, base_dir=folder)
    assert [p.key for p in result.problems] == ["steps[0].cues.inhale"]
    assert "links outside" in result.problems[0].message


def test_sound_file_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "in.wav").mkdir()
    result = load_session_text(doc(breathe(cues='{ inhale = "in.wav" }')), NAME, base_dir=tmp_path)
    assert "sound file not found: in.wav" in result.problems[0].message
    assert result.problems[0].line == 9


# -- TOML syntax ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("format = 1\nid = \n", 2, 6, "invalid TOML: Invalid value"),
        ("format = 1\nformat = 2\n", 2, None, "invalid TOML: Cannot overwrite a value"),
        ("format = 1\n[[steps]]\nkind = 'breathe\n", 3, 16, 'invalid TOML: Expected "\'"'),
        ("[[steps]]\n[steps]\n", 2, 7, "invalid TOML: Cannot declare"),
        ("a = [1,\n2,,]\n", 2, 3, "invalid TOML: Invalid value"),
    ],
)
def test_syntax_errors_are_located(text: str, line: int, column: int | None, message: str) -> None:
    result = load_session_text(text, NAME)
    assert result.session is None
    (problem,) = result.problems
    assert problem.key == ""
    assert problem.line == line
    if column is not None:
        assert problem.column == column
    assert problem.message.startswith(message)
    assert "(at line" not in problem.message
    assert str(problem).startswith(f"{NAME}:{line}:")


def test_syntax_error_at_the_end_of_the_document() -> None:
    (problem,) = load_session_text("format = 1\ntitle = ", NAME).problems
    assert (problem.line, problem.column) == (2, 9)
    assert problem.message == "invalid TOML: Invalid value (at the end of the file)"


def test_absurd_numbers_and_nesting_are_problems_not_crashes() -> None:
    huge = load_session_text("format = " + "9" * 5000, NAME)
    assert "invalid TOML" in huge.problems[0].message
    deep = load_session_text("a = " + "[" * 5000, NAME)
    assert deep.session is None and deep.problems
    big = load_session_text(doc(breathe(inhale="1" + "0" * 400)), NAME)
    assert big.problems[0].key == "steps[0].inhale"
    assert "finite" in big.problems[0].message


# -- files ----------------------------------------------------------------------------------


def write(folder: Path, text: str, name: str = "box.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def only_message(result: LoadResult) -> str:
    assert result.session is None
    (problem,) = result.problems
    return str(problem)


def test_file_loads_with_path_and_sound_folder(tmp_path: Path) -> None:
    (tmp_path / "in.ogg").write_bytes(b"OggS")
    path = write(tmp_path, doc(breathe(cues='{ inhale = "in.ogg" }')))
    result = load_session_file(path)
    assert result.ok and result.session is not None
    assert result.session.path == path
    missing = write(tmp_path, doc(breathe(cues='{ inhale = "out.ogg" }')), "other.toml")
    assert "sound file not found: out.ogg" in str(load_session_file(missing).problems[0])


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.toml"
    assert only_message(load_session_file(path)) == (
        f"{path}: cannot read the file: No such file or directory"
    )


def test_folder_instead_of_file(tmp_path: Path) -> None:
    assert only_message(load_session_file(tmp_path)).endswith("is a folder, not a routine file")


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    assert only_message(load_session_file(fifo)).endswith("is not a regular file")


def test_symlink_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.toml"
    loop.symlink_to(loop)
    message = only_message(load_session_file(loop))
    assert message.startswith(f"{loop}: cannot read the file: ")
    assert "symbolic links" in message.lower()


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"# x\n" * (MAX_FILE_BYTES // 4 + 1))
    assert only_message(load_session_file(path)).endswith("(256 KiB; at most 256 KiB)")
    assert "too large" in only_message(load_session_bytes(b" " * (MAX_FILE_BYTES + 1), NAME))


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable(tmp_path: Path) -> None:
    path = write(tmp_path, doc())
    path.chmod(0)
    try:
        assert only_message(load_session_file(path)).endswith("Permission denied")
    finally:
        path.chmod(0o600)


def test_read_error_after_stat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, doc())

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    assert only_message(load_session_file(path)) == (
        f"{path}: cannot read the file: Permission denied"
    )


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'format = 1\ntitle = "caf\xe9"\n')
    assert only_message(load_session_file(path)) == (
        f"{path}:2:13: is not UTF-8 text (byte 0xe9); save the file as UTF-8"
    )


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + doc(breathe(inhale="0")).encode())
    (problem,) = load_session_file(path).problems
    assert (problem.line, problem.column, problem.key) == (6, 1, "steps[0].inhale")


# -- never raises ---------------------------------------------------------------------------

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(alphabet=st.sampled_from(string.printable + "é\x00[]{}=\"'#.\n"), max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    check_result(load_session_text(text, NAME), text)


_keys = st.sampled_from(
    [
        "format",
        "id",
        "title",
        "steps",
        "kind",
        "inhale",
        "exhale",
        "hold",
        "duration",
        "cycles",
        "ramp",
        "cues",
        "prompts",
        "at",
        "text",
        "en",
        "bell_every",
        "tags",
        "label",
        "x",
    ]
)
_scalars = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [
            "breathe",
            "meditate",
            "4m",
            "1m30s",
            "0s",
            "bell-soft",
            "rain",
            "a.wav",
            "../b.ogg",
            "/c.wav",
            "",
            "box",
        ]
    ),
    st.text(max_size=10),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=5),
    max_leaves=20,
)


@FAST
@given(st.dictionaries(_keys, _values, max_size=8))
def test_arbitrary_toml_documents_never_raise(data: dict[str, object]) -> None:
    text = tomli_w.dumps(data)
    check_result(load_session_text(text, NAME), text)


@FAST
@given(
    st.lists(
        st.tuples(st.integers(0, len(FULL)), st.integers(0, 8), st.text(max_size=6)), max_size=4
    )
)
def test_mutated_valid_files_never_raise(edits: list[tuple[int, int, str]]) -> None:
    text = FULL
    for at, cut, insert in edits:
        text = text[:at] + insert + text[at + cut :]
    check_result(load_session_text(text, NAME), text)


def test_problem_formats() -> None:
    assert str(Problem("a.toml", 3, 7, "steps[0].hold", "bad")) == "a.toml:3:7: steps[0].hold: bad"
    assert str(Problem("a.toml", 3, None, "id", "bad")) == "a.toml:3: id: bad"
    assert str(Problem("a.toml", None, None, "id", "bad")) == "a.toml: id: bad"
    assert str(Problem("a.toml", 2, 1, "", "bad")) == "a.toml:2:1: bad"
    assert str(Problem("a.toml", None, None, "", "bad")) == "a.toml: bad"
