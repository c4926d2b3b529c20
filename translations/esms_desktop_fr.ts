<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About esms-desktop</source>
        <translation>À propos d&apos;esms-desktop</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Prepares an ESMS numérique candidature, offline, up to the complete PDF pack.</source>
        <translation>Prépare une candidature ESMS numérique, hors ligne, jusqu&apos;au dossier PDF complet.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;{url}&quot;&gt;European Union Public Licence (EUPL-1.2)&lt;/a&gt;.</source>
        <translation>Logiciel libre sous &lt;a href=&quot;{url}&quot;&gt;licence publique de l&apos;Union européenne (EUPL-1.2)&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Your dossiers and settings are kept in the data folder:</source>
        <translation>Vos dossiers et vos réglages sont conservés dans le dossier de données :</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Database in use:</source>
        <translation>Base de données utilisée :</translation>
    </message>
    <message>
        <source>Qt for Python {qt}, Python {python}</source>
        <translation>Qt pour Python {qt}, Python {python}</translation>
    </message>
    <message>
        <source>Dossiers on the server:</source>
        <translation>Dossiers sur le serveur :</translation>
    </message>
</context>
<context>
    <name>ActionCard</name>
    <message>
        <source>✓ Already added</source>
        <translation>✓ Déjà ajouté</translation>
    </message>
    <message>
        <source>Add to the &amp;needs</source>
        <translation>Ajouter aux &amp;besoins</translation>
    </message>
    <message>
        <source>This action is in the needs of the dossier.</source>
        <translation>Cette action figure déjà dans les besoins du dossier.</translation>
    </message>
    <message>
        <source>Create a need from this action in the « Needs » step.</source>
        <translation>Crée un besoin à partir de cette action dans l&apos;étape « Besoins ».</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Communication action</source>
        <translation>Action de communication</translation>
    </message>
    <message>
        <source>What you tell them: the project, what changes for them, when.</source>
        <translation>Ce que vous leur dites : le projet, ce qui change pour eux, quand.</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Réunion d&apos;équipe</translation>
    </message>
    <message>
        <source>Information meeting</source>
        <translation>Réunion d&apos;information</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d&apos;information</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>Plaquette</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <source>Conseil de la vie sociale (CVS)</source>
        <translation>Conseil de la vie sociale (CVS)</translation>
    </message>
    <message>
        <source>&amp;Planned on</source>
        <translation>Pré&amp;vue le</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Public :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
</context>
<context>
    <name>Admissibility</name>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>The grappe</source>
        <translation>La grappe</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>SI maturity assessment</source>
        <translation>Évaluation maturité SI</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>DUI solution</source>
        <translation>Solution DUI</translation>
    </message>
    <message>
        <source>Note de présentation</source>
        <translation>Note de présentation</translation>
    </message>
    <message>
        <source>Dossier documents</source>
        <translation>Pièces du dossier</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>PDF pack</source>
        <translation>Dossier PDF</translation>
    </message>
    <message>
        <source>Admissibility criteria</source>
        <translation>Critères de recevabilité</translation>
    </message>
    <message>
        <source>Conditions of access to the funding</source>
        <translation>Conditions d&apos;accès au financement</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>Critères de priorisation</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <source>to complete</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>context and motivations</source>
        <translation>contexte et motivations</translation>
    </message>
    <message>
        <source>SI strategy and links with the Ségur</source>
        <translation>stratégie SI et liens avec le Ségur</translation>
    </message>
    <message>
        <source>current functional perimeter</source>
        <translation>périmètre fonctionnel actuel</translation>
    </message>
    <message>
        <source>targeted functional perimeter</source>
        <translation>périmètre fonctionnel visé</translation>
    </message>
    <message>
        <source>project team</source>
        <translation>équipe projet</translation>
    </message>
    <message>
        <source>governance</source>
        <translation>gouvernance</translation>
    </message>
    <message>
        <source>expected benefits</source>
        <translation>bénéfices attendus</translation>
    </message>
    <message>
        <source>A grappe of at least {minimum} ESSMS (article L312-1 CASF)</source>
        <translation>Une grappe d&apos;au moins {minimum} ESSMS (article L. 312-1 du CASF)</translation>
    </message>
    <message>
        <source>{count} ESSMS, within {minimum} to {maximum}: the grappe files with the regional call.</source>
        <translation>{count} ESSMS, entre {minimum} et {maximum} : la grappe dépose à l&apos;appel à projets régional.</translation>
    </message>
    <message>
        <source>{count} ESSMS: the grappe files with the national call.</source>
        <translation>{count} ESSMS : la grappe dépose à l&apos;appel à projets national.</translation>
    </message>
    <message>
        <source>The grappe has no ESSMS yet.</source>
        <translation>La grappe ne compte encore aucun ESSMS.</translation>
    </message>
    <message>
        <source>{count} ESSMS, fewer than the minimum of {minimum} (the ARS may judge it case by case).</source>
        <translation>{count} ESSMS, moins que le minimum de {minimum} (l&apos;ARS peut apprécier ce minimum au cas par cas).</translation>
    </message>
    <message>
        <source>A coherent grappe: a porteur, one project type and one hosting for most ESSMS</source>
        <translation>Une grappe cohérente : un porteur, un même type de projet et un même hébergement pour la plupart des ESSMS</translation>
    </message>
    <message>
        <source>Nothing blocking in the composition of the grappe.</source>
        <translation>Rien de bloquant dans la composition de la grappe.</translation>
    </message>
    <message>
        <source>Nothing blocking in the composition of the grappe; points to check: {count}.</source>
        <translation>Rien de bloquant dans la composition de la grappe ; points à vérifier : {count}.</translation>
    </message>
    <message>
        <source>The information to type into GALIS is ready</source>
        <translation>Les informations à saisir dans GALIS sont prêtes</translation>
    </message>
    <message>
        <source>Every field to type into GALIS is filled.</source>
        <translation>Tous les champs à saisir dans GALIS sont renseignés.</translation>
    </message>
    <message>
        <source>Fields to type into GALIS still empty: {count}.</source>
        <translation>Champs à saisir dans GALIS encore vides : {count}.</translation>
    </message>
    <message>
        <source>Note de présentation of the project</source>
        <translation>Note de présentation du projet</translation>
    </message>
    <message>
        <source>The {total} sections of the note de présentation are written.</source>
        <translation>Les {total} parties de la note de présentation sont rédigées.</translation>
    </message>
    <message>
        <source>Sections of the note de présentation still empty: {count} of {total}.</source>
        <translation>Parties de la note de présentation encore vides : {count} sur {total}.</translation>
    </message>
    <message>
        <source>The note de présentation is not written yet.</source>
        <translation>La note de présentation n&apos;est pas encore rédigée.</translation>
    </message>
    <message>
        <source>Planning prévisionnel</source>
        <translation>Planning prévisionnel</translation>
    </message>
    <message>
        <source>{count} tasks, from {start} to {end}.</source>
        <translation>Tâches : {count}, du {start} au {end}.</translation>
    </message>
    <message>
        <source>The planning has no task yet.</source>
        <translation>Le planning ne compte encore aucune tâche.</translation>
    </message>
    <message>
        <source>Signed engagement letter of each OG</source>
        <translation>Lettre d&apos;engagement signée de chaque OG</translation>
    </message>
    <message>
        <source>A signed letter is attached for each of the {count} OGs.</source>
        <translation>Une lettre signée est jointe pour chacun des {count} OG.</translation>
    </message>
    <message>
        <source>Signed letter missing for: {names}.</source>
        <translation>Lettre signée manquante pour : {names}.</translation>
    </message>
    <message>
        <source>The grappe has no OG yet.</source>
        <translation>La grappe ne compte encore aucun OG.</translation>
    </message>
    <message>
        <source>RIB of the porteur</source>
        <translation>RIB du porteur</translation>
    </message>
    <message>
        <source>RIB attached; account of {holder}, IBAN {iban}.</source>
        <translation>RIB joint ; compte de {holder}, IBAN {iban}.</translation>
    </message>
    <message>
        <source>The RIB itself (the bank&apos;s document) is not attached.</source>
        <translation>Le RIB lui-même (le document de la banque) n&apos;est pas joint.</translation>
    </message>
    <message>
        <source>The bank details are incomplete or wrong.</source>
        <translation>Les coordonnées bancaires sont incomplètes ou erronées.</translation>
    </message>
    <message>
        <source>Neither the RIB nor the bank details are given.</source>
        <translation>Ni le RIB ni les coordonnées bancaires ne sont renseignés.</translation>
    </message>
    <message>
        <source>Filed within the filing window</source>
        <translation>Dépôt dans la fenêtre de dépôt</translation>
    </message>
    <message>
        <source>Filing planned on {date}, within the window {window}.</source>
        <translation>Dépôt prévu le {date}, dans la fenêtre {window}.</translation>
    </message>
    <message>
        <source>No filing date is planned; the window is {window}.</source>
        <translation>Aucune date de dépôt n&apos;est prévue ; la fenêtre de dépôt est {window}.</translation>
    </message>
    <message>
        <source>The window closed on {end} and no filing date is recorded.</source>
        <translation>La fenêtre de dépôt a fermé le {end} et aucune date de dépôt n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>The campaign file gives no dates for this call: ask the ARS or the CNSA.</source>
        <translation>Le fichier de la campagne ne donne pas les dates de cet appel à projets : renseignez-vous auprès de l&apos;ARS ou de la CNSA.</translation>
    </message>
    <message>
        <source>The DUI of the project is not recorded yet.</source>
        <translation>Le DUI du projet n&apos;est pas encore renseigné.</translation>
    </message>
    <message>
        <source>DUI interoperable with at least {minimum} services socles among {names}</source>
        <translation>DUI interopérable avec au moins {minimum} services socles parmi {names}</translation>
    </message>
    <message>
        <source>{count} of them: {names}.</source>
        <translation>{count} d&apos;entre eux : {names}.</translation>
    </message>
    <message>
        <source>Only {count} of them ({names}), {minimum} needed.</source>
        <translation>Seulement {count} d&apos;entre eux ({names}), {minimum} requis.</translation>
    </message>
    <message>
        <source>Référentiels Sérafin-PH and/or AGGIR-PATHOS according to the ESSMS&apos; sectors</source>
        <translation>Référentiels Sérafin-PH et/ou AGGIR-PATHOS selon le secteur des ESSMS</translation>
    </message>
    <message>
        <source>Sectors {sectors}: {needed} integrated.</source>
        <translation>Secteurs {sectors} : {needed} intégrés.</translation>
    </message>
    <message>
        <source>Sectors {sectors}: {missing} missing.</source>
        <translation>Secteurs {sectors} : manque {missing}.</translation>
    </message>
    <message>
        <source>The sector of the ESSMS is not known yet.</source>
        <translation>Le secteur des ESSMS n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <source>Project cost {cost}, grant {grant}: {rest} stay paid by the porteur and its partners.</source>
        <translation>Coût du projet {cost}, subvention {grant} : {rest} restent à la charge du porteur et de ses partenaires.</translation>
    </message>
    <message>
        <source>The grant ({grant}) covers the whole project cost ({cost}): part of it must stay paid by the porteur.</source>
        <translation>La subvention ({grant}) couvre tout le coût du projet ({cost}) : une partie doit rester à la charge du porteur.</translation>
    </message>
    <message>
        <source>The budget has no expense yet: the share left to the porteur cannot be checked.</source>
        <translation>Le budget ne compte encore aucune dépense : la part restant à la charge du porteur ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>The grant could not be computed: {reason}</source>
        <translation>La subvention n&apos;a pas pu être calculée : {reason}</translation>
    </message>
    <message>
        <source>RGPD compliance done or in progress in each OG</source>
        <translation>Mise en conformité RGPD réalisée ou en cours dans chaque OG</translation>
    </message>
    <message>
        <source>An IT charter applied or in progress in each OG</source>
        <translation>Une charte SI appliquée ou en cours dans chaque OG</translation>
    </message>
    <message>
        <source>Done or in progress in the {count} OGs.</source>
        <translation>Réalisé ou en cours dans les {count} OG.</translation>
    </message>
    <message>
        <source>Not started in: {names}.</source>
        <translation>Non commencé chez : {names}.</translation>
    </message>
    <message>
        <source>No double funding of an ESSMS</source>
        <translation>Pas de double financement d&apos;un ESSMS</translation>
    </message>
    <message>
        <source>No ESSMS already funded, none with a SONS order for another DUI.</source>
        <translation>Aucun ESSMS déjà financé, aucun avec une commande SONS pour un autre DUI.</translation>
    </message>
    <message>
        <source>Written agreement of the national entity, attached</source>
        <translation>Accord écrit de l&apos;entité nationale, joint au dossier</translation>
    </message>
    <message>
        <source>No OG is attached to a national entity.</source>
        <translation>Aucun OG n&apos;est rattaché à une entité nationale.</translation>
    </message>
    <message>
        <source>Agreement attached for: {names}.</source>
        <translation>Accord joint pour : {names}.</translation>
    </message>
    <message>
        <source>Agreement missing for: {names}.</source>
        <translation>Accord manquant pour : {names}.</translation>
    </message>
    <message>
        <source>Agreement obtained but not attached for: {names}.</source>
        <translation>Accord obtenu mais non joint pour : {names}.</translation>
    </message>
    <message>
        <source>Isolated ESSMS brought into a grappe led by a medium OG</source>
        <translation>ESSMS isolés intégrés à une grappe menée par un OG de taille moyenne</translation>
    </message>
    <message>
        <source>No isolated ESSMS joins the grappe.</source>
        <translation>Aucun ESSMS isolé ne rejoint la grappe.</translation>
    </message>
    <message>
        <source>{count} isolated ESSMS join a grappe led by an OG of {size} ESSMS.</source>
        <translation>ESSMS isolés rejoignant une grappe menée par un OG de {size} ESSMS : {count}.</translation>
    </message>
    <message>
        <source>SI maturity self-diagnostic of each OG, presented</source>
        <translation>Autodiagnostic de maturité SI de chaque OG, présenté</translation>
    </message>
    <message>
        <source>Complete for the {count} OGs.</source>
        <translation>Complet pour les {count} OG.</translation>
    </message>
    <message>
        <source>Complete for {done} of the {count} OGs.</source>
        <translation>Complet pour {done} des {count} OG.</translation>
    </message>
    <message>
        <source>Partly answered: {names}.</source>
        <translation>Réponses partielles : {names}.</translation>
    </message>
    <message>
        <source>Motivations of the project: SI strategy, links with the Ségur</source>
        <translation>Motivations du projet : stratégie SI, liens avec le Ségur</translation>
    </message>
    <message>
        <source>Written in the note de présentation.</source>
        <translation>Rédigées dans la note de présentation.</translation>
    </message>
    <message>
        <source>The section on the SI strategy of the note de présentation is empty.</source>
        <translation>La partie de la note de présentation sur la stratégie SI est vide.</translation>
    </message>
    <message>
        <source>Current and targeted functional perimeter of the DUI</source>
        <translation>Périmètre fonctionnel actuel et visé du DUI</translation>
    </message>
    <message>
        <source>Both perimeters are described.</source>
        <translation>Les deux périmètres sont décrits.</translation>
    </message>
    <message>
        <source>The current perimeter is not described.</source>
        <translation>Le périmètre actuel n&apos;est pas décrit.</translation>
    </message>
    <message>
        <source>The targeted perimeter is not described.</source>
        <translation>Le périmètre visé n&apos;est pas décrit.</translation>
    </message>
    <message>
        <source>Neither perimeter is described.</source>
        <translation>Aucun des deux périmètres n&apos;est décrit.</translation>
    </message>
    <message>
        <source>Project team: skills and FTE</source>
        <translation>Équipe projet : compétences et ETP</translation>
    </message>
    <message>
        <source>Project lead: {name} ({fte} FTE); {count} people of the team with their skills.</source>
        <translation>Chef de projet : {name} ({fte} ETP) ; membres de l&apos;équipe dont les compétences sont décrites : {count}.</translation>
    </message>
    <message>
        <source>The project lead, {name}, has no FTE recorded.</source>
        <translation>Aucun ETP n&apos;est renseigné pour le chef de projet, {name}.</translation>
    </message>
    <message>
        <source>The skills of the project team are not described.</source>
        <translation>Les compétences de l&apos;équipe projet ne sont pas décrites.</translation>
    </message>
    <message>
        <source>No project lead is designated.</source>
        <translation>Aucun chef de projet n&apos;est désigné.</translation>
    </message>
    <message>
        <source>Detailed financing plan, with quotes for the specific funding requested</source>
        <translation>Plan de financement détaillé, avec les devis des financements spécifiques demandés</translation>
    </message>
    <message>
        <source>{count} expense lines; quotes attached where needed.</source>
        <translation>Lignes de dépenses : {count} ; devis joints là où il en faut.</translation>
    </message>
    <message>
        <source>{count} expense lines; no specific funding requested.</source>
        <translation>Lignes de dépenses : {count} ; aucun financement spécifique demandé.</translation>
    </message>
    <message>
        <source>Quote missing for the specific funding requested by: {names}.</source>
        <translation>Devis manquant pour les financements spécifiques demandés par : {names}.</translation>
    </message>
    <message>
        <source>The budget has no expense yet.</source>
        <translation>Le budget ne compte encore aucune dépense.</translation>
    </message>
    <message>
        <source>Commitment to fill the ROR</source>
        <translation>Engagement à compléter le ROR</translation>
    </message>
    <message>
        <source>The grappe commits to fill the ROR.</source>
        <translation>La grappe s&apos;engage à compléter le ROR.</translation>
    </message>
    <message>
        <source>No commitment to fill the ROR.</source>
        <translation>Pas d&apos;engagement à compléter le ROR.</translation>
    </message>
    <message>
        <source>A dossier filed in an earlier wave</source>
        <translation>Un dossier déposé lors d&apos;une vague précédente</translation>
    </message>
    <message>
        <source>A dossier was filed in an earlier wave.</source>
        <translation>Un dossier a été déposé lors d&apos;une vague précédente.</translation>
    </message>
    <message>
        <source>No dossier filed in an earlier wave.</source>
        <translation>Aucun dossier déposé lors d&apos;une vague précédente.</translation>
    </message>
    <message>
        <source>The dossier meets every admissibility criterion.</source>
        <translation>Le dossier satisfait tous les critères de recevabilité.</translation>
    </message>
    <message>
        <source>Blocking criteria: {count}.</source>
        <translation>Critères bloquants : {count}.</translation>
    </message>
    <message>
        <source>{count} ESSMS, within {minimum} to {maximum}, in several regions: the grappe files with the ARS of the region holding most of its ESSMS.</source>
        <translation>{count} ESSMS, entre {minimum} et {maximum}, dans plusieurs régions : la grappe dépose auprès de l&apos;ARS de la région qui compte le plus de ses ESSMS.</translation>
    </message>
    <message>
        <source>{count} ESSMS, all in one region: from {national} ESSMS a grappe of a single region files with the regional call.</source>
        <translation>{count} ESSMS, tous dans une même région : à partir de {national} ESSMS, une grappe d&apos;une seule région dépose à l&apos;appel à projets régional.</translation>
    </message>
    <message>
        <source>Ségur-referenced DUI</source>
        <translation>DUI référencé Ségur</translation>
    </message>
    <message>
        <source>{software} is Ségur-referenced.</source>
        <translation>{software} est référencé Ségur.</translation>
    </message>
    <message>
        <source>{software} is not Ségur-referenced: this campaign allows it for the acquisition of a grappe mostly of PA, PH or home-care ESSMS, provided it complies with the national specification (the proof is in the contract with the editor).</source>
        <translation>{software} n&apos;est pas référencé Ségur : cette campagne l&apos;admet pour l&apos;acquisition d&apos;une grappe composée majoritairement d&apos;ESSMS PA, PH ou d&apos;aide à domicile, à condition qu&apos;il soit conforme au cahier des charges national (la preuve figure dans le contrat avec l&apos;éditeur).</translation>
    </message>
    <message>
        <source>{software} is not Ségur-referenced, and this campaign requires a Ségur-referenced DUI here.</source>
        <translation>{software} n&apos;est pas référencé Ségur, et cette campagne exige ici un DUI référencé Ségur.</translation>
    </message>
    <message>
        <source>None of them is ticked; {minimum} needed.</source>
        <translation>Aucun n&apos;est coché ; {minimum} requis.</translation>
    </message>
    <message>
        <source>No ESSMS of the PA or PH sectors: no référentiel is required.</source>
        <translation>Aucun ESSMS des secteurs PA ou PH : aucun référentiel n&apos;est exigé.</translation>
    </message>
    <message>
        <source>The grant does not finance the whole project ownership</source>
        <translation>La subvention ne finance pas toute la maîtrise d&apos;ouvrage</translation>
    </message>
    <message>
        <source>A data protection officer (DPO) designated or being designated in each OG</source>
        <translation>Un délégué à la protection des données (DPO) désigné ou en cours de désignation dans chaque OG</translation>
    </message>
    <message>
        <source>Designated or being designated in the {count} OGs.</source>
        <translation>Désigné ou en cours de désignation dans les {count} OG.</translation>
    </message>
    <message>
        <source>DPO designation not started in: {names}.</source>
        <translation>Désignation du DPO non commencée dans : {names}.</translation>
    </message>
    <message>
        <source>{count} isolated ESSMS, but no OG of the grappe runs more than {small} ESSMS (a medium OG); the porteur runs {size}.</source>
        <translation>{count} ESSMS isolés, mais aucun OG de la grappe ne gère plus de {small} ESSMS (OG de taille moyenne) ; le porteur en gère {size}.</translation>
    </message>
    <message>
        <source>No OG has answered the self-diagnostic (ours or ANAP&apos;s) yet.</source>
        <translation>Aucun OG n&apos;a encore répondu à l&apos;autodiagnostic (le nôtre ou celui de l&apos;ANAP).</translation>
    </message>
    <message>
        <source>Not answered, and no ANAP result attached: {names}.</source>
        <translation>Sans réponse et sans résultat ANAP joint : {names}.</translation>
    </message>
    <message>
        <source>Recommended for the home-care ESSMS (no seed requires it): {names}.</source>
        <translation>Recommandé pour les ESSMS d&apos;aide et de soin à domicile (aucun texte ne l&apos;exige) : {names}.</translation>
    </message>
    <message>
        <source>Every field is filled; the candidature was entered in GALIS on {date}.</source>
        <translation>Tous les champs sont renseignés ; la candidature a été saisie dans GALIS le {date}.</translation>
    </message>
</context>
<context>
    <name>AmountSpin</name>
    <message>
        <source>Amounts are positive; a financing is entered in the tab « Own funds and other funders ».</source>
        <translation>Les montants sont positifs ; un financement se saisit dans l&apos;onglet « Fonds propres et autres financeurs ».</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup of {path} could not be made: {detail}.</source>
        <translation>La sauvegarde de {path} n&apos;a pas pu être faite : {detail}.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be restored: {detail} The database was left untouched.</source>
        <translation>La sauvegarde {name} ne peut pas être restaurée : {detail} La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {detail}. The database was left as it was.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée : {detail}. La base de données est restée telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be restored: the document « {file} » is missing from its folder blobs/. The database was left untouched. Choose another backup.</source>
        <translation>La sauvegarde {name} ne peut pas être restaurée : le document « {file} » manque dans son dossier blobs/. La base n&apos;a pas été modifiée. Choisissez une autre sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>The budget has no expense yet.</source>
        <translation>Le budget ne compte encore aucune dépense.</translation>
    </message>
    <message>
        <source>Describe the needs in the Besoins step, then add the other expenses: AMOA, internal project manager, editor, data migration, communication.</source>
        <translation>Décrivez les besoins à l&apos;étape Besoins, puis ajoutez les autres dépenses : AMOA, chef de projet interne, éditeur, reprise des données, communication.</translation>
    </message>
    <message>
        <source>Revenues ({revenues}) are lower than expenses ({expenses}): {gap} is not financed.</source>
        <translation>Les recettes ({revenues}) sont inférieures aux dépenses ({expenses}) : {gap} ne sont pas financés.</translation>
    </message>
    <message>
        <source>Revenues ({revenues}) exceed expenses ({expenses}) by {gap}.</source>
        <translation>Les recettes ({revenues}) dépassent les dépenses ({expenses}) de {gap}.</translation>
    </message>
    <message>
        <source>Add {gap} of own funds or of another funder, or lower the expenses.</source>
        <translation>Ajoutez {gap} de fonds propres ou d&apos;un autre financeur, ou réduisez les dépenses.</translation>
    </message>
    <message>
        <source>Lower the own funds or the other funders by {gap}, or complete the expenses.</source>
        <translation>Réduisez de {gap} les fonds propres ou les autres financements, ou complétez les dépenses.</translation>
    </message>
    <message>
        <source>The editor share of the grant ({grant}) exceeds the editor and data migration expenses ({expenses}).</source>
        <translation>La part éditeur de la subvention ({grant}) dépasse les dépenses d&apos;éditeur et de reprise des données ({expenses}).</translation>
    </message>
    <message>
        <source>The equipment part of the grant ({grant}) exceeds the hardware expenses ({expenses}).</source>
        <translation>La part équipement de la subvention ({grant}) dépasse les dépenses de matériel ({expenses}).</translation>
    </message>
    <message>
        <source>The grant finances expenses of the project: each forfait must be matched by eligible expenses of its kind (project ownership, editor, equipment).</source>
        <translation>La subvention finance des dépenses du projet : chaque forfait doit correspondre à des dépenses éligibles de même nature (maîtrise d&apos;ouvrage, éditeur, équipement).</translation>
    </message>
    <message>
        <source>Enter these expenses in full, as the quotes give them, or do not ask for this funding.</source>
        <translation>Saisissez ces dépenses en totalité, telles que les devis les indiquent, ou ne demandez pas ce financement.</translation>
    </message>
    <message>
        <source>The budget forecast lists the project&apos;s expenses and how they are financed; the ARS studies it with the dossier.</source>
        <translation>Le budget prévisionnel présente les dépenses du projet et leur financement ; l&apos;ARS l&apos;étudie avec le dossier.</translation>
    </message>
    <message>
        <source>A budget forecast is balanced: the expenses equal the grant plus the other revenues.</source>
        <translation>Un budget prévisionnel est équilibré : les dépenses égalent la subvention plus les autres recettes.</translation>
    </message>
    <message>
        <source>The project-ownership part of the grant ({grant}) covers all the project-ownership expenses ({expenses}): no part of the project ownership stays at the porteur&apos;s charge.</source>
        <translation>La part maîtrise d&apos;ouvrage de la subvention ({grant}) couvre la totalité des dépenses de maîtrise d&apos;ouvrage ({expenses}) : rien ne reste à la charge du porteur.</translation>
    </message>
    <message>
        <source>Admissibility criterion 7: the grant must not finance the whole project ownership, part of it stays at the porteur&apos;s charge. Project-ownership expenses are AMOA, internal project manager, training, change management and communication; the grant&apos;s part is the usage forfaits and the AMOA forfaits.</source>
        <translation>Critère de recevabilité n° 7 : la subvention ne doit pas financer entièrement la maîtrise d&apos;ouvrage, une partie reste à la charge du porteur. Les dépenses de maîtrise d&apos;ouvrage sont l&apos;AMOA, le chef de projet interne, la formation, la conduite du changement et la communication ; la part correspondante de la subvention est celle des forfaits d&apos;usage et des forfaits AMOA.</translation>
    </message>
    <message>
        <source>Enter every project-ownership expense (the time of internal staff counts): they must exceed the grant&apos;s part, the rest being financed by the porteur&apos;s own funds.</source>
        <translation>Saisissez toutes les dépenses de maîtrise d&apos;ouvrage (le temps des personnels internes compte) : elles doivent dépasser la part de la subvention, le reste étant financé par les fonds propres du porteur.</translation>
    </message>
    <message>
        <source>The porteur brings no own funds.</source>
        <translation>Le porteur n&apos;apporte aucun fonds propres.</translation>
    </message>
    <message>
        <source>Add an own-funds revenue line, at least for the project-ownership expenses the grant does not cover ({remainder}).</source>
        <translation>Ajoutez une recette de fonds propres, au moins pour les dépenses de maîtrise d&apos;ouvrage que la subvention ne couvre pas ({remainder}).</translation>
    </message>
    <message>
        <source>The porteur keeps {remainder} of the {expenses} of project-ownership expenses at its charge ({percent}); its own funds amount to {own}.</source>
        <translation>Le porteur conserve à sa charge {remainder} des {expenses} de dépenses de maîtrise d&apos;ouvrage ({percent}) ; ses fonds propres s&apos;élèvent à {own}.</translation>
    </message>
    <message>
        <source>Equipment funding is asked for {ogs}, but no hardware need is listed for their ESSMS.</source>
        <translation>Le financement de l&apos;équipement est demandé pour {ogs}, mais aucun besoin en matériel n&apos;est indiqué pour leurs ESSMS.</translation>
    </message>
    <message>
        <source>Equipment and infrastructure funding must be concomitant with, and directly related to, the DUI project: it pays for the hardware the professionals need to use the DUI.</source>
        <translation>Le financement des équipements et infrastructures doit être concomitant et en rapport direct avec le projet de DUI : il paie le matériel dont les professionnels ont besoin pour utiliser le DUI.</translation>
    </message>
    <message>
        <source>List the hardware of these ESSMS in the Besoins step (hardware per ESSMS), or untick the equipment request in the OG&apos;s form of the grappe.</source>
        <translation>Indiquez le matériel de ces ESSMS à l&apos;étape Besoins (matériel par ESSMS), ou décochez la demande d&apos;équipement dans la fiche de l&apos;OG de la grappe.</translation>
    </message>
    <message>
        <source>Equipment funding is asked for, but the project&apos;s DUI is not named yet.</source>
        <translation>Le financement de l&apos;équipement est demandé, mais le DUI du projet n&apos;est pas encore désigné.</translation>
    </message>
    <message>
        <source>Name the DUI the grappe deploys (Solution DUI step): the equipment is funded for its use.</source>
        <translation>Indiquez le DUI que la grappe déploie (étape Solution DUI) : l&apos;équipement est financé pour son usage.</translation>
    </message>
    <message>
        <source>Untick this request in the OG&apos;s form of the grappe: the campaign cannot grant it.</source>
        <translation>Décochez cette demande dans la fiche de l&apos;OG de la grappe : la campagne ne peut pas l&apos;accorder.</translation>
    </message>
    <message>
        <source>Only a Ségur-referenced DUI version opens the editor share: check the referencing of the DUI.</source>
        <translation>Seule une version du DUI référencée Ségur ouvre droit à la part éditeur : vérifiez le référencement du DUI.</translation>
    </message>
    <message>
        <source>These needs feed no expense line: {labels}.</source>
        <translation>Ces besoins ne figurent dans aucune ligne de dépense : {labels}.</translation>
    </message>
    <message>
        <source>Each need (training, support, hardware) is an expense of the budget forecast.</source>
        <translation>Chaque besoin (formation, accompagnement, matériel) est une dépense du budget prévisionnel.</translation>
    </message>
    <message>
        <source>Attach the quotes in the Dossier documents step and give their references in the budget.</source>
        <translation>Joignez les devis à l&apos;étape Pièces du dossier et indiquez leurs références dans le budget.</translation>
    </message>
    <message>
        <source>Click « Add the missing needs » in the Budget step, or remove the needs you no longer plan.</source>
        <translation>Cliquez sur « Ajouter les besoins manquants » à l&apos;étape Budget, ou supprimez les besoins que vous ne prévoyez plus.</translation>
    </message>
    <message>
        <source>The expense « {label} » is entered at {amount}, not at its need&apos;s cost ({cost}).</source>
        <translation>La dépense « {label} » est saisie à {amount}, et non au coût de son besoin ({cost}).</translation>
    </message>
    <message>
        <source>An expense line fed by a need follows the need&apos;s cost until another amount is typed in it.</source>
        <translation>Une ligne de dépense issue d&apos;un besoin suit le coût du besoin tant qu&apos;aucun autre montant n&apos;y est saisi.</translation>
    </message>
    <message>
        <source>Keep it if a quote says so, or click « Follow the need&apos;s cost ».</source>
        <translation>Conservez-la si un devis l&apos;indique, ou cliquez sur « Reprendre le coût du besoin ».</translation>
    </message>
    <message>
        <source>The revenue « {label} » does not name its funder or the reference of its quote or commitment.</source>
        <translation>La recette « {label} » n&apos;indique pas son financeur ou la référence de son devis ou de son engagement.</translation>
    </message>
    <message>
        <source>The ARS prefers a detailed financing plan, with the quotes or commitments behind the amounts, in particular for the specific funding of small OGs.</source>
        <translation>L&apos;ARS privilégie un plan de financement détaillé, appuyé sur les devis ou engagements, en particulier pour les financements spécifiques des petits OG.</translation>
    </message>
    <message>
        <source>Name the funder and give the reference of its commitment.</source>
        <translation>Indiquez le financeur et la référence de son engagement.</translation>
    </message>
    <message>
        <source>Specific funding for small OGs is asked for (equipment or AMOA): the quotes support it.</source>
        <translation>Des financements spécifiques aux petits OG sont demandés (équipement ou AMOA) : les devis les justifient.</translation>
    </message>
    <message>
        <source>This budget line no longer exists (number {id}).</source>
        <translation>Cette ligne du budget n&apos;existe plus (numéro {id}).</translation>
    </message>
</context>
<context>
    <name>BudgetLabels</name>
    <message>
        <source>Hardware and infrastructure</source>
        <translation>Matériel et infrastructure</translation>
    </message>
    <message>
        <source>Project ownership and usage (MOA)</source>
        <translation>Maîtrise d&apos;ouvrage et usages (MOA)</translation>
    </message>
    <message>
        <source>Editor share</source>
        <translation>Part éditeur</translation>
    </message>
    <message>
        <source>Equipment (small OGs)</source>
        <translation>Équipement (petits OG)</translation>
    </message>
    <message>
        <source>AMOA, internal project manager, training, change management, communication</source>
        <translation>AMOA, chef de projet interne, formation, conduite du changement, communication</translation>
    </message>
    <message>
        <source>Editor, data migration</source>
        <translation>Éditeur, reprise des données</translation>
    </message>
</context>
<context>
    <name>BudgetStep</name>
    <message>
        <source>Budget</source>
        <extracomment>How the fields of the two forms are laid out, row by row.</extracomment>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget forecast</source>
        <translation>Budget prévisionnel</translation>
    </message>
    <message>
        <source>The expenses of the project by category and year — those of the needs are carried over and follow them — and how they are financed: the ESMS numérique grant, computed from the campaign&apos;s rules, the porteur&apos;s own funds and the other funders. The checks below update as you type.</source>
        <translation>Les dépenses du projet par catégorie et par année — celles des besoins y sont reportées et les suivent — et leur financement : la subvention ESMS numérique, calculée d&apos;après les règles de la campagne, les fonds propres du porteur et les autres financeurs. Les vérifications ci-dessous se mettent à jour pendant la saisie.</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total des dépenses</translation>
    </message>
    <message>
        <source>Total revenues</source>
        <translation>Total des recettes</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Grant share</source>
        <translation>Part de la subvention</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Nat&amp;ure :</translation>
    </message>
    <message>
        <source>&amp;Quote or commitment reference:</source>
        <translation>Référence du devis ou de l&apos;en&amp;gagement :</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Selected expense</source>
        <translation>Dépense sélectionnée</translation>
    </message>
    <message>
        <source>Selected revenue</source>
        <translation>Recette sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Suppr&amp;imer…</translation>
    </message>
    <message>
        <source>Add the &amp;missing needs</source>
        <translation>Ajouter les besoins man&amp;quants</translation>
    </message>
    <message>
        <source>An expense line for each need that has none</source>
        <translation>Une ligne de dépense pour chaque besoin qui n&apos;en a pas</translation>
    </message>
    <message>
        <source>e.g. Conseil départemental</source>
        <translation>par ex. Conseil départemental</translation>
    </message>
    <message>
        <source>e.g. quote no. 2024-117 of 12/06/2024</source>
        <translation>par ex. devis n° 2024-117 du 12/06/2024</translation>
    </message>
    <message>
        <source>Own funds and &amp;other funders</source>
        <translation>Fonds pr&amp;opres et autres financeurs</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Export to &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export to CS&amp;V…</source>
        <translation>Expor&amp;ter en CSV…</translation>
    </message>
    <message>
        <source>Revenues minus expenses: 0 when the budget is balanced.</source>
        <translation>Recettes moins dépenses : 0 quand le budget est équilibré.</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total : {amount}</translation>
    </message>
    <message>
        <source>Own funds {own} · other funders {other}</source>
        <translation>Fonds propres {own} · autres financeurs {other}</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Fed by the need « {label} » (cost {cost})</source>
        <translation>Issue du besoin « {label} » (coût {cost})</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Need, amount typed</source>
        <translation>Besoin, montant saisi</translation>
    </message>
    <message>
        <source>A line fed by a need leaves the budget with its need (Needs step).</source>
        <translation>Une ligne issue d&apos;un besoin quitte le budget avec son besoin (étape Besoins).</translation>
    </message>
    <message>
        <source>A line entered here, not fed by a need.</source>
        <translation>Ligne saisie ici, non issue d&apos;un besoin.</translation>
    </message>
    <message>
        <source>Fed by the need « {label} »: the amount follows its cost ({cost}) until you type another one.</source>
        <translation>Issue du besoin « {label} » : le montant suit son coût ({cost}) tant que vous n&apos;en saisissez pas un autre.</translation>
    </message>
    <message>
        <source>Fed by the need « {label} », whose cost is {cost}: the amount typed here is kept.</source>
        <translation>Issue du besoin « {label} », dont le coût est de {cost} : le montant saisi ici est conservé.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the line « {label} » ({amount}) from the budget?</source>
        <translation>Supprimer la ligne « {label} » ({amount}) du budget ?</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) added to the expenses.</source>
        <translation>
            <numerusform>%n besoin ajouté aux dépenses.</numerusform>
            <numerusform>%n besoins ajoutés aux dépenses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the budget</source>
        <translation>Exporter le budget</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {error}</source>
        <translation>Le fichier {path} n&apos;a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <source>Budget exported to {path}.</source>
        <translation>Budget exporté dans {path}.</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>Li&amp;bellé :</translation>
    </message>
    <message>
        <source>Amo&amp;unt:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Add an expense</source>
        <translation>A&amp;jouter une dépense</translation>
    </message>
    <message>
        <source>&amp;Who funds it:</source>
        <translation>Financeu&amp;r :</translation>
    </message>
    <message>
        <source>&amp;Add a revenue</source>
        <translation>Ajouter une re&amp;cette</translation>
    </message>
    <message>
        <source>Follo&amp;w the need&apos;s cost</source>
        <translation>&amp;Reprendre le coût du besoin</translation>
    </message>
    <message>
        <source>Expen&amp;ses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>ESMS numérique &amp;grant</source>
        <translation>Sub&amp;vention ESMS numérique</translation>
    </message>
    <message>
        <source>By ca&amp;tegory and year</source>
        <translation>Par catégorie et par a&amp;nnée</translation>
    </message>
    <message>
        <source>remove the line « {label} »</source>
        <translation>supprimer la ligne « {label} »</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>The campaign file {file} is invalid at {field}: {detail}</source>
        <translation>Le fichier de règles de campagne {file} est invalide au champ {field}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>No rule file for the {year} campaign.</source>
        <translation>Aucun fichier de règles pour la campagne {year}.</translation>
    </message>
    <message>
        <source>The dossier has no campaign year.</source>
        <translation>Le dossier n&apos;a pas d&apos;année de campagne.</translation>
    </message>
