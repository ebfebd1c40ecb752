"""Get help: the bundled helplines, chosen for the user's country, and their own contacts.

The bundled list (``assets/help/helplines.toml``) is small on purpose. Every entry was checked
against a public, preferably official, page whose address is kept in ``source`` along with the
date it was ``checked``; a line we could not verify is left out rather than guessed. Tenang never
fetches anything: the addresses are only shown (and copied) so the user can check them.

The user's own trusted contacts (a therapist, a friend) live in ``<data>/contacts.toml`` and are
shown before everything else. That file is written atomically; one that cannot be read whole is
moved aside (never overwritten) exactly like a broken settings file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Final, Literal, TypeGuard

import tomli_w

from tenang.core.atomic import write_atomic
from tenang.core.guides import TOML_POSITION
from tenang.core.paths import UserPaths, ensure_private_dir
from tenang.core.resources import assets_root
from tenang.core.sessions.problems import Problem
from tenang.core.settings import move_aside

INTERNATIONAL: Final = "international"
"""The ``country`` of entries that serve everyone (a directory of helplines)."""
CONTACTS_FILE_NAME: Final = "contacts.toml"
MAX_CONTACTS: Final = 50

Kind = Literal["emergency", "crisis", "support", "directory"]
KINDS: Final[tuple[str, ...]] = ("emergency", "crisis", "support", "directory")

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{1,30}$")
_URL = re.compile(r"^https://\S+$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_ENTRY_KEYS: Final = (
    "country",
    "kind",
    "name",
    "phone",
    "text",
    "website",
    "hours",
    "languages",
    "note",
    "source",
    "checked",
)
_CONTACT_KEYS: Final = ("name", "phone", "email", "website", "note")


@dataclass(frozen=True)
class Localized:
    """A short text in English and Indonesian; lookups fall back to English."""

    en: str
    id: str | None = None

    def get(self, language: str) -> str:
        return self.id if language == "id" and self.id else self.en


@dataclass(frozen=True)
class Helpline:
    country: str
    """ISO 3166-1 alpha-2 code such as ``"ID"``, or :data:`INTERNATIONAL`."""
    kind: Kind
    name: Localized
    hours: Localized
    languages: tuple[str, ...]
    """Languages the line offers; empty when the source does not say (emergency numbers)."""
    source: str
    checked: date
    phone: str | None = None
    text: str | None = None
    """A number to send a text message (SMS) to."""
    website: str | None = None
    note: Localized | None = None

    @property
    def tel_uri(self) -> str | None:
        """``tel:`` link for the phone number (spaces and brackets removed), if there is one."""
        return tel_uri(self.phone) if self.phone else None


@dataclass(frozen=True)
class Contact:
    """One of the user's own trusted contacts."""

    name: str
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    note: str = ""

    @property
    def tel_uri(self) -> str | None:
        return tel_uri(self.phone) if self.phone else None


@dataclass(frozen=True)
class HelpDirectory:
    entries: tuple[Helpline, ...]
    problems: tuple[Problem, ...]

    def countries(self) -> tuple[str, ...]:
        """The countries with entries, for the "change country" menu."""
        return tuple(sorted({e.country for e in self.entries if e.country != INTERNATIONAL}))

    def select(self, country: str | None) -> HelpSelection:
        """The entries for ``country`` (emergency numbers first), then the directory.

        With no entries for the country (or no country) the international directory is all
        there is, and ``fallback`` says so, so the page can say "we have no numbers for your
        country; this directory lists them".
        """
        code = (country or "").upper()
        mine = [e for e in self.entries if e.country == code]
        mine.sort(key=lambda e: KINDS.index(e.kind))
        directory = tuple(e for e in self.entries if e.country == INTERNATIONAL)
        return HelpSelection(code or None, tuple(mine), directory, fallback=not mine)


