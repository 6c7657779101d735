"""Checks on a Markdown file before and after it becomes an article.

- A file holding front matter and nothing else (a site's section index, ``_index.md``)
  is refused: it has no article text to import.
- A relative image that cannot be found next to the file is reported, with the file
  and the path looked for, instead of silently becoming a placeholder.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from hubdesk.errors import ImportRefusedError
from hubdesk.formats.front_matter import split_front_matter
from hubdesk.model.article import Article

log = logging.getLogger(__name__)

# ![alt](path "title") and ![alt](<path with spaces>), one line at a time
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\(\s*(<[^>\n]+>|[^)\s]+)(?:\s+[\"'(][^\n)]*)?\)")
_REMOTE_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|#)", re.IGNORECASE)


def refuse_front_matter_only(text: str, path: Path) -> None:
    """Raise ``ImportRefusedError`` if the file is front matter with no text after it."""
    fm = split_front_matter(text, path)
    if fm.kind and not fm.body.strip():
        raise ImportRefusedError(path, "import.front_matter_only", kind=fm.kind)


def _image_targets(text: str) -> list[str]:
    found = []
    for match in _IMAGE_RE.finditer(text):
        target = match.group(1).strip("<>").strip()
        if target and not _REMOTE_RE.match(target):
            found.append(target.split("#", 1)[0].split("?", 1)[0])
    return found


def _parts(article: Article) -> list[str]:
    return [article.lead] + [s.body for s in article.sections]


def missing_images(article: Article, path: Path) -> list[str]:
    """One note for each relative image of the article that is not found beside ``path``."""
    notes: list[str] = []
    folder = path.parent
    seen: set[str] = set()
    for part in _parts(article):
        for target in _image_targets(part):
            if target in seen:
                continue
            seen.add(target)
            where = folder / target.lstrip("/") if target.startswith("/") else folder / target
            try:
                exists = where.is_file()
            except (OSError, ValueError):
                exists = False
            if not exists:
                notes.append(f"{path}: image {target} not found (looked for {where})")
    for note in notes:
        log.info(note)
    return notes
