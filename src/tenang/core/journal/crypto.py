"""The journal lock's cryptography, all from the ``cryptography`` package (no home-made parts).

The scheme (docs/journal.md, "The lock", says the same for users):

- One random 256-bit **data key** encrypts each entry's content (mood, energy, tags, note) with
  AES-256-GCM, a fresh random 96-bit nonce per write, and ``tenang/entry/v<N>/<entry id>`` as
  associated data. Moving one entry's ciphertext onto another row therefore fails to decrypt
  (:class:`SealBroken` names the row) instead of showing the wrong words under the wrong date.
- The data key is stored only **wrapped** (AES-256-GCM again) by a key derived from the
  passphrase with Argon2id, and a second time by a key derived from the recovery code. Each
  wrap keeps its own random salt and its Argon2id parameters, so they can be raised later
  and a passphrase change rewraps one key, never the journal.
- Check-ins made while the journal is locked (no data key in memory) are sealed to an
  **inbox** X25519 public key kept in clear: an ephemeral X25519 key agreement, HKDF-SHA256
  and AES-256-GCM (ECIES). The matching private key is stored sealed with the data key, so
  only an unlock can read them; the unlock moves them into the journal as ordinary sealed
  entries (``Journal.unlock``, docs/journal.md "Check-ins while locked").
- Derived keys and the data key live in ``bytearray`` objects that :func:`wipe` zeroes when
  the journal locks. Python cannot promise more than that: the passphrase itself is a ``str``
  (immutable, never wiped), and the AES-GCM object keeps its own copy of the key inside the
  ``cryptography`` library until it is garbage-collected. What we control: keys are never
  written to disk, never logged, and every reference we hold is dropped on lock.

``cryptography`` is imported inside the functions that use it: loading its OpenSSL binding
costs tens of milliseconds that a journal without a lock (and ``import tenang.core``) should
not pay.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from tenang.core.journal.model import (
    JournalError,
    check_energy,
    check_mood,
    check_note,
    normalize_tag,
)

KEY_BYTES: Final = 32
NONCE_BYTES: Final = 12
SALT_BYTES: Final = 16
SEAL_VERSION: Final = 3
"""The sealed-content format, bound into every entry's associated data and written as the
first byte of each blob. It is the journal schema version that introduced sealing (3); a new
content format would get a new number and old blobs stay readable by theirs."""

INBOX_VERSION: Final = 4
"""The inbox format (the journal schema version that introduced the inbox): the first byte
of each inbox blob and part of its associated data and of its HKDF info."""
X25519_BYTES: Final = 32
TAG_BYTES: Final = 16

MIN_MEMORY_KIB: Final = 64 * 1024
MIN_ITERATIONS: Final = 3
RECOVERY_GROUPS: Final = 8
RECOVERY_GROUP_LENGTH: Final = 4
"""8 groups of 4 base32 characters: 160 random bits, typed as ``ABCD-EFGH-...``."""


class CryptoError(Exception):
    """A wrap or a seal did not open; the caller turns it into a message for the user."""


class WrongSecret(CryptoError):  # noqa: N818 - reads as what happened
    """The passphrase or recovery code does not unwrap the data key."""


class SealBroken(CryptoError):  # noqa: N818 - reads as what happened
    """An entry's sealed content does not authenticate for that entry."""


class BadInboxKey(CryptoError):  # noqa: N818 - reads as what happened
    """The inbox public key stored in the journal is not a usable X25519 key."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters. Stored beside each wrap so later versions can raise them.

    The defaults meet the minimums the journal promises (64 MiB, 3 passes); tests pass small
    ones explicitly (``KdfParams(memory_kib=8, iterations=1, lanes=1, checked=False)``) to stay
    fast. ``checked=False`` is for tests only: the store accepts weak parameters for *reading*
    an existing wrap, never the app's own defaults.
    """

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = 4
    checked: bool = True

    def __post_init__(self) -> None:
        if self.checked and (self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS):
            raise ValueError(
                f"Argon2id needs at least {MIN_MEMORY_KIB} KiB and {MIN_ITERATIONS} passes "
                f"(got {self.memory_kib} KiB, {self.iterations})"
            )
        if self.lanes < 1 or self.memory_kib < 8 * self.lanes or self.iterations < 1:
            raise ValueError("Argon2id needs lanes >= 1, memory >= 8 KiB per lane, passes >= 1")


