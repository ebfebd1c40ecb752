"""Get help data: the bundled directory, choosing by country, and the user's own contacts."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tenang.core.helplines import (
    INTERNATIONAL,
    Contact,
    Helpline,
    contacts_path,
    contacts_to_toml,
    country_from_locale,
    helplines_file,
    load_helplines,
    parse_contacts,
    parse_helplines,
    read_contacts,
    save_contacts,
)
from tenang.core.paths import resolve_paths


def test_bundled_directory_loads_and_every_entry_is_sourced_and_dated() -> None:
    directory = load_helplines()
    assert [str(p) for p in directory.problems] == []
    assert helplines_file().is_file()
    raw = helplines_file().read_text(encoding="utf-8")
    assert len(directory.entries) == raw.count("[[entries]]")
    for entry in directory.entries:
        assert entry.source.startswith("https://"), entry
        assert isinstance(entry.checked, date) and entry.checked <= date(2026, 12, 31), entry
        assert entry.phone or entry.text or entry.website, entry
        assert entry.hours.en and entry.name.en, entry
        assert entry.languages or entry.kind == "emergency", entry


def test_bundled_directory_covers_what_the_issue_asks_for() -> None:
    directory = load_helplines()
    for country in ("ID", "US", "GB", "AU", "CA", "NZ", "IE"):
        selection = directory.select(country)
        assert not selection.fallback, country
        assert selection.emergency, country
        assert any(e.kind == "crisis" for e in selection.lines), country
    assert directory.select(None).directory
    assert all(e.country == INTERNATIONAL for e in directory.select(None).directory)


@pytest.mark.parametrize(
    ("locale_name", "country"),
    [
        ("id_ID", "ID"),
        ("id_ID.UTF-8", "ID"),
        ("en_US", "US"),
        ("en-GB", "GB"),
        ("en_AU.utf8@euro", "AU"),
        ("id", "ID"),
        ("en", None),
        ("C", None),
        ("", None),
        (None, None),
        ("zh_Hans_CN", "CN"),
    ],
)
def test_country_from_locale(locale_name: str | None, country: str | None) -> None:
    assert country_from_locale(locale_name) == country


def test_selection_for_indonesian_and_english_locales() -> None:
    directory = load_helplines()
    indonesia = directory.select(country_from_locale("id_ID"))
    assert indonesia.country == "ID" and not indonesia.fallback
    assert indonesia.lines[0].kind == "emergency"
    assert "112" in {e.phone for e in indonesia.emergency}
    us = directory.select(country_from_locale("en_US"))
    assert us.country == "US"
    assert {e.phone for e in us.lines} >= {"911", "988"}
    assert us.directory, "the international directory is always offered too"


def test_unknown_country_falls_back_to_the_international_directory() -> None:
    directory = load_helplines()
    for code in ("FR", None, "zz"):
        selection = directory.select(code)
        assert selection.fallback
        assert selection.lines == ()
        assert [e.website for e in selection.directory] == ["https://findahelpline.com"]


def test_tel_uri_strips_spaces() -> None:
    samaritans = next(e for e in load_helplines().select("GB").lines if e.phone == "116 123")
    assert samaritans.tel_uri == "tel:116123"
    assert Contact("Ana", phone="+62 (21) 555-0101").tel_uri == "tel:+62215550101"


ENTRY = """format = 1

