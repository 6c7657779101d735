"""Images in exported articles: local attachments embedded, remote images never fetched.

An ``<img>`` whose source is a URL (``https://…``) becomes a plain link to it, so
that neither the export nor a reader opening the file later loads anything from
the network. A relative source is an attachment: it is looked up inside the
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

log = logging.getLogger(__name__)

MEDIA_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
}
REFUSED_TYPES = frozenset({".svg", ".svgz"})  # scriptable documents, not pictures
MAX_IMAGE_BYTES = 20 * 1024 * 1024

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


def rewrite_images(fragment: str, asset_dir: Path | None, embed: Embedder) -> str:
    """Replace every ``<img>`` of a sanitised fragment: links for remote, ``embed`` for local."""
    if "<img" not in fragment:
        return fragment

    def one(match: re.Match[str]) -> str:
        attrs = {k.lower(): html.unescape(v) for k, v in _ATTR_RE.findall(match.group(0))}
        src = attrs.get("src", "").strip()
        alt = attrs.get("alt", "")
        if is_remote(src):
            label = html.escape(alt or src)
            if src.startswith(("http://", "https://")):
                href = html.escape(src, quote=True)
                return f'<a class="hd-remote-image" href="{href}">{label}</a>'
            return f'<span class="hd-missing-image">{label}</span>'
        path = local_image(src, asset_dir)
        if path is None:
            return f'<span class="hd-missing-image">{html.escape(alt or src)}</span>'
        return embed(path, alt)

    return _IMG_RE.sub(one, fragment)


def pixel_size(path: Path) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF or JPEG image, read from its header."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(26)
            if head.startswith(b"\x89PNG\r\n\x1a\n"):
                return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
            if head[:6] in (b"GIF87a", b"GIF89a"):
                return int.from_bytes(head[6:8], "little"), int.from_bytes(head[8:10], "little")
            if head.startswith(b"\xff\xd8"):
                fh.seek(2)
                return _jpeg_size(fh)
    except OSError:
        return None
    return None


def _jpeg_size(fh) -> tuple[int, int] | None:
    while True:
        marker = fh.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            return None
        kind = marker[1]
        length = int.from_bytes(fh.read(2), "big")
        if 0xC0 <= kind <= 0xCF and kind not in (0xC4, 0xC8, 0xCC):
            data = fh.read(5)
            return int.from_bytes(data[3:5], "big"), int.from_bytes(data[1:3], "big")
        fh.seek(length - 2, 1)