</context>
<context>
    <name>CampaignErrors</name>
    <message>
        <source>The dossier has no campaign: choose one in the step « The project ».</source>
        <translation>Le dossier n&apos;a pas de campagne : choisissez-en une à l&apos;étape « Le projet ».</translation>
    </message>
    <message>
        <source>No campaign rules for {year}: choose a campaign in the step « The project ».</source>
        <translation>Aucune règle de campagne pour {year} : choisissez une campagne à l&apos;étape « Le projet ».</translation>
    </message>
    <message>
        <source>{problem}. Choose another campaign in the step « The project ».</source>
        <translation>{problem}. Choisissez une autre campagne à l&apos;étape « Le projet ».</translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>Check unavailable</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>The check could not be run; open the step « Verification » to see why.</source>
        <translation>La vérification n&apos;a pas pu être faite ; ouvrez l&apos;étape « Vérification » pour en voir la raison.</translation>
    </message>
    <message>
        <source>Admissible dossier</source>
        <translation>Dossier recevable</translation>
    </message>
    <message>
        <source>Every admissibility criterion is met. Click to see the whole check.</source>
        <translation>Tous les critères de recevabilité sont satisfaits. Cliquez pour voir toute la vérification.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking criterion/criteria</source>
        <translation>
            <numerusform>%n critère bloquant</numerusform>
            <numerusform>%n critères bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the whole check.</source>
        <translation>Cliquez pour voir toute la vérification.</translation>
    </message>
</context>
<context>
    <name>ChecksList</name>
    <message>
        <source>Checks of the budget</source>
        <translation>Vérifications du budget</translation>
    </message>
    <message>
        <source>No remark on the budget.</source>
        <translation>Aucune remarque sur le budget.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Checks of the planning</source>
        <translation>Contrôles du planning</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>PA — elderly people</source>
        <translation>PA — personnes âgées</translation>
    </message>
    <message>
        <source>PH — people with disabilities</source>
        <translation>PH — personnes en situation de handicap</translation>
    </message>
    <message>
        <source>DOM — home help and care</source>
        <translation>DOM — aide et soin à domicile</translation>
    </message>
    <message>
        <source>PDE — child protection</source>
        <translation>PDE — protection de l&apos;enfance</translation>
    </message>
    <message>
        <source>PDS — people with specific difficulties</source>
        <translation>PDS — personnes en difficultés spécifiques</translation>
    </message>
    <message>
        <source>AHI — reception, accommodation, integration</source>
        <translation>AHI — accueil, hébergement, insertion</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>esms-desktop: {detail}</source>
        <translation>esms-desktop : {detail}</translation>
    </message>
    <message>
        <source>No.  Modified          Campaign  ESSMS  Name</source>
        <translation>N°   Modifié le        Campagne  ESSMS  Nom</translation>
    </message>
    <message>
        <source>No dossier in {url}.</source>
        <translation>Aucun dossier dans {url}.</translation>
    </message>
    <message>
        <source>Dossier {id} exported to {path}.</source>
        <translation>Dossier {id} exporté dans {path}.</translation>
    </message>
    <message>
        <source>Dossier « {name} » imported as number {id}.</source>
        <translation>Dossier « {name} » importé sous le numéro {id}.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {detail}.</source>
        <translation>Impossible d&apos;écrire le fichier {path} : {detail}.</translation>
    </message>
    <message>
        <source>Dossier « {name} » — {year} campaign, checked on {date}</source>
        <translation>Dossier « {name} » — campagne {year}, vérifié le {date}</translation>
    </message>
    <message>
        <source>ADMISSIBLE: every admissibility criterion and condition of access is met.</source>
        <translation>RECEVABLE : tous les critères de recevabilité et les conditions d&apos;accès sont satisfaits.</translation>
    </message>
    <message>
        <source>NOT ADMISSIBLE: {count} blocking criteria (not met or to complete).</source>
        <translation>NON RECEVABLE : {count} critère(s) bloquant(s) (non satisfaits ou à compléter).</translation>
    </message>
    <message>
        <source>to fix in the step « {step} »</source>
        <translation>à corriger à l&apos;étape « {step} »</translation>
    </message>
    <message>
        <source>to improve in the step « {step} »</source>
        <translation>à améliorer à l&apos;étape « {step} »</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>source : {source}</translation>
    </message>
    <message>
        <source>The date {date} is not a date (expected YYYY-MM-DD).</source>
        <translation>« {date} » n&apos;est pas une date (format attendu : AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Import of the FINESS extract: {percent} %</source>
        <translation>Import de l&apos;extraction FINESS : {percent} %</translation>
    </message>
    <message>
        <source>FINESS reference imported: {count} establishments, extract of {date}, in {path}.</source>
        <translation>Répertoire FINESS importé : {count} établissements, extraction du {date}, dans {path}.</translation>
    </message>
    <message>
        <source>Line {line} of the extract: {reason} The previous FINESS reference is kept.</source>
        <translation>Ligne {line} de l&apos;extraction : {reason} Le répertoire FINESS précédent est conservé.</translation>
    </message>
    <message>
        <source>No FINESS reference is imported yet ({path}): run « esms-desktop finess import FILE » first.</source>
        <translation>Aucun répertoire FINESS n&apos;est encore importé ({path}) : lancez d&apos;abord « esms-desktop finess import FICHIER ».</translation>
    </message>
    <message>
        <source>No establishment matches « {query} ».</source>
        <translation>Aucun établissement ne correspond à « {query} ».</translation>
    </message>
    <message>
        <source>{number}: valid FINESS number, department {department} ({name}), region {region}.</source>
        <translation>{number} : numéro FINESS valide, département {department} ({name}), région {region}.</translation>
    </message>
    <message>
        <source>{number}: valid FINESS number, department {department} ({name}).</source>
        <translation>{number} : numéro FINESS valide, département {department} ({name}).</translation>
    </message>
    <message>
        <source>In the FINESS reference: {name}, {town} (category {category}).</source>
        <translation>Dans le répertoire FINESS : {name}, {town} (catégorie {category}).</translation>
    </message>
    <message>
        <source>{number}: invalid FINESS number. {reason}</source>
        <translation>{number} : numéro FINESS invalide. {reason}</translation>
    </message>
    <message>
        <source>Dossier « {name} » — {year} campaign, {count} ESSMS, {project_type}</source>
        <translation>Dossier « {name} » — campagne {year}, {count} ESSMS, {project_type}</translation>
    </message>
    <message>
        <source>{label}: {amount}</source>
        <translation>{label} : {amount}</translation>
    </message>
    <message>
        <source>(ceiling)</source>
        <translation>(plafond)</translation>
    </message>
    <message>
        <source>retained in the budget: {amount}</source>
        <translation>retenu au budget : {amount}</translation>
    </message>
    <message>
        <source>rule: {rule}</source>
        <translation>règle : {rule}</translation>
    </message>
    <message>
        <source>Total of the grant: {amount}</source>
        <translation>Total de la subvention : {amount}</translation>
    </message>
    <message>
        <source>Total retained in the budget: {amount} (expenses {expenses}); advance {avance}, balance {solde}</source>
        <translation>Total retenu au budget : {amount} (dépenses {expenses}) ; avance {avance}, solde {solde}</translation>
    </message>
    <message>
        <source>Advance ({percent}, {when}): {amount}</source>
        <translation>Avance ({percent}, {when}) : {amount}</translation>
    </message>
    <message>
        <source>Balance ({percent}, {condition}): {amount}</source>
        <translation>Solde ({percent}, {condition}) : {amount}</translation>
    </message>
    <message>
        <source>Not granted:</source>
        <translation>Non accordé :</translation>
    </message>
    <message>
        <source>{label} — {reason}</source>
        <translation>{label} — {reason}</translation>
    </message>
    <message>
        <source>No grant line: the grappe has no ESSMS yet.</source>
        <translation>Aucune ligne de subvention : la grappe ne compte encore aucun ESSMS.</translation>
    </message>
    <message>
        <source>PDF written to {path}: {pages} pages.</source>
        <translation>PDF écrit dans {path} : {pages} pages.</translation>
    </message>
    <message>
        <source>Making the PDF: {percent} %</source>
        <translation>Fabrication du PDF : {percent} %</translation>
    </message>
    <message>
        <source>Workbook of the usage measures written to {path}.</source>
        <translation>Classeur des mesures d&apos;usage écrit dans {path}.</translation>
    </message>
    <message>
        <source>usage: esms-desktop usage DOSSIER [--json] | esms-desktop usage import DOSSIER FILE</source>
        <translation>utilisation : esms-desktop usage DOSSIER [--json] | esms-desktop usage import DOSSIER FICHIER</translation>
    </message>
    <message>
        <source>« {dossier} » is not a dossier number of the database: measures are imported into a dossier of the database.</source>
        <translation>« {dossier} » n&apos;est pas un numéro de dossier de la base : les mesures s&apos;importent dans un dossier de la base.</translation>
    </message>
    <message>
        <source>{count} measures imported into dossier {id}.</source>
        <translation>{count} mesures importées dans le dossier {id}.</translation>
    </message>
    <message>
        <source>{name} ({finess}) — {month}:</source>
        <translation>{name} ({finess}) — {month} :</translation>
    </message>
    <message>
        <source>{name} ({finess}): no measure yet</source>
        <translation>{name} ({finess}) : aucune mesure pour l&apos;instant</translation>
    </message>
    <message>
        <source>  {label}: {rate} (target {target}) {mark}</source>
        <translation>  {label} : {rate} (cible {target}) {mark}</translation>
    </message>
    <message>
        <source>  {label}: {count}</source>
        <translation>  {label} : {count}</translation>
    </message>
    <message>
        <source>Grappe — {month}:</source>
        <translation>Grappe — {month} :</translation>
    </message>
    <message>
        <source>Balance: every ESSMS meets every target; it can be requested.</source>
        <translation>Solde : chaque ESSMS atteint chaque cible ; il peut être demandé.</translation>
    </message>
    <message>
        <source>Balance: not every ESSMS meets every target yet.</source>
        <translation>Solde : certains ESSMS n&apos;atteignent pas encore toutes leurs cibles.</translation>
    </message>
    <message>
        <source>First month all ESSMS met every target: {month}</source>
        <translation>Premier mois où tous les ESSMS ont atteint toutes les cibles : {month}</translation>
    </message>
    <message>
        <source>No month yet where all ESSMS met every target.</source>
        <translation>Aucun mois encore où tous les ESSMS ont atteint toutes les cibles.</translation>
    </message>
    <message>
        <source>Missing for {name} ({finess}):</source>
        <translation>Ce qui manque à {name} ({finess}) :</translation>
    </message>
    <message>
        <source>The dossier file {file} cannot be used: {detail}</source>
        <translation>Le fichier de dossier {file} est inutilisable : {detail}</translation>
    </message>
    <message>
        <source>Where to file: the regional call of the ARS {region} ({window}).</source>
        <translation>Où déposer : appel à projets régional de l&apos;ARS {region} ({window}).</translation>
    </message>
    <message>
        <source>Where to file: multi-regional grappe, with the ARS {region}, which holds the most ESSMS ({window}).</source>
        <translation>Où déposer : grappe multirégionale, auprès de l&apos;ARS {region}, qui compte le plus d&apos;ESSMS ({window}).</translation>
    </message>
    <message>
        <source>Where to file: the national call of the CNSA and the DNS ({window}).</source>
        <translation>Où déposer : appel à projets national de la CNSA et de la DNS ({window}).</translation>
    </message>
    <message>
        <source>window to be filled in</source>
        <translation>fenêtre à renseigner</translation>
    </message>
    <message>
        <source>Readings retained where a source is ambiguous</source>
        <translation>Lectures retenues là où un texte est ambigu</translation>
    </message>
    <message>
        <source>Reading retained: {text} ({source})</source>
        <translation>Lecture retenue : {text} ({source})</translation>
    </message>
    <message>
        <source>Member sheet for « {og} » written to {path}.</source>
        <translation>Fiche membre de « {og} » écrite dans {path}.</translation>
    </message>
    <message>
        <source>Nothing to merge: the dossier already holds everything this sheet says.</source>
        <translation>Rien à fusionner : le dossier contient déjà tout ce que dit cette fiche.</translation>
    </message>
    <message>
        <source>Answer of « {og} »: {count} differences (dossier → member):</source>
        <translation>Réponse de « {og} » : {count} différences (dossier → membre) :</translation>
    </message>
    <message>
        <source>{count} changes merged into the dossier.</source>
        <translation>{count} modifications fusionnées dans le dossier.</translation>
    </message>
    <message>
        <source>Nothing was written: run again with --yes to merge them.</source>
        <translation>Rien n&apos;a été écrit : relancez avec --yes pour les fusionner.</translation>
    </message>
    <message>
        <source>« {value} » is not a dossier number (see « dossier list »).</source>
        <translation>« {value} » n&apos;est pas un numéro de dossier (voir « dossier list »).</translation>
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
        <source>The file could not be written: {error}</source>
        <translation>Impossible d&apos;écrire le fichier : {error}</translation>
    </message>
    <message>
        <source>(FINESS reference: extract of {date})</source>
        <translation>(référence FINESS : extraction du {date})</translation>
    </message>
    <message>
        <source>Not in the FINESS directory of {date}: type the information in, or import a more recent extract.</source>
        <translation>Absent du répertoire FINESS du {date} : saisissez les informations, ou importez une extraction plus récente.</translation>
    </message>
    <message>
        <source>acquisition or renewal (cas 1)</source>
        <translation>acquisition ou renouvellement (cas 1)</translation>
    </message>
    <message>
        <source>upgrade to the Ségur-referenced version (cas 2)</source>
        <translation>mise en conformité vers la version référencée Ségur (cas 2)</translation>
    </message>
</context>
<context>
    <name>CodedValues</name>
    <message>
        <source>Acquisition ou renouvellement d&apos;un DUI (cas 1)</source>
        <extracomment>The dossier&apos;s project type (003 §5: cas 1, cas 2).</extracomment>
        <translation>Acquisition ou renouvellement d&apos;un DUI (cas 1)</translation>
    </message>
    <message>
        <source>Mise en conformité : passage à la version référencée Ségur (cas 2)</source>
        <translation>Mise en conformité : passage à la version référencée Ségur (cas 2)</translation>
    </message>
    <message>
        <source>Acquisition d&apos;un DUI</source>
        <extracomment>An ESSMS&apos;s own project type (revision 0004), said of that ESSMS.</extracomment>
        <translation>Acquisition d&apos;un DUI</translation>
    </message>
    <message>
        <source>Mise en conformité de son DUI</source>
        <translation>Mise en conformité de son DUI</translation>
    </message>
    <message>
        <source>SaaS (logiciel en ligne)</source>
        <translation>SaaS (logiciel en ligne)</translation>
    </message>
    <message>
        <source>Hébergement externe</source>
        <translation>Hébergement externe</translation>
    </message>
    <message>
        <source>Sur site (on premise)</source>
        <translation>Sur site (on premise)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Privé non lucratif</source>
        <translation>Privé non lucratif</translation>
    </message>
    <message>
        <source>Privé commercial</source>
        <translation>Privé commercial</translation>
    </message>
    <message>
        <source>Fait</source>
        <extracomment>RGPD compliance, DPO designation, IT charter (003 §7 criterion 8).</extracomment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Non commencé</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Aucun DUI</source>
        <extracomment>An ESSMS&apos;s current DUI, as the pack names it.
----------
The same codes as the ESSMS form offers them (what to type next is said with the choice).</extracomment>
        <translation>Aucun DUI</translation>
    </message>
    <message>
        <source>DUI non référencé Ségur</source>
        <translation>DUI non référencé Ségur</translation>
    </message>
    <message>
        <source>DUI référencé Ségur</source>
        <translation>DUI référencé Ségur</translation>
    </message>
    <message>
        <source>Un logiciel de DUI (indiquez son nom et sa version)</source>
        <translation>Un logiciel de DUI (indiquez son nom et sa version)</translation>
    </message>
    <message>
        <source>Un DUI déjà référencé Ségur</source>
        <translation>Un DUI déjà référencé Ségur</translation>
    </message>
    <message>
        <source>Membre</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Préside</source>
        <translation>Préside</translation>
    </message>
    <message>
        <source>L&apos;anime</source>
        <translation>L&apos;anime</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Accompagnement et développement des usages</source>
        <translation>Accompagnement et développement des usages</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Assistance à maîtrise d&apos;ouvrage (AMOA)</source>
        <extracomment>In the order of ``rules.funding.budget.EXPENSE_CATEGORIES`` (the Budget step&apos;s and the pack&apos;s order).</extracomment>
        <translation>Assistance à maîtrise d&apos;ouvrage (AMOA)</translation>
    </message>
    <message>
        <source>Chef de projet interne</source>
        <translation>Chef de projet interne</translation>
    </message>
    <message>
        <source>Éditeur (licences, paramétrage)</source>
        <translation>Éditeur (licences, paramétrage)</translation>
    </message>
    <message>
        <source>Reprise des données</source>
        <translation>Reprise des données</translation>
    </message>
    <message>
        <source>Matériel et infrastructure</source>
        <translation>Matériel et infrastructure</translation>
    </message>
    <message>
        <source>Conduite du changement et accompagnement des usages</source>
        <translation>Conduite du changement et accompagnement des usages</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Autres dépenses</source>
        <translation>Autres dépenses</translation>
    </message>
    <message>
        <source>Fonds propres</source>
        <translation>Fonds propres</translation>
    </message>
    <message>
        <source>Autre financeur</source>
        <translation>Autre financeur</translation>
    </message>
    <message>
        <source>Poste de travail</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Ordinateur portable</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <source>Tablette</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Réseau / Wi-Fi</source>
        <translation>Réseau / Wi-Fi</translation>
    </message>
    <message>
        <source>Imprimante</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Professionnel libéral</source>
        <translation>Professionnel libéral</translation>
    </message>
    <message>
        <source>Santé (hôpital, clinique, centre de santé)</source>
        <translation>Santé (hôpital, clinique, centre de santé)</translation>
    </message>
    <message>
        <source>Institutionnel</source>
        <translation>Institutionnel</translation>
    </message>
</context>
<context>
    <name>CommunicationChoices</name>
    <message>
        <source>Professionals of the ESSMS</source>
        <translation>Professionnels des ESSMS</translation>
    </message>
    <message>
        <source>Partners (liberal, health, institutional)</source>
        <translation>Partenaires (libéraux, santé, institutionnels)</translation>
    </message>
    <message>
        <source>People accompanied and their families</source>
        <translation>Personnes accompagnées et familles</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionnels</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>People and families</source>
        <translation>Personnes et familles</translation>
    </message>
</context>
<context>
    <name>CommunicationStep</name>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Plan how the project is announced: to the professionals of the ESSMS, to the partners (liberal professionals, health and institutional partners) and to the people accompanied and their families. List the partners concerned and tick those already informed.</source>
        <translation>Prévoyez comment le projet sera annoncé : aux professionnels des ESSMS, aux partenaires (professionnels libéraux, partenaires de santé et institutionnels) et aux personnes accompagnées et à leurs familles. Listez les partenaires concernés et cochez ceux qui sont déjà informés.</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Add an &amp;action…</source>
        <translation>Ajouter une &amp;action…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Suppr&amp;imer…</translation>
    </message>
    <message>
        <source>Partners to inform</source>
        <translation>Partenaires à informer</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>No action planned and no partner listed yet.</source>
        <translation>Aucune action prévue et aucun partenaire identifié pour l&apos;instant.</translation>
    </message>
    <message>
        <source>✔ Every audience has at least one action, and every partner is informed.</source>
        <translation>✔ Chaque public a au moins une action, et tous les partenaires sont informés.</translation>
    </message>
    <message>
        <source>No action yet for: {audiences}.</source>
        <translation>Aucune action pour l&apos;instant pour : {audiences}.</translation>
    </message>
    <message>
        <source>No partner identified yet.</source>
        <translation>Aucun partenaire identifié pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Partners not informed yet: {names}.</source>
        <translation>Partenaires pas encore informés : {names}.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the action « {message} » from the plan?</source>
        <translation>Supprimer l&apos;action « {message} » du plan ?</translation>
    </message>
    <message>
        <source>Remove the partner « {name} » from the list?</source>
        <translation>Retirer le partenaire « {name} » de la liste ?</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Add a par&amp;tner…</source>
        <translation>Ajouter un par&amp;tenaire…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>remove the action « {message} »</source>
        <translation>supprimer l&apos;action « {message} »</translation>
    </message>
</context>
<context>
    <name>CommunicationStore</name>
    <message>
        <source>This communication action no longer exists (number {id}).</source>
        <translation>Cette action de communication n&apos;existe plus (numéro {id}).</translation>
    </message>
    <message>
        <source>This partner no longer exists (number {id}).</source>
        <translation>Ce partenaire n&apos;existe plus (numéro {id}).</translation>
    </message>
</context>
<context>
    <name>Composition</name>
    <message>
        <source>The grappe has no ESSMS yet.</source>
        <translation>La grappe ne compte encore aucun ESSMS.</translation>
    </message>
    <message>
        <source>A project is carried by a grappe of ESSMS (FINESS ET).</source>
        <translation>Un projet est porté par une grappe d&apos;ESSMS (FINESS ET).</translation>
    </message>
    <message>
        <source>Add the OGs and their ESSMS to the grappe.</source>
        <translation>Ajoutez à la grappe les OG et leurs ESSMS.</translation>
    </message>
    <message>
        <source>These FINESS ET appear more than once: {finess}.</source>
        <translation>Ces FINESS ET figurent plusieurs fois&#xa0;: {finess}.</translation>
    </message>
    <message>
        <source>One FINESS ET is one funding: an ESSMS is counted once.</source>
        <translation>Un FINESS ET = un financement&#xa0;: un ESSMS n&apos;est compté qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Keep each ESSMS under a single OG.</source>
        <translation>Rattachez chaque ESSMS à un seul OG.</translation>
    </message>
    <message>
        <source>The department of these ESSMS is not recognised: {names}.</source>
        <translation>Le département de ces ESSMS n&apos;est pas reconnu&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>The region of each ESSMS decides where the grappe files and its minimum size.</source>
        <translation>La région de chaque ESSMS détermine où la grappe dépose son dossier et quelle est sa taille minimale.</translation>
    </message>
    <message>
        <source>Check their FINESS number or department in the FINESS register.</source>
        <translation>Vérifiez leur numéro FINESS ou leur département dans le répertoire FINESS.</translation>
    </message>
    <message>
        <source>No ARS region is known for the department of these ESSMS: {names}.</source>
        <translation>Le département de ces ESSMS ne relève d&apos;aucune région d&apos;ARS connue&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Ask the ARS or the CNSA which agency instructs the dossier for them.</source>
        <translation>Demandez à l&apos;ARS ou à la CNSA quelle agence instruit le dossier pour ces ESSMS.</translation>
    </message>
    <message>
        <source>The grappe has {count} ESSMS, fewer than the minimum of {minimum}.</source>
        <translation>La grappe compte {count} ESSMS, moins que le minimum de {minimum}.</translation>
    </message>
    <message>
        <source>Add {missing} ESSMS, for example by joining other OGs of the territory, or ask to join a grappe already funded.</source>
        <translation>Ajoutez {missing} ESSMS, par exemple en vous associant à d&apos;autres OG du territoire, ou demandez à rejoindre une grappe déjà financée.</translation>
    </message>
    <message>
        <source>{count} ESSMS, all in {region}: regional call for projects of the ARS {region}.</source>
        <translation>{count} ESSMS, tous en région {region}&#xa0;: appel à projets régional de l&apos;ARS {region}.</translation>
    </message>
    <message>
        <source>Grappes of {minimum} to {maximum} ESSMS file with their ARS.</source>
        <translation>Les grappes de {minimum} à {maximum} ESSMS déposent leur dossier auprès de leur ARS.</translation>
    </message>
    <message>
        <source>File with the ARS {region}; filing window: {window}.</source>
        <translation>Déposez le dossier auprès de l&apos;ARS {region}&#x202f;; fenêtre de dépôt&#xa0;: {window}.</translation>
    </message>
    <message>
        <source>{count} ESSMS in {regions} regions: file with the ARS {region}, which holds {region_count} of them.</source>
        <translation>{count} ESSMS répartis sur {regions} régions&#xa0;: dépôt auprès de l&apos;ARS {region}, région qui en compte {region_count}.</translation>
    </message>
    <message>
        <source>A grappe of fewer than {national} ESSMS spread over several regions files with the ARS of the region holding most of its ESSMS, with an earlier deadline.</source>
        <translation>Une grappe de moins de {national} ESSMS répartis sur plusieurs régions dépose son dossier auprès de l&apos;ARS de la région qui compte le plus de ses ESSMS, avec une date limite plus précoce.</translation>
    </message>
    <message>
        <source>File with the ARS {region}; filing window for multi-regional grappes: {window}.</source>
        <translation>Déposez le dossier auprès de l&apos;ARS {region}&#x202f;; fenêtre de dépôt des grappes multirégionales&#xa0;: {window}.</translation>
    </message>
    <message>
        <source>Several regions hold the same number of ESSMS ({count}): {regions}. {region} was chosen, being the porteur&apos;s region or the first one.</source>
        <translation>Plusieurs régions comptent le même nombre d&apos;ESSMS ({count})&#xa0;: {regions}. La région {region} a été retenue, comme région du porteur ou, à défaut, comme première de la liste.</translation>
    </message>
    <message>
        <source>The grappe files with the ARS of the region holding the most ESSMS.</source>
        <translation>La grappe dépose son dossier auprès de l&apos;ARS de la région qui compte le plus d&apos;ESSMS.</translation>
    </message>
    <message>
        <source>Agree with the ARS concerned which one instructs the project.</source>
        <translation>Convenez avec les ARS concernées de celle qui instruit le projet.</translation>
    </message>
    <message>
        <source>{count} ESSMS: national call for projects (CNSA and DNS).</source>
        <translation>{count} ESSMS&#xa0;: appel à projets national (CNSA et DNS).</translation>
    </message>
    <message>
        <source>Grappes of {national} ESSMS or more file with the national call; from the {tier}th ESSMS the forfaits per ESSMS are lower.</source>
        <translation>Les grappes de {national} ESSMS ou plus relèvent de l&apos;appel à projets national ; à partir du {tier}e ESSMS, les forfaits par ESSMS sont moins élevés.</translation>
    </message>
    <message>
        <source>File with the national call; filing window: {window}.</source>
        <translation>Déposez le dossier dans le cadre de l&apos;appel à projets national&#x202f;; fenêtre de dépôt&#xa0;: {window}.</translation>
    </message>
    <message>
        <source>{count} ESSMS, all in {region}: this campaign has them file with the ARS {region}.</source>
        <translation>{count} ESSMS, tous en région {region}&#xa0;: pour cette campagne, le dossier est déposé auprès de l&apos;ARS {region}.</translation>
    </message>
    <message>
        <source>In this campaign, grappes of {national} ESSMS or more in a single region file with their regional call.</source>
        <translation>Pour cette campagne, les grappes de {national} ESSMS ou plus situées dans une seule région relèvent de l&apos;appel à projets régional.</translation>
    </message>
    <message>
        <source>{count} ESSMS with a national reach: the grappe may file with the national call.</source>
        <translation>{count} ESSMS à portée nationale&#xa0;: la grappe peut déposer son dossier dans le cadre de l&apos;appel à projets national.</translation>
    </message>
    <message>
        <source>A project of fewer than {national} ESSMS may file nationally when it is representative of the offer at national level.</source>
        <translation>Un projet de moins de {national} ESSMS peut être déposé au niveau national s&apos;il est représentatif de l&apos;offre à l&apos;échelle nationale.</translation>
    </message>
    <message>
        <source>Explain the national reach in the note de présentation; otherwise file regionally.</source>
        <translation>Justifiez la portée nationale dans la note de présentation&#x202f;; à défaut, déposez le dossier au niveau régional.</translation>
    </message>
    <message>
        <source>The sector of these ESSMS is not set: {names}.</source>
        <translation>Le secteur de ces ESSMS n&apos;est pas renseigné&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Set the sector of each ESSMS (its FINESS category tells it).</source>
        <translation>Renseignez le secteur de chaque ESSMS (sa catégorie FINESS l&apos;indique).</translation>
    </message>
    <message>
        <source>No sector holds a majority of the ESSMS: {counts}.</source>
        <translation>Aucun secteur ne regroupe la majorité des ESSMS&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>No project type holds a majority: {acquisition} in acquisition, {conformite} in upgrade.</source>
        <translation>Aucun type de projet n&apos;est majoritaire&#xa0;: {acquisition} en acquisition, {conformite} en mise en conformité.</translation>
    </message>
    <message>
        <source>A grappe mostly carries one type of project: acquisition or upgrade.</source>
        <translation>Une grappe porte majoritairement un seul type de projet&#xa0;: acquisition ou mise en conformité.</translation>
    </message>
    <message>
        <source>The grappe is declared as an acquisition, but most of its ESSMS ({count}) are in upgrade.</source>
        <translation>La grappe est déclarée en acquisition, mais la plupart de ses ESSMS ({count}) sont en mise en conformité.</translation>
    </message>
    <message>
        <source>Declare the grappe as an upgrade.</source>
        <translation>Déclarez la grappe en mise en conformité.</translation>
    </message>
    <message>
        <source>The grappe is declared as an upgrade, but most of its ESSMS ({count}) are in acquisition.</source>
        <translation>La grappe est déclarée en mise en conformité, mais la plupart de ses ESSMS ({count}) sont en acquisition.</translation>
    </message>
    <message>
        <source>An acquisition ends with all the ESSMS of the grappe using the same Ségur-referenced DUI; how it is chosen (SAD, a procurement phase, the GHT route) depends on the campaign and the OGs&apos; statuses.</source>
        <translation>Une acquisition aboutit à l&apos;usage d&apos;un même DUI référencé Ségur par tous les ESSMS de la grappe ; la façon de le choisir (SAD, phase de marché public, voie GHT) dépend de la campagne et du statut des OG.</translation>
    </message>
    <message>
        <source>These ESSMS are in an upgrade but have no DUI: {names}.</source>
        <translation>Ces ESSMS sont en mise en conformité mais n&apos;ont pas de DUI&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>An upgrade keeps each ESSMS&apos; DUI and moves it to its Ségur-referenced version.</source>
        <translation>Une mise en conformité conserve le DUI de chaque ESSMS et le fait passer à sa version référencée Ségur.</translation>
    </message>
    <message>
        <source>Split the grappe in two projects, or bring most ESSMS to the same type.</source>
        <translation>Scindez la grappe en deux projets, ou ramenez la majorité des ESSMS au même type de projet.</translation>
    </message>
    <message>
        <source>Declare the grappe as an acquisition.</source>
        <translation>Déclarez la grappe en acquisition.</translation>
    </message>
    <message>
        <source>These ESSMS carry another project type than the grappe&apos;s: {names}.</source>
        <translation>Ces ESSMS relèvent d&apos;un autre type de projet que celui de la grappe&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Check that this mix is intended; their forfaits follow their own project type.</source>
        <translation>Vérifiez que ce panachage est voulu&#x202f;; leurs forfaits suivent leur propre type de projet.</translation>
    </message>
    <message>
        <source>The ESSMS do not share one hosting: {counts}.</source>
        <translation>Les ESSMS n&apos;ont pas tous le même hébergement&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>A grappe has one hosting need: SaaS, external hosting or on premise.</source>
        <translation>Une grappe a un seul besoin d&apos;hébergement&#xa0;: SaaS, hébergement externe ou sur site (on premise).</translation>
    </message>
    <message>
        <source>Agree on a single hosting for the whole grappe.</source>
        <translation>Convenez d&apos;un hébergement unique pour toute la grappe.</translation>
    </message>
    <message>
        <source>The grappe&apos;s DUI is not chosen yet.</source>
        <translation>Le DUI de la grappe n&apos;est pas encore choisi.</translation>
    </message>
    <message>
        <source>Set their project type to acquisition, or record their current DUI.</source>
        <translation>Passez leur type de projet en acquisition, ou renseignez leur DUI actuel.</translation>
    </message>
    <message>
        <source>The ESSMS in upgrade keep {count} different DUIs: {softwares}.</source>
        <translation>Les ESSMS en mise en conformité gardent {count} DUI différents : {softwares}.</translation>
    </message>
    <message>
        <source>Admissibility criterion: a grappe of ESSMS « avec un même DUI »; in an upgrade each ESSMS keeps its DUI, so they must all use the same software.</source>
        <translation>Critère de recevabilité : une grappe d&apos;ESSMS « avec un même DUI » ; en mise en conformité chaque ESSMS garde son DUI, ils doivent donc tous utiliser le même logiciel.</translation>
    </message>
    <message>
        <source>These ESSMS in upgrade keep a DUI other than the grappe&apos;s ({software}): {names}.</source>
        <translation>Ces ESSMS en mise en conformité gardent un autre DUI que celui de la grappe ({software}) : {names}.</translation>
    </message>
    <message>
        <source>These ESSMS were already funded by ESMS numérique: {names}.</source>
        <translation>Ces ESSMS ont déjà été financés par ESMS numérique&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>An ESSMS is funded once: never twice for the same software, never for two different DUIs.</source>
        <translation>Un ESSMS n&apos;est financé qu&apos;une fois&#xa0;: jamais deux fois pour le même logiciel, jamais pour deux DUI différents.</translation>
    </message>
    <message>
        <source>Remove them from the grappe, or check with the ARS what their first funding covered.</source>
        <translation>Retirez-les de la grappe, ou vérifiez auprès de l&apos;ARS ce que couvrait leur premier financement.</translation>
    </message>
    <message>
        <source>These ESSMS ordered the SONS « Prestation Ségur » for another software than their DUI in the project: {names}.</source>
        <translation>Ces ESSMS ont commandé la «&#xa0;Prestation Ségur&#xa0;» du SONS pour un autre logiciel que le DUI prévu pour eux dans le projet&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>An ESSMS that ordered the SONS « Prestation Ségur » cannot be funded by ESMS numérique for another DUI.</source>
        <translation>Un ESSMS qui a commandé la «&#xa0;Prestation Ségur&#xa0;» du SONS ne peut pas être financé par ESMS numérique pour un autre DUI.</translation>
    </message>
    <message>
        <source>Remove them from the grappe, or choose the software they ordered the SONS for.</source>
        <translation>Retirez-les de la grappe, ou choisissez le logiciel pour lequel ils ont commandé la prestation SONS.</translation>
    </message>
    <message>
        <source>These ESSMS ordered the SONS, but the software ordered or the project&apos;s DUI is not known: {names}.</source>
        <translation>Ces ESSMS ont commandé la prestation SONS, mais le logiciel commandé ou le DUI du projet n&apos;est pas connu&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Record the software of their SONS order and the grappe&apos;s DUI to check they match.</source>
        <translation>Renseignez le logiciel de leur commande SONS et le DUI de la grappe pour vérifier qu&apos;ils concordent.</translation>
    </message>
    <message>
        <source>These OGs are attached to a national entity without its written agreement: {names}.</source>
        <translation>Ces OG sont rattachés à une entité nationale sans disposer de son accord écrit&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>An ESSMS attached to a national entity needs that entity&apos;s written agreement, attached to the dossier.</source>
        <translation>Un ESSMS rattaché à une entité nationale doit obtenir l&apos;accord écrit de cette entité, joint au dossier.</translation>
    </message>
    <message>
        <source>Obtain the written agreement and attach it to the dossier.</source>
        <translation>Obtenez l&apos;accord écrit et joignez-le au dossier.</translation>
    </message>
    <message>
        <source>These ESSMS also offer « confort » home services: {names}.</source>
        <translation>Ces ESSMS proposent aussi des services à domicile dits de «&#xa0;confort&#xa0;»&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Only the part of the activity helping with the essentials of life is funded; the ARS may lower the grant.</source>
        <translation>Seule la part de l&apos;activité consacrée à l&apos;aide aux actes essentiels de la vie est financée&#x202f;; l&apos;ARS peut réduire la subvention.</translation>
    </message>
    <message>
        <source>Describe the share of essential activity in the note de présentation.</source>
        <translation>Décrivez la part d&apos;activité essentielle dans la note de présentation.</translation>
    </message>
    <message>
        <source>Small OGs (at most {maximum} ESSMS): {names}.</source>
        <translation>OG de petite taille (au plus {maximum} ESSMS)&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Small OGs (at most {maximum} ESSMS, {overseas} for an OG whose ESSMS are all in Corse or overseas): {names}.</source>
        <translation>OG de petite taille (au plus {maximum} ESSMS, {overseas} pour un OG dont tous les ESSMS sont en Corse ou outre-mer) : {names}.</translation>
    </message>
    <message>
        <source>Small OGs may ask for specific funding: equipment and infrastructure per ESSMS, and project support (AMOA or an internal project manager).</source>
        <translation>Les OG de petite taille peuvent demander des financements spécifiques&#xa0;: équipement et infrastructure par ESSMS, et accompagnement du projet (AMOA ou chef de projet interne).</translation>
    </message>
    <message>
        <source>Consider these specific funding lines in the budget, with quotes.</source>
        <translation>Prévoyez ces financements spécifiques dans le budget, devis à l&apos;appui.</translation>
    </message>
    <message>
        <source>Isolated ESSMS joining a grappe led by an OG of {size} ESSMS ({count}): {names}.</source>
        <translation>ESSMS isolés rejoignant une grappe portée par un OG de {size} ESSMS ({count})&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Isolated ESSMS joining the grappe ({count}): {names}.</source>
        <translation>ESSMS isolés rejoignant la grappe ({count})&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Bringing isolated ESSMS into a grappe led by a medium OG (more than {small} ESSMS) is a priority criterion.</source>
        <translation>Intégrer des ESSMS isolés dans une grappe portée par un OG de taille moyenne (plus de {small} ESSMS) est un critère de priorisation.</translation>
    </message>
    <message>
        <source>Mention it in the note de présentation.</source>
        <translation>Mentionnez-le dans la note de présentation.</translation>
    </message>
    <message>
        <source>No porteur is designated.</source>
        <translation>Aucun porteur n&apos;est désigné.</translation>
    </message>
    <message>
        <source>One OG of the grappe, the porteur, files and carries the project and receives the funds.</source>
        <translation>Un OG de la grappe, le porteur, dépose et porte le projet, et reçoit les fonds.</translation>
    </message>
    <message>
        <source>Designate the porteur among the OGs of the grappe.</source>
        <translation>Désignez le porteur parmi les OG de la grappe.</translation>
    </message>
    <message>
        <source>The porteur ({finess}) is not one of the OGs of the grappe.</source>
        <translation>Le porteur ({finess}) ne fait pas partie des OG de la grappe.</translation>
    </message>
    <message>
        <source>Add the porteur&apos;s OG to the grappe, or designate another porteur.</source>
        <translation>Ajoutez l&apos;OG porteur à la grappe, ou désignez un autre porteur.</translation>
    </message>
    <message>
        <source>A grappe gathers ideally at least {minimum} ESSMS in metropolitan France; the ARS will judge this minimum.</source>
        <translation>Une grappe réunit idéalement au moins {minimum} ESSMS en métropole ; l&apos;ARS appréciera ce minima.</translation>
    </message>
    <message>
        <source>A grappe gathers at least {minimum} ESSMS when all of them are in Corse or overseas; the ARS will judge this minimum.</source>
        <translation>Une grappe réunit au moins {minimum} ESSMS quand tous sont en Corse ou outre-mer ; l&apos;ARS appréciera ce minima.</translation>
    </message>
    <message>
        <source>This campaign gives no separate minimum for Corse and overseas: ideally {minimum} ESSMS, as in metropolitan France; the ARS will judge this minimum.</source>
        <translation>Cette campagne ne donne pas de minimum distinct pour la Corse et l&apos;outre-mer : idéalement {minimum} ESSMS, comme en métropole ; l&apos;ARS appréciera ce minima.</translation>
    </message>
    <message>
        <source>Admissibility criterion: a grappe « majoritairement d&apos;un même secteur » among the programme&apos;s five (PA, PH, DOM, PDE, PDS; AHI counts as PDS).</source>
        <translation>Critère de recevabilité : une grappe « majoritairement d&apos;un même secteur » parmi les cinq du programme (PA, PH, DOM, PDE, PDS ; l&apos;AHI compte comme PDS).</translation>
    </message>
    <message>
        <source>Rebalance the grappe so that more than half of its ESSMS belong to one sector.</source>
        <translation>Rééquilibrez la grappe pour que plus de la moitié de ses ESSMS relèvent d&apos;un même secteur.</translation>
    </message>
    <message>
        <source>Record the DUI once chosen; the step « Planning » says which route to choose it applies.</source>
        <translation>Saisissez le DUI une fois choisi ; l&apos;étape « Planning » indique la voie à suivre pour le choisir.</translation>
    </message>
    <message>
        <source>Keep in the grappe the ESSMS that use one software, or change the project type of the others to acquisition of the grappe&apos;s DUI.</source>
        <translation>Gardez dans la grappe les ESSMS d&apos;un même logiciel, ou passez les autres en acquisition du DUI de la grappe.</translation>
    </message>
    <message>
        <source>Change their project type to acquisition, or choose their software as the grappe&apos;s DUI.</source>
        <translation>Passez-les en acquisition, ou choisissez leur logiciel comme DUI de la grappe.</translation>
    </message>
    <message>
        <source>{count} ESSMS of {og} share one address and category {category} ({address}): {names}.</source>
        <translation>{count} ESSMS de {og} ont la même adresse et la même catégorie {category} ({address}) : {names}.</translation>
    </message>
    <message>
        <source>The ARS may lower the grant when the FINESS composition artificially multiplies the forfaits per ESSMS.</source>
        <translation>L&apos;ARS peut moduler la subvention quand la composition en FINESS multiplie de façon artificielle les forfaits par ESSMS.</translation>
    </message>
    <message>
        <source>Check that they are distinct establishments, and say why in the note de présentation.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit de structures distinctes et dites pourquoi dans la note de présentation.</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <source>Composition of the grappe</source>
        <translation>Composition de la grappe</translation>
    </message>
    <message numerus="yes">
        <source>%n ESSMS — minimum {minimum}; regional call up to {regional}, national call from {national}.</source>
        <translation>
            <numerusform>%n ESSMS — minimum {minimum} ; appel régional jusqu&apos;à {regional}, appel national à partir de {national}.</numerusform>
            <numerusform>%n ESSMS — minimum {minimum} ; appel régional jusqu&apos;à {regional}, appel national à partir de {national}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Small OGs: {count} of {total}.</source>
        <translation>Petits OG : {count} sur {total}.</translation>
    </message>
    <message>
        <source>ESSMS by region: {regions}.</source>
        <translation>ESSMS par région : {regions}.</translation>
    </message>
    <message>
        <source>Filed with the national call (CNSA and DNS), {window}.</source>
        <translation>Dépôt à l&apos;appel à projets national (CNSA et DNS), {window}.</translation>
    </message>
    <message>
        <source>Multi-regional grappe: filed with the ARS {region}, {window}.</source>
        <translation>Grappe multirégionale : dépôt auprès de l&apos;ARS {region}, {window}.</translation>
    </message>
    <message>
        <source>Regional call: filed with the ARS {region}, {window}.</source>
        <translation>Appel à projets régional : dépôt auprès de l&apos;ARS {region}, {window}.</translation>
    </message>
    <message>
        <source>Project types: {acquisition} in acquisition, {conformite} in upgrade.</source>
        <translation>Types de projet : {acquisition} en acquisition, {conformite} en mise en conformité.</translation>
    </message>
    <message>
        <source>Majority sector: {sector} ({counts}).</source>
        <translation>Secteur majoritaire : {sector} ({counts}).</translation>
    </message>
    <message>
        <source>No majority sector ({counts}).</source>
        <translation>Aucun secteur majoritaire ({counts}).</translation>
    </message>
    <message>
        <source>Size to confirm (counted on its ESSMS in the grappe; give the total it runs in its form): {names}.</source>
        <translation>Taille à confirmer (comptée sur ses ESSMS de la grappe ; indiquez dans sa fiche le total qu&apos;il gère) : {names}.</translation>
    </message>
    <message>
        <source>of its region</source>
        <translation>de sa région</translation>
    </message>
    <message>
        <source>dates not published in the campaign file</source>
        <translation>dates non publiées dans le fichier de campagne</translation>
    </message>
</context>
<context>
    <name>Concurrency</name>
    <message>
        <source>Someone else changed this since you opened it: {fields}. Reload to see their version, or keep yours.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ceci depuis que vous l&apos;avez ouvert : {fields}. Rechargez pour voir sa version, ou gardez la vôtre.</translation>
    </message>
    <message>
        <source>This was deleted by someone else in the meantime.</source>
        <translation>Ceci a été supprimé par quelqu&apos;un d&apos;autre entre-temps.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>FINESS EJ</source>
        <translation>FINESS EJ</translation>
    </message>
    <message>
        <source>FINESS ET</source>
        <translation>FINESS ET</translation>
    </message>
    <message>
        <source>SIREN / SIRET</source>
        <translation>SIREN / SIRET</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
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
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
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
        <source>Name of the signatory</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>Porteur of the grappe</source>
        <translation>Porteur de la grappe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Persons accompanied</source>
        <translation>Personnes accompagnées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Current DUI software</source>
        <translation>Logiciel DUI actuel</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it:</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ceci pendant que vous le modifiiez :</translation>
    </message>
    <message>
        <source>• {field}: their version « {theirs} », yours « {mine} »</source>
        <translation>• {field} : sa version « {theirs} », la vôtre « {mine} »</translation>
    </message>
    <message>
        <source>Reload to take their version (yours is dropped), or keep yours (theirs is replaced).</source>
        <translation>Rechargez pour reprendre sa version (la vôtre est abandonnée), ou gardez la vôtre (la sienne est remplacée).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The last change could not be saved: {error}</source>
        <translation>La dernière modification n&apos;a pas pu être enregistrée : {error}</translation>
    </message>
    <message>
        <source>« {name} » was changed by someone else since you opened it:</source>
        <translation>« {name} » a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert :</translation>
    </message>
    <message>
        <source>This was changed by someone else since you opened it:</source>
        <translation>Ceci a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert :</translation>
    </message>
    <message>
        <source>Reload to see their version (nothing is removed), or keep your version (it is removed).</source>
        <translation>Rechargez pour voir sa version (rien n&apos;est supprimé), ou gardez votre version (la suppression a lieu).</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>ESSMS</source>
        <translation>ESSMS</translation>
    </message>
    <message>
        <source>Type of hardware</source>
        <translation>Type de matériel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Quote or commitment reference</source>
        <translation>Référence du devis ou de l&apos;engagement</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
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
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>ESSMS deployed</source>
        <translation>ESSMS déployés</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>Deleted by someone else</source>
        <translation>Supprimé par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone else deleted this while you were editing it: your change was not saved. The list now shows what is stored.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé ceci pendant que vous le modifiiez : votre modification n&apos;a pas été enregistrée. La liste montre maintenant ce qui est enregistré.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Import answers: differences</source>
        <translation>Importer des réponses : différences</translation>
    </message>
    <message>
        <source>&amp;Replace with the file&apos;s answers</source>
        <translation>&amp;Remplacer par les réponses du fichier</translation>
    </message>
    <message>
        <source>&amp;Keep the current answers</source>
        <translation>&amp;Garder les réponses actuelles</translation>
    </message>
    <message numerus="yes">
        <source>The file answers the {incoming} of « {og} », but the {current} was started here with %n answer(s). Importing replaces those answers with the file&apos;s; nothing is changed until you choose.</source>
        <translation>
            <numerusform>Le fichier répond au {incoming} de « {og} », alors que le {current} a été commencé ici avec %n réponse. L&apos;import remplace cette réponse par celles du fichier ; rien n&apos;est modifié tant que vous n&apos;avez pas choisi.</numerusform>
            <numerusform>Le fichier répond au {incoming} de « {og} », alors que le {current} a été commencé ici avec %n réponses. L&apos;import remplace ces réponses par celles du fichier ; rien n&apos;est modifié tant que vous n&apos;avez pas choisi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file gives other answers than the current ones to %n question(s) of « {og} ». Nothing is changed until you choose: replace them with the file&apos;s answers, or keep the current answers. Either way, the file also answers questions not answered yet: {new}.</source>
        <translation>
            <numerusform>Le fichier donne une autre réponse que la réponse actuelle à %n question de « {og} ». Rien n&apos;est modifié tant que vous n&apos;avez pas choisi : la remplacer par la réponse du fichier, ou garder la réponse actuelle. Dans les deux cas, le fichier complète aussi les questions encore sans réponse : {new}.</numerusform>
            <numerusform>Le fichier donne d&apos;autres réponses que les réponses actuelles à %n questions de « {og} ». Rien n&apos;est modifié tant que vous n&apos;avez pas choisi : les remplacer par les réponses du fichier, ou garder les réponses actuelles. Dans les deux cas, le fichier complète aussi les questions encore sans réponse : {new}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Current answer</source>
        <translation>Réponse actuelle</translation>
    </message>
    <message>
        <source>Answer in the file</source>
        <translation>Réponse du fichier</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Work with your team on dossiers kept on a PostgreSQL server. Ask its administrator for these details.</source>
        <translation>Travaillez en équipe sur des dossiers conservés sur un serveur PostgreSQL. Demandez ces informations à son administrateur.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>e.g. dossiers.example.org</source>
        <translation>par ex. dossiers.exemple.org</translation>
    </message>
    <message>
        <source>shown to the others: « Camille Durand is editing this dossier »</source>
        <translation>montré aux autres : « Camille Durand modifie ce dossier »</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>&amp;Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Without the box ticked, the password is asked at each connection; it is never written in a file. The FINESS reference stays on this computer: each person imports it once, in their own data folder; the server holds only the dossiers.</source>
        <translation>Sans cette case cochée, le mot de passe est demandé à chaque connexion ; il n&apos;est jamais écrit dans un fichier. Le répertoire FINESS reste sur cet ordinateur : chacun l&apos;importe une fois, dans son propre dossier de données ; le serveur ne contient que les dossiers.</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>Renseignez l&apos;hôte, la base de données et l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>ContradictionsList</name>
    <message>
        <source>Contradictions found in the note</source>
        <translation>Contradictions relevées dans la note</translation>
    </message>
</context>
<context>
    <name>CountSpin</name>
    <message>
        <source>A number of people or items cannot be negative: type it without a sign.</source>
        <translation>Un nombre de personnes ou d&apos;articles ne peut pas être négatif : tapez-le sans signe.</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Nothing left to do here.</source>
        <translation>Plus rien à faire ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n to improve</source>
        <translation>
            <numerusform>%n à améliorer</numerusform>
            <numerusform>%n à améliorer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>all met</source>
        <translation>tous satisfaits</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <source>→ Open the tab « GALIS entry helper »</source>
        <translation>→ Ouvrir l&apos;onglet « Aide à la saisie GALIS »</translation>
    </message>
    <message>
        <source>The values to type in GALIS, beside the criteria</source>
        <translation>Les valeurs à saisir dans GALIS, dans l&apos;onglet voisin des critères</translation>
    </message>
    <message>
        <source>→ See the step « {step} »</source>
        <translation>→ Voir l&apos;étape « {step} »</translation>
    </message>
    <message>
        <source>→ Improve it in the step « {step} »</source>
        <translation>→ Améliorer à l&apos;étape « {step} »</translation>
    </message>
    <message>
        <source>→ Fix it in the step « {step} »</source>
        <translation>→ Corriger à l&apos;étape « {step} »</translation>
    </message>
    <message>
        <source>Go to the step « {step} »</source>
        <translation>Aller à l&apos;étape « {step} »</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non satisfait</translation>
    </message>
    <message>
        <source>to complete</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file {path} is not an esms-desktop database (it is not a SQLite file). It was left untouched. Choose another file, or restore a backup.</source>
        <translation>Le fichier {path} n&apos;est pas une base esms-desktop (ce n&apos;est pas un fichier SQLite). Il a été laissé intact. Choisissez un autre fichier ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). It was left untouched. Restore a backup, or open another file.</source>
        <translation>La base {path} est endommagée ({detail}). Elle a été laissée intacte. Restaurez une sauvegarde ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of esms-desktop (schema {revision}). It was left untouched. Install the latest version of the application to open it.</source>
        <translation>La base {path} a été écrite par une version plus récente d&apos;esms-desktop (schéma {revision}). Elle a été laissée intacte. Installez la dernière version de l&apos;application pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The file {path} is a SQLite database of another application. It was left untouched. Choose an esms-desktop database.</source>
        <translation>Le fichier {path} est une base SQLite d&apos;une autre application. Il a été laissé intact. Choisissez une base esms-desktop.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read: {detail}. Check that the file exists and that you may read it.</source>
        <translation>Impossible de lire la base {path} : {detail}. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The database {path} must be updated for this version of esms-desktop, after a backup; the backup could not be made ({detail}). It was left untouched. Free some disk space, or check that its folder can be written to, then open it again.</source>
        <translation>La base de données {path} doit être mise à jour pour cette version d&apos;esms-desktop, après une sauvegarde ; la sauvegarde n&apos;a pas pu être faite ({detail}). La base n&apos;a pas été modifiée. Libérez de l&apos;espace disque, ou vérifiez que son dossier est accessible en écriture, puis rouvrez-la.</translation>
    </message>
