"""The encrypted export: a Tenang JSON export sealed with a passphrase, same scheme as the lock.

Exports of a locked journal are otherwise plain files (see ``exchange.PLAIN_EXPORT_WARNING``).
This one is not: the Tenang JSON that :func:`exchange.export_json` writes is encrypted with a
fresh random 256-bit *file key* under AES-256-GCM, and the file key is wrapped (AES-256-GCM
again) by a key derived from an *export passphrase* with Argon2id, exactly as the lock wraps
its data key (``crypto.wrap_key``, slot ``"export"``). The export passphrase may differ from
the journal's: the file is meant to travel.

The layout (docs/export-format.md gives it byte by byte, with a decryption example)::

    magic "tenang-encrypted-export\\n" (24) | version (1) | header length N (4, big-endian)
    | header: N bytes of UTF-8 JSON | SHA-256 of everything before it (32)
    | AES-256-GCM ciphertext of the Tenang JSON, 16-byte tag last

Why a small JSON header and a binary body, not all-JSON with base64: the associated data has
to be the header *exactly as stored*, and with a binary body it simply is every byte before
the ciphertext, so nobody has to re-serialise JSON canonically to check it (a classic source
of verification bugs). The body stays binary (base64 would add a third to an export that can
reach tens of megabytes), and the header stays readable with ``head -c 400``.

The SHA-256 is not a security measure (the GCM tag is): it lets a damaged header be reported
as damage *before* a passphrase is asked for, instead of being indistinguishable from a wrong
passphrase (a changed salt or Argon2id parameter also makes the right passphrase fail).

Reading trusts nothing in the file: every length is checked against the bytes present, and
the Argon2id parameters are capped (:data:`MAX_MEMORY_KIB`, :data:`MAX_ITERATIONS`,
:data:`MAX_LANES`) so a crafted file cannot make us allocate 100 GB or spin for an hour.
Every failure is an :class:`EncryptedExportError`, a :class:`JournalImportError` whose single
problem names the file; the callers add "nothing was imported", as for a plain import.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from tenang.core.journal.crypto import (
    DEFAULT_KDF,
    KEY_BYTES,
    NONCE_BYTES,
    SALT_BYTES,
    KdfParams,
    WrappedKey,
    WrongSecret,
    new_data_key,
    unwrap_key,
    wipe,
    wrap_key,
)
from tenang.core.journal.exchange import (
    ImportReport,
    JournalImportError,
    export_json,
    import_tenang_data,
)
from tenang.core.journal.model import ValidationError
from tenang.core.journal.store import Journal, check_passphrase

MAGIC: Final = b"tenang-encrypted-export\n"
FORMAT_VERSION: Final = 1
SLOT: Final = "export"
"""The wrap's slot name: its associated data is ``tenang/data-key/export`` (``crypto``)."""
CIPHER: Final = "aes-256-gcm"
KDF_NAME: Final = "argon2id"
CONTENT: Final = "tenang-journal+json"
"""What the ciphertext holds: a Tenang JSON export (docs/journal.md), version inside it."""

TAG_BYTES: Final = 16
CHECKSUM_BYTES: Final = 32
PREFIX_BYTES: Final = len(MAGIC) + 1 + 4
MAX_HEADER_BYTES: Final = 4096
MAX_CONTENT_BYTES: Final = 2**31 - 1
"""The most one AES-GCM call of ``cryptography`` takes; a bigger export is refused, not cut."""

MAX_MEMORY_KIB: Final = 1024 * 1024
"""Argon2id memory accepted from a file: 1 GiB, 16 times the default."""
MAX_ITERATIONS: Final = 10
MAX_LANES: Final = 16

_HEADER_KEYS: Final = ("cipher", "content", "encrypted_bytes", "kdf", "key", "nonce")
_KDF_KEYS: Final = ("iterations", "lanes", "memory_kib", "name", "salt")
_KEY_KEYS: Final = ("nonce", "wrapped")


class EncryptedExportError(JournalImportError):
    """An encrypted export could not be opened; nothing was imported. One problem, one file."""

    def __init__(self, problem: str) -> None:
        super().__init__([problem])


