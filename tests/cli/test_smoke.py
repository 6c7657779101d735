"""The smoke test of an installed HubDesk (``hubdesk --smoke-test``)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from hubdesk.__main__ import register_front_end
from hubdesk.cli import cmd_smoke as smoke
from hubdesk.formats.render import format_credit
from hubdesk.importers import import_file
from hubdesk.paths import resource
from tests import ROOT  # noqa: E402

CHECK_NAMES = [name for name, _ in smoke.CORE_CHECKS] + [
    "Qt", "export PDF", "export worker process", "French translation", "window", "Qt callbacks",
]


def test_sample_article_is_read_as_written() -> None:
    article = import_file(resource(*smoke.SAMPLE))
    assert article.title.startswith("Carnets de terrain numériques")
    assert article.language == "fr"
    assert [s.heading for s in article.sections] == [
        "Noter la source au moment de l’écrire",
        "Une forme constante pour chaque crédit",
        "Transmettre le texte sans perdre ses sources",
        "Conclusion : la rigueur comme habitude",
    ]
    assert format_credit(article.credits[0], "fr") == (
        "Guide de vérification à l’usage des rédactions – Service documentation – "
        "Bulletin interne (12/03/2025)"
    )
    assert article.disclosure.assistant == "Chappie"


def test_smoke_test_passes_in_process(qapp, capsys) -> None:
    register_front_end()
    before = {var: os.environ.get(var) for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    code = smoke.main()
    out = capsys.readouterr().out
    assert code == 0, out
    for name in CHECK_NAMES:
        assert f"ok   {name}:" in out, f"check {name!r} missing from:\n{out}"
    assert "FAIL" not in out
    assert out.rstrip().endswith("smoke test passed")
    # The user's settings folders are given back as they were.
    assert {var: os.environ.get(var) for var in before} == before


def test_smoke_test_names_the_failing_check(qapp, capsys, monkeypatch, tmp_path) -> None:
    broken = tmp_path / "resources"
    (broken / "samples").mkdir(parents=True)
    (broken / "icons").mkdir()
    (broken / "icons" / "hubdesk.svg").write_text("<svg/>", encoding="utf-8")
    (broken / "samples" / "smoke_fr.txt").write_bytes(b"\x00\x01 not an article \xff")
    monkeypatch.setattr(smoke, "resource", lambda *parts: broken.joinpath(*parts))
    code = smoke.main()
    out = capsys.readouterr().out
    assert code == 1
    assert "FAIL import sample:" in out
    assert "smoke test FAILED: import sample" in out
    assert "ok   render" not in out  # later checks need the article and do not run


def test_without_the_desktop_checks_the_smoke_test_fails(capsys, monkeypatch) -> None:
    monkeypatch.setattr(smoke, "_providers", [])
    code = smoke.main()
    out = capsys.readouterr().out
    assert code == 1
    assert "ok   export HTML:" in out
    assert "FAIL desktop: no desktop checks are registered" in out
    assert out.rstrip().endswith("smoke test FAILED: desktop")


def test_desktop_checks_that_cannot_load_are_a_failure(capsys, monkeypatch) -> None:
    def broken() -> list:
        raise ImportError("libEGL.so.1: cannot open shared object file")

    monkeypatch.setattr(smoke, "_providers", [])
    smoke.register_checks(broken)
    smoke.register_checks(broken)  # registering twice runs it once
    assert smoke.main() == 1
    out = capsys.readouterr().out
    assert out.count("FAIL Qt:") == 1
    assert "FAIL Qt: libEGL.so.1: cannot open shared object file" in out
    assert out.rstrip().endswith("smoke test FAILED: Qt")


@pytest.mark.parametrize("platform", ["offscreen"])
def test_smoke_flag_of_the_command(platform: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    done = subprocess.run(
        [sys.executable, "-m", "hubdesk", "--smoke-test"], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   export HTML:" in done.stdout
    assert "ok   French translation:" in done.stdout
    assert "Langue du système" in done.stdout
