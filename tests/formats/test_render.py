"""Markdown to safe HTML, and the house rendering of credits and disclosure in French and English."""

from __future__ import annotations

from datetime import date

import pytest

from hubdesk.formats.render import (
    disclosure_sentence,
    format_credit,
    markdown_to_html,
    render_article_body,
    section_anchor,
)
from hubdesk.model.article import Article, Credit, Disclosure, Section, count_words, slugify

MISTRAL = Credit(
    title="What is Mistral AI? Everything to know about the OpenAI competitor",
    author="Anna Heim", outlet="TechCrunch", date=date(2025, 9, 9),
)


def test_credit_house_format_french_and_english():
    assert format_credit(MISTRAL, "fr") == (
        "What is Mistral AI? Everything to know about the OpenAI competitor – Anna Heim – "
        "TechCrunch (09/09/2025)"
    )
    assert format_credit(MISTRAL, "en").endswith("TechCrunch (Sep 9, 2025)")


def test_credit_with_title_and_description_only():
    c = Credit(title="Dossiers sur l’AI Act", description="Rapports de l’Union Européenne")
    assert format_credit(c) == "Dossiers sur l’AI Act – Rapports de l’Union Européenne"
    assert format_credit(Credit(title="Seul titre")) == "Seul titre"


def test_disclosure_sentences():
    d = Disclosure(True, "Chappie", "Groupe Floteuil")
    assert disclosure_sentence(d, "fr") == "Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil."
    assert disclosure_sentence(d, "en") == "Article written by an AI, Chappie, of Groupe Floteuil."
    assert disclosure_sentence(Disclosure(True, "Chappie", "Agence X"), "fr").endswith("de Agence X.")
    assert disclosure_sentence(Disclosure(True, "C", "La Poste"), "fr").endswith("de la Poste.")
    assert disclosure_sentence(Disclosure(False, editor="Léa"), "fr") == "Relu et validé par Léa."
    assert disclosure_sentence(Disclosure(), "fr") == ""


@pytest.mark.parametrize(
    "hostile, forbidden",
    [
        ("<script>alert(1)</script>", "<script"),
        ('<img src="x" onerror="alert(1)">', "onerror"),
        ("[click](javascript:alert(1))", "javascript:"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<iframe src="https://evil.example"></iframe>', "<iframe"),
        ('<p style="background:url(https://evil.example/x)">x</p>', "style="),
        ("![x](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
        ('<svg onload="alert(1)"></svg>', "onload"),
    ],
)
def test_raw_html_cannot_run(hostile, forbidden):
    out = markdown_to_html(f"Texte {hostile} fin.")
    assert forbidden not in out.lower()
    assert "Texte" in out


def test_markdown_features_survive_sanitising():
    out = markdown_to_html("**gras** *it* [lien](https://example.org)\n\n| a |\n|---|\n| 1 |\n\n> cité")
    assert "<strong>gras</strong>" in out and "<em>it</em>" in out
    assert 'href="https://example.org"' in out and 'rel="noopener noreferrer"' in out
    assert "<table>" in out and "<blockquote>" in out


def test_article_body_has_all_parts_in_order():
    a = Article(
        title="Titre <b>", lead="Chapô.", language="fr",
        sections=[Section("Première", "Un."), Section("Conclusion", "Fin.")],
        credits=[MISTRAL], disclosure=Disclosure(True, "Chappie", "Groupe Floteuil"),
    )
    html = render_article_body(a)
    order = [html.index(x) for x in ("Titre &lt;b&gt;", "Chapô.", "Première", "Conclusion",
                                      "Article au contenu rédigé", "Merci à l’auteur(e)",
                                      "Anna Heim", "Retour en haut")]
    assert order == sorted(order)
    assert 'id="s1-premiere"' in html and 'href="#top"' in html


def test_section_anchor_and_render():
    assert section_anchor("Défis à relever", 2) == "s3-defis-a-relever"
    html = render_article_body(Article(title="T", sections=[Section("A *b*", "x")]))
    assert '<section class="hd-section" id="s1-a-b"><h2>A <em>b</em></h2>' in html


def test_word_count_and_slug():
    assert count_words("L’Europe — face à **OpenAI**, 2025 !") == 5
    assert slugify("Mistral AI : le champion européen") == "mistral-ai-le-champion-europeen"
    assert slugify("???") == "article"
    assert len(slugify("mot " * 100)) <= 80
