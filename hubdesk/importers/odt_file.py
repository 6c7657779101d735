"""An article from an OpenDocument text (``.odt``), read with odfpy.

The first level-1 heading (or the document's title) is the article's title; level 1
and 2 headings after it start sections, lower levels stay inside them as ``###``.
Bold and italic (from the automatic styles), links, lists, tables, footnotes and
images are kept as Markdown. Tracked changes: the text as if every change were
accepted, with a note counting the pending ones; comments are listed in the notes.
The file is checked as a ZIP before odfpy unpacks it; odfpy parses its XML through
defusedxml, which refuses entity declarations.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from odf import opendocument as _odfpy
from odf.namespaces import DRAWNS, FONS, OFFICENS, STYLENS, TABLENS, TEXTNS, XLINKNS
from odf.opendocument import load as load_odf

from hubdesk.errors import ImportRefusedError
from hubdesk.importers.imported import ImportedArticle, Metadata, assemble, title_from_text
from hubdesk.importers.zip_guard import check_zip

_REMOTE_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)

log = logging.getLogger(__name__)


class NotWellFormedXML(Exception):
    """An XML part of the file is not well-formed XML."""


def _refuse_unparsable_part(*_args: object) -> None:
    """odfpy's only ``print``: on an XML part it cannot parse it prints the whole part to
    standard output (into the user's terminal, escapes and all) and goes on with the part
    left empty. Raising instead makes such a file a refusal."""
    raise NotWellFormedXML("an XML part is not well-formed")


_odfpy.print = _refuse_unparsable_part

_SPECIAL_RE = re.compile(r"([\\`*_\[\]])")
_SKIPPED = {(TEXTNS, "tracked-changes"), (OFFICENS, "annotation"), (TEXTNS, "note-citation")}


def _escape(text: str) -> str:
    return _SPECIAL_RE.sub(r"\\\1", text)


class _Reader:
    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.emphasis = self._styles()
        self.notes: list[str] = []
        self.comments: list[str] = []
        self.images: list[str] = []
        self.changes = 0

    def _styles(self) -> dict[str, str]:
        """Style name -> ``**``, ``*`` or ``***`` for bold and italic text styles."""
        found: dict[str, str] = {}
        for holder in (self.doc.automaticstyles, self.doc.styles):
            for style in holder.childNodes:
                if style.qname != (STYLENS, "style"):
                    continue
                bold = italic = False
                for props in style.childNodes:
                    if props.qname == (STYLENS, "text-properties"):
                        bold = props.attributes.get((FONS, "font-weight")) == "bold"
                        italic = props.attributes.get((FONS, "font-style")) == "italic"
                mark = "***" if bold and italic else "**" if bold else "*" if italic else ""
                if mark:
                    found[style.attributes.get((STYLENS, "name"), "")] = mark
        return found

    def inline(self, node: Any) -> str:
        out: list[str] = []
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                out.append(_escape(child.data))
                continue
            q = child.qname
            if q in _SKIPPED:
                if q == (OFFICENS, "annotation"):
                    self._comment(child)
                continue
            if q == (TEXTNS, "s"):
                out.append(" " * int(child.attributes.get((TEXTNS, "c"), "1")))
            elif q in ((TEXTNS, "tab"), (TEXTNS, "line-break")):
                out.append(" ")
            elif q == (TEXTNS, "span"):
                text = self.inline(child)
                mark = self.emphasis.get(child.attributes.get((TEXTNS, "style-name"), ""), "")
                core = text.strip()
                if mark and core:
                    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
                    text = f"{lead}{mark}{core}{mark}{trail}"
                out.append(text)
            elif q == (TEXTNS, "a"):
                href = child.attributes.get((XLINKNS, "href"), "")
                text = self.inline(child)
                out.append(f"[{text}]({href})" if href and text else text)
            elif q == (TEXTNS, "note"):
                body = next((c for c in child.childNodes if c.qname == (TEXTNS, "note-body")), None)
                number = str(len(self.notes) + 1)
                text = " ".join(self.inline(p).strip() for p in body.childNodes) if body else ""
                self.notes.append(f"[^{number}]: {text.strip()}")
                out.append(f"[^{number}]")
            elif q == (DRAWNS, "frame"):
                for image in child.childNodes:
                    if image.qname == (DRAWNS, "image"):
                        href = image.attributes.get((XLINKNS, "href"), "")
                        self.images.append(href)
                        out.append(f"![]({href})")
            elif q in ((TEXTNS, "change-start"), (TEXTNS, "change-end"), (TEXTNS, "change")):
                continue
            else:
                out.append(self.inline(child))
        return "".join(out)

    def _comment(self, node: Any) -> None:
        author = ""
        texts = []
        for child in node.childNodes:
            if child.qname[1] == "creator":
                author = "".join(c.data for c in child.childNodes if c.nodeType == c.TEXT_NODE)
            elif child.qname == (TEXTNS, "p"):
                texts.append(self.inline(child).replace("\\", ""))
        self.comments.append(f"{author or '?'}: {' '.join(texts).strip()}")

    def table(self, node: Any) -> str:
        rows = []
        for row in _descendants(node, (TABLENS, "table-row")):
            cells = [" ".join(self.inline(p).strip() for p in cell.childNodes).replace("|", "\\|")
                     for cell in row.childNodes if cell.qname == (TABLENS, "table-cell")]
            rows.append(cells)
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]])

    def items(self, node: Any) -> list[str]:
        out = []
        for item in node.childNodes:
            if item.qname != (TEXTNS, "list-item"):
                continue
            for child in item.childNodes:
                if child.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                    text = self.inline(child).strip()
                    if text:
                        out.append(f"- {text}")
                elif child.qname == (TEXTNS, "list"):
                    out += ["  " + line for line in self.items(child)]
        return out

    def markdown(self, title: str) -> tuple[str, str]:
        blocks: list[str] = []
        for node in self.doc.text.childNodes:
            q = node.qname
            if q == (TEXTNS, "tracked-changes"):
                self.changes += sum(1 for c in node.childNodes if c.qname == (TEXTNS, "changed-region"))
                continue
            if q == (TEXTNS, "h"):
                text = self.inline(node).strip()
                level = int(node.attributes.get((TEXTNS, "outline-level"), "1") or 1)
                if level == 1 and not title:
                    title = text.replace("\\", "")
                elif text:
                    blocks.append("#" * max(2, level) + " " + text.strip("*"))
            elif q == (TEXTNS, "p"):
                text = self.inline(node).strip()
                if text:
                    blocks.append(text)
            elif q == (TEXTNS, "list"):
                blocks.append("\n".join(self.items(node)))
            elif q == (TABLENS, "table"):
                blocks.append(self.table(node))
            elif q == (TEXTNS, "section"):
                blocks.append(self.inline(node))
        if self.notes:
            blocks.append("\n".join(self.notes))
        return title, "\n\n".join(b for b in blocks if b.strip()) + "\n"


def _descendants(node: Any, qname: tuple[str, str]) -> list[Any]:
    found, stack = [], list(reversed(node.childNodes))
    while stack:
        current = stack.pop()
        if current.nodeType != current.ELEMENT_NODE:
            continue
        if current.qname == qname:
            found.append(current)
        else:
            stack.extend(reversed(current.childNodes))
    return found


def _meta_text(doc: Any, local: str) -> str:
    for node in doc.meta.childNodes:
        if node.qname[1] == local:
            return "".join(c.data for c in node.childNodes if c.nodeType == c.TEXT_NODE).strip()
    return ""


def import_odt(path: Path, *, default_language: str = "") -> ImportedArticle:
    """The article in an OpenDocument text; ``ImportRefusedError`` for a broken or hostile one."""
    check_zip(path)
    try:
        doc = load_odf(str(path))
    except Exception as exc:  # odfpy raises whatever its ZIP and XML readers raise
        log.info("%s: odfpy could not read it: %r", path, exc)
        raise ImportRefusedError(path, "import.odt_unreadable", reason=exc.__class__.__name__) from exc
    reader = _Reader(doc)
    title, body = reader.markdown(_meta_text(doc, "title"))
    meta = Metadata(
        title=title, author=_meta_text(doc, "initial-creator") or _meta_text(doc, "creator"),
        description=_meta_text(doc, "description"),
        tags=[t.strip() for t in _meta_text(doc, "keyword").split(",") if t.strip()],
        language=_meta_text(doc, "language").split("-")[0].lower(),
    )
    if not meta.title and body.strip():  # text without a title: its first line, as text import does
        meta.title, body = title_from_text(body, path.stem)
    if not meta.title:
        raise ImportRefusedError(path, "import.nothing")
    article = assemble(f"# {meta.title}\n\n{body}", meta, default_language=default_language)
    notes = []
    if reader.changes:
        notes.append(f"{path}: {reader.changes} tracked changes were pending; imported as if accepted")
    notes += [f"{path}: comment by {c}" for c in reader.comments]
    return ImportedArticle(article, notes, reader.images, "", _pictures(path, reader.images))


def _pictures(path: Path, hrefs: list[str]) -> dict[str, Callable[[], bytes]]:
    """Readers of the pictures stored inside the file (``Pictures/...``), by address."""

    def reader(entry: str) -> Callable[[], bytes]:
        def read() -> bytes:
            with zipfile.ZipFile(path) as archive:
                return archive.read(entry)  # its size was checked by check_zip
        return read

    return {h: reader(h) for h in hrefs if h and not _REMOTE_RE.match(h) and not h.startswith("/")}
