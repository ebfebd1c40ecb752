"""Render Tenang's icon from its SVG sources: the PNGs in assets/icons, a Windows .ico and a
macOS .icns.

Run from the repository root whenever an SVG changes, and commit the results:

    .venv/bin/python packaging/make_icons.py

Qt's own SVG renderer (QtSvg, part of PySide6-Essentials) does the drawing, so no extra tool is
needed. The 16 and 24 px sizes come from ``tenang-small.svg``, a simplified drawing on whole
pixels: the full drawing's three soft rings blur into a smudge that small.

The .ico and .icns are written here with the standard library only. Both formats may hold PNG
data as it is (Windows Vista and later, macOS 10.7 and later), so Pillow is not needed. They go
to ``packaging/icons/`` rather than ``assets/`` because only the frozen Windows and macOS builds
use them, and the wheel should not carry them.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from tenang.desktop_entry import ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "assets" / "icons"
FULL_SVG = ICON_DIR / "tenang.svg"
SMALL_SVG = ICON_DIR / "tenang-small.svg"
PACKAGING_ICONS = ROOT / "packaging" / "icons"

PNG_SIZES = ICON_SIZES
"""The sizes shipped in the wheel and installed under hicolor."""
SMALL_UP_TO = 24
"""Sizes up to this one are drawn from the simplified SVG."""
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
ICNS_RETINA_TYPES = {1024: b"ic10"}
"""OSType of each PNG-holding icns element (ic10 is the 512 pt @2x image)."""


def render_png(size: int) -> bytes:
    """The icon at ``size`` pixels, as PNG bytes (RGBA, transparent outside the disc)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    source = SMALL_SVG if size <= SMALL_UP_TO else FULL_SVG
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; runtime wants str
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as it is (one directory entry per size)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    images = b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        images += data
    return header + entries + images


def icns_bytes(elements: Iterable[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns: the 'icns' header, then one (OSType, length, PNG) element per image."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(out_pngs: Path, out_packaging: Path) -> list[Path]:
    """Render everything; returns the files written."""
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(size)
        return cache[size]

    written: list[Path] = []
    out_pngs.mkdir(parents=True, exist_ok=True)
    out_packaging.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        target = out_pngs / f"tenang-{size}.png"
        target.write_bytes(png(size))
        written.append(target)
    ico = out_packaging / "tenang.ico"
    ico.write_bytes(ico_bytes({size: png(size) for size in ICO_SIZES}))
    icns = out_packaging / "tenang.icns"
    kinds = {**ICNS_TYPES, **ICNS_RETINA_TYPES}
    icns.write_bytes(icns_bytes((kind, png(size)) for size, kind in sorted(kinds.items())))
    written += [ico, icns]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pngs", type=Path, default=ICON_DIR, help="where the PNGs go")
    parser.add_argument("--out", type=Path, default=PACKAGING_ICONS, help="where .ico/.icns go")
    args = parser.parse_args(argv)
    for path in build(args.pngs, args.out):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
