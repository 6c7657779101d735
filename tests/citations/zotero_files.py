"""Reference files in the shapes Zotero exports (written here, not copied from anywhere):
accented names, several authors, missing dates, and one broken entry each."""

BIBTEX = r"""
@article{dupont_retour_2025,
	title = {Le retour du train de nuit},
	volume = {12},
	url = {https://example.org/rail},
	journal = {Le Rail},
	author = {Dupont, Jeanne and Müller, Jürgen and Nuñez, José},
	month = sep,
	year = {2025},
	note = {Consulté le 3 octobre},
	pages = {4--9},
}

@online{bovy_nuit_2024,
	title = {Nuits {\'e}toil{\'e}es en couchette},
	url = {https://example.org/nuit},
	author = {Bov{\'e}, Ana{\"i}s},
	urldate = {2024-05-02},
	date = {2024-03-14},
	organization = {Écho des Rails},
}

@book{sans_date,
	title = {Une histoire des wagons-lits},
	publisher = {Éditions du Quai},
	author = {Lefèvre, Zoé},
}

@article{broken_entry,
	title = {Titre sans fin,
	author = {Personne, Quelqu'un
"""

CSL_JSON = """[
  {"id": "http://zotero.org/users/1/items/AAA", "type": "article-newspaper",
   "title": "Night trains are back", "container-title": "The Rail Review",
   "URL": "https://example.org/back",
   "author": [{"family": "Østergaard", "given": "Søren"}, {"family": "Łukasiewicz", "given": "Ewa"},
              {"literal": "Agence Ferroviaire"}],
   "issued": {"date-parts": [["2025", 9, 9]]}},
  {"id": "http://zotero.org/users/1/items/BBB", "type": "webpage",
   "title": "Sleeper cabins, a guide", "container-title": "Couchettes",
   "author": [{"family": "Çelik", "given": "Ayşe"}]},
  {"id": "http://zotero.org/users/1/items/CCC", "type": "report",
   "title": "Timetables 2024", "issued": {"date-parts": [[2024, 2, 30]]}},
  {"id": "http://zotero.org/users/1/items/DDD", "type": "webpage",
   "container-title": "No title here"}
]
"""

RIS = """TY  - NEWS
TI  - Les couchettes font salle comble
AU  - Gaël, Hervé
AU  - Brontë, Émilie
T2  - La Gazette des Quais
DA  - 2025/06/21/
PY  - 2025
UR  - https://example.org/couchettes
N1  - Édition du soir
ER  -

TY  - BOOK
TI  - Voyager de nuit
AU  - Ibáñez, Lucía
PB  - Presses du Rail
ER  -

TY  - JOUR
AU  - Sans, Titre
PY  - 2020
ER  -

TY  - WEB
TI  - Un lien abîmé
UR  - htp:/pas-une-adresse
ER  -
""".replace("ER  -\n", "ER  - \n")  # Zotero ends each record with "ER  - "
