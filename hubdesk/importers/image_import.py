"""Images that come with an imported file: moved into the library's images folder.

A saved page's local images (its ``NAME_files`` folder) and the pictures inside a
Word or OpenDocument file are copied into ``<library>.images/`` (the folder Insert
Image uses, :mod:`hubdesk.library.image_folder`), named by their content's digest,
and the article's Markdown is rewritten to name them there. It happens in two steps
so that nothing is written for an article that is not saved (a skipped duplicate):
``adopt_images`` reads the pictures and rewrites the Markdown, ``copy_images``
writes the files. A picture of a type the app cannot show, too large or unreadable
keeps its address and is named in the import's notes.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hubdesk.errors import HubDeskError
from hubdesk.files import atomic_write, write_error
from hubdesk.library.image_folder import MAX_IMAGE_BYTES, MEDIA_TYPES, asset_name, assets_dir
from hubdesk.model.article import Article

log = logging.getLogger(__name__)

ImageSources = dict[str, Callable[[], bytes]]  # the address as written -> its bytes


class ImageTooLarge(ValueError):
    """A picture beyond ``MAX_IMAGE_BYTES``, found before reading it whole."""


@dataclass(frozen=True)
class AdoptedImage:
    """A picture to write into the library's images folder under ``name``."""

    name: str
    data: bytes


def _replace_address(text: str, src: str, name: str) -> str:
    """``text`` with every Markdown image address ``src`` made ``name``."""
    pattern = re.compile(r"(!\[[^\]\n]*\]\(\s*<?)" + re.escape(src) + r"(?=>?[\s)])")
    return pattern.sub(lambda m: m.group(1) + name, text)


def adopt_images(
    article: Article, sources: ImageSources, notes: list[str] | None = None, origin: object = ""
) -> list[AdoptedImage]:
    """Rewrite ``article``'s image addresses found in ``sources`` to their names in the
    library's images folder; the pictures to write there (once each)."""
    adopted: dict[str, AdoptedImage] = {}
    for src, read in sources.items():
        suffix = posixpath.splitext(src.split("?", 1)[0].split("#", 1)[0])[1].lower()
        problem = ""
        if suffix not in MEDIA_TYPES:
            problem = f"is a {suffix or 'file with no'} picture, which the app does not show"
        else:
            try:
                data = read()
            except ImageTooLarge:
                problem = f"is larger than {MAX_IMAGE_BYTES // 2**20} MB"
            except (OSError, KeyError, ValueError) as exc:
                problem = f"could not be read ({exc.__class__.__name__})"
            else:
                if len(data) > MAX_IMAGE_BYTES:
                    problem = f"is larger than {MAX_IMAGE_BYTES // 2**20} MB"
        if problem:
            if notes is not None:
                notes.append(f"{origin}: image {src} {problem}; its address is kept")
            continue
        digest = hashlib.sha256(data).hexdigest()
        name = asset_name(Path(posixpath.basename(src.split("?", 1)[0]) or "image" + suffix), digest)
        adopted.setdefault(name, AdoptedImage(name, data))
        article.lead = _replace_address(article.lead, src, name)
        for section in article.sections:
            section.body = _replace_address(section.body, src, name)
    return list(adopted.values())


def copy_images(library_path: Path, images: list[AdoptedImage]) -> None:
    """Write the pictures into the library's images folder (those already there are kept)."""
    if not images:
        return
    folder = assets_dir(Path(library_path))
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise write_error(exc, folder, HubDeskError) from exc
    for image in images:
        target = folder / image.name
        if target.is_file():
            continue  # the same picture (its name holds its digest)
        atomic_write(target, functools.partial(_write, data=image.data), error=HubDeskError)
        log.info("Imported image written to %s", target)


def _write(tmp: Path, *, data: bytes) -> None:
    tmp.write_bytes(data)


def file_reader(path: Path) -> Callable[[], bytes]:
    """Reads a picture on disk, refusing one beyond ``MAX_IMAGE_BYTES`` before reading it."""

    def read() -> bytes:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            raise ImageTooLarge(path)
        return path.read_bytes()

    return read