</context>
<context>
    <name>DatabaseState</name>
    <message>
        <source>The database {path} must be updated for this version of esms-desktop, but it is read-only (the file or its folder cannot be written to). It was left untouched. Copy it into a folder you may write to (your Documents, for example) and open the copy with « esms-desktop --db », or ask for write access.</source>
        <translation>La base {path} doit être mise à jour pour cette version d&apos;esms-desktop, mais elle est en lecture seule (le fichier ou son dossier ne peut pas être modifié). Elle n&apos;a pas été modifiée. Copiez-la dans un dossier où vous pouvez écrire (vos Documents, par exemple) et ouvrez la copie avec « esms-desktop --db », ou demandez le droit d&apos;écriture.</translation>
    </message>
    <message>
        <source>This database is read-only (the file or its folder cannot be written to): you can read, print and export the dossiers, but changes cannot be saved. To edit them, copy the database into a folder you may write to, or ask for write access.</source>
        <translation>Cette base est en lecture seule (le fichier ou son dossier ne peut pas être modifié) : vous pouvez lire, imprimer et exporter les dossiers, mais les modifications ne peuvent pas être enregistrées. Pour les modifier, copiez la base dans un dossier où vous pouvez écrire, ou demandez le droit d&apos;écriture.</translation>
    </message>
    <message>
        <source>The change was not saved: the database is read-only. Copy it into a folder you may write to, or ask for write access.</source>
        <translation>La modification n&apos;a pas été enregistrée : la base est en lecture seule. Copiez-la dans un dossier où vous pouvez écrire, ou demandez le droit d&apos;écriture.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full ({free} free). Nothing was changed. Free some space (empty the recycle bin, remove large files), then try again.</source>
        <translation>Le disque qui contient {path} est plein ({free} libres). Rien n&apos;a été modifié. Libérez de la place (videz la corbeille, supprimez de gros fichiers), puis réessayez.</translation>
    </message>
    <message>
        <source>The dossiers in {path} could not be opened because of an unexpected error ({detail}). The file was not changed. Quit and start esms-desktop again; if it happens again, start it on another file with « esms-desktop --db » and send the log file esms-desktop.log of the data folder to whoever helps you.</source>
        <translation>Les dossiers de {path} n&apos;ont pas pu être ouverts à cause d&apos;une erreur inattendue ({detail}). Le fichier n&apos;a pas été modifié. Quittez puis relancez esms-desktop ; si cela se reproduit, lancez-le sur un autre fichier avec « esms-desktop --db » et envoyez le fichier journal esms-desktop.log du dossier de données à la personne qui vous aide.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>DaysDelegate</name>
    <message>
        <source> d</source>
        <translation> j</translation>
    </message>
</context>
<context>
    <name>DaysSpin</name>
    <message>
        <source>A number of days cannot be negative: type it without a sign.</source>
        <translation>Un nombre de jours ne peut pas être négatif : tapez-le sans signe.</translation>
    </message>
</context>
<context>
    <name>DeploymentPanel</name>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>ESSMS</source>
        <translation>ESSMS</translation>
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
        <source>Real start</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <source>Real end</source>
        <translation>Fin réelle</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Fin attendue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Per ESSMS: its own real dates when they differ from its wave&apos;s</source>
        <translation>Par ESSMS : ses propres dates réelles quand elles diffèrent de celles de sa vague</translation>
    </message>
    <message>
        <source>past the limit</source>
        <translation>au-delà de la limite</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} jours de retard</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>own dates</source>
        <translation>dates propres</translation>
    </message>
    <message>
        <source>as its wave</source>
        <translation>comme sa vague</translation>
    </message>
    <message>
        <source>The project started on {start}: its deployment must end within {months} months, by {limit} ({source}).</source>
        <translation>Le projet a commencé le {start} : son déploiement doit être achevé en {months} mois au plus, soit le {limit} ({source}).</translation>
    </message>
    <message>
        <source>Give the planning its dates to compare the deployment with the limit.</source>
        <translation>Datez le planning pour comparer le déploiement à la durée maximale.</translation>
    </message>
    <message>
        <source>Wave {wave} is expected to end on {end}, after the limit of {limit}: tell the ARS now.</source>
        <translation>La vague {wave} devrait s&apos;achever le {end}, après la limite du {limit} : prévenez l&apos;ARS dès maintenant.</translation>
    </message>
    <message>
        <source>{name} is expected to end its deployment on {end}, after the limit of {limit}.</source>
        <translation>{name} devrait achever son déploiement le {end}, après la limite du {limit}.</translation>
    </message>
    <message>
        <source>A date is written day/month/year, e.g. 18/08/2025.</source>
        <translation>Une date s&apos;écrit jour/mois/année, par exemple 18/08/2025.</translation>
    </message>
    <message>
        <source>Wave {wave}</source>
        <translation>Vague {wave}</translation>
    </message>
</context>
<context>
    <name>DocumentChecks</name>
    <message>
        <source>The document name « {name} » is not a plain file name (it names a folder or holds characters a file name cannot have). Nothing was imported.</source>
        <translation>Le nom de document « {name} » n&apos;est pas un simple nom de fichier (il désigne un dossier ou contient des caractères interdits dans un nom de fichier). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The document « {name} » is not of an accepted type. Accepted: PDF, JPEG, PNG, TIFF, ODT, ODS, DOCX, XLSX, DOC, XLS. Convert it to PDF and attach it again.</source>
        <translation>Le document « {name} » n&apos;est pas d&apos;un type accepté. Types acceptés : PDF, JPEG, PNG, TIFF, ODT, ODS, DOCX, XLSX, DOC, XLS. Convertissez-le en PDF et joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>The document « {name} » is not a real {type} file: its content does not match its name. Attach the document itself (scanned or exported as {type}).</source>
        <translation>Le document « {name} » n&apos;est pas un vrai fichier {type} : son contenu ne correspond pas à son nom. Joignez le document lui-même (numérisé ou exporté en {type}).</translation>
    </message>
    <message>
        <source>The document « {name} » weighs {size} MB; documents of more than {maximum} MB are refused. Scan it at a lower resolution or compress it.</source>
        <translation>Le document « {name} » pèse {size} Mo ; les documents de plus de {maximum} Mo sont refusés. Numérisez-le avec une résolution plus faible ou compressez-le.</translation>
    </message>
</context>
<context>
    <name>DocumentSlot</name>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Reti&amp;rer…</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>non requis</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This document no longer exists (number {id}).</source>
        <extracomment>Kinds that belong to one OG (``og_id`` required); a quote may belong to an OG or to the whole grappe. ``anap_result``: the result of the ANAP SI maturity self-diagnostic of one OG (003 §4.2.E). Largest file accepted (a scanned signed letter is well under it).</extracomment>
        <translation>Ce document n&apos;existe plus (numéro {id}).</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {detail}.</source>
        <translation>Impossible de lire le fichier {path} : {detail}.</translation>
    </message>
    <message>
        <source>The file {name} is empty: choose the document itself.</source>
        <translation>Le fichier {name} est vide : choisissez le document lui-même.</translation>
    </message>
    <message>
        <source>The file {name} weighs {size} MB; documents of more than {maximum} MB are refused. Scan it at a lower resolution or compress it.</source>
        <translation>Le fichier {name} pèse {size} Mo ; les documents de plus de {maximum} Mo sont refusés. Numérisez-le avec une résolution plus faible ou compressez-le.</translation>
    </message>
    <message>
        <source>This kind of document belongs to one OG of the grappe.</source>
        <translation>Ce type de document se rattache à un OG de la grappe.</translation>
    </message>
    <message>
        <source>The copy could not be written to {path}: {detail}.</source>
        <translation>La copie n&apos;a pas pu être écrite dans {path} : {detail}.</translation>
    </message>
    <message>
        <source>The document « {name} » is damaged in the database: its content no longer matches its checksum. Attach it again.</source>
        <translation>Le document « {name} » est endommagé dans la base : son contenu ne correspond plus à son empreinte. Joignez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>DocumentsStep</name>
    <message>
        <source>Dossier documents</source>
        <translation>Pièces du dossier</translation>
    </message>
    <message>
        <source>The documents filed with the candidature. Each file is copied into the dossier: the original may then move or be deleted. A dossier is complete with the RIB of the porteur and the engagement letter signed by each OG.</source>
        <translation>Les pièces déposées avec la candidature. Chaque fichier est copié dans le dossier : l&apos;original peut ensuite être déplacé ou supprimé. Un dossier complet comprend le RIB du porteur et la lettre d&apos;engagement signée de chaque OG.</translation>
    </message>
    <message>
        <source>Bank details of the porteur (RIB)</source>
        <translation>Coordonnées bancaires du porteur (RIB)</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN :</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC :</translation>
    </message>
    <message>
        <source>The RIB issued by the bank (PDF or scan)</source>
        <translation>Le RIB délivré par la banque (PDF ou scan)</translation>
    </message>
    <message>
        <source>Signed engagement letters</source>
        <translation>Lettres d&apos;engagement signées</translation>
    </message>
    <message>
        <source>One letter signed by each OG of the grappe.</source>
        <translation>Une lettre signée par chaque OG de la grappe.</translation>
    </message>
    <message>
        <source>Agreements of national entities</source>
        <translation>Accords des entités nationales</translation>
    </message>
    <message>
        <source>An OG attached to a national entity attaches that entity&apos;s written agreement to the dossier.</source>
        <translation>Un OG rattaché à une entité nationale joint au dossier l&apos;accord écrit de cette entité.</translation>
    </message>
    <message>
        <source>Quotes for specific funding</source>
        <translation>Devis des financements spécifiques</translation>
    </message>
    <message>
        <source>The quotes behind the specific funding asked by small OGs (equipment, AMOA): a priority criterion.</source>
        <translation>Les devis à l&apos;appui des financements spécifiques demandés par les petits OG (équipement, AMOA) : un critère de priorisation.</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Autres documents</translation>
    </message>
    <message>
        <source>Any other document you want to keep with the dossier.</source>
        <translation>Tout autre document à conserver avec le dossier.</translation>
    </message>
    <message>
        <source>{og} — agreement of {entity}</source>
        <translation>{og} — accord de {entity}</translation>
    </message>
    <message>
        <source>Quotes for the whole grappe</source>
        <translation>Devis pour toute la grappe</translation>
    </message>
    <message>
        <source>(porteur)</source>
        <translation>(porteur)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Choisir le document</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove « {name} » from the dossier? The copy kept in the dossier is deleted; your original file, if you still have it, is not touched.</source>
        <translation>Retirer « {name} » du dossier ? La copie conservée dans le dossier est supprimée ; votre fichier d&apos;origine, si vous l&apos;avez encore, n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
    <message>
        <source>No application opens this file. A copy was written to {path}.</source>
        <translation>Aucune application n&apos;ouvre ce fichier. Une copie a été écrite dans {path}.</translation>
    </message>
    <message>
        <source>Acc&amp;ount holder:</source>
        <translation>&amp;Titulaire du compte :</translation>
    </message>
    <message>
        <source>remove « {name} »</source>
        <translation>supprimer « {name} »</translation>
    </message>
    <message>
        <source>ANAP self-diagnostic results (optional)</source>
        <translation>Résultats de l&apos;autodiagnostic ANAP (facultatif)</translation>
    </message>
    <message>
        <source>Each OG may attach the result of the ANAP SI maturity self-diagnostic (PDF) it filled in on the ANAP site, instead of or beside the questionnaire of the step « SI maturity », which is ours and covers the same ground. Either meets the priority criterion.</source>
        <translation>Chaque OG peut joindre le résultat (PDF) de l&apos;autodiagnostic de maturité SI de l&apos;ANAP rempli sur le site de l&apos;ANAP, à la place ou à côté du questionnaire de l&apos;étape « Évaluation maturité SI », qui est le nôtre et couvre les mêmes domaines. L&apos;un ou l&apos;autre satisfait le critère de priorisation.</translation>
    </message>