DEFAULT_KDF: Final = KdfParams()


@dataclass(frozen=True)
class WrappedKey:
    """The data key wrapped for one secret (``slot`` is "passphrase" or "recovery")."""

    slot: str
    salt: bytes
    params: KdfParams
    nonce: bytes
    wrapped: bytes


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key buffer with zeros (as far as Python lets us; see the module docs)."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


def new_data_key() -> bytearray:
    return bytearray(os.urandom(KEY_BYTES))


def derive(secret: str, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id of the secret (UTF-8, NFC as typed) into a fresh bytearray."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    out = bytearray(KEY_BYTES)
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    kdf.derive_into(secret.encode("utf-8"), out)
    return out


def _wrap_aad(slot: str) -> bytes:
    return f"tenang/data-key/{slot}".encode()


def wrap_key(data_key: bytearray, secret: str, slot: str, params: KdfParams) -> WrappedKey:
    """Wrap ``data_key`` under a key derived from ``secret`` with a fresh salt and nonce."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    kek = derive(secret, salt, params)
    try:
        wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _wrap_aad(slot))
    finally:
        wipe(kek)
    return WrappedKey(slot, salt, params, nonce, wrapped)


def unwrap_key(wrapped: WrappedKey, secret: str) -> bytearray:
    """The data key, or :class:`WrongSecret` when ``secret`` is not the one it was wrapped by."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = derive(secret, wrapped.salt, wrapped.params)
    try:
        key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.wrapped, _wrap_aad(wrapped.slot))
    except InvalidTag:
        raise WrongSecret(wrapped.slot) from None
    finally:
        wipe(kek)
    return bytearray(key)


def key_id(data_key: bytearray) -> bytes:
    """A one-way tag of the data key: tells a process its key is still the journal's key."""
    return hmac.digest(bytes(data_key), b"tenang/key-id", "sha256")[:16]


def new_recovery_code() -> str:
    """160 random bits in base32, grouped for reading aloud and typing."""
    return format_recovery_code(secrets.token_bytes(20))


def format_recovery_code(random_bytes: bytes) -> str:
    raw = base64.b32encode(random_bytes).decode("ascii")
    return "-".join(
        raw[i : i + RECOVERY_GROUP_LENGTH] for i in range(0, len(raw), RECOVERY_GROUP_LENGTH)
    )


