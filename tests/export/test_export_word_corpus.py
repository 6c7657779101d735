"""DOCX and ODT of the 30-post corpus read back with python-docx and odfpy.

Each export holds what the rendered HTML holds (read with html5lib): the
headings at their levels and in order, every table with its rows, columns,
header row and cell texts, every footnote as a real note with its text, and
every code block with its text intact, line by line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdesk.export import export_article
from tests.export.word_readback import (
    Contents,
    docx_contents,
    docx_list_starts,
    expected,
    html_list_starts,
    odt_contents,
)
from tests.formats.test_render_corpus import NAMES, load_post

READERS = {"docx": docx_contents, "odt": odt_contents}


def _check(found: Contents, wanted: Contents, name: str) -> None:
    assert found.headings == wanted.headings, name
    assert found.tables == wanted.tables, name
    assert found.header_rows == wanted.header_rows, name
    assert found.notes == wanted.notes, name
    assert found.code == wanted.code, name


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_corpus_reads_back_with_tables_headings_notes_and_code(tmp_path: Path, fmt: str) -> None:
    totals = {"tables": 0, "notes": 0, "code": 0, "headings": 0, "level 3": 0, "lists": 0}
    for name in NAMES:
        article = load_post(name)
        path = export_article(article, fmt, tmp_path / f"{name}.{fmt}")
        found, wanted = READERS[fmt](path), expected(article)
        _check(found, wanted, name)
        assert wanted.headings[0] == (1, article.title)
        assert all(level in (2, 3) for level, _ in wanted.headings[1:])  # sections and ###
        totals["level 3"] += sum(level == 3 for level, _ in found.headings)
        if fmt == "docx":  # each numbered list starts at its own number (``3.`` is 3)
            assert docx_list_starts(path) == html_list_starts(article), name
            totals["lists"] += len(html_list_starts(article))
        totals["tables"] += len(found.tables)
        totals["notes"] += len(found.notes)
        totals["code"] += len(found.code)
        totals["headings"] += len(found.headings)
    # every post has a table and footnotes; most have code
    assert totals["tables"] >= 30 and totals["notes"] >= 60 and totals["code"] >= 20, totals
    assert totals["level 3"] >= 1, totals  # a ### heading is Heading 3, never 4
    assert fmt == "odt" or totals["lists"] >= 5, totals
