<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Campaign</name>
        <message>
            <source>The campaign file {file} is invalid at {field}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No rule file for the {year} campaign.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>Acquisition or renewal of a DUI (case 1)</source>
            <translation>Acquisition ou renouvellement d'un DUI (cas 1)</translation>
        </message>
        <message>
            <source>Upgrade to the Ségur-referenced version (case 2)</source>
            <translation>Mise en conformité : passage à la version référencée Ségur (cas 2)</translation>
        </message>
        <message>
            <source>SaaS (software as a service)</source>
            <translation>SaaS (logiciel en ligne)</translation>
        </message>
        <message>
            <source>External hosting</source>
            <translation>Hébergement externe</translation>
        </message>
        <message>
            <source>On the premises (on premise)</source>
            <translation>Sur site (on premise)</translation>
        </message>
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
            <translation>PDE — protection de l'enfance</translation>
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
            <translation>Impossible d'écrire le fichier {path} : {detail}.</translation>
        </message>
    </context>
    <context>
        <name>Composition</name>
        <message>
            <source>The grappe has no ESSMS yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A project is carried by a grappe of ESSMS (FINESS ET).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the OGs and their ESSMS to the grappe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These FINESS ET appear more than once: {finess}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One FINESS ET is one funding: an ESSMS is counted once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep each ESSMS under a single OG.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The department of these ESSMS is not recognised: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The region of each ESSMS decides where the grappe files and its minimum size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check their FINESS number or department in the FINESS register.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ARS region is known for the department of these ESSMS: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the ARS or the CNSA which agency instructs the dossier for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grappe has {count} ESSMS, fewer than the minimum of {minimum}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grappe gathers at least {minimum} ESSMS in metropolitan France; the ARS may judge the minimum case by case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grappe gathers at least {minimum} ESSMS when all of them are in Corse or overseas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add {missing} ESSMS, for example by joining other OGs of the territory, or ask to join a grappe already funded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} ESSMS, all in {region}: regional call for projects of the ARS {region}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grappes of {minimum} to {maximum} ESSMS file with their ARS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File with the ARS {region}; filing window: {window}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} ESSMS in {regions} regions: file with the ARS {region}, which holds {region_count} of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grappe of fewer than {national} ESSMS spread over several regions files with the ARS of the region holding most of its ESSMS, with an earlier deadline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File with the ARS {region}; filing window for multi-regional grappes: {window}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several regions hold the same number of ESSMS ({count}): {regions}. {region} was chosen, being the porteur's region or the first one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grappe files with the ARS of the region holding the most ESSMS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agree with the ARS concerned which one instructs the project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} ESSMS: national call for projects (CNSA and DNS).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grappes of {national} ESSMS or more file with the national call; above the {national}th ESSMS the forfaits per ESSMS are lower.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File with the national call; filing window: {window}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} ESSMS, all in {region}: this campaign has them file with the ARS {region}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In this campaign, grappes of {national} ESSMS or more in a single region file with their regional call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} ESSMS with a national reach: the grappe may file with the national call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A project of fewer than {national} ESSMS may file nationally when it is representative of the offer at national level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explain the national reach in the note de présentation; otherwise file regionally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sector of these ESSMS is not set: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grappe mostly belongs to one sector (PA, PH, DOM, PDE, PDS, AHI).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the sector of each ESSMS (its FINESS category tells it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sector holds a majority of the ESSMS: {counts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rebalance the grappe towards one sector, or explain its coherence in the note de présentation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No project type holds a majority: {acquisition} in acquisition, {conformite} in mise en conformité.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grappe mostly carries one type of project: acquisition or mise en conformité.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split the grappe in two projects, or bring most ESSMS to the same type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grappe is declared as an acquisition, but most of its ESSMS ({count}) are in mise en conformité.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare the grappe as a mise en conformité.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grappe is declared as a mise en conformité, but most of its ESSMS ({count}) are in acquisition.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declare the grappe as an acquisition.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These ESSMS carry another project type than the grappe's: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that this mix is intended; their forfaits follow their own project type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ESSMS do not share one hosting: {counts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A grappe has one hosting need: SaaS, external hosting or on premise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agree on a single hosting for the whole grappe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grappe's DUI is not chosen yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An acquisition ends with all the ESSMS of the grappe using the same DUI, chosen through the purchasing procedure (SAD) and référencé Ségur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the DUI once chosen; the planning must include the purchasing procedure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These ESSMS are in a mise en conformité but have no DUI: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A mise en conformité keeps each ESSMS' DUI and moves it to its Ségur-referenced version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set their project type to acquisition, or record their current DUI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ESSMS of this mise en conformité keep {count} different DUIs: {softwares}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explain in the note de présentation how the grappe pools its skills across these DUIs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These ESSMS were already funded by ESMS numérique: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An ESSMS is funded once: never twice for the same software, never for two different DUIs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove them from the grappe, or check with the ARS what their first funding covered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These ESSMS ordered the SONS « Prestation Ségur » for another software than their DUI in the project: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An ESSMS that ordered the SONS « Prestation Ségur » cannot be funded by ESMS numérique for another DUI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove them from the grappe, or choose the software they ordered the SONS for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These ESSMS ordered the SONS, but the software ordered or the project's DUI is not known: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the software of their SONS order and the grappe's DUI to check they match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These OGs are attached to a national entity without its written agreement: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An ESSMS attached to a national entity needs that entity's written agreement, attached to the dossier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Obtain the written agreement and attach it to the dossier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These ESSMS also offer « confort » home services: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the part of the activity helping with the essentials of life is funded; the ARS may lower the grant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe the share of essential activity in the note de présentation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small OGs (at most {maximum} ESSMS): {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small OGs may ask for specific funding: equipment and infrastructure per ESSMS, and project support (AMOA or an internal project manager).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consider these specific funding lines in the budget, with quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} isolated ESSMS join a grappe led by an OG of {size} ESSMS: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} isolated ESSMS join the grappe: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bringing isolated ESSMS into a grappe led by a medium OG (more than {small} ESSMS) is a priority criterion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mention it in the note de présentation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No porteur is designated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One OG of the grappe, the porteur, files and carries the project and receives the funds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Designate the porteur among the OGs of the grappe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The porteur ({finess}) is not one of the OGs of the grappe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the porteur's OG to the grappe, or designate another porteur.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The file {path} is not an esms-desktop database (it is not a SQLite file). It was left untouched. Choose another file, or restore a backup.</source>
            <translation>Le fichier {path} n'est pas une base esms-desktop (ce n'est pas un fichier SQLite). Il a été laissé intact. Choisissez un autre fichier ou restaurez une sauvegarde.</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({detail}). It was left untouched. Restore a backup, or open another file.</source>
            <translation>La base {path} est endommagée ({detail}). Elle a été laissée intacte. Restaurez une sauvegarde ou ouvrez un autre fichier.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of esms-desktop (schema {revision}). It was left untouched. Install the latest version of the application to open it.</source>
            <translation>La base {path} a été écrite par une version plus récente d'esms-desktop (schéma {revision}). Elle a été laissée intacte. Installez la dernière version de l'application pour l'ouvrir.</translation>
        </message>
        <message>
            <source>The file {path} is a SQLite database of another application. It was left untouched. Choose an esms-desktop database.</source>
            <translation>Le fichier {path} est une base SQLite d'une autre application. Il a été laissé intact. Choisissez une base esms-desktop.</translation>
        </message>
        <message>
            <source>The database {path} cannot be read: {detail}. Check that the file exists and that you may read it.</source>
            <translation>Impossible de lire la base {path} : {detail}. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
        </message>
    </context>
    <context>
        <name>DossierFile</name>
        <message>
            <source>The file is not a dossier file: it is not valid JSON (line {line}, column {column}: {detail}).</source>
            <translation>Ce fichier n'est pas un fichier de dossier : ce n'est pas du JSON valide (ligne {line}, colonne {column} : {detail}).</translation>
        </message>
        <message>
            <source>The file is not an esms-desktop dossier file.</source>
            <translation>Ce fichier n'est pas un fichier de dossier esms-desktop.</translation>
        </message>
        <message>
            <source>The file was written by a newer version of esms-desktop (format {version}). Install the latest version to import it.</source>
            <translation>Ce fichier a été écrit par une version plus récente d'esms-desktop (format {version}). Installez la dernière version pour l'importer.</translation>
        </message>
        <message>
            <source>The field {path} is not valid: {detail}. Nothing was imported.</source>
            <translation>Le champ {path} n'est pas valide : {detail}. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>The field {path} is missing. Nothing was imported.</source>
            <translation>Le champ {path} est absent. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>The field {path} holds an invalid FINESS number: {detail} Nothing was imported.</source>
            <translation>Le champ {path} contient un numéro FINESS invalide : {detail} Rien n'a été importé.</translation>
        </message>
        <message>
            <source>This database already holds this dossier (« {name} »). Import it as a copy, or replace the existing one.</source>
            <translation>Cette base contient déjà ce dossier (« {name} »). Importez-le comme copie, ou remplacez le dossier existant.</translation>
        </message>
        <message>
            <source>The file {path} cannot be read: {detail}.</source>
            <translation>Impossible de lire le fichier {path} : {detail}.</translation>
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
    </context>
    <context>
        <name>DossierListView</name>
        <message>
            <source>Your ESMS numérique dossiers</source>
            <translation>Vos dossiers ESMS numérique</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filtrer :</translation>
        </message>
        <message>
            <source>part of a dossier's name</source>
            <translation>une partie du nom d'un dossier</translation>
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
            <source>Open the &amp;example dossier</source>
            <translation>Ouvrir le dossier d'&amp;exemple</translation>
        </message>
        <message>
            <source>No dossier yet. Create one with « New dossier », import a dossier file (File menu), or open the example dossier to see a complete grappe.</source>
            <translation>Aucun dossier pour l'instant. Créez-en un avec « Nouveau dossier », importez un fichier de dossier (menu Fichier), ou ouvrez le dossier d'exemple pour voir une grappe complète.</translation>
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
            <translation>Un dossier doit avoir un nom : rien n'a été créé.</translation>
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
            <source>{name} (copy)</source>
            <translation>{name} (copie)</translation>
        </message>
        <message>
            <source>Delete the dossier</source>
            <translation>Supprimer le dossier</translation>
        </message>
        <message>
            <source>Delete the dossier « {name} » and everything in it ({count} ESSMS)? Export it first (File menu) if you may need it again.</source>
            <translation>Supprimer le dossier « {name} » et tout son contenu ({count} ESSMS) ? Exportez-le d'abord (menu Fichier) si vous pouvez en avoir besoin.</translation>
        </message>
    </context>
    <context>
        <name>Dossiers</name>
        <message>
            <source>There is no dossier number {id} in this database.</source>
            <translation>Il n'y a pas de dossier numéro {id} dans cette base.</translation>
        </message>
        <message>
            <source>A dossier needs a name.</source>
            <translation>Un dossier doit avoir un nom.</translation>
        </message>
    </context>
    <context>
        <name>EssmsDialog</name>
        <message>
            <source>ESSMS</source>
            <translation>ESSMS</translation>
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
            <translation>Saisissez le nom de l'établissement ou du service.</translation>
        </message>
        <message>
            <source>e.g. 500 for an EHPAD</source>
            <translation>par ex. 500 pour un EHPAD</translation>
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
            <source>&amp;Sector:</source>
            <translation>&amp;Secteur :</translation>
        </message>
        <message>
            <source>&amp;Persons accompanied (active files):</source>
            <translation>&amp;Personnes accompagnées (file active) :</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Département :</translation>
        </message>
    </context>
    <context>
        <name>Finess</name>
        <message>
            <source>No FINESS number was typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A FINESS number has 9 characters, not {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A FINESS number holds digits only, except 2A or 2B at the start for Corsica (found: {characters}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{prefix} is not the start of a FINESS number of any French department.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check key (last digit) {typed} does not match the first 8 characters: it should be {expected}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a FINESS extract: the first line should read finess;etalab;&lt;number&gt;;&lt;date&gt;, it reads {found}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {kind} line should have {expected} fields separated by ';', this one has {found}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field {field} ({name}) holds {number}, which is not a valid FINESS number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The establishment {number} is listed twice (first on line {first}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field {field} ({name}) holds {value}, which is not a date written YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The line is not valid CSV: {detail}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The line holds bytes that are neither UTF-8 nor Windows-1252 text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds no establishment (structureet) line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file format is not supported yet; use the data.gouv.fr CSV extract.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read: {detail}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Funding</name>
        <message>
            <source>Project ownership and usage forfait, ESSMS {first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor share (Ségur-referenced DUI), ESSMS {first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor share (DUI not Ségur-referenced), ESSMS {first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small OG equipment and infrastructure: {og}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small OG AMOA for the purchasing procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small OG AMOA or internal project manager for piloting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} ESSMS × {unit} = {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} ESSMS × up to {unit} = {amount} (plafond)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{og} runs {size} ESSMS (small OG: fewer than {threshold}); {count} ESSMS in the grappe × {unit} = {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{og} runs {size} ESSMS (small OG: fewer than {threshold}); {count} ESSMS in the grappe × up to {unit} = {amount} (plafond)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One forfait for the whole project, however many small OGs ask for it ({ogs}): {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One forfait for the whole project, however many small OGs ask for it ({ogs}): up to {amount} (plafond)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advance of {avance_percent}: {avance}; balance of {solde_percent}: {solde}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {year} campaign does not offer this funding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {year} campaign does not grant this funding to an acquisition project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {year} campaign does not grant this funding to a mise en conformité project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{og} runs {size} ESSMS: this funding is reserved for OGs with fewer than {threshold} ESSMS (small OGs).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{og} has no ESSMS in the grappe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {year} campaign pays an editor share only for a Ségur-referenced DUI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {year} figures are indicative: they repeat earlier rules until the {year} instruction is known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lines marked (plafond) are maxima: the grant follows the quotes up to these amounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No editor share in this grant: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Grappe</name>
        <message>
            <source>This organisme gestionnaire no longer exists (number {id}).</source>
            <translation>Cet organisme gestionnaire n'existe plus (numéro {id}).</translation>
        </message>
        <message>
            <source>This ESSMS no longer exists (number {id}).</source>
            <translation>Cet ESSMS n'existe plus (numéro {id}).</translation>
        </message>
    </context>
    <context>
        <name>GrappeStep</name>
        <message>
            <source>The grappe</source>
            <translation>La grappe</translation>
        </message>
        <message>
            <source>List the organismes gestionnaires (OG) of the grappe and, under each, the establishments and services (ESSMS) taking part, by their FINESS numbers. Mark the OG that carries the project (the porteur). Double-click a line to edit it.</source>
            <translation>Indiquez les organismes gestionnaires (OG) de la grappe et, sous chacun, les établissements et services (ESSMS) qui participent, par leur numéro FINESS. Désignez l'OG qui porte le projet (le porteur). Double-cliquez sur une ligne pour la modifier.</translation>
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
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Département</translation>
        </message>
        <message>
            <source>Persons accompanied</source>
            <translation>Personnes accompagnées</translation>
        </message>
        <message>
            <source>Add an &amp;OG…</source>
            <translation>Ajouter un &amp;OG…</translation>
        </message>
        <message>
            <source>Add an &amp;ESSMS…</source>
            <translation>Ajouter un &amp;ESSMS…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Retirer…</translation>
        </message>
        <message>
            <source>(porteur)</source>
            <translation>(porteur)</translation>
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
            <source>Remove the OG « {name} » and its {count} ESSMS from the grappe?</source>
            <translation>Retirer de la grappe l'OG « {name} » et ses {count} ESSMS ?</translation>
        </message>
        <message>
            <source>Remove the ESSMS « {name} » from the grappe?</source>
            <translation>Retirer l'ESSMS « {name} » de la grappe ?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
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
            <translation>Ouvrir le dossier d'e&amp;xemple</translation>
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
            <source>Opening the dossiers…</source>
            <translation>Ouverture des dossiers…</translation>
        </message>
        <message>
            <source>Cannot open the dossiers</source>
            <translation>Impossible d'ouvrir les dossiers</translation>
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
            <source>Dossier files (*.json);;All files (*)</source>
            <translation>Fichiers de dossier (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>This dossier is already in your list. Import it as a copy, or replace the dossier in your list with the file's content?</source>
            <translation>Ce dossier est déjà dans votre liste. L'importer comme copie, ou remplacer le dossier de votre liste par le contenu du fichier ?</translation>
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
            <source>Dossier files (*.json)</source>
            <translation>Fichiers de dossier (*.json)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'export</translation>
        </message>
        <message>
            <source>The file could not be written: {error}</source>
            <translation>Impossible d'écrire le fichier : {error}</translation>
        </message>
        <message>
            <source>Dossier exported to {path}</source>
            <translation>Dossier exporté dans {path}</translation>
        </message>
    </context>
    <context>
        <name>Maturity</name>
        <message>
            <source>Data file {source} cannot be read: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data file {source}, field {field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data file {source}, field {field}: the identifier "{id}" is used twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data file {source}, field {field}: level values must be 0, 1, 2... in this order; found {values}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data file {source}, field {field}: the scale "{scale}" is not defined under "scales".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data file {source}, field {field}: the domain "{domain}" has no question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data file {source}, field {field}: expected the variant "{expected}", found "{found}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data file {source}, field {field}: the levels must follow each other from 0 to 100 without gap or overlap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data file {source}, field {field}: the weakness threshold must not exceed the strength threshold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown questionnaire variant "{variant}" (expected "direction" or "rsi").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer to "{question}" does not match any question of the questionnaire {questionnaire}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer {answer} to question {question} is not on its scale (0 to {max_level}, or "je ne sais pas").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The domain "{domain}" scores {score} out of 100, below {threshold}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question {question} was answered "{answer}".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OgDialog</name>
        <message>
            <source>Organisme gestionnaire</source>
            <translation>Organisme gestionnaire</translation>
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
            <translation>Saisissez le nom de l'organisme gestionnaire.</translation>
        </message>
        <message>
            <source>This OG is the &amp;porteur: it files and carries the project</source>
            <translation>Cet OG est le &amp;porteur : il dépose et porte le projet</translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <source>The planning has no task.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The planning has no deployment task.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This type of project lasts at most {maximum} months from its start to the end of deployment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the deployment waves, or start again from the template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deployment ends on {end}, after {limit}: {maximum} months after the start of the project ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorten or overlap tasks, deploy in fewer waves, or plan the end of deployment by {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deployment ends on {end}, within {maximum} months of the start of the project ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No filing date is planned yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A dossier filed outside the window of its call for projects is not admissible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan the filing date; filing window: {window}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The campaign gives no filing dates for this call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the ARS or the CNSA for the dates of the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The planned filing date, {date}, is before the call opens ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The planned filing date, {date}, is after the deadline ({end}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File within the window: {window}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The planned filing date, {date}, is within the window ({window}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dates of this campaign are indicative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the dates of the call with the ARS before filing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>« {task} » starts on {start}, before « {dependency} » is done ({end}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A task starts once the tasks it depends on are done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start « {task} » on {end} or later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>« {task} » depends on a task that is not in the planning: {dependency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this dependency or restore the task.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>« {task} » ends ({end}) before it starts ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A task ends on or after its start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct its dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These ESSMS are in no deployment wave: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every ESSMS of the grappe is deployed and must reach the usage targets for the balance to be paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add them to a deployment wave.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These ESSMS of the deployment waves are not in the grappe: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove them from the waves, or add them to the grappe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These ESSMS are in several deployment waves: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep each ESSMS in a single wave.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The planning has no measurement of the usage targets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first measurement of the usage targets covers the {months} months after deployment; the balance of the grant (50 %) depends on the targets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the first usage measurement on or after {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first usage measurement ({date}) comes less than {months} months after the end of deployment ({end}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan the first usage measurement on or after {date}.</source>
            <translation type="unfinished" />
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
            <translation>Donnez un nom au dossier, puis choisissez l'appel à projets auquel il répond, la région de l'ARS auprès de laquelle vous déposez, le type de projet et l'hébergement du DUI. Chaque modification est enregistrée au fil de la saisie.</translation>
        </message>
        <message>
            <source>Dossier &amp;name:</source>
            <translation>&amp;Nom du dossier :</translation>
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
            <source>&amp;Hosting of the DUI:</source>
            <translation>&amp;Hébergement du DUI :</translation>
        </message>
        <message>
            <source>e.g. DUI grappe of the Yonne 2024</source>
            <translation>par ex. Grappe DUI de l'Yonne 2024</translation>
        </message>
        <message>
            <source>A dossier needs a name: the previous name is kept until you type one.</source>
            <translation>Un dossier doit avoir un nom : l'ancien nom est conservé tant que vous n'en saisissez pas un.</translation>
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
            <source>The rules of this campaign are indicative: they repeat the previous campaign's until the official instruction is published.</source>
            <translation>Les règles de cette campagne sont indicatives : elles reprennent celles de la campagne précédente en attendant la publication de l'instruction officielle.</translation>
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
            <translation>La dernière modification n'a pas pu être enregistrée : {error}</translation>
        </message>
    </context>
</TS>
