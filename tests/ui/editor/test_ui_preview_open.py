"""Opening a long article in the preview: what changed during the build goes in before it shows."""

from __future__ import annotations

from hubdesk.formats.md_document import MarkdownDocument
from hubdesk.formats.render import body_parts
from hubdesk.model.article import Article, Credit, Section
from hubdesk.ui.editor import preview as preview_module
from hubdesk.ui.editor import preview_regions
from hubdesk.ui.editor.preview import Preview
from hubdesk.ui.editor.preview_builder import part_html
from hubdesk.ui.editor.preview_regions import Regions, split_html
from tests import corpus


def _shown(qtbot, article, *, wait: bool = True) -> Preview:
    preview = Preview()
    qtbot.addWidget(preview)
    preview.resize(700, 500)
    preview.show()
    preview.show_article(article)
    if wait:
        qtbot.waitUntil(preview.is_complete, timeout=30_000)
    return preview


def test_edits_made_during_the_build_end_as_a_one_shot_build(qtbot, monkeypatch):
    article = corpus.make_article(20000, seed=21, language="en", sections=30)
    preview = _shown(qtbot, article, wait=False)
    assert not preview.is_complete()
    article.title = "A title changed while the preview was built"
    article.credits.append(Credit(title="A late source", author="Someone"))
    article.language = "fr"
    article.sections[4].body = "A *new* body for the fifth section."
    preview.part_changed(5)
    preview.update_title()
    preview.update_credits()
    with qtbot.waitSignal(preview.built, timeout=30_000):
        pass
    monkeypatch.setattr(preview_module, "SYNC_CHARS", 10**9)  # the reference: built at once
    reference = _shown(qtbot, article)
    assert preview.document().toHtml() == reference.document().toHtml()
    assert preview.title_text() == "A title changed while the preview was built"
    assert (
        preview.part_text(5) == f"{article.sections[4].heading}\nA new body for the fifth section."
    )
    assert "A late source" in preview.credits_text()


def test_a_build_nothing_overtook_is_shown_as_it_was_built(qtbot, monkeypatch):
    article = corpus.make_article(20000, seed=22, language="en", sections=30)
    rendered: list[str] = []
    real = Regions.replace
    monkeypatch.setattr(
        Regions, "replace", lambda regions, k, html: rendered.append(html) or real(regions, k, html)
    )
    preview = _shown(qtbot, article, wait=False)
    shown_while_building = list(rendered)
    with qtbot.waitSignal(preview.built, timeout=30_000):
        pass
    assert rendered == shown_while_building  # no region of the built document rendered again
    monkeypatch.setattr(preview_module, "SYNC_CHARS", 10**9)
    assert preview.document().toHtml() == _shown(qtbot, article).document().toHtml()


def _blocks(preview: Preview) -> list[tuple[str, float, float, float]]:
    """Each block's text, top, and margins, as laid out at one width."""
    doc = preview.document()
    doc.setTextWidth(700)
    layout = doc.documentLayout()
    out = []
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        top = layout.blockBoundingRect(block).top()
        out.append((block.text(), round(top, 2), fmt.topMargin(), fmt.bottomMargin()))
        block = block.next()
    return out


def test_a_long_part_put_in_in_pieces_looks_as_put_in_whole(qtbot, monkeypatch):
    # A part of 40 KB of HTML (paragraphs, lists, tables, rules, code, quotes) is inserted
    # in pieces when the document is built, so that no one Qt call holds Python's lock long.
    unit = (
        "Text with **bold** and a [link](https://example.com).\n\n- one\n- two\n    - nested\n\n"
        "1. first\n2. second\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n\n```\ncode <x>\n```\n\n"
        "> quoted\n\n### Sub\n\nText.\n\n"
    )
    article = Article(
        title="Pieces",
        lead=unit * 60,
        language="en",
        sections=[Section("Big", unit * 60), Section("After", "The end.")],
    )
    html = part_html(MarkdownDocument(body_parts(article)), article.sections, 1)
    assert len(split_html(html)) >= 4
    monkeypatch.setattr(preview_module, "SYNC_CHARS", 10**9)
    monkeypatch.setattr(preview_regions, "CHUNK_CHARS", 10**9)
    whole = _shown(qtbot, article)
    starts, shown = set(), [whole]  # each preview kept until the test ends
    for size in (200, 225, 250, 300):  # pieces that start with each kind of element
        starts |= {piece.split(">", 1)[1].lstrip()[:3] for piece in split_html(html, size)}
        monkeypatch.setattr(preview_regions, "CHUNK_CHARS", size)
        pieces = _shown(qtbot, article)
        shown.append(pieces)
        assert _blocks(pieces) == _blocks(whole)
        assert [pieces.part_text(i) for i in range(3)] == [whole.part_text(i) for i in range(3)]
    assert {"<ul", "<ol", "<ta", "<hr", "<bl", "<h3", "<p>"} <= starts

