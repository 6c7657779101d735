"""The command line's error paths: one clear line on stderr and the right exit code."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from hubdesk import cli, export
from hubdesk.cli import cmd_list, run_cli
from hubdesk.errors import ExportError
from hubdesk.model.article import Status
from tests import corpus
from tests.export_article import make_sample_article


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = run_cli(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(library, library_path: Path) -> str:
    ready = corpus.make_article(300, seed=3, language="en")
    ready.status = Status.READY
    library.save_articles([make_sample_article(), ready])
    library.close()
    return str(library_path)


def test_a_command_module_that_does_not_import_fails_loudly() -> None:
    with pytest.raises(ModuleNotFoundError, match="hubdesk.cli.cmd_nothing"):
        cli.build_parser([*cli.COMMANDS, "hubdesk.cli.cmd_nothing"])


def test_unrecognised_arguments_of_a_subcommand(db: str, capsys) -> None:
    code, out, err = run(capsys, "--db", db, "list", "--colour")
    assert (code, out) == (2, "")
    assert err == "hubdesk: unrecognised arguments: --colour (see 'hubdesk list --help')\n"


def test_a_closed_pipe_ends_quietly(db: str, capsys, monkeypatch) -> None:
    def closed(args, library) -> int:
        raise BrokenPipeError

    monkeypatch.setattr(cmd_list, "run", closed)
    assert run(capsys, "--db", db, "list") == (1, "", "")


def test_ctrl_c_is_one_line_and_exit_130(db: str, capsys, monkeypatch) -> None:
    def interrupted(args, library) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cmd_list, "run", interrupted)
    assert run(capsys, "--db", db, "list") == (130, "", "hubdesk: interrupted.\n")


class _Stream(io.StringIO):
    def __init__(self, tty: bool, fails: bool = False) -> None:
        super().__init__()
        self.tty, self.fails, self.calls = tty, fails, []

    def isatty(self) -> bool:
        return self.tty

    def reconfigure(self, **kwargs) -> None:
        if self.fails:
            raise ValueError("cannot reconfigure a detached stream")
        self.calls.append(kwargs)


def test_output_is_utf8_on_pipes_and_left_to_terminals(monkeypatch) -> None:
    pipe, terminal = _Stream(tty=False), _Stream(tty=True)
    monkeypatch.setattr("sys.stdout", pipe)
    monkeypatch.setattr("sys.stderr", terminal)
    cli._configure_output()
    assert pipe.calls == [{"encoding": "utf-8", "errors": "replace"}]
    assert terminal.calls == [{"errors": "replace"}]
    monkeypatch.setattr("sys.stdout", io.BytesIO())  # no reconfigure at all
    monkeypatch.setattr("sys.stderr", _Stream(tty=False, fails=True))
    cli._configure_output()  # neither is an error


def test_export_of_a_status_nobody_has(db: str, tmp_path: Path, capsys) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run(capsys, "--db", db, "export", "--status", "in_review", "-o", str(out_dir))
    assert (code, out, err) == (1, "", "hubdesk: no article has the status in_review.\n")
    assert list(out_dir.iterdir()) == []


def test_a_batch_goes_on_past_a_failing_article(db: str, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(export, "_registered", {})

    def writer(article, path: Path, options) -> None:
        if article.id.startswith("f27d53"):
            raise ExportError(f"“{article.title}” has an image that cannot be read.")
        path.write_text(article.title, encoding="utf-8")

    export.register_writer("html", writer)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    code, out, err = run(capsys, "--db", db, "export", "f27d53", "--status", "ready",
                         "-o", str(tmp_path))
    assert code == 1
    assert err == f"hubdesk: “{make_sample_article().title}” has an image that cannot be read.\n"
    written = [Path(line) for line in out.splitlines()]
    assert len(written) == 1 and written[0].parent == tmp_path and written[0].suffix == ".html"
    assert sorted(tmp_path.iterdir()) == written
