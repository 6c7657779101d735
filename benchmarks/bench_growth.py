"""Growth: every operation a user triggers on their text, at sizes n, 2n, 4n and 8n.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_growth [--ops ...] [--shapes ...]
        [--scale 1.0] [--cap 30]

For each operation (import as text, as Markdown, as an HTML page, a Word and an
OpenDocument file, render to HTML, search, and each export: HTML, Markdown, EPUB,
DOCX, ODT, PDF) and each input shape (the hostile
shapes of issue 16, and ordinary prose), it times the operation on the shape at
sizes n, 2n, 4n and 8n, and prints the growth ratio t(8n)/t(n): about 8 is linear,
about 64 quadratic. Beside each row it prints the same operation on ordinary prose of
the same length at 8n (the baseline, measured in the same run) and the ratio. A size
that takes longer than ``--cap`` seconds stops its row (the larger sizes print ``-``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hubdesk.errors import HubDeskError
from hubdesk.export import export_article
from hubdesk.formats.markdown_format import article_to_markdown, markdown_to_article
from hubdesk.formats.render import render_article_body
from hubdesk.importers.dispatch import import_file, import_text
from hubdesk.library.store import Library
from hubdesk.model.article import Article
from tests import corpus

EXPORTS = ("html", "markdown", "epub", "docx", "odt", "pdf")
# Files of these formats are made by exporting the shape (untimed), then imported (timed).
FILE_IMPORTS = {"import-html": "html", "import-docx": "docx", "import-odt": "odt"}
OPS = ("import-text", "import-md", *FILE_IMPORTS, "render", "search",
       *(f"export-{f}" for f in EXPORTS))


@dataclass(frozen=True)
class Shape:
    """A family of inputs growing with ``k`` (its unit), as a Markdown file or a search query."""

    name: str
    n: int  # the unit count at size n
    make: Callable[[int], str]
    query: bool = False  # the text is a search query, not an article


def _md_file(body: str, title: str = "Growth") -> str:
    return f"# {title}\n\n{body}\n"


def _sections(k: int) -> str:
    return "\n\n".join(f"## Section {i}\n\nWord {i}." for i in range(k))


SHAPES = (
    Shape("'<a ' repeated", 3_000, lambda k: _md_file("<a " * k)),
    Shape("lines of only '-'", 3_000, lambda k: _md_file("-\n" * k)),
    Shape("credit line with spaces", 10_000,
          lambda k: _md_file("Lead.\n\n## Sources\n\n- Title" + " " * k + "x (01/02/2024)")),
    Shape("one long paragraph (words)", 20_000,
          lambda k: _md_file(" ".join(["mot"] * k))),
    Shape("many sections", 1_000, lambda k: _md_file(_sections(k))),
    Shape("search 'a a a ...'", 125, lambda k: " ".join(["a"] * k), query=True),
    Shape("search '\"a a a ...\"'", 125, lambda k: '"' + " ".join(["a"] * k) + '"', query=True),
)

_PROSE_WORDS = corpus._EN + corpus._FR  # the vocabulary of the generated articles


def _prose_file(length: int) -> str:
    """An ordinary article as a Markdown file of about ``length`` characters."""
    words = max(200, length // 6)
    text = article_to_markdown(corpus.make_article(words, seed=words, language="en"))
    return text[: max(length, 200)]


def _prose_query(length: int) -> str:
    words, out, size = _PROSE_WORDS, [], 0
    while size < length:
        word = words[len(out) % len(words)]
        out.append(word)
        size += len(word) + 1
    return " ".join(out)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


class Runner:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.refused: list[str] = []
        self.library = Library.open(folder / "search.hubdesk")
        corpus.fill_library(self.library, 200, words=600)

    def run(self, op: str, text: str, is_query: bool) -> float:
        if is_query:
            return _timed(lambda: self.library.search(text, typing=True))
        if op == "import-text":
            return _timed(lambda: import_text(text, markdown=False))
        article = markdown_to_article(text)
        if op == "import-md":
            return _timed(lambda: markdown_to_article(text))
        if op in FILE_IMPORTS:
            source = _export(article, FILE_IMPORTS[op], self.folder / f"in.{FILE_IMPORTS[op]}")
            return _timed(lambda: _import_or_refuse(source, self.refused))
        if op == "render":
            return _timed(lambda: render_article_body(article))
        fmt = op.removeprefix("export-")
        target = self.folder / f"out.{fmt}"
        return _timed(lambda: _export(article, fmt, target))


def _export(article: Article, fmt: str, target: Path) -> Path:
    return export_article(article, fmt, target)


def _import_or_refuse(path: Path, refused: list[str]) -> None:
    """Import ``path``; a refusal (a page too deep, too many elements) is a result too,
    noted in ``refused`` so that the table tells it from an import."""
    try:
        import_file(path)
    except HubDeskError as exc:
        refused.append(str(exc))


def _row(runner: Runner, op: str, shape: Shape, scale: float, cap: float) -> str:
    base = max(1, int(shape.n * scale))
    times: list[float | None] = []
    length = 0
    refusals = []
    for factor in (1, 2, 4, 8):
        if times and (times[-1] is None or times[-1] > cap):
            times.append(None)
            continue
        text = shape.make(base * factor)
        length = len(text)
        before = len(runner.refused)
        times.append(runner.run(op, text, shape.query))
        if len(runner.refused) > before:
            refusals.append(f"{factor}n")
    prose_text = _prose_query(length) if shape.query else _prose_file(length)
    prose = runner.run(op, prose_text, shape.query)
    cells = " ".join(f"{t:8.3f}" if t is not None else f"{'-':>8}" for t in times)
    growth = f"{times[3] / times[0]:6.1f}" if times[3] is not None and times[0] > 0 else f"{'-':>6}"
    vs = f"{times[3] / prose:7.1f}" if times[3] is not None and prose > 0 else f"{'-':>7}"
    note = f"  (refused at {', '.join(refusals)})" if refusals else ""
    return f"{op:16} {shape.name:28} {base:>7} {cells} {growth} {prose:8.3f} {vs}{note}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", nargs="*", default=list(OPS), choices=OPS)
    parser.add_argument("--shapes", nargs="*", help="shape names (substrings); all by default")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n by this")
    parser.add_argument("--cap", type=float, default=30.0, help="seconds after which a row stops")
    args = parser.parse_args()

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "export-pdf" in args.ops:
        from hubdesk.qt import pdf_export

        pdf_export.install()
    shapes = [s for s in SHAPES if not args.shapes or any(p in s.name for p in args.shapes)]
    with tempfile.TemporaryDirectory() as tmp:
        runner = Runner(Path(tmp))
        print("times in seconds; growth = t(8n)/t(n) (linear ~8, quadratic ~64); "
              "prose = same operation on ordinary prose of the 8n length; vs = t(8n)/prose")
        print(f"{'operation':16} {'shape':28} {'n':>7} {'t(n)':>8} {'t(2n)':>8} {'t(4n)':>8} "
              f"{'t(8n)':>8} {'growth':>6} {'prose':>8} {'vs':>7}")
        for op in args.ops:
            for shape in shapes:
                if shape.query != (op == "search"):
                    continue
                print(_row(runner, op, shape, args.scale, args.cap), flush=True)
        runner.library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
