"""Opening an article: the longest time the UI thread is blocked, at sizes n, 2n, 4n and 8n.

Opens articles of 10, 20, 40 and 80 KB in a real main window (ordinary prose,
lines of only ``-``, ``<a `` repeated, many sections) and records, with a 1 ms
timer on the UI thread, the longest gap between its ticks from the click until
the preview is complete, the editor's colours and underlines are all done, the
checklist's findings are shown, the outline's review marks are written, and 300 ms more (Qt lays out a large document in
steps after it is shown). The same run measures the baseline: the checklist (and
its spelling count) run on the UI thread when the article opens, as before issue
16's fix (``--preview-baseline`` adds the older one: the preview built there too). Caches are
dropped before each path, so that no path opens a text the other one has just checked.

``--before REV`` measures the preview of another revision beside this one instead: the
bench runs twice, as child processes, once on ``git archive REV`` (the baseline, e.g. the
preview with one ``QTextFrame`` per part) and once on this tree, shape by shape, with the
checklist off the UI thread in both, and prints the two rows and their ratio; with
``--preview-only`` each article is opened in a preview widget alone (no window, outline,
colours or checklist), which shows what opening costs the preview itself.

    python -m benchmarks.bench_open
    python -m benchmarks.bench_open --before 0864ce4 --shapes dashes sections --repeat 3
    python -m benchmarks.bench_open --before 0864ce4 --shapes dashes sections --preview-only
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hubdesk.checklist import Checklist  # noqa: E402
from hubdesk.importers.dispatch import import_text  # noqa: E402
from hubdesk.library.store import Library  # noqa: E402
from hubdesk.model import article as article_module  # noqa: E402
from hubdesk.model.provenance import edited_share  # noqa: E402
from hubdesk.ui.editor import preview as preview_module  # noqa: E402
from hubdesk.ui.shell.app import GIL_SWITCH_S  # noqa: E402
from hubdesk.ui.shell.main_window import MainWindow  # noqa: E402
from hubdesk.ui.shell.settings import Settings  # noqa: E402
from tests import corpus  # noqa: E402

KB = 1024
SIZES = (10 * KB, 20 * KB, 40 * KB, 80 * KB)


def _kb(sizes) -> str:
    return ", ".join(f"{s // KB:,}" for s in sizes) + " KB"


def _prose(size: int) -> str:
    article = corpus.make_article(max(200, size // 6), seed=size, language="en", sections=8)
    return "\n\n".join([article.lead] + [f"## {s.heading}\n\n{s.body}" for s in article.sections])[
        :size
    ]


SHAPES = {
    "ordinary prose": _prose,
    "lines of only '-'": lambda size: "-\n" * (size // 2),
    "'<a ' repeated": lambda size: "<a " * (size // 3),
    "many sections": lambda size: "\n\n".join(f"## S{i}\n\nWord {i}." for i in range(size // 20)),
}
SHORT = {
    "prose": "ordinary prose",
    "dashes": "lines of only '-'",
    "anchors": "'<a ' repeated",
    "sections": "many sections",
}


class StallMeter:
    """The longest gap between ticks of a 1 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.worst = 0
        self.last = 0

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.worst = self.last = 0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.worst / 1000


def _settle(app: QApplication, done, extra_s: float = 0.3, limit_s: float = 120) -> None:
    end = time.monotonic() + limit_s
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.0005)
    until = time.monotonic() + extra_s
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.0005)


def forget_caches(window: MainWindow) -> None:
    """Each path opens its articles as for the first time: the checklist's scans, the
    spelling counts and caches, the word counts warmed by the other path are dropped."""
    panel = window.review.checklist
    panel.checklist = panel.worker.checklist = Checklist()
    window.review.misspellings.forget()
    window.spelling.checker._cache = {}
    article_module._count_long.cache_clear()
    edited_share.cache_clear()


def measure(app: QApplication, window: MainWindow, ids: list[str], blank: str) -> list[float]:
    meter = StallMeter()
    stalls = []
    for article_id in ids:
        window.open_article(blank)
        _settle(app, window.preview.is_complete, 0.1)
        meter.start()
        # The open itself is timed by the meter too: it runs from a timer, as a click would.
        QTimer.singleShot(0, lambda a=article_id: window.open_article(a))
        _settle(
            app,
            lambda a=article_id: (
                window.session.article is not None
                and window.session.article.id == a
                and not getattr(window.session, "is_loading", False)  # a long text going in
                and window.preview.is_complete()
                and window.highlighter.is_coloured()
                and not window.review.checklist.pending
                and window.review.marks.is_done()
            ),
        )
        stalls.append(meter.stop())
    return stalls


def measure_preview(app: QApplication, library: Library, ids: list[str], blank: str) -> list[float]:
    """As ``measure``, with the preview alone (no window): what opening costs the preview."""
    preview = preview_module.Preview()
    preview.resize(700, 900)
    preview.show()
    meter = StallMeter()
    stalls = []
    for article_id in ids:
        preview.show_article(library.load_article(blank))
        _settle(app, preview.is_complete, 0.1)
        article = library.load_article(article_id)
        meter.start()
        QTimer.singleShot(0, lambda a=article: preview.show_article(a))
        _settle(app, lambda: preview.is_complete() and meter.clock.elapsed() > 50)
        stalls.append(meter.stop())
    preview.close()
    return stalls


