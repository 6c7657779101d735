"""The HubDesk Markdown file: written with every field, read back to an equal article."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import yaml

from hubdesk.formats.markdown_format import article_to_markdown, markdown_to_article
from hubdesk.model.article import Article, Credit, Disclosure, Section, Status
from tests import corpus


def _tricky_fr() -> Article:
    return Article(
        title="L’IA « souveraine » : mythe ou réalité ? — 2e partie",
        lead="Un chapô avec des deux-points : et des \"guillemets\" droits.\n\nSecond paragraphe, "
        "avec un # dièse et une ligne\n---\nau milieu.",
        sections=[
            Section("Première partie : les faits", "Texte *en italique* et `code`.\n\n> Citation"),
            Section("Code", "```python\n## pas un titre\nprint('x: y')\n```"),
            Section("Vide", ""),
            Section("Émojis et unicode 💬 ✓", "Ligne avec espace fine\u202f: ici.\n\n- a\n- b"),
        ],
        credits=[
            Credit("Titre: avec deux-points", "Anne-Marie O'Neil", "Le « Journal »", date(2025, 9, 9),
                   "", "https://example.org/a?b=c&d=e", "note: importante"),
            Credit(title="Titre seul"),
            Credit(title="yes", description="null", note="- not a list"),
        ],
        disclosure=Disclosure(True, "Chappie", "Groupe Floteuil", "Jeanne Roy"),
        language="fr",
        author="Camille Roux",
        description="Une description : avec « guillemets » et 'apostrophes'.",
        tags=["ia", "europe", "true", "2025"],
        status=Status.IN_REVIEW,
        created=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        updated=datetime(2026, 11, 26, 7, 0, 0, tzinfo=UTC),
        published=datetime(2026, 11, 26, 8, 0, 0, tzinfo=UTC),
    )


def _english_empty_fields() -> Article:
    return Article(
        title="Plain title",
        lead="",
        sections=[Section("Only part", "Text.")],
        language="en",
        status=Status.PUBLISHED,
        created=datetime(2025, 5, 1, tzinfo=UTC),
        updated=datetime(2025, 5, 2, tzinfo=UTC),
    )


def _title_only() -> Article:
    return Article(title="C# and F# ##", language="en", slug="custom-slug")


ARTICLES = {
    "tricky-fr": _tricky_fr,
    "english-empty-fields": _english_empty_fields,
    "title-only": _title_only,
    "generated-fr": lambda: corpus.make_article(800, seed=3, language="fr"),
    "generated-en": lambda: corpus.make_article(800, seed=4, language="en"),
}


@pytest.mark.parametrize("name", list(ARTICLES))
def test_round_trip_gives_an_equal_article(name: str) -> None:
    article = ARTICLES[name]()
    text = article_to_markdown(article)
    back = markdown_to_article(text, f"{name}.md")
    assert back == article
    assert back.id == article.id and back.updated == article.updated
    assert article_to_markdown(back) == text  # stable: writing again changes nothing


def test_round_trip_through_the_library(library) -> None:
    article = _tricky_fr()
    library.save_article(article, touch=False)
    stored = library.load_article(article.id)
    back = markdown_to_article(article_to_markdown(stored), "x.md")
    assert back == stored == article


def test_file_layout() -> None:
    article = _tricky_fr()
    text = article_to_markdown(article)
    assert text.startswith("---\nid: " + article.id + "\n")
    front, body = text[4:].split("\n---\n", 1)
    meta = yaml.safe_load(front)
    assert list(meta) == [
        "id", "title", "slug", "language", "author", "description", "tags", "status",
        "created", "updated", "published", "disclosure", "credits",
    ]
    assert meta["created"] == "2026-01-02T03:04:05+00:00"
    assert meta["status"] == "in_review"
    assert meta["credits"][0]["date"] == "2025-09-09"
    assert meta["credits"][1]["date"] is None
    assert meta["disclosure"] == {
        "ai_written": True, "assistant": "Chappie", "organisation": "Groupe Floteuil",
        "editor": "Jeanne Roy",
    }
    assert body.startswith("\n# L’IA « souveraine » : mythe ou réalité ? — 2e partie\n\nUn chapô")
    assert "\n## Première partie : les faits\n\nTexte *en italique*" in body
    assert "Titre: avec deux-points" not in body  # credits live only in the front matter


def test_unknown_status_is_refused() -> None:
    from hubdesk.errors import ImportRefusedError

    text = "---\ntitle: T\nstatus: archived\n---\n\n# T\n"
    with pytest.raises(ImportRefusedError, match="unknown status 'archived'"):
        markdown_to_article(text, "bad.md")


def test_bad_timestamp_is_refused_naming_the_field() -> None:
    from hubdesk.errors import ImportRefusedError

    text = "---\ntitle: T\ncreated: yesterday\n---\n"
    with pytest.raises(ImportRefusedError, match="'created' is not a date"):
        markdown_to_article(text, "bad.md")


@pytest.mark.parametrize("name", list(ARTICLES))
def test_fast_and_pure_yaml_writers_agree(name: str, monkeypatch) -> None:
    """The file is the same whether or not PyYAML's C library is installed."""
    from hubdesk.formats import markdown_format as mf

    article = ARTICLES[name]()
    fast = article_to_markdown(article)
    monkeypatch.setattr(mf, "_DUMPER", yaml.SafeDumper)
    assert article_to_markdown(article) == fast
