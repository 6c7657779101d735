"""The articles of the import corpus, written for HubDesk's tests (French and English).

Each article is plain data: title, lead paragraphs, sections made of blocks, and for
some a closing line with credits. ``corpus_pages`` puts them into page templates and
``corpus_documents`` into Word and OpenDocument files; both write the expected JSON
from these same data, never from what the importer returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# A block of a section: ("p", text), ("ul", [items]), ("quote", text),
# ("table", [[cells], ...]) with the first row as header, ("img", src, alt).
Block = tuple


@dataclass(frozen=True)
class CorpusArticle:
    key: str
    language: str
    title: str
    lead: list[str]
    sections: list[tuple[str, list[Block]]]
    closing: str = ""
    credits: list[str] = field(default_factory=list)
    author: str = ""
    published: str = ""  # ISO date-time with zone
    modified: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)
    section_name: str = ""

    @property
    def slug(self) -> str:
        return self.key

    def credit_lines(self) -> list[str]:
        return list(self.credits)


FR_CLOSING = (
    "Article au contenu rédigé par une IA, Chappie, du Groupe Floteuil. "
    "Merci à l’auteur(e) du contenu original :"
)
EN_CLOSING = (
    "This article was written by an AI assistant, Chappie, of Groupe Floteuil. "
    "Thanks to the authors of the original content:"
)

ARTICLES: list[CorpusArticle] = [
    CorpusArticle(
        key="potagers-toits",
        language="fr",
        title="Des potagers sur les toits pour rafraîchir les quartiers",
        lead=[
            "Sur les immeubles de bureaux comme sur les gymnases, des bacs de terre remplacent "
            "peu à peu le gravier des toitures plates.",
            "Les municipalités y voient un moyen de produire des légumes au cœur de la ville "
            "tout en limitant la chaleur accumulée l’été.",
        ],
        sections=[
            ("Un sol fabriqué sur mesure", [
                ("p", "Le substrat doit rester léger : un mélange de compost, de pouzzolane et de "
                      "fibres de coco pèse trois fois moins qu’une terre de jardin."),
                ("p", "Les ingénieurs vérifient d’abord la charge que la dalle peut porter, "
                      "puis dessinent les allées et les réserves d’eau."),
            ]),
            ("Ce que l’on récolte en hauteur", [
                ("p", "Les cultures les plus sûres supportent le vent et le plein soleil :"),
                ("ul", ["les tomates cerises et les poivrons", "les herbes aromatiques",
                        "les fraisiers en bordure"]),
                ("p", "Une parcelle de cent mètres carrés donne environ une demi-tonne de légumes par saison."),
            ]),
            ("Des chiffres encore modestes", [
                ("table", [["Ville", "Toits cultivés", "Surface"],
                           ["Lyon", "14", "3 200 m²"], ["Nantes", "9", "2 100 m²"]]),
                ("quote", "Chaque toit cultivé est un îlot de fraîcheur de plus pour la rue."),
                ("p", "Les associations réclament une aide à l’étude de structure, souvent le premier frein."),
            ]),
        ],
        closing=FR_CLOSING,
        credits=[
            "Les toitures végétalisées en milieu urbain – Claire Vasseur – Revue de l’habitat (12/03/2025)",
            "Guide technique des potagers sur toit – Fiches pratiques de l’agence régionale de la nature",
        ],
        author="Margaux Lefort",
        published="2025-05-14T08:30:00+02:00",
        modified="2025-05-20T10:00:00+02:00",
        description="Comment les toits plats deviennent des jardins productifs.",
        tags=["ville", "agriculture urbaine"],
        section_name="Environnement",
    ),
    CorpusArticle(
        key="bibliobus",
        language="fr",
        title="Le retour des bibliobus dans les campagnes",
        lead=[
            "Dans les villages sans librairie, un camion rempli de livres s’arrête chaque "
            "quinzaine sur la place de la mairie.",
        ],
        sections=[
            ("Une tournée réglée comme une horloge", [
                ("p", "Le conducteur, qui est aussi bibliothécaire, parcourt deux cents kilomètres "
                      "par semaine et dessert trente et une communes."),
                ("p", "Les habitants réservent leurs titres en ligne et les retirent au passage du véhicule."),
            ]),
            ("Pourquoi les lecteurs reviennent-ils chaque quinzaine ?", [
                ("p", "Les enquêtes menées auprès des usagers montrent un attachement au contact humain "
                      "plus qu’au catalogue lui-même."),
                ("quote", "On vient chercher un roman, on repart avec des nouvelles du canton."),
            ]),
            ("Un modèle qui coûte peu", [
                ("p", "Un bibliobus neuf coûte moins cher qu’une médiathèque et dessert bien plus de monde."),
                ("ul", ["achat du véhicule amorti sur douze ans", "deux salariés à temps plein",
                        "un fonds de huit mille documents"]),
            ]),
        ],
        closing=FR_CLOSING,
        credits=[
            "Lecture publique en milieu rural – Olivier Brunet – La Gazette des bibliothèques (02/02/2024)",
        ],
        author="Hélène Garnier",
        published="2024-10-03T07:00:00+02:00",
        description="Les bibliothèques mobiles retrouvent leur public.",
        tags=["culture", "ruralité"],
        section_name="Culture",
    ),
    CorpusArticle(
        key="velo-ecole",
        language="fr",
        title="Apprendre le vélo à l’école primaire",
        lead=[
            "Depuis la rentrée, les élèves de CM1 passent dix heures en selle avant la fin de l’année.",
            "Le programme veut qu’aucun enfant n’entre au collège sans savoir circuler à vélo.",
        ],
        sections=[
            ("Trois étapes, de la cour à la rue", [
                ("p", "Les enfants apprennent d’abord l’équilibre et le freinage dans la cour, "
                      "puis les règles de priorité sur un parcours tracé à la craie."),
                ("p", "La dernière étape se déroule sur la voie publique, encadrée par des moniteurs."),
            ]),
            ("Des enseignants formés en une journée", [
                ("p", "Une formation courte suffit pour que les professeurs animent les premières séances."),
                ("img", "images/velo-cour.jpg", "Des élèves à vélo dans la cour"),
                ("p", "Les fédérations sportives prêtent les vélos et les casques aux écoles qui en manquent."),
            ]),
        ],
        author="Samuel Roy",
        published="2025-01-09T09:15:00+01:00",
        description="Savoir rouler à vélo, un apprentissage scolaire.",
        tags=["éducation", "mobilité"],
        section_name="Société",
    ),
    CorpusArticle(
        key="night-trains",
        language="en",
        title="Night trains are quietly coming back across Europe",
        lead=[
            "Sleeper carriages that railways retired a decade ago are being refurbished "
            "and put back on long routes.",
            "Operators say demand comes from travellers who want to avoid short flights.",
        ],
        sections=[
            ("Old carriages, new interiors", [
                ("p", "Workshops strip the cars to their frames and fit private cabins with "
                      "showers, charging points and quieter bogies."),
                ("p", "A refurbished car costs about a fifth of a new one and can run for twenty more years."),
            ]),
            ("Who buys the tickets?", [
                ("p", "Booking data show that families and retired couples fill most berths, "
                      "while business travellers remain rare."),
                ("table", [["Route", "Nights per week", "Occupancy"],
                           ["Vienna to Paris", "3", "82%"], ["Brussels to Prague", "3", "76%"]]),
            ]),
            ("What still slows them down", [
                ("p", "Track access fees differ from one country to the next and can double the cost of a route."),
                ("quote", "A night train crosses four networks and pays four separate bills."),
                ("p", "Railways are asking for a single European charge for overnight services."),
            ]),
        ],
        closing=EN_CLOSING,
        credits=[
            "The return of the sleeper – Hannah Cole – Rail Review (18/06/2025)",
            "Cross-border rail charges explained – Briefings of the European transport committee",
        ],
        author="Peter Lang",
        published="2025-07-01T06:00:00+00:00",
        modified="2025-07-03T12:00:00+00:00",
        description="Sleeper services return on Europe's long routes.",
        tags=["rail", "travel"],
        section_name="Transport",
    ),
    CorpusArticle(
        key="school-gardens",
        language="en",
        title="What pupils learn from a school garden",
        lead=[
            "A patch of vegetables behind the classroom turns out to teach far more than botany.",
        ],
        sections=[
            ("Numbers in the soil", [
                ("p", "Teachers use seed counts, rainfall charts and harvest weights as material "
                      "for arithmetic lessons that pupils actually remember."),
                ("ul", ["measuring the growth of beans every week", "graphing the rainfall",
                        "weighing the pumpkins in October"]),
            ]),
            ("A calmer playground", [
                ("p", "Head teachers report fewer quarrels at break time since the beds were built."),
                ("p", "Children who struggle indoors often take charge of watering and tools."),
            ]),
            ("Keeping it alive over the summer", [
                ("p", "The hardest part is the long holiday, when parents and neighbours take turns "
                      "to water the plots."),
            ]),
        ],
        author="Ruth Okafor",
        published="2024-09-12T10:00:00+01:00",
        description="School gardens as classrooms.",
        tags=["education", "gardening"],
        section_name="Education",
    ),
    CorpusArticle(
        key="repair-cafes",
        language="en",
        title="Repair cafés keep small appliances out of the bin",
        lead=[
            "Once a month, volunteers with soldering irons meet residents who bring broken toasters, "
            "lamps and radios.",
            "Most items leave the room working again, and their owners leave knowing how.",
        ],
        sections=[
            ("How a session works", [
                ("p", "Visitors register at the door, describe the fault and sit beside the repairer "
                      "while the device is opened."),
                ("p", "Spare parts are ordered when needed and the visitor comes back the next month."),
            ]),
            ("The faults that come back", [
                ("p", "Volunteers keep a simple log of every repair, which shows the same weak points again and again:"),
                ("ul", ["worn power cords", "blown fuses", "dried-out capacitors", "broken hinges"]),
            ]),
            ("Manufacturers are watching", [
                ("p", "Some brands now publish repair manuals and sell spare parts for seven years."),
                ("quote", "A screw instead of glue changes everything for us."),
            ]),
        ],
        closing=EN_CLOSING,
        credits=[
            "Fix it, don't bin it – Marcus Webb – The Civic Journal (04/04/2025)",
        ],
        author="Lena Fischer",
        published="2025-04-20T09:00:00+01:00",
        description="Volunteers repair what others throw away.",
        tags=["repair", "community"],
        section_name="Community",
    ),
]
