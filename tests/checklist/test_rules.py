"""Every rule of the checklist, in French and in English: an article that fails it, and
one that passes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from hubdesk.checklist import RULES, CheckContext, Severity, blocking, run_checklist
from hubdesk.model.article import Article, Credit, Section
from hubdesk.model.provenance import SectionOrigin, section_text
from hubdesk.model.signoff import SignOff, section_hash
from tests.checklist.articles import TODAY, N, clean

Case = Callable[[str], tuple[Article, Article, CheckContext]]
CTX = CheckContext(today=TODAY)


def _with(language: str, change: Callable[[Article], None]) -> Article:
    article = clean(language)
    change(article)
    return article


def _pair(fail: Callable[[Article], None], ok: Callable[[Article], None],
          ctx_fail: CheckContext = CTX, ctx_ok: CheckContext = CTX) -> Case:
    return lambda lang: (_with(lang, fail), _with(lang, ok), ctx_fail, ctx_ok)


def _body(text: str) -> Callable[[Article], None]:
    def change(a: Article) -> None:
        a.sections[0].body = text
    return change


def _credit(**fields) -> Callable[[Article], None]:
    def change(a: Article) -> None:
        for key, value in fields.items():
            setattr(a.credits[0], key, value)
    return change


def _same(a: Article) -> None:
    return None


def _disclose(**fields) -> Callable[[Article], None]:
    def change(a: Article) -> None:
        for key, value in fields.items():
            setattr(a.disclosure, key, value)
    return change


def _dup_credit(a: Article) -> None:
    c = a.credits[0]
    a.credits.append(Credit(title=c.title.upper(), author=c.author, outlet=c.outlet))


def _other_credit(a: Article) -> None:
    a.credits.append(Credit(title="Un autre sujet", author="Paul", outlet="Le Monde"))


def _signed(lang: str, stale: bool):
    """Signed-off articles: one section unsigned (or changed since), and all signed."""
    article = clean(lang)
    when = datetime(2026, 5, 1, tzinfo=UTC)
    signed = tuple(SignOff(s.id, n, s.heading, section_hash(s), "Marie Curie", when)
                   for n, s in enumerate(article.sections))
    failing = clean(lang)
    for new, old in zip(failing.sections, article.sections, strict=True):
        new.id = old.id
    if stale:
        failing.sections[1].body += " Une phrase de plus."
        ctx_fail = CheckContext(today=TODAY, signoffs=signed)
    else:
        ctx_fail = CheckContext(today=TODAY, signoffs=signed[:1])
    return failing, article, ctx_fail, CheckContext(today=TODAY, signoffs=signed)



def _ai_section(ai_written: bool) -> Callable[[Article], None]:
    def change(a: Article) -> None:
        a.disclosure.ai_written = ai_written
        a.origins[a.sections[1].id] = SectionOrigin(
            "Chappie", section_text(a.sections[1]), datetime(2026, 5, 1, tzinfo=UTC))
    return change

CASES: dict[str, Case] = {
    "title.missing": _pair(lambda a: setattr(a, "title", "  "), _same),
    "title.length": _pair(lambda a: setattr(a, "title", "Trains"),
                          lambda a: setattr(a, "title", "Trains de nuit")),
    "lead.missing": _pair(lambda a: setattr(a, "lead", ""), _same),
    "lead.length": _pair(lambda a: setattr(a, "lead", "Trop court."),
                         lambda a: setattr(a, "lead", a.lead + " " + a.lead)),
    "sections.none": _pair(lambda a: setattr(a, "sections", []), _same),
    "section.empty": _pair(lambda a: a.sections.append(Section("Vide", "  \n")),
                           lambda a: a.sections.append(Section("Plein", "Du texte."))),
    "heading.skipped": _pair(_body("Texte.\n\n#### Trop bas\n\nSuite."),
                             _body("Texte.\n\n### Bon niveau\n\n#### Puis plus bas\n\nSuite.")),
    "credit.title": _pair(_credit(title=""), _credit(title="Un titre")),
    "credit.outlet": _pair(_credit(outlet=""), _credit(outlet="", description="Communiqué")),
    "credit.date_future": _pair(_credit(date=date(2026, 6, 2)), _credit(date=TODAY)),
    "credit.date_implausible": _pair(_credit(date=date(1250, 1, 1)), _credit(date=None)),
    "credit.url": _pair(_credit(url="htp:/example"), _credit(url="http://example.org/x")),
    "credit.duplicate": _pair(_dup_credit, _other_credit),
    "disclosure.assistant": _pair(_disclose(assistant=""),
                                  _disclose(assistant="", ai_written=False)),
    "disclosure.organisation": _pair(_disclose(organisation=" "), _same),
    "disclosure.ai_sections": _pair(_ai_section(ai_written=False), _ai_section(ai_written=True)),
    "disclosure.editor": _pair(_disclose(editor=""), _disclose(editor="Jean Moulin")),
    "typo.fr.space": _pair(_body("Une question ? Oui: deux."), _body(f"Une question{N}? Oui{N}: "
                                                                     "à 10:30, voir https://x.org.")),
    "typo.fr.guillemets": _pair(_body("Il dit « oui » et \"non\"."), _body(f"Il dit «{N}oui{N}».")),
    "typo.fr.apostrophe": _pair(_body("L'essor."), _body("L’essor, `l'code`.")),
    "typo.en.quotes": _pair(_body("He said \"yes\" and it's fine."),
                            _body("He said “yes” and it’s fine, `it's` code.")),
    "link.malformed": _pair(_body("Voir [ici](www.example.org) et [là]()."),
                            _body("Voir [ici](https://www.example.org) et [là](/relatif).")),
    "link.duplicate": _pair(_body("[A](https://example.org/a) et [B](https://Example.org/a/)."),
                            _body("[A](https://example.org/a) et [B](https://example.org/b).")),
    "link.http": _pair(_body("Voir [ici](http://example.org)."),
                       _body("Voir [ici](https://example.org).")),
    "image.alt": _pair(_body("![](photo.jpg)"), _body("![Une locomotive](photo.jpg)")),
    "words.target": _pair(_same, _same, CheckContext(today=TODAY, word_target=5000),
                          CheckContext(today=TODAY, word_target=50)),
    "signoff.missing": lambda lang: _signed(lang, stale=False),
    "signoff.stale": lambda lang: _signed(lang, stale=True),
    "spelling.errors": _pair(_same, _same, CheckContext(today=TODAY, misspelled=3),
                             CheckContext(today=TODAY, misspelled=0)),
}

#: Rules that only apply to articles in one language.
ONLY_IN = {"typo.fr.space": "fr", "typo.fr.guillemets": "fr", "typo.fr.apostrophe": "fr",
           "typo.en.quotes": "en"}


def test_every_rule_has_a_case_and_both_messages() -> None:
    assert sorted(CASES) == sorted(r.id for r in RULES)
    for rule in RULES:
        assert rule.en.strip() and rule.fr.strip() and rule.en != rule.fr


@pytest.mark.parametrize("language", ["fr", "en"])
def test_clean_article_passes_every_rule(language: str) -> None:
    assert run_checklist(clean(language), CTX) == []


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fails_and_passes(rule: str, language: str) -> None:
    failing, passing, ctx_fail, ctx_ok = CASES[rule](language)
    found = [f for f in run_checklist(failing, ctx_fail) if f.rule == rule]
    if ONLY_IN.get(rule, language) != language:
        assert found == []  # the same text is not checked by another language's rule
        return
    assert found, f"{rule} did not fire on its failing {language} article"
    for finding in found:  # each message reads in both languages, every placeholder filled
        for lang in ("fr", "en"):
            text = finding.message(lang)
            assert text and "{" not in text
        assert finding.blocks == (finding.severity is Severity.ERROR)
    assert [f for f in run_checklist(passing, ctx_ok) if f.rule == rule] == []


def test_errors_block_publication_and_warnings_do_not() -> None:
    article = clean("fr")
    article.sections[0].body = "L'essor."
    assert not blocking(run_checklist(article, CTX))
    article.title = ""
    assert blocking(run_checklist(article, CTX))


def test_positions_point_at_the_offending_text() -> None:
    article = clean("fr")
    article.sections[1].body = "Il dit « oui » et voir [x](http://a.org)."
    found = run_checklist(article, CTX)
    quote = next(f for f in found if f.rule == "typo.fr.guillemets")
    assert (quote.part, quote.index) == ("section", 1)
    assert article.sections[1].body[quote.offset] == "«"
    http = next(f for f in found if f.rule == "link.http")
    assert article.sections[1].body[http.offset:http.offset + http.length] == "http://a.org"
    data = http.to_dict("fr")
    assert data["section"] == 2 and data["position"] == {"offset": http.offset, "length": 12}
    assert data["message"] == "Lien non sécurisé (http) : http://a.org ; utilisez https."
