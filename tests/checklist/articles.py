"""Clean articles in French and English for the checklist tests: no rule fires on them."""

from __future__ import annotations

from datetime import date

from hubdesk.model.article import Article, Credit, Disclosure, Section

N = "\u202f"  # narrow no-break space
TODAY = date(2026, 6, 1)

_FR_LEAD = (
    "Les trains de nuit reviennent en Europe après des années d’abandon. Les opérateurs "
    "rouvrent des lignes, les voyageurs suivent et les gouvernements financent de "
    "nouvelles voitures pour relier les capitales du continent."
)
_EN_LEAD = (
    "Night trains are back in Europe after years of neglect. Operators are reopening lines, "
    "riders follow them and governments pay for new carriages that link the capitals "
    "of the continent again."
)


def clean(language: str = "fr") -> Article:
    if language == "fr":
        title = "Trains de nuit, le grand retour des couchettes"
        lead = _FR_LEAD
        sections = [
            Section("Une offre qui renaît", f"La ligne Paris–Berlin a rouvert{N}: c’est un "
                    f"succès. Les voyageurs disent «{N}enfin{N}» et réservent tôt."),
            Section("Des voitures neuves", "Les cabines sont plus intimes, voir "
                    "[le dossier](https://example.org/dossier)."),
        ]
    else:
        title = "Night trains, the great return of the sleeper"
        lead = _EN_LEAD
        sections = [
            Section("A service reborn", "The Paris–Berlin line has reopened: it’s a "
                    "success. Riders say “at last” and book early."),
            Section("New carriages", "Cabins are more private, see "
                    "[the report](https://example.org/report)."),
        ]
    return Article(
        title=title, lead=lead, sections=sections, language=language,
        credits=[Credit(title="Le retour du train de nuit", author="Jeanne Dupont",
                        outlet="Le Rail", date=date(2025, 9, 9),
                        url="https://example.org/rail")],
        disclosure=Disclosure(True, "Chappie", "Groupe Floteuil", "Marie Curie"),
    )
