"""The encrypted export: round trip, every kind of damage, hostile headers, the documented code."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journal_fixtures import StepClock
from test_journal_exchange import fill as fill_for_exchange

from tenang.core.journal import Journal, ValidationError
from tenang.core.journal import crypto as crypto_module
from tenang.core.journal import sealed_export as sealed_module
from tenang.core.journal.crypto import DEFAULT_KDF, JournalLocked, KdfParams
from tenang.core.journal.exchange import JournalImportError, export_json
from tenang.core.journal.sealed_export import (
    CHECKSUM_BYTES,
    MAGIC,
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    PREFIX_BYTES,
    TAG_BYTES,
    EncryptedExportError,
    ExportDamaged,
    ExportTooCostly,
    ExportVersionUnknown,
    ExportWrongPassphrase,
    encrypt_export,
    export_encrypted,
    file_is_encrypted_export,
    import_encrypted,
    is_encrypted_export,
    parse_encrypted,
    read_encrypted,
)

FAST = KdfParams(memory_kib=8, iterations=1, lanes=1, checked=False)
PASS = "export passphrase 42"
JOURNAL_PASS = "correct horse battery"
NOTE = 'zebra-note-8812 Pagi 🌅\nsecond line, "quoted" \\ back'
STAMP = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
DOC = Path(__file__).resolve().parents[3] / "docs" / "export-format.md"
SOURCE = "backup.tenang-export"


def fixed_clock() -> datetime:
    return STAMP


def fill(journal: Journal, clock: StepClock) -> None:
    """The exchange tests' journal (every field, a run, another offset), plus an edited note
    and an own tag no entry uses."""
    fill_for_exchange(journal, clock)
    first = journal.list_entries(newest_first=False)[0]
    clock.advance(days=1)
    journal.update_entry(first.id, note=NOTE)
    journal.add_tag("Own Tag Unused")


def snapshot(journal: Journal) -> tuple[object, ...]:
    return journal.list_entries(newest_first=False), journal.list_runs(), journal.custom_tags()


@pytest.fixture
def filled(journal: Journal, clock: StepClock) -> Iterator[Journal]:
    fill(journal, clock)
    yield journal


def sealed(payload: bytes = b'{"format": "tenang-journal"}') -> bytes:
    return encrypt_export(payload, PASS, params=FAST)


SAMPLE = sealed(b"x" * 40)


def header_of(data: bytes) -> dict[str, Any]:
    size = int.from_bytes(data[len(MAGIC) + 1 : PREFIX_BYTES], "big")
    header: dict[str, Any] = json.loads(data[PREFIX_BYTES : PREFIX_BYTES + size])
    return header


def reframe(header: object, body: bytes, *, raw: bytes | None = None, version: int = 1) -> bytes:
    """A file with ``header`` (or ``raw`` header bytes) and a *correct* checksum: what a
    deliberate forger, rather than random damage, would produce."""
    text = raw if raw is not None else json.dumps(header).encode()
    head = MAGIC + bytes((version,)) + len(text).to_bytes(4, "big") + text
    return head + hashlib.sha256(head).digest() + body


def body_of(data: bytes) -> bytes:
    size = int.from_bytes(data[len(MAGIC) + 1 : PREFIX_BYTES], "big")
    return data[PREFIX_BYTES + size + CHECKSUM_BYTES :]


# -- round trip -------------------------------------------------------------------------


def test_round_trip_keeps_every_entry_tag_and_run(
    filled: Journal, tmp_path: Path, clock: StepClock
) -> None:
    data = export_encrypted(filled, PASS, params=FAST, clock=fixed_clock)
    assert is_encrypted_export(data)
    plain = export_json(filled, exported_at=STAMP)
    assert read_encrypted(data, PASS, source=SOURCE) == plain  # the plain producer, unchanged
    for secret in (b"zebra-note-8812", b"Choir", b"Own Tag", b"anxious", b"box-breathing"):
        assert secret not in data
    file = tmp_path / "out.tenang-export"
    file.write_bytes(data)
    assert file_is_encrypted_export(file)
    with Journal.open(tmp_path / "fresh" / "journal.sqlite3", clock=clock) as fresh:
        report = import_encrypted(fresh, file, PASS)
        assert (report.imported, report.runs_imported, report.skipped) == (4, 1, [])
        assert snapshot(fresh) == snapshot(filled)
        assert export_json(fresh, exported_at=STAMP) == plain
        again = import_encrypted(fresh, file, PASS)  # same rules: nothing twice
        assert (again.imported, again.unchanged, again.runs_imported) == (0, 4, 0)
        assert snapshot(fresh) == snapshot(filled)


def test_every_export_has_its_own_key_salt_and_nonces(filled: Journal) -> None:
    first, second = (
        header_of(export_encrypted(filled, PASS, params=FAST, clock=fixed_clock)) for _ in "ab"
    )
    for path in (("kdf", "salt"), ("key", "nonce"), ("key", "wrapped"), ("nonce",)):
        a: Any = first
        b: Any = second
        for key in path:
            a, b = a[key], b[key]
        assert a != b, path
    assert first["kdf"] | {"salt": ""} == {
        "name": "argon2id",
        "memory_kib": 8,
        "iterations": 1,
        "lanes": 1,
        "salt": "",
    }


def test_a_locked_journal_exports_once_unlocked_and_never_while_locked(
    filled: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled.prepare_lock(JOURNAL_PASS, params=FAST)
    assert filled.complete_lock() is True
    data = export_encrypted(filled, PASS, params=FAST, clock=fixed_clock)
    assert read_encrypted(data, PASS, source=SOURCE) == export_json(filled, exported_at=STAMP)
    expected = snapshot(filled)
    filled.lock()

    def no_kdf(*_: object) -> bytearray:
        raise AssertionError("no key may be derived for a locked journal")

    monkeypatch.setattr(crypto_module, "derive", no_kdf)
    with pytest.raises(JournalLocked, match="is locked: enter your passphrase"):
        export_encrypted(filled, PASS, params=FAST)
    # The other way round: an encrypted export imports into a locked journal, unlocked.
    monkeypatch.undo()
    file = tmp_path / "e.tenang-export"
    file.write_bytes(data)
    with Journal.open(tmp_path / "other" / "journal.sqlite3") as other:
        other.prepare_lock(JOURNAL_PASS, params=FAST)
        other.complete_lock()
        other.lock()
        other.unlock(JOURNAL_PASS)
        assert import_encrypted(other, file, PASS).imported == 4
        assert snapshot(other) == expected
    assert b"zebra-note-8812" not in (tmp_path / "other" / "journal.sqlite3").read_bytes()


def test_the_default_parameters_are_the_locks(filled: Journal) -> None:
    data = export_encrypted(filled, PASS, clock=fixed_clock)  # real Argon2id, once
    kdf = header_of(data)["kdf"]
    assert (kdf["memory_kib"], kdf["iterations"], kdf["lanes"]) == (
        DEFAULT_KDF.memory_kib,
        DEFAULT_KDF.iterations,
        DEFAULT_KDF.lanes,
    )
    params = parse_encrypted(data, source=SOURCE).params
    assert (params.memory_kib, params.iterations, params.lanes) == (65536, 3, 4)
    assert read_encrypted(data, PASS, source=SOURCE) == export_json(filled, exported_at=STAMP)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda j: export_encrypted(j, "short", params=FAST), "at least 8 characters"),
        (
            lambda j: export_encrypted(
                j, PASS, params=KdfParams(memory_kib=MAX_MEMORY_KIB + 1, checked=False)
            ),
            "Argon2id memory_kib: asks for 1048577 KiB; Tenang allows at most 1048576",
        ),
    ],
)
def test_bad_export_settings_are_refused(
    journal: Journal, call: Callable[[Journal], bytes], message: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        call(journal)


def test_an_export_too_large_for_one_gcm_call_is_refused_not_cut(
    filled: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sealed_module, "MAX_CONTENT_BYTES", 100)
    with pytest.raises(ValidationError, match=r"too large for one encrypted export .* at most 100"):
        export_encrypted(filled, PASS, params=FAST)


# -- reading: passphrase, damage, versions ------------------------------------------------


def test_wrong_passphrase_names_the_file_and_is_an_import_error() -> None:
    with pytest.raises(ExportWrongPassphrase) as caught:
        read_encrypted(SAMPLE, "not the passphrase", source=SOURCE)
    assert isinstance(caught.value, JournalImportError)  # callers say "nothing was imported"
    assert caught.value.problems == [
        f"{SOURCE}: this passphrase does not open the encrypted export (it is the passphrase "
        "chosen when the export was made, which may differ from the journal's)"
    ]


def test_a_bad_file_imports_nothing(filled: Journal, tmp_path: Path) -> None:
    before = snapshot(filled)
    file = tmp_path / "bad.tenang-export"
    data = bytearray(export_encrypted(filled, PASS, params=FAST))
    data[-1] ^= 1
    file.write_bytes(bytes(data))
    with pytest.raises(ExportDamaged, match=r"bad\.tenang-export: damaged: the passphrase is"):
        import_encrypted(filled, file, PASS)
    with pytest.raises(JournalImportError, match=r"nope: cannot read: No such file"):
        import_encrypted(filled, tmp_path / "nope", PASS)
    assert snapshot(filled) == before


def test_decrypted_content_goes_through_the_plain_import_rules(
    journal: Journal, tmp_path: Path
) -> None:
    document = json.loads(export_json(journal))
    document["entries"] = [{"id": "x"}]
    file = tmp_path / "forged.tenang-export"
    file.write_bytes(encrypt_export(json.dumps(document).encode(), PASS, params=FAST))
    with pytest.raises(JournalImportError) as caught:
        import_encrypted(journal, file, PASS)
    assert f"{file}: entries[0].mood: is missing" in caught.value.problems
    assert journal.count_entries() == 0


def test_a_newer_version_is_refused_clearly() -> None:
    newer = reframe(header_of(SAMPLE), body_of(SAMPLE), version=2)
    with pytest.raises(ExportVersionUnknown) as caught:
        parse_encrypted(newer, source=SOURCE)
    assert str(caught.value) == (
        f"{SOURCE}: format version 2: this Tenang reads encrypted exports of version 1 only "
        "(a newer Tenang may have written it; update Tenang to import it)"
    )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("memory_kib", 100 * 1024 * 1024 * 1024 // 1024, "memory_kib: asks for 104857600 KiB"),
        ("iterations", MAX_ITERATIONS + 1, f"iterations: asks for {MAX_ITERATIONS + 1} passes"),
        ("lanes", MAX_LANES + 1, f"lanes: asks for {MAX_LANES + 1}; Tenang allows at most"),
    ],
)
def test_costly_kdf_parameters_are_refused_before_any_derivation(
    monkeypatch: pytest.MonkeyPatch, field: str, value: int, message: str
) -> None:
    header = header_of(SAMPLE)
    header["kdf"][field] = value
    if field == "lanes":
        header["kdf"]["memory_kib"] = 8 * value
    hostile = reframe(header, body_of(SAMPLE))

    def no_kdf(*_: object) -> bytearray:
        raise AssertionError("Argon2id must not run for a refused file")

    monkeypatch.setattr(crypto_module, "derive", no_kdf)
    with pytest.raises(ExportTooCostly) as caught:
        read_encrypted(hostile, PASS, source=SOURCE)
    text = str(caught.value)
    assert text.startswith(f"{SOURCE}: header.kdf.{message}")
    assert "the file is refused and nothing was read" in text
    if field == "memory_kib":
        assert "at most 1048576 KiB (1 GiB)" in text and "exhaust this computer's memory" in text


def replace_in(path: tuple[str, ...], value: object) -> dict[str, Any]:
    header = header_of(SAMPLE)
    target = header
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return header


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("cipher",), "chacha20", "header.cipher: must be 'aes-256-gcm' (got 'chacha20')"),
        (("content",), ["x"], "header.content: must be 'tenang-journal+json' (got ['x'])"),
        (("kdf", "name"), "scrypt", "header.kdf.name: must be 'argon2id'"),
        (("kdf", "salt"), "!!!!", "header.kdf.salt: must be 16 bytes in base64"),
        (("kdf", "salt"), "AAAA", "header.kdf.salt: must be 16 bytes in base64"),
        (("kdf", "salt"), 7, "header.kdf.salt: must be 16 bytes in base64"),
        (("key", "nonce"), "é", "header.key.nonce: must be 12 bytes in base64"),
        (("key", "wrapped"), "", "header.key.wrapped: must be 48 bytes in base64"),
        (("nonce",), None, "header.nonce: must be 12 bytes in base64"),
        (("kdf", "lanes"), 0, "header.kdf.lanes: must be a whole number of at least 1 (got 0)"),
        (("kdf", "lanes"), True, "header.kdf.lanes: must be a whole number of at least 1"),
        (("kdf", "memory_kib"), 7, "header.kdf.memory_kib: must be a whole number of at least 8"),
        (("kdf", "iterations"), 1.5, "header.kdf.iterations: must be a whole number of at least"),
        (("encrypted_bytes",), 2**40, "header.encrypted_bytes: must be a whole number from 16"),
        (("kdf", "pepper"), "x", "header.kdf: unknown key(s) pepper"),
        (("key",), _DELETE, "header: missing key(s) key"),
        (("key",), [], "header.key: must be a JSON object"),
    ],
)
def test_a_forged_header_is_refused_by_key_path(
    path: tuple[str, ...], value: object, message: str
) -> None:
    forged = reframe(replace_in(path, value), body_of(SAMPLE))
    with pytest.raises(ExportDamaged) as caught:
        parse_encrypted(forged, source=SOURCE)
    assert str(caught.value).startswith(f"{SOURCE}: {message}")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not a Tenang encrypted export"),
        (b'{"format": "tenang-journal"}', "not a Tenang encrypted export"),
        (MAGIC, "truncated: 24 bytes, not even a header"),
        (MAGIC + b"\x01\x00\x00", "truncated: 27 bytes"),
        (MAGIC + b"\x01\x00\x00\x00\x00", "damaged: header length 0"),
        (MAGIC + b"\x01\xff\xff\xff\xff", "damaged: header length 4294967295"),
        (SAMPLE[:100], "truncated: the header says"),
        (SAMPLE[:-1], "truncated: the header announces 56 bytes of encrypted content, the file"),
        (SAMPLE + b"\n", "damaged: the header announces 56 bytes of encrypted content, the file"),
        (reframe(None, b"x" * 16, raw=b"{]"), "header: not a JSON object"),
        (reframe(None, b"x" * 16, raw=b"\xff\xfe"), "header: not a JSON object"),
        (reframe(None, b"x" * 16, raw=b"[" * 2000 + b"]" * 2000), "header: not a JSON object"),
        (reframe([1], b"x" * 16), "header: must be a JSON object"),
    ],
)
def test_broken_files_name_the_file_and_the_problem(data: bytes, message: str) -> None:
    with pytest.raises(ExportDamaged) as caught:
        read_encrypted(data, PASS, source=SOURCE)
    assert str(caught.value).startswith(f"{SOURCE}: {message}")


# -- hypothesis: any bytes, any flipped bit, any forged header ------------------------------


def regions(data: bytes) -> dict[str, range]:
    """Where each part of ``data`` lies, the base64 fields located inside the header."""
    size = int.from_bytes(data[len(MAGIC) + 1 : PREFIX_BYTES], "big")
    header_start, body = PREFIX_BYTES, PREFIX_BYTES + size + CHECKSUM_BYTES
    header = header_of(data)
    found = {}
    for name, text in (
        ("salt", header["kdf"]["salt"]),
        ("key nonce", header["key"]["nonce"]),
        ("wrapped key", header["key"]["wrapped"]),
        ("nonce", header["nonce"]),
    ):
        at = data.index(f'"{text}"'.encode(), header_start) + 1
        found[name] = range(at, at + len(text))
    return {
        "magic": range(0, len(MAGIC)),
        "version": range(len(MAGIC), len(MAGIC) + 1),
        "length": range(len(MAGIC) + 1, PREFIX_BYTES),
        "header": range(header_start, header_start + size),
        **found,
        "checksum": range(header_start + size, body),
        "ciphertext": range(body, len(data) - TAG_BYTES),
        "tag": range(len(data) - TAG_BYTES, len(data)),
    }


REGIONS = regions(SAMPLE)
EXPECTED: dict[str, tuple[type[EncryptedExportError], str]] = {
    "magic": (ExportDamaged, "not a Tenang encrypted export"),
    "version": (ExportVersionUnknown, "format version "),
    "length": (ExportDamaged, ""),  # damaged or truncated, depending on the new length
    "header": (ExportDamaged, "damaged: the header does not match its checksum"),
    "salt": (ExportDamaged, "damaged: the header does not match its checksum"),
    "key nonce": (ExportDamaged, "damaged: the header does not match its checksum"),
    "wrapped key": (ExportDamaged, "damaged: the header does not match its checksum"),
    "nonce": (ExportDamaged, "damaged: the header does not match its checksum"),
    "checksum": (ExportDamaged, "damaged: the header does not match its checksum"),
    "ciphertext": (ExportDamaged, "damaged: the passphrase is right, but the encrypted content"),
    "tag": (ExportDamaged, "damaged: the passphrase is right, but the encrypted content"),
}


def test_the_regions_cover_every_byte_and_each_is_tested() -> None:
    outer = ("magic", "version", "length", "header", "checksum", "ciphertext", "tag")
    assert [i for name in outer for i in REGIONS[name]] == list(range(len(SAMPLE)))
    inner = ("salt", "key nonce", "wrapped key", "nonce")
    assert all(set(REGIONS[name]) < set(REGIONS["header"]) for name in inner)
    assert set(REGIONS) == set(EXPECTED)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_flipped_bit_gives_the_error_of_its_region(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(REGIONS)), label="region")
    position = data.draw(st.sampled_from(REGIONS[name]), label="position")
    bit = data.draw(st.integers(0, 7), label="bit")
    damaged = bytearray(SAMPLE)
    damaged[position] ^= 1 << bit
    kind, start = EXPECTED[name]
    with pytest.raises(EncryptedExportError) as caught:
        read_encrypted(bytes(damaged), PASS, source=SOURCE)
    assert type(caught.value) is kind
    assert str(caught.value).startswith(f"{SOURCE}: {start}")
    if name == "length":
        assert re.match(rf"{SOURCE}: (damaged|truncated): ", str(caught.value))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_region_flipped_once(name: str) -> None:
    """The deterministic twin of the hypothesis test: every region, first byte, low bit."""
    damaged = bytearray(SAMPLE)
    damaged[REGIONS[name][0]] ^= 1
    kind, start = EXPECTED[name]
    with pytest.raises(kind, match=f"^{re.escape(SOURCE)}: {re.escape(start)}"):
        read_encrypted(bytes(damaged), PASS, source=SOURCE)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.binary(max_size=300).map(lambda tail: MAGIC + tail),
        st.binary(max_size=300).map(lambda tail: MAGIC + b"\x01" + tail),
    )
)
def test_any_bytes_are_refused_with_a_message(data: bytes) -> None:
    with pytest.raises(EncryptedExportError) as caught:
        read_encrypted(data, PASS, source=SOURCE)
    assert str(caught.value).startswith(f"{SOURCE}: ")


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(SAMPLE) - 1))
def test_every_truncation_is_refused(length: int) -> None:
    with pytest.raises(ExportDamaged, match=r"not a Tenang|truncated|damaged"):
        read_encrypted(SAMPLE[:length], PASS, source=SOURCE)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats()
    | st.text(max_size=30)
    | st.binary(min_size=1, max_size=60).map(lambda b: base64.b64encode(b).decode()),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=12,
)
FIELDS = [
    ("cipher",),
    ("content",),
    ("encrypted_bytes",),
    ("nonce",),
    ("kdf",),
    ("key",),
    ("kdf", "name"),
    ("kdf", "memory_kib"),
    ("kdf", "iterations"),
    ("kdf", "lanes"),
    ("kdf", "salt"),
    ("key", "nonce"),
    ("key", "wrapped"),
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIELDS), json_values | st.just(_DELETE))
def test_any_forged_field_is_refused_never_a_crash(path: tuple[str, ...], value: object) -> None:
    """A forger who fixes the checksum still gets an error, never a crash or a wrong key."""
    forged = reframe(replace_in(path, value), body_of(SAMPLE))
    real_derive = crypto_module.derive

    def cheap_derive(secret: str, salt: bytes, params: KdfParams) -> bytearray:
        """Allowed parameters up to 1 GiB would be slow here: the real KDF for the real
        parameters, a key that cannot unwrap for any other."""
        return real_derive(secret, salt, params) if params == FAST else bytearray(32)

    with (
        mock.patch.object(crypto_module, "derive", cheap_derive),
        pytest.raises(EncryptedExportError) as caught,
    ):
        read_encrypted(forged, PASS, source=SOURCE)
    assert str(caught.value).startswith(f"{SOURCE}: ")


def test_the_header_bytes_are_authenticated_not_just_its_values() -> None:
    """Same values, other spacing, checksum fixed: only the GCM associated data notices."""
    same = reframe(header_of(SAMPLE), body_of(SAMPLE))  # json.dumps' default ", " and ": "
    assert header_of(same) == header_of(SAMPLE) and same != SAMPLE
    with pytest.raises(ExportDamaged, match="the passphrase is right, but the encrypted content"):
        read_encrypted(same, PASS, source=SOURCE)
    compact = json.dumps(header_of(SAMPLE), separators=(",", ":")).encode()
    assert read_encrypted(reframe(None, body_of(SAMPLE), raw=compact), PASS, source=SOURCE)


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=2000), st.text(min_size=8, max_size=20).filter(lambda s: s.strip()))
def test_any_payload_and_passphrase_round_trip(payload: bytes, passphrase: str) -> None:
    data = encrypt_export(payload, passphrase, params=FAST)
    header = json.dumps(header_of(data), separators=(",", ":")).encode()
    assert len(data) == PREFIX_BYTES + len(header) + CHECKSUM_BYTES + len(payload) + TAG_BYTES
    assert header_of(data)["encrypted_bytes"] == len(payload) + TAG_BYTES
    assert read_encrypted(data, passphrase, source=SOURCE) == payload


# -- the documentation ------------------------------------------------------------------


def doc_blocks(info: str) -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    return re.findall(rf"^```{info}\n(.*?)^```$", text, flags=re.M | re.S)


def test_the_documented_python_decrypts_a_real_export(filled: Journal) -> None:
    (code,) = doc_blocks("python")
    namespace: dict[str, Any] = {}
    exec(compile(code, str(DOC), "exec"), namespace)
    decrypt = namespace["decrypt_export"]
    data = export_encrypted(filled, PASS, params=FAST, clock=fixed_clock)
    assert decrypt(data, PASS) == export_json(filled, exported_at=STAMP)
    from cryptography.exceptions import InvalidTag

    with pytest.raises(InvalidTag):
        decrypt(data, "wrong passphrase")
    for region, message in (("version", "not a version 1"), ("salt", "header is damaged")):
        damaged = bytearray(SAMPLE)
        damaged[REGIONS[region][0]] ^= 1
        with pytest.raises(ValueError, match=message):
            decrypt(bytes(damaged), PASS)
    hostile = replace_in(("kdf", "memory_kib"), MAX_MEMORY_KIB + 1)
    with pytest.raises(ValueError, match="above Tenang's limits"):
        decrypt(reframe(hostile, body_of(SAMPLE)), PASS)


def test_the_documented_header_has_the_real_keys_and_types() -> None:
    (example,) = doc_blocks("json")
    documented, real = json.loads(example), header_of(SAMPLE)

    def shape(value: object) -> object:
        if isinstance(value, dict):
            return {key: shape(inner) for key, inner in value.items()}
        return type(value).__name__

    assert shape(documented) == shape(real)
    assert documented["cipher"] == real["cipher"] and documented["content"] == real["content"]
    assert documented["kdf"]["memory_kib"] == DEFAULT_KDF.memory_kib
    compact = json.dumps(documented, separators=(",", ":")).encode()
    assert len(compact) <= sealed_module.MAX_HEADER_BYTES


def test_the_documented_numbers_are_the_codes() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert f"`{MAGIC.decode().strip()}`" in text and "`0x0A`" in text
    assert f"| 24            | 1    | format version: `{sealed_module.FORMAT_VERSION}`" in text
    assert f"(2 to {sealed_module.MAX_HEADER_BYTES})" in text
    assert f"above {MAX_MEMORY_KIB} KiB (1 GiB), more than {MAX_ITERATIONS} passes" in text
    assert f"or {MAX_LANES} lanes" in text
    assert "`tenang/data-key/export`" in text
