"""ODT export read back as ODF XML: outline headings, credits list, metadata."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from hubdesk.export import export_article
from hubdesk.formats.render import format_credit
from tests.export_article import HEADINGS, make_sample_article

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"


def _read(tmp_path: Path) -> tuple[ET.Element, ET.Element, zipfile.ZipFile]:
    path = export_article(make_sample_article(), "odt", tmp_path / "a.odt")
    z = zipfile.ZipFile(path)
    return ET.fromstring(z.read("content.xml")), ET.fromstring(z.read("meta.xml")), z


def _text(el: ET.Element) -> str:
    return "".join(el.itertext())


def test_package_and_outline_headings(tmp_path: Path) -> None:
    content, _, z = _read(tmp_path)
    assert z.namelist()[0] == "mimetype"
    assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    headings = content.iter(f"{TEXT}h")
    by_level: dict[str, list[str]] = {}
    for h in headings:
        by_level.setdefault(h.get(f"{TEXT}outline-level"), []).append(_text(h))
    assert by_level["1"] == ["L’énergie citoyenne : comment une vallée produit son électricité"]
    assert by_level["2"] == HEADINGS


def test_credits_list_and_disclosure(tmp_path: Path) -> None:
    content, _, _ = _read(tmp_path)
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    children = list(body)
    credits_list = children[-1]
    assert credits_list.tag == f"{TEXT}list"
    items = [_text(i) for i in credits_list.findall(f"{TEXT}list-item")]
    expected = [format_credit(c, "fr") for c in make_sample_article().credits]
    assert [i.split(" — ")[0] for i in items] == expected
    assert _text(children[-2]) == "Merci à l’auteur(e) du contenu original :"
    assert _text(children[-3]).startswith("Article au contenu rédigé par une IA, Chappie")


def test_inline_formatting_and_lists(tmp_path: Path) -> None:
    content, _, _ = _read(tmp_path)
    auto = {s.get("{urn:oasis:names:tc:opendocument:xmlns:style:1.0}name"): s
            for s in content.iter("{urn:oasis:names:tc:opendocument:xmlns:style:1.0}style")}
    bold = [_text(s) for s in content.iter(f"{TEXT}span")
            if "bold" in ET.tostring(auto[s.get(f"{TEXT}style-name")], encoding="unicode")]
    assert "coopérative d’énergie" in bold
    links = [a.get("{http://www.w3.org/1999/xlink}href") for a in content.iter(f"{TEXT}a")]
    assert "https://example.org/tableau-de-bord" in links
    lists = [[_text(i) for i in lst.findall(f"{TEXT}list-item")] for lst in content.iter(f"{TEXT}list")]
    assert ["2021 : 120 MWh", "2023 : 510 MWh", "2025 : 940 MWh"] in lists


def test_metadata(tmp_path: Path) -> None:
    _, meta, _ = _read(tmp_path)
    m = meta.find(f"{OFFICE}meta")
    assert m.find(f"{DC}title").text.startswith("L’énergie citoyenne")
    assert m.find(f"{DC}creator").text == "Camille Roux"
    assert m.find(f"{DC}language").text == "fr"
    assert [k.text for k in m.findall(f"{META}keyword")] == ["énergie", "coopératives", "territoires"]
    assert m.find(f"{META}creation-date").text == "2026-11-20T08:30:00"


def test_master_page_with_paper_size_and_page_number(tmp_path: Path) -> None:
    from hubdesk.export import ExportOptions

    path = export_article(make_sample_article(), "odt", tmp_path / "l.odt", ExportOptions(paper="Letter"))
    styles = ET.fromstring(zipfile.ZipFile(path).read("styles.xml"))
    style_ns = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
    fo = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
    props = next(styles.iter(f"{style_ns}page-layout-properties"))
    assert (props.get(f"{fo}page-width"), props.get(f"{fo}page-height")) == ("21.59cm", "27.94cm")
    master = next(styles.iter(f"{style_ns}master-page"))
    assert master.get(f"{style_ns}name") == "Standard"
    assert list(master.iter(f"{TEXT}page-number"))


def test_local_attachment_becomes_a_picture(tmp_path: Path) -> None:
    from hubdesk.export import ExportOptions
    from tests.export_article import tiny_png

    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "photo.png").write_bytes(tiny_png())
    article = make_sample_article()
    article.sections[0].body += "\n\n![Photo](photo.png)\n\n![Outside](../photo.png)"
    path = export_article(article, "odt", tmp_path / "img.odt", ExportOptions(asset_dir=assets))
    z = zipfile.ZipFile(path)
    pictures = [n for n in z.namelist() if n.startswith("Pictures/")]
    assert len(pictures) == 1 and z.read(pictures[0]) == tiny_png()
    content = ET.fromstring(z.read("content.xml"))
    draw = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
    hrefs = [i.get("{http://www.w3.org/1999/xlink}href") for i in content.iter(f"{draw}image")]
    assert hrefs == pictures
    assert "[Outside]" in "".join(content.itertext())
