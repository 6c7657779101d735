"""Writers the core cannot hold itself (PDF, drawn by Qt) are registered by the front end."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdesk import export
from hubdesk.__main__ import main
from hubdesk.errors import ExportError
from hubdesk.export import ExportOptions
from hubdesk.model.article import Article
from tests.export_article import make_sample_article


@pytest.fixture
def empty_registry(monkeypatch) -> None:
    """No writer registered: the core alone, as a program that never wires Qt in."""
    monkeypatch.setattr(export, "_registered", {})
    monkeypatch.setattr(export, "_loaders", {})


def test_pdf_is_unavailable_until_a_front_end_registers_it(empty_registry, tmp_path: Path) -> None:
    assert not export.is_available("pdf")
    assert all(export.is_available(f) for f in ("html", "markdown", "epub", "docx", "odt"))
    with pytest.raises(ExportError, match="PDF needs the desktop components"):
        export.export_article(make_sample_article(), "pdf", tmp_path / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_loader_runs_once_on_first_use(empty_registry, tmp_path: Path) -> None:
    loads: list[str] = []

    def writer(article: Article, path: Path, options: ExportOptions) -> None:
        path.write_text(f"{article.title} on {options.paper}", encoding="utf-8")

    def loader():
        loads.append("pdf")
        return writer

    export.register_writer_loader("pdf", loader)
    assert export.is_available("pdf") and loads == []
    for name in ("a.pdf", "b.pdf"):
        export.export_article(make_sample_article(), "pdf", tmp_path / name)
    assert loads == ["pdf"]
    assert (tmp_path / "b.pdf").read_text(encoding="utf-8").endswith(" on A4")


def test_a_loader_that_fails_is_one_clear_error(empty_registry, tmp_path: Path) -> None:
    def loader():
        raise ImportError("libEGL.so.1: cannot open shared object file")

    export.register_writer_loader("pdf", loader)
    target = tmp_path / "a.pdf"
    target.write_bytes(b"before")
    with pytest.raises(ExportError) as caught:
        export.export_article(make_sample_article(), "pdf", target)
    assert str(caught.value) == (
        "Export to PDF is not available here: libEGL.so.1: cannot open shared object file"
    )
    assert target.read_bytes() == b"before"


def test_unknown_formats_are_refused(empty_registry) -> None:
    with pytest.raises(ValueError, match="Unknown export format 'rtf'"):
        export.register_writer("rtf", lambda article, path, options: None)
    with pytest.raises(ValueError, match="Unknown export format 'rtf'"):
        export.register_writer_loader("rtf", lambda: None)  # type: ignore[arg-type, return-value]


def test_the_cli_without_the_desktop_part_says_pdf_is_not_installed(
    empty_registry, library, library_path: Path, tmp_path: Path, capsys
) -> None:
    from hubdesk.cli import run_cli

    library.save_article(make_sample_article())
    library.close()
    code = run_cli(["--db", str(library_path), "export", "f27d53", "-f", "pdf",
                    "-o", str(tmp_path / "a.pdf")])
    assert code == 1
    assert capsys.readouterr().err == (
        "hubdesk: Export to PDF needs the desktop components of HubDesk, "
        "which are not installed here.\n"
    )
    assert not (tmp_path / "a.pdf").exists()


def test_the_entry_point_registers_the_qt_pdf_writer(empty_registry, tmp_path: Path, qapp) -> None:
    assert main(["--version"]) == 0
    assert "pdf" in export._loaders and "pdf" not in export._registered  # Qt not loaded yet
    path = export.export_article(make_sample_article(), "pdf", tmp_path / "a.pdf")
    assert path.read_bytes().startswith(b"%PDF-")