class ExportDamaged(EncryptedExportError):  # noqa: N818 - reads as what happened
    """Not an encrypted export, truncated, or changed after it was written."""


class ExportWrongPassphrase(EncryptedExportError):  # noqa: N818
    """The passphrase does not unwrap the file key (the header itself is intact)."""


class ExportVersionUnknown(EncryptedExportError):  # noqa: N818
    """A format version this Tenang does not read (a newer Tenang wrote it)."""


class ExportTooCostly(EncryptedExportError):  # noqa: N818
    """The header asks for more Argon2id memory, passes or lanes than we allow."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def check_cost(params: KdfParams) -> str | None:
    """Why ``params`` exceed the caps a reader accepts, or None; writers obey them too."""
    if params.memory_kib > MAX_MEMORY_KIB:
        return (
            f"memory_kib: asks for {params.memory_kib} KiB; Tenang allows at most "
            f"{MAX_MEMORY_KIB} KiB (1 GiB) so that a file cannot exhaust this computer's memory"
        )
    if params.iterations > MAX_ITERATIONS:
        return (
            f"iterations: asks for {params.iterations} passes; Tenang allows at most "
            f"{MAX_ITERATIONS} so that opening a file cannot take minutes"
        )
    if params.lanes > MAX_LANES:
        return f"lanes: asks for {params.lanes}; Tenang allows at most {MAX_LANES}"
    return None


# -- writing ----------------------------------------------------------------------------


def encrypt_export(
    plain: bytes, passphrase: str, *, params: KdfParams = DEFAULT_KDF, source: str = "export"
) -> bytes:
    """Seal ``plain`` (a Tenang JSON export) into the encrypted format under ``passphrase``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    too_costly = check_cost(params)
    if too_costly:
        raise ValidationError(f"Argon2id {too_costly}")
    if len(plain) > MAX_CONTENT_BYTES:
        raise ValidationError(
            f"{source}: the journal is too large for one encrypted export "
            f"({len(plain)} bytes; at most {MAX_CONTENT_BYTES}). Nothing was written."
        )
    file_key = new_data_key()
    try:
        wrapped = wrap_key(file_key, passphrase, SLOT, params)
        nonce = os.urandom(NONCE_BYTES)
        header = {
            "cipher": CIPHER,
            "content": CONTENT,
            "encrypted_bytes": len(plain) + TAG_BYTES,
            "kdf": {
                "name": KDF_NAME,
                "memory_kib": params.memory_kib,
                "iterations": params.iterations,
                "lanes": params.lanes,
                "salt": _b64(wrapped.salt),
            },
            "key": {"nonce": _b64(wrapped.nonce), "wrapped": _b64(wrapped.wrapped)},
            "nonce": _b64(nonce),
        }
        text = json.dumps(header, separators=(",", ":")).encode("ascii")
        head = MAGIC + bytes((FORMAT_VERSION,)) + len(text).to_bytes(4, "big") + text
        associated = head + hashlib.sha256(head).digest()
        return associated + AESGCM(bytes(file_key)).encrypt(nonce, plain, associated)
    finally:
        wipe(file_key)


def export_encrypted(
    journal: Journal,
    passphrase: str,
    *,
    params: KdfParams = DEFAULT_KDF,
    clock: Callable[[], datetime] = _utc_now,
) -> bytes:
    """The whole journal as an encrypted Tenang JSON export (docs/export-format.md).

    The content is :func:`exchange.export_json`'s, byte for byte. A locked journal without
    its key raises ``JournalLocked`` before any key is derived; ``passphrase`` must pass the
    journal's own rule for new passphrases (at least 8 characters).
    """
    check_passphrase(passphrase)
    plain = export_json(journal, exported_at=clock())
    return encrypt_export(plain, passphrase, params=params, source=str(journal.path))


# -- reading ----------------------------------------------------------------------------


def is_encrypted_export(data: bytes) -> bool:
    """True when ``data`` starts like an encrypted export (how import tells the two apart)."""
    return data.startswith(MAGIC)


