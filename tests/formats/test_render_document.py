"""Section by section gives the same HTML as the whole body at once.

The rule of the renderer: for any article, the lead, each section and the notes,
rendered as parts of one document and put end to end, give the same HTML as the
whole body (``model.document.compose``) rendered at once with the same engine.
Checked on 1,200 generated articles, then again after editing each article into
another one part by part, re-rendering only what ``MarkdownDocument.stale`` names
(what the preview does).
"""

from __future__ import annotations

import random
import re

import pytest

from hubdesk.formats.md_document import MarkdownDocument, whole_html
from hubdesk.formats.render import body_parts, render_article_body
from hubdesk.model.article import Article, Section
from hubdesk.model.document import compose
from tests.formats.markdown_gen import Gen

ARTICLES = 1200
BATCH = 100


def blank_lines_aside(fragment: str) -> str:
    """The HTML with blank lines between elements removed (a raw HTML block keeps one)."""
    return re.sub(r">\n\n+<", ">\n<", fragment)


def joined(parts: list[str]) -> str:
    return blank_lines_aside("\n".join(h for h in parts if h))


def by_parts(doc: MarkdownDocument) -> str:
    return joined(doc.all_html())


def whole(article: Article) -> str:
    return blank_lines_aside(whole_html(compose(article.lead, article.sections), article.language))


def test_parts_are_the_composed_text() -> None:
    for seed in range(50):
        article = Gen(seed).article()
        parts = body_parts(article)
        assert "\n\n".join(p for p in parts if p) + "\n" == compose(article.lead, article.sections)


