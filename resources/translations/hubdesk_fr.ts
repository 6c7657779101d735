<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>The editorial desk for long-form web articles: write by section, watch the published page as you type, credit your sources, and export to every format the desk needs.</source>
        <translation>Le bureau de rédaction des articles web de fond&#xa0;: écrivez section par section, voyez la page publiée à mesure que vous tapez, créditez vos sources et exportez dans tous les formats dont la rédaction a besoin.</translation>
    </message>
    <message>
        <source>Python %1 · Qt %2 · PySide %3</source>
        <translation>Python %1 · Qt %2 · PySide %3</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>Commencer un nouvel article</translation>
    </message>
    <message>
        <source>D&amp;uplicate Article</source>
        <translation>D&amp;upliquer l’article</translation>
    </message>
    <message>
        <source>Make a copy of the selected article</source>
        <translation>Faire une copie de l’article sélectionné</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>Move the selected article to the trash (it can be restored)</source>
        <translation>Mettre l’article sélectionné à la corbeille (il peut être restauré)</translation>
    </message>
    <message>
        <source>Empty T&amp;rash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Remove for good the articles in the trash (they go by themselves after 30 days)</source>
        <translation>Supprimer définitivement les articles de la corbeille (ils partent d’eux-mêmes après 30 jours)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the article now (it is also saved as you write)</source>
        <translation>Enregistrer l’article maintenant (il l’est aussi pendant que vous écrivez)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every article file of a folder</source>
        <translation>Importer tous les fichiers d’articles d’un dossier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export to HTML, Markdown, PDF, EPUB, Word or OpenDocument</source>
        <translation>Exporter en HTML, Markdown, PDF, EPUB, Word ou OpenDocument</translation>
    </message>
    <message>
        <source>Export &amp;Archive…</source>
        <translation>Exporter une &amp;archive…</translation>
    </message>
    <message>
        <source>Put the whole library or the selected articles in one file for a colleague</source>
        <translation>Réunir toute la bibliothèque ou les articles sélectionnés dans un fichier pour un collègue</translation>
    </message>
    <message>
        <source>Import Ar&amp;chive…</source>
        <translation>Importer une archi&amp;ve…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s archive into this library, keeping the newer copies</source>
        <translation>Fusionner l’archive d’un collègue dans cette bibliothèque en gardant les versions les plus récentes</translation>
    </message>
    <message>
        <source>Article &amp;History…</source>
        <translation>&amp;Historique de l’article…</translation>
    </message>
    <message>
        <source>Earlier versions of this article</source>
        <translation>Versions précédentes de cet article</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Bring the library back from a backup</source>
        <translation>Rétablir la bibliothèque depuis une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Theme, fonts, autosave and language</source>
        <translation>Thème, polices, enregistrement automatique et langue</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>Search the &amp;Library</source>
        <translation>Rechercher dans la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Full-text search in every article</source>
        <translation>Recherche plein texte dans tous les articles</translation>
    </message>
    <message>
        <source>Check &amp;Spelling in This Article</source>
        <translation>&amp;Vérifier l’orthographe de cet article</translation>
    </message>
    <message>
        <source>Underline misspelt words in this article (this article&apos;s choice wins over the preference)</source>
        <translation>Souligner les fautes d’orthographe dans cet article (le choix de l’article l’emporte sur la préférence)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>Make the selection bold (**…**), or start bold text</source>
        <translation>Mettre la sélection en gras (**…**), ou commencer un texte en gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>Put the selection in italics (*…*), or start italic text</source>
        <translation>Mettre la sélection en italique (*…*), ou commencer un texte en italique</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>Make the selection a link: type its address between the parentheses</source>
        <translation>Faire de la sélection un lien : tapez son adresse entre les parenthèses</translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation>Insérer une &amp;image…</translation>
    </message>
    <message>
        <source>Insert a picture from a file on this computer</source>
        <translation>Insérer une image depuis un fichier de cet ordinateur</translation>
    </message>
    <message>
        <source>Insert &amp;Table…</source>
        <translation>Insérer un &amp;tableau…</translation>
    </message>
    <message>
        <source>Insert a table of the rows and columns you choose</source>
        <translation>Insérer un tableau du nombre de lignes et de colonnes choisi</translation>
    </message>
    <message>
        <source>Fix &amp;Typography…</source>
        <translation>Corriger la &amp;typographie…</translation>
    </message>
    <message>
        <source>Apply the typography of the article&apos;s language to the selection or the whole article, after a look at each change</source>
        <translation>Appliquer la typographie de la langue de l’article à la sélection ou à tout l’article, après un regard sur chaque changement</translation>
    </message>
    <message>
        <source>&amp;Add Section…</source>
        <translation>&amp;Ajouter une section…</translation>
    </message>
    <message>
        <source>Add a section after the current one</source>
        <translation>Ajouter une section après la section courante</translation>
    </message>
    <message>
        <source>&amp;Rename Section…</source>
        <translation>&amp;Renommer la section…</translation>
    </message>
    <message>
        <source>&amp;Delete Section</source>
        <translation>&amp;Supprimer la section</translation>
    </message>
    <message>
        <source>Delete the current section (Ctrl+Z brings it back)</source>
        <translation>Supprimer la section courante (Ctrl+Z la fait revenir)</translation>
    </message>
    <message>
        <source>&amp;Split Section Here…</source>
        <translation>Sc&amp;inder la section ici…</translation>
    </message>
    <message>
        <source>Start a new section at the cursor</source>
        <translation>Commencer une nouvelle section au curseur</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Fusionner avec la suivante</translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation>&amp;Monter la section</translation>
    </message>
    <message>
        <source>Move Section Do&amp;wn</source>
        <translation>&amp;Descendre la section</translation>
    </message>
    <message>
        <source>&amp;Focus on Section</source>
        <translation>&amp;Concentration sur la section</translation>
    </message>
    <message>
        <source>Show only the section being written (Esc to leave)</source>
        <translation>N’afficher que la section en cours d’écriture (Échap pour quitter)</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>Afficher l’&amp;aperçu</translation>
    </message>
    <message>
        <source>Show or hide the live preview</source>
        <translation>Afficher ou masquer l’aperçu en direct</translation>
    </message>
    <message>
        <source>&amp;Reader Mode</source>
        <translation>Mode &amp;lecture</translation>
    </message>
    <message>
        <source>Read the article full screen</source>
        <translation>Lire l’article en plein écran</translation>
    </message>
    <message>
        <source>Word &amp;Target…</source>
        <translation>&amp;Objectif de mots…</translation>
    </message>
    <message>
        <source>Set how many words this article should reach</source>
        <translation>Fixer le nombre de mots que cet article doit atteindre</translation>
    </message>
    <message>
        <source>&amp;Distraction-Free Writing</source>
        <translation>Écriture sans &amp;distraction</translation>
    </message>
    <message>
        <source>Only the text, full screen, in a centred column (Esc to leave)</source>
        <translation>Rien que le texte, en plein écran, dans une colonne centrée (Échap pour quitter)</translation>
    </message>
    <message>
        <source>T&amp;ypewriter Scrolling</source>
        <translation>Défilement &amp;machine à écrire</translation>
    </message>
    <message>
        <source>Keep the line being written in the middle of the screen</source>
        <translation>Garder la ligne en cours d’écriture au milieu de l’écran</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Open the guide to HubDesk (the welcome article)</source>
        <translation>Ouvrir le guide de HubDesk (l’article de bienvenue)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut, by menu, with a search field</source>
        <translation>Tous les raccourcis, par menu, avec un champ de recherche</translation>
    </message>
    <message>
        <source>&amp;About HubDesk</source>
        <translation>À &amp;propos de HubDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Publish the article to a WordPress site, or update its post</source>
        <translation>Publier l’article sur un site WordPress, ou mettre à jour son billet</translation>
    </message>
    <message>
        <source>P&amp;ull from Site…</source>
        <translation>Rapatrier &amp;depuis le site…</translation>
    </message>
    <message>
        <source>Bring the site&apos;s new and changed posts into the library</source>
        <translation>Ramener dans la bibliothèque les billets nouveaux ou modifiés du site</translation>
    </message>
    <message>
        <source>&amp;WordPress Sites…</source>
        <translation>Sites &amp;WordPress…</translation>
    </message>
    <message>
        <source>Add or remove the WordPress sites you publish to</source>
        <translation>Ajouter ou retirer les sites WordPress où vous publiez</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The library could not be opened.</source>
        <translation>La bibliothèque n’a pas pu être ouverte.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialogs</name>
    <message>
        <source>HubDesk archives (*%1)</source>
        <translation>Archives HubDesk (*%1)</translation>
    </message>
    <message>
        <source>Export an archive</source>
        <translation>Exporter une archive</translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>Importer une archive</translation>
    </message>
</context>
<context>
    <name>ArchiveExportDialog</name>
    <message>
        <source>Export an archive</source>
        <translation>Exporter une archive</translation>
    </message>
    <message>
        <source>Writing %1 articles to %2</source>
        <translation>Écriture de %1 articles dans %2</translation>
    </message>
    <message>
        <source>Export cancelled; no archive was written.</source>
        <translation>Export annulé&#x202f;; aucune archive n’a été écrite.</translation>
    </message>
    <message>
        <source>%1 articles written to %2.</source>
        <translation>%1 articles écrits dans %2.</translation>
    </message>