def normalize_recovery_code(text: str) -> str:
    """Accept the code as typed: any case, spaces or dashes anywhere, O/0 and I/1 fixed."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    groups = [
        cleaned[i : i + RECOVERY_GROUP_LENGTH]
        for i in range(0, len(cleaned), RECOVERY_GROUP_LENGTH)
    ]
    return "-".join(groups)


# -- entry content ------------------------------------------------------------------------

Content = tuple[int, int | None, tuple[str, ...], str]
"""(mood, energy, tags, note): exactly what the lock hides."""


_TAG_SEP: Final = b"\x1f"
_NOTE_SEP: Final = b"\x1e"


def _entry_aad(entry_id: str, version: int) -> bytes:
    return f"tenang/entry/v{version}/{entry_id}".encode()


class Sealer:
    """AES-256-GCM with the data key; one object per unlock, dropped on lock."""

    def __init__(self, data_key: bytearray) -> None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._invalid: type[Exception] = InvalidTag
        self._aead = AESGCM(bytes(data_key))
        self._decrypt = self._aead.decrypt
        self._aad_prefix = _entry_aad("", SEAL_VERSION)

    def seal(self, entry_id: str, content: Content) -> bytes:
        """``version byte | nonce | ciphertext+tag`` for one entry, with a fresh nonce.

        The plaintext is ``mood byte, energy byte (0 = none), tags joined by US, RS, note``:
        tags never contain control characters (``model.normalize_tag``), and the note comes
        last so it needs no escaping. Reading it back is a few slices, several times faster
        than JSON, which matters when 100,000 entries are opened for insights.
        """
        mood, energy, tags, note = content
        plain = (
            bytes((mood, energy or 0))
            + _TAG_SEP.join(tag.encode("utf-8") for tag in tags)
            + _NOTE_SEP
            + note.encode("utf-8")
        )
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plain, _entry_aad(entry_id, SEAL_VERSION))
        return bytes((SEAL_VERSION,)) + nonce + sealed

    def _plain(self, entry_id: str, blob: bytes) -> tuple[bytes, int]:
        if len(blob) < 1 + NONCE_BYTES + 16 or blob[0] != SEAL_VERSION:
            raise SealBroken(entry_id)
        try:
            plain = self._aead.decrypt(
                blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :], _entry_aad(entry_id, blob[0])
            )
        except self._invalid:
            raise SealBroken(entry_id) from None
        end = plain.find(_NOTE_SEP, 2)
        if end < 0 or not 1 <= plain[0] <= 5 or plain[1] > 5:
            raise SealBroken(entry_id)
        return plain, end

    def open(self, entry_id: str, blob: bytes) -> Content:
        """The entry's content; :class:`SealBroken` if the blob was not sealed for this entry."""
        plain, end = self._plain(entry_id, blob)
        tags = tuple(plain[2:end].decode("utf-8").split("\x1f")) if end > 2 else ()
        return plain[0], plain[1] or None, tags, plain[end + 1 :].decode("utf-8")

    def open_mood_tags(self, entry_id: str, blob: bytes) -> tuple[int, Sequence[str]]:
        """Only what insights need (the note is authenticated but never decoded).

        The hot path of unlocking a big journal (once per entry), so :meth:`_plain` is inlined.
        """
        if blob[0] != SEAL_VERSION:
            raise SealBroken(entry_id)
        try:
            plain = self._decrypt(blob[1:13], blob[13:], self._aad_prefix + entry_id.encode())
        except (self._invalid, ValueError):
            raise SealBroken(entry_id) from None
        end = plain.find(_NOTE_SEP, 2)
        mood = plain[0]
        if end < 0 or not 0 < mood < 6:
            raise SealBroken(entry_id)
        return mood, plain[2:end].decode("utf-8").split("\x1f") if end > 2 else ()

    def seal_blob(self, label: str, data: bytes) -> bytes:
        """Seal other private data (the user's own tags) under its own label."""
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, data, f"tenang/{label}/v{SEAL_VERSION}".encode())

    def open_blob(self, label: str, blob: bytes) -> bytes:
        try:
            return self._aead.decrypt(
                blob[:NONCE_BYTES], blob[NONCE_BYTES:], f"tenang/{label}/v{SEAL_VERSION}".encode()
            )
        except (self._invalid, ValueError):  # ValueError: cut shorter than a nonce
            raise SealBroken(label) from None


# -- the inbox: check-ins sealed while locked ----------------------------------------------

InboxContent = tuple[int, int | None, tuple[str, ...], str]
"""(mood, energy, tags as typed (spaces collapsed), note): what a locked check-in hides.

Tags are kept as typed rather than as keys because a tag the user made up while locked must
be created, with its label, when the inbox is opened; the keys follow from the texts."""


def new_inbox_keys() -> tuple[bytes, bytearray]:
    """A fresh X25519 key pair as raw bytes: (public key, private key in a wipeable buffer)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    return private.public_key().public_bytes_raw(), bytearray(private.private_bytes_raw())


def _inbox_aad(entry_id: str, bound: Sequence[str]) -> bytes:
    """Associated data: the format, the entry id and the row's clear fields (its times and
    kind), as JSON so no field can run into the next."""
    return json.dumps(["tenang/inbox", INBOX_VERSION, entry_id, *bound]).encode()


def _inbox_aes_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    """HKDF-SHA256 of the X25519 shared secret; both public keys go into ``info`` so the key
    belongs to this one exchange."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = b"tenang/inbox/v%d" % INBOX_VERSION + ephemeral + recipient
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(shared)


