"""The icon: PNGs at every size (round, transparent corners), and .ico/.icns that parse."""

from __future__ import annotations

import importlib.util
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtGui import QImage

from tenang.desktop_entry import ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "assets" / "icons"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_is_round_on_a_transparent_square(size: int) -> None:
    image = QImage(str(ICONS / f"tenang-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size - 1, size - 1).alpha() == 0
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255 and centre.lightness() > 200  # the pale centre of the disc
    edge = image.pixelColor(size // 2, max(1, size // 16))
    assert edge.alpha() > 0 and edge.green() > edge.red()  # the teal disc reaches the rim


def test_svg_sources_are_square_and_parse() -> None:
    for name in ("tenang.svg", "tenang-small.svg"):
        root = ET.parse(ICONS / name).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert root.get("width") == root.get("height")


def test_ico_holds_a_png_for_each_size(make_icons: ModuleType) -> None:
    data = (ROOT / "packaging" / "icons" / "tenang.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        side, _, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        image = data[offset : offset + length]
        assert bits == 32
        assert png_size(image) == (side or 256, side or 256)
        sizes.append(side or 256)
    assert tuple(sizes) == make_icons.ICO_SIZES


def test_icns_elements_are_pngs_of_their_declared_sizes(make_icons: ModuleType) -> None:
    data = (ROOT / "packaging" / "icons" / "tenang.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {kind: size for size, kind in make_icons.ICNS_TYPES.items()}
    expected |= {kind: size for size, kind in make_icons.ICNS_RETINA_TYPES.items()}
    found = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack(">I", data[position + 4 : position + 8])
        found[kind] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert position == len(data)
    assert found == expected


def test_writers_lay_out_what_they_are_given(make_icons: ModuleType) -> None:
    fake = {16: PNG_MAGIC + b"sixteen", 256: PNG_MAGIC + b"two-five-six"}
    ico = make_icons.ico_bytes(fake)
    assert ico[:6] == struct.pack("<HHH", 0, 1, 2)
    assert ico[6:8] == bytes([16, 16]) and ico[22:24] == bytes([0, 0])  # 256 is written as 0
    assert ico.endswith(fake[16] + fake[256])
    icns = make_icons.icns_bytes([(b"ic08", fake[256])])
    assert (
        icns
        == b"icns"
        + struct.pack(">I", 16 + len(fake[256]))
        + b"ic08"
        + struct.pack(">I", 8 + len(fake[256]))
        + fake[256]
    )


def test_renderer_draws_small_sizes_from_the_simplified_svg(
    make_icons: ModuleType, qapp: Any
) -> None:
    """(``qapp`` first: the renderer would otherwise make a QGuiApplication of its own.)"""
    small = QImage.fromData(make_icons.render_png(16))
    assert (small.width(), small.height()) == (16, 16)
    # The small drawing has a solid teal rim; the full one fades it with a gradient.
    assert small.pixelColor(8, 1).name() == "#2d6a5e"
