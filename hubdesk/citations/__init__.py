"""Citations from and to reference managers (Zotero and others): BibTeX, CSL-JSON, RIS.

``read_references(path)`` turns a file into credits and a list of the entries it skipped;
``write_references(credits, fmt)`` writes credits as CSL-JSON or BibTeX.
"""

from hubdesk.citations.reading import Reading, Skipped, new_credits, read_references
from hubdesk.citations.writing import FORMATS, write_references

__all__ = [
    "FORMATS", "Reading", "Skipped", "new_credits", "read_references", "write_references",
]