</context>
<context>
    <name>DossierFile</name>
    <message>
        <source>The file is not a dossier file: it is not valid JSON (line {line}, column {column}: {detail}).</source>
        <translation>Ce fichier n&apos;est pas un fichier de dossier : ce n&apos;est pas du JSON valide (ligne {line}, colonne {column} : {detail}).</translation>
    </message>
    <message>
        <source>The file is not an esms-desktop dossier file.</source>
        <translation>Ce fichier n&apos;est pas un fichier de dossier esms-desktop.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of esms-desktop (format {version}). Install the latest version to import it.</source>
        <translation>Ce fichier a été écrit par une version plus récente d&apos;esms-desktop (format {version}). Installez la dernière version pour l&apos;importer.</translation>
    </message>
    <message>
        <source>The field {path} is not valid: {detail}. Nothing was imported.</source>
        <translation>Le champ {path} n&apos;est pas valide : {detail}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The field {path} is missing. Nothing was imported.</source>
        <translation>Le champ {path} est absent. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The field {path} holds an invalid FINESS number: {detail} Nothing was imported.</source>
        <translation>Le champ {path} contient un numéro FINESS invalide : {detail} Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This database already holds this dossier (« {name} »). Import it as a copy, or replace the existing one.</source>
        <translation>Cette base contient déjà ce dossier (« {name} »). Importez-le comme copie, ou remplacez le dossier existant.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {detail}.</source>
        <translation>Impossible de lire le fichier {path} : {detail}.</translation>
    </message>
    <message>
        <source>The field {path} refers to an item that is not in the file ({value}). Nothing was imported.</source>
        <translation>Le champ {path} renvoie à un élément absent du fichier ({value}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The attached document {path} is damaged: its content does not match its checksum. Nothing was imported.</source>
        <translation>La pièce jointe {path} est endommagée : son contenu ne correspond pas à sa somme de contrôle. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The field {path} names the campaign {year}, whose rules this version of esms-desktop does not have (it knows {years}). Nothing was imported.</source>
        <translation>Le champ {path} indique la campagne {year}, dont cette version d&apos;esms-desktop ne connaît pas les règles (elle connaît {years}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The task {path} ({task}) depends on itself through its dependencies: a planning cannot loop. Nothing was imported.</source>
        <translation>La tâche {path} ({task}) dépend d&apos;elle-même par ses dépendances : un planning ne peut pas boucler. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>it should be {expected}</source>
        <translation>il devrait contenir {expected}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {limit}</source>
        <translation>{value} est inférieur au minimum {limit}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {limit}</source>
        <translation>{value} est supérieur au maximum {limit}</translation>
    </message>
    <message>
        <source>{value} is not one of the accepted values ({choices})</source>
        <translation>{value} ne fait pas partie des valeurs acceptées ({choices})</translation>
    </message>
    <message>
        <source>{value} is not the expected value {choices}</source>
        <translation>{value} n&apos;est pas la valeur attendue {choices}</translation>
    </message>
    <message>
        <source>{value} is not written in the expected form</source>
        <translation>{value} n&apos;est pas écrit sous la forme attendue</translation>
    </message>
    <message>
        <source>{value} is not a valid date</source>
        <translation>{value} n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>le texte dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the text is empty or too short</source>
        <translation>le texte est vide ou trop court</translation>
    </message>
    <message>
        <source>it holds fields this format does not know ({value})</source>
        <translation>il contient des champs inconnus de ce format ({value})</translation>
    </message>
    <message>
        <source>a value is repeated</source>
        <translation>une valeur est répétée</translation>
    </message>
    <message>
        <source>the value does not fit the dossier format</source>
        <translation>la valeur ne respecte pas le format du dossier</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>un groupe de champs</translation>
    </message>
    <message>
        <source>The field {path} names the FINESS ET {finess}, which is not an ESSMS of the file. Nothing was imported.</source>
        <translation>Le champ {path} cite le FINESS ET {finess}, qui n&apos;est pas un ESSMS du fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The field {path} repeats the measure of {finess} for {month}. Nothing was imported.</source>
        <translation>Le champ {path} répète la mesure de {finess} pour {month}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <extracomment>The sentence every refusal of an import ends with (commands that only read a file leave it out).</extracomment>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The FINESS ET {finess} appears twice, at {first} (OG « {og_first} ») and at {second} (OG « {og_second} »): one FINESS ET is one funding. Keep it under one OG only. Nothing was imported.</source>
        <translation>Le FINESS ET {finess} figure deux fois, en {first} (OG « {og_first} ») et en {second} (OG « {og_second} ») : 1 FINESS ET = 1 financement. Gardez-le sous un seul OG. Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>DossierFileChecks</name>
    <message>
        <source>The file nests its data more than {limit} levels deep: it was not written by esms-desktop. Nothing was imported.</source>
        <translation>Le fichier imbrique ses données sur plus de {limit} niveaux : il n&apos;a pas été écrit par esms-desktop. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Document {path}: {reason} Nothing was imported.</source>
        <translation>Document {path} : {reason} Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>ESSMS</source>
        <translation>ESSMS</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Filing deadline</source>
        <translation>Date limite de dépôt</translation>
    </message>
    <message>
        <source>✔ admissible</source>
        <translation>✔ recevable</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n blocking criteria</source>
        <translation>
            <numerusform>✖ %n critère bloquant</numerusform>
            <numerusform>✖ %n critères bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>– campaign without rules</source>
        <translation>– campagne sans règles</translation>
    </message>
</context>
<context>
    <name>DossierListView</name>
    <message>
        <source>Your ESMS numérique dossiers</source>
        <translation>Vos dossiers ESMS numérique</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>A grappe of 16 ESSMS: an OG of 20 ESSMS bringing 3 in upgrade, four small OGs acquiring the DUI, one of them in Martinique.</source>
        <translation>Une grappe de 16 ESSMS : un OG de 20 ESSMS qui en apporte 3 en mise en conformité, quatre petits OG qui acquièrent le DUI, dont un en Martinique.</translation>
    </message>
    <message>
        <source>No dossier yet. Create one with « New dossier », import a dossier file (File menu), or open the example dossier to see a complete grappe.</source>
        <translation>Aucun dossier pour l&apos;instant. Créez-en un avec « Nouveau dossier », importez un fichier de dossier (menu Fichier), ou ouvrez le dossier d&apos;exemple pour voir une grappe complète.</translation>
    </message>
    <message>
        <source>Reading the dossiers…</source>
        <translation>Lecture des dossiers…</translation>
    </message>
    <message>
        <source>This could not be done: {error}</source>
        <translation>Cela n&apos;a pas pu être fait : {error}</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new dossier:</source>
        <translation>Nom du nouveau dossier :</translation>
    </message>
    <message>
        <source>A dossier needs a name: nothing was created.</source>
        <translation>Un dossier doit avoir un nom : rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Creating the dossier « {name} »…</source>
        <translation>Création du dossier « {name} »…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name of the dossier:</source>
        <translation>Nouveau nom du dossier :</translation>
    </message>
    <message>
        <source>A dossier must have a name: the name was not changed.</source>
        <translation>Un dossier doit avoir un nom : le nom n&apos;a pas été changé.</translation>
    </message>
    <message>
        <source>Renaming « {name} »…</source>
        <translation>Renommage de « {name} »…</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Duplicating « {name} »…</source>
        <translation>Duplication de « {name} »…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete the dossier</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the dossier « {name} » and everything in it ({count} ESSMS)? Export it first (File menu) if you may need it again.</source>
        <translation>Supprimer le dossier « {name} » et tout son contenu ({count} ESSMS) ? Exportez-le d&apos;abord (menu Fichier) si vous pouvez en avoir besoin.</translation>
    </message>
    <message>
        <source>Deleting the dossier « {name} »…</source>
        <translation>Suppression du dossier « {name} »…</translation>
    </message>
    <message>
        <source>The dossier « {name} » could not be deleted: {error}</source>
        <translation>Le dossier « {name} » n&apos;a pas pu être supprimé : {error}</translation>
    </message>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>Fil&amp;trer :</translation>
    </message>
    <message>
        <source>part of a name, porteur, region or state</source>
        <translation>une partie d&apos;un nom, du porteur, de la région ou de l&apos;état</translation>
    </message>
    <message>
        <source>Open the e&amp;xample dossier</source>
        <translation>Ouvrir le dossier d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Example &amp;after the award</source>
        <translation>Exemple &amp;après la sélection</translation>
    </message>
    <message>
        <source>The example dossier, selected by the ARS a year ago: its money, deployment and usage measures</source>
        <translation>Le dossier d&apos;exemple, retenu par l&apos;ARS il y a un an : son financement, son déploiement et ses mesures d&apos;usage</translation>
    </message>
    <message>
        <source>Se&amp;cond example (mixed grappe, Martinique)</source>
        <translation>Se&amp;cond exemple (grappe mixte, Martinique)</translation>
    </message>
    <message>
        <source>Dossier name</source>
        <translation>Nom du dossier</translation>
    </message>
</context>
<context>
    <name>Dossiers</name>
    <message>
        <source>There is no dossier number {id} in this database.</source>
        <translation>Il n&apos;y a pas de dossier numéro {id} dans cette base.</translation>
    </message>
    <message>
        <source>A dossier needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Edit</source>
        <translation>modification</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo: {change}</source>
        <translation>&amp;Annuler : {change}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo: {change}</source>
        <translation>&amp;Rétablir : {change}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>EssmsDialog</name>
    <message>
        <source>ESSMS</source>
        <translation>ESSMS</translation>
    </message>
    <message>
        <source>FINESS number, or the start of it</source>
        <translation>numéro FINESS, ou son début</translation>
    </message>
    <message>
        <source>type a few words of the name or the town to search</source>
        <translation>tapez quelques mots du nom ou de la commune pour chercher</translation>
    </message>
    <message>
        <source>The sector follows the FINESS category unless you change it here.</source>
        <translation>Le secteur découle de la catégorie FINESS, sauf si vous le modifiez ici.</translation>
    </message>
    <message>
        <source>FINESS &amp;ET (establishment):</source>
        <translation>FINESS &amp;ET (établissement) :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Type the name of the establishment or service.</source>
        <translation>Saisissez le nom de l&apos;établissement ou du service.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>FINESS &amp;category:</source>
        <translation>&amp;Catégorie FINESS :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <source>People in the workforce on 31/12 plus definitive exits of the year.</source>
        <translation>Personnes présentes au 31/12 plus sorties définitives de l&apos;année.</translation>
    </message>
    <message>
        <source>software</source>
        <translation>logiciel</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>SONS « Prestation Ségur » &amp;ordered, for:</source>
        <translation>&amp;Bon de commande SONS « Prestation Ségur » passé, pour :</translation>
    </message>
    <message>
        <source>Already &amp;funded by ESMS numérique, for:</source>
        <translation>Déjà &amp;financé par ESMS numérique, pour :</translation>
    </message>
    <message>
        <source>Current D&amp;UI:</source>
        <translation>D&amp;UI actuel :</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Activity, DUI and earlier funding</source>
        <translation>Activité, DUI et financements antérieurs</translation>
    </message>
    <message>
        <source>{label} — not an ESSMS category</source>
        <translation>{label} — pas une catégorie d&apos;ESSMS</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>catégorie inconnue</translation>
    </message>
    <message>
        <source>This ESSMS is already in the grappe, under the OG « {og} ».</source>
        <translation>Cet ESSMS est déjà dans la grappe, sous l&apos;OG « {og} ».</translation>
    </message>
    <message>
        <source>In the FINESS reference this establishment belongs to the FINESS EJ {ej}, not to the OG&apos;s ({og_ej}). Check that it is added to the right OG.</source>
        <translation>Dans le répertoire FINESS, cet établissement relève du FINESS EJ {ej}, et non de celui de l&apos;OG ({og_ej}). Vérifiez qu&apos;il est ajouté au bon OG.</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Département :</translation>
    </message>
    <message>
        <source>As the dossier: {type}</source>
        <translation>Comme le dossier : {type}</translation>
    </message>
    <message>
        <source>Pro&amp;ject type:</source>
        <translation>Type de p&amp;rojet :</translation>
    </message>
    <message>
        <source>{label} — an ESSMS or not: to check with the ARS</source>
        <translation>{label} — ESSMS ou non : à vérifier avec l&apos;ARS</translation>
    </message>
    <message>
        <source>C&amp;hange the sector</source>
        <translation>&amp;Modifier le secteur</translation>
    </message>
    <message>
        <source>Postcode and to&amp;wn:</source>
        <translation>Code postal et c&amp;ommune :</translation>
    </message>
    <message>
        <source>Also offers « confort » ho&amp;me services</source>
        <translation>Propose aussi des services « confort » à domici&amp;le</translation>
    </message>
    <message>
        <source>Isolated ESSMS joining the &amp;grappe</source>
        <translation>ESSMS isolé rejoignant la &amp;grappe</translation>
    </message>
    <message>
        <source>&amp;Persons accompanied (file active):</source>
        <translation>&amp;Personnes accompagnées (file active) :</translation>
    </message>
    <message>
        <source>FINESS spelling (the reference): {name}</source>
        <translation>Graphie FINESS (la référence) : {name}</translation>
    </message>
    <message>
        <source>The FINESS reference now spells it: {name}</source>
        <translation>Le référentiel FINESS l&apos;écrit désormais : {name}</translation>
    </message>
</context>
<context>
    <name>EssmsImport</name>
    <message>
        <source>No FINESS ET number.</source>
        <translation>Aucun numéro FINESS ET.</translation>
    </message>
    <message>
        <source>FINESS ET {number}: {reason}</source>
        <translation>FINESS ET {number} : {reason}</translation>
    </message>
    <message>
        <source>FINESS ET {number} is already on line {line}.</source>
        <translation>Le FINESS ET {number} figure déjà ligne {line}.</translation>
    </message>
    <message>
        <source>FINESS ET {number} is already in the grappe (OG « {og} »).</source>
        <translation>Le FINESS ET {number} est déjà dans la grappe (OG « {og} »).</translation>
    </message>
    <message>
        <source>No name (and the FINESS reference does not know this number).</source>
        <translation>Aucun nom (et le répertoire FINESS ne connaît pas ce numéro).</translation>
    </message>
    <message>
        <source>FINESS EJ {number}: {reason}</source>
        <translation>FINESS EJ {number} : {reason}</translation>
    </message>
    <message>
        <source>No OG of the grappe has the FINESS EJ {number}: add that OG first, or let the import create it.</source>
        <translation>Aucun OG de la grappe n&apos;a le FINESS EJ {number} : ajoutez d&apos;abord cet OG, ou laissez l&apos;import le créer.</translation>
    </message>
    <message>
        <source>No OG of the grappe is named « {name} »: add that OG first, or let the import create it.</source>
        <translation>Aucun OG de la grappe ne s&apos;appelle « {name} » : ajoutez d&apos;abord cet OG, ou laissez l&apos;import le créer.</translation>
    </message>
    <message>
        <source>No OG for this ESSMS: choose the OG the rows without one go to.</source>
        <translation>Aucun OG pour cet ESSMS : choisissez l&apos;OG qui reçoit les lignes sans OG.</translation>
    </message>
    <message>
        <source>« {value} » is not a number of persons accompanied (a whole number is expected).</source>
        <translation>« {value} » n&apos;est pas un nombre de personnes accompagnées (un nombre entier est attendu).</translation>
    </message>
    <message>
        <source>« {value} » is not a sector (expected PA, PH, DOM, PDE, PDS or AHI).</source>
        <translation>« {value} » n&apos;est pas un secteur (attendu : PA, PH, DOM, PDE, PDS ou AHI).</translation>
    </message>
    <message>
        <source>« {value} » is not a FINESS category code (3 digits, e.g. 500).</source>
        <translation>« {value} » n&apos;est pas un code de catégorie FINESS (3 chiffres, par exemple 500).</translation>
    </message>
    <message>
        <source>Category {code} is not a social or medico-social establishment (ESSMS) category.</source>
        <translation>La catégorie {code} n&apos;est pas une catégorie d&apos;établissement social ou médico-social (ESSMS).</translation>
    </message>
    <message>
        <source>Sector {sector} differs from the sector of category {code} ({derived}); it is kept as typed.</source>
        <translation>Le secteur {sector} diffère de celui de la catégorie {code} ({derived}) ; il est conservé tel que saisi.</translation>
    </message>
    <message>
        <source>Department {typed} differs from the one of the FINESS number ({department}); the latter is kept.</source>
        <translation>Le département {typed} diffère de celui du numéro FINESS ({department}) ; ce dernier est retenu.</translation>
    </message>
    <message>
        <source>In the FINESS reference this ESSMS belongs to the FINESS EJ {ej}, not to {og_ej}.</source>
        <translation>Dans le répertoire FINESS, cet ESSMS relève du FINESS EJ {ej}, et non de {og_ej}.</translation>
    </message>
    <message>
        <source>A new OG « {name} » will be created.</source>
        <translation>Un nouvel OG « {name} » sera créé.</translation>
    </message>
    <message>
        <source>Nothing was imported: line {line} is invalid ({reason}). Fix it or exclude it.</source>
        <translation>Rien n&apos;a été importé : la ligne {line} est invalide ({reason}). Corrigez-la ou écartez-la.</translation>
    </message>
    <message>
        <source>Nothing was imported: no column is mapped to the FINESS ET.</source>
        <translation>Rien n&apos;a été importé : aucune colonne n&apos;est associée au FINESS ET.</translation>
    </message>
    <message>
        <source>The {what} has {length} characters; at most {limit} are accepted. Shorten it in the file.</source>
        <translation>Le {what} compte {length} caractères ; {limit} au plus sont acceptés. Raccourcissez-le dans le fichier.</translation>
    </message>
    <message>
        <source>« {value} » persons accompanied is more than any ESSMS accompanies (at most {limit}).</source>
        <translation>« {value} » personnes accompagnées, c&apos;est plus qu&apos;aucun ESSMS n&apos;en accompagne ({limit} au plus).</translation>
    </message>
    <message>
        <source>ESSMS name</source>
        <translation>nom de l&apos;ESSMS</translation>
    </message>
    <message>
        <source>OG name</source>
        <translation>nom de l&apos;OG</translation>
    </message>
    <message>
        <source>category label</source>
        <translation>libellé de catégorie</translation>
    </message>
    <message>
        <source>Category {code} may or may not be an ESSMS depending on its authorisation: to check with the ARS; choose its sector.</source>
        <translation>La catégorie {code} est un ESSMS ou non selon son autorisation : à vérifier avec l&apos;ARS ; choisissez son secteur.</translation>
    </message>
</context>
<context>
    <name>EssmsImportDialog</name>
    <message>
        <source>Import a list of ESSMS</source>
        <translation>Importer une liste d&apos;ESSMS</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
        <source>(none: the rows must name their OG)</source>
        <translation>(aucun : chaque ligne doit indiquer son OG)</translation>
    </message>
    <message>
        <source>Create the OGs that are not in the grappe &amp;yet</source>
        <translation>C&amp;réer les OG qui ne sont pas encore dans la grappe</translation>
    </message>
    <message>
        <source>Rows without an OG go to:</source>
        <translation>Les lignes sans OG vont à :</translation>
    </message>
    <message>
        <source>&amp;FINESS ET</source>
        <translation>&amp;FINESS ET</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Département</translation>
    </message>
    <message>
        <source>&amp;Persons accompanied</source>
        <translation>&amp;Personnes accompagnées</translation>
    </message>
    <message>
        <source>FINESS &amp;EJ of the OG</source>
        <translation>FINESS &amp;EJ de l&apos;OG</translation>
    </message>
    <message>
        <source>Name of the &amp;OG</source>
        <translation>Nom de l&apos;&amp;OG</translation>
    </message>
    <message>
        <source>Choose the list of ESSMS</source>
        <translation>Choisir la liste d&apos;ESSMS</translation>
    </message>
    <message>
        <source>Lists of ESSMS (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listes d&apos;ESSMS (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with one ESSMS per line (FINESS ET, name, category, sector, department, persons accompanied, FINESS EJ or name of the OG).</source>
        <translation>Choisissez un fichier CSV ou Excel avec un ESSMS par ligne (FINESS ET, nom, catégorie, secteur, département, personnes accompagnées, FINESS EJ ou nom de l&apos;OG).</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n line(s) under the header.</source>
        <translation>
            <numerusform>{file} : %n ligne sous l&apos;en-tête.</numerusform>
            <numerusform>{file} : %n lignes sous l&apos;en-tête.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Separator {sep}, encoding {encoding}.</source>
        <translation>Séparateur {sep}, encodage {encoding}.</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(aucune colonne)</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>colonne {n}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>FINESS ET</source>
        <translation>FINESS ET</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>Dépt</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>OG</source>
        <translation>OG</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Choose the column that holds the FINESS ET numbers.</source>
        <translation>Choisissez la colonne qui contient les numéros FINESS ET.</translation>
    </message>
    <message numerus="yes">
        <source>%n valid line(s)</source>
        <translation>
            <numerusform>%n ligne valide</numerusform>
            <numerusform>%n lignes valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid (in red, with the reason)</source>
        <translation>
            <numerusform>%n invalide (en rouge, avec la raison)</numerusform>
            <numerusform>%n invalides (en rouge, avec la raison)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a remark (in orange)</source>
        <translation>
            <numerusform>%n avec une remarque (en orange)</numerusform>
            <numerusform>%n avec une remarque (en orange)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %n invalid line(s) and import the others</source>
        <translation>
            <numerusform>Écarter la ligne invalide et importer les autres</numerusform>
            <numerusform>Écarter les %n lignes invalides et importer les autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n ESSMS</source>
        <translation>
            <numerusform>&amp;Importer %n ESSMS</numerusform>
            <numerusform>&amp;Importer %n ESSMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>Add an expense</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <source>(no budget line)</source>
        <translation>(aucune ligne du budget)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Committed (ordered, not paid yet)</source>
        <translation>Engagée (commandée, pas encore payée)</translation>
    </message>
    <message>
        <source>Choose the invoice…</source>
        <translation>Choisir la facture…</translation>
    </message>
    <message>
        <source>Budget line:</source>
        <translation>Ligne du budget :</translation>
    </message>
    <message>
        <source>Amount (€):</source>
        <translation>Montant (€) :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Facture :</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Edit the expense</source>
        <translation>Modifier la dépense</translation>
    </message>
    <message>
        <source>supplier and what was bought</source>
        <translation>fournisseur et objet de la dépense</translation>
    </message>
    <message>
        <source>Supplier / label:</source>
        <translation>Fournisseur / libellé :</translation>
    </message>
    <message>
        <source>Say who was paid and for what (supplier / label).</source>
        <translation>Indiquez qui a été payé et pour quoi (fournisseur / libellé).</translation>
    </message>
    <message>
        <source>Give the amount, in whole euros.</source>
        <translation>Indiquez le montant, en euros entiers.</translation>
    </message>
    <message>
        <source>A date is written day/month/year, e.g. 06/11/2024.</source>
        <translation>Une date s&apos;écrit jour/mois/année, par exemple 06/11/2024.</translation>
    </message>
    <message>
        <source>Give the date the expense was paid.</source>
        <translation>Indiquez la date à laquelle la dépense a été payée.</translation>
    </message>
</context>
<context>
    <name>FieldPath</name>
    <message>
        <source>OG no. {n}</source>
        <translation>{n}e OG</translation>
    </message>
    <message>
        <source>OG no. 1</source>
        <translation>1er OG</translation>
    </message>
    <message>
        <source>ESSMS no. {n}</source>
        <translation>{n}e ESSMS</translation>
    </message>
    <message>
        <source>ESSMS no. 1</source>
        <translation>1er ESSMS</translation>
    </message>
    <message>
        <source>person no. {n}</source>
        <translation>{n}e personne</translation>
    </message>
    <message>
        <source>person no. 1</source>
        <translation>1re personne</translation>
    </message>
    <message>
        <source>need no. {n}</source>
        <translation>{n}e besoin</translation>
    </message>
    <message>
        <source>need no. 1</source>
        <translation>1er besoin</translation>
    </message>
    <message>
        <source>expense no. {n}</source>
        <translation>{n}e dépense</translation>
    </message>
    <message>
        <source>expense no. 1</source>
        <translation>1re dépense</translation>
    </message>
    <message>
        <source>revenue no. {n}</source>
        <translation>{n}e recette</translation>
    </message>
    <message>
        <source>revenue no. 1</source>
        <translation>1re recette</translation>
    </message>
    <message>
        <source>task no. {n}</source>
        <translation>{n}e tâche</translation>
    </message>
    <message>
        <source>task no. 1</source>
        <translation>1re tâche</translation>
    </message>
    <message>
        <source>communication action no. {n}</source>
        <translation>{n}e action de communication</translation>
    </message>
    <message>
        <source>communication action no. 1</source>
        <translation>1re action de communication</translation>
    </message>
    <message>
        <source>partner no. {n}</source>
        <translation>{n}e partenaire</translation>
    </message>
    <message>
        <source>partner no. 1</source>
        <translation>1er partenaire</translation>
    </message>
    <message>
        <source>document no. {n}</source>
        <translation>{n}e pièce</translation>
    </message>
    <message>
        <source>document no. 1</source>
        <translation>1re pièce</translation>
    </message>
    <message>
        <source>OG « {name} »</source>
        <translation>OG « {name} »</translation>
    </message>
    <message>
        <source>task « {name} »</source>
        <translation>tâche « {name} »</translation>
    </message>
    <message>
        <source>FINESS ET</source>
        <translation>FINESS ET</translation>
    </message>
    <message>
        <source>FINESS EJ</source>
        <translation>FINESS EJ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>identifier of the dossier</source>
        <translation>identifiant du dossier</translation>
    </message>
    <message>
        <source>campaign year</source>
        <translation>année de campagne</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>type of project</source>
        <translation>type de projet</translation>
    </message>
    <message>
        <source>hosting of the DUI</source>
        <translation>hébergement du DUI</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>date de création</translation>
    </message>
    <message>
        <source>date of last change</source>
        <translation>date de dernière modification</translation>
    </message>
    <message>
        <source>planned filing date</source>
        <translation>date de dépôt prévue</translation>
    </message>
    <message>
        <source>file active (people accompanied)</source>
        <translation>file active (personnes accompagnées)</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>DUI referent</source>
        <translation>référent DUI</translation>
    </message>
    <message>
        <source>FINESS category</source>
        <translation>catégorie FINESS</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>dépend de</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>need it comes from</source>
        <translation>besoin d&apos;origine</translation>
    </message>
    <message>
        <source>OG it belongs to</source>
        <translation>OG de rattachement</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>account holder</source>
        <translation>titulaire du compte</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>RIB</translation>
    </message>
    <message>
        <source>DUI solution</source>
        <translation>solution DUI</translation>
    </message>
    <message>
        <source>SI maturity self-diagnostic</source>
        <translation>autodiagnostic de maturité SI</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>financements</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>engagements</translation>
    </message>
    <message>
        <source>ESSMS</source>
        <translation>ESSMS</translation>
    </message>
    <message>
        <source>field « {name} »</source>
        <translation>champ « {name} »</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>the dossier as a whole</source>
        <translation>l&apos;ensemble du dossier</translation>
    </message>
    <message>
        <source>note de présentation</source>
        <translation>note de présentation</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Blocking</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Why: {text}</source>
        <translation>Pourquoi : {text}</translation>
    </message>
    <message>
        <source>To fix: {text}</source>
        <translation>Pour corriger : {text}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message numerus="yes">
        <source>Show in the list (%n)</source>
        <translation>
            <numerusform>Voir dans la liste (%n)</numerusform>
            <numerusform>Voir dans la liste (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Nothing to do.</source>
        <extracomment>Most serious first: the UI sorts and colours findings in this order. The ``fix`` of a finding that asks for nothing (an info saying all is well); views leave it out.</extracomment>
        <translation>Rien à faire.</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Blocking</source>
        <extracomment>The key of the line shown when the check could not run (``show_findings(..., error)``).</extracomment>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Why: {why}
Source: {source}</source>
        <translation>Pourquoi : {why}
Source : {source}</translation>
    </message>
</context>
<context>
    <name>Finess</name>
    <message>
        <source>No FINESS number was typed.</source>
        <translation>Aucun numéro FINESS n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>A FINESS number has 9 characters, not {count}.</source>
        <translation>Un numéro FINESS compte 9 caractères, et non {count}.</translation>
    </message>
    <message>
        <source>A FINESS number holds digits only, except 2A or 2B at the start for Corsica (found: {characters}).</source>
        <translation>Un numéro FINESS ne contient que des chiffres, sauf 2A ou 2B au début pour la Corse (caractères trouvés&#xa0;: {characters}).</translation>
    </message>
    <message>
        <source>{prefix} is not the start of a FINESS number of any French department.</source>
        <translation>{prefix} ne correspond au début du numéro FINESS d&apos;aucun département français.</translation>
    </message>
    <message>
        <source>The check key (last digit) {typed} does not match the first 8 characters: it should be {expected}.</source>
        <translation>La clé de contrôle (dernier chiffre) {typed} ne correspond pas aux 8 premiers caractères&#xa0;: elle devrait être {expected}.</translation>
    </message>
    <message>
        <source>This is not a FINESS extract: the first line should read finess;etalab;&lt;number&gt;;&lt;date&gt;, it reads {found}.</source>
        <translation>Ce fichier n&apos;est pas un extrait FINESS&#xa0;: la première ligne devrait être finess;etalab;&lt;numéro&gt;;&lt;date&gt;, or elle contient {found}.</translation>
    </message>
    <message>
        <source>A {kind} line should have {expected} fields separated by &apos;;&apos;, this one has {found}.</source>
        <translation>Une ligne {kind} devrait compter {expected} champs séparés par «&#xa0;;&#xa0;», celle-ci en compte {found}.</translation>
    </message>
    <message>
        <source>Field {field} ({name}) holds {number}, which is not a valid FINESS number.</source>
        <translation>Le champ {field} ({name}) contient {number}, qui n&apos;est pas un numéro FINESS valide.</translation>
    </message>
    <message>
        <source>The establishment {number} is listed twice (first on line {first}).</source>
        <translation>L&apos;établissement {number} figure deux fois (la première fois à la ligne {first}).</translation>
    </message>
    <message>
        <source>Field {field} ({name}) holds {value}, which is not a date written YYYY-MM-DD.</source>
        <translation>Le champ {field} ({name}) contient {value}, qui n&apos;est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The line is not valid CSV: {detail}.</source>
        <translation>La ligne n&apos;est pas au format CSV valide&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>The line holds bytes that are neither UTF-8 nor Windows-1252 text.</source>
        <translation>La ligne contient des octets qui ne sont du texte ni en UTF-8 ni en Windows-1252.</translation>
    </message>
    <message>
        <source>The file holds no establishment (structureet) line.</source>
        <translation>Le fichier ne contient aucune ligne d&apos;établissement (structureet).</translation>
    </message>
    <message>
        <source>This file format is not supported yet; use the data.gouv.fr CSV extract.</source>
        <translation>Ce format de fichier n&apos;est pas encore pris en charge&#x202f;; utilisez l&apos;extrait CSV publié sur data.gouv.fr.</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}.</source>
        <translation>Impossible de lire le fichier&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>The FINESS reference cannot be read ({detail}); import the extract again.</source>
        <translation>Le référentiel FINESS est illisible ({detail})&#x202f;; importez à nouveau l&apos;extrait.</translation>
    </message>
    <message>
        <source>The FINESS reference could not be built ({detail}).</source>
        <translation>Le référentiel FINESS n&apos;a pas pu être construit ({detail}).</translation>
    </message>
    <message>
        <source>The import was cancelled; the previous FINESS reference is kept.</source>
        <translation>L&apos;import a été annulé&#x202f;; le référentiel FINESS précédent est conservé.</translation>
    </message>
</context>
<context>
    <name>FinessImportDialog</name>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>The file could not be read or written: {error}.</source>
        <translation>Le fichier n&apos;a pas pu être lu ou écrit : {error}.</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error ({error}); nothing was changed.</source>
        <translation>L&apos;import s&apos;est arrêté sur une erreur inattendue ({error}) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>FINESS reference</source>
        <translation>Répertoire FINESS</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
    <message>
        <source>{count} establishments imported (extract of {date}).</source>
        <translation>{count} établissements importés (extraction du {date}).</translation>
    </message>
    <message>
        <source>The previous FINESS reference is kept.</source>
        <translation>Le répertoire FINESS précédent est conservé.</translation>
    </message>
    <message>
        <source>Import of {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Choose the FINESS extract</source>
        <translation>Choisir l&apos;extraction FINESS</translation>
    </message>
    <message>
        <source>FINESS extract (*.csv *.txt);;All files (*)</source>
        <translation>Extraction FINESS (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FinessPresence</name>
    <message>
        <source>Found in the FINESS directory of {date}.</source>
        <translation>Trouvé dans le répertoire FINESS du {date}.</translation>
    </message>
    <message>
        <source>Not in the FINESS directory of {date}: type the information in, or import a more recent extract.</source>
        <translation>Absent du répertoire FINESS du {date} : saisissez les informations, ou importez une extraction plus récente.</translation>
    </message>
</context>
<context>
    <name>FinessTotalRow</name>
    <message>
        <source>Counts the social and medico-social establishments of this FINESS EJ in the FINESS reference.</source>
        <translation>Compte les établissements sociaux et médico-sociaux de ce FINESS EJ dans la référence FINESS.</translation>
    </message>
    <message>
        <source>No FINESS reference to count from: import the extract first.</source>
        <translation>Aucune référence FINESS pour compter : importez d&apos;abord l&apos;extraction.</translation>
    </message>
    <message>
        <source>This FINESS EJ runs no social or medico-social establishment in the FINESS directory of {date}: type the figure.</source>
        <translation>Ce FINESS EJ ne gère aucun établissement social ou médico-social dans le répertoire FINESS du {date} : saisissez le nombre.</translation>
    </message>
    <message numerus="yes">
        <source>%n social or medico-social establishment(s) of this FINESS EJ in the FINESS directory of {date}.</source>
        <translation>
            <numerusform>%n établissement social ou médico-social de ce FINESS EJ dans le répertoire FINESS du {date}.</numerusform>
            <numerusform>%n établissements sociaux ou médico-sociaux de ce FINESS EJ dans le répertoire FINESS du {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pr&amp;opose from FINESS</source>
        <translation>Proposer depuis FINESS</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <source>« {state} » is not a dossier state.</source>
        <translation>« {state} » n&apos;est pas un état de dossier.</translation>
    </message>
    <message>
        <source>A dossier is retenu or non retenu only once filed: give the filing date first.</source>
        <translation>Un dossier n&apos;est retenu ou non retenu qu&apos;une fois déposé : indiquez d&apos;abord la date de dépôt.</translation>
    </message>
    <message>
        <source>The amount of « {what} » must be a whole number of euros, 0 or more.</source>
        <translation>Le montant de « {what} » doit être un nombre entier d&apos;euros, 0 ou plus.</translation>
    </message>
    <message>
        <source>The date of « {what} » is not a date (day/month/year).</source>
        <translation>La date de « {what} » n&apos;est pas une date (jour/mois/année).</translation>
    </message>
    <message>
        <source>An expense is either committed or paid, not « {status} ».</source>
        <translation>Une dépense est engagée ou payée, pas « {status} ».</translation>
    </message>
    <message>
        <source>This expense is no longer recorded (removed meanwhile?).</source>
        <translation>Cette dépense n&apos;est plus enregistrée (supprimée entre-temps ?).</translation>
    </message>
</context>
<context>
    <name>FollowupStep</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>After filing: the ARS decision, then for a selected dossier the money received and spent, the real deployment dates and the monthly usage measures whose targets release the balance.</source>
        <translation>Après le dépôt : la décision de l&apos;ARS, puis pour un dossier retenu les sommes reçues et dépensées, les dates réelles du déploiement et les mesures mensuelles d&apos;usage dont les cibles conditionnent le solde.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Usage targets</source>
        <translation>Cibles d&apos;usage</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>Project ownership and usage forfait, ESSMS {first} to {last}</source>
        <translation>Forfait maîtrise d&apos;ouvrage et usages, ESSMS {first} à {last}</translation>
    </message>
    <message>
        <source>Editor share (Ségur-referenced DUI), ESSMS {first} to {last}</source>
        <translation>Part éditeur (DUI référencé Ségur), ESSMS {first} à {last}</translation>
    </message>
    <message>
        <source>Editor share (DUI not Ségur-referenced), ESSMS {first} to {last}</source>
        <translation>Part éditeur (DUI non référencé Ségur), ESSMS {first} à {last}</translation>
    </message>
    <message>
        <source>Small OG equipment and infrastructure: {og}</source>
        <translation>Équipement et infrastructure d&apos;un petit OG&#xa0;: {og}</translation>
    </message>
    <message>
        <source>Small OG AMOA for the purchasing procedure</source>
        <translation>AMOA pour la procédure d&apos;achat (petits OG)</translation>
    </message>
    <message>
        <source>Small OG AMOA or internal project manager for piloting</source>
        <translation>AMOA ou chef de projet interne pour le pilotage (petits OG)</translation>
    </message>
    <message>
        <source>{count} ESSMS × {unit} = {amount}</source>
        <translation>{count} ESSMS × {unit} = {amount}</translation>
    </message>
    <message>
        <source>{og} runs {size} ESSMS (small OG: fewer than {threshold}); {count} ESSMS in the grappe × {unit} = {amount}</source>
        <translation>{og} gère {size} ESSMS (petit OG&#xa0;: moins de {threshold})&#x202f;; {count} ESSMS dans la grappe × {unit} = {amount}</translation>
    </message>
    <message>
        <source>One forfait for the whole project, however many small OGs ask for it ({ogs}): {amount}</source>
        <translation>Un seul forfait pour tout le projet, quel que soit le nombre de petits OG qui le demandent ({ogs})&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Advance of {avance_percent}: {avance}; balance of {solde_percent}: {solde}</source>
        <translation>Avance de {avance_percent}&#xa0;: {avance}&#x202f;; solde de {solde_percent}&#xa0;: {solde}</translation>
    </message>
    <message>
        <source>The {year} campaign does not offer this funding.</source>
        <translation>La campagne {year} ne prévoit pas ce financement.</translation>
    </message>
    <message>
        <source>The {year} campaign does not grant this funding to an acquisition project.</source>
        <translation>La campagne {year} n&apos;accorde pas ce financement à un projet d&apos;acquisition.</translation>
    </message>
    <message>
        <source>{og} runs {size} ESSMS: this funding is reserved for OGs with fewer than {threshold} ESSMS (small OGs).</source>
        <translation>{og} gère {size} ESSMS&#xa0;: ce financement est réservé aux OG de moins de {threshold} ESSMS (OG de petite taille).</translation>
    </message>
    <message>
        <source>{og} has no ESSMS in the grappe.</source>
        <translation>{og} n&apos;a aucun ESSMS dans la grappe.</translation>
    </message>
    <message>
        <source>The {year} campaign pays an editor share only for a Ségur-referenced DUI.</source>
        <translation>La campagne {year} ne verse de part éditeur que pour un DUI référencé Ségur.</translation>
    </message>
    <message>
        <source>The {year} figures are indicative: they repeat earlier rules until the {year} instruction is known.</source>
        <translation>Les montants de la campagne {year} sont indicatifs&#xa0;: ils reprennent les règles antérieures en attendant la publication de l&apos;instruction {year}.</translation>
    </message>
    <message>
        <source>No editor share in this grant: {reason}</source>
        <translation>Pas de part éditeur dans cette subvention&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Project ownership and usage forfait ({type}), among the ESSMS {first} to {last}</source>
        <translation>Forfait maîtrise d&apos;ouvrage et usages ({type}), parmi les ESSMS {first} à {last}</translation>
    </message>
    <message>
        <source>Editor share (Ségur-referenced DUI, {type}), among the ESSMS {first} to {last}</source>
        <translation>Part éditeur (DUI référencé Ségur, {type}), parmi les ESSMS {first} à {last}</translation>
    </message>
    <message>
        <source>Editor share (DUI not Ségur-referenced, {type}), among the ESSMS {first} to {last}</source>
        <translation>Part éditeur (DUI non référencé Ségur, {type}), parmi les ESSMS {first} à {last}</translation>
    </message>
    <message>
        <source>{count} ESSMS × up to {unit} = {amount} (ceiling)</source>
        <translation>{count} ESSMS × jusqu&apos;à {unit} = {amount} (plafond)</translation>
    </message>
    <message>
        <source>{og} runs {size} ESSMS (small OG: fewer than {threshold}); {count} ESSMS in the grappe × up to {unit} = {amount} (ceiling)</source>
        <translation>{og} gère {size} ESSMS (petit OG&#xa0;: moins de {threshold})&#x202f;; {count} ESSMS dans la grappe × jusqu&apos;à {unit} = {amount} (plafond)</translation>
    </message>
    <message>
        <source>One forfait for the whole project, however many small OGs ask for it ({ogs}): up to {amount} (ceiling)</source>
        <translation>Un seul forfait pour tout le projet, quel que soit le nombre de petits OG qui le demandent ({ogs})&#xa0;: jusqu&apos;à {amount} (plafond)</translation>
    </message>
    <message>
        <source>The {year} campaign does not grant this funding to an upgrade project.</source>
        <translation>La campagne {year} n&apos;accorde pas ce financement à un projet de mise en conformité.</translation>
    </message>
    <message>
        <source>The grappe has no ESSMS: no funding line, not even the per-project AMOA forfait.</source>
        <translation>La grappe n&apos;a aucun ESSMS : aucune ligne de financement, pas même le forfait AMOA par projet.</translation>
    </message>
    <message>
        <source>Lines marked (ceiling) are maxima: the grant follows the quotes up to these amounts.</source>
        <translation>Les lignes marquées (plafond) sont des maxima&#xa0;: la subvention suit les devis dans la limite de ces montants.</translation>
    </message>
    <message>
        <source>No editor share for the ESSMS in {type}: {reason}</source>
        <translation>Pas de part éditeur pour les ESSMS en {type} : {reason}</translation>
    </message>
</context>
<context>
    <name>Galis</name>
    <message>
        <source>1. The applicant: the porteur (GALIS account)</source>
        <translation>1. Le demandeur : le porteur (compte GALIS)</translation>
    </message>
    <message>
        <source>2. The request form</source>
        <translation>2. Le formulaire de demande</translation>
    </message>
    <message>
        <source>3. The project and its DUI</source>
        <translation>3. Le projet et son DUI</translation>
    </message>
    <message>
        <source>4. The grappe: OGs and ESSMS</source>
        <translation>4. La grappe : OG et ESSMS</translation>
    </message>
    <message>
        <source>5. Financing</source>
        <translation>5. Financement</translation>
    </message>
    <message>
        <source>6. Calendar</source>
        <translation>6. Calendrier</translation>
    </message>
    <message>
        <source>7. Commitments</source>
        <translation>7. Engagements</translation>
    </message>
    <message>
        <source>8. Bank details</source>
        <translation>8. Coordonnées bancaires</translation>
    </message>
    <message>
        <source>9. Attachments to upload</source>
        <translation>9. Pièces à téléverser</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>In the PDF pack (step « PDF pack »)</source>
        <translation>Dans le dossier PDF (étape « Dossier PDF »)</translation>
    </message>
    <message>
        <source>Acquisition or renewal of a DUI</source>
        <translation>Acquisition ou renouvellement d&apos;un DUI</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>External hosting</source>
        <translation>Hébergement externe</translation>
    </message>
    <message>
        <source>On premise</source>
        <translation>Sur site (on premise)</translation>
    </message>
    <message>
        <source>Regional call of the ARS {region}</source>
        <translation>Appel à projets régional de l&apos;ARS {region}</translation>
    </message>
    <message>
        <source>National call (CNSA and DNS)</source>
        <translation>Appel à projets national (CNSA et DNS)</translation>
    </message>
    <message>
        <source>ESMS numérique {year}</source>
        <translation>ESMS numérique {year}</translation>
    </message>
    <message>
        <source>Name of the organisme gestionnaire</source>
        <translation>Raison sociale de l&apos;organisme gestionnaire</translation>
    </message>
    <message>
        <source>FINESS juridique (EJ)</source>
        <translation>FINESS juridique (EJ)</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>Where the dossier is filed</source>
        <translation>Lieu de dépôt du dossier</translation>
    </message>
    <message>
        <source>Type of project (form)</source>
        <translation>Type de projet (formulaire)</translation>
    </message>
    <message>
        <source>Sector of the project (form)</source>
        <translation>Champ du projet (formulaire)</translation>
    </message>
    <message>
        <source>Number of ESSMS</source>
        <translation>Nombre d&apos;ESSMS</translation>
    </message>
    <message>
        <source>Number of organismes gestionnaires</source>
        <translation>Nombre d&apos;organismes gestionnaires</translation>
    </message>
    <message>
        <source>Title of the project</source>
        <translation>Intitulé du projet</translation>
    </message>
    <message>
        <source>DUI software</source>
        <translation>Logiciel de DUI</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Upgrade of an existing DUI (Ségur version)</source>
        <translation>Mise en conformité d&apos;un DUI existant (version Ségur)</translation>
    </message>
    <message>
        <source>Ségur-referenced</source>
        <translation>Référencé Ségur</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Services socles</source>
        <translation>Services socles</translation>
    </message>
    <message>
        <source>Référentiels</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <source>National reach</source>
        <translation>Portée nationale</translation>
    </message>
    <message>
        <source>OG {number}: {name} — FINESS EJ</source>
        <translation>OG {number} : {name} — FINESS EJ</translation>
    </message>
    <message>
        <source>ESSMS {number}: {name} — FINESS ET</source>
        <translation>ESSMS {number} : {name} — FINESS ET</translation>
    </message>
    <message>
        <source>ESMS numérique grant requested</source>
        <translation>Subvention ESMS numérique demandée</translation>
    </message>
    <message>
        <source>Advance at the signature of the convention</source>
        <translation>Avance à la signature de la convention</translation>
    </message>
    <message>
        <source>Balance once the usage targets are reached</source>
        <translation>Solde à l&apos;atteinte des cibles d&apos;usage</translation>
    </message>
    <message>
        <source>Total cost of the project</source>
        <translation>Coût total du projet</translation>
    </message>
    <message>
        <source>Own funds</source>
        <translation>Fonds propres</translation>
    </message>
    <message>
        <source>Other funders</source>
        <translation>Autres financeurs</translation>
    </message>
    <message>
        <source>Start of the project</source>
        <translation>Début du projet</translation>
    </message>
    <message>
        <source>End of the deployment</source>
        <translation>Fin du déploiement</translation>
    </message>
    <message>
        <source>Planned filing date</source>
        <translation>Date de dépôt prévue</translation>
    </message>
    <message>
        <source>Commitment to fill the ROR</source>
        <translation>Engagement à compléter le ROR</translation>
    </message>
    <message>
        <source>Dossier filed in an earlier wave</source>
        <translation>Dossier déposé lors d&apos;une vague précédente</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Note de présentation, planning and self-diagnostics</source>
        <translation>Note de présentation, planning et autodiagnostics</translation>
    </message>
    <message>
        <source>Signed engagement letter — {name}</source>
        <translation>Lettre d&apos;engagement signée — {name}</translation>
    </message>
    <message>
        <source>RIB</source>
        <translation>RIB</translation>
    </message>
    <message>
        <source>Agreement of the national entity — {name}</source>
        <translation>Accord de l&apos;entité nationale — {name}</translation>
    </message>
    <message>
        <source>Quote — {name}</source>
        <translation>Devis — {name}</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>of which project ownership and usage</source>
        <translation>dont maîtrise d&apos;ouvrage et usages</translation>
    </message>
    <message>
        <source>of which editor share</source>
        <translation>dont part éditeur</translation>
    </message>
    <message>
        <source>of which equipment of small OGs</source>
        <translation>dont équipement des petits OG</translation>
    </message>
</context>
<context>
    <name>GalisView</name>
    <message>
        <source>The porteur files the dossier in GALIS, the CNSA&apos;s online tool (&lt;a href=&quot;https://galis-subventions.cnsa.fr/&quot;&gt;galis-subventions.cnsa.fr&lt;/a&gt;): an account in the ESPACE USAGERS, then the forms of the ESPACE PERSONNEL. Type the values below in this order; each « Copy » button puts one value in the clipboard. Double-click an empty value to fill it in.</source>
        <translation>Le porteur dépose le dossier dans GALIS, l&apos;outil en ligne de la CNSA (&lt;a href=&quot;https://galis-subventions.cnsa.fr/&quot;&gt;galis-subventions.cnsa.fr&lt;/a&gt;) : un compte dans l&apos;ESPACE USAGERS, puis les formulaires de l&apos;ESPACE PERSONNEL. Saisissez les valeurs ci-dessous dans cet ordre ; chaque bouton « Copier » met une valeur dans le presse-papiers. Double-cliquez sur une valeur vide pour la renseigner.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>to complete</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy « {label} » to the clipboard</source>
        <translation>Copier « {label} » dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>%n required value(s) still empty.</source>
        <translation>
            <numerusform>%n valeur obligatoire encore vide.</numerusform>
            <numerusform>%n valeurs obligatoires encore vides.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every required value is filled.</source>
        <translation>Toutes les valeurs obligatoires sont renseignées.</translation>
    </message>
    <message>
        <source>Copied: {label}.</source>
        <translation>Copié : {label}.</translation>
    </message>
    <message>
        <source>galis-entry</source>
        <translation>saisie-galis</translation>
    </message>
    <message>
        <source>Export the GALIS helper</source>
        <translation>Exporter l&apos;aide à la saisie GALIS</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Markdown text (*.md)</source>
        <translation>Document PDF (*.pdf);;Texte Markdown (*.md)</translation>
    </message>
    <message>
        <source>Entry in GALIS — {dossier}</source>
        <translation>Saisie dans GALIS — {dossier}</translation>
    </message>
    <message>
        <source>The values to type into GALIS, in order (prepared with esms-desktop).</source>
        <translation>Les valeurs à saisir dans GALIS, dans l&apos;ordre (préparées avec esms-desktop).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {detail}.</source>
        <translation>Impossible d&apos;écrire le fichier {path} : {detail}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté dans {path}.</translation>
    </message>
    <message>
        <source>&amp;I entered the candidature in GALIS on</source>
        <translation>&amp;J&apos;ai saisi la candidature dans GALIS le</translation>
    </message>
    <message>
        <source>Tick once the dossier is typed into GALIS: until then the pack and its check-list say « To enter ».</source>
        <translation>À cocher une fois le dossier saisi dans GALIS : jusque-là, le dossier PDF et sa liste de contrôle indiquent « À saisir ».</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Gantt chart of the planning</source>
        <translation>Diagramme de Gantt du planning</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>(sans phase)</translation>
    </message>
    <message>
        <source>No task yet: generate the planning from the template of your type of project.</source>
        <translation>Pas encore de tâche : générez le planning à partir du modèle de votre type de projet.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Filing ({date})</source>
        <translation>Dépôt ({date})</translation>
    </message>
    <message>
        <source>Latest end of deployment ({date})</source>
        <translation>Fin de déploiement au plus tard ({date})</translation>
    </message>
    <message>
        <source>Today ({date})</source>
        <translation>Aujourd&apos;hui ({date})</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Wave {number}</source>
        <translation>Vague {number}</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Milestone: {date}</source>
        <translation>Jalon : {date}</translation>
    </message>
    <message>
        <source>{start} → {end} ({days} days)</source>
        <translation>{start} → {end} ({days} jours)</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsable : {owner}</translation>
    </message>
    <message>
        <source>ESSMS: {names}</source>
        <translation>ESSMS : {names}</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate the planning from the template</source>
        <translation>Générer le planning à partir du modèle</translation>
    </message>
    <message>
        <source>The template lists the usual tasks of this kind of project with indicative durations. Training and deployment are repeated for each wave of ESSMS. Every date can be changed afterwards.</source>
        <translation>Le modèle reprend les tâches habituelles de ce type de projet, avec des durées indicatives. La formation et le déploiement sont répétés pour chaque vague d&apos;ESSMS. Toutes les dates restent modifiables ensuite.</translation>
    </message>
    <message>
        <source>Project &amp;type:</source>
        <translation>&amp;Type de projet :</translation>
    </message>
    <message>
        <source>&amp;Start of the project:</source>
        <translation>&amp;Début du projet :</translation>
    </message>
    <message>
        <source>Number of &amp;waves:</source>
        <translation>Nombre de &amp;vagues :</translation>
    </message>
    <message>
        <source>ESSMS</source>
        <translation>ESSMS</translation>
    </message>
    <message>
        <source>Organisme gestionnaire</source>
        <translation>Organisme gestionnaire</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>(porteur)</source>
        <translation>(porteur)</translation>
    </message>
    <message>
        <source>Wave of {name}</source>
        <translation>Vague de {name}</translation>
    </message>
    <message>
        <source>&amp;ESSMS deployed in each wave:</source>
        <translation>&amp;ESSMS déployés dans chaque vague :</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Wave {number}</source>
        <translation>Vague {number}</translation>
    </message>
    <message>
        <source>wave {number}: {count}</source>
        <translation>vague {number} : {count}</translation>
    </message>
    <message>
        <source>ESSMS per wave: {counts}.</source>
        <translation>ESSMS par vague : {counts}.</translation>
    </message>
    <message>
        <source>End of deployment with the template: {end} (at the latest {limit}, {months} months after the start).</source>
        <translation>Fin du déploiement avec le modèle : {end} (au plus tard le {limit}, {months} mois après le début).</translation>
    </message>
    <message>
        <source>Waves without ESSMS: {numbers}.</source>
        <translation>Vagues sans ESSMS : {numbers}.</translation>
    </message>
    <message>
        <source>Sp&amp;read the ESSMS evenly</source>
        <translation>&amp;Répartir les ESSMS équitablement</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>AAP ARS Bourgogne-Franche-Comté 2022</source>
        <translation>AAP ARS Bourgogne-Franche-Comté 2022</translation>
    </message>
    <message>
        <source>Système ouvert non sélectif: a purchase made by the State on behalf of the ESSMS (article L1111-24 of the Code de la santé publique). Through it the State buys the « Prestation Ségur » from the software editors.</source>
        <translation>Système ouvert non sélectif : un achat fait par l&apos;État pour le compte des ESSMS (article L1111-24 du Code de la santé publique). C&apos;est par lui que l&apos;État achète la « Prestation Ségur » aux éditeurs de logiciels.</translation>
    </message>
    <message>
        <source>What the State buys through SONS: the purchase and set-up of a DUI version that meets the national specifications of the social and medico-social sector. It is paid by the State: the ESSMS has nothing left to pay the editor for it. An ESSMS that ordered it says so in « La grappe ».</source>
        <translation>Ce que l&apos;État achète par le SONS : l&apos;achat et la mise en œuvre d&apos;une version du DUI conforme aux spécifications nationales du secteur social et médico-social. L&apos;État la paie : l&apos;ESSMS n&apos;a rien à régler à l&apos;éditeur pour elle. Un ESSMS qui l&apos;a commandée l&apos;indique dans « La grappe ».</translation>
    </message>
    <message>
        <source>The shared digital health services the Ségur du numérique deploys first: DMP, MSS (secure messaging), INS, Pro Santé Connect, e-prescription and ApCV. The DUI must work with them.</source>
        <translation>Les services numériques de santé partagés que le Ségur du numérique déploie en priorité : DMP, MSS (messagerie sécurisée), INS, Pro Santé Connect, e-prescription et ApCV. Le DUI doit fonctionner avec eux.</translation>
    </message>
    <message>
        <source>Identité nationale de santé: the identity under which a person&apos;s health and care data are shared between professionals. One of the services socles.</source>
        <translation>Identité nationale de santé : l&apos;identité sous laquelle les données de santé et d&apos;accompagnement d&apos;une personne sont partagées entre professionnels. L&apos;un des services socles.</translation>
    </message>
    <message>
        <source>Système d&apos;acquisition dynamique set up by the RESAH on behalf of the CNSA: the purchase procedure a porteur uses to choose a solution listed in it, except in the cases the call lists (for instance a public contract already running for the same need).</source>
        <translation>Système d&apos;acquisition dynamique mis en place par le RESAH pour le compte de la CNSA : la procédure d&apos;achat par laquelle le porteur choisit une solution qui y est référencée, sauf dans les cas que l&apos;appel énumère (par exemple un marché public en cours pour le même besoin).</translation>
    </message>
    <message>
        <source>Said of a software version found to meet the Dossiers de Spécification du Référencement (DSR) of its sector. The campaign&apos;s rules say when a DUI that is not Ségur-referenced is accepted.</source>
        <translation>Se dit d&apos;une version de logiciel reconnue conforme aux Dossiers de Spécification du Référencement (DSR) de son secteur. Les règles de la campagne disent quand un DUI non référencé Ségur est accepté.</translation>
    </message>
    <message>
        <source>The CNSA&apos;s online tool (galis-subventions.cnsa.fr) where the candidature is filed: create an account in the user area, then enter the dossier in the personal area. The step « Verification » lists what to type there.</source>
        <translation>L&apos;outil en ligne de la CNSA (galis-subventions.cnsa.fr) où la candidature est déposée : créer un compte dans l&apos;espace usagers, puis saisir le dossier dans l&apos;espace personnel. L&apos;étape « Vérification » liste ce qu&apos;il faut y saisir.</translation>
    </message>
    <message>
        <source>ARS Île-de-France webinar, 14/02/2023</source>
        <translation>Webinaire ARS Île-de-France, 14/02/2023</translation>
    </message>
    <message>
        <source>The number of people an ESSMS accompanies at least once in the year: people in its workforce on 31/12 plus the definitive exits of the year, each person counted once. Usage targets are measured against it.</source>
        <translation>Le nombre de personnes accompagnées par l&apos;ESSMS au moins une fois dans l&apos;année : l&apos;effectif au 31/12 plus les sorties définitives de l&apos;année, chaque personne comptée une seule fois. Les cibles d&apos;usage se mesurent par rapport à elle.</translation>
    </message>
    <message>
        <source>An ESSMS not equipped with a DUI yet: the programme helps it buy one (a first purchase or a new software), and supports the project and the change in its organisation.</source>
        <translation>Un ESSMS qui n&apos;est pas encore équipé d&apos;un DUI : le programme l&apos;aide à s&apos;en équiper (première acquisition ou nouveau logiciel) et accompagne le projet et la transformation de son organisation.</translation>
    </message>
    <message>
        <source>National flyer 2024</source>
        <translation>Dépliant national 2024</translation>
    </message>
    <message>
        <source>An ESSMS already equipped with a DUI: the programme helps it reach usage targets and exchange and share health and medico-social data.</source>
        <translation>Un ESSMS déjà équipé d&apos;un DUI : le programme l&apos;aide à atteindre des objectifs d&apos;usage et d&apos;échange et de partage des données de santé et médico-sociales.</translation>
    </message>
    <message>
        <source>Dossier usager informatisé: the software in which the professionals of an ESSMS keep the record of each person accompanied.</source>
        <translation>Dossier usager informatisé : le logiciel dans lequel les professionnels d&apos;un ESSMS tiennent le dossier de chaque personne accompagnée.</translation>
    </message>
    <message>
        <source>Bretagne presentation, AAP 2025</source>
        <translation>Présentation Bretagne, AAP 2025</translation>
    </message>
    <message>
        <source>A group of organismes gestionnaires (OG) that file one candidature together for their ESSMS, with one porteur. The campaign sets its minimum size (15 ESSMS in metropolitan France, 8 in Corse and overseas in 2024).</source>
        <translation>Un regroupement d&apos;organismes gestionnaires (OG) qui déposent ensemble une candidature pour leurs ESSMS, avec un porteur. La campagne fixe sa taille minimale (15 ESSMS en métropole, 8 en Corse et outre-mer en 2024).</translation>
    </message>
    <message>
        <source>The OG that carries the project for the whole grappe and files its dossier; the other OGs commit to it by a signed engagement letter.</source>
        <translation>L&apos;OG qui porte le projet pour toute la grappe et dépose son dossier ; les autres OG s&apos;y engagent par une lettre d&apos;engagement signée.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>search a term</source>
        <translation>chercher un terme</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>This person is no longer in the dossier (number {id}).</source>
        <translation>Cette personne ne figure plus dans le dossier (numéro {id}).</translation>
    </message>
    <message>
        <source>This person belongs to another dossier.</source>
        <translation>Cette personne appartient à un autre dossier.</translation>
    </message>
</context>
<context>
    <name>GovernanceStep</name>
    <message>
        <source>Governance</source>
        <extracomment>Columns of the people table that share the width (name, function, organisation, e-mail).</extracomment>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Who steers the project: the members of the steering committee (COPIL) and of the project committee (COPROJ), the project lead with the time they give and their skills, and a DUI referent in each ESSMS.</source>
        <translation>Qui pilote le projet : les membres du comité de pilotage (COPIL) et du comité projet (COPROJ), le chef de projet avec son temps consacré et ses compétences, et un référent DUI dans chaque ESSMS.</translation>
    </message>
    <message>
        <source>People of the project</source>
        <translation>Personnes du projet</translation>
    </message>
    <message>
        <source>DUI referent of each ESSMS</source>
        <translation>Référent DUI de chaque ESSMS</translation>
    </message>
    <message>
        <source>The DUI referent relays the project in the establishment: settings, training of colleagues, first-level support. Add the people above first.</source>
        <translation>Le référent DUI relaie le projet dans l&apos;établissement : paramétrage, formation des collègues, assistance de premier niveau. Ajoutez d&apos;abord les personnes ci-dessus.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
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
        <source>COPIL</source>
        <translation>COPIL</translation>
    </message>
    <message>
        <source>COPROJ</source>
        <translation>COPROJ</translation>
    </message>
    <message>
        <source>Project lead</source>
        <translation>Chef de projet</translation>
    </message>
    <message>
        <source>OG</source>
        <translation>OG</translation>
    </message>
    <message>
        <source>FINESS ET</source>
        <translation>FINESS ET</translation>
    </message>
    <message>
        <source>ESSMS</source>
        <translation>ESSMS</translation>
    </message>
    <message>
        <source>DUI referent</source>
        <translation>Référent DUI</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <source>No project lead is designated yet: edit a person and tick « Project lead ».</source>
        <translation>Aucun chef de projet n&apos;est encore désigné : modifiez une personne et cochez « Chef de projet ».</translation>
    </message>
    <message>
        <source>, {fte} FTE</source>
        <translation>, {fte} ETP</translation>
    </message>
    <message>
        <source> — skills: {skills}</source>
        <translation> — compétences : {skills}</translation>
    </message>
    <message>
        <source>Project lead: {name}{fte}{skills}</source>
        <translation>Chef de projet : {name}{fte}{skills}</translation>
    </message>
    <message numerus="yes">
        <source>COPIL: %n member(s)</source>
        <translation>
            <numerusform>COPIL : %n membre</numerusform>
            <numerusform>COPIL : %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>COPROJ: %n member(s)</source>
        <translation>
            <numerusform>COPROJ : %n membre</numerusform>
            <numerusform>COPROJ : %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>DUI referent of « {essms} »</source>
        <translation>Référent DUI de « {essms} »</translation>
    </message>
    <message>
        <source>Time on the project</source>
        <translation>Temps consacré au projet</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Remove « {name} » from the project?</source>
        <translation>Retirer « {name} » du projet ?</translation>
    </message>
    <message numerus="yes">
        <source>%n ESSMS will have no DUI referent any more.</source>
        <translation>
            <numerusform>%n ESSMS n&apos;aura plus de référent DUI.</numerusform>
            <numerusform>%n ESSMS n&apos;auront plus de référent DUI.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>remove « {name} »</source>
        <translation>supprimer « {name} »</translation>
    </message>
</context>
<context>
    <name>GrantView</name>
    <message>
        <source>Computed from the campaign&apos;s rules, never typed. A forfait counts in full; an amount « up to » (ceiling) counts up to the matching expenses. Hover a line to see its rule.</source>
        <translation>Calculée d&apos;après les règles de la campagne, jamais saisie. Un forfait compte en entier ; un montant « jusqu&apos;à » (plafond) compte dans la limite des dépenses correspondantes. Survolez une ligne pour voir sa règle.</translation>
    </message>
    <message>
        <source>Grant line</source>
        <translation>Ligne de subvention</translation>
    </message>
    <message>
        <source>Scale amount</source>
        <translation>Montant du barème</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Retained in the budget</source>
        <translation>Retenu au budget</translation>
    </message>
    <message>
        <source>{rule}
Source: {source}</source>
        <translation>{rule}
Source : {source}</translation>
    </message>
    <message>
        <source>Retained up to the matching expenses of the budget.</source>
        <translation>Retenu dans la limite des dépenses correspondantes du budget.</translation>
    </message>
    <message>
        <source>ceiling</source>
        <translation>plafond</translation>
    </message>
    <message>
        <source>forfait</source>
        <translation>forfait</translation>
    </message>
    <message>
        <source>Total of the grant</source>
        <translation>Total de la subvention</translation>
    </message>
    <message>
        <source>Payment of the retained grant: advance of {avance_percent} % {when}: &lt;b&gt;{avance}&lt;/b&gt;; balance of {solde_percent} % {condition}: &lt;b&gt;{solde}&lt;/b&gt;.</source>
        <translation>Versement de la subvention retenue : avance de {avance_percent} % {when} : &lt;b&gt;{avance}&lt;/b&gt; ; solde de {solde_percent} % {condition} : &lt;b&gt;{solde}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>equipment and infrastructure</source>
        <translation>équipement et infrastructure</translation>
    </message>
    <message>
        <source>AMOA for the purchasing procedure</source>
        <translation>AMOA pour la procédure d&apos;achat</translation>
    </message>
    <message>
        <source>AMOA or internal project manager for piloting</source>
        <translation>AMOA ou chef de projet interne pour le pilotage</translation>
    </message>
    <message>
        <source>{aid}: {ogs}</source>
        <translation>{aid} : {ogs}</translation>
    </message>
    <message>
        <source>No specific funding for small OGs is asked for (set in each OG&apos;s form of the grappe).</source>
        <translation>Aucun financement spécifique aux petits OG n&apos;est demandé (à indiquer dans la fiche de chaque OG de la grappe).</translation>
    </message>
    <message>
        <source>Specific funding asked for by the small OGs (set in each OG&apos;s form of the grappe):</source>
        <translation>Financements spécifiques demandés par les petits OG (indiqués dans la fiche de chaque OG de la grappe) :</translation>
    </message>
</context>
<context>
    <name>Grappe</name>
    <message>
        <source>This organisme gestionnaire no longer exists (number {id}).</source>
        <translation>Cet organisme gestionnaire n&apos;existe plus (numéro {id}).</translation>
    </message>
    <message>
        <source>This ESSMS no longer exists (number {id}).</source>
        <translation>Cet ESSMS n&apos;existe plus (numéro {id}).</translation>
    </message>
</context>
<context>
    <name>GrappeChoices</name>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Non membre</translation>
    </message>
</context>
<context>
    <name>GrappeResultsView</name>
    <message>
        <source>No OG of the grappe has answered its self-diagnostic yet.</source>
        <translation>Aucun OG de la grappe n&apos;a encore répondu à son autodiagnostic.</translation>
    </message>
    <message>
        <source>Grappe: mean overall score &lt;b&gt;{mean}&lt;/b&gt;/100, lowest &lt;b&gt;{minimum}&lt;/b&gt;/100.</source>
        <translation>Grappe : score global moyen &lt;b&gt;{mean}&lt;/b&gt;/100, le plus bas &lt;b&gt;{minimum}&lt;/b&gt;/100.</translation>
    </message>
    <message numerus="yes">
        <source>%n OG(s) scored.</source>
        <translation>
            <numerusform>%n OG évalué.</numerusform>
            <numerusform>%n OG évalués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: {names}.</source>
        <translation>Non commencé : {names}.</translation>
    </message>
    <message>
        <source>Partial: {names}.</source>
        <translation>Partiel : {names}.</translation>
    </message>
    <message>
        <source>Each OG counts once in the mean and minimum, over the domains it has a score in.</source>
        <translation>Chaque OG compte une fois dans la moyenne et le minimum, sur les domaines où il a un score.</translation>
    </message>
    <message>
        <source>Grappe mean</source>
        <translation>Moyenne de la grappe</translation>
    </message>
    <message>
        <source>Grappe minimum</source>
        <translation>Minimum de la grappe</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
</context>
<context>
    <name>GrappeStep</name>
    <message>
        <source>The grappe</source>
        <translation>La grappe</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Sect.</source>
        <translation>Sect.</translation>
    </message>
    <message>
        <source>Pers.</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>FINESS category</source>
        <translation>Catégorie FINESS</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Add an &amp;OG…</source>
        <translation>Ajouter un &amp;OG…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message numerus="yes">
        <source>%n OG(s)</source>
        <translation>
            <numerusform>%n OG</numerusform>
            <numerusform>%n OG</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ESSMS</source>
        <translation>
            <numerusform>%n ESSMS</numerusform>
            <numerusform>%n ESSMS</numerusform>
        </translation>
    </message>
    <message>
        <source>List the organismes gestionnaires (OG) of the grappe and, under each, the establishments and services (ESSMS) taking part, by their FINESS numbers. Mark the OG that carries the project (the porteur). Double-click a line to edit it. The rules of the campaign are checked on the right as you go.</source>
        <translation>Listez les organismes gestionnaires (OG) de la grappe et, sous chacun, les établissements et services (ESSMS) participants, par leur numéro FINESS. Désignez l&apos;OG qui porte le projet (le porteur). Double-cliquez sur une ligne pour la modifier. Les règles de la campagne sont vérifiées à droite au fil de la saisie.</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>Dépt</translation>
    </message>
    <message>
        <source>Add &amp;all the ESSMS of this OG…</source>
        <translation>Ajouter &amp;tous les ESSMS de cet OG…</translation>
    </message>
    <message>
        <source>Pick, in the FINESS reference, the establishments of the selected OG&apos;s FINESS EJ.</source>
        <translation>Choisir, dans le répertoire FINESS, les établissements du FINESS EJ de l&apos;OG sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Import a list (CSV, Excel)…</source>
        <translation>&amp;Importer une liste (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Porteur of the project</source>
        <translation>Porteur du projet</translation>
    </message>
    <message>
        <source>Isolated ESSMS joining the grappe</source>
        <translation>ESSMS isolé rejoignant la grappe</translation>
    </message>
    <message>
        <source>(isolated)</source>
        <translation>(isolé)</translation>
    </message>
    <message>
        <source>Porteur: {name}</source>
        <translation>Porteur : {name}</translation>
    </message>
    <message>
        <source>No porteur yet: edit the OG that carries the project.</source>
        <translation>Pas encore de porteur : modifiez l&apos;OG qui porte le projet.</translation>
    </message>
    <message>
        <source>New ESSMS of « {og} »</source>
        <translation>Nouvel ESSMS de « {og} »</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>remove the OG « {name} »</source>
        <translation>supprimer l&apos;OG « {name} »</translation>
    </message>
    <message>
        <source>Remove the ESSMS « {name} » from the grappe? Its needs stay, no longer tied to it. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Retirer l&apos;ESSMS « {name} » de la grappe ? Ses besoins restent, sans lien avec lui. Édition ▸ Annuler (Ctrl+Z) le fait revenir.</translation>
    </message>
    <message>
        <source>remove the ESSMS « {name} »</source>
        <translation>supprimer l&apos;ESSMS « {name} »</translation>
    </message>
    <message>
        <source>Add an E&amp;SSMS…</source>
        <translation>&amp;Ajouter un ESSMS…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Persons accompanied (file active)</source>
        <translation>Personnes accompagnées (file active)</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>A SIREN has 9 digits and a SIRET 14; this number has {count}.</source>
        <translation>Un SIREN compte 9 chiffres et un SIRET 14 ; ce numéro en compte {count}.</translation>
    </message>
    <message>
        <source>A SIREN or SIRET holds digits only.</source>
        <translation>Un SIREN ou un SIRET ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>This SIREN is not valid: its check key does not match (typing error?).</source>
        <translation>Ce SIREN n&apos;est pas valide : sa clé de contrôle ne correspond pas (faute de frappe ?).</translation>
    </message>
    <message>
        <source>This SIRET is not valid: its check key does not match (typing error?).</source>
        <translation>Ce SIRET n&apos;est pas valide : sa clé de contrôle ne correspond pas (faute de frappe ?).</translation>
    </message>
    <message>
        <source>This is not an e-mail address (expected: name@domain.fr).</source>
        <translation>Ce n&apos;est pas une adresse électronique (attendu : nom@domaine.fr).</translation>
    </message>
</context>
<context>
    <name>JsonChecks</name>
    <message>
        <source>text holding an invalid character (a lone surrogate escape such as \ud800)</source>
        <translation>un texte contenant un caractère invalide (un code isolé tel que \ud800)</translation>
    </message>
    <message>
        <source>a number too large to be stored</source>
        <translation>un nombre trop grand pour être enregistré</translation>
    </message>
    <message>
        <source>NaN or Infinity, which is not a number</source>
        <translation>NaN ou Infinity, qui n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>JsonError</name>
    <message>
        <source>a field name in double quotes was expected (a comma too many before a closing brace?)</source>
        <translation>un nom de champ entre guillemets droits était attendu (une virgule de trop avant une accolade fermante ?)</translation>
    </message>
    <message>
        <source>a « : » was expected after a field name</source>
        <translation>un « : » était attendu après un nom de champ</translation>
    </message>
    <message>
        <source>a comma was expected between two values</source>
        <translation>une virgule était attendue entre deux valeurs</translation>
    </message>
    <message>
        <source>a value was expected (the file may be cut short or empty)</source>
        <translation>une valeur était attendue (le fichier est peut-être tronqué ou vide)</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>un texte entre guillemets n&apos;est pas refermé</translation>
    </message>
    <message>
        <source>a text holds a line break or tab that should be written \n or \t</source>
        <translation>un texte contient un saut de ligne ou une tabulation qui devrait être écrit \n ou \t</translation>
    </message>
    <message>
        <source>a « \u » code in a text is incomplete</source>
        <translation>un code « \u » dans un texte est incomplet</translation>
    </message>
    <message>
        <source>a « \ » in a text is not followed by a known code</source>
        <translation>un « \ » dans un texte n&apos;est pas suivi d&apos;un code connu</translation>
    </message>
    <message>
        <source>something follows the end of the data</source>
        <translation>quelque chose suit la fin des données</translation>
    </message>
    <message>
        <source>the text is not written as JSON</source>
        <translation>le texte n&apos;est pas écrit en JSON</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason}</source>
        <translation>ligne {line}, colonne {column} : {reason}</translation>
    </message>
</context>
<context>
    <name>LookingForGrappeDialog</name>
    <message>
        <source>My establishment is looking for a grappe</source>
        <translation>Mon établissement cherche une grappe</translation>
    </message>
    <message>
        <source>&lt;p&gt;The programme funds &lt;b&gt;grappes&lt;/b&gt;: several organisations (OG) and their establishments (ESSMS) choosing one DUI together. An establishment alone has two ways in:&lt;/p&gt;&lt;p&gt;&lt;b&gt;1. Join a grappe being built.&lt;/b&gt; Let it be known that your establishment is interested: to the partners you already work with or who are near you, to your federation, to the regional &lt;b&gt;collectif SI médico-social&lt;/b&gt; (its role is to put establishments in touch), and to your DUI editor if you already have one. Establishments in the same situation on your territory can ask together.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Join a grappe already funded&lt;/b&gt; by ESMS numérique. It is possible when the &lt;b&gt;porteur of that grappe agrees&lt;/b&gt; and the &lt;b&gt;timing fits&lt;/b&gt; its project: it must be regular under the contract or public tender the grappe signed, and must not put its deadlines or its usage targets at risk.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What to prepare:&lt;/b&gt; your FINESS numbers (legal entity and establishments), SIRET, who signs for your organisation, the number of persons you accompany, your current DUI if any, and the self-diagnostic of your information system.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Whom to ask:&lt;/b&gt; the &lt;b&gt;ARS&lt;/b&gt; of your region (who runs the regional call for projects) and the regional &lt;b&gt;collectif SI&lt;/b&gt;. When a porteur asks for your information, it sends you a file (.esms-og): open it with « I am answering a porteur&apos;s request ».&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le programme finance des &lt;b&gt;grappes&lt;/b&gt; : plusieurs organismes gestionnaires (OG) et leurs établissements et services (ESSMS) qui choisissent ensemble un même DUI. Un établissement seul a deux portes d&apos;entrée :&lt;/p&gt;&lt;p&gt;&lt;b&gt;1. Rejoindre une grappe en cours de constitution.&lt;/b&gt; Faites savoir que votre établissement est intéressé : auprès des partenaires avec qui vous travaillez déjà ou qui sont proches de chez vous, de votre fédération, du &lt;b&gt;collectif SI médico-social&lt;/b&gt; de votre région (il a pour mission de mettre les structures en lien), et de votre éditeur de DUI si vous êtes déjà équipé. Les établissements dans la même situation sur votre territoire peuvent faire la demande ensemble.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Rejoindre une grappe déjà financée&lt;/b&gt; par ESMS numérique. C&apos;est possible si le &lt;b&gt;porteur de cette grappe donne son accord&lt;/b&gt; et si le &lt;b&gt;calendrier est cohérent&lt;/b&gt; avec son projet : l&apos;élargissement doit être régulier au regard du contrat ou du marché public passé par la grappe, et ne pas faire courir de risque excessif à ses délais ni à ses cibles d&apos;usage.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À préparer :&lt;/b&gt; vos numéros FINESS (entité juridique et établissements), votre SIRET, qui signe pour votre organisme, le nombre de personnes accompagnées, votre DUI actuel s&apos;il y en a un, et l&apos;autodiagnostic de votre système d&apos;information.&lt;/p&gt;&lt;p&gt;&lt;b&gt;À qui vous adresser :&lt;/b&gt; l&apos;&lt;b&gt;ARS&lt;/b&gt; de votre région (qui mène l&apos;appel à projets régional) et le &lt;b&gt;collectif SI&lt;/b&gt; régional. Quand un porteur vous demande vos informations, il vous envoie un fichier (.esms-og) : ouvrez-le avec « Je réponds à la demande d&apos;un porteur ».&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The example dossiers the start screen opens (resources/examples).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Import a dossier file…</source>
        <translation>&amp;Importer un fichier de dossier…</translation>
    </message>
    <message>
        <source>&amp;Export the dossier…</source>
        <translation>&amp;Exporter le dossier…</translation>
    </message>
    <message>
        <source>Open the e&amp;xample dossier</source>
        <translation>Ouvrir le dossier d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Answer a self-diagnostic questionnaire received…</source>
        <translation>&amp;Répondre à un questionnaire d&apos;autodiagnostic reçu…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About esms-desktop…</source>
        <translation>À &amp;propos d&apos;esms-desktop…</translation>
    </message>
    <message>
        <source>Opening the dossiers…</source>
        <translation>Ouverture des dossiers…</translation>
    </message>
    <message>
        <source>The automatic backup failed: {detail}</source>
        <translation>La sauvegarde automatique a échoué : {detail}</translation>
    </message>
    <message>
        <source>Cannot open the dossiers</source>
        <translation>Impossible d&apos;ouvrir les dossiers</translation>
    </message>
    <message>
        <source>This file has backups, the latest from {date}. Choose one to restore?</source>
        <translation>Ce fichier a des sauvegardes, la plus récente du {date}. Voulez-vous en choisir une à restaurer ?</translation>
    </message>
    <message>
        <source>Backup restored. Your dossiers as they were before are kept as a backup.</source>
        <translation>Sauvegarde restaurée. Vos dossiers tels qu&apos;ils étaient avant sont conservés dans une sauvegarde.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>enregistrement…</translation>
    </message>
    <message>
        <source>Import a dossier file</source>
        <translation>Importer un fichier de dossier</translation>
    </message>
    <message>
        <source>Dossier files (*.esms *.json);;All files (*)</source>
        <translation>Fichiers de dossier (*.esms *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Dossier files (*.esms);;JSON files (*.json)</source>
        <translation>Fichiers de dossier (*.esms);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>This dossier is already in your list. Import it as a copy, or replace the dossier in your list with the file&apos;s content?</source>
        <translation>Ce dossier est déjà dans votre liste. L&apos;importer comme copie, ou remplacer le dossier de votre liste par le contenu du fichier ?</translation>
    </message>
    <message>
        <source>Import as a &amp;copy</source>
        <translation>Importer comme &amp;copie</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <source>Export the dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Impossible d&apos;écrire le fichier : {error}</translation>
    </message>
    <message>
        <source>Dossier exported to {path}</source>
        <translation>Dossier exporté dans {path}</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glossaire…</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>&amp;Back up the server&apos;s dossiers</source>
        <translation>&amp;Sauvegarder les dossiers du serveur</translation>
    </message>
    <message>
        <source>Restore a ser&amp;ver backup…</source>
        <translation>Restaurer une sauvegarde du ser&amp;veur…</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password was not kept and will be asked next time.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système : le mot de passe n&apos;a pas été gardé et sera demandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Every dossier of the server saved in {path}</source>
        <translation>Tous les dossiers du serveur sont sauvegardés dans {path}</translation>
    </message>
    <message>
        <source>Restore a server backup</source>
        <translation>Restaurer une sauvegarde du serveur</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Sauvegardes (*.zip)</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Dossiers restored: {count}</source>
        <translation>Dossiers restaurés : {count}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Dossier not opened</source>
        <translation>Dossier non ouvert</translation>
    </message>
    <message>
        <source>The dossier could not be opened: {error}</source>
        <translation>Le dossier n&apos;a pas pu être ouvert : {error}</translation>
    </message>
</context>
<context>
    <name>Maturity</name>
    <message>
        <source>Data file {source} cannot be read: {problem}</source>
        <translation>Le fichier de données {source} est illisible&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Data file {source}, field {field}: {problem}</source>
        <translation>Fichier de données {source}, champ {field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Data file {source}, field {field}: the identifier &quot;{id}&quot; is used twice.</source>
        <translation>Fichier de données {source}, champ {field}&#xa0;: l&apos;identifiant «&#xa0;{id}&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <source>Data file {source}, field {field}: level values must be 0, 1, 2... in this order; found {values}.</source>
        <translation>Fichier de données {source}, champ {field}&#xa0;: les valeurs des niveaux doivent être 0, 1, 2… dans cet ordre&#x202f;; valeurs trouvées&#xa0;: {values}.</translation>
    </message>
    <message>
        <source>Data file {source}, field {field}: the scale &quot;{scale}&quot; is not defined under &quot;scales&quot;.</source>
        <translation>Fichier de données {source}, champ {field}&#xa0;: l&apos;échelle «&#xa0;{scale}&#xa0;» n&apos;est pas définie sous «&#xa0;scales&#xa0;».</translation>
    </message>
    <message>
        <source>Data file {source}, field {field}: the domain &quot;{domain}&quot; has no question.</source>
        <translation>Fichier de données {source}, champ {field}&#xa0;: le domaine «&#xa0;{domain}&#xa0;» ne contient aucune question.</translation>
    </message>
    <message>
        <source>Data file {source}, field {field}: expected the variant &quot;{expected}&quot;, found &quot;{found}&quot;.</source>
        <translation>Fichier de données {source}, champ {field}&#xa0;: variante «&#xa0;{expected}&#xa0;» attendue, «&#xa0;{found}&#xa0;» trouvée.</translation>
    </message>
    <message>
        <source>Data file {source}, field {field}: the levels must follow each other from 0 to 100 without gap or overlap.</source>
        <translation>Fichier de données {source}, champ {field}&#xa0;: les niveaux doivent se suivre de 0 à 100, sans trou ni chevauchement.</translation>
    </message>
    <message>
        <source>Data file {source}, field {field}: the weakness threshold must not exceed the strength threshold.</source>
        <translation>Fichier de données {source}, champ {field}&#xa0;: le seuil des points faibles ne doit pas dépasser celui des points forts.</translation>
    </message>
    <message>
        <source>Unknown questionnaire variant &quot;{variant}&quot; (expected &quot;direction&quot; or &quot;rsi&quot;).</source>
        <translation>Variante de questionnaire inconnue&#xa0;: «&#xa0;{variant}&#xa0;» (attendu&#xa0;: «&#xa0;direction&#xa0;» ou «&#xa0;rsi&#xa0;»).</translation>
    </message>
    <message>
        <source>The answer to &quot;{question}&quot; does not match any question of the questionnaire {questionnaire}.</source>
        <translation>La réponse à «&#xa0;{question}&#xa0;» ne correspond à aucune question du questionnaire {questionnaire}.</translation>
    </message>
    <message>
        <source>The answer {answer} to question {question} is not on its scale (0 to {max_level}, or &quot;je ne sais pas&quot;).</source>
        <translation>La réponse {answer} à la question {question} n&apos;est pas sur son échelle (0 à {max_level}, ou «&#xa0;je ne sais pas&#xa0;»).</translation>
    </message>
    <message>
        <source>The domain &quot;{domain}&quot; scores {score} out of 100, below {threshold}.</source>
        <translation>Le domaine «&#xa0;{domain}&#xa0;» obtient {score} sur 100, sous le seuil de {threshold}.</translation>
    </message>
    <message>
        <source>Question {question} was answered &quot;{answer}&quot;.</source>
        <translation>Réponse à la question {question}&#xa0;: «&#xa0;{answer}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MaturityAnswerFile</name>
    <message>
        <source>This is not an esms-desktop maturity answer file.</source>
        <translation>Ce fichier n&apos;est pas un fichier de réponses de maturité esms-desktop.</translation>
    </message>
    <message>
        <source>This answer file has format version {found}; this application reads version {expected}.</source>
        <translation>Ce fichier de réponses est au format version {found}&#x202f;; cette application lit la version {expected}.</translation>
    </message>
    <message>
        <source>The answer file is invalid at field {field}: {problem}</source>
        <translation>Le fichier de réponses est invalide au champ {field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The answer file was modified after it was exported (its checksum does not match).</source>
        <translation>Le fichier de réponses a été modifié après son export (sa somme de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>This answer file belongs to the OG with FINESS EJ {found}, not to {expected}.</source>
        <translation>Ce fichier de réponses appartient à l&apos;OG de FINESS EJ {found}, et non à {expected}.</translation>
    </message>
    <message>
        <source>The answer file is for an unknown questionnaire &quot;{questionnaire}&quot;.</source>
        <translation>Le fichier de réponses porte sur un questionnaire inconnu&#xa0;: «&#xa0;{questionnaire}&#xa0;».</translation>
    </message>
    <message>
        <source>The answer file is for version {found} of the questionnaire &quot;{questionnaire}&quot;; this application has version {expected}.</source>
        <translation>Le fichier de réponses porte sur la version {found} du questionnaire «&#xa0;{questionnaire}&#xa0;»&#x202f;; cette application dispose de la version {expected}.</translation>
    </message>
    <message>
        <source>The answer file has an invalid answer date: {value}.</source>
        <translation>Le fichier de réponses contient une date de réponse invalide&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>The OG&apos;s FINESS EJ is missing: the answer file cannot be made.</source>
        <translation>Le FINESS EJ de l&apos;OG manque&#xa0;: impossible de créer le fichier de réponses.</translation>
    </message>
    <message>
        <source>The respondent&apos;s name is missing: the answer file cannot be made.</source>
        <translation>Le nom du répondant manque&#xa0;: impossible de créer le fichier de réponses.</translation>
    </message>
</context>
<context>
    <name>MaturityFiles</name>
    <message>
        <source>The file {path} cannot be read: {detail}</source>
        <translation>Le fichier {path} ne peut pas être lu : {detail}</translation>
    </message>
    <message>
        <source>The file {path} is not an answer file (it is not JSON text).</source>
        <translation>Le fichier {path} n&apos;est pas un fichier de réponses (ce n&apos;est pas du texte JSON).</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {detail}</source>
        <translation>Le fichier {path} n&apos;a pas pu être écrit : {detail}</translation>
    </message>
</context>
<context>
    <name>MaturityLabels</name>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Security, GDPR</source>
        <translation>Sécurité, RGPD</translation>
    </message>
    <message>
        <source>DUI and usage</source>
        <translation>DUI et usages</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>IT manager (RSI) questionnaire</source>
        <translation>Questionnaire du responsable SI (RSI)</translation>
    </message>
    <message>
        <source>Director&apos;s questionnaire</source>
        <translation>Questionnaire de la direction</translation>
    </message>
    <message>
        <source>questionnaire of the IT manager (RSI)</source>
        <translation>questionnaire du responsable SI (RSI)</translation>
    </message>
    <message>
        <source>questionnaire of the director</source>
        <translation>questionnaire de la direction</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>partial {answered}/{total}</source>
        <translation>partiel {answered}/{total}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Services socles</source>
        <translation>Services socles</translation>
    </message>
</context>
<context>
    <name>MaturityStep</name>
    <message>
        <source>Export this OG&apos;s questionnaire</source>
        <translation>Exporter le questionnaire de cet OG</translation>
    </message>
    <message>
        <source>Answer files (*.json)</source>
        <translation>Fichiers de réponses (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Questionnaire of « {og} » written to {path}. Send it to the OG: it answers it with esms-desktop (« Answer a received questionnaire… ») and sends it back for you to import.</source>
        <translation>Questionnaire de « {og} » enregistré dans {path}. Envoyez-le à l&apos;OG : il y répond avec esms-desktop (« Répondre à un questionnaire reçu… ») et vous le renvoie pour que vous l&apos;importiez.</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <source>Answer files (*.json);;All files (*)</source>
        <translation>Fichiers de réponses (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <source>Answers of « {og} » imported from {path}.</source>
        <translation>Réponses de « {og} » importées depuis {path}.</translation>
    </message>
    <message>
        <source>SI maturity assessment</source>
        <translation>Évaluation maturité SI</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>&amp;Répondant :</translation>
    </message>
    <message>
        <source>Name and function of the person answering</source>
        <translation>Nom et fonction de la personne qui répond</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>E&amp;xport this OG&apos;s questionnaire…</source>
        <translation>E&amp;xporter le questionnaire de cet OG…</translation>
    </message>
    <message>
        <source>Write a file the OG can answer on its own computer with esms-desktop, then send back.</source>
        <translation>Crée un fichier auquel l&apos;OG répond sur son propre ordinateur avec esms-desktop, puis qu&apos;il vous renvoie.</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>&amp;Importer des réponses…</translation>
    </message>
    <message>
        <source>Read a questionnaire file answered by the OG.</source>
        <translation>Lit un fichier de questionnaire rempli par l&apos;OG.</translation>
    </message>
    <message>
        <source>You are the OG: open the file the porteur sent you, answer it, and send it back.</source>
        <translation>Vous êtes l&apos;OG : ouvrez le fichier envoyé par le porteur, répondez, puis renvoyez-le.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>Results of the &amp;OG</source>
        <translation>Résultats de l&apos;&amp;OG</translation>
    </message>
    <message>
        <source>Results of the &amp;grappe</source>
        <translation>Résultats de la &amp;grappe</translation>
    </message>
    <message>
        <source>(unnamed OG)</source>
        <translation>(OG sans nom)</translation>
    </message>
    <message>
        <source>(porteur)</source>
        <translation>(porteur)</translation>
    </message>
    <message>
        <source>Add the OGs of the grappe first (step « The grappe »).</source>
        <translation>Ajoutez d&apos;abord les OG de la grappe (étape « La grappe »).</translation>
    </message>
    <message>
        <source>This OG now has an IT manager (RSI).</source>
        <translation>Cet OG a désormais un responsable des systèmes d&apos;information (RSI).</translation>
    </message>
    <message>
        <source>This OG no longer has an IT manager (RSI).</source>
        <translation>Cet OG n&apos;a plus de responsable des systèmes d&apos;information (RSI).</translation>
    </message>
    <message>
        <source>Its answers, given to the {current}, are kept.</source>
        <translation>Ses réponses, données au {current}, sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Start again with the {questionnaire}…</source>
        <translation>Re&amp;commencer avec le {questionnaire}…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message numerus="yes">
        <source>Erase the %n answer(s) of « {og} » and start again with the {questionnaire}?</source>
        <translation>
            <numerusform>Effacer %n réponse de « {og} » et recommencer avec le {questionnaire} ?</numerusform>
            <numerusform>Effacer les %n réponses de « {og} » et recommencer avec le {questionnaire} ?</numerusform>
        </translation>
    </message>
    <message>
        <source>« {title} » added to the needs of the dossier.</source>
        <translation>« {title} » ajouté aux besoins du dossier.</translation>
    </message>
    <message>
        <source>Ans&amp;wer a received questionnaire…</source>
        <translation>Répondre à un q&amp;uestionnaire reçu…</translation>
    </message>
    <message>
        <source>Each OG answers its self-diagnostic: the IT manager&apos;s questionnaire if it has one, otherwise the director&apos;s. Answers are saved as you click; a partial diagnostic is kept as it is. The call asks for the ANAP SI maturity self-diagnostic (AAP ARS Bourgogne-Franche-Comté 2022, §4.2.E): these questionnaires are esms-desktop&apos;s own, written for it and covering the same ground; an OG that filled in ANAP&apos;s may attach its result (PDF) in the step « Dossier documents » instead.</source>
        <translation>Chaque OG répond à son autodiagnostic : le questionnaire du responsable SI s&apos;il en a un, sinon celui de la direction. Les réponses sont enregistrées à chaque clic ; un autodiagnostic partiel est gardé tel quel. L&apos;appel à projets demande l&apos;autodiagnostic de maturité SI de l&apos;ANAP (AAP ARS Bourgogne-Franche-Comté 2022, §4.2.E) : ces questionnaires sont ceux d&apos;esms-desktop, écrits pour lui et couvrant les mêmes domaines ; un OG qui a rempli celui de l&apos;ANAP peut plutôt en joindre le résultat (PDF) à l&apos;étape « Pièces du dossier ».</translation>
    </message>
</context>
<context>
    <name>MaturityStorage</name>
    <message>
        <source>This organisme gestionnaire no longer exists (number {id}).</source>
        <translation>Cet organisme gestionnaire n&apos;existe plus (numéro {id}).</translation>
    </message>
</context>
<context>
    <name>MemberMerge</name>
    <message>
        <source>OG: {field}</source>
        <translation>OG : {field}</translation>
    </message>
    <message>
        <source>New ESSMS {finess_et}</source>
        <translation>Nouvel ESSMS {finess_et}</translation>
    </message>
    <message>
        <source>ESSMS {finess_et}: {field}</source>
        <translation>ESSMS {finess_et} : {field}</translation>
    </message>
    <message>
        <source>ESSMS {finess_et}: DUI referent</source>
        <translation>ESSMS {finess_et} : référent DUI</translation>
    </message>
    <message>
        <source>Self-diagnostic (answers)</source>
        <translation>Autodiagnostic (réponses)</translation>
    </message>
    <message>
        <source>New need: {label}</source>
        <translation>Nouveau besoin : {label}</translation>
    </message>
    <message>
        <source>Signed engagement letter ({file})</source>
        <translation>Lettre d&apos;engagement signée ({file})</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>legal status</source>
        <translation>statut juridique</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contact e-mail</source>
        <translation>courriel du contact</translation>
    </message>
    <message>
        <source>contact telephone</source>
        <translation>téléphone du contact</translation>
    </message>
    <message>
        <source>has an IT manager</source>
        <translation>a un responsable SI</translation>
    </message>
    <message>
        <source>DPO designated</source>
        <translation>DPO désigné</translation>
    </message>
    <message>
        <source>GDPR compliance</source>
        <translation>conformité RGPD</translation>
    </message>
    <message>
        <source>IT charter</source>
        <translation>charte informatique</translation>
    </message>
    <message>
        <source>national entity</source>
        <translation>tête de réseau nationale</translation>
    </message>
    <message>
        <source>national entity&apos;s agreement</source>
        <translation>accord de la tête de réseau</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>représentant légal</translation>
    </message>
    <message>
        <source>legal representative&apos;s function</source>
        <translation>fonction du représentant légal</translation>
    </message>
    <message>
        <source>FINESS category</source>
        <translation>catégorie FINESS</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>town</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>persons accompanied</source>
        <translation>personnes accompagnées</translation>
    </message>
    <message>
        <source>current DUI</source>
        <translation>DUI actuel</translation>
    </message>
    <message>
        <source>current DUI software</source>
        <translation>logiciel du DUI actuel</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>MemberSheet</name>
    <message>
        <source>This dossier was not opened from a porteur&apos;s member sheet (number {id}).</source>
        <translation>Ce dossier n&apos;a pas été ouvert depuis la fiche membre d&apos;un porteur (numéro {id}).</translation>
    </message>
    <message>
        <source>This member sheet answers another dossier (« {name} »), not this one. Open it in that dossier.</source>
        <translation>Cette fiche membre répond à un autre dossier (« {name} »), pas à celui-ci. Ouvrez-la dans ce dossier-là.</translation>
    </message>
    <message>
        <source>This member sheet is the answer of the OG with FINESS EJ {finess_ej}, which is not in this dossier.</source>
        <translation>Cette fiche membre est la réponse de l&apos;OG de FINESS EJ {finess_ej}, qui n&apos;est pas dans ce dossier.</translation>
    </message>
    <message>
        <source>This member sheet is the answer of « {found} » (FINESS EJ {finess_ej}), not of « {expected} ».</source>
        <translation>Cette fiche membre est la réponse de « {found} » (FINESS EJ {finess_ej}), pas de « {expected} ».</translation>
    </message>
    <message>
        <source>This OG is no longer in the dossier (number {id}).</source>
        <translation>Cet OG n&apos;est plus dans le dossier (numéro {id}).</translation>
    </message>
    <message>
        <source>No OG of this dossier has the FINESS EJ {finess_ej}: check the number, or add the OG first.</source>
        <translation>Aucun OG de ce dossier n&apos;a le FINESS EJ {finess_ej} : vérifiez le numéro, ou ajoutez d&apos;abord l&apos;OG.</translation>
    </message>
    <message>
        <source>This file is not an esms-desktop member sheet (.esms-og).</source>
        <translation>Ce fichier n&apos;est pas une fiche membre esms-desktop (.esms-og).</translation>
    </message>
    <message>
        <source>This member sheet is cut short or damaged (it is not valid JSON: {detail}). Ask for it again.</source>
        <translation>Cette fiche membre est tronquée ou abîmée (ce n&apos;est pas du JSON valide : {detail}). Redemandez-la.</translation>
    </message>
    <message>
        <source>This member sheet was written by a newer version of esms-desktop (format {found}; this one reads {expected}). Install the latest version to open it.</source>
        <translation>Cette fiche membre a été écrite par une version plus récente d&apos;esms-desktop (format {found} ; celle-ci lit le format {expected}). Installez la dernière version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This member sheet is invalid at field {field}: {problem}. Ask for it again.</source>
        <translation>Cette fiche membre n&apos;est pas valide au champ {field} : {problem}. Redemandez-la.</translation>
    </message>
    <message>
        <source>This member sheet was modified after it was written (its checksum does not match). Ask for it to be sent again.</source>
        <translation>Cette fiche membre a été modifiée après avoir été écrite (son empreinte ne correspond pas). Demandez qu&apos;elle vous soit renvoyée.</translation>
    </message>
    <message>
        <source>This member sheet has not been answered yet: it is the request sent to the OG.</source>
        <translation>Cette fiche membre n&apos;a pas encore reçu de réponse : c&apos;est la demande envoyée à l&apos;OG.</translation>
    </message>
    <message>
        <source>This member sheet is an answer sent back to the porteur: open it in the porteur&apos;s dossier.</source>
        <translation>Cette fiche membre est une réponse renvoyée au porteur : ouvrez-la dans le dossier du porteur.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {detail}.</source>
        <translation>Impossible de lire le fichier {path} : {detail}.</translation>
    </message>
</context>
<context>
    <name>MemberSheetOpen</name>
    <message>
        <source>Open the porteur&apos;s request</source>
        <translation>Ouvrir la demande du porteur</translation>
    </message>
    <message>
        <source>Member sheets (*.esms-og);;All files (*)</source>
        <translation>Fiches membre (*.esms-og);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>MemberWizard</name>
    <message>
        <source>← Start screen</source>
        <translation>← Écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>1. Your OG</source>
        <translation>1. Votre OG</translation>
    </message>
    <message>
        <source>2. Your establishments</source>
        <translation>2. Vos établissements</translation>
    </message>
    <message>
        <source>3. Your needs</source>
        <translation>3. Vos besoins</translation>
    </message>
    <message>
        <source>4. Self-diagnostic</source>
        <translation>4. Autodiagnostic</translation>
    </message>
    <message>
        <source>5. Engagement letter</source>
        <translation>5. Lettre d&apos;engagement</translation>
    </message>
    <message>
        <source>6. Send back to the porteur</source>
        <translation>6. Renvoyer au porteur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The porteur&apos;s request could not be read: {detail}</source>
        <translation>La demande du porteur n&apos;a pas pu être lue : {detail}</translation>
    </message>
    <message>
        <source>Request from {porteur} for the grappe « {grappe} » ({year} call for projects). Answer for your OG only; everything is kept on this computer, you can stop and come back.</source>
        <translation>Demande de {porteur} pour la grappe « {grappe} » (appel à projets {year}). Répondez pour votre OG seulement ; tout est conservé sur cet ordinateur, vous pouvez vous arrêter et reprendre plus tard.</translation>
    </message>
    <message>
        <source>Name of the OG:</source>
        <translation>Nom de l&apos;OG :</translation>
    </message>
    <message>
        <source>SIRET:</source>
        <translation>SIRET :</translation>
    </message>
    <message>
        <source>Head office address:</source>
        <translation>Adresse du siège :</translation>
    </message>
    <message>
        <source>Legal status:</source>
        <translation>Statut juridique :</translation>
    </message>
    <message>
        <source>Legal representative (signs):</source>
        <translation>Représentant légal (signataire) :</translation>
    </message>
    <message>
        <source>Their function:</source>
        <translation>Sa fonction :</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Personne à contacter :</translation>
    </message>
    <message>
        <source>Contact e-mail:</source>
        <translation>Courriel du contact :</translation>
    </message>
    <message>
        <source>Contact telephone:</source>
        <translation>Téléphone du contact :</translation>
    </message>
    <message>
        <source>GDPR compliance:</source>
        <translation>Conformité RGPD :</translation>
    </message>
    <message>
        <source>IT charter:</source>
        <translation>Charte informatique :</translation>
    </message>
    <message>
        <source>FINESS EJ:</source>
        <translation>FINESS EJ :</translation>
    </message>
    <message>
        <source>The OG has an IT manager (RSI)</source>
        <translation>L&apos;OG a un responsable des systèmes d&apos;information (RSI)</translation>
    </message>
    <message>
        <source>A data protection officer (DPO) is designated</source>
        <translation>Un délégué à la protection des données (DPO) est désigné</translation>
    </message>
    <message>
        <source>FINESS ET</source>
        <translation>FINESS ET</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>DUI referent</source>
        <translation>Référent DUI</translation>
    </message>
    <message>
        <source>&amp;Add an establishment (FINESS look-up)…</source>
        <translation>&amp;Ajouter un établissement (recherche FINESS)…</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>Make them the &amp;referent of the selected establishment</source>
        <translation>En faire le &amp;référent de l&apos;établissement sélectionné</translation>
    </message>
    <message>
        <source>The establishments and services (ESSMS) of your OG that join the project. Double-click one to complete it.</source>
        <translation>Les établissements et services (ESSMS) de votre OG qui participent au projet. Double-cliquez sur l&apos;un d&apos;eux pour le compléter.</translation>
    </message>
    <message>
        <source>DUI referent of an establishment:</source>
        <translation>Référent DUI d&apos;un établissement :</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>e.g. DUI training for the care team</source>
        <translation>par ex. formation au DUI de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Add the &amp;need</source>
        <translation>Ajouter le &amp;besoin</translation>
    </message>
    <message>
        <source>What your teams will need for the new DUI: training, support, equipment. The porteur turns them into the budget.</source>
        <translation>Ce dont vos équipes auront besoin pour le nouveau DUI : formation, accompagnement, matériel. Le porteur les reprend dans le budget.</translation>
    </message>
    <message>
        <source>the IT manager</source>
        <translation>le responsable SI</translation>
    </message>
    <message>
        <source>the director</source>
        <translation>la direction</translation>
    </message>
    <message>
        <source>The SI maturity self-diagnostic, the questionnaire for {who}: {count} questions. « Don&apos;t know » is an answer.</source>
        <translation>L&apos;autodiagnostic de maturité SI, questionnaire pour {who} : {count} questions. « Je ne sais pas » est une réponse.</translation>
    </message>
    <message>
        <source>A&amp;ttach the signed letter (scan or photo)…</source>
        <translation>&amp;Joindre la lettre signée (scan ou photo)…</translation>
    </message>
    <message>
        <source>Save the engagement letter</source>
        <translation>Enregistrer la lettre d&apos;engagement</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter saved to {path}: print it, have it signed, then attach the signed scan.</source>
        <translation>Lettre enregistrée dans {path} : imprimez-la, faites-la signer, puis joignez le scan signé.</translation>
    </message>
    <message>
        <source>The signed engagement letter</source>
        <translation>La lettre d&apos;engagement signée</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Signed letter</source>
        <translation>Lettre signée</translation>
    </message>
    <message>
        <source>&amp;Send back to the porteur…</source>
        <translation>&amp;Renvoyer au porteur…</translation>
    </message>
    <message>
        <source>Send back to the porteur</source>
        <translation>Renvoyer au porteur</translation>
    </message>
    <message>
        <source>Member sheets (*.esms-og)</source>
        <translation>Fiches membre (*.esms-og)</translation>
    </message>
    <message>
        <source>Answer written to {path}: send this file to {porteur} (e-mail, USB stick).</source>
        <translation>Réponse écrite dans {path} : envoyez ce fichier à {porteur} (courriel, clé USB).</translation>
    </message>
    <message>
        <source>your legal representative</source>
        <translation>votre représentant légal</translation>
    </message>
    <message>
        <source>Signed letter attached: {name}.</source>
        <translation>Lettre signée jointe : {name}.</translation>
    </message>
    <message>
        <source>Your answer: {essms} establishment(s), {needs} need(s), self-diagnostic {answered}/{total}, signed letter {letter}. {sent}</source>
        <translation>Votre réponse : établissements : {essms}, besoins : {needs}, autodiagnostic {answered}/{total}, lettre signée {letter}. {sent}</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>jointe</translation>
    </message>
    <message>
        <source>not attached yet</source>
        <translation>pas encore jointe</translation>
    </message>
    <message>
        <source>Last sent on {date}.</source>
        <translation>Dernier envoi le {date}.</translation>
    </message>
    <message>
        <source>&amp;Print my engagement letter…</source>
        <translation>&amp;Imprimer ma lettre d&apos;engagement…</translation>
    </message>
    <message>
        <source>&amp;Save my engagement letter (PDF)…</source>
        <translation>Enre&amp;gistrer ma lettre d&apos;engagement (PDF)…</translation>
    </message>
    <message>
        <source>Engagement letter</source>
        <translation>Lettre d&apos;engagement</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer: have the letter signed, then attach the signed scan.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante : faites signer la lettre, puis joignez le scan signé.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante : faites signer la lettre, puis joignez le scan signé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your engagement letter could not be prepared: {detail}</source>
        <translation>Votre lettre d&apos;engagement n&apos;a pas pu être préparée : {detail}</translation>
    </message>
    <message>
        <source>Your engagement letter, written from your answers as they stand (your OG, its legal representative, its establishments) in the porteur&apos;s grappe: save it, print it, have it signed by {who}, then attach the signed scan.</source>
        <translation>Votre lettre d&apos;engagement, rédigée d&apos;après vos réponses telles qu&apos;elles sont (votre OG, son représentant légal, ses établissements) dans la grappe du porteur : enregistrez-la, imprimez-la, faites-la signer par {who}, puis joignez le scan signé.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Members: each OG answers from its own desk</source>
        <translation>Membres : chaque OG répond depuis son propre poste</translation>
    </message>
    <message>
        <source>OG</source>
        <translation>OG</translation>
    </message>
    <message>
        <source>Sheet sent</source>
        <translation>Fiche envoyée</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <source>Letter signed</source>
        <translation>Lettre signée</translation>
    </message>
    <message>
        <source>Ask this O&amp;G for its information…</source>
        <translation>Demander ses informations à cet O&amp;G…</translation>
    </message>
    <message>
        <source>Writes a member sheet (.esms-og) to send to the OG by e-mail or USB stick: what you know of it, the grappe, its self-diagnostic and its engagement letter to print. It sends it back answered.</source>
        <translation>Écrit une fiche membre (.esms-og) à envoyer à l&apos;OG par courriel ou clé USB : ce que vous savez de lui, la grappe, son autodiagnostic et sa lettre d&apos;engagement à imprimer. Il vous la renvoie complétée.</translation>
    </message>
    <message>
        <source>&amp;Merge a sheet received…</source>
        <translation>Fusionner une fic&amp;he reçue…</translation>
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
        <source>Ask this OG for its information</source>
        <translation>Demander ses informations à cet OG</translation>
    </message>
    <message>
        <source>Member sheets (*.esms-og)</source>
        <translation>Fiches membre (*.esms-og)</translation>
    </message>
    <message>
        <source>Merge a member sheet received</source>
        <translation>Fusionner une fiche membre reçue</translation>
    </message>
    <message>
        <source>Member sheets (*.esms-og);;All files (*)</source>
        <translation>Fiches membre (*.esms-og);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Its engagement letter, &amp;up to date (PDF)…</source>
        <translation>Sa lettre d&apos;engagement à &amp;jour (PDF)…</translation>
    </message>
    <message>
        <source>The OG&apos;s engagement letter from the dossier as it stands: once its answer is merged, with the establishments and the legal representative it sent, as in the letter it printed and signed.</source>
        <translation>La lettre d&apos;engagement de l&apos;OG d&apos;après le dossier tel qu&apos;il est : une fois sa réponse fusionnée, avec les établissements et le représentant légal qu&apos;il a envoyés, comme dans la lettre qu&apos;il a imprimée et signée.</translation>
    </message>
    <message>
        <source>Engagement letter of this OG</source>
        <translation>Lettre d&apos;engagement de cet OG</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge the answer of « {og} »</source>
        <translation>Fusionner la réponse de « {og} »</translation>
    </message>
    <message>
        <source>What « {og} » sent differs from the dossier on {count} point(s). Untick what you do not want; nothing is written before « Merge ».</source>
        <translation>Ce qu&apos;a envoyé « {og} » diffère du dossier sur {count} point(s). Décochez ce que vous ne voulez pas reprendre ; rien n&apos;est écrit avant « Fusionner ».</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the dossier</source>
        <translation>Dans le dossier</translation>
    </message>
    <message>
        <source>Sent by the member</source>
        <translation>Envoyé par le membre</translation>
    </message>
    <message>
        <source>Accept &amp;all</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
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
        <source>Merge a member sheet received</source>
        <translation>Fusionner une fiche membre reçue</translation>
    </message>
    <message>
        <source>The sheet could not be merged: {error}</source>
        <translation>La fiche n&apos;a pas pu être fusionnée : {error}</translation>
    </message>
    <message>
        <source>Nothing to merge: the dossier already holds everything « {og} » sent.</source>
        <translation>Rien à fusionner : le dossier contient déjà tout ce qu&apos;a envoyé « {og} ».</translation>
    </message>
    <message>
        <source>Merging the sheet…</source>
        <translation>Fusion de la fiche…</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>Payments of the grant (date, amount in €)</source>
        <translation>Versements de la subvention (date, montant en €)</translation>
    </message>
    <message>
        <source>Redistribution to the members (per the convention)</source>
        <translation>Reversements aux membres (selon la convention)</translation>
    </message>
    <message>
        <source>OG</source>
        <translation>OG</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>Expenses: planned, committed and paid per budget line</source>
        <translation>Dépenses : prévu, engagé et payé par ligne du budget</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne du budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>&amp;Add an expense…</source>
        <translation>&amp;Ajouter une dépense…</translation>
    </message>
    <message>
        <source>(no budget line)</source>
        <translation>(aucune ligne du budget)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>A date is written day/month/year, e.g. 06/11/2024.</source>
        <translation>Une date s&apos;écrit jour/mois/année, par exemple 06/11/2024.</translation>
    </message>
    <message>
        <source>Supplier / label</source>
        <translation>Fournisseur / libellé</translation>
    </message>
    <message>
        <source>Advance received:</source>
        <translation>Avance reçue :</translation>
    </message>
    <message>
        <source>Balance requested:</source>
        <translation>Solde demandé :</translation>
    </message>
    <message>
        <source>Balance received:</source>
        <translation>Solde reçu :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>&amp;Modify the expense…</source>
        <translation>&amp;Modifier la dépense…</translation>
    </message>
    <message>
        <source>Remove the e&amp;xpense…</source>
        <translation>S&amp;upprimer la dépense…</translation>
    </message>
    <message>
        <source>Awarded: {awarded}. Received: advance {avance}, balance {solde}. Redistributed to members: {given}. Paid: {paid}; left to justify: {left}.</source>
        <translation>Accordé : {awarded}. Reçu : avance {avance}, solde {solde}. Reversé aux membres : {given}. Payé : {paid} ; reste à justifier : {left}.</translation>
    </message>
    <message>
        <source>Advance received</source>
        <translation>Avance reçue</translation>
    </message>
    <message>
        <source>Balance requested</source>
        <translation>Solde demandé</translation>
    </message>
    <message>
        <source>Balance received</source>
        <translation>Solde reçu</translation>
    </message>
    <message>
        <source>Expenses of « {line} »: {count}</source>
        <translation>Dépenses de « {line} » : {count}</translation>
    </message>
    <message>
        <source>Every expense recorded: {count} (select a budget line above to see its own)</source>
        <translation>Toutes les dépenses enregistrées : {count} (choisissez une ligne du budget ci-dessus pour voir les siennes)</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>engagée</translation>
    </message>
    <message>
        <source>modify the expense « {label} »</source>
        <translation>modifier la dépense « {label} »</translation>
    </message>
    <message>
        <source>Remove the expense « {label} » of {amount} ({date})?</source>
        <translation>Supprimer la dépense « {label} » de {amount} ({date}) ?</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Its invoice « {name} » is removed from the dossier&apos;s documents too.</source>
        <translation>Sa facture « {name} » est retirée aussi des pièces du dossier.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Édition ▸ Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Remove the expense</source>
        <translation>Supprimer la dépense</translation>
    </message>
    <message>
        <source>remove the expense « {label} »</source>
        <translation>supprimer la dépense « {label} »</translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>This need no longer exists (number {id}).</source>
        <translation>Ce besoin n&apos;existe plus (numéro {id}).</translation>
    </message>
    <message>
        <source>The field {field} cannot be negative.</source>
        <translation>Le champ {field} ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This ESSMS is not in the dossier&apos;s grappe.</source>
        <translation>Cet ESSMS ne fait pas partie de la grappe du dossier.</translation>
    </message>
</context>
<context>
    <name>NeedsStep</name>
    <message>
        <source>Needs</source>
        <extracomment>How the fields of each form are laid out, row by row.</extracomment>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Cost of a training = number of people × days per person × cost per person and per day.</source>
        <translation>Coût d&apos;une formation = nombre de personnes × jours par personne × coût par personne et par jour.</translation>
    </message>
    <message>
        <source>Support by the editor, the AMOA or the regional collective to set up the DUI and develop its use. Cost = days of support × cost per day.</source>
        <translation>Accompagnement par l&apos;éditeur, l&apos;AMOA ou le collectif régional pour mettre en place le DUI et en développer l&apos;usage. Coût = jours d&apos;accompagnement × coût par jour.</translation>
    </message>
    <message>
        <source>Hardware the professionals need to use the DUI, ESSMS by ESSMS. Cost = quantity × unit price. For a small OG it may be financed by the equipment aid, asked for in the OG&apos;s form of the grappe.</source>
        <translation>Matériel nécessaire aux professionnels pour utiliser le DUI, ESSMS par ESSMS. Coût = quantité × prix unitaire. Pour un petit OG, il peut être financé par l&apos;aide à l&apos;équipement, demandée dans la fiche de l&apos;OG de la grappe.</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>P&amp;ublic :</translation>
    </message>
    <message>
        <source>Da&amp;ys per person:</source>
        <translation>&amp;Jours par personne :</translation>
    </message>
    <message>
        <source>&amp;Cost per person and per day:</source>
        <translation>&amp;Coût par personne et par jour :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>Da&amp;ys of support:</source>
        <translation>&amp;Jours d&apos;accompagnement :</translation>
    </message>
    <message>
        <source>&amp;Cost per day:</source>
        <translation>&amp;Coût par jour :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>&amp;Unit price:</source>
        <translation>Prix &amp;unitaire :</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Cost per person-day</source>
        <translation>Coût par pers. et par jour</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation>Coût par jour</translation>
    </message>
    <message>
        <source>ESSMS</source>
        <translation>ESSMS</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Selected training</source>
        <translation>Formation sélectionnée</translation>
    </message>
    <message>
        <source>Selected support action</source>
        <translation>Action d&apos;accompagnement sélectionnée</translation>
    </message>
    <message>
        <source>Selected hardware</source>
        <translation>Matériel sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Suppr&amp;imer…</translation>
    </message>
    <message>
        <source>Add a &amp;training</source>
        <translation>Ajouter une f&amp;ormation</translation>
    </message>
    <message>
        <source>Add a &amp;support action</source>
        <translation>Ajouter un accompa&amp;gnement</translation>
    </message>
    <message>
        <source>e.g. Getting started with the DUI</source>
        <translation>par ex. Prise en main du DUI</translation>
    </message>
    <message>
        <source>e.g. Educators and care staff</source>
        <translation>par ex. Éducateurs et soignants</translation>
    </message>
    <message>
        <source>e.g. Support for the set-up</source>
        <translation>par ex. Accompagnement au paramétrage</translation>
    </message>
    <message>
        <source>e.g. Tablets for the care rounds</source>
        <translation>par ex. Tablettes pour les tournées de soins</translation>
    </message>
    <message>
        <source>(the whole grappe)</source>
        <translation>(toute la grappe)</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Self-diagnostic</source>
        <translation>Autodiagnostic</translation>
    </message>
    <message>
        <source>Recommended by the self-diagnostic: {title}</source>
        <translation>Recommandé par l&apos;autodiagnostic : {title}</translation>
    </message>
    <message>
        <source>Cost: {people} people × {days} day(s) × {unit} = {cost}</source>
        <translation>Coût : {people} pers. × {days} j × {unit} = {cost}</translation>
    </message>
    <message>
        <source>Cost: {days} day(s) × {unit} = {cost}</source>
        <translation>Coût : {days} j × {unit} = {cost}</translation>
    </message>
    <message>
        <source>Cost: {quantity} × {unit} = {cost}</source>
        <translation>Coût : {quantity} × {unit} = {cost}</translation>
    </message>
    <message>
        <source>Recommended by the self-diagnostic: « {title} ».</source>
        <translation>Recommandé par l&apos;autodiagnostic : « {title} ».</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation>Total : {amount}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the need « {label} »? Its expense line leaves the budget too.</source>
        <translation>Supprimer le besoin « {label} » ? Sa ligne de dépense quitte aussi le budget.</translation>
    </message>
    <message>
        <source>Trainin&amp;g:</source>
        <translation>Fo&amp;rmation :</translation>
    </message>
    <message>
        <source>Describe what the project needs: trainings, support to develop the use of the DUI, and the hardware of each ESSMS. Each need is carried into the budget forecast as an expense line that follows its cost. The actions you kept from the self-diagnostic appear here too.</source>
        <translation>Décrivez les besoins du projet : formations, accompagnement au développement des usages du DUI et matériel de chaque ESSMS. Chaque besoin est reporté au budget prévisionnel comme une ligne de dépense qui suit son coût. Les actions retenues de l&apos;autodiagnostic apparaissent aussi ici.</translation>
    </message>
    <message>
        <source>N&amp;umber of people:</source>
        <translation>&amp;Nombre de personnes :</translation>
    </message>
    <message>
        <source>ESS&amp;MS:</source>
        <translation>ESSMS &amp;concerné :</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Dési&amp;gnation :</translation>
    </message>
    <message>
        <source>Add hard&amp;ware</source>
        <translation>Ajouter du &amp;matériel</translation>
    </message>
    <message>
        <source>All needs: &lt;b&gt;{total}&lt;/b&gt; — trainings {formation}, support {accompagnement}, hardware {materiel}. Each is an expense line of the budget forecast.</source>
        <translation>Ensemble des besoins : &lt;b&gt;{total}&lt;/b&gt; — formations {formation}, accompagnement {accompagnement}, matériel {materiel}. Chacun est une ligne de dépense du budget prévisionnel.</translation>
    </message>
    <message>
        <source>remove the need « {label} »</source>
        <translation>supprimer le besoin « {label} »</translation>
    </message>
</context>
<context>
    <name>OgDialog</name>
    <message>
        <source>Organisme gestionnaire</source>
        <translation>Organisme gestionnaire</translation>
    </message>
    <message>
        <source>e.g. 12 rue de Paris, 89000 Auxerre</source>
        <translation>par exemple 12 rue de Paris, 89000 Auxerre</translation>
    </message>
    <message>
        <source>FINESS &amp;EJ (legal entity):</source>
        <translation>FINESS &amp;EJ (entité juridique) :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Type the name of the organisme gestionnaire.</source>
        <translation>Saisissez le nom de l&apos;organisme gestionnaire.</translation>
    </message>
    <message>
        <source>SIREN / SI&amp;RET:</source>
        <translation>SIREN / SI&amp;RET :</translation>
    </message>
    <message>
        <source>&amp;Legal status:</source>
        <translation>Statut &amp;juridique :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>e.g. Director general, President of the association</source>
        <translation>par exemple directrice générale, président de l&apos;association</translation>
    </message>
    <message>
        <source>Signs the engagement letter and the partnership convention; left empty, the PDF leaves a line to fill in by hand.</source>
        <translation>Signe la lettre d&apos;engagement et la convention de partenariat ; laissé vide, le PDF imprime une ligne à remplir à la main.</translation>
    </message>
    <message>
        <source>Name of the &amp;signatory:</source>
        <translation>Nom du &amp;signataire :</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>IT c&amp;harter:</source>
        <translation>C&amp;harte informatique :</translation>
    </message>
    <message>
        <source>leave empty when the OG is attached to none</source>
        <translation>laisser vide si l&apos;OG n&apos;est rattaché à aucune</translation>
    </message>
    <message>
        <source>E&amp;quipment and infrastructure</source>
        <translation>É&amp;quipement et infrastructures</translation>
    </message>
    <message>
        <source>AMOA for the p&amp;urchasing procedure</source>
        <translation>A&amp;MOA pour la procédure d&apos;achat</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Legal representative (signatory)</source>
        <translation>Représentant légal (signataire)</translation>
    </message>
    <message>
        <source>Information system and RGPD</source>
        <translation>Système d&apos;information et RGPD</translation>
    </message>
    <message>
        <source>Attachment to a national entity</source>
        <translation>Rattachement à une entité nationale</translation>
    </message>
    <message>
        <source>Specific funding requested</source>
        <translation>Financements spécifiques demandés</translation>
    </message>
    <message numerus="yes">
        <source>%n ESSMS of this OG in the grappe.</source>
        <translation>
            <numerusform>%n ESSMS de cet OG dans la grappe.</numerusform>
            <numerusform>%n ESSMS de cet OG dans la grappe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Small OG (at most {max} ESSMS): it may ask for the specific funding below.</source>
        <translation>Petit OG (au plus {max} ESSMS) : il peut demander les financements spécifiques ci-dessous.</translation>
    </message>
    <message>
        <source>Not a small OG (more than {max} ESSMS): the specific funding is meant for small OGs.</source>
        <translation>Pas un petit OG (plus de {max} ESSMS) : les financements spécifiques sont réservés aux petits OG.</translation>
    </message>
    <message>
        <source>The {year} campaign does not offer this funding.</source>
        <translation>La campagne {year} ne prévoit pas ce financement.</translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) of this FINESS EJ in the FINESS reference.</source>
        <translation>
            <numerusform>%n établissement de ce FINESS EJ dans le répertoire FINESS.</numerusform>
            <numerusform>%n établissements de ce FINESS EJ dans le répertoire FINESS.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Every ESSMS the OG runs, not only those it brings to the grappe: a small OG is judged on it.</source>
        <translation>Tous les ESSMS que gère l&apos;OG, pas seulement ceux qu&apos;il apporte à la grappe : la petite taille s&apos;apprécie sur ce nombre.</translation>
    </message>
    <message>
        <source>To confirm: judged on its ESSMS in the grappe; type above every ESSMS it runs.</source>
        <translation>À confirmer : apprécié sur ses ESSMS de la grappe ; indiquez ci-dessus tous les ESSMS qu&apos;il gère.</translation>
    </message>
    <message>
        <source>By its legal status (public: yes)</source>
        <translation>Selon son statut juridique (public : oui)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Designation of a &amp;DPO:</source>
        <translation>Désignation d&apos;un &amp;DPO :</translation>
    </message>
    <message>
        <source>(extract of {date})</source>
        <translation>(extraction du {date})</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>Personne &amp;à contacter :</translation>
    </message>
    <message>
        <source>This OG is the porteur: it files and carries the pro&amp;ject</source>
        <translation>Cet OG est le &amp;porteur : il dépose et porte le projet</translation>
    </message>
    <message>
        <source>The OG has an IT manager (RS&amp;I)</source>
        <translation>L&apos;OG dispose d&apos;un responsable des systèmes d&apos;information (RS&amp;I)</translation>
    </message>
    <message>
        <source>R&amp;GPD compliance:</source>
        <translation>Conformité R&amp;GPD :</translation>
    </message>
    <message>
        <source>Its &amp;written agreement is obtained</source>
        <translation>Son accord écrit est o&amp;btenu</translation>
    </message>
    <message>
        <source>National entit&amp;y:</source>
        <translation>Entité nati&amp;onale :</translation>
    </message>
    <message>
        <source>AMOA or internal project manager to pilot the wor&amp;k</source>
        <translation>AMOA ou chef de projet interne pour le pi&amp;lotage</translation>
    </message>
    <message>
        <source>ESSMS it runs in &amp;total:</source>
        <translation>ESSMS g&amp;érés au total :</translation>
    </message>
    <message>
        <source>Su&amp;bject to the Code de la commande publique:</source>
        <translation>Soumis au &amp;Code de la commande publique :</translation>
    </message>
</context>
<context>
    <name>OgEstablishmentsDialog</name>
    <message>
        <source>ESSMS of the OG in the FINESS reference</source>
        <translation>ESSMS de l&apos;OG dans le répertoire FINESS</translation>
    </message>
    <message>
        <source>FINESS ET</source>
        <translation>FINESS ET</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>already in the grappe</source>
        <translation>déjà dans la grappe</translation>
    </message>
    <message>
        <source>not an ESSMS</source>
        <translation>pas un ESSMS</translation>
    </message>
    <message>
        <source>Under the OG « {og} ».</source>
        <translation>Sous l&apos;OG « {og} ».</translation>
    </message>
    <message numerus="yes">
        <source>The FINESS reference lists %n establishment(s) under the FINESS EJ {ej} of « {og} ». Tick those that join the grappe.</source>
        <translation>
            <numerusform>Le répertoire FINESS compte %n établissement sous le FINESS EJ {ej} de « {og} ». Cochez ceux qui rejoignent la grappe.</numerusform>
            <numerusform>Le répertoire FINESS compte %n établissements sous le FINESS EJ {ej} de « {og} ». Cochez ceux qui rejoignent la grappe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The FINESS reference lists no establishment under the FINESS EJ {ej}.</source>
        <translation>Le répertoire FINESS ne compte aucun établissement sous le FINESS EJ {ej}.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n ESSMS</source>
        <translation>
            <numerusform>&amp;Ajouter %n ESSMS</numerusform>
            <numerusform>&amp;Ajouter %n ESSMS</numerusform>
        </translation>
    </message>
    <message>
        <source>to check with the ARS</source>
        <translation>à vérifier avec l&apos;ARS</translation>
    </message>
    <message>
        <source>&amp;Tick all</source>
        <translation>Tout &amp;cocher</translation>
    </message>
</context>
<context>
    <name>OgResultsView</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score /100</source>
        <translation>Score /100</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Actions recommandées</translation>
    </message>
    <message>
        <source>Derived from the weak domains and answers. Add those you keep to the needs of the dossier: you will give them a cost in the « Needs » step.</source>
        <translation>Déduites des domaines et des réponses les plus faibles. Ajoutez celles que vous retenez aux besoins du dossier : vous les chiffrerez à l&apos;étape « Besoins ».</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>aucune réponse pour l&apos;instant</translation>
    </message>
    <message>
        <source>Answer the questionnaire: the results appear as you go.</source>
        <translation>Répondez au questionnaire : les résultats s&apos;affichent au fur et à mesure.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{og}&lt;/b&gt; — maturity level: &lt;b&gt;{level}&lt;/b&gt; (overall score {score}/100)</source>
        <translation>&lt;b&gt;{og}&lt;/b&gt; — niveau de maturité : &lt;b&gt;{level}&lt;/b&gt; (score global {score}/100)</translation>
    </message>
    <message>
        <source>Partial diagnostic: {answered} questions answered out of {total}. Domains without any answer have no score; the others are scored on the questions answered.</source>
        <translation>Diagnostic partiel : {answered} questions répondues sur {total}. Les domaines sans aucune réponse n&apos;ont pas de score ; les autres sont notés sur les questions répondues.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>({answered}/{total} answered)</source>
        <translation>({answered}/{total} répondues)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Points forts :</translation>
    </message>
    <message>
        <source>Weaknesses:</source>
        <translation>Points faibles :</translation>
    </message>
    <message>
        <source>No action is recommended from the answers given so far.</source>
        <translation>Aucune action n&apos;est recommandée d&apos;après les réponses données jusqu&apos;ici.</translation>
    </message>
</context>
<context>
    <name>PackStep</name>
    <message>
        <source>The PDF pack</source>
        <translation>Le dossier PDF</translation>
    </message>
    <message>
        <source>Make the candidature pack in French: note de présentation, grappe, governance, DUI, needs, self-diagnostic, budget and grant, planning, communication, usage targets and admissibility, with one engagement letter per OG, the draft partnership convention and the AAP check-list. Preview it here, then save it or print the letters to have them signed.</source>
        <translation>Produisez le dossier de candidature en PDF : note de présentation, grappe, gouvernance, DUI, besoins, autodiagnostic, budget et subvention, planning, communication, cibles d&apos;usage et recevabilité, avec une lettre d&apos;engagement par OG, le projet de convention de partenariat et la check-list de l&apos;AAP. Vérifiez-le ici dans l&apos;aperçu, puis enregistrez-le ou imprimez les lettres à faire signer.</translation>
    </message>
    <message>
        <source>&amp;Generate the preview</source>
        <translation>&amp;Générer l&apos;aperçu</translation>
    </message>
    <message>
        <source>&amp;Save the pack…</source>
        <translation>Enregist&amp;rer le dossier PDF…</translation>
    </message>
    <message>
        <source>Le&amp;tters only…</source>
        <translation>Le&amp;ttres d&apos;engagement seules…</translation>
    </message>
    <message>
        <source>Con&amp;vention only…</source>
        <translation>Con&amp;vention seule…</translation>
    </message>
    <message>
        <source>Pr&amp;int the letters…</source>
        <translation>&amp;Imprimer les lettres…</translation>
    </message>
    <message>
        <source>Print the &amp;whole pack…</source>
        <translation>Imprimer le dossier &amp;complet…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Save the engagement letters alone, one per OG, to have them signed</source>
        <translation>Enregistrer les seules lettres d&apos;engagement, une par OG, à faire signer</translation>
    </message>
    <message>
        <source>Save the draft partnership convention alone</source>
        <translation>Enregistrer le seul projet de convention de partenariat</translation>
    </message>
    <message>
        <source>The pack was saved for the dossier as it is now.</source>
        <translation>Le dossier PDF enregistré correspond au dossier dans son état actuel.</translation>
    </message>
    <message>
        <source>The dossier has changed since the pack was last saved: make the pack again and save it.</source>
        <translation>Le dossier a changé depuis le dernier enregistrement du dossier PDF : à régénérer, puis à enregistrer de nouveau.</translation>
    </message>
    <message>
        <source>No pack made yet.</source>
        <translation>Aucun dossier PDF produit pour l&apos;instant.</translation>
    </message>
    <message>
        <source>candidature pack</source>
        <translation>dossier de candidature</translation>
    </message>
    <message>
        <source>engagement letters</source>
        <translation>lettres d&apos;engagement</translation>
    </message>
    <message>
        <source>partnership convention</source>
        <translation>convention de partenariat</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Fabrication du PDF…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved nor printed.</source>
        <translation>Annulé : rien n&apos;a été enregistré ni imprimé.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Le PDF n&apos;a pas pu être produit.</translation>
    </message>
    <message>
        <source>PDF pack</source>
        <translation>Dossier PDF</translation>
    </message>
    <message>
        <source>Preview of the pack: {pages} pages.</source>
        <translation>Aperçu du dossier : {pages} pages.</translation>
    </message>
    <message>
        <source>The file was not saved.</source>
        <translation>Le fichier n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {error}</source>
        <translation>Impossible d&apos;écrire le fichier {path} : {error}</translation>
    </message>
    <message>
        <source>Saved: {path} ({pages} pages).</source>
        <translation>Enregistré : {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>Engagement letters</source>
        <translation>Lettres d&apos;engagement</translation>
    </message>
    <message>
        <source>Candidature pack</source>
        <translation>Dossier de candidature</translation>
    </message>
    <message>
        <source>Print the engagement letters</source>
        <translation>Imprimer les lettres d&apos;engagement</translation>
    </message>
    <message>
        <source>Print the pack</source>
        <translation>Imprimer le dossier</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackWorker</name>
    <message>
        <source>The generation of the PDF pack failed: {error}</source>
        <translation>La génération du dossier PDF a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>This partner has been &amp;informed of the project</source>
        <translation>Ce partenaire a été &amp;informé du projet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person of the project</source>
        <translation>Personne du projet</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>e.g. Director, nurse coordinator, DUI referent</source>
        <translation>par exemple directrice, infirmier coordinateur, référent DUI</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>ETP</translation>
    </message>
    <message>
        <source>e.g. IT project management, DUI set-up, training</source>
        <translation>par exemple conduite de projet SI, paramétrage du DUI, formation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>In the &amp;COPIL (steering committee):</source>
        <translation>Au &amp;COPIL (comité de pilotage) :</translation>
    </message>
    <message>
        <source>In the CO&amp;PROJ (project committee):</source>
        <translation>Au CO&amp;PROJ (comité projet) :</translation>
    </message>
    <message>
        <source>&amp;Time on the project:</source>
        <translation>Temps consacré au pro&amp;jet :</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>Compét&amp;ences :</translation>
    </message>
    <message>
        <source>Project &amp;lead (chef de projet) of the grappe</source>
        <translation>C&amp;hef de projet de la grappe</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>The planning has no task.</source>
        <translation>Le planning ne comporte aucune tâche.</translation>
    </message>
    <message>
        <source>A complete dossier includes the planning prévisionnel of the project.</source>
        <translation>Un dossier complet comprend le planning prévisionnel du projet.</translation>
    </message>
    <message>
        <source>The planning has no deployment task.</source>
        <translation>Le planning ne comporte aucune tâche de déploiement.</translation>
    </message>
    <message>
        <source>This type of project lasts at most {maximum} months from its start to the end of deployment.</source>
        <translation>Ce type de projet dure au plus {maximum} mois, de son lancement à la fin du déploiement.</translation>
    </message>
    <message>
        <source>Add the deployment waves, or start again from the template.</source>
        <translation>Ajoutez les vagues de déploiement, ou repartez du modèle.</translation>
    </message>
    <message>
        <source>Deployment ends on {end}, after {limit}: {maximum} months after the start of the project ({start}).</source>
        <translation>Le déploiement se termine le {end}, après le {limit}, limite fixée à {maximum} mois du début du projet ({start}).</translation>
    </message>
    <message>
        <source>Shorten or overlap tasks, deploy in fewer waves, or plan the end of deployment by {limit}.</source>
        <translation>Raccourcissez des tâches ou faites-les se chevaucher, déployez en moins de vagues, ou prévoyez la fin du déploiement au plus tard le {limit}.</translation>
    </message>
    <message>
        <source>Deployment ends on {end}, within {maximum} months of the start of the project ({start}).</source>
        <translation>Le déploiement se termine le {end}, dans les {maximum} mois suivant le début du projet ({start}).</translation>
    </message>
    <message>
        <source>No filing date is planned yet.</source>
        <translation>Aucune date de dépôt n&apos;est encore prévue.</translation>
    </message>
    <message>
        <source>A dossier filed outside the window of its call for projects is not admissible.</source>
        <translation>Un dossier déposé en dehors de la fenêtre de dépôt de son appel à projets n&apos;est pas recevable.</translation>
    </message>
    <message>
        <source>Plan the filing date; filing window: {window}.</source>
        <translation>Prévoyez la date de dépôt&#x202f;; fenêtre de dépôt&#xa0;: {window}.</translation>
    </message>
    <message>
        <source>The campaign gives no filing dates for this call.</source>
        <translation>La campagne ne fixe pas de dates de dépôt pour cet appel à projets.</translation>
    </message>
    <message>
        <source>Ask the ARS or the CNSA for the dates of the call.</source>
        <translation>Demandez les dates de l&apos;appel à projets à l&apos;ARS ou à la CNSA.</translation>
    </message>
    <message>
        <source>The planned filing date, {date}, is before the call opens ({start}).</source>
        <translation>La date de dépôt prévue, le {date}, précède l&apos;ouverture de l&apos;appel à projets ({start}).</translation>
    </message>
    <message>
        <source>The planned filing date, {date}, is after the deadline ({end}).</source>
        <translation>La date de dépôt prévue, le {date}, dépasse la date limite ({end}).</translation>
    </message>
    <message>
        <source>File within the window: {window}.</source>
        <translation>Déposez le dossier pendant la fenêtre de dépôt&#xa0;: {window}.</translation>
    </message>
    <message>
        <source>The planned filing date, {date}, is within the window ({window}).</source>
        <translation>La date de dépôt prévue, le {date}, est comprise dans la fenêtre de dépôt ({window}).</translation>
    </message>
    <message>
        <source>The dates of this campaign are indicative.</source>
        <translation>Les dates de cette campagne sont indicatives.</translation>
    </message>
    <message>
        <source>Check the dates of the call with the ARS before filing.</source>
        <translation>Vérifiez les dates de l&apos;appel à projets auprès de l&apos;ARS avant le dépôt.</translation>
    </message>
    <message>
        <source>« {task} » starts on {start}, before « {dependency} » is done ({end}).</source>
        <translation>«&#xa0;{task}&#xa0;» commence le {start}, avant la fin de «&#xa0;{dependency}&#xa0;» ({end}).</translation>
    </message>
    <message>
        <source>A task starts once the tasks it depends on are done.</source>
        <translation>Une tâche commence une fois terminées les tâches dont elle dépend.</translation>
    </message>
    <message>
        <source>Start « {task} » on {end} or later.</source>
        <translation>Faites commencer «&#xa0;{task}&#xa0;» le {end} ou plus tard.</translation>
    </message>
    <message>
        <source>« {task} » depends on a task that is not in the planning: {dependency}.</source>
        <translation>«&#xa0;{task}&#xa0;» dépend d&apos;une tâche absente du planning&#xa0;: {dependency}.</translation>
    </message>
    <message>
        <source>Remove this dependency or restore the task.</source>
        <translation>Supprimez cette dépendance ou rétablissez la tâche.</translation>
    </message>
    <message>
        <source>« {task} » ends ({end}) before it starts ({start}).</source>
        <translation>«&#xa0;{task}&#xa0;» se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>A task ends on or after its start.</source>
        <translation>Une tâche se termine le jour de son début ou plus tard.</translation>
    </message>
    <message>
        <source>Correct its dates.</source>
        <translation>Corrigez ses dates.</translation>
    </message>
    <message>
        <source>These ESSMS are in no deployment wave: {names}.</source>
        <translation>Ces ESSMS ne figurent dans aucune vague de déploiement&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Every ESSMS of the grappe is deployed and must reach the usage targets for the balance to be paid.</source>
        <translation>Chaque ESSMS de la grappe est déployé et doit atteindre les cibles d&apos;usage pour que le solde soit versé.</translation>
    </message>
    <message>
        <source>Add them to a deployment wave.</source>
        <translation>Ajoutez-les à une vague de déploiement.</translation>
    </message>
    <message>
        <source>These ESSMS of the deployment waves are not in the grappe: {names}.</source>
        <translation>Ces ESSMS des vagues de déploiement ne font pas partie de la grappe&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Remove them from the waves, or add them to the grappe.</source>
        <translation>Retirez-les des vagues, ou ajoutez-les à la grappe.</translation>
    </message>
    <message>
        <source>These ESSMS are in several deployment waves: {names}.</source>
        <translation>Ces ESSMS figurent dans plusieurs vagues de déploiement&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Keep each ESSMS in a single wave.</source>
        <translation>Placez chaque ESSMS dans une seule vague.</translation>
    </message>
    <message>
        <source>The planning has no measurement of the usage targets.</source>
        <translation>Le planning ne prévoit aucune mesure des cibles d&apos;usage.</translation>
    </message>
    <message>
        <source>The first measurement of the usage targets covers the {months} months after deployment; the balance of the grant ({solde_percent}) depends on the targets.</source>
        <translation>La première mesure des cibles d&apos;usage porte sur les {months} mois qui suivent le déploiement ; le solde de la subvention ({solde_percent}) dépend de l&apos;atteinte des cibles.</translation>
    </message>
    <message>
        <source>Add the first usage measurement on or after {date}.</source>
        <translation>Ajoutez la première mesure des usages, le {date} ou plus tard.</translation>
    </message>
    <message>
        <source>The first usage measurement ({date}) comes less than {months} months after the end of deployment ({end}).</source>
        <translation>La première mesure des usages ({date}) intervient moins de {months} mois après la fin du déploiement ({end}).</translation>
    </message>
    <message>
        <source>Plan the first usage measurement on or after {date}.</source>
        <translation>Prévoyez la première mesure des usages le {date} ou plus tard.</translation>
    </message>
    <message>
        <source>Filing window: to be filled in. The campaign file gives the dates of the ARS {owner}&apos;s call; this grappe files with the ARS {region}.</source>
        <translation>Fenêtre de dépôt : à renseigner. Le fichier de la campagne donne les dates de l&apos;appel de l&apos;ARS {owner} ; cette grappe dépose auprès de l&apos;ARS {region}.</translation>
    </message>
    <message>
        <source>Every ARS publishes its own regional call: another ARS&apos;s dates give no verdict.</source>
        <translation>Chaque ARS publie son propre appel régional : les dates d&apos;une autre ARS ne permettent aucun verdict.</translation>
    </message>
    <message>
        <source>Type the opening and closing dates of the ARS {region}&apos;s call in the step « Planning ».</source>
        <translation>Saisissez les dates d&apos;ouverture et de clôture de l&apos;appel de l&apos;ARS {region} à l&apos;étape « Planning ».</translation>
    </message>
    <message>
        <source>Filing window of the ARS {region}, as typed in from its call: {window}.</source>
        <translation>Fenêtre de dépôt de l&apos;ARS {region}, saisie d&apos;après son appel : {window}.</translation>
    </message>
    <message>
        <source>First selection window of the ARS {region}: dossiers filed by {end}.</source>
        <translation>Première fenêtre de sélection de l&apos;ARS {region} : dossiers déposés au plus tard le {end}.</translation>
    </message>
    <message>
        <source>First selection window of the ARS {region}: dossiers filed by {end} ({share} of the regional envelope).</source>
        <translation>Première fenêtre de sélection de l&apos;ARS {region} : dossiers déposés au plus tard le {end} ({share} de l&apos;enveloppe régionale).</translation>
    </message>
    <message>
        <source>A first share of the credits goes to the dossiers filed before this date.</source>
        <translation>Une première partie des crédits va aux dossiers déposés avant cette date.</translation>
    </message>
    <message>
        <source>The planned filing date, {date}, is in this first window.</source>
        <translation>La date de dépôt prévue, le {date}, est dans cette première fenêtre.</translation>
    </message>
    <message>
        <source>File by {end} to be examined in the first window.</source>
        <translation>Déposez au plus tard le {end} pour être examiné dans la première fenêtre.</translation>
    </message>
    <message>
        <source>A public-procurement phase is required: OGs subject to the Code de la commande publique: {ogs}.</source>
        <translation>Une phase de marché public est nécessaire : OG soumis au Code de la commande publique : {ogs}.</translation>
    </message>
    <message>
        <source>An acquisition goes through the purchasing procedure of the SAD (dynamic purchasing system).</source>
        <translation>Une acquisition passe par la procédure d&apos;achat du SAD (système d&apos;acquisition dynamique).</translation>
    </message>
    <message>
        <source>No public-procurement phase is required: no OG of the grappe is subject to the Code de la commande publique.</source>
        <translation>Aucune phase de marché public n&apos;est nécessaire : aucun OG de la grappe n&apos;est soumis au Code de la commande publique.</translation>
    </message>
    <message>
        <source>GHT route: the grappe chooses the Ségur-referenced DPI of its GHT.</source>
        <translation>Voie GHT : la grappe choisit le DPI référencé Ségur de son GHT.</translation>
    </message>
    <message>
        <source>From 2023 a public-procurement phase is required only of the OGs subject to the Code de la commande publique.</source>
        <translation>Depuis 2023, une phase de marché public n&apos;est exigée que des OG soumis au Code de la commande publique.</translation>
    </message>
    <message>
        <source>The planning template follows this route.</source>
        <translation>Le modèle de planning suit cette voie.</translation>
    </message>
    <message>
        <source>The planning has no public-procurement phase, which this grappe needs.</source>
        <translation>Le planning n&apos;a pas de phase de marché public, dont cette grappe a besoin.</translation>
    </message>
    <message>
        <source>Generate the planning again from the template, or add the consultation of the editors.</source>
        <translation>Générez à nouveau le planning depuis le modèle, ou ajoutez la consultation des éditeurs.</translation>
    </message>
    <message>
        <source>The GHT route is chosen in the step « Solution DUI », but the {year} campaign does not offer it.</source>
        <translation>La voie GHT est choisie à l&apos;étape « Solution DUI », mais la campagne {year} ne la prévoit pas.</translation>
    </message>
    <message>
        <source>Untick the GHT route in the step « Solution DUI ».</source>
        <translation>Décochez la voie GHT à l&apos;étape « Solution DUI ».</translation>
    </message>
</context>
<context>
    <name>PlanningStep</name>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Planning prévisionnel</source>
        <translation>Planning prévisionnel</translation>
    </message>
    <message>
        <source>Start from the template of your type of project, then adjust the dates: in the table, or by dragging a bar of the chart (its duration is kept). The checks below follow every change.</source>
        <translation>Partez du modèle de votre type de projet, puis ajustez les dates : dans le tableau, ou en faisant glisser une barre du diagramme (sa durée est conservée). Les contrôles en bas suivent chaque modification.</translation>
    </message>
    <message>
        <source>&amp;Generate the planning from the template…</source>
        <translation>&amp;Générer le planning à partir du modèle…</translation>
    </message>
    <message>
        <source>&amp;Add a task</source>
        <translation>&amp;Ajouter une tâche</translation>
    </message>
    <message>
        <source>&amp;Remove the task…</source>
        <translation>Supp&amp;rimer la tâche…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Move dependent tasks too</source>
        <translation>Dé&amp;caler aussi les tâches dépendantes</translation>
    </message>
    <message>
        <source>When a task moves later, the tasks that depend on it move with it.</source>
        <translation>Quand une tâche est repoussée, les tâches qui en dépendent sont décalées avec elle.</translation>
    </message>
    <message>
        <source>Tasks of the planning</source>
        <translation>Tâches du planning</translation>
    </message>
    <message>
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Annuler : {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last change of dates (Ctrl+Z)</source>
        <translation>Annuler le dernier changement de dates (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {change} (Ctrl+Shift+Z)</source>
        <translation>Rétablir : {change} (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>Rétablir le changement annulé (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>regional call</source>
        <translation>appel régional</translation>
    </message>
    <message>
        <source>multi-regional grappe</source>
        <translation>grappe multirégionale</translation>
    </message>
    <message>
        <source>national call</source>
        <translation>appel national</translation>
    </message>
    <message>
        <source>Filing window ({scope}): {dates}</source>
        <translation>Fenêtre de dépôt ({scope}) : {dates}</translation>
    </message>
    <message>
        <source>No filing window known ({scope}).</source>
        <translation>Aucune fenêtre de dépôt connue ({scope}).</translation>
    </message>
    <message>
        <source>No planning yet: generate it from the template of your type of project.</source>
        <translation>Pas encore de planning : générez-le à partir du modèle de votre type de projet.</translation>
    </message>
    <message>
        <source>Project from {start} to {end}</source>
        <translation>Projet du {start} au {end}</translation>
    </message>
    <message>
        <source>end of deployment {date} ({months} months, at most {maximum})</source>
        <translation>fin du déploiement le {date} ({months} mois, {maximum} au plus)</translation>
    </message>
    <message>
        <source>end of deployment {date} ({months} months)</source>
        <translation>fin du déploiement le {date} ({months} mois)</translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s)</source>
        <translation>
            <numerusform>%n vague</numerusform>
            <numerusform>%n vagues</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the end of « {title} »</source>
        <translation>Changer la fin de « {title} »</translation>
    </message>
    <message>
        <source>Move « {title} » to {date}</source>
        <translation>Déplacer « {title} » au {date}</translation>
    </message>
    <message>
        <source>Replace the planning</source>
        <translation>Remplacer le planning</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n task(s) of the current planning by the template? Your changes to them will be lost.</source>
        <translation>
            <numerusform>Remplacer la %n tâche du planning actuel par le modèle ? Vos modifications seront perdues.</numerusform>
            <numerusform>Remplacer les %n tâches du planning actuel par le modèle ? Vos modifications seront perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the task « {title} » from the planning?</source>
        <translation>Supprimer la tâche « {title} » du planning ?</translation>
    </message>
    <message>
        <source>Planned filing da&amp;te in GALIS:</source>
        <translation>Date de dépôt pré&amp;vue dans GALIS :</translation>
    </message>
    <message>
        <source>Show dependenc&amp;ies</source>
        <translation>Afficher les lie&amp;ns</translation>
    </message>
    <message>
        <source>« {title} »: the end ({end}) cannot be before the start ({start}). Nothing was changed: type a later end, or move the start first.</source>
        <translation>« {title} » : la fin ({end}) ne peut pas précéder le début ({start}). Rien n&apos;a été modifié : tapez une fin plus tardive, ou déplacez d&apos;abord le début.</translation>
    </message>
    <message>
        <source>generate the planning</source>
        <translation>générer le planning</translation>
    </message>
    <message>
        <source>remove the task « {title} »</source>
        <translation>supprimer la tâche « {title} »</translation>
    </message>
    <message>
        <source>&amp;Keep these dates</source>
        <translation>&amp;Garder ces dates</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>Les oublier</translation>
    </message>
    <message>
        <source>Opening day of the ARS&apos;s call</source>
        <translation>Jour d&apos;ouverture de l&apos;appel de l&apos;ARS</translation>
    </message>
    <message>
        <source>Last filing day of the ARS&apos;s call</source>
        <translation>Dernier jour de dépôt de l&apos;appel de l&apos;ARS</translation>
    </message>
    <message>
        <source>Filing window ({scope}): to be filled in.</source>
        <translation>Fenêtre de dépôt ({scope}) : à renseigner.</translation>
    </message>
    <message>
        <source>end of deployment {date} ({months} months, at most {maximum}: indicative, the 2022 figure)</source>
        <translation>fin du déploiement le {date} ({months} mois, au plus {maximum} : indicatif, chiffre de 2022)</translation>
    </message>
    <message>
        <source>The campaign&apos;s regional dates are the ARS {owner}&apos;s: type the dates of the call of the ARS {region} (opening, closing), then keep them.</source>
        <translation>Les dates régionales de la campagne sont celles de l&apos;ARS {owner} : saisissez les dates de l&apos;appel de l&apos;ARS {region} (ouverture, clôture), puis gardez-les.</translation>
    </message>
    <message>
        <source>Dates of the call of the ARS {region} (typed in from its call):</source>
        <translation>Dates de l&apos;appel de l&apos;ARS {region} (saisies d&apos;après son appel) :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), changed since you opened it</source>
        <translation>
            <numerusform>%n tâche, modifiée depuis que vous l&apos;avez ouvert</numerusform>
            <numerusform>%n tâches, modifiées depuis que vous l&apos;avez ouvert</numerusform>
        </translation>
    </message>
    <message>
        <source>generated from the template</source>
        <translation>généré à partir du modèle</translation>
    </message>
</context>
<context>
    <name>PlanningStore</name>
    <message>
        <source>This task of the planning no longer exists (number {id}).</source>
        <translation>Cette tâche du planning n&apos;existe plus (numéro {id}).</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>The note states {stated} ESSMS; the grappe has {actual}.</source>
        <extracomment>Only a number given as the grappe&apos;s whole counts (« la grappe réunit 12 ESSMS », « nos 4 OG »), not a part of it (« dans 9 ESSMS »). Planning tasks (template keys) or phases that mean the editor is still to be chosen.</extracomment>
        <translation>La note indique {stated} ESSMS ; la grappe en compte {actual}.</translation>
    </message>
    <message>
        <source>The note states {stated} OGs; the grappe has {actual}.</source>
        <translation>La note indique {stated} OG ; la grappe en compte {actual}.</translation>
    </message>
    <message>
        <source>An instructor compares the note with the grappe: a different number makes the dossier look unreliable.</source>
        <translation>L&apos;instructeur compare la note et la grappe : un nombre différent fait douter de la fiabilité du dossier.</translation>
    </message>
    <message>
        <source>Correct the number in the note, or the grappe.</source>
        <translation>Corrigez le nombre dans la note, ou la grappe.</translation>
    </message>
    <message>
        <source>The DUI « {software} » is already named while the planning still has an editor choice phase.</source>
        <translation>Le DUI « {software} » est déjà nommé alors que le planning prévoit encore une phase de choix de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Either the editor is chosen and the consultation tasks are done, or it is still to be chosen and no solution can be named yet.</source>
        <translation>Soit l&apos;éditeur est choisi et la consultation est faite, soit il reste à choisir et aucune solution ne peut encore être nommée.</translation>
    </message>
    <message>
        <source>Remove the editor choice tasks from the planning, or leave the DUI unnamed until the consultation is over.</source>
        <translation>Retirez du planning les tâches de choix de l&apos;éditeur, ou ne nommez pas le DUI avant la fin de la consultation.</translation>
    </message>
</context>
<context>
    <name>PresentationStep</name>
    <message>
        <source>Context and motivations</source>
        <translation>Contexte et motivations</translation>
    </message>
    <message>
        <source>SI strategy and links with the Ségur</source>
        <translation>Stratégie SI et liens avec le Ségur</translation>
    </message>
    <message>
        <source>Current functional perimeter of the DUI</source>
        <translation>Périmètre fonctionnel actuel du DUI</translation>
    </message>
    <message>
        <source>Targeted functional perimeter</source>
        <translation>Périmètre fonctionnel cible</translation>
    </message>
    <message>
        <source>Project team (skills, FTE)</source>
        <translation>Équipe projet (compétences, ETP)</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Expected benefits</source>
        <translation>Bénéfices attendus</translation>
    </message>
    <message>
        <source>Who the OGs are, what the ESSMS do, why they join forces now, what is not working today.</source>
        <translation>Qui sont les OG, ce que font les ESSMS, pourquoi ils s&apos;associent maintenant, ce qui ne fonctionne pas aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Your SI roadmap or master plan, and how the project serves the Ségur du numérique (DMP, MSSanté, INS, referenced DUI).</source>
        <translation>Votre feuille de route ou schéma directeur SI, et ce que le projet apporte au Ségur du numérique (DMP, MSSanté, INS, DUI référencé).</translation>
    </message>
    <message>
        <source>What is computerised today, in which ESSMS, with which tools.</source>
        <translation>Ce qui est informatisé aujourd&apos;hui, dans quels ESSMS, avec quels outils.</translation>
    </message>
    <message>
        <source>What the DUI will cover at the end of the project: functions, ESSMS, users.</source>
        <translation>Ce que couvrira le DUI à la fin du projet : fonctions, ESSMS, utilisateurs.</translation>
    </message>
    <message>
        <source>The project lead and the team: skills, time devoted (FTE), outside support (AMOA).</source>
        <translation>Le chef de projet et l&apos;équipe : compétences, temps consacré (ETP), appui extérieur (AMOA).</translation>
    </message>
    <message>
        <source>COPIL and COPROJ: who, how often, how decisions are taken; the partnership convention.</source>
        <translation>COPIL et COPROJ : qui, à quel rythme, comment les décisions sont prises ; la convention de partenariat.</translation>
    </message>
    <message>
        <source>What will change for the persons accompanied, the professionals, the partners.</source>
        <translation>Ce qui changera pour les personnes accompagnées, les professionnels, les partenaires.</translation>
    </message>
    <message>
        <source>Write here the sections of the note de présentation that goes with the candidature. They are printed in the PDF pack as you write them; every change is saved as you type.</source>
        <translation>Rédigez ici les parties de la note de présentation jointe à la candidature. Elles sont reprises telles quelles dans le dossier PDF ; chaque modification est enregistrée au fil de la saisie.</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>B&amp;ullets</source>
        <translation>P&amp;uces</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph; a line starting with « - » is a bullet; **text** is bold.</source>
        <translation>Une ligne vide commence un nouveau paragraphe ; une ligne commençant par « - » est une puce ; **texte** est en gras.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Note de présentation</source>
        <translation>Note de présentation</translation>
    </message>
    <message>
        <source>Weighed: a quantified starting point (ESSMS, persons accompanied, paper files, tools in use) and the grappe&apos;s territorial coherence (departments, shared partners, care pathways).</source>
        <translation>Ce que pèsent les critères : un point de départ chiffré (ESSMS, personnes accompagnées, dossiers papier, outils utilisés) et la cohérence territoriale de la grappe (départements, partenaires communs, parcours).</translation>
    </message>
    <message>
        <source>Weighed: sustainability after the grant (who pays the subscription and maintenance, how the SI roadmap goes on) and the links with the Ségur services socles.</source>
        <translation>Ce que pèsent les critères : la pérennité après la subvention (qui paie l&apos;abonnement et la maintenance, comment se poursuit la feuille de route SI) et les liens avec les services socles du Ségur.</translation>
    </message>
    <message>
        <source>Weighed: the starting point in figures: how many ESSMS have a DUI, which version, which usages today (MSSanté, DMP, INS).</source>
        <translation>Ce que pèsent les critères : le point de départ en chiffres : combien d&apos;ESSMS ont un DUI, quelle version, quels usages aujourd&apos;hui (MSSanté, DMP, INS).</translation>
    </message>
    <message>
        <source>Weighed: the procurement route (public procurement, dynamic purchasing system, central purchasing body, consultation) and the usage targets.</source>
        <translation>Ce que pèsent les critères : la voie d&apos;achat (marché public, système d&apos;acquisition dynamique, centrale d&apos;achat, consultation) et les cibles d&apos;usage.</translation>
    </message>
    <message>
        <source>Weighed: the project&apos;s risks and their answers (turnover, workload, training, the editor&apos;s delays) and the time really given (FTE).</source>
        <translation>Ce que pèsent les critères : les risques du projet et leurs réponses (rotation du personnel, charge de travail, formation, délais de l&apos;éditeur) et le temps réellement consacré (ETP).</translation>
    </message>
    <message>
        <source>Weighed: who decides and how often, the partnership convention, and how the grappe&apos;s members hold together over its territory.</source>
        <translation>Ce que pèsent les critères : qui décide et à quel rythme, la convention de partenariat, et la cohésion des membres de la grappe sur son territoire.</translation>
    </message>
    <message>
        <source>Weighed: expected results in figures, against the starting point, and what lasts after the grant.</source>
        <translation>Ce que pèsent les critères : des résultats attendus chiffrés, comparés au point de départ, et ce qui dure après la subvention.</translation>
    </message>
</context>
<context>
    <name>ProjectStep</name>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>Give the dossier a name, and choose the call for projects it answers, the region of the ARS you file with, the kind of project and how the DUI will be hosted. Every change is saved as you type.</source>
        <translation>Donnez un nom au dossier, puis choisissez l&apos;appel à projets auquel il répond, la région de l&apos;ARS auprès de laquelle vous déposez, le type de projet et l&apos;hébergement du DUI. Chaque modification est enregistrée au fil de la saisie.</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>Project &amp;type:</source>
        <translation>&amp;Type de projet :</translation>
    </message>
    <message>
        <source>e.g. DUI grappe of the Yonne 2024</source>
        <translation>par ex. Grappe DUI de l&apos;Yonne 2024</translation>
    </message>
    <message>
        <source>A dossier needs a name: the previous name is kept until you type one.</source>
        <translation>Un dossier doit avoir un nom : l&apos;ancien nom est conservé tant que vous n&apos;en saisissez pas un.</translation>
    </message>
    <message>
        <source>(choose the region)</source>
        <translation>(choisissez la région)</translation>
    </message>
    <message>
        <source>Call for projects {year}</source>
        <translation>Appel à projets {year}</translation>
    </message>
    <message>
        <source>The rules of this campaign are indicative: they repeat the previous campaign&apos;s until the official instruction is published.</source>
        <translation>Les règles de cette campagne sont indicatives : elles reprennent celles de la campagne précédente en attendant la publication de l&apos;instruction officielle.</translation>
    </message>
    <message>
        <source>Dossier n&amp;ame:</source>
        <translation>&amp;Nom du dossier :</translation>
    </message>
    <message>
        <source>H&amp;osting of the DUI:</source>
        <translation>&amp;Hébergement du DUI :</translation>
    </message>
    <message>
        <source>Dossier name</source>
        <translation>Nom du dossier</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <source>Leave this question unanswered</source>
        <translation>Laisser cette question sans réponse</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>Next domain →</source>
        <translation>Domaine suivant →</translation>
    </message>
    <message>
        <source>{done}/{total} answered</source>
        <translation>{done}/{total} répondues</translation>
    </message>
</context>
<context>
    <name>ReferenceStatus</name>
    <message>
        <source>&amp;Import the FINESS extract…</source>
        <translation>Importer l&apos;e&amp;xtraction FINESS…</translation>
    </message>
    <message>
        <source>A small extract of about 180 real establishments, for trying the application.</source>
        <translation>Une petite extraction d&apos;environ 180 établissements réels, pour essayer l&apos;application.</translation>
    </message>
    <message>
        <source>No FINESS reference is imported: the search by number or name is not available. Import the national extract (data.gouv.fr), or the sample provided.</source>
        <translation>Aucun répertoire FINESS n&apos;est importé : la recherche par numéro ou par nom n&apos;est pas disponible. Importez l&apos;extraction nationale (data.gouv.fr), ou l&apos;échantillon fourni.</translation>
    </message>
    <message>
        <source>FINESS reference: extract of {date}, {count} establishments.</source>
        <translation>Répertoire FINESS : extraction du {date}, {count} établissements.</translation>
    </message>
    <message>
        <source>FINESS reference: the national extract of {date} provided with the application (being prepared, a few seconds).</source>
        <translation>Référence FINESS : l&apos;extraction nationale du {date} fournie avec l&apos;application (en préparation, quelques secondes).</translation>
    </message>
    <message>
        <source>&amp;Import a more recent extract…</source>
        <translation>&amp;Importer une extraction plus récente…</translation>
    </message>
    <message>
        <source>FINESS reference: the national extract of {date} provided with the application, {count} establishments. Establishments opened since are missing.</source>
        <translation>Référence FINESS : l&apos;extraction nationale du {date} fournie avec l&apos;application, {count} établissements. Les établissements ouverts depuis n&apos;y sont pas.</translation>
    </message>
    <message>
        <source>Use the sample p&amp;rovided</source>
        <translation>Utiliser l&apos;éc&amp;hantillon fourni</translation>
    </message>
    <message>
        <source>&amp;Load a newer extract…</source>
        <translation>Mettre à &amp;jour…</translation>
    </message>
</context>
<context>
    <name>RemovalText</name>
    <message>
        <source>its signed engagement letter</source>
        <translation>sa lettre d&apos;engagement signée</translation>
    </message>
    <message>
        <source>its national agreement</source>
        <translation>son accord national</translation>
    </message>
    <message>
        <source>its quote</source>
        <translation>son devis</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>un document</translation>
    </message>
    <message numerus="yes">
        <source>its %n ESSMS</source>
        <translation>
            <numerusform>son %n ESSMS</numerusform>
            <numerusform>ses %n ESSMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its SI maturity self-diagnostic with %n answer(s)</source>
        <translation>
            <numerusform>son autodiagnostic de maturité SI avec %n réponse</numerusform>
            <numerusform>son autodiagnostic de maturité SI avec %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the OG « {name} » from the grappe?</source>
        <translation>Retirer l&apos;OG « {name} » de la grappe ?</translation>
    </message>
    <message>
        <source>Deleted with it: {items}.</source>
        <translation>Supprimés avec lui : {items}.</translation>
    </message>
    <message>
        <source>Detached from the dossier: {items}.</source>
        <translation>Détachés du dossier : {items}.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) tied to its ESSMS stay, no longer tied to an ESSMS.</source>
        <translation>
            <numerusform>%n besoin lié à ses ESSMS reste, sans lien avec un ESSMS.</numerusform>
            <numerusform>%n besoins liés à ses ESSMS restent, sans lien avec un ESSMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) brings all of it back.</source>
        <translation>Édition ▸ Annuler (Ctrl+Z) fait tout revenir.</translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>Answer a received questionnaire</source>
        <translation>Répondre à un questionnaire reçu</translation>
    </message>
    <message>
        <source>&lt;b&gt;{questionnaire}&lt;/b&gt; for « {og} » (FINESS EJ {finess})</source>
        <translation>&lt;b&gt;{questionnaire}&lt;/b&gt; pour « {og} » (FINESS EJ {finess})</translation>
    </message>
    <message>
        <source>Each answer is saved in the file {file} as you go. When you are done, send this file back to the porteur of the grappe, who imports it into the dossier.</source>
        <translation>Chaque réponse est enregistrée au fur et à mesure dans le fichier {file}. Quand vous avez terminé, renvoyez ce fichier au porteur de la grappe, qui l&apos;importe dans le dossier.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Your &amp;function:</source>
        <translation>Votre &amp;fonction :</translation>
    </message>
    <message>
        <source>&amp;Date of the answers:</source>
        <translation>&amp;Date des réponses :</translation>
    </message>
    <message>
        <source>Enter your name: it is written in the file with the answers.</source>
        <translation>Indiquez votre nom : il est enregistré dans le fichier avec les réponses.</translation>
    </message>
    <message>
        <source>{answered}/{total} questions answered; saved in the file.</source>
        <translation>{answered}/{total} questions répondues ; enregistré dans le fichier.</translation>
    </message>
    <message>
        <source>Answer files (*.json);;All files (*)</source>
        <translation>Fichiers de réponses (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Fichier refusé</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of {file}</source>
        <translation>Sauvegardes de {file}</translation>
    </message>
    <message>
        <source>esms-desktop keeps a copy of your dossiers each time it opens them and before each update of its database: the last ten, and one a day for a week. Choose the state to go back to. The current state is kept as a backup first, so a restore can be undone.</source>
        <translation>esms-desktop garde une copie de vos dossiers à chaque ouverture et avant chaque mise à jour de sa base de données : les dix dernières, et une par jour pendant une semaine. Choisissez l&apos;état auquel revenir. L&apos;état actuel est d&apos;abord mis de côté dans une sauvegarde : une restauration peut donc être annulée.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>Ce fichier n&apos;a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Opening of the application</source>
        <translation>Ouverture de l&apos;application</translation>
    </message>
    <message>
        <source>Before an update of the database</source>
        <translation>Avant une mise à jour de la base</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Damaged file, kept as it was</source>
        <translation>Fichier endommagé, conservé tel quel</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
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
    <message>
        <source>This backup cannot be read: {detail}</source>
        <translation>Cette sauvegarde est illisible : {detail}</translation>
    </message>
    <message>
        <source>No dossier in this backup.</source>
        <translation>Aucun dossier dans cette sauvegarde.</translation>
    </message>
    <message>
        <source>Replace your dossiers with the backup of {date} ({content})? The dossiers as they are now will be kept as a backup.</source>
        <translation>Remplacer vos dossiers par la sauvegarde du {date} ({content}) ? Vos dossiers tels qu&apos;ils sont maintenant seront conservés dans une sauvegarde.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
</context>
<context>
    <name>Rib</name>
    <message>
        <source>Type the name of the account holder, as on the RIB.</source>
        <translation>Saisissez le nom du titulaire du compte, tel qu&apos;il figure sur le RIB.</translation>
    </message>
    <message>
        <source>Type the IBAN of the account (it starts with FR76 for a French account).</source>
        <translation>Saisissez l&apos;IBAN du compte (il commence par FR76 pour un compte français).</translation>
    </message>
    <message>
        <source>This IBAN has {length} characters; an IBAN of {country} has {expected}.</source>
        <translation>Cet IBAN compte {length} caractères ; un IBAN {country} en compte {expected}.</translation>
    </message>
    <message>
        <source>An IBAN starts with a country code such as FR; « {start} » is not one.</source>
        <translation>Un IBAN commence par un code pays comme FR ; « {start} » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>This IBAN holds characters that an IBAN cannot hold.</source>
        <translation>Cet IBAN contient des caractères qu&apos;un IBAN ne peut pas contenir.</translation>
    </message>
    <message>
        <source>The bank or account part of this IBAN is not valid: check it on the RIB.</source>
        <translation>La partie banque ou compte de cet IBAN n&apos;est pas valide : vérifiez-la sur le RIB.</translation>
    </message>
    <message>
        <source>The check digits of this IBAN do not match: a character is probably mistyped.</source>
        <translation>La clé de contrôle de cet IBAN ne correspond pas : un caractère est probablement mal saisi.</translation>
    </message>
    <message>
        <source>Type the BIC of the bank (8 or 11 characters, on the RIB).</source>
        <translation>Saisissez le BIC de la banque (8 ou 11 caractères, sur le RIB).</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters; this one has {length}.</source>
        <translation>Un BIC compte 8 ou 11 caractères ; celui-ci en compte {length}.</translation>
    </message>
    <message>
        <source>A BIC is 4 letters (bank), 2 letters (country), then 2 letters or digits (place), and optionally 3 more (branch).</source>
        <translation>Un BIC se compose de 4 lettres (banque), 2 lettres (pays), puis 2 lettres ou chiffres (localité), et éventuellement 3 de plus (agence).</translation>
    </message>
    <message>
        <source>The country code « {country} » of this BIC does not exist.</source>
        <translation>Le code pays « {country} » de ce BIC n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This BIC is of a bank in {bic_country}, the IBAN of an account in {iban_country}: check both.</source>
        <translation>Ce BIC est celui d&apos;une banque du pays {bic_country}, l&apos;IBAN celui d&apos;un compte du pays {iban_country} : vérifiez les deux.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The server {server} cannot be reached ({detail}). Check the host name and the port, that the server is running and that your network lets you reach it, then try again.</source>
        <translation>Le serveur {server} ne peut pas être joint ({detail}). Vérifiez le nom d&apos;hôte et le port, que le serveur est démarré et que votre réseau permet de l&apos;atteindre, puis réessayez.</translation>
    </message>
    <message>
        <source>The server {server} refused the user name or the password. Check them (File ▸ Connect to a server…) or ask the server&apos;s administrator.</source>
        <translation>Le serveur {server} a refusé le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les (Fichier ▸ Se connecter à un serveur…) ou demandez à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server {server} has no database of that name. Check its name, or ask the server&apos;s administrator to create it (an empty database is enough: the application sets it up).</source>
        <translation>Le serveur {server} n&apos;a pas de base de ce nom. Vérifiez son nom, ou demandez à l&apos;administrateur du serveur de la créer (une base vide suffit : l&apos;application la prépare).</translation>
    </message>
    <message>
        <source>The database {server} was written by a newer version of esms-desktop (schema {revision}). It was left untouched. Install the latest version of the application to open it.</source>
        <translation>La base {server} a été écrite par une version plus récente d&apos;esms-desktop (schéma {revision}). Elle n&apos;a pas été modifiée. Installez la dernière version de l&apos;application pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database {server} holds the tables of another application ({tables}). Nothing was created in it. Ask for an empty database for esms-desktop.</source>
        <translation>La base {server} contient les tables d&apos;une autre application ({tables}). Rien n&apos;y a été créé. Demandez une base vide pour esms-desktop.</translation>
    </message>
    <message>
        <source>The server {server} answered with an error: {detail}. Try again; if it goes on, show this message to the server&apos;s administrator.</source>
        <translation>Le serveur {server} a répondu par une erreur : {detail}. Réessayez ; si cela continue, montrez ce message à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>connection refused: no server listens on that port</source>
        <translation>connexion refusée : aucun serveur n&apos;écoute sur ce port</translation>
    </message>
    <message>
        <source>no answer within {seconds} seconds</source>
        <translation>pas de réponse en {seconds} secondes</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>nom d&apos;hôte inconnu</translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL (the psycopg module is missing). Install the complete application again.</source>
        <translation>Cette installation ne peut pas se connecter à PostgreSQL (le module psycopg manque). Réinstallez l&apos;application complète.</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>The backup of the server&apos;s dossiers could not be written ({detail}). Free some disk space, or check that the data folder can be written to.</source>
        <translation>La sauvegarde des dossiers du serveur n&apos;a pas pu être écrite ({detail}). Libérez de l&apos;espace disque, ou vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
    <message>
        <source>The file {path} is not a backup of esms-desktop dossiers ({detail}). Nothing was restored.</source>
        <translation>Le fichier {path} n&apos;est pas une sauvegarde de dossiers esms-desktop ({detail}). Rien n&apos;a été restauré.</translation>
    </message>
</context>
<context>
    <name>SharedTexts</name>
    <message>
        <source>{name} is editing this dossier since {time}</source>
        <translation>{name} modifie ce dossier depuis {time}</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translation>Dossier en cours de modification</translation>
    </message>
    <message>
        <source>Open it read-only to look at it, or take over: their window then becomes read-only. If they left without closing it, their hold ends by itself within two minutes.</source>
        <translation>Ouvrez-le en lecture seule pour le consulter, ou prenez la main : sa fenêtre passe alors en lecture seule. Si cette personne est partie sans le fermer, sa prise se libère d&apos;elle-même en moins de deux minutes.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Prendre la main</translation>
    </message>
    <message>
        <source>Read-only: {holder}.</source>
        <translation>Lecture seule : {holder}.</translation>
    </message>
    <message>
        <source>Someone else took over this dossier: it is now read-only here.</source>
        <translation>Quelqu&apos;un d&apos;autre a pris la main sur ce dossier : il est désormais en lecture seule ici.</translation>
    </message>
    <message>
        <source>Updated with the changes of another person.</source>
        <translation>Mis à jour avec les modifications d&apos;une autre personne.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>esms-desktop is already open on {path}: its window was brought to the front.</source>
        <translation>esms-desktop est déjà ouvert sur {path} : sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Dossiers already open</source>
        <translation>Dossiers déjà ouverts</translation>
    </message>
    <message>
        <source>The dossiers in {path} are already open in another esms-desktop window (process {pid} on the computer {host}), which does not answer. Close that window, or wait for it, then start esms-desktop again. Two windows on the same file would overwrite each other&apos;s changes.</source>
        <translation>Les dossiers de {path} sont déjà ouverts dans une autre fenêtre d&apos;esms-desktop (processus {pid} sur l&apos;ordinateur {host}), qui ne répond pas. Fermez cette fenêtre, ou attendez-la, puis relancez esms-desktop. Deux fenêtres sur le même fichier écraseraient mutuellement leurs modifications.</translation>
    </message>
    <message>
        <source>esms-desktop was started again on these dossiers: here is the window already open.</source>
        <translation>esms-desktop a été relancé sur ces dossiers : voici la fenêtre déjà ouverte.</translation>
    </message>
</context>
<context>
    <name>SolutionStep</name>
    <message>
        <source>DUI solution</source>
        <translation>Solution DUI</translation>
    </message>
    <message>
        <source>The DUI</source>
        <translation>Le DUI</translation>
    </message>
    <message>
        <source>&amp;Software:</source>
        <translation>Lo&amp;giciel :</translation>
    </message>
    <message>
        <source>e.g. the name of the DUI chosen or targeted</source>
        <translation>par ex. le nom du DUI choisi ou envisagé</translation>
    </message>
    <message>
        <source>The dossier usager informatisé (DUI) of the project: the software and its editor, whether its version is Ségur-referenced, the services socles it exchanges with and the référentiels it integrates. These are admissibility criteria of the call (4, 5 and 6).</source>
        <translation>Le dossier usager informatisé (DUI) du projet : le logiciel et son éditeur, si sa version est référencée Ségur, les services socles avec lesquels il échange et les référentiels qu&apos;il intègre. Ce sont des critères de recevabilité de l&apos;appel à projets (4, 5 et 6).</translation>
    </message>
    <message>
        <source>Its &amp;version is Ségur-referenced (ANS referencing)</source>
        <translation>Sa version est &amp;référencée Ségur (référencement ANS)</translation>
    </message>
    <message>
        <source>&amp;GHT route: the ESSMS choose the Ségur-referenced DPI of their GHT (from 2023, no procurement phase of their own)</source>
        <translation>Voie G&amp;HT : les ESSMS choisissent le DPI référencé Ségur de leur GHT (depuis 2023, sans phase de marché propre)</translation>
    </message>
    <message>
        <source>A DUI that is not Ségur-referenced is accepted only where the campaign allows it (2022: acquisitions by grappes mostly of PA, PH or home-care ESSMS, with a DUI compliant with the national specification).</source>
        <translation>Un DUI non référencé Ségur n&apos;est admis que si la campagne le permet (2022 : acquisitions par des grappes majoritairement d&apos;ESSMS PA, PH ou d&apos;aide à domicile, avec un DUI conforme au cahier des charges national).</translation>
    </message>
    <message>
        <source>Services socles</source>
        <translation>Services socles</translation>
    </message>
    <message>
        <source>&amp;DMP / Mon espace santé</source>
        <translation>&amp;DMP / Mon espace santé</translation>
    </message>
    <message>
        <source>&amp;MSSanté (secure messaging)</source>
        <translation>&amp;MSSanté (messagerie sécurisée)</translation>
    </message>
    <message>
        <source>&amp;INS (national health identity)</source>
        <translation>&amp;INS (identité nationale de santé)</translation>
    </message>
    <message>
        <source>e-&amp;prescription</source>
        <translation>e-&amp;prescription</translation>
    </message>
    <message>
        <source>Regional e-parcours p&amp;latform</source>
        <translation>Pl&amp;ateforme régionale e-parcours</translation>
    </message>
    <message>
        <source>Pro Santé &amp;Connect</source>
        <translation>Pro Santé &amp;Connect</translation>
    </message>
    <message>
        <source>&amp;ApCV (mobile carte Vitale)</source>
        <translation>ApC&amp;V (appli carte Vitale)</translation>
    </message>
    <message>
        <source>Référentiels integrated in the DUI</source>
        <translation>Référentiels intégrés au DUI</translation>
    </message>
    <message>
        <source>Sé&amp;rafin-PH (people with disabilities)</source>
        <translation>Sé&amp;rafin-PH (personnes en situation de handicap)</translation>
    </message>
    <message>
        <source>A&amp;GGIR (dependency of elderly people)</source>
        <translation>A&amp;GGIR (dépendance des personnes âgées)</translation>
    </message>
    <message>
        <source>PA&amp;THOS (care needs in EHPAD)</source>
        <translation>PA&amp;THOS (besoins en soins en EHPAD)</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>The grappe commits to fill the &amp;ROR (répertoire opérationnel des ressources)</source>
        <translation>La grappe s&apos;engage à compléter le R&amp;OR (répertoire opérationnel des ressources)</translation>
    </message>
    <message>
        <source>A dossier was filed in an earlier &amp;wave of the programme</source>
        <translation>Un dossier a été déposé lors d&apos;une &amp;vague précédente du programme</translation>
    </message>
    <message>
        <source>Tick those the DUI is interoperable with. At least {minimum} among: {names}.</source>
        <translation>Cochez ceux avec lesquels le DUI est interopérable. Au moins {minimum} parmi : {names}.</translation>
    </message>
    <message>
        <source>A grappe of fewer than {national} ESSMS representative of the offer at national level may file with the national call.</source>
        <translation>Une grappe de moins de {national} ESSMS représentative de l&apos;offre au niveau national peut déposer à l&apos;appel à projets national.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the counted services ticked (out of {total})</source>
        <translation>
            <numerusform>%n service retenu coché (sur {total})</numerusform>
            <numerusform>%n services retenus cochés (sur {total})</numerusform>
        </translation>
    </message>
    <message>
        <source>The sectors of the ESSMS are not known yet (step « The grappe »).</source>
        <translation>Les secteurs des ESSMS ne sont pas encore connus (étape « La grappe »).</translation>
    </message>
    <message>
        <source>The sectors of the grappe need: {needs}.</source>
        <translation>Les secteurs de la grappe demandent : {needs}.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>Not ticked yet: {missing}.</source>
        <translation>Pas encore coché : {missing}.</translation>
    </message>
    <message>
        <source>Edit&amp;or:</source>
        <translation>Édi&amp;teur :</translation>
    </message>
    <message>
        <source>The pro&amp;ject has a national reach</source>
        <translation>Le projet a une portée &amp;nationale</translation>
    </message>
    <message numerus="yes">
        <source>{refs} for the %n {sector} ESSMS</source>
        <translation>
            <numerusform>{refs} pour le %n ESSMS {sector}</numerusform>
            <numerusform>{refs} pour les %n ESSMS {sector}</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicative: the 2022 figure, repeated until the {year} campaign gives its own.</source>
        <translation>Indicatif : chiffre de 2022, repris tant que la campagne {year} ne donne pas le sien.</translation>
    </message>
    <message>
        <source>No ESSMS of the PA or PH sectors: no référentiel is required.</source>
        <translation>Aucun ESSMS des secteurs PA ou PH : aucun référentiel n&apos;est exigé.</translation>
    </message>
</context>
<context>
    <name>StartDoors</name>
    <message>
        <source>I am preparing a candidature (porteur or consultant)</source>
        <translation>Je prépare une candidature (porteur ou consultant)</translation>
    </message>
    <message>
        <source>Your dossiers are listed below; start a new one here.</source>
        <translation>Vos dossiers sont listés ci-dessous ; commencez-en un nouveau ici.</translation>
    </message>
    <message>
        <source>I am answering a porteur&apos;s request</source>
        <translation>Je réponds à la demande d&apos;un porteur</translation>
    </message>
    <message>
        <source>Open the file (.esms-og) the porteur sent you: you fill in your OG only.</source>
        <translation>Ouvrez le fichier (.esms-og) que le porteur vous a envoyé : vous complétez votre OG seulement.</translation>
    </message>
    <message>
        <source>My establishment is looking for a grappe</source>
        <translation>Mon établissement cherche une grappe</translation>
    </message>
    <message>
        <source>How to join a grappe being built, or one already funded.</source>
        <translation>Comment rejoindre une grappe en constitution, ou une grappe déjà financée.</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Filed on:</source>
        <translation>&amp;Déposé le :</translation>
    </message>
    <message>
        <source>&amp;Decision on:</source>
        <translation>D&amp;écision le :</translation>
    </message>
    <message>
        <source>Amount &amp;awarded (€):</source>
        <translation>Montant &amp;accordé (€) :</translation>
    </message>
    <message>
        <source>&amp;Convention signed on:</source>
        <translation>&amp;Convention signée le :</translation>
    </message>
    <message>
        <source>ARS&apos;s &amp;reasons:</source>
        <translation>&amp;Motifs de l&apos;ARS :</translation>
    </message>
    <message>
        <source>Reopen the candidature steps for editing</source>
        <translation>Rouvrir les étapes de la candidature pour les modifier</translation>
    </message>
    <message>
        <source>Rework for the next window…</source>
        <translation>Retravailler pour la fenêtre suivante…</translation>
    </message>
    <message>
        <source>Copy this dossier, back in preparation, to file it again</source>
        <translation>Copier ce dossier, de nouveau en préparation, pour le redéposer</translation>
    </message>
    <message>
        <source>The Money, Deployment and Usage targets tabs open once the ARS has selected the dossier (state « Selected (retenu) »).</source>
        <translation>Les onglets Financement, Déploiement et Cibles d&apos;usage s&apos;ouvrent quand l&apos;ARS a retenu le dossier (état « Retenu »).</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <source>Selected (retenu)</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Not selected (non retenu)</source>
        <translation>Non retenu</translation>
    </message>
    <message>
        <source>A date is written day/month/year, e.g. 28/05/2024.</source>
        <translation>Une date s&apos;écrit jour/mois/année, par exemple 28/05/2024.</translation>
    </message>
    <message>
        <source>Rework for the next window</source>
        <translation>Retravailler pour la fenêtre suivante</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie :</translation>
    </message>
    <message>
        <source>{name} (to rework)</source>
        <translation>{name} (à retravailler)</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Copie impossible</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Not loaded</source>
        <extracomment>Between two slices: 1 ms, not 0 — a timer at 0 started while Qt fires its timers may fire again in the same pass of the event loop, and two slices then make one long turn with no input read between them. Seconds of making per turn: the layout and painting of what was made follow in the same or the next turn and cost about as much again, so a turn stays well under the 50 ms a user would feel.</extracomment>
        <translation>Non chargé</translation>
    </message>
    <message>
        <source>This step could not be read: {error}</source>
        <translation>Cette étape n&apos;a pas pu être lue : {error}</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>The file cannot be read: {detail}.</source>
        <translation>Le fichier ne peut pas être lu : {detail}.</translation>
    </message>
    <message>
        <source>Only CSV and Excel (.xlsx) files can be imported; {name} is neither.</source>
        <translation>Seuls les fichiers CSV et Excel (.xlsx) peuvent être importés ; {name} n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>The file is not a readable Excel workbook (.xlsx): {detail}.</source>
        <translation>Le fichier n&apos;est pas un classeur Excel (.xlsx) lisible : {detail}.</translation>
    </message>
    <message>
        <source>Line {line} holds characters that are neither UTF-8 nor Windows-1252 text.</source>
        <translation>La ligne {line} contient des caractères qui ne sont ni du texte UTF-8 ni du Windows-1252.</translation>
    </message>
    <message>
        <source>Line {line} is not valid CSV: {detail}.</source>
        <translation>La ligne {line} n&apos;est pas du CSV valide : {detail}.</translation>
    </message>
    <message>
        <source>Line {line} has {found} columns where the header line has {expected}.</source>
        <translation>La ligne {line} compte {found} colonnes alors que la ligne d&apos;en-tête en compte {expected}.</translation>
    </message>
    <message>
        <source>The file holds no header line (it is empty).</source>
        <translation>Le fichier ne contient aucune ligne d&apos;en-tête (il est vide).</translation>
    </message>
    <message>
        <source>The file holds more than {limit} rows: nothing was imported. A grappe list is far shorter; split the file or keep only the grappe&apos;s ESSMS.</source>
        <translation>Le fichier compte plus de {limit} lignes : rien n&apos;a été importé. Une liste de grappe est bien plus courte ; découpez le fichier ou ne gardez que les ESSMS de la grappe.</translation>
    </message>
    <message>
        <source>The file is too large to be a list of ESSMS ({size} MB once unpacked, at most {limit} MB): nothing was imported.</source>
        <translation>Le fichier est trop volumineux pour une liste d&apos;ESSMS ({size} Mo une fois décompressé, {limit} Mo au plus) : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line {line} has {found} columns, more than the {limit} a list of ESSMS can have.</source>
        <translation>La ligne {line} compte {found} colonnes, plus que les {limit} qu&apos;une liste d&apos;ESSMS peut avoir.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled: nothing was imported.</source>
        <translation>Lecture du fichier annulée : rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Task</source>
        <extracomment>called with (task row, field name, new value) when a cell is edited; returns True when stored</extracomment>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
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
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>ESSMS deployed</source>
        <translation>ESSMS déployés</translation>
    </message>
    <message>
        <source>(unknown task {key})</source>
        <translation>(tâche inconnue {key})</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
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
    <name>UsageChecks</name>
    <message>
        <source>« {label} » is negative ({value}): a count is 0 or more.</source>
        <translation>« {label} » est négatif ({value}) : un décompte vaut 0 ou plus.</translation>
    </message>
    <message>
        <source>« {label} » ({value}) exceeds « {denominator} » ({limit}): the formula counts a part of it. Check the two counts.</source>
        <translation>« {label} » ({value}) dépasse « {denominator} » ({limit}) : la formule en compte une partie. Vérifiez les deux décomptes.</translation>
    </message>
</context>
<context>
    <name>UsageImport</name>
    <message>
        <source>Line {line}, column « {column} »: {reason}</source>
        <translation>Ligne {line}, colonne « {column} » : {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported: line {line}, column « {column} »: {reason} Fix the file and import it again.</source>
        <translation>Rien n&apos;a été importé : ligne {line}, colonne « {column} » : {reason} Corrigez le fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Nothing was imported: no column holds the {what}. Name a column « FINESS ET » and one « Mois ».</source>
        <translation>Rien n&apos;a été importé : aucune colonne ne donne le {what}. Nommez une colonne « FINESS ET » et une « Mois ».</translation>
    </message>
    <message>
        <source>Nothing was imported: no column holds a usage count.</source>
        <translation>Rien n&apos;a été importé : aucune colonne ne donne un décompte d&apos;usage.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file holds no measure.</source>
        <translation>Rien n&apos;a été importé : le fichier ne contient aucune mesure.</translation>
    </message>
    <message>
        <source>FINESS ET {finess} is not an ESSMS of this grappe (add it in « La grappe » or correct the number).</source>
        <translation>Le FINESS ET {finess} n&apos;est pas un ESSMS de cette grappe (ajoutez-le à l&apos;étape « La grappe » ou corrigez le numéro).</translation>
    </message>
    <message>
        <source>no FINESS ET.</source>
        <translation>pas de FINESS ET.</translation>
    </message>
    <message>
        <source>« {value} » is not a month (write 2025-03 or 03/2025).</source>
        <translation>« {value} » n&apos;est pas un mois (écrivez 2025-03 ou 03/2025).</translation>
    </message>
    <message>
        <source>FINESS ET {finess} already has a measure for {month} on line {other}: one row per ESSMS and month.</source>
        <translation>Le FINESS ET {finess} a déjà une mesure pour {month} à la ligne {other} : une ligne par ESSMS et par mois.</translation>
    </message>
    <message>
        <source>« {value} » is not a count (a whole number is expected).</source>
        <translation>« {value} » n&apos;est pas un décompte (un nombre entier est attendu).</translation>
    </message>
</context>
<context>
    <name>UsageImportDialog</name>
    <message>
        <source>Import usage measures</source>
        <translation>Importer des mesures d&apos;usage</translation>
    </message>
    <message>
        <source>FINESS ET</source>
        <translation>FINESS ET</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(aucune colonne)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>File « {name} »: {rows} rows. Check which column holds each count.</source>
        <translation>Fichier « {name} » : {rows} lignes. Vérifiez quelle colonne donne chaque décompte.</translation>
    </message>
    <message>
        <source>{count} problems: nothing will be imported until they are fixed in the file.</source>
        <translation>{count} problèmes : rien ne sera importé tant qu&apos;ils ne sont pas corrigés dans le fichier.</translation>
    </message>
    <message>
        <source>{rows} measures ready to import ({replaced} replace measures already there).</source>
        <translation>{rows} mesures prêtes à importer ({replaced} remplacent des mesures déjà saisies).</translation>
    </message>
</context>
<context>
    <name>UsageMeasures</name>
    <message>
        <source>FINESS ET {finess} is not an ESSMS of this grappe.</source>
        <translation>Le FINESS ET {finess} n&apos;est pas un ESSMS de cette grappe.</translation>
    </message>
    <message>
        <source>« {key} » is not a usage count of the campaign.</source>
        <translation>« {key} » n&apos;est pas un décompte d&apos;usage de la campagne.</translation>
    </message>
</context>
<context>
    <name>UsagePanel</name>
    <message>
        <source>Rates and targets</source>
        <translation>Taux et cibles</translation>
    </message>
    <message>
        <source>Monthly counts</source>
        <translation>Décomptes mensuels</translation>
    </message>
    <message>
        <source>ESSMS:</source>
        <translation>ESSMS :</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>Add the next &amp;month</source>
        <translation>Ajouter le &amp;mois suivant</translation>
    </message>
    <message>
        <source>One row per month: the counts of the month just ended; the first measure covers the {months} months ending with it ({source}). Empty: not given.</source>
        <translation>Une ligne par mois : les décomptes du mois écoulé ; la première mesure couvre les {months} mois qui s&apos;achèvent avec elle ({source}). Vide : non renseigné.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>{month} ({months} months)</source>
        <translation>{month} ({months} mois)</translation>
    </message>
    <message>
        <source>ESSMS</source>
        <translation>ESSMS</translation>
    </message>
    <message>
        <source>Latest month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>pas de cible</translation>
    </message>
    <message>
        <source>Grappe (all ESSMS)</source>
        <translation>Grappe (tous les ESSMS)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>Every ESSMS meets every target: the balance can be requested.</source>
        <translation>Chaque ESSMS atteint chaque cible : le solde peut être demandé.</translation>
    </message>
    <message>
        <source>Not every ESSMS meets every target yet: the balance cannot be requested.</source>
        <translation>Certains ESSMS n&apos;atteignent pas encore toutes leurs cibles : le solde ne peut pas encore être demandé.</translation>
    </message>
    <message>
        <source>What is missing to release the balance</source>
        <translation>Ce qui manque pour obtenir le solde</translation>
    </message>
    <message>
        <source>First month all ESSMS met every target: {month}.</source>
        <translation>Premier mois où tous les ESSMS ont atteint toutes les cibles : {month}.</translation>
    </message>
    <message>
        <source>No month yet where all ESSMS met every target.</source>
        <translation>Aucun mois encore où tous les ESSMS ont atteint toutes les cibles.</translation>
    </message>
    <message>
        <source>Grappe</source>
        <translation>Grappe</translation>
    </message>
    <message>
        <source>Target {target}</source>
        <translation>Cible {target}</translation>
    </message>
    <message>
        <source>Nothing: every ESSMS meets every target at its latest measure.</source>
        <translation>Rien : chaque ESSMS atteint chaque cible à sa dernière mesure.</translation>
    </message>
    <message>
        <source>« {value} » is not a count (a whole number is expected).</source>
        <translation>« {value} » n&apos;est pas un décompte (un nombre entier est attendu).</translation>
    </message>
    <message>
        <source>Import usage measures</source>
        <translation>Importer des mesures d&apos;usage</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Tableaux (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
</context>
<context>
    <name>UsageRates</name>
    <message>
        <source>no rate: the denominator ({count}) is 0 for this period</source>
        <translation>pas de taux : le dénominateur ({count}) vaut 0 sur cette période</translation>
    </message>
    <message>
        <source>no rate: the count « {count} » was not given</source>
        <translation>pas de taux : le décompte « {count} » n&apos;est pas renseigné</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesuré</translation>
    </message>
    <message>
        <source>{indicator}: {rate} for a target of {target} ({missing} more « {count} » to reach it)</source>
        <translation>{indicator} : {rate} pour une cible de {target} (encore {missing} « {count} » pour l&apos;atteindre)</translation>
    </message>
    <message>
        <source>{indicator}: {reason}</source>
        <translation>{indicator} : {reason}</translation>
    </message>
    <message>
        <source>no usage measure yet</source>
        <translation>aucune mesure d&apos;usage pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>VerificationStep</name>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Show only what remains &amp;to do</source>
        <translation>Afficher seulement ce qui reste à fai&amp;re</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Critères</translation>
    </message>
    <message>
        <source>&amp;GALIS entry helper</source>
        <translation>Aide à la saisie &amp;GALIS</translation>
    </message>
    <message>
        <source>The check could not be run: {error}</source>
        <translation>La vérification n&apos;a pas pu être faite : {error}</translation>
    </message>
    <message>
        <source>The dossier is admissible: every admissibility criterion is met.</source>
        <translation>Le dossier est recevable : tous les critères de recevabilité sont satisfaits.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking criterion/criteria: the dossier is not admissible yet.</source>
        <translation>
            <numerusform>%n critère bloquant : le dossier n&apos;est pas encore recevable.</numerusform>
            <numerusform>%n critères bloquants : le dossier n&apos;est pas encore recevable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked on {date} with the rules of the {year} campaign. The priority criteria do not block: they rank admissible dossiers. Click a link to go to the field that fixes a criterion.</source>
        <translation>Vérifié le {date} selon les règles de la campagne {year}. Les critères de priorisation ne bloquent pas : ils départagent les dossiers recevables. Cliquez sur un lien pour aller au champ qui corrige un critère.</translation>
    </message>
    <message>
        <source>&amp;Readings retained</source>
        <translation>Lectures re&amp;tenues</translation>
    </message>
    <message>
        <source>Where a source is ambiguous, the rules apply the reading below; the ARS may read it otherwise.</source>
        <translation>Là où un texte est ambigu, les règles appliquent la lecture ci-dessous ; l&apos;ARS peut le lire autrement.</translation>
    </message>
</context>
<context>
    <name>WhatIsThis</name>
    <message>
        <source>What is it? {term}: {explanation}</source>
        <translation>Qu&apos;est-ce que c&apos;est ? {term} : {explanation}</translation>
    </message>
    <message>
        <source>What is « {term} »?</source>
        <translation>Qu&apos;est-ce que « {term} » ?</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>← &amp;Dossiers</source>
        <translation>← &amp;Dossiers</translation>
    </message>
    <message>
        <source>Back to the list of dossiers</source>
        <translation>Revenir à la liste des dossiers</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencé</translation>
    </message>
    <message>
        <source>to complete</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The last change could not be saved: {error}</source>
        <translation>La dernière modification n&apos;a pas pu être enregistrée : {error}</translation>
    </message>
    <message>
        <source>edit in « {step} »</source>
        <translation>modification dans « {step} »</translation>
    </message>
    <message>
        <source>The dossier is filed: its candidature can be read, not changed. To change it, tick « Reopen the candidature steps » in Follow-up › Decision.</source>
        <translation>Le dossier est déposé : sa candidature se consulte mais ne se modifie plus. Pour la modifier, cochez « Rouvrir les étapes de la candidature » dans Suivi › Décision.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>WriteProgress</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <source>What each part of the grant finances</source>
        <translation>Ce que finance chaque part de la subvention</translation>
    </message>
    <message>
        <source>Part of the grant</source>
        <translation>Part de la subvention</translation>
    </message>
    <message>
        <source>Expenses concerned</source>
        <translation>Dépenses concernées</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Grant retained</source>
        <translation>Subvention retenue</translation>
    </message>
    <message>
        <source>At the porteur&apos;s charge</source>
        <translation>À la charge du porteur</translation>
    </message>
    <message>
        <source>Admissibility criterion 7: the grant does not finance the whole project ownership; part of the project-ownership expenses stays at the porteur&apos;s charge.</source>
        <translation>Critère de recevabilité n° 7 : la subvention ne finance pas entièrement la maîtrise d&apos;ouvrage ; une partie des dépenses de maîtrise d&apos;ouvrage reste à la charge du porteur.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>No year</source>
        <translation>Sans année</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
</TS>
