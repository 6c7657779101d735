"""The French and English catalogues: complete, current with the code, and loadable."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from hubdesk.ui.shell import translations
from tests import ROOT  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"


def _load_checker():
    spec = importlib.util.spec_from_file_location(
        "check_translations", ROOT / "packaging" / "check_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


check_translations = _load_checker()

TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _ts(lang: str, messages: str) -> str:
    return (f'{TS_HEADER}<TS version="2.1" language="{lang}" sourcelanguage="en_US">\n'
            f"<context>\n    <name>Probe</name>\n{messages}</context>\n</TS>\n")


def test_catalogues_are_complete_and_current() -> None:
    """The CI check: every string of the code is in both .ts files, French all translated."""
    problems = check_translations.check()
    assert problems == [], "\n".join(problems[:40])


def test_check_reports_a_string_added_to_the_code(tmp_path: Path) -> None:
    root = tmp_path / "checkout"
    shutil.copytree(ROOT / "hubdesk", root / "hubdesk",
                    ignore=shutil.ignore_patterns("__pycache__"))
    ts = tmp_path / "hubdesk_fr.ts"
    ts.write_text(_ts("fr_FR", ""), encoding="utf-8")
    check_translations.lupdate([ts], root)
    assert check_translations.staleness(ts, root) == []
    (root / "hubdesk" / "ui" / "probe_widget.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "TEXT = QCoreApplication.translate('ProbeWidget', 'A brand new label')\n",
        encoding="utf-8",
    )
    problems = check_translations.staleness(ts, root)
    assert problems == [
        "hubdesk_fr.ts: not translated yet, new in the code: [ProbeWidget] 'A brand new label'"
    ]


def test_check_reports_unfinished_and_broken_french(tmp_path: Path) -> None:
    ts = tmp_path / "hubdesk_fr.ts"
    ts.write_text(_ts("fr_FR", """
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message><source>%1 words</source><translation>mots</translation></message>
    <message><source>&amp;File</source><translation>Fichier</translation></message>
    <message><source>Close</source><translation>Fermer</translation></message>
"""), encoding="utf-8")
    problems = check_translations.completeness(ts)
    assert problems == [
        "hubdesk_fr.ts: unfinished: [Probe] 'Open'",
        "hubdesk_fr.ts: [Probe] '%1 words': placeholders ['%1'] but the translation has []",
        "hubdesk_fr.ts: [Probe] '&File': the translation lost the keyboard accelerator (&)",
    ]


def test_english_needs_only_its_plural_forms(tmp_path: Path) -> None:
    ts = tmp_path / "hubdesk_en.ts"
    ts.write_text(_ts("en_US", """
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message numerus="yes"><source>%n article(s)</source><translation type="unfinished">
        <numerusform></numerusform><numerusform></numerusform></translation></message>
"""), encoding="utf-8")
    assert check_translations.completeness(ts) == [
        "hubdesk_en.ts: unfinished: [Probe] '%n article(s)'"
    ]


def test_french_catalogue_compiles_and_translates(qapp) -> None:
    qm = translations.catalogue_path("fr")
    assert qm is not None and qm.is_file()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Language", "System language") == "Langue du système"


def test_english_plural_forms(qapp) -> None:
    qm = translations.catalogue_path("en")
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    plural = check_translations.read_ts(TS_DIR / "hubdesk_en.ts")
    numerus = [m for m in plural if m.numerus]
    assert numerus, "the English catalogue should carry the plural forms"
    m = numerus[0]
    assert translator.translate(m.context, m.source, m.comment or None, 1) == m.translations[0]
    assert translator.translate(m.context, m.source, m.comment or None, 3) == m.translations[1]
    assert "%n" not in m.translations[0] or "1" in m.translations[0].replace("%n", "1")


@pytest.mark.parametrize(("setting", "expected"), [("fr", "fr"), ("en", "en")])
def test_install_translations_switches_language(qapp, setting: str, expected: str) -> None:
    before = QLocale()
    try:
        assert translations.install_translations(qapp, setting) == expected
        assert QLocale().name().startswith(expected)
        wanted = "Langue du système" if expected == "fr" else "System language"
        assert QCoreApplication.translate("Language", "System language") == wanted
    finally:
        translations.remove_translations(qapp)
        QLocale.setDefault(before)
    assert QCoreApplication.translate("Language", "System language") == "System language"


def test_unknown_setting_follows_the_system() -> None:
    assert translations.resolve_language("system") in ("fr", "en")
    assert translations.resolve_language("de") == translations.system_language()


def test_check_reports_strings_lupdate_cannot_see(tmp_path: Path) -> None:
    ui = tmp_path / "hubdesk" / "ui"
    ui.mkdir(parents=True)
    (ui / "wrapped.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'Wrapped'\n\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Wrapped', text)\n\n"
        "A = _tr('Hidden label')\n"
        "B = QCoreApplication.translate(CONTEXT, 'Hidden context')\n"
        "C = QCoreApplication.translate('Wrapped', 'Seen by lupdate')\n",
        encoding="utf-8",
    )
    problems = check_translations.hidden_strings(tmp_path)
    assert len(problems) == 2
    assert problems[0].startswith("hubdesk/ui/wrapped.py:7: lupdate cannot see _tr('Hidden label')")
    assert problems[1].startswith(
        "hubdesk/ui/wrapped.py:8: lupdate cannot see the context of 'Hidden context'")


def test_source_checkout_compiles_the_catalogue_on_first_use(tmp_path, monkeypatch) -> None:
    import os

    res = tmp_path / "resources"
    (res / "translations").mkdir(parents=True)
    ts = res / "translations" / "hubdesk_fr.ts"
    shutil.copy2(TS_DIR / "hubdesk_fr.ts", ts)
    monkeypatch.setattr(translations, "resource", lambda *parts: res.joinpath(*parts))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    qm = translations.catalogue_path("fr")
    assert qm is not None and qm.is_relative_to(tmp_path / "cache") and qm.stat().st_size > 0
    # An edited .ts is compiled again; an up-to-date one is not.
    first = qm.stat().st_mtime_ns
    assert translations.catalogue_path("fr").stat().st_mtime_ns == first
    later = qm.stat().st_mtime + 10
    os.utime(ts, (later, later))
    assert translations.catalogue_path("fr").stat().st_mtime_ns != first
    # A packaged .qm at least as new as its source is used as it is.
    shipped = res / "translations" / "hubdesk_fr.qm"
    shutil.copy2(qm, shipped)
    os.utime(shipped, (later + 1, later + 1))
    assert translations.catalogue_path("fr") == shipped
    assert translations.catalogue_path("de") is None