@dataclass(frozen=True)
class HelpSelection:
    country: str | None
    lines: tuple[Helpline, ...]
    directory: tuple[Helpline, ...]
    fallback: bool

    @property
    def emergency(self) -> tuple[Helpline, ...]:
        return tuple(e for e in self.lines if e.kind == "emergency")

    def ordered(self, contacts: Sequence[Contact] = ()) -> tuple[Contact | Helpline, ...]:
        """What the Get help page lists, in order: the user's contacts first."""
        return (*contacts, *self.lines, *self.directory)


def tel_uri(phone: str) -> str:
    return "tel:" + re.sub(r"[^0-9+]", "", phone)


def country_from_locale(locale_name: str | None) -> str | None:
    """``"id_ID.UTF-8"`` -> ``"ID"``, ``"en-US"`` -> ``"US"``; a bare ``"id"`` -> ``"ID"``.

    Indonesian is spoken as a first language almost only in Indonesia, so a bare ``id`` is
    a safe guess; a bare ``en`` is not (it gives ``None`` and the international directory).
    """
    if not locale_name:
        return None
    base = re.split(r"[.@]", locale_name, maxsplit=1)[0]
    parts = re.split(r"[_-]", base)
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    if parts[0].lower() in ("id", "in"):
        return "ID"
    return None


# -- the bundled directory ----------------------------------------------------------------------


def helplines_file() -> Traversable:
    return assets_root() / "help" / "helplines.toml"


class _Problems:
    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.items: list[Problem] = []
        self._entry_lines = [
            number
            for number, line in enumerate(self.lines, start=1)
            if re.match(r"^\s*\[\[\s*\w+\s*\]\]", line)
        ]

    def line_of(self, index: int | None, key: str) -> int | None:
        """The line of ``key`` inside the ``index``-th ``[[...]]`` table (or the file)."""
        start, stop = 1, len(self.lines) + 1
        if index is not None and index < len(self._entry_lines):
            start = self._entry_lines[index]
            if index + 1 < len(self._entry_lines):
                stop = self._entry_lines[index + 1]
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start, stop):
            if pattern.match(self.lines[number - 1]):
                return number
        return start if index is not None else None

    def add(self, index: int | None, key: str, path: str, message: str) -> None:
        line = self.line_of(index, key)
        self.items.append(Problem(self.path, line, None, path, message))

    def toml_error(self, error: tomllib.TOMLDecodeError) -> None:
        match = TOML_POSITION.match(str(error))
        if match:
            line, col = int(match["line"]), int(match["col"])
            self.items.append(Problem(self.path, line, col, "TOML", match["msg"]))
        else:
            self.items.append(Problem(self.path, 1, None, "TOML", str(error)))


def _is_table(
    raw: object, problems: _Problems, index: int, prefix: str, known: tuple[str, ...]
) -> TypeGuard[dict[str, Any]]:
    """Whether ``raw`` is a table; its unknown keys are reported, and checking goes on."""
    if not isinstance(raw, dict):
        problems.add(index, "", prefix, "must be a table")
        return False
    for key in sorted(set(raw) - set(known)):
        problems.add(index, key, f"{prefix}.{key}", f"unknown key (known: {', '.join(known)})")
    return True


def _localized(problems: _Problems, index: int, key: str, value: object) -> Localized | None:
    prefix = f"entries[{index}].{key}"
    if isinstance(value, str) and value.strip():
        return Localized(value.strip())
    if (
        isinstance(value, dict)
        and set(value) <= {"en", "id"}
        and "en" in value
        and all(isinstance(v, str) and v.strip() for v in value.values())
    ):
        other = value.get("id")
        return Localized(value["en"].strip(), other.strip() if other else None)
    problems.add(index, key, prefix, 'must be text or { en = "...", id = "..." } with English')
    return None


