"""``hubdesk --smoke-test``: check that this copy of HubDesk works, end to end, then exit.

Runs on a temporary library, never the user's: imports the built-in sample article,
renders it and exports it to HTML. The desktop checks (start Qt on the current
display, offscreen when there is none; export PDF; load the French translation; open
a window) are not imported from here: the entry point registers them with
``register_checks``, and a run without them fails. Each check prints one line,
``ok`` or ``FAIL`` with its name; the exit code is 0 when all passed, 1 otherwise.
Works the same from a source checkout and from the frozen app.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hubdesk import __version__
from hubdesk.model.article import Article
from hubdesk.paths import resource, resource_dir

log = logging.getLogger(__name__)

SAMPLE = ("samples", "smoke_fr.txt")
_PRIVATE_DIRS = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME")


class SmokeError(Exception):
    """A check found something wrong; the message says what."""


@dataclass
class SmokeContext:
    """What the checks share: the temporary folder, the library, the article, Qt."""

    folder: Path
    library: Any = None
    article: Article | None = None
    qt: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    def sample(self) -> Article:
        """The sample article the "import sample" check read (later checks need it)."""
        if self.article is None:
            raise SmokeError("the sample article was not imported")
        return self.article


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeError(message)


def check_version(ctx: SmokeContext) -> str:
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    _expect(bool(__version__), "no version number")
    return f"HubDesk {__version__} ({frozen}, Python {sys.version.split()[0]})"


def check_resources(ctx: SmokeContext) -> str:
    for parts in (SAMPLE, ("icons", "hubdesk.svg")):
        _expect(resource(*parts).is_file(), f"{resource(*parts)} is missing")
    return str(resource_dir())


def check_library(ctx: SmokeContext) -> str:
    from hubdesk.library.store import Library

    path = ctx.folder / "smoke.hubdesk"
    ctx.library = Library.open(path)
    problems = ctx.library.integrity_check()
    _expect(not problems, f"integrity check: {problems}")
    return f"temporary library {path}"


def check_import(ctx: SmokeContext) -> str:
    from hubdesk.importers import import_file

    article = import_file(resource(*SAMPLE))
    _expect(len(article.sections) >= 3, f"{len(article.sections)} sections found, expected 4")
    _expect(len(article.credits) >= 2, f"{len(article.credits)} credits found, expected 2")
    _expect(article.disclosure.ai_written, "the AI disclosure was not recognised")
    ctx.library.save_article(article)
    ctx.article = ctx.library.load_article(article.id)
    _expect(ctx.article == article, "the article read back differs from the one saved")
    return f"“{article.title[:40]}…”: {len(article.sections)} sections, {len(article.credits)} credits"


def check_render(ctx: SmokeContext) -> str:
    from hubdesk.formats.render import format_credit, render_article_body

    article = ctx.sample()
    html = render_article_body(article)
    for section in article.sections:
        _expect(section.heading.split("’")[0] in html, f"section “{section.heading}” not rendered")
    credit = format_credit(article.credits[0], "fr")
    _expect(credit.endswith("(12/03/2025)"), f"credit printed as {credit!r}")
    _expect("Chappie" in html, "the disclosure sentence is not in the page")
    return f"{len(html)} characters of HTML"


def check_export_html(ctx: SmokeContext) -> str:
    from hubdesk.export import export_article

    path = export_article(ctx.sample(), "html", ctx.folder / "smoke.html")
    text = path.read_text(encoding="utf-8")
    _expect(text.lstrip().lower().startswith("<!doctype html"), "not an HTML document")
    _expect("Carnets de terrain" in text, "the title is not in the HTML file")
    return f"{path.name}, {path.stat().st_size} bytes"


#: A named check: returns a one-line detail, raises ``SmokeError`` (or anything) when it fails.
Check = Callable[[SmokeContext], str]
#: ``provider()`` imports the desktop checks (Qt) and returns them, in order.
CheckProvider = Callable[[], list[tuple[str, Check]]]

_providers: list[CheckProvider] = []


def register_checks(provider: CheckProvider) -> None:
    """Add the checks ``provider()`` returns after the core's (once, however often called)."""
    if provider not in _providers:
        _providers.append(provider)


def _registered_checks() -> list[tuple[str, Check]]:
    if not _providers:
        return [("desktop", _failing(SmokeError(
            "no desktop checks are registered (run HubDesk through its entry point, hubdesk.__main__)"
        )))]
    checks: list[tuple[str, Check]] = []
    for provider in _providers:
        try:
            checks += provider()
        except Exception as exc:  # Qt itself cannot be loaded: that is a failure to report
            checks.append(("Qt", _failing(exc)))
    return checks


def _failing(exc: Exception) -> Check:
    def check(_ctx: SmokeContext) -> str:
        raise exc

    return check


CORE_CHECKS: list[tuple[str, Check]] = [
    ("version", check_version),
    ("resources", check_resources),
    ("library", check_library),
    ("import sample", check_import),
    ("render", check_render),
    ("export HTML", check_export_html),
]


def run_checks(ctx: SmokeContext, out: Any = None) -> list[str]:
    """Run every check in order; print one line each; return the names of those that failed."""
    out = out or sys.stdout
    failed: list[str] = []
    checks = CORE_CHECKS + _registered_checks()
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail = check(ctx)
        except Exception as exc:
            failed.append(name)
            reason = str(exc) or type(exc).__name__
            print(f"FAIL {name}: {reason}", file=out, flush=True)
            log.debug("%s", traceback.format_exc())
            if name in ("library", "import sample"):
                break  # every later check needs the article
            continue
        ms = (time.perf_counter() - started) * 1000
        print(f"ok   {name}: {detail} [{ms:.0f} ms]", file=out, flush=True)
    return failed


def main() -> int:
    """Run the smoke test and return the exit code (0: every check passed)."""
    print(f"HubDesk smoke test: {sys.executable}", flush=True)
    saved = {var: os.environ.get(var) for var in _PRIVATE_DIRS}
    with tempfile.TemporaryDirectory(prefix="hubdesk-smoke-") as folder:
        # Settings and caches go to the temporary folder too: nothing of the user's is touched.
        for var in _PRIVATE_DIRS:
            os.environ[var] = str(Path(folder) / var.lower())
        ctx = SmokeContext(Path(folder))
        try:
            failed = run_checks(ctx)
        finally:
            if ctx.qt is not None:
                ctx.qt.close_all()  # windows first: they still read the library
            if ctx.library is not None:
                ctx.library.close()
            for var, value in saved.items():
                if value is None:
                    os.environ.pop(var, None)
                else:
                    os.environ[var] = value
    if failed:
        print(f"smoke test FAILED: {', '.join(failed)}", flush=True)
        return 1
    print("smoke test passed", flush=True)
    return 0
