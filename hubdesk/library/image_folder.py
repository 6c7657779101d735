"""The library's images folder: where it is, what a picture is named there, what fits.

Pictures live in ``<library file>.images/`` (for ``desk.hubdesk``,
``desk.hubdesk.images``), each named from its own name and the first characters of
its content's SHA-256, so that the same picture is kept once and two pictures never
overwrite each other. Insert Image (``hubdesk.export.library_images``) and the
importers (``hubdesk.importers.image_import``) both follow these rules; the exports
resolve relative image paths inside this folder only.
"""

from __future__ import annotations

import re
from pathlib import Path

FOLDER_SUFFIX = ".images"
MEDIA_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
}
MAX_IMAGE_BYTES = 20 * 1024 * 1024
_UNSAFE_RE = re.compile(r"[^\w.-]+")


def assets_dir(library_path: Path) -> Path:
    """The folder of the library's images (it may not exist yet)."""
    return Path(library_path).with_name(Path(library_path).name + FOLDER_SUFFIX)


def asset_name(source: Path, digest: str) -> str:
    """The file name an image gets in the folder: a safe stem, the digest, the suffix."""
    stem = _UNSAFE_RE.sub("-", source.stem).strip("-.")[:60] or "image"
    return f"{stem}-{digest[:10]}{source.suffix.lower()}"
