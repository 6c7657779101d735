"""The house rules an article is checked against before publication, as data.

One list, ``RULES``: each rule has an id, a severity, the part of the article it
looks at, and its message in English and in French (``{name}`` placeholders are
filled from the finding). The checks themselves live in ``hubdesk.checklist.checks``
and refer to rules by id; a finding of severity ``error`` blocks publication.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # blocks publication
    WARNING = "warning"  # should be looked at
    INFO = "info"  # for the record


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    group: str  # structure, credits, disclosure, typography, links, words, review
    en: str
    fr: str

    def message(self, language: str, **params: object) -> str:
        """The message in ``language`` (``fr`` or anything else for English), filled in."""
        text = self.fr if (language or "").lower().startswith("fr") else self.en
        return text.format(**params)


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: tuple[Rule, ...] = (
    # -- structure
    Rule("title.missing", E, "structure", "The article has no title.", "L’article n’a pas de titre."),
    Rule("title.length", W, "structure",
         "The title is {length} characters long; aim for {low} to {high}.",
         "Le titre fait {length} caractères ; visez entre {low} et {high}."),
    Rule("lead.missing", E, "structure", "The article has no lead.", "L’article n’a pas de chapô."),
    Rule("lead.length", W, "structure",
         "The lead is {words} words long; aim for {low} to {high}.",
         "Le chapô fait {words} mots ; visez entre {low} et {high}."),
    Rule("sections.none", E, "structure",
         "The article has no section.", "L’article n’a aucune section."),
    Rule("section.empty", E, "structure",
         "The section “{heading}” is empty.", "La section « {heading} » est vide."),
    Rule("heading.skipped", W, "structure",
         "A level {level} heading follows a level {previous} heading: a level is skipped.",
         "Un intertitre de niveau {level} suit un niveau {previous} : un niveau est sauté."),
    # -- credits
    Rule("credit.title", E, "credits",
         "Credit {number} has no title.", "Le crédit {number} n’a pas de titre."),
    Rule("credit.outlet", W, "credits",
         "Credit {number} names no outlet.", "Le crédit {number} ne nomme aucun média."),
    Rule("credit.date_future", E, "credits",
         "Credit {number} is dated in the future ({date}).",
         "Le crédit {number} est daté dans le futur ({date})."),
    Rule("credit.date_implausible", W, "credits",
         "Credit {number} has an unlikely date ({date}).",
         "Le crédit {number} a une date improbable ({date})."),
    Rule("credit.url", E, "credits",
         "Credit {number} has a malformed web address: {url}",
         "Le crédit {number} a une adresse web mal formée : {url}"),
    Rule("credit.duplicate", W, "credits",
         "Credit {number} repeats credit {first}.",
         "Le crédit {number} répète le crédit {first}."),
    # -- disclosure
    Rule("disclosure.assistant", E, "disclosure",
         "The article is marked as written by an AI but names no assistant.",
         "L’article est signalé comme rédigé par une IA mais ne nomme pas l’assistant."),
    Rule("disclosure.organisation", E, "disclosure",
         "The article is marked as written by an AI but names no organisation.",
         "L’article est signalé comme rédigé par une IA mais ne nomme pas l’organisation."),
    Rule("disclosure.editor", E, "disclosure",
         "The article is marked as written by an AI but names no responsible editor.",
         "L’article est signalé comme rédigé par une IA mais ne nomme pas le rédacteur responsable."),
    Rule("disclosure.ai_sections", E, "disclosure",
         "Section {number} was drafted by an AI ({assistant}) but the article is not marked "
         "as written by an AI.",
         "La section {number} a été rédigée par une IA ({assistant}) mais l’article n’est pas "
         "signalé comme rédigé par une IA."),
    # -- typography
    Rule("typo.fr.space", W, "typography",
         "“{char}” needs a narrow no-break space before it.",
         "« {char} » demande une espace fine insécable avant lui."),
    Rule("typo.fr.guillemets", W, "typography",
         "Quotation marks: use « » with narrow no-break spaces inside.",
         "Guillemets : utilisez « » avec des espaces fines insécables à l’intérieur."),
    Rule("typo.fr.apostrophe", W, "typography",
         "Straight apostrophe: use the typographic apostrophe ’.",
         "Apostrophe droite : utilisez l’apostrophe typographique ’."),
    Rule("typo.en.quotes", W, "typography",
         "Straight quote: use curly quotes (“ ” ‘ ’).",
         "Guillemet droit : utilisez les guillemets anglais courbes (“ ” ‘ ’)."),
    # -- links and images
    Rule("link.malformed", E, "links",
         "Malformed link target: {url}", "Cible de lien mal formée : {url}"),
    Rule("link.duplicate", INFO, "links",
         "This address is already linked above: {url}",
         "Cette adresse est déjà liée plus haut : {url}"),
    Rule("link.http", W, "links",
         "Insecure link (http): {url}; use https.",
         "Lien non sécurisé (http) : {url} ; utilisez https."),
    Rule("image.alt", W, "links",
         "An image has no alternative text.", "Une image n’a pas de texte alternatif."),
    # -- words and spelling
    Rule("words.target", W, "words",
         "{words} words of the {target}-word target.",
         "{words} mots sur un objectif de {target}."),
    Rule("spelling.errors", W, "words",
         "Spelling errors: {count}.", "Fautes d’orthographe : {count}."),
    # -- review
    Rule("signoff.missing", E, "review",
         "Section “{heading}” is not signed off.",
         "La section « {heading} » n’est pas validée."),
    Rule("signoff.stale", E, "review",
         "Section “{heading}” changed after {by} signed it off.",
         "La section « {heading} » a changé depuis sa validation par {by}."),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
