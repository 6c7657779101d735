"""Import speed by format: saved web pages, Word and OpenDocument files, beside copied text.

    python -m benchmarks.bench_import_formats

Prints pages per second for the 24 pages of the import corpus (HTML, through
readability-lxml and markdownify), the corpus's Word (python-docx) and OpenDocument
(odfpy) files, and the same articles as the text a browser copies (the baseline:
the text importer), then the growth of the HTML import with
the article's length (n, 2n, 4n, 8n sections) and its ratio per doubling.
"""

from __future__ import annotations

import time
from pathlib import Path

from hubdesk.importers import import_file
from hubdesk.importers.html_page import parse_html
from tests.importers import corpus_pages
from tests.importers.corpus_articles import ARTICLES, CorpusArticle
from tests.importers.corpus_documents import build_docx, build_odt


def _as_text(a: CorpusArticle) -> str:
    """The article as a reader copies it from the page (the text importer's input)."""
    text = corpus_pages.article_words_text(a)
    if a.closing:
        text += "\n\n" + a.closing + "\n\n" + "\n".join(f"• {c}" for c in a.credits)
    return text.replace("\n", "\n\n")


def _rate(paths: list[Path], rounds: int) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for path in paths:
            import_file(path)
    return rounds * len(paths) / (time.perf_counter() - started)


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pages = corpus_pages.build(folder / "pages")
        texts = []
        for stem, article, _name in corpus_pages.pages():
            path = folder / f"{stem}.txt"
            path.write_text(_as_text(article), encoding="utf-8")
            texts.append(path)
        html_rate = _rate(pages, 5)
        text_rate = _rate(texts, 5)
        docx_rate = _rate(build_docx(folder / "docx"), 5)
        odt_rate = _rate(build_odt(folder / "odt"), 5)
    print(f"{'format':<28}{'pages/s':>10}")
    print(f"{'text (baseline)':<28}{text_rate:>10.1f}")
    print(f"{'HTML page (saved)':<28}{html_rate:>10.1f}")
    print(f"{'Word (.docx)':<28}{docx_rate:>10.1f}")
    print(f"{'OpenDocument (.odt)':<28}{odt_rate:>10.1f}")
    print(f"per page, against text: HTML {text_rate / html_rate:.1f}x, DOCX "
          f"{text_rate / docx_rate:.1f}x, ODT {text_rate / odt_rate:.1f}x slower")
    print()
    base = ARTICLES[3]
    body = corpus_pages.article_html(base, "x_files")
    previous = None
    print(f"{'sections':>10}{'ms':>10}{'ratio':>8}")
    for factor in (1, 2, 4, 8):
        n = 40 * factor
        page = "<html><body><article>" + body + "".join(
            f"<h2>Part {i}</h2><p>{base.lead[0]} {base.lead[1]}</p><p>{base.lead[0]}</p>"
            for i in range(n)
        ) + "</article></body></html>"
        started = time.perf_counter()
        for _ in range(3):
            parse_html(page)
        ms = (time.perf_counter() - started) / 3 * 1000
        ratio = f"{ms / previous:.2f}" if previous else "-"
        print(f"{n:>10}{ms:>10.1f}{ratio:>8}")
        previous = ms


if __name__ == "__main__":
    main()
