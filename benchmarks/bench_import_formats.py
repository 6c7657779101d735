"""Import speed by format: saved web pages, Word and OpenDocument files, beside copied text.

    python -m benchmarks.bench_import_formats

Prints pages per second for the 24 pages of the import corpus (HTML, through
readability-lxml and markdownify), the corpus's Word (python-docx) and OpenDocument
(odfpy) files, and the same articles as the text a browser copies (the baseline:
the text importer), then the growth of the HTML import with
the article's length (n, 2n, 4n, 8n sections) and its ratio per doubling, then for
each hostile file of the new formats (tests/importers/test_hostile_inputs.py and the
DOCX/ODT bombs) the CPU time and the growth of peak memory its import costs, each in
a fresh process, against the target of 2 s and 300 MB, with an ordinary page beside it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
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


_MEASURE = '''
import json, resource, sys, time
from hubdesk.errors import HubDeskError
from hubdesk.importers import import_file
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
base, started = peak(), time.process_time()
try:
    import_file(sys.argv[1])
    outcome = "imported"
except HubDeskError as exc:
    outcome = "refused: " + str(exc).split(": ", 1)[1][:48]
print(json.dumps([time.process_time() - started, peak() - base, outcome]))
'''


def _zip_with(base: Path, path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename not in entries:
                out.writestr(info.filename, src.read(info.filename))
        for entry, data in entries.items():
            out.writestr(entry, data)
    return path


def hostile(folder: Path) -> None:
    """CPU seconds and peak memory growth of importing each hostile file, in its own process."""
    from tests.importers.samples import write_sample
    from tests.importers.test_hostile_inputs import _XXE_DOCUMENT, CORPUS

    folder.mkdir()
    files = [folder / n for n in sorted(CORPUS) if n.endswith((".html", ".htm"))]
    for path in files:
        path.write_bytes(CORPUS[path.name]())
    files.append(folder / "huge-200MB.html")
    files[-1].write_bytes(b"<html><body><p>" + b"x" * (200 * 2**20))
    docx = write_sample(folder / "base.docx", "Titre", "Un paragraphe.", "Partie", "Texte.")
    odt = write_sample(folder / "base.odt", "Titre", "Un paragraphe.", "Partie", "Texte.")
    ordinary = write_sample(folder / "ordinary.html", "Titre", "Un paragraphe.", "Partie", "Texte.")
    content = _XXE_DOCUMENT.replace(b"w:document", b"office:document-content")
    files += [
        _zip_with(docx, folder / "bomb-60MB-part.docx", {"word/media/bomb.bin": b"\0" * (60 * 2**20)}),
        _zip_with(docx, folder / "bomb-ratio.docx", {"word/media/zeros.bin": b"\0" * (20 * 2**20)}),
        _zip_with(docx, folder / "entities.docx", {"word/document.xml": _XXE_DOCUMENT}),
        _zip_with(odt, folder / "entities.odt", {"content.xml": content}),
        _zip_with(odt, folder / "bomb-ratio.odt", {"Pictures/zeros.bin": b"\0" * (20 * 2**20)}),
        ordinary,
    ]
    print(f"{'hostile file':<24}{'CPU s':>8}{'MB':>7}  outcome (target: < 2 s CPU, < 300 MB)")
    for path in files:
        done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True,
                              text=True, check=True)
        cpu, grown, outcome = json.loads(done.stdout.strip().splitlines()[-1])
        name = path.name + (" (baseline)" if path == ordinary else "")
        print(f"{name:<24}{cpu:>8.2f}{grown / 2**20:>7.0f}  {outcome}")


if __name__ == "__main__":
    main()
    print()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        hostile(Path(tmp) / "hostile")