def file_is_encrypted_export(path: Path) -> bool:
    """Whether the file starts with :data:`MAGIC`; an unreadable file is left to the import."""
    try:
        with Path(path).open("rb") as handle:
            return is_encrypted_export(handle.read(len(MAGIC)))
    except OSError:
        return False


@dataclass(frozen=True)
class EncryptedExport:
    """A checked header and its ciphertext: everything but the passphrase is verified."""

    source: str
    params: KdfParams
    wrapped: WrappedKey
    nonce: bytes
    associated: bytes
    ciphertext: bytes

    def decrypt(self, passphrase: str) -> bytes:
        """The Tenang JSON inside, or :class:`ExportWrongPassphrase` / :class:`ExportDamaged`."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            file_key = unwrap_key(self.wrapped, passphrase)
        except WrongSecret:
            raise ExportWrongPassphrase(
                f"{self.source}: this passphrase does not open the encrypted export (it is the "
                "passphrase chosen when the export was made, which may differ from the "
                "journal's)"
            ) from None
        try:
            return AESGCM(bytes(file_key)).decrypt(self.nonce, self.ciphertext, self.associated)
        except InvalidTag:
            raise ExportDamaged(
                f"{self.source}: damaged: the passphrase is right, but the encrypted content "
                "does not authenticate; the file was changed or damaged after it was written"
            ) from None
        finally:
            wipe(file_key)


def parse_encrypted(data: bytes, *, source: str) -> EncryptedExport:
    """Check everything in an encrypted export that needs no passphrase (cheap, no Argon2id)."""
    if not is_encrypted_export(data):
        raise ExportDamaged(
            f"{source}: not a Tenang encrypted export (it does not start with "
            f'"tenang-encrypted-export")'
        )
    if len(data) < PREFIX_BYTES:
        raise ExportDamaged(f"{source}: truncated: {len(data)} bytes, not even a header")
    version = data[len(MAGIC)]
    if version != FORMAT_VERSION:
        raise ExportVersionUnknown(
            f"{source}: format version {version}: this Tenang reads encrypted exports of "
            f"version {FORMAT_VERSION} only (a newer Tenang may have written it; update "
            "Tenang to import it)"
        )
    size = int.from_bytes(data[len(MAGIC) + 1 : PREFIX_BYTES], "big")
    body = PREFIX_BYTES + size + CHECKSUM_BYTES
    if not 2 <= size <= MAX_HEADER_BYTES:
        raise ExportDamaged(
            f"{source}: damaged: header length {size} (a header has 2 to {MAX_HEADER_BYTES} bytes)"
        )
    if len(data) < body + TAG_BYTES:
        raise ExportDamaged(
            f"{source}: truncated: the header says {size} bytes but the file ends before "
            "the header, its checksum and the encrypted content"
        )
    head = data[: PREFIX_BYTES + size]
    if hashlib.sha256(head).digest() != data[PREFIX_BYTES + size : body]:
        raise ExportDamaged(
            f"{source}: damaged: the header does not match its checksum (the file was "
            "changed or damaged after it was written)"
        )
    fields = _Header(source, data[PREFIX_BYTES : PREFIX_BYTES + size])
    expected = fields.integer(
        fields.document, "encrypted_bytes", "header", TAG_BYTES, MAX_CONTENT_BYTES + TAG_BYTES
    )
    if len(data) - body != expected:
        shortfall = "truncated" if len(data) - body < expected else "damaged"
        raise ExportDamaged(
            f"{source}: {shortfall}: the header announces {expected} bytes of encrypted "
            f"content, the file holds {len(data) - body}"
        )
    return EncryptedExport(
        source=source,
        params=fields.params,
        wrapped=WrappedKey(SLOT, fields.salt, fields.params, fields.key_nonce, fields.wrapped),
        nonce=fields.nonce,
        associated=data[:body],
        ciphertext=data[body:],
    )


class _Header:
    """The version-1 header, read strictly: exact keys, exact types, exact byte lengths."""

    def __init__(self, source: str, raw: bytes) -> None:
        self.source = source
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise self._damaged("header", "not a JSON object") from None
        self.document = self.keys(document, "header", _HEADER_KEYS)
        self.literal(self.document, "cipher", "header", CIPHER)
        self.literal(self.document, "content", "header", CONTENT)
        kdf = self.keys(self.document["kdf"], "header.kdf", _KDF_KEYS)
        self.literal(kdf, "name", "header.kdf", KDF_NAME)
        lanes = self.integer(kdf, "lanes", "header.kdf", 1)
        params = KdfParams(
            memory_kib=self.integer(kdf, "memory_kib", "header.kdf", 8 * lanes),
            iterations=self.integer(kdf, "iterations", "header.kdf", 1),
            lanes=lanes,
            checked=False,  # weak parameters only weaken that file, and tests write them
        )
        too_costly = check_cost(params)
        if too_costly:
            raise ExportTooCostly(
                f"{source}: header.kdf.{too_costly}; the file is refused and nothing was read"
            )
        self.params = params
        self.salt = self.binary(kdf, "salt", "header.kdf", SALT_BYTES)
        key = self.keys(self.document["key"], "header.key", _KEY_KEYS)
        self.key_nonce = self.binary(key, "nonce", "header.key", NONCE_BYTES)
        self.wrapped = self.binary(key, "wrapped", "header.key", KEY_BYTES + TAG_BYTES)
        self.nonce = self.binary(self.document, "nonce", "header", NONCE_BYTES)

    def _damaged(self, where: str, message: str) -> ExportDamaged:
        return ExportDamaged(f"{self.source}: {where}: {message}")

    def keys(self, value: object, where: str, allowed: tuple[str, ...]) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self._damaged(where, "must be a JSON object")
        if set(value) != set(allowed):
            extra = sorted(set(value) - set(allowed))
            missing = sorted(set(allowed) - set(value))
            detail = "; ".join(
                part
                for part in (
                    f"unknown key(s) {', '.join(extra)}" if extra else "",
                    f"missing key(s) {', '.join(missing)}" if missing else "",
                )
                if part
            )
            raise self._damaged(where, detail)
        return value

    def literal(self, record: Mapping[str, Any], key: str, where: str, expected: str) -> None:
        if record[key] != expected:
            raise self._damaged(
                f"{where}.{key}", f"must be {expected!r} (got {_short(record[key])})"
            )

    def integer(
        self, record: Mapping[str, Any], key: str, where: str, low: int, high: int | None = None
    ) -> int:
        """A whole number >= ``low``; above ``high`` is damage (costs are capped elsewhere)."""
        value = record[key]
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or value < low
            or (high is not None and value > high)
        ):
            bounds = f"from {low} to {high}" if high is not None else f"of at least {low}"
            raise self._damaged(
                f"{where}.{key}", f"must be a whole number {bounds} (got {_short(value)})"
            )
        return value

    def binary(self, record: Mapping[str, Any], key: str, where: str, length: int) -> bytes:
        value = record[key]
        try:
            decoded = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
        except (binascii.Error, ValueError):
            decoded = b""
        if len(decoded) != length:
            raise self._damaged(f"{where}.{key}", f"must be {length} bytes in base64")
        return decoded


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def read_encrypted(data: bytes, passphrase: str, *, source: str) -> bytes:
    """The Tenang JSON inside an encrypted export, for :func:`exchange.import_tenang_data`."""
    return parse_encrypted(data, source=source).decrypt(passphrase)


def load_encrypted(path: Path) -> EncryptedExport:
    """Read and check an encrypted export file (no passphrase needed yet)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise JournalImportError([f"{path}: cannot read: {error.strerror or error}"]) from None
    return parse_encrypted(data, source=str(path))


def import_encrypted(journal: Journal, path: Path, passphrase: str) -> ImportReport:
    """Import an encrypted export with the rules of a plain Tenang JSON import (idempotent)."""
    sealed = load_encrypted(path)
    return import_tenang_data(journal, sealed.decrypt(passphrase), sealed.source)
