<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>CodedValues</name>
    <message>
        <source>Acquisition ou renouvellement d&apos;un DUI (cas 1)</source>
        <extracomment>The dossier&apos;s project type (003 §5: cas 1, cas 2).</extracomment>
        <translation>Acquisition or renewal of a DUI (cas 1)</translation>
    </message>
    <message>
        <source>Mise en conformité : passage à la version référencée Ségur (cas 2)</source>
        <translation>Upgrade to the Ségur-referenced version (cas 2)</translation>
    </message>
    <message>
        <source>Acquisition d&apos;un DUI</source>
        <extracomment>An ESSMS&apos;s own project type (revision 0004), said of that ESSMS.</extracomment>
        <translation>Acquisition of a DUI</translation>
    </message>
    <message>
        <source>Mise en conformité de son DUI</source>
        <translation>Upgrade of its DUI</translation>
    </message>
    <message>
        <source>SaaS (logiciel en ligne)</source>
        <translation>SaaS (software as a service)</translation>
    </message>
    <message>
        <source>Hébergement externe</source>
        <translation>External hosting</translation>
    </message>
    <message>
        <source>Sur site (on premise)</source>
        <translation>On the premises</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Privé non lucratif</source>
        <translation>Private non-profit</translation>
    </message>
    <message>
        <source>Privé commercial</source>
        <translation>Private commercial</translation>
    </message>
    <message>
        <source>Fait</source>
        <extracomment>RGPD compliance, DPO designation, IT charter (003 §7 criterion 8).</extracomment>
        <translation>Done</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Non commencé</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Aucun DUI</source>
        <extracomment>An ESSMS&apos;s current DUI, as the pack names it.
----------
The same codes as the ESSMS form offers them (what to type next is said with the choice).</extracomment>
        <translation>No DUI</translation>
    </message>
    <message>
        <source>DUI non référencé Ségur</source>
        <translation>DUI not Ségur-referenced</translation>
    </message>
    <message>
        <source>DUI référencé Ségur</source>
        <translation>Ségur-referenced DUI</translation>
    </message>
    <message>
        <source>Un logiciel de DUI (indiquez son nom et sa version)</source>
        <translation>A DUI software (give its name and version)</translation>
    </message>
    <message>
        <source>Un DUI déjà référencé Ségur</source>
        <translation>A DUI already Ségur-referenced</translation>
    </message>
    <message>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Préside</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>L&apos;anime</source>
        <translation>Leads it</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Accompagnement et développement des usages</source>
        <translation>Support and usage development</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Assistance à maîtrise d&apos;ouvrage (AMOA)</source>
        <extracomment>In the order of ``rules.funding.budget.EXPENSE_CATEGORIES`` (the Budget step&apos;s and the pack&apos;s order).</extracomment>
        <translation>Project ownership assistance (AMOA)</translation>
    </message>
    <message>
        <source>Chef de projet interne</source>
        <translation>Internal project manager</translation>
    </message>
    <message>
        <source>Éditeur (licences, paramétrage)</source>
        <translation>Editor (licences, set-up)</translation>
    </message>
    <message>
        <source>Reprise des données</source>
        <translation>Data migration</translation>
    </message>
    <message>
        <source>Matériel et infrastructure</source>
        <translation>Hardware and infrastructure</translation>
    </message>
    <message>
        <source>Conduite du changement et accompagnement des usages</source>
        <translation>Change management and usage support</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Autres dépenses</source>
        <translation>Other expenses</translation>
    </message>
    <message>
        <source>Fonds propres</source>
        <translation>Own funds</translation>
    </message>
    <message>
        <source>Autre financeur</source>
        <translation>Other funder</translation>
    </message>
    <message>
        <source>Poste de travail</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Ordinateur portable</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Tablette</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Réseau / Wi-Fi</source>
        <translation>Network / Wi-Fi</translation>
    </message>
    <message>
        <source>Imprimante</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Professionnel libéral</source>
        <translation>Liberal professional</translation>
    </message>
    <message>
        <source>Santé (hôpital, clinique, centre de santé)</source>
        <translation>Health (hospital, clinic, health centre)</translation>
    </message>
    <message>
        <source>Institutionnel</source>
        <translation>Institutional</translation>
    </message>
</context>
</TS>
