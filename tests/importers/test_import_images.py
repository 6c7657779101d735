"""Pictures imported with the article (issue 13, item 1): a saved page's ``_files``
images and the pictures inside DOCX and ODT files are copied into the library's images
folder, and the Markdown names them there; the same picture is stored once, nothing is
written for a skipped duplicate, and nothing outside the page's folder is taken."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from hubdesk.export.library_images import assets_dir
from hubdesk.importers.folder_import import import_paths
from tests.cli.test_cli import run
from tests.importers import corpus_pages
from tests.importers.corpus_documents import build_docx, build_odt
from tests.importers.corpus_pages import PNG

_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\(([^)\s]+)\)")


def _images(article) -> list[str]:
    return [m.group(1) for part in [article.lead, *(s.body for s in article.sections)]
            for m in _IMAGE_RE.finditer(part)]


def _saved_page(folder: Path, stem: str = "velo-ecole--news") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    page = shutil.copy(corpus_pages.FOLDER / f"{stem}.html", folder)
    shutil.copytree(corpus_pages.FOLDER / f"{stem}_files", folder / f"{stem}_files")
    return Path(page)


def test_a_saved_pages_local_image_is_copied_into_the_library(library, tmp_path):
    page = _saved_page(tmp_path / "in")
    original = (page.parent / "velo-ecole--news_files" / "velo-cour.jpg").read_bytes()
    result = import_paths(library, [page])
    assert len(result.imported) == 1 and result.imported[0].notes == ()
    article = library.load_article(result.imported[0].article_id)
    [name] = _images(article)
    assert re.fullmatch(r"velo-cour-[0-9a-f]{10}\.jpg", name)
    stored = assets_dir(library.path) / name
    assert stored.read_bytes() == original
    assert sorted(p.name for p in assets_dir(library.path).iterdir()) == [name]


def test_pictures_inside_word_and_opendocument_files_are_copied(library, tmp_path):
    files = [p for p in build_docx(tmp_path / "docx") + build_odt(tmp_path / "odt")
             if p.stem == "velo-ecole"]
    assert sorted(p.suffix for p in files) == [".docx", ".odt"]
    result = import_paths(library, files)
    assert len(result.imported) == 2, result.refused
    names = set()
    for item in result.imported:
        [name] = _images(library.load_article(item.article_id))
        assert (assets_dir(library.path) / name).read_bytes() == PNG
        names.add(name)
    # the same picture under each file's own name, both marked with its digest
    assert sorted(names) == sorted(p.name for p in assets_dir(library.path).iterdir())
    assert len({n.rsplit("-", 1)[1] for n in names}) == 1 and len(names) == 2


def test_re_importing_writes_no_picture_and_changes_nothing(library, tmp_path):
    page = _saved_page(tmp_path / "in")
    import_paths(library, [page])
    folder = assets_dir(library.path)
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    again = import_paths(library, [page])
    assert (len(again.imported), len(again.duplicates)) == (0, 1)
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    assert library.count_articles() == 1


def test_a_skipped_duplicate_writes_no_picture(library, tmp_path):
    page = _saved_page(tmp_path / "in")
    import_paths(library, [page])
    shutil.rmtree(assets_dir(library.path))
    again = import_paths(library, [page])
    assert len(again.duplicates) == 1
    assert not assets_dir(library.path).exists()


def test_an_image_outside_the_pages_folder_is_not_taken(library, tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    page = tmp_path / "in" / "page.html"
    page.parent.mkdir()
    page.write_text(
        '<html lang="en"><head><title>Page</title></head><body><article><h1>A walk</h1>'
        "<p>We walked along the river for an hour and saw the old mill again.</p>"
        "<h2>The mill</h2><p>It stands by the weir, as it did a century ago.</p>"
        '<p><img src="../secret.png" alt="x"></p><p><img src="page_files/notes.txt" alt="y"></p>'
        "</article></body></html>", encoding="utf-8")
    (page.parent / "page_files").mkdir()
    (page.parent / "page_files" / "notes.txt").write_text("not a picture", encoding="utf-8")
    result = import_paths(library, [page])
    article = library.load_article(result.imported[0].article_id)
    assert _images(article) == ["../secret.png", "page_files/notes.txt"]  # addresses kept
    assert not assets_dir(library.path).exists()
    assert result.imported[0].notes == (
        f"{page}: image page_files/notes.txt is a .txt picture, which the app does not show;"
        " its address is kept",)


def test_the_cli_copies_the_pictures_too(capsys, tmp_path):
    page = _saved_page(tmp_path / "in")
    db = tmp_path / "cli.hubdesk"
    code, out, err = run(capsys, "--db", str(db), "import", str(page))
    assert code == 0 and err == ""
    [stored] = list(assets_dir(db).iterdir())
    assert stored.read_bytes() == (page.parent / "velo-ecole--news_files" / "velo-cour.jpg").read_bytes()
    code, out, err = run(capsys, "--db", str(db), "import", str(page))
    assert code == 0 and out == ""
    assert "already in the library" in err
    assert len(list(assets_dir(db).iterdir())) == 1


def test_a_picture_too_large_is_left_where_it_is_and_named(library, tmp_path):
    page = _saved_page(tmp_path / "in")
    picture = page.parent / "velo-ecole--news_files" / "velo-cour.jpg"
    with picture.open("r+b") as fh:
        fh.truncate(21 * 2**20)  # sparse: beyond the 20 MB the library takes, never read
    result = import_paths(library, [page])
    [item] = result.imported
    assert item.notes == (
        f"{page}: image velo-ecole--news_files/velo-cour.jpg is larger than 20 MB; its address is kept",)
    assert _images(library.load_article(item.article_id)) == ["velo-ecole--news_files/velo-cour.jpg"]
    assert not assets_dir(library.path).exists()
