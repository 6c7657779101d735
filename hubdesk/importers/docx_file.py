"""An article from a Word file (``.docx``), read with python-docx.

The first Heading 1 (or a paragraph in the Title style) is the title; Heading 1 and 2
after it start sections, lower levels stay inside them as ``###``. Bold, italic,
links, bullet and numbered lists, tables, footnotes and images are kept as
Markdown. Tracked changes: the text as if every change were accepted, and a note
saying how many insertions and deletions were pending; comments are listed in the
notes. The file is checked as a ZIP before anything is unpacked (see ``zip_guard``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document as open_docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError

from hubdesk.errors import ImportRefusedError
from hubdesk.importers.imported import ImportedArticle, Metadata, assemble, title_from_text
from hubdesk.importers.zip_guard import check_zip

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_HEADING_RE = re.compile(r"^(?:heading|titre)\s*(\d)$", re.IGNORECASE)
_SPECIAL_RE = re.compile(r"([\\`*_\[\]])")


def _escape(text: str) -> str:
    return _SPECIAL_RE.sub(r"\\\1", text)


class _Reader:
    """Walks the document's XML in order, writing Markdown lines."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.links = {r.rId: r.target_ref for r in doc.part.rels.values() if r.reltype == RT.HYPERLINK}
        self.images = {r.rId: r.target_ref for r in doc.part.rels.values() if r.reltype == RT.IMAGE}
        self.image_parts = {
            r.target_ref: r.target_part for r in doc.part.rels.values()
            if r.reltype == RT.IMAGE and not r.is_external
        }
        self.footnotes: dict[str, str] = {}
        self.used_notes: list[str] = []
        self.inserted = self.deleted = 0
        self.styles = {s.style_id: s.name or "" for s in doc.styles}
        self._read_footnotes()

    def _read_footnotes(self) -> None:
        for rel in self.doc.part.rels.values():
            if rel.reltype != RT.FOOTNOTES:
                continue
            from lxml import etree

            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
            root = etree.fromstring(rel.target_part.blob, parser)
            for note in root.iter(f"{W}footnote"):
                if note.get(f"{W}type") in ("separator", "continuationSeparator"):
                    continue
                text = " ".join(self.inline(p).strip() for p in note.iter(f"{W}p")).strip()
                self.footnotes[note.get(f"{W}id") or ""] = text

    def inline(self, element) -> str:
        out: list[str] = []
        for child in element:
            tag = child.tag
            if tag == f"{W}r":
                out.append(self.run(child))
            elif tag == f"{W}hyperlink":
                text = self.inline(child)
                target = self.links.get(child.get(R_ID) or "", "")
                out.append(f"[{text}]({target})" if target and text else text)
            elif tag == f"{W}ins":
                self.inserted += 1
                out.append(self.inline(child))
            elif tag == f"{W}del":
                self.deleted += 1
            elif tag in (f"{W}smartTag", f"{W}customXml", f"{W}fldSimple", f"{W}sdt", f"{W}sdtContent"):
                out.append(self.inline(child))
        return "".join(out)

    def run(self, run) -> str:
        props = run.find(f"{W}rPr")
        bold = props is not None and _on(props.find(f"{W}b"))
        italic = props is not None and _on(props.find(f"{W}i"))
        parts: list[str] = []
        for child in run:
            if child.tag == f"{W}t":
                parts.append(_escape(child.text or ""))
            elif child.tag == f"{W}tab":
                parts.append(" ")
            elif child.tag in (f"{W}br", f"{W}cr"):
                parts.append(" ")
            elif child.tag == f"{W}footnoteReference":
                note = child.get(f"{W}id") or ""
                self.used_notes.append(note)
                parts.append(f"[^{note}]")
            elif child.tag == f"{W}drawing":
                for blip in child.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}blip"):
                    target = self.images.get(blip.get(R_EMBED) or "", "")
                    parts.append(f"![]({target})")
        text = "".join(parts)
        if not text.strip() or text.startswith(("![", "[^")):
            return text
        core = text.strip()
        if bold and italic:
            core = f"***{core}***"
        elif bold:
            core = f"**{core}**"
        elif italic:
            core = f"*{core}*"
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        return f"{lead}{core}{trail}"

    def paragraph_style(self, p) -> tuple[str, bool, bool]:
        """(style name, is a list item, is numbered)."""
        props = p.find(f"{W}pPr")
        name = ""
        listed = numbered = False
        if props is not None:
            style = props.find(f"{W}pStyle")
            if style is not None:
                name = self.styles.get(style.get(f"{W}val") or "", style.get(f"{W}val") or "")
            listed = props.find(f"{W}numPr") is not None
        lowered = name.lower()
        if lowered.startswith("list bullet") or lowered.startswith("list number"):
            listed = True
        numbered = lowered.startswith("list number")
        return name, listed, numbered

    def table(self, tbl) -> str:
        rows = []
        for tr in tbl.iter(f"{W}tr"):
            cells = [" ".join(self.inline(p).strip() for p in tc.iter(f"{W}p")).replace("|", "\\|")
                     for tc in tr.iter(f"{W}tc")]
            rows.append(cells)
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)

    def markdown(self) -> tuple[str, str]:
        """(title, Markdown body)."""
        title = ""
        blocks: list[str] = []
        number = 0
        for element in self.doc.element.body:
            if element.tag == f"{W}tbl":
                blocks.append(self.table(element))
                continue
            if element.tag != f"{W}p":
                continue
            name, listed, numbered = self.paragraph_style(element)
            text = self.inline(element).strip()
            if not text:
                continue
            m = _HEADING_RE.match(name)
            if name.lower() in ("title", "titre") or (m and m.group(1) == "1" and not title):
                if not title:
                    title = text.replace("\\", "")
                    continue
            if name.lower() in ("quote", "intense quote", "citation"):
                blocks.append(f"> {text}")
            elif m:
                level = max(2, int(m.group(1)))
                blocks.append("#" * level + " " + text.strip("*"))
            elif listed:
                number = number + 1 if numbered else 0
                item = f"{number}. {text}" if numbered else f"- {text}"
                if blocks and blocks[-1].startswith(("- ", "1. ")) and not blocks[-1].startswith("#"):
                    blocks[-1] += "\n" + item
                else:
                    blocks.append(item)
                continue
            else:
                blocks.append(text)
            number = 0
        notes = [f"[^{n}]: {self.footnotes[n]}" for n in self.used_notes if n in self.footnotes]
        if notes:
            blocks.append("\n".join(notes))
        return title, "\n\n".join(blocks) + "\n"

    def comments(self) -> list[str]:
        found = []
        for rel in self.doc.part.rels.values():
            if rel.reltype != RT.COMMENTS:
                continue
            from lxml import etree

            parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
            root = etree.fromstring(rel.target_part.blob, parser)
            for comment in root.iter(f"{W}comment"):
                author = comment.get(f"{W}author") or "?"
                text = " ".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in comment.iter(f"{W}p"))
                found.append(f"{author}: {text.strip()}")
        return found


