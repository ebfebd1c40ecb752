"""Packs: export a routine with its sounds; refuse any pack that could do harm, with reasons."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path

import pytest

from tenang.core.packs import (
    PackError,
    PackLimits,
    PackRefusal,
    custom_sounds,
    export_routine,
    extract_pack,
    read_routine,
)
from tenang.core.routine_store import InvalidRoutineError, install_routine
from tenang.core.sessions import load_session_file, load_session_text

ROUTINE = """format = 1
id = "gong"
title = "Gong"
start_bell = "sounds/gong.ogg"

[[steps]]
kind = "breathe"
inhale = 4
exhale = 4
cycles = 3
cues = { inhale = "sounds/in.wav", exhale = "chime-fall" }
"""

PLAIN = ROUTINE.replace('start_bell = "sounds/gong.ogg"\n', "").replace(
    'cues = { inhale = "sounds/in.wav", exhale = "chime-fall" }\n', ""
)


def make_zip(path: Path, entries: dict[str, bytes], **infos: int) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def good_entries() -> dict[str, bytes]:
    return {"gong.toml": ROUTINE.encode(), "sounds/gong.ogg": b"OggS", "sounds/in.wav": b"RIFF"}


def refusal(pack: Path, tmp_path: Path, limits: PackLimits | None = None) -> PackError:
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    with pytest.raises(PackError) as caught:
        read_routine(pack, scratch, limits or PackLimits())
    return caught.value


def test_a_good_pack_is_read_and_installed(tmp_path: Path) -> None:
    pack = make_zip(tmp_path / "gong.tenang.zip", good_entries())
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    incoming = read_routine(pack, scratch)
    assert incoming.session.id == "gong"
    assert sorted(incoming.sounds) == ["sounds/gong.ogg", "sounds/in.wav"]
    folder = tmp_path / "sessions"
    path = install_routine(folder, incoming)
    assert load_session_file(path).ok
    assert (folder / "sounds" / "in.wav").read_bytes() == b"RIFF"


def test_export_then_import_gives_the_same_routine(tmp_path: Path) -> None:
    source = tmp_path / "mine"
    (source / "sounds").mkdir(parents=True)
    (source / "sounds" / "gong.ogg").write_bytes(b"OggS")
    (source / "sounds" / "in.wav").write_bytes(b"RIFF")
    (source / "gong.toml").write_text(ROUTINE, encoding="utf-8")
    session = load_session_file(source / "gong.toml").session
    assert session is not None
    assert custom_sounds(session) == ("sounds/gong.ogg", "sounds/in.wav")
    # Asked for a .toml, but the routine has its own sounds: a pack is written instead.
    written = export_routine(ROUTINE, session, source, tmp_path / "gong.toml")
    assert written == tmp_path / "gong.tenang.zip"
    assert stat.S_IMODE(written.stat().st_mode) == 0o644
    with zipfile.ZipFile(written) as archive:
        assert sorted(archive.namelist()) == ["gong.toml", "sounds/gong.ogg", "sounds/in.wav"]
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    again = read_routine(written, scratch)
    assert again.text == ROUTINE
    assert again.session == session


def test_a_routine_without_sounds_exports_as_toml(tmp_path: Path) -> None:
    session = load_session_text(PLAIN, "gong.toml").session
    assert session is not None
    written = export_routine(PLAIN, session, None, tmp_path / "gong.toml")
    assert written.read_text(encoding="utf-8") == PLAIN
    packed = export_routine(PLAIN, session, None, tmp_path / "gong.tenang.zip")
    assert zipfile.ZipFile(packed).namelist() == ["gong.toml"]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.wav", PackRefusal.PARENT_PATH),
        ("sounds/../../evil.wav", PackRefusal.PARENT_PATH),
        ("/etc/evil.wav", PackRefusal.ABSOLUTE_PATH),
        ("C:/evil.wav", PackRefusal.BAD_NAME),
        ("sounds\\..\\evil.wav", PackRefusal.BAD_NAME),
        (".hidden.wav", PackRefusal.BAD_NAME),
        ("run.sh", PackRefusal.FILE_TYPE),
        ("sounds/readme.txt", PackRefusal.FILE_TYPE),
        ("sounds/song.mp3", PackRefusal.FILE_TYPE),
    ],
)
def test_dangerous_or_foreign_entries_are_refused_with_the_reason(
    tmp_path: Path, name: str, reason: PackRefusal
) -> None:
    pack = make_zip(tmp_path / "bad.tenang.zip", {**good_entries(), name: b"x"})
    error = refusal(pack, tmp_path)
    assert error.reason is reason
    assert error.detail == name
    assert name in str(error) and str(error).startswith("bad.tenang.zip: ")
    assert not (tmp_path / "evil.wav").exists()
    assert not (tmp_path.parent / "evil.wav").exists()


def test_the_path_traversal_message_reads_well(tmp_path: Path) -> None:
    pack = make_zip(tmp_path / "bad.tenang.zip", {**good_entries(), "../evil.wav": b"x"})
    assert str(refusal(pack, tmp_path)) == (
        "bad.tenang.zip: entry ../evil.wav leads out of the pack with '..'"
    )


def test_a_symbolic_link_is_refused(tmp_path: Path) -> None:
    pack = tmp_path / "link.tenang.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("gong.toml", PLAIN)
        link = zipfile.ZipInfo("sounds/in.wav")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    error = refusal(pack, tmp_path)
    assert error.reason is PackRefusal.SYMLINK
    assert str(error) == "link.tenang.zip: entry sounds/in.wav is a symbolic link"


def test_an_oversized_file_is_refused_by_its_header(tmp_path: Path) -> None:
    pack = make_zip(tmp_path / "big.tenang.zip", {**good_entries(), "sounds/in.wav": bytes(2048)})
    error = refusal(pack, tmp_path, PackLimits(max_file_bytes=1024))
    assert error.reason is PackRefusal.FILE_TOO_LARGE
    assert error.detail == "sounds/in.wav"


def lie_about_size(pack: Path, name: str, claimed: int) -> None:
    """Rewrite the uncompressed size of ``name`` in both headers, as a zip bomb would."""
    data = bytearray(pack.read_bytes())
    encoded = name.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(encoded)] == encoded:
                struct.pack_into("<I", data, start + offset, claimed)
            start += 4
    pack.write_bytes(bytes(data))


def test_a_decompression_bomb_is_stopped_while_extracting(tmp_path: Path) -> None:
    """The header claims 10 bytes; 3 MB of zeros come out. Extraction stops at the limit."""
    pack = make_zip(
        tmp_path / "bomb.tenang.zip", {**good_entries(), "sounds/in.wav": bytes(3 << 20)}
    )
    assert pack.stat().st_size < 20_000
    lie_about_size(pack, "sounds/in.wav", 10)
    assert zipfile.ZipFile(pack).getinfo("sounds/in.wav").file_size == 10
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(PackError) as caught:
        extract_pack(pack, scratch, PackLimits(max_file_bytes=1 << 20))
    # zipfile itself may notice the lie first (it stops at the claimed size and finds a bad
    # CRC); either way the pack is refused, and never more than the limit reaches the disk.
    assert caught.value.reason in (PackRefusal.FILE_TOO_LARGE, PackRefusal.DAMAGED)
    written = scratch / "sounds" / "in.wav"
    assert not written.exists() or written.stat().st_size <= 1 << 20


def test_a_pack_too_large_in_all_is_refused(tmp_path: Path) -> None:
    entries = {**good_entries(), "sounds/gong.ogg": bytes(600), "sounds/in.wav": bytes(600)}
    pack = make_zip(tmp_path / "all.tenang.zip", entries)
    error = refusal(pack, tmp_path, PackLimits(max_file_bytes=1000, max_total_bytes=1000))
    assert error.reason is PackRefusal.TOTAL_TOO_LARGE


def test_too_many_entries(tmp_path: Path) -> None:
    entries = {**good_entries(), **{f"sounds/{i}.wav": b"RIFF" for i in range(10)}}
    pack = make_zip(tmp_path / "many.tenang.zip", entries)
    error = refusal(pack, tmp_path, PackLimits(max_entries=5))
    assert error.reason is PackRefusal.TOO_MANY_ENTRIES
    assert str(error) == "many.tenang.zip: has 13 entries; a pack may have at most 5"


@pytest.mark.parametrize(
    ("entries", "reason"),
    [
        ({"sounds/in.wav": b"RIFF"}, PackRefusal.NO_ROUTINE),
        ({"a.toml": PLAIN.encode(), "b.toml": PLAIN.encode()}, PackRefusal.SEVERAL_ROUTINES),
        ({"sub/gong.toml": PLAIN.encode()}, PackRefusal.BAD_NAME),
        ({"gong.toml": PLAIN.encode(), "extra.wav": b"RIFF"}, PackRefusal.UNUSED_FILE),
    ],
)
def test_a_pack_holds_exactly_one_routine_and_its_sounds(
    tmp_path: Path, entries: dict[str, bytes], reason: PackRefusal
) -> None:
    assert refusal(make_zip(tmp_path / "p.tenang.zip", entries), tmp_path).reason is reason


def test_not_a_zip(tmp_path: Path) -> None:
    pack = tmp_path / "fake.tenang.zip"
    pack.write_bytes(b"not a zip at all")
    error = refusal(pack, tmp_path)
    assert error.reason is PackRefusal.NOT_A_ZIP
    assert str(error) == "fake.tenang.zip: is not a zip file"


def test_a_routine_with_problems_in_a_pack_names_the_pack(tmp_path: Path) -> None:
    broken = PLAIN.replace("cycles = 3", "cycles = 0")
    pack = make_zip(tmp_path / "p.tenang.zip", {"gong.toml": broken.encode()})
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(InvalidRoutineError) as caught:
        read_routine(pack, scratch)
    assert [str(p) for p in caught.value.problems] == [
        "p.tenang.zip/gong.toml:9:1: steps[0].cycles: must be a whole number from 1 to 1000 (got 0)"
    ]


def test_a_missing_sound_in_a_pack_is_a_routine_problem(tmp_path: Path) -> None:
    pack = make_zip(tmp_path / "p.tenang.zip", {"gong.toml": ROUTINE.encode()})
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(InvalidRoutineError) as caught:
        read_routine(pack, scratch)
    messages = [str(p) for p in caught.value.problems]
    assert messages[0].startswith(
        "p.tenang.zip/gong.toml:4:1: start_bell: sound file not found: sounds/gong.ogg"
    )
    assert str(scratch) not in "\n".join(messages)
