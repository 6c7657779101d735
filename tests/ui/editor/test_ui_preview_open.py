"""Opening a long article in the preview: what changed during the build goes in before it shows."""

from __future__ import annotations

from hubdesk.model.article import Credit
from hubdesk.ui.editor import preview as preview_module
from hubdesk.ui.editor.preview import Preview
from hubdesk.ui.editor.preview_regions import Regions
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
