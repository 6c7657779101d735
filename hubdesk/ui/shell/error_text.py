"""The core's errors in the user's language: ``(code, params)`` to a translated sentence.

The core raises :class:`~hubdesk.errors.HubDeskError` subclasses carrying a stable
``code`` and the ``params`` that fill its sentence; ``str(error)`` is English (for the
command line and the logs). Everything the desktop app shows goes through
:func:`error_message`, which words the same sentence in the language of the
interface (context ``CoreErrors`` of the ``.ts`` files). The English sources below
are the core's sentences word for word: a test keeps the two catalogues in step.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from hubdesk.errors import FREE_TEXT, HubDeskError, ImportRefusedError
from hubdesk.model.validation import ValidationError
from hubdesk.ui.shell.validation_messages import validation_message

log = logging.getLogger(__name__)


def templates() -> dict[str, str]:
    """Every code's sentence in the interface's language, with its ``{name}`` placeholders."""
    return {
        "import.missing": QCoreApplication.translate("CoreErrors", "no such file"),
        "import.unreadable": QCoreApplication.translate("CoreErrors", "cannot be read ({reason})"),
        "import.permission": QCoreApplication.translate("CoreErrors", "cannot be read (permission denied)"),
        "import.folder": QCoreApplication.translate("CoreErrors", "is a folder, not a file"),
        "import.folder_no_files": QCoreApplication.translate("CoreErrors", "is a folder with no importable files ({suffixes})"),
        "import.not_regular": QCoreApplication.translate("CoreErrors", "is not a regular file"),
        "import.empty": QCoreApplication.translate("CoreErrors", "is empty"),
        "import.too_large": QCoreApplication.translate("CoreErrors", "is too large to be an article ({size}; the limit is {limit})"),
        "import.too_many_sections": QCoreApplication.translate("CoreErrors", "has {count} sections, more than an article can hold ({limit}); split it into several files"),
        "import.text_too_long": QCoreApplication.translate("CoreErrors", "has {length} characters of text, more than an article can hold ({limit}); split it into several files"),
        "import.too_many_lines": QCoreApplication.translate("CoreErrors", "has {count} lines, more than an article can hold ({limit}); split it into several files"),
        "import.line_too_long": QCoreApplication.translate("CoreErrors", "has a paragraph of {length} characters, longer than an article's paragraph can be ({limit}); break it into shorter ones"),
        "paste.text_too_long": QCoreApplication.translate("CoreErrors", "The article would have {length} characters of text, more than it can hold ({limit}); paste less, or into another article."),
        "paste.too_many_lines": QCoreApplication.translate("CoreErrors", "The article would have {count} lines, more than it can hold ({limit}); paste less, or into another article."),
        "paste.too_many_sections": QCoreApplication.translate("CoreErrors", "The article would have {count} sections, more than it can hold ({limit}); paste less, or into another article."),
        "paste.line_too_long": QCoreApplication.translate("CoreErrors", "The pasted text has a paragraph of {length} characters, longer than a paragraph can be ({limit}); break it into shorter ones."),
        "import.grew": QCoreApplication.translate("CoreErrors", "is too large to be an article (the limit is {limit})"),
        "import.bad_utf16": QCoreApplication.translate("CoreErrors", "is not readable UTF-16 text"),
        "import.binary": QCoreApplication.translate("CoreErrors", "is a binary file, not text"),
        "import.encoding": QCoreApplication.translate("CoreErrors", "is not text in UTF-8 or Windows-1252 (the encodings HubDesk reads)"),
        "import.blank": QCoreApplication.translate("CoreErrors", "holds only blank lines"),
        "import.wrong_suffix": QCoreApplication.translate("CoreErrors", "is a {suffix} file; HubDesk imports {suffixes} files"),
        "import.no_article_text": QCoreApplication.translate("CoreErrors", "no article text found (only page furniture)"),
        "import.duplicate_id": QCoreApplication.translate("CoreErrors", "an article with the same id ({id}) is already in the library"),
        "import.failed": QCoreApplication.translate("CoreErrors", "could not be read ({reason})"),
        "import.front_matter_unclosed": QCoreApplication.translate("CoreErrors", "the {kind} front matter opened on line 1 is never closed by '{fence}'"),
        "import.yaml_broken_at": QCoreApplication.translate("CoreErrors", "broken YAML front matter on line {line}: {problem}"),
        "import.yaml_broken": QCoreApplication.translate("CoreErrors", "broken YAML front matter: {problem}"),
        "import.yaml_deep": QCoreApplication.translate("CoreErrors", "the YAML front matter is nested too deeply"),
        "import.yaml_aliases": QCoreApplication.translate("CoreErrors", "the YAML front matter expands to more than {limit} values (repeated aliases); it was not read"),
        "import.yaml_not_mapping": QCoreApplication.translate("CoreErrors", "broken YAML front matter on line 2: expected 'key: value' lines"),
        "import.toml_broken_at": QCoreApplication.translate("CoreErrors", "broken TOML front matter on line {line}: {problem}"),
        "import.bad_date": QCoreApplication.translate("CoreErrors", "the front matter field '{key}' is not a date: {value}"),
        "import.bad_status": QCoreApplication.translate("CoreErrors", "unknown status {value} in the front matter (use one of {names})"),
        "import.too_deep": QCoreApplication.translate("CoreErrors", "is nested too deeply to be an article (lists, tables or styles inside one another thousands of times); it was not read"),
        "import.nothing": QCoreApplication.translate("CoreErrors", "no title and no text to import"),
        "import.invalid_character": QCoreApplication.translate("CoreErrors", "its {field} holds an invalid character ({char}, half of a surrogate pair); nothing was imported from it"),
        "import.odt_unreadable": QCoreApplication.translate(
            "CoreErrors", "is not a readable OpenDocument text ({reason})"),
        "import.docx_unreadable": QCoreApplication.translate(
            "CoreErrors", "is not a readable Word document ({reason})"),
        "import.not_zip": QCoreApplication.translate(
            "CoreErrors", "is not a readable Word or OpenDocument file (not a ZIP archive: {reason})"),
        "import.zip_entries": QCoreApplication.translate(
            "CoreErrors", "holds {count} parts; a document holds at most {limit}: it was not read"),
        "import.zip_entry_large": QCoreApplication.translate(
            "CoreErrors", "holds a part ({entry}) larger than {limit} MB once unpacked: it was not read"),
        "import.zip_bomb": QCoreApplication.translate(
            "CoreErrors", "holds a part ({entry}) compressed far more than any document is (a ZIP bomb): it was not read"),
        "import.zip_total": QCoreApplication.translate(
            "CoreErrors", "unpacks to more than {limit} MB: it was not read"),
        "import.html_too_large": QCoreApplication.translate(
            "CoreErrors", "is an HTML page too large to be an article ({size}; the limit is {limit})"),
        "import.html_unreadable": QCoreApplication.translate(
            "CoreErrors", "is an HTML page that cannot be read ({reason})"),
        "import.html_too_many": QCoreApplication.translate(
            "CoreErrors", "is an HTML page with more than {limit} elements, too many for an article; it was not read"),
        "import.html_too_deep": QCoreApplication.translate(
            "CoreErrors", "is an HTML page nested more than {limit} levels deep; it was not read"),
        "import.front_matter_only": QCoreApplication.translate(
            "CoreErrors",
            "holds only {kind} front matter and no article text (a section index?); nothing to import"),
        "import.child_died": QCoreApplication.translate(
            "CoreErrors", "could not be read: the process reading it stopped ({how}), perhaps for lack of memory; nothing was imported from it"),
        "archive.missing": QCoreApplication.translate("CoreErrors", "no such archive file."),
        "archive.too_large": QCoreApplication.translate("CoreErrors", "the archive is larger than {limit} GB."),
        "archive.unreadable": QCoreApplication.translate("CoreErrors", "it cannot be read ({reason})."),
        "archive.too_many_entries": QCoreApplication.translate("CoreErrors", "it holds {count} entries; a HubDesk archive holds at most {limit} articles."),
        "archive.not_zip": QCoreApplication.translate("CoreErrors", "it is not a HubDesk archive (not a readable ZIP file: {reason})."),
        "archive.no_manifest_file": QCoreApplication.translate("CoreErrors", "it is not a HubDesk archive (no manifest.json)."),
        "archive.no_manifest": QCoreApplication.translate("CoreErrors", "it is not a HubDesk archive (no HubDesk manifest)."),
        "archive.entry_too_large": QCoreApplication.translate("CoreErrors", "{entry} is larger than {limit} MB once unpacked."),
        "archive.bomb_ratio": QCoreApplication.translate("CoreErrors", "{entry} is compressed {ratio} times, which only a ZIP bomb does; the archive was refused."),
        "archive.bomb_size": QCoreApplication.translate("CoreErrors", "{entry} unpacks to more than it declares (a ZIP bomb); the archive was refused."),
        "archive.entry_unreadable": QCoreApplication.translate("CoreErrors", "{entry} cannot be unpacked ({reason})."),
        "archive.entry_outside": QCoreApplication.translate("CoreErrors", "it holds an entry named {entry} that points outside its folder; the archive was refused."),
        "archive.entry_twice": QCoreApplication.translate("CoreErrors", "it holds two entries named {entry}."),
        "archive.encrypted": QCoreApplication.translate("CoreErrors", "it is encrypted; HubDesk archives never are."),
        "archive.total_too_large": QCoreApplication.translate("CoreErrors", "it unpacks to more than {limit} GB."),
        "archive.manifest_deep": QCoreApplication.translate("CoreErrors", "its manifest is nested too deeply to be a HubDesk manifest."),
        "archive.manifest_json": QCoreApplication.translate("CoreErrors", "its manifest is not valid JSON ({reason})."),
        "archive.manifest_version": QCoreApplication.translate("CoreErrors", "its manifest has no valid format version."),
        "archive.newer": QCoreApplication.translate("CoreErrors", "it was made by a newer HubDesk (archive version {version}); update HubDesk to import it."),
        "archive.manifest_no_list": QCoreApplication.translate("CoreErrors", "its manifest has no list of articles."),
        "archive.manifest_too_long": QCoreApplication.translate("CoreErrors", "its manifest lists more than {limit} articles."),
        "archive.manifest_entry": QCoreApplication.translate("CoreErrors", "entry {number} of its manifest is malformed ({reason})."),
        "archive.manifest_file_name": QCoreApplication.translate("CoreErrors", "entry {number} of its manifest names the file {entry}, which is not an article file of a HubDesk archive."),
        "archive.manifest_twice": QCoreApplication.translate("CoreErrors", "its manifest lists the article {id} or the file {entry} twice."),
        "archive.entry_missing": QCoreApplication.translate("CoreErrors", "{entry}, listed in its manifest, is missing."),
        "archive.bad_article": QCoreApplication.translate("CoreErrors", "{entry} is not a valid article ({reason})."),
        "archive.wrong_id": QCoreApplication.translate("CoreErrors", "{entry} holds the article {id} but the manifest says {expected}."),
        "write.disk_full": QCoreApplication.translate("CoreErrors", "The disk is full: {path} could not be written."),
        "write.read_only": QCoreApplication.translate("CoreErrors", "{path} could not be written: the folder {folder} is not writable."),
        "write.no_folder": QCoreApplication.translate("CoreErrors", "The folder {folder} does not exist."),
        "write.name_too_long": QCoreApplication.translate("CoreErrors", "The path {path} is too long for this system."),
        "write.failed": QCoreApplication.translate("CoreErrors", "{path} could not be written: {reason}."),
        "write.in_use": QCoreApplication.translate("CoreErrors", "{path} could not be replaced: it is read-only or open in another program."),
        "folder.missing": QCoreApplication.translate("CoreErrors", "The folder {folder} does not exist."),
        "folder.not_folder": QCoreApplication.translate("CoreErrors", "{folder} is not a folder."),
        "folder.not_writable": QCoreApplication.translate("CoreErrors", "The folder {folder} is not writable."),
        "image.unsupported": QCoreApplication.translate("CoreErrors", "{path} is not an image HubDesk can show; use one of {types}."),
        "image.too_large": QCoreApplication.translate("CoreErrors", "{path} is larger than {limit} MB; use a smaller image."),
        "image.unreadable": QCoreApplication.translate("CoreErrors", "{path} could not be read: {reason}."),
        "export.leaves_folder": QCoreApplication.translate("CoreErrors", "The file name {name} would leave the folder {folder}."),
        "export.unknown_format": QCoreApplication.translate("CoreErrors", "Unknown export format {format}; use one of {formats}."),
        "export.needs_desktop": QCoreApplication.translate("CoreErrors", "Export to {format} needs the desktop components of HubDesk, which are not loaded."),
        "export.unknown_paper": QCoreApplication.translate("CoreErrors", "Unknown paper size {paper}; use A4 or Letter."),
        "export.target_is_folder": QCoreApplication.translate("CoreErrors", "{path} is a folder; give a file name to export one article."),
        "export.failed": QCoreApplication.translate("CoreErrors", "“{title}” could not be exported to {format}: {reason}"),
        "export.child_died": QCoreApplication.translate(
            "CoreErrors", "“{title}” could not be exported to {format}: the process writing it stopped ({how}), perhaps for lack of memory; nothing was written."),
        "library.folder": QCoreApplication.translate("CoreErrors", "{path} is a folder, not a HubDesk library file."),
        "library.unreadable": QCoreApplication.translate("CoreErrors", "Cannot read {path}: {reason}."),
        "library.not_sqlite": QCoreApplication.translate("CoreErrors", "{path} is not a HubDesk library (not an SQLite database)."),
        "library.not_readable": QCoreApplication.translate("CoreErrors", "{path} is not a readable HubDesk library ({reason})."),
        "library.foreign": QCoreApplication.translate("CoreErrors", "{path} is an SQLite database of another program, not a HubDesk library."),
        "library.newer": QCoreApplication.translate("CoreErrors", "{path} was written by a newer HubDesk (library version {version}; this HubDesk reads up to {supported}). Update HubDesk to open it."),
        "library.missing": QCoreApplication.translate("CoreErrors", "No library at {path}."),
        "library.cannot_create_folder": QCoreApplication.translate("CoreErrors", "Cannot create the folder {folder}: {reason}."),
        "library.cannot_open": QCoreApplication.translate("CoreErrors", "Cannot open {path}: {reason}."),
        "library.in_use": QCoreApplication.translate("CoreErrors", "{path} is in use by another HubDesk."),
        "library.in_use_by": QCoreApplication.translate("CoreErrors", "{path} is in use by another HubDesk (pid {pid})."),
        "library.in_use_by_host": QCoreApplication.translate("CoreErrors", "{path} is in use by another HubDesk (pid {pid} on {host})."),
        "library.busy": QCoreApplication.translate("CoreErrors", "{path} is busy or locked: {reason}."),
        "library.damaged": QCoreApplication.translate("CoreErrors", "{path} is damaged ({problem}); nothing was changed. Restore a backup."),
        "library.damaged_cli": QCoreApplication.translate("CoreErrors", "{path} is damaged ({problem}); nothing was changed. Restore a backup with 'hubdesk restore'."),
        "library.lock_file": QCoreApplication.translate("CoreErrors", "Cannot create the lock file {path}: {reason}."),
        "library.save_disk_full": QCoreApplication.translate("CoreErrors", "The disk holding {path} is full; nothing was saved. Free some space and save again."),
        "library.save_read_only": QCoreApplication.translate("CoreErrors", "{path} is read-only; nothing was saved. Save the library somewhere writable."),
        "library.save_in_use": QCoreApplication.translate("CoreErrors", "{path} is in use by another HubDesk; nothing was saved."),
        "library.save_failed": QCoreApplication.translate("CoreErrors", "Could not write to {path}: {reason}. Nothing was saved."),
        "library.no_id": QCoreApplication.translate("CoreErrors", "No article id given."),
        "library.no_article": QCoreApplication.translate("CoreErrors", "No article with id {id} in the library."),
        "library.ambiguous_id": QCoreApplication.translate("CoreErrors", "The id {id} matches several articles; give more characters."),
        "library.no_revision": QCoreApplication.translate("CoreErrors", "No revision {id} in the library."),
        "library.foreign_revision": QCoreApplication.translate("CoreErrors", "Revision {id} belongs to another article."),
        "backup.check_failed": QCoreApplication.translate("CoreErrors", "The backup {path} failed its check: {problem}"),
        "backup.write_failed": QCoreApplication.translate("CoreErrors", "Cannot write the backup {path}: {reason}."),
        "backup.cannot_create_folder": QCoreApplication.translate("CoreErrors", "Cannot create the backup folder {folder}: {reason}."),
        "write.is_folder": QCoreApplication.translate("CoreErrors", "{path} is a folder, not a regular file: nothing was written."),
        "write.special_file": QCoreApplication.translate("CoreErrors", "{path} is a special file, not a regular file: nothing was written."),
        "backup.foreign": QCoreApplication.translate("CoreErrors", "Cannot restore from {problem}"),
        "library.read_only": QCoreApplication.translate("CoreErrors", "{path} is read-only: it can be listed, shown and searched, not changed. Nothing was changed."),
        "library.invalid_text": QCoreApplication.translate("CoreErrors", "The article “{title}” cannot be saved: its text holds an invalid character ({char}, half of a surrogate pair). Nothing was changed."),
        "library.lock_disk_full": QCoreApplication.translate("CoreErrors", "The disk holding {folder} is full; HubDesk cannot take the library's lock and changed nothing. Free some space and try again."),
        "archive.manifest_date_range": QCoreApplication.translate("CoreErrors", 'entry {number} of its manifest has a date out of range ({value}).'),
        "import.impossible_value": QCoreApplication.translate("CoreErrors", 'the {kind} front matter holds an impossible date or number ({reason})'),
        "import.front_matter_aliases": QCoreApplication.translate("CoreErrors", 'the {kind} front matter expands to more than {limit} values (repeated aliases); it was not read'),
        "import.front_matter_deep": QCoreApplication.translate("CoreErrors", 'the {kind} front matter is nested too deeply'),
        "import.surrogate": QCoreApplication.translate("CoreErrors", '{where} of the {kind} front matter holds an invalid character ({char}, half of a surrogate pair)'),
        "import.date_out_of_range": QCoreApplication.translate("CoreErrors", "the front matter field '{key}' is a date out of range: {value}"),
        "library.unknown_status": QCoreApplication.translate("CoreErrors", "The article {id} has an unknown status {value}; the library was changed outside HubDesk. Run 'hubdesk check'."),
        "library.missing_nothing_created": QCoreApplication.translate("CoreErrors", 'No library at {path} (nothing was created).'),
        "library.empty": QCoreApplication.translate("CoreErrors", '{path} is empty: it holds no library yet.'),
        "library.closed": QCoreApplication.translate(
            "CoreErrors", "The library {path} was closed: open it again to use it."),
        "export.unavailable": QCoreApplication.translate("CoreErrors", 'Export to {format} is not available here: {reason}'),
        "library.search_busy": QCoreApplication.translate("CoreErrors", '{path} is busy; search again.'),
        "library.search_index_damaged": QCoreApplication.translate("CoreErrors", "The search index of {path} is damaged ({problem}); rebuild it with 'hubdesk check --repair'."),
        "backup.bad_source": QCoreApplication.translate("CoreErrors", "Cannot restore from {path}: {problem}"),
        "backup.restore_failed": QCoreApplication.translate("CoreErrors", "Cannot restore {library} from {path}: {reason}."),
        "backup.none_good": QCoreApplication.translate("CoreErrors", "No good backup of {library} in {folder}."),
        "publish.no_site": QCoreApplication.translate("CoreErrors", "No site named {name} (sites: {names}). Add it with 'hubdesk site add'."),
        "publish.bad_url": QCoreApplication.translate("CoreErrors", '{url} is not the address of a site: use http:// or https:// and a host name.'),
        "publish.insecure_url": QCoreApplication.translate("CoreErrors", "{url} uses plain http: the application password would cross the network unencrypted. Use https:// (plain http is accepted only for this computer: localhost, 127.0.0.1, ::1)."),
        "publish.no_author": QCoreApplication.translate("CoreErrors", "{site} has no user called {name} to be the post's author (users: {names})."),
        "publish.bad_name": QCoreApplication.translate("CoreErrors", "A site needs a name of letters, digits, '-' or '_' ({name} is not one)."),
        "publish.no_password": QCoreApplication.translate("CoreErrors", "No password for the site {name}: this system has no keyring. Set HUBDESK_SITE_PASSWORD to the site's application password."),
        "publish.keyring_failed": QCoreApplication.translate("CoreErrors", 'The system keyring refused to keep the password of {name} ({reason}); nothing was saved.'),
        "publish.auth": QCoreApplication.translate("CoreErrors", "{site}: the site refused the user name or the application password (401). Check them in the site's settings."),
        "publish.forbidden": QCoreApplication.translate("CoreErrors", "{site}: the site's user may not do this ({reason})."),
        "publish.down": QCoreApplication.translate("CoreErrors", '{site}: cannot reach {url}: the site is down or the address is wrong.'),
        "publish.timeout": QCoreApplication.translate("CoreErrors", '{site}: the site did not answer within {seconds} seconds; nothing was changed. Try again later.'),
        "publish.not_json": QCoreApplication.translate("CoreErrors", '{site}: {url} answered with a web page instead of WordPress data. Is it the address of a WordPress site?'),
        "publish.server_error": QCoreApplication.translate("CoreErrors", '{site}: the site failed with an internal error (HTTP {status}); nothing was changed here. Try again later.'),
        "publish.refused": QCoreApplication.translate("CoreErrors", '{site}: the site refused the request (HTTP {status}: {reason}).'),
        "publish.redirect": QCoreApplication.translate("CoreErrors", "{site}: the site redirects to {target}; HubDesk sends nothing there. Use that address in the site's settings."),
        "publish.media_refused": QCoreApplication.translate("CoreErrors", '{site}: the media library refused {file} ({reason}); the article was not published.'),
        "publish.image_unreadable": QCoreApplication.translate("CoreErrors", 'The image {file} cannot be read ({reason}); the article was not published.'),
        "publish.conflict": QCoreApplication.translate("CoreErrors", "{title}: the post changed on {site} since the last publish or pull (site {remote}, recorded {recorded}); nothing was sent. Publish again with --overwrite to replace the site's copy, or with --take-site to keep the site's version as a new revision."),
        "publish.post_gone": QCoreApplication.translate("CoreErrors", '{title}: its post {post} is no longer on {site} (deleted there?); publish with --overwrite to create a new post.'),
        "publish.bad_date": QCoreApplication.translate("CoreErrors", '{value} is not a date and time (use ISO 8601, for example 2026-12-24T09:00).'),
        "publish.future_needs_date": QCoreApplication.translate("CoreErrors", '--status future needs --date (the time to publish at).'),
        "signoff.no_name": QCoreApplication.translate("CoreErrors", "A sign-off needs the editor's name (set it in Preferences, or give --by NAME)."),
        "signoff.no_section": QCoreApplication.translate("CoreErrors", 'There is no section {number}: the article has {count} sections.'),
        "signoff.no_sections": QCoreApplication.translate("CoreErrors", 'The article has no section to sign off.'),
        "citations.unreadable": QCoreApplication.translate("CoreErrors", '{path}: cannot be read ({reason}).'),
        "citations.unknown_format": QCoreApplication.translate("CoreErrors", '{path}: not a BibTeX, CSL-JSON or RIS file (give it a .bib, .json or .ris name).'),
        "citations.nothing": QCoreApplication.translate("CoreErrors", '{path}: no reference could be read ({skipped} malformed entries skipped).'),
        "citations.export_format": QCoreApplication.translate("CoreErrors", 'Unknown citation format {value}: use csl-json or bibtex.'),
    }


def _param(value: object) -> str:
    if isinstance(value, BaseException):
        return error_message(value)
    return str(value)


def reason_message(error: HubDeskError) -> str:
    """The sentence of ``error`` alone, translated (for an import refusal: without the file)."""
    english = error.reason if isinstance(error, ImportRefusedError) else str(error)
    params = {k: _param(v) for k, v in error.params.items()}
    if error.code == FREE_TEXT:
        return params.get("text", english)
    template = templates().get(error.code)
    if template is None:
        log.warning("no translated sentence for the error code %r", error.code)
        return english
    try:
        return template.format_map(params)
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of %r does not fit its parameters", error.code)
        return english


def error_message(error: BaseException | str) -> str:
    """What to tell the user about ``error``, in the interface's language."""
    if isinstance(error, str):
        return error
    if isinstance(error, ValidationError):
        return validation_message(error)
    if not isinstance(error, HubDeskError):
        return str(error)
    text = reason_message(error)
    if isinstance(error, ImportRefusedError):
        return QCoreApplication.translate("CoreErrors", "{path}: {reason}").format(
            path=error.path, reason=text
        )
    return text
