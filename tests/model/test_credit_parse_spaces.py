"""Credit lines with long runs of spaces (or many look-alike markers) parse as short ones do."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from hubdesk.formats.markdown_format import markdown_to_article
from hubdesk.model.credit_parse import parse_closing_line, parse_credit

_RUNS = [1, 2, 7, 100, 5_000, 60_000]
_SPACES = [" ", "\t", "\u00a0", " \t"]


@pytest.mark.parametrize("run, space", list(itertools.product(_RUNS, _SPACES)))
def test_spaces_anywhere_in_a_credit_line(run, space):
    pad = (space * run)[:run]
    credit = parse_credit(f"- Le titre \u2013 Anna Heim \u2013 Wired{pad}(09/09/2025){pad}")
    assert (credit.title, credit.author, credit.outlet) == ("Le titre", "Anna Heim", "Wired")
    assert credit.date == date(2025, 9, 9)
    credit = parse_credit(f"- Le titre{pad}https://example.org/a.{pad}")
    assert (credit.title, credit.url) == ("Le titre", "https://example.org/a")
    credit = parse_credit(f"- Le titre{pad}<https://example.org/b>{pad}fin")
    assert (credit.title, credit.url) == (f"Le titre{pad}fin", "https://example.org/b")
    credit = parse_credit(f"- Title{pad}x{pad}")
    assert credit.title == f"Title{pad}x" and credit.url == "" and credit.date is None


@pytest.mark.parametrize("unit", ["<http:", "[[", "[a](<", "(01/", "https://", " - "])
def test_many_look_alike_markers_end_in_a_plain_credit(unit):
    line = "- T " + unit * 20_000 + " end"
    credit = parse_credit(line)
    assert credit.title.startswith("T")
    assert credit.date is None


def test_a_long_line_is_never_a_closing_line():
    sentence = "Article rédigé par une IA, Chappie" + " " * 50_000 + "du Groupe Floteuil."
    assert parse_closing_line(sentence) is None
    short = "Article rédigé par une IA, Chappie, du Groupe Floteuil."
    disclosure, intro = parse_closing_line(short)
    assert disclosure.assistant == "Chappie" and not intro


def test_import_of_a_sources_section_with_150_kb_of_spaces():
    text = ("# T\n\nLead.\n\n## Sources\n\n- Rapport \u2013 Léa Martin \u2013 Le Monde"
            + " " * 150_000 + "(02/01/2024)\n")
    article = markdown_to_article(text)
    assert [(c.title, c.author, c.outlet, c.date) for c in article.credits] == [
        ("Rapport", "Léa Martin", "Le Monde", date(2024, 1, 2))
    ]
