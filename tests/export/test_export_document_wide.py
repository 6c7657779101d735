"""DOCX and ODT go through the same document-wide rendering: references and notes resolve."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from hubdesk.export import export_article
from hubdesk.model.article import Article, Section
from tests.export.word_readback import docx_notes


def _article() -> Article:
    return Article(
        title="Across sections",
        lead="The lead cites [the spec][spec].",
        sections=[
            Section("First", "Read [the spec][spec] first[^why]."),
            Section("Links", "[spec]: https://spec.example/v2\n\n[^why]: Because it is short."),
        ],
        language="en",
    )


def test_docx_resolves_references_and_keeps_the_notes(tmp_path: Path) -> None:
    path = export_article(_article(), "docx", tmp_path / "a.docx")
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "[the spec]" not in text and "[spec]" not in text and "[^why]" not in text
    assert docx_notes(document) == ["Because it is short."]  # a real footnote
    targets = {r.rId: r.target_ref for r in document.part.rels.values() if r.is_external}
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml").decode("utf-8")
    linked = [rid for rid, url in targets.items() if url == "https://spec.example/v2"]
    # the lead is written as plain emphasis (no links in DOCX's lead); the section links
    assert len(linked) == 1 and body.count(f'r:id="{linked[0]}"') == 1
    assert "The lead cites the spec." in text


def test_odt_resolves_references_and_keeps_the_notes(tmp_path: Path) -> None:
    path = export_article(_article(), "odt", tmp_path / "a.odt")
    with zipfile.ZipFile(path) as z:
        content = z.read("content.xml").decode("utf-8")
    assert content.count('xlink:href="https://spec.example/v2"') == 2
    assert "[the spec]" not in content and "[^why]" not in content
    assert "Because it is short." in content
    assert content.count("<text:note ") == 1
