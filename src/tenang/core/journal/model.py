"""The journal's records as frozen values, and the errors the journal raises.

Records are plain data so the GUI, the CLI, exports and tests all share one shape. Times are
aware UTC datetimes plus the UTC offset (minutes) the user's clock had at that moment: the
offset is kept because "what time of day did I feel like this" must survive travel and daylight
saving changes, and UTC alone cannot answer it.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

MOOD_WORDS: dict[int, str] = {1: "awful", 2: "bad", 3: "okay", 4: "good", 5: "great"}
MOOD_WORDS_ID: dict[int, str] = {
    1: "buruk sekali",
    2: "buruk",
    3: "biasa",
    4: "baik",
    5: "sangat baik",
}


class Mood(enum.IntEnum):
    """The five-point mood scale; the numbers are what insights average."""

    AWFUL = 1
    BAD = 2
    OKAY = 3
    GOOD = 4
    GREAT = 5

    @property
    def word(self) -> str:
        return MOOD_WORDS[int(self)]


class EntryKind(enum.StrEnum):
    """Why an entry was written: a free check-in or the two ends of a routine."""

    CHECK_IN = "check_in"
    BEFORE_SESSION = "before_session"
    AFTER_SESSION = "after_session"


@dataclass(frozen=True)
class Entry:
    """One mood entry. ``tags`` are tag keys (see :mod:`tenang.core.journal.tags`)."""

    id: str
    created_at: datetime
    utc_offset_minutes: int
    updated_at: datetime
    mood: Mood
    energy: int | None = None
    tags: tuple[str, ...] = ()
    note: str = ""
    kind: EntryKind = EntryKind.CHECK_IN
    run_id: str | None = None

    @property
    def local_time(self) -> datetime:
        """The wall-clock time the user saw when writing the entry."""
        return local_time(self.created_at, self.utc_offset_minutes)

    @property
    def local_day(self) -> date:
        return self.local_time.date()


@dataclass(frozen=True)
class SessionRun:
    """One run of a routine; stopped runs count too (``completed`` is False)."""

    id: str
    routine_id: str
    title: str
    started_at: datetime
    ended_at: datetime
    utc_offset_minutes: int
    planned_seconds: float
    completed_seconds: float
    cycles_completed: int
    completed: bool

    @property
    def local_day(self) -> date:
        return local_time(self.started_at, self.utc_offset_minutes).date()


@dataclass(frozen=True)
class Tag:
    """A tag with its labels. Built-in tags ship with the app; custom ones are the user's."""

    key: str
    group: str  # "feeling", "activity" or "custom"
    label_en: str
    label_id: str
    builtin: bool

    def label(self, language: str) -> str:
        return self.label_id if language == "id" else self.label_en


class JournalError(Exception):
    """Base of every journal error; its message is written for the user."""


class JournalUnavailable(JournalError):  # noqa: N818 - the name the app and docs use
    """The journal cannot be opened for writing; nothing was written to it.

    ``copy_path`` names the copy of a damaged journal we set aside (None when no copy was
    needed, for example a journal written by a newer Tenang).
    """

    def __init__(self, message: str, *, path: str, copy_path: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.copy_path = copy_path


class JournalWriteError(JournalError):
    """A write failed (full disk, read-only folder, ...); the journal is unchanged."""


class ValidationError(JournalError, ValueError):
    """A value the journal refuses (a mood of 7, an empty tag, ...)."""


_TAG_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f|#]")
MAX_TAG_LENGTH = 40
MAX_NOTE_LENGTH = 100_000


def normalize_tag(text: str) -> str:
    """The key of a tag typed by the user: trimmed, inner spaces collapsed, case-folded.

    ``|`` and ``#`` are refused because exports use them as separators and markers.
    """
    key = " ".join(text.split()).casefold()
    if not key:
        raise ValidationError("a tag cannot be empty")
    if len(key) > MAX_TAG_LENGTH:
        raise ValidationError(f"tag {text!r} is longer than {MAX_TAG_LENGTH} characters")
    if _TAG_FORBIDDEN.search(key):
        raise ValidationError(
            f"tag {text!r} contains a character tags cannot hold (| # or control)"
        )
    return key


def check_mood(value: object) -> Mood:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError(f"mood must be a whole number from 1 to 5 (got {value!r})")
    return Mood(value)


def check_energy(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError(f"energy must be a whole number from 1 to 5 (got {value!r})")
    return value


def check_note(value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"note must be text (got {type(value).__name__})")
    if len(value) > MAX_NOTE_LENGTH:
        raise ValidationError(f"note is longer than {MAX_NOTE_LENGTH} characters")
    return value


def local_time(moment: datetime, offset_minutes: int) -> datetime:
    return moment.astimezone(timezone(timedelta(minutes=offset_minutes)))


def offset_of(moment: datetime) -> int:
    """The UTC offset of an aware datetime, in whole minutes."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValidationError("times must carry a time zone")
    return int(offset.total_seconds() // 60)


def format_utc(moment: datetime) -> str:
    """Fixed-width ISO text with microseconds and ``Z``: sorts as text, reads as text."""
    if moment.tzinfo is None:
        raise ValidationError("times must carry a time zone")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def parse_utc(text: str) -> datetime:
    """Read a stored or exported UTC time; naive times are refused."""
    value = datetime.fromisoformat(text)
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"time {text!r} has no time zone")
    return value if not offset and value.tzinfo is UTC else value.astimezone(UTC)
