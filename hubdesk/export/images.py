"""Images in exported articles: local attachments embedded, remote images never fetched.

An ``<img>`` whose source is a URL (``https://…``) becomes a link to it showing the
placeholder the preview and the reader show (``▣ alt · host``), so that neither the
export nor a reader opening the file later loads anything from the network; only
an export made for the web (``keep_remote``, the HTML export's option) keeps it as
an ``<img>``. A relative source is an attachment: it is looked up inside the
attachments folder (never outside it) and handed to the exporter to embed.

SVG attachments are refused, never embedded: an SVG is a document that can carry
scripts, event handlers and references to other files, which an e-book reader or a
word processor may run or fetch. It is shown by its alternative text, as a missing
image, and the log says why; convert it to PNG to embed it.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from hubdesk.formats.render import remote_image_label
from hubdesk.library.image_folder import MAX_IMAGE_BYTES, MEDIA_TYPES
from hubdesk.patterns import lazy_pattern

log = logging.getLogger(__name__)

REFUSED_TYPES = frozenset({".svg", ".svgz"})  # scriptable documents, not pictures

_IMG_RE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR_RE = re.compile(r'([a-zA-Z-]+)="([^"]*)"')
_SCHEME_RE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)")

#: ``embed(path, alt) -> HTML`` for a local image that may be embedded.
Embedder = Callable[[Path, str], str]


def is_remote(src: str) -> bool:
    return bool(_SCHEME_RE.match(src.strip()))


def local_image(src: str, asset_dir: Path | None) -> Path | None:
    """The attachment file an image source names, if it is a readable image inside ``asset_dir``."""
    if asset_dir is None or not src or is_remote(src) or src.startswith(("/", "\\")):
        return None
    root = Path(asset_dir).resolve()
    try:
        path = (root / src.split("#")[0].split("?")[0]).resolve()
    except (OSError, ValueError):
        return None
    if path.suffix.lower() in REFUSED_TYPES:
        log.warning("Image %s not embedded: SVG files can carry scripts; use a PNG instead", src)
        return None
    if root not in path.parents or path.suffix.lower() not in MEDIA_TYPES:
        log.info("Image %s is not an attachment inside %s; not embedded", src, root)
        return None
    try:
        if not path.is_file() or path.stat().st_size > MAX_IMAGE_BYTES:
            return None
    except OSError:
        return None
    return path


def rewrite_images(fragment: str, asset_dir: Path | None, embed: Embedder, *,
                   keep_remote: bool = False) -> str:
    """Replace every ``<img>`` of a sanitised fragment: placeholders for remote, ``embed`` for local.

    With ``keep_remote``, an ``<img>`` from ``http(s)`` stays an image (lazily loaded).
    """
    if "<img" not in fragment:
        return fragment

    def one(match: re.Match[str]) -> str:
        attrs = {k.lower(): html.unescape(v) for k, v in _ATTR_RE.findall(match.group(0))}
        src = attrs.get("src", "").strip()
        alt = attrs.get("alt", "")
        if is_remote(src):
            web = src.startswith(("http://", "https://"))
            if web and keep_remote:
                return (f'<img src="{html.escape(src, quote=True)}" alt="{html.escape(alt, quote=True)}"'
                        ' loading="lazy">')
            label = html.escape(remote_image_label(src, alt))
            if web:
                href = html.escape(src, quote=True)
                return f'<a class="hd-remote-image" href="{href}">{label}</a>'
            return f'<span class="hd-missing-image">{html.escape(alt or src)}</span>'
        path = local_image(src, asset_dir)
        if path is None:
            return f'<span class="hd-missing-image">{html.escape(alt or src)}</span>'
        return embed(path, alt)

    return _IMG_RE.sub(one, fragment)


def pixel_size(path: Path) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF, JPEG, WebP or SVG image, read from its header.

    ``None`` when the file cannot be read or its header is not one of these (an SVG
    counts in CSS pixels: its ``width`` and ``height`` in px or unitless, else its
    ``viewBox``).
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(_SVG_HEAD)
            if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24:
                return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
            if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
                return int.from_bytes(head[6:8], "little"), int.from_bytes(head[8:10], "little")
            if head.startswith(b"\xff\xd8"):
                fh.seek(2)
                return _jpeg_size(fh)
            if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
                return _webp_size(head[12:30])
            if path.suffix.lower() == ".svg":
                return _svg_size(head)
    except OSError:
        return None
    return None


_SVG_HEAD = 4096  # the <svg> start tag is in the first few hundred bytes of any real file
_SVG_TAG_RE = lazy_pattern(rb"<svg\b[^>]*>", re.IGNORECASE)
_SVG_ATTR_RE = lazy_pattern(rb"""\b(width|height|viewBox)\s*=\s*["']([^"']*)["']""")
_SVG_LENGTH_RE = lazy_pattern(rb"^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$")


def _svg_size(head: bytes) -> tuple[int, int] | None:
    tag = _SVG_TAG_RE().search(head)
    if tag is None:
        return None
    attrs = dict(_SVG_ATTR_RE().findall(tag.group(0)))
    width, height = (_SVG_LENGTH_RE().match(attrs.get(k, b"")) for k in (b"width", b"height"))
    if width and height:
        return round(float(width.group(1))), round(float(height.group(1)))
    box = attrs.get(b"viewBox", b"").replace(b",", b" ").split()
    try:
        w, h = float(box[2]), float(box[3])
    except (IndexError, ValueError):
        return None
    return (round(w), round(h)) if w > 0 and h > 0 else None


def _webp_size(chunk: bytes) -> tuple[int, int] | None:
    """The size from the first chunk of a WebP file (lossy VP8, lossless VP8L or extended VP8X)."""
    kind, data = chunk[:4], chunk[8:]
    if kind == b"VP8 " and len(data) >= 10 and data[3:6] == b"\x9d\x01\x2a":
        return (int.from_bytes(data[6:8], "little") & 0x3FFF,
                int.from_bytes(data[8:10], "little") & 0x3FFF)
    if kind == b"VP8L" and len(data) >= 5 and data[0] == 0x2F:
        bits = int.from_bytes(data[1:5], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if kind == b"VP8X" and len(data) >= 10:
        return int.from_bytes(data[4:7], "little") + 1, int.from_bytes(data[7:10], "little") + 1
    return None


def _jpeg_size(fh: BinaryIO) -> tuple[int, int] | None:
    while True:
        marker = fh.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            return None
        kind = marker[1]
        length = int.from_bytes(fh.read(2), "big")
        if 0xC0 <= kind <= 0xCF and kind not in (0xC4, 0xC8, 0xCC):
            data = fh.read(5)
            if len(data) < 5:
                return None
            return int.from_bytes(data[3:5], "big"), int.from_bytes(data[1:3], "big")
        if length < 2:
            return None
        fh.seek(length - 2, 1)
