"""Cost of the start-up and close-time safety work, beside opening the library (baseline).

    python -m benchmarks.bench_safety [ARTICLES]

For a library of ARTICLES generated articles (default 1,000): the time to open it
(the baseline every start pays), to run SQLite's quick check (every start and every
command), to take the lock, and to write and check a backup (at most once a day on
close), with the ratios to the open time.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from hubdesk.library import backup, recovery  # noqa: E402
from hubdesk.library.lock import LibraryLock  # noqa: E402
from hubdesk.library.store import Library  # noqa: E402
from tests import corpus  # noqa: E402


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.hubdesk"
        with Library.open(path) as lib:
            corpus.fill_library(lib, count, words=2000)
        size = path.stat().st_size / 2**20

        def open_and_list() -> None:
            with Library.open(path) as lib:
                lib.list_articles(limit=50)

        base = min(_timed(open_and_list) for _ in range(3))
        check = min(_timed(lambda: recovery.quick_check(path)) for _ in range(3))
        lock = min(_timed(lambda: LibraryLock(path).acquire().release()) for _ in range(3))
        with Library.open(path) as lib:
            made = _timed(lambda: backup.create_backup(lib.connection, path))
        print(f"{count} articles, {size:.0f} MB")
        print(f"open + first page (baseline): {base * 1000:.1f} ms")
        print(f"quick check: {check * 1000:.1f} ms, ratio {check / base:.2f}")
        print(f"lock: {lock * 1000:.2f} ms, ratio {lock / base:.3f}")
        print(f"backup with its check (on close, at most daily): {made * 1000:.0f} ms, "
              f"ratio {made / base:.1f}")


if __name__ == "__main__":
    main()
