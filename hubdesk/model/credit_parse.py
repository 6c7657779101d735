"""Read a source credit written as text back into a ``Credit``.

The house format is ``Title – Author – Outlet (DD/MM/YYYY)``; a credit may also be
``Title – description`` or a title alone. Dates may be ``DD/MM/YYYY``,
``YYYY-MM-DD`` or the English house form ``Sep 9, 2025``. A date that does not
exist is kept as text in the description rather than lost. A Markdown link or a
bare URL in the line gives the credit's URL.
"""

from __future__ import annotations

import re
from datetime import date

from hubdesk.model.article import Credit, Disclosure
from hubdesk.model.dates import english_month

BULLET_RE = re.compile(r"^\s*(?:[•◦▪▫‣⁃·●○■□*+-]|\d{1,3}[.)])\s+")
_SEPARATORS = (" \u2013 ", " \u2014 ")  # en dash (house), em dash
_HYPHEN = " - "
# Every pattern below is anchored on a fixed character ("(", "<", "[", "http") and none
# can run over another of its own start: each search is linear in the line, even when
# the line holds a long run of spaces (a leading ``\s*`` made them quadratic).
_DATE_TAIL_RE = re.compile(
    r"\(\s*(?P<text>\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{1,2}-\d{1,2}"
    r"|[A-Za-z]{3,9}\.? \d{1,2}, \d{4})\s*\)$"
)
_LINK_RE = re.compile(r"\[(?P<text>[^\[\]]*)\]\((?P<url><[^<>]*>|[^()\s]+)(?:\s+\"[^\"]*\")?\)")
_ANGLE_URL_RE = re.compile(r"<(?P<url>(?:https?|mailto):[^<>\s]+)>")
_URL_START_RE = re.compile(r"https?://")
MAX_CLOSING_LINE = 2_000  # characters; a disclosure, an editor and an intro fit in far fewer


def strip_bullet(line: str) -> str:
    """The text of a list item without its bullet (``•``, ``-``, ``*``, ``1.``) and indentation."""
    return BULLET_RE.sub("", line, count=1).strip()


def is_bullet(line: str) -> bool:
    return BULLET_RE.match(line) is not None


def parse_date(text: str) -> date | None:
    """A date from ``DD/MM/YYYY``, ``YYYY-MM-DD`` or ``Sep 9, 2025``; ``None`` if it does not exist."""
    text = text.strip()
    try:
        if "/" in text:
            day, month, year = (int(x) for x in text.split("/"))
            return date(year, month, day)
        if "-" in text:
            year, month, day = (int(x) for x in text.split("-"))
            return date(year, month, day)
        m = re.fullmatch(r"([A-Za-z]{3,9})\.? (\d{1,2}), (\d{4})", text)
        named = english_month(m.group(1)) if m else None
        if m and named is not None:
            return date(int(m.group(3)), named, int(m.group(2)))
    except ValueError:
        return None
    return None


def _bare_url_at_end(text: str) -> tuple[str, str] | None:
    """``(text before, url)`` when the last word of ``text`` holds a URL running to its end."""
    body = text.rstrip()
    start = len(body)
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    m = _URL_START_RE.search(body, start)
    if m is None or m.start() == 0 or len(body) - m.end() < 1:
        return None
    url = body[m.start() :]
    if url[-1] in ".,;" and len(body) - m.end() > 1:
        url = url[:-1]
    return body[: m.start()].strip(), url


def _take_url(text: str) -> tuple[str, str]:
    m = _LINK_RE.search(text)
    if m:
        url = m.group("url").strip("<>")
        return text[: m.start()] + m.group("text") + text[m.end() :], url
    m = _ANGLE_URL_RE.search(text)
    if m:
        return (text[: m.start()].rstrip() + text[m.end() :]).strip(), m.group("url")
    return _bare_url_at_end(text) or (text, "")


def _date_tail(text: str) -> re.Match[str] | None:
    """The ``(date)`` that ends ``text`` (spaces after it allowed), matched from its ``(``."""
    body = text.rstrip()
    start = body.rfind("(")
    return _DATE_TAIL_RE.match(body, start) if start >= 0 else None


