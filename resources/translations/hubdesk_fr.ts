<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>“%1” is not a date. Type it as DD/MM/YYYY (for example 09/09/2025) or YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a day of the calendar: check the day and the month (DD/MM/YYYY).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a web address: it contains spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a web address: a credit link must start with http:// or https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” has no valid host name after http:// or https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The slug cannot be empty: use letters or digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A slug may only hold lower-case letters a-z, digits and single hyphens between words.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleSession</name>
        <message>
            <source>The article could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your changes could not be saved. They are still in the editor.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreditDelegate</name>
        <message>
            <source>Title of the source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DD/MM/YYYY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreditEditor</name>
        <message>
            <source>As printed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No source is credited yet. Add a credit, or paste a credit line such as “Title – Author – Outlet (09/09/2025)”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a credit after the selected one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected credits up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected credits down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste credit line…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add credits from lines such as “Title – Author – Outlet (09/09/2025)”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste credit lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One credit per line, as printed: Title – Author – Outlet (DD/MM/YYYY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty: not printed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreditTableModel</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of the original content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it was published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free text printed after the title, for sources without an author or outlet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publication date: DD/MM/YYYY or YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to the original (http:// or https://)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note printed beside the credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The credit as it is printed under the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty: not printed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This credit is empty and is not printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
Links to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the date as DD/MM/YYYY or YYYY-MM-DD; leave blank for none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit credit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move credits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisclosureEditor</name>
        <message>
            <source>Written with an AI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text was drafted by an AI assistant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Chappie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Groupe Floteuil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who checked and approved the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assistant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor responsible:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as written with an AI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as not written with an AI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit AI assistant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit AI organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit responsible editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed under the article (French):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed under the article (English):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is printed: the article is not marked as written with an AI and names no responsible editor.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindReplace</name>
        <message>
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n replaced</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Search all articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The article could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The article could not be duplicated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move “%1” to the trash?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Move %n articles to the trash?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The article could not be moved to the trash.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n article(s) moved to the trash.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The article could not be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The imported articles could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be imported.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>MetadataPanel</name>
        <message>
            <source>Title of the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>address-of-the-article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last part of the article's web address: lower-case letters, digits and hyphens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate the slug from the title again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who signs the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the article: the printed credits and disclosure follow it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma-separated, e.g. AI, Europe, start-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One or two sentences shown in search results and link previews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slug:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate slug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit slug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published: the slug no longer follows the title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set by hand: it no longer follows the title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follows the title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2 characters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message>
            <source>Open link in browser?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this address in your web browser?

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReaderTheme</name>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sepia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to a section (T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>‹ Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous article in the list (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next ›</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next article in the list (Alt+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A−</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text (Ctrl+Minus)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text (Ctrl+Plus)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to writing (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top of the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beginning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this address in your web browser?

%1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SectionNavigator</name>
        <message>
            <source>Outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title: edit it in the Metadata panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AI disclosure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No disclosure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading of the new section:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language (after restart)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor font</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor font size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor line width (characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview font size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save after typing stops (ms)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>HubDesk</source>
            <extracomment>Tests replace this to record messages instead of opening a modal dialog.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