[[entries]]
country = "ID"
kind = "crisis"
name = { en = "Line", id = "Layanan" }
phone = "119"
hours = "24/7"
languages = ["id"]
source = "https://example.org/source"
checked = 2026-11-23
"""


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('source = "https://example.org/source"\n', "", "x.toml:3: entries[0].source: is required"),
        (
            "checked = 2026-11-23",
            'checked = "2026-11-23"',
            "x.toml:11: entries[0].checked: must be a date",
        ),
        ("checked = 2026-11-23", "checked = 2026-11-23T10:00:00Z", "x.toml:11: entries[0].checked"),
        (
            'phone = "119"\n',
            "",
            "x.toml:3: entries[0]: needs at least one of phone, text or website",
        ),
        (
            'phone = "119"',
            'phone = "call us"',
            "x.toml:7: entries[0].phone: must be a phone number",
        ),
        (
            'country = "ID"',
            'country = "Indonesia"',
            "x.toml:4: entries[0].country: must be an ISO code",
        ),
        ('kind = "crisis"', 'kind = "hotline"', "x.toml:5: entries[0].kind: must be one of"),
        (
            'source = "https://',
            'source = "http://',
            "x.toml:10: entries[0].source: must be an https://",
        ),
        (
            'hours = "24/7"',
            'hours = { id = "24 jam" }',
            "x.toml:8: entries[0].hours: must be text or",
        ),
        ('languages = ["id"]', "languages = []", "x.toml:9: entries[0].languages: must be a list"),
        ('phone = "119"', 'phone = "119"\nfax = "1"', "x.toml:8: entries[0].fax: unknown key"),
        ("format = 1", "format = 2", "x.toml:1: format: must be 1"),
        ("kind =", "kind ==", "x.toml:5:7: TOML: "),
    ],
)
def test_bad_entries_are_reported_with_file_line_and_key(old: str, new: str, expected: str) -> None:
    assert old in ENTRY
    directory = parse_helplines(ENTRY.replace(old, new), "x.toml")
    messages = [str(p) for p in directory.problems]
    assert any(m.startswith(expected) for m in messages), messages
    if not expected.startswith("x.toml:1: format"):
        assert directory.entries == ()


def test_good_entry_parses_fully() -> None:
    directory = parse_helplines(ENTRY, "x.toml")
    assert directory.problems == ()
    (entry,) = directory.entries
    assert entry == Helpline(
        country="ID",
        kind="crisis",
        name=entry.name,
        hours=entry.hours,
        languages=("id",),
        source="https://example.org/source",
        checked=date(2026, 11, 23),
        phone="119",
    )
    assert entry.name.get("id") == "Layanan" and entry.name.get("en") == "Line"
    assert entry.hours.get("id") == "24/7"


@settings(max_examples=100)
@given(st.text())
def test_helpline_parser_never_raises(text: str) -> None:
    directory = parse_helplines(text, "x.toml")
    assert directory.entries or directory.problems


# -- contacts -------------------------------------------------------------------------------------


def test_contacts_path_is_in_the_data_folder(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d")
    assert contacts_path(paths) == tmp_path / "d" / "contacts.toml"


def test_contacts_round_trip_private_and_first(tmp_path: Path) -> None:
    path = tmp_path / "data" / "contacts.toml"
    contacts = (
        Contact("Dr. Sari (psikolog)", phone="+62 812 0000 0000", note="Selasa & Kamis"),
        Contact("Budi", email="budi@example.org"),
    )
    save_contacts(path, contacts)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = read_contacts(path)
    assert loaded.problems == () and loaded.contacts == contacts
    page = load_helplines().select("ID").ordered(loaded.contacts)
    assert page[:2] == contacts
    assert isinstance(page[2], Helpline)


def test_missing_contacts_file_is_empty(tmp_path: Path) -> None:
    assert read_contacts(tmp_path / "contacts.toml").contacts == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("contacts = [", ":1:"),
        ('[[contacts]]\nname = "A"\n', ":1: contacts[0]: needs at least one of phone, email"),
        ('[[contacts]]\nphone = "1"\n', ":1: contacts[0].name: is required"),
        ('[[contacts]]\nname = "A"\nphone = 12\n', ":3: contacts[0].phone: must be text"),
        ('[[contacts]]\nname = "A"\nphone = "1"\nfax = "2"\n', ":4: contacts[0].fax: unknown key"),
        ("friends = []\n", ":1: friends: unknown key"),
    ],
)
def test_broken_contacts_file_is_moved_aside_and_explained(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "contacts.toml"
    path.write_text(text, encoding="utf-8")
    result = read_contacts(path, now=datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    assert result.contacts == ()
    assert any(expected in str(p) for p in result.problems), result.problems
    assert str(result.problems[0]).startswith(str(path))
    assert result.moved_to == tmp_path / "contacts.toml.broken-20261123T120000Z"
    assert result.moved_to.read_text(encoding="utf-8") == text
    assert not path.exists() and result.can_save


def test_non_utf8_contacts_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "contacts.toml"
    path.write_bytes(b'[[contacts]]\nname = "\xff"\n')
    result = read_contacts(path)
    assert [str(p) for p in result.problems] == [f"{path}:2: file: is not UTF-8 text"]
    assert result.moved_to is not None and result.moved_to.exists()


_field = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.builds(
            Contact,
            name=_field,
            phone=_field,
            email=st.none() | _field,
            website=st.none() | _field,
            note=st.just("") | _field,
        ),
        max_size=5,
    )
)
def test_generated_contacts_round_trip_through_toml(contacts: list[Contact]) -> None:
    parsed, problems = parse_contacts(contacts_to_toml(contacts), "c.toml")
    assert problems == ()
    assert parsed == tuple(contacts)
