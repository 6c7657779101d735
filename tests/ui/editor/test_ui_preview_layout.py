"""The preview's long document is laid out in slices, to the same size as Qt's own steps."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from hubdesk.model.article import Article, Section
from hubdesk.ui.editor.preview import Preview
from hubdesk.ui.editor.preview_layout import LayoutPacer


def _document(blocks: int) -> QTextDocument:
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    QTextCursor(doc).insertHtml("".join(f"<p>Line {i}</p>" for i in range(blocks)))
    return doc


def _laid_out(qtbot, view: QTextBrowser) -> float:
    doc = view.document()
    layout = doc.documentLayout()
    qtbot.waitUntil(lambda: layout.documentSize().height() > 0 and view.verticalScrollBar()
                    .maximum() > 0, timeout=30_000)
    last = doc.lastBlock()
    qtbot.waitUntil(lambda: layout.blockBoundingRect(last).bottom() > 0, timeout=30_000)
    return layout.documentSize().height()


def test_a_paced_layout_ends_where_qts_own_steps_end(qtbot):
    heights = []
    for paced in (False, True):
        view = QTextBrowser()
        qtbot.addWidget(view)
        view.resize(600, 400)
        view.show()
        doc = _document(60_000)
        pacer = LayoutPacer(view)
        if paced:
            pacer.follow(doc)
        view.setDocument(doc)
        qtbot.waitUntil(lambda p=pacer, d=doc, on=paced: not on or p._at >= d.lastBlock().position(),
                        timeout=60_000)
        if paced:
            assert pacer.slices > 5  # many short slices, not one long step
        height = _laid_out(qtbot, view)
        heights.append(height)
        if paced:  # the scroll bar comes to reach the end of the laid out document
            bar, room = view.verticalScrollBar(), view.viewport().height()
            qtbot.waitUntil(lambda b=bar, h=height, r=room: abs(b.maximum() - (h - r)) <= 2,
                            timeout=10_000)
    assert heights[0] == heights[1]
    assert heights[0] > 60_000 * 10


def test_an_edit_and_a_new_width_take_the_pacing_back(qtbot):
    """An edit before the paced place moves it back; a new width lays out from the start."""
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    doc = _document(30_000)
    pacer = LayoutPacer(view)
    pacer.follow(doc)
    view.setDocument(doc)
    qtbot.waitUntil(lambda: pacer._at >= doc.lastBlock().position(), timeout=60_000)
    block = doc.findBlockByNumber(20_000)
    QTextCursor(block).insertText("An edit ")
    assert pacer._at <= block.position()
    pacer.restart()
    assert pacer._at == 0
    before = pacer.slices
    view.resize(300, 400)
    qtbot.waitUntil(lambda: pacer._at >= doc.lastBlock().position(), timeout=60_000)
    assert pacer.slices > before


def test_the_preview_paces_the_document_it_shows(qtbot):
    preview = Preview()
    qtbot.addWidget(preview)
    preview.resize(700, 500)
    preview.show()
    lead = "\n\n".join(f"Paragraph {i}." for i in range(20_000))
    article = Article(title="Many", language="en", lead=lead, sections=[Section("End", "Last.")])
    preview.show_article(article)
    qtbot.waitUntil(preview.is_complete, timeout=60_000)
    doc = preview.document()
    qtbot.waitUntil(lambda: preview.layout_pacer._at >= doc.lastBlock().position(), timeout=60_000)
    assert preview.layout_pacer.slices > 5
    height = doc.documentLayout().documentSize().height()
    assert height > 20_000 * 10
    room = preview.viewport().height()
    qtbot.waitUntil(lambda: abs(preview.verticalScrollBar().maximum() - (height - room)) <= 2,
                    timeout=10_000)
