"""The built-in tags: feelings and activities, in English and Indonesian.

Built-in tags live here, not in the database, so a new label or a fixed translation reaches
every user with an update. The user's own tags are stored in the journal (``tags`` table).
Keys are stable English words; never rename one (entries refer to tags by key).
"""

from __future__ import annotations

from tenang.core.journal.model import Tag

_FEELINGS: tuple[tuple[str, str, str], ...] = (
    ("calm", "Calm", "Tenang"),
    ("happy", "Happy", "Senang"),
    ("grateful", "Grateful", "Bersyukur"),
    ("hopeful", "Hopeful", "Penuh harapan"),
    ("content", "Content", "Puas"),
    ("anxious", "Anxious", "Cemas"),
    ("stressed", "Stressed", "Stres"),
    ("sad", "Sad", "Sedih"),
    ("angry", "Angry", "Marah"),
    ("lonely", "Lonely", "Kesepian"),
    ("tired", "Tired", "Lelah"),
    ("restless", "Restless", "Gelisah"),
    ("overwhelmed", "Overwhelmed", "Kewalahan"),
)

_ACTIVITIES: tuple[tuple[str, str, str], ...] = (
    ("work", "Work", "Kerja"),
    ("study", "Study", "Belajar"),
    ("family", "Family", "Keluarga"),
    ("friends", "Friends", "Teman"),
    ("exercise", "Exercise", "Olahraga"),
    ("walk", "Walk", "Jalan kaki"),
    ("nature", "Nature", "Alam"),
    ("sleep", "Good sleep", "Tidur nyenyak"),
    ("poor-sleep", "Poor sleep", "Kurang tidur"),
    ("meal", "Good meal", "Makan enak"),
    ("prayer", "Prayer", "Ibadah"),
    ("reading", "Reading", "Membaca"),
    ("music", "Music", "Musik"),
    ("screen-time", "Screen time", "Layar gawai"),
    ("commute", "Commute", "Perjalanan"),
)

BUILTIN_TAGS: tuple[Tag, ...] = tuple(
    Tag(key, "feeling", en, id_, builtin=True) for key, en, id_ in _FEELINGS
) + tuple(Tag(key, "activity", en, id_, builtin=True) for key, en, id_ in _ACTIVITIES)

BUILTIN_BY_KEY: dict[str, Tag] = {tag.key: tag for tag in BUILTIN_TAGS}

_BY_LABEL: dict[str, str] = {
    label.casefold(): tag.key for tag in BUILTIN_TAGS for label in (tag.label_en, tag.label_id)
}


def builtin_key_for(key: str) -> str | None:
    """The built-in tag a normalised text names, by key or by either label (``tenang``→calm)."""
    if key in BUILTIN_BY_KEY:
        return key
    return _BY_LABEL.get(key)
