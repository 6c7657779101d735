"""``hubdesk export``: driven through ``main(argv)`` as a shell would run it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from hubdesk.__main__ import main
from hubdesk.formats.markdown_format import markdown_to_article
from hubdesk.model.article import Status
from tests import corpus
from tests.export_article import HEADINGS, make_sample_article


@pytest.fixture
def db(library, library_path: Path) -> str:
    other = corpus.make_article(1500, seed=7, language="en")
    other.status = Status.READY
    library.save_articles([make_sample_article(), other])
    library.close()
    return str(library_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_one_article_to_a_file(db: str, tmp_path: Path, capsys) -> None:
    target = tmp_path / "piece.docx"
    code, out, err = run(capsys, "--db", db, "export", "f27d53", "--format", "docx", "-o", str(target))
    assert code == 0, err
    assert out.strip() == str(target)
    d = docx.Document(str(target))
    assert [p.text for p in d.paragraphs if p.style.name == "Heading 2"] == HEADINGS


def test_one_article_into_a_folder_is_named_from_its_slug(db: str, tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "--db", db, "export", "f27d53", "-f", "markdown", "-o", str(tmp_path))
    assert code == 0, err
    path = tmp_path / "energie-citoyenne-vallee.md"
    assert out.strip() == str(path)
    assert markdown_to_article(path.read_text(encoding="utf-8")) == make_sample_article()


def test_several_articles_into_a_folder(db: str, tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "--db", db, "export", "--status", "ready", "f27d53", "-f", "epub",
                         "-o", str(tmp_path))
    assert code == 0, err
    written = [Path(line) for line in out.strip().splitlines()]
    assert len(written) == 2
    assert all(p.parent == tmp_path and p.suffix == ".epub" for p in written)
    for p in written:
        assert zipfile.ZipFile(p).read("mimetype") == b"application/epub+zip"


def test_pdf_without_a_display(db: str, tmp_path: Path, capsys, qapp) -> None:
    target = tmp_path / "a.pdf"
    code, out, err = run(capsys, "--db", db, "export", "f27d53", "-f", "pdf", "--paper", "Letter",
                         "-o", str(target))
    assert code == 0, err
    reader = PdfReader(target)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert reader.metadata.author == "Camille Roux"


def test_errors_are_one_clear_line(db: str, tmp_path: Path, capsys) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    code, _, err = run(capsys, "--db", db, "export", "f27d53", "-o", str(tmp_path / "no" / "a.html"))
    assert code == 1
    assert err.strip() == f"hubdesk: The folder {tmp_path / 'no'} does not exist."
    code, _, err = run(capsys, "--db", db, "export", "f27d53", "--status", "ready",
                       "-o", str(tmp_path / "none"))
    assert code == 1 and "does not exist; several articles are exported into a folder" in err
    code, _, err = run(capsys, "--db", db, "export", "-o", str(tmp_path))
    assert code == 2 and "give at least one article ID" in err
    code, _, err = run(capsys, "--db", db, "export", "ffff9999", "-o", str(tmp_path))
    assert code == 1 and "ffff9999" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display variables are Linux's")
def test_pdf_from_a_shell_without_display_needs_no_setup(db: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    target = tmp_path / "shell.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "hubdesk", "--db", db, "export", "f27d53", "-f", "pdf", "-o", str(target)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    assert len(PdfReader(target).outline) == 2  # the title, and the sections under it


def test_a_trailing_slash_names_a_folder_that_must_exist(tmp_path, capsys):
    """`-o out/` never turns into a file called `out`."""
    from hubdesk.__main__ import main
    from hubdesk.library.store import Library
    from hubdesk.model.article import Article, Section

    db = tmp_path / "lib.hubdesk"
    with Library.open(db) as lib:
        article = Article(title="Un titre", sections=[Section("Une", "x")])
        lib.save_article(article)
    missing = tmp_path / "out"
    code = main(["--db", str(db), "export", article.id, "--format", "html", "-o", f"{missing}/"])
    assert code != 0
    assert not missing.exists()
    assert "does not exist" in capsys.readouterr().err
    missing.mkdir()
    assert main(["--db", str(db), "export", article.id, "--format", "html", "-o", f"{missing}/"]) == 0
    assert [p.name for p in missing.iterdir()] == ["un-titre.html"]
