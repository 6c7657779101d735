"""What a post is made of, and the way back (no server needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdesk.errors import ImportRefusedError
from hubdesk.library.site_links import PostLink
from hubdesk.model.article import Article, Credit, Disclosure, Section
from hubdesk.publish.conflicts import changed_since, fingerprint
from hubdesk.publish.post_content import draft_post, excerpt_of, with_image_urls
from hubdesk.publish.post_import import html_to_article, post_to_article
from tests.publish.conftest import PNG


def article() -> Article:
    return Article(
        title="Le train de nuit",
        lead="Le retour des couchettes.\n\nUn second paragraphe.",
        sections=[Section("Les lignes", "Paris–Vienne, **trois fois** par semaine.\n\n![Un wagon](wagon.png)\n\n"
                          "![Ailleurs](https://example.org/x.png)\n\n![Script](evil.svg)"),
                  Section("Le prix", "Dès 29 euros.")],
        credits=[Credit(title="Rapport", author="ÖBB", outlet="oebb.at")],
        disclosure=Disclosure(ai_written=True, assistant="Claude", organisation="Anthropic",
                              editor="Jeanne Martin"),
        tags=["train", " ", "nuit"],
    )


def test_the_post_body_is_the_export_body_without_title_and_back_to_top(tmp_path: Path) -> None:
    (tmp_path / "wagon.png").write_bytes(PNG)
    (tmp_path / "evil.svg").write_text("<svg onload='x()'/>", encoding="utf-8")
    draft = draft_post(article(), tmp_path)
    assert draft.title == "Le train de nuit" and draft.slug == "le-train-de-nuit"
    assert draft.tags == ["train", "nuit"]
    assert "<h1" not in draft.body and "hd-back-to-top" not in draft.body
    assert "<h2>Les lignes</h2>" in draft.body and "<strong>trois fois</strong>" in draft.body
    assert "Relu et validé par Jeanne Martin" in draft.body
    assert "<li>Rapport – ÖBB – oebb.at</li>" in draft.body
    assert draft.images == [tmp_path / "wagon.png"]  # the SVG is never uploaded
    # a web image stays an image on the web (HubDesk itself never fetches it)
    assert '<img src="https://example.org/x.png" alt="Ailleurs" loading="lazy">' in draft.body
    body = with_image_urls(draft.body, ["https://site.example/wp-content/uploads/wagon.png"])
    assert '<img src="https://site.example/wp-content/uploads/wagon.png" alt="Un wagon">' in body
    assert "hubdesk-image-" not in body


def test_the_excerpt_is_the_lead_in_plain_text() -> None:
    assert excerpt_of(article()) == "Le retour des couchettes. Un second paragraphe."
    long = Article(title="t", lead="mot " * 400)
    text = excerpt_of(long)
    assert len(text) <= 601 and text.endswith("…") and "  " not in text


def test_a_published_body_reads_back_as_the_same_article() -> None:
    original = article()
    original.sections[0].body = "Paris–Vienne, trois fois par semaine."
    draft = draft_post(original)
    back = html_to_article(original.title, draft.body)
    assert back.title == original.title
    assert back.lead == original.lead
    assert [(s.heading, s.body) for s in back.sections] == [
        ("Les lignes", "Paris–Vienne, trois fois par semaine."), ("Le prix", "Dès 29 euros.")
    ]
    assert [(c.title, c.author, c.outlet) for c in back.credits] == [("Rapport", "ÖBB", "oebb.at")]
    assert back.disclosure == original.disclosure


def test_scripts_and_styles_in_a_post_are_not_text() -> None:
    back = html_to_article(
        "Titre &amp; sous-titre",
        "<style>p{}</style><p>Chapeau.</p><script>alert(1)</script><h2>Partie</h2><p>Texte.</p>",
    )
    assert back.title == "Titre & sous-titre"
    assert back.lead == "Chapeau."
    assert "alert" not in back.sections[0].body and "p{}" not in back.lead


def test_a_change_within_the_same_second_is_still_a_change() -> None:
    post = {"id": 3, "modified_gmt": "2026-12-01T00:00:00",
            "title": {"raw": "T"}, "content": {"raw": "<p>A</p>"}, "excerpt": {"raw": ""}}
    link = PostLink("a", "s", 3, "", "2026-12-01T00:00:00", "", fingerprint(post))
    assert not changed_since(post, link)
    edited = {**post, "content": {"raw": "<p>B</p>"}}
    assert changed_since(edited, link)
    assert changed_since({**post, "modified_gmt": "2026-12-01T00:00:01"}, link)


CLIMB = "Douze lacets serrés, un revêtement refait l'an dernier et une pente de huit pour cent. " * 3
CLIMB = CLIMB.strip()
DESCENT = "Prudence dans les virages, surtout quand la neige fond au soleil de l'après-midi. " * 3
DESCENT = DESCENT.strip()


def test_a_wordpress_post_reads_like_a_saved_page_images_stay_on_the_site() -> None:
    post = {
        "id": 7, "slug": "le-col", "link": "http://blog.example/le-col/",
        "title": {"rendered": "Le col &#8211; en hiver"},
        "content": {"rendered": (
            "<!-- wp:paragraph --><p>Le chapeau du billet.</p><!-- /wp:paragraph -->\n"
            "<h2 class=\"wp-block-heading\">La montée</h2>\n" f"<p>{CLIMB}</p>\n"
            "<figure class=\"wp-block-image\"><img src=\"/wp-content/uploads/col.png\" "
            "alt=\"Le col\"></figure>\n"
            f"<h2>La descente</h2><p>{DESCENT}</p>\n"
            "<p>Article au contenu rédigé par une IA, Claude, de Anthropic. "
            "Relu et validé par Jeanne Martin.</p>\n"
            "<p>Merci à l’auteur(e) du contenu original :</p><ul><li>Le guide des cols – Jean Alpes – alpes.fr</li></ul>\n"
            "<div class=\"sharedaddy sd-sharing-enabled\"><h3>Partager :</h3>"
            "<ul><li><a href=\"#\">Facebook</a></li></ul></div>"
        )},
    }
    back = post_to_article(post, "blog post 7")
    assert back.title == "Le col – en hiver" and back.slug == "le-col"
    assert back.canonical_url == "http://blog.example/le-col/"
    assert back.lead == "Le chapeau du billet."
    assert [s.heading for s in back.sections] == ["La montée", "La descente"]
    # The image stays on the site, its address made absolute (shown as a placeholder offline).
    assert "![Le col](http://blog.example/wp-content/uploads/col.png)" in back.sections[0].body
    assert back.sections[0].body.startswith(CLIMB)
    assert back.sections[1].body == DESCENT  # the share block is page furniture
    assert [(c.title, c.author, c.outlet) for c in back.credits] == [
        ("Le guide des cols", "Jean Alpes", "alpes.fr")
    ]
    assert back.disclosure == Disclosure(
        ai_written=True, assistant="Claude", organisation="Anthropic", editor="Jeanne Martin"
    )


def test_a_post_with_no_text_is_refused_with_the_importers_message() -> None:
    with pytest.raises(ImportRefusedError) as caught:
        post_to_article({"id": 3, "title": {"rendered": ""}, "content": {"rendered": "<p> </p>"}},
                        "blog post 3")
    assert caught.value.code == "import.no_article_text"
    assert "blog post 3" in str(caught.value)
