"""The HTML export printed from a browser: code wraps and stays on the page.

Chromium's headless shell prints each exported post that has code (the house
stylesheet's ``@media print`` rules apply), and ``pdftotext -bbox`` finds every
word of every code line inside the page's text area.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from hubdesk.export import export_article
from tests.export.test_export_pdf_reading import _code_lines, _unhyphen
from tests.formats.test_render_corpus import NAMES, load_post

BROWSERS = ("chromium-headless-shell", "chromium", "google-chrome")
LETTER_WIDTH = 612.0  # Chromium prints on Letter unless told otherwise
PRINT_RIGHT_MARGIN = 2.2 / 2.54 * 72  # house.css: @page { margin: 2cm 2.2cm }


def _browser() -> str:
    for name in BROWSERS:
        if path := shutil.which(name):
            return path
    pytest.skip("no Chromium to print with (Debian package: chromium-headless-shell)")


def _print(browser: str, page: Path) -> Path:
    out = page.with_suffix(".pdf")
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )
    return out


def test_printed_html_wraps_every_code_line_inside_the_page(tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian package: poppler-utils)")
    browser = _browser()
    with_code = [n for n in NAMES if _code_lines(load_post(n))]
    pages = [export_article(load_post(n), "html", tmp_path / f"{n}.html") for n in with_code]
    with ThreadPoolExecutor(max_workers=2) as pool:
        printed = list(pool.map(lambda p: _print(browser, p), pages))
    limit = LETTER_WIDTH - PRINT_RIGHT_MARGIN + 1
    off_page: dict[str, list[str]] = {}
    for name, pdf in zip(with_code, printed, strict=True):
        bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        words = re.findall(r'xMin="([0-9.]+)"[^>]*xMax="([0-9.]+)"[^>]*>([^<]*)</word>', bbox)
        inside = _unhyphen("".join(html.unescape(w) for x0, x1, w in words if float(x1) <= limit))
        lost = [w for line in _code_lines(load_post(name)) for w in line.split()
                if _unhyphen(w) not in inside]
        if lost:
            off_page[name] = lost
    assert len(with_code) >= 12
    assert off_page == {}
