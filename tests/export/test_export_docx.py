"""DOCX export read back with python-docx: real heading styles, credits as a list, properties."""

from __future__ import annotations

from pathlib import Path

import docx

from hubdesk.export import ExportOptions, export_article
from hubdesk.formats.render import format_credit
from tests.export_article import HEADINGS, make_sample_article


def _open(tmp_path: Path, options: ExportOptions | None = None):
    return docx.Document(str(export_article(make_sample_article(), "docx", tmp_path / "a.docx", options)))


def test_headings_use_real_styles(tmp_path: Path) -> None:
    d = _open(tmp_path)
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    assert h1 == ["L’énergie citoyenne : comment une vallée produit son électricité"]
    assert h2 == HEADINGS  # 9 sections, exactly 9 Heading 2 paragraphs, in order


def test_credits_are_a_list_after_the_disclosure(tmp_path: Path) -> None:
    d = _open(tmp_path)
    texts = [p.text for p in d.paragraphs]
    intro = texts.index("Merci à l’auteur(e) du contenu original :")
    assert texts[intro - 1].startswith("Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil.")
    items = d.paragraphs[intro + 1 : intro + 9]
    assert all(p.style.name == "List Bullet" for p in items)
    expected = [format_credit(c, "fr") for c in make_sample_article().credits]
    assert [p.text.split(" — ")[0] for p in items] == expected


def test_core_properties(tmp_path: Path) -> None:
    props = _open(tmp_path).core_properties
    assert props.title.startswith("L’énergie citoyenne")
    assert props.author == "Camille Roux"
    assert props.language == "fr"
    assert props.keywords == "énergie, coopératives, territoires"
    assert props.subject.startswith("Comment une coopérative")
    assert props.created.isoformat().startswith("2026-11-20T08:30:00")


def test_markdown_formatting_comes_through(tmp_path: Path) -> None:
    d = _open(tmp_path)
    runs = [r for p in d.paragraphs for r in p.runs]
    assert any(r.bold and r.text == "coopérative d’énergie" for r in runs)
    assert any(r.italic and r.text == "Trop inclinés" for r in runs)
    assert any(r.font.name == "DejaVu Sans Mono" and r.text == "HTA/BT" for r in runs)
    quote = [p.text for p in d.paragraphs if p.style.name == "Quote"]
    assert quote == ["Nous avons appris en nous trompant, et en le disant."]
    bullets = [p.text for p in d.paragraphs if p.style.name == "List Bullet"]
    assert bullets[:3] == [
        "les parts sociales des habitants ;",
        "un prêt de la banque régionale ;",
        "une subvention de la région.",
    ]
    numbered = [p.text for p in d.paragraphs if p.style.name == "List Number"]
    assert numbered == ["2021 : 120 MWh", "2023 : 510 MWh", "2025 : 940 MWh"]
    links = [r.target_ref for r in d.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert "https://example.org/tableau-de-bord" in links
    assert "https://example.com/energy-cooperatives" in links
    assert "jamais exécuté" not in "\n".join(p.text for p in d.paragraphs)


def test_without_toc_and_disclosure(tmp_path: Path) -> None:
    d = _open(tmp_path, ExportOptions(include_toc=False, include_disclosure=False))
    texts = [p.text for p in d.paragraphs]
    assert "Sommaire" not in texts
    assert not any("rédigé par une IA" in t for t in texts)
    assert "Merci à l’auteur(e) du contenu original :" in texts


def test_paper_size_and_page_number_field(tmp_path: Path) -> None:
    d = _open(tmp_path, ExportOptions(paper="Letter"))
    section = d.sections[0]
    assert (round(section.page_width.mm, 1), round(section.page_height.mm, 1)) == (215.9, 279.4)
    footer_xml = section.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer_xml


def test_local_attachment_becomes_a_picture_and_remote_stays_a_link(tmp_path: Path) -> None:
    from tests.export_article import tiny_png

    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "photo.png").write_bytes(tiny_png())
    article = make_sample_article()
    article.sections[0].body += "\n\n![Photo](photo.png)"
    path = export_article(article, "docx", tmp_path / "img.docx", ExportOptions(asset_dir=assets))
    d = docx.Document(str(path))
    assert len(d.inline_shapes) == 1
    images = [p for p in d.part.package.parts if p.partname.startswith("/word/media/")]
    assert [p.blob for p in images] == [tiny_png()]
    links = [r.target_ref for r in d.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert "https://images.example.net/poste.jpg" in links
