"""UI blocking: the longest UI-thread gap of each user action, on hostile shapes, at n, 2n, 4n, 8n.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_ui_block [--ops ...] [--shapes ...]
        [--scale 1.0] [--cap 20]

A ``QTimer`` on the UI thread beats every ``PERIOD_MS``; the gap of a run is the longest
interval between two beats (and from the click to the first, and from the last to the
end) minus the period: how long the window could not paint or take a key. Each action
is run as the app runs it (the dialog or panel the user clicks, with its worker), from
the click until its work is done; the baseline beside it is the same work called
directly on the UI thread, in the same run, at the largest size run (a size whose action
takes more than ``--cap`` seconds ends its row: the larger sizes print ``-``). The app
parses imported pages, DOCX and ODT files and writes every export in a worker process;
``thread`` is the same action at that size the way the app ran it before, all in a worker
thread of its own process (``hubdesk.qt.child_process.IN_CHILD`` off). The shapes are those of
``benchmarks.bench_growth`` (ordinary prose, ``<a `` repeated, lines of ``-``, a credit
line with spaces, one long paragraph, many sections; the repeated search terms for
search). A row with a gap over ``LIMIT_MS`` at any size is marked ``OVER``.

Opening an article and start-up are measured elsewhere (bench_open, bench_startup).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_growth import SHAPES, Shape, _prose_file, _prose_query

PERIOD_MS = 5
LIMIT_MS = 100
IMPORTS = {"import-text": "txt", "import-md": "md", "import-html": "html", "import-docx": "docx",
           "import-odt": "odt"}
EXPORTS = ("html", "markdown", "pdf", "epub", "docx", "odt")
OPS = (*IMPORTS, "import-archive", *(f"export-{f}" for f in EXPORTS), "search", "restore-backup")

Action = Callable[[Callable[[], None]], None]  # start the work; call done() when it has ended


def ui_gap(action: Action) -> float:
    """The longest UI-thread gap, in ms, from starting ``action`` until it calls done()."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    stamps: list[float] = []
    loop = QEventLoop()
    finished = [False]
    beat = QTimer()
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    beat.timeout.connect(lambda: stamps.append(time.perf_counter()))

    def done() -> None:
        finished[0] = True
        loop.quit()

    def click() -> None:
        beat.start(PERIOD_MS)
        stamps.append(time.perf_counter())
        action(done)

    QTimer.singleShot(0, click)
    if not finished[0]:
        loop.exec()
    stamps.append(time.perf_counter())
    beat.stop()
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    return max(0.0, max(gaps) * 1000 - PERIOD_MS)


