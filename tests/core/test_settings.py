"""Settings: round trips, and every kind of bad file is moved aside with located messages."""

from __future__ import annotations

import stat
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tenang.core.settings import (
    AMBIENT_NAMES,
    DEFAULTS,
    JOURNAL_LOCK_MINUTES,
    LANGUAGES,
    RECENT_LIMIT,
    REDUCED_MOTION_CHOICES,
    THEMES,
    VISUAL_STYLES,
    Settings,
    load_settings,
    parse_settings,
    read_settings,
    save_settings,
    settings_to_toml,
)

NOW = datetime(2026, 11, 23, 21, 30, 5, tzinfo=UTC)
ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
volumes = st.integers(0, 100)
all_settings = st.builds(
    Settings,
    language=st.sampled_from(LANGUAGES),
    theme=st.sampled_from(THEMES),
    reduced_motion=st.sampled_from(REDUCED_MOTION_CHOICES),
    visual_style=st.sampled_from(VISUAL_STYLES),
    lead_in=st.booleans(),
    master_volume=volumes,
    cue_volume=volumes,
    ambient_volume=volumes,
    cues=st.booleans(),
    ambient=st.none() | st.sampled_from(AMBIENT_NAMES),
    pacing_tone=st.booleans(),
    checkin_prompts=st.booleans(),
    streaks=st.booleans(),
    last_routine=st.none() | ids,
    recent_routines=st.lists(ids, max_size=RECENT_LIMIT, unique=True).map(tuple),
    close_to_tray=st.booleans(),
    autostart=st.booleans(),
    low_mood_card=st.booleans(),
    low_mood_shown=st.none() | st.dates().map(lambda d: d.isoformat()),
    cautions_seen=st.lists(ids, max_size=5, unique=True).map(tuple),
    journal_lock_minutes=st.sampled_from(JOURNAL_LOCK_MINUTES),
)


