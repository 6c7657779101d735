"""Pick the importer for a file and expand folders into the files they hold."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from hubdesk.errors import ImportRefusedError
from hubdesk.formats.article_json import invalid_character
from hubdesk.formats.markdown_format import markdown_to_article
from hubdesk.importers.formats import (
    DOCX_SUFFIXES,
    HTML_SUFFIXES,
    IMPORTABLE_SUFFIXES,
    MARKDOWN_SUFFIXES,
    ODT_SUFFIXES,
)
from hubdesk.importers.imported import ImportedArticle
from hubdesk.importers.markdown_file import missing_images, refuse_front_matter_only
from hubdesk.importers.reading import check_file, read_text
from hubdesk.importers.web_text import web_text_to_article
from hubdesk.model.article import Article
from hubdesk.model.bounds import bounds_error

log = logging.getLogger(__name__)

_SUFFIX_LIST = ", ".join(IMPORTABLE_SUFFIXES)
_H2_RE = re.compile(r"^##[ \t]", re.MULTILINE)
_HTML_RE = re.compile(r"\s*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)


def looks_like_markdown(text: str) -> bool:
    """Front matter, or a ``# title`` line followed by ``##`` sections."""
    if text.startswith(("---\n", "+++\n")):
        return True
    first = next((line for line in text.split("\n") if line.strip()), "")
    return first.startswith("# ") and _H2_RE.search(text) is not None


def import_text(
    text: str, source: object = "<text>", *, markdown: bool | None = None,
    default_language: str = "fr",
) -> Article:
    """An article from text: Markdown when ``markdown`` (or when it looks like it), else a web page.

    ``default_language`` is the language of a text too short to tell.
    """
    if markdown is None:
        markdown = looks_like_markdown(text)
    if markdown:
        return markdown_to_article(text, source, default_language=default_language)
    return web_text_to_article(text, source, default_language=default_language)


def _walk(folder: Path) -> tuple[list[Path], list[Path]]:
    """The importable files in a folder (hidden ones skipped), and the links found there
    that lead out of it: those are not followed (a received folder holding
    ``notes.md -> /etc/passwd`` must not import the password file)."""
    found, outside = [], []
    try:
        root = folder.resolve()
        for path in folder.rglob("*"):
            rel = path.relative_to(folder).parts
            if any(p.startswith(".") for p in rel):
                continue
            if path.suffix.lower() not in IMPORTABLE_SUFFIXES or _in_saved_page_folder(path, folder):
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                outside.append(path)
            elif path.is_file():
                found.append(path)
    except OSError as exc:
        log.warning("Cannot search %s: %s", folder, exc)
    return sorted(found), sorted(outside)


def _in_saved_page_folder(path: Path, root: Path) -> bool:
    """Whether ``path`` lies in the ``NAME_files`` folder of a page saved "complete"
    (``NAME.html`` beside it): those are the page's resources, not articles."""
    for parent in path.parents:
        if parent == root or not parent.name:
            return False
        if parent.name.endswith("_files"):
            stem = parent.name[: -len("_files")]
            if any((parent.parent / f"{stem}{s}").is_file() for s in HTML_SUFFIXES):
                return True
    return False


def _importable_files(folder: Path) -> list[Path]:
    return _walk(folder)[0]


