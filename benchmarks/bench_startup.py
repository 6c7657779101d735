"""Start-up against ReText 8: launch to first paint, and memory once the window is shown.

ReText 8 (PyPI ``retext``, on PyQt6) is the anchor, measured in the same run the
same way. The first time, it is installed into a throwaway virtual environment
under the cache folder (``~/.cache/hubdesk-bench/retext``; needs the package
index once). ReText opens a 2,000-word Markdown file in preview mode; HubDesk
opens its library of 1,000 (and 10,000) generated articles of 2,000 words with
the last article shown. Launches alternate (HubDesk 1,000, ReText, HubDesk
10,000, and again), each in a fresh process with its own empty settings, on a library
closed cleanly (the probe exits at once, so the benchmark folds the journal in and
removes the lock after each launch), and report: the time from process start (taken before the interpreter starts) to the
first paint of the main window, and the resident memory (RSS) of the process
one second after that paint, once deferred start-up work is done.

    python -m benchmarks.bench_startup [--runs 5] [--articles 1000,10000]

``--retext-spelling`` adds a second anchor measured the same way: ReText 8 with
pyenchant and its spell check on, in the language of the article HubDesk shows,
opening that same article as Markdown (HubDesk checks spelling by default; ReText
does not). It has its own throwaway environment (``retext-spelling``), so the
plain anchor never loads pyenchant.

``--before /other/checkout`` also launches that checkout's HubDesk (e.g. a ``git
archive`` of the code before a change) in the same alternation, for before/after
figures of the same run; ``HUBDESK_BENCH_ROOT=/other/checkout`` launches only that one.

Both apps run from compiled bytecode, as an installed app does (pip compiles
ReText's modules at install time): the launches drop ``PYTHONDONTWRITEBYTECODE``
and keep HubDesk's ``.pyc`` files in the cache folder (``PYTHONPYCACHEPREFIX``),
written by a first, unmeasured launch.

Both run as installed: ReText from its own environment, HubDesk from an environment
that sees this checkout's installed packages but not its development hooks (the
editable install's import finder, coverage's start-up hook, setuptools' shim: 9 ms
of every start of the development environment's interpreter, which no installed
HubDesk has). ``--dev-interpreter`` launches the development environment as it is.

Two more rows say what the toolkits cost before either app does anything: the same
bare window (a text editor holding the 2,000-word file and a browser showing it as
HTML) built with PySide6 in HubDesk's environment and with PyQt6 in ReText's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(os.environ.get("HUBDESK_BENCH_ROOT") or Path(__file__).resolve().parent.parent)
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "hubdesk-bench"
RETEXT_VENV = CACHE / "retext"
RETEXT_SPELLING_VENV = CACHE / "retext-spelling"
LOCALES = {"fr": "fr_FR", "en": "en_US"}
SETTLE_S = 1.0  # after the first paint, before memory is read

# Shared by both probes: the first Paint of a widget in a visible main window, then RSS.
COMMON = r"""
import os, sys, time, json
T0 = float(sys.argv[1])

def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