</context>
<context>
    <name>ArchiveImportDialog</name>
    <message>
        <source>Import an archive</source>
        <translation>Importer une archive</translation>
    </message>
    <message>
        <source>Merging %1 into the library</source>
        <translation>Fusion de %1 dans la bibliothèque</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Import annulé&#x202f;; la bibliothèque n’a pas changé.</translation>
    </message>
    <message>
        <source>%1 added, %2 replaced by a newer copy, %3 kept as they were.</source>
        <translation>%1 ajouté(s), %2 remplacé(s) par une version plus récente, %3 conservé(s) tel(s) quel(s).</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Replaced (the archive&apos;s copy was newer)</source>
        <translation>Remplacé (la version de l’archive était plus récente)</translation>
    </message>
    <message>
        <source>Kept (the library&apos;s copy is as new or newer)</source>
        <translation>Conservé (la version de la bibliothèque est aussi récente ou plus récente)</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>The article could not be opened.</source>
        <translation>L’article n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Your changes could not be saved. They are still in the editor.</source>
        <translation>Vos modifications n’ont pas pu être enregistrées. Elles sont toujours dans l’éditeur.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Fix typography</source>
        <translation>Corriger la typographie</translation>
    </message>
    <message>
        <source>Correct spaces, quotes and apostrophes in the article&apos;s language (Undo takes it back)</source>
        <translation>Corriger les espaces, guillemets et apostrophes selon la langue de l’article (Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>No article open.</source>
        <translation>Aucun article ouvert.</translation>
    </message>
    <message>
        <source>Nothing to report: ready to publish.</source>
        <translation>Rien à signaler : prêt à publier.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 blocking publication.</source>
        <translation>
            <numerusform>%n constat, %1 bloquant la publication.</numerusform>
            <numerusform>%n constats, dont %1 bloquant la publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); nothing blocks publication.</source>
        <translation>
            <numerusform>%n constat ; rien ne bloque la publication.</numerusform>
            <numerusform>%n constats ; rien ne bloque la publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s)</source>
        <translation>
            <numerusform>… et %n autre constat</numerusform>
            <numerusform>… et %n autres constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation>Crédit %1</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Mention IA</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Blocks publication</source>
        <translation>Bloque la publication</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The post changed on the site</source>
        <translation>Le billet a changé sur le site</translation>
    </message>
    <message>
        <source>“%1” was changed on %2 since it was last published or pulled. Nothing has been sent. Which version should stay?</source>
        <translation>«&#x202f;%1&#x202f;» a été modifié sur %2 depuis la dernière publication ou le dernier rapatriement. Rien n’a été envoyé. Quelle version garder&#x202f;?</translation>
    </message>
    <message>
        <source>In HubDesk</source>
        <translation>Dans HubDesk</translation>
    </message>
    <message>
        <source>On the site (%1)</source>
        <translation>Sur le site (%1)</translation>
    </message>
    <message>
        <source>&amp;Overwrite the Site</source>
        <translation>É&amp;craser la version du site</translation>
    </message>
    <message>
        <source>Publish the HubDesk version over the site&apos;s</source>
        <translation>Publier la version de HubDesk à la place de celle du site</translation>
    </message>
    <message>
        <source>&amp;Keep the Site&apos;s Version</source>
        <translation>&amp;Garder la version du site</translation>
    </message>
    <message>
        <source>Make the site&apos;s version the article&apos;s newest revision (History keeps this one)</source>
        <translation>Faire de la version du site la dernière révision de l’article (l’historique garde celle-ci)</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>illisible (accès refusé)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is a folder with no importable files ({suffixes})</source>
        <translation>est un dossier sans fichier importable ({suffixes})</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is too large to be an article ({size}; the limit is {limit})</source>
        <translation>est trop volumineux pour un article ({size}&#x202f;; la limite est de {limit})</translation>
    </message>
    <message>
        <source>has {count} sections, more than an article can hold ({limit}); split it into several files</source>
        <translation>compte {count} sections, plus qu’un article ne peut en contenir ({limit}) ; répartissez-le en plusieurs fichiers</translation>
    </message>
    <message>
        <source>has {length} characters of text, more than an article can hold ({limit}); split it into several files</source>
        <translation>compte {length} caractères de texte, plus qu’un article ne peut en contenir ({limit}) ; répartissez-le en plusieurs fichiers</translation>
    </message>
    <message>
        <source>has {count} lines, more than an article can hold ({limit}); split it into several files</source>
        <translation>compte {count} lignes, plus qu’un article ne peut en contenir ({limit}) ; répartissez-le en plusieurs fichiers</translation>
    </message>
    <message>
        <source>has a paragraph of {length} characters, longer than an article&apos;s paragraph can be ({limit}); break it into shorter ones</source>
        <translation>compte un paragraphe de {length} caractères, plus long qu’un paragraphe d’article ne peut l’être ({limit}) ; coupez-le en paragraphes plus courts</translation>
    </message>
    <message>
        <source>The article would have {length} characters of text, more than it can hold ({limit}); paste less, or into another article.</source>
        <translation>L’article aurait {length} caractères de texte, plus qu’il ne peut en contenir ({limit}) ; collez moins de texte, ou dans un autre article.</translation>
    </message>
    <message>
        <source>The article would have {count} lines, more than it can hold ({limit}); paste less, or into another article.</source>
        <translation>L’article aurait {count} lignes, plus qu’il ne peut en contenir ({limit}) ; collez moins de texte, ou dans un autre article.</translation>
    </message>
    <message>
        <source>The article would have {count} sections, more than it can hold ({limit}); paste less, or into another article.</source>
        <translation>L’article aurait {count} sections, plus qu’il ne peut en contenir ({limit}) ; collez moins de texte, ou dans un autre article.</translation>
    </message>
    <message>
        <source>The pasted text has a paragraph of {length} characters, longer than a paragraph can be ({limit}); break it into shorter ones.</source>
        <translation>Le texte collé a un paragraphe de {length} caractères, plus long qu’un paragraphe ne peut l’être ({limit}) ; coupez-le en paragraphes plus courts.</translation>
    </message>
    <message>
        <source>is too large to be an article (the limit is {limit})</source>
        <translation>est trop volumineux pour un article (la limite est de {limit})</translation>
    </message>
    <message>
        <source>is not readable UTF-16 text</source>
        <translation>n’est pas un texte UTF-16 lisible</translation>
    </message>
    <message>
        <source>is a binary file, not text</source>
        <translation>est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>is not text in UTF-8 or Windows-1252 (the encodings HubDesk reads)</source>
        <translation>n’est pas du texte en UTF-8 ou Windows-1252 (les encodages que HubDesk sait lire)</translation>
    </message>
    <message>
        <source>holds only blank lines</source>
        <translation>ne contient que des lignes vides</translation>
    </message>
    <message>
        <source>is a {suffix} file; HubDesk imports {suffixes} files</source>
        <translation>est un fichier {suffix}&#x202f;; HubDesk importe les fichiers {suffixes}</translation>
    </message>
    <message>
        <source>no article text found (only page furniture)</source>
        <translation>aucun texte d’article trouvé (seulement les éléments de la page)</translation>
    </message>
    <message>
        <source>an article with the same id ({id}) is already in the library</source>
        <translation>un article de même identifiant ({id}) est déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>n’a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>the {kind} front matter opened on line 1 is never closed by &apos;{fence}&apos;</source>
        <translation>l’en-tête {kind} ouvert à la ligne 1 n’est jamais fermé par «&#xa0;{fence}&#xa0;»</translation>
    </message>
    <message>
        <source>broken YAML front matter on line {line}: {problem}</source>
        <translation>en-tête YAML invalide à la ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>broken YAML front matter: {problem}</source>
        <translation>en-tête YAML invalide&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the YAML front matter is nested too deeply</source>
        <translation>l’en-tête YAML est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>the YAML front matter expands to more than {limit} values (repeated aliases); it was not read</source>
        <translation>l’en-tête YAML se développe en plus de {limit} valeurs (alias répétés)&#x202f;; il n’a pas été lu</translation>
    </message>
    <message>
        <source>broken YAML front matter on line 2: expected &apos;key: value&apos; lines</source>
        <translation>en-tête YAML invalide à la ligne 2&#xa0;: des lignes «&#xa0;clé: valeur&#xa0;» sont attendues</translation>
    </message>
    <message>
        <source>broken TOML front matter on line {line}: {problem}</source>
        <translation>en-tête TOML invalide à la ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the front matter field &apos;{key}&apos; is not a date: {value}</source>
        <translation>le champ «&#xa0;{key}&#xa0;» de l’en-tête n’est pas une date&#xa0;: {value}</translation>
    </message>
    <message>
        <source>unknown status {value} in the front matter (use one of {names})</source>
        <translation>statut {value} inconnu dans l’en-tête (utilisez l’un de ceux-ci&#xa0;: {names})</translation>
    </message>
    <message>
        <source>is nested too deeply to be an article (lists, tables or styles inside one another thousands of times); it was not read</source>
        <translation>est imbriqué trop profondément pour être un article (listes, tableaux ou styles imbriqués des milliers de fois) ; il n’a pas été lu</translation>
    </message>
    <message>
        <source>no title and no text to import</source>
        <translation>ni titre ni texte à importer</translation>
    </message>
    <message>
        <source>its {field} holds an invalid character ({char}, half of a surrogate pair); nothing was imported from it</source>
        <translation>son champ {field} contient un caractère invalide ({char}, moitié d’une paire de substitution) ; rien n’en a été importé</translation>
    </message>
    <message>
        <source>could not be read: the process reading it stopped ({how}), perhaps for lack of memory; nothing was imported from it</source>
        <translation>n’a pas pu être lu&#xa0;: le processus qui le lisait s’est arrêté ({how}), peut-être faute de mémoire&#xa0;; rien n’en a été importé</translation>
    </message>
    <message>
        <source>no such archive file.</source>
        <translation>fichier d’archive introuvable.</translation>
    </message>
    <message>
        <source>the archive is larger than {limit} GB.</source>
        <translation>l’archive dépasse {limit}&#xa0;Go.</translation>
    </message>
    <message>
        <source>it cannot be read ({reason}).</source>
        <translation>elle est illisible ({reason}).</translation>
    </message>
    <message>
        <source>it holds {count} entries; a HubDesk archive holds at most {limit} articles.</source>
        <translation>elle contient {count} entrées&#x202f;; une archive HubDesk contient au plus {limit} articles.</translation>
    </message>
    <message>
        <source>it is not a HubDesk archive (not a readable ZIP file: {reason}).</source>
        <translation>ce n’est pas une archive HubDesk (pas un fichier ZIP lisible&#xa0;: {reason}).</translation>
    </message>
    <message>
        <source>it is not a HubDesk archive (no manifest.json).</source>
        <translation>ce n’est pas une archive HubDesk (pas de manifest.json).</translation>
    </message>
    <message>
        <source>it is not a HubDesk archive (no HubDesk manifest).</source>
        <translation>ce n’est pas une archive HubDesk (pas de manifeste HubDesk).</translation>
    </message>
    <message>
        <source>{entry} is larger than {limit} MB once unpacked.</source>
        <translation>{entry} dépasse {limit}&#xa0;Mo une fois décompressé.</translation>
    </message>
    <message>
        <source>{entry} is compressed {ratio} times, which only a ZIP bomb does; the archive was refused.</source>
        <translation>{entry} est compressé {ratio} fois, ce que seule une bombe ZIP fait&#x202f;; l’archive a été refusée.</translation>
    </message>
    <message>
        <source>{entry} unpacks to more than it declares (a ZIP bomb); the archive was refused.</source>
        <translation>{entry} se décompresse en plus qu’il ne déclare (une bombe ZIP)&#x202f;; l’archive a été refusée.</translation>
    </message>
    <message>
        <source>{entry} cannot be unpacked ({reason}).</source>
        <translation>{entry} ne peut pas être décompressé ({reason}).</translation>
    </message>
    <message>
        <source>it holds an entry named {entry} that points outside its folder; the archive was refused.</source>
        <translation>elle contient une entrée nommée {entry} qui pointe hors de son dossier&#x202f;; l’archive a été refusée.</translation>
    </message>
    <message>
        <source>it holds two entries named {entry}.</source>
        <translation>elle contient deux entrées nommées {entry}.</translation>
    </message>
    <message>
        <source>it is encrypted; HubDesk archives never are.</source>
        <translation>elle est chiffrée&#x202f;; les archives HubDesk ne le sont jamais.</translation>
    </message>
    <message>
        <source>it unpacks to more than {limit} GB.</source>
        <translation>elle se décompresse en plus de {limit}&#xa0;Go.</translation>
    </message>
    <message>
        <source>its manifest is nested too deeply to be a HubDesk manifest.</source>
        <translation>son manifeste est imbriqué trop profondément pour être un manifeste HubDesk.</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON ({reason}).</source>
        <translation>son manifeste n’est pas du JSON valide ({reason}).</translation>
    </message>
    <message>
        <source>its manifest has no valid format version.</source>
        <translation>son manifeste n’a pas de version de format valide.</translation>
    </message>
    <message>
        <source>it was made by a newer HubDesk (archive version {version}); update HubDesk to import it.</source>
        <translation>elle a été créée par un HubDesk plus récent (archive version {version})&#x202f;; mettez HubDesk à jour pour l’importer.</translation>
    </message>
    <message>
        <source>its manifest has no list of articles.</source>
        <translation>son manifeste n’a pas de liste d’articles.</translation>
    </message>
    <message>
        <source>its manifest lists more than {limit} articles.</source>
        <translation>son manifeste liste plus de {limit} articles.</translation>
    </message>
    <message>
        <source>entry {number} of its manifest is malformed ({reason}).</source>
        <translation>l’entrée {number} de son manifeste est mal formée ({reason}).</translation>
    </message>
    <message>
        <source>entry {number} of its manifest names the file {entry}, which is not an article file of a HubDesk archive.</source>
        <translation>l’entrée {number} de son manifeste nomme le fichier {entry}, qui n’est pas un fichier d’article d’une archive HubDesk.</translation>
    </message>
    <message>
        <source>its manifest lists the article {id} or the file {entry} twice.</source>
        <translation>son manifeste liste deux fois l’article {id} ou le fichier {entry}.</translation>
    </message>
    <message>
        <source>{entry}, listed in its manifest, is missing.</source>
        <translation>{entry}, listé dans son manifeste, est absent.</translation>
    </message>
    <message>
        <source>{entry} is not a valid article ({reason}).</source>
        <translation>{entry} n’est pas un article valide ({reason}).</translation>
    </message>
    <message>
        <source>{entry} holds the article {id} but the manifest says {expected}.</source>
        <translation>{entry} contient l’article {id} mais le manifeste indique {expected}.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>Le disque est plein&#xa0;: {path} n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder {folder} is not writable.</source>
        <translation>{path} n’a pas pu être écrit&#xa0;: le dossier {folder} est protégé en écriture.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The path {path} is too long for this system.</source>
        <translation>Le chemin {path} est trop long pour ce système.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} n’a pas pu être écrit&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be replaced: it is read-only or open in another program.</source>
        <translation>{path} n’a pas pu être remplacé&#xa0;: il est en lecture seule ou ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The folder {folder} is not writable.</source>
        <translation>Le dossier {folder} est protégé en écriture.</translation>
    </message>
    <message>
        <source>{path} is not an image HubDesk can show; use one of {types}.</source>
        <translation>{path} n’est pas une image que HubDesk sait afficher ; utilisez l’un de ces types : {types}.</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB; use a smaller image.</source>
        <translation>{path} dépasse {limit} Mo ; utilisez une image plus petite.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}.</source>
        <translation>{path} n’a pas pu être lu : {reason}.</translation>
    </message>
    <message>
        <source>The file name {name} would leave the folder {folder}.</source>
        <translation>Le nom de fichier {name} sortirait du dossier {folder}.</translation>
    </message>
    <message>
        <source>Unknown export format {format}; use one of {formats}.</source>
        <translation>Format d’export {format} inconnu&#x202f;; utilisez l’un de ceux-ci&#xa0;: {formats}.</translation>
    </message>
    <message>
        <source>Export to {format} needs the desktop components of HubDesk, which are not loaded.</source>
        <translation>L’export en {format} a besoin des composants de bureau de HubDesk, qui ne sont pas chargés.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}; use A4 or Letter.</source>
        <translation>Format de papier {paper} inconnu&#x202f;; utilisez A4 ou Letter.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to export one article.</source>
        <translation>{path} est un dossier&#x202f;; donnez un nom de fichier pour exporter un article.</translation>
    </message>
    <message>
        <source>“{title}” could not be exported to {format}: {reason}</source>
        <translation>«&#xa0;{title}&#xa0;» n’a pas pu être exporté en {format}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{title}” could not be exported to {format}: the process writing it stopped ({how}), perhaps for lack of memory; nothing was written.</source>
        <translation>«&#xa0;{title}&#xa0;» n’a pas pu être exporté en {format}&#xa0;: le processus qui l’écrivait s’est arrêté ({how}), peut-être faute de mémoire&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a HubDesk library file.</source>
        <translation>{path} est un dossier, pas un fichier de bibliothèque HubDesk.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a HubDesk library (not an SQLite database).</source>
        <translation>{path} n’est pas une bibliothèque HubDesk (ce n’est pas une base SQLite).</translation>
    </message>
    <message>
        <source>{path} is not a readable HubDesk library ({reason}).</source>
        <translation>{path} n’est pas une bibliothèque HubDesk lisible ({reason}).</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not a HubDesk library.</source>
        <translation>{path} est une base SQLite d’un autre programme, pas une bibliothèque HubDesk.</translation>
    </message>
    <message>
        <source>{path} was written by a newer HubDesk (library version {version}; this HubDesk reads up to {supported}). Update HubDesk to open it.</source>
        <translation>{path} a été écrite par un HubDesk plus récent (bibliothèque version {version}&#x202f;; ce HubDesk lit jusqu’à la version {supported}). Mettez HubDesk à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>No library at {path}.</source>
        <translation>Aucune bibliothèque à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>Impossible de créer le dossier {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}.</source>
        <translation>Impossible d’ouvrir {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is in use by another HubDesk.</source>
        <translation>{path} est utilisée par un autre HubDesk.</translation>
    </message>
    <message>
        <source>{path} is in use by another HubDesk (pid {pid}).</source>
        <translation>{path} est utilisée par un autre HubDesk (processus {pid}).</translation>
    </message>
    <message>
        <source>{path} is in use by another HubDesk (pid {pid} on {host}).</source>
        <translation>{path} est utilisée par un autre HubDesk (processus {pid} sur {host}).</translation>
    </message>
    <message>
        <source>{path} is busy or locked: {reason}.</source>
        <translation>{path} est occupée ou verrouillée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing was changed. Restore a backup.</source>
        <translation>{path} est endommagée ({problem})&#x202f;; rien n’a été modifié. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing was changed. Restore a backup with &apos;hubdesk restore&apos;.</source>
        <translation>{path} est endommagée ({problem})&#x202f;; rien n’a été modifié. Restaurez une sauvegarde avec «&#xa0;hubdesk restore&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>Impossible de créer le fichier de verrou {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was saved. Free some space and save again.</source>
        <translation>Le disque qui contient {path} est plein&#x202f;; rien n’a été enregistré. Libérez de la place et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>{path} is read-only; nothing was saved. Save the library somewhere writable.</source>
        <translation>{path} est en lecture seule&#x202f;; rien n’a été enregistré. Placez la bibliothèque dans un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>{path} is in use by another HubDesk; nothing was saved.</source>
        <translation>{path} est utilisée par un autre HubDesk&#x202f;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Could not write to {path}: {reason}. Nothing was saved.</source>
        <translation>Impossible d’écrire dans {path}&#xa0;: {reason}. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>No article id given.</source>
        <translation>Aucun identifiant d’article donné.</translation>
    </message>
    <message>
        <source>No article with id {id} in the library.</source>
        <translation>Aucun article d’identifiant {id} dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The id {id} matches several articles; give more characters.</source>
        <translation>L’identifiant {id} correspond à plusieurs articles&#x202f;; donnez plus de caractères.</translation>
    </message>
    <message>
        <source>No revision {id} in the library.</source>
        <translation>Aucune révision {id} dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Revision {id} belongs to another article.</source>
        <translation>La révision {id} appartient à un autre article.</translation>
    </message>
    <message>
        <source>The backup {path} failed its check: {problem}</source>
        <translation>La sauvegarde {path} n’a pas passé sa vérification&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}.</source>
        <translation>Impossible d’écrire la sauvegarde {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder {folder}: {reason}.</source>
        <translation>Impossible de créer le dossier de sauvegarde {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a regular file: nothing was written.</source>
        <translation>{path} est un dossier, pas un fichier ordinaire&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{path} is a special file, not a regular file: nothing was written.</source>
        <translation>{path} est un fichier spécial, pas un fichier ordinaire&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot restore from {problem}</source>
        <translation>Restauration impossible depuis {problem}</translation>
    </message>
    <message>
        <source>{path} is read-only: it can be listed, shown and searched, not changed. Nothing was changed.</source>
        <translation>{path} est en lecture seule&#xa0;: on peut la lister, l’afficher et y chercher, pas la modifier. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>The article “{title}” cannot be saved: its text holds an invalid character ({char}, half of a surrogate pair). Nothing was changed.</source>
        <translation>L’article « {title} » ne peut pas être enregistré : son texte contient un caractère invalide ({char}, moitié d’une paire de substitution). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; HubDesk cannot take the library&apos;s lock and changed nothing. Free some space and try again.</source>
        <translation>Le disque de {folder} est plein&#x202f;; HubDesk ne peut pas verrouiller la bibliothèque et n’a rien changé. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>entry {number} of its manifest has a date out of range ({value}).</source>
        <translation>l’entrée {number} de son manifeste a une date hors limites ({value}).</translation>
    </message>
    <message>
        <source>the {kind} front matter holds an impossible date or number ({reason})</source>
        <translation>l’en-tête {kind} contient une date ou un nombre impossible ({reason})</translation>
    </message>
    <message>
        <source>the {kind} front matter expands to more than {limit} values (repeated aliases); it was not read</source>
        <translation>l’en-tête {kind} se développe en plus de {limit} valeurs (alias répétés)&#x202f;; il n’a pas été lu</translation>
    </message>
    <message>
        <source>the {kind} front matter is nested too deeply</source>
        <translation>l’en-tête {kind} est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>{where} of the {kind} front matter holds an invalid character ({char}, half of a surrogate pair)</source>
        <translation>{where} de l’en-tête {kind} contient un caractère invalide ({char}, moitié d’une paire de substitution)</translation>
    </message>
    <message>
        <source>the front matter field &apos;{key}&apos; is a date out of range: {value}</source>
        <translation>le champ «&#x202f;{key}&#x202f;» de l’en-tête est une date hors limites&#xa0;: {value}</translation>
    </message>
    <message>
        <source>The article {id} has an unknown status {value}; the library was changed outside HubDesk. Run &apos;hubdesk check&apos;.</source>
        <translation>L’article {id} a un statut inconnu {value}&#x202f;; la bibliothèque a été modifiée hors de HubDesk. Lancez «&#x202f;hubdesk check&#x202f;».</translation>
    </message>
    <message>
        <source>No library at {path} (nothing was created).</source>
        <translation>Aucune bibliothèque à {path} (rien n’a été créé).</translation>
    </message>
    <message>
        <source>{path} is empty: it holds no library yet.</source>
        <translation>{path} est vide&#xa0;: elle ne contient pas encore de bibliothèque.</translation>
    </message>
    <message>
        <source>Export to {format} is not available here: {reason}</source>
        <translation>L’export en {format} n’est pas disponible ici&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} is busy; search again.</source>
        <translation>{path} est occupée&#x202f;; relancez la recherche.</translation>
    </message>
    <message>
        <source>The search index of {path} is damaged ({problem}); rebuild it with &apos;hubdesk check --repair&apos;.</source>
        <translation>L’index de recherche de {path} est endommagé ({problem})&#x202f;; reconstruisez-le avec «&#x202f;hubdesk check --repair&#x202f;».</translation>
    </message>
    <message>
        <source>Cannot restore from {path}: {problem}</source>
        <translation>Impossible de restaurer depuis {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Cannot restore {library} from {path}: {reason}.</source>
        <translation>Impossible de restaurer {library} depuis {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>No good backup of {library} in {folder}.</source>
        <translation>Aucune sauvegarde valide de {library} dans {folder}.</translation>
    </message>
    <message>
        <source>{url} uses plain http: the application password would cross the network unencrypted. Use https:// (plain http is accepted only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>{url} utilise http sans chiffrement : le mot de passe d’application traverserait le réseau en clair. Utilisez https:// (http n’est accepté que pour cet ordinateur : localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>{site} has no user called {name} to be the post&apos;s author (users: {names}).</source>
        <translation>{site} n’a pas d’utilisateur nommé {name} pour signer l’article (utilisateurs : {names}).</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No site named {name} (sites: {names}). Add it with &apos;hubdesk site add&apos;.</source>
        <translation>Aucun site nommé {name} (sites&#xa0;: {names}). Ajoutez-le avec «&#x202f;hubdesk site add&#x202f;».</translation>
    </message>
    <message>
        <source>{url} is not the address of a site: use http:// or https:// and a host name.</source>
        <translation>{url} n’est pas l’adresse d’un site&#xa0;: utilisez http:// ou https:// et un nom d’hôte.</translation>
    </message>
    <message>
        <source>A site needs a name of letters, digits, &apos;-&apos; or &apos;_&apos; ({name} is not one).</source>
        <translation>Un site a besoin d’un nom fait de lettres, de chiffres, de «&#x202f;-&#x202f;» ou de «&#x202f;_&#x202f;» ({name} n’en est pas un).</translation>
    </message>
    <message>
        <source>No password for the site {name}: this system has no keyring. Set HUBDESK_SITE_PASSWORD to the site&apos;s application password.</source>
        <translation>Aucun mot de passe pour le site {name}&#xa0;: ce système n’a pas de trousseau. Mettez le mot de passe d’application du site dans HUBDESK_SITE_PASSWORD.</translation>
    </message>
    <message>
        <source>The system keyring refused to keep the password of {name} ({reason}); nothing was saved.</source>
        <translation>Le trousseau du système a refusé de garder le mot de passe de {name} ({reason})&#x202f;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>{site}: the site refused the user name or the application password (401). Check them in the site&apos;s settings.</source>
        <translation>{site}&#xa0;: le site a refusé le nom d’utilisateur ou le mot de passe d’application (401). Vérifiez-les dans les réglages du site.</translation>
    </message>
    <message>
        <source>{site}: the site&apos;s user may not do this ({reason}).</source>
        <translation>{site}&#xa0;: l’utilisateur du site n’a pas le droit de faire cela ({reason}).</translation>
    </message>
    <message>
        <source>{site}: cannot reach {url}: the site is down or the address is wrong.</source>
        <translation>{site}&#xa0;: impossible de joindre {url}&#xa0;: le site est arrêté ou l’adresse est fausse.</translation>
    </message>
    <message>
        <source>{site}: the site did not answer within {seconds} seconds; nothing was changed. Try again later.</source>
        <translation>{site}&#xa0;: le site n’a pas répondu en {seconds} secondes&#x202f;; rien n’a changé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>{site}: {url} answered with a web page instead of WordPress data. Is it the address of a WordPress site?</source>
        <translation>{site}&#xa0;: {url} a répondu par une page web au lieu de données WordPress. Est-ce bien l’adresse d’un site WordPress&#x202f;?</translation>
    </message>
    <message>
        <source>{site}: the site failed with an internal error (HTTP {status}); nothing was changed here. Try again later.</source>
        <translation>{site}&#xa0;: le site a échoué sur une erreur interne (HTTP {status})&#x202f;; rien n’a changé ici. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>{site}: the site refused the request (HTTP {status}: {reason}).</source>
        <translation>{site}&#xa0;: le site a refusé la requête (HTTP {status}&#xa0;: {reason}).</translation>
    </message>
    <message>
        <source>{site}: the site redirects to {target}; HubDesk sends nothing there. Use that address in the site&apos;s settings.</source>
        <translation>{site}&#xa0;: le site redirige vers {target}&#x202f;; HubDesk n’y envoie rien. Mettez cette adresse dans les réglages du site.</translation>
    </message>
    <message>
        <source>{site}: the media library refused {file} ({reason}); the article was not published.</source>
        <translation>{site}&#xa0;: la médiathèque a refusé {file} ({reason})&#x202f;; l’article n’a pas été publié.</translation>
    </message>
    <message>
        <source>The image {file} cannot be read ({reason}); the article was not published.</source>
        <translation>L’image {file} ne peut pas être lue ({reason})&#x202f;; l’article n’a pas été publié.</translation>
    </message>
    <message>
        <source>{title}: the post changed on {site} since the last publish or pull (site {remote}, recorded {recorded}); nothing was sent. Publish again with --overwrite to replace the site&apos;s copy, or with --take-site to keep the site&apos;s version as a new revision.</source>
        <translation>{title}&#xa0;: le billet a changé sur {site} depuis la dernière publication ou le dernier rapatriement (site {remote}, noté {recorded})&#x202f;; rien n’a été envoyé. Publiez de nouveau avec --overwrite pour remplacer la version du site, ou avec --take-site pour garder la version du site comme nouvelle révision.</translation>
    </message>
    <message>
        <source>{title}: its post {post} is no longer on {site} (deleted there?); publish with --overwrite to create a new post.</source>
        <translation>{title}&#xa0;: son billet {post} n’est plus sur {site} (supprimé là-bas&#x202f;?)&#x202f;; publiez avec --overwrite pour créer un nouveau billet.</translation>
    </message>
    <message>
        <source>{value} is not a date and time (use ISO 8601, for example 2026-12-24T09:00).</source>
        <translation>{value} n’est pas une date et une heure (utilisez l’ISO 8601, par exemple 2026-12-24T09:00).</translation>
    </message>
    <message>
        <source>--status future needs --date (the time to publish at).</source>
        <translation>--status future demande --date (l’heure de publication).</translation>
    </message>
    <message>
        <source>is not a readable OpenDocument text ({reason})</source>
        <translation>n’est pas un texte OpenDocument lisible ({reason})</translation>
    </message>
    <message>
        <source>is not a readable Word document ({reason})</source>
        <translation>n’est pas un document Word lisible ({reason})</translation>
    </message>
    <message>
        <source>is not a readable Word or OpenDocument file (not a ZIP archive: {reason})</source>
        <translation>n’est pas un fichier Word ou OpenDocument lisible (pas une archive ZIP&#x202f;: {reason})</translation>
    </message>
    <message>
        <source>holds {count} parts; a document holds at most {limit}: it was not read</source>
        <translation>contient {count} parties&#x202f;; un document en contient au plus {limit}&#x202f;: il n’a pas été lu</translation>
    </message>
    <message>
        <source>holds a part ({entry}) larger than {limit} MB once unpacked: it was not read</source>
        <translation>contient une partie ({entry}) de plus de {limit} Mo une fois décompressée&#x202f;: il n’a pas été lu</translation>
    </message>
    <message>
        <source>holds a part ({entry}) compressed far more than any document is (a ZIP bomb): it was not read</source>
        <translation>contient une partie ({entry}) bien plus compressée que dans tout document (une bombe ZIP)&#x202f;: il n’a pas été lu</translation>
    </message>
    <message>
        <source>unpacks to more than {limit} MB: it was not read</source>
        <translation>se décompresse en plus de {limit} Mo&#x202f;: il n’a pas été lu</translation>
    </message>
    <message>
        <source>is an HTML page too large to be an article ({size}; the limit is {limit})</source>
        <translation>est une page HTML trop grande pour être un article ({size}&#x202f;; la limite est de {limit})</translation>
    </message>
    <message>
        <source>is an HTML page that cannot be read ({reason})</source>
        <translation>est une page HTML illisible ({reason})</translation>
    </message>
    <message>
        <source>is an HTML page with more than {limit} elements, too many for an article; it was not read</source>
        <translation>est une page HTML de plus de {limit} éléments, trop pour un article&#x202f;; elle n’a pas été lue</translation>
    </message>
    <message>
        <source>is an HTML page nested more than {limit} levels deep; it was not read</source>
        <translation>est une page HTML imbriquée sur plus de {limit} niveaux&#x202f;; elle n’a pas été lue</translation>
    </message>
    <message>
        <source>holds only {kind} front matter and no article text (a section index?); nothing to import</source>
        <translation>ne contient qu’un en-tête {kind} et aucun texte d’article (une page d’index de rubrique ?) ; rien à importer</translation>
    </message>
    <message>
        <source>A sign-off needs the editor&apos;s name (set it in Preferences, or give --by NAME).</source>
        <translation>Une validation demande le nom du rédacteur (à indiquer dans les Préférences, ou avec --by NOM).</translation>
    </message>
    <message>
        <source>There is no section {number}: the article has {count} sections.</source>
        <translation>Il n’y a pas de section {number} : l’article a {count} sections.</translation>
    </message>
    <message>
        <source>The article has no section to sign off.</source>
        <translation>L’article n’a aucune section à valider.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path} : illisible ({reason}).</translation>
    </message>
    <message>
        <source>{path}: not a BibTeX, CSL-JSON or RIS file (give it a .bib, .json or .ris name).</source>
        <translation>{path} : ce n’est pas un fichier BibTeX, CSL-JSON ou RIS (nommez-le en .bib, .json ou .ris).</translation>
    </message>
    <message>
        <source>{path}: no reference could be read ({skipped} malformed entries skipped).</source>
        <translation>{path} : aucune référence n’a pu être lue ({skipped} entrées mal formées ignorées).</translation>
    </message>
    <message>
        <source>Unknown citation format {value}: use csl-json or bibtex.</source>
        <translation>Format de citation inconnu {value} : utilisez csl-json ou bibtex.</translation>
    </message>
    <message>
        <source>The library {path} was closed: open it again to use it.</source>
        <translation>La bibliothèque {path} a été fermée : ouvrez-la de nouveau pour l’utiliser.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>HubDesk ran into a problem</source>
        <translation>HubDesk a rencontré un problème</translation>
    </message>
    <message>
        <source>An unexpected error happened. Your work was saved first. You can keep working, but restarting HubDesk is safer.</source>
        <translation>Une erreur inattendue s’est produite. Votre travail a d’abord été enregistré. Vous pouvez continuer, mais il est plus sûr de redémarrer HubDesk.</translation>
    </message>
    <message>
        <source>An unexpected error happened, and the open article could not be saved. Copy your text somewhere safe, then restart HubDesk.</source>
        <translation>Une erreur inattendue s’est produite et l’article ouvert n’a pas pu être enregistré. Copiez votre texte en lieu sûr, puis redémarrez HubDesk.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>CreditDetails</name>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CreditEditor</name>
    <message>
        <source>As printed:</source>
        <translation>Tel qu’imprimé&#xa0;:</translation>
    </message>
    <message>
        <source>No source is credited yet. Add a credit, or paste a credit line such as “Title – Author – Outlet (09/09/2025)”.</source>
        <translation>Aucune source n’est encore créditée. Ajoutez un crédit, ou collez une ligne de crédit comme «&#xa0;Titre – Auteur – Média (09/09/2025)&#xa0;».</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a credit after the selected one</source>
        <translation>Ajouter un crédit après celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected credits</source>
        <translation>Retirer les crédits sélectionnés</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected credits up</source>
        <translation>Monter les crédits sélectionnés</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected credits down</source>
        <translation>Descendre les crédits sélectionnés</translation>
    </message>
    <message>
        <source>Paste credit line…</source>
        <translation>Coller une ligne de crédit…</translation>
    </message>
    <message>
        <source>Add credits from lines such as “Title – Author – Outlet (09/09/2025)”</source>
        <translation>Ajouter des crédits à partir de lignes comme «&#xa0;Titre – Auteur – Média (09/09/2025)&#xa0;»</translation>
    </message>
    <message>
        <source>Move credit up</source>
        <translation>Monter le crédit</translation>
    </message>
    <message>
        <source>Move credit down</source>
        <translation>Descendre le crédit</translation>
    </message>
    <message>
        <source>Paste credits</source>
        <translation>Coller des crédits</translation>
    </message>
    <message>
        <source>1 credit</source>
        <translation>1 crédit</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 crédits</translation>
    </message>
    <message>
        <source>(empty: not printed)</source>
        <translation>(vide&#xa0;: non imprimé)</translation>
    </message>
</context>
<context>
    <name>CreditPasteDialog</name>
    <message>
        <source>Paste credit lines</source>
        <translation>Coller des lignes de crédit</translation>
    </message>
    <message>
        <source>One credit per line, as printed under an article: Title – Author – Outlet (DD/MM/YYYY). Bullets are ignored.</source>
        <translation>Un crédit par ligne, tel qu’il est imprimé sous un article&#xa0;: Titre – Auteur – Média (JJ/MM/AAAA). Les puces sont ignorées.</translation>
    </message>
    <message>
        <source>• What is Mistral AI? – Anna Heim – TechCrunch (09/09/2025)</source>
        <translation>• What is Mistral AI? – Anna Heim – TechCrunch (09/09/2025)</translation>
    </message>
    <message>
        <source>Add credits</source>
        <translation>Ajouter des crédits</translation>
    </message>
    <message>
        <source>No credit recognised yet.</source>
        <translation>Aucun crédit reconnu pour l’instant.</translation>
    </message>
    <message>
        <source>1 credit will be added, printed as:</source>
        <translation>1 crédit sera ajouté, imprimé ainsi&#xa0;:</translation>
    </message>
    <message>
        <source>%1 credits will be added, printed as:</source>
        <translation>%1 crédits seront ajoutés, imprimés ainsi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CreditTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Tel qu’imprimé</translation>
    </message>
    <message>
        <source>Title of the original content</source>
        <translation>Titre du contenu original</translation>
    </message>
    <message>
        <source>Its author</source>
        <translation>Son auteur</translation>
    </message>
    <message>
        <source>Where it was published</source>
        <translation>Où il a été publié</translation>
    </message>
    <message>
        <source>Free text printed after the title, for sources without an author or outlet</source>
        <translation>Texte libre imprimé après le titre, pour les sources sans auteur ni média</translation>
    </message>
    <message>
        <source>Publication date: DD/MM/YYYY or YYYY-MM-DD</source>
        <translation>Date de publication&#xa0;: JJ/MM/AAAA ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Link to the original (http:// or https://)</source>
        <translation>Lien vers l’original (http:// ou https://)</translation>
    </message>
    <message>
        <source>A note printed beside the credit</source>
        <translation>Une note imprimée à côté du crédit</translation>
    </message>
    <message>
        <source>The credit as it is printed under the article</source>
        <translation>Le crédit tel qu’il est imprimé sous l’article</translation>
    </message>
    <message>
        <source>Title of the source</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <source>Free description, instead of author and outlet</source>
        <translation>Description libre, à la place de l’auteur et du média</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>(empty: not printed)</source>
        <translation>(vide&#xa0;: non imprimé)</translation>
    </message>
    <message>
        <source>This credit is empty and is not printed.</source>
        <translation>Ce crédit est vide et n’est pas imprimé.</translation>
    </message>
    <message>
        <source>%1
Links to %2</source>
        <translation>%1
Renvoie vers %2</translation>
    </message>
    <message>
        <source>Type the date as DD/MM/YYYY or YYYY-MM-DD; leave blank for none.</source>
        <translation>Saisissez la date au format JJ/MM/AAAA ou AAAA-MM-JJ&#x202f;; laissez vide s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Edit credit %1</source>
        <translation>Modifier le crédit (%1)</translation>
    </message>
    <message>
        <source>Add credit</source>
        <translation>Ajouter un crédit</translation>
    </message>
    <message>
        <source>Add credits</source>
        <translation>Ajouter des crédits</translation>
    </message>
    <message>
        <source>Remove credit</source>
        <translation>Retirer le crédit</translation>
    </message>
    <message>
        <source>Remove credits</source>
        <translation>Retirer les crédits</translation>
    </message>
    <message>
        <source>Move credit</source>
        <translation>Déplacer le crédit</translation>
    </message>
    <message>
        <source>Move credits</source>
        <translation>Déplacer les crédits</translation>
    </message>
</context>
<context>
    <name>DisclosureEditor</name>
    <message>
        <source>Written with an AI</source>
        <translation>Rédigé avec une IA</translation>
    </message>
    <message>
        <source>The text was drafted by an AI assistant</source>
        <translation>Le texte a été rédigé par un assistant IA</translation>
    </message>
    <message>
        <source>e.g. Chappie</source>
        <translation>p. ex. Chappie</translation>
    </message>
    <message>
        <source>e.g. Groupe Floteuil</source>
        <translation>p. ex. Groupe Floteuil</translation>
    </message>
    <message>
        <source>Who checked and approved the text</source>
        <translation>Qui a vérifié et validé le texte</translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation>Assistant&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Editor responsible:</source>
        <translation>Relu et validé par&#xa0;:</translation>
    </message>
    <message>
        <source>Mark as written with an AI</source>
        <translation>Indiquer la rédaction par une IA</translation>
    </message>
    <message>
        <source>Mark as not written with an AI</source>
        <translation>Retirer la mention de rédaction par une IA</translation>
    </message>
    <message>
        <source>Edit AI assistant</source>
        <translation>Modifier l’assistant IA</translation>
    </message>
    <message>
        <source>Edit AI organisation</source>
        <translation>Modifier l’organisation de l’IA</translation>
    </message>
    <message>
        <source>Edit responsible editor</source>
        <translation>Modifier le responsable de la relecture</translation>
    </message>
    <message>
        <source>Printed under the article (French):</source>
        <translation>Imprimé sous l’article (en français)&#xa0;:</translation>
    </message>
    <message>
        <source>Printed under the article (English):</source>
        <translation>Imprimé sous l’article (en anglais)&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is printed: the article is not marked as written with an AI and names no responsible editor.</source>
        <translation>Rien n’est imprimé&#xa0;: l’article n’est pas indiqué comme rédigé par une IA et ne nomme aucun responsable de la relecture.</translation>
    </message>
</context>
<context>
    <name>DuplicateQuestion</name>
    <message>
        <source>Already in the library</source>
        <translation>Déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>“%1” is already in the library.</source>
        <translation>« %1 » est déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>%1

Skip this file, update the existing article with it, or keep both?</source>
        <translation>%1

Ignorer ce fichier, mettre à jour l’article existant avec lui, ou garder les deux ?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Update the existing article</source>
        <translation>Mettre à jour l’article existant</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the %n other file(s)</source>
        <translation>
            <numerusform>Faire de même pour %n autre fichier</numerusform>
            <numerusform>Faire de même pour les %n autres fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>This article: %1</source>
        <translation>Cet article&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected article(s)</source>
        <translation>
            <numerusform>L’article sélectionné</numerusform>
            <numerusform>Les %n articles sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles with the status</source>
        <translation>Tous les articles ayant le statut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>Dossier où écrire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Format du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Include a table of contents</source>
        <translation>Inclure une table des matières</translation>
    </message>
    <message>
        <source>Include the AI disclosure sentence</source>
        <translation>Inclure la mention de rédaction par IA</translation>
    </message>
    <message>
        <source>Keep remote images (for publishing on the web)</source>
        <translation>Garder les images distantes (pour publier sur le web)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>Remote images stay &lt;img&gt; and load from their site when the page is opened.</source>
        <translation>Les images distantes restent des &lt;img&gt; et se chargent depuis leur site à l’ouverture de la page.</translation>
    </message>
    <message>
        <source>Remote images are shown as a link with their description and site (▣ description · site), as in the preview; nothing is fetched.</source>
        <translation>Les images distantes sont affichées comme un lien avec leur description et leur site (▣ description · site), comme dans l’aperçu&#xa0;; rien n’est téléchargé.</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Export de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) could not be exported.</source>
        <translation>
            <numerusform>%n article n’a pas pu être exporté.</numerusform>
            <numerusform>%n articles n’ont pas pu être exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; the files already written are kept.</source>
        <translation>Export annulé&#x202f;; les fichiers déjà écrits sont conservés.</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>HubDesk Markdown (.md)</source>
        <translation>Markdown HubDesk (.md)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>E-book (EPUB 3)</source>
        <translation>Livre numérique (EPUB 3)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Mots entiers seulement</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement stands for the first group)</source>
        <translation>Expression régulière (\1 dans le remplacement désigne le premier groupe)</translation>
    </message>
    <message>
        <source>Whole article</source>
        <translation>Tout l’article</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Section courante</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>Où chercher</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Replace every match (one Ctrl+Z undoes it)</source>
        <translation>Remplacer chaque occurrence (un seul Ctrl+Z annule le tout)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>The library search&apos;s words, found as it found them: case, accents and word endings ignored. Edit to search the text as written.</source>
        <translation>Les mots de la recherche dans la bibliothèque, trouvés comme elle les a trouvés : sans tenir compte de la casse, des accents ni des fins de mots. Modifiez-les pour chercher le texte tel qu’il est écrit.</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Expression régulière incorrecte : %1</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>Motif incorrect</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixTypography</name>
    <message>
        <source>Fix Typography</source>
        <translation>Corriger la typographie</translation>
    </message>
    <message>
        <source>The typography of the selection is already right.</source>
        <translation>La typographie de la sélection est déjà correcte.</translation>
    </message>
    <message>
        <source>The typography of the article is already right.</source>
        <translation>La typographie de l’article est déjà correcte.</translation>
    </message>
</context>
<context>
    <name>FormatCommands</name>
    <message>
        <source>Insert image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Images (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The image could not be inserted.</source>
        <translation>L’image n’a pas pu être insérée.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Whole article</source>
        <translation>Article entier</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Section courante</translation>
    </message>
    <message>
        <source>Show the versions of the whole article or of the section holding the cursor</source>
        <translation>Afficher les versions de l’article entier ou de la section où se trouve le curseur</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Select a version to see how it differs from the current text.</source>
        <translation>Sélectionnez une version pour voir en quoi elle diffère du texte actuel.</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Put this version back in the editor (Undo takes it back)</source>
        <translation>Remettre cette version dans l’éditeur (Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>No article open.</source>
        <translation>Aucun article ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved version(s).</source>
        <translation>
            <numerusform>%n version enregistrée.</numerusform>
            <numerusform>%n versions enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s).</source>
        <translation>
            <numerusform>%n validation.</numerusform>
            <numerusform>%n validations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of origin.</source>
        <translation>
            <numerusform>%n changement d’origine.</numerusform>
            <numerusform>%n changements d’origine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted section(s) can be restored.</source>
        <translation>
            <numerusform>%n section supprimée peut être restaurée.</numerusform>
            <numerusform>%n sections supprimées peuvent être restaurées.</numerusform>
        </translation>
    </message>
    <message>
        <source>the section was deleted since</source>
        <translation>la section a été supprimée depuis</translation>
    </message>
    <message>
        <source>the section is unchanged since</source>
        <translation>la section n’a pas changé depuis</translation>
    </message>
    <message>
        <source>the section changed since</source>
        <translation>la section a changé depuis</translation>
    </message>
    <message>
        <source>✓ signed off by %1</source>
        <translation>✓ validé par %1</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2: section %3, version %4; %5.</source>
        <translation>Validé par %1 le %2 : section %3, version %4 ; %5.</translation>
    </message>
    <message>
        <source>Title and lead</source>
        <translation>Titre et chapô</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimée)</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <source>earlier text</source>
        <translation>texte antérieur</translation>
    </message>
    <message numerus="yes">
        <source>new, %n word(s)</source>
        <translation>
            <numerusform>nouveau texte, %n mot</numerusform>
            <numerusform>nouveau texte, %n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 −%2 words</source>
        <translation>+%1 −%2 mots</translation>
    </message>
    <message>
        <source>This version could not be read.</source>
        <translation>Cette version n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>This is the current text.</source>
        <translation>C’est le texte actuel.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>This version could not be restored.</source>
        <translation>Cette version n’a pas pu être restaurée.</translation>
    </message>
    <message>
        <source>Restore title</source>
        <translation>Restaurer le titre</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Recherche des fichiers…</translation>
    </message>
    <message>
        <source>%1 imported, %2 refused.</source>
        <translation>%1 importé(s), %2 refusé(s).</translation>
    </message>
    <message>
        <source>Import cancelled: %1 files were not read. </source>
        <translation>Import annulé&#xa0;: %1 fichiers n’ont pas été lus. </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Importer un dossier d’articles</translation>
    </message>
    <message>
        <source>%1 already in the library (skipped), %2 updated, %3 kept as new copies.</source>
        <translation>%1 déjà dans la bibliothèque (ignorés), %2 mis à jour, %3 gardés en nouvelles copies.</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Déjà dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import article files: %1</source>
        <translation>Importer des fichiers d’articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Importing the article files (%1) of %2</source>
        <translation>Import des fichiers d’articles (%1) de %2</translation>
    </message>
    <message>
        <source>No importable file was found (%1).</source>
        <translation>Aucun fichier importable n’a été trouvé (%1).</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
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
    <name>LanguageRestart</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used after HubDesk restarts.</source>
        <translation>La nouvelle langue s’applique au redémarrage de HubDesk.</translation>
    </message>
    <message>
        <source>Restart now? Your work is saved first.</source>
        <translation>Redémarrer maintenant&#x202f;? Votre travail est d’abord enregistré.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>LibraryExchange</name>
    <message>
        <source>Export an archive</source>
        <translation>Exporter une archive</translation>
    </message>
    <message>
        <source>Which articles should the archive hold?</source>
        <translation>Quels articles l’archive doit-elle contenir&#x202f;?</translation>
    </message>
    <message>
        <source>The selected articles (%1)</source>
        <translation>Les articles sélectionnés (%1)</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <source>Import an archive</source>
        <translation>Importer une archive</translation>
    </message>
    <message>
        <source>Merge the articles of %1 into this library?

New articles are added; an article already here is replaced only by a newer copy.</source>
        <translation>Fusionner les articles de %1 dans cette bibliothèque&#x202f;?

Les nouveaux articles sont ajoutés&#x202f;; un article déjà présent n’est remplacé que par une version plus récente.</translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Date created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every article</source>
        <translation>Afficher tous les articles</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Trier&#xa0;:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>Descending order (click for ascending)</source>
        <translation>Ordre décroissant (cliquer pour l’ordre croissant)</translation>
    </message>
    <message>
        <source>Ascending order (click for descending)</source>
        <translation>Ordre croissant (cliquer pour l’ordre décroissant)</translation>
    </message>
</context>
<context>
    <name>LibraryGuard</name>
    <message>
        <source>The library is in use.</source>
        <translation>La bibliothèque est déjà utilisée.</translation>
    </message>
    <message>
        <source>The library {path} is damaged ({problem}). It has been kept aside as {aside}.</source>
        <translation>La bibliothèque {path} est endommagée ({problem}). Elle a été mise de côté sous le nom {aside}.</translation>
    </message>
    <message>
        <source>Damaged library</source>
        <translation>Bibliothèque endommagée</translation>
    </message>
    <message>
        <source>No good backup was found: HubDesk starts with an empty library.</source>
        <translation>Aucune sauvegarde valable n’a été trouvée&#xa0;: HubDesk démarre avec une bibliothèque vide.</translation>
    </message>
    <message>
        <source>Open the newest good backup, from {when}?</source>
        <translation>Ouvrir la sauvegarde valable la plus récente, du {when}&#x202f;?</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>Démarrer avec une bibliothèque vide</translation>
    </message>
    <message>
        <source>The library {path} is damaged ({problem}). Close HubDesk and start it again: it will keep the damaged file aside and offer the newest good backup.</source>
        <translation>La bibliothèque {path} est endommagée ({problem}). Fermez HubDesk et relancez-le : il mettra le fichier endommagé de côté et proposera la sauvegarde saine la plus récente.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Recovered after a crash</source>
        <translation>Récupéré après un arrêt brutal</translation>
    </message>
    <message>
        <source>HubDesk was not closed properly last time (process {pid}). The library is intact.</source>
        <translation>HubDesk n’a pas été fermé correctement la dernière fois (processus {pid}). La bibliothèque est intacte.</translation>
    </message>
    <message>
        <source>Last saved change: “{title}” at {when}.</source>
        <translation>Dernière modification enregistrée&#xa0;: «&#xa0;{title}&#xa0;» à {when}.</translation>
    </message>
    <message>
        <source>Saves waiting in the journal were recovered.</source>
        <translation>Les enregistrements en attente dans le journal ont été récupérés.</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup of this library yet in {folder}.</source>
        <translation>Il n’y a encore aucune sauvegarde de cette bibliothèque dans {folder}.</translation>
    </message>
    <message>
        <source>Replace the library by the backup from (the current content is kept as a backup first):</source>
        <translation>Remplacer la bibliothèque par la sauvegarde du (le contenu actuel est d’abord gardé en sauvegarde)&#xa0;:</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>La sauvegarde n’a pas pu être restaurée.</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Sauvegarde du {when} restaurée.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <source>Signed off: every section</source>
        <translation>Validé : toutes les sections</translation>
    </message>
    <message>
        <source>Sign-off stale: a section changed since</source>
        <translation>Validation périmée : une section a changé depuis</translation>
    </message>
    <message>
        <source>Not signed off: %1 of %2 sections signed</source>
        <translation>Non validé : %1 section(s) validée(s) sur %2</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search all articles…</source>
        <translation>Rechercher dans tous les articles…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
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
        <translation>L’article n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>The article could not be duplicated.</source>
        <translation>L’article n’a pas pu être dupliqué.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation>Mettre «&#xa0;%1&#xa0;» à la corbeille&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n articles to the trash?</source>
        <translation>
            <numerusform>Mettre %n article à la corbeille&#x202f;?</numerusform>
            <numerusform>Mettre %n articles à la corbeille&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>The article could not be moved to the trash.</source>
        <translation>L’article n’a pas pu être mis à la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the trash.</source>
        <translation>
            <numerusform>%n article mis à la corbeille.</numerusform>
            <numerusform>%n articles mis à la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n article(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement l’article de la corbeille&#x202f;? C’est sans retour.</numerusform>
            <numerusform>Supprimer définitivement les %n articles de la corbeille&#x202f;? C’est sans retour.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash could not be emptied.</source>
        <translation>La corbeille n’a pas pu être vidée.</translation>
    </message>
    <message>
        <source>The article could not be restored.</source>
        <translation>L’article n’a pas pu être restauré.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The article could not be saved. Close anyway and lose the changes?</source>
        <translation>L’article n’a pas pu être enregistré. Fermer quand même et perdre les modifications&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Title of the article</source>
        <translation>Titre de l’article</translation>
    </message>
    <message>
        <source>address-of-the-article</source>
        <translation>adresse-de-l-article</translation>
    </message>
    <message>
        <source>The last part of the article&apos;s web address: lower-case letters, digits and hyphens</source>
        <translation>La dernière partie de l’adresse web de l’article (slug)&#xa0;: lettres minuscules, chiffres et traits d’union</translation>
    </message>
    <message>
        <source>Generate the slug from the title again</source>
        <translation>Générer de nouveau l’identifiant à partir du titre</translation>
    </message>
    <message>
        <source>Who signs the article</source>
        <translation>Qui signe l’article</translation>
    </message>
    <message>
        <source>Edit author</source>
        <translation>Modifier l’auteur</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The language of the article: the printed credits and disclosure follow it</source>
        <translation>La langue de l’article&#xa0;: les crédits et la mention IA imprimés la suivent</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. AI, Europe, start-ups</source>
        <translation>Séparés par des virgules, p. ex. IA, Europe, start-up</translation>
    </message>
    <message>
        <source>One or two sentences shown in search results and link previews</source>
        <translation>Une ou deux phrases affichées dans les résultats de recherche et les aperçus de liens</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Slug:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Generate slug</source>
        <translation>Générer l’identifiant</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit slug</source>
        <translation>Modifier l’identifiant</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer de statut</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Modifier les mots-clés</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Published: the slug no longer follows the title.</source>
        <translation>Publié&#xa0;: l’identifiant ne suit plus le titre.</translation>
    </message>
    <message>
        <source>Set by hand: it no longer follows the title.</source>
        <translation>Saisi à la main&#xa0;: il ne suit plus le titre.</translation>
    </message>
    <message>
        <source>Follows the title.</source>
        <translation>Suit le titre.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
</context>
<context>
    <name>ModesAndHelp</name>
    <message>
        <source>The user guide could not be opened.</source>
        <translation>Le guide de l’utilisateur n’a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>OfflinePolicy</name>
    <message>
        <source>Open link in browser?</source>
        <translation>Ouvrir le lien dans le navigateur&#x202f;?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#x202f;?

%1</translation>
    </message>
</context>
<context>
    <name>OpeningProgress</name>
    <message>
        <source>Opening the article… %1 %</source>
        <translation>Ouverture de l’article… %1 %</translation>
    </message>
</context>
<context>
    <name>OutlineMarks</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>AI, %2% edited</source>
        <translation>IA, %2 % retouché</translation>
    </message>
    <message>
        <source>✓ signed</source>
        <translation>✓ validée</translation>
    </message>
    <message>
        <source>AI %1%</source>
        <translation>IA %1 %</translation>
    </message>
    <message>
        <source>⚠ changed</source>
        <translation>⚠ modifiée</translation>
    </message>
    <message>
        <source>○ to sign</source>
        <translation>○ à valider</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>AI: %1</source>
        <translation>IA : %1</translation>
    </message>
    <message>
        <source>AI: %1, %2% edited</source>
        <translation>IA : %1, %2 % retouché</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2</source>
        <translation>Validée par %1 le %2</translation>
    </message>
</context>
<context>
    <name>OutlineTarget</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Outline · %1 % of %2</source>
        <translation>Plan · %1 % de %2</translation>
    </message>
    <message>
        <source>%1 of %2 words; %3 to go</source>
        <translation>%1 mots sur %2&#x202f;; encore %3</translation>
    </message>
    <message>
        <source>Word target of %1 words reached</source>
        <translation>Objectif de %1 mots atteint</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Application password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <source>No keyring keeps the password of %1 on this computer.
Application password for %2:</source>
        <translation>Aucun trousseau ne garde le mot de passe de %1 sur cet ordinateur.
Mot de passe d’application de %2&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PasteBounds</name>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Rien n’a été collé.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
</context>
<context>
    <name>ProvenanceCommands</name>
    <message>
        <source>AI draft</source>
        <translation>Brouillon IA</translation>
    </message>
    <message>
        <source>Which AI assistant drafted this text?</source>
        <translation>Quel assistant IA a rédigé ce texte ?</translation>
    </message>
    <message>
        <source>The section&apos;s origin could not be recorded.</source>
        <translation>L’origine de la section n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>ProvenanceRows</name>
    <message>
        <source>written by a person</source>
        <translation>écrite par une personne</translation>
    </message>
    <message>
        <source>an AI</source>
        <translation>une IA</translation>
    </message>
    <message>
        <source>AI draft (%1)</source>
        <translation>brouillon IA (%1)</translation>
    </message>
    <message>
        <source>AI draft (%1), %2 % edited</source>
        <translation>brouillon IA (%1), %2 % retouché</translation>
    </message>
    <message>
        <source>set on import from the disclosure</source>
        <translation>fixée à l’import d’après la mention IA</translation>
    </message>
    <message>
        <source>pasted as AI draft</source>
        <translation>collée comme brouillon IA</translation>
    </message>
    <message>
        <source>marked by hand</source>
        <translation>indiquée à la main</translation>
    </message>
    <message>
        <source>edited share changed on saving</source>
        <translation>part retouchée changée à l’enregistrement</translation>
    </message>
    <message>
        <source>recorded before this history</source>
        <translation>enregistrée avant cet historique</translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <source>Origin: %1 sections changed</source>
        <translation>Origine : %1 sections modifiées</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origine : %1</translation>
    </message>
    <message>
        <source>%1 sections</source>
        <translation>%1 sections</translation>
    </message>
    <message>
        <source>Origin %1 on %2:</source>
        <translation>Origine %1 le %2 :</translation>
    </message>
    <message>
        <source>Section %1 (%2): %3</source>
        <translation>Section %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to WordPress</source>
        <translation>Publier sur WordPress</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>En attente de relecture</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Comma-separated; created when missing</source>
        <translation>Séparées par des virgules&#x202f;; créées si elles manquent</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Folder of the articles&apos; local images</source>
        <translation>Dossier des images locales des articles</translation>
    </message>
    <message>
        <source>&amp;Images folder:</source>
        <translation>Dossier des &amp;images&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) to publish.</source>
        <translation>
            <numerusform>%n article à publier.</numerusform>
            <numerusform>%n articles à publier.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>No WordPress site yet: add one with File ▸ WordPress Sites…</source>
        <translation>Aucun site WordPress pour l’instant&#xa0;: ajoutez-en un avec Fichier ▸ Sites WordPress…</translation>
    </message>
    <message>
        <source>%1 (the site&apos;s user)</source>
        <translation>%1 (l’utilisateur du site)</translation>
    </message>
    <message>
        <source>The post&apos;s author on the site</source>
        <translation>L’auteur de l’article sur le site</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>“%1”: the site&apos;s version was kept as a new revision.</source>
        <translation>«&#x202f;%1&#x202f;»&#xa0;: la version du site a été gardée comme nouvelle révision.</translation>
    </message>
    <message>
        <source>“%1”: not published (the site&apos;s copy changed).</source>
        <translation>«&#x202f;%1&#x202f;»&#xa0;: non publié (la version du site a changé).</translation>
    </message>
    <message>
        <source>“%1” created as post %2.</source>
        <translation>«&#x202f;%1&#x202f;» créé comme billet %2.</translation>
    </message>
    <message>
        <source>“%1” updated (post %2).</source>
        <translation>«&#x202f;%1&#x202f;» mis à jour (billet %2).</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>Pull from Site</source>
        <translation>Rapatrier depuis le site</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>Imports the posts changed on the site since the last pull.</source>
        <translation>Importe les billets modifiés sur le site depuis le dernier rapatriement.</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Rapatrier</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>No WordPress site yet: add one with File ▸ WordPress Sites…</source>
        <translation>Aucun site WordPress pour l’instant&#xa0;: ajoutez-en un avec Fichier ▸ Sites WordPress…</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>Rapatriement depuis %1…</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Arrêt après cette page…</translation>
    </message>
    <message>
        <source>%1 of %2 posts…</source>
        <translation>%1 billets sur %2…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation>%1 nouveau(x), %2 mis à jour, %3 inchangé(s).</translation>
    </message>
    <message>
        <source>Stopped; the posts pulled so far are in the library.</source>
        <translation>Arrêté&#x202f;; les billets déjà rapatriés sont dans la bibliothèque.</translation>
    </message>
    <message>
        <source>%1 article(s) changed both here and on the site were left as they are; publish them to choose which version stays.</source>
        <translation>%1 article(s) modifié(s) ici et sur le site ont été laissés tels quels&#x202f;; publiez-les pour choisir la version à garder.</translation>
    </message>
    <message>
        <source>%1 post(s) without article text were skipped.</source>
        <translation>%1 billet(s) sans texte d’article ont été ignorés.</translation>
    </message>
    <message>
        <source>“%1”: the site&apos;s version was kept as a new revision.</source>
        <translation>«&#x202f;%1&#x202f;»&#xa0;: la version du site a été gardée comme nouvelle révision.</translation>
    </message>
    <message>
        <source>“%1”: left as it is here and on the site.</source>
        <translation>«&#x202f;%1&#x202f;»&#xa0;: laissé tel quel ici et sur le site.</translation>
    </message>
    <message>
        <source>“%1”: the site now has this version (post %2).</source>
        <translation>«&#x202f;%1&#x202f;»&#xa0;: le site a maintenant cette version (article %2).</translation>
    </message>
</context>
<context>
    <name>ReaderTheme</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Go to a section (T)</source>
        <translation>Aller à une section (T)</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédent</translation>
    </message>
    <message>
        <source>Previous article in the list (Alt+Left)</source>
        <translation>Article précédent de la liste (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Next article in the list (Alt+Right)</source>
        <translation>Article suivant de la liste (Alt+Droite)</translation>
    </message>
    <message>
        <source>Reading theme</source>
        <translation>Thème de lecture</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Texte plus petit (Ctrl+Moins)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+Plus)</source>
        <translation>Texte plus grand (Ctrl+Plus)</translation>
    </message>
    <message>
        <source>Leave reader</source>
        <translation>Quitter la lecture</translation>
    </message>
    <message>
        <source>Back to writing (Esc)</source>
        <translation>Revenir à l’écriture (Échap)</translation>
    </message>
    <message>
        <source>Top of the article</source>
        <translation>Haut de l’article</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Section %1 of %2</source>
        <translation>Section %1 sur %2</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>encore %1 min</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>About %1 min to read (%2 words).</source>
        <translation>Environ %1 min de lecture (%2 mots).</translation>
    </message>
    <message>
        <source>Not opened in the reader yet.</source>
        <translation>Pas encore ouvert en mode lecture.</translation>
    </message>
    <message>
        <source>Read to the end.</source>
        <translation>Lu jusqu’au bout.</translation>
    </message>
    <message>
        <source>%1 % read.</source>
        <translation>%1&#xa0;% lu.</translation>
    </message>
</context>
<context>
    <name>ReferenceExchange</name>
    <message>
        <source>&amp;Import from a reference manager…</source>
        <translation>&amp;Importer d’un gestionnaire de références…</translation>
    </message>
    <message>
        <source>Add credits from a BibTeX, CSL-JSON or RIS file (as Zotero and other managers export them)</source>
        <translation>Ajouter des crédits d’un fichier BibTeX, CSL-JSON ou RIS (tels que Zotero et d’autres gestionnaires les exportent)</translation>
    </message>
    <message>
        <source>&amp;Export credits…</source>
        <translation>&amp;Exporter les crédits…</translation>
    </message>
    <message>
        <source>Save the credits as CSL-JSON or BibTeX</source>
        <translation>Enregistrer les crédits en CSL-JSON ou BibTeX</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Import credits from a reference manager, or export them</source>
        <translation>Importer des crédits d’un gestionnaire de références, ou les exporter</translation>
    </message>
    <message>
        <source>Import credits from a reference manager</source>
        <translation>Importer des crédits d’un gestionnaire de références</translation>
    </message>
    <message>
        <source>References (*.bib *.bibtex *.json *.ris);;BibTeX (*.bib *.bibtex);;CSL-JSON (*.json);;RIS (*.ris);;All files (*)</source>
        <translation>Références (*.bib *.bibtex *.json *.ris);;BibTeX (*.bib *.bibtex);;CSL-JSON (*.json);;RIS (*.ris);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No credits were imported.</source>
        <translation>Aucun crédit n’a été importé.</translation>
    </message>
    <message>
        <source>Import credits</source>
        <translation>Importer des crédits</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) imported from %1.</source>
        <translation>
            <numerusform>%n crédit importé de %1.</numerusform>
            <numerusform>%n crédits importés de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the credits, not added again.</source>
        <translation>
            <numerusform>%n déjà dans les crédits, pas ajouté de nouveau.</numerusform>
            <numerusform>%n déjà dans les crédits, pas ajoutés de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed entry(ies) skipped:</source>
        <translation>
            <numerusform>%n entrée mal formée ignorée :</numerusform>
            <numerusform>%n entrées mal formées ignorées :</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>unreadable date %1</source>
        <translation>date illisible %1</translation>
    </message>
    <message>
        <source>no month %1</source>
        <translation>mois inexistant %1</translation>
    </message>
    <message>
        <source>no such date %1</source>
        <translation>date inexistante %1</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>malformed address %1</source>
        <translation>adresse mal formée %1</translation>
    </message>
    <message>
        <source>an author is not a name</source>
        <translation>un auteur n’est pas un nom</translation>
    </message>
    <message>
        <source>not a reference</source>
        <translation>pas une référence</translation>
    </message>
    <message>
        <source>malformed BibTeX</source>
        <translation>BibTeX mal formé</translation>
    </message>
    <message>
        <source>malformed RIS %1</source>
        <translation>RIS mal formé %1</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>Export credits</source>
        <translation>Exporter les crédits</translation>
    </message>
    <message>
        <source>The credits could not be exported.</source>
        <translation>Les crédits n’ont pas pu être exportés.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Checking %1 and restoring it…</source>
        <translation>Vérification de %1 et restauration…</translation>
    </message>
    <message>
        <source>The backup is restored.</source>
        <translation>La sauvegarde est restaurée.</translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <source>Checklist</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Sign Off &amp;Section</source>
        <translation>Valider la &amp;section</translation>
    </message>
    <message>
        <source>Vouch for the current section as it reads now</source>
        <translation>Valider la section courante telle qu’elle se lit maintenant</translation>
    </message>
    <message>
        <source>Sign Off &amp;Article</source>
        <translation>Valider l’&amp;article</translation>
    </message>
    <message>
        <source>Vouch for every section as it reads now</source>
        <translation>Valider chaque section telle qu’elle se lit maintenant</translation>
    </message>
    <message>
        <source>Mark Section as AI &amp;Draft…</source>
        <translation>Marquer la section comme &amp;brouillon IA…</translation>
    </message>
    <message>
        <source>Record the current section as drafted by an AI assistant</source>
        <translation>Enregistrer la section courante comme rédigée par un assistant IA</translation>
    </message>
    <message>
        <source>Mark Section as Written by a &amp;Person</source>
        <translation>Marquer la section comme écrite par une &amp;personne</translation>
    </message>
    <message>
        <source>&amp;Paste as AI Draft</source>
        <translation>&amp;Coller comme brouillon IA</translation>
    </message>
    <message>
        <source>Paste, and record the text as drafted by an AI assistant</source>
        <translation>Coller, et enregistrer le texte comme rédigé par un assistant IA</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Some sections are not signed off, or changed since. Mark the article ready anyway?</source>
        <translation>Des sections ne sont pas validées, ou ont changé depuis. Marquer l’article prêt quand même ?</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Title: edit it in the Metadata panel</source>
        <translation>Titre&#xa0;: modifiez-le dans le panneau Métadonnées</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>AI disclosure</source>
        <translation>Mention IA</translation>
    </message>
    <message>
        <source>No disclosure</source>
        <translation>Aucune mention</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Intertitre&#xa0;:</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Split section</source>
        <translation>Scinder la section</translation>
    </message>
    <message>
        <source>Heading of the new section:</source>
        <translation>Intertitre de la nouvelle section&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Reader theme</source>
        <translation>Thème du mode lecture</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Reader text size</source>
        <translation>Taille du texte en mode lecture</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Langue (après redémarrage)</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Police de l’éditeur</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Taille de police de l’éditeur</translation>
    </message>
    <message>
        <source>Editor line width (characters)</source>
        <translation>Largeur de ligne de l’éditeur (caractères)</translation>
    </message>
    <message>
        <source>Preview font size</source>
        <translation>Taille de police de l’aperçu</translation>
    </message>
    <message>
        <source>Save after typing stops (ms)</source>
        <translation>Enregistrer après l’arrêt de la frappe (ms)</translation>
    </message>
    <message>
        <source>Typography as you type (quotes, apostrophes, spaces), by article language</source>
        <translation>Typographie à la frappe (guillemets, apostrophes, espaces), selon la langue de l’article</translation>
    </message>
    <message>
        <source>Check spelling as you type, in the article&apos;s language</source>
        <translation>Vérifier l’orthographe à la frappe, dans la langue de l’article</translation>
    </message>
    <message>
        <source>Typewriter scrolling (the line being written stays in the middle)</source>
        <translation>Défilement machine à écrire (la ligne en cours reste au milieu)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Your name, for review sign-offs</source>
        <translation>Votre nom, pour les validations de relecture</translation>
    </message>
    <message>
        <source>Exporting with sections not signed off</source>
        <translation>Exporter avec des sections non validées</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Avertir</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search a command or a key…</source>
        <translation>Chercher une commande ou une touche…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Aucun raccourci ne correspond.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>Source credits</source>
        <translation>Crédits des sources</translation>
    </message>
    <message>
        <source>AI disclosure</source>
        <translation>Mention IA</translation>
    </message>
</context>
<context>
    <name>SignOffCommands</name>
    <message>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Your name, as the reviewing editor (kept in Preferences):</source>
        <translation>Votre nom, comme rédacteur relecteur (gardé dans les Préférences) :</translation>
    </message>
    <message>
        <source>The sign-off could not be recorded.</source>
        <translation>La validation n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) not signed off, or changed since.</source>
        <translation>
            <numerusform>%n section non validée, ou modifiée depuis.</numerusform>
            <numerusform>%n sections non validées, ou modifiées depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish anyway?</source>
        <translation>Publier quand même ?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Sign them off before publishing (see Preferences).</source>
        <translation>Validez-les avant de publier (voir Préférences).</translation>
    </message>
    <message>
        <source>Sign them off before exporting (see Preferences).</source>
        <translation>Validez-les avant d’exporter (voir les Préférences).</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Exporter quand même ?</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>WordPress Sites</source>
        <translation>Sites WordPress</translation>
    </message>
    <message>
        <source>&amp;Remove Site</source>
        <translation>&amp;Retirer le site</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>a short name, e.g. blog</source>
        <translation>un nom court, p. ex. blog</translation>
    </message>
    <message>
        <source>Users ▸ Profile ▸ Application Passwords</source>
        <translation>Comptes ▸ Profil ▸ Mots de passe d’application</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>Mot de &amp;passe d’application&#xa0;:</translation>
    </message>
    <message>
        <source>Check and &amp;Add</source>
        <translation>Vérifier et a&amp;jouter</translation>
    </message>
    <message>
        <source>The password is checked with the site, then kept in the system keyring, never in the library.</source>
        <translation>Le mot de passe est vérifié auprès du site, puis gardé dans le trousseau du système, jamais dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Checking the password with the site…</source>
        <translation>Vérification du mot de passe auprès du site…</translation>
    </message>
    <message>
        <source>The password is in the system keyring.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keyring on this computer: the password was not kept; HubDesk will ask for it (or set HUBDESK_SITE_PASSWORD).</source>
        <translation>Pas de trousseau sur cet ordinateur&#xa0;: le mot de passe n’a pas été gardé&#x202f;; HubDesk le demandera (ou définissez HUBDESK_SITE_PASSWORD).</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 ajouté, en tant que %2.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retiré.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to the Dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer « %1 »</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Modifications non enregistrées</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <source>Changes are saved a moment after you stop typing (Ctrl+S saves now)</source>
        <translation>Les modifications sont enregistrées peu après l’arrêt de la frappe (Ctrl+S enregistre tout de suite)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) selected</source>
        <translation>
            <numerusform>%n mot sélectionné</numerusform>
            <numerusform>%n mots sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % de %2</translation>
    </message>
    <message>
        <source>Word target: %1 words; %2 to go</source>
        <translation>Objectif : %1 mots ; encore %2</translation>
    </message>
    <message>
        <source>Word target of %1 words reached</source>
        <translation>Objectif de %1 mots atteint</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>TitleField</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>Titre de l’article</translation>
    </message>
    <message>
        <source>The article&apos;s title: the one heading of level 1 in every output</source>
        <translation>Le titre de l’article : le seul titre de niveau 1 de chaque export</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
</context>
<context>
    <name>TypographyDialog</name>
    <message>
        <source>Fix Typography</source>
        <translation>Corriger la typographie</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the selection.</source>
        <translation>
            <numerusform>%n changement dans la sélection.</numerusform>
            <numerusform>%n changements dans la sélection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the article.</source>
        <translation>
            <numerusform>%n changement dans l’article.</numerusform>
            <numerusform>%n changements dans l’article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untick those to leave as they are.</source>
        <translation>Décochez ceux à laisser tels quels.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>◦ narrow no-break space   • no-break space   ␣ space</source>
        <translation>◦ espace fine insécable   • espace insécable   ␣ espace</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Untick All</source>
        <translation>Tout décocher</translation>
    </message>
</context>
<context>
    <name>ValidationMessages</name>
    <message>
        <source>“%1” is not a date. Type it as DD/MM/YYYY (for example 09/09/2025) or YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Saisissez-la au format JJ/MM/AAAA (par exemple 09/09/2025) ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar: check the day and the month (DD/MM/YYYY).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un jour du calendrier&#xa0;: vérifiez le jour et le mois (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>“%1” is not a web address: it contains spaces.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: elle contient des espaces.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: a credit link must start with http:// or https://.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: le lien d’un crédit doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>“%1” has no valid host name after http:// or https://.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de nom de domaine valable après http:// ou https://.</translation>
    </message>
    <message>
        <source>The slug cannot be empty: use letters or digits.</source>
        <translation>L’identifiant ne peut pas être vide&#xa0;: utilisez des lettres ou des chiffres.</translation>
    </message>
    <message>
        <source>A slug may only hold lower-case letters a-z, digits and single hyphens between words.</source>
        <translation>Un identifiant ne peut contenir que des lettres minuscules a-z, des chiffres et un seul trait d’union entre les mots.</translation>
    </message>
    <message>
        <source>A slug may not be longer than %1 characters.</source>
        <translation>Un identifiant ne peut pas dépasser %1 caractères.</translation>
    </message>
</context>
<context>
    <name>WordCounts</name>
    <message>
        <source>Word target</source>
        <translation>Objectif de mots</translation>
    </message>
    <message>
        <source>Words this article should reach (0: no target):</source>
        <translation>Nombre de mots que l’article doit atteindre (0 : aucun objectif) :</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>HubDesk</source>
        <extracomment>Tests replace this to record messages instead of opening a modal dialog.</extracomment>
        <translation>HubDesk</translation>
    </message>
</context>
</TS>
