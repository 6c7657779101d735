"""A small article written as a file of any importable format (for tests over every suffix)."""

from __future__ import annotations

import html
from pathlib import Path


def write_sample(path: Path, title: str, lead: str, heading: str, body: str) -> Path:
    """Write the article at ``path`` in the format its suffix names."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        e = html.escape
        path.write_text(
            f"<!DOCTYPE html><html><head><title>{e(title)}</title></head><body><article>"
            f"<h1>{e(title)}</h1><p>{e(lead)}</p><h2>{e(heading)}</h2><p>{e(body)}</p>"
            "</article></body></html>\n",
            encoding="utf-8",
        )
    elif suffix == ".docx":
        from docx import Document

        doc = Document()
        doc.add_heading(title, 1)
        doc.add_paragraph(lead)
        doc.add_heading(heading, 2)
        doc.add_paragraph(body)
        doc.save(str(path))
    elif suffix == ".odt":
        from odf.opendocument import OpenDocumentText
        from odf.text import H, P

        doc = OpenDocumentText()
        for element in (H(outlinelevel=1, text=title), P(text=lead), H(outlinelevel=2, text=heading),
                        P(text=body)):
            doc.text.addElement(element)
        doc.save(str(path))
    else:
        path.write_text(f"# {title}\n\n{lead}\n\n## {heading}\n\n{body}\n", encoding="utf-8")
    return path
