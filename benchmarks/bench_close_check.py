"""What the full-text index check adds to the check of a close-time backup, at 1,000 and 10,000 articles.

A backup taken on close is checked before it replaces older ones
(``backup.check_file``): SQLite's integrity check, then FTS5's own check of the
full-text index. This times both parts on libraries of generated 2,000-word
articles (the ones ``bench_startup`` keeps in the cache folder), the integrity
check alone being the baseline (what the close cost before the index check).

    python -m benchmarks.bench_close_check [--articles 1000,10000]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.bench_startup import library_with
from hubdesk.library.check import search_index_problems


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", default="1000,10000")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-close-"))
    print(f"{'articles':>9} {'size (MB)':>10} {'integrity (s)':>14} {'+ index (s)':>12} {'added':>7}")
    for count in (int(c) for c in args.articles.split(",")):
        copy = tmp / f"backup-{count}.hubdesk"
        shutil.copy(library_with(count), copy)  # a backup is a copy: check a copy
        con = sqlite3.connect(copy)
        integrity = _timed(lambda c=con: c.execute("PRAGMA integrity_check").fetchall())
        index = _timed(lambda c=con: search_index_problems(c, writable=True))
        con.close()
        size = copy.stat().st_size / 1e6
        print(f"{count:>9,} {size:>10.0f} {integrity:>14.2f} {index:>12.2f} {index / integrity:>6.0%}")
        copy.unlink()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
