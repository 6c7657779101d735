"""The lock (packaging/constraints.txt) is in step with pyproject.toml, and is used."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests import ROOT

LOCK = ROOT / "packaging" / "constraints.txt"


def _build():
    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build"] = module
    spec.loader.exec_module(module)
    return module


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return [Requirement(r) for r in [*project["dependencies"], *extras["test"], *extras["packaging"]]]


def test_every_line_is_an_exact_pin() -> None:
    lines = [line.split("#")[0].strip() for line in LOCK.read_text(encoding="utf-8").splitlines()]
    pins = [line for line in lines if line]
    assert pins and all(re.fullmatch(r"[A-Za-z0-9._-]+==[A-Za-z0-9.+!-]+", p) for p in pins), pins
    assert "hubdesk" not in {p.split("==")[0] for p in pins}  # the project itself is not pinned


def test_every_dependency_is_pinned_within_pyproject_bounds() -> None:
    pins = _build().read_lock(LOCK)
    for requirement in _requirements():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} has no pin: run packaging/lock.sh"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"the lock pins {name}=={pins[name]}, outside pyproject's {requirement}"
        )
    assert "pyside6-essentials" in pins  # held below 6.12 by pyproject (checked just above)


def test_build_refuses_an_environment_other_than_the_lock() -> None:
    build = _build()
    pins = {"pyside6-essentials": "6.11.3", "pyinstaller": "6.22.3", "pytest": "9.2.0"}
    same = {"pyside6-essentials": "6.11.3", "pyinstaller": "6.22.3", "unpinned": "1.0"}
    assert build.lock_problems(pins, same) == []  # test tools need not be installed to build
    other = {"pyside6-essentials": "6.12.0", "pytest": "8.0"}
    assert build.lock_problems(pins, other) == [
        "pyinstaller is not installed",
        "pyside6-essentials 6.12.0 is installed, the lock says 6.11.3",
        "pytest 8.0 is installed, the lock says 9.2.0",
    ]
    assert build.normalise("PySide6_Essentials") == "pyside6-essentials"


@pytest.mark.parametrize("script", ["packaging/bootstrap.sh", "packaging/ci.sh"])
def test_installs_go_through_the_lock(script: str) -> None:
    text = (ROOT / script).read_text(encoding="utf-8")
    installs = [line for line in text.splitlines() if "pip install" in line and "-e " in line]
    assert installs
    for line in installs:
        assert "constraints" in line, line