def _split_parts(text: str) -> list[str]:
    for sep in _SEPARATORS:
        if sep in text:
            return [p.strip() for p in text.split(sep)]
    if _HYPHEN in text:
        return [p.strip() for p in text.split(_HYPHEN)]
    return [text.strip()]


def parse_credit(line: str) -> Credit:
    """One credit from its printed line (a leading bullet is ignored)."""
    text = strip_bullet(line) if is_bullet(line) else line.strip()
    text, url = _take_url(text)
    when: date | None = None
    bad_date = ""
    m = _date_tail(text)
    if m:
        when = parse_date(m.group("text"))
        if when is None:
            bad_date = f"({m.group('text')})"
        text = text[: m.start()].rstrip()
    parts = [p for p in _split_parts(text) if p] if text else []
    credit = Credit(url=url, date=when)
    if parts:
        credit.title = parts[0]
    if len(parts) == 2:
        if when is not None:
            credit.outlet = parts[1]
        else:
            credit.description = parts[1]
    elif len(parts) >= 3:
        credit.author, credit.outlet = parts[1], parts[2]
        credit.description = " \u2013 ".join(parts[3:])
    if bad_date:
        credit.description = f"{credit.description} {bad_date}".strip()
    return credit


# ------------------------------------------------------------- closing line

_DISCLOSURE_FR_RE = re.compile(
    r"Article (?:au contenu )?(?:rédigé|écrit|généré) (?:par|avec) une IA"
    r"(?:,\s*(?P<assistant>[^,.]+?))?"
    r"(?:,?\s+(?P<prep>du|des|de la|de l[’']|de)\s*(?P<org>[^.]+?))?\s*\.",
    re.IGNORECASE,
)
_DISCLOSURE_EN_RE = re.compile(
    r"(?:This )?(?:Article|Content|Text) (?:was )?(?:written|generated|drafted)"
    r" (?:by|with) (?:an? )?AI(?: assistant)?"
    r"(?:,\s*(?P<assistant>[^,.]+?))?"
    r"(?:,?\s+(?P<prep>of|from|by)\s+(?P<org>[^.]+?))?\s*\.",
    re.IGNORECASE,
)
_EDITOR_RE = re.compile(
    r"(?:Relu et validé par|Edited by|Reviewed by)\s+(?P<editor>[^.]+?)\s*\.", re.IGNORECASE
)
_INTRO_RE = re.compile(
    r"(?:Merci à l[’']auteur(?:\(e\)|e)?(?:\(s\)|s)? du contenu original"
    r"|Thanks to the authors? of the original content"
    r"|Thanks to the author\(s\) of the original content)\s*:?",
    re.IGNORECASE,
)
_PREP_FR = {"des": "Les ", "de la": "La ", "de l’": "L’", "de l'": "L'"}


def _organisation(prep: str | None, org: str | None) -> str:
    org = (org or "").strip()
    if not org or not prep:
        return org
    prefix = _PREP_FR.get(prep.lower(), "")
    return f"{prefix}{org}" if prefix else org


def parse_closing_line(text: str) -> tuple[Disclosure | None, bool] | None:
    """Read a line made only of a disclosure sentence, an editor sentence and a credits intro.

    Returns ``(disclosure or None, has_credits_intro)``, or ``None`` when the line
    holds anything else (it is then article text, not the closing block).
    """
    rest = text.strip()
    if len(rest) > MAX_CLOSING_LINE:  # the sentences' patterns are quadratic in a long line
        return None
    disclosure: Disclosure | None = None
    intro = False
    while rest:
        for regex in (_DISCLOSURE_FR_RE, _DISCLOSURE_EN_RE):
            m = regex.match(rest)
            if m:
                disclosure = disclosure or Disclosure()
                disclosure.ai_written = True
                disclosure.assistant = (m.group("assistant") or "").strip()
                disclosure.organisation = _organisation(m.group("prep"), m.group("org"))
                break
        else:
            m = _EDITOR_RE.match(rest)
            if m:
                disclosure = disclosure or Disclosure()
                disclosure.editor = m.group("editor").strip()
            else:
                m = _INTRO_RE.match(rest)
                if not m or intro:
                    return None
                intro = True
        rest = rest[m.end() :].strip()
    if disclosure is None and not intro:
        return None
    return disclosure, intro