def links_leaving(paths: Iterable[str | Path]) -> list[Path]:
    """The links inside these folders that point outside them (never imported)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if _is_dir(path):
            out += _walk(path)[1]
    return out


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long, a path through a file: import_file says so
        return False


def import_file(
    path: str | Path, notes: list[str] | None = None, *,
    default_language: str | Callable[[], str] = "fr",
    images: dict[str, Callable[[], bytes]] | None = None,
) -> Article:
    """The article in one file; raises ``ImportRefusedError`` naming the file and the problem.

    Notes worth telling the user (such as the encoding used, or an image that is not
    found) are appended to ``notes``. ``default_language`` is the language of a file
    with too few words to tell (the library's, see ``library_language``); a function
    is called only then, so that a refused file costs the library not even a read.
    The pictures that come with a web page, DOCX or ODT file are added to ``images``
    (their address in the Markdown -> a function reading them), for
    :func:`hubdesk.importers.image_import.adopt_images`.
    Whatever the format, an article holding text no database can store (a lone
    surrogate) is refused here, so that one such file never fails a whole import.
    """
    path = Path(path)
    article = _import_file(path, notes, default_language, images)
    bad = invalid_character(article)
    if bad is not None:
        raise ImportRefusedError(path, "import.invalid_character", field=bad[0], char=bad[1])
    bounds = bounds_error(article)
    if bounds is not None:
        code, params = bounds  # too many sections, or a paragraph too long
        raise ImportRefusedError(path, code, **params)
    return article


def _import_file(
    path: Path, notes: list[str] | None, default_language: str | Callable[[], str],
    images: dict[str, Callable[[], bytes]] | None,
) -> Article:
    try:
        path.exists()
    except OSError as exc:
        raise ImportRefusedError(path, "import.unreadable", reason=exc.strerror or exc) from exc
    if path.is_dir():
        if not _importable_files(path):
            raise ImportRefusedError(path, "import.folder_no_files", suffixes=_SUFFIX_LIST)
        raise ImportRefusedError(path, "import.folder")
    suffix = path.suffix.lower()
    if path.exists() and suffix and suffix not in IMPORTABLE_SUFFIXES:
        raise ImportRefusedError(path, "import.wrong_suffix", suffix=suffix, suffixes=_SUFFIX_LIST)
    if suffix in DOCX_SUFFIXES + ODT_SUFFIXES:
        check_file(path)
        if suffix in DOCX_SUFFIXES:  # python-docx, odfpy: imported on first use
            from hubdesk.importers.docx_file import import_docx as reader
        else:
            from hubdesk.importers.odt_file import import_odt as reader
        try:
            imported = reader(path)
        except RecursionError as exc:  # lists, tables or spans nested thousands deep
            raise ImportRefusedError(path, "import.too_deep") from exc
        except (ValueError, ArithmeticError, MemoryError, UnicodeError) as exc:
            log.warning("Import of %s failed unexpectedly: %r", path, exc)
            raise ImportRefusedError(path, "import.failed", reason=exc) from exc
        return _finish(path, imported, notes, default_language, images)
    result = read_text(path)
    if notes is not None:
        notes.extend(result.notes)
    if suffix in HTML_SUFFIXES or _HTML_RE.match(result.text):
        return _import_html(path, result.text, notes, default_language, images)
    markdown = True if suffix in MARKDOWN_SUFFIXES else None
    if markdown:
        refuse_front_matter_only(result.text, path)
    try:
        article = import_text(result.text, path, markdown=markdown, default_language="")
    except (ValueError, ArithmeticError, RecursionError, UnicodeError) as exc:
        # Every known bad input has its own message; this keeps one odd file from
        # ending a whole import with a traceback.
        log.warning("Import of %s failed unexpectedly: %r", path, exc)
        raise ImportRefusedError(path, "import.failed", reason=exc) from exc
    if not article.language:  # too few words to tell
        article.language = default_language() if callable(default_language) else default_language
    if notes is not None and (markdown or looks_like_markdown(result.text)):
        notes.extend(missing_images(article, path))
    log.info("Imported %s as %r", path, article.title)
    return article


def _import_html(
    path: Path, text: str, notes: list[str] | None, default_language: str | Callable[[], str],
    images: dict[str, Callable[[], bytes]] | None,
) -> Article:
    try:
        from hubdesk.importers.html_page import import_html_file  # lxml, markdownify

        result = import_html_file(path, text)
    except (ValueError, ArithmeticError, RecursionError, MemoryError, UnicodeError) as exc:
        log.warning("Import of %s failed unexpectedly: %r", path, exc)
        raise ImportRefusedError(path, "import.failed", reason=exc) from exc
    return _finish(path, result, notes, default_language, images)


def _finish(
    path: Path, result: ImportedArticle, notes: list[str] | None,
    default_language: str | Callable[[], str],
    images: dict[str, Callable[[], bytes]] | None = None,
) -> Article:
    """The article of a rich import, its language settled, its notes and pictures passed on."""
    article = result.article
    if not article.language:
        article.language = default_language() if callable(default_language) else default_language
    if notes is not None:
        notes.extend(result.notes)
    if images is not None:
        images.update(result.image_data)
    log.info("Imported %s as %r", path, article.title)
    return article


def iter_import_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Each file to import: files as given, folders searched recursively (hidden ones skipped).

    A folder with nothing to import is yielded itself, so that ``import_file``
    reports it; a path named twice is yielded once.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        files = _importable_files(path) if _is_dir(path) else []
        for item in files or [path]:
            try:
                key = item.resolve() if item.exists() else item.absolute()
            except OSError:
                key = item.absolute()
            if key not in seen:
                seen.add(key)
                yield item
