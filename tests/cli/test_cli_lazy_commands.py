"""Only the subcommand given is imported: the desktop app's start loads none of them.

The publishing commands import an HTTP client and an HTML parser (about 150 ms and
40 MB); the app's launch through the ``hubdesk`` command used to load every
subcommand module to build its parser before the window was built.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from hubdesk import __version__, cli
from hubdesk.library.store import Library

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from hubdesk import cli
started = []
cli.register_app(lambda db, rest: started.append((str(db), rest)) or 0)
code = cli.run_cli(json.loads(sys.argv[1]))
print(json.dumps({"code": code, "started": started,
                  "commands": sorted(m for m in sys.modules if m.startswith("hubdesk.cli.cmd_")),
                  "heavy": sorted(m for m in ("httpx", "bs4", "markdownify", "rich", "docx",
                                              "odf", "pypdf", "PySide6") if m in sys.modules)}))
"""


def launch(tmp_path: Path, *argv: str) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, json.dumps(list(argv))], cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=120)
    return json.loads(out.stdout.splitlines()[-1])


def test_the_names_are_those_the_modules_register() -> None:
    parser = cli.build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(sub.choices) == list(cli.NAMES)
    assert list(cli.NAMES.values()) == list(cli.COMMANDS)
    assert cli.NAMES["list"] == "hubdesk.cli.cmd_list"


def test_starting_the_app_imports_no_subcommand(tmp_path: Path) -> None:
    db = tmp_path / "lib.hubdesk"
    seen = launch(tmp_path, "--db", str(db), "-style", "fusion")
    assert seen["code"] == 0
    assert seen["started"] == [[str(db), ["-style", "fusion"]]]
    assert seen["commands"] == []
    assert seen["heavy"] == []


def test_a_subcommand_imports_its_own_module_only(tmp_path: Path) -> None:
    db = tmp_path / "lib.hubdesk"
    Library.open(db).close()
    seen = launch(tmp_path, "--db", str(db), "list")
    assert (seen["code"], seen["started"]) == (0, [])
    assert seen["commands"] == ["hubdesk.cli.cmd_list"]
    assert seen["heavy"] == []
    seen = launch(tmp_path, "--db", str(db), "site", "list")  # the one that needs HTTP
    assert seen["commands"] == ["hubdesk.cli.cmd_site"]


def test_the_version_imports_no_subcommand() -> None:
    probe = ("import json, sys\nfrom hubdesk import cli\ncode = cli.run_cli(['--version'])\n"
             "print(json.dumps({'code': code, 'commands': sorted("
             "m for m in sys.modules if m.startswith('hubdesk.cli.cmd_'))}))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=120)
    first, last = out.stdout.splitlines()[0], out.stdout.splitlines()[-1]
    assert first == f"hubdesk {__version__}"
    assert json.loads(last) == {"code": 0, "commands": []}


@pytest.mark.parametrize("argv", [["--help"], ["--help", "list"], ["-h"]])
def test_the_whole_help_lists_every_subcommand(argv: list[str], capsys) -> None:
    assert cli.run_cli(argv) == 0
    out = capsys.readouterr().out
    for name in cli.NAMES:
        assert f"    {name}" in out, name


def test_a_subcommand_help_and_a_mistyped_name(capsys) -> None:
    assert cli.run_cli(["list", "--help"]) == 0
    assert "usage: hubdesk list" in capsys.readouterr().out
    assert cli.run_cli(["lsit"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'lsit'" in err and "'publish'" in err  # every choice is named
