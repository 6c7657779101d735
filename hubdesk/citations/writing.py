"""Writing an article's credits as CSL-JSON or BibTeX (what reference managers import)."""

from __future__ import annotations

import json
import re
import unicodedata

from hubdesk.errors import HubDeskError
from hubdesk.model.article import Credit

FORMATS = ("csl-json", "bibtex")
#: Letters that Unicode does not decompose to an ASCII letter (for citation keys).
_LETTERS = str.maketrans({"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ß": "ss", "Æ": "Ae",
                          "æ": "ae", "Œ": "Oe", "œ": "oe", "Đ": "D", "đ": "d", "þ": "th"})


def _names(author: str) -> list[str]:
    """The people of a credit's author field (``A, B et C`` / ``A, B and C``)."""
    parts = re.split(r",\s*|\s+(?:and|et|&)\s+", author.strip())
    return [p.strip() for p in parts if p.strip()]


def _split(name: str) -> tuple[str, str]:
    """(family, given): the last word is the family name (particles stay with the given)."""
    words = name.split()
    return words[-1], " ".join(words[:-1])


def _csl(credit: Credit, n: int) -> dict[str, object]:
    item: dict[str, object] = {"id": f"credit-{n}",
                               "type": "webpage" if credit.url else "article"}
    item["title"] = credit.title or credit.description
    names = _names(credit.author)
    if names:
        item["author"] = [dict(zip(("family", "given"), _split(a), strict=True)) for a in names]
    if credit.outlet:
        item["container-title"] = credit.outlet
    if credit.date:
        d = credit.date
        item["issued"] = {"date-parts": [[d.year, d.month, d.day]]}
    if credit.url:
        item["URL"] = credit.url
    note = " ".join(p for p in (credit.description if credit.title else "", credit.note) if p)
    if note:
        item["note"] = note
    return item


def _key(credit: Credit, used: set[str]) -> str:
    family = _split(_names(credit.author)[0])[0] if _names(credit.author) else "ref"
    ascii_name = unicodedata.normalize("NFKD", family.translate(_LETTERS)).encode(
        "ascii", "ignore").decode()
    base = (re.sub(r"[^A-Za-z0-9]", "", ascii_name).lower() or "ref") + (
        str(credit.date.year) if credit.date else "")
    key, n = base, 1
    while key in used:
        n += 1
        key = f"{base}{chr(ord('a') + n - 2)}" if n <= 27 else f"{base}_{n}"
    used.add(key)
    return key


def _bib_value(text: str) -> str:
    """A field's value in braces; braces in the text balanced away, never unescaped."""
    text = text.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
    return "{" + " ".join(text.split()) + "}"


def _bibtex(credits: list[Credit]) -> str:
    used: set[str] = set()
    blocks = []
    for credit in credits:
        fields: list[tuple[str, str]] = [("title", credit.title or credit.description)]
        names = _names(credit.author)
        if names:
            fields.append(("author", " and ".join(
                "{}, {}".format(*_split(a)) if " " in a else a for a in names)))
        if credit.outlet:
            fields.append(("journal", credit.outlet))
        if credit.date:
            fields += [("date", credit.date.isoformat()), ("year", str(credit.date.year))]
        if credit.url:
            fields.append(("url", credit.url))
        note = " ".join(p for p in (credit.description if credit.title else "", credit.note) if p)
        if note:
            fields.append(("note", note))
        kind = "online" if credit.url else "article"
        body = ",\n".join(f"  {k} = {_bib_value(v)}" for k, v in fields)
        blocks.append(f"@{kind}{{{_key(credit, used)},\n{body}\n}}\n")
    return "\n".join(blocks)


def write_references(credits: list[Credit], fmt: str) -> str:
    """The credits (empty ones left out) as CSL-JSON or BibTeX text."""
    kept = [c for c in credits if not c.is_empty()]
    if fmt == "csl-json":
        return json.dumps([_csl(c, n) for n, c in enumerate(kept, 1)], ensure_ascii=False,
                          indent=2) + "\n"
    if fmt == "bibtex":
        return _bibtex(kept)
    raise HubDeskError("citations.export_format", value=fmt)