def tree_pss_mb():
    # The proportional set size of this process and every process it started (a
    # converter, a worker): shared pages are split between those that map them.
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                pass
    tree, grew = {os.getpid()}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        grew, tree = bool(more), tree | more
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += sum(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except OSError:
            pass
    return total / 1024, len(tree)

def make_filter(QObject, QEvent, QMainWindow, QTimer, app, extra=lambda: {},
                preview_text=lambda: None, last_heading=lambda: None):
    # ``preview_text()``: the text the preview shows now; ``last_heading()``: the article's
    # last heading. The preview has the article once the one holds the other.
    state = {}

    def report():
        pss, processes = tree_pss_mb()
        out = {"paint": state["paint"], "rss": rss_mb(), "pss": pss, "processes": processes,
               "preview": state.get("preview")}
        out.update(extra())
        print(json.dumps(out), flush=True)
        os._exit(0)

    def watch_preview():
        heading, text = last_heading(), preview_text()
        if heading and text and heading in text:
            state["preview"] = time.time() - T0
        elif time.time() - T0 < 10:
            QTimer.singleShot(5, watch_preview)

    def settled():
        if "preview" in state or not last_heading() or time.time() - T0 > 10:
            report()
        else:
            QTimer.singleShot(20, settled)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if "paint" not in state and event.type() == QEvent.Type.Paint:
                window = obj.window() if hasattr(obj, "window") else None
                if isinstance(window, QMainWindow) and window.isVisible():
                    state["paint"] = time.time() - T0
                    state["window"] = window
                    QTimer.singleShot(0, watch_preview)
                    QTimer.singleShot(int(SETTLE_S * 1000), settled)
            return False
    return FirstPaint(app), state
"""

HUBDESK_PROBE = COMMON + r"""
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6 import QtWidgets
# The app replaces PySide's import hook's source reading as soon as it imports Qt; the
# probe imports Qt first (to watch the QApplication), so it replaces it at once too.
from hubdesk.ui.shell.pyside_imports import read_sources_lightly
read_sources_lightly()
Base = QtWidgets.QApplication

class Probed(Base):  # the app builds its own QApplication: watch it from its creation
    def __init__(self, argv):
        super().__init__(argv)
        self._probe, self._state = make_filter(
            QObject, QEvent, QtWidgets.QMainWindow, QTimer, self, extra,
            lambda: shown().preview.toPlainText(), last_heading)
        self.installEventFilter(self._probe)

def shown():
    [w] = [w for w in QtWidgets.QApplication.topLevelWidgets()
           if isinstance(w, QtWidgets.QMainWindow) and w.isVisible()]
    return w

def last_heading():
    article = shown().session.article
    return article.sections[-1].heading if article is not None and article.sections else None

def extra():
    w = shown()
    ok = w.session.article is not None
    return {"ok": ok, "title": w.session.article.title if ok else "",
            "code": __import__("hubdesk").__file__}

QtWidgets.QApplication = Probed
from hubdesk.__main__ import main  # the ``hubdesk`` command, as the launcher runs it
sys.exit(main(["--db", sys.argv[2]]))
"""

BARE_PROBE = COMMON + r"""
text = open(sys.argv[2], encoding="utf-8").read()
try:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6 import QtWidgets
except ImportError:
    from PyQt6.QtCore import QEvent, QObject, QTimer
    from PyQt6 import QtWidgets
app = QtWidgets.QApplication([])
flt, _state = make_filter(QObject, QEvent, QtWidgets.QMainWindow, QTimer, app,
                          lambda: {"ok": True, "title": "", "spelling": False},
                          lambda: browser.toPlainText(), lambda: "")
app.installEventFilter(flt)
window = QtWidgets.QMainWindow()
splitter = QtWidgets.QSplitter()
editor = QtWidgets.QPlainTextEdit()
editor.setPlainText(text)
browser = QtWidgets.QTextBrowser()
browser.setHtml("".join(f"<p>{p}</p>" for p in text.split("\n\n")))
splitter.addWidget(editor)
splitter.addWidget(browser)
window.setCentralWidget(splitter)
window.resize(1200, 800)
window.show()
app.exec()
"""

RETEXT_PROBE = COMMON + r"""
from PyQt6.QtCore import QEvent, QObject, QTimer
from PyQt6 import QtWidgets
Base = QtWidgets.QApplication

class Probed(Base):  # ReText builds its own QApplication: watch it from its creation
    def __init__(self, argv):
        super().__init__(argv)
        self._probe, self._state = make_filter(
            QObject, QEvent, QtWidgets.QMainWindow, QTimer, self,
            lambda: {"ok": True, "title": "", "spelling": "enchant" in sys.modules},
            lambda: self._state["window"].currentTab.previewBox.toPlainText(), last_heading)
        self.installEventFilter(self._probe)

MARKDOWN = sys.argv[2]  # before ReText's own arguments replace them

def last_heading():
    with open(MARKDOWN, encoding="utf-8") as f:
        headings = [line[3:].strip() for line in f if line.startswith("## ")]
    return headings[-1] if headings else None

QtWidgets.QApplication = Probed
sys.argv = ["retext", "--new-window", "--preview", sys.argv[2]]
from ReText.__main__ import main
main()
"""


def retext_python(venv: Path = RETEXT_VENV, *extra: str) -> Path:
    """The interpreter of a throwaway ReText environment, installed on first use."""
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"Installing ReText 8 into {venv} (once)…", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "retext>=8,<9", *extra],
                       check=True)
    return python


def installed_python(dev: Path = Path(sys.executable)) -> Path:
    """An interpreter that sees ``dev``'s installed packages without its development
    hooks: a bare environment whose one ``.pth`` line adds ``dev``'s site-packages to
    the path (a path line's folder is searched, its own ``.pth`` files are not run)."""
    found = subprocess.run([str(dev), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                           check=True, capture_output=True, text=True).stdout.strip()
    venv = CACHE / "hubdesk-installed"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([str(dev), "-m", "venv", "--without-pip", str(venv)], check=True)
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    (Path(purelib) / "hubdesk-packages.pth").write_text(found + "\n", encoding="utf-8")
    return python


def spelling_anchor(library: Path, title: str, tmp: Path) -> tuple[Path, dict[str, str]]:
    """The article HubDesk showed, as Markdown, and a ReText set-up that spell checks it."""
    from hubdesk.formats.markdown_format import article_to_markdown
    from hubdesk.library.store import Library

    with Library.open(library, create=False) as lib:
        [found] = [a for a in lib.list_articles() if a.title == title][:1]
        article = lib.load_article(found.id)
    path = tmp / "shown.md"
    path.write_text(article_to_markdown(article), encoding="utf-8")
    env = environment(tmp, "retext-spelling")
    conf = Path(env["XDG_CONFIG_HOME"]) / "ReText project" / "ReText.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(f"[General]\nspellCheck=true\nspellCheckLocale={LOCALES[article.language]}\n",
                    encoding="utf-8")
    return path, env


def launch(python: Path, probe: str, target: Path, env: dict[str, str]) -> dict:
    # ``python -c`` puts the working folder first on sys.path: run from the checkout
    # measured (PYTHONPATH), or the checkout the benchmark was started in would win.
    cwd = env.get("PYTHONPATH") or str(target.parent)
    start = time.time()
    code = f"SETTLE_S = {SETTLE_S}\n" + probe
    out = subprocess.run([str(python), "-c", code, repr(start), str(target)],
                         env=env, capture_output=True, text=True, timeout=180, cwd=cwd)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{python} probe failed:\n{out.stderr[-2000:]}")
    return json.loads(lines[-1])


def close_cleanly(db: Path) -> None:
    """Leave the library as a clean quit does: journal folded in, no lock.

    The probe ends the process at once after measuring; without this every launch
    would start after an "unclean exit", with its synchronous quick check.
    """
    from hubdesk.library.lock import lock_path

    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    lock_path(db).unlink(missing_ok=True)


def library_with(count: int) -> Path:
    """A library of ``count`` generated articles (kept in the cache folder between runs)."""
    from hubdesk.library.store import Library
    from tests import corpus

    db = CACHE / f"library-{count}.hubdesk"
    if not db.exists():
        print(f"Building a library of {count} articles (once)…", flush=True)
        partial = db.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        with Library.open(partial) as library:
            corpus.fill_library(library, count, words=2000)
        partial.rename(db)
    return db


def markdown_file(folder: Path) -> Path:
    from hubdesk.formats.markdown_format import article_to_markdown
    from tests import corpus

    path = folder / "article.md"
    path.write_text(article_to_markdown(corpus.make_article(2000, seed=7, language="en")),
                    encoding="utf-8")
    return path


def environment(tmp: Path, name: str, root: Path = ROOT) -> dict[str, str]:
    home = tmp / name
    env = dict(os.environ, XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), PYTHONPATH=str(root),
               PYTHONPYCACHEPREFIX=str(CACHE / "pycache" / root.as_posix().strip("/").replace("/", "_")))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", default="1000,10000")
    parser.add_argument("--before", type=Path, help="another checkout, launched in the same run")
    parser.add_argument("--dev-interpreter", action="store_true",
                        help="launch HubDesk with the development environment's interpreter")
    parser.add_argument("--retext-spelling", action="store_true",
                        help="also ReText with its spell check on, on the article HubDesk shows")
    args = parser.parse_args()
    counts = [int(c) for c in args.articles.split(",")]
    roots = {"": ROOT} if args.before is None else {"": ROOT, " (before)": args.before.resolve()}
    CACHE.mkdir(parents=True, exist_ok=True)
    retext = retext_python()
    hubdesk = Path(sys.executable) if args.dev_interpreter else installed_python()
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-startup-"))
    md = markdown_file(tmp)
    libraries = {}
    shown = ""
    for count in counts:  # each launch gets its own copy: the first launch remembers the article
        for tag, root in roots.items():  # the first launch also compiles the bytecode
            libraries[count, tag] = tmp / f"lib-{count}{tag.strip(' ()')}.hubdesk"
            shutil.copy(library_with(count), libraries[count, tag])
            first = launch(hubdesk, HUBDESK_PROBE, libraries[count, tag],
                           environment(tmp, f"h{count}{tag.strip(' ()')}", root))
            close_cleanly(libraries[count, tag])
            shown = shown or first["title"]
    spelling = None
    if args.retext_spelling:
        md_shown, spelling_env = spelling_anchor(libraries[counts[0], ""], shown, tmp)
        spelling = retext_python(RETEXT_SPELLING_VENV, "pyenchant")
    results: dict[str, list[dict]] = {
        f"HubDesk{tag}, {c:,} articles": [] for c in counts for tag in roots}
    results["ReText 8, 2,000-word file"] = []
    if spelling is not None:
        results["ReText 8, spell check on, same article"] = []
    bare = {"bare window, PySide6 (HubDesk's)": hubdesk, "bare window, PyQt6 (ReText's)": retext}
    for name in bare:
        results[name] = []
    launch(hubdesk, BARE_PROBE, md, environment(tmp, "bare"))  # compiles the bytecode
    for _ in range(args.runs):
        for count in counts:
            for tag, root in roots.items():
                results[f"HubDesk{tag}, {count:,} articles"].append(launch(
                    hubdesk, HUBDESK_PROBE, libraries[count, tag],
                    environment(tmp, f"h{count}{tag.strip(' ()')}", root)))
                close_cleanly(libraries[count, tag])
            if count == counts[0]:
                results["ReText 8, 2,000-word file"].append(
                    launch(retext, RETEXT_PROBE, md, environment(tmp, "retext")))
                if spelling is not None:
                    results["ReText 8, spell check on, same article"].append(
                        launch(spelling, RETEXT_PROBE, md_shown, spelling_env))
                for name, python in bare.items():
                    results[name].append(launch(python, BARE_PROBE, md, environment(tmp, "bare")))
    assert all(r["ok"] for rows in results.values() for r in rows), results
    # The plain anchor never checks spelling; the second anchor does (pyenchant loaded).
    assert not any(r["spelling"] for r in results["ReText 8, 2,000-word file"])
    assert all(r["spelling"] for r in results.get("ReText 8, spell check on, same article", []))
    for tag, root in roots.items():  # each launch ran the checkout it names
        for count in counts:
            for r in results[f"HubDesk{tag}, {count:,} articles"]:
                assert Path(r["code"]).is_relative_to(root), (root, r["code"])
    paint = {k: statistics.median(r["paint"] for r in v) for k, v in results.items()}
    rss = {k: statistics.median(r["rss"] for r in v) for k, v in results.items()}
    pss = {k: statistics.median(r["pss"] for r in v) for k, v in results.items()}
    shown = {k: statistics.median(r["preview"] for r in v) if all(r["preview"] for r in v) else None
             for k, v in results.items()}
    processes = {k: max(r["processes"] for r in v) for k, v in results.items()}
    anchor = "ReText 8, 2,000-word file"
    print(f"median of {args.runs} alternating launches; RSS {SETTLE_S:.0f} s after the first paint")
    print(f"{'':37} {'first paint (s)':>15} {'x ReText':>9} {'RSS (MB)':>9} {'x ReText':>9}")
    for name in results:
        print(f"{name:37} {paint[name]:>15.3f} {paint[name] / paint[anchor]:>8.2f}x"
              f" {rss[name]:>9.1f} {rss[name] / rss[anchor]:>8.2f}x")
    print("the whole app: the article shown in its preview (through its last heading), and the")
    print("proportional memory (PSS) of the process and every process it started, by then")
    print(f"{'':37} {'preview (s)':>15} {'x ReText':>9} {'PSS (MB)':>9} {'x ReText':>9} processes")
    for name in results:
        if shown[name] is None:
            continue
        print(f"{name:37} {shown[name]:>15.3f} {shown[name] / shown[anchor]:>8.2f}x"
              f" {pss[name]:>9.1f} {pss[name] / pss[anchor]:>8.2f}x {processes[name]:>9}")
    if spelling is not None:
        other = "ReText 8, spell check on, same article"
        print(f"against ReText with its spell check on ({other}):")
        for name in results:
            if name.startswith("HubDesk"):
                print(f"  {name:35} {paint[name] / paint[other]:>6.2f}x first paint"
                      f" {rss[name] / rss[other]:>6.2f}x RSS")
    toolkit = paint["bare window, PySide6 (HubDesk's)"] - paint["bare window, PyQt6 (ReText's)"]
    print(f"the toolkit alone: PySide6's bare window paints {toolkit * 1000:+.0f} ms after PyQt6's")
    for tag in roots:
        first = f"HubDesk{tag}, {counts[0]:,} articles"
        for count in counts[1:]:
            name = f"HubDesk{tag}, {count:,} articles"
            print(f"{name} / {first}: {paint[name] / paint[first]:.2f}x first paint")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
