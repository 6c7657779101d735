"""The library's images: a folder beside the library file, no table.

An image inserted in an article is copied into ``<library file>.images/`` (for
``desk.hubdesk``, ``desk.hubdesk.images``) under a name made from its own name and
the first characters of its content's SHA-256, so that inserting the same picture
twice keeps one copy and two different pictures never overwrite each other. The
Markdown names it by that relative name (``![alt](photo-3f2a9c01d4.png)``); the
preview, the reader and every export resolve relative image paths inside this
folder (``export.images.local_image``), never outside it.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from hubdesk.errors import HubDeskError
from hubdesk.export.images import MAX_IMAGE_BYTES, MEDIA_TYPES
from hubdesk.files import atomic_write, write_error
from hubdesk.library.image_folder import FOLDER_SUFFIX, asset_name, assets_dir

log = logging.getLogger(__name__)

__all__ = ["FOLDER_SUFFIX", "add_image", "asset_name", "assets_dir"]


def add_image(library_path: Path, source: Path) -> str:
    """Copy ``source`` into the library's images folder; its name there (relative)."""
    source = Path(source)
    if source.suffix.lower() not in MEDIA_TYPES:
        raise HubDeskError("image.unsupported", path=source, types=", ".join(sorted(MEDIA_TYPES)))
    try:
        size = source.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise HubDeskError("image.too_large", path=source, limit=MAX_IMAGE_BYTES // (1024 * 1024))
        import hashlib  # OpenSSL, about 3 MB: loaded when a hash is first made

        digest = hashlib.sha256(source.read_bytes()).hexdigest()
    except OSError as exc:
        raise HubDeskError("image.unreadable", path=source, reason=exc.strerror or exc) from exc
    folder = assets_dir(library_path)
    name = asset_name(source, digest)
    target = folder / name
    if target.is_file():
        return name  # the same picture, already there
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise write_error(exc, folder / name, HubDeskError) from exc

    def copy(tmp: Path) -> None:
        shutil.copyfile(source, tmp)

    atomic_write(target, copy, error=HubDeskError)
    log.info("Image %s copied into %s", source, target)
    return name