@pytest.mark.parametrize("batch", range(ARTICLES // BATCH))
def test_sections_render_as_the_whole_body(batch: int) -> None:
    for seed in range(batch * BATCH, (batch + 1) * BATCH):
        article = Gen(seed).article()
        doc = MarkdownDocument(body_parts(article), article.language)
        expected = whole(article)
        assert by_parts(doc) == expected, f"article seed {seed}"


@pytest.mark.parametrize("batch", range(3))
def test_edits_rerender_what_they_change(batch: int) -> None:
    """Edit article A into article B part by part; what the document re-renders matches B whole."""
    for seed in range(batch * BATCH, (batch + 1) * BATCH):
        rng = random.Random(seed)
        a = Gen(10_000 + seed).article()
        b = Gen(20_000 + seed).article()
        b.language = a.language
        doc = MarkdownDocument(body_parts(a), a.language)
        shown = doc.all_html()
        target = body_parts(b)
        # same number of parts first, edited one at a time in random order
        if len(target) != len(doc):
            doc.replace(1, len(doc) - 1, target[1:])
            shown = shown[:1] + [""] * (len(target) - 1) + shown[-1:]
            for i in range(1, len(target)):
                shown[i] = doc.html(i)
        order = list(range(len(target)))
        rng.shuffle(order)
        for i in order:
            doc.set_part(i, target[i])
            shown[i] = doc.html(i)
            for _ in range(10):  # what the preview does after each edit
                stale = doc.stale()
                if not stale:
                    break
                for j in stale:
                    shown[j] = doc.notes_html() if j == doc.notes_index else doc.html(j)
        assert joined(shown) == whole(b), f"edit seed {seed}"


def test_definitions_at_the_end_resolve_in_earlier_sections() -> None:
    article = Article(
        title="T",
        lead="See the [spec][w3c] and HTML[^n].",
        sections=[
            Section("One", "Read [the docs] and the [spec][W3C] again[^n]."),
            Section("References", "[w3c]: https://www.w3.org/ \"W3C\"\n[the docs]: https://docs.example/\n\n"
                    "[^n]: A note with a [link][w3c].\n\n*[HTML]: HyperText Markup Language"),
        ],
    )
    out = render_article_body(article)
    assert out.count('href="https://www.w3.org/"') == 3
    assert '<a href="https://docs.example/" rel="noopener noreferrer">the docs</a>' in out
    assert '<abbr title="HyperText Markup Language">HTML</abbr>' in out
    assert '<sup id="fnref-n"><a class="footnote-ref" href="#fn-n" rel="noopener noreferrer">1</a></sup>' in out
    assert '<sup id="fnref2-n"><a class="footnote-ref" href="#fn-n" rel="noopener noreferrer">1</a></sup>' in out
    assert out.count('<div class="footnote">') == 1
    assert "[spec]" not in out and "[^n]" not in out
    # the notes come after the last section, before the credits
    assert out.index('<div class="footnote">') > out.index('id="s2-references"')


def test_changing_a_definition_names_every_part_using_it() -> None:
    parts = ["Lead [a].", "## One\n\nText [b].", "## Two\n\nMore [a] here.", "## Refs\n\n[a]: https://one.example"]
    doc = MarkdownDocument(parts)
    doc.all_html()
    doc.set_part(3, "## Refs\n\n[a]: https://two.example")
    assert doc.html(3) == "<h2>Refs</h2>"  # a definition shows nothing
    assert doc.stale() == [0, 2]
    assert 'href="https://two.example"' in doc.html(0)
    assert 'href="https://two.example"' in doc.html(2)
    assert doc.stale() == []
    # a part that defines nothing and uses nothing changes alone
    doc.set_part(1, "## One\n\nText [b] edited.")
    doc.html(1)
    assert doc.stale() == []


def test_links_inside_and_outside_the_article() -> None:
    from hubdesk.formats.markdown_format import article_to_markdown, markdown_to_article

    text = (
        "---\ntitle: Links\npermalink: https://blog.example.org/2024/05/links.html\n---\n\n# Links\n\n"
        "Lead.\n\n## The plan\n\nSee [the plan](#the-plan), [nowhere](#nowhere), "
        "[the timing post](2022-04-07-timing.html) and [top](#top).\n"
    )
    article = markdown_to_article(text)
    assert article.canonical_url == "https://blog.example.org/2024/05/links.html"
    assert markdown_to_article(article_to_markdown(article)).canonical_url == article.canonical_url
    out = render_article_body(article)
    assert '<a href="#s1-the-plan" rel="noopener noreferrer">the plan</a>' in out
    assert "nowhere" in out and 'href="#nowhere"' not in out
    assert 'href="https://blog.example.org/2024/05/2022-04-07-timing.html"' in out
    assert 'href="#top"' in out
    article.canonical_url = ""
    out = render_article_body(article)
    assert 'the timing post <span class="hd-link-target">(2022-04-07-timing.html)</span>' in out
    assert 'href="2022-04-07-timing.html"' not in out


def test_the_canonical_url_is_kept_in_the_library_and_the_json(tmp_path) -> None:
    from hubdesk.formats.article_json import article_from_dict, article_to_dict
    from hubdesk.library.store import Library

    article = Article(title="Kept", lead="Lead.", canonical_url="https://blog.example.org/kept.html")
    with Library.open(tmp_path / "lib.hubdesk") as library:
        library.save_article(article)
        assert library.load_article(article.id).canonical_url == "https://blog.example.org/kept.html"
    assert article_from_dict(article_to_dict(article)).canonical_url == article.canonical_url


def test_a_moved_part_keeps_its_rendering_unless_its_place_changes_it() -> None:
    """Swapping two sections renders neither again; a section whose footnote numbers
    depend on what comes before it is rendered again, and the result is still the whole."""
    lead = "Lead."
    one, two = "## One\n\nPlain text.", "## Two\n\nMore *text*."
    doc = MarkdownDocument([lead, one, two])
    doc.all_html()
    renders = doc.renders
    doc.replace(1, 2, [two, one])
    assert doc.all_html() == MarkdownDocument([lead, two, one]).all_html()
    assert doc.renders == renders  # both parts moved as they were
    noted = ["Lead[^a].", "## One\n\nFirst[^b] and[^a].", "## Two\n\nSecond[^b].", "## Notes\n\n[^a]: A.\n\n[^b]: B."]
    doc = MarkdownDocument(noted)
    doc.all_html()
    doc.replace(1, 2, [noted[2], noted[1]])
    moved = [noted[0], noted[2], noted[1], noted[3]]
    shown = doc.all_html()
    for _ in range(10):
        stale = doc.stale()
        if not stale:
            break
        for j in stale:
            if j == doc.notes_index:
                shown[-1] = doc.notes_html()
            else:
                shown[j] = doc.html(j)
    article = Article(title="T", language="en", lead=moved[0], sections=[Section(p.split("\n")[0][3:], p.split("\n\n", 1)[1]) for p in moved[1:]])
    assert joined(shown) == whole(article)


def _show_like_the_preview(doc: MarkdownDocument, shown: list[str], start: int, removed: int,
                           texts: list[str]) -> None:
    """What the preview does for a structural edit: render the parts put in, then the stale."""
    doc.replace(start, removed, texts)
    shown[start : start + removed] = [doc.html(start + n) for n in range(len(texts))]
    for _ in range(len(doc) + 2):
        stale = doc.stale()
        if not stale:
            return
        for j in stale:
            if j == doc.notes_index:
                shown[-1] = doc.notes_html()
            else:
                shown[j] = doc.html(j)


@pytest.mark.parametrize("seed", range(40))
def test_structural_edits_show_what_a_fresh_document_renders(seed: int) -> None:
    """Moves, deletions, insertions and rewrites of whole sections on articles with
    footnotes, references and abbreviations: after each, the parts shown (the new ones
    rendered, then whatever ``stale`` names) equal a new document of the new text."""
    rng = random.Random(seed)
    parts = body_parts(Gen(30_000 + seed).article())
    spare = [p for p in body_parts(Gen(40_000 + seed).article())[1:] if p]
    doc = MarkdownDocument(list(parts))
    shown = doc.all_html()
    for _ in range(12):
        n = len(parts)
        kind = rng.choice(("move", "move", "delete", "insert", "rewrite"))
        if n < 3:
            kind = "insert"
        if kind == "move":
            i = rng.randrange(1, n - 1)
            start, removed, texts = i, 2, [parts[i + 1], parts[i]]
        elif kind == "delete":
            start, removed, texts = rng.randrange(1, n), 1, []
        elif kind == "insert":
            start, removed, texts = rng.randrange(1, n + 1), 0, [rng.choice(spare)]
        else:
            i = rng.randrange(1, n - 1)
            start, removed, texts = i, 2, [rng.choice(spare)]
        parts[start : start + removed] = texts
        _show_like_the_preview(doc, shown, start, removed, texts)
        expected = MarkdownDocument(list(parts)).all_html()
        assert joined(shown) == joined(expected), f"seed {seed}, {kind} at {start}"


def test_moving_plain_sections_checks_no_other_part(monkeypatch) -> None:
    """A move of sections without definitions or note references leaves every other
    part's HTML as it is: ``stale`` names nothing and looks at no part."""
    parts = ["Lead [x][r]."] + [f"## S{i}\n\nText {i} with [a link][r]." for i in range(60)]
    parts.append("## End\n\n[r]: https://example.org/r\n\nMore[^n].\n\n[^n]: A note.")
    doc = MarkdownDocument(parts)
    doc.all_html()
    assert doc.stale() == []
    checked: list[int] = []
    outdated = MarkdownDocument._outdated
    monkeypatch.setattr(MarkdownDocument, "_outdated",
                        lambda self, i, *a: checked.append(i) or outdated(self, i, *a))
    renders = doc.renders
    doc.replace(10, 2, [parts[11], parts[10]])
    assert doc.stale() == []
    assert checked == []
    swapped = [*parts[:10], parts[11], parts[10], *parts[12:]]
    assert [doc.html(10), doc.html(11)] == MarkdownDocument(swapped).all_html()[10:12]
    assert doc.renders == renders  # both kept their rendering
    assert sorted(set(checked)) == [10, 11]  # only the moved parts were checked where they now stand
    doc.replace(60, 2, [parts[61], parts[60]])  # the section with the note moves: numbers may change
    assert doc._epoch != doc._checked


def test_a_new_plain_section_leaves_the_other_parts_alone(monkeypatch) -> None:
    """Splitting a section in two (neither half defines anything) renders the two halves
    and checks no other part; the result equals a new document of the new text."""
    parts = ["Lead [x][r]."] + [f"## S{i}\n\nText {i} with [a link][r] and HTML." for i in range(40)]
    parts.append("## End\n\n*[HTML]: HyperText\n\n[r]: https://example.org/r")
    doc = MarkdownDocument(parts)
    doc.all_html()
    checked: list[int] = []
    outdated = MarkdownDocument._outdated
    monkeypatch.setattr(MarkdownDocument, "_outdated",
                        lambda self, i, *a: checked.append(i) or outdated(self, i, *a))
    halves = ["## S5\n\nText 5 with [a link][r].", "## Split\n\nand HTML."]
    doc.replace(6, 1, halves)
    shown = [doc.html(6), doc.html(7)]
    assert doc.stale() == []
    assert checked == []
    expected = MarkdownDocument([*parts[:6], *halves, *parts[7:]]).all_html()
    assert shown == expected[6:8]
    assert '<abbr title="HyperText">HTML</abbr>' in shown[1]
