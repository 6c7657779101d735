"""Every export renders each part of the body once (issue 16): the section headings of the
contents list, the EPUB navigation and the Word headings are read from the rendered body,
not rendered again on their own (which made every heading render two or three times)."""

from __future__ import annotations

from collections import Counter

import pytest

from hubdesk.export import ExportOptions, export_article
from hubdesk.formats import md_engine
from hubdesk.formats.markdown_format import markdown_to_article
from hubdesk.formats.render import section_markdown
from tests import corpus

NOTES = """# With notes

A lead with a note[^1] and a [reference][r].

[^1]: The note, with *HTML* inside.

## 1. Numbered *heading*

Text with [the reference][r] and a second note[^2].

[r]: https://example.org/

[^2]: Second.

## A heading with HTML[^3]

*[HTML]: HyperText Markup Language

Plain HTML text.

[^3]: A note from a heading.
"""


@pytest.fixture(autouse=True)
def pdf_backend(qapp):
    from hubdesk.qt import pdf_export

    pdf_export.install()


@pytest.fixture
def rendered(monkeypatch) -> Counter[str]:
    """How many times the Markdown engine rendered each text (its first line)."""
    seen: Counter[str] = Counter()
    real = md_engine.Engine.render

    def counting(self, text, *args, **kwargs):
        seen[text.split("\n", 1)[0]] += 1
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(md_engine.Engine, "render", counting)
    return seen


ARTICLES = {
    "prose": lambda: corpus.make_article(1500, seed=5),
    "notes": lambda: markdown_to_article(NOTES),
    "french": lambda: corpus.make_article(800, seed=9, language="fr"),
}


@pytest.mark.parametrize("fmt", ["html", "pdf", "epub", "docx", "odt"])
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_each_part_is_rendered_once(tmp_path, rendered, fmt, name):
    article = ARTICLES[name]()
    assert len(article.sections) >= 2
    export_article(article, fmt, tmp_path / f"out.{fmt}", ExportOptions(include_toc=True))
    for section in article.sections:
        first_line = section_markdown(section).split("\n", 1)[0]
        assert rendered[first_line] == 1, (first_line, rendered[first_line])
    twice = {text: n for text, n in rendered.items() if n > 1}
    assert twice == {}
    # the lead, each section and the notes (when there are any): nothing more
    assert sum(rendered.values()) <= len(article.sections) + 2