def test_missing_file_gives_defaults_without_notice(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.toml") == (DEFAULTS, None)


@settings(max_examples=60, deadline=None)
@given(all_settings)
def test_save_then_load_round_trips(
    tmp_path_factory: pytest.TempPathFactory, value: Settings
) -> None:
    path = tmp_path_factory.mktemp("cfg") / "settings.toml"
    save_settings(path, value)
    assert load_settings(path) == (value, None)


def test_saved_file_is_private_and_folder_created(tmp_path: Path) -> None:
    path = tmp_path / "new" / "settings.toml"
    save_settings(path, DEFAULTS)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_none_values_are_left_out() -> None:
    text = settings_to_toml(DEFAULTS)
    assert "ambient =" not in text
    assert "last_routine" not in text


def _broken(tmp_path: Path, text: str) -> tuple[Path, list[str], Path | None]:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    result = read_settings(path, now=NOW)
    assert result.settings == DEFAULTS
    return path, list(result.problems), result.moved_to


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('theme = "blue"\n', ':1:1: theme: must be one of "system", "light", "dark" (got "blue")'),
        ('lead_in = true\ncues = "yes"\n', ':2:1: cues: must be true or false (got "yes")'),
        ("master_volume = 101\n", ":1:1: master_volume: must be from 0 to 100 (got 101)"),
        (
            "cue_volume = true\n",
            ":1:1: cue_volume: must be a whole number from 0 to 100 (got true)",
        ),
        (
            "ambient_volume = 5.5\n",
            "ambient_volume: must be a whole number from 0 to 100 (got 5.5)",
        ),
        ('ambient = "thunder"\n', 'ambient: must be one of "brown-noise", "rain", "ocean"'),
        ('\n  themme = "dark"\n', ":2:3: themme: unknown setting (known settings: "),
        ('last_routine = "Box Breathing"\n', "last_routine: must be a routine id like"),
        ('recent_routines = ["ok", 3]\n', ":1:1: recent_routines[1]: must be a routine id"),
        ('recent_routines = "box"\n', "recent_routines: must be a list of routine ids"),
        ("checkin_prompts = 0\n", ":1:1: checkin_prompts: must be true or false (got 0)"),
        ('streaks = "on"\n', ':1:1: streaks: must be true or false (got "on")'),
        ("close_to_tray = 1\n", ":1:1: close_to_tray: must be true or false (got 1)"),
        ('autostart = "yes"\n', ':1:1: autostart: must be true or false (got "yes")'),
        ('low_mood_card = "no"\n', ':1:1: low_mood_card: must be true or false (got "no")'),
        ('low_mood_shown = "2026-02-30"\n', 'low_mood_shown: must be a date like "2026-11-23"'),
        ("low_mood_shown = 2026-11-23\n", "low_mood_shown: must be a date like"),
        ('cautions_seen = ["ok", "No"]\n', ":1:1: cautions_seen[1]: must be a routine id"),
        (
            "journal_lock_minutes = 7\n",
            ":1:1: journal_lock_minutes: must be one of 1, 5, 15, 30, 60 (minutes; got 7)",
        ),
        (
            "journal_lock_minutes = true\n",
            "journal_lock_minutes: must be one of 1, 5, 15, 30, 60 (minutes; got true)",
        ),
        (
            'journal_lock_minutes = "5"\n',
            'journal_lock_minutes: must be one of 1, 5, 15, 30, 60 (minutes; got "5")',
        ),
        (
            "journal_lock_minutes = 5.0\n",
            "journal_lock_minutes: must be one of 1, 5, 15, 30, 60 (minutes; got 5.0)",
        ),
        ("language = \n", ":1:12: TOML: Invalid value"),
        ('visual_style = "circle"\nvisual_style = "wave"\n', "TOML: Cannot overwrite a value"),
    ],
)
def test_each_problem_is_located_and_the_file_moved_aside(
    tmp_path: Path, text: str, expected: str
) -> None:
    path, problems, moved = _broken(tmp_path, text)
    assert len(problems) == 1, problems
    assert problems[0].startswith(str(path) + ":")
    assert expected in problems[0]
    assert moved == tmp_path / "settings.toml.broken-20261123T213005Z"
    assert moved.read_text(encoding="utf-8") == text
    assert not path.exists()


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    _, problems, _ = _broken(tmp_path, 'theme = "x"\nlead_in = 1\nnope = 2\n')
    assert [p.split(": ")[1] for p in problems] == ["theme", "lead_in", "nope"]
    assert [p.split(":")[1] for p in problems] == ["1", "2", "3"]


def test_not_utf8_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b'theme = "dark"\nlanguage = "\xff"\n')
    result = read_settings(path, now=NOW)
    assert result.problems == (f"{path}:2:1: file: is not UTF-8 text",)
    assert result.moved_to is not None


def test_moving_aside_never_overwrites_an_earlier_broken_file(tmp_path: Path) -> None:
    earlier = tmp_path / "settings.toml.broken-20261123T213005Z"
    earlier.write_text("first", encoding="utf-8")
    _, _, moved = _broken(tmp_path, "x = 1\n")
    assert moved == tmp_path / "settings.toml.broken-20261123T213005Z-1"
    assert earlier.read_text(encoding="utf-8") == "first"
    assert moved is not None and moved.read_text(encoding="utf-8") == "x = 1\n"


def test_notice_names_the_new_place_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("theme = 1\n", encoding="utf-8")
    loaded, notice = load_settings(path)
    assert loaded == DEFAULTS
    assert notice is not None
    moved = next(tmp_path.glob("settings.toml.broken-*"))
    assert f"The file was moved to {moved}" in notice
    assert f"{path}:1:1: theme:" in notice
    # The next start finds no file: defaults, and no second notice.
    assert load_settings(path) == (DEFAULTS, None)


def test_unmovable_file_blocks_saving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("theme = 1\n", encoding="utf-8")

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tenang.core.settings.move_aside", refuse)
    result = read_settings(path)
    assert not result.can_save
    assert result.notice is not None and "will not save over it" in result.notice
    assert path.read_text(encoding="utf-8") == "theme = 1\n"


