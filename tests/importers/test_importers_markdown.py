"""The Markdown importer: YAML and TOML front matter as other tools write it, sections, credits."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from hubdesk.formats.markdown_format import is_credits_heading
from hubdesk.importers import import_file, import_text
from hubdesk.model.article import Status


def test_yaml_front_matter_blog_post(fixtures_dir: Path) -> None:
    a = import_file(fixtures_dir / "blog_post_yaml.md")
    assert a.title == "Les bibliothèques municipales face au numérique"
    assert a.author == "Claire Martin, Paul Henry"
    assert a.description == "Comment les bibliothèques réinventent leurs missions à l’ère des écrans."
    assert a.tags == ["culture", "numérique", "services publics"]
    assert a.created == datetime(2025, 6, 2, 6, 30, tzinfo=UTC)
    assert a.published == a.created
    assert a.status is Status.DRAFT
    assert a.language == "fr"
    assert a.lead_paragraphs() == [
        "Longtemps associées au silence et aux rayonnages, les bibliothèques municipales "
        "changent de visage : ateliers, prêt de liseuses, accompagnement administratif.",
        "Ce mouvement ne va pas sans débats sur leurs missions.",
    ]
    assert [s.heading for s in a.sections] == [
        "Des lieux ouverts à tous", "Le numérique comme nouvelle mission",
    ]
    assert a.sections[1].body.endswith("```text\n## ceci n'est pas une section\n```")
    assert len(a.credits) == 3
    c0, c1, c2 = a.credits
    assert (c0.title, c0.outlet, c0.date, c0.url) == (
        "Les bibliothèques publiques en chiffres", "Observatoire de la lecture publique",
        date(2025, 1, 15), "https://example.org/chiffres",
    )
    assert (c1.title, c1.author, c1.outlet, c1.date) == (
        "Rapport sur la lecture", "Inès Robert", "Revue des bibliothèques", date(2024, 11, 30),
    )
    assert (c2.title, c2.author, c2.date) == ("Entretiens avec des bibliothécaires de trois villes", "", None)


def test_toml_front_matter_zola_post(fixtures_dir: Path) -> None:
    a = import_file(fixtures_dir / "notes_toml.md")
    assert a.title == "Urban beekeeping: a buzz worth keeping?"
    assert a.author == "Sam Taylor"
    assert a.tags == ["cities", "biodiversity"]
    assert a.created == datetime(2024, 4, 18, tzinfo=UTC)
    assert a.updated == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert a.language == "en"
    assert a.lead == "City rooftops now host thousands of hives, from hotels to town halls."
    assert [s.heading for s in a.sections] == ["What the studies say", "Planting before placing hives"]
    bad_date, described = a.credits
    # 31/02 does not exist: the text is kept in the description, not lost.
    assert (bad_date.title, bad_date.author, bad_date.outlet) == (
        "The crowded city hive", "Lena Vogel", "Urban Ecology Letters",
    )
    assert bad_date.date is None and bad_date.description == "(31/02/2024)"
    assert described.description == "Field notes from local naturalist groups"


def test_markdown_without_front_matter() -> None:
    a = import_text("# A title\n\nThe lead.\n\n## One\n\nBody one.\n\n## Two\n\nBody two.\n", "x.md")
    assert a.title == "A title"
    assert a.lead == "The lead."
    assert [(s.heading, s.body) for s in a.sections] == [("One", "Body one."), ("Two", "Body two.")]
    assert a.language == "en"


def test_h1_that_differs_from_the_front_matter_title_stays_in_the_text() -> None:
    a = import_text("---\ntitle: Real title\n---\n\n# Another heading\n\nText.\n", "x.md", markdown=True)
    assert a.title == "Real title"
    assert a.lead == "# Another heading\n\nText."


def test_author_string_tags_string_and_draft() -> None:
    text = "---\ntitle: T\nauthor: Jo Bloggs\ntags: a, b , c\ndate: 2024-01-05\ndraft: true\n---\nText.\n"
    a = import_text(text, "x.md", markdown=True)
    assert a.author == "Jo Bloggs"
    assert a.tags == ["a", "b", "c"]
    assert a.created == datetime(2024, 1, 5, tzinfo=UTC)
    assert a.published is None  # a draft was not published


def test_sources_section_with_other_text_stays_a_section() -> None:
    text = "# T\n\nLead.\n\n## Sources\n\nThis section discusses where facts come from.\n\n- a point\n"
    a = import_text(text, "x.md")
    assert [s.heading for s in a.sections] == ["Sources"]
    assert a.credits == []


def test_credits_section_with_disclosure_line() -> None:
    text = (
        "# T\n\nLead.\n\n## Part\n\nBody.\n\n## Merci à l’auteur(e) du contenu original\n\n"
        "Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil.\n\n"
        "1. Un titre – Une autrice – Un journal (02/03/2024)\n"
        "2. <https://example.org/x> Second titre\n"
    )
    a = import_text(text, "x.md")
    assert [s.heading for s in a.sections] == ["Part"]
    assert a.disclosure.assistant == "Chappie" and a.disclosure.ai_written
    assert a.credits[0].author == "Une autrice" and a.credits[0].date == date(2024, 3, 2)
    assert (a.credits[1].title, a.credits[1].url) == ("Second titre", "https://example.org/x")


def test_credits_heading_names() -> None:
    for heading in ("Sources", "Crédits", "Références", "References", "Merci à l’auteur(e)",
                    "Thanks to the authors", "Bibliographie"):
        assert is_credits_heading(heading), heading
    for heading in ("Source code review", "Conclusion", "Les sources du Nil"):
        assert not is_credits_heading(heading), heading


def test_hand_written_hubdesk_front_matter_is_read_leniently() -> None:
    text = (
        "---\ntitle: T\ncredits: Un titre – Une autrice – Le Journal (09/09/2025)\n"
        "disclosure:\n  ai_written: 'no'\n  assistant: Chappie\n---\n\nText.\n"
    )
    a = import_text(text, "x.md")
    assert [(c.title, c.author, c.date) for c in a.credits] == [
        ("Un titre", "Une autrice", date(2025, 9, 9))
    ]
    assert a.disclosure.ai_written is False and a.disclosure.assistant == "Chappie"