def _entry(problems: _Problems, index: int, raw: object) -> Helpline | None:
    prefix = f"entries[{index}]"
    before = len(problems.items)
    if not _is_table(raw, problems, index, prefix, _ENTRY_KEYS):
        return None
    for key in ("country", "kind", "name", "hours", "source", "checked"):
        if key not in raw:
            problems.add(index, "", f"{prefix}.{key}", "is required")
    country = raw.get("country")
    if country is not None and not (
        isinstance(country, str) and (country == INTERNATIONAL or _COUNTRY.match(country))
    ):
        problems.add(
            index, "country", f"{prefix}.country",
            f'must be an ISO code like "ID" or "{INTERNATIONAL}" (got {country!r})',
        )  # fmt: skip
    kind = raw.get("kind")
    if kind is not None and kind not in KINDS:
        problems.add(index, "kind", f"{prefix}.kind", f"must be one of {', '.join(KINDS)}")
    name = _localized(problems, index, "name", raw["name"]) if "name" in raw else None
    hours = _localized(problems, index, "hours", raw["hours"]) if "hours" in raw else None
    note = _localized(problems, index, "note", raw["note"]) if "note" in raw else None
    phone, text, website = raw.get("phone"), raw.get("text"), raw.get("website")
    for key, value in (("phone", phone), ("text", text)):
        if value is not None and not (isinstance(value, str) and _PHONE.match(value)):
            problems.add(index, key, f"{prefix}.{key}", f"must be a phone number (got {value!r})")
    for key, value in (("website", website), ("source", raw.get("source"))):
        if value is not None and not (isinstance(value, str) and _URL.match(value)):
            problems.add(
                index, key, f"{prefix}.{key}", f"must be an https:// address (got {value!r})"
            )
    if phone is None and text is None and website is None:
        problems.add(index, "", prefix, "needs at least one of phone, text or website")
    languages = raw.get("languages")
    if languages is not None and not (
        isinstance(languages, list)
        and languages
        and all(isinstance(v, str) and _LANG.match(v) for v in languages)
    ):
        problems.add(
            index, "languages", f"{prefix}.languages", 'must be a list of codes like ["en", "id"]'
        )
    checked = raw.get("checked")
    if checked is not None and (isinstance(checked, datetime) or not isinstance(checked, date)):
        problems.add(index, "checked", f"{prefix}.checked", "must be a date like 2026-11-23")
    if len(problems.items) > before or name is None or hours is None:
        return None
    return Helpline(
        country=str(country),
        kind=kind,  # type: ignore[arg-type]  # checked against KINDS above
        name=name,
        hours=hours,
        languages=tuple(languages or ()),
        source=str(raw["source"]),
        checked=checked,  # type: ignore[arg-type]  # checked above
        phone=phone,
        text=text,
        website=website,
        note=note,
    )


def parse_helplines(text: str, path: str) -> HelpDirectory:
    problems = _Problems(path, text)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problems.toml_error(error)
        return HelpDirectory((), tuple(problems.items))
    for key in sorted(set(document) - {"format", "entries"}):
        problems.add(None, key, key, "unknown key (known: format, entries)")
    if document.get("format") != 1:
        problems.add(None, "format", "format", "must be 1")
    raw_entries = document.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        problems.add(None, "entries", "entries", "must be a non-empty list of [[entries]]")
        return HelpDirectory((), tuple(problems.items))
    entries = [_entry(problems, i, raw) for i, raw in enumerate(raw_entries)]
    return HelpDirectory(tuple(e for e in entries if e is not None), tuple(problems.items))


def load_helplines(file: Traversable | Path | None = None) -> HelpDirectory:
    """Load the bundled helplines; problems are reported, good entries still load."""
    source = helplines_file() if file is None else file
    try:
        text = source.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return HelpDirectory(
            (), (Problem(str(source), 1, None, "file", f"cannot be read ({error})"),)
        )
    return parse_helplines(text, "help/helplines.toml" if file is None else str(source))


# -- the user's own contacts --------------------------------------------------------------------


