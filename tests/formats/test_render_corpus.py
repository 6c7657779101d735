"""Thirty realistic posts (tests/fixtures/posts): parts match the whole body, and golden HTML.

The golden files (tests/fixtures/posts/golden/*.html) are the rendered bodies as
a person read and accepted them. To regenerate after a deliberate change, run
``HUBDESK_UPDATE_GOLDEN=1 pytest tests/formats/test_render_corpus.py`` and read
the diff of every golden file before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from hubdesk.formats.markdown_format import markdown_to_article
from hubdesk.formats.md_document import whole_html
from hubdesk.formats.render import body_document, render_article_body
from hubdesk.model.article import Article
from hubdesk.model.document import compose

POSTS = Path(__file__).resolve().parents[1] / "fixtures" / "posts"
GOLDEN = POSTS / "golden"
NAMES = sorted(p.stem for p in POSTS.glob("*.md"))


def load_post(name: str) -> Article:
    return markdown_to_article((POSTS / f"{name}.md").read_text(encoding="utf-8"), name)


def _blank_lines_aside(fragment: str) -> str:
    return re.sub(r">\n\n+<", ">\n<", fragment)


def test_the_corpus_is_thirty_posts_in_two_languages() -> None:
    assert len(NAMES) >= 30
    languages = {load_post(n).language for n in NAMES}
    assert languages == {"en", "fr"}


@pytest.mark.parametrize("name", NAMES)
def test_post_sections_render_as_the_whole_body(name: str) -> None:
    article = load_post(name)
    doc = body_document(article)
    by_parts = "\n".join(h for h in doc.all_html() if h)
    whole = whole_html(compose(article.lead, article.sections), article.language)
    assert _blank_lines_aside(by_parts) == _blank_lines_aside(whole)
    # every post uses references defined at its end and footnotes: none is left unresolved
    text = re.sub(r"<code>.*?</code>", "", by_parts, flags=re.S)
    assert "][" not in text
    assert "[^" not in text
    assert by_parts.count('<div class="footnote">') == 1


@pytest.mark.parametrize("name", NAMES)
def test_post_matches_its_golden_html(name: str) -> None:
    html = render_article_body(load_post(name)) + "\n"
    golden = GOLDEN / f"{name}.html"
    if os.environ.get("HUBDESK_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(html, encoding="utf-8")
    assert golden.is_file(), f"no golden file for {name}: see the module docstring"
    assert html == golden.read_text(encoding="utf-8")
