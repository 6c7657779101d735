"""The web page text importer on the project's own page fixtures (French and English)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from hubdesk.importers import import_file, import_text, web_text_to_article
from hubdesk.importers.web_text import find_headings, is_chrome, is_heading_like

NN = "\u202f"
FR_HEADINGS = [
    "Des origines prestigieuses à l’effacement des années 2000",
    "Le pari autrichien et l’effet d’entraînement",
    "Nouveaux opérateurs, nouveaux modèles économiques",
    "Le rôle des États et de l’Union européenne",
    "Confort, prix et expérience du voyageur",
    "Infrastructures, sillons et matériel roulant",
    "Un argument climatique à nuancer",
    "Perspectives pour la prochaine décennie",
    f"Conclusion{NN}: le train de nuit, laboratoire d’une mobilité européenne plus sobre",
]
CHROME = ("💬", "Assistant HubToWork", "Footer HubToWrite", "Retour en haut", "Back to top")


def _paragraphs(path: Path) -> list[str]:
    """Every non-blank line of the fixture, trimmed: what must survive the import."""
    return [line.strip() for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _all_text(article) -> str:
    parts = [article.title, article.lead]
    for s in article.sections:
        parts += [s.heading, s.body]
    return "\n\n".join(parts)


@pytest.fixture
def fr(fixtures_dir: Path):
    return import_file(fixtures_dir / "web_page_fr.txt")


@pytest.fixture
def en(fixtures_dir: Path):
    return import_file(fixtures_dir / "web_page_en.txt")


def test_french_page_title_lead_and_headings(fr) -> None:
    assert fr.title == f"Trains de nuit{NN}: le grand retour des couchettes sur les rails européens"
    assert len(fr.lead_paragraphs()) == 2
    assert fr.lead_paragraphs()[0].startswith("Longtemps promis à la disparition")
    assert [s.heading for s in fr.sections] == FR_HEADINGS
    assert [len(s.body.split("\n\n")) for s in fr.sections] == [2, 2, 3, 2, 3, 2, 2, 2, 4]
    assert fr.language == "fr"
    assert fr.slug == "trains-de-nuit-le-grand-retour-des-couchettes-sur-les-rails-europeens"


def test_french_page_credits(fr) -> None:
    assert len(fr.credits) == 8
    first, second = fr.credits[0], fr.credits[1]
    assert (first.title, first.author, first.outlet, first.date) == (
        "Night trains are back in Europe", "Sarah Collins", "Railway Review", date(2025, 3, 14),
    )
    assert first.description == ""
    assert second.title == "Bilan des lignes Intercités de nuit"
    assert second.description == "Rapports publics et communiqués du ministère des Transports"
    assert (second.author, second.outlet, second.date) == ("", "", None)
    assert fr.credits[6].title == "Enquêtes sur les attentes des voyageurs ferroviaires en Europe"
    assert fr.credits[6].description == ""
    assert fr.credits[7].title.startswith("Regard sur les nouveaux opérateurs privés du rail :")


def test_french_page_disclosure(fr) -> None:
    d = fr.disclosure
    assert (d.ai_written, d.assistant, d.organisation, d.editor) == (
        True, "Chappie", "Groupe Floteuil", "",
    )


def test_no_chrome_and_no_closing_line_in_the_text(fr, en) -> None:
    for article in (fr, en):
        text = _all_text(article)
        for chrome in CHROME:
            assert chrome not in text
        assert "Merci à l’auteur" not in text and "Thanks to the author" not in text
        assert "\xa0" not in text
        assert "•" not in text


@pytest.mark.parametrize("name", ["web_page_fr.txt", "web_page_en.txt"])
def test_every_paragraph_kept_verbatim(fixtures_dir: Path, name: str) -> None:
    path = fixtures_dir / name
    article = import_file(path)
    lines = _paragraphs(path)
    start = lines.index(article.title)
    closing = next(i for i, line in enumerate(lines) if line.startswith("Article "))
    pieces = [article.title, *article.lead.split("\n\n")]
    for s in article.sections:
        pieces += [s.heading, *s.body.split("\n\n")]
    assert pieces == lines[start:closing]


def test_french_page_meets_the_acceptance_of_a_published_article(fixtures_dir: Path) -> None:
    """The checks test_importers_sample.py makes on the published sample, on our own fixture.

    The fixture has the published page's shape (chat widget, title, a two-paragraph
    lead, nine sections ending with a conclusion, the disclosure line that opens the
    credits, eight bullets, footer), so a fresh clone proves the acceptance without
    the sample kept outside the repository.
    """
    path = fixtures_dir / "web_page_fr.txt"
    lines = _paragraphs(path)
    article = import_file(path)

    assert article.title == lines[2]  # after the chat widget's two lines
    assert len(article.lead_paragraphs()) == 2
    assert [s.heading for s in article.sections] == FR_HEADINGS
    assert len(FR_HEADINGS) == 9 and FR_HEADINGS[-1].startswith("Conclusion")
    assert all(h in lines for h in FR_HEADINGS)  # character for character as in the file

    bullets = [line for line in lines if line.startswith("•")]
    assert len(article.credits) == len(bullets) == 8
    d = article.disclosure
    assert (d.ai_written, d.assistant, d.organisation) == (True, "Chappie", "Groupe Floteuil")

    text = "\n\n".join([article.lead] + [f"{s.heading}\n\n{s.body}" for s in article.sections])
    for chrome in (*CHROME, "Merci à", "Article au contenu"):
        assert chrome not in text
    closing = next(i for i, line in enumerate(lines) if line.startswith("Article au contenu"))
    words = [w for line in lines[3:closing] for w in re.findall(r"\S+", line)]
    assert re.findall(r"\S+", text) == words  # every word, in order, nothing added


def test_english_page(en) -> None:
    assert en.title == "Community solar: how neighbourhood cooperatives are rewiring Europe’s power grid"
    assert en.language == "en"
    assert len(en.lead_paragraphs()) == 2
    assert [s.heading for s in en.sections] == [
        "From protest to power plant",
        "How a cooperative works",
        "Money, risk and the role of the banks",
        "Rules written far from the rooftops",
        "Conclusion: small projects with a large ambition",
    ]
    assert en.disclosure.assistant == "Chappie"
    assert en.disclosure.organisation == "Groupe Floteuil"
    assert len(en.credits) == 8
    assert en.credits[0].date == date(2025, 9, 9)  # the English house date "Sep 9, 2025"
    assert (en.credits[0].author, en.credits[0].outlet) == ("Maria Lopez", "Energy Weekly")
    assert en.credits[5].date == date(2025, 2, 17)
    assert en.credits[5].author == "Jonas Berg"


def test_chrome_lines() -> None:
    for line in ("💬", " Assistant HubToWork ", "\xa0 \xa0 Footer HubToWrite\xa0", "\xa0", "",
                 "Retour en haut", "Back to top"):
        assert is_chrome(line), line
    for line in ("Mistral AI", "Retour en haut de la vallée, le train repart.", "Top départ"):
        assert not is_chrome(line), line


def test_heading_rules() -> None:
    assert is_heading_like("Le rôle des États")
    assert is_heading_like("Pourquoi maintenant ?")
    assert not is_heading_like("Une phrase courte qui finit par un point.")
    assert not is_heading_like("Les points suivants :")
    assert not is_heading_like("en minuscules, une suite de phrase")
    assert not is_heading_like("• une puce")
    assert not is_heading_like(" ".join(["mot"] * 25).capitalize())
    blocks = ["Un paragraphe.", "Titre court", "Un autre paragraphe.", "Deux", "Lignes", "Fin."]
    assert find_headings(blocks) == [1]  # two short lines in a row are not headings


def test_closing_on_two_lines_with_editor_and_no_bullets() -> None:
    text = "\n\n".join([
        "Un titre",
        "Le chapô de l’article.",
        "Première partie",
        "Le texte de la première partie.",
        "Article rédigé par une IA, Chappie, de la Maison Bleue.",
        "Relu et validé par Jeanne Roy. Merci à l’auteure du contenu original :",
        "Un livre – Jean Durand – Éditions du Port (2024-05-01)",
        "Retour en haut",
    ])
    a = web_text_to_article(text)
    assert a.lead == "Le chapô de l’article."
    assert [(s.heading, s.body) for s in a.sections] == [
        ("Première partie", "Le texte de la première partie.")
    ]
    assert a.disclosure.organisation == "La Maison Bleue"
    assert a.disclosure.editor == "Jeanne Roy"
    assert [(c.title, c.author, c.outlet, c.date) for c in a.credits] == [
        ("Un livre", "Jean Durand", "Éditions du Port", date(2024, 5, 1))
    ]


def test_page_without_closing_keeps_bullets_in_text() -> None:
    text = "Title\n\nLead paragraph here.\n\nPart one\n\nSome text.\n\n- a point\n- another\n\nBack to top\n"
    a = import_text(text, "page.txt")
    assert a.credits == []
    assert a.disclosure.ai_written is False
    assert a.sections[0].body == "Some text.\n\n- a point\n\n- another"


def test_page_with_sources_heading_gets_credits() -> None:
    text = "Title\n\nLead text.\n\nPart one\n\nBody text.\n\nSources\n\n- A book – Ann Lee – Press (01/02/2023)\n"
    a = import_text(text, "page.txt")
    assert [s.heading for s in a.sections] == ["Part one"]
    assert a.credits[0].author == "Ann Lee" and a.credits[0].date == date(2023, 2, 1)


def test_page_of_chrome_only_is_refused() -> None:
    from hubdesk.errors import ImportRefusedError

    with pytest.raises(ImportRefusedError, match="no article text"):
        web_text_to_article("💬\nAssistant HubToWork\n\n\xa0\nRetour en haut\n", "empty.txt")


def test_link_line_is_not_a_heading() -> None:
    assert not is_heading_like("Plus d’informations sur https://example.org/page")
    assert is_heading_like("Plus d’informations")


def _variants(text: str) -> dict[str, str]:
    lines = text.split("\n")
    no_blank = "\n".join(line for line in lines if line.strip())
    closing = next(line for line in lines if line.startswith("Article au contenu"))
    split_closing = text.replace(closing, closing.replace(". Merci", ".\n\nMerci"))
    no_chrome = "\n".join(line for line in lines if not is_chrome(line) or not line.strip())
    dashes = text.replace("  • ", "- ")
    return {
        "crlf": text.replace("\n", "\r\n"),
        "no blank lines": no_blank,
        "closing on two lines": split_closing,
        "no chrome": no_chrome,
        "dash bullets": dashes,
        "double blank lines": text.replace("\n\n", "\n\n\n"),
        "tabs and trailing spaces": "\n".join(f"{line} \t" for line in lines),
    }


@pytest.mark.parametrize(
    "variant",
    ["crlf", "no blank lines", "closing on two lines", "no chrome", "dash bullets",
     "double blank lines", "tabs and trailing spaces"],
)
def test_copy_variants_give_the_same_article(fixtures_dir: Path, tmp_path: Path, variant: str) -> None:
    source = fixtures_dir / "web_page_fr.txt"
    expected = import_file(source)
    path = tmp_path / "variant.txt"
    path.write_bytes(_variants(source.read_text(encoding="utf-8"))[variant].encode("utf-8"))
    got = import_file(path)
    got.id, got.created, got.updated = expected.id, expected.created, expected.updated
    assert got == expected


def test_breadcrumb_before_the_title_is_skipped() -> None:
    text = "💬\nAccueil > Blog › Transports\n\nLe vrai titre\n\nLe chapô.\n"
    a = web_text_to_article(text, "page.txt")
    assert a.title == "Le vrai titre" and a.lead == "Le chapô."
    b = web_text_to_article("Titre : A > B est vrai\n\nTexte.\n", "page.txt")
    assert b.title == "Titre : A > B est vrai"
    c = web_text_to_article("Paris > Lyon en train de nuit\n\nTexte.\n", "page.txt")
    assert c.title == "Paris > Lyon en train de nuit"  # five words in a part: a title
