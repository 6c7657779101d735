"""The layer contracts of pyproject.toml ([tool.importlinter]) hold, and each can fail."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import ROOT

LINT = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def lint_imports(root: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    args = [arg for contract in contracts for arg in ("--contract", contract)]
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run(
        [sys.executable, "-c", LINT, "--no-cache", "--no-logo", *args],
        cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


def test_the_package_keeps_every_contract() -> None:
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 kept, 0 broken" in done.stdout


@pytest.mark.parametrize(
    ("contract", "module", "line", "expected"),
    [
        ("layers", "model/language.py", "from hubdesk.library import store",
         "hubdesk.model is not allowed to import hubdesk.library"),
        ("layers", "library/lock.py", "from hubdesk.formats import archive",
         "hubdesk.library is not allowed to import hubdesk.formats"),
        ("core-without-qt", "cli/cmd_list.py",
         "def start():\n    from hubdesk.ui.shell import app\n",
         "hubdesk.cli is not allowed to import hubdesk.ui"),
        ("core-without-qt", "export/html_export.py", "from hubdesk.qt import pdf_export",
         "hubdesk.export is not allowed to import hubdesk.qt"),
        ("ui-without-sql", "ui/shell/welcome.py", "import sqlite3",
         "hubdesk.ui is not allowed to import sqlite3"),
    ],
)
def test_a_contract_fails_on_its_violation(
    tmp_path: Path, contract: str, module: str, line: str, expected: str
) -> None:
    shutil.copytree(ROOT / "hubdesk", tmp_path / "hubdesk",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    assert lint_imports(tmp_path, contract).returncode == 0  # the untouched copy is clean
    with (tmp_path / "hubdesk" / module).open("a", encoding="utf-8") as fh:
        fh.write(f"\n{line}\n")
    done = lint_imports(tmp_path, contract)
    assert done.returncode == 1, done.stdout
    assert expected in done.stdout