def encode_inbox_content(content: InboxContent) -> bytes:
    mood, energy, tags, note = content
    text = json.dumps(
        {"mood": mood, "energy": energy, "tags": list(tags), "note": note},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return text.encode("utf-8")


def decode_inbox_content(plain: bytes, entry_id: str) -> InboxContent:
    """The content of an opened inbox blob, checked as strictly as a typed check-in.

    The inbox public key is in clear, so anyone who can write the file can also seal a
    well-formed blob: authenticating is not enough, every field is validated here and
    anything else is :class:`SealBroken` (never a crash).
    """
    try:
        data = json.loads(plain.decode("utf-8"))
        if not isinstance(data, dict) or set(data) != {"mood", "energy", "tags", "note"}:
            raise SealBroken(entry_id)
        tags = data["tags"]
        if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
            raise SealBroken(entry_id)
        for tag in tags:
            normalize_tag(tag)
        return (
            int(check_mood(data["mood"])),
            check_energy(data["energy"]),
            tuple(tags),
            check_note(data["note"]),
        )
    except (ValueError, RecursionError):  # bad UTF-8 or JSON, ValidationError, huge numbers
        raise SealBroken(entry_id) from None


def seal_to_inbox(
    public_key: bytes, entry_id: str, bound: Sequence[str], content: InboxContent
) -> bytes:
    """``version | ephemeral public key | nonce | AES-GCM ciphertext+tag`` (ECIES).

    A fresh ephemeral X25519 key per check-in, so each blob has its own AES key (the random
    nonce is belt and braces). :class:`BadInboxKey` when ``public_key`` is not a usable key.
    """
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    except ValueError:  # wrong length, or a low-order point (an all-zero shared secret)
        raise BadInboxKey("inbox") from None
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    key = _inbox_aes_key(shared, ephemeral_public, public_key)
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, encode_inbox_content(content), _inbox_aad(entry_id, bound))
    return bytes((INBOX_VERSION,)) + ephemeral_public + nonce + sealed


class InboxOpener:
    """The inbox private key, loaded after an unlock; opens blobs :func:`seal_to_inbox` made."""

    def __init__(self, private_key: bytes) -> None:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        try:
            self._private = X25519PrivateKey.from_private_bytes(private_key)
        except ValueError:
            raise SealBroken("inbox key") from None
        self.public_key = self._private.public_key().public_bytes_raw()

    def open(self, entry_id: str, bound: Sequence[str], blob: bytes) -> InboxContent:
        """The check-in's content; :class:`SealBroken` for anything not sealed for this row
        (garbled, cut short, another row's blob, another key, or invalid content)."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        head = 1 + X25519_BYTES + NONCE_BYTES
        if len(blob) < head + TAG_BYTES or blob[0] != INBOX_VERSION:
            raise SealBroken(entry_id)
        ephemeral = blob[1 : 1 + X25519_BYTES]
        try:
            shared = self._private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
            key = _inbox_aes_key(shared, ephemeral, self.public_key)
            plain = AESGCM(key).decrypt(
                blob[1 + X25519_BYTES : head], blob[head:], _inbox_aad(entry_id, bound)
            )
        except (InvalidTag, ValueError):
            raise SealBroken(entry_id) from None
        return decode_inbox_content(plain, entry_id)


# -- the errors the journal raises about the lock ---------------------------------------------
# (Here rather than in model.py so everything about the lock is read in one place.)


class JournalLocked(JournalError):  # noqa: N818 - the name the app and docs use
    """The lock is on and this journal object holds no key: content can't be read or changed.

    Nothing was changed. New check-ins do not raise it (they go to the sealed inbox), except
    in two rare cases the message names: a journal locked by an older Tenang that has not been
    unlocked since (it has no inbox key yet), and a lock changed by another Tenang since this
    object last unlocked. The GUI then keeps what the user typed, asks for the passphrase and
    saves after :meth:`Journal.unlock` (``add_entry(..., at=...)`` keeps the time).
    """


class LockChanged(JournalLocked):
    """Another Tenang changed the lock (its passphrase, code or key) between reading a wrapped
    key and using what was derived from it: nothing was changed; ask for the secret again."""


class WrongPassphrase(JournalError):  # noqa: N818
    """The passphrase or recovery code does not open the journal; nothing was changed."""


class JournalTampered(JournalError):  # noqa: N818
    """An entry's sealed content does not belong to it; ``entry_id`` names the row."""

    def __init__(self, message: str, *, entry_id: str) -> None:
        super().__init__(message)
        self.entry_id = entry_id


class PlainExportRefused(JournalError):  # noqa: N818
    """An export of a locked journal would write clear text and the caller did not agree."""
