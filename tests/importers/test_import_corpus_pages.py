"""The saved-page corpus (tests/fixtures/import_corpus): every page against its expected JSON.

The pages are built by ``tests.importers.corpus_pages`` from the articles written for
these tests, in the shapes of a WordPress theme, a news site with a sidebar and
comments, a blog platform, a page with a cookie banner and a chat widget, and the
desk's own site with its credits block. Title, lead, headings, credits and disclosure
must be exact; at least 99% of the article's words kept and at most 1% of the chrome's
words let through, over the whole corpus (printed).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from hubdesk.importers import import_file
from hubdesk.importers.html_page import parse_html
from hubdesk.model.credit_parse import parse_credit
from tests.importers import corpus_pages
from tests.importers.corpus_measure import kept_and_leaked

CORPUS = corpus_pages.FOLDER
PAGES = sorted(CORPUS.glob("*.html"))


def _expected(page: Path) -> dict:
    return json.loads(page.with_name(page.stem + ".expected.json").read_text(encoding="utf-8"))


def test_the_corpus_is_large_enough_and_up_to_date(tmp_path: Path) -> None:
    assert len(PAGES) >= 20
    assert {_expected(p)["language"] for p in PAGES} == {"fr", "en"}
    assert {_expected(p)["template"] for p in PAGES} == set(corpus_pages.TEMPLATES)
    corpus_pages.build(tmp_path)
    for page in PAGES:
        for name in (page.name, page.stem + ".expected.json"):
            assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_each_page_gives_its_article(page: Path) -> None:
    exp = _expected(page)
    notes: list[str] = []
    article = import_file(page, notes)
    assert article.title == exp["title"]
    assert article.lead == exp["lead"]
    assert [s.heading for s in article.sections] == exp["headings"]
    assert article.credits == [parse_credit(c) for c in exp["credits"]]
    assert article.disclosure.ai_written is exp["ai_written"]
    assert article.disclosure.assistant == exp["assistant"]
    assert article.language == exp["language"]
    assert article.author == exp["author"]
    assert article.published == datetime.fromisoformat(exp["published"])
    assert [t.casefold() for t in article.tags[: len(exp["tags"])]] == exp["tags"]
    assert article.canonical_url.endswith(f"/{page.stem.split('--')[0]}/")
    assert notes == []
    for image in exp["images"]:
        assert f"]({page.stem}_files/{image})" in article.sections[-1].body


def test_words_kept_and_chrome_let_through_over_the_corpus(capsys) -> None:
    totals = [0, 0, 0, 0]
    rows = []
    for page in PAGES:
        exp = _expected(page)
        article = import_file(page)
        figures = kept_and_leaked(article, exp["article_text"], exp["chrome_text"])
        totals = [t + f for t, f in zip(totals, figures, strict=True)]
        rows.append(f"{page.stem:40} kept {figures[0]}/{figures[1]}  chrome {figures[2]}/{figures[3]}")
    kept, words, leaked, chrome = totals
    with capsys.disabled():
        print("\n" + "\n".join(rows))
        print(f"corpus: {len(PAGES)} pages, {kept / words:.2%} of {words} article words kept, "
              f"{leaked / chrome:.2%} of {chrome} chrome words let through")
    assert kept / words >= 0.99
    assert leaked / chrome <= 0.01


def test_parse_html_is_pure_and_resolves_against_the_base_url() -> None:
    page = (
        '<html lang="en"><head><title>Notes | Site</title></head><body><article>'
        "<h1>Field notes</h1><p>The first paragraph says <a href='/about'>where</a> we went.</p>"
        "<h2>Morning</h2><p>We walked.</p><p><img src='img/a.png' alt='A path'></p>"
        "</article></body></html>"
    )
    result = parse_html(page, "https://example.org/posts/notes/")
    a = result.article
    assert (a.title, a.language) == ("Field notes", "en")
    assert a.lead == "The first paragraph says [where](https://example.org/about) we went."
    assert a.sections[0].heading == "Morning"
    assert result.images == ["https://example.org/posts/notes/img/a.png"]
    assert result.source_url == "https://example.org/posts/notes/"


def test_description_and_modified_date_come_from_the_page() -> None:
    checked = 0
    for stem, source, _name in corpus_pages.pages():
        article = import_file(CORPUS / f"{stem}.html")
        assert article.description == source.description, stem
        assert article.updated == datetime.fromisoformat(source.modified or source.published), stem
        checked += 1
    assert checked == len(PAGES)