def _on(flag) -> bool:
    if flag is None:
        return False
    return (flag.get(f"{W}val") or "true").lower() not in ("0", "false", "off")


def _blob(part: Any) -> bytes:
    """A package part's bytes (a picture inside the file)."""
    return bytes(part.blob)


def import_docx(path: Path, *, default_language: str = "") -> ImportedArticle:
    """The article in a Word file; ``ImportRefusedError`` for a broken or hostile one."""
    check_zip(path)
    try:
        doc = open_docx(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ImportRefusedError(path, "import.docx_unreadable", reason=exc) from exc
    except Exception as exc:  # lxml's XMLSyntaxError and the like: a damaged document
        if exc.__class__.__module__.startswith(("lxml", "docx", "zipfile")):
            raise ImportRefusedError(path, "import.docx_unreadable", reason=exc) from exc
        raise
    reader = _Reader(doc)
    title, body = reader.markdown()
    core = doc.core_properties
    meta = Metadata(
        title=title or (core.title or "").strip(), author=(core.author or "").strip(),
        description=(core.subject or "").strip(),
        tags=[t.strip() for t in (core.keywords or "").split(",") if t.strip()],
        language=(core.language or "").split("-")[0].lower(),
    )
    if not meta.title and body.strip():  # text without a title: its first line, as text import does
        meta.title, body = title_from_text(body, path.stem)
    if not meta.title:
        raise ImportRefusedError(path, "import.nothing")
    article = assemble(f"# {meta.title}\n\n{body}", meta, default_language=default_language)
    notes = []
    if reader.inserted or reader.deleted:
        notes.append(
            f"{path}: tracked changes were pending ({reader.inserted} insertions, "
            f"{reader.deleted} deletions); imported as if accepted"
        )
    notes += [f"{path}: comment by {c}" for c in reader.comments()]
    images = [src for src in reader.images.values()]
    data: dict[str, Callable[[], bytes]] = {
        ref: functools.partial(_blob, part) for ref, part in reader.image_parts.items()}
    return ImportedArticle(article, notes, images, "", data)
