"""The ctypes binding to libhunspell: real French and English dictionaries, a dictionary in
ISO8859-1, where dictionaries are looked for, a missing library, and threads."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest

from hubdesk.ui.editor import hunspell, spell_checker
from hubdesk.ui.editor.hunspell import Hunspell
from hubdesk.ui.editor.spell_checker import SpellChecker

SYSTEM = Path("/usr/share/hunspell")


def system(tag: str) -> Hunspell:
    return Hunspell(SYSTEM / f"{tag}.aff", SYSTEM / f"{tag}.dic")


@pytest.fixture(scope="module")
def french():
    dictionary = system("fr_FR")
    yield dictionary
    dictionary.close()


@pytest.fixture(scope="module")
def english():
    dictionary = system("en_US")
    yield dictionary
    dictionary.close()


@pytest.fixture
def fresh(monkeypatch):
    """spell_checker as at start-up: no library looked for, no tag, no dictionary loaded."""
    monkeypatch.setattr(spell_checker, "_engine", [])
    monkeypatch.setattr(spell_checker, "_tags", {})
    monkeypatch.setattr(spell_checker, "_loaded", {})


def write_dictionary(folder: Path, tag: str, words: list[str], encoding: str = "UTF-8") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    codec = {"UTF-8": "utf-8", "ISO8859-1": "latin-1"}[encoding]
    (folder / f"{tag}.aff").write_bytes(f"SET {encoding}\nTRY esianrtolcdugmphbyfvkw\n".encode(codec))
    (folder / f"{tag}.dic").write_bytes(f"{len(words)}\n{chr(10).join(words)}\n".encode(codec))


def test_french_words_accents_and_apostrophes(french) -> None:
    assert french.encoding == "utf-8"
    assert [french.check(w) for w in ("bonjour", "élève", "Élève", "aujourd'hui", "aujourd’hui",
                                      "l’ami", "peut-être", "cœur")] == [True] * 8
    assert [french.check(w) for w in ("bonjuor", "fôte", "eleve", "aujourdhui", "coeur")] == [False] * 5
    assert french.suggest("bonjuor")[0] == "bonjour"
    assert "élève" in french.suggest("elève")
    assert "aujourd’hui" in french.suggest("aujourdhui")


def test_english_words_and_suggestions(english) -> None:
    assert [english.check(w) for w in ("receive", "Receive", "it's", "it’s", "London")] == [True] * 5
    assert [english.check(w) for w in ("recieve", "mistaek", "london", "colour")] == [False] * 4
    assert english.suggest("recieve")[0] == "receive"
    assert "definitely" in english.suggest("definately")


def test_words_a_c_string_cannot_carry_are_not_in_the_dictionary(english) -> None:
    assert english.check("") is False and english.suggest("") == []
    assert english.check("receive\0junk") is False  # not cut at the NUL into "receive"
    assert english.check("\udc80") is False and english.suggest("\udc80") == []  # a lone surrogate
    assert english.check("x" * 500) is False and english.suggest("x" * 500) == []


def test_a_latin1_dictionary_found_through_dicpath(tmp_path, monkeypatch) -> None:
    write_dictionary(tmp_path / "dicts", "xx_LATIN", ["café", "thé", "déjà"], "ISO8859-1")
    monkeypatch.setenv("DICPATH", f"{tmp_path / 'none'}:{tmp_path / 'dicts'}")
    aff, dic = str(tmp_path / "dicts" / "xx_LATIN.aff"), str(tmp_path / "dicts" / "xx_LATIN.dic")
    assert hunspell.find_dictionary("xx_LATIN") == (aff, dic)
    with_latin1 = Hunspell(aff, dic)
    try:
        assert with_latin1.encoding == "iso8859-1"
        assert with_latin1.check("café") and with_latin1.check("déjà") and not with_latin1.check("cafe")
        assert with_latin1.suggest("cafe") == ["café"]  # read back from Latin-1
        for word in ("café€", "€", "漢字", "thé漢"):  # no Latin-1 form: not in it, no error
            assert with_latin1.check(word) is False and with_latin1.suggest(word) == []
    finally:
        with_latin1.close()


def test_encodings_hunspell_names() -> None:
    assert [hunspell.codec(name) for name in (b"UTF-8", b"ISO8859-15", b"microsoft-cp1251", b"KOI8-R",
                                              b"TIS620-2533")] == [
        "utf-8", "iso8859-15", "cp1251", "koi8-r", "tis-620"]
    assert [hunspell.codec(name) for name in (b"ISCII-DEVANAGARI", b"base64", b"rot13", b"", None)] == [
        "utf-8"] * 5
    assert "é".encode(hunspell.codec(b"ISO8859-15")) == b"\xe9"


def test_the_first_folder_of_dicpath_wins(tmp_path, monkeypatch) -> None:
    write_dictionary(tmp_path / "first", "xx_XX", ["premier"])
    write_dictionary(tmp_path / "second", "xx_XX", ["second"])
    monkeypatch.setenv("DICPATH", f"{tmp_path / 'first'}:{tmp_path / 'second'}")
    files = hunspell.find_dictionary("xx_XX")
    assert files == (str(tmp_path / "first" / "xx_XX.aff"), str(tmp_path / "first" / "xx_XX.dic"))
    dictionary = Hunspell(*files)
    assert (dictionary.check("premier"), dictionary.check("second")) == (True, False)
    dictionary.close()
    dictionary.close()  # twice: nothing
    with pytest.raises(ValueError, match="closed"):
        dictionary.check("premier")


def test_the_folders_in_order(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DICPATH", "/a:/b")
    monkeypatch.setenv("XDG_DATA_HOME", "/home/data")
    monkeypatch.setenv("XDG_CONFIG_HOME", "/home/config")
    monkeypatch.setenv("XDG_DATA_DIRS", "/usr/local/share:/usr/share")
    assert hunspell.dictionary_folders() == [
        "/a", "/b", "/home/data/hunspell", "/home/config/enchant/hunspell",
        "/usr/local/share/hunspell", "/usr/local/share/myspell", "/usr/local/share/myspell/dicts",
        "/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts"]
    # A user's dictionary comes before the system's; Enchant's folder is read too.
    write_dictionary(tmp_path / "config" / "enchant" / "hunspell", "en_US", ["mine"])
    monkeypatch.delenv("DICPATH")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    mine = tmp_path / "config" / "enchant" / "hunspell"
    assert hunspell.find_dictionary("en_US") == (str(mine / "en_US.aff"), str(mine / "en_US.dic"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    assert hunspell.find_dictionary("en_US") == (
        "/usr/share/hunspell/en_US.aff", "/usr/share/hunspell/en_US.dic")


def test_a_missing_dictionary_has_no_tag(tmp_path, monkeypatch, fresh) -> None:
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path))  # no system dictionary either
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("DICPATH", str(tmp_path / "dicts"))
    assert hunspell.find_dictionary("fr_FR") is None
    assert spell_checker.dictionary_tag("fr") is None and spell_checker.dictionary_tag("en") is None
    (tmp_path / "dicts").mkdir()
    (tmp_path / "dicts" / "de_AT.aff").write_text("SET UTF-8\n")  # no .dic beside it
    assert spell_checker.dictionary_tag("de-AT") is None
    with pytest.raises(FileNotFoundError):
        spell_checker.Dictionary("fr_FR")


def test_a_tag_is_never_a_path(tmp_path, monkeypatch) -> None:
    write_dictionary(tmp_path / "dicts", "xx_XX", ["mot"])
    monkeypatch.setenv("DICPATH", str(tmp_path / "dicts" / "sub"))
    (tmp_path / "dicts" / "sub").mkdir()
    assert hunspell.find_dictionary("../xx_XX") is None and hunspell.find_dictionary("") is None
    assert hunspell.find_dictionary(".hidden") is None and hunspell.find_dictionary("fr\0") is None


def test_the_checker_finds_the_tags_of_the_installed_dictionaries(fresh) -> None:
    assert spell_checker.engine() is not None
    assert spell_checker.dictionary_tag("fr") == "fr"  # fr.aff: the exact name first
    assert spell_checker.dictionary_tag("en") == "en_US"
    assert spell_checker.dictionary_tag("en-GB") == "en_US"  # the preferred English one
    assert spell_checker.dictionary_tag("fr-CA") == "fr_CA"
    checker = SpellChecker()
    assert checker.set_language("fr")
    line = "Une phrase avec une fôte et l’ami d’aujourd’hui."
    assert [line[s:s + n] for s, n in checker.misspelled(line)] == ["fôte"]
    assert "côte" in checker.suggest("fôte")


def test_without_the_library_nothing_is_checked(monkeypatch, fresh, caplog) -> None:
    monkeypatch.setattr(hunspell, "_library", [])
    monkeypatch.setattr(hunspell, "_load", lambda: None)  # as on a system without libhunspell
    monkeypatch.setitem(sys.modules, "enchant", None)  # nor pyenchant: "import enchant" fails
    with caplog.at_level(logging.WARNING, logger=spell_checker.__name__):
        assert spell_checker.engine() is None
        assert spell_checker.engine() is None
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and warnings[0].startswith("Spell checking is not available: ")
    assert spell_checker.dictionary_tag("fr") is None
    checker = SpellChecker()
    assert checker.set_language("fr") is False and not checker.active
    assert checker.misspelled("Une fôte, une autre fote.") == [] and checker.suggest("fote") == []
    with pytest.raises(OSError, match="libhunspell"):
        Hunspell(SYSTEM / "fr_FR.aff", SYSTEM / "fr_FR.dic")
    spell_checker.load_in_background(["fr"], languages=True).join()  # no crash, nothing loaded
    assert spell_checker._loaded == {}


def test_four_threads_get_the_answers_of_one(fresh) -> None:
    dictionary = spell_checker.load_dictionary("en_US")
    words = ["receive", "recieve", "mistaek", "mistake", "London", "london", "it's", "teh"] * 40
    expected = [dictionary.check(word) for word in words]
    suggested = {word: dictionary.suggest(word) for word in ("recieve", "teh")}
    assert expected[:8] == [True, False, False, True, True, False, True, False]
    results: dict[int, tuple[list[bool], dict[str, list[str]]]] = {}
    start = threading.Barrier(4)

    def work(index: int) -> None:
        start.wait()
        checks = [dictionary.check(word) for word in words]
        results[index] = checks, {word: dictionary.suggest(word) for word in suggested}

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(results) == [0, 1, 2, 3]
    assert all(result == (expected, suggested) for result in results.values())


def test_dictionaries_loaded_in_threads_at_once(fresh) -> None:
    """Creating dictionaries in parallel (libhunspell shares tables between them) is safe."""
    made: list[Hunspell] = []
    threads = [threading.Thread(target=lambda tag=tag: made.append(system(tag)))
               for tag in ("fr_FR", "en_US", "fr_CA", "en_US")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(made) == 4 and sum(d.check("élève") for d in made) == 2
    for dictionary in made:
        dictionary.close()
