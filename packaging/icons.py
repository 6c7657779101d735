"""Render the HubDesk icon (resources/icons/hubdesk.svg) to PNG, ICO and ICNS at build time.

Qt's own SVG renderer draws each size; the ICO and ICNS containers are written here
(both simply hold PNG images), so any platform can produce all three.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

# The hicolor theme sizes a Linux desktop looks for.
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}


def _render_png(svg: Path, size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts/painting need it)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"The icon {svg} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """PNG bytes of the icon at each size."""
    return {size: _render_png(svg, size) for size in sizes}


def write_ico(pngs: dict[int, bytes], path: Path) -> None:
    """A Windows .ico holding one PNG per size (Windows Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    path.write_bytes(header + entries + blobs)


def write_icns(pngs: dict[int, bytes], path: Path) -> None:
    """A macOS .icns holding PNG elements."""
    body = b""
    for size in sorted(pngs):
        kind = ICNS_TYPES.get(size)
        if kind:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def build_icons(svg: Path, out: Path) -> dict[int, Path]:
    """Write hicolor PNGs, hubdesk.ico and hubdesk.icns into ``out``; return the PNG paths."""
    out.mkdir(parents=True, exist_ok=True)
    sizes = tuple(sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES)))
    pngs = render_pngs(svg, sizes)
    paths: dict[int, Path] = {}
    for size in HICOLOR_SIZES:
        paths[size] = out / f"hubdesk-{size}.png"
        paths[size].write_bytes(pngs[size])
    write_ico({s: pngs[s] for s in ICO_SIZES}, out / "hubdesk.ico")
    write_icns({s: pngs[s] for s in ICNS_TYPES}, out / "hubdesk.icns")
    return paths
