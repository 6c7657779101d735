"""Safe file names from slugs (the writes themselves go through ``hubdesk.files``)."""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from hubdesk.errors import ExportError

log = logging.getLogger(__name__)


#: Longest stem we produce: leaves room for a "-NN" suffix and the extension within
#: the 255-byte name limit of common file systems, and keeps Windows paths short.
MAX_STEM = 100

_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10)),
    "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³",
}


def safe_stem(slug: str, max_length: int = MAX_STEM) -> str:
    """A file name stem from a slug, valid on Windows, macOS and Linux.

    Only ASCII letters, digits, ``-`` and ``_`` survive; no dots (so no ``..``),
    no separators, no reserved device names (``CON``, ``LPT1``…), never empty.
    """
    text = unicodedata.normalize("NFKD", slug or "").encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9_-]+", "-", text)
    text = re.sub(r"-{2,}", "-", text).strip("-_")
    if len(text) > max_length:
        text = text[:max_length].rstrip("-_")
    if not text:
        text = "article"
    if text.upper() in _WINDOWS_RESERVED or text.split("-")[0].upper() in _WINDOWS_RESERVED:
        text = f"article-{text}"[:max_length]
    return text


def safe_filename(slug: str, extension: str) -> str:
    """``safe_stem(slug)`` plus the extension (``".html"``)."""
    return safe_stem(slug) + extension


def target_inside(folder: Path, name: str) -> Path:
    """``folder / name``, checked to stay inside ``folder`` (defence in depth)."""
    root = folder.resolve()
    path = (root / name).resolve()
    if path.parent != root:
        raise ExportError("export.leaves_folder", name=repr(name), folder=folder)
    return path


def unique_names(stems: list[str], extension: str) -> list[str]:
    """File names for a batch: equal stems get ``-2``, ``-3``… (case-insensitively)."""
    seen: set[str] = set()
    out = []
    for stem in stems:
        name, n = stem, 1
        while name.lower() in seen:
            n += 1
            name = f"{stem}-{n}"
        seen.add(name.lower())
        out.append(name + extension)
    return out
