"""Cost of keeping history on save, against the same saves without it (the baseline).

    python -m benchmarks.bench_history

Prints the median time of an autosave (one section of a 20,000-word article
changed), of an import of 200 articles, and of listing and diffing versions, each
beside the same work with history recording switched off, and the ratios.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from hubdesk.library import history  # noqa: E402
from hubdesk.library.store import Library  # noqa: E402
from tests import corpus  # noqa: E402


def _autosaves(folder: Path, name: str, rounds: int = 40) -> float:
    with Library.open(folder / f"{name}.hubdesk") as lib:
        a = corpus.make_article(20_000, seed=1)
        lib.save_article(a)
        times = []
        for i in range(rounds):
            a.sections[i % len(a.sections)].body += f" mot{i}"
            t = time.perf_counter()
            lib.save_article(a)
            times.append(time.perf_counter() - t)
        return statistics.median(times)


def _import(folder: Path, name: str) -> float:
    with Library.open(folder / f"{name}.hubdesk") as lib:
        t = time.perf_counter()
        corpus.fill_library(lib, 200, words=2000)
        return time.perf_counter() - t


def main() -> None:
    real_record = history.record
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = {}
        for label, record in (("baseline (no history)", lambda *a, **k: None),
                              ("with history", real_record)):
            history.record = record
            results[label] = (_autosaves(folder, label + "-a"), _import(folder, label + "-i"))
        history.record = real_record
        base, hist = results["baseline (no history)"], results["with history"]
        print(f"autosave, 20k-word article, median: baseline {base[0] * 1000:.2f} ms, "
              f"with history {hist[0] * 1000:.2f} ms, ratio {hist[0] / base[0]:.2f}")
        print(f"import of 200 articles: baseline {base[1]:.2f} s, with history {hist[1]:.2f} s, "
              f"ratio {hist[1] / base[1]:.2f}")
        with Library.open(folder / "with history-a.hubdesk") as lib:
            aid = lib.list_articles()[0].id
            t = time.perf_counter()
            revs = history.revisions(lib, aid)
            listed = time.perf_counter() - t
            t = time.perf_counter()
            history.diff_with_current(lib, revs[-1].id)
            diffed = time.perf_counter() - t
            print(f"list {len(revs)} versions: {listed * 1000:.2f} ms; "
                  f"diff a section with the current text: {diffed * 1000:.2f} ms")


if __name__ == "__main__":
    main()
