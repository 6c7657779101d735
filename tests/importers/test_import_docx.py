"""Word and OpenDocument files (issue 13, item 2): five DOCX files built with python-docx
and three ODT files built with odfpy, each against its expected JSON, with a table, a
footnote, an image, tracked changes and a comment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hubdesk.importers import import_file
from hubdesk.model.credit_parse import parse_credit
from tests.importers.corpus_documents import COMMENT, DELETED, build_docx, build_odt
from tests.importers.corpus_measure import kept_and_leaked


@pytest.fixture(scope="module")
def docx_files(tmp_path_factory) -> list[Path]:
    return build_docx(tmp_path_factory.mktemp("docx"))


@pytest.fixture(scope="module")
def odt_files(tmp_path_factory) -> list[Path]:
    return build_odt(tmp_path_factory.mktemp("odt"))


def _expected(path: Path) -> dict:
    return json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))


def test_each_word_file_gives_its_article(docx_files: list[Path], capsys) -> None:
    assert len(docx_files) >= 5
    _check_documents(docx_files, capsys)


def test_each_opendocument_file_gives_its_article(odt_files: list[Path], capsys) -> None:
    assert len(odt_files) >= 3
    _check_documents(odt_files, capsys)


def _check_documents(files: list[Path], capsys) -> None:
    rows = []
    for path in files:
        exp = _expected(path)
        notes: list[str] = []
        a = import_file(path, notes)
        assert a.title == exp["title"]
        assert a.lead == exp["lead"]
        assert [s.heading for s in a.sections] == exp["headings"]
        assert a.credits == [parse_credit(c) for c in exp["credits"]]
        assert a.disclosure.ai_written is exp["ai_written"]
        assert (a.language, a.author, a.tags) == (exp["language"], exp["author"], exp["tags"])
        body = "\n\n".join(s.body for s in a.sections)
        assert "**" in body and "*" in body.replace("**", "")  # bold and italic kept
        if exp["has_table"]:
            assert "\n| --- |" in body or "| --- | --- |" in body
        if exp["footnote"]:
            assert "[^1]" in body and body.endswith(f"[^1]: {exp['footnote']}")
        if exp["has_image"]:
            assert ("![](media/image1.png)" if path.suffix == ".docx" else "![](Pictures/photo.png)") in body
        if exp["tracked"]:
            assert DELETED.strip() not in body
            assert notes[0].endswith((
                "tracked changes were pending (1 insertions, 1 deletions); imported as if accepted",
                "2 tracked changes were pending; imported as if accepted"))
            assert notes[1].endswith(f"comment by Relecteur: {COMMENT}")
        else:
            assert notes == []
        kept, words, _leaked, _chrome = kept_and_leaked(a, exp["article_text"], [])
        rows.append((path.name, kept, words))
        assert kept == words
    with capsys.disabled():
        print("\n" + "\n".join(f"{n:28} kept {k}/{w} words" for n, k, w in rows))


def test_lists_and_quotes_become_markdown(docx_files: list[Path]) -> None:
    a = import_file(next(p for p in docx_files if p.stem == "bibliobus"))
    assert a.sections[1].body.endswith("> On vient chercher un roman, on repart avec des nouvelles du canton.")
    assert a.sections[2].body.endswith(
        "- achat du véhicule amorti sur douze ans\n- deux salariés à temps plein\n"
        "- un fonds de huit mille documents")