def _compare(
    before: str, shapes: list[str], repeat: int, preview_only: bool = False, sizes=SIZES
) -> None:
    """Run this bench on ``git archive before`` and on this tree, shape by shape, ``repeat``
    times each in turn; print both (the median of the runs, size by size)."""
    here = Path(__file__).resolve().parent.parent
    from benchmarks.checkouts import unpacked  # the child runs in the other tree, without it

    old = unpacked(before)
    print(
        f"Longest UI-thread block while opening an article (s); sizes {_kb(sizes)};"
        f" before = {before}, after = this tree; median of {repeat} run(s) each, taken in turn"
        + ("; the preview alone" if preview_only else "")
    )
    print(f"{'shape':22} {'path':9} {'n':>7} {'2n':>7} {'4n':>7} {'8n':>7} {'growth':>7}")
    for short in shapes:
        runs: dict[str, list[list[float]]] = {"before": [], "after": []}
        for _ in range(repeat):
            for path, tree in (("before", old), ("after", here)):
                env = dict(os.environ, PYTHONPATH=str(tree))
                out = subprocess.run(
                    [sys.executable, str(Path(__file__).resolve()), "--child", short]
                    + (["--preview-only"] if preview_only else [])
                    + ([] if sizes == SIZES else ["--sizes", *(str(s // KB) for s in sizes)]),
                    env=env,
                    cwd=str(tree),
                    check=True,
                    capture_output=True,
                    text=True,
                )
                runs[path].append(json.loads(out.stdout.strip().splitlines()[-1]))
        rows = {
            path: [statistics.median(t) for t in zip(*r, strict=True)] for path, r in runs.items()
        }
        name = SHORT[short]
        for path, times in rows.items():
            growth = times[3] / times[0] if times[0] > 0 else float("nan")
            print(f"{name:22} {path:9} " + " ".join(f"{t:7.3f}" for t in times) + f" {growth:7.1f}")
        print(
            f"{'':22} {'ratio':9} "
            + " ".join(
                f"{b / a if a > 0 else float('inf'):6.1f}x"
                for b, a in zip(rows["before"], rows["after"], strict=True)
            ),
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--preview-baseline",
        action="store_true",
        help="also measure the preview built on the UI thread (slow)",
    )
    parser.add_argument(
        "--before",
        metavar="REV",
        help="compare the preview with this revision's (checklist off the UI thread in both)",
    )
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHORT), default=list(SHORT))
    parser.add_argument("--repeat", type=int, default=1, help="with --before: runs of each tree")
    parser.add_argument(
        "--preview-only", action="store_true", help="with --before: open in a preview alone"
    )
    parser.add_argument(
        "--sizes", nargs=4, type=int, metavar="KB", help="the four sizes n, 2n, 4n, 8n in KB"
    )
    parser.add_argument("--child", choices=sorted(SHORT), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = tuple(k * KB for k in args.sizes) if args.sizes else SIZES
    if args.before:
        _compare(args.before, args.shapes, args.repeat, args.preview_only, sizes)
        return
    sys.setswitchinterval(GIL_SWITCH_S)  # as the app does (hubdesk.ui.shell.app)
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-open-"))
    library = Library.open(tmp / "bench.hubdesk")
    blank = import_text("# Blank\n\nNothing.\n", markdown=True)
    library.save_article(blank)
    ids: dict[str, list[str]] = {}
    names = [SHORT[args.child]] if args.child else [SHORT[s] for s in args.shapes]
    for name in names:
        make = SHAPES[name]
        ids[name] = []
        for size in sizes:
            article = import_text(f"# {name} {size}\n\n{make(size)}\n", markdown=True)
            library.save_article(article)
            ids[name].append(article.id)
    if args.child and args.preview_only:
        print(json.dumps(measure_preview(app, library, ids[names[0]], blank.id)))
        library.close()
        return
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(library, settings)
    window.resize(1400, 900)
    window.show()
    if args.child:  # one path, the current one; the parent prints
        forget_caches(window)
        print(json.dumps(measure(app, window, ids[names[0]], blank.id)))
        window.close()
        library.close()
        return
    print(f"Longest UI-thread block while opening an article (s); sizes {_kb(sizes)}")
    print(f"{'shape':22} {'path':9} {'n':>7} {'2n':>7} {'4n':>7} {'8n':>7} {'growth':>7}")
    sync = preview_module.SYNC_CHARS
    panel = window.review.checklist
    paths = [("before", sync, True), ("after", sync, False)]
    if args.preview_baseline:
        paths.insert(0, ("preview", 10**12, True))
    for name in names:
        rows = {}
        for path, limit, checklist_on_ui in paths:
            preview_module.SYNC_CHARS = limit
            # The baseline: the checklist run on the UI thread when the article opens.
            panel.start = panel.refresh if checklist_on_ui else type(panel).start.__get__(panel)
            forget_caches(window)
            rows[path] = measure(app, window, ids[name], blank.id)
        for path, times in rows.items():
            growth = times[3] / times[0] if times[0] > 0 else float("nan")
            cells = " ".join(f"{t:7.3f}" for t in times)
            print(f"{name:22} {path:9} {cells} {growth:7.1f}")
        print(
            f"{'':22} {'ratio':9} "
            + " ".join(
                f"{b / a if a > 0 else float('inf'):6.1f}x"
                for b, a in zip(rows["before"], rows["after"], strict=True)
            )
        )
    preview_module.SYNC_CHARS = sync
    window.close()
    library.close()


if __name__ == "__main__":
    main()