class Bench:
    """One library (200 ordinary articles for the search) and the widgets the user clicks."""

    def __init__(self, folder: Path) -> None:
        from hubdesk.library.store import Library
        from hubdesk.ui.library.library_panel import LibraryPanel
        from tests import corpus

        self.folder = folder
        self.library = Library.open(folder / "bench.hubdesk")
        corpus.fill_library(self.library, 200, words=600)
        self.panel = LibraryPanel(self.library)
        self.panel.resize(400, 800)
        self.panel.show()
        self.counter = itertools.count()
        self.refused: list[str] = []

    # ------------------------------------------------------------ inputs (untimed)

    def article(self, text: str):
        from hubdesk.formats.markdown_format import markdown_to_article
        from hubdesk.model.article import new_id

        article = markdown_to_article(text)
        article.id = new_id()
        article.title = f"Bench {next(self.counter)}"
        return article

    def import_source(self, op: str, text: str) -> Path:
        from hubdesk.export import export_article

        ext = IMPORTS[op]
        path = self.folder / f"in-{next(self.counter)}.{ext}"
        if ext in ("txt", "md"):
            path.write_text(text.replace("# Growth", f"# Bench {next(self.counter)}", 1), encoding="utf-8")
            return path
        return export_article(self.article(text), ext, path)

    def archive(self, text: str) -> Path:
        from hubdesk.formats.archive import export_archive
        from hubdesk.library.store import Library

        source = self.folder / f"src-{next(self.counter)}.hubdesk"
        with Library.open(source) as lib:
            article = self.article(text)
            lib.save_article(article)
            path = self.folder / f"a-{next(self.counter)}.hubdesk-archive"
            export_archive(lib, path, [article.id])
        return path

    def saved(self, text: str) -> str:
        article = self.article(text)
        self.library.save_article(article)
        return article.id

    # ------------------------------------------------------------ actions as the app runs them

    def action(self, op: str, text: str) -> tuple[Action, Action]:
        """(the app's action, the baseline: the same work on the UI thread)."""
        if op in IMPORTS:
            return self._import(op, text)
        if op == "import-archive":
            return self._archive(text)
        if op.startswith("export-"):
            return self._export(op.removeprefix("export-"), text)
        if op == "search":
            return self._search(text)
        return self._restore(text)

    def _import(self, op: str, text: str) -> tuple[Action, Action]:
        from hubdesk.importers.folder_import import import_paths

        app_path, base_path = self.import_source(op, text), self.import_source(op, text)

        def app(done: Callable[[], None]) -> None:
            self.panel.import_paths([app_path])  # Import Files… and a drop both come here
            done()

        def base(done: Callable[[], None]) -> None:
            result = import_paths(self.library, [base_path])
            self.refused += [r.reason for r in result.refused]
            done()

        return app, base

    def _archive(self, text: str) -> tuple[Action, Action]:
        from hubdesk.errors import HubDeskError
        from hubdesk.formats.archive import import_archive
        from hubdesk.ui.library.archive_dialogs import ArchiveImportDialog

        app_path, base_path = self.archive(text), self.archive(text)

        def app(done: Callable[[], None]) -> None:
            dialog = ArchiveImportDialog(self.library, app_path)
            dialog.completed.connect(lambda _r: (dialog.close(), done()))
            dialog.failed.connect(lambda _m: (dialog.close(), done()))
            dialog.show()
            dialog.start()

        def base(done: Callable[[], None]) -> None:
            try:
                import_archive(self.library, base_path)
            except HubDeskError as exc:  # a refusal (a ZIP bomb's ratio) is a result too
                self.refused.append(str(exc))
            done()

        return app, base

    def _export(self, fmt: str, text: str) -> tuple[Action, Action]:
        from hubdesk.export import EXTENSIONS, export_article
        from hubdesk.ui.export.export_dialog import ExportDialog

        article_id = self.saved(text)
        out = self.folder / f"out-{next(self.counter)}"
        out.mkdir()

        def app(done: Callable[[], None]) -> None:
            dialog = ExportDialog(self.library, [article_id])  # the click on Export…
            dialog.show()
            dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
            dialog.folder_edit.setText(str(out))
            dialog.exported.connect(lambda _r: (dialog.close(), done()))
            dialog.start()

        def base(done: Callable[[], None]) -> None:
            article = self.library.load_article(article_id)
            export_article(article, fmt, out / f"base{EXTENSIONS[fmt]}")
            done()

        return app, base

    def _search(self, query: str) -> tuple[Action, Action]:
        def app(done: Callable[[], None]) -> None:
            model = self.panel.model

            def shown() -> None:
                model.search_shown.disconnect(shown)
                done()

            model.search_shown.connect(shown)
            self.panel.search.setText(query)
            self.panel.apply_search()  # as when the typing pauses

        def base(done: Callable[[], None]) -> None:
            self.library.search(query, typing=True)
            done()

        def reset(action: Action) -> Action:
            def run(done: Callable[[], None]) -> None:
                self.panel.search.clear()  # the list again, so that the same query runs anew
                self.panel.apply_search()
                action(done)
            return run

        return reset(app), base

    def _restore(self, text: str) -> tuple[Action, Action]:
        from hubdesk.library import backup
        from hubdesk.ui.library.restore_backup import restore_with_progress

        self.saved(text)
        source = backup.create_backup(self.library.connection, self.library.path, reason="bench")

        def app(done: Callable[[], None]) -> None:
            restore_with_progress(self.library, source, None)  # Restore a Backup…, once chosen
            done()

        def base(done: Callable[[], None]) -> None:
            backup.restore_into(self.library, source)
            done()

        return app, base


def _calibration(reps: int) -> str:
    """The gaps this machine gives with no work at all, and beside a worker thread that only
    runs Python for a second (it shares the interpreter lock with the UI thread): the floor
    under which no action's gap can go here."""
    import threading

    from PySide6.QtCore import QTimer

    def idle(done: Callable[[], None]) -> None:
        QTimer.singleShot(1000, done)

    def python_worker(done: Callable[[], None]) -> None:
        def work() -> None:
            end = time.perf_counter() + 1.0
            while time.perf_counter() < end:
                sum(range(200))

        thread = threading.Thread(target=work)
        thread.start()

        def poll() -> None:
            if thread.is_alive():
                QTimer.singleShot(PERIOD_MS, poll)
            else:
                done()
        poll()

    floor = min(ui_gap(idle) for _ in range(reps))
    worker = min(ui_gap(python_worker) for _ in range(reps))
    return f"calibration: nothing running {floor:.0f} ms; beside a 1 s pure-Python worker thread {worker:.0f} ms"


