"""Calling thread's time of a save: written directly vs handed to the save worker.

At 2k, 20k and 100k words, one character changed in a middle section each time:
``Library.save_article`` (the save written on the calling thread, what autosave did
before, the baseline) against ``Library.save_article_in_background`` (ids settled
and a snapshot taken on the calling thread, the rows written by the worker). Prints
the medians, the worker's own time and the ratio. The desktop's autosave adds the
UI-thread time of reporting the save done; ``bench_edits`` measures that in a window.

    python -m benchmarks.bench_autosave [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from hubdesk.library.store import Library
from tests import corpus

WORDS = (2_000, 20_000, 100_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    library = Library.open(Path(tempfile.mkdtemp(prefix="hubdesk-autosave-")) / "b.hubdesk")
    print("Calling thread's time per save (ms, median); target: under 16 ms at 100k words")
    print(f"{'words':>8} {'direct':>9} {'worker':>9} {'ratio':>7} {'worker busy':>12}")
    for words in WORDS:
        article = corpus.make_article(words, seed=words, language="en")
        library.save_article(article)
        middle = article.sections[len(article.sections) // 2]
        direct, handed, busy = [], [], []
        for _ in range(args.runs):
            middle.body += " x"
            start = time.perf_counter()
            library.save_article(article)
            direct.append(time.perf_counter() - start)
            middle.body += " y"
            start = time.perf_counter()
            future = library.save_article_in_background(article)
            handed.append(time.perf_counter() - start)
            future.result()
            busy.append(time.perf_counter() - start)
        d, h, b = (statistics.median(v) * 1000 for v in (direct, handed, busy))
        print(f"{words:>8,} {d:>9.1f} {h:>9.2f} {d / h:>6.0f}x {b:>12.1f}", flush=True)
    library.close()


if __name__ == "__main__":
    main()
