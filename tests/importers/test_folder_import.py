"""Folder import: recursive, a summary of imported and refused files, whole articles only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hubdesk.formats.markdown_format import article_to_markdown
from hubdesk.importers.duplicates import Duplicates
from hubdesk.importers.folder_import import find_files, import_paths
from hubdesk.library import article_rows
from tests import corpus

WEB_PAGE = """Un titre d’article importé

Premier paragraphe du chapô, assez long pour être un paragraphe de texte courant.

Second paragraphe du chapô, qui précède la première partie de l’article.

Première partie

Le texte de la première partie, avec plusieurs phrases. Elle continue encore un peu.

Conclusion

Le texte de la conclusion, qui termine l’article proprement.
"""


def make_folder(root: Path, good: int = 4) -> dict[str, Path]:
    """A folder tree with ``good`` importable articles and four bad files."""
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    files: dict[str, Path] = {}
    for i in range(good):
        folder = root if i % 2 == 0 else root / "nested" / "deeper"
        path = folder / f"article-{i}.md"
        path.write_text(article_to_markdown(corpus.make_article(400, seed=100 + i)), encoding="utf-8")
        files[f"good{i}"] = path
    files["web"] = root / "nested" / "page.txt"
    files["web"].write_text(WEB_PAGE, encoding="utf-8")
    files["empty"] = root / "empty.md"
    files["empty"].write_text("", encoding="utf-8")
    files["binary"] = root / "nested" / "image.txt"
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    files["broken"] = root / "broken.md"
    files["broken"].write_text("---\ntitle: [unclosed\n---\n# T\n", encoding="utf-8")
    (root / ".hidden" / "skip.md").write_text("# Hidden\n\n## A\n\nb\n", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    return files


def test_import_folder_with_bad_files_among_good_ones(library, tmp_path):
    files = make_folder(tmp_path / "in")
    seen = []
    result = import_paths(library, [tmp_path / "in"], progress=lambda d, t, p: seen.append((d, t)))
    assert result.total == 8 and not result.cancelled
    assert seen == [(n, 8) for n in range(1, 9)]
    assert sorted(i.path.name for i in result.imported) == [
        "article-0.md", "article-1.md", "article-2.md", "article-3.md", "page.txt"]
    refused = {r.path.name: r.reason for r in result.refused}
    assert sorted(refused) == ["broken.md", "empty.md", "image.txt"]
    assert "empty" in refused["empty.md"]
    assert "binary" in refused["image.txt"] or "not text" in refused["image.txt"]
    assert "line" in refused["broken.md"]
    assert library.count_articles() == 5
    web = next(i for i in result.imported if i.path == files["web"])
    article = library.load_article(web.article_id)
    assert article.title == "Un titre d’article importé"
    assert [s.heading for s in article.sections] == ["Première partie", "Conclusion"]
    original = corpus.make_article(400, seed=100)
    imported = next(i for i in result.imported if i.path == files["good0"])
    assert library.load_article(imported.article_id).sections == original.sections


def test_same_article_twice_is_skipped_not_overwritten(library, tmp_path):
    make_folder(tmp_path / "in", good=2)
    first = import_paths(library, [tmp_path / "in"])
    before = {i.article_id: library.load_article(i.article_id) for i in first.imported}
    again = import_paths(library, [tmp_path / "in"])
    assert again.imported == [] and [r.path for r in again.refused] == [r.path for r in first.refused]
    assert sorted(d.path for d in again.duplicates) == sorted(i.path for i in first.imported)
    assert {d.article_id for d in again.duplicates} == set(before)
    assert library.count_articles() == len(first.imported)
    assert {i: library.load_article(i) for i in before} == before


def test_duplicates_can_be_updated_or_kept(library, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Titre\n\nUn chapô.\n\nPartie\n\nDu texte.\n", encoding="utf-8")
    first = import_paths(library, [page]).imported[0]
    kept = import_paths(library, [page], duplicates=Duplicates.KEEP)
    assert [k.path for k in kept.kept] == [page] and kept.kept[0].article_id != first.article_id
    updated = import_paths(library, [page], duplicates=Duplicates.UPDATE)
    assert updated.imported == [] and len(updated.duplicates) == 1  # the same text: nothing to do
    assert library.count_articles() == 2


def test_cancel_halfway_leaves_only_whole_articles(library, tmp_path):
    make_folder(tmp_path / "in", good=6)
    done = []
    result = import_paths(library, [tmp_path / "in"],
                          progress=lambda d, t, p: done.append(p), cancelled=lambda: len(done) >= 3)
    assert result.cancelled and result.handled == 3 and result.total == 10
    ids = {s.id for s in library.list_articles()}
    assert ids == {i.article_id for i in result.imported}
    con = library.connection
    # No rows of an article that is not in the list: nothing half-imported.
    assert con.execute("SELECT count(*) FROM sections WHERE article_id NOT IN"
                       " (SELECT id FROM articles)").fetchone()[0] == 0
    for item in result.imported:
        assert len(library.load_article(item.article_id).credits) == 8


def test_a_failing_save_leaves_no_part_of_that_article(library, tmp_path, monkeypatch):
    make_folder(tmp_path / "in", good=3)
    real = article_rows.write_credits
    calls = []

    def flaky(c, a):
        calls.append(a.id)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(c, a)

    monkeypatch.setattr(article_rows, "write_credits", flaky)
    result = import_paths(library, [tmp_path / "in"])
    failed = calls[1]
    assert any("Nothing was saved" in r.reason for r in result.refused)
    assert not library.has_article(failed)
    assert library.connection.execute(
        "SELECT count(*) FROM sections WHERE article_id=?", (failed,)).fetchone()[0] == 0
    assert library.count_articles() == len(result.imported) == 3


def test_find_files_skips_hidden_and_foreign_files(tmp_path):
    make_folder(tmp_path / "in", good=2)
    names = sorted(p.name for p in find_files([tmp_path / "in"]))
    assert names == ["article-0.md", "article-1.md", "broken.md", "empty.md", "image.txt", "page.txt"]


def test_empty_folder_is_reported(library, tmp_path):
    (tmp_path / "nothing-here").mkdir()
    result = import_paths(library, [tmp_path / "nothing-here"])
    assert result.imported == [] and len(result.refused) == 1
    assert "no importable files" in result.refused[0].reason


def test_a_folder_import_picks_up_pages_and_documents_but_not_a_pages_own_files(tmp_path):
    from tests.importers.samples import write_sample

    folder = tmp_path / "in"
    (folder / "page_files").mkdir(parents=True)
    for name in ("page.html", "old.htm", "letter.docx", "draft.odt", "page_files/frame.html"):
        write_sample(folder / name, "Titre", "Un paragraphe.", "Partie", "Texte.")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert sorted(p.relative_to(folder).as_posix() for p in find_files([folder])) == [
        "draft.odt", "letter.docx", "old.htm", "page.html"]
