"""``hubdesk --smoke-test`` checks one misspelt word in French and in English with the editor's checker."""

from __future__ import annotations

from hubdesk.__main__ import register_front_end
from hubdesk.cli import cmd_smoke as smoke
from hubdesk.ui.editor import spell_checker
from hubdesk.ui.shell import smoke_checks


def test_the_smoke_test_finds_the_misspelt_word_in_each_language(qapp, capsys) -> None:
    register_front_end()
    assert smoke.main() == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "spelling" in line]
    assert len(lines) == 1
    assert lines[0].startswith("ok   spelling: fr")
    assert "“fôte”" in lines[0] and ", en" in lines[0] and "“mispelled”" in lines[0]


def test_a_missing_dictionary_fails_the_smoke_test_clearly(qapp, capsys, monkeypatch) -> None:
    register_front_end()
    real = spell_checker.dictionary_tag
    monkeypatch.setattr(spell_checker, "dictionary_tag",
                        lambda language: None if language.startswith("fr") else real(language))
    assert smoke.main() == 1
    out = capsys.readouterr().out
    assert "FAIL spelling: no fr spelling dictionary (install hunspell-fr)" in out
    assert "smoke test FAILED: spelling" in out


def test_a_checker_that_misses_the_word_fails(qapp, capsys, monkeypatch) -> None:
    register_front_end()
    monkeypatch.setitem(smoke_checks.SPELLING_PROBES, "en",
                        ("Every word here is right.", "right", "hunspell-en-us"))
    assert smoke.main() == 1
    out = capsys.readouterr().out
    assert "FAIL spelling: the en spell check of “Every word here is right.” found nothing, not “right”" in out


def test_without_libhunspell_the_smoke_test_says_what_is_missing(qapp, capsys, monkeypatch) -> None:
    register_front_end()
    monkeypatch.setattr(spell_checker, "engine", lambda: None)  # as when it is not installed
    assert smoke.main() == 1
    assert ("FAIL spelling: spell checking is not available: libhunspell (or, on Windows and macOS,"
            " pyenchant) is missing") in (
        capsys.readouterr().out)
