"""LibreOffice reads the DOCX and ODT of the 30-post corpus: every heading, in order.

All the files of a format are converted to PDF in one headless LibreOffice run
(``soffice --convert-to pdf``, with a private profile), and ``pdftotext`` reads
each PDF back. Each heading must stand on its own line(s), after the previous
one; each footnote's text must be in the PDF. Exported without the contents list,
so that no heading is found in it instead of in the text.

CI installs LibreOffice (Debian package ``libreoffice-writer-nogui``) and
``pdftotext`` (``poppler-utils``), so these tests run there: a skip for a missing
tool fails a CI run (``tests/skip_policy.py``).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from hubdesk.export import ExportOptions, export_article
from tests.export.word_readback import expected, squash
from tests.formats.test_render_corpus import NAMES, load_post


def _tool(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(f"{names[0]} is not installed (Debian: libreoffice-writer-nogui, poppler-utils)")


def _converted(fmt: str, out: Path) -> dict[str, list[str]]:
    """The lines of the PDF LibreOffice makes of each post's export, by post name."""
    soffice = _tool("soffice", "libreoffice")
    pdftotext = _tool("pdftotext")
    files = [export_article(load_post(n), fmt, out / f"{n}.{fmt}", ExportOptions(include_toc=False))
             for n in NAMES]
    profile = (out / "profile").as_uri()
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out / "pdf"), *map(str, files)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    lines = {}
    for name in NAMES:
        pdf = out / "pdf" / f"{name}.pdf"
        assert pdf.is_file(), f"LibreOffice did not convert {name}.{fmt}: {done.stdout}{done.stderr}"
        text = subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                              text=True, check=True, timeout=60).stdout
        text = unicodedata.normalize("NFKC", text)  # a ligature "ﬁ" reads as "fi"
        lines[name] = [squash(line) for line in text.splitlines()]
    return lines


def _find_heading(lines: list[str], heading: str, start: int) -> int:
    """The index of the line after ``heading`` standing on lines of its own at ``start`` or later."""
    for i in range(start, len(lines)):
        joined = ""
        for k in range(i, min(i + 4, len(lines))):
            joined = squash(f"{joined} {lines[k]}")
            if joined == heading:
                return k + 1
            if not heading.startswith(joined):
                break
    return -1


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_libreoffice_shows_every_heading_in_order(tmp_path: Path, fmt: str) -> None:
    converted = _converted(fmt, tmp_path)
    checked = 0
    for name in NAMES:
        wanted = expected(load_post(name))
        lines = converted[name]
        at = 0
        for _level, heading in wanted.headings:
            found = _find_heading(lines, unicodedata.normalize("NFKC", heading), at)
            assert found >= 0, f"{name}.{fmt}: heading {heading!r} missing or out of order"
            at = found
            checked += 1
        text = " ".join(lines)
        for note in wanted.notes:
            assert unicodedata.normalize("NFKC", note)[:40] in text, f"{name}.{fmt}: note {note!r}"
    assert checked >= 30 * 3
