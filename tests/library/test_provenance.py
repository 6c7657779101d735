"""AI provenance per section: recorded on import from the disclosure, by hand, and what it
turns into (edited share, JSON for scripts, JSON-LD, the printed disclosure)."""

from __future__ import annotations

import json
from pathlib import Path

from hubdesk.__main__ import main
from hubdesk.export.json_ld import news_article
from hubdesk.formats.render import article_disclosure
from hubdesk.library import provenance
from hubdesk.library.store import Library
from hubdesk.model.article import Article, Disclosure, Section
from hubdesk.model.provenance import IPTC_TYPES, Origin, edited_share, partial_summary, provenances
from tests.checklist.articles import clean


def _five(language: str) -> Article:
    article = clean(language)
    article.disclosure = Disclosure(False, "", "", "Marie Curie")
    article.sections = [Section(f"Partie {n}", f"Le texte numéro {n} dit des choses utiles.")
                        for n in range(1, 6)]
    return article


def test_edited_share_counts_changed_words() -> None:
    assert edited_share("un deux trois quatre", "un deux trois quatre") == 0
    assert edited_share("un deux trois quatre", "un deux TROIS quatre") == 0  # case ignored
    assert edited_share("un deux trois quatre", "un deux cinq quatre") == 0.25
    assert edited_share("un deux", "trois quatre cinq six") == 1
    assert edited_share("", "") == 0


def test_import_records_sections_from_the_disclosure(library: Library) -> None:
    ai = clean("fr")  # marked as written by Chappie
    person = clean("en")
    person.disclosure = Disclosure()
    library.save_articles([ai, person])
    loaded = library.load_article(ai.id)
    assert [p.origin for p in provenances(loaded)] == [Origin.AI, Origin.AI]
    assert {p.assistant for p in provenances(loaded)} == {"Chappie"}
    assert [p.origin for p in provenances(library.load_article(person.id))] == [
        Origin.PERSON, Origin.PERSON]
    loaded.sections[0].body += " Une phrase ajoutée par la rédaction ici."
    library.save_article(loaded)  # a later save does not record it again
    again = library.load_article(ai.id)
    first = provenances(again)[0]
    assert first.origin is Origin.AI_EDITED and 0.2 < first.edited < 0.5
    assert provenances(again)[1].origin is Origin.AI


def test_marked_by_hand_then_back_to_a_person(library: Library) -> None:
    article = _five("fr")
    library.save_article(article)
    provenance.mark_drafted(library, article, [1, 4], " Chappie ")
    loaded = library.load_article(article.id)
    assert [p.origin for p in provenances(loaded)] == [
        Origin.PERSON, Origin.AI, Origin.PERSON, Origin.PERSON, Origin.AI]
    provenance.mark_person(library, loaded, [4])
    assert [str(p.origin) for p in provenances(library.load_article(article.id))] == [
        "person", "ai", "person", "person", "person"]


def test_partial_summary_in_french_and_english() -> None:
    for language, expected in (
            ("fr", "Sections 2 et 5 rédigées avec Chappie, relues par Marie Curie."),
            ("en", "Sections 2 and 5 drafted with Chappie, reviewed by Marie Curie.")):
        article = _five(language)
        from hubdesk.model.provenance import SectionOrigin, section_text

        for n in (1, 4):
            s = article.sections[n]
            article.origins[s.id] = SectionOrigin("Chappie", section_text(s), article.created)
        assert partial_summary(article) == expected
        assert article_disclosure(article) == expected
        one = _five(language)
        s = one.sections[2]
        one.origins[s.id] = SectionOrigin("Chappie", section_text(s), one.created)
        one.disclosure.editor = ""
        assert partial_summary(one) == ("Section 3 rédigée avec Chappie." if language == "fr"
                                        else "Section 3 drafted with Chappie.")
        assert partial_summary(_five(language)) == ""  # no AI section: nothing to say


def test_json_ld_and_show_json_carry_each_section(library: Library, library_path: Path,
                                                  capsys) -> None:
    article = _five("en")
    library.save_article(article)
    provenance.mark_drafted(library, article, [1], "Chappie")
    article.sections[1].body = "The text number 2 says quite different things now."
    library.save_article(article)
    loaded = library.load_article(article.id)
    data = news_article(loaded)
    parts = data["hasPart"]
    assert [p["position"] for p in parts] == [1, 2, 3, 4, 5]
    assert parts[0]["digitalSourceType"] == IPTC_TYPES["person"]
    assert parts[1]["digitalSourceType"] == IPTC_TYPES["ai_edited"]
    assert parts[1]["contributor"]["name"] == "Chappie"
    assert "Section 2 drafted with Chappie" in data["creditText"]
    assert "hasPart" not in news_article(clean("en"))  # no section drafted by an AI
    library.close()
    assert main(["--db", str(library_path), "show", article.id, "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    origins = [s["provenance"] for s in shown["sections"]]
    assert origins[0] == {"origin": "person"}
    assert origins[1]["origin"] == "ai_edited" and origins[1]["assistant"] == "Chappie"
    assert 0 < origins[1]["edited_share"] < 1


def test_signoff_names_the_reviewer_of_ai_drafted_sections(library: Library,
                                                           library_path: Path, capsys) -> None:
    article = _five("fr")
    article.disclosure.editor = ""
    library.save_article(article)
    provenance.mark_drafted(library, article, [1], "Chappie")
    library.close()
    assert main(["--db", str(library_path), "signoff", article.id, "--by", "Jean Moulin"]) == 0
    capsys.readouterr()
    library = Library.open(library_path)
    loaded = library.load_article(article.id)
    library.close()
    assert loaded.disclosure.editor == "Jean Moulin"
    assert article_disclosure(loaded) == "Section 2 rédigée avec Chappie, relue par Jean Moulin."
    loaded.disclosure.ai_written = True
    loaded.disclosure.assistant = "Chappie"
    assert article_disclosure(loaded) == (
        "Article au contenu rédigé par une IA, Chappie. Relu et validé par Jean Moulin. "
        "Section 2 rédigée avec Chappie, relue par Jean Moulin.")
