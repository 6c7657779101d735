"""The live preview: house look, part-by-part updates, and nothing from the network."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument

from hubdesk.model.article import Article, Section
from hubdesk.ui.editor.preview import Preview
from tests import corpus


def make_preview(qtbot, article: Article, *, wait: bool = True) -> Preview:
    """A shown preview of ``article``; with ``wait``, once its document is built."""
    preview = Preview()
    qtbot.addWidget(preview)
    preview.resize(700, 500)
    preview.show()
    preview.show_article(article)
    if wait:
        qtbot.waitUntil(preview.is_complete)
    return preview


def test_parts_are_rendered_in_their_own_regions(qtbot):
    article = corpus.make_article(2000, seed=1, language="en", sections=4)
    preview = make_preview(qtbot, article)
    assert preview.region_count() == 1 + 1 + 4 + 1 + 2  # title, lead, sections, notes, credits, top
    assert preview.title_text() == article.title
    assert preview.part_text(2).split("\n")[0] == article.sections[1].heading
    assert "Thanks to the author(s) of the original content:" in preview.credits_text()
    assert "Back to top" in preview.toPlainText()
    # Re-render one section only: the others keep their regions and text.
    other = preview.part_text(3)
    article.sections[1].body = "A *new* body."
    preview.part_changed(2)
    preview.flush()
    assert preview.part_text(2) == f"{article.sections[1].heading}\nA new body."
    assert preview.part_text(3) == other


def test_raw_html_cannot_run_and_nothing_is_fetched(qtbot):
    article = Article(
        title="Safe",
        sections=[
            Section(
                "One",
                '<script>alert(1)</script><img src="https://example.org/x.png">'
                '<a href="javascript:alert(1)">js</a>',
            )
        ],
    )
    preview = make_preview(qtbot, article)
    html = preview.document().toHtml()
    assert "<script" not in html and "javascript:" not in html
    assert (
        preview.loadResource(
            QTextDocument.ResourceType.ImageResource, QUrl("https://example.org/x.png")
        )
        is None
    )
    assert (
        preview.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("//example.org/x.png"))
        is None
    )


def test_web_links_open_only_after_confirmation(qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    preview = make_preview(qtbot, corpus.make_article(300, seed=2))
    answers = iter([False, True])
    asked: list[str] = []
    preview.confirm_external = lambda url: asked.append(url.toString()) or next(answers)
    preview.anchorClicked.emit(QUrl("https://example.org/a"))
    assert opened == []
    preview.anchorClicked.emit(QUrl("https://example.org/a"))
    assert opened == ["https://example.org/a"]
    assert asked == ["https://example.org/a"] * 2
    preview.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://example.org/a"]


def test_back_to_top_link_scrolls_inside_the_preview(qtbot):
    preview = make_preview(qtbot, corpus.make_article(3000, seed=4))
    qtbot.waitUntil(lambda: preview.verticalScrollBar().maximum() > 0)
    preview.verticalScrollBar().setValue(preview.verticalScrollBar().maximum())
    preview.anchorClicked.emit(QUrl("#top"))
    assert preview.verticalScrollBar().value() == 0


def test_long_article_is_built_in_a_worker_and_edits_made_meanwhile_are_kept(qtbot):
    article = corpus.make_article(20000, seed=5, sections=40)
    preview = make_preview(qtbot, article, wait=False)
    assert not preview.is_complete()  # built off the UI thread: the title shows meanwhile
    assert preview.toPlainText() == article.title
    qtbot.waitUntil(preview.is_complete)
    last = article.sections[-1]
    assert preview.region_count() == 1 + 1 + 40 + 1 + 2
    assert preview.part_text(40).startswith(last.heading + "\n")
    assert len(preview.part_text(40)) > 500
    # A part edited before the document arrives is rendered from the new text.
    article = corpus.make_article(20000, seed=6, sections=40)
    preview.show_article(article)
    article.sections[30].body = "Fresh *text*."
    preview.part_changed(31)
    preview.flush()
    with qtbot.waitSignal(preview.built):
        pass
    assert preview.part_text(31) == f"{article.sections[30].heading}\nFresh text."
    # Opening another article meanwhile: only the last one is shown.
    first, second = (corpus.make_article(20000, seed=s, sections=12) for s in (7, 8))
    preview.show_article(first)
    preview.show_article(second)
    qtbot.waitUntil(preview.is_complete)
    assert preview.title_text() == second.title
    assert preview.part_text(12).startswith(second.sections[-1].heading)


def test_hostile_article_is_built_in_a_worker(qtbot):
    # 80 KB of lines of "-" (40,000 empty list items): seconds of rendering, none on the UI thread.
    article = Article(title="Dashes", sections=[Section("Rules", "-\n" * 40_000)])
    preview = make_preview(qtbot, article, wait=False)
    assert not preview.is_complete()
    qtbot.waitUntil(preview.is_complete, timeout=60_000)
    assert preview.region_count() == 1 + 1 + 1 + 1 + 2
    assert preview.part_text(1).startswith("Rules")


def _links_in_part(preview: Preview, index: int) -> list[str]:
    """The link targets in the region of part ``index``, as the preview holds them."""
    start, end = preview._regions.bounds(1 + index)
    hrefs = []
    block = preview.document().findBlock(start)
    while block.isValid() and block.position() <= end:
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                hrefs.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return hrefs


def test_editing_a_definition_at_the_end_updates_every_section_using_it(qtbot, library, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    from tests.ui_helpers import make_settings, open_window

    article = Article(
        title="References at the end",
        lead="The lead cites the [specification][spec] once.",
        sections=[
            Section("First", "Read [the spec][spec] before anything else[^why]."),
            Section("Second", "Nothing to see here."),
            Section("Third", "And the [spec] again."),
            Section("References", "[spec]: https://one.example/spec\n\n[^why]: Because."),
        ],
        language="en",
    )
    library.save_article(article)
    window = open_window(qtbot, library, make_settings(tmp_path))
    window.open_article(article.id)
    preview = window.preview
    qtbot.waitUntil(preview.is_complete)
    assert _links_in_part(preview, 1)[0] == "https://one.example/spec"
    assert "https://one.example/spec" in _links_in_part(preview, 3)
    assert "https://one.example/spec" in _links_in_part(preview, 0)
    assert "#fn-why" in _links_in_part(preview, 1)
    rendered: list[int] = []
    preview.part_rendered.connect(rendered.append)

    editor = window.editor
    at = editor.toPlainText().index("one.example")
    cursor = QTextCursor(editor.document())
    cursor.setPosition(at + 3)
    editor.setTextCursor(cursor)
    editor.setFocus()
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "two")
    assert "[spec]: https://two.example/spec" in editor.toPlainText()

    qtbot.waitUntil(lambda: _links_in_part(preview, 1)[:1] == ["https://two.example/spec"])
    assert "https://two.example/spec" in _links_in_part(preview, 3)
    assert "https://two.example/spec" in _links_in_part(preview, 0)
    assert "Nothing to see here." in preview.part_text(2)
    # re-rendered: the edited part, and the lead and sections using the link; not the second
    assert set(rendered) == {0, 1, 3, 4}
    assert preview.part_text(1).startswith("First\nRead the spec before anything else")


def test_remote_image_is_a_placeholder_in_preview_and_reader(qtbot):
    from hubdesk.ui.reader.reader_browser import ReaderBrowser

    article = Article(
        title="Images",
        lead="Lead.",
        sections=[
            Section(
                "Pictures",
                "Before.\n\n![A harbour at dawn](https://images.example.org/h.jpg)\n\nAfter.",
            )
        ],
        language="en",
    )
    preview = make_preview(qtbot, article)
    loaded: list[str] = []
    preview.loadResource = lambda kind, url: loaded.append(url.toString())  # noqa: ARG005
    reader = ReaderBrowser()
    qtbot.addWidget(reader)
    reader.show_article(article)
    expected = "\u25a3 A harbour at dawn \u00b7 images.example.org"
    assert expected in preview.part_text(1).replace("\u00a0", " ")
    assert expected in reader.toPlainText().replace("\u00a0", " ")
    assert loaded == [] and reader.refused_urls == []