def test_with_recent_puts_routine_first_without_duplicates() -> None:
    value = Settings(recent_routines=("a", "b", "c")).with_recent("b")
    assert value.recent_routines == ("b", "a", "c")
    assert value.last_routine == "b"
    many = Settings(recent_routines=tuple(f"r{i}" for i in range(RECENT_LIMIT)))
    assert len(many.with_recent("new").recent_routines) == RECENT_LIMIT


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_parser_never_raises_and_either_accepts_or_explains(text: str) -> None:
    value, problems = parse_settings(text, Path("s.toml"))
    if problems:
        assert value == DEFAULTS
        assert all(p.startswith("s.toml:") for p in problems)
    assert isinstance(value, Settings)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([f.name for f in fields(Settings)]), st.integers() | st.text() | st.booleans()
)
def test_any_single_key_value_is_validated(key: str, value: object) -> None:
    import tomli_w

    text = tomli_w.dumps({key: value})
    parsed, problems = parse_settings(text, Path("s.toml"))
    if problems:
        assert problems[0].startswith(f"s.toml:1:1: {key}")
    else:
        assert getattr(parsed, key) in (value, (value,)) or key == "recent_routines"


@pytest.mark.parametrize(
    ("keys", "defaults"),
    [
        # Before/after prompts are on out of the box; streaks stay off unless asked for.
        (("checkin_prompts", "streaks"), (True, False)),
        # Closing quits and nothing starts at log-in unless the user explicitly asks.
        (("close_to_tray", "autostart"), (False, False)),
    ],
)
def test_defaults_and_their_opposites_load(
    tmp_path: Path, keys: tuple[str, str], defaults: tuple[bool, bool]
) -> None:
    assert tuple(getattr(DEFAULTS, key) for key in keys) == defaults
    path = tmp_path / "settings.toml"
    text = "".join(f"{key} = {str(not d).lower()}\n" for key, d in zip(keys, defaults, strict=True))
    path.write_text(text, encoding="utf-8")
    loaded, notice = load_settings(path)
    assert notice is None
    assert tuple(getattr(loaded, key) for key in keys) == tuple(not d for d in defaults)


def test_low_mood_card_is_on_and_no_caution_is_hidden_by_default(tmp_path: Path) -> None:
    assert (DEFAULTS.low_mood_card, DEFAULTS.low_mood_shown, DEFAULTS.cautions_seen) == (
        True,
        None,
        (),
    )
    path = tmp_path / "settings.toml"
    path.write_text(
        'low_mood_card = false\nlow_mood_shown = "2026-11-20"\n'
        'cautions_seen = ["box-breathing", "box-breathing", "sigh"]\n',
        encoding="utf-8",
    )
    loaded, notice = load_settings(path)
    assert notice is None
    assert loaded.low_mood_card is False
    assert loaded.low_mood_shown == "2026-11-20"
    assert loaded.cautions_seen == ("box-breathing", "sigh")


def test_with_caution_seen_adds_each_routine_once() -> None:
    once = Settings().with_caution_seen("box-breathing")
    assert once.cautions_seen == ("box-breathing",)
    assert once.with_caution_seen("box-breathing") is once
    assert once.with_caution_seen("sigh").cautions_seen == ("box-breathing", "sigh")


def test_the_journal_locks_after_five_idle_minutes_by_default(tmp_path: Path) -> None:
    assert DEFAULTS.journal_lock_minutes == 5
    assert JOURNAL_LOCK_MINUTES == (1, 5, 15, 30, 60)
    path = tmp_path / "settings.toml"
    for minutes in JOURNAL_LOCK_MINUTES:
        path.write_text(f"journal_lock_minutes = {minutes}\n", encoding="utf-8")
        loaded, notice = load_settings(path)
        assert notice is None
        assert loaded.journal_lock_minutes == minutes
