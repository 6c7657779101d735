"""Text import as tried on real pages (issue 13, item 5) and Markdown files (item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdesk.errors import ImportRefusedError
from hubdesk.importers import import_file, import_text
from hubdesk.importers.defaults import library_language
from hubdesk.importers.folder_import import import_paths
from hubdesk.model.article import Article

NNBSP = "\u202f"
PARA_1 = (
    "La saison touristique a commencé plus tôt que prévu dans les villages de montagne, "
    "où les hébergeurs affichent déjà complet pour les vacances."
)
PARA_2 = (
    "Les maires s’en réjouissent mais redoutent une pénurie d’eau si la chaleur dure, "
    "comme ce fut le cas il y a deux ans."
)
PARA_3 = "Les stations ont donc investi dans des retenues et des compteurs connectés pour suivre la consommation."
QUESTION = "Pourquoi les communes de montagne craignent-elles autant le manque d’eau cet été"


def _page(question_end: str) -> str:
    return "\n".join([
        "Eau et tourisme en montagne", "", PARA_1, "", PARA_2, "",
        f"{QUESTION}{question_end}", "", PARA_3, "", "Conclusion", "", PARA_1,
    ])


@pytest.mark.parametrize("end", ["?", " ?", f"{NNBSP}?", "\u00a0?"])
def test_a_french_question_heading_is_one_whatever_the_space_before_the_mark(end: str) -> None:
    article = import_text(_page(end))
    assert len(QUESTION.split()) == 12
    assert [s.heading for s in article.sections] == [f"{QUESTION}{end}", "Conclusion"]
    assert article.lead_paragraphs() == [PARA_1, PARA_2]
    assert article.sections[0].body == PARA_3


def test_a_page_with_no_lead_keeps_its_first_section() -> None:
    text = "\n".join([
        "Eau et tourisme en montagne", "", "Des réserves sous surveillance", "", PARA_1, "", PARA_2,
        "", "Ce que prévoient les communes", "", PARA_3,
    ])
    article = import_text(text)
    assert article.title == "Eau et tourisme en montagne"
    assert article.lead == ""
    assert [s.heading for s in article.sections] == [
        "Des réserves sous surveillance", "Ce que prévoient les communes",
    ]
    assert article.sections[0].body == f"{PARA_1}\n\n{PARA_2}"


def test_a_lone_short_line_after_the_title_stays_lead_on_a_page_without_headings() -> None:
    article = import_text("\n".join(["Titre", "", "Par Jeanne Roux", "", PARA_1, "", PARA_2]))
    assert article.sections == []
    assert article.lead_paragraphs() == ["Par Jeanne Roux", PARA_1, PARA_2]


@pytest.mark.parametrize("caption", ["Photo : AFP", f"Photo{NNBSP}: AFP", "© Reuters", "Crédit photo : Ville de Gap"])
def test_a_caption_between_paragraphs_stays_a_paragraph(caption: str) -> None:
    text = "\n".join([
        "Eau et tourisme en montagne", "", PARA_1, "", "Les retenues collinaires", "", PARA_2,
        "", caption, "", PARA_3,
    ])
    article = import_text(text)
    assert [s.heading for s in article.sections] == ["Les retenues collinaires"]
    assert article.sections[0].body == f"{PARA_2}\n\n{caption}\n\n{PARA_3}"


def test_a_title_line_starting_with_a_hash_loses_the_marker() -> None:
    article = import_text("\n".join(["# Eau et tourisme en montagne", "", PARA_1, "", PARA_2]))
    assert article.title == "Eau et tourisme en montagne"
    assert article.slug == "eau-et-tourisme-en-montagne"


def test_an_english_page_is_english() -> None:
    text = "\n".join([
        "Why cities plant trees", "",
        "Urban foresters measure shade street by street. Their maps show where heat lingers.",
        "", "Where should the next trees go?", "",
        "Planners now favour narrow streets, school yards and bus stops.",
    ])
    assert import_text(text).language == "en"


def test_a_file_with_nothing_to_judge_takes_the_default_language(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Zigzag\n\nXylophone Quartz\n", encoding="utf-8")
    assert import_file(path).language == "fr"
    assert import_file(path, default_language="en").language == "en"


def test_the_library_default_language_is_its_setting_else_its_articles(library, tmp_path: Path) -> None:
    assert library_language(library) == "fr"
    library.save_articles([Article(title=f"T{i}", language="en") for i in range(2)])
    library.save_article(Article(title="F", language="fr"))
    assert library_language(library) == "en"
    library.set_setting("default_language", "fr")
    assert library_language(library) == "fr"
    library.set_setting("default_language", None)
    path = tmp_path / "short.txt"
    path.write_text("Zigzag\n\nXylophone Quartz\n", encoding="utf-8")
    result = import_paths(library, [path])
    assert [i.title for i in result.imported] == ["Zigzag"]
    assert library.load_article(result.imported[0].article_id).language == "en"


# ---------------------------------------------------------------- Markdown files (item 6)


def test_a_missing_relative_image_is_listed_with_its_file_and_path(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "here.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    path = tmp_path / "post.md"
    path.write_text(
        "# Titre\n\nIntro.\n\n## Partie\n\n![là](img/here.png)\n\n![absente](img/gone.png \"t\")\n\n"
        "![distante](https://example.org/a.png)\n",
        encoding="utf-8",
    )
    notes: list[str] = []
    article = import_file(path, notes)
    assert article.title == "Titre"
    assert notes == [f"{path}: image img/gone.png not found (looked for {tmp_path / 'img' / 'gone.png'})"]


def test_the_folder_import_summary_carries_the_missing_image(library, tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text("# Titre\n\nIntro.\n\n![x](photo.jpg)\n", encoding="utf-8")
    result = import_paths(library, [tmp_path])
    assert len(result.imported) == 1
    assert result.imported[0].notes == (
        f"{tmp_path / 'post.md'}: image photo.jpg not found (looked for {tmp_path / 'photo.jpg'})",
    )


@pytest.mark.parametrize("front", ["---\ntitle: Actualités\nlayout: list\n---\n", "+++\ntitle = \"News\"\n+++\n\n\n"])
def test_a_front_matter_only_file_is_refused(library, tmp_path: Path, front: str) -> None:
    path = tmp_path / "_index.md"
    path.write_text(front, encoding="utf-8")
    with pytest.raises(ImportRefusedError) as caught:
        import_file(path)
    assert caught.value.code == "import.front_matter_only"
    assert "only" in str(caught.value) and "_index.md" in str(caught.value)
    result = import_paths(library, [tmp_path])
    assert result.imported == [] and len(result.refused) == 1
    assert library.count_articles() == 0


def test_a_front_matter_file_with_text_is_imported(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: Actualités\n---\nUn seul paragraphe de texte.\n", encoding="utf-8")
    article = import_file(path)
    assert (article.title, article.lead) == ("Actualités", "Un seul paragraphe de texte.")