def _best_gap(bench: Bench, op: str, text: str, reps: int) -> float:
    """The smallest of ``reps`` runs' longest gaps: what the action itself blocks, without the
    moments the machine (shared, noisy) gave the UI thread no processor."""
    return min(ui_gap(bench.action(op, text)[0]) for _ in range(reps))


def _thread_gap(bench: Bench, op: str, text: str, reps: int) -> float:
    """The app's action run as before: the import's parse and the export's writing in a
    worker thread of the app's own process, not in a worker process."""
    from hubdesk.qt import child_process

    child_process.IN_CHILD = False
    try:
        return _best_gap(bench, op, text, reps)
    finally:
        child_process.IN_CHILD = True


def _row(bench: Bench, op: str, shape: Shape, scale: float, cap: float, reps: int) -> tuple[str, bool]:
    base_units = max(1, int(shape.n * scale))
    cells: list[str] = []
    worst = 0.0
    length = 0
    baseline = thread = 0.0
    for factor in (1, 2, 4, 8):
        text = shape.make(base_units * factor)
        length = len(text)
        started = time.perf_counter()
        gap = _best_gap(bench, op, text, reps)
        took = (time.perf_counter() - started) / reps
        worst = max(worst, gap)
        if factor == 8:
            baseline = ui_gap(bench.action(op, text)[1])
            thread = _thread_gap(bench, op, text, reps)
        cells.append(f"{gap:8.0f}")
        if took > cap:
            cells += [f"{'-':>8}"] * (3 - len(cells) + 1)
            baseline = ui_gap(bench.action(op, text)[1])
            thread = _thread_gap(bench, op, text, reps)
            break
    prose = _prose_query(length) if shape.query else _prose_file(length)
    prose_gap = _best_gap(bench, op, prose, reps)
    over = worst > LIMIT_MS
    line = (f"{op:16} {shape.name:28} {base_units:>7} {' '.join(cells)} {baseline:9.0f} "
            f"{thread:8.0f} {prose_gap:8.0f}  {'OVER' if over else 'ok'}")
    return line, over


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--ops", nargs="*", default=list(OPS), choices=OPS)
    parser.add_argument("--shapes", nargs="*", help="shape names (substrings); all by default")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n by this")
    parser.add_argument("--cap", type=float, default=20.0, help="seconds after which a row stops")
    parser.add_argument("--reps", type=int, default=3, help="runs of the action per size (the best counts)")
    args = parser.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from hubdesk.qt import pdf_export

    qInstallMessageHandler(lambda *_a: None)  # the offscreen platform's notices would hide the table
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("hubdesk-bench")
    app.setApplicationName("bench-ui-block")
    pdf_export.install()
    from hubdesk.ui.shell import errors as ui_errors

    refusals: list[str] = []  # an import refused shows its message: noted, not waited on
    ui_errors.presenter = lambda summary, detail: refusals.append(f"{summary} {detail[:120]}")
    from hubdesk.ui.library import file_import

    file_import.ask_duplicates = lambda items, parent=None: {}  # every file is new; never wait on a question
    shapes = [s for s in SHAPES if not args.shapes or any(p in s.name for p in args.shapes)]
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        bench = Bench(Path(tmp))
        print(f"longest UI-thread gap in ms (heartbeat every {PERIOD_MS} ms) from the click until the work "
              f"is done; baseline = the same work at the largest size run (8n unless '-'), called on the UI thread; thread = the app's action there as it ran before (all in a worker thread, no worker process); each app cell is the best of --reps runs; prose = the action on "
              f"ordinary prose of the 8n length; OVER = a gap over {LIMIT_MS} ms at some size")
        print(f"{'action':16} {'shape':28} {'n':>7} {'n':>8} {'2n':>8} {'4n':>8} {'8n':>8} "
              f"{'baseline':>9} {'thread':>8} {'prose':>8}")
        print(_calibration(args.reps), flush=True)
        over = []
        for op in args.ops:
            warm = _prose_query(200) if op == "search" else _prose_file(2000)
            ui_gap(bench.action(op, warm)[0])  # the first run loads modules and builds dialogs: untimed
            for shape in shapes:
                if shape.query != (op == "search"):
                    continue
                line, is_over = _row(bench, op, shape, args.scale, args.cap, args.reps)
                print(line, flush=True)
                if is_over:
                    over.append(f"{op} / {shape.name}")
        bench.panel.close()
        bench.library.close()
        if refusals or bench.refused:
            print(f"{len(refusals) + len(bench.refused)} import(s) refused (a refusal is a result too), e.g.:",
                  (refusals + bench.refused)[0])
        print(f"{len(over)} row(s) over {LIMIT_MS} ms" + (": " + "; ".join(over) if over else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