@dataclass(frozen=True)
class ContactsLoad:
    contacts: tuple[Contact, ...]
    problems: tuple[Problem, ...] = ()
    moved_to: Path | None = None
    """Where an unusable file was moved; the GUI tells the user once."""
    move_error: str | None = None

    @property
    def can_save(self) -> bool:
        """Saving over a file that could not be moved aside would lose it."""
        return not self.problems or self.moved_to is not None


def contacts_path(paths: UserPaths) -> Path:
    return paths.data_dir / CONTACTS_FILE_NAME


def _contact(problems: _Problems, index: int, raw: object) -> Contact | None:
    prefix = f"contacts[{index}]"
    before = len(problems.items)
    if not _is_table(raw, problems, index, prefix, _CONTACT_KEYS):
        return None
    values: dict[str, str] = {}
    for key in _CONTACT_KEYS:
        value = raw.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or len(value) > 500:
            problems.add(index, key, f"{prefix}.{key}", "must be text (at most 500 characters)")
            continue
        values[key] = value.strip()
    if not values.get("name"):
        problems.add(index, "name", f"{prefix}.name", "is required")
    if not any(values.get(k) for k in ("phone", "email", "website")):
        problems.add(index, "", prefix, "needs at least one of phone, email or website")
    if len(problems.items) > before:
        return None
    return Contact(
        name=values["name"],
        phone=values.get("phone") or None,
        email=values.get("email") or None,
        website=values.get("website") or None,
        note=values.get("note", ""),
    )


def parse_contacts(text: str, path: str) -> tuple[tuple[Contact, ...], tuple[Problem, ...]]:
    """All contacts or none: a file with any problem is treated as unusable, like settings."""
    problems = _Problems(path, text)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        problems.toml_error(error)
        return (), tuple(problems.items)
    for key in sorted(set(document) - {"format", "contacts"}):
        problems.add(None, key, key, "unknown key (known: format, contacts)")
    if document.get("format", 1) != 1:
        problems.add(None, "format", "format", "must be 1")
    raw = document.get("contacts", [])
    if not isinstance(raw, list):
        problems.add(None, "contacts", "contacts", "must be a list of [[contacts]]")
        return (), tuple(problems.items)
    if len(raw) > MAX_CONTACTS:
        problems.add(None, "contacts", "contacts", f"at most {MAX_CONTACTS} contacts")
    contacts = [_contact(problems, i, item) for i, item in enumerate(raw)]
    if problems.items:
        return (), tuple(problems.items)
    return tuple(c for c in contacts if c is not None), ()


def read_contacts(path: Path, now: datetime | None = None) -> ContactsLoad:
    """The user's contacts; a missing file is none, a broken one is moved aside."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ContactsLoad(())
    except OSError as error:
        problem = Problem(str(path), 1, None, "file", f"cannot be read ({error.strerror or error})")
        return ContactsLoad((), (problem,), None, "it could not be read")
    try:
        contacts, problems = parse_contacts(raw.decode("utf-8"), str(path))
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems = (Problem(str(path), line, None, "file", "is not UTF-8 text"),)
        contacts = ()
    if not problems:
        return ContactsLoad(contacts)
    try:
        moved = move_aside(path, now)
    except OSError as error:
        return ContactsLoad((), problems, None, error.strerror or str(error))
    return ContactsLoad((), problems, moved)


def contacts_to_toml(contacts: Sequence[Contact]) -> str:
    items: list[Mapping[str, str]] = []
    for contact in contacts:
        item = {"name": contact.name}
        for key in ("phone", "email", "website"):
            value = getattr(contact, key)
            if value:
                item[key] = value
        if contact.note:
            item["note"] = contact.note
        items.append(item)
    return tomli_w.dumps({"format": 1, "contacts": items})


def save_contacts(path: Path, contacts: Sequence[Contact]) -> None:
    """Write ``contacts`` atomically (0600), creating the data folder (0700) if needed."""
    ensure_private_dir(path.parent)
    header = "# Tenang: your own trusted contacts, shown first on the Get help page.\n"
    write_atomic(path, (header + contacts_to_toml(contacts)).encode("utf-8"))
