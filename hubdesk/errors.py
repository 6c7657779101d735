"""The errors the core raises: a stable code, its parameters, and an English sentence.

Every error names its problem with a ``code`` (``"import.empty"``) and the values
that fill its sentence in ``params`` (``path``, ``limit``…). ``str(error)`` is the
English sentence from :data:`MESSAGES`, which the command line prints; the desktop
app turns ``(code, params)`` into the user's language (``hubdesk.ui.shell.error_text``).
A parameter may itself be a ``HubDeskError`` (the cause of a wider failure).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

log = logging.getLogger(__name__)

#: The code of an error raised with a free sentence instead of a code (not translated).
FREE_TEXT = "text"

#: The English sentence of each code; ``{name}`` is filled from the error's ``params``.
MESSAGES: dict[str, str] = {
    FREE_TEXT: "{text}",
    # -- importing a file: the sentence follows the file's name ("notes.md: is empty")
    "import.missing": "no such file",
    "import.unreadable": "cannot be read ({reason})",
    "import.permission": "cannot be read (permission denied)",
    "import.folder": "is a folder, not a file",
    "import.folder_no_files": "is a folder with no importable files ({suffixes})",
    "import.not_regular": "is not a regular file",
    "import.empty": "is empty",
    "import.too_large": "is too large to be an article ({size}; the limit is {limit})",
    "import.too_many_sections": "has {count} sections, more than an article can hold ({limit}); split it into several files",
    "import.text_too_long": "has {length} characters of text, more than an article can hold ({limit}); split it into several files",
    "import.too_many_lines": "has {count} lines, more than an article can hold ({limit}); split it into several files",
    "import.line_too_long": "has a paragraph of {length} characters, longer than an article's paragraph can be ({limit}); break it into shorter ones",
    # -- pasting into the editor: a whole sentence
    "paste.text_too_long": "The article would have {length} characters of text, more than it can hold ({limit}); paste less, or into another article.",
    "paste.too_many_lines": "The article would have {count} lines, more than it can hold ({limit}); paste less, or into another article.",
    "paste.too_many_sections": "The article would have {count} sections, more than it can hold ({limit}); paste less, or into another article.",
    "paste.line_too_long": "The pasted text has a paragraph of {length} characters, longer than a paragraph can be ({limit}); break it into shorter ones.",
    "import.grew": "is too large to be an article (the limit is {limit})",
    "import.bad_utf16": "is not readable UTF-16 text",
    "import.binary": "is a binary file, not text",
    "import.encoding": "is not text in UTF-8 or Windows-1252 (the encodings HubDesk reads)",
    "import.blank": "holds only blank lines",
    "import.wrong_suffix": "is a {suffix} file; HubDesk imports {suffixes} files",
    "import.no_article_text": "no article text found (only page furniture)",
    "import.duplicate_id": "an article with the same id ({id}) is already in the library",
    "import.failed": "could not be read ({reason})",
    "import.front_matter_unclosed": "the {kind} front matter opened on line 1 is never closed by '{fence}'",
    "import.yaml_broken_at": "broken YAML front matter on line {line}: {problem}",
    "import.yaml_broken": "broken YAML front matter: {problem}",
    "import.yaml_deep": "the YAML front matter is nested too deeply",
    "import.yaml_aliases": "the YAML front matter expands to more than {limit} values (repeated aliases); it was not read",
    "import.yaml_not_mapping": "broken YAML front matter on line 2: expected 'key: value' lines",
    "import.toml_broken_at": "broken TOML front matter on line {line}: {problem}",
    "import.bad_date": "the front matter field '{key}' is not a date: {value}",
    "import.bad_status": "unknown status {value} in the front matter (use one of {names})",
    "library.invalid_text": "The article “{title}” cannot be saved: its text holds an invalid character ({char}, half of a surrogate pair). Nothing was changed.",
    "library.lock_disk_full": "The disk holding {folder} is full; HubDesk cannot take the library's lock and changed nothing. Free some space and try again.",
    "archive.manifest_date_range": 'entry {number} of its manifest has a date out of range ({value}).',
    "import.impossible_value": 'the {kind} front matter holds an impossible date or number ({reason})',
    "import.front_matter_aliases": 'the {kind} front matter expands to more than {limit} values (repeated aliases); it was not read',
    "import.front_matter_deep": 'the {kind} front matter is nested too deeply',
    "import.surrogate": '{where} of the {kind} front matter holds an invalid character ({char}, half of a surrogate pair)',
    "import.date_out_of_range": "the front matter field '{key}' is a date out of range: {value}",
    "import.too_deep": "is nested too deeply to be an article (lists, tables or styles inside one another thousands of times); it was not read",
    "import.nothing": "no title and no text to import",
    "import.invalid_character": "its {field} holds an invalid character ({char}, half of a surrogate pair); nothing was imported from it",
    "import.odt_unreadable": "is not a readable OpenDocument text ({reason})",
    "import.docx_unreadable": "is not a readable Word document ({reason})",
    "import.not_zip": "is not a readable Word or OpenDocument file (not a ZIP archive: {reason})",
    "import.zip_entries": "holds {count} parts; a document holds at most {limit}: it was not read",
    "import.zip_entry_large": "holds a part ({entry}) larger than {limit} MB once unpacked: it was not read",
    "import.zip_bomb": "holds a part ({entry}) compressed far more than any document is (a ZIP bomb): it was not read",
    "import.zip_total": "unpacks to more than {limit} MB: it was not read",
    "import.html_too_large": "is an HTML page too large to be an article ({size}; the limit is {limit})",
    "import.html_unreadable": "is an HTML page that cannot be read ({reason})",
    "import.html_too_many": "is an HTML page with more than {limit} elements, too many for an article; it was not read",
    "import.html_too_deep": "is an HTML page nested more than {limit} levels deep; it was not read",
    "import.front_matter_only": "holds only {kind} front matter and no article text (a section index?); nothing to import",
    "import.child_died": "could not be read: the process reading it stopped ({how}), perhaps for lack of memory; nothing was imported from it",
    # -- reading an archive (the sentence follows the archive's name)
    "archive.missing": "no such archive file.",
    "archive.too_large": "the archive is larger than {limit} GB.",
    "archive.unreadable": "it cannot be read ({reason}).",
    "archive.too_many_entries": "it holds {count} entries; a HubDesk archive holds at most {limit} articles.",
    "archive.not_zip": "it is not a HubDesk archive (not a readable ZIP file: {reason}).",
    "archive.no_manifest_file": "it is not a HubDesk archive (no manifest.json).",
    "archive.no_manifest": "it is not a HubDesk archive (no HubDesk manifest).",
    "archive.entry_too_large": "{entry} is larger than {limit} MB once unpacked.",
    "archive.bomb_ratio": "{entry} is compressed {ratio} times, which only a ZIP bomb does; the archive was refused.",
    "archive.bomb_size": "{entry} unpacks to more than it declares (a ZIP bomb); the archive was refused.",
    "archive.entry_unreadable": "{entry} cannot be unpacked ({reason}).",
    "archive.entry_outside": "it holds an entry named {entry} that points outside its folder; the archive was refused.",
    "archive.entry_twice": "it holds two entries named {entry}.",
    "archive.encrypted": "it is encrypted; HubDesk archives never are.",
    "archive.total_too_large": "it unpacks to more than {limit} GB.",
    "archive.manifest_deep": "its manifest is nested too deeply to be a HubDesk manifest.",
    "archive.manifest_json": "its manifest is not valid JSON ({reason}).",
    "archive.manifest_version": "its manifest has no valid format version.",
    "archive.newer": "it was made by a newer HubDesk (archive version {version}); update HubDesk to import it.",
    "archive.manifest_no_list": "its manifest has no list of articles.",
    "archive.manifest_too_long": "its manifest lists more than {limit} articles.",
    "archive.manifest_entry": "entry {number} of its manifest is malformed ({reason}).",
    "archive.manifest_file_name": "entry {number} of its manifest names the file {entry}, which is not an article file of a HubDesk archive.",
    "archive.manifest_twice": "its manifest lists the article {id} or the file {entry} twice.",
    "archive.entry_missing": "{entry}, listed in its manifest, is missing.",
    "archive.bad_article": "{entry} is not a valid article ({reason}).",
    "archive.wrong_id": "{entry} holds the article {id} but the manifest says {expected}.",
    # -- writing files (exports, archives, backups)
    "write.disk_full": "The disk is full: {path} could not be written.",
    "write.read_only": "{path} could not be written: the folder {folder} is not writable.",
    "write.no_folder": "The folder {folder} does not exist.",
    "write.name_too_long": "The path {path} is too long for this system.",
    "write.failed": "{path} could not be written: {reason}.",
    "write.is_folder": "{path} is a folder, not a regular file: nothing was written.",
    "write.special_file": "{path} is a special file, not a regular file: nothing was written.",
    "backup.foreign": "Cannot restore from {problem}",
    "write.in_use": "{path} could not be replaced: it is read-only or open in another program.",
    "folder.missing": "The folder {folder} does not exist.",
    "folder.not_folder": "{folder} is not a folder.",
    "folder.not_writable": "The folder {folder} is not writable.",
    # -- exporting
    "image.unsupported": "{path} is not an image HubDesk can show; use one of {types}.",
    "image.too_large": "{path} is larger than {limit} MB; use a smaller image.",
    "image.unreadable": "{path} could not be read: {reason}.",
    "export.leaves_folder": "The file name {name} would leave the folder {folder}.",
    "export.unknown_format": "Unknown export format {format}; use one of {formats}.",
    "export.needs_desktop": "Export to {format} needs the desktop components of HubDesk, which are not loaded.",
    "export.unknown_paper": "Unknown paper size {paper}; use A4 or Letter.",
    "export.target_is_folder": "{path} is a folder; give a file name to export one article.",
    "export.failed": "“{title}” could not be exported to {format}: {reason}",
    "export.child_died": "“{title}” could not be exported to {format}: the process writing it stopped ({how}), perhaps for lack of memory; nothing was written.",
    # -- the library file
    "library.folder": "{path} is a folder, not a HubDesk library file.",
    "library.unreadable": "Cannot read {path}: {reason}.",
    "library.not_sqlite": "{path} is not a HubDesk library (not an SQLite database).",
    "library.not_readable": "{path} is not a readable HubDesk library ({reason}).",
    "library.foreign": "{path} is an SQLite database of another program, not a HubDesk library.",
    "library.newer": "{path} was written by a newer HubDesk (library version {version}; this HubDesk reads up to {supported}). Update HubDesk to open it.",
    "library.missing": "No library at {path}.",
    "library.cannot_create_folder": "Cannot create the folder {folder}: {reason}.",
    "library.cannot_open": "Cannot open {path}: {reason}.",
    "library.in_use": "{path} is in use by another HubDesk.",
    "library.in_use_by": "{path} is in use by another HubDesk (pid {pid}).",
    "library.in_use_by_host": "{path} is in use by another HubDesk (pid {pid} on {host}).",
    "library.busy": "{path} is busy or locked: {reason}.",
    "library.damaged": "{path} is damaged ({problem}); nothing was changed. Restore a backup.",
    "library.damaged_cli": "{path} is damaged ({problem}); nothing was changed. Restore a backup with 'hubdesk restore'.",
    "library.read_only": "{path} is read-only: it can be listed, shown and searched, not changed. Nothing was changed.",
    "library.unknown_status": "The article {id} has an unknown status {value}; the library was changed outside HubDesk. Run 'hubdesk check'.",
    "library.missing_nothing_created": 'No library at {path} (nothing was created).',
    "library.empty": '{path} is empty: it holds no library yet.',
    "library.closed": "The library {path} was closed: open it again to use it.",
    "export.unavailable": 'Export to {format} is not available here: {reason}',
    "library.search_busy": '{path} is busy; search again.',
    "library.search_index_damaged": "The search index of {path} is damaged ({problem}); rebuild it with 'hubdesk check --repair'.",
    "library.lock_file": "Cannot create the lock file {path}: {reason}.",
    "library.save_disk_full": "The disk holding {path} is full; nothing was saved. Free some space and save again.",
    "library.save_read_only": "{path} is read-only; nothing was saved. Save the library somewhere writable.",
    "library.save_in_use": "{path} is in use by another HubDesk; nothing was saved.",
    "library.save_failed": "Could not write to {path}: {reason}. Nothing was saved.",
    "library.no_id": "No article id given.",
    "library.no_article": "No article with id {id} in the library.",
    "library.ambiguous_id": "The id {id} matches several articles; give more characters.",
    "library.no_revision": "No revision {id} in the library.",
    "library.foreign_revision": "Revision {id} belongs to another article.",
    # -- backups
    "backup.check_failed": "The backup {path} failed its check: {problem}",
    "backup.write_failed": "Cannot write the backup {path}: {reason}.",
    "backup.cannot_create_folder": "Cannot create the backup folder {folder}: {reason}.",
    "backup.bad_source": "Cannot restore from {path}: {problem}",
    "backup.restore_failed": "Cannot restore {library} from {path}: {reason}.",
    "backup.none_good": "No good backup of {library} in {folder}.",
    # -- WordPress sites: publishing and pulling
    "publish.no_site": "No site named {name} (sites: {names}). Add it with 'hubdesk site add'.",
    "publish.bad_url": '{url} is not the address of a site: use http:// or https:// and a host name.',
    "publish.insecure_url": "{url} uses plain http: the application password would cross the network unencrypted. Use https:// (plain http is accepted only for this computer: localhost, 127.0.0.1, ::1).",
    "publish.no_author": "{site} has no user called {name} to be the post's author (users: {names}).",
    "publish.bad_name": "A site needs a name of letters, digits, '-' or '_' ({name} is not one).",
    "publish.no_password": "No password for the site {name}: this system has no keyring. Set HUBDESK_SITE_PASSWORD to the site's application password.",
    "publish.keyring_failed": 'The system keyring refused to keep the password of {name} ({reason}); nothing was saved.',
    "publish.auth": "{site}: the site refused the user name or the application password (401). Check them in the site's settings.",
    "publish.forbidden": "{site}: the site's user may not do this ({reason}).",
    "publish.down": '{site}: cannot reach {url}: the site is down or the address is wrong.',
    "publish.timeout": '{site}: the site did not answer within {seconds} seconds; nothing was changed. Try again later.',
    "publish.not_json": '{site}: {url} answered with a web page instead of WordPress data. Is it the address of a WordPress site?',
    "publish.server_error": '{site}: the site failed with an internal error (HTTP {status}); nothing was changed here. Try again later.',
    "publish.refused": '{site}: the site refused the request (HTTP {status}: {reason}).',
    "publish.redirect": "{site}: the site redirects to {target}; HubDesk sends nothing there. Use that address in the site's settings.",
    "publish.media_refused": '{site}: the media library refused {file} ({reason}); the article was not published.',
    "publish.image_unreadable": 'The image {file} cannot be read ({reason}); the article was not published.',
    "publish.conflict": "{title}: the post changed on {site} since the last publish or pull (site {remote}, recorded {recorded}); nothing was sent. Publish again with --overwrite to replace the site's copy, or with --take-site to keep the site's version as a new revision.",
    "publish.post_gone": '{title}: its post {post} is no longer on {site} (deleted there?); publish with --overwrite to create a new post.',
    "publish.bad_date": '{value} is not a date and time (use ISO 8601, for example 2026-12-24T09:00).',
    "publish.future_needs_date": '--status future needs --date (the time to publish at).',
    # -- review sign-offs and citations (issue 14)
    "signoff.no_name": "A sign-off needs the editor's name (set it in Preferences, or give --by NAME).",
    "signoff.no_section": 'There is no section {number}: the article has {count} sections.',
    "signoff.no_sections": 'The article has no section to sign off.',
    "citations.unreadable": '{path}: cannot be read ({reason}).',
    "citations.unknown_format": '{path}: not a BibTeX, CSL-JSON or RIS file (give it a .bib, .json or .ris name).',
    "citations.nothing": '{path}: no reference could be read ({skipped} malformed entries skipped).',
    "citations.export_format": 'Unknown citation format {value}: use csl-json or bibtex.',
}


def english(code: str, params: Mapping[str, object]) -> str:
    """The English sentence of ``code`` filled with ``params``."""
    template = MESSAGES.get(code, "{text}")
    try:
        return template.format_map({k: str(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        log.warning("error %s raised without all its parameters: %r", code, params)
        return template


class HubDeskError(Exception):
    """Base of every error HubDesk reports to the user.

    ``HubDeskError("library.missing", path=p)`` names a code of :data:`MESSAGES`;
    a sentence that is not a code is kept as free text (code :data:`FREE_TEXT`).
    """

    def __init__(self, code: str, /, **params: object) -> None:
        if code not in MESSAGES:
            params, code = {"text": code}, FREE_TEXT
        self.code = code
        self.params: dict[str, object] = params
        super().__init__(english(code, params))


class LibraryError(HubDeskError):
    """The library file cannot be opened, read or written."""


class NotALibraryError(LibraryError):
    """The file exists but is not a HubDesk library; it is left untouched."""


class NewerLibraryError(LibraryError):
    """The library was written by a newer HubDesk; it is left untouched."""


class DamagedLibraryError(LibraryError):
    """The library file fails SQLite's checks; it is left as it is."""


class SearchIndexError(LibraryError):
    """The full-text index is damaged; ``check --repair`` rebuilds it."""


class LibraryBusyError(LibraryError):
    """Another HubDesk process is writing this library."""


class ArticleNotFoundError(HubDeskError):
    """No article with this id (or id prefix) in the library."""


class ImportRefusedError(HubDeskError):
    """A file could not be imported; ``path`` names it, ``reason`` says why in English.

    ``str(error)`` is ``"<path>: <reason>"``; ``code`` and ``params`` name the reason.
    """

    def __init__(self, path: object, code: str, /, **params: object) -> None:
        super().__init__(code, **params)
        self.path = path
        self.reason = str(self.args[0])
        self.args = (f"{path}: {self.reason}",)

    def __str__(self) -> str:
        return str(self.args[0])


class ExportError(HubDeskError):
    """An export could not be written; the previous file, if any, is unchanged."""


class PublishError(HubDeskError):
    """Talking to a WordPress site failed; the article and the site are as they were."""
