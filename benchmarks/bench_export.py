"""Export speed: a 2,000- and a 20,000-word article to every format, beside pandoc.

    python -m benchmarks.bench_export [--runs N]

For each size and format it prints HubDesk's first call (includes loading the
format's library) and the median of N further calls, then pandoc's median for
the same HubDesk Markdown file converted to HTML (standalone), DOCX, EPUB and
ODT, and the ratio pandoc / HubDesk (above 1 means HubDesk is faster). Pandoc
runs as the user would run it, one process per file. Machines are noisy: read
the ratios, not the absolute times.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from hubdesk.export import FORMATS, export_article  # noqa: E402
from hubdesk.formats.markdown_format import article_to_markdown  # noqa: E402
from tests import corpus  # noqa: E402

PANDOC_TARGETS = {"html": ["-t", "html5", "-s"], "docx": ["-t", "docx"],
                  "epub": ["-t", "epub3"], "odt": ["-t", "odt"]}


def _time(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _pandoc(pandoc: str, source: Path, fmt: str, out: Path, runs: int) -> float | None:
    if fmt not in PANDOC_TARGETS:
        return None
    args = [pandoc, "-f", "markdown", *PANDOC_TARGETS[fmt], "-o", str(out), str(source)]
    if fmt in ("html", "epub"):
        args[-1:-1] = ["--metadata", "title=Benchmark"]
    subprocess.run(args, check=True, capture_output=True)  # warm the disk cache
    return statistics.median(
        _time(lambda: subprocess.run(args, check=True, capture_output=True)) for _ in range(runs)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per case (median)")
    args = parser.parse_args()

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hubdesk.qt import pdf_export

    pdf_export.install()
    pandoc = shutil.which("pandoc")
    if pandoc:
        version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout
        print(f"pandoc: {version.splitlines()[0]}")
    else:
        print("pandoc not installed: no baseline (apt-get install pandoc)")

    folder = Path(tempfile.mkdtemp(prefix="hubdesk-bench-export-"))
    print(f"{'words':>6} {'format':<9} {'first ms':>9} {'median ms':>10} {'pandoc ms':>10} {'pandoc/hubdesk':>15}")
    try:
        for words in (2_000, 20_000):
            article = corpus.make_article(words, seed=11)
            source = folder / f"article-{words}.md"
            source.write_text(article_to_markdown(article), encoding="utf-8")
            for fmt in FORMATS:
                target = folder / f"out-{words}.{fmt}"
                first = _time(lambda fmt=fmt, target=target, article=article: export_article(article, fmt, target))
                median = statistics.median(
                    _time(lambda fmt=fmt, target=target, article=article: export_article(article, fmt, target))
                    for _ in range(args.runs)
                )
                base = _pandoc(pandoc, source, fmt, folder / f"pandoc-{words}.{fmt}", args.runs) if pandoc else None
                ratio = f"{base / median:14.1f}x" if base else f"{'n/a':>15}"
                base_ms = f"{base * 1000:10.1f}" if base else f"{'n/a':>10}"
                print(f"{words:>6} {fmt:<9} {first * 1000:9.1f} {median * 1000:10.1f} {base_ms} {ratio}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
