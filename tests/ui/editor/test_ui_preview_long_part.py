"""A long part typed in is rendered in the preview worker; the latest text always ends shown."""

from __future__ import annotations

from hubdesk.model.article import Article, Section
from hubdesk.ui.editor import preview as preview_module
from hubdesk.ui.editor.preview import Preview


def _article(paragraphs: int = 4_000) -> Article:
    lead = "\n\n".join(f"Paragraph {i} of a *long* lead." for i in range(paragraphs))
    return Article(title="Long", language="en", lead=lead,
                   sections=[Section("Next", "A short section.")])


def _preview(qtbot, article: Article) -> Preview:
    preview = Preview()
    qtbot.addWidget(preview)
    preview.resize(700, 500)
    preview.show()
    preview.show_article(article)
    qtbot.waitUntil(preview.is_complete, timeout=60_000)
    return preview


def _fresh_text(qtbot, article: Article, index: int) -> str:
    return _preview(qtbot, article).part_text(index)


def test_a_long_part_typed_in_is_rendered_by_the_worker_and_shown(qtbot):
    article = _article()
    assert len(article.lead) > preview_module.WORKER_PART_CHARS
    preview = _preview(qtbot, article)
    renders = preview._doc.renders
    article.lead += "\n\nA last *typed* paragraph."
    preview.part_changed(0)
    preview.flush()
    assert not preview.is_complete()  # on its way from the worker, not rendered here
    assert preview._doc.renders == renders
    assert "A last typed paragraph." not in preview.part_text(0)
    qtbot.waitUntil(preview.is_complete, timeout=30_000)
    assert preview.part_text(0).endswith("A last typed paragraph.")
    assert preview.part_text(0) == _fresh_text(qtbot, article, 0)


def test_typing_on_while_the_worker_renders_ends_with_the_latest_text(qtbot):
    article = _article()
    preview = _preview(qtbot, article)
    for n in range(5):
        article.lead += f" word{n}"
        preview.part_changed(0)
        preview.flush()
    qtbot.waitUntil(preview.is_complete, timeout=30_000)
    assert preview.part_text(0).endswith("word0 word1 word2 word3 word4")
    assert preview.part_text(0) == _fresh_text(qtbot, article, 0)


def test_a_short_part_is_still_rendered_at_once(qtbot):
    article = _article()
    preview = _preview(qtbot, article)
    article.sections[0].body = "A short section, edited."
    preview.part_changed(1)
    preview.flush()
    assert preview.is_complete()
    assert preview.part_text(1) == "Next\nA short section, edited."


def test_a_structure_change_during_the_render_ends_as_a_fresh_preview(qtbot):
    article = _article()
    preview = _preview(qtbot, article)
    article.lead += "\n\nTyped before the split."
    preview.part_changed(0)
    preview.flush()
    article.sections.insert(0, Section("Inserted", "New text."))
    preview.parts_replaced(1, 1, 2)
    qtbot.waitUntil(preview.is_complete, timeout=30_000)
    for index in range(3):
        assert preview.part_text(index) == _fresh_text(qtbot, article, index)
