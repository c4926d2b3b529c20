<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>BudgetStep</name>
    <message numerus="yes">
        <source>%n need(s) added to the expenses.</source>
        <translation>
            <numerusform>%n need added to the expenses.</numerusform>
            <numerusform>%n needs added to the expenses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message numerus="yes">
        <source>%n blocking criterion/criteria</source>
        <translation>
            <numerusform>%n blocking criterion</numerusform>
            <numerusform>%n blocking criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodedValues</name>
    <message>
        <source>Acquisition ou renouvellement d'un DUI (cas 1)</source>
        <extracomment>The dossier's project type (003 §5: cas 1, cas 2).</extracomment>
        <translation>Acquisition or renewal of a DUI (cas 1)</translation>
    </message>
    <message>
        <source>Mise en conformité : passage à la version référencée Ségur (cas 2)</source>
        <translation>Upgrade to the Ségur-referenced version (cas 2)</translation>
    </message>
    <message>
        <source>Acquisition d'un DUI</source>
        <extracomment>An ESSMS's own project type (revision 0004), said of that ESSMS.</extracomment>
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
        <extracomment>An ESSMS's current DUI, as the pack names it.
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
        <source>L'anime</source>
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
        <source>Assistance à maîtrise d'ouvrage (AMOA)</source>
        <extracomment>In the order of ``rules.funding.budget.EXPENSE_CATEGORIES`` (the Budget step's and the pack's order).</extracomment>
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
<context>
    <name>CompositionPanel</name>
    <message numerus="yes">
        <source>%n ESSMS — minimum {minimum}; regional call up to {regional}, national call from {national}.</source>
        <translation>
            <numerusform>%n ESSMS — minimum {minimum}; regional call up to {regional}, national call from {national}.</numerusform>
            <numerusform>%n ESSMS — minimum {minimum}; regional call up to {regional}, national call from {national}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>The file answers the {incoming} of « {og} », but the {current} was started here with %n answer(s). Importing replaces those answers with the file's; nothing is changed until you choose.</source>
        <translation>
            <numerusform>The file answers the {incoming} of « {og} », but the {current} was started here with %n answer. Importing replaces those answers with the file's; nothing is changed until you choose.</numerusform>
            <numerusform>The file answers the {incoming} of « {og} », but the {current} was started here with %n answers. Importing replaces those answers with the file's; nothing is changed until you choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file gives other answers than the current ones to %n question(s) of « {og} ». Nothing is changed until you choose: replace them with the file's answers, or keep the current answers. Either way, the file also answers questions not answered yet: {new}.</source>
        <translation>
            <numerusform>The file gives other answers than the current ones to %n question of « {og} ». Nothing is changed until you choose: replace them with the file's answers, or keep the current answers. Either way, the file also answers questions not answered yet: {new}.</numerusform>
            <numerusform>The file gives other answers than the current ones to %n questions of « {og} ». Nothing is changed until you choose: replace them with the file's answers, or keep the current answers. Either way, the file also answers questions not answered yet: {new}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message numerus="yes">
        <source>%n to improve</source>
        <translation>
            <numerusform>%n to improve</numerusform>
            <numerusform>%n to improve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blocking</numerusform>
            <numerusform>%n blocking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message numerus="yes">
        <source>✖ %n blocking criteria</source>
        <translation>
            <numerusform>✖ %n blocking criterion</numerusform>
            <numerusform>✖ %n blocking criteria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EssmsImportDialog</name>
    <message numerus="yes">
        <source>{file}: %n line(s) under the header.</source>
        <translation>
            <numerusform>{file}: %n line under the header.</numerusform>
            <numerusform>{file}: %n lines under the header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid line(s)</source>
        <translation>
            <numerusform>%n valid line</numerusform>
            <numerusform>%n valid lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid (in red, with the reason)</source>
        <translation>
            <numerusform>%n invalid (in red, with the reason)</numerusform>
            <numerusform>%n invalid (in red, with the reason)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a remark (in orange)</source>
        <translation>
            <numerusform>%n with a remark (in orange)</numerusform>
            <numerusform>%n with a remark (in orange)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %n invalid line(s) and import the others</source>
        <translation>
            <numerusform>Leave out the %n invalid line and import the others</numerusform>
            <numerusform>Leave out the %n invalid lines and import the others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n ESSMS</source>
        <translation>
            <numerusform>&amp;Import %n ESSMS</numerusform>
            <numerusform>&amp;Import %n ESSMS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message numerus="yes">
        <source>Show in the list (%n)</source>
        <translation>
            <numerusform>Show in the list (%n)</numerusform>
            <numerusform>Show in the list (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinessTotalRow</name>
    <message numerus="yes">
        <source>%n social or medico-social establishment(s) of this FINESS EJ in the FINESS directory of {date}.</source>
        <translation>
            <numerusform>%n social or medico-social establishment of this FINESS EJ in the FINESS directory of {date}.</numerusform>
            <numerusform>%n social or medico-social establishments of this FINESS EJ in the FINESS directory of {date}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalisView</name>
    <message numerus="yes">
        <source>%n required value(s) still empty.</source>
        <translation>
            <numerusform>%n required value still empty.</numerusform>
            <numerusform>%n required values still empty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GovernanceStep</name>
    <message numerus="yes">
        <source>COPIL: %n member(s)</source>
        <translation>
            <numerusform>COPIL: %n member</numerusform>
            <numerusform>COPIL: %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>COPROJ: %n member(s)</source>
        <translation>
            <numerusform>COPROJ: %n member</numerusform>
            <numerusform>COPROJ: %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ESSMS will have no DUI referent any more.</source>
        <translation>
            <numerusform>%n ESSMS will have no DUI referent any more.</numerusform>
            <numerusform>%n ESSMS will have no DUI referent any more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrappeResultsView</name>
    <message numerus="yes">
        <source>%n OG(s) scored.</source>
        <translation>
            <numerusform>%n OG scored.</numerusform>
            <numerusform>%n OGs scored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GrappeStep</name>
    <message numerus="yes">
        <source>%n ESSMS</source>
        <translation>
            <numerusform>%n ESSMS</numerusform>
            <numerusform>%n ESSMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OG(s)</source>
        <translation>
            <numerusform>%n OG</numerusform>
            <numerusform>%n OGs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaturityStep</name>
    <message numerus="yes">
        <source>Erase the %n answer(s) of « {og} » and start again with the {questionnaire}?</source>
        <translation>
            <numerusform>Erase the %n answer of « {og} » and start again with the {questionnaire}?</numerusform>
            <numerusform>Erase the %n answers of « {og} » and start again with the {questionnaire}?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberWizard</name>
    <message numerus="yes">
        <source>%n page(s) sent to the printer: have the letter signed, then attach the signed scan.</source>
        <translation>
            <numerusform>%n page sent to the printer: have the letter signed, then attach the signed scan.</numerusform>
            <numerusform>%n pages sent to the printer: have the letter signed, then attach the signed scan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OgDialog</name>
    <message numerus="yes">
        <source>%n ESSMS of this OG in the grappe.</source>
        <translation>
            <numerusform>%n ESSMS of this OG in the grappe.</numerusform>
            <numerusform>%n ESSMS of this OG in the grappe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) of this FINESS EJ in the FINESS reference.</source>
        <translation>
            <numerusform>%n establishment of this FINESS EJ in the FINESS reference.</numerusform>
            <numerusform>%n establishments of this FINESS EJ in the FINESS reference.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OgEstablishmentsDialog</name>
    <message numerus="yes">
        <source>The FINESS reference lists %n establishment(s) under the FINESS EJ {ej} of « {og} ». Tick those that join the grappe.</source>
        <translation>
            <numerusform>The FINESS reference lists %n establishment under the FINESS EJ {ej} of « {og} ». Tick those that join the grappe.</numerusform>
            <numerusform>The FINESS reference lists %n establishments under the FINESS EJ {ej} of « {og} ». Tick those that join the grappe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n ESSMS</source>
        <translation>
            <numerusform>&amp;Add %n ESSMS</numerusform>
            <numerusform>&amp;Add %n ESSMS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackStep</name>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningStep</name>
    <message numerus="yes">
        <source>%n wave(s)</source>
        <translation>
            <numerusform>%n wave</numerusform>
            <numerusform>%n waves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n task(s) of the current planning by the template? Your changes to them will be lost.</source>
        <translation>
            <numerusform>Replace the %n task of the current planning by the template? Your changes to them will be lost.</numerusform>
            <numerusform>Replace the %n tasks of the current planning by the template? Your changes to them will be lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), changed since you opened it</source>
        <translation>
            <numerusform>%n task, changed since you opened it</numerusform>
            <numerusform>%n tasks, changed since you opened it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationStep</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalText</name>
    <message numerus="yes">
        <source>its %n ESSMS</source>
        <translation>
            <numerusform>its %n ESSMS</numerusform>
            <numerusform>its %n ESSMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its SI maturity self-diagnostic with %n answer(s)</source>
        <translation>
            <numerusform>its SI maturity self-diagnostic with %n answer</numerusform>
            <numerusform>its SI maturity self-diagnostic with %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) tied to its ESSMS stay, no longer tied to an ESSMS.</source>
        <translation>
            <numerusform>%n need tied to its ESSMS stays, no longer tied to an ESSMS.</numerusform>
            <numerusform>%n needs tied to its ESSMS stay, no longer tied to an ESSMS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ESSMS</source>
        <translation>
            <numerusform>%n ESSMS</numerusform>
            <numerusform>%n ESSMS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SolutionStep</name>
    <message numerus="yes">
        <source>%n of the counted services ticked (out of {total})</source>
        <translation>
            <numerusform>%n of the counted services ticked (out of {total})</numerusform>
            <numerusform>%n of the counted services ticked (out of {total})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{refs} for the %n {sector} ESSMS</source>
        <translation>
            <numerusform>{refs} for the %n {sector} ESSMS</numerusform>
            <numerusform>{refs} for the %n {sector} ESSMS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message numerus="yes">
        <source>%n ESSMS</source>
        <translation>
            <numerusform>%n ESSMS</numerusform>
            <numerusform>%n ESSMS</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerificationStep</name>
    <message numerus="yes">
        <source>%n blocking criterion/criteria: the dossier is not admissible yet.</source>
        <translation>
            <numerusform>%n blocking criterion: the dossier is not admissible yet.</numerusform>
            <numerusform>%n blocking criteria: the dossier is not admissible yet.</numerusform>
        </translation>
    </message>
</context>
</TS>
