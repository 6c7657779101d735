<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editorial desk for long-form web articles: write by section, watch the published page as you type, credit your sources, and export to every format the desk needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 · Qt %2 · PySide %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the selected article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected article to the trash (it can be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove for good the articles in the trash (they go by themselves after 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article now (it is also saved as you write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every article file of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to HTML, Markdown, PDF, EPUB, Word or OpenDocument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the whole library or the selected articles in one file for a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Ar&amp;chive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s archive into this library, keeping the newer copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the library back from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, fonts, autosave and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search in every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Spelling in This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline misspelt words in this article (this article&apos;s choice wins over the preference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selection bold (**…**), or start bold text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selection in italics (*…*), or start italic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selection a link: type its address between the parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a picture from a file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a table of the rows and columns you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix &amp;Typography…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the typography of the article&apos;s language to the selection or the whole article, after a look at each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section after the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current section (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split Section Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new section at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Section Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus on Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the section being written (Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the live preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reader Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the article full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word &amp;Target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how many words this article should reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distraction-Free Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the text, full screen, in a centred column (Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypewriter Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the line being written in the middle of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide to HubDesk (the welcome article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut, by menu, with a search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HubDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the article to a WordPress site, or update its post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull from Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the site&apos;s new and changed posts into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WordPress Sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove the WordPress sites you publish to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The library could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDialogs</name>
    <message>
        <source>HubDesk archives (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveExportDialog</name>
    <message>
        <source>Export an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 articles to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no archive was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveImportDialog</name>
    <message>
        <source>Import an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 replaced by a newer copy, %3 kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced (the archive&apos;s copy was newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (the library&apos;s copy is as new or newer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>The article could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be saved. They are still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Fix typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct spaces, quotes and apostrophes in the article&apos;s language (Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report: ready to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 blocking publication.</source>
        <translation>
            <numerusform>%n finding, %1 blocking publication.</numerusform>
            <numerusform>%n findings, %1 blocking publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); nothing blocks publication.</source>
        <translation>
            <numerusform>%n finding; nothing blocks publication.</numerusform>
            <numerusform>%n findings; nothing blocks publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s)</source>
        <translation>
            <numerusform>… and %n more finding</numerusform>
            <numerusform>… and %n more findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The post changed on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on %2 since it was last published or pulled. Nothing has been sent. Which version should stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In HubDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the site (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite the Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the HubDesk version over the site&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the Site&apos;s Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the site&apos;s version the article&apos;s newest revision (History keeps this one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder with no importable files ({suffixes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large to be an article ({size}; the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} sections, more than an article can hold ({limit}); split it into several files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {length} characters of text, more than an article can hold ({limit}); split it into several files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} lines, more than an article can hold ({limit}); split it into several files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a paragraph of {length} characters, longer than an article&apos;s paragraph can be ({limit}); break it into shorter ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article would have {length} characters of text, more than it can hold ({limit}); paste less, or into another article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article would have {count} lines, more than it can hold ({limit}); paste less, or into another article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article would have {count} sections, more than it can hold ({limit}); paste less, or into another article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text has a paragraph of {length} characters, longer than a paragraph can be ({limit}); break it into shorter ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large to be an article (the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not readable UTF-16 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not text in UTF-8 or Windows-1252 (the encodings HubDesk reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds only blank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a {suffix} file; HubDesk imports {suffixes} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article text found (only page furniture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an article with the same id ({id}) is already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} front matter opened on line 1 is never closed by &apos;{fence}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken YAML front matter on line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken YAML front matter: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML front matter is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML front matter expands to more than {limit} values (repeated aliases); it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken YAML front matter on line 2: expected &apos;key: value&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken TOML front matter on line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter field &apos;{key}&apos; is not a date: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status {value} in the front matter (use one of {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested too deeply to be an article (lists, tables or styles inside one another thousands of times); it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title and no text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {field} holds an invalid character ({char}, half of a surrogate pair); nothing was imported from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: the process reading it stopped ({how}), perhaps for lack of memory; nothing was imported from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such archive file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is larger than {limit} GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {count} entries; a HubDesk archive holds at most {limit} articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a HubDesk archive (not a readable ZIP file: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a HubDesk archive (no manifest.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a HubDesk archive (no HubDesk manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} is larger than {limit} MB once unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} is compressed {ratio} times, which only a ZIP bomb does; the archive was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} unpacks to more than it declares (a ZIP bomb); the archive was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} cannot be unpacked ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds an entry named {entry} that points outside its folder; the archive was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds two entries named {entry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted; HubDesk archives never are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to more than {limit} GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest is nested too deeply to be a HubDesk manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest is not valid JSON ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer HubDesk (archive version {version}); update HubDesk to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest has no list of articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest lists more than {limit} articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {number} of its manifest is malformed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {number} of its manifest names the file {entry}, which is not an article file of a HubDesk archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest lists the article {id} or the file {entry} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry}, listed in its manifest, is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} is not a valid article ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} holds the article {id} but the manifest says {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: the folder {folder} is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path {path} is too long for this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be replaced: it is read-only or open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an image HubDesk can show; use one of {types}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB; use a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name {name} would leave the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format {format}; use one of {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to {format} needs the desktop components of HubDesk, which are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size {paper}; use A4 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to export one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” could not be exported to {format}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” could not be exported to {format}: the process writing it stopped ({how}), perhaps for lack of memory; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a HubDesk library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a HubDesk library (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable HubDesk library ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not a HubDesk library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer HubDesk (library version {version}; this HubDesk reads up to {supported}). Update HubDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in use by another HubDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in use by another HubDesk (pid {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in use by another HubDesk (pid {pid} on {host}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is busy or locked: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing was changed. Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing was changed. Restore a backup with &apos;hubdesk restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was saved. Free some space and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only; nothing was saved. Save the library somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in use by another HubDesk; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to {path}: {reason}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article id given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article with id {id} in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} matches several articles; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision {id} in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {id} belongs to another article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} failed its check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a regular file: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a special file, not a regular file: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore from {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only: it can be listed, shown and searched, not changed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article “{title}” cannot be saved: its text holds an invalid character ({char}, half of a surrogate pair). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; HubDesk cannot take the library&apos;s lock and changed nothing. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {number} of its manifest has a date out of range ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} front matter holds an impossible date or number ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} front matter expands to more than {limit} values (repeated aliases); it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} front matter is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} of the {kind} front matter holds an invalid character ({char}, half of a surrogate pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter field &apos;{key}&apos; is a date out of range: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article {id} has an unknown status {value}; the library was changed outside HubDesk. Run &apos;hubdesk check&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library at {path} (nothing was created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty: it holds no library yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to {format} is not available here: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is busy; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index of {path} is damaged ({problem}); rebuild it with &apos;hubdesk check --repair&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore from {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore {library} from {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup of {library} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} uses plain http: the application password would cross the network unencrypted. Use https:// (plain http is accepted only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} has no user called {name} to be the post&apos;s author (users: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site named {name} (sites: {names}). Add it with &apos;hubdesk site add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not the address of a site: use http:// or https:// and a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site needs a name of letters, digits, &apos;-&apos; or &apos;_&apos; ({name} is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for the site {name}: this system has no keyring. Set HUBDESK_SITE_PASSWORD to the site&apos;s application password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused to keep the password of {name} ({reason}); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: the site refused the user name or the application password (401). Check them in the site&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: the site&apos;s user may not do this ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: cannot reach {url}: the site is down or the address is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: the site did not answer within {seconds} seconds; nothing was changed. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: {url} answered with a web page instead of WordPress data. Is it the address of a WordPress site?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: the site failed with an internal error (HTTP {status}); nothing was changed here. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: the site refused the request (HTTP {status}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: the site redirects to {target}; HubDesk sends nothing there. Use that address in the site&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: the media library refused {file} ({reason}); the article was not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image {file} cannot be read ({reason}); the article was not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: the post changed on {site} since the last publish or pull (site {remote}, recorded {recorded}); nothing was sent. Publish again with --overwrite to replace the site&apos;s copy, or with --take-site to keep the site&apos;s version as a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: its post {post} is no longer on {site} (deleted there?); publish with --overwrite to create a new post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date and time (use ISO 8601, for example 2026-12-24T09:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status future needs --date (the time to publish at).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a readable OpenDocument text ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a readable Word document ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a readable Word or OpenDocument file (not a ZIP archive: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds {count} parts; a document holds at most {limit}: it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a part ({entry}) larger than {limit} MB once unpacked: it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a part ({entry}) compressed far more than any document is (a ZIP bomb): it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpacks to more than {limit} MB: it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an HTML page too large to be an article ({size}; the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an HTML page that cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an HTML page with more than {limit} elements, too many for an article; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an HTML page nested more than {limit} levels deep; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds only {kind} front matter and no article text (a section index?); nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-off needs the editor&apos;s name (set it in Preferences, or give --by NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no section {number}: the article has {count} sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no section to sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a BibTeX, CSL-JSON or RIS file (give it a .bib, .json or .ris name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no reference could be read ({skipped} malformed entries skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown citation format {value}: use csl-json or bibtex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {path} was closed: open it again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>HubDesk ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error happened. Your work was saved first. You can keep working, but restarting HubDesk is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error happened, and the open article could not be saved. Copy your text somewhere safe, then restart HubDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDetails</name>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditEditor</name>
    <message>
        <source>As printed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is credited yet. Add a credit, or paste a credit line such as “Title – Author – Outlet (09/09/2025)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credit after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected credits up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected credits down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste credit line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credits from lines such as “Title – Author – Outlet (09/09/2025)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move credit up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move credit down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: not printed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditPasteDialog</name>
    <message>
        <source>Paste credit lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One credit per line, as printed under an article: Title – Author – Outlet (DD/MM/YYYY). Bullets are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• What is Mistral AI? – Anna Heim – TechCrunch (09/09/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit recognised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 credit will be added, printed as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credits will be added, printed as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the original content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text printed after the title, for sources without an author or outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date: DD/MM/YYYY or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the original (http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note printed beside the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit as it is printed under the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free description, instead of author and outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: not printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit is empty and is not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Links to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as DD/MM/YYYY or YYYY-MM-DD; leave blank for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureEditor</name>
    <message>
        <source>Written with an AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was drafted by an AI assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chappie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Groupe Floteuil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who checked and approved the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as written with an AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not written with an AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit AI assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit AI organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit responsible editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the article (French):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the article (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is printed: the article is not marked as written with an AI and names no responsible editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message>
        <source>Already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Skip this file, update the existing article with it, or keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the existing article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the %n other file(s)</source>
        <translation>
            <numerusform>Do the same for the %n other file</numerusform>
            <numerusform>Do the same for the %n other files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected article(s)</source>
        <translation>
            <numerusform>The selected article</numerusform>
            <numerusform>The %n selected articles</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles with the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include a table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the AI disclosure sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep remote images (for publishing on the web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote images stay &lt;img&gt; and load from their site when the page is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote images are shown as a link with their description and site (▣ description · site), as in the preview; nothing is fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) could not be exported.</source>
        <translation>
            <numerusform>%n article could not be exported.</numerusform>
            <numerusform>%n articles could not be exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; the files already written are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubDesk Markdown (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-book (EPUB 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement stands for the first group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every match (one Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library search&apos;s words, found as it found them: case, accents and word endings ignored. Edit to search the text as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixTypography</name>
    <message>
        <source>Fix Typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typography of the selection is already right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typography of the article is already right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatCommands</name>
    <message>
        <source>Insert image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the versions of the whole article or of the section holding the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version to see how it differs from the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this version back in the editor (Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved version(s).</source>
        <translation>
            <numerusform>%n saved version.</numerusform>
            <numerusform>%n saved versions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s).</source>
        <translation>
            <numerusform>%n sign-off.</numerusform>
            <numerusform>%n sign-offs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of origin.</source>
        <translation>
            <numerusform>%n change of origin.</numerusform>
            <numerusform>%n changes of origin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted section(s) can be restored.</source>
        <translation>
            <numerusform>%n deleted section can be restored.</numerusform>
            <numerusform>%n deleted sections can be restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section was deleted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section is unchanged since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ signed off by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 on %2: section %3, version %4; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>new, %n word(s)</source>
        <translation>
            <numerusform>new, %n word</numerusform>
            <numerusform>new, %n words</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 −%2 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: %1 files were not read. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already in the library (skipped), %2 updated, %3 kept as new copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import article files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the article files (%1) of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No importable file was found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageRestart</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used after HubDesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now? Your work is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryExchange</name>
    <message>
        <source>Export an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which articles should the archive hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the articles of %1 into this library?

New articles are added; an article already here is replaced only by a newer copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending order (click for ascending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending order (click for descending)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryGuard</name>
    <message>
        <source>The library is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {path} is damaged ({problem}). It has been kept aside as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found: HubDesk starts with an empty library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the newest good backup, from {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library {path} is damaged ({problem}). Close HubDesk and start it again: it will keep the damaged file aside and offer the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered after a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubDesk was not closed properly last time (process {pid}). The library is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved change: “{title}” at {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves waiting in the journal were recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this library yet in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the library by the backup from (the current content is kept as a backup first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off: every section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off stale: a section changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off: %1 of %2 sections signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search all articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>The article could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n articles to the trash?</source>
        <translation>
            <numerusform>Move %n article to the trash?</numerusform>
            <numerusform>Move %n articles to the trash?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be moved to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the trash.</source>
        <translation>
            <numerusform>%n article moved to the trash.</numerusform>
            <numerusform>%n articles moved to the trash.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n article(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the article in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Remove the %n articles in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash could not be emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be saved. Close anyway and lose the changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Title of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address-of-the-article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last part of the article&apos;s web address: lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the slug from the title again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the article: the printed credits and disclosure follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. AI, Europe, start-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences shown in search results and link previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: the slug no longer follows the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand: it no longer follows the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModesAndHelp</name>
    <message>
        <source>The user guide could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflinePolicy</name>
    <message>
        <source>Open link in browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningProgress</name>
    <message>
        <source>Opening the article… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineMarks</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI, %2% edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI: %1, %2% edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineTarget</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline · %1 % of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 words; %3 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word target of %1 words reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Application password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring keeps the password of %1 on this computer.
Application password for %2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteBounds</name>
    <message>
        <source>Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceCommands</name>
    <message>
        <source>AI draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which AI assistant drafted this text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s origin could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceRows</name>
    <message>
        <source>written by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI draft (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI draft (%1), %2 % edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set on import from the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted as AI draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited share changed on saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded before this history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1 sections changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; created when missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the articles&apos; local images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) to publish.</source>
        <translation>
            <numerusform>%n article to publish.</numerusform>
            <numerusform>%n articles to publish.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WordPress site yet: add one with File ▸ WordPress Sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the site&apos;s user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post&apos;s author on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the site&apos;s version was kept as a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: not published (the site&apos;s copy changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” created as post %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” updated (post %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the posts changed on the site since the last pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WordPress site yet: add one with File ▸ WordPress Sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; the posts pulled so far are in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 article(s) changed both here and on the site were left as they are; publish them to choose which version stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 post(s) without article text were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the site&apos;s version was kept as a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: left as it is here and on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: the site now has this version (post %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderTheme</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a section (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous article in the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next article in the list (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to writing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 min to read (%2 words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened in the reader yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceExchange</name>
    <message>
        <source>&amp;Import from a reference manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credits from a BibTeX, CSL-JSON or RIS file (as Zotero and other managers export them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export credits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the credits as CSL-JSON or BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import credits from a reference manager, or export them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import credits from a reference manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References (*.bib *.bibtex *.json *.ris);;BibTeX (*.bib *.bibtex);;CSL-JSON (*.json);;RIS (*.ris);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credits were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) imported from %1.</source>
        <translation>
            <numerusform>%n credit imported from %1.</numerusform>
            <numerusform>%n credits imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the credits, not added again.</source>
        <translation>
            <numerusform>%n already in the credits, not added again.</numerusform>
            <numerusform>%n already in the credits, not added again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed entry(ies) skipped:</source>
        <translation>
            <numerusform>%n malformed entry skipped:</numerusform>
            <numerusform>%n malformed entries skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an author is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed RIS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credits could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 and restoring it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Off &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouch for the current section as it reads now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Off &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouch for every section as it reads now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Section as AI &amp;Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the current section as drafted by an AI assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Section as Written by a &amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as AI Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste, and record the text as drafted by an AI assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some sections are not signed off, or changed since. Mark the article ready anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: edit it in the Metadata panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading of the new section:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor line width (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save after typing stops (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typography as you type (quotes, apostrophes, spaces), by article language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check spelling as you type, in the article&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typewriter scrolling (the line being written stays in the middle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, for review sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting with sections not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a command or a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Source credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI disclosure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffCommands</name>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the reviewing editor (kept in Preferences):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) not signed off, or changed since.</source>
        <translation>
            <numerusform>%n section not signed off, or changed since.</numerusform>
            <numerusform>%n sections not signed off, or changed since.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign them off before publishing (see Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign them off before exporting (see Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>WordPress Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short name, e.g. blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users ▸ Profile ▸ Application Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and &amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is checked with the site, then kept in the system keyring, never in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password with the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring on this computer: the password was not kept; HubDesk will ask for it (or set HUBDESK_SITE_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to the Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved a moment after you stop typing (Ctrl+S saves now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) selected</source>
        <translation>
            <numerusform>%n word selected</numerusform>
            <numerusform>%n words selected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word target: %1 words; %2 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word target of %1 words reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleField</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s title: the one heading of level 1 in every output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypographyDialog</name>
    <message>
        <source>Fix Typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the selection.</source>
        <translation>
            <numerusform>%n change in the selection.</numerusform>
            <numerusform>%n changes in the selection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the article.</source>
        <translation>
            <numerusform>%n change in the article.</numerusform>
            <numerusform>%n changes in the article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick those to leave as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◦ narrow no-break space   • no-break space   ␣ space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationMessages</name>
    <message>
        <source>“%1” is not a date. Type it as DD/MM/YYYY (for example 09/09/2025) or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar: check the day and the month (DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address: it contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address: a credit link must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no valid host name after http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slug cannot be empty: use letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slug may only hold lower-case letters a-z, digits and single hyphens between words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slug may not be longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCounts</name>
    <message>
        <source>Word target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words this article should reach (0: no target):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>HubDesk</source>
        <extracomment>Tests replace this to record messages instead of opening a modal dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
