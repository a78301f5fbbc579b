<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tremplin</source>
        <translation>À propos de Tremplin</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tremplin&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tremplin&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Run citizen-initiative accelerator programmes, from the call for applications to the last grant tranche, entirely offline.</source>
        <translation>Pilotez vos programmes d’accélération d’initiatives citoyennes, de l’appel à candidatures à la dernière tranche de subvention, entièrement hors ligne.</translation>
    </message>
    <message>
        <source>Tremplin is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with absolutely no warranty.</source>
        <translation>Tremplin est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
</context>
<context>
    <name>ApplicationImportDialog</name>
    <message>
        <source>Import Applications</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <source>&amp;Promotion of new applications:</source>
        <translation>&amp;Promotion des nouvelles candidatures :</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Payments</source>
        <translation>Importer des versements</translation>
    </message>
    <message>
        <source>What each column holds (the first line of the file is its header):</source>
        <translation>Ce que contient chaque colonne (la première ligne du fichier en est l’en-tête) :</translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>One-&amp;liner:</source>
        <translation>&amp;Accroche :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hématiques :</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;maine :</translation>
    </message>
    <message>
        <source>&amp;Territories:</source>
        <translation>&amp;Territoires :</translation>
    </message>
    <message>
        <source>T&amp;own:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>Main &amp;impact:</source>
        <translation>&amp;Impact principal :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>Structure &amp;porteuse</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Structure :</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique :</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>SI&amp;RET :</translation>
    </message>
    <message>
        <source>732 829 320 00074</source>
        <translation>732 829 320 00074</translation>
    </message>
    <message>
        <source>&amp;RNA number:</source>
        <translation>Numéro R&amp;NA :</translation>
    </message>
    <message>
        <source>W123456789</source>
        <translation>W123456789</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>New carrier &amp;organisation</source>
        <translation>Nouvelle structure p&amp;orteuse</translation>
    </message>
    <message>
        <source>&amp;Needs and actions</source>
        <translation>&amp;Besoins et actions</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation>Retirer le besoin</translation>
    </message>
    <message>
        <source>Prioritised actions</source>
        <translation>Actions prioritaires</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Retirer l’action</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>P&amp;hases</translation>
    </message>
    <message>
        <source>Participation in the programme phases</source>
        <translation>Participation aux phases du programme</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>S&amp;ubventions</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Open in the &amp;Grants workspace</source>
        <translation>Ouvrir dans l’espace &amp;Subventions</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Meetings and notes</source>
        <translation>Réunions et notes</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonnes</translation>
    </message>
    <message>
        <source>Acceleration officer, referents and contacts</source>
        <translation>Chargé d’accélération, référents et contacts</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Public partners</source>
        <translation>Partenaires publics</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <source>Impact &amp;indicators</source>
        <translation>&amp;Indicateurs d’impact</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Retirer l’indicateur</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Retirer la mesure</translation>
    </message>
    <message>
        <source>Take Part in a Phase…</source>
        <translation>Participer à une phase…</translation>
    </message>
    <message>
        <source>Leave the Phase</source>
        <translation>Quitter la phase</translation>
    </message>
    <message>
        <source>&amp;Admissibility:</source>
        <translation>&amp;Recevabilité :</translation>
    </message>
    <message>
        <source>&amp;Reason if not admissible:</source>
        <translation>Moti&amp;f de non-recevabilité :</translation>
    </message>
    <message>
        <source>Admissibility not&amp;e:</source>
        <translation>Not&amp;e sur la recevabilité :</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Dossier de fichiers</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>tremplin::AboutDialog</name>
    <message>
        <source>Version %1, built with Qt %2, running on Qt %3.</source>
        <translation>Version %1, compilée avec Qt %2, exécutée avec Qt %3.</translation>
    </message>
    <message>
        <source>Qt's own translations (file dialogs, standard buttons) are loaded from %1.</source>
        <translation>Les traductions propres à Qt (boîtes de dialogue de fichiers, boutons standard) sont chargées depuis %1.</translation>
    </message>
    <message>
        <source>Qt's own translations were not found in %1: file dialogs and standard buttons stay in English. On Debian or Ubuntu, install the package qt6-translations-l10n.</source>
        <translation>Les traductions propres à Qt sont introuvables dans %1 : les boîtes de dialogue de fichiers et les boutons standard restent en anglais. Sous Debian ou Ubuntu, installez le paquet qt6-translations-l10n.</translation>
    </message>
</context>
<context>
    <name>tremplin::AgendaModel</name>
    <message>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(amended)</source>
        <translation>(modifiée)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Asked of the committee</source>
        <translation>Demande au comité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Financé</translation>
    </message>
</context>
<context>
    <name>tremplin::AmountTableModel</name>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Committed to date</source>
        <translation>Engagé cumulé</translation>
    </message>
    <message>
        <source>Disbursed to date</source>
        <translation>Versé cumulé</translation>
    </message>
</context>
<context>
    <name>tremplin::App</name>
    <message>
        <source>Run citizen-initiative accelerator programmes, offline.</source>
        <translation>Pilotez vos programmes d’accélération d’initiatives citoyennes, hors ligne.</translation>
    </message>
    <message>
        <source>Open this database instead of the last one used.</source>
        <translation>Ouvrir cette base de données au lieu de la dernière utilisée.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Interface language for this run: fr or en.</source>
        <translation>Langue de l’interface pour cette exécution : fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Quit as soon as the main window has been painted, printing the time it took (for the startup benchmark).</source>
        <translation>Quitter dès que la fenêtre principale est dessinée, en affichant le temps écoulé (pour la mesure du démarrage).</translation>
    </message>
    <message>
        <source>Measure the interface on the database (for tremplin-cli bench), write the results as JSON to this file and quit.</source>
        <translation>Mesurer l’interface sur la base (pour tremplin-cli bench), écrire les résultats en JSON dans ce fichier et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The database to open (like --database).</source>
        <translation>La base de données à ouvrir (comme --database).</translation>
    </message>
    <message>
        <source>Tremplin opens one file at a time; give one file.</source>
        <translation>Tremplin ouvre un fichier à la fois ; indiquez un seul fichier.</translation>
    </message>
    <message>
        <source>Open this juror pack in juror mode, to score its applications (no programme file is opened).</source>
        <translation>Ouvrir ce dossier de juré en mode juré, pour noter ses candidatures (aucun fichier de programme n’est ouvert).</translation>
    </message>
    <message>
        <source>Take no daily snapshot of the file on opening (tremplin-cli bench runs the window so; snapshots before imports and upgrades are still taken).</source>
        <translation>Ne pas prendre l’instantané quotidien du fichier à l’ouverture (tremplin-cli bench lance ainsi la fenêtre ; les instantanés avant les imports et les mises à niveau sont toujours pris).</translation>
    </message>
</context>
<context>
    <name>tremplin::ApplicationImport</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Being completed</source>
        <translation>En construction</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En instruction</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Closed without follow-up</source>
        <translation>Classé sans suite</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Main impact</source>
        <translation>Impact principal</translation>
    </message>
    <message>
        <source>DS dossier number</source>
        <translation>Numéro de dossier DS</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Carrier organisation</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>Numéro RNA</translation>
    </message>
    <message>
        <source>Referent's name</source>
        <translation>Nom du référent</translation>
    </message>
    <message>
        <source>Referent's first name</source>
        <translation>Prénom du référent</translation>
    </message>
    <message>
        <source>Referent's e-mail</source>
        <translation>Courriel du référent</translation>
    </message>
    <message>
        <source>Referent's phone</source>
        <translation>Téléphone du référent</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Impact indicator</source>
        <translation>Indicateur d’impact</translation>
    </message>
    <message>
        <source>Indicator's initial value</source>
        <translation>Valeur initiale de l’indicateur</translation>
    </message>
    <message>
        <source>Indicator's target value</source>
        <translation>Valeur cible de l’indicateur</translation>
    </message>
    <message>
        <source>DS state</source>
        <translation>État DS</translation>
    </message>
    <message>
        <source>Decision's motivation</source>
        <translation>Motivation de la décision</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Admissibility note</source>
        <translation>Note sur la recevabilité</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>A Démarches simplifiées dossier export is recognised by its headers (ID, État du dossier…). Other files: columns recognised by their header (case, accents and punctuation do not matter):</source>
        <translation>Un export de dossiers Démarches simplifiées est reconnu à ses en-têtes (ID, État du dossier…). Autres fichiers : colonnes reconnues à leur en-tête (majuscules, accents et ponctuation indifférents) :</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>States: labels (Accepté, Refusé, Classé sans suite, En instruction…) or API codes (accepte, refuse, sans_suite…). Accepted dossiers become admissible; refused and closed ones not admissible, with the motivation as the note.</source>
        <translation>États : libellés (Accepté, Refusé, Classé sans suite, En instruction…) ou codes de l’API (accepte, refuse, sans_suite…). Les dossiers acceptés deviennent recevables ; les refusés et classés sans suite non recevables, avec la motivation pour note.</translation>
    </message>
    <message>
        <source>%1 is too large to be a list of applications.</source>
        <translation>%1 est trop volumineux pour être une liste de candidatures.</translation>
    </message>
    <message>
        <source>No column holds the project's name (or its carrier's): map one.</source>
        <translation>Aucune colonne ne contient le nom du projet (ni celui de sa structure) : indiquez-en une.</translation>
    </message>
    <message>
        <source>The file has no dossiers.</source>
        <translation>Le fichier ne contient aucun dossier.</translation>
    </message>
    <message>
        <source>“%1” is not a dossier number</source>
        <translation>« %1 » n’est pas un numéro de dossier</translation>
    </message>
    <message>
        <source>no project name</source>
        <translation>pas de nom de projet</translation>
    </message>
    <message>
        <source>“%1” is not a valid SIRET</source>
        <translation>« %1 » n’est pas un SIRET valide</translation>
    </message>
    <message>
        <source>“%1” is not a valid RNA number</source>
        <translation>« %1 » n’est pas un numéro RNA valide</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>« %1 » n’est pas une adresse électronique valide</translation>
    </message>
    <message>
        <source>“%1” is not a website address</source>
        <translation>« %1 » n’est pas une adresse de site web</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>« %1 » n’est pas un montant</translation>
    </message>
    <message>
        <source>“%1” is not a number (%2)</source>
        <translation>« %1 » n’est pas un nombre (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a Démarches simplifiées state</source>
        <translation>« %1 » n’est pas un état Démarches simplifiées</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>« %1 » n’est pas une date</translation>
    </message>
    <message>
        <source>dossier %1 is also on line %2</source>
        <translation>le dossier %1 figure aussi ligne %2</translation>
    </message>
    <message>
        <source>probably the same project as line %1 (“%2”)</source>
        <translation>probablement le même projet que ligne %1 (« %2 »)</translation>
    </message>
    <message>
        <source>probably the same project as “%1”, already in Tremplin</source>
        <translation>probablement le même projet que « %1 », déjà dans Tremplin</translation>
    </message>
    <message>
        <source>probably the same project as “%1” (dossier %2)</source>
        <translation>probablement le même projet que « %1 » (dossier %2)</translation>
    </message>
    <message>
        <source>this export is older than the last import: nothing changes</source>
        <translation>cet export est plus ancien que le dernier import : rien ne change</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base n’est ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n dossier a des problèmes ; rien n’a été importé.</numerusform>
            <numerusform>%n dossiers ont des problèmes ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database changed since the file was checked: check it again. Nothing was imported.</source>
        <translation>La base a changé depuis la vérification du fichier : vérifiez-le de nouveau. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Several promotions are named “%1”.</source>
        <translation>Plusieurs promotions s’appellent « %1 ».</translation>
    </message>
    <message>
        <source>The file has no programme to add a promotion to.</source>
        <translation>Le fichier n’a pas de programme auquel ajouter une promotion.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s) from %1</source>
        <translation>
            <numerusform>%n candidature importée de %1</numerusform>
            <numerusform>%n candidatures importées de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::ApplicationImportDialog</name>
    <message>
        <source>Meaning of column “%1”</source>
        <translation>Sens de la colonne « %1 »</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import &amp;Clean Ones</source>
        <translation>Importer les dossiers &amp;valides</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>A Démarches simplifiées export: its columns are recognised.</source>
        <translation>Un export Démarches simplifiées : ses colonnes sont reconnues.</translation>
    </message>
    <message>
        <source>What each column holds (the first line of the file is its header):</source>
        <translation>Ce que contient chaque colonne (la première ligne du fichier est son en-tête) :</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n dossier(s), %2, separator “%3”.</source>
        <translation>
            <numerusform>%1 — %n dossier, %2, séparateur « %3 ».</numerusform>
            <numerusform>%1 — %n dossiers, %2, séparateur « %3 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with conflicts</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalide</numerusform>
            <numerusform>%n invalides</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the file and import it again, or import the clean dossiers only.</source>
        <translation>Corrigez le fichier et importez-le de nouveau, ou n’importez que les dossiers valides.</translation>
    </message>
    <message>
        <source>New Promotion</source>
        <translation>Nouvelle promotion</translation>
    </message>
    <message>
        <source>There is no promotion “%1” yet. Create it for these applications?</source>
        <translation>La promotion « %1 » n’existe pas encore. La créer pour ces candidatures ?</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importer des candidatures</translation>
    </message>
</context>
<context>
    <name>tremplin::ApplicationPreviewModel</name>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>%1 edited in Tremplin (“%2”) and in DS (“%3”): Tremplin's value kept</source>
        <translation>%1 : changé dans Tremplin (« %2 ») et dans DS (« %3 »), la valeur de Tremplin est gardée</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1 : « %2 » → « %3 »</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>tremplin::ChoiceModel</name>
    <message>
        <source>%1 — %2</source>
        <comment>a choice and what tells it apart</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>tremplin::Cli</name>
    <message>
        <source>tremplin-cli %1: %2</source>
        <translation>tremplin-cli %1 : %2</translation>
    </message>
    <message>
        <source>tremplin-cli %1: unexpected argument "%2".</source>
        <translation>tremplin-cli %1 : argument inattendu « %2 ».</translation>
    </message>
    <message>
        <source>The Tremplin database file.</source>
        <translation>Le fichier de base de données Tremplin.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>tremplin-cli %1: --db FILE is required.</source>
        <translation>tremplin-cli %1 : l’option --db FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>Wrote the demo programme to %1.</source>
        <translation>Programme de démonstration écrit dans %1.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>tremplin-cli check: %1</source>
        <translation>tremplin-cli check : %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Tremplin: %2)</source>
        <translation>Version du schéma : %1 (cette version de Tremplin : %2)</translation>
    </message>
    <message>
        <source>The file will be upgraded when opened for writing.</source>
        <translation>Le fichier sera mis à niveau à sa prochaine ouverture en écriture.</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Intégrité : correcte</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie : text ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>tremplin-cli info: unknown format "%1" (use text or json).</source>
        <translation>tremplin-cli info : format « %1 » inconnu (utilisez text ou json).</translation>
    </message>
    <message>
        <source>tremplin-cli info: %1</source>
        <translation>tremplin-cli info : %1</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation>Lauréats</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Programme : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <source> (illustrative)</source>
        <translation> (illustratif)</translation>
    </message>
    <message>
        <source>Budget envelope: %1</source>
        <translation>Enveloppe budgétaire : %1</translation>
    </message>
    <message>
        <source>Committed: %1</source>
        <translation>Engagé : %1</translation>
    </message>
    <message>
        <source>Disbursed: %1</source>
        <translation>Versé : %1</translation>
    </message>
    <message>
        <source>Create a database holding the demo programme (AIC promotion 1).</source>
        <translation>Créer une base contenant le programme de démonstration (promotion 1 de l’AIC).</translation>
    </message>
    <message>
        <source>Check a database's schema version and integrity; exit 1 on problems.</source>
        <translation>Vérifier la version du schéma et l’intégrité d’une base ; code de sortie 1 en cas de problème.</translation>
    </message>
    <message>
        <source>Print what a database holds.</source>
        <translation>Afficher le contenu d’une base.</translation>
    </message>
    <message>
        <source>Usage: tremplin-cli [--lang fr|en] COMMAND [OPTIONS]</source>
        <translation>Utilisation : tremplin-cli [--lang fr|en] COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run "tremplin-cli COMMAND --help" for a command's options.</source>
        <translation>Lancez « tremplin-cli COMMANDE --help » pour les options d’une commande.</translation>
    </message>
    <message>
        <source>tremplin-cli: unknown command "%1". Run "tremplin-cli --help" for the list.</source>
        <translation>tremplin-cli : commande « %1 » inconnue. Lancez « tremplin-cli --help » pour la liste.</translation>
    </message>
    <message>
        <source>What to list: initiatives.</source>
        <translation>Ce qu’il faut lister : initiatives.</translation>
    </message>
    <message>
        <source>Only initiatives matching this text (accents and case are ignored).</source>
        <translation>Seulement les initiatives correspondant à ce texte (sans tenir compte des accents ni de la casse).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Only initiatives with this status: %1.</source>
        <translation>Seulement les initiatives ayant ce statut : %1.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Only initiatives of this promotion (its number or exact name).</source>
        <translation>Seulement les initiatives de cette promotion (son numéro ou son nom exact).</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>promotion</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Format de sortie : table, csv ou json.</translation>
    </message>
    <message>
        <source>tremplin-cli list: say what to list (initiatives).</source>
        <translation>tremplin-cli list : indiquez ce qu’il faut lister (initiatives).</translation>
    </message>
    <message>
        <source>tremplin-cli list: cannot list "%1" (use initiatives).</source>
        <translation>tremplin-cli list : impossible de lister « %1 » (utilisez initiatives).</translation>
    </message>
    <message>
        <source>tremplin-cli list: unknown format "%1" (use table, csv or json).</source>
        <translation>tremplin-cli list : format « %1 » inconnu (utilisez table, csv ou json).</translation>
    </message>
    <message>
        <source>tremplin-cli list: no promotion is numbered or named "%1".</source>
        <translation>tremplin-cli list : aucune promotion ne porte le numéro ou le nom « %1 ».</translation>
    </message>
    <message>
        <source>tremplin-cli list: several promotions match "%1"; give the exact name of one.</source>
        <translation>tremplin-cli list : plusieurs promotions correspondent à « %1 » ; donnez le nom exact de l’une d’elles.</translation>
    </message>
    <message>
        <source>List initiatives, filtered, as a table, CSV or JSON.</source>
        <translation>Lister les initiatives, filtrées, sous forme de tableau, de CSV ou de JSON.</translation>
    </message>
    <message>
        <source>What to export: scdl (the open-data publication of grants).</source>
        <translation>Ce qu’il faut exporter : scdl (la publication des subventions en données ouvertes).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Only grants of this promotion (its number or exact name).</source>
        <translation>Seulement les subventions de cette promotion (son numéro ou son nom exact).</translation>
    </message>
    <message>
        <source>Only grants whose convention was signed this year.</source>
        <translation>Seulement les subventions dont la convention a été signée cette année-là.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>tremplin-cli export: say what to export (scdl).</source>
        <translation>tremplin-cli export : indiquez ce qu’il faut exporter (scdl).</translation>
    </message>
    <message>
        <source>tremplin-cli export: --out FILE is required.</source>
        <translation>tremplin-cli export : l’option --out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>tremplin-cli export: "%1" is not a year.</source>
        <translation>tremplin-cli export : « %1 » n’est pas une année.</translation>
    </message>
    <message>
        <source>tremplin-cli export: no promotion is numbered or named "%1".</source>
        <translation>tremplin-cli export : aucune promotion n’a pour numéro ou pour nom « %1 ».</translation>
    </message>
    <message>
        <source>tremplin-cli export: %1</source>
        <translation>tremplin-cli export : %1</translation>
    </message>
    <message>
        <source>Export the grants as SCDL open data (checked against the schema).</source>
        <translation>Exporter les subventions en données ouvertes SCDL (contrôlées selon le schéma).</translation>
    </message>
    <message>
        <source>tremplin-cli import: %1</source>
        <translation>tremplin-cli import : %1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  ligne %1 : %2</translation>
    </message>
    <message>
        <source>Import payments from a CSV file, all lines or none.</source>
        <translation>Importer des versements depuis un fichier CSV, toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>Output format: pdf or csv.</source>
        <translation>Format de sortie : pdf ou csv.</translation>
    </message>
    <message>
        <source>tremplin-cli report: say which report (phase-status).</source>
        <translation>tremplin-cli report : indiquez quel rapport (phase-status).</translation>
    </message>
    <message>
        <source>tremplin-cli report: unknown format "%1" (use pdf or csv).</source>
        <translation>tremplin-cli report : format « %1 » inconnu (utilisez pdf ou csv).</translation>
    </message>
    <message>
        <source>tremplin-cli report: --phase and --out are required.</source>
        <translation>tremplin-cli report : les options --phase et --out sont obligatoires.</translation>
    </message>
    <message>
        <source>tremplin-cli report: no phase is numbered or named "%1".</source>
        <translation>tremplin-cli report : aucune phase n’a pour numéro ou pour nom « %1 ».</translation>
    </message>
    <message>
        <source>tremplin-cli report: %1</source>
        <translation>tremplin-cli report : %1</translation>
    </message>
    <message>
        <source>Write the status of each initiative at the end of a phase (PDF or CSV).</source>
        <translation>Écrire le statut de chaque initiative à l’issue d’une phase (PDF ou CSV).</translation>
    </message>
    <message>
        <source>Number of initiatives.</source>
        <translation>Nombre d’initiatives.</translation>
    </message>
    <message>
        <source>Number of payments.</source>
        <translation>Nombre de versements.</translation>
    </message>
    <message>
        <source>Seed of the random generator (same seed, same programme).</source>
        <translation>Graine du générateur aléatoire (même graine, même programme).</translation>
    </message>
    <message>
        <source>tremplin-cli generate: give --db FILE and whole numbers for --initiatives (at least 1), --disbursements and --seed.</source>
        <translation>tremplin-cli generate : indiquez --db FICHIER et des nombres entiers pour --initiatives (au moins 1), --disbursements et --seed.</translation>
    </message>
    <message>
        <source>tremplin-cli generate: %1</source>
        <translation>tremplin-cli generate : %1</translation>
    </message>
    <message>
        <source>small (the demo), medium (10 000 initiatives) or large (100 000).</source>
        <translation>small (la démonstration), medium (10 000 initiatives) ou large (100 000).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation>Afficher un objet JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>Folder for the generated databases (kept between runs).</source>
        <translation>Dossier des bases générées (conservées d’une exécution à l’autre).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Generating the %1 programme…</source>
        <translation>Génération du programme %1…</translation>
    </message>
    <message>
        <source>Opening the window…</source>
        <translation>Ouverture de la fenêtre…</translation>
    </message>
    <message>
        <source>Measuring the interface…</source>
        <translation>Mesure de l’interface…</translation>
    </message>
    <message>
        <source>Aggregating for the charts…</source>
        <translation>Agrégations des graphiques…</translation>
    </message>
    <message>
        <source>Exporting SCDL…</source>
        <translation>Export SCDL…</translation>
    </message>
    <message>
        <source>tremplin-cli bench: %1</source>
        <translation>tremplin-cli bench : %1</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Échelle : %1</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Create a large synthetic programme (for benchmarks and trials).</source>
        <translation>Créer un grand programme synthétique (pour les mesures et les essais).</translation>
    </message>
    <message>
        <source>Measure Tremplin's speed at a scale and compare with its targets.</source>
        <translation>Mesurer la rapidité de Tremplin à une échelle donnée et la comparer à ses cibles.</translation>
    </message>
    <message>
        <source>The phase: its number among the accompaniment phases (1 for Phase 1) or its exact name.</source>
        <translation>La phase : son numéro parmi les phases d’accompagnement (1 pour la phase 1) ou son nom exact.</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %Ln problem(s)</source>
        <translation>
            <numerusform>Intégrité : %Ln problème</numerusform>
            <numerusform>Intégrité : %Ln problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Public partners</source>
        <translation>Partenaires publics</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1 : %L2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>tremplin-cli list: unknown status "%1". Accepted values: %2.</source>
        <translation>tremplin-cli list : statut « %1 » inconnu. Valeurs acceptées : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln grant(s) to %1.</source>
        <translation>
            <numerusform>%Ln subvention écrite dans %1.</numerusform>
            <numerusform>%Ln subventions écrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tremplin-cli import: %Ln line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>tremplin-cli import : %Ln ligne pose problème ; rien n’a été importé.</numerusform>
            <numerusform>tremplin-cli import : %Ln lignes posent problème ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln payment(s).</source>
        <translation>
            <numerusform>%Ln versement importé.</numerusform>
            <numerusform>%Ln versements importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the status of %Ln initiative(s) at the end of %1 to %2.</source>
        <translation>
            <numerusform>Statut de %Ln initiative à l’issue de %1 écrit dans %2.</numerusform>
            <numerusform>Statut de %Ln initiatives à l’issue de %1 écrit dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1 (warning): %2</source>
        <translation>  ligne %1 (avertissement) : %2</translation>
    </message>
    <message>
        <source>Importing %L1 payments…</source>
        <translation>Import de %L1 versements…</translation>
    </message>
    <message>
        <source>Milliseconds between typed keys (default 100; 0 for a quick run, as the tests do).</source>
        <translation>Millisecondes entre deux touches tapées (100 par défaut ; 0 pour une mesure rapide, comme dans les tests).</translation>
    </message>
    <message>
        <source>tremplin-cli bench: unknown scale "%1" (use small, medium or large) or a --key-interval that is not a whole number of milliseconds.</source>
        <translation>tremplin-cli bench : échelle « %1 » inconnue (utilisez small, medium ou large) ou --key-interval qui n’est pas un nombre entier de millisecondes.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %L1 initiatives in %Ln promotion(s), %L2 grants and %L3 payments in %L4 s.</source>
        <translation>
            <numerusform>%L1 initiatives générées dans %Ln promotion, %L2 subventions et %L3 versements en %L4 s.</numerusform>
            <numerusform>%L1 initiatives générées dans %Ln promotions, %L2 subventions et %L3 versements en %L4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty Tremplin database, or a programme from a calendar template (--template aic).</source>
        <translation>Crée une base Tremplin vide, ou un programme à partir d’un modèle de calendrier (--template aic).</translation>
    </message>
    <message>
        <source>unknown template "%1"; use aic or blank.</source>
        <translation>modèle « %1 » inconnu ; utilisez aic ou blank.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas une date ; écrivez-la AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--start YYYY-MM-DD is required with a template.</source>
        <translation>--start AAAA-MM-JJ est obligatoire avec un modèle.</translation>
    </message>
    <message>
        <source>--name is required to create a programme.</source>
        <translation>--name est obligatoire pour créer un programme.</translation>
    </message>
    <message>
        <source>Promotion 1</source>
        <translation>Promotion 1</translation>
    </message>
    <message>
        <source>"%1" is not an amount in euros (e.g. 700000).</source>
        <translation>« %1 » n’est pas un montant en euros (par exemple 700000).</translation>
    </message>
    <message>
        <source>"%1" is not a number of places.</source>
        <translation>« %1 » n’est pas un nombre de places.</translation>
    </message>
    <message>
        <source>Start from a calendar template: aic (the AIC's calendar and tranche scheme) or blank.</source>
        <translation>Part d’un modèle de calendrier : aic (le calendrier et les tranches de l’AIC) ou blank (vide).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>First day of the call for applications.</source>
        <translation>Premier jour de l’appel à candidatures.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The programme's name.</source>
        <translation>Le nom du programme.</translation>
    </message>
    <message>
        <source>The operating administration.</source>
        <translation>L’administration qui opère le programme.</translation>
    </message>
    <message>
        <source>The operating administration's SIRET.</source>
        <translation>Le SIRET de l’administration qui opère le programme.</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>The first promotion's name (Promotion 1).</source>
        <translation>Le nom de la première promotion (Promotion 1).</translation>
    </message>
    <message>
        <source>The first promotion's budget envelope.</source>
        <translation>L’enveloppe budgétaire de la première promotion.</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>The first promotion's number of places.</source>
        <translation>Le nombre de places de la première promotion.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with the programme %2 and %n phase(s).</source>
        <translation>
            <numerusform>%1 créé avec le programme %2 et %n phase.</numerusform>
            <numerusform>%1 créé avec le programme %2 et %n phases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up a jury session from a template, import scores, print the ranking.</source>
        <translation>Préparer une session de jury depuis un modèle, importer des notes, afficher le classement.</translation>
    </message>
    <message>
        <source>tremplin-cli jury: --session NAME is required.</source>
        <translation>tremplin-cli jury : --session NOM est obligatoire.</translation>
    </message>
    <message>
        <source>tremplin-cli jury: there is no jury session named "%1".</source>
        <translation>tremplin-cli jury : aucune session de jury ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>tremplin-cli jury: %1</source>
        <translation>tremplin-cli jury : %1</translation>
    </message>
    <message numerus="yes">
        <source>tremplin-cli jury: the template has %Ln problem(s); nothing was written.</source>
        <translation>
            <numerusform>tremplin-cli jury : le modèle a %Ln problème ; rien n’a été écrit.</numerusform>
            <numerusform>tremplin-cli jury : le modèle a %Ln problèmes ; rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated the jury session "%1": %Ln juror(s).</source>
        <translation>
            <numerusform>Session de jury « %1 » mise à jour : %Ln juré.</numerusform>
            <numerusform>Session de jury « %1 » mise à jour : %Ln jurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created the jury session "%1": %Ln juror(s).</source>
        <translation>
            <numerusform>Session de jury « %1 » créée : %Ln juré.</numerusform>
            <numerusform>Session de jury « %1 » créée : %Ln jurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli jury: nothing was written: %1</source>
        <translation>tremplin-cli jury : rien n’a été écrit : %1</translation>
    </message>
    <message>
        <source>tremplin-cli jury: --out FILE.json is required.</source>
        <translation>tremplin-cli jury : --out FICHIER.json est obligatoire.</translation>
    </message>
    <message>
        <source>Wrote the template to %1.</source>
        <translation>Modèle écrit dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>tremplin-cli jury: %Ln line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>tremplin-cli jury : %Ln ligne a des problèmes ; rien n’a été importé.</numerusform>
            <numerusform>tremplin-cli jury : %Ln lignes ont des problèmes ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln score(s).</source>
        <translation>
            <numerusform>%Ln note importée.</numerusform>
            <numerusform>%Ln notes importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli jury: unknown format "%1" (use table, csv or json).</source>
        <translation>tremplin-cli jury : format inconnu « %1 » (table, csv ou json).</translation>
    </message>
    <message>
        <source>tremplin-cli jury: unknown method "%1" (use mean or zscore).</source>
        <translation>tremplin-cli jury : méthode inconnue « %1 » (mean ou zscore).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>no complete total</source>
        <translation>aucun total complet</translation>
    </message>
    <message>
        <source>track missing</source>
        <translation>collège manquant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln juror total(s) left out because some criteria are not scored.</source>
        <translation>
            <numerusform>%Ln total de juré écarté faute de note sur tous les critères.</numerusform>
            <numerusform>%Ln totaux de jurés écartés faute de notes sur tous les critères.</numerusform>
        </translation>
    </message>
    <message>
        <source>setup FILE.json, template, scores import FILE.csv, or ranking.</source>
        <translation>setup FICHIER.json, template, scores import FICHIER.csv ou ranking.</translation>
    </message>
    <message>
        <source>The jury session's name.</source>
        <translation>Le nom de la session de jury.</translation>
    </message>
    <message>
        <source>Where to write the template.</source>
        <translation>Où écrire le modèle.</translation>
    </message>
    <message>
        <source>Ranking method: mean or zscore (default: the session's).</source>
        <translation>Méthode de classement : mean ou zscore (par défaut, celle de la session).</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>tremplin-cli jury: use "jury setup FILE.json", "jury template --session NAME --out FILE.json", "jury scores import FILE.csv --session NAME" or "jury ranking --session NAME", each with --db DATABASE.</source>
        <translation>tremplin-cli jury : utilisez « jury setup FICHIER.json », « jury template --session NOM --out FICHIER.json », « jury scores import FICHIER.csv --session NOM » ou « jury ranking --session NOM », chacun avec --db BASE.</translation>
    </message>
    <message>
        <source>The committee: its id or the date it is held (YYYY-MM-DD).</source>
        <translation>Le comité : son identifiant ou sa date de séance (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>comité</translation>
    </message>
    <message>
        <source>The language of the papers: fr or en.</source>
        <translation>La langue du dossier : fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>tremplin-cli report committee-brief: --committee and --out are required.</source>
        <translation>tremplin-cli report committee-brief : --committee et --out sont obligatoires.</translation>
    </message>
    <message>
        <source>tremplin-cli report committee-brief: unknown language "%1" (use en or fr).</source>
        <translation>tremplin-cli report committee-brief : langue « %1 » inconnue (utilisez en ou fr).</translation>
    </message>
    <message>
        <source>tremplin-cli report committee-brief: no single committee has the id or date "%1".</source>
        <translation>tremplin-cli report committee-brief : aucun comité unique n’a l’identifiant ou la date « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the papers of %1 (%Ln page(s)) to %2.</source>
        <translation>
            <numerusform>Dossier de %1 (%Ln page) écrit dans %2.</numerusform>
            <numerusform>Dossier de %1 (%Ln pages) écrit dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli report committee-brief: %1</source>
        <translation>tremplin-cli report committee-brief : %1</translation>
    </message>
    <message>
        <source>Which report: phase-status (or committee-brief, see report committee-brief --help).</source>
        <translation>Quel rapport : phase-status (ou committee-brief, voir report committee-brief --help).</translation>
    </message>
    <message numerus="yes">
        <source>tremplin-cli import: %Ln dossier(s) have problems; nothing was imported (--skip-invalid imports the others).</source>
        <translation>
            <numerusform>tremplin-cli import : %Ln dossier a des problèmes ; rien n’a été importé (--skip-invalid importe les autres).</numerusform>
            <numerusform>tremplin-cli import : %Ln dossiers ont des problèmes ; rien n’a été importé (--skip-invalid importe les autres).</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1 (conflict): %2 edited in Tremplin (“%3”) and changed in DS (“%4”): Tremplin's value kept.</source>
        <translation>  ligne %1 (conflit) : %2 : changé dans Tremplin (« %3 ») et dans DS (« %4 »), la valeur de Tremplin est gardée.</translation>
    </message>
    <message>
        <source>Created the promotion “%1”.</source>
        <translation>Promotion « %1 » créée.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln application(s): %1 new, %2 updated, %3 with conflicts, %4 unchanged.</source>
        <translation>
            <numerusform>%Ln candidature importée : %1 nouvelle(s), %2 mise(s) à jour, %3 en conflit, %4 inchangée(s).</numerusform>
            <numerusform>%Ln candidatures importées : %1 nouvelle(s), %2 mise(s) à jour, %3 en conflit, %4 inchangée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dossier(s) left out:</source>
        <translation>
            <numerusform>%Ln dossier laissé de côté :</numerusform>
            <numerusform>%Ln dossiers laissés de côté :</numerusform>
        </translation>
    </message>
    <message>
        <source>What to import: disbursements or applications.</source>
        <translation>Quoi importer : disbursements (versements) ou applications (candidatures).</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>applications: the promotion of new applications (created when missing; default: the latest).</source>
        <translation>applications : la promotion des nouvelles candidatures (créée si elle manque ; par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>applications: import the clean dossiers and list the others.</source>
        <translation>applications : importe les dossiers valides et liste les autres.</translation>
    </message>
    <message>
        <source>tremplin-cli import: use "import disbursements FILE --db DATABASE" or "import applications FILE --db DATABASE".</source>
        <translation>tremplin-cli import : utilisez « import disbursements FICHIER --db BASE » ou « import applications FICHIER --db BASE ».</translation>
    </message>
    <message>
        <source>Take a snapshot of a database (into its snapshot folder, or --out FILE).</source>
        <translation>Prendre un instantané d’une base (dans son dossier d’instantanés, ou --out FICHIER).</translation>
    </message>
    <message>
        <source>List a database's snapshots with their date, reason and what they hold.</source>
        <translation>Lister les instantanés d’une base avec leur date, leur motif et ce qu’ils contiennent.</translation>
    </message>
    <message>
        <source>Replace a database by a snapshot, keeping a snapshot of it as it was.</source>
        <translation>Remplacer une base par un instantané, en gardant un instantané de la base telle qu’elle était.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>tremplin-cli %1: --keep-daily and --keep-others take a number of 1 or more.</source>
        <translation>tremplin-cli %1 : --keep-daily et --keep-others prennent un nombre supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>Write the snapshot to this file instead of the snapshot folder.</source>
        <translation>Écrire l’instantané dans ce fichier plutôt que dans le dossier des instantanés.</translation>
    </message>
    <message>
        <source>Snapshot written to %1.</source>
        <translation>Instantané écrit dans %1.</translation>
    </message>
    <message>
        <source>tremplin-cli backup: %1</source>
        <translation>tremplin-cli backup : %1</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Format de sortie : table ou json.</translation>
    </message>
    <message>
        <source>tremplin-cli backups: unknown format "%1" (use table or json).</source>
        <translation>tremplin-cli backups : format « %1 » inconnu (utilisez table ou json).</translation>
    </message>
    <message>
        <source>No snapshot in %1.</source>
        <translation>Aucun instantané dans %1.</translation>
    </message>
    <message>
        <source>Snapshots in %1:</source>
        <translation>Instantanés dans %1 :</translation>
    </message>
    <message>
        <source>%1 initiatives, %2 grants, %3 payments</source>
        <translation>%1 initiatives, %2 subventions, %3 versements</translation>
    </message>
    <message>
        <source>The snapshot to restore (see tremplin-cli backups).</source>
        <translation>L’instantané à restaurer (voir tremplin-cli backups).</translation>
    </message>
    <message>
        <source>tremplin-cli restore: --from FILE is required.</source>
        <translation>tremplin-cli restore : --from FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation>%1 restauré depuis %2.</translation>
    </message>
    <message>
        <source>The file as it was is kept in %1: restore it to undo.</source>
        <translation>Le fichier tel qu’il était est conservé dans %1 : restaurez-le pour annuler.</translation>
    </message>
    <message>
        <source>tremplin-cli restore: %1</source>
        <translation>tremplin-cli restore : %1</translation>
    </message>
    <message>
        <source>tremplin-cli %1: --session NAME is required.</source>
        <translation>tremplin-cli %1 : --session NOM est obligatoire.</translation>
    </message>
    <message>
        <source>tremplin-cli %1: there is no jury session named "%2".</source>
        <translation>tremplin-cli %1 : aucune session de jury ne s’appelle « %2 ».</translation>
    </message>
    <message>
        <source>The folder to write the letters and the CSV into.</source>
        <translation>Le dossier où écrire les courriers et le CSV.</translation>
    </message>
    <message>
        <source>The letters' language: fr (default) or en.</source>
        <translation>La langue des courriers : fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>tremplin-cli jury letters: --out FOLDER is required.</source>
        <translation>tremplin-cli jury letters : --out DOSSIER est obligatoire.</translation>
    </message>
    <message>
        <source>tremplin-cli jury letters: unknown language "%1" (use fr or en).</source>
        <translation>tremplin-cli jury letters : langue inconnue « %1 » (fr ou en).</translation>
    </message>
    <message>
        <source>tremplin-cli jury letters: the jury has recorded no decision in this session yet; nothing was written.</source>
        <translation>tremplin-cli jury letters : le jury n’a encore enregistré aucune décision dans cette session ; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln letter(s) and %1 to %2. Nothing was sent.</source>
        <translation>
            <numerusform>%Ln courrier et %1 écrits dans %2. Rien n’a été envoyé.</numerusform>
            <numerusform>%Ln courriers et %1 écrits dans %2. Rien n’a été envoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s) have no decision yet, so no letter:</source>
        <translation>
            <numerusform>%Ln candidature n’a pas encore de décision, donc pas de courrier :</numerusform>
            <numerusform>%Ln candidatures n’ont pas encore de décision, donc pas de courrier :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (dossier %2)</source>
        <translation>%1 (dossier n° %2)</translation>
    </message>
    <message>
        <source>tremplin-cli jury letters: %1</source>
        <translation>tremplin-cli jury letters : %1</translation>
    </message>
    <message>
        <source>Only this juror's sheets (name or e-mail).</source>
        <translation>Les seules grilles de ce juré (nom ou courriel).</translation>
    </message>
    <message>
        <source>A PDF file (every juror in one file) or a folder (one file per juror).</source>
        <translation>Un fichier PDF (tous les jurés dans un seul fichier) ou un dossier (un fichier par juré).</translation>
    </message>
    <message>
        <source>The language of the sheets: fr or en.</source>
        <translation>La langue des grilles : fr ou en.</translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: --out FILE.pdf or FOLDER is required.</source>
        <translation>tremplin-cli jury sheets : --out FICHIER.pdf ou DOSSIER est obligatoire.</translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: unknown language "%1" (use en or fr).</source>
        <translation>tremplin-cli jury sheets : langue inconnue « %1 » (en ou fr).</translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: no juror of the session is called "%1".</source>
        <translation>tremplin-cli jury sheets : aucun juré de la session ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: several jurors match "%1": give the e-mail.</source>
        <translation>tremplin-cli jury sheets : plusieurs jurés correspondent à « %1 » : indiquez le courriel.</translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: the session has no juror.</source>
        <translation>tremplin-cli jury sheets : la session n’a aucun juré.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the score sheets of %Ln juror(s) (%1 pages) to %2.</source>
        <translation>
            <numerusform>Grilles de notation de %Ln juré (%1 pages) écrites dans %2.</numerusform>
            <numerusform>Grilles de notation de %Ln jurés (%1 pages) écrites dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: could not create the folder %1.</source>
        <translation>tremplin-cli jury sheets : impossible de créer le dossier %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln application(s), %2</source>
        <translation>
            <numerusform>%1 : %Ln candidature, %2</numerusform>
            <numerusform>%1 : %Ln candidatures, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: %1</source>
        <translation>tremplin-cli jury sheets : %1</translation>
    </message>
    <message>
        <source>The committee: its name, its id or the date it is held (YYYY-MM-DD).</source>
        <translation>Le comité : son nom, son identifiant ou sa date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The language of the minutes: fr or en.</source>
        <translation>La langue du procès-verbal : fr ou en.</translation>
    </message>
    <message>
        <source>tremplin-cli %1: --%2 and --out are required.</source>
        <translation>tremplin-cli %1 : --%2 et --out sont obligatoires.</translation>
    </message>
    <message>
        <source>tremplin-cli %1: unknown language "%2" (use en or fr).</source>
        <translation>tremplin-cli %1 : langue inconnue « %2 » (en ou fr).</translation>
    </message>
    <message>
        <source>tremplin-cli %1: no single committee has the name, id or date "%2".</source>
        <translation>tremplin-cli %1 : aucun comité unique n’a le nom, l’identifiant ou la date « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln page(s)) to %2.</source>
        <translation>
            <numerusform>%1 (%Ln page) écrit dans %2.</numerusform>
            <numerusform>%1 (%Ln pages) écrit dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating a selection of %L1 applications and %L2 jurors…</source>
        <translation>Génération d’une sélection de %L1 candidatures et %L2 jurés…</translation>
    </message>
    <message>
        <source>Ranking the applications…</source>
        <translation>Classement des candidatures…</translation>
    </message>
    <message>
        <source>Importing %L1 Démarches simplifiées dossiers…</source>
        <translation>Import de %L1 dossiers Démarches simplifiées…</translation>
    </message>
    <message>
        <source>Also add a selection: a promotion of N admissible applications and its jury session, every assigned criterion scored (0: none).</source>
        <translation>Ajouter aussi une sélection : une promotion de N candidatures recevables et sa session de jury, chaque critère attribué noté (0 : aucune).</translation>
    </message>
    <message>
        <source>Selection: jurors, a quarter of them on the citizen panel.</source>
        <translation>Sélection : jurés, dont un quart au panel citoyen.</translation>
    </message>
    <message>
        <source>Selection: criteria (1 to 8).</source>
        <translation>Sélection : critères (1 à 8).</translation>
    </message>
    <message>
        <source>Selection: all (every application to every juror) or balanced.</source>
        <translation>Sélection : all (chaque candidature à chaque juré) ou balanced (répartition équilibrée).</translation>
    </message>
    <message>
        <source>Selection, balanced assignment: jurors per application in each track.</source>
        <translation>Sélection, répartition équilibrée : jurés par candidature dans chaque collège.</translation>
    </message>
    <message>
        <source>Selection: declared conflicts of interest.</source>
        <translation>Sélection : conflits d’intérêts déclarés.</translation>
    </message>
    <message>
        <source>tremplin-cli generate: give whole numbers for --selection, --jurors, --criteria, --per-track and --conflicts, and all or balanced for --assignment.</source>
        <translation>tremplin-cli generate : donnez des nombres entiers pour --selection, --jurors, --criteria, --per-track et --conflicts, et all ou balanced pour --assignment.</translation>
    </message>
    <message numerus="yes">
        <source>Added the selection "%1" of the promotion "%2": %L3 applications, %L4 jurors, %Ln conflict(s) of interest, %L5 assignments and %L6 scores in %L7 s.</source>
        <translation>
            <numerusform>Sélection « %1 » de la promotion « %2 » ajoutée : %L3 candidatures, %L4 jurés, %Ln conflit d’intérêts, %L5 attributions et %L6 notes en %L7 s.</numerusform>
            <numerusform>Sélection « %1 » de la promotion « %2 » ajoutée : %L3 candidatures, %L4 jurés, %Ln conflits d’intérêts, %L5 attributions et %L6 notes en %L7 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: could not read %1: %2</source>
        <translation>tremplin-cli jury pack : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: the passphrase in %1 is empty.</source>
        <translation>tremplin-cli jury pack : la phrase de passe de %1 est vide.</translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: export needs --session NAME, then --juror NAME --out FILE or --all --out FOLDER.</source>
        <translation>tremplin-cli jury pack : export demande --session NOM, puis --juror NOM --out FICHIER ou --all --out DOSSIER.</translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: --session NAME is required.</source>
        <translation>tremplin-cli jury pack : l’option --session NOM est obligatoire.</translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: there is no jury session named "%1".</source>
        <translation>tremplin-cli jury pack : aucune session de jury ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: "%1" is not a juror of "%2".</source>
        <translation>tremplin-cli jury pack : « %1 » n’est pas juré de « %2 ».</translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: several jurors of "%2" are named "%1"; give the e-mail instead.</source>
        <translation>tremplin-cli jury pack : plusieurs jurés de « %2 » s’appellent « %1 » ; donnez plutôt le courriel.</translation>
    </message>
    <message>
        <source>Wrote the pack of %1 to %2.</source>
        <translation>Paquet de %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: %1</source>
        <translation>tremplin-cli jury pack : %1</translation>
    </message>
    <message numerus="yes">
        <source>Pack of %1 (%2): %Ln value(s) imported.</source>
        <translation>
            <numerusform>Paquet de %1 (%2) : %Ln valeur importée.</numerusform>
            <numerusform>Paquet de %1 (%2) : %Ln valeurs importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) already as in the file.</source>
        <translation>
            <numerusform>%Ln valeur déjà identique dans le fichier.</numerusform>
            <numerusform>%Ln valeurs déjà identiques dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>  conflict: "%1", %2: %3 in the file, %4 in the pack; the file's value was kept.</source>
        <translation>  conflit : « %1 », %2 : %3 dans le fichier, %4 dans le paquet ; la valeur du fichier est gardée.</translation>
    </message>
    <message>
        <source>  conflict: "%1", comment: the file and the pack differ; the file's comment was kept.</source>
        <translation>  conflit : « %1 », commentaire : le fichier et le paquet diffèrent ; le commentaire du fichier est gardé.</translation>
    </message>
    <message>
        <source>  refused: "%1": %2</source>
        <translation>  refusé : « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>tremplin-cli jury pack: %Ln value(s) of the pack were not imported.</source>
        <translation>
            <numerusform>tremplin-cli jury pack : %Ln valeur du paquet n’a pas été importée.</numerusform>
            <numerusform>tremplin-cli jury pack : %Ln valeurs du paquet n’ont pas été importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>export, or import FILE.</source>
        <translation>export, ou import FICHIER.</translation>
    </message>
    <message>
        <source>The juror's name or e-mail.</source>
        <translation>Le nom ou le courriel du juré.</translation>
    </message>
    <message>
        <source>A pack for every juror of the session.</source>
        <translation>Un paquet pour chaque juré de la session.</translation>
    </message>
    <message>
        <source>The pack to write, or the folder with --all.</source>
        <translation>Le paquet à écrire, ou le dossier avec --all.</translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase that locks or opens the pack.</source>
        <translation>Un fichier dont la première ligne est la phrase de passe qui verrouille ou ouvre le paquet.</translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: use "jury pack export --session NAME --juror NAME --out FILE" (or --all --out FOLDER) or "jury pack import FILE", each with --db DATABASE and optionally --passphrase-file FILE.</source>
        <translation>tremplin-cli jury pack : utilisez « jury pack export --session NOM --juror NOM --out FICHIER » (ou --all --out DOSSIER) ou « jury pack import FICHIER », chacun avec --db BASE et, au besoin, --passphrase-file FICHIER.</translation>
    </message>
    <message>
        <source>Snapshot folder (default: the one chosen in the window, or "&lt;file&gt; snapshots" beside the file).</source>
        <translation>Dossier des instantanés (par défaut : celui choisi dans la fenêtre, ou « &lt;fichier&gt; snapshots » à côté du fichier).</translation>
    </message>
    <message>
        <source>Daily snapshots kept (default: as chosen in the window, or 10).</source>
        <translation>Instantanés quotidiens conservés (par défaut : comme choisi dans la fenêtre, ou 10).</translation>
    </message>
    <message>
        <source>Other snapshots kept: before an operation or by hand (default: as chosen in the window, or 10).</source>
        <translation>Autres instantanés conservés : avant une opération ou à la main (par défaut : comme choisi dans la fenêtre, ou 10).</translation>
    </message>
    <message>
        <source>Today's snapshot of the file was taken.</source>
        <translation>L’instantané du jour du fichier a été pris.</translation>
    </message>
    <message>
        <source>tremplin-cli %1: today's snapshot could not be taken (the command goes on): %2</source>
        <translation>tremplin-cli %1 : l’instantané du jour n’a pas pu être pris (la commande continue) : %2</translation>
    </message>
    <message>
        <source>Export everything the file holds about a person, or erase their data (RGPD).</source>
        <translation>Exporter tout ce que le fichier contient sur une personne, ou effacer ses données (RGPD).</translation>
    </message>
    <message>
        <source>Purge non-selected applicants' personal data past the retention period.</source>
        <translation>Purger les données personnelles des candidats non retenus au-delà de la durée de conservation.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) taken before still hold the erased data; delete them unless you must keep them:</source>
        <translation>
            <numerusform>%n instantané pris avant contient encore les données effacées ; supprimez-le sauf si vous devez le garder :</numerusform>
            <numerusform>%n instantanés pris avant contiennent encore les données effacées ; supprimez-les sauf si vous devez les garder :</numerusform>
        </translation>
    </message>
    <message>
        <source>export (everything the file holds about the person, as JSON) or erase (anonymise them everywhere, for good).</source>
        <translation>export (tout ce que le fichier contient sur la personne, en JSON) ou erase (l’anonymiser partout, définitivement).</translation>
    </message>
    <message>
        <source>The person's number (Directory › Persons).</source>
        <translation>Le numéro de la personne (Annuaire › Personnes).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>Where to write the export (JSON).</source>
        <translation>Où écrire l’export (JSON).</translation>
    </message>
    <message>
        <source>Confirm the erasure, which cannot be undone.</source>
        <translation>Confirmer l’effacement, qui ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>tremplin-cli person: say export or erase.</source>
        <translation>tremplin-cli person : indiquez export ou erase.</translation>
    </message>
    <message>
        <source>tremplin-cli person: --id takes the person's number.</source>
        <translation>tremplin-cli person : --id prend le numéro de la personne.</translation>
    </message>
    <message>
        <source>tremplin-cli person export: --out FILE is needed.</source>
        <translation>tremplin-cli person export : --out FICHIER est nécessaire.</translation>
    </message>
    <message>
        <source>Personal data of person #%1 written to %2 (readable by you only).</source>
        <translation>Données personnelles de la personne n° %1 écrites dans %2 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>tremplin-cli person erase: an erasure cannot be undone; add --yes to confirm. Nothing was written.</source>
        <translation>tremplin-cli person erase : un effacement ne peut pas être annulé ; ajoutez --yes pour confirmer. Rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Person #%1 erased: now “%2”, %n row(s) anonymised.</source>
        <translation>
            <numerusform>Personne n° %1 effacée : désormais « %2 », %n ligne anonymisée.</numerusform>
            <numerusform>Personne n° %1 effacée : désormais « %2 », %n lignes anonymisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli person: %1</source>
        <translation>tremplin-cli person : %1</translation>
    </message>
    <message>
        <source>purge: erase the personal data of non-selected applicants whose retention period has passed.</source>
        <translation>purge : effacer les données personnelles des candidats non retenus dont la durée de conservation est dépassée.</translation>
    </message>
    <message>
        <source>Say what would be erased; write nothing.</source>
        <translation>Dire ce qui serait effacé ; ne rien écrire.</translation>
    </message>
    <message>
        <source>tremplin-cli privacy: say purge.</source>
        <translation>tremplin-cli privacy : indiquez purge.</translation>
    </message>
    <message>
        <source>No retention period is set for this programme (Programme › Settings): nothing to purge.</source>
        <translation>Aucune durée de conservation n’est fixée pour ce programme (Programme › Paramètres) : rien à purger.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to purge: no non-selected application is more than %n month(s) past its selection.</source>
        <translation>
            <numerusform>Rien à purger : aucune candidature non retenue n’a dépassé de %n mois sa sélection.</numerusform>
            <numerusform>Rien à purger : aucune candidature non retenue n’a dépassé de %n mois sa sélection.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (selection signed off on %2)</source>
        <translation>  %1 (sélection signée le %2)</translation>
    </message>
    <message numerus="yes">
        <source>Would erase %n person(s) of these applications (nothing written).</source>
        <translation>
            <numerusform>Effacerait %n personne de ces candidatures (rien n’a été écrit).</numerusform>
            <numerusform>Effacerait %n personnes de ces candidatures (rien n’a été écrit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s) of these applications.</source>
        <translation>
            <numerusform>%n personne de ces candidatures effacée.</numerusform>
            <numerusform>%n personnes de ces candidatures effacées.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli privacy: %1</source>
        <translation>tremplin-cli privacy : %1</translation>
    </message>
    <message>
        <source>Print the history of an initiative, a grant or a session (who changed what, before and after), or write it as CSV.</source>
        <translation>Afficher l’historique d’une initiative, d’une subvention ou d’une séance (qui a modifié quoi, avant et après), ou l’écrire en CSV.</translation>
    </message>
    <message>
        <source>The initiative's history (its id).</source>
        <translation>L’historique de l’initiative (son identifiant).</translation>
    </message>
    <message>
        <source>The grant's history, with its payments (its id).</source>
        <translation>L’historique de la subvention, avec ses versements (son identifiant).</translation>
    </message>
    <message>
        <source>The history of a committee or jury session (its name or id).</source>
        <translation>L’historique d’une séance de comité ou de jury (son nom ou son identifiant).</translation>
    </message>
    <message>
        <source>Write the history as CSV to this file instead of printing it.</source>
        <translation>Écrire l’historique en CSV dans ce fichier au lieu de l’afficher.</translation>
    </message>
    <message>
        <source>tremplin-cli history: give one of --initiative ID, --grant ID or --session NAME.</source>
        <translation>tremplin-cli history : indiquez --initiative ID, --grant ID ou --session NOM.</translation>
    </message>
    <message>
        <source>tremplin-cli history: no committee or jury session is named "%1".</source>
        <translation>tremplin-cli history : aucune séance de comité ou de jury ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>tremplin-cli history: there is no grant %1.</source>
        <translation>tremplin-cli history : la subvention %1 n’existe pas.</translation>
    </message>
    <message>
        <source>tremplin-cli history: there is no initiative %1.</source>
        <translation>tremplin-cli history : l’initiative %1 n’existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) written to %1.</source>
        <translation>
            <numerusform>%n étape écrite dans %1.</numerusform>
            <numerusform>%n étapes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>No change recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>tremplin-cli history: %1</source>
        <translation>tremplin-cli history : %1</translation>
    </message>
</context>
<context>
    <name>tremplin::CommitteeBrief</name>
    <message>
        <source>date not set</source>
        <translation>date non fixée</translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation>→ stable</translation>
    </message>
    <message>
        <source>↗ up</source>
        <translation>↗ en hausse</translation>
    </message>
    <message>
        <source>↘ down</source>
        <translation>↘ en baisse</translation>
    </message>
    <message>
        <source>↗ improving</source>
        <translation>↗ en progrès</translation>
    </message>
    <message>
        <source>↘ worsening</source>
        <translation>↘ en recul</translation>
    </message>
    <message>
        <source>This initiative no longer exists.</source>
        <translation>Cette initiative n’existe plus.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Main impact</source>
        <translation>Impact principal</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>RNA %1</source>
        <translation>RNA %1</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Asked of the committee</source>
        <translation>Demande au comité</translation>
    </message>
    <message>
        <source>Nothing stated.</source>
        <translation>Rien de précisé.</translation>
    </message>
    <message>
        <source>Phase status</source>
        <translation>État des phases</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not taking part in any phase.</source>
        <translation>Ne participe à aucune phase.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>No need recorded.</source>
        <translation>Aucun besoin enregistré.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <source>Actions late</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Prochaines actions</translation>
    </message>
    <message>
        <source>None planned.</source>
        <translation>Aucune prévue.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>No indicator recorded.</source>
        <translation>Aucun indicateur enregistré.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>No grant yet.</source>
        <translation>Aucune subvention pour l’instant.</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Référence de la décision</translation>
    </message>
    <message>
        <source>Committed %1, paid %2.</source>
        <translation>Engagé %1, versé %2.</translation>
    </message>
    <message>
        <source>These amounts are illustrative (demo data).</source>
        <translation>Ces montants sont illustratifs (données de démonstration).</translation>
    </message>
    <message>
        <source>%1 — brief for the %2</source>
        <translation>%1 — fiche pour le %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Brief for the %1 of %2</source>
        <translation>Fiche pour le %1 du %2</translation>
    </message>
    <message>
        <source>%1 — meeting papers</source>
        <translation>%1 — dossier de séance</translation>
    </message>
    <message>
        <source>Meeting papers</source>
        <translation>Dossier de séance</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Nothing on the agenda yet.</source>
        <translation>Rien à l’ordre du jour pour l’instant.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Register of declared interests</source>
        <translation>Registre des intérêts déclarés</translation>
    </message>
    <message>
        <source>No member recorded.</source>
        <translation>Aucun membre enregistré.</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>aucun déclaré</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Declared interests</source>
        <translation>Intérêts déclarés</translation>
    </message>
    <message>
        <source>Actions decided at the previous committee</source>
        <translation>Actions décidées au comité précédent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 %2, paid %3</source>
        <translation>%1 %2, versé %3</translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translation>Aucune décision n’a été enregistrée.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>This is the promotion's first committee.</source>
        <translation>C’est le premier comité de la promotion.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>Point %1 de l’ordre du jour</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>tremplin::CommitteeDecisionsList</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(amended)</source>
        <translation>(modifiée)</translation>
    </message>
    <message>
        <source>Committee decisions</source>
        <translation>Décisions des comités</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Financé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No committee has decided about this initiative yet.</source>
        <translation>Aucun comité ne s’est encore prononcé sur cette initiative.</translation>
    </message>
</context>
<context>
    <name>tremplin::CommitteeRoomWindow</name>
    <message>
        <source>Room Mode — %1</source>
        <translation>Mode salle — %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>agenda position. initiative</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>agenda item — its decision</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision : %1</translation>
    </message>
    <message>
        <source>Decision %1: %2</source>
        <comment>reference: kind</comment>
        <translation>Décision %1 : %2</translation>
    </message>
    <message>
        <source>Continues into %1</source>
        <translation>Poursuit en %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>tranche amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Granted %1 (%2)</source>
        <comment>total (tranches)</comment>
        <translation>Accordé : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Modifiée %n fois</numerusform>
            <numerusform>Modifiée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — item %2 of %3</source>
        <comment>committee — item n of m</comment>
        <translation>%1 — point %2 sur %3</translation>
    </message>
    <message>
        <source>Granted by this committee: %1 · by the promotion: %2 of %3</source>
        <translation>Accordé par ce comité : %1 · par la promotion : %2 sur %3</translation>
    </message>
    <message>
        <source>OVER the envelope by %1</source>
        <translation>DÉPASSEMENT de l’enveloppe de %1</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>reste : %1</translation>
    </message>
    <message>
        <source>(illustrative envelope)</source>
        <translation>(enveloppe illustrative)</translation>
    </message>
    <message>
        <source>Nothing on this committee's agenda</source>
        <translation>Rien à l’ordre du jour de ce comité</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>Asked of the committee: %1</source>
        <translation>Demandé au comité : %1</translation>
    </message>
    <message>
        <source>Reorder the agenda</source>
        <translation>Réordonner l’ordre du jour</translation>
    </message>
    <message>
        <source>Who leaves the room while the committee discusses %1? They take no part in its decision.</source>
        <translation>Qui sort de la salle pendant que le comité examine %1 ? Cette personne ne prend pas part à la décision.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>→ or Page Down: next · ← or Page Up: previous · D or Enter: decide (or amend) · T: timer · R: recusal · H: hide this panel · Ctrl+Z: undo · Esc: leave</source>
        <translation>→ ou Page suivante : suivant · ← ou Page précédente : précédent · D ou Entrée : décider (ou modifier) · T : minuteur · R : déport · H : masquer ce panneau · Ctrl+Z : annuler · Échap : quitter</translation>
    </message>
    <message>
        <source>The time spent is kept on the committee's agenda.</source>
        <translation>Le temps passé est conservé dans l’ordre du jour du comité.</translation>
    </message>
    <message>
        <source>Granted by this committee: %1 · by all promotions: %2 of %3</source>
        <translation>Accordé par ce comité : %1 · par toutes les promotions : %2 sur %3</translation>
    </message>
</context>
<context>
    <name>tremplin::CommitteeService</name>
    <message>
        <source>This committee no longer exists.</source>
        <translation>Ce comité n’existe plus.</translation>
    </message>
    <message>
        <source>The committee needs a name.</source>
        <translation>Le comité doit avoir un nom.</translation>
    </message>
    <message>
        <source>Choose the phase the initiative continues into.</source>
        <translation>Choisissez la phase dans laquelle l’initiative se poursuit.</translation>
    </message>
    <message>
        <source>The phase continued into must be a phase of the committee's promotion.</source>
        <translation>La phase de poursuite doit être une phase de la promotion du comité.</translation>
    </message>
    <message>
        <source>The initiative is not on this committee's agenda.</source>
        <translation>L’initiative n’est pas à l’ordre du jour de ce comité.</translation>
    </message>
    <message>
        <source>The committee has already decided about this initiative: amend its decision instead.</source>
        <translation>Le comité s’est déjà prononcé sur cette initiative : modifiez plutôt sa décision.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Indiquez le motif de la décision.</translation>
    </message>
    <message>
        <source>Only a funding decision creates grants: remove the tranches or choose "Fund".</source>
        <translation>Seule une décision de financement crée des subventions : retirez les tranches ou choisissez « Financement ».</translation>
    </message>
    <message>
        <source>A funding decision needs at least one tranche.</source>
        <translation>Une décision de financement demande au moins une tranche.</translation>
    </message>
    <message>
        <source>The amount of each tranche must be greater than zero.</source>
        <translation>Le montant de chaque tranche doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>A sponsor is either an administration or an outside organisation.</source>
        <translation>Un parrain est soit une administration, soit une organisation extérieure.</translation>
    </message>
    <message>
        <source>This decision no longer exists.</source>
        <translation>Cette décision n’existe plus.</translation>
    </message>
    <message>
        <source>Say why the decision is amended.</source>
        <translation>Dites pourquoi la décision est modifiée.</translation>
    </message>
</context>
<context>
    <name>tremplin::CommitteesPage</name>
    <message>
        <source>Record decision (%1)</source>
        <translation>Enregistrer la décision (%1)</translation>
    </message>
    <message>
        <source>Amend decision</source>
        <translation>Modifier la décision</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove %1 from the agenda</source>
        <translation>Retirer %1 de l’ordre du jour</translation>
    </message>
    <message>
        <source>Select an initiative of the agenda to see the decision taken about it.</source>
        <translation>Sélectionnez une initiative de l’ordre du jour pour voir la décision prise à son sujet.</translation>
    </message>
    <message>
        <source>Asked of the committee:</source>
        <translation>Demande au comité :</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Pas encore décidé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Référence %1</translation>
    </message>
    <message>
        <source>Grants decided</source>
        <translation>Subventions décidées</translation>
    </message>
    <message>
        <source>%1: %2 (%3), paid %4</source>
        <translation>%1 : %2 (%3), versé %4</translation>
    </message>
    <message>
        <source>Sponsors engaged</source>
        <translation>Parrains engagés</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Amended on %1: was %2 (%3). Why: %4</source>
        <translation>Modifiée le %1 : était %2 (%3). Motif : %4</translation>
    </message>
    <message>
        <source>New committee</source>
        <translation>Nouveau comité</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Type part of a person's name and choose them in the list.</source>
        <translation>Tapez une partie du nom d’une personne et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Ajouter le membre %1</translation>
    </message>
    <message>
        <source>This person is already a member of the committee.</source>
        <translation>Cette personne est déjà membre du comité.</translation>
    </message>
    <message>
        <source>Choose an initiative of the committee's promotion in the list.</source>
        <translation>Choisissez dans la liste une initiative de la promotion du comité.</translation>
    </message>
    <message>
        <source>Add %1 to the agenda</source>
        <translation>Inscrire %1 à l’ordre du jour</translation>
    </message>
    <message>
        <source>committee-pack</source>
        <translation>dossier-de-seance</translation>
    </message>
    <message>
        <source>brief-%1</source>
        <translation>fiche-%1</translation>
    </message>
    <message>
        <source>Save Committee Pack</source>
        <translation>Enregistrer le dossier de séance</translation>
    </message>
    <message>
        <source>Save Brief</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <source>This file has no programme yet: set one up before holding committees.</source>
        <translation>Ce fichier n’a pas encore de programme : créez-en un avant de tenir des comités.</translation>
    </message>
    <message>
        <source>&amp;New Committee</source>
        <translation>&amp;Nouveau comité</translation>
    </message>
    <message>
        <source>&amp;Delete Committee</source>
        <translation>&amp;Supprimer le comité</translation>
    </message>
    <message>
        <source>Committee &amp;Pack (PDF)…</source>
        <translation>&amp;Dossier de séance (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Agenda and Decisions</source>
        <translation>&amp;Ordre du jour et décisions</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <source>Add &amp;Member</source>
        <translation>&amp;Ajouter le membre</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>Initiative :</translation>
    </message>
    <message>
        <source>Initiative to add to the agenda</source>
        <translation>Initiative à inscrire à l’ordre du jour</translation>
    </message>
    <message>
        <source>Add to A&amp;genda</source>
        <translation>&amp;Inscrire à l’ordre du jour</translation>
    </message>
    <message>
        <source>Remove from Agenda</source>
        <translation>Retirer de l’ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Record Decision…</source>
        <translation>&amp;Enregistrer la décision…</translation>
    </message>
    <message>
        <source>A&amp;mend Decision…</source>
        <translation>&amp;Modifier la décision…</translation>
    </message>
    <message>
        <source>Print &amp;Brief…</source>
        <translation>Imprimer la &amp;fiche…</translation>
    </message>
    <message>
        <source>Brief as P&amp;DF…</source>
        <translation>Fiche en P&amp;DF…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>R&amp;oom Mode (F11)</source>
        <translation>M&amp;ode salle (F11)</translation>
    </message>
    <message>
        <source>History of the Session</source>
        <translation>Historique de la séance</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;que…</translation>
    </message>
</context>
<context>
    <name>tremplin::Database</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Tremplin database, or it is damaged.</source>
        <translation>%1 n’est pas une base de données Tremplin, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>%1 is already open in another Tremplin window or command. Close it there first.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre ou commande Tremplin. Fermez-le d’abord.</translation>
    </message>
    <message>
        <source>Could not create the lock file beside %1: check that its folder is writable.</source>
        <translation>Impossible de créer le fichier de verrou à côté de %1 : vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Tremplin database.</source>
        <translation>%1 n’est pas une base de données Tremplin.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Tremplin database. It was left untouched.</source>
        <translation>%1 est une base SQLite d’une autre application, pas une base Tremplin. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tremplin (schema %2; this version reads up to %3). Update Tremplin to open it; the file was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de Tremplin (schéma %2 ; cette version lit jusqu’au schéma %3). Mettez Tremplin à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2). Restore it from a copy; the file was left untouched.</source>
        <translation>%1 est endommagé et n’a pas été ouvert (%2). Restaurez-le à partir d’une copie ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>Impossible de lancer la mise à niveau : %1</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>La mise à niveau de la base vers la version %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Could not finish the upgrade: %1</source>
        <translation>Impossible de terminer la mise à niveau : %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>Choose another file than the one that is open.</source>
        <translation>Choisissez un autre fichier que celui qui est ouvert.</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de la base de données : %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>La ligne %1 de la table %2 renvoie à une ligne absente de %3.</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Impossible d’écrire une copie dans %1 : %2</translation>
    </message>
    <message>
        <source>Part of the operation failed; nothing was saved.</source>
        <translation>Une partie de l’opération a échoué ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Tremplin is still checking this file; try again in a moment.</source>
        <translation>Tremplin vérifie encore ce fichier ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This file is damaged; nothing can be written to it.</source>
        <translation>Ce fichier est endommagé ; rien ne peut y être écrit.</translation>
    </message>
    <message>
        <source>%1 was being written when Tremplin or the computer stopped. The file is not damaged: the unfinished change will be rolled back the next time the file is opened where it can be written. %2</source>
        <translation>%1 était en cours d’écriture quand Tremplin ou l’ordinateur s’est arrêté. Le fichier n’est pas endommagé : la modification inachevée sera annulée la prochaine fois qu’il sera ouvert là où il peut être écrit. %2</translation>
    </message>
    <message>
        <source>It cannot be done here because its folder cannot be written. If you copy it elsewhere, copy %1 with it.</source>
        <translation>Ce n’est pas possible ici, car son dossier n’est pas accessible en écriture. Si vous le copiez ailleurs, copiez %1 avec lui.</translation>
    </message>
    <message>
        <source>It cannot be done here because the file cannot be written (check its permissions).</source>
        <translation>Ce n’est pas possible ici, car le fichier n’est pas accessible en écriture (vérifiez ses droits).</translation>
    </message>
    <message>
        <source>%1 is being written by another program, or was being written when it stopped. The file is not damaged; try again in a moment.</source>
        <translation>%1 est en cours d’écriture par un autre programme, ou l’était quand celui-ci s’est arrêté. Le fichier n’est pas endommagé ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full: the operation was cancelled and nothing was written. Free some space on the disk, then try again.</source>
        <translation>Le disque est plein : l’opération a été annulée et rien n’a été écrit. Libérez de la place sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The file cannot be written (it, its folder or its disk is read-only): the operation was cancelled and nothing was written.</source>
        <translation>Le fichier ne peut pas être écrit (lui, son dossier ou son disque est en lecture seule) : l’opération a été annulée et rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (input/output error): the operation was cancelled and nothing was written. Check the disk or the network connection, then try again.</source>
        <translation>Le disque n’a pas pu être lu ou écrit (erreur d’entrée-sortie) : l’opération a été annulée et rien n’a été écrit. Vérifiez le disque ou la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Nothing was written; try again in a moment.</source>
        <translation>Le fichier est occupé : un autre programme est en train d’y écrire. Rien n’a été écrit ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not write %1 to the disk.</source>
        <translation>Impossible d’écrire %1 sur le disque.</translation>
    </message>
    <message>
        <source>%1 is a juror pack, not a programme file: import it with File › Import › Juror Pack…. It was left untouched.</source>
        <translation>%1 est un paquet de juré, pas un fichier de programme : importez-le avec Fichier › Importer › Paquet de juré…. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 must be upgraded to this version of Tremplin, but no snapshot of it could be taken first, so it was left untouched: %2</source>
        <translation>%1 doit être mis à niveau pour cette version de Tremplin, mais aucun instantané n’a pu en être pris d’abord ; il a donc été laissé intact : %2</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>The file is open read-only (it or its folder cannot be written): the change was not made.</source>
        <translation>Le fichier est ouvert en lecture seule (lui ou son dossier ne peut pas être écrit) : la modification n’a pas été faite.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: its folder %2 is read-only (Tremplin writes its lock and journal beside the file). It can be read; nothing was written. To work on it, copy it to a folder you can write.</source>
        <translation>%1 ne peut pas être modifié : son dossier %2 est en lecture seule (Tremplin écrit son verrou et son journal à côté du fichier). Il peut être lu ; rien n’a été écrit. Pour travailler dessus, copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: the file is read-only (its permissions, or a read-only disk or share). It can be read; nothing was written.</source>
        <translation>%1 ne peut pas être modifié : le fichier est en lecture seule (ses droits d’accès, ou un disque ou un partage en lecture seule). Il peut être lu ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (the file is cut short). Restore it from a copy; the file was left untouched.</source>
        <translation>%1 est endommagé et n’a pas été ouvert (le fichier est tronqué). Restaurez-le depuis une copie ; le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>tremplin::DecisionDialog</name>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Add &amp;tranche</source>
        <translation>Ajouter une &amp;tranche</translation>
    </message>
    <message>
        <source>Remove tranche</source>
        <translation>Retirer la tranche</translation>
    </message>
    <message>
        <source>Sponsors engaged</source>
        <translation>Parrains engagés</translation>
    </message>
    <message>
        <source>Add &amp;sponsor</source>
        <translation>Ajouter un &amp;parrain</translation>
    </message>
    <message>
        <source>Record Decision — %1</source>
        <translation>Enregistrer la décision — %1</translation>
    </message>
    <message>
        <source>Amend Decision — %1</source>
        <translation>Modifier la décision — %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <source>Continue into &amp;phase:</source>
        <translation>Poursuite en &amp;phase :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Why amended:</source>
        <translation>&amp;Pourquoi cette modification :</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Conditions for release</source>
        <translation>Conditions de versement</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Tapez pour chercher</translation>
    </message>
    <message>
        <source>Ad&amp;ministration:</source>
        <translation>Ad&amp;ministration :</translation>
    </message>
    <message>
        <source>or &amp;outside organisation:</source>
        <translation>ou &amp;organisation extérieure :</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Engagement :</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Parrains</translation>
    </message>
    <message>
        <source>Choose an administration or an outside organisation first.</source>
        <translation>Choisissez d’abord une administration ou une organisation extérieure.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>tremplin::DecisionLetters</name>
    <message>
        <source>This jury session no longer exists.</source>
        <translation>Cette session de jury n’existe plus.</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>Cette candidature n’existe plus.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>tremplin::DirectoryListModel</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>tremplin::DirectoryPage</name>
    <message>
        <source>Administrations</source>
        <translation>Administrations</translation>
    </message>
    <message>
        <source>Outside Partners</source>
        <translation>Partenaires extérieurs</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>tremplin::DirectoryService</name>
    <message>
        <source>The administration needs a name.</source>
        <translation>L’administration doit avoir un nom.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>La personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L’adresse électronique n’est pas valide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln administration(s) under it</source>
        <translation>
            <numerusform>%Ln administration rattachée</numerusform>
            <numerusform>%Ln administrations rattachées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln role(s) in initiatives</source>
        <translation>
            <numerusform>%Ln rôle dans les initiatives</numerusform>
            <numerusform>%Ln rôles dans les initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) of initiatives</source>
        <translation>
            <numerusform>%Ln contact d’initiative</numerusform>
            <numerusform>%Ln contacts d’initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln public partnership(s) of initiatives</source>
        <translation>
            <numerusform>%Ln partenariat public d’initiative</numerusform>
            <numerusform>%Ln partenariats publics d’initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding source(s)</source>
        <translation>
            <numerusform>%Ln source de financement</numerusform>
            <numerusform>%Ln sources de financement</numerusform>
        </translation>
    </message>
    <message>
        <source>the programme's operator</source>
        <translation>l’opérateur du programme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln committee seat(s)</source>
        <translation>
            <numerusform>%Ln siège en comité</numerusform>
            <numerusform>%Ln sièges en comité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sponsorship(s) of decisions</source>
        <translation>
            <numerusform>%Ln parrainage de décision</numerusform>
            <numerusform>%Ln parrainages de décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln carried initiative(s)</source>
        <translation>
            <numerusform>%Ln initiative portée</numerusform>
            <numerusform>%Ln initiatives portées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1</source>
        <translation>
            <numerusform>%Ln ligne de %1</numerusform>
            <numerusform>%Ln lignes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This list cannot be shown.</source>
        <translation>Cette liste ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>An administration cannot be its own parent.</source>
        <translation>Une administration ne peut pas être sa propre administration de rattachement.</translation>
    </message>
    <message>
        <source>An administration cannot be placed under one of its own sub-administrations.</source>
        <translation>Une administration ne peut pas être rattachée à l’une de ses propres sous-administrations.</translation>
    </message>
    <message>
        <source>These records cannot be merged.</source>
        <translation>Ces fiches ne peuvent pas être fusionnées.</translation>
    </message>
    <message>
        <source>Choose at least two records to merge.</source>
        <translation>Choisissez au moins deux fiches à fusionner.</translation>
    </message>
    <message>
        <source>One of these records no longer exists.</source>
        <translation>L’une de ces fiches n’existe plus.</translation>
    </message>
</context>
<context>
    <name>tremplin::DirectoryTab</name>
    <message>
        <source>Search administrations by name or short name…</source>
        <translation>Rechercher une administration par nom ou sigle…</translation>
    </message>
    <message>
        <source>New Administration…</source>
        <translation>Nouvelle administration…</translation>
    </message>
    <message>
        <source>Search outside partners by name or town…</source>
        <translation>Rechercher un partenaire extérieur par nom ou commune…</translation>
    </message>
    <message>
        <source>New Partner…</source>
        <translation>Nouveau partenaire…</translation>
    </message>
    <message>
        <source>Search persons by name or e-mail…</source>
        <translation>Rechercher une personne par nom ou courriel…</translation>
    </message>
    <message>
        <source>New Person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Apparaît dans</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Select two or more duplicates, then merge them into one: everything that refers to them follows.</source>
        <translation>Sélectionnez deux doublons ou plus, puis fusionnez-les en une seule fiche : tout ce qui y fait référence suit.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All legal forms</source>
        <translation>Toutes les formes juridiques</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Committee “%1”: %2</source>
        <translation>Comité « %1 » : %2</translation>
    </message>
    <message>
        <source>Initiative “%1”: %2</source>
        <translation>Initiative « %1 » : %2</translation>
    </message>
    <message>
        <source>No initiative or committee yet.</source>
        <translation>Aucune initiative ni aucun comité pour l’instant.</translation>
    </message>
    <message>
        <source>New Administration</source>
        <translation>Nouvelle administration</translation>
    </message>
    <message>
        <source>Name of the administration:</source>
        <translation>Nom de l’administration :</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Name of the organisation:</source>
        <translation>Nom de l’organisation :</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>“%1” created: complete it in the list.</source>
        <translation>Fiche « %1 » créée : complétez-la dans la liste.</translation>
    </message>
    <message>
        <source>Delete “%1”? Nothing refers to it.</source>
        <translation>Supprimer « %1 » ? Rien n’y fait référence.</translation>
    </message>
    <message>
        <source>Delete “%1”? It is referred to by %2: those links are removed or emptied with it. Undo puts everything back.</source>
        <translation>Supprimer « %1 » ? Y font référence : %2 ; ces liens sont supprimés ou vidés avec la fiche. Annuler remet tout en place.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>Fiche « %1 » supprimée.</translation>
    </message>
    <message>
        <source>Merge into “%1”</source>
        <translation>Fusionner dans « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) merged into “%1”.</source>
        <translation>
            <numerusform>%Ln fiche fusionnée dans « %1 ».</numerusform>
            <numerusform>%Ln fiches fusionnées dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see the initiatives and committees they take part in.</source>
        <translation>Sélectionnez une personne pour voir les initiatives et les comités auxquels elle participe.</translation>
    </message>
    <message>
        <source>Personal Data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>The selected person's rights over their data (RGPD): access and erasure.</source>
        <translation>Les droits de la personne sélectionnée sur ses données (RGPD) : accès et effacement.</translation>
    </message>
    <message>
        <source>Export Personal Data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Erase Personal Data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
</context>
<context>
    <name>tremplin::DisbursementImport</name>
    <message>
        <source>Grant (decision reference)</source>
        <translation>Subvention (référence de la décision)</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Date du versement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence du paiement</translation>
    </message>
    <message>
        <source>Reason for exceeding the commitment</source>
        <translation>Motif du dépassement de l’engagement</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>%1 is too large to be a list of payments.</source>
        <translation>%1 est trop volumineux pour être une liste de versements.</translation>
    </message>
    <message>
        <source>No column holds: %1.</source>
        <translation>Aucune colonne ne contient : %1.</translation>
    </message>
    <message>
        <source>The file has no payment lines.</source>
        <translation>Le fichier ne contient aucune ligne de versement.</translation>
    </message>
    <message>
        <source>several grants have the reference “%1”</source>
        <translation>plusieurs subventions ont la référence « %1 »</translation>
    </message>
    <message>
        <source>no grant has the reference “%1”</source>
        <translation>aucune subvention n’a la référence « %1 »</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>« %1 » n’est pas une date</translation>
    </message>
    <message>
        <source>“%1” is not an amount above zero</source>
        <translation>« %1 » n’est pas un montant supérieur à zéro</translation>
    </message>
    <message>
        <source>the grant “%1” would receive %2, above the %3 committed (give a reason to exceed it)</source>
        <translation>la subvention « %1 » recevrait %2, au-delà des %3 engagés (indiquez un motif pour le dépasser)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne pose problème ; rien n’a été importé.</numerusform>
            <numerusform>%n lignes posent problème ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n payment(s) from %1</source>
        <translation>
            <numerusform>%n versement importé depuis %1</numerusform>
            <numerusform>%n versements importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Beneficiary's SIRET</source>
        <translation>SIRET du bénéficiaire</translation>
    </message>
    <message>
        <source>Beneficiary's name</source>
        <translation>Nom du bénéficiaire</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Columns recognised by their header (the first line; case, accents and punctuation do not matter):</source>
        <translation>Colonnes reconnues à leur en-tête (la première ligne ; majuscules, accents et ponctuation sont indifférents) :</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>Each line needs a payment date (YYYY-MM-DD or DD/MM/YYYY), an amount above zero (1234.50 or 1 234,50) and its grant: the decision reference, or the beneficiary's SIRET or name (the carrier organisation's or the initiative's) with the tranche (seed/1, second/2, deployment/3) when the beneficiary has several grants. A line matching no grant or several is refused. Payments above a grant's commitment need a reason column. All lines are imported, or none.</source>
        <translation>Chaque ligne donne une date de versement (AAAA-MM-JJ ou JJ/MM/AAAA), un montant supérieur à zéro (1234.50 ou 1 234,50) et sa subvention : la référence de la décision, ou le SIRET ou le nom du bénéficiaire (la structure porteuse ou l’initiative) avec la tranche (seed/1, second/2, deployment/3, ou son libellé) lorsque le bénéficiaire a plusieurs subventions. Une ligne qui ne correspond à aucune subvention ou à plusieurs est refusée. Un versement au-delà de l’engagement demande une colonne de motif. Toutes les lignes sont importées, ou aucune.</translation>
    </message>
    <message>
        <source>No column names the grant: give the decision reference, or the beneficiary's SIRET or name (and the tranche).</source>
        <translation>Aucune colonne ne désigne la subvention : donnez la référence de la décision, ou le SIRET ou le nom du bénéficiaire (et la tranche).</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>“%1” is not a tranche (seed or 1, second or 2, deployment or 3)</source>
        <translation>« %1 » n’est pas une tranche (amorçage ou 1, seconde ou 2, déploiement ou 3)</translation>
    </message>
    <message>
        <source>no grant is paid to %1</source>
        <translation>aucune subvention pour %1</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 n’a pas de %2</translation>
    </message>
    <message>
        <source>%1 has several grants of this tranche: give the decision reference</source>
        <translation>%1 a plusieurs subventions de cette tranche : donnez la référence de la décision</translation>
    </message>
    <message>
        <source>%1 has %2 grants: give the tranche or the decision reference</source>
        <translation>%1 a %2 subventions : donnez la tranche ou la référence de la décision</translation>
    </message>
    <message>
        <source>no grant reference, SIRET or beneficiary</source>
        <translation>ni référence de subvention, ni SIRET, ni bénéficiaire</translation>
    </message>
    <message>
        <source>the tranche “%1” is still blocked until its condition is met (%2)</source>
        <translation>la tranche « %1 » est encore bloquée en attendant sa condition (%2)</translation>
    </message>
    <message>
        <source>Line %1: its grant was deleted since the file was checked; nothing was imported.</source>
        <translation>Ligne %1 : sa subvention a été supprimée depuis la vérification du fichier ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Line %1: the grant changed since the file was checked: %2 Nothing was imported.</source>
        <translation>Ligne %1 : la subvention a changé depuis la vérification du fichier : %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>the grant “%1” would receive more than %2</source>
        <translation>la subvention « %1 » recevrait plus de %2</translation>
    </message>
</context>
<context>
    <name>tremplin::Document</name>
    <message>
        <source>“%1” could not be undone; nothing was changed.
%2</source>
        <translation>« %1 » n’a pas pu être annulé ; rien n’a été modifié.
%2</translation>
    </message>
    <message>
        <source>“%1” could not be redone; nothing was changed.
%2</source>
        <translation>« %1 » n’a pas pu être rétabli ; rien n’a été modifié.
%2</translation>
    </message>
</context>
<context>
    <name>tremplin::FieldBinder</name>
    <message>
        <source>Rename initiative</source>
        <translation>Renommer l’initiative</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modification de « %1 »</translation>
    </message>
    <message>
        <source>%1: enter an amount such as %2.</source>
        <translation>%1 : saisissez un montant comme %2.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: enter a percentage between 1 and 100.</source>
        <translation>%1 : saisissez un pourcentage entre 1 et 100.</translation>
    </message>
</context>
<context>
    <name>tremplin::Fields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>One-liner</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Main impact</source>
        <translation>Impact principal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de la structure</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>Numéro RNA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Need kind</source>
        <translation>Type de besoin</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>État de l’action</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status assessment</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesurée le</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Promotion name</source>
        <translation>Nom de la promotion</translation>
    </message>
    <message>
        <source>Budget envelope</source>
        <translation>Enveloppe budgétaire</translation>
    </message>
    <message>
        <source>This field cannot be edited.</source>
        <translation>Ce champ ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>%1: enter a valid date.</source>
        <translation>%1 : saisissez une date valide.</translation>
    </message>
    <message>
        <source>%1: enter a number.</source>
        <translation>%1 : saisissez un nombre.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>« %1 » ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1: enter a full address starting with http:// or https://.</source>
        <translation>%1 : saisissez une adresse complète commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>%1: enter an e-mail address such as name@example.org.</source>
        <translation>%1 : saisissez une adresse électronique comme nom@exemple.fr.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>« %1 » ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1: this value is not one of the choices.</source>
        <translation>%1 : cette valeur ne fait pas partie des choix.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>La date de fin ne peut pas précéder la date de début.</translation>
    </message>
    <message>
        <source>An initiative cannot go from “%1” to “%2”.</source>
        <translation>Une initiative ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>The due date must fall within the programme, from %1 to %2.</source>
        <translation>L’échéance doit tomber pendant le programme, du %1 au %2.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cet enregistrement n’existe plus.</translation>
    </message>
    <message>
        <source>This record cannot be created here.</source>
        <translation>Cet enregistrement ne peut pas être créé ici.</translation>
    </message>
    <message>
        <source>This record cannot be deleted here.</source>
        <translation>Cet enregistrement ne peut pas être supprimé ici.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Public partner</source>
        <translation>Partenaire public</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Date de la valeur initiale</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance de la cible</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Committed amount</source>
        <translation>Montant engagé</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Référence de la décision</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Convention date</source>
        <translation>Date de la convention</translation>
    </message>
    <message>
        <source>Conditions for release</source>
        <translation>Conditions de versement</translation>
    </message>
    <message>
        <source>Conditions met on</source>
        <translation>Conditions remplies le</translation>
    </message>
    <message>
        <source>Grant status</source>
        <translation>État de la subvention</translation>
    </message>
    <message>
        <source>Share of the project's budget</source>
        <translation>Part du budget du projet</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Versé le</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant versé</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence du paiement</translation>
    </message>
    <message>
        <source>Reason for exceeding the commitment</source>
        <translation>Motif du dépassement de l’engagement</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>« %1 » doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>The dates must fall within the phase “%1”, from %2 to %3.</source>
        <translation>Les dates doivent rester dans la phase « %1 », du %2 au %3.</translation>
    </message>
    <message>
        <source>“%1” is not a theme of the programme: choose one from the list or create it with New Theme…</source>
        <translation>« %1 » n’est pas une thématique du programme : choisissez-en une dans la liste ou créez-la avec Nouvelle thématique…</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Operating administration</source>
        <translation>Administration opératrice</translation>
    </message>
    <message>
        <source>Operator's SIRET</source>
        <translation>SIRET de l’opérateur</translation>
    </message>
    <message>
        <source>Operating administration in the directory</source>
        <translation>Administration opératrice dans l’annuaire</translation>
    </message>
    <message>
        <source>Default funding source</source>
        <translation>Source de financement par défaut</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Phase kind</source>
        <translation>Type de phase</translation>
    </message>
    <message>
        <source>Administration name</source>
        <translation>Nom de l’administration</translation>
    </message>
    <message>
        <source>Parent administration</source>
        <translation>Administration de rattachement</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Committee kind</source>
        <translation>Type de comité</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Decision reference prefix</source>
        <translation>Préfixe des références de décision</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>Rôle au comité</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Asked of the committee</source>
        <translation>Demande au comité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Continue into phase</source>
        <translation>Poursuite en phase</translation>
    </message>
    <message>
        <source>Sponsoring administration</source>
        <translation>Administration sponsor</translation>
    </message>
    <message>
        <source>Outside sponsor</source>
        <translation>Sponsor extérieur</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Project budget</source>
        <translation>Budget du projet</translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Reason for non-admissibility</source>
        <translation>Motif de non-recevabilité</translation>
    </message>
    <message>
        <source>Admissibility note</source>
        <translation>Note sur la recevabilité</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Note minimale</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Note maximale</translation>
    </message>
    <message>
        <source>Score step</source>
        <translation>Pas de notation</translation>
    </message>
    <message>
        <source>Ranking method</source>
        <translation>Méthode de classement</translation>
    </message>
    <message>
        <source>Blind scoring</source>
        <translation>Notation à l’aveugle</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Most applications per juror</source>
        <translation>Candidatures au plus par juré</translation>
    </message>
    <message>
        <source>Fewest jurors per application in each track</source>
        <translation>Jurés au moins par candidature dans chaque collège</translation>
    </message>
    <message>
        <source>Track weight</source>
        <translation>Poids du collège</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Reason for the conflict of interest</source>
        <translation>Motif du conflit d’intérêts</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>The promotion “%1” already has the number %2.</source>
        <translation>La promotion « %1 » porte déjà le numéro %2.</translation>
    </message>
    <message>
        <source>Jury decision</source>
        <translation>Décision du jury</translation>
    </message>
    <message>
        <source>Why the decision departs from the ranking</source>
        <translation>Pourquoi la décision s’écarte du classement</translation>
    </message>
    <message>
        <source>Reason for leaving the room</source>
        <translation>Motif de sortie de la salle</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>Letter subject</source>
        <translation>Objet du courrier</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texte du courrier</translation>
    </message>
    <message>
        <source>Time spent (seconds)</source>
        <translation>Temps passé (secondes)</translation>
    </message>
    <message>
        <source>Keep non-selected applicants' data (months)</source>
        <translation>Conserver les données des candidats non retenus (mois)</translation>
    </message>
</context>
<context>
    <name>tremplin::GrantChart</name>
    <message>
        <source>Committed and disbursed to date</source>
        <translation>Engagé et versé cumulés</translation>
    </message>
    <message>
        <source>Committed and disbursed per period</source>
        <translation>Engagé et versé par période</translation>
    </message>
    <message>
        <source>Committed per initiative, by tranche</source>
        <translation>Engagé par initiative, par tranche</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation>Par financeur</translation>
    </message>
    <message>
        <source>By kind of need</source>
        <translation>Par type de besoin</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Par thématique</translation>
    </message>
    <message>
        <source>%1: nothing to show for this selection</source>
        <translation>%1 : rien à afficher pour cette sélection</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>Committed to date</source>
        <translation>Engagé cumulé</translation>
    </message>
    <message>
        <source>Disbursed to date</source>
        <translation>Versé cumulé</translation>
    </message>
    <message>
        <source>Envelope (illustrative)</source>
        <translation>Enveloppe (illustrative)</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Versé</translation>
    </message>
    <message numerus="yes">
        <source>%n other initiative(s)</source>
        <translation>
            <numerusform>%n autre initiative</numerusform>
            <numerusform>%n autres initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>thousands of euros</source>
        <translation>milliers d’euros</translation>
    </message>
    <message>
        <source>Amounts split equally between an initiative's kinds of need.</source>
        <translation>Montants répartis à parts égales entre les types de besoin de chaque initiative.</translation>
    </message>
    <message>
        <source>Amounts split equally between an initiative's themes.</source>
        <translation>Montants répartis à parts égales entre les thématiques de chaque initiative.</translation>
    </message>
</context>
<context>
    <name>tremplin::GrantChartsPanel</name>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation>Par trimestre</translation>
    </message>
</context>
<context>
    <name>tremplin::GrantFileActions</name>
    <message>
        <source>SCDL Export</source>
        <translation>Export SCDL</translation>
    </message>
    <message>
        <source>Import Payments</source>
        <translation>Importer des versements</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Grants as SCDL Open Data</source>
        <translation>Exporter les subventions en données ouvertes SCDL</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) written to %1.</source>
        <translation>
            <numerusform>%n subvention écrite dans %1.</numerusform>
            <numerusform>%n subventions écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Ledger</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>&amp;Import Payments…</source>
        <translation>&amp;Importer des versements…</translation>
    </message>
    <message>
        <source>Record payments from an accounting export (CSV), all lines or none</source>
        <translation>Enregistrer des versements depuis un export comptable (CSV), toutes les lignes ou aucune</translation>
    </message>
    <message>
        <source>Export &amp;SCDL…</source>
        <translation>Exporter en &amp;SCDL…</translation>
    </message>
    <message>
        <source>Publish the grants in the legal open-data format (SCDL subventions 2.1.1)</source>
        <translation>Publier les subventions au format réglementaire de données ouvertes (SCDL subventions 2.1.1)</translation>
    </message>
    <message>
        <source>Export &amp;Ledger</source>
        <translation>Exporter le re&amp;gistre</translation>
    </message>
    <message>
        <source>Excel (French): semicolons, decimal commas</source>
        <translation>Excel (français) : points-virgules, virgules décimales</translation>
    </message>
    <message>
        <source>Standard CSV (RFC 4180)</source>
        <translation>CSV standard (RFC 4180)</translation>
    </message>
</context>
<context>
    <name>tremplin::GrantFilterBar</name>
    <message>
        <source>All promotions</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>All funding sources</source>
        <translation>Tous les financeurs</translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation>Toutes les initiatives</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>Du : toute date</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>Au : toute date</translation>
    </message>
    <message>
        <source>Payments from</source>
        <translation>Versements à partir du</translation>
    </message>
    <message>
        <source>Payments until</source>
        <translation>Versements jusqu’au</translation>
    </message>
    <message>
        <source>Promotion filter</source>
        <translation>Filtre par promotion</translation>
    </message>
    <message>
        <source>Funding source filter</source>
        <translation>Filtre par financeur</translation>
    </message>
    <message>
        <source>Initiative filter</source>
        <translation>Filtre par initiative</translation>
    </message>
</context>
<context>
    <name>tremplin::GrantLedger</name>
    <message>
        <source>(no funding source)</source>
        <translation>(sans financeur)</translation>
    </message>
    <message>
        <source>(no need recorded)</source>
        <translation>(aucun besoin enregistré)</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sans thématique)</translation>
    </message>
</context>
<context>
    <name>tremplin::GrantLedgerModel</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste à verser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Blocked until: %1</source>
        <translation>Bloquée jusqu’à : %1</translation>
    </message>
    <message>
        <source>Illustrative amount (demo data)</source>
        <translation>Montant illustratif (données de démonstration)</translation>
    </message>
    <message>
        <source>Payments above the commitment were recorded with a reason.</source>
        <translation>Des versements au-delà de l’engagement ont été enregistrés avec un motif.</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloquée : %1</translation>
    </message>
    <message>
        <source>Met on %1</source>
        <translation>Remplies le %1</translation>
    </message>
    <message>
        <source>Amounts marked * are illustrative (demo data).</source>
        <translation>Les montants marqués * sont illustratifs (données de démonstration).</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
</context>
<context>
    <name>tremplin::GrantLedgerPanel</name>
    <message>
        <source>New Funding Source</source>
        <translation>Nouveau financeur</translation>
    </message>
    <message>
        <source>Name of the grantor:</source>
        <translation>Nom de l’attribuant :</translation>
    </message>
    <message>
        <source>SIRET of the grantor (14 digits, needed for open data):</source>
        <translation>SIRET de l’attribuant (14 chiffres, requis pour les données ouvertes) :</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Select a grant to see its details and payments.</source>
        <translation>Sélectionnez une subvention pour voir son détail et ses versements.</translation>
    </message>
    <message>
        <source>Add Grant</source>
        <translation>Ajouter une subvention</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>Initiative :</translation>
    </message>
    <message>
        <source>Add grant</source>
        <translation>Ajouter une subvention</translation>
    </message>
    <message>
        <source>Remove grant</source>
        <translation>Retirer la subvention</translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation>Ajouter un versement</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Retirer le versement</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translation>Nouveau financeur</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field's caption</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Grants ledger</source>
        <translation>Registre des subventions</translation>
    </message>
    <message>
        <source>Add &amp;Grant</source>
        <translation>&amp;Ajouter une subvention</translation>
    </message>
    <message>
        <source>Remove Grant</source>
        <translation>Retirer la subvention</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>New &amp;Funding Source…</source>
        <translation>Nouveau &amp;financeur…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Payments of the selected grant</source>
        <translation>Versements de la subvention sélectionnée</translation>
    </message>
    <message>
        <source>Add &amp;Payment</source>
        <translation>Ajouter un &amp;versement</translation>
    </message>
    <message>
        <source>Remove Payment</source>
        <translation>Retirer le versement</translation>
    </message>
    <message>
        <source>History of the Grant</source>
        <translation>Historique de la subvention</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;que…</translation>
    </message>
    <message>
        <source>Who changed the grant and its payments, and what</source>
        <translation>Qui a modifié la subvention et ses versements, et quoi</translation>
    </message>
</context>
<context>
    <name>tremplin::GrantService</name>
    <message>
        <source>The funding source needs a name.</source>
        <translation>Le financeur doit avoir un nom.</translation>
    </message>
    <message>
        <source>This grant no longer exists.</source>
        <translation>Cette subvention n’existe plus.</translation>
    </message>
    <message>
        <source>This payment would bring the total paid to %1, above the %2 committed. Record a reason to override the limit.</source>
        <translation>Ce versement porterait le total versé à %1, au-delà des %2 engagés. Indiquez un motif pour dépasser la limite.</translation>
    </message>
    <message>
        <source>%1 already paid on this grant: the committed amount cannot be lower.</source>
        <translation>%1 déjà versés sur cette subvention : le montant engagé ne peut pas être inférieur.</translation>
    </message>
</context>
<context>
    <name>tremplin::GrantsDashboard</name>
    <message>
        <source>Budget envelope</source>
        <translation>Enveloppe budgétaire</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Remaining to pay</source>
        <translation>Reste à verser</translation>
    </message>
    <message>
        <source>Not yet committed</source>
        <translation>Non encore engagé</translation>
    </message>
    <message>
        <source>Initiatives funded</source>
        <translation>Initiatives financées</translation>
    </message>
    <message>
        <source>Blocked tranches</source>
        <translation>Tranches bloquées</translation>
    </message>
    <message>
        <source>%1 (%2, %3%4)</source>
        <translation>%1 (%2, %3%4)</translation>
    </message>
    <message>
        <source>, blocked</source>
        <translation>, bloquée</translation>
    </message>
    <message>
        <source>Committed above the envelope</source>
        <translation>Engagé au-delà de l’enveloppe</translation>
    </message>
    <message>
        <source>Demo data: the envelope and the per-laureate amounts are illustrative; only the %1 + %2 scheme is public.</source>
        <translation>Données de démonstration : l’enveloppe et les montants par lauréat sont illustratifs ; seul le schéma %1 + %2 est public.</translation>
    </message>
    <message>
        <source>No tranche waiting to be paid.</source>
        <translation>Aucune tranche en attente de versement.</translation>
    </message>
    <message>
        <source>Next tranches to pay: %1</source>
        <translation>Prochaines tranches à verser : %1</translation>
    </message>
</context>
<context>
    <name>tremplin::GrantsPage</name>
    <message>
        <source>&amp;Ledger</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
</context>
<context>
    <name>tremplin::HelpDialog</name>
    <message>
        <source>Tremplin Help</source>
        <translation>Aide de Tremplin</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Go from the search field to the list</source>
        <translation>Passer du champ de recherche à la liste</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flèche bas</translation>
    </message>
    <message>
        <source>Open the selected initiative's form</source>
        <translation>Ouvrir la fiche de l’initiative sélectionnée</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Entrée ou double-clic</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Zoomer autour du pointeur</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Boîtes de dialogue</translation>
    </message>
    <message>
        <source>Close without doing anything</source>
        <translation>Fermer sans rien faire</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
</context>
<context>
    <name>tremplin::History</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Amount committed</source>
        <translation>Montant engagé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Versé le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>Illustratif</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 : création</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 : suppression</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 : modification</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: (erased)</source>
        <translation>%1 : (effacé)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Jury session</source>
        <translation>Session du jury</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>Décision du comité</translation>
    </message>
    <message>
        <source>Jury decision</source>
        <translation>Décision du jury</translation>
    </message>
    <message>
        <source>Jury score</source>
        <translation>Note du jury</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation>Déport</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Person's role</source>
        <translation>Rôle d’une personne</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
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
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d’intérêts</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Répartition</translation>
    </message>
</context>
<context>
    <name>tremplin::HistoryModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Changes (before → after)</source>
        <translation>Modifications (avant → après)</translation>
    </message>
</context>
<context>
    <name>tremplin::HistoryPanel</name>
    <message>
        <source>No change recorded yet.</source>
        <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>No change matches “%1”.</source>
        <translation>Aucune modification ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Filter: who, field, value…</source>
        <translation>Filtrer : qui, champ, valeur…</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrer l’historique</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the steps shown as a spreadsheet file</source>
        <translation>Enregistrer les étapes affichées dans un fichier de tableur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>tremplin::ImportDialog</name>
    <message>
        <source>Preview of the file</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes relevés</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n payment line(s), %2, separator “%3”.</source>
        <translation>
            <numerusform>%1 — %n ligne de versement, %2, séparateur « %3 ».</numerusform>
            <numerusform>%1 — %n lignes de versement, %2, séparateur « %3 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Meaning of column “%1”</source>
        <translation>Sens de la colonne « %1 »</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Every line can be imported.</source>
        <translation>Toutes les lignes peuvent être importées.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until they are fixed in the file or in the column choices.</source>
        <translation>
            <numerusform>%n problème : rien ne sera importé tant qu’il n’est pas corrigé dans le fichier ou dans le choix des colonnes.</numerusform>
            <numerusform>%n problèmes : rien ne sera importé tant qu’ils ne sont pas corrigés dans le fichier ou dans le choix des colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import payments</source>
        <translation>Importer des versements</translation>
    </message>
    <message>
        <source>Line %1 (warning): %2</source>
        <translation>Ligne %1 (avertissement) : %2</translation>
    </message>
    <message numerus="yes">
        <source>Every line can be imported; %n line(s) deserve a look.</source>
        <translation>
            <numerusform>Toutes les lignes peuvent être importées ; %n ligne mérite un coup d’œil.</numerusform>
            <numerusform>Toutes les lignes peuvent être importées ; %n lignes méritent un coup d’œil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::InitiativeForm</name>
    <message numerus="yes">
        <source>%n field(s) hold values that are not saved yet: correct them or undo the typing.</source>
        <translation>
            <numerusform>%n champ contient une valeur non enregistrée : corrigez-la ou annulez la saisie.</numerusform>
            <numerusform>%n champs contiennent des valeurs non enregistrées : corrigez-les ou annulez la saisie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation>Retirer le besoin</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Retirer l’action</translation>
    </message>
    <message>
        <source>Remove journal entry</source>
        <translation>Retirer l’entrée du journal</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 — Initiative</source>
        <translation>%1 — Initiative</translation>
    </message>
    <message>
        <source>Committed %1, disbursed %2, remaining to pay %3.</source>
        <translation>Engagé : %1, versé : %2, reste à verser : %3.</translation>
    </message>
    <message>
        <source>These amounts are illustrative (demo data).</source>
        <translation>Ces montants sont illustratifs (données de démonstration).</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Add journal entry</source>
        <translation>Ajouter une entrée au journal</translation>
    </message>
    <message>
        <source>New carrier organisation</source>
        <translation>Nouvelle structure porteuse</translation>
    </message>
    <message>
        <source>Carrier of %1</source>
        <translation>Structure porteuse de %1</translation>
    </message>
    <message>
        <source>Change carrier</source>
        <translation>Changer de structure porteuse</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Prioritised actions</source>
        <translation>Actions prioritaires</translation>
    </message>
    <message>
        <source>Participation in the programme phases</source>
        <translation>Participation aux phases du programme</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Close Initiative</source>
        <translation>Fermer l’initiative</translation>
    </message>
    <message>
        <source>These values were not saved because they are not valid:

%1

Close anyway and lose them?</source>
        <translation>Ces valeurs n’ont pas été enregistrées car elles ne sont pas valides :

%1

Fermer quand même et les perdre ?</translation>
    </message>
    <message>
        <source>The SIRET and RNA numbers of this organisation are illustrative (demo data): they pass the checks but are not its real ones.</source>
        <translation>Les numéros SIRET et RNA de cette structure sont illustratifs (données de démonstration) : ils passent les contrôles mais ne sont pas les siens.</translation>
    </message>
    <message>
        <source>Sections of the initiative</source>
        <translation>Rubriques de l’initiative</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>Remove public partner</source>
        <translation>Retirer le partenaire public</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Retirer l’indicateur</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Retirer la mesure</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Every administration of the directory is already a partner.</source>
        <translation>Toutes les administrations de l’annuaire sont déjà partenaires.</translation>
    </message>
    <message>
        <source>Add Public Partner</source>
        <translation>Ajouter un partenaire public</translation>
    </message>
    <message>
        <source>Administration:</source>
        <translation>Administration :</translation>
    </message>
    <message>
        <source>Add public partner</source>
        <translation>Ajouter un partenaire public</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Public partners</source>
        <translation>Partenaires publics</translation>
    </message>
    <message>
        <source>Impact indicators</source>
        <translation>Indicateurs d’impact</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Trend of the selected indicator</source>
        <translation>Évolution de l’indicateur sélectionné</translation>
    </message>
    <message>
        <source>Leave the phase</source>
        <translation>Quitter la phase</translation>
    </message>
    <message>
        <source>The initiative already takes part in every phase.</source>
        <translation>L’initiative participe déjà à toutes les phases.</translation>
    </message>
    <message>
        <source>Take Part in a Phase</source>
        <translation>Participer à une phase</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase :</translation>
    </message>
    <message>
        <source>Take part in %1</source>
        <translation>Participer à %1</translation>
    </message>
    <message>
        <source>New theme “%1”</source>
        <translation>Nouvelle thématique « %1 »</translation>
    </message>
    <message>
        <source>This indicator already has a measurement dated today: change its value, or its date to record an earlier one.</source>
        <translation>Cet indicateur a déjà une mesure datée d’aujourd’hui : modifiez sa valeur, ou sa date pour saisir une mesure antérieure.</translation>
    </message>
    <message>
        <source>No grant for this initiative yet. Grants are recorded in the Grants workspace: use Open in the Grants workspace below.</source>
        <translation>Aucune subvention pour cette initiative. Les subventions se saisissent dans l’espace Subventions : utilisez Ouvrir dans l’espace Subventions ci-dessous.</translation>
    </message>
    <message>
        <source>No one is linked to this initiative yet. Use Add person for the acceleration officer, the referents and the contacts.</source>
        <translation>Personne n’est encore lié à cette initiative. Utilisez Ajouter une personne pour le chargé d’accélération, les référents et les contacts.</translation>
    </message>
    <message>
        <source>No impact indicator yet. Use Add indicator, then record its measurements to follow its trend.</source>
        <translation>Aucun indicateur d’impact. Utilisez Ajouter un indicateur, puis saisissez ses mesures pour suivre son évolution.</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histori&amp;que</translation>
    </message>
</context>
<context>
    <name>tremplin::InitiativeListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Phase en cours</translation>
    </message>
    <message>
        <source>Phase status</source>
        <translation>Bilan de phase</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivée)</translation>
    </message>
    <message>
        <source>%1 — illustrative amount (demo data)</source>
        <translation>%1 — montant illustratif (données de démonstration)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Amounts marked * are illustrative (demo data).</source>
        <translation>Les montants marqués * sont illustratifs (données de démonstration).</translation>
    </message>
</context>
<context>
    <name>tremplin::InitiativeService</name>
    <message>
        <source>The initiative needs a name.</source>
        <translation>L’initiative doit avoir un nom.</translation>
    </message>
    <message>
        <source>This initiative no longer exists.</source>
        <translation>Cette initiative n’existe plus.</translation>
    </message>
    <message>
        <source>The end of the participation is before its start.</source>
        <translation>La fin de la participation précède son début.</translation>
    </message>
    <message>
        <source>The need needs a title.</source>
        <translation>Le besoin doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation>L’action doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation>L’indicateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>A measurement needs a date.</source>
        <translation>Une mesure doit avoir une date.</translation>
    </message>
    <message>
        <source>A journal entry needs a title.</source>
        <translation>Une entrée du journal doit avoir un titre.</translation>
    </message>
    <message>
        <source>A journal entry needs a date.</source>
        <translation>Une entrée du journal doit avoir une date.</translation>
    </message>
    <message>
        <source>“%1” is not a theme of the programme: choose one from the list or create it with New Theme…</source>
        <translation>« %1 » n’est pas une thématique du programme : choisissez-en une dans la liste ou créez-la avec Nouvelle thématique…</translation>
    </message>
    <message>
        <source>The theme needs a name.</source>
        <translation>La thématique doit avoir un nom.</translation>
    </message>
    <message>
        <source>The theme “%1” already exists.</source>
        <translation>La thématique « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>“%1” is not a theme of the programme.</source>
        <translation>« %1 » n’est pas une thématique du programme.</translation>
    </message>
</context>
<context>
    <name>tremplin::InitiativesPage</name>
    <message>
        <source>Search initiatives</source>
        <translation>Rechercher des initiatives</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>Only initiatives with an open action past its due date</source>
        <translation>Seulement les initiatives ayant une action ouverte dont l’échéance est passée</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivées</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;New Initiative</source>
        <translation>&amp;Nouvelle initiative</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Promotion filter</source>
        <translation>Filtre par promotion</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Phase filter</source>
        <translation>Filtre par phase</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Filtre par thématique</translation>
    </message>
    <message>
        <source>Domain filter</source>
        <translation>Filtre par domaine</translation>
    </message>
    <message>
        <source>Need kind filter</source>
        <translation>Filtre par type de besoin</translation>
    </message>
    <message>
        <source>Number of initiatives shown</source>
        <translation>Nombre d’initiatives affichées</translation>
    </message>
    <message>
        <source>All promotions</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Toutes les thématiques</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>All needs</source>
        <translation>Tous les besoins</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nouvelle initiative</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate initiative</source>
        <translation>Dupliquer l’initiative</translation>
    </message>
    <message>
        <source>Restore initiative from archive</source>
        <translation>Sortir l’initiative des archives</translation>
    </message>
    <message>
        <source>Archive initiative</source>
        <translation>Archiver l’initiative</translation>
    </message>
    <message>
        <source>Delete Initiative</source>
        <translation>Supprimer l’initiative</translation>
    </message>
    <message>
        <source>Delete “%1” with its needs, actions, grants, indicators and journal? You can undo this with Edit › Undo.</source>
        <translation>Supprimer « %1 » avec ses besoins, actions, subventions, indicateurs et son journal ? Vous pourrez revenir en arrière avec Édition › Annuler.</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation>Supprimer l’initiative</translation>
    </message>
    <message>
        <source>No initiatives yet. Use New Initiative to add the first one.</source>
        <translation>Aucune initiative pour l’instant. Utilisez Nouvelle initiative pour ajouter la première.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Nothing matches “%1” with the filters chosen.</source>
        <translation>Rien ne correspond à « %1 » avec les filtres choisis.</translation>
    </message>
    <message>
        <source>No initiative matches the filters chosen.</source>
        <translation>Aucune initiative ne correspond aux filtres choisis.</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Clear the Search and the Filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Name, carrier, town, theme… (Ctrl+F)</source>
        <translation>Nom, structure, commune, thématique… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds the initiatives whose name, carrier, town, description or themes hold every word typed, with or without accents.</source>
        <translation>Trouve les initiatives dont le nom, la structure porteuse, la commune, la description ou les thématiques contiennent tous les mots saisis, avec ou sans accents.</translation>
    </message>
    <message>
        <source>Admissibility filter</source>
        <translation>Filtre de recevabilité</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Any admissibility</source>
        <translation>Toute recevabilité</translation>
    </message>
</context>
<context>
    <name>tremplin::JurorModeWindow</name>
    <message>
        <source>Juror Pack Passphrase</source>
        <translation>Phrase secrète du dossier de juré</translation>
    </message>
    <message>
        <source>%1 is locked with a passphrase. Type it to open the pack; it is saved locked with the same passphrase.</source>
        <translation>%1 est verrouillé par une phrase secrète. Saisissez-la pour ouvrir le dossier de juré ; il sera enregistré verrouillé avec la même phrase.</translation>
    </message>
    <message>
        <source>Juror pack — %1 — %2[*]</source>
        <translation>Dossier de juré — %1 — %2[*]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Juror pack of %1&lt;/b&gt; for the session “%2”. Score each application from %3 to %4 by steps of %5: type a score, then Tab or Enter; Delete clears it. Save with Ctrl+S and give the pack back to the coordinator.%6</source>
        <translation>&lt;b&gt;Dossier de juré de %1&lt;/b&gt; pour la session « %2 ». Notez chaque candidature de %3 à %4 par pas de %5 : saisissez une note puis Tab ou Entrée ; Suppr l’efface. Enregistrez avec Ctrl+S et rendez le dossier à la coordination.%6</translation>
    </message>
    <message>
        <source> The pack stays locked with its passphrase.</source>
        <translation> Le dossier reste verrouillé par sa phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Write your scores and comments into the pack</source>
        <translation>Écrire vos notes et commentaires dans le dossier de juré</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no application in this pack.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce dossier de juré ne contient aucune candidature.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Porteur :</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget :</translation>
    </message>
    <message>
        <source>Save the Juror Pack</source>
        <translation>Enregistrer le dossier de juré</translation>
    </message>
    <message>
        <source>Pack saved. Give it back to the coordinator.</source>
        <translation>Dossier de juré enregistré. Rendez-le à la coordination.</translation>
    </message>
    <message>
        <source>Unsaved Scores</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>Your scores and comments in this pack are not saved. Save them before closing?</source>
        <translation>Vos notes et commentaires dans ce dossier de juré ne sont pas enregistrés. Les enregistrer avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>tremplin::JurorPack</name>
    <message>
        <source>%1 is not a juror pack.</source>
        <translation>%1 n’est pas un paquet de juré.</translation>
    </message>
    <message>
        <source>%1 is a Tremplin programme file, not a juror pack: open it with File › Open. It was left untouched.</source>
        <translation>%1 est un fichier de programme Tremplin, pas un paquet de juré : ouvrez-le avec Fichier › Ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Tremplin; update Tremplin to read it.</source>
        <translation>%1 a été fait par une version plus récente de Tremplin ; mettez Tremplin à jour pour le lire.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is locked with a passphrase: give its passphrase.</source>
        <translation>%1 est verrouillé par une phrase de passe : donnez sa phrase de passe.</translation>
    </message>
    <message>
        <source>Could not make a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read.</source>
        <translation>%1 est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This application is not in the pack.</source>
        <translation>Cette candidature n’est pas dans le paquet.</translation>
    </message>
    <message>
        <source>This criterion is not in the pack.</source>
        <translation>Ce critère n’est pas dans le paquet.</translation>
    </message>
    <message>
        <source>This juror is not part of the jury session.</source>
        <translation>Ce juré ne fait pas partie de la session de jury.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is a pack of the jury session "%2" of another file or of another session: no jury session of this file made it. It was not imported.</source>
        <translation>%1 est un paquet de la session de jury « %2 » d’un autre fichier ou d’une autre session : aucune session de jury de ce fichier ne l’a produit. Il n’a pas été importé.</translation>
    </message>
    <message>
        <source>%1 was not made for the juror it names (%2): it was changed outside Tremplin. It was not imported.</source>
        <translation>%1 n’a pas été fait pour le juré qu’il nomme (%2) : il a été modifié hors de Tremplin. Il n’a pas été importé.</translation>
    </message>
    <message>
        <source>%1 names the juror "%2", but it was made for "%3": the juror was renamed in the pack or in this file. It was not imported.</source>
        <translation>%1 nomme le juré « %2 », mais il a été fait pour « %3 » : le juré a été renommé dans le paquet ou dans ce fichier. Il n’a pas été importé.</translation>
    </message>
    <message>
        <source>%1 was changed outside Tremplin since the juror saved it (its integrity tag does not match its content). It was not imported.</source>
        <translation>%1 a été modifié hors de Tremplin depuis que le juré l’a enregistré (son sceau d’intégrité ne correspond pas à son contenu). Il n’a pas été importé.</translation>
    </message>
    <message>
        <source>The scores of %1 changed since the pack was read; read it again.</source>
        <translation>Les notes de %1 ont changé depuis la lecture du paquet ; relisez-le.</translation>
    </message>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>La bibliothèque de chiffrement (libsodium) n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>Il n’y a pas assez de mémoire pour dériver la clé de la phrase de passe.</translation>
    </message>
    <message>
        <source>This encrypted pack is cut short.</source>
        <translation>Ce paquet chiffré est tronqué.</translation>
    </message>
    <message>
        <source>This encrypted pack asks for key settings Tremplin does not accept.</source>
        <translation>Ce paquet chiffré demande des réglages de clé que Tremplin n’accepte pas.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the pack was changed since it was locked.</source>
        <translation>La phrase de passe est fausse, ou le paquet a été modifié depuis son verrouillage.</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryApplicationsTab</name>
    <message>
        <source>Change the admissibility of %1</source>
        <translation>Modifier la recevabilité de %1</translation>
    </message>
    <message>
        <source>Change the reason for non-admissibility</source>
        <translation>Modifier le motif de non-recevabilité</translation>
    </message>
    <message>
        <source>Change the admissibility note</source>
        <translation>Modifier la note sur la recevabilité</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reason (note)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Toutes (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Admissibility of %1</source>
        <translation>Recevabilité de %1</translation>
    </message>
    <message>
        <source>Admissibility (choose an application)</source>
        <translation>Recevabilité (choisissez une candidature)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The applications of the session's promotion. Only admissible applications go to the jury: they are the ones assigned to jurors and scored.</source>
        <translation>Les candidatures de la promotion de la session. Seules les candidatures recevables vont au jury : ce sont elles qui sont réparties entre les jurés et notées.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Admissibility filter</source>
        <translation>Filtre de recevabilité</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>A&amp;dmissibility:</source>
        <translation>Rece&amp;vabilité :</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>M&amp;otif :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Free text beside the reason</source>
        <translation>Texte libre en plus du motif</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryDecisionService</name>
    <message>
        <source>no rank</source>
        <translation>sans rang</translation>
    </message>
    <message>
        <source>“%1” was signed off on %2 by %3: it can no longer be changed, except by recording an amendment.</source>
        <translation>« %1 » a été arrêté le %2 par %3 : il ne peut plus être modifié, sauf par un amendement consigné.</translation>
    </message>
    <message>
        <source>“%1” has no score in the ranking.</source>
        <translation>« %1 » n’a pas de note dans le classement.</translation>
    </message>
    <message>
        <source>%1 applications would be selected for %2 places.</source>
        <translation>%1 candidatures seraient retenues pour %2 places.</translation>
    </message>
    <message>
        <source>“%1” is ranked %2, outside the %3 places.</source>
        <translation>« %1 » est classée %2, hors des %3 places.</translation>
    </message>
    <message>
        <source>“%1” is ranked %2, within the %3 places, and would not be selected.</source>
        <translation>« %1 » est classée %2, dans les %3 places, et ne serait pas retenue.</translation>
    </message>
    <message>
        <source>“%1” (rank %2) would be “%3” while “%4” (rank %5), ranked lower, is “%6”.</source>
        <translation>« %1 » (rang %2) serait « %3 » alors que « %4 » (rang %5), classée après, est « %6 ».</translation>
    </message>
    <message>
        <source>“%1” (rank %2) would be “%3” while “%4” (rank %5), ranked higher, is “%6”.</source>
        <translation>« %1 » (rang %2) serait « %3 » alors que « %4 » (rang %5), classée avant, est « %6 ».</translation>
    </message>
    <message>
        <source>This jury session no longer exists.</source>
        <translation>Cette session de jury n’existe plus.</translation>
    </message>
    <message>
        <source>This initiative is not an admissible application before this jury.</source>
        <translation>Cette initiative n’est pas une candidature recevable soumise à ce jury.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Indiquez le motif de la décision.</translation>
    </message>
    <message>
        <source>This decision departs from the ranking: %1 Give the reason for the override.</source>
        <translation>Cette décision s’écarte du classement : %1 Indiquez le motif de cet écart.</translation>
    </message>
    <message>
        <source>This person is not a member of the session.</source>
        <translation>Cette personne n’est pas membre de la séance.</translation>
    </message>
    <message>
        <source>This initiative is not an item of the session.</source>
        <translation>Cette initiative n’est pas à l’ordre du jour de la séance.</translation>
    </message>
    <message>
        <source>%1 has already left the room for “%2”.</source>
        <translation>%1 s’est déjà déporté(e) pour « %2 ».</translation>
    </message>
    <message>
        <source>This committee no longer exists.</source>
        <translation>Ce comité n’existe plus.</translation>
    </message>
    <message>
        <source>This session is already signed off.</source>
        <translation>Cette séance est déjà arrêtée.</translation>
    </message>
    <message>
        <source>Give the name of the person who signs the session off.</source>
        <translation>Indiquez le nom de la personne qui arrête la séance.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) have no decision yet: decide about every application before signing off.</source>
        <translation>
            <numerusform>%n candidature n’a pas encore de décision : décidez de chaque candidature avant d’arrêter la séance.</numerusform>
            <numerusform>%n candidatures n’ont pas encore de décision : décidez de chaque candidature avant d’arrêter la séance.</numerusform>
        </translation>
    </message>
    <message>
        <source>The promotion has no accompaniment phase for its laureates to enter: add one to its calendar before signing off.</source>
        <translation>La promotion n’a aucune phase d’accompagnement où faire entrer ses lauréats : ajoutez-en une à son calendrier avant d’arrêter la séance.</translation>
    </message>
    <message>
        <source>The session is not signed off yet: change the decision itself.</source>
        <translation>La séance n’est pas encore arrêtée : modifiez directement la décision.</translation>
    </message>
    <message>
        <source>There is no decision about “%1” to amend.</source>
        <translation>Il n’y a pas de décision sur « %1 » à amender.</translation>
    </message>
    <message>
        <source>Say why the decision is amended.</source>
        <translation>Indiquez pourquoi la décision est amendée.</translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation>L’amendement ne change rien.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>reason “%1” → “%2”</source>
        <translation>motif « %1 » → « %2 »</translation>
    </message>
    <message>
        <source>Decision about “%1”: %2</source>
        <translation>Décision sur « %1 » : %2</translation>
    </message>
    <message>
        <source>The promotion has no accompaniment phase for “%1” to enter as a laureate: add one to its calendar first.</source>
        <translation>La promotion n’a pas de phase d’accompagnement où « %1 » entrerait comme lauréat : ajoutez-en une à son calendrier d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n subvention</numerusform>
            <numerusform>%n subventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n committee decision(s)</source>
        <translation>
            <numerusform>%n décision de comité</numerusform>
            <numerusform>%n décisions de comité</numerusform>
        </translation>
    </message>
    <message>
        <source>an accompaniment under way</source>
        <translation>un accompagnement en cours</translation>
    </message>
    <message>
        <source>“%1” can no longer stop being a laureate: it already has %2. Cancel or move them first, or keep the decision.</source>
        <translation>« %1 » ne peut plus cesser d’être lauréat : il a déjà %2. Annulez-les ou déplacez-les d’abord, ou gardez la décision.</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryIncompleteModel</name>
    <message numerus="yes">
        <source>%1 of %n criteria</source>
        <translation>
            <numerusform>%1 sur %n critère</numerusform>
            <numerusform>%1 sur %n critères</numerusform>
        </translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Notés</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryMinutes</name>
    <message>
        <source>date not set</source>
        <translation>date non fixée</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>le %1 par %2</translation>
    </message>
    <message>
        <source>not yet: these minutes are a draft</source>
        <translation>pas encore : ce procès-verbal est un projet</translation>
    </message>
    <message>
        <source>No member recorded.</source>
        <translation>Aucun membre enregistré.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent(e)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent(e)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>No member left the room.</source>
        <translation>Aucun membre ne s’est déporté.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Consigné le</translation>
    </message>
    <message>
        <source>No amendment since the sign-off.</source>
        <translation>Aucun amendement depuis l’arrêt de la séance.</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Amendé le</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>Le président ou la présidente</translation>
    </message>
    <message>
        <source>The secretary</source>
        <translation>Le ou la secrétaire</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Minutes of the jury “%1”</source>
        <translation>Procès-verbal du jury « %1 »</translation>
    </message>
    <message>
        <source>Minutes — %1, %2</source>
        <translation>Procès-verbal — %1, %2</translation>
    </message>
    <message>
        <source>Minutes of the selection jury</source>
        <translation>Procès-verbal du jury de sélection</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Scores from %1 to %2 by steps of %3. A juror's total for an application is the weighted mean of their scores over the criteria; only complete totals count.</source>
        <translation>Notes de %1 à %2 par pas de %3. Le total d’un juré pour une candidature est la moyenne de ses notes pondérée par les critères ; seuls les totaux complets comptent.</translation>
    </message>
    <message>
        <source>Normalisation:</source>
        <translation>Normalisation :</translation>
    </message>
    <message>
        <source>z-scores: each juror's totals are standardised over their own totals, then rescaled to the mean and spread of their track (jurors generous or severe weigh alike).</source>
        <translation>scores z : les totaux de chaque juré sont centrés et réduits sur ses propres totaux, puis ramenés à la moyenne et à la dispersion de son collège (jurés généreux ou sévères pèsent autant).</translation>
    </message>
    <message>
        <source>none: a track's score is the mean of its jurors' totals.</source>
        <translation>aucune : la note d’un collège est la moyenne des totaux de ses jurés.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1: weight %2</source>
        <translation>%1 : poids %2</translation>
    </message>
    <message>
        <source>Tracks:</source>
        <translation>Collèges :</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>No application before the jury.</source>
        <translation>Aucune candidature soumise au jury.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Places available: %1.</source>
        <translation>Places disponibles : %1.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Aucune décision consignée pour l’instant.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rank at the time</source>
        <translation>Rang alors</translation>
    </message>
    <message>
        <source>Score at the time</source>
        <translation>Note alors</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Departures from the ranking</source>
        <translation>Écarts au classement</translation>
    </message>
    <message>
        <source>Every decision follows the ranking.</source>
        <translation>Toutes les décisions suivent le classement.</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motif de l’écart</translation>
    </message>
    <message>
        <source>Conflicts of interest and recusals</source>
        <translation>Conflits d’intérêts et déports</translation>
    </message>
    <message>
        <source>Conflicts of interest declared before the session (these jurors neither scored nor saw the scores):</source>
        <translation>Conflits d’intérêts déclarés avant la séance (ces jurés n’ont ni noté ni vu les notes) :</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Recusals (members who left the room for an item; their scores for it do not count):</source>
        <translation>Déports (membres sortis de la salle pendant un point ; leurs notes sur ce point ne comptent pas) :</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendements</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Minutes of the committee “%1”</source>
        <translation>Procès-verbal du comité « %1 »</translation>
    </message>
    <message>
        <source>Minutes of the committee</source>
        <translation>Procès-verbal du comité</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non décidé</translation>
    </message>
    <message>
        <source>Decision %1 about “%2”: %3 (“%4”) → %5</source>
        <translation>Décision %1 sur « %2 » : %3 (« %4 ») → %5</translation>
    </message>
    <message>
        <source>Nothing on the agenda.</source>
        <translation>Rien à l’ordre du jour.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Decision and reason</source>
        <translation>Décision et motif</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Recusals</source>
        <translation>Déports</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryMissingModel</name>
    <message>
        <source>%1 (dossier %2)</source>
        <translation>%1 (dossier %2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Criteria missing</source>
        <translation>Critères manquants</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryPackActions</name>
    <message>
        <source>&amp;Juror Packs…</source>
        <translation>&amp;Paquets de jurés…</translation>
    </message>
    <message>
        <source>Write one file per juror to score away from this computer</source>
        <translation>Écrire un fichier par juré pour noter loin de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Juror Pack…</source>
        <translation>&amp;Paquet de juré…</translation>
    </message>
    <message>
        <source>Merge the scores of a pack a juror sent back</source>
        <translation>Fusionner les notes d’un paquet renvoyé par un juré</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n juror pack(s) to %1.</source>
        <translation>
            <numerusform>%n paquet de juré écrit dans %1.</numerusform>
            <numerusform>%n paquets de jurés écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Juror Pack</source>
        <translation>Importer un paquet de juré</translation>
    </message>
    <message>
        <source>Juror packs (*.tremplin-pack);;All files (*)</source>
        <translation>Paquets de jurés (*.tremplin-pack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This pack is locked. Its passphrase:</source>
        <translation>Ce paquet est verrouillé. Sa phrase de passe :</translation>
    </message>
    <message>
        <source>Import the Pack of %1</source>
        <translation>Importer le paquet de %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value(s) from the pack of %1.</source>
        <translation>
            <numerusform>%n valeur importée du paquet de %1.</numerusform>
            <numerusform>%n valeurs importées du paquet de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::JuryPackExportDialog</name>
    <message>
        <source>Export Juror Packs</source>
        <translation>Exporter les paquets de jurés</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Folder of the Juror Packs</source>
        <translation>Dossier des paquets de jurés</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>Phrase de pa&amp;sse (facultative) :</translation>
    </message>
    <message>
        <source>&amp;Confirm the passphrase:</source>
        <translation>&amp;Confirmer la phrase de passe :</translation>
    </message>
    <message>
        <source>One pack per juror, holding only their applications, the criteria and their own scores. A passphrase locks the packs for the USB stick or the e-mail: give it to the jurors another way.</source>
        <translation>Un paquet par juré, qui ne contient que ses candidatures, les critères et ses propres notes. Une phrase de passe verrouille les paquets pour la clé USB ou le courriel : donnez-la aux jurés par un autre moyen.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>This file has no jury session yet.</source>
        <translation>Ce fichier n’a pas encore de session de jury.</translation>
    </message>
    <message>
        <source>Choose the folder where the packs go.</source>
        <translation>Choisissez le dossier où vont les paquets.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryPackImportDialog</name>
    <message>
        <source>Import a Juror Pack</source>
        <translation>Importer un paquet de juré</translation>
    </message>
    <message>
        <source>Pack of %1 for the session “%2”, exported on %3.</source>
        <translation>Paquet de %1 pour la session « %2 », exporté le %3.</translation>
    </message>
    <message>
        <source>This pack was imported before and holds nothing new.</source>
        <translation>Ce paquet a déjà été importé et n’apporte rien de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) will be imported.</source>
        <translation>
            <numerusform>%n valeur sera importée.</numerusform>
            <numerusform>%n valeurs seront importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) stay as in the file, listed below: change them in the scoring grid if the pack's value is the right one.</source>
        <translation>
            <numerusform>%n valeur reste telle que dans le fichier, listée ci-dessous : changez-la dans la grille de notation si la valeur du paquet est la bonne.</numerusform>
            <numerusform>%n valeurs restent telles que dans le fichier, listées ci-dessous : changez-les dans la grille de notation si la valeur du paquet est la bonne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>In the pack</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Pourquoi elle n’a pas été importée</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Changed in the file and in the pack since the export</source>
        <translation>Modifiée dans le fichier et dans le paquet depuis l’export</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryPage</name>
    <message>
        <source>%1 (%2)</source>
        <comment>jury session (its promotion)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <source>Jury session</source>
        <translation>Session du jury</translation>
    </message>
    <message>
        <source>No jury session yet. Create one in Set-up (or load a template): name it, choose its promotion, its criteria and its jurors.</source>
        <translation>Aucune session de jury pour l’instant. Créez-en une dans Paramétrage (ou chargez un modèle) : nommez-la, choisissez sa promotion, ses critères et ses jurés.</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Candidatures</translation>
    </message>
    <message>
        <source>Set-&amp;up</source>
        <translation>&amp;Paramétrage</translation>
    </message>
    <message>
        <source>S&amp;coring</source>
        <translation>&amp;Notation</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Avancement</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>C&amp;lassement</translation>
    </message>
    <message>
        <source>Jury decision (%1)</source>
        <translation>Décision du jury (%1)</translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation>Déport</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>Amend jury decision</source>
        <translation>Amender la décision du jury</translation>
    </message>
    <message>
        <source>Room Mode</source>
        <translation>Mode salle</translation>
    </message>
    <message>
        <source>Room &amp;Mode (F11)</source>
        <translation>&amp;Mode salle (F11)</translation>
    </message>
    <message>
        <source>The chosen session full screen, for the jury's room and its projector: one application at a time, driven by the keyboard.</source>
        <translation>La session choisie en plein écran, pour la salle du jury et son vidéoprojecteur : une candidature à la fois, pilotée au clavier.</translation>
    </message>
    <message>
        <source>Sign Off…</source>
        <translation>Arrêter la séance…</translation>
    </message>
    <message>
        <source>Minutes (PDF)…</source>
        <translation>Procès-verbal (PDF)…</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryProgressModel</name>
    <message>
        <source>nothing assigned</source>
        <translation>rien d’attribué</translation>
    </message>
    <message>
        <source>%1 has scored every criterion of %2 of the %3 applications assigned to them.</source>
        <translation>%1 a noté tous les critères de %2 des %3 candidatures qui lui sont attribuées.</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Notées</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuées</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryProgressTab</name>
    <message>
        <source>All jurors</source>
        <translation>Tous les jurés</translation>
    </message>
    <message>
        <source>Choose a jury session at the top, or create one in the Set-up tab.</source>
        <translation>Choisissez une session de jury en haut, ou créez-en une dans l’onglet Paramétrage.</translation>
    </message>
    <message>
        <source>No application is assigned to a juror yet.</source>
        <translation>Aucune candidature n’est encore attribuée à un juré.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Il ne manque aucune note.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) not scored completely.</source>
        <translation>
            <numerusform>%n candidature n’est pas entièrement notée.</numerusform>
            <numerusform>%n candidatures ne sont pas entièrement notées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Missing Scores</source>
        <translation>Enregistrer les notes manquantes</translation>
    </message>
    <message>
        <source>missing-scores</source>
        <translation>notes-manquantes</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>Missing scores</source>
        <translation>Notes manquantes</translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation>&amp;Juré :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the list as text, to paste in an e-mail or a spreadsheet.</source>
        <translation>Copier la liste en texte, à coller dans un courriel ou un tableur.</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Enregistrer en CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 assignments scored completely (%2%).</source>
        <translation>
            <numerusform>%n attribution sur %1 entièrement notée (%2 %).</numerusform>
            <numerusform>%n attributions sur %1 entièrement notées (%2 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>score-sheets</source>
        <translation>grilles-de-notation</translation>
    </message>
    <message>
        <source>Score Sheets</source>
        <translation>Grilles de notation</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Fichier PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the score sheets of %n juror(s), %1 pages, to %2.</source>
        <translation>
            <numerusform>Grilles de notation de %n juré écrites, %1 pages, dans %2.</numerusform>
            <numerusform>Grilles de notation de %n jurés écrites, %1 pages, dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the score sheets of %1, %2 pages, to %3.</source>
        <translation>Grilles de notation de %1 écrites, %2 pages, dans %3.</translation>
    </message>
    <message>
        <source>Decision Letters</source>
        <translation>Lettres de décision</translation>
    </message>
    <message>
        <source>No application of this session has a decision yet: no letter was written. Record the decisions in the Ranking tab first.</source>
        <translation>Aucune candidature de cette session n’a encore de décision : aucune lettre n’a été écrite. Enregistrez d’abord les décisions dans l’onglet Classement.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n decision letter(s) and the mail-merge file %1 to %2.</source>
        <translation>
            <numerusform>%n lettre de décision et le fichier de publipostage %1 écrits dans %2.</numerusform>
            <numerusform>%n lettres de décision et le fichier de publipostage %1 écrits dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No letter for %n application(s) without a decision: %1.</source>
        <translation>
            <numerusform>Pas de lettre pour %n candidature sans décision : %1.</numerusform>
            <numerusform>Pas de lettre pour %n candidatures sans décision : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score Sheets (PDF)…</source>
        <translation>Grilles de notation (PDF)…</translation>
    </message>
    <message>
        <source>Paper score sheets for jurors without a laptop: of the juror chosen under Missing scores, or of every juror.</source>
        <translation>Grilles de notation papier pour les jurés sans ordinateur : celles du juré choisi sous Notes manquantes, ou de tous les jurés.</translation>
    </message>
    <message>
        <source>Decision Letters…</source>
        <translation>Lettres de décision…</translation>
    </message>
    <message>
        <source>One letter per decided application (PDF, in the language chosen beside) and a CSV for mail merge, in a folder. Tremplin sends nothing.</source>
        <translation>Une lettre par candidature décidée (PDF, dans la langue choisie à côté) et un CSV pour le publipostage, dans un dossier. Tremplin n’envoie rien.</translation>
    </message>
    <message>
        <source>&amp;Letters in:</source>
        <translation>&amp;Lettres en :</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryRankingModel</name>
    <message>
        <source>✓ in</source>
        <comment>in the top N</comment>
        <translation>✓ dedans</translation>
    </message>
    <message>
        <source>▲ enters</source>
        <comment>enters the top N</comment>
        <translation>▲ entre</translation>
    </message>
    <message>
        <source>▼ leaves</source>
        <comment>leaves the top N</comment>
        <translation>▼ sort</translation>
    </message>
    <message>
        <source>no complete total</source>
        <translation>aucun total complet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>not in this session</source>
        <translation>absent de la session</translation>
    </message>
    <message>
        <source>one juror</source>
        <translation>un seul juré</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No juror has a complete total for this application yet.</source>
        <translation>Aucun juré n’a encore de total complet pour cette candidature.</translation>
    </message>
    <message>
        <source>Tied: equal scores share a rank.</source>
        <translation>Ex æquo : des notes égales partagent un rang.</translation>
    </message>
    <message>
        <source>In the top %1.</source>
        <translation>Dans les %1 premiers.</translation>
    </message>
    <message>
        <source>Enters the top %1 with the what-if's settings.</source>
        <translation>Entre dans les %1 premiers avec les réglages de la simulation.</translation>
    </message>
    <message>
        <source>Leaves the top %1 with the what-if's settings.</source>
        <translation>Sort des %1 premiers avec les réglages de la simulation.</translation>
    </message>
    <message>
        <source>Rank with the session's own settings: %1.</source>
        <translation>Rang avec les réglages de la session : %1.</translation>
    </message>
    <message>
        <source>Not ranked with the session's own settings.</source>
        <translation>Non classée avec les réglages de la session.</translation>
    </message>
    <message>
        <source>%1 (dossier no. %2)</source>
        <translation>%1 (dossier n° %2)</translation>
    </message>
    <message>
        <source>No juror of this track has a complete total for this application: the combined score leaves the track out.</source>
        <translation>Aucun juré de ce collège n’a de total complet pour cette candidature : la note combinée laisse ce collège de côté.</translation>
    </message>
    <message>
        <source>The jurors disagree: their totals differ by %1 (two fifths of the scale are %2).</source>
        <translation>Les jurés sont en désaccord : leurs totaux diffèrent de %1 (deux cinquièmes de l’échelle font %2).</translation>
    </message>
    <message>
        <source>Highest minus lowest juror total.</source>
        <translation>Plus haut moins plus bas total des jurés.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation>%1 premiers</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Whether the application is among the %1 places, and what the what-if changes compared with the session's own settings.</source>
        <translation>Si la candidature est parmi les %1 places, et ce que la simulation change par rapport aux réglages de la session.</translation>
    </message>
    <message>
        <source>Combined score: the tracks' scores weighted by the tracks' weights.</source>
        <translation>Note combinée : les notes des collèges pondérées par leurs poids.</translation>
    </message>
    <message>
        <source>Jurors whose complete total counts.</source>
        <translation>Jurés dont le total complet compte.</translation>
    </message>
    <message>
        <source>Highest minus lowest juror total; ⚠ marks a large disagreement.</source>
        <translation>Plus haut moins plus bas total des jurés ; ⚠ signale un fort désaccord.</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryRankingTab</name>
    <message>
        <source>Export the Ranking</source>
        <translation>Exporter le classement</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>classement</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the Chart as a Picture</source>
        <translation>Enregistrer le graphique comme image</translation>
    </message>
    <message>
        <source>jurors-scores</source>
        <translation>notes-des-jures</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>▲ Enter the top %1: %2.</source>
        <translation>▲ Entrent dans les %1 premiers : %2.</translation>
    </message>
    <message>
        <source>▼ Leave the top %1: %2.</source>
        <translation>▼ Sortent des %1 premiers : %2.</translation>
    </message>
    <message>
        <source>Same top %1 as with the session's own settings.</source>
        <translation>Mêmes %1 premiers qu’avec les réglages de la session.</translation>
    </message>
    <message>
        <source>Every track weighs 0: no application can have a combined score.</source>
        <translation>Chaque collège pèse 0 : aucune candidature ne peut avoir de note combinée.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>The ranking shown, with the columns of "tremplin-cli jury ranking --format csv"</source>
        <translation>Le classement affiché, avec les colonnes de « tremplin-cli jury ranking --format csv »</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Jurors' scores</source>
        <translation>Notes des jurés</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete totals, not counted (%n)</source>
        <translation>
            <numerusform>Totaux incomplets, non comptés (%n)</numerusform>
            <numerusform>Totaux incomplets, non comptés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete totals</source>
        <translation>Totaux incomplets</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Et si…</translation>
    </message>
    <message>
        <source>Try other settings and see the top change at once. Nothing here is written to the file; the session's settings are changed in Set-up.</source>
        <translation>Essayez d’autres réglages et voyez aussitôt la tête du classement changer. Rien ici n’est écrit dans le fichier ; les réglages de la session se changent dans Paramétrage.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;Weight of the %1:</source>
        <translation>P&amp;oids du %1 :</translation>
    </message>
    <message>
        <source>Wei&amp;ght of the %1:</source>
        <translation>Poi&amp;ds du %1 :</translation>
    </message>
    <message>
        <source>This session has no %1.</source>
        <translation>Cette session n’a pas de %1.</translation>
    </message>
    <message>
        <source>Places (top &amp;N):</source>
        <translation>Places (&amp;tête du classement) :</translation>
    </message>
    <message numerus="yes">
        <source>The promotion has %n place(s).</source>
        <translation>
            <numerusform>La promotion a %n place.</numerusform>
            <numerusform>La promotion a %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>The promotion's places are not set: %1 assumed.</source>
        <translation>Les places de la promotion ne sont pas fixées : %1 par défaut.</translation>
    </message>
    <message>
        <source>Jurors counted (untick one to leave them out):</source>
        <translation>Jurés comptés (décochez-en un pour l’écarter) :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>juror (track)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rese&amp;t to the session's settings</source>
        <translation>&amp;Revenir aux réglages de la session</translation>
    </message>
    <message>
        <source>What-if: this ranking is not the session's (method, weights, jurors or places changed in the panel). The file is unchanged.</source>
        <translation>Simulation : ce classement n’est pas celui de la session (méthode, poids, jurés ou places changés dans le panneau). Le fichier n’est pas modifié.</translation>
    </message>
    <message>
        <source>Save as P&amp;icture…</source>
        <translation>Enregistrer comme &amp;image…</translation>
    </message>
    <message>
        <source>Choose a jury session to see its ranking.</source>
        <translation>Choisissez une session de jury pour voir son classement.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) ranked</source>
        <translation>
            <numerusform>%n candidature classée</numerusform>
            <numerusform>%n candidatures classées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a complete total (listed last)</source>
        <translation>
            <numerusform>%n sans total complet (en fin de liste)</numerusform>
            <numerusform>%n sans total complet (en fin de liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>method: %1</source>
        <translation>méthode : %1</translation>
    </message>
    <message>
        <source>Bold: in the top %1 (a rule under the last one). ⚠: jurors' totals differ by %2 or more.</source>
        <translation>Gras : dans les %1 premiers (un trait sous le dernier). ⚠ : les totaux des jurés diffèrent de %2 ou plus.</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryRoomWindow</name>
    <message>
        <source>%1. %2</source>
        <comment>agenda position. application</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>agenda item — its decision</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — item %2 of %3</source>
        <comment>session — item n of m</comment>
        <translation>%1 — point %2 sur %3</translation>
    </message>
    <message>
        <source>Places left: %1 of %2</source>
        <translation>Places restantes : %1 sur %2</translation>
    </message>
    <message>
        <source>Selected: %1 (places not set)</source>
        <translation>Retenues : %1 (nombre de places non indiqué)</translation>
    </message>
    <message>
        <source>No application in this session</source>
        <translation>Aucune candidature dans cette session</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>Rank %1 of %2 · combined score %3</source>
        <translation>Rang %1 sur %2 · note combinée %3</translation>
    </message>
    <message>
        <source>Not ranked: no complete score yet</source>
        <translation>Non classée : aucune notation complète pour l’instant</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>track score</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sans note</translation>
    </message>
    <message numerus="yes">
        <source>Spread between jurors %1 (%n juror(s))</source>
        <translation>
            <numerusform>Écart entre jurés %1 (%n juré)</numerusform>
            <numerusform>Écart entre jurés %1 (%n jurés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision: %1 — %2</source>
        <translation>Décision : %1 — %2</translation>
    </message>
    <message>
        <source>Overrides the ranking: %1</source>
        <translation>S’écarte du classement : %1</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <source>The time spent is kept on the committee's agenda.</source>
        <translation>Le temps passé est conservé dans l’ordre du jour du comité.</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <comment>rank. application — score</comment>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Room Mode — %1</source>
        <translation>Mode salle — %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>&amp;Agenda order:</source>
        <translation>&amp;Ordre du jour :</translation>
    </message>
    <message>
        <source>By rank</source>
        <translation>Par rang</translation>
    </message>
    <message>
        <source>Disagreement first</source>
        <translation>Désaccords d’abord</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>→ or Page Down: next · ← or Page Up: previous · S: selected · W: waiting list · N: not selected · T: timer · R: recusal · H: hide this panel · Ctrl+Z: undo · Esc: leave</source>
        <translation>→ ou Page suivante : suivante · ← ou Page précédente : précédente · S : retenue · W : liste d’attente · N : non retenue · T : chronomètre · R : déport · H : masquer ce panneau · Ctrl+Z : annuler · Échap : quitter</translation>
    </message>
    <message>
        <source>Sign Off…</source>
        <translation>Arrêter la séance…</translation>
    </message>
    <message>
        <source>Minutes (PDF)…</source>
        <translation>Procès-verbal (PDF)…</translation>
    </message>
    <message>
        <source>%1 selected for %2 places</source>
        <translation>%1 retenues pour %2 places</translation>
    </message>
    <message>
        <source>The time spent is kept with the jury session (the committee has no agenda item for this application).</source>
        <translation>Le temps passé est conservé avec la session du jury (l’ordre du jour du comité n’a pas de point pour cette candidature).</translation>
    </message>
    <message>
        <source>The session is signed off and %1 has no decision to amend.</source>
        <translation>La séance est arrêtée et %1 n’a pas de décision à amender.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 a déjà la décision « %2 ».</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryScoreChart</name>
    <message>
        <source>Jurors' totals: lowest, quartiles, median, highest</source>
        <translation>Totaux des jurés : plus bas, quartiles, médiane, plus haut</translation>
    </message>
    <message>
        <source>A box lower than the others is a severe juror; a higher one, a generous juror.</source>
        <translation>Une boîte plus basse que les autres signale un juré sévère ; plus haute, un juré généreux.</translation>
    </message>
    <message>
        <source>No complete total yet: %1.</source>
        <translation>Pas encore de total complet : %1.</translation>
    </message>
    <message>
        <source>Jurors' totals: no complete total yet</source>
        <translation>Totaux des jurés : pas encore de total complet</translation>
    </message>
    <message>
        <source>Juror's totals</source>
        <translation>Totaux du juré</translation>
    </message>
    <message>
        <source>%1 (left out)</source>
        <translation>%1 (écarté)</translation>
    </message>
    <message>
        <source>%1: lowest %2, lower quartile %3, median %4, upper quartile %5, highest %6</source>
        <translation>%1 : plus bas %2, premier quartile %3, médiane %4, troisième quartile %5, plus haut %6</translation>
    </message>
    <message>
        <source>%1: mean of all totals (%2)</source>
        <translation>%1 : moyenne de tous les totaux (%2)</translation>
    </message>
    <message>
        <source>Juror's total</source>
        <translation>Total du juré</translation>
    </message>
    <message>
        <source>Jurors' totals</source>
        <translation>Totaux des jurés</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryScoreImport</name>
    <message>
        <source>%1 is too large to be a list of scores.</source>
        <translation>%1 est trop volumineux pour être une liste de notes.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The first line must name the columns juror, candidate, criterion, score and comment (or juré, candidature, critère, note, commentaire).</source>
        <translation>La première ligne doit nommer les colonnes juré, candidature, critère, note et commentaire (ou juror, candidate, criterion, score, comment).</translation>
    </message>
    <message>
        <source>no juror</source>
        <translation>aucun juré</translation>
    </message>
    <message>
        <source>unknown juror "%1"</source>
        <translation>juré inconnu « %1 »</translation>
    </message>
    <message>
        <source>"%1" names several jurors</source>
        <translation>« %1 » désigne plusieurs jurés</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>aucune candidature</translation>
    </message>
    <message>
        <source>unknown candidate "%1" (not an admissible application of the session)</source>
        <translation>candidature inconnue « %1 » (pas une candidature recevable de la session)</translation>
    </message>
    <message>
        <source>"%1" names several applications: use the dossier number</source>
        <translation>« %1 » désigne plusieurs candidatures : utilisez le numéro de dossier</translation>
    </message>
    <message>
        <source>no criterion</source>
        <translation>aucun critère</translation>
    </message>
    <message>
        <source>unknown criterion "%1"</source>
        <translation>critère inconnu « %1 »</translation>
    </message>
    <message>
        <source>the score "%1" is not a number</source>
        <translation>la note « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>the same score is already given on line %1</source>
        <translation>la même note est déjà donnée ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne a des problèmes ; rien n’a été importé.</numerusform>
            <numerusform>%n lignes ont des problèmes ; rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryScoreModel</name>
    <message>
        <source>Conflict of interest: %1 cannot score “%2” nor see its scores.</source>
        <translation>Conflit d’intérêts : %1 ne peut ni noter « %2 » ni voir ses notes.</translation>
    </message>
    <message>
        <source>Conflict of interest (%3): %1 cannot score “%2” nor see its scores.</source>
        <translation>Conflit d’intérêts (%3) : %1 ne peut ni noter « %2 » ni voir ses notes.</translation>
    </message>
    <message>
        <source>This application is not assigned to %1.</source>
        <translation>Cette candidature n’est pas attribuée à %1.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d’intérêts</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: a score from %2 to %3 by steps of %4. Type it, then Tab or Enter.</source>
        <translation>%1 : une note de %2 à %3 par pas de %4. Tapez-la, puis Tab ou Entrée.</translation>
    </message>
    <message>
        <source>The juror's comment on this application.</source>
        <translation>Le commentaire du juré sur cette candidature.</translation>
    </message>
    <message>
        <source>The total counts once every criterion is scored.</source>
        <translation>Le total compte une fois tous les critères notés.</translation>
    </message>
    <message>
        <source>The weighted mean of the juror's scores.</source>
        <translation>La moyenne pondérée des notes du juré.</translation>
    </message>
    <message>
        <source>%1 (conflict)</source>
        <comment>juror or application with a conflict of interest</comment>
        <translation>%1 (conflit)</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <comment>criterion (its weight)</comment>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>The weighted mean of the criteria, once every criterion is scored.</source>
        <translation>La moyenne pondérée des critères, une fois tous les critères notés.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1, dossier %2</source>
        <translation>%1, dossier %2</translation>
    </message>
    <message>
        <source>There is nothing to score here.</source>
        <translation>Il n’y a rien à noter ici.</translation>
    </message>
    <message>
        <source>“%1” is not a score: type a number such as %2.</source>
        <translation>« %1 » n’est pas une note : tapez un nombre comme %2.</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Commentaire sur « %1 »</translation>
    </message>
    <message>
        <source>Score %1 for %2 of “%3”</source>
        <translation>Note %1 en %2 pour « %3 »</translation>
    </message>
    <message>
        <source>Clear the %1 score of “%2”</source>
        <translation>Effacer la note en %1 de « %2 »</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryScoringTab</name>
    <message>
        <source>Score %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Effacer la note</translation>
    </message>
    <message>
        <source>Edit jury comment</source>
        <translation>Modifier le commentaire du juré</translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation>&amp;Juré :</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Candidature :</translation>
    </message>
    <message>
        <source>Scores from %1 to %2 by %3 · blind mode</source>
        <translation>Notes de %1 à %2 par pas de %3 · notation à l’aveugle</translation>
    </message>
    <message>
        <source>Scores from %1 to %2 by %3</source>
        <translation>Notes de %1 à %2 par pas de %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>juror (their track)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (dossier %2)</source>
        <translation>%1 (dossier %2)</translation>
    </message>
    <message>
        <source>Choose a jury session at the top, or create one in the Set-up tab.</source>
        <translation>Choisissez une session de jury en haut, ou créez-en une dans l’onglet Paramétrage.</translation>
    </message>
    <message>
        <source>This session has no jurors yet: add them in the Set-up tab.</source>
        <translation>Cette session n’a pas encore de jurés : ajoutez-les dans l’onglet Paramétrage.</translation>
    </message>
    <message>
        <source>This session has no admissible applications yet.</source>
        <translation>Cette session n’a pas encore de candidature recevable.</translation>
    </message>
    <message>
        <source>No application is assigned to this juror.</source>
        <translation>Aucune candidature n’est attribuée à ce juré.</translation>
    </message>
    <message>
        <source>Choose an application in the grid.</source>
        <translation>Choisissez une candidature dans la grille.</translation>
    </message>
    <message>
        <source>Conflict of interest: the other jurors' scores for “%1” are not shown to this juror.</source>
        <translation>Conflit d’intérêts : les notes des autres jurés pour « %1 » ne sont pas montrées à ce juré.</translation>
    </message>
    <message>
        <source>Blind mode: the other jurors' scores for “%1” show once this juror has scored every criterion.</source>
        <translation>Notation à l’aveugle : les notes des autres jurés pour « %1 » s’affichent une fois que ce juré a noté tous les critères.</translation>
    </message>
    <message>
        <source>No other juror has scored “%1” yet.</source>
        <translation>Aucun autre juré n’a encore noté « %1 ».</translation>
    </message>
    <message>
        <source>The other jurors' scores for “%1”.</source>
        <translation>Les notes des autres jurés pour « %1 ».</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>By juror</source>
        <translation>Par juré</translation>
    </message>
    <message>
        <source>By application</source>
        <translation>Par candidature</translation>
    </message>
    <message>
        <source>Other jurors' scores</source>
        <translation>Notes des autres jurés</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryService</name>
    <message>
        <source>This jury session no longer exists.</source>
        <translation>Cette session de jury n’existe plus.</translation>
    </message>
    <message>
        <source>The jury session needs a name.</source>
        <translation>La session de jury doit avoir un nom.</translation>
    </message>
    <message>
        <source>The highest score must be above the lowest.</source>
        <translation>La note la plus haute doit dépasser la plus basse.</translation>
    </message>
    <message>
        <source>The score step must be above zero.</source>
        <translation>Le pas des notes doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The highest score %1 is not reached by steps of %2 from %3.</source>
        <translation>La note la plus haute, %1, n’est pas atteinte par pas de %2 depuis %3.</translation>
    </message>
    <message>
        <source>The jury session needs at least one criterion.</source>
        <translation>La session de jury doit avoir au moins un critère.</translation>
    </message>
    <message>
        <source>A criterion has no name.</source>
        <translation>Un critère n’a pas de nom.</translation>
    </message>
    <message>
        <source>The criterion "%1" is listed twice.</source>
        <translation>Le critère « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>The criterion "%1" needs a weight above zero.</source>
        <translation>Le critère « %1 » doit avoir un poids supérieur à zéro.</translation>
    </message>
    <message>
        <source>The jury session needs at least one track.</source>
        <translation>La session de jury doit avoir au moins un collège.</translation>
    </message>
    <message>
        <source>The track "%1" is listed twice.</source>
        <translation>Le collège « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>The weight of the track "%1" cannot be negative.</source>
        <translation>Le poids du collège « %1 » ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The juror "%1" is listed twice.</source>
        <translation>Le juré « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>The juror "%1" is in the track "%2", which the session does not have.</source>
        <translation>Le juré « %1 » est dans le collège « %2 », que la session n’a pas.</translation>
    </message>
    <message>
        <source>The e-mail address of "%1" is not valid: %2.</source>
        <translation>L’adresse électronique de « %1 » n’est pas valide : %2.</translation>
    </message>
    <message>
        <source>A balanced assignment needs at least one juror per application in each track.</source>
        <translation>Une répartition équilibrée demande au moins un juré par candidature dans chaque collège.</translation>
    </message>
    <message>
        <source>The most applications per juror cannot be negative.</source>
        <translation>Le nombre maximal de candidatures par juré ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>There is no promotion named "%1".</source>
        <translation>Aucune promotion ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>The conflict of interest names "%1", who is not a juror of the template.</source>
        <translation>Le conflit d’intérêts nomme « %1 », qui n’est pas un juré du modèle.</translation>
    </message>
    <message>
        <source>The conflict of interest names "%1", which is no admissible application of the promotion "%2".</source>
        <translation>Le conflit d’intérêts nomme « %1 », qui n’est pas une candidature recevable de la promotion « %2 ».</translation>
    </message>
    <message>
        <source>"%1" names several applications: use the dossier number.</source>
        <translation>« %1 » désigne plusieurs candidatures : utilisez le numéro de dossier.</translation>
    </message>
    <message>
        <source>The criterion "%1" already has scores: keep it in the template.</source>
        <translation>Le critère « %1 » a déjà des notes : gardez-le dans le modèle.</translation>
    </message>
    <message numerus="yes">
        <source>"%1" cannot get %n juror(s) of the track "%2" without a conflict of interest or going over the most applications per juror.</source>
        <translation>
            <numerusform>« %1 » ne peut pas recevoir %n juré du collège « %2 » sans conflit d’intérêts ni dépasser le maximum de candidatures par juré.</numerusform>
            <numerusform>« %1 » ne peut pas recevoir %n jurés du collège « %2 » sans conflit d’intérêts ni dépasser le maximum de candidatures par juré.</numerusform>
        </translation>
    </message>
    <message>
        <source>This juror declared a conflict of interest with this application: it cannot be assigned to them.</source>
        <translation>Ce juré a déclaré un conflit d’intérêts avec cette candidature : elle ne peut pas lui être attribuée.</translation>
    </message>
    <message>
        <source>This juror or this application is not part of the jury session.</source>
        <translation>Ce juré ou cette candidature ne fait pas partie de la session de jury.</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with "%2" and cannot score it.</source>
        <translation>%1 a déclaré un conflit d’intérêts avec « %2 » et ne peut pas la noter.</translation>
    </message>
    <message>
        <source>"%1" is not assigned to %2.</source>
        <translation>« %1 » n’est pas attribuée à %2.</translation>
    </message>
    <message>
        <source>This criterion is not one of the jury session.</source>
        <translation>Ce critère n’est pas l’un de ceux de la session de jury.</translation>
    </message>
    <message>
        <source>The score %1 is outside the scale, from %2 to %3.</source>
        <translation>La note %1 est hors de l’échelle, de %2 à %3.</translation>
    </message>
    <message>
        <source>The score %1 is not on the scale's steps of %2 from %3.</source>
        <translation>La note %1 ne tombe pas sur les pas de %2 de l’échelle depuis %3.</translation>
    </message>
    <message>
        <source>%1 left the room for "%2" (recusal) and cannot score it.</source>
        <translation>%1 s’est déporté(e) pour « %2 » et ne peut pas la noter.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::JurySetupNewSessionDialog</name>
    <message>
        <source>New Jury Session</source>
        <translation>Nouvelle session de jury</translation>
    </message>
    <message>
        <source>The session starts with the criteria the AIC published (general interest, impact, feasibility, maturity, collaboration with the State) and its two tracks, expert jury and citizen panel; change them in Set-up.</source>
        <translation>La session commence avec les critères publiés par l’AIC (intérêt général, impact, faisabilité, maturité, collaboration avec l’État) et ses deux collèges, jury d’experts et panel citoyen ; modifiez-les dans Paramétrage.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>Create a promotion first (Programme workspace).</source>
        <translation>Créez d’abord une promotion (espace Programme).</translation>
    </message>
</context>
<context>
    <name>tremplin::JurySetupService</name>
    <message>
        <source>This juror declared a conflict of interest with this application: it cannot be assigned to them.</source>
        <translation>Ce juré a déclaré un conflit d’intérêts avec cette candidature : elle ne peut pas lui être attribuée.</translation>
    </message>
    <message>
        <source>The highest score must be above the lowest.</source>
        <translation>La note la plus haute doit dépasser la plus basse.</translation>
    </message>
    <message>
        <source>The score step must be above zero.</source>
        <translation>Le pas de notation doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>This number must be at least 1 (or left empty).</source>
        <translation>Ce nombre doit valoir au moins 1 (ou rester vide).</translation>
    </message>
    <message>
        <source>The weight must be above zero.</source>
        <translation>Le poids doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The session already has a criterion named "%1".</source>
        <translation>La session a déjà un critère nommé « %1 ».</translation>
    </message>
    <message>
        <source>A track's weight cannot be negative.</source>
        <translation>Le poids d’un collège ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>tremplin::JurySetupTab</name>
    <message>
        <source>The session has no %1 track: tick it in Settings first.</source>
        <translation>La session n’a pas de collège « %1 » : cochez-le d’abord dans Réglages.</translation>
    </message>
    <message>
        <source>Change the track of %1</source>
        <translation>Changer le collège de %1</translation>
    </message>
    <message>
        <source>Assign an application by hand</source>
        <translation>Attribuer une candidature à la main</translation>
    </message>
    <message>
        <source>Withdraw an assignment</source>
        <translation>Retirer une attribution</translation>
    </message>
    <message>
        <source>Another jury session is named "%1".</source>
        <translation>Une autre session de jury s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Rename the jury session</source>
        <translation>Renommer la session de jury</translation>
    </message>
    <message>
        <source>Change the promotion of the jury session</source>
        <translation>Changer la promotion de la session de jury</translation>
    </message>
    <message>
        <source>Change the lowest score</source>
        <translation>Modifier la note minimale</translation>
    </message>
    <message>
        <source>Change the highest score</source>
        <translation>Modifier la note maximale</translation>
    </message>
    <message>
        <source>Change the score step</source>
        <translation>Modifier le pas de notation</translation>
    </message>
    <message>
        <source>Change the ranking method</source>
        <translation>Modifier la méthode de classement</translation>
    </message>
    <message>
        <source>Turn blind scoring on</source>
        <translation>Activer la notation à l’aveugle</translation>
    </message>
    <message>
        <source>Turn blind scoring off</source>
        <translation>Désactiver la notation à l’aveugle</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <comment>application (its dossier number)</comment>
        <translation>%1 (n° %2)</translation>
    </message>
    <message>
        <source>A jury session is already named "%1".</source>
        <translation>Une session de jury s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>New jury session %1</source>
        <translation>Nouvelle session de jury %1</translation>
    </message>
    <message>
        <source>Delete Jury Session</source>
        <translation>Supprimer la session de jury</translation>
    </message>
    <message>
        <source>Delete the jury session "%1" with its criteria, jurors, assignments, conflicts of interest and scores? Edit › Undo brings it back.</source>
        <translation>Supprimer la session de jury « %1 » avec ses critères, ses jurés, ses attributions, ses conflits d’intérêts et ses notes ? Édition › Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Delete the jury session %1</source>
        <translation>Supprimer la session de jury %1</translation>
    </message>
    <message>
        <source>Save Jury Template</source>
        <translation>Enregistrer le modèle de jury</translation>
    </message>
    <message>
        <source>Jury templates (*.json)</source>
        <translation>Modèles de jury (*.json)</translation>
    </message>
    <message>
        <source>Load Jury Template</source>
        <translation>Charger un modèle de jury</translation>
    </message>
    <message>
        <source>Jury templates (*.json);;All files (*)</source>
        <translation>Modèles de jury (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This template cannot be loaded; nothing was changed.</source>
        <translation>Ce modèle ne peut pas être chargé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Load the jury template %1</source>
        <translation>Charger le modèle de jury %1</translation>
    </message>
    <message>
        <source>Add the track %1</source>
        <translation>Ajouter le collège %1</translation>
    </message>
    <message>
        <source>Jurors sit in the track %1: move or remove them first.</source>
        <translation>Des jurés siègent dans le collège « %1 » : déplacez-les ou retirez-les d’abord.</translation>
    </message>
    <message>
        <source>A jury session needs at least one track.</source>
        <translation>Une session de jury a besoin d’au moins un collège.</translation>
    </message>
    <message>
        <source>Remove the track %1</source>
        <translation>Retirer le collège %1</translation>
    </message>
    <message>
        <source>Change the weight of the track %1</source>
        <translation>Modifier le poids du collège %1</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation>Nouveau critère %1</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>Retirer le critère</translation>
    </message>
    <message numerus="yes">
        <source>The criterion "%1" has %n score(s); they are removed with it.</source>
        <translation>
            <numerusform>Le critère « %1 » a %n note ; elle est retirée avec lui.</numerusform>
            <numerusform>Le critère « %1 » a %n notes ; elles sont retirées avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the criterion %1</source>
        <translation>Retirer le critère %1</translation>
    </message>
    <message>
        <source>Move the criterion %1</source>
        <translation>Déplacer le critère %1</translation>
    </message>
    <message>
        <source>Type part of a person's name and choose them in the list.</source>
        <translation>Tapez une partie du nom d’une personne et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>%1 is already a juror of this session.</source>
        <translation>%1 est déjà juré de cette session.</translation>
    </message>
    <message>
        <source>Add the juror %1</source>
        <translation>Ajouter le juré %1</translation>
    </message>
    <message>
        <source>Remove the juror %1</source>
        <translation>Retirer le juré %1</translation>
    </message>
    <message>
        <source>Assign applications (balanced)</source>
        <translation>Répartir les candidatures (équilibré)</translation>
    </message>
    <message>
        <source>Assign every application to every juror</source>
        <translation>Attribuer toutes les candidatures à tous les jurés</translation>
    </message>
    <message>
        <source>Choose a juror and an admissible application of the list.</source>
        <translation>Choisissez un juré et une candidature recevable de la liste.</translation>
    </message>
    <message>
        <source>This conflict of interest is already declared.</source>
        <translation>Ce conflit d’intérêts est déjà déclaré.</translation>
    </message>
    <message>
        <source>Declare a conflict of interest of %1</source>
        <translation>Déclarer un conflit d’intérêts de %1</translation>
    </message>
    <message>
        <source>Withdraw a conflict of interest of %1</source>
        <translation>Retirer un conflit d’intérêts de %1</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>&amp;Supprimer la session</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Load Template…</source>
        <translation>&amp;Charger un modèle…</translation>
    </message>
    <message>
        <source>No session chosen: create one with New Session… or load a template saved last year.</source>
        <translation>Aucune session choisie : créez-en une avec Nouvelle session… ou chargez un modèle enregistré l’an dernier.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation>Jurés</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflits d’intérêts</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>Lowest &amp;score:</source>
        <translation>Note mi&amp;nimale :</translation>
    </message>
    <message>
        <source>&amp;Highest score:</source>
        <translation>Note ma&amp;ximale :</translation>
    </message>
    <message>
        <source>Score s&amp;tep:</source>
        <translation>Pas de no&amp;tation :</translation>
    </message>
    <message>
        <source>Ranking &amp;method:</source>
        <translation>&amp;Méthode de classement :</translation>
    </message>
    <message>
        <source>&amp;Blind scoring</source>
        <translation>Notation à l’a&amp;veugle</translation>
    </message>
    <message>
        <source>A juror sees the others' scores of an application only once they have scored it.</source>
        <translation>Un juré ne voit les notes des autres pour une candidature qu’après l’avoir notée.</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Collèges</translation>
    </message>
    <message>
        <source>A track's score is combined with the others' by its weight (the AIC: expert jury of public officials and citizen panel).</source>
        <translation>La note d’un collège se combine à celles des autres selon son poids (à l’AIC : jury d’experts, agents publics, et panel citoyen).</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Poids :</translation>
    </message>
    <message>
        <source>Weight of the expert jury</source>
        <translation>Poids du jury d’experts</translation>
    </message>
    <message>
        <source>Weight of the citizen panel</source>
        <translation>Poids du panel citoyen</translation>
    </message>
    <message>
        <source>A juror's total for an application is the mean of their scores weighted by these weights. Double-click or type to edit a cell.</source>
        <translation>Le total d’un juré pour une candidature est la moyenne de ses notes pondérée par ces poids. Double-cliquez ou tapez pour modifier une cellule.</translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>&amp;Ajouter un critère</translation>
    </message>
    <message>
        <source>&amp;Remove Criterion</source>
        <translation>&amp;Retirer le critère</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>Type part of a name of the directory</source>
        <translation>Tapez une partie d’un nom de l’annuaire</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>Co&amp;llège :</translation>
    </message>
    <message>
        <source>&amp;Add Juror</source>
        <translation>&amp;Ajouter le juré</translation>
    </message>
    <message>
        <source>&amp;Remove Juror</source>
        <translation>&amp;Retirer le juré</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribuées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Only admissible applications go to the jury. A juror with a conflict of interest is never assigned the application (marked COI). Tick a cell to assign by hand.</source>
        <translation>Seules les candidatures recevables vont au jury. Un juré en conflit d’intérêts ne reçoit jamais la candidature (marquée CI). Cochez une case pour attribuer à la main.</translation>
    </message>
    <message>
        <source>Assign &amp;All</source>
        <translation>Tout &amp;attribuer</translation>
    </message>
    <message>
        <source>Most per &amp;juror:</source>
        <translation>Au plus par &amp;juré :</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Fewest jurors per application in each trac&amp;k:</source>
        <translation>Jurés au moins par candidature et par co&amp;llège :</translation>
    </message>
    <message>
        <source>Assign &amp;Balanced</source>
        <translation>Répartir de façon é&amp;quilibrée</translation>
    </message>
    <message>
        <source>COI</source>
        <comment>conflict of interest, in a cell</comment>
        <translation>CI</translation>
    </message>
    <message>
        <source>Conflict of interest: this juror cannot score this application.</source>
        <translation>Conflit d’intérêts : ce juré ne peut pas noter cette candidature.</translation>
    </message>
    <message>
        <source>A juror with a conflict of interest cannot score the application, does not see the others' scores of it and is left out of its totals.</source>
        <translation>Un juré en conflit d’intérêts ne peut pas noter la candidature, ne voit pas les notes des autres pour elle et n’entre pas dans ses totaux.</translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation>&amp;Juré :</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>Ca&amp;ndidature :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif :</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Déclarer</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Déclaré le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>tremplin::JuryTemplate</name>
    <message>
        <source>General interest</source>
        <translation>Intérêt général</translation>
    </message>
    <message>
        <source>The project serves a general-interest purpose, open to all.</source>
        <translation>Le projet sert un but d’intérêt général, ouvert à toutes et tous.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>People reached, root cause addressed, can be scaled or replicated; a main impact with a measurable indicator.</source>
        <translation>Personnes touchées, cause profonde traitée, changement d’échelle ou réplication possibles ; un impact principal avec un indicateur mesurable.</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>The team, the plan and the means match the ambition.</source>
        <translation>L’équipe, le plan et les moyens sont à la hauteur de l’ambition.</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>The project is running and structured (governance, carrier organisation).</source>
        <translation>Le projet fonctionne et il est structuré (gouvernance, structure porteuse).</translation>
    </message>
    <message>
        <source>Collaboration with the State</source>
        <translation>Collaboration avec l’État</translation>
    </message>
    <message>
        <source>Clear objectives for working with public services and officials.</source>
        <translation>Des objectifs clairs pour travailler avec les services publics et les agents.</translation>
    </message>
    <message>
        <source>The template is not a JSON object: %1 (at character %2).</source>
        <translation>Le modèle n’est pas un objet JSON : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>%1: "%2" is missing or not a text.</source>
        <translation>%1 : « %2 » manque ou n’est pas un texte.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a number.</source>
        <translation>%1 : « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1: the track "%2" is neither expert nor citizen.</source>
        <translation>%1 : le collège « %2 » n’est ni expert ni citizen.</translation>
    </message>
    <message>
        <source>"%1" must be a list.</source>
        <translation>« %1 » doit être une liste.</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Le modèle</translation>
    </message>
    <message>
        <source>The scale</source>
        <translation>L’échelle</translation>
    </message>
    <message>
        <source>"scale" must be an object with min, max and step.</source>
        <translation>« scale » doit être un objet avec min, max et step.</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Critère %1</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Collège %1</translation>
    </message>
    <message>
        <source>Juror %1</source>
        <translation>Juré %1</translation>
    </message>
    <message>
        <source>Conflict %1</source>
        <translation>Conflit %1</translation>
    </message>
    <message>
        <source>The assignment "%1" is not all, manual or balanced.</source>
        <translation>La répartition « %1 » n’est ni all, ni manual, ni balanced.</translation>
    </message>
    <message>
        <source>The method "%1" is not mean or zscore.</source>
        <translation>La méthode « %1 » n’est ni mean ni zscore.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a number of applications or jurors.</source>
        <translation>%1 : « %2 » n’est pas un nombre de candidatures ou de jurés.</translation>
    </message>
    <message>
        <source>%1 is too large to be a jury template.</source>
        <translation>%1 est trop volumineux pour être un modèle de jury.</translation>
    </message>
</context>
<context>
    <name>tremplin::Labels</name>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Présélectionné</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation>Ancien lauréat</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Call for applications</source>
        <translation>Appel à candidatures</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Accompaniment phase</source>
        <translation>Phase d’accompagnement</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Project carrier</source>
        <translation>Porteur de projet</translation>
    </message>
    <message>
        <source>Acceleration officer</source>
        <translation>Chargé d’accélération</translation>
    </message>
    <message>
        <source>Interministerial referent</source>
        <translation>Référent interministériel</translation>
    </message>
    <message>
        <source>Ministry referent</source>
        <translation>Référent ministériel</translation>
    </message>
    <message>
        <source>Public partner</source>
        <translation>Partenaire public</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité territoriale</translation>
    </message>
    <message>
        <source>Public operator</source>
        <translation>Opérateur public</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Seed grant</source>
        <translation>Subvention d’amorçage</translation>
    </message>
    <message>
        <source>Second tranche</source>
        <translation>Seconde tranche</translation>
    </message>
    <message>
        <source>Deployment grant</source>
        <translation>Subvention de déploiement</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagée</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Versée</translation>
    </message>
    <message>
        <source>Selection committee</source>
        <translation>Comité de sélection</translation>
    </message>
    <message>
        <source>Acceleration committee</source>
        <translation>Comité d’accélération</translation>
    </message>
    <message>
        <source>Engagement committee</source>
        <translation>Comité d’engagement</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Poursuite</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Continue and fund</source>
        <translation>Poursuite et financement</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Ajournement</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Hausse</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Baisse</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président(e)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Need kinds</source>
        <translation>Types de besoins</translation>
    </message>
    <message>
        <source>Reasons for non-admissibility</source>
        <translation>Motifs de non-recevabilité</translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation>Non recevable</translation>
    </message>
    <message>
        <source>Expert jury</source>
        <translation>Jury d’experts</translation>
    </message>
    <message>
        <source>Citizen panel</source>
        <translation>Panel citoyen</translation>
    </message>
    <message>
        <source>Mean of totals</source>
        <translation>Moyenne des totaux</translation>
    </message>
    <message>
        <source>Normalised per juror (z-score)</source>
        <translation>Normalisée par juré (score z)</translation>
    </message>
    <message>
        <source>Every juror, every application</source>
        <translation>Chaque juré, chaque candidature</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Balanced automatically</source>
        <translation>Équilibrée automatiquement</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d’attente</translation>
    </message>
</context>
<context>
    <name>tremplin::LedgerCsv</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Committed (EUR)</source>
        <translation>Engagé (EUR)</translation>
    </message>
    <message>
        <source>Disbursed (EUR)</source>
        <translation>Versé (EUR)</translation>
    </message>
    <message>
        <source>Remaining (EUR)</source>
        <translation>Reste à verser (EUR)</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Référence de la décision</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Convention date</source>
        <translation>Date de la convention</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>Illustratif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>tremplin::LetterTemplateEditor</name>
    <message>
        <source>This programme's own text.</source>
        <translation>Texte propre au programme.</translation>
    </message>
    <message>
        <source>The default text, used until you edit it.</source>
        <translation>Texte par défaut, utilisé tant que vous ne le modifiez pas.</translation>
    </message>
    <message>
        <source>Edit the letter</source>
        <translation>Modifier le courrier</translation>
    </message>
    <message>
        <source>Reset the letter to its default text</source>
        <translation>Rétablir le texte par défaut du courrier</translation>
    </message>
    <message>
        <source>No application of a jury session to show the letter on yet: the placeholders are shown as typed.</source>
        <translation>Aucune candidature d’une session de jury sur laquelle montrer le courrier pour l’instant : les balises sont affichées telles quelles.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation>&amp;Langue du courrier :</translation>
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
        <source>&amp;Reset to default</source>
        <translation>&amp;Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Use the default text again for this decision and language</source>
        <translation>Reprendre le texte par défaut pour cette décision et cette langue</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Insérer la balise</translation>
    </message>
    <message>
        <source>Insert the chosen placeholder where the cursor is (or double-click it)</source>
        <translation>Insérer la balise choisie à l’emplacement du curseur (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Jury session:</source>
        <translation>Session de &amp;jury :</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>C&amp;andidature :</translation>
    </message>
</context>
<context>
    <name>tremplin::LetterTemplates</name>
    <message>
        <source>Letters are written in French (fr) or English (en), not "%1".</source>
        <translation>Les courriers sont rédigés en français (fr) ou en anglais (en), pas en « %1 ».</translation>
    </message>
    <message>
        <source>The application's project name</source>
        <translation>Le nom du projet candidat</translation>
    </message>
    <message>
        <source>Its Démarches simplifiées dossier number</source>
        <translation>Son numéro de dossier Démarches simplifiées</translation>
    </message>
    <message>
        <source>The carrier organisation</source>
        <translation>La structure porteuse</translation>
    </message>
    <message>
        <source>The first referent's name</source>
        <translation>Le nom du premier référent</translation>
    </message>
    <message>
        <source>The promotion</source>
        <translation>La promotion</translation>
    </message>
    <message>
        <source>The programme's name</source>
        <translation>Le nom du programme</translation>
    </message>
    <message>
        <source>The jury session</source>
        <translation>La session de jury</translation>
    </message>
    <message>
        <source>The jury's reason for its decision</source>
        <translation>Le motif de la décision du jury</translation>
    </message>
    <message>
        <source>The application's rank in the jury's ranking</source>
        <translation>Le rang de la candidature au classement du jury</translation>
    </message>
    <message>
        <source>Its position on the waiting list</source>
        <translation>Sa position sur la liste d’attente</translation>
    </message>
    <message>
        <source>The date of the letter</source>
        <translation>La date du courrier</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln unknown placeholder(s) %2. Use one of %3, or remove the braces.</source>
        <translation>
            <numerusform>%1 : balise inconnue %2. Utilisez l’une des balises %3, ou retirez les accolades.</numerusform>
            <numerusform>%1 : %Ln balises inconnues %2. Utilisez l’une des balises %3, ou retirez les accolades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::MainWindow</name>
    <message>
        <source>Tremplin databases (*.sqlite *.tremplin);;All files (*)</source>
        <translation>Bases de données Tremplin (*.sqlite *.tremplin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open another Tremplin database</source>
        <translation>Ouvrir une autre base de données Tremplin</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write a copy of the open database to another file</source>
        <translation>Écrire une copie de la base ouverte dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Tremplin</source>
        <translation>À &amp;propos de Tremplin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message>
        <source>%1 — Tremplin</source>
        <translation>%1 — Tremplin</translation>
    </message>
    <message>
        <source>Open Tremplin Database</source>
        <translation>Ouvrir une base de données Tremplin</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copie</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>&amp;Initiative</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>&amp;New Initiative</source>
        <translation>&amp;Nouvelle initiative</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Archive or Restore</source>
        <translation>&amp;Archiver ou désarchiver</translation>
    </message>
    <message>
        <source>Archive the selected initiative, or bring it back from the archive</source>
        <translation>Archiver l’initiative sélectionnée, ou la sortir des archives</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Damaged File</source>
        <translation>Fichier endommagé</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and was closed without any change. Restore it from a copy.</source>
        <translation>%1 est endommagé (%2) et a été fermé sans aucune modification. Restaurez-le à partir d’une copie.</translation>
    </message>
    <message>
        <source>checking the file…</source>
        <translation>vérification du fichier…</translation>
    </message>
    <message>
        <source>&amp;Find Initiatives…</source>
        <translation>Rechercher des &amp;initiatives…</translation>
    </message>
    <message>
        <source>Search the initiatives by name, carrier, town or description</source>
        <translation>Rechercher les initiatives par nom, structure porteuse, commune ou description</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>Open the Demo Programme</source>
        <translation>Ouvrir le programme de démonstration</translation>
    </message>
    <message>
        <source>Some data could not be read: %1</source>
        <translation>Des données n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Change Not Applied</source>
        <translation>Modification non appliquée</translation>
    </message>
    <message>
        <source>Create a new programme: its calendar, first promotion and file</source>
        <translation>Créer un nouveau programme : son calendrier, sa première promotion et son fichier</translation>
    </message>
    <message>
        <source>Import Applications</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Applications…</source>
        <translation>&amp;Candidatures…</translation>
    </message>
    <message>
        <source>Import applications from a Démarches simplifiées export or a CSV file</source>
        <translation>Importer des candidatures depuis un export Démarches simplifiées ou un fichier CSV</translation>
    </message>
    <message>
        <source>Res&amp;tore from a Snapshot…</source>
        <translation>Res&amp;taurer depuis un instantané…</translation>
    </message>
    <message>
        <source>Go back to a snapshot of the open file; the file as it is now is kept</source>
        <translation>Revenir à un instantané du fichier ouvert ; le fichier tel qu’il est maintenant est conservé</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Snapshot restored. The file as it was is kept as a snapshot: restore it to undo (File › Restore from a Snapshot…).</source>
        <translation>Instantané restauré. Le fichier tel qu’il était est conservé comme instantané : restaurez-le pour annuler (Fichier › Restaurer depuis un instantané…).</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Tremplin databases and juror packs (*.sqlite *.tremplin *.tremplin-pack);;Tremplin databases (*.sqlite *.tremplin);;Juror packs (*.tremplin-pack);;All files (*)</source>
        <translation>Bases Tremplin et dossiers de juré (*.sqlite *.tremplin *.tremplin-pack);;Bases Tremplin (*.sqlite *.tremplin);;Dossiers de juré (*.tremplin-pack);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Juror Pack</source>
        <translation>Dossier de juré</translation>
    </message>
    <message>
        <source>%1 is a juror pack, not a programme file. Open it in juror mode to score its applications? (To merge a returned pack into this programme file, use File › Import › Juror Pack… instead.)</source>
        <translation>%1 est un dossier de juré, pas un fichier de programme. L’ouvrir en mode juré pour noter ses candidatures ? (Pour fusionner un dossier rendu dans ce fichier de programme, utilisez plutôt Fichier › Importer › Dossier de juré….)</translation>
    </message>
    <message>
        <source>Open in Juror Mode</source>
        <translation>Ouvrir en mode juré</translation>
    </message>
    <message>
        <source>Today's snapshot of the file was taken (File › Restore from a Snapshot…).</source>
        <translation>L’instantané du jour du fichier a été pris (Fichier › Restaurer depuis un instantané…).</translation>
    </message>
    <message>
        <source>Today's snapshot could not be taken: %1 You can go on working; free some space or choose another snapshot folder (File › Restore from a Snapshot…).</source>
        <translation>L’instantané du jour n’a pas pu être pris : %1 Vous pouvez continuer à travailler ; libérez de la place ou choisissez un autre dossier d’instantanés (Fichier › Restaurer depuis un instantané…).</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Ouvert en lecture seule : %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>Its latest sound snapshot was taken on %1 (%2; %Ln initiative(s)). Work done since then is not in it. Open a copy of that snapshot? The damaged file stays as it is, for inspection.</source>
        <translation>
            <numerusform>Son dernier instantané sain a été pris le %1 (%2 ; %Ln initiative). Le travail fait depuis n’y figure pas. Ouvrir une copie de cet instantané ? Le fichier endommagé reste tel quel, pour examen.</numerusform>
            <numerusform>Son dernier instantané sain a été pris le %1 (%2 ; %Ln initiatives). Le travail fait depuis n’y figure pas. Ouvrir une copie de cet instantané ? Le fichier endommagé reste tel quel, pour examen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Copy of the Snapshot</source>
        <translation>Ouvrir une copie de l’instantané</translation>
    </message>
    <message>
        <source>The copy could not be opened.</source>
        <translation>La copie n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Opened %1, a copy of the snapshot of %2 taken on %3. The damaged file was left as it was.</source>
        <translation>%1 ouvert, copie de l’instantané de %2 pris le %3. Le fichier endommagé a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>tremplin::MergeDialog</name>
    <message>
        <source>Merge Duplicates</source>
        <translation>Fusionner des doublons</translation>
    </message>
    <message>
        <source>Choose the record to keep. Everything that refers to the others (initiatives, persons, committees, sub-administrations…) will refer to it, and the others will be removed. Undo puts everything back.</source>
        <translation>Choisissez la fiche à conserver. Tout ce qui fait référence aux autres (initiatives, personnes, comités, sous-administrations…) y fera référence, et les autres seront supprimées. Annuler remet tout en place.</translation>
    </message>
    <message>
        <source>%1 (referred to by %2)</source>
        <translation>%1 (références : %2)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>tremplin::NeedKindModel</name>
    <message>
        <source>Change the description of %1</source>
        <translation>Modifier la description de %1</translation>
    </message>
    <message>
        <source>Need kind</source>
        <translation>Type de besoin</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>tremplin::NewProgrammeWizard</name>
    <message>
        <source>New Programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <source>The programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>Who runs it. Only the name is required; everything can be changed afterwards.</source>
        <translation>Qui le porte. Seul le nom est obligatoire ; tout reste modifiable ensuite.</translation>
    </message>
    <message>
        <source>e.g. Citizen Initiatives Accelerator</source>
        <translation>par exemple Accélérateur d’initiatives citoyennes</translation>
    </message>
    <message>
        <source>e.g. AIC</source>
        <translation>par exemple AIC</translation>
    </message>
    <message>
        <source>e.g. Interministerial Digital Directorate</source>
        <translation>par exemple Direction interministérielle du numérique</translation>
    </message>
    <message>
        <source>14 digits; it becomes the grantor's identifier (idAttribuant) of the SCDL open-data export.</source>
        <translation>14 chiffres ; il devient l’identifiant de l’attribuant (idAttribuant) de l’export SCDL en données ouvertes.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Nom &amp;court :</translation>
    </message>
    <message>
        <source>&amp;Operating administration:</source>
        <translation>&amp;Administration opératrice :</translation>
    </message>
    <message>
        <source>&amp;SIRET of the operator:</source>
        <translation>&amp;SIRET de l’opérateur :</translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation>Le calendrier</translation>
    </message>
    <message>
        <source>Start from a blank calendar, or from the calendar of the Citizen Initiatives Accelerator shifted to your start date.</source>
        <translation>Partez d’un calendrier vide, ou du calendrier de l’Accélérateur d’initiatives citoyennes décalé à votre date de début.</translation>
    </message>
    <message>
        <source>From the &amp;AIC calendar template</source>
        <translation>À partir du modèle de calendrier de l’&amp;AIC</translation>
    </message>
    <message>
        <source>Six weeks of call for applications, seven weeks of selection, a three-month Phase 1, an acceleration committee, a three-month Phase 2, an engagement committee and a closing event; grants in two tranches, a seed of %1 then %2.</source>
        <translation>Six semaines d’appel à candidatures, sept semaines de sélection, une phase 1 de trois mois, un comité d’accélération, une phase 2 de trois mois, un comité d’engagement et un événement de clôture ; des subventions en deux tranches, un amorçage de %1 puis %2.</translation>
    </message>
    <message>
        <source>&amp;Blank: I will add the phases myself</source>
        <translation>&amp;Vide : j’ajouterai les phases moi-même</translation>
    </message>
    <message>
        <source>&amp;Call for applications opens on:</source>
        <translation>&amp;Ouverture de l’appel à candidatures :</translation>
    </message>
    <message>
        <source>&amp;Promotion starts on:</source>
        <translation>&amp;Début de la promotion :</translation>
    </message>
    <message>
        <source>The first promotion</source>
        <translation>La première promotion</translation>
    </message>
    <message>
        <source>The group of initiatives accompanied together. Its budget envelope and number of places can be left for later.</source>
        <translation>Le groupe d’initiatives accompagnées ensemble. Son enveloppe budgétaire et son nombre de places peuvent attendre.</translation>
    </message>
    <message>
        <source>Promotion 1</source>
        <translation>Promotion 1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Budget &amp;envelope:</source>
        <translation>&amp;Enveloppe budgétaire :</translation>
    </message>
    <message>
        <source>Number of &amp;places:</source>
        <translation>Nombre de &amp;places :</translation>
    </message>
    <message>
        <source>Check and create</source>
        <translation>Vérifier et créer</translation>
    </message>
    <message>
        <source>Press Create to choose where to save the file. Phases, dates and amounts can all be changed afterwards.</source>
        <translation>Appuyez sur Créer pour choisir où enregistrer le fichier. Phases, dates et montants restent modifiables ensuite.</translation>
    </message>
    <message>
        <source>Calendar of the promotion</source>
        <translation>Calendrier de la promotion</translation>
    </message>
    <message>
        <source>The budget envelope is not an amount in euros (e.g. %1).</source>
        <translation>L’enveloppe budgétaire n’est pas un montant en euros (par exemple %1).</translation>
    </message>
    <message>
        <source>%1, run by %2</source>
        <translation>%1, opéré par %2</translation>
    </message>
    <message>
        <source>First promotion: %1 (%2)</source>
        <translation>Première promotion : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget envelope: %1</source>
        <translation>Enveloppe budgétaire : %1</translation>
    </message>
    <message>
        <source>Grants in two tranches: a seed of %1, then %2.</source>
        <translation>Subventions en deux tranches : un amorçage de %1, puis %2.</translation>
    </message>
    <message>
        <source>No phases yet: add them in the Programme workspace.</source>
        <translation>Pas encore de phases : ajoutez-les dans l’espace Programme.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Save the New Programme</source>
        <translation>Enregistrer le nouveau programme</translation>
    </message>
    <message>
        <source>Tremplin databases (*.sqlite *.tremplin);;All files (*)</source>
        <translation>Bases Tremplin (*.sqlite *.tremplin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 already exists. Tremplin never overwrites a file when creating a programme; choose a new name.</source>
        <translation>%1 existe déjà. Tremplin n’écrase jamais un fichier en créant un programme ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>tremplin::NewThemeDialog</name>
    <message>
        <source>New Theme</source>
        <translation>Nouvelle thématique</translation>
    </message>
    <message>
        <source>&amp;Name of the theme:</source>
        <translation>&amp;Nom de la thématique :</translation>
    </message>
</context>
<context>
    <name>tremplin::NoFilePage</name>
    <message>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message>
        <source>Tremplin keeps a programme in one file on this computer. Open an existing file, create a new one, or explore the demo programme (AIC promotion 1).</source>
        <translation>Tremplin tient un programme dans un seul fichier sur cet ordinateur. Ouvrez un fichier existant, créez-en un nouveau ou découvrez le programme de démonstration (AIC, promotion 1).</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Programme</source>
        <translation>Ouvrir le programme de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Recent files (double-click or Enter to open):</source>
        <translation>Fichiers &amp;récents (double-clic ou Entrée pour ouvrir) :</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
</context>
<context>
    <name>tremplin::OlderSnapshotsDialog</name>
    <message>
        <source>Snapshots Taken Before the Erasure</source>
        <translation>Instantanés pris avant l’effacement</translation>
    </message>
    <message>
        <source>These snapshots of the file were taken before the erasure and still hold the erased personal data. Delete them unless you must keep them (an archive required by law, for instance).</source>
        <translation>Ces instantanés du fichier ont été pris avant l’effacement et contiennent encore les données personnelles effacées. Supprimez-les sauf si vous devez les garder (une archive exigée par la loi, par exemple).</translation>
    </message>
    <message>
        <source>Delete Checked Snapshots</source>
        <translation>Supprimer les instantanés cochés</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) deleted.</source>
        <translation>
            <numerusform>%n instantané supprimé.</numerusform>
            <numerusform>%n instantanés supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) deleted; these could not be deleted (check the folder's permissions):</source>
        <translation>
            <numerusform>%n instantané supprimé ; ceux-ci n’ont pas pu être supprimés (vérifiez les droits du dossier) :</numerusform>
            <numerusform>%n instantanés supprimés ; ceux-ci n’ont pas pu être supprimés (vérifiez les droits du dossier) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::OverviewPage</name>
    <message>
        <source>Budget envelope</source>
        <translation>Enveloppe budgétaire</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>No programme yet</source>
        <translation>Aucun programme pour l’instant</translation>
    </message>
    <message>
        <source>This file is empty. Programmes, initiatives and grants will be entered here.</source>
        <translation>Ce fichier est vide. Programmes, initiatives et subventions y seront saisis.</translation>
    </message>
    <message numerus="yes">
        <source>Initiative(s)</source>
        <translation>
            <numerusform>Initiative</numerusform>
            <numerusform>Initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laureate(s)</source>
        <translation>
            <numerusform>Lauréat</numerusform>
            <numerusform>Lauréats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promotion(s)</source>
        <translation>
            <numerusform>Promotion</numerusform>
            <numerusform>Promotions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme phase(s)</source>
        <translation>
            <numerusform>Phase du programme</numerusform>
            <numerusform>Phases du programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Public partner(s)</source>
        <translation>
            <numerusform>Partenaire public</numerusform>
            <numerusform>Partenaires publics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Action(s)</source>
        <translation>
            <numerusform>Action</numerusform>
            <numerusform>Actions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>initiatives in promotions</comment>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln promotion(s)</source>
        <translation>
            <numerusform>%Ln promotion</numerusform>
            <numerusform>%Ln promotions</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data: per-laureate grant amounts, funding decisions and identifiers are illustrative. Only the %1 + %2 scheme and the number of funded laureates (%3) are public.</source>
        <translation>Données de démonstration : les montants par lauréat, les décisions de financement et les identifiants sont illustratifs. Seuls le schéma %1 + %2 et le nombre de lauréats financés (%3) sont publics.</translation>
    </message>
    <message>
        <source>Some amounts and identifiers in this file are marked as illustrative: they describe no real grant.</source>
        <translation>Certains montants et identifiants de ce fichier sont marqués comme illustratifs : ils ne décrivent aucune subvention réelle.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>En chiffres</translation>
    </message>
    <message>
        <source>Administrations engaged with at least one initiative</source>
        <translation>Administrations engagées auprès d’au moins une initiative</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What needs attention today, %1</source>
        <translation>Ce qui demande votre attention aujourd’hui, %1</translation>
    </message>
    <message>
        <source>%1 ends today</source>
        <translation>%1 se termine aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%1 under way until %2 (%Ln day(s) left)</source>
        <translation>
            <numerusform>%1 en cours jusqu’au %2 (encore %Ln jour)</numerusform>
            <numerusform>%1 en cours jusqu’au %2 (encore %Ln jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %Ln other phase(s) under way</source>
        <translation>
            <numerusform>%1 ; et %Ln autre phase en cours</numerusform>
            <numerusform>%1 ; et %Ln autres phases en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>No phase under way. Next: %1 from %2</source>
        <translation>Aucune phase en cours. Prochaine : %1 à partir du %2</translation>
    </message>
    <message>
        <source>The calendar is over: %1 ended on %2</source>
        <translation>Le calendrier est terminé : %1 a pris fin le %2</translation>
    </message>
    <message>
        <source>Committee today: %1</source>
        <translation>Comité aujourd’hui : %1</translation>
    </message>
    <message numerus="yes">
        <source>Next committee: %1 on %2 (in %Ln day(s))</source>
        <translation>
            <numerusform>Prochain comité : %1 le %2 (dans %Ln jour)</numerusform>
            <numerusform>Prochain comité : %1 le %2 (dans %Ln jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: %1 in %2</source>
        <comment>actions in initiatives</comment>
        <translation>En retard : %1 dans %2</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Aucune action en retard.</translation>
    </message>
    <message>
        <source>Due within a week: %1 in %2</source>
        <comment>actions in initiatives</comment>
        <translation>À faire d’ici une semaine : %1 dans %2</translation>
    </message>
    <message>
        <source>No action is due within a week.</source>
        <translation>Aucune action à faire d’ici une semaine.</translation>
    </message>
    <message numerus="yes">
        <source>To pay: %Ln tranche(s), %1 in all</source>
        <translation>
            <numerusform>À payer : %Ln tranche, %1 en tout</numerusform>
            <numerusform>À payer : %Ln tranches, %1 en tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %Ln tranche(s) awaiting proof that their conditions are met (%1)</source>
        <translation>
            <numerusform>Bloquée : %Ln tranche en attente de la preuve que ses conditions sont remplies (%1)</numerusform>
            <numerusform>Bloquées : %Ln tranches en attente de la preuve que leurs conditions sont remplies (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments exceed the envelope of %1 by %2</source>
        <translation>Les engagements dépassent l’enveloppe de %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Commitments exceed the envelope of %Ln promotion(s), by %1 in all</source>
        <translation>
            <numerusform>Les engagements dépassent l’enveloppe de %Ln promotion, de %1 en tout</numerusform>
            <numerusform>Les engagements dépassent l’enveloppe de %Ln promotions, de %1 en tout</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::PackScoreModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: a score from %2 to %3 by steps of %4. Type it, then Tab or Enter.</source>
        <translation>%1 : une note de %2 à %3 par pas de %4. Saisissez-la, puis Tab ou Entrée.</translation>
    </message>
    <message>
        <source>Your comment on this application.</source>
        <translation>Votre commentaire sur cette candidature.</translation>
    </message>
    <message>
        <source>The weighted mean of your scores.</source>
        <translation>La moyenne pondérée de vos notes.</translation>
    </message>
    <message>
        <source>The total counts once every criterion is scored.</source>
        <translation>Le total compte une fois chaque critère noté.</translation>
    </message>
    <message>
        <source>%1, dossier %2</source>
        <translation>%1, dossier %2</translation>
    </message>
    <message>
        <source>There is nothing to score here.</source>
        <translation>Il n’y a rien à noter ici.</translation>
    </message>
    <message>
        <source>“%1” is not a score: type a number such as %2.</source>
        <translation>« %1 » n’est pas une note : saisissez un nombre comme %2.</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Commentaire sur « %1 »</translation>
    </message>
    <message>
        <source>Score %1 for %2 of “%3”</source>
        <translation>Note %1 pour %2 de « %3 »</translation>
    </message>
    <message>
        <source>Clear the %1 score of “%2”</source>
        <translation>Effacer la note %1 de « %2 »</translation>
    </message>
</context>
<context>
    <name>tremplin::PersonalData</name>
    <message>
        <source>There is no person #%1 in this file.</source>
        <translation>Il n’y a pas de personne n° %1 dans ce fichier.</translation>
    </message>
    <message>
        <source>Erased person #%1</source>
        <translation>Personne effacée n° %1</translation>
    </message>
    <message>
        <source>Person #%1's data was already erased on %2.</source>
        <translation>Les données de la personne n° %1 ont déjà été effacées le %2.</translation>
    </message>
</context>
<context>
    <name>tremplin::PhaseStatusReport</name>
    <message>
        <source>This phase does not exist.</source>
        <translation>Cette phase n’existe pas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>Status assessment</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Needs worked on</source>
        <translation>Besoins travaillés</translation>
    </message>
    <message>
        <source>Main achievements</source>
        <translation>Principales réalisations</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>Décision du comité</translation>
    </message>
    <message>
        <source>Committed (EUR)</source>
        <translation>Engagé (EUR)</translation>
    </message>
    <message>
        <source>Disbursed (EUR)</source>
        <translation>Versé (EUR)</translation>
    </message>
    <message>
        <source>Illustrative amounts</source>
        <translation>Montants illustratifs</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Status at the end of %1</source>
        <translation>Statut à l’issue de %1</translation>
    </message>
    <message>
        <source>Phase from %1 to %2</source>
        <translation>Phase du %1 au %2</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Rapport du %1</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Committed %1, disbursed %2%3</source>
        <translation>Engagé %1, versé %2%3</translation>
    </message>
    <message>
        <source>No initiative took part in this phase.</source>
        <translation>Aucune initiative n’a participé à cette phase.</translation>
    </message>
    <message>
        <source>Illustrative amounts (demo data).</source>
        <translation>Montants illustratifs (données de démonstration).</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <comment>a numbered phase as a noun in a sentence: Status at the end of Phase 1</comment>
        <translation>la phase %1</translation>
    </message>
    <message>
        <source>the %1 phase</source>
        <comment>a named phase as a noun in a sentence: Status at the end of the Selection phase</comment>
        <translation>la phase « %1 »</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>tremplin::PlaceholderModel</name>
    <message>
        <source>Placeholder</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Remplacée par</translation>
    </message>
</context>
<context>
    <name>tremplin::PrivacyActions</name>
    <message>
        <source>Export Personal Data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>%1 personal data</source>
        <translation>%1 données personnelles</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything this file holds about %1 was written to %2 (readable by you only).</source>
        <translation>Tout ce que ce fichier contient sur %1 a été écrit dans %2 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 everywhere in this file?

The name becomes “%2”; the e-mail address, phone and job title are emptied, also in the history of changes. Initiatives, committees and scores keep the anonymous person.

This cannot be undone, and it clears Edit › Undo.</source>
        <translation>Effacer les données personnelles de %1 partout dans ce fichier ?

Le nom devient « %2 » ; l’adresse électronique, le téléphone et la fonction sont vidés, y compris dans l’historique des modifications. Les initiatives, comités et notes gardent la personne, anonyme.

Cela ne peut pas être annulé et vide Édition › Annuler.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of person #%1 was erased (%n row(s) anonymised).</source>
        <translation>
            <numerusform>Les données personnelles de la personne n° %1 ont été effacées (%n ligne anonymisée).</numerusform>
            <numerusform>Les données personnelles de la personne n° %1 ont été effacées (%n lignes anonymisées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge Expired Personal Data</source>
        <translation>Purger les données personnelles échues</translation>
    </message>
    <message>
        <source>No retention period is set: fill in “Keep non-selected applicants' data (months)” in the Programme settings.</source>
        <translation>Aucune durée de conservation n’est fixée : remplissez « Conserver les données des candidats non retenus (mois) » dans les paramètres du programme.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to purge: no non-selected application is more than %n month(s) past its selection.</source>
        <translation>
            <numerusform>Rien à purger : aucune candidature non retenue n’a dépassé de %n mois sa sélection.</numerusform>
            <numerusform>Rien à purger : aucune candidature non retenue n’a dépassé de %n mois sa sélection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-selected application(s) passed the retention period of %1 since their selection.</source>
        <translation>
            <numerusform>%n candidature non retenue a dépassé la durée de conservation de %1 depuis sa sélection.</numerusform>
            <numerusform>%n candidatures non retenues ont dépassé la durée de conservation de %1 depuis leur sélection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of their %n applicant(s) and the raw copies of the applications?

The applications, scores and decisions stay, anonymous. This cannot be undone, and it clears Edit › Undo.</source>
        <translation>
            <numerusform>Effacer les données personnelles de leur %n candidat et les copies brutes des candidatures ?

Les candidatures, notes et décisions restent, anonymes. Cela ne peut pas être annulé et vide Édition › Annuler.</numerusform>
            <numerusform>Effacer les données personnelles de leurs %n candidats et les copies brutes des candidatures ?

Les candidatures, notes et décisions restent, anonymes. Cela ne peut pas être annulé et vide Édition › Annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n applicant(s) erased after the retention period.</source>
        <translation>
            <numerusform>Données personnelles de %n candidat effacées après la durée de conservation.</numerusform>
            <numerusform>Données personnelles de %n candidats effacées après la durée de conservation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::ProgrammeGenerator</name>
    <message>
        <source>Give at least one initiative and no negative number of payments.</source>
        <translation>Indiquez au moins une initiative et un nombre de versements positif ou nul.</translation>
    </message>
    <message>
        <source>A selection needs at least one application and one juror, 1 to 8 criteria, at least one juror per application in each track, and fewer conflicts of interest than half the pairs of jurors and applications.</source>
        <translation>Une sélection demande au moins une candidature et un juré, de 1 à 8 critères, au moins un juré par candidature dans chaque collège, et moins de conflits d’intérêts que la moitié des paires de jurés et de candidatures.</translation>
    </message>
    <message>
        <source>The file has no programme to add a selection to.</source>
        <translation>Le fichier n’a pas de programme auquel ajouter une sélection.</translation>
    </message>
    <message>
        <source>Call %1 (applications)</source>
        <translation>Appel %1 (candidatures)</translation>
    </message>
    <message>
        <source>Jury of the call %1</source>
        <translation>Jury de l’appel %1</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>What the project does that others do not.</source>
        <translation>Ce que le projet fait et que d’autres ne font pas.</translation>
    </message>
    <message>
        <source>Soundness of the budget</source>
        <translation>Solidité du budget</translation>
    </message>
    <message>
        <source>The budget matches the plan; the other funders are named.</source>
        <translation>Le budget correspond au plan d’action ; les autres financeurs sont nommés.</translation>
    </message>
    <message>
        <source>Clarity of the application</source>
        <translation>Clarté du dossier</translation>
    </message>
    <message>
        <source>Member of the carrier's board</source>
        <translation>Membre du bureau de la structure porteuse</translation>
    </message>
</context>
<context>
    <name>tremplin::ProgrammePage</name>
    <message>
        <source>Add a tranche to the default scheme</source>
        <translation>Ajouter une tranche au schéma par défaut</translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation>Promotion %1</translation>
    </message>
    <message>
        <source>Add promotion</source>
        <translation>Ajouter une promotion</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouvelle thématique</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>Ajouter une thématique</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation>Ajouter un motif</translation>
    </message>
    <message>
        <source>New domain</source>
        <translation>Nouveau domaine</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Nouveau motif</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>This file has no programme yet. Create one with File › New.</source>
        <translation>Ce fichier n’a pas encore de programme. Créez-en un avec Fichier › Nouveau.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Promotions and phases</source>
        <translation>Promotions et phases</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field's caption</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>The SIRET of the operating administration: it is the grantor in the open-data export (SCDL) of grants whose funding source has none.</source>
        <translation>Le SIRET de l’administration opératrice : il désigne l’attribuant dans l’export en données ouvertes (SCDL) des subventions dont le financeur n’en a pas.</translation>
    </message>
    <message>
        <source>Default tranche scheme</source>
        <translation>Tranches par défaut</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Need kinds</source>
        <translation>Types de besoin</translation>
    </message>
    <message>
        <source>Reasons for non-admissibility</source>
        <translation>Motifs de non-recevabilité</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Add Tranche</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <source>Remove Tranche</source>
        <translation>Retirer la tranche</translation>
    </message>
    <message>
        <source>Remove a tranche of the default scheme</source>
        <translation>Retirer une tranche du schéma par défaut</translation>
    </message>
    <message>
        <source>Add Promotion</source>
        <translation>Ajouter une promotion</translation>
    </message>
    <message>
        <source>Delete Promotion</source>
        <translation>Supprimer la promotion</translation>
    </message>
    <message>
        <source>Delete promotion</source>
        <translation>Supprimer une promotion</translation>
    </message>
    <message>
        <source>Add Phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation>Retirer la phase</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Retirer une phase</translation>
    </message>
    <message>
        <source>Add Theme</source>
        <translation>Ajouter une thématique</translation>
    </message>
    <message>
        <source>Remove Theme</source>
        <translation>Retirer la thématique</translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation>Retirer une thématique</translation>
    </message>
    <message>
        <source>Add Domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <source>Remove Domain</source>
        <translation>Retirer le domaine</translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation>Retirer un domaine</translation>
    </message>
    <message>
        <source>Add Reason</source>
        <translation>Ajouter un motif</translation>
    </message>
    <message>
        <source>Remove Reason</source>
        <translation>Retirer le motif</translation>
    </message>
    <message>
        <source>Remove reason</source>
        <translation>Retirer un motif</translation>
    </message>
    <message>
        <source>Phases of “%1”, in order</source>
        <translation>Phases de « %1 », dans l’ordre</translation>
    </message>
    <message>
        <source>Phases (choose a promotion above)</source>
        <translation>Phases (choisissez une promotion ci-dessus)</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>Monter « %1 »</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>Descendre « %1 »</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>How long the personal data of applicants who were not selected is kept, counted from the sign-off of their promotion's selection; empty: kept until erased by hand.</source>
        <translation>Durée de conservation des données personnelles des candidats non retenus, comptée depuis la signature de la sélection de leur promotion ; vide : conservées jusqu’à un effacement manuel.</translation>
    </message>
    <message>
        <source>Purge Expired Personal Data…</source>
        <translation>Purger les données personnelles échues…</translation>
    </message>
</context>
<context>
    <name>tremplin::ProgrammeService</name>
    <message>
        <source>The programme needs a name.</source>
        <translation>Le programme doit avoir un nom.</translation>
    </message>
    <message>
        <source>The promotion needs a name.</source>
        <translation>La promotion doit avoir un nom.</translation>
    </message>
    <message>
        <source>The budget envelope cannot be negative.</source>
        <translation>L’enveloppe budgétaire ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The programme's website must start with http:// or https://.</source>
        <translation>Le site web du programme doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The number of places cannot be negative.</source>
        <translation>Le nombre de places ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The promotion's year must be between 1900 and 2200.</source>
        <translation>L’année de la promotion doit être comprise entre 1900 et 2200.</translation>
    </message>
    <message>
        <source>The promotion cannot end before it starts.</source>
        <translation>La promotion ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>A tranche's amount cannot be negative.</source>
        <translation>Le montant d’une tranche ne peut pas être négatif.</translation>
    </message>
    <message numerus="yes">
        <source>This promotion cannot be deleted: %n initiative(s) belong to it. Move them to another promotion first.</source>
        <translation>
            <numerusform>Impossible de supprimer cette promotion : %n initiative y appartient. Rattachez-la d’abord à une autre promotion.</numerusform>
            <numerusform>Impossible de supprimer cette promotion : %n initiatives y appartiennent. Rattachez-les d’abord à une autre promotion.</numerusform>
        </translation>
    </message>
    <message>
        <source>The accompaniment phase “%1” must lie within the promotion “%2”, from %3 to %4.</source>
        <translation>La phase d’accompagnement « %1 » doit se tenir pendant la promotion « %2 », du %3 au %4.</translation>
    </message>
    <message>
        <source>The accompaniment phase “%1” cannot start before the promotion “%2”, which starts on %3.</source>
        <translation>La phase d’accompagnement « %1 » ne peut pas commencer avant la promotion « %2 », qui commence le %3.</translation>
    </message>
    <message>
        <source>The accompaniment phase “%1” cannot end after the promotion “%2”, which ends on %3.</source>
        <translation>La phase d’accompagnement « %1 » ne peut pas finir après la promotion « %2 », qui finit le %3.</translation>
    </message>
</context>
<context>
    <name>tremplin::ProgrammeTemplate</name>
    <message>
        <source>Call for applications</source>
        <translation>Appel à candidatures</translation>
    </message>
    <message>
        <source>Six weeks to apply.</source>
        <translation>Six semaines pour candidater.</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Admissibility, pre-selection by public officials, opinion of a citizen jury.</source>
        <translation>Recevabilité, présélection par des agents publics, avis d’un jury citoyen.</translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation>Phase 1</translation>
    </message>
    <message>
        <source>Three months: diagnosis, useful contacts in the administrations, prioritised actions.</source>
        <translation>Trois mois : diagnostic, contacts utiles dans les administrations, actions prioritaires.</translation>
    </message>
    <message>
        <source>Acceleration committee</source>
        <translation>Comité d’accélération</translation>
    </message>
    <message>
        <source>Decides who continues and who is funded.</source>
        <translation>Décide de la poursuite et du financement.</translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation>Phase 2</translation>
    </message>
    <message>
        <source>Three months for the initiatives that continue.</source>
        <translation>Trois mois pour les initiatives qui poursuivent.</translation>
    </message>
    <message>
        <source>Engagement committee</source>
        <translation>Comité d’engagement</translation>
    </message>
    <message>
        <source>Further funding for deployment; sponsors inside or outside the administration.</source>
        <translation>Nouveau financement pour le déploiement ; parrains dans l’administration ou hors d’elle.</translation>
    </message>
    <message>
        <source>Closing event</source>
        <translation>Événement de clôture</translation>
    </message>
    <message>
        <source>Paid after the acceleration committee's decision.</source>
        <translation>Versée après la décision du comité d’accélération.</translation>
    </message>
    <message>
        <source>Releasable at the end of the year.</source>
        <translation>Libérable en fin d’année.</translation>
    </message>
    <message>
        <source>A calendar from a template needs a start date.</source>
        <translation>Un calendrier tiré d’un modèle a besoin d’une date de début.</translation>
    </message>
</context>
<context>
    <name>tremplin::RecordDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>tremplin::RecordTableModel</name>
    <message>
        <source>Change %1</source>
        <translation>Modification de « %1 »</translation>
    </message>
    <message>
        <source>%1: enter an amount such as %2.</source>
        <translation>%1 : saisissez un montant comme %2.</translation>
    </message>
</context>
<context>
    <name>tremplin::ReportsPage</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>phase-status</source>
        <translation>statut-de-phase</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>No phase to report on yet.</source>
        <translation>Aucune phase sur laquelle faire un rapport pour l’instant.</translation>
    </message>
    <message>
        <source>Choose a phase first.</source>
        <translation>Choisissez d’abord une phase.</translation>
    </message>
    <message>
        <source>Status at the end of a phase, per initiative</source>
        <translation>Statut à l’issue d’une phase, par initiative</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>tremplin::RestoreDialog</name>
    <message>
        <source>&amp;Take a Snapshot Now</source>
        <translation>&amp;Prendre un instantané maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore from a Snapshot</source>
        <translation>Restaurer depuis un instantané</translation>
    </message>
    <message>
        <source>Snapshots are complete copies of this file, kept in the folder below. Restoring one replaces the file by it; the file as it is now is kept as a snapshot first, so a restore can be undone by restoring that one.</source>
        <translation>Les instantanés sont des copies complètes de ce fichier, conservées dans le dossier ci-dessous. En restaurer un remplace le fichier par cette copie ; le fichier tel qu’il est maintenant est d’abord conservé comme instantané : restaurer celui-ci annule la restauration.</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <source>Folder: &lt;a href="%1"&gt;%2&lt;/a&gt;</source>
        <translation>Dossier : &lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Replace the file by the snapshot of %1 (%2)?

It holds %3 initiatives, %4 grants and %5 payments. Everything changed since then is replaced; the file as it is now is kept as a snapshot, so restoring that one undoes this.</source>
        <translation>Remplacer le fichier par l’instantané du %1 (%2) ?

Il contient %3 initiatives, %4 subventions et %5 versements. Tout ce qui a changé depuis est remplacé ; le fichier tel qu’il est maintenant est conservé comme instantané : le restaurer annule cette opération.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Change &amp;Folder…</source>
        <translation>Changer de &amp;dossier…</translation>
    </message>
    <message>
        <source>Daily snapshots &amp;kept:</source>
        <translation>Instantanés quotidiens &amp;conservés :</translation>
    </message>
    <message>
        <source>Other snapshots k&amp;ept (before an operation, by hand):</source>
        <translation>Autres instantanés cons&amp;ervés (avant une opération, à la main) :</translation>
    </message>
    <message>
        <source>Snapshot Folder</source>
        <translation>Dossier des instantanés</translation>
    </message>
</context>
<context>
    <name>tremplin::RoomDecisionDialog</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>application: outcome</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>This decision departs from the ranking: %1 The minutes record why.</source>
        <translation>Cette décision s’écarte du classement : %1 Le procès-verbal en consigne la raison.</translation>
    </message>
    <message>
        <source>&amp;Why override the ranking:</source>
        <translation>&amp;Pourquoi s’écarter du classement :</translation>
    </message>
    <message>
        <source>Amend the Decision</source>
        <translation>Amender la décision</translation>
    </message>
    <message>
        <source>The session is signed off: this decision is changed by a recorded amendment, which the minutes list.</source>
        <translation>La séance est arrêtée : cette décision est modifiée par un amendement enregistré, que le procès-verbal liste.</translation>
    </message>
    <message>
        <source>Why &amp;amend:</source>
        <translation>Pourquoi &amp;amender :</translation>
    </message>
</context>
<context>
    <name>tremplin::RoomRecusalDialog</name>
    <message>
        <source>Recusal</source>
        <translation>Déport</translation>
    </message>
    <message>
        <source>Who leaves the room while the jury discusses %1? Their scores for it no longer count.</source>
        <translation>Qui sort de la salle pendant que le jury examine %1 ? Ses notes sur cette candidature ne comptent plus.</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif :</translation>
    </message>
</context>
<context>
    <name>tremplin::RoomSignOffDialog</name>
    <message>
        <source>Sign Off</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>I confirm: signing off locks %1; the selected applications become laureates of the promotion. Later changes need an amendment.</source>
        <translation>Je confirme : arrêter la séance verrouille %1 ; les candidatures retenues deviennent lauréates de la promotion. Toute modification ultérieure demandera un amendement.</translation>
    </message>
    <message>
        <source>&amp;Signed off by:</source>
        <translation>&amp;Arrêtée par :</translation>
    </message>
    <message>
        <source>Save Minutes</source>
        <translation>Enregistrer le procès-verbal</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>proces-verbal</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tremplin::RoomWindow</name>
    <message>
        <source>Time: %1 (running)</source>
        <translation>Temps : %1 (en cours)</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Temps : %1</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Bring the Projection Back</source>
        <translation>Ramener la projection ici</translation>
    </message>
    <message>
        <source>Project on the Other Screen</source>
        <translation>Projeter sur l’autre écran</translation>
    </message>
    <message>
        <source>Leave Room Mode</source>
        <translation>Quitter le mode salle</translation>
    </message>
    <message>
        <source>Out of the room: %1</source>
        <translation>Sortis de la salle : %1</translation>
    </message>
</context>
<context>
    <name>tremplin::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>tremplin::SavePicture</name>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Choisissez un fichier se terminant par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Could not draw %1.</source>
        <translation>Impossible de dessiner %1.</translation>
    </message>
</context>
<context>
    <name>tremplin::ScdlExport</name>
    <message>
        <source>The grant has no funding source (grantor).</source>
        <translation>La subvention n’a pas de financeur (attribuant).</translation>
    </message>
    <message>
        <source>The initiative has no carrier organisation (beneficiary).</source>
        <translation>L’initiative n’a pas de structure porteuse (bénéficiaire).</translation>
    </message>
    <message>
        <source>The grant's share of the project's budget is not entered.</source>
        <translation>La part de la subvention dans le budget du projet n’est pas renseignée.</translation>
    </message>
    <message>
        <source>datesPeriodeVersement: “%1” is not a real calendar date.</source>
        <translation>datesPeriodeVersement : « %1 » n’est pas une date réelle du calendrier.</translation>
    </message>
    <message>
        <source>Grant %1 (%2): %3</source>
        <translation>Subvention %1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) cannot be published as they are; no file was written.</source>
        <translation>
            <numerusform>%n subvention ne peut pas être publiée en l’état ; aucun fichier n’a été écrit.</numerusform>
            <numerusform>%n subventions ne peuvent pas être publiées en l’état ; aucun fichier n’a été écrit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::ScoreSheets</name>
    <message>
        <source>dossier no. %1</source>
        <translation>dossier n° %1</translation>
    </message>
    <message>
        <source>%1 — score sheets</source>
        <translation>%1 — grilles de notation</translation>
    </message>
    <message>
        <source>from %1 to %2 in steps of %3</source>
        <translation>de %1 à %2 par pas de %3</translation>
    </message>
    <message>
        <source>This juror is not in the session.</source>
        <translation>Ce juré ne fait pas partie de la session.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>Grilles de notation</translation>
    </message>
    <message>
        <source>Juror: %1 (%2)</source>
        <translation>Juré : %1 (%2)</translation>
    </message>
    <message>
        <source>Scores %1.</source>
        <translation>Notes %1.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>How to fill in the sheets</source>
        <translation>Comment remplir les grilles</translation>
    </message>
    <message>
        <source>Write one score per criterion in its box, %1. Leave a box empty rather than guess: the coordinator will ask you. Date and sign each sheet and hand them all back to the coordinator, who types them in the scoring grid.</source>
        <translation>Inscrivez une note par critère dans sa case, %1. Laissez plutôt une case vide que de deviner : le coordinateur vous la demandera. Datez et signez chaque grille, puis remettez-les toutes au coordinateur, qui les saisit dans la grille de notation.</translation>
    </message>
    <message numerus="yes">
        <source>Your applications (%n)</source>
        <translation>
            <numerusform>Votre candidature (%n)</numerusform>
            <numerusform>Vos candidatures (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No application is assigned to you.</source>
        <translation>Aucune candidature ne vous est attribuée.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Notée</translation>
    </message>
    <message>
        <source>%1 — juror: %2</source>
        <translation>%1 — juré : %2</translation>
    </message>
    <message>
        <source>%1/%2. %3</source>
        <translation>%1/%2. %3</translation>
    </message>
    <message>
        <source>carried by %1</source>
        <translation>portée par %1</translation>
    </message>
    <message>
        <source>Score (%1 to %2)</source>
        <translation>Note (%1 à %2)</translation>
    </message>
    <message>
        <source>Scores %1; the total is the weighted mean (weights add up to %2), computed by Tremplin.</source>
        <translation>Notes %1 ; le total est la moyenne pondérée (somme des poids : %2), calculée par Tremplin.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Juré</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>tremplin::SnapshotListModel</name>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>tremplin::Snapshots</name>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Before merging juror packs</source>
        <translation>Avant la fusion de dossiers de jurés</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base n’est ouverte.</translation>
    </message>
    <message>
        <source>Could not create the snapshot folder %1: check that it can be written.</source>
        <translation>Impossible de créer le dossier des instantanés %1 : vérifiez qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <source>This snapshot cannot be restored: %1</source>
        <translation>Cet instantané ne peut pas être restauré : %1</translation>
    </message>
    <message>
        <source>%1 is not a Tremplin database: it was left untouched and nothing was restored.</source>
        <translation>%1 n’est pas une base Tremplin : il n’a pas été modifié et rien n’a été restauré.</translation>
    </message>
    <message>
        <source>%1 is being written by another program, or was being written when it stopped: open it once in Tremplin, then restore.</source>
        <translation>%1 est en cours d’écriture par un autre programme, ou l’était quand celui-ci s’est arrêté : ouvrez-le une fois dans Tremplin, puis restaurez.</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before restoring: nothing was restored.</source>
        <translation>Impossible de garder une copie de %1 avant la restauration : rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Could not copy the snapshot beside %1: nothing was restored.</source>
        <translation>Impossible de copier l’instantané à côté de %1 : rien n’a été restauré.</translation>
    </message>
    <message>
        <source>No snapshot of the file could be taken first, so nothing was written: %1 Free some space or choose another snapshot folder (File › Restore from a Snapshot…), then try again.</source>
        <translation>Aucun instantané du fichier n’a pu être pris d’abord, donc rien n’a été écrit : %1 Libérez de la place ou choisissez un autre dossier d’instantanés (Fichier › Restaurer depuis un instantané…), puis réessayez.</translation>
    </message>
    <message>
        <source>Could not copy the snapshot to %1: check that the folder can be written.</source>
        <translation>Impossible de copier l’instantané dans %1 : vérifiez que le dossier peut être écrit.</translation>
    </message>
</context>
<context>
    <name>tremplin::TableSchema</name>
    <message>
        <source>Not a table schema: %1</source>
        <translation>Ce n’est pas un schéma de table : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) instead of %1.</source>
        <translation>
            <numerusform>%n colonne au lieu de %1.</numerusform>
            <numerusform>%n colonnes au lieu de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1 : une valeur est obligatoire.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation>%1 : « %2 » n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number with a decimal point.</source>
        <translation>%1 : « %2 » n’est pas un nombre avec un point décimal.</translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum, %3.</source>
        <translation>%1 : %2 est inférieur au minimum, %3.</translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum, %3.</source>
        <translation>%1 : %2 est supérieur au maximum, %3.</translation>
    </message>
    <message>
        <source>%1: “%2” must be one of %3.</source>
        <translation>%1 : « %2 » doit valoir %3.</translation>
    </message>
    <message>
        <source>%1: “%2” does not have the expected form.</source>
        <translation>%1 : « %2 » n’a pas la forme attendue.</translation>
    </message>
    <message>
        <source>%1: “%2” must be one of: %3.</source>
        <translation>%1 : « %2 » doit être l’une des valeurs : %3.</translation>
    </message>
    <message>
        <source>%1: %2 characters, more than the %3 allowed.</source>
        <translation>%1 : %2 caractères, plus que les %3 autorisés.</translation>
    </message>
    <message>
        <source>%1: fewer than %2 characters.</source>
        <translation>%1 : moins de %2 caractères.</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid SIRET number.</source>
        <translation>%1 : %2 n’est pas un numéro SIRET valide.</translation>
    </message>
    <message>
        <source>%1 or %2: one of them is required.</source>
        <translation>%1 ou %2 : l’un des deux est obligatoire.</translation>
    </message>
</context>
<context>
    <name>tremplin::TextFile</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file is not text: it holds NUL bytes (is it a spreadsheet's own format?). Save it as CSV and import that file.</source>
        <translation>Le fichier n’est pas du texte : il contient des octets nuls (est-ce le format propre d’un tableur ?). Enregistrez-le au format CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file is not text: it holds control characters (is it a spreadsheet's own format?). Save it as CSV and import that file.</source>
        <translation>Le fichier n’est pas du texte : il contient des caractères de contrôle (est-ce le format propre d’un tableur ?). Enregistrez-le au format CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters</source>
        <translation>une cellule dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the line has %1 cells but the header names %2 columns (a separator inside a cell that is not quoted?)</source>
        <translation>la ligne a %1 cellules mais l’en-tête nomme %2 colonnes (un séparateur dans une cellule sans guillemets ?)</translation>
    </message>
    <message>
        <source>“%1” is not a date between the years %2 and %3</source>
        <translation>« %1 » n’est pas une date entre les années %2 et %3</translation>
    </message>
    <message>
        <source>“%1” is more than one billion euros (a typing error?)</source>
        <translation>« %1 » dépasse un milliard d’euros (une faute de frappe ?)</translation>
    </message>
    <message>
        <source>A quote (") opened on line %1 is never closed, so the rest of the file would be read as one cell: close it in the file.</source>
        <translation>Un guillemet (") ouvert à la ligne %1 n’est jamais fermé, si bien que le reste du fichier serait lu comme une seule cellule : fermez-le dans le fichier.</translation>
    </message>
    <message>
        <source>The file has %1 columns; an import reads at most %2 (is it the right file?).</source>
        <translation>Le fichier a %1 colonnes ; un import en lit au plus %2 (est-ce le bon fichier ?).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
</context>
<context>
    <name>tremplin::ThemePicker</name>
    <message>
        <source>Add a theme to the programme's list and give it to this initiative</source>
        <translation>Ajouter une thématique à la liste du programme et l’attribuer à cette initiative</translation>
    </message>
    <message>
        <source>The programme has no themes yet: create one with New Theme…</source>
        <translation>Le programme n’a pas encore de thématique : créez-en une avec Nouvelle thématique…</translation>
    </message>
    <message>
        <source>New Theme…</source>
        <translation>Nou&amp;velle thématique…</translation>
    </message>
</context>
<context>
    <name>tremplin::Timeline</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Payment of %1 (%2)</source>
        <translation>Versement de %1 (%2)</translation>
    </message>
    <message>
        <source>Action due: %1 (%2)</source>
        <translation>Échéance d’action : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tremplin::TimelinePage</name>
    <message>
        <source>Export Everything…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <source>Export What Is Shown…</source>
        <translation>Exporter ce qui est affiché…</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Document PDF (*.pdf);;Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Fit to Page Width…</source>
        <translation>Ajusté à la largeur de la page…</translation>
    </message>
    <message>
        <source>Full Size, Tiled…</source>
        <translation>Taille réelle, en mosaïque…</translation>
    </message>
    <message>
        <source>The plan already matches the actual dates.</source>
        <translation>Le prévu correspond déjà aux dates réelles.</translation>
    </message>
    <message numerus="yes">
        <source>Reset the baseline of %n phase(s)</source>
        <translation>
            <numerusform>Réinitialiser le prévu de %n phase</numerusform>
            <numerusform>Réinitialiser le prévu de %n phases</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>Tout &amp;voir</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Aujour&amp;d’hui</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Reset &amp;Baseline</source>
        <translation>Réinitialiser le &amp;prévu</translation>
    </message>
    <message>
        <source>Make the planned dates of the phases shown equal to their actual dates</source>
        <translation>Aligner les dates prévues des phases affichées sur leurs dates réelles</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Programme timeline</source>
        <translation>Calendrier du programme</translation>
    </message>
    <message>
        <source>No initiative matching the filters of the initiatives list takes part in a phase: change the filters, or choose All initiatives.</source>
        <translation>Aucune initiative répondant aux filtres de la liste des initiatives ne participe à une phase : modifiez les filtres ou choisissez Toutes les initiatives.</translation>
    </message>
    <message>
        <source>No initiative takes part in a phase yet: open an initiative and add it to a phase, or choose All initiatives.</source>
        <translation>Aucune initiative ne participe encore à une phase : ouvrez une initiative et ajoutez-la à une phase, ou choisissez Toutes les initiatives.</translation>
    </message>
    <message>
        <source>No initiative matching the filters of the initiatives list has a phase, a decision, a payment or an action due: change the filters, or choose All initiatives.</source>
        <translation>Aucune initiative répondant aux filtres de la liste des initiatives n’a de phase, de décision, de versement ou d’échéance d’action : modifiez les filtres ou choisissez Toutes les initiatives.</translation>
    </message>
    <message>
        <source>No initiative has a phase, a decision, a payment or an action due yet: open an initiative and add one, or choose All initiatives.</source>
        <translation>Aucune initiative n’a encore de phase, de décision, de versement ou d’échéance d’action : ouvrez une initiative pour en ajouter, ou choisissez Toutes les initiatives.</translation>
    </message>
    <message>
        <source>No initiative matches the filters of the initiatives list.</source>
        <translation>Aucune initiative ne répond aux filtres de la liste des initiatives.</translation>
    </message>
    <message>
        <source>This file has no initiative yet: add one in the Initiatives workspace.</source>
        <translation>Ce fichier n’a encore aucune initiative : ajoutez-en une dans l’espace Initiatives.</translation>
    </message>
    <message numerus="yes">
        <source>Baseline reset for %n phase(s).</source>
        <translation>
            <numerusform>Prévu réinitialisé pour %n phase.</numerusform>
            <numerusform>Prévu réinitialisé pour %n phases.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>Lé&amp;gende</translation>
    </message>
    <message>
        <source>Show or hide what the colours, patterns and markers mean</source>
        <translation>Afficher ou masquer la signification des couleurs, motifs et symboles</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Taking part in a phase</source>
        <translation>Participant à une phase</translation>
    </message>
    <message>
        <source>With any event</source>
        <translation>Avec au moins un événement</translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation>Toutes les initiatives</translation>
    </message>
    <message>
        <source>Which initiatives get a row</source>
        <translation>Les initiatives qui ont une ligne</translation>
    </message>
</context>
<context>
    <name>tremplin::TimelineView</name>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n d</source>
        <translation>
            <numerusform>+%n j</numerusform>
            <numerusform>+%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>No promotion</source>
        <translation>Sans promotion</translation>
    </message>
    <message>
        <source>Programme timeline</source>
        <translation>Calendrier du programme</translation>
    </message>
    <message>
        <source>Move %1 of %2</source>
        <translation>Déplacer %1 de %2</translation>
    </message>
    <message>
        <source>Change the start of %1 for %2</source>
        <translation>Modifier le début de %1 pour %2</translation>
    </message>
    <message>
        <source>Change the end of %1 for %2</source>
        <translation>Modifier la fin de %1 pour %2</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1 : %2 – %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2
%3 to %4</source>
        <translation>%1 — %2
du %3 au %4</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Bilan : %1</translation>
    </message>
    <message>
        <source>Planned: %1 to %2</source>
        <translation>Prévu : du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>Slip: %n day(s)</source>
        <translation>
            <numerusform>Décalage : %n jour</numerusform>
            <numerusform>Décalage : %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a payment of %1</source>
        <translation>Déplacer un versement de %1</translation>
    </message>
    <message>
        <source>Move an action's due date for %1</source>
        <translation>Déplacer l’échéance d’une action de %1</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Dates prévues</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>Décision de comité</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Action due</source>
        <translation>Échéance d’action</translation>
    </message>
    <message>
        <source>Action overdue</source>
        <translation>Action en retard</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Action faite</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Programme event</source>
        <translation>Événement du programme</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>-%n d</source>
        <translation>
            <numerusform>-%n j</numerusform>
            <numerusform>-%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the start of the phase %1</source>
        <translation>Modifier le début de la phase %1</translation>
    </message>
    <message>
        <source>Change the end of the phase %1</source>
        <translation>Modifier la fin de la phase %1</translation>
    </message>
    <message>
        <source>Move the phase %1</source>
        <translation>Déplacer la phase %1</translation>
    </message>
    <message>
        <source>Committee: %1 (%2)</source>
        <translation>Comité : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tremplin::TrendChart</name>
    <message>
        <source>No measurements yet</source>
        <translation>Aucune mesure pour l’instant</translation>
    </message>
    <message>
        <source>%1: no measurements yet</source>
        <translation>%1 : aucune mesure pour l’instant</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>tremplin::Validation</name>
    <message>
        <source>%1: the end date is before the start date.</source>
        <translation>%1 : la date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>A SIRET number has exactly 14 digits.</source>
        <translation>Un numéro SIRET compte exactement 14 chiffres.</translation>
    </message>
    <message>
        <source>This SIRET number is not valid (its check digit does not match).</source>
        <translation>Ce numéro SIRET n’est pas valide (sa clé de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>An RNA number is the letter W followed by 9 digits.</source>
        <translation>Un numéro RNA est la lettre W suivie de 9 chiffres.</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>La structure doit avoir un nom.</translation>
    </message>
    <message>
        <source>The website must be a full address starting with http:// or https://.</source>
        <translation>Le site web doit être une adresse complète commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>The initiative needs a name.</source>
        <translation>L’initiative doit avoir un nom.</translation>
    </message>
    <message>
        <source>The phase needs a name.</source>
        <translation>La phase doit avoir un nom.</translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation>Dates prévues</translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation>Dates réelles</translation>
    </message>
    <message>
        <source>A grant belongs to an initiative.</source>
        <translation>Une subvention doit être rattachée à une initiative.</translation>
    </message>
    <message>
        <source>The committed amount cannot be negative.</source>
        <translation>Le montant engagé ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A payment needs a date.</source>
        <translation>Un versement doit avoir une date.</translation>
    </message>
    <message>
        <source>A payment amount must be greater than zero.</source>
        <translation>Le montant d’un versement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The share of the project's budget is between 1 % and 100 %.</source>
        <translation>La part du budget du projet est comprise entre 1 % et 100 %.</translation>
    </message>
</context>
<context>
    <name>tremplin::Workspaces</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The list of initiatives with search as you type and filters, and a form per initiative: identity, carrier organisation, people, needs and prioritised actions, phases, grants, impact indicators and journal.</source>
        <translation>La liste des initiatives, avec recherche instantanée et filtres, et une fiche par initiative : identité, structure porteuse, personnes, besoins et actions prioritaires, phases, subventions, indicateurs d’impact et journal.</translation>
    </message>
    <message>
        <source>The programme calendar: phases as bands, one row per initiative with its participation in each phase, committees, grant payments and due actions, with plan against actual.</source>
        <translation>Le calendrier du programme : les phases en bandeaux, une ligne par initiative avec sa participation à chaque phase, les comités, les versements et les actions à échéance, avec le prévu face au réalisé.</translation>
    </message>
    <message>
        <source>The grants ledger: tranches committed and paid per initiative and for the programme, the budget envelope, charts of grants disbursed and the SCDL open-data export.</source>
        <translation>Le registre des subventions : tranches engagées et versées par initiative et pour le programme, enveloppe budgétaire, graphiques des versements et export en données ouvertes au format SCDL.</translation>
    </message>
    <message>
        <source>Jury sessions: applications, scoring by jurors, conflicts of interest, ranking, decisions and minutes, all offline.</source>
        <translation>Les sessions de jury : candidatures, notation par les jurés, conflits d’intérêts, classement, décisions et procès-verbal, le tout hors ligne.</translation>
    </message>
    <message>
        <source>Reports: the status of each laureate at the end of a phase, grants and impact, as PDF, CSV or printed.</source>
        <translation>Les rapports : statut de chaque lauréat à l’issue d’une phase, subventions et impact, en PDF, en CSV ou imprimés.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>The programme's settings, its promotions with their budget envelope and places, and the calendar of phases of each promotion.</source>
        <translation>Les réglages du programme, ses promotions avec leur enveloppe budgétaire et leurs places, et le calendrier des phases de chaque promotion.</translation>
    </message>
    <message>
        <source>Committees: members, agenda, the decision on each initiative (continue, stop, fund) with the grant tranches it creates, and the committee's brief.</source>
        <translation>Les comités : membres, ordre du jour, la décision sur chaque initiative (poursuite, arrêt, financement) avec les tranches de subvention qu’elle crée, et le dossier de séance.</translation>
    </message>
    <message>
        <source>The directory of administrations, partners and persons: ministries, directorates, agencies, local authorities and operators, searchable and merged when duplicated.</source>
        <translation>L’annuaire des administrations, partenaires et personnes : ministères, directions, agences, collectivités et opérateurs, avec recherche et fusion des doublons.</translation>
    </message>
</context>
</TS>