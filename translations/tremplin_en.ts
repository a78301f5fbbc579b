<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tremplin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tremplin&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run citizen-initiative accelerator programmes, from the call for applications to the last grant tranche, entirely offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tremplin is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with absolutely no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationImportDialog</name>
    <message>
        <source>Import Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promotion of new applications:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds (the first line of the file is its header):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-&amp;liner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hemes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main &amp;impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>732 829 320 00074</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RNA number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New carrier &amp;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritised actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in the programme phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the &amp;Grants workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration officer, referents and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact &amp;indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Part in a Phase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admissibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason if not admissible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility not&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::AboutDialog</name>
    <message>
        <source>Version %1, built with Qt %2, running on Qt %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s own translations (file dialogs, standard buttons) are loaded from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s own translations were not found in %1: file dialogs and standard buttons stay in English. On Debian or Ubuntu, install the package qt6-translations-l10n.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::AgendaModel</name>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(amended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked of the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::AmountTableModel</name>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::App</name>
    <message>
        <source>Run citizen-initiative accelerator programmes, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database instead of the last one used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the main window has been painted, printing the time it took (for the startup benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the interface on the database (for tremplin-cli bench), write the results as JSON to this file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open (like --database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tremplin opens one file at a time; give one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this juror pack in juror mode, to score its applications (no programme file is opened).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take no daily snapshot of the file on opening (tremplin-cli bench runs the window so; snapshots before imports and upgrades are still taken).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::ApplicationImport</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DS dossier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator&apos;s initial value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator&apos;s target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DS state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision&apos;s motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Démarches simplifiées dossier export is recognised by its headers (ID, État du dossier…). Other files: columns recognised by their header (case, accents and punctuation do not matter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States: labels (Accepté, Refusé, Classé sans suite, En instruction…) or API codes (accepte, refuse, sans_suite…). Accepted dossiers become admissible; refused and closed ones not admissible, with the motivation as the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a list of applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the project&apos;s name (or its carrier&apos;s): map one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a dossier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid RNA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a website address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Démarches simplifiées state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier %1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably the same project as line %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably the same project as “%1”, already in Tremplin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably the same project as “%1” (dossier %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this export is older than the last import: nothing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n dossier has problems; nothing was imported.</numerusform>
            <numerusform>%n dossiers have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database changed since the file was checked: check it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several promotions are named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no programme to add a promotion to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s) from %1</source>
        <translation>
            <numerusform>Imported %n application from %1</numerusform>
            <numerusform>Imported %n applications from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::ApplicationImportDialog</name>
    <message>
        <source>Meaning of column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Clean Ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Démarches simplifiées export: its columns are recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds (the first line of the file is its header):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n dossier(s), %2, separator “%3”.</source>
        <translation>
            <numerusform>%1 — %n dossier, %2, separator “%3”.</numerusform>
            <numerusform>%1 — %n dossiers, %2, separator “%3”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with conflicts</source>
        <translation>
            <numerusform>%n with conflicts</numerusform>
            <numerusform>%n with conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the file and import it again, or import the clean dossiers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no promotion “%1” yet. Create it for these applications?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::ApplicationPreviewModel</name>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited in Tremplin (“%2”) and in DS (“%3”): Tremplin&apos;s value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::ChoiceModel</name>
    <message>
        <source>%1 — %2</source>
        <comment>a choice and what tells it apart</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::Cli</name>
    <message>
        <source>tremplin-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli %1: unexpected argument &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tremplin database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli %1: --db FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo programme to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Tremplin: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will be upgraded when opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli info: unknown format &quot;%1&quot; (use text or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli info: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laureates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (illustrative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget envelope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database holding the demo programme (AIC promotion 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a database&apos;s schema version and integrity; exit 1 on problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what a database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tremplin-cli [--lang fr|en] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tremplin-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli: unknown command &quot;%1&quot;. Run &quot;tremplin-cli --help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to list: initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only initiatives matching this text (accents and case are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only initiatives with this status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only initiatives of this promotion (its number or exact name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli list: say what to list (initiatives).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli list: cannot list &quot;%1&quot; (use initiatives).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli list: unknown format &quot;%1&quot; (use table, csv or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli list: no promotion is numbered or named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli list: several promotions match &quot;%1&quot;; give the exact name of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List initiatives, filtered, as a table, CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export: scdl (the open-data publication of grants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only grants of this promotion (its number or exact name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only grants whose convention was signed this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli export: say what to export (scdl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli export: --out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli export: &quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli export: no promotion is numbered or named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the grants as SCDL open data (checked against the schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import payments from a CSV file, all lines or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: pdf or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli report: say which report (phase-status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli report: unknown format &quot;%1&quot; (use pdf or csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli report: --phase and --out are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli report: no phase is numbered or named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the status of each initiative at the end of a phase (PDF or CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random generator (same seed, same programme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli generate: give --db FILE and whole numbers for --initiatives (at least 1), --disbursements and --seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli generate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (the demo), medium (10 000 initiatives) or large (100 000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the generated databases (kept between runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the %1 programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the interface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregating for the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting SCDL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli bench: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a large synthetic programme (for benchmarks and trials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure Tremplin&apos;s speed at a scale and compare with its targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase: its number among the accompaniment phases (1 for Phase 1) or its exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %Ln problem(s)</source>
        <translation>
            <numerusform>Integrity: %Ln problem</numerusform>
            <numerusform>Integrity: %Ln problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Public partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli list: unknown status &quot;%1&quot;. Accepted values: %2.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>Wrote %Ln grant to %1.</numerusform>
            <numerusform>Wrote %Ln grants to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tremplin-cli import: %Ln line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>tremplin-cli import: %Ln line has problems; nothing was imported.</numerusform>
            <numerusform>tremplin-cli import: %Ln lines have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln payment(s).</source>
        <translation>
            <numerusform>Imported %Ln payment.</numerusform>
            <numerusform>Imported %Ln payments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the status of %Ln initiative(s) at the end of %1 to %2.</source>
        <translation>
            <numerusform>Wrote the status of %Ln initiative at the end of %1 to %2.</numerusform>
            <numerusform>Wrote the status of %Ln initiatives at the end of %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1 (warning): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %L1 payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between typed keys (default 100; 0 for a quick run, as the tests do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli bench: unknown scale &quot;%1&quot; (use small, medium or large) or a --key-interval that is not a whole number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %L1 initiatives in %Ln promotion(s), %L2 grants and %L3 payments in %L4 s.</source>
        <translation>
            <numerusform>Generated %L1 initiatives in %Ln promotion, %L2 grants and %L3 payments in %L4 s.</numerusform>
            <numerusform>Generated %L1 initiatives in %Ln promotions, %L2 grants and %L3 payments in %L4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty Tremplin database, or a programme from a calendar template (--template aic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot;; use aic or blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start YYYY-MM-DD is required with a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required to create a programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros (e.g. 700000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a calendar template: aic (the AIC&apos;s calendar and tranche scheme) or blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the call for applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating administration&apos;s SIRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first promotion&apos;s name (Promotion 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first promotion&apos;s budget envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first promotion&apos;s number of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with the programme %2 and %n phase(s).</source>
        <translation>
            <numerusform>Created %1 with the programme %2 and %n phase.</numerusform>
            <numerusform>Created %1 with the programme %2 and %n phases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up a jury session from a template, import scores, print the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury: --session NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury: there is no jury session named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tremplin-cli jury: the template has %Ln problem(s); nothing was written.</source>
        <translation>
            <numerusform>tremplin-cli jury: the template has %Ln problem; nothing was written.</numerusform>
            <numerusform>tremplin-cli jury: the template has %Ln problems; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated the jury session &quot;%1&quot;: %Ln juror(s).</source>
        <translation>
            <numerusform>Updated the jury session &quot;%1&quot;: %Ln juror.</numerusform>
            <numerusform>Updated the jury session &quot;%1&quot;: %Ln jurors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created the jury session &quot;%1&quot;: %Ln juror(s).</source>
        <translation>
            <numerusform>Created the jury session &quot;%1&quot;: %Ln juror.</numerusform>
            <numerusform>Created the jury session &quot;%1&quot;: %Ln jurors.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli jury: nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury: --out FILE.json is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the template to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tremplin-cli jury: %Ln line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>tremplin-cli jury: %Ln line has problems; nothing was imported.</numerusform>
            <numerusform>tremplin-cli jury: %Ln lines have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln score(s).</source>
        <translation>
            <numerusform>Imported %Ln score.</numerusform>
            <numerusform>Imported %Ln scores.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli jury: unknown format &quot;%1&quot; (use table, csv or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury: unknown method &quot;%1&quot; (use mean or zscore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln juror total(s) left out because some criteria are not scored.</source>
        <translation>
            <numerusform>%Ln juror total left out because some criteria are not scored.</numerusform>
            <numerusform>%Ln juror totals left out because some criteria are not scored.</numerusform>
        </translation>
    </message>
    <message>
        <source>setup FILE.json, template, scores import FILE.csv, or ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jury session&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking method: mean or zscore (default: the session&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury: use &quot;jury setup FILE.json&quot;, &quot;jury template --session NAME --out FILE.json&quot;, &quot;jury scores import FILE.csv --session NAME&quot; or &quot;jury ranking --session NAME&quot;, each with --db DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee: its id or the date it is held (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the papers: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli report committee-brief: --committee and --out are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli report committee-brief: unknown language &quot;%1&quot; (use en or fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli report committee-brief: no single committee has the id or date &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the papers of %1 (%Ln page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the papers of %1 (%Ln page) to %2.</numerusform>
            <numerusform>Wrote the papers of %1 (%Ln pages) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli report committee-brief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which report: phase-status (or committee-brief, see report committee-brief --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tremplin-cli import: %Ln dossier(s) have problems; nothing was imported (--skip-invalid imports the others).</source>
        <translation>
            <numerusform>tremplin-cli import: %Ln dossier has problems; nothing was imported (--skip-invalid imports the others).</numerusform>
            <numerusform>tremplin-cli import: %Ln dossiers have problems; nothing was imported (--skip-invalid imports the others).</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1 (conflict): %2 edited in Tremplin (“%3”) and changed in DS (“%4”): Tremplin&apos;s value kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the promotion “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln application(s): %1 new, %2 updated, %3 with conflicts, %4 unchanged.</source>
        <translation>
            <numerusform>Imported %Ln application: %1 new, %2 updated, %3 with conflicts, %4 unchanged.</numerusform>
            <numerusform>Imported %Ln applications: %1 new, %2 updated, %3 with conflicts, %4 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dossier(s) left out:</source>
        <translation>
            <numerusform>%Ln dossier left out:</numerusform>
            <numerusform>%Ln dossiers left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>What to import: disbursements or applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications: the promotion of new applications (created when missing; default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications: import the clean dossiers and list the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli import: use &quot;import disbursements FILE --db DATABASE&quot; or &quot;import applications FILE --db DATABASE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of a database (into its snapshot folder, or --out FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a database&apos;s snapshots with their date, reason and what they hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a database by a snapshot, keeping a snapshot of it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli %1: --keep-daily and --keep-others take a number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the snapshot to this file instead of the snapshot folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli backups: unknown format &quot;%1&quot; (use table or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 initiatives, %2 grants, %3 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot to restore (see tremplin-cli backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli restore: --from FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was is kept in %1: restore it to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli %1: --session NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli %1: there is no jury session named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the letters and the CSV into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters&apos; language: fr (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury letters: --out FOLDER is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury letters: unknown language &quot;%1&quot; (use fr or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury letters: the jury has recorded no decision in this session yet; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln letter(s) and %1 to %2. Nothing was sent.</source>
        <translation>
            <numerusform>Wrote %Ln letter and %1 to %2. Nothing was sent.</numerusform>
            <numerusform>Wrote %Ln letters and %1 to %2. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s) have no decision yet, so no letter:</source>
        <translation>
            <numerusform>%Ln application has no decision yet, so no letter:</numerusform>
            <numerusform>%Ln applications have no decision yet, so no letter:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (dossier %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury letters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this juror&apos;s sheets (name or e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF file (every juror in one file) or a folder (one file per juror).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the sheets: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: --out FILE.pdf or FOLDER is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: unknown language &quot;%1&quot; (use en or fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: no juror of the session is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: several jurors match &quot;%1&quot;: give the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: the session has no juror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the score sheets of %Ln juror(s) (%1 pages) to %2.</source>
        <translation>
            <numerusform>Wrote the score sheets of %Ln juror (%1 pages) to %2.</numerusform>
            <numerusform>Wrote the score sheets of %Ln jurors (%1 pages) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln application(s), %2</source>
        <translation>
            <numerusform>%1: %Ln application, %2</numerusform>
            <numerusform>%1: %Ln applications, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli jury sheets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee: its name, its id or the date it is held (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the minutes: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli %1: --%2 and --out are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli %1: unknown language &quot;%2&quot; (use en or fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli %1: no single committee has the name, id or date &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote %1 (%Ln page) to %2.</numerusform>
            <numerusform>Wrote %1 (%Ln pages) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating a selection of %L1 applications and %L2 jurors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking the applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %L1 Démarches simplifiées dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add a selection: a promotion of N admissible applications and its jury session, every assigned criterion scored (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection: jurors, a quarter of them on the citizen panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection: criteria (1 to 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection: all (every application to every juror) or balanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection, balanced assignment: jurors per application in each track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection: declared conflicts of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli generate: give whole numbers for --selection, --jurors, --criteria, --per-track and --conflicts, and all or balanced for --assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added the selection &quot;%1&quot; of the promotion &quot;%2&quot;: %L3 applications, %L4 jurors, %Ln conflict(s) of interest, %L5 assignments and %L6 scores in %L7 s.</source>
        <translation>
            <numerusform>Added the selection &quot;%1&quot; of the promotion &quot;%2&quot;: %L3 applications, %L4 jurors, %Ln conflict of interest, %L5 assignments and %L6 scores in %L7 s.</numerusform>
            <numerusform>Added the selection &quot;%1&quot; of the promotion &quot;%2&quot;: %L3 applications, %L4 jurors, %Ln conflicts of interest, %L5 assignments and %L6 scores in %L7 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: the passphrase in %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: export needs --session NAME, then --juror NAME --out FILE or --all --out FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: --session NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: there is no jury session named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: &quot;%1&quot; is not a juror of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: several jurors of &quot;%2&quot; are named &quot;%1&quot;; give the e-mail instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the pack of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pack of %1 (%2): %Ln value(s) imported.</source>
        <translation>
            <numerusform>Pack of %1 (%2): %Ln value imported.</numerusform>
            <numerusform>Pack of %1 (%2): %Ln values imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) already as in the file.</source>
        <translation>
            <numerusform>%Ln value already as in the file.</numerusform>
            <numerusform>%Ln values already as in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>  conflict: &quot;%1&quot;, %2: %3 in the file, %4 in the pack; the file&apos;s value was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  conflict: &quot;%1&quot;, comment: the file and the pack differ; the file&apos;s comment was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  refused: &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tremplin-cli jury pack: %Ln value(s) of the pack were not imported.</source>
        <translation>
            <numerusform>tremplin-cli jury pack: %Ln value of the pack was not imported.</numerusform>
            <numerusform>tremplin-cli jury pack: %Ln values of the pack were not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>export, or import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The juror&apos;s name or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack for every juror of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack to write, or the folder with --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file whose first line is the passphrase that locks or opens the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli jury pack: use &quot;jury pack export --session NAME --juror NAME --out FILE&quot; (or --all --out FOLDER) or &quot;jury pack import FILE&quot;, each with --db DATABASE and optionally --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot folder (default: the one chosen in the window, or &quot;&lt;file&gt; snapshots&quot; beside the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily snapshots kept (default: as chosen in the window, or 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other snapshots kept: before an operation or by hand (default: as chosen in the window, or 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s snapshot of the file was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli %1: today&apos;s snapshot could not be taken (the command goes on): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything the file holds about a person, or erase their data (RGPD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge non-selected applicants&apos; personal data past the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) taken before still hold the erased data; delete them unless you must keep them:</source>
        <translation>
            <numerusform>%n snapshot taken before still holds the erased data; delete it unless you must keep it:</numerusform>
            <numerusform>%n snapshots taken before still hold the erased data; delete them unless you must keep them:</numerusform>
        </translation>
    </message>
    <message>
        <source>export (everything the file holds about the person, as JSON) or erase (anonymise them everywhere, for good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s number (Directory › Persons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the export (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the erasure, which cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli person: say export or erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli person: --id takes the person&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli person export: --out FILE is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of person #%1 written to %2 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli person erase: an erasure cannot be undone; add --yes to confirm. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Person #%1 erased: now “%2”, %n row(s) anonymised.</source>
        <translation>
            <numerusform>Person #%1 erased: now “%2”, %n row anonymised.</numerusform>
            <numerusform>Person #%1 erased: now “%2”, %n rows anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge: erase the personal data of non-selected applicants whose retention period has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what would be erased; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli privacy: say purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention period is set for this programme (Programme › Settings): nothing to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to purge: no non-selected application is more than %n month(s) past its selection.</source>
        <translation>
            <numerusform>Nothing to purge: no non-selected application is more than %n month past its selection.</numerusform>
            <numerusform>Nothing to purge: no non-selected application is more than %n months past its selection.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (selection signed off on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would erase %n person(s) of these applications (nothing written).</source>
        <translation>
            <numerusform>Would erase %n person of these applications (nothing written).</numerusform>
            <numerusform>Would erase %n persons of these applications (nothing written).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s) of these applications.</source>
        <translation>
            <numerusform>Erased %n person of these applications.</numerusform>
            <numerusform>Erased %n persons of these applications.</numerusform>
        </translation>
    </message>
    <message>
        <source>tremplin-cli privacy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the history of an initiative, a grant or a session (who changed what, before and after), or write it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative&apos;s history (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant&apos;s history, with its payments (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of a committee or jury session (its name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the history as CSV to this file instead of printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli history: give one of --initiative ID, --grant ID or --session NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli history: no committee or jury session is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli history: there is no grant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli history: there is no initiative %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) written to %1.</source>
        <translation>
            <numerusform>%n step written to %1.</numerusform>
            <numerusform>%n steps written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tremplin-cli history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::CommitteeBrief</name>
    <message>
        <source>date not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↗ up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↘ down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↗ improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↘ worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This initiative no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked of the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taking part in any phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1, paid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These amounts are illustrative (demo data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — brief for the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief for the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — meeting papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of declared interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions decided at the previous committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, paid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the promotion&apos;s first committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::CommitteeDecisionsList</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(amended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee has decided about this initiative yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::CommitteeRoomWindow</name>
    <message>
        <source>Room Mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>agenda position. initiative</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>agenda item — its decision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1: %2</source>
        <comment>reference: kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>tranche amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted %1 (%2)</source>
        <comment>total (tranches)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Amended %n time</numerusform>
            <numerusform>Amended %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — item %2 of %3</source>
        <comment>committee — item n of m</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by this committee: %1 · by the promotion: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVER the envelope by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(illustrative envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this committee&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked of the committee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leaves the room while the committee discusses %1? They take no part in its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ or Page Down: next · ← or Page Up: previous · D or Enter: decide (or amend) · T: timer · R: recusal · H: hide this panel · Ctrl+Z: undo · Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time spent is kept on the committee&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by this committee: %1 · by all promotions: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::CommitteeService</name>
    <message>
        <source>This committee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the phase the initiative continues into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase continued into must be a phase of the committee&apos;s promotion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative is not on this committee&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has already decided about this initiative: amend its decision instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a funding decision creates grants: remove the tranches or choose &quot;Fund&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funding decision needs at least one tranche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount of each tranche must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sponsor is either an administration or an outside organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the decision is amended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::CommitteesPage</name>
    <message>
        <source>Record decision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an initiative of the agenda to see the decision taken about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked of the committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), paid %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended on %1: was %2 (%3). Why: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a person&apos;s name and choose them in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already a member of the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an initiative of the committee&apos;s promotion in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee-pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Committee Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no programme yet: set one up before holding committees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;Pack (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda and Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative to add to the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oom Mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::Database</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tremplin database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Tremplin window or command. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the lock file beside %1: check that its folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tremplin database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Tremplin database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tremplin (schema %2; this version reads up to %3). Update Tremplin to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2). Restore it from a copy; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file than the one that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the operation failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tremplin is still checking this file; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged; nothing can be written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was being written when Tremplin or the computer stopped. The file is not damaged: the unfinished change will be rolled back the next time the file is opened where it can be written. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be done here because its folder cannot be written. If you copy it elsewhere, copy %1 with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be done here because the file cannot be written (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being written by another program, or was being written when it stopped. The file is not damaged; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the operation was cancelled and nothing was written. Free some space on the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written (it, its folder or its disk is read-only): the operation was cancelled and nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not be read or written (input/output error): the operation was cancelled and nothing was written. Check the disk or the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Nothing was written; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a juror pack, not a programme file: import it with File › Import › Juror Pack…. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be upgraded to this version of Tremplin, but no snapshot of it could be taken first, so it was left untouched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only (it or its folder cannot be written): the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: its folder %2 is read-only (Tremplin writes its lock and journal beside the file). It can be read; nothing was written. To work on it, copy it to a folder you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: the file is read-only (its permissions, or a read-only disk or share). It can be read; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (the file is cut short). Restore it from a copy; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::DecisionDialog</name>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Decision — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend Decision — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue into &amp;phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why amended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;ministration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or &amp;outside organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an administration or an outside organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::DecisionLetters</name>
    <message>
        <source>This jury session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::DirectoryListModel</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::DirectoryPage</name>
    <message>
        <source>Administrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::DirectoryService</name>
    <message>
        <source>The administration needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln administration(s) under it</source>
        <translation>
            <numerusform>%Ln administration under it</numerusform>
            <numerusform>%Ln administrations under it</numerusform>
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
            <numerusform>%Ln role in initiatives</numerusform>
            <numerusform>%Ln roles in initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) of initiatives</source>
        <translation>
            <numerusform>%Ln contact of initiatives</numerusform>
            <numerusform>%Ln contacts of initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln public partnership(s) of initiatives</source>
        <translation>
            <numerusform>%Ln public partnership of initiatives</numerusform>
            <numerusform>%Ln public partnerships of initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln funding source(s)</source>
        <translation>
            <numerusform>%Ln funding source</numerusform>
            <numerusform>%Ln funding sources</numerusform>
        </translation>
    </message>
    <message>
        <source>the programme&apos;s operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln committee seat(s)</source>
        <translation>
            <numerusform>%Ln committee seat</numerusform>
            <numerusform>%Ln committee seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sponsorship(s) of decisions</source>
        <translation>
            <numerusform>%Ln sponsorship of decisions</numerusform>
            <numerusform>%Ln sponsorships of decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln carried initiative(s)</source>
        <translation>
            <numerusform>%Ln carried initiative</numerusform>
            <numerusform>%Ln carried initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1</source>
        <translation>
            <numerusform>%Ln row of %1</numerusform>
            <numerusform>%Ln rows of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This list cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administration cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administration cannot be placed under one of its own sub-administrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two records to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these records no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::DirectoryTab</name>
    <message>
        <source>Search administrations by name or short name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search outside partners by name or town…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search persons by name or e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more duplicates, then merge them into one: everything that refers to them follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All legal forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Committee “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initiative or committee yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the administration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” created: complete it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Nothing refers to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? It is referred to by %2: those links are removed or emptied with it. Undo puts everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) merged into “%1”.</source>
        <translation>
            <numerusform>%Ln record merged into “%1”.</numerusform>
            <numerusform>%Ln records merged into “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see the initiatives and committees they take part in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected person&apos;s rights over their data (RGPD): access and erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::DisbursementImport</name>
    <message>
        <source>Grant (decision reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for exceeding the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a list of payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no payment lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several grants have the reference “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grant has the reference “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grant “%1” would receive %2, above the %3 committed (give a reason to exceed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n line has problems; nothing was imported.</numerusform>
            <numerusform>%n lines have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n payment(s) from %1</source>
        <translation>
            <numerusform>Imported %n payment from %1</numerusform>
            <numerusform>Imported %n payments from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Beneficiary&apos;s SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns recognised by their header (the first line; case, accents and punctuation do not matter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line needs a payment date (YYYY-MM-DD or DD/MM/YYYY), an amount above zero (1234.50 or 1 234,50) and its grant: the decision reference, or the beneficiary&apos;s SIRET or name (the carrier organisation&apos;s or the initiative&apos;s) with the tranche (seed/1, second/2, deployment/3) when the beneficiary has several grants. A line matching no grant or several is refused. Payments above a grant&apos;s commitment need a reason column. All lines are imported, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column names the grant: give the decision reference, or the beneficiary&apos;s SIRET or name (and the tranche).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tranche (seed or 1, second or 2, deployment or 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grant is paid to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has several grants of this tranche: give the decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 grants: give the tranche or the decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grant reference, SIRET or beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tranche “%1” is still blocked until its condition is met (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: its grant was deleted since the file was checked; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the grant changed since the file was checked: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grant “%1” would receive more than %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::Document</name>
    <message>
        <source>“%1” could not be undone; nothing was changed.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be redone; nothing was changed.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::FieldBinder</name>
    <message>
        <source>Rename initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an amount such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a percentage between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::Fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-liner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a full address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an e-mail address such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this value is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An initiative cannot go from “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must fall within the programme, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be created here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions for release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the project&apos;s budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for exceeding the commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates must fall within the phase “%1”, from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a theme of the programme: choose one from the list or create it with New Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator&apos;s SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating administration in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked of the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue into phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsoring administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for non-admissibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most applications per juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest jurors per application in each track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion “%1” already has the number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the decision departs from the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep non-selected applicants&apos; data (months)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::GrantChart</name>
    <message>
        <source>Committed and disbursed to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed and disbursed per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed per initiative, by tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind of need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to show for this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope (illustrative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other initiative(s)</source>
        <translation>
            <numerusform>%n other initiative</numerusform>
            <numerusform>%n other initiatives</numerusform>
        </translation>
    </message>
    <message>
        <source>thousands of euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts split equally between an initiative&apos;s kinds of need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts split equally between an initiative&apos;s themes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::GrantChartsPanel</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::GrantFileActions</name>
    <message>
        <source>SCDL Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Grants as SCDL Open Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) written to %1.</source>
        <translation>
            <numerusform>%n grant written to %1.</numerusform>
            <numerusform>%n grants written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payments from an accounting export (CSV), all lines or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;SCDL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the grants in the legal open-data format (SCDL subventions 2.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (French): semicolons, decimal commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard CSV (RFC 4180)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::GrantFilterBar</name>
    <message>
        <source>All promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All funding sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::GrantLedger</name>
    <message>
        <source>(no funding source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no need recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::GrantLedgerModel</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative amount (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments above the commitment were recorded with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts marked * are illustrative (demo data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::GrantLedgerPanel</name>
    <message>
        <source>New Funding Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the grantor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET of the grantor (14 digits, needed for open data):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a grant to see its details and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Funding Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of the selected grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed the grant and its payments, and what</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::GrantService</name>
    <message>
        <source>The funding source needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment would bring the total paid to %1, above the %2 committed. Record a reason to override the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already paid on this grant: the committed amount cannot be lower.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::GrantsDashboard</name>
    <message>
        <source>Budget envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked tranches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed above the envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: the envelope and the per-laureate amounts are illustrative; only the %1 + %2 scheme is public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tranche waiting to be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tranches to pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::GrantsPage</name>
    <message>
        <source>&amp;Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::HelpDialog</name>
    <message>
        <source>Tremplin Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go from the search field to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected initiative&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without doing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::History</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: (erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
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
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::HistoryModel</name>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (before → after)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::HistoryPanel</name>
    <message>
        <source>No change recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: who, field, value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the steps shown as a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::ImportDialog</name>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n payment line(s), %2, separator “%3”.</source>
        <translation>
            <numerusform>%1 — %n payment line, %2, separator “%3”.</numerusform>
            <numerusform>%1 — %n payment lines, %2, separator “%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meaning of column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until they are fixed in the file or in the column choices.</source>
        <translation>
            <numerusform>%n problem: nothing will be imported until it is fixed in the file or in the column choices.</numerusform>
            <numerusform>%n problems: nothing will be imported until they are fixed in the file or in the column choices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (warning): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every line can be imported; %n line(s) deserve a look.</source>
        <translation>
            <numerusform>Every line can be imported; %n line deserves a look.</numerusform>
            <numerusform>Every line can be imported; %n lines deserve a look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::InitiativeForm</name>
    <message numerus="yes">
        <source>%n field(s) hold values that are not saved yet: correct them or undo the typing.</source>
        <translation>
            <numerusform>%n field holds a value that is not saved yet: correct it or undo the typing.</numerusform>
            <numerusform>%n fields hold values that are not saved yet: correct them or undo the typing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1, disbursed %2, remaining to pay %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These amounts are illustrative (demo data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New carrier organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritised actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in the programme phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values were not saved because they are not valid:

%1

Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIRET and RNA numbers of this organisation are illustrative (demo data): they pass the checks but are not its real ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove public partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every administration of the directory is already a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Public Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add public partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend of the selected indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative already takes part in every phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Part in a Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take part in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator already has a measurement dated today: change its value, or its date to record an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant for this initiative yet. Grants are recorded in the Grants workspace: use Open in the Grants workspace below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is linked to this initiative yet. Use Add person for the acceleration officer, the referents and the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No impact indicator yet. Use Add indicator, then record its measurements to follow its trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::InitiativeListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — illustrative amount (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts marked * are illustrative (demo data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::InitiativeService</name>
    <message>
        <source>The initiative needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This initiative no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the participation is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The need needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measurement needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a theme of the programme: choose one from the list or create it with New Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a theme of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::InitiativesPage</name>
    <message>
        <source>Search initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only initiatives with an open action past its due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of initiatives shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore initiative from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its needs, actions, grants, indicators and journal? You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initiatives yet. Use New Initiative to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1” with the filters chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initiative matches the filters chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Search and the Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, carrier, town, theme… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the initiatives whose name, carrier, town, description or themes hold every word typed, with or without accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any admissibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JurorModeWindow</name>
    <message>
        <source>Juror Pack Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked with a passphrase. Type it to open the pack; it is saved locked with the same passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror pack — %1 — %2[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Juror pack of %1&lt;/b&gt; for the session “%2”. Score each application from %3 to %4 by steps of %5: type a score, then Tab or Enter; Delete clears it. Save with Ctrl+S and give the pack back to the coordinator.%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The pack stays locked with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your scores and comments into the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no application in this pack.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Juror Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack saved. Give it back to the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores and comments in this pack are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JurorPack</name>
    <message>
        <source>%1 is not a juror pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Tremplin programme file, not a juror pack: open it with File › Open. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Tremplin; update Tremplin to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked with a passphrase: give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application is not in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This criterion is not in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This juror is not part of the jury session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pack of the jury session &quot;%2&quot; of another file or of another session: no jury session of this file made it. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not made for the juror it names (%2): it was changed outside Tremplin. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the juror &quot;%2&quot;, but it was made for &quot;%3&quot;: the juror was renamed in the pack or in this file. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed outside Tremplin since the juror saved it (its integrity tag does not match its content). It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores of %1 changed since the pack was read; read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This encrypted pack is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This encrypted pack asks for key settings Tremplin does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the pack was changed since it was locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryApplicationsTab</name>
    <message>
        <source>Change the admissibility of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the reason for non-admissibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the admissibility note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reason (note)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility (choose an application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applications of the session&apos;s promotion. Only admissible applications go to the jury: they are the ones assigned to jurors and scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmissibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text beside the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryDecisionService</name>
    <message>
        <source>no rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was signed off on %2 by %3: it can no longer be changed, except by recording an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no score in the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applications would be selected for %2 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ranked %2, outside the %3 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ranked %2, within the %3 places, and would not be selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (rank %2) would be “%3” while “%4” (rank %5), ranked lower, is “%6”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (rank %2) would be “%3” while “%4” (rank %5), ranked higher, is “%6”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This jury session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This initiative is not an admissible application before this jury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision departs from the ranking: %1 Give the reason for the override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not a member of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This initiative is not an item of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already left the room for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This committee no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is already signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the person who signs the session off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) have no decision yet: decide about every application before signing off.</source>
        <translation>
            <numerusform>%n application has no decision yet: decide about every application before signing off.</numerusform>
            <numerusform>%n applications have no decision yet: decide about every application before signing off.</numerusform>
        </translation>
    </message>
    <message>
        <source>The promotion has no accompaniment phase for its laureates to enter: add one to its calendar before signing off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is not signed off yet: change the decision itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision about “%1” to amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the decision is amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason “%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision about “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion has no accompaniment phase for “%1” to enter as a laureate: add one to its calendar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n grant</numerusform>
            <numerusform>%n grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n committee decision(s)</source>
        <translation>
            <numerusform>%n committee decision</numerusform>
            <numerusform>%n committee decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>an accompaniment under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can no longer stop being a laureate: it already has %2. Cancel or move them first, or keep the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryIncompleteModel</name>
    <message numerus="yes">
        <source>%1 of %n criteria</source>
        <translation>
            <numerusform>%1 of %n criterion</numerusform>
            <numerusform>%1 of %n criteria</numerusform>
        </translation>
    </message>
    <message>
        <source>Juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryMinutes</name>
    <message>
        <source>date not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet: these minutes are a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member left the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amendment since the sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the jury “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the selection jury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores from %1 to %2 by steps of %3. A juror&apos;s total for an application is the weighted mean of their scores over the criteria; only complete totals count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-scores: each juror&apos;s totals are standardised over their own totals, then rescaled to the mean and spread of their track (jurors generous or severe weigh alike).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a track&apos;s score is the mean of its jurors&apos; totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weight %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application before the jury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures from the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision follows the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest and recusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest declared before the session (these jurors neither scored nor saw the scores):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusals (members who left the room for an item; their scores for it do not count):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the committee “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 about “%2”: %3 (“%4”) → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryMissingModel</name>
    <message>
        <source>%1 (dossier %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryPackActions</name>
    <message>
        <source>&amp;Juror Packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one file per juror to score away from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Juror Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the scores of a pack a juror sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n juror pack(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n juror pack to %1.</numerusform>
            <numerusform>Wrote %n juror packs to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Juror Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror packs (*.tremplin-pack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack is locked. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Pack of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value(s) from the pack of %1.</source>
        <translation>
            <numerusform>Imported %n value from the pack of %1.</numerusform>
            <numerusform>Imported %n values from the pack of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::JuryPackExportDialog</name>
    <message>
        <source>Export Juror Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the Juror Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pack per juror, holding only their applications, the criteria and their own scores. A passphrase locks the packs for the USB stick or the e-mail: give it to the jurors another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no jury session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder where the packs go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryPackImportDialog</name>
    <message>
        <source>Import a Juror Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack of %1 for the session “%2”, exported on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack was imported before and holds nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) will be imported.</source>
        <translation>
            <numerusform>%n value will be imported.</numerusform>
            <numerusform>%n values will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) stay as in the file, listed below: change them in the scoring grid if the pack&apos;s value is the right one.</source>
        <translation>
            <numerusform>%n value stays as in the file, listed below: change it in the scoring grid if the pack&apos;s value is the right one.</numerusform>
            <numerusform>%n values stay as in the file, listed below: change them in the scoring grid if the pack&apos;s value is the right one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the file and in the pack since the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryPage</name>
    <message>
        <source>%1 (%2)</source>
        <comment>jury session (its promotion)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jury session yet. Create one in Set-up (or load a template): name it, choose its promotion, its criteria and its jurors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;coring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury decision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend jury decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;Mode (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen session full screen, for the jury&apos;s room and its projector: one application at a time, driven by the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryProgressModel</name>
    <message>
        <source>nothing assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has scored every criterion of %2 of the %3 applications assigned to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryProgressTab</name>
    <message>
        <source>All jurors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a jury session at the top, or create one in the Set-up tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is assigned to a juror yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) not scored completely.</source>
        <translation>
            <numerusform>%n application not scored completely.</numerusform>
            <numerusform>%n applications not scored completely.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Missing Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing-scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the list as text, to paste in an e-mail or a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 assignments scored completely (%2%).</source>
        <translation>
            <numerusform>%n of %1 assignments scored completely (%2%).</numerusform>
            <numerusform>%n of %1 assignments scored completely (%2%).</numerusform>
        </translation>
    </message>
    <message>
        <source>score-sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the score sheets of %n juror(s), %1 pages, to %2.</source>
        <translation>
            <numerusform>Wrote the score sheets of %n juror, %1 pages, to %2.</numerusform>
            <numerusform>Wrote the score sheets of %n jurors, %1 pages, to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the score sheets of %1, %2 pages, to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application of this session has a decision yet: no letter was written. Record the decisions in the Ranking tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n decision letter(s) and the mail-merge file %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n decision letter and the mail-merge file %1 to %2.</numerusform>
            <numerusform>Wrote %n decision letters and the mail-merge file %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No letter for %n application(s) without a decision: %1.</source>
        <translation>
            <numerusform>No letter for %n application without a decision: %1.</numerusform>
            <numerusform>No letter for %n applications without a decision: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score Sheets (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper score sheets for jurors without a laptop: of the juror chosen under Missing scores, or of every juror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One letter per decided application (PDF, in the language chosen beside) and a CSV for mail merge, in a folder. Tremplin sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters in:</source>
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
</context>
<context>
    <name>tremplin::JuryRankingModel</name>
    <message>
        <source>✓ in</source>
        <comment>in the top N</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ enters</source>
        <comment>enters the top N</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ leaves</source>
        <comment>leaves the top N</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No juror has a complete total for this application yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied: equal scores share a rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the top %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enters the top %1 with the what-if&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the top %1 with the what-if&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank with the session&apos;s own settings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked with the session&apos;s own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (dossier no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No juror of this track has a complete total for this application: the combined score leaves the track out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jurors disagree: their totals differ by %1 (two fifths of the scale are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest minus lowest juror total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the application is among the %1 places, and what the what-if changes compared with the session&apos;s own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined score: the tracks&apos; scores weighted by the tracks&apos; weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors whose complete total counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest minus lowest juror total; ⚠ marks a large disagreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryRankingTab</name>
    <message>
        <source>Export the Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Chart as a Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jurors-scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Enter the top %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Leave the top %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same top %1 as with the session&apos;s own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every track weighs 0: no application can have a combined score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking shown, with the columns of &quot;tremplin-cli jury ranking --format csv&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors&apos; scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incomplete totals, not counted (%n)</source>
        <translation>
            <numerusform>Incomplete totals, not counted (%n)</numerusform>
            <numerusform>Incomplete totals, not counted (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try other settings and see the top change at once. Nothing here is written to the file; the session&apos;s settings are changed in Set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight of the %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wei&amp;ght of the %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places (top &amp;N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The promotion has %n place(s).</source>
        <translation>
            <numerusform>The promotion has %n place.</numerusform>
            <numerusform>The promotion has %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>The promotion&apos;s places are not set: %1 assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors counted (untick one to leave them out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>juror (track)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t to the session&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: this ranking is not the session&apos;s (method, weights, jurors or places changed in the panel). The file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;icture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a jury session to see its ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) ranked</source>
        <translation>
            <numerusform>%n application ranked</numerusform>
            <numerusform>%n applications ranked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a complete total (listed last)</source>
        <translation>
            <numerusform>%n without a complete total (listed last)</numerusform>
            <numerusform>%n without a complete total (listed last)</numerusform>
        </translation>
    </message>
    <message>
        <source>method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold: in the top %1 (a rule under the last one). ⚠: jurors&apos; totals differ by %2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryRoomWindow</name>
    <message>
        <source>%1. %2</source>
        <comment>agenda position. application</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>agenda item — its decision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — item %2 of %3</source>
        <comment>session — item n of m</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places left: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1 (places not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 of %2 · combined score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked: no complete score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>track score</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Spread between jurors %1 (%n juror(s))</source>
        <translation>
            <numerusform>Spread between jurors %1 (%n juror)</numerusform>
            <numerusform>Spread between jurors %1 (%n jurors)</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides the ranking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time spent is kept on the committee&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <comment>rank. application — score</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room Mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ or Page Down: next · ← or Page Up: previous · S: selected · W: waiting list · N: not selected · T: timer · R: recusal · H: hide this panel · Ctrl+Z: undo · Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected for %2 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time spent is kept with the jury session (the committee has no agenda item for this application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is signed off and %1 has no decision to amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryScoreChart</name>
    <message>
        <source>Jurors&apos; totals: lowest, quartiles, median, highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box lower than the others is a severe juror; a higher one, a generous juror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete total yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors&apos; totals: no complete total yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror&apos;s totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lowest %2, lower quartile %3, median %4, upper quartile %5, highest %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean of all totals (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors&apos; totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryScoreImport</name>
    <message>
        <source>%1 is too large to be a list of scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns juror, candidate, criterion, score and comment (or juré, candidature, critère, note, commentaire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown juror &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several jurors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown candidate &quot;%1&quot; (not an admissible application of the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several applications: use the dossier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same score is already given on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n line has problems; nothing was imported.</numerusform>
            <numerusform>%n lines have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryScoreModel</name>
    <message>
        <source>Conflict of interest: %1 cannot score “%2” nor see its scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest (%3): %1 cannot score “%2” nor see its scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application is not assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a score from %2 to %3 by steps of %4. Type it, then Tab or Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The juror&apos;s comment on this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total counts once every criterion is scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighted mean of the juror&apos;s scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (conflict)</source>
        <comment>juror or application with a conflict of interest</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <comment>criterion (its weight)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighted mean of the criteria, once every criterion is scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, dossier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to score here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a score: type a number such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 for %2 of “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the %1 score of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryScoringTab</name>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit jury comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores from %1 to %2 by %3 · blind mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores from %1 to %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>juror (their track)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (dossier %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a jury session at the top, or create one in the Set-up tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no jurors yet: add them in the Set-up tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no admissible applications yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is assigned to this juror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest: the other jurors&apos; scores for “%1” are not shown to this juror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind mode: the other jurors&apos; scores for “%1” show once this juror has scored every criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other juror has scored “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other jurors&apos; scores for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other jurors&apos; scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryService</name>
    <message>
        <source>This jury session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jury session needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest score must be above the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score step must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest score %1 is not reached by steps of %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jury session needs at least one criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; needs a weight above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jury session needs at least one track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The track &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the track &quot;%1&quot; cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The juror &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The juror &quot;%1&quot; is in the track &quot;%2&quot;, which the session does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address of &quot;%1&quot; is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A balanced assignment needs at least one juror per application in each track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most applications per juror cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no promotion named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict of interest names &quot;%1&quot;, who is not a juror of the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict of interest names &quot;%1&quot;, which is no admissible application of the promotion &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several applications: use the dossier number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; already has scores: keep it in the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot get %n juror(s) of the track &quot;%2&quot; without a conflict of interest or going over the most applications per juror.</source>
        <translation>
            <numerusform>&quot;%1&quot; cannot get %n juror of the track &quot;%2&quot; without a conflict of interest or going over the most applications per juror.</numerusform>
            <numerusform>&quot;%1&quot; cannot get %n jurors of the track &quot;%2&quot; without a conflict of interest or going over the most applications per juror.</numerusform>
        </translation>
    </message>
    <message>
        <source>This juror declared a conflict of interest with this application: it cannot be assigned to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This juror or this application is not part of the jury session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest with &quot;%2&quot; and cannot score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This criterion is not one of the jury session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score %1 is outside the scale, from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score %1 is not on the scale&apos;s steps of %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the room for &quot;%2&quot; (recusal) and cannot score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::JurySetupNewSessionDialog</name>
    <message>
        <source>New Jury Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session starts with the criteria the AIC published (general interest, impact, feasibility, maturity, collaboration with the State) and its two tracks, expert jury and citizen panel; change them in Set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a promotion first (Programme workspace).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JurySetupService</name>
    <message>
        <source>This juror declared a conflict of interest with this application: it cannot be assigned to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest score must be above the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score step must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number must be at least 1 (or left empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session already has a criterion named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A track&apos;s weight cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JurySetupTab</name>
    <message>
        <source>The session has no %1 track: tick it in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the track of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign an application by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another jury session is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the jury session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the promotion of the jury session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the score step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the ranking method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn blind scoring on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn blind scoring off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <comment>application (its dossier number)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jury session is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New jury session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Jury Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the jury session &quot;%1&quot; with its criteria, jurors, assignments, conflicts of interest and scores? Edit › Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the jury session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Jury Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Jury Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury templates (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be loaded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the jury template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors sit in the track %1: move or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jury session needs at least one track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the weight of the track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The criterion &quot;%1&quot; has %n score(s); they are removed with it.</source>
        <translation>
            <numerusform>The criterion &quot;%1&quot; has %n score; it is removed with the criterion.</numerusform>
            <numerusform>The criterion &quot;%1&quot; has %n scores; they are removed with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a person&apos;s name and choose them in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a juror of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the juror %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the juror %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign applications (balanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign every application to every juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a juror and an admissible application of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict of interest is already declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a conflict of interest of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a conflict of interest of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session chosen: create one with New Session… or load a template saved last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest &amp;score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highest score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score s&amp;tep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blind scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A juror sees the others&apos; scores of an application only once they have scored it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A track&apos;s score is combined with the others&apos; by its weight (the AIC: expert jury of public officials and citizen panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the expert jury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the citizen panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A juror&apos;s total for an application is the mean of their scores weighted by these weights. Double-click or type to edit a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name of the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admissible applications go to the jury. A juror with a conflict of interest is never assigned the application (marked COI). Tick a cell to assign by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most per &amp;juror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest jurors per application in each trac&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COI</source>
        <comment>conflict of interest, in a cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict of interest: this juror cannot score this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A juror with a conflict of interest cannot score the application, does not see the others&apos; scores of it and is left out of its totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Juror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::JuryTemplate</name>
    <message>
        <source>General interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project serves a general-interest purpose, open to all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached, root cause addressed, can be scaled or replicated; a main impact with a measurable indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team, the plan and the means match the ambition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is running and structured (governance, carrier organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration with the State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear objectives for working with public services and officials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is not a JSON object: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the track &quot;%2&quot; is neither expert nor citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scale&quot; must be an object with min, max and step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment &quot;%1&quot; is not all, manual or balanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; is not mean or zscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of applications or jurors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a jury template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::Labels</name>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call for applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompaniment phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interministerial referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry referent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue and fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for non-admissibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert jury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised per juror (z-score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every juror, every application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::LedgerCsv</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::LetterTemplateEditor</name>
    <message>
        <source>This programme&apos;s own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default text, used until you edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the letter to its default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application of a jury session to show the letter on yet: the placeholders are shown as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
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
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default text again for this decision and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the chosen placeholder where the cursor is (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jury session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::LetterTemplates</name>
    <message>
        <source>Letters are written in French (fr) or English (en), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Démarches simplifiées dossier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first referent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jury session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jury&apos;s reason for its decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s rank in the jury&apos;s ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its position on the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln unknown placeholder(s) %2. Use one of %3, or remove the braces.</source>
        <translation>
            <numerusform>%1: unknown placeholder %2. Use one of %3, or remove the braces.</numerusform>
            <numerusform>%1: %Ln unknown placeholders %2. Use one of %3, or remove the braces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::MainWindow</name>
    <message>
        <source>Tremplin databases (*.sqlite *.tremplin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another Tremplin database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the open database to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tremplin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tremplin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tremplin Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive or Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected initiative, or bring it back from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and was closed without any change. Restore it from a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Initiatives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the initiatives by name, carrier, town or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new programme: its calendar, first promotion and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import applications from a Démarches simplifiées export or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from a Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to a snapshot of the open file; the file as it is now is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot restored. The file as it was is kept as a snapshot: restore it to undo (File › Restore from a Snapshot…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tremplin databases and juror packs (*.sqlite *.tremplin *.tremplin-pack);;Tremplin databases (*.sqlite *.tremplin);;Juror packs (*.tremplin-pack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a juror pack, not a programme file. Open it in juror mode to score its applications? (To merge a returned pack into this programme file, use File › Import › Juror Pack… instead.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Juror Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s snapshot of the file was taken (File › Restore from a Snapshot…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s snapshot could not be taken: %1 You can go on working; free some space or choose another snapshot folder (File › Restore from a Snapshot…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its latest sound snapshot was taken on %1 (%2; %Ln initiative(s)). Work done since then is not in it. Open a copy of that snapshot? The damaged file stays as it is, for inspection.</source>
        <translation>
            <numerusform>Its latest sound snapshot was taken on %1 (%2; %Ln initiative). Work done since then is not in it. Open a copy of that snapshot? The damaged file stays as it is, for inspection.</numerusform>
            <numerusform>Its latest sound snapshot was taken on %1 (%2; %Ln initiatives). Work done since then is not in it. Open a copy of that snapshot? The damaged file stays as it is, for inspection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Copy of the Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1, a copy of the snapshot of %2 taken on %3. The damaged file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::MergeDialog</name>
    <message>
        <source>Merge Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record to keep. Everything that refers to the others (initiatives, persons, committees, sub-administrations…) will refer to it, and the others will be removed. Undo puts everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (referred to by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::NeedKindModel</name>
    <message>
        <source>Change the description of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::NewProgrammeWizard</name>
    <message>
        <source>New Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs it. Only the name is required; everything can be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Citizen Initiatives Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Interministerial Digital Directorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 digits; it becomes the grantor&apos;s identifier (idAttribuant) of the SCDL open-data export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operating administration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIRET of the operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a blank calendar, or from the calendar of the Citizen Initiatives Accelerator shifted to your start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;AIC calendar template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six weeks of call for applications, seven weeks of selection, a three-month Phase 1, an acceleration committee, a three-month Phase 2, an engagement committee and a closing event; grants in two tranches, a seed of %1 then %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank: I will add the phases myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call for applications opens on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promotion starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group of initiatives accompanied together. Its budget envelope and number of places can be left for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget &amp;envelope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Create to choose where to save the file. Phases, dates and amounts can all be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of the promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget envelope is not an amount in euros (e.g. %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, run by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First promotion: %1 (%2)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants in two tranches: a seed of %1, then %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phases yet: add them in the Programme workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the New Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tremplin databases (*.sqlite *.tremplin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Tremplin never overwrites a file when creating a programme; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::NewThemeDialog</name>
    <message>
        <source>New Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the theme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::NoFilePage</name>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tremplin keeps a programme in one file on this computer. Open an existing file, create a new one, or explore the demo programme (AIC promotion 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files (double-click or Enter to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::OlderSnapshotsDialog</name>
    <message>
        <source>Snapshots Taken Before the Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These snapshots of the file were taken before the erasure and still hold the erased personal data. Delete them unless you must keep them (an archive required by law, for instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Checked Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) deleted.</source>
        <translation>
            <numerusform>%n snapshot deleted.</numerusform>
            <numerusform>%n snapshots deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) deleted; these could not be deleted (check the folder&apos;s permissions):</source>
        <translation>
            <numerusform>%n snapshot deleted; these could not be deleted (check the folder&apos;s permissions):</numerusform>
            <numerusform>%n snapshots deleted; these could not be deleted (check the folder&apos;s permissions):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::OverviewPage</name>
    <message>
        <source>Budget envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty. Programmes, initiatives and grants will be entered here.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>Laureate</numerusform>
            <numerusform>Laureates</numerusform>
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
            <numerusform>Programme phase</numerusform>
            <numerusform>Programme phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Public partner(s)</source>
        <translation>
            <numerusform>Public partner</numerusform>
            <numerusform>Public partners</numerusform>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some amounts and identifiers in this file are marked as illustrative: they describe no real grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrations engaged with at least one initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 under way until %2 (%Ln day(s) left)</source>
        <translation>
            <numerusform>%1 under way until %2 (%Ln day left)</numerusform>
            <numerusform>%1 under way until %2 (%Ln days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %Ln other phase(s) under way</source>
        <translation>
            <numerusform>%1; and %Ln other phase under way</numerusform>
            <numerusform>%1; and %Ln other phases under way</numerusform>
        </translation>
    </message>
    <message>
        <source>No phase under way. Next: %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar is over: %1 ended on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next committee: %1 on %2 (in %Ln day(s))</source>
        <translation>
            <numerusform>Next committee: %1 on %2 (in %Ln day)</numerusform>
            <numerusform>Next committee: %1 on %2 (in %Ln days)</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within a week: %1 in %2</source>
        <comment>actions in initiatives</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is due within a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To pay: %Ln tranche(s), %1 in all</source>
        <translation>
            <numerusform>To pay: %Ln tranche, %1 in all</numerusform>
            <numerusform>To pay: %Ln tranches, %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %Ln tranche(s) awaiting proof that their conditions are met (%1)</source>
        <translation>
            <numerusform>Blocked: %Ln tranche awaiting proof that its conditions are met (%1)</numerusform>
            <numerusform>Blocked: %Ln tranches awaiting proof that their conditions are met (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments exceed the envelope of %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Commitments exceed the envelope of %Ln promotion(s), by %1 in all</source>
        <translation>
            <numerusform>Commitments exceed the envelope of %Ln promotion, by %1 in all</numerusform>
            <numerusform>Commitments exceed the envelope of %Ln promotions, by %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::PackScoreModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a score from %2 to %3 by steps of %4. Type it, then Tab or Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment on this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighted mean of your scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total counts once every criterion is scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, dossier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to score here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a score: type a number such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 for %2 of “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the %1 score of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::PersonalData</name>
    <message>
        <source>There is no person #%1 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person #%1&apos;s data was already erased on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::PhaseStatusReport</name>
    <message>
        <source>This phase does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disbursed (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status at the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1, disbursed %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initiative took part in this phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative amounts (demo data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1</source>
        <comment>a numbered phase as a noun in a sentence: Status at the end of Phase 1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 phase</source>
        <comment>a named phase as a noun in a sentence: Status at the end of the Selection phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::PlaceholderModel</name>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::PrivacyActions</name>
    <message>
        <source>Export Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this file holds about %1 was written to %2 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of %1 everywhere in this file?

The name becomes “%2”; the e-mail address, phone and job title are emptied, also in the history of changes. Initiatives, committees and scores keep the anonymous person.

This cannot be undone, and it clears Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The personal data of person #%1 was erased (%n row(s) anonymised).</source>
        <translation>
            <numerusform>The personal data of person #%1 was erased (%n row anonymised).</numerusform>
            <numerusform>The personal data of person #%1 was erased (%n rows anonymised).</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge Expired Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retention period is set: fill in “Keep non-selected applicants&apos; data (months)” in the Programme settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to purge: no non-selected application is more than %n month(s) past its selection.</source>
        <translation>
            <numerusform>Nothing to purge: no non-selected application is more than %n month past its selection.</numerusform>
            <numerusform>Nothing to purge: no non-selected application is more than %n months past its selection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-selected application(s) passed the retention period of %1 since their selection.</source>
        <translation>
            <numerusform>%n non-selected application passed the retention period of %1 since its selection.</numerusform>
            <numerusform>%n non-selected applications passed the retention period of %1 since their selection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of their %n applicant(s) and the raw copies of the applications?

The applications, scores and decisions stay, anonymous. This cannot be undone, and it clears Edit › Undo.</source>
        <translation>
            <numerusform>Erase the personal data of their %n applicant and the raw copies of the applications?

The applications, scores and decisions stay, anonymous. This cannot be undone, and it clears Edit › Undo.</numerusform>
            <numerusform>Erase the personal data of their %n applicants and the raw copies of the applications?

The applications, scores and decisions stay, anonymous. This cannot be undone, and it clears Edit › Undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Personal data of %n applicant(s) erased after the retention period.</source>
        <translation>
            <numerusform>Personal data of %n applicant erased after the retention period.</numerusform>
            <numerusform>Personal data of %n applicants erased after the retention period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::ProgrammeGenerator</name>
    <message>
        <source>Give at least one initiative and no negative number of payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selection needs at least one application and one juror, 1 to 8 criteria, at least one juror per application in each track, and fewer conflicts of interest than half the pairs of jurors and applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no programme to add a selection to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 (applications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury of the call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project does that others do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soundness of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget matches the plan; the other funders are named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarity of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of the carrier&apos;s board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::ProgrammePage</name>
    <message>
        <source>Add a tranche to the default scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no programme yet. Create one with File › New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions and phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIRET of the operating administration: it is the grantor in the open-data export (SCDL) of grants whose funding source has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tranche scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for non-admissibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tranche of the default scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases of “%1”, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases (choose a promotion above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the personal data of applicants who were not selected is kept, counted from the sign-off of their promotion&apos;s selection; empty: kept until erased by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge Expired Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::ProgrammeService</name>
    <message>
        <source>The programme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget envelope cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme&apos;s website must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of places cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion&apos;s year must be between 1900 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tranche&apos;s amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This promotion cannot be deleted: %n initiative(s) belong to it. Move them to another promotion first.</source>
        <translation>
            <numerusform>This promotion cannot be deleted: %n initiative belongs to it. Move it to another promotion first.</numerusform>
            <numerusform>This promotion cannot be deleted: %n initiatives belong to it. Move them to another promotion first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The accompaniment phase “%1” must lie within the promotion “%2”, from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accompaniment phase “%1” cannot start before the promotion “%2”, which starts on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accompaniment phase “%1” cannot end after the promotion “%2”, which ends on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::ProgrammeTemplate</name>
    <message>
        <source>Call for applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six weeks to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissibility, pre-selection by public officials, opinion of a citizen jury.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three months: diagnosis, useful contacts in the administrations, prioritised actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides who continues and who is funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three months for the initiatives that continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further funding for deployment; sponsors inside or outside the administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid after the acceleration committee&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasable at the end of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar from a template needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::RecordDelegate</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::RecordTableModel</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter an amount such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::ReportsPage</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase-status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phase to report on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a phase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status at the end of a phase, per initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::RestoreDialog</name>
    <message>
        <source>&amp;Take a Snapshot Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots are complete copies of this file, kept in the folder below. Restoring one replaces the file by it; the file as it is now is kept as a snapshot first, so a restore can be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file by the snapshot of %1 (%2)?

It holds %3 initiatives, %4 grants and %5 payments. Everything changed since then is replaced; the file as it is now is kept as a snapshot, so restoring that one undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily snapshots &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other snapshots k&amp;ept (before an operation, by hand):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::RoomDecisionDialog</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>application: outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision departs from the ranking: %1 The minutes record why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why override the ranking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is signed off: this decision is changed by a recorded amendment, which the minutes list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why &amp;amend:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::RoomRecusalDialog</name>
    <message>
        <source>Recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leaves the room while the jury discusses %1? Their scores for it no longer count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::RoomSignOffDialog</name>
    <message>
        <source>Sign Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm: signing off locks %1; the selected applications become laureates of the promotion. Later changes need an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed off by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::RoomWindow</name>
    <message>
        <source>Time: %1 (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the Projection Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project on the Other Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Room Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the room: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::SavePicture</name>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::ScdlExport</name>
    <message>
        <source>The grant has no funding source (grantor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative has no carrier organisation (beneficiary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant&apos;s share of the project&apos;s budget is not entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datesPeriodeVersement: “%1” is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) cannot be published as they are; no file was written.</source>
        <translation>
            <numerusform>%n grant cannot be published as it is; no file was written.</numerusform>
            <numerusform>%n grants cannot be published as they are; no file was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tremplin::ScoreSheets</name>
    <message>
        <source>dossier no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — score sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2 in steps of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This juror is not in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fill in the sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one score per criterion in its box, %1. Leave a box empty rather than guess: the coordinator will ask you. Date and sign each sheet and hand them all back to the coordinator, who types them in the scoring grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your applications (%n)</source>
        <translation>
            <numerusform>Your application (%n)</numerusform>
            <numerusform>Your applications (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No application is assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — juror: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores %1; the total is the weighted mean (weights add up to %2), computed by Tremplin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::SnapshotListModel</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::Snapshots</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before merging juror packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the snapshot folder %1: check that it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tremplin database: it was left untouched and nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being written by another program, or was being written when it stopped: open it once in Tremplin, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before restoring: nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the snapshot beside %1: nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot of the file could be taken first, so nothing was written: %1 Free some space or choose another snapshot folder (File › Restore from a Snapshot…), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the snapshot to %1: check that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::TableSchema</name>
    <message>
        <source>Not a table schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) instead of %1.</source>
        <translation>
            <numerusform>%n column instead of %1.</numerusform>
            <numerusform>%n columns instead of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number with a decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is below the minimum, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is above the maximum, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” does not have the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” must be one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 characters, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fewer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a valid SIRET number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2: one of them is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::TextFile</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text: it holds NUL bytes (is it a spreadsheet&apos;s own format?). Save it as CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text: it holds control characters (is it a spreadsheet&apos;s own format?). Save it as CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has %1 cells but the header names %2 columns (a separator inside a cell that is not quoted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date between the years %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is more than one billion euros (a typing error?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote (&quot;) opened on line %1 is never closed, so the rest of the file would be read as one cell: close it in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 columns; an import reads at most %2 (is it the right file?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::ThemePicker</name>
    <message>
        <source>Add a theme to the programme&apos;s list and give it to this initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has no themes yet: create one with New Theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Theme…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::Timeline</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action due: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::TimelinePage</name>
    <message>
        <source>Export Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export What Is Shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to Page Width…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full Size, Tiled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan already matches the actual dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reset the baseline of %n phase(s)</source>
        <translation>
            <numerusform>Reset the baseline of %n phase</numerusform>
            <numerusform>Reset the baseline of %n phases</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the planned dates of the phases shown equal to their actual dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initiative matching the filters of the initiatives list takes part in a phase: change the filters, or choose All initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initiative takes part in a phase yet: open an initiative and add it to a phase, or choose All initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initiative matching the filters of the initiatives list has a phase, a decision, a payment or an action due: change the filters, or choose All initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initiative has a phase, a decision, a payment or an action due yet: open an initiative and add one, or choose All initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initiative matches the filters of the initiatives list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no initiative yet: add one in the Initiatives workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Baseline reset for %n phase(s).</source>
        <translation>
            <numerusform>Baseline reset for %n phase.</numerusform>
            <numerusform>Baseline reset for %n phases.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what the colours, patterns and markers mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part in a phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which initiatives get a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::TimelineView</name>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n d</source>
        <translation>
            <numerusform>+%n d</numerusform>
            <numerusform>+%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the start of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the end of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slip: %n day(s)</source>
        <translation>
            <numerusform>Slip: %n day</numerusform>
            <numerusform>Slip: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a payment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an action&apos;s due date for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>-%n d</source>
        <translation>
            <numerusform>-%n d</numerusform>
            <numerusform>-%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the start of the phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the end of the phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::TrendChart</name>
    <message>
        <source>No measurements yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no measurements yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::Validation</name>
    <message>
        <source>%1: the end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIRET number has exactly 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SIRET number is not valid (its check digit does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RNA number is the letter W followed by 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website must be a full address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initiative needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grant belongs to an initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committed amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the project&apos;s budget is between 1 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tremplin::Workspaces</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of initiatives with search as you type and filters, and a form per initiative: identity, carrier organisation, people, needs and prioritised actions, phases, grants, impact indicators and journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme calendar: phases as bands, one row per initiative with its participation in each phase, committees, grant payments and due actions, with plan against actual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants ledger: tranches committed and paid per initiative and for the programme, the budget envelope, charts of grants disbursed and the SCDL open-data export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury sessions: applications, scoring by jurors, conflicts of interest, ranking, decisions and minutes, all offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports: the status of each laureate at the end of a phase, grants and impact, as PDF, CSV or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme&apos;s settings, its promotions with their budget envelope and places, and the calendar of phases of each promotion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees: members, agenda, the decision on each initiative (continue, stop, fund) with the grant tranches it creates, and the committee&apos;s brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory of administrations, partners and persons: ministries, directorates, agencies, local authorities and operators, searchable and merged when duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
