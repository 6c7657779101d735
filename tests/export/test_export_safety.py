"""Export safety: complete files or none, clear errors, safe names, nothing fetched."""

from __future__ import annotations

import errno
import os
import socket
import tempfile
from pathlib import Path

import pytest

from hubdesk.errors import ExportError
from hubdesk.export import FORMATS, ExportOptions, export_article, export_articles, html_export
from hubdesk.export.files import safe_stem
from tests.export_article import make_sample_article


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_failure_midway_leaves_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "a.html"
    target.write_text("old version", encoding="utf-8")

    def half_then_crash(article, path, options):
        path.write_text("<!DOCTYPE html><html><body>half", encoding="utf-8")
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(html_export, "write_html", half_then_crash)
    with pytest.raises(ExportError, match="could not be exported to HTML: renderer crashed"):
        export_article(make_sample_article(), "html", target)
    assert target.read_text(encoding="utf-8") == "old version"
    assert _leftovers(tmp_path) == []


def test_disk_full_is_reported_and_changes_nothing(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "a.html"
    target.write_text("old version", encoding="utf-8")

    def disk_full(article, path, options):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(html_export, "write_html", disk_full)
    with pytest.raises(ExportError, match=r"The disk is full: .*a\.html could not be written"):
        export_article(make_sample_article(), "html", target)
    assert target.read_text(encoding="utf-8") == "old version"
    assert _leftovers(tmp_path) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"The folder .*nowhere does not exist\."):
        export_article(make_sample_article(), "html", tmp_path / "nowhere" / "a.html")
    with pytest.raises(ExportError, match="does not exist"):
        export_articles([make_sample_article()], "html", tmp_path / "nowhere")


def test_folder_that_is_not_writable(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    # Tests may run as root, where chmod does not stop writes: refuse at the OS call.
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="is not writable"):
        export_article(make_sample_article(), "docx", target)
    assert target.read_bytes() == b"old"


def test_success_replaces_the_old_file_completely(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_text("x" * 100_000, encoding="utf-8")
    export_article(make_sample_article(), "markdown", target)
    assert target.read_text(encoding="utf-8").startswith("---\nid: f27d53dc")
    assert _leftovers(tmp_path) == []


HOSTILE = ["../../etc/passwd", "CON", "con", "LPT1", "nul.txt", "x" * 300, "", "..", ".",
           "a/b\\c:d*e?f\"g<h>i|j", "   ", "COM1-report", "\u202e\u0000evil"]


@pytest.mark.parametrize("slug", HOSTILE)
def test_hostile_slugs_land_inside_the_folder_with_a_safe_name(tmp_path: Path, slug: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    article = make_sample_article()
    article.slug = slug
    [result] = export_articles([article], "html", out)
    assert result.ok, result.error
    path = result.path
    assert path.parent == out.resolve()
    name = path.name
    stem = name[: -len(".html")]
    assert name.endswith(".html") and stem
    assert ".." not in name and "/" not in name and "\\" not in name
    assert all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in stem)
    assert stem.split("-")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "LPT1", "COM1"}
    assert len(name) <= 110
    assert sorted(p.name for p in out.iterdir()) == [name]
    assert not (tmp_path / "etc").exists()


def test_safe_stem_examples() -> None:
    assert safe_stem("../../etc/passwd") == "etc-passwd"
    assert safe_stem("CON") == "article-CON"
    assert safe_stem("") == "article"
    assert safe_stem("L’énergie citoyenne") == "Lenergie-citoyenne"
    assert len(safe_stem("y" * 300)) == 100


def test_batch_names_are_unique_and_one_failure_does_not_stop_the_rest(tmp_path: Path, monkeypatch) -> None:
    articles = [make_sample_article() for _ in range(3)]
    articles[2].slug = "other"
    real = html_export.write_html

    def fail_second(article, path, options):
        if calls.append(1) or len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error")
        real(article, path, options)

    calls: list[int] = []
    monkeypatch.setattr(html_export, "write_html", fail_second)
    seen = []
    results = export_articles(articles, "html", tmp_path, progress=lambda d, t, r: seen.append((d, t)))
    assert [r.ok for r in results] == [True, False, True]
    assert [r.path.name for r in results if r.ok] == ["energie-citoyenne-vallee.html", "other.html"]
    assert "energie-citoyenne-vallee-2.html" in results[1].error
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_progress_returning_false_stops_the_batch(tmp_path: Path) -> None:
    articles = [make_sample_article() for _ in range(4)]
    results = export_articles(articles, "markdown", tmp_path, progress=lambda d, t, r: d < 2)
    assert len(results) == 2
    assert len(list(tmp_path.iterdir())) == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_export_touches_the_network(tmp_path: Path, monkeypatch, request, fmt: str) -> None:
    if fmt == "pdf":
        request.getfixturevalue("qapp")
        from hubdesk.qt import pdf_export

        pdf_export.install()
    def no_network(*args, **kwargs):
        raise AssertionError("an export tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    article = make_sample_article()
    path = export_article(article, fmt, tmp_path / f"a.{fmt}", ExportOptions(asset_dir=tmp_path))
    assert path.stat().st_size > 1000


def test_file_open_elsewhere_is_named_and_kept(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "a.odt"
    target.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="read-only or open in another program"):
        export_article(make_sample_article(), "odt", target)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []
