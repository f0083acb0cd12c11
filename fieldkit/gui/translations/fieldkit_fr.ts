<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after…</source>
        <translation>&amp;Verrouillage automatique après…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>fieldkit will speak this language from its next start. The questions of a protocol keep their own languages.</source>
        <translation>fieldkit utilisera cette langue à partir de son prochain démarrage. Les questions d’un protocole gardent leurs propres langues.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>Lock after this many minutes without typing or clicking:</source>
        <translation>Verrouiller après ce nombre de minutes sans frappe ni clic :</translation>
    </message>
    <message>
        <source>{title} (locked)</source>
        <translation>{title} (verrouillé)</translation>
    </message>
    <message>
        <source>Quit fieldkit</source>
        <translation>Quitter fieldkit</translation>
    </message>
    <message>
        <source>Quit while an interview is open? What was typed is saved and its clock pauses; resume it from the home screen.</source>
        <translation>Quitter alors qu’un entretien est ouvert ? Ce qui a été saisi est enregistré et son chronomètre s’arrête ; reprenez-le depuis l’écran d’accueil.</translation>
    </message>
</context>
<context>
    <name>candidates_dialog</name>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>En contexte</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Decide what the scan found</source>
        <translation>Statuer sur ce que l’analyse a trouvé</translation>
    </message>
    <message>
        <source>&amp;Save decisions</source>
        <translation>&amp;Enregistrer les décisions</translation>
    </message>
    <message>
        <source>Redact &amp;all undecided</source>
        <translation>&amp;Masquer tout ce qui reste</translation>
    </message>
    <message>
        <source>These words in the open answers may name someone. Decide each one: R to redact it wherever it occurs, K to keep it. The decisions are kept in the encrypted store and used for every later output.</source>
        <translation>Ces mots des réponses ouvertes peuvent nommer quelqu’un. Statuez sur chacun : R pour le masquer partout où il apparaît, K pour le garder. Les décisions sont conservées dans la base chiffrée et appliquées à tous les résultats suivants.</translation>
    </message>
    <message>
        <source>{n} still to decide.</source>
        <translation>{n} encore à décider.</translation>
    </message>
    <message>
        <source>All decided: save, then write the output again.</source>
        <translation>Tout est décidé : enregistrez, puis écrivez de nouveau le résultat.</translation>
    </message>
</context>
<context>
    <name>clock_label</name>
    <message>
        <source>Time into the interview, pauses excluded</source>
        <translation>Temps écoulé depuis le début de l’entretien, pauses exclues</translation>
    </message>
</context>
<context>
    <name>coding_panel</name>
    <message>
        <source>The name your codings are kept under. Two coders who code the same interview under their own names can be compared (fieldkit code agreement).</source>
        <translation>Le nom sous lequel vos codages sont conservés. Deux codeurs qui codent le même entretien chacun sous son nom peuvent être comparés (fieldkit code agreement).</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>C&amp;odeur :</translation>
    </message>
    <message>
        <source>This interview</source>
        <translation>Cet entretien</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>Memos a&amp;bout</source>
        <translation>Mémos &amp;portant sur</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code : {code}</translation>
    </message>
    <message>
        <source>A memo about this interview…</source>
        <translation>Un mémo sur cet entretien…</translation>
    </message>
    <message>
        <source>A memo about the whole project…</source>
        <translation>Un mémo sur l’ensemble du projet…</translation>
    </message>
    <message>
        <source>A memo about this code…</source>
        <translation>Un mémo sur ce code…</translation>
    </message>
    <message>
        <source>&amp;Save memo</source>
        <translation>Enregi&amp;strer le mémo</translation>
    </message>
</context>
<context>
    <name>coding_picker</name>
    <message>
        <source>Filter codes</source>
        <translation>Filtrer les codes</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Dictionnaire des codes</translation>
    </message>
    <message>
        <source>Enter or double-click applies the code to the selected text (Ctrl+K: pick by typing).</source>
        <translation>Enter ou un double-clic applique le code au texte sélectionné (Ctrl+K : choisir en tapant).</translation>
    </message>
    <message>
        <source>Apply a code</source>
        <translation>Appliquer un code</translation>
    </message>
    <message>
        <source>Type to find a code</source>
        <translation>Tapez pour trouver un code</translation>
    </message>
</context>
<context>
    <name>coding_view</name>
    <message>
        <source>&amp;Remove coding  (Del)</source>
        <translation>Supprimer le co&amp;dage  (Del)</translation>
    </message>
    <message>
        <source>&amp;Apply a code…  ({keys})</source>
        <translation>&amp;Appliquer un code…  ({keys})</translation>
    </message>
    <message>
        <source>Mark as &amp;name  ({keys})</source>
        <translation>Marquer comme &amp;nom  ({keys})</translation>
    </message>
    <message>
        <source>Select a name in the text: every anonymised output will redact it wherever it occurs, in every interview.</source>
        <translation>Sélectionnez un nom dans le texte : tous les résultats anonymisés le masqueront partout où il apparaît, dans tous les entretiens.</translation>
    </message>
    <message>
        <source>Codings of this text</source>
        <translation>Codages de ce texte</translation>
    </message>
    <message>
        <source>Open answers and quotes</source>
        <translation>Réponses ouvertes et citations</translation>
    </message>
    <message>
        <source>This protocol has no codebook, so nothing can be coded.</source>
        <translation>Ce protocole n’a pas de dictionnaire des codes : rien ne peut être codé.</translation>
    </message>
    <message>
        <source>No open answer or quote to code yet.</source>
        <translation>Aucune réponse ouverte ni citation à coder pour l’instant.</translation>
    </message>
    <message>
        <source>  · {n} coded</source>
        <translation>  · {n} codé(s)</translation>
    </message>
    <message>
        <source>NEEDS RE-CODING: the text changed since it was coded</source>
        <translation>À RECODER : le texte a changé depuis son codage</translation>
    </message>
    <message>
        <source>the whole text</source>
        <translation>le texte entier</translation>
    </message>
    <message>
        <source>Coded as {code}.</source>
        <translation>Codé comme {code}.</translation>
    </message>
    <message>
        <source>Coding as {name}.</source>
        <translation>Codage en tant que {name}.</translation>
    </message>
    <message>
        <source>Memo saved.</source>
        <translation>Mémo enregistré.</translation>
    </message>
    <message>
        <source>Select the name in the text first, then mark it.</source>
        <translation>Sélectionnez d’abord le nom dans le texte, puis marquez-le.</translation>
    </message>
    <message>
        <source>Marked “{name}” as a name: anonymised outputs will redact it everywhere.</source>
        <translation>« {name} » marqué comme nom : les résultats anonymisés le masqueront partout.</translation>
    </message>
    <message>
        <source>Coding removed.</source>
        <translation>Codage supprimé.</translation>
    </message>
</context>
<context>
    <name>crash_dialog</name>
    <message>
        <source>fieldkit: internal error</source>
        <translation>fieldkit : erreur interne</translation>
    </message>
    <message>
        <source>Something went wrong inside fieldkit ({error}). It is a fault in the program, not in what you entered; answers already given are saved.</source>
        <translation>Un problème interne est survenu dans fieldkit ({error}). Il s’agit d’un défaut du programme, non de ce que vous avez saisi ; les réponses déjà données sont enregistrées.</translation>
    </message>
    <message>
        <source>No report could be written (is the disk full?). Please tell the project&apos;s maintainers what you were doing.</source>
        <translation>Aucun rapport n’a pu être écrit (le disque est-il plein ?). Veuillez indiquer aux mainteneurs du projet ce que vous faisiez.</translation>
    </message>
    <message>
        <source>A report holding no interview content (versions and places in the program&apos;s code only) was written here. Please send it to the project&apos;s maintainers:</source>
        <translation>Un rapport sans aucun contenu d’entretien (seulement des versions et des emplacements dans le code du programme) a été écrit ici. Veuillez l’envoyer aux mainteneurs du projet :</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>enrolment_key</name>
    <message>
        <source>Signing key for enrolment</source>
        <translation>Clé de signature pour l’inscription</translation>
    </message>
    <message>
        <source>Before fieldwork the project lead enrols this laptop&apos;s key. Read the words to the lead, let the lead scan the code, or give the lead the enrolment file.</source>
        <translation>Avant le terrain, le responsable du projet inscrit la clé de cet ordinateur portable. Lisez-lui les mots, laissez-le scanner le code, ou remettez-lui le fichier d’inscription.</translation>
    </message>
    <message>
        <source>QR code of the signing key</source>
        <translation>Code QR de la clé de signature</translation>
    </message>
    <message>
        <source>&amp;Save enrolment file…</source>
        <translation>&amp;Enregistrer le fichier d’inscription…</translation>
    </message>
    <message>
        <source>Interviewer code: {code}</source>
        <translation>Code d’enquêteur : {code}</translation>
    </message>
    <message>
        <source>Save enrolment file</source>
        <translation>Enregistrer le fichier d’inscription</translation>
    </message>
    <message>
        <source>Enrolment files (*{suffix})</source>
        <translation>Fichiers d’inscription (*{suffix})</translation>
    </message>
    <message>
        <source>Saved {file}; it holds no secret, only this laptop&apos;s public key and code.</source>
        <translation>{file} enregistré ; il ne contient aucun secret, seulement la clé publique et le code de cet ordinateur portable.</translation>
    </message>
</context>
<context>
    <name>enrolment_lead</name>
    <message>
        <source>Enrol an interviewer&apos;s key</source>
        <translation>Inscrire la clé d’un enquêteur</translation>
    </message>
    <message>
        <source>Type the words the interviewer&apos;s laptop shows (Signing key for enrolment), or choose the enrolment file it saved. The reason is kept in the audit log: enrolled before fieldwork, say, or a replaced laptop.</source>
        <translation>Saisissez les mots qu’affiche l’ordinateur de l’enquêteur (Clé de signature pour l’inscription), ou choisissez le fichier d’inscription qu’il a enregistré. Le motif est conservé dans le journal d’audit : inscription avant le terrain, par exemple, ou ordinateur remplacé.</translation>
    </message>
    <message>
        <source>34 words, in order</source>
        <translation>34 mots, dans l’ordre</translation>
    </message>
    <message>
        <source>Key &amp;words</source>
        <translation>&amp;Mots de la clé</translation>
    </message>
    <message>
        <source>Choose enrolment &amp;file…</source>
        <translation>Choisir le &amp;fichier d’inscription…</translation>
    </message>
    <message>
        <source>Interviewer &amp;code</source>
        <translation>&amp;Code d’enquêteur</translation>
    </message>
    <message>
        <source>Why this key may speak for the interviewer</source>
        <translation>Pourquoi cette clé peut parler au nom de l’enquêteur</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>The words make the key {short}.</source>
        <translation>Les mots donnent la clé {short}.</translation>
    </message>
    <message>
        <source>Choose enrolment file</source>
        <translation>Choisir le fichier d’inscription</translation>
    </message>
    <message>
        <source>Enrolment files (*{suffix});;All files (*)</source>
        <translation>Fichiers d’inscription (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Type the key&apos;s words or choose its file first.</source>
        <translation>Saisissez d’abord les mots de la clé ou choisissez son fichier.</translation>
    </message>
    <message>
        <source>Enrolled {short} for {code}; the reason is in the audit log. Its session files will be merged.</source>
        <translation>{short} inscrite pour {code} ; le motif figure dans le journal d’audit. Ses fichiers de session seront fusionnés.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>Protocols (*.yaml *.yml *.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Protocoles (*.yaml *.yml *.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>The project&apos;s public key</source>
        <translation>La clé publique du projet</translation>
    </message>
    <message>
        <source>The master store is ready. Give this public key to every interviewer: their finished interviews are sealed to it.

{key}</source>
        <translation>La base maîtresse est prête. Remettez cette clé publique à chaque enquêteur : leurs entretiens terminés sont scellés avec elle.

{key}</translation>
    </message>
    <message>
        <source>&amp;Save the secret key (backup)…</source>
        <translation>&amp;Enregistrer la clé secrète (sauvegarde)…</translation>
    </message>
    <message>
        <source>I am an i&amp;nterviewer (I hand sealed session files to the lead)</source>
        <translation>Je suis e&amp;nquêteur (je remets au responsable des fichiers de session scellés)</translation>
    </message>
    <message>
        <source>e.g. IV03</source>
        <translation>p. ex. IV03</translation>
    </message>
    <message>
        <source>Several unrelated words</source>
        <translation>Plusieurs mots sans rapport entre eux</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La même, une seconde fois</translation>
    </message>
    <message>
        <source>&amp;Interviewer code</source>
        <translation>&amp;Code d’enquêteur</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-la</translation>
    </message>
    <message>
        <source>You and your passphrase</source>
        <translation>Vous et votre phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase opens this master store. Keep it, and the backup of the project&apos;s secret key (File menu), both somewhere safe, apart from each other and from the laptop: restoring the project needs both.</source>
        <translation>La phrase secrète ouvre ce magasin maître. Gardez-la, ainsi que la sauvegarde de la clé secrète du projet (menu Fichier), en lieu sûr, séparées l&apos;une de l&apos;autre et loin de l&apos;ordinateur : restaurer le projet demande les deux.</translation>
    </message>
    <message>
        <source>The passphrase opens this computer&apos;s encrypted store. Nobody can recover it but the project lead, so write it down somewhere safe, away from the laptop.</source>
        <translation>La phrase secrète ouvre la base chiffrée de cet ordinateur. Personne d’autre que le responsable du projet ne peut la récupérer : notez-la en lieu sûr, loin de l’ordinateur portable.</translation>
    </message>
    <message>
        <source>age1…</source>
        <translation>age1…</translation>
    </message>
    <message>
        <source>Load key fi&amp;le…</source>
        <translation>Charger un fic&amp;hier de clé…</translation>
    </message>
    <message>
        <source>&amp;Add a protocol file…</source>
        <translation>A&amp;jouter un fichier de protocole…</translation>
    </message>
    <message>
        <source>Project lead&apos;s public &amp;key</source>
        <translation>C&amp;lé publique du responsable du projet</translation>
    </message>
    <message>
        <source>As the project lead, this store makes its own key pair: interviewers&apos; sessions are sealed to its public key, which you give them.</source>
        <translation>En tant que responsable du projet, cette base crée sa propre paire de clés : les sessions des enquêteurs sont scellées avec sa clé publique, que vous leur remettez.</translation>
    </message>
    <message>
        <source>Pro&amp;tocols to load</source>
        <translation>Pro&amp;tocoles à charger</translation>
    </message>
    <message>
        <source>Finished interviews are sealed to this key, so only the lead can read them. Paste it, or load the file the lead sent.</source>
        <translation>Les entretiens terminés sont scellés avec cette clé, si bien que seul le responsable peut les lire. Collez-la, ou chargez le fichier envoyé par le responsable.</translation>
    </message>
    <message>
        <source>I am the project lea&amp;d (I merge interviewers&apos; session files)</source>
        <translation>Je suis le responsable &amp;du projet (je fusionne les fichiers de session des enquêteurs)</translation>
    </message>
    <message>
        <source>&amp;Create the store</source>
        <translation>Créer la &amp;base</translation>
    </message>
    <message>
        <source>Set up fieldkit on this computer</source>
        <translation>Configurer fieldkit sur cet ordinateur</translation>
    </message>
    <message>
        <source>Open an &amp;export for review…</source>
        <translation>Ouvrir un e&amp;xport pour relecture…</translation>
    </message>
    <message>
        <source>Your c&amp;ode (optional)</source>
        <translation>Votre c&amp;ode (facultatif)</translation>
    </message>
    <message>
        <source>Type your interviewer code (letters and digits, no spaces).</source>
        <translation>Saisissez votre code d’enquêteur (lettres et chiffres, sans espaces).</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Les deux phrases secrètes diffèrent ; saisissez deux fois la même.</translation>
    </message>
    <message>
        <source>Paste the project lead&apos;s public key (it starts with age1).</source>
        <translation>Collez la clé publique du responsable du projet (elle commence par age1).</translation>
    </message>
    <message>
        <source>Two protocols chosen are {id} version {version} with different contents ({one} and {other}); choose one, or give the changed one a new version.</source>
        <translation>Deux protocoles choisis sont {id} version {version} avec des contenus différents ({one} et {other}) ; choisissez-en un, ou donnez une nouvelle version à celui qui a changé.</translation>
    </message>
    <message>
        <source>Choose at least one protocol to load.</source>
        <translation>Choisissez au moins un protocole à charger.</translation>
    </message>
    <message>
        <source>Your code is letters and digits, no spaces (or leave it empty).</source>
        <translation>Votre code se compose de lettres et de chiffres, sans espaces (ou laissez-le vide).</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Suffisamment robuste.</translation>
    </message>
    <message>
        <source>A valid age public key.</source>
        <translation>Une clé publique age valide.</translation>
    </message>
    <message>
        <source>Ready: the key derivation takes about a second.</source>
        <translation>Prêt : la dérivation de la clé prend environ une seconde.</translation>
    </message>
    <message>
        <source>{file} was not loaded: fix these problems and add it again.</source>
        <translation>{file} n’a pas été chargé : corrigez ces problèmes et ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>{id} version {version}</source>
        <translation>{id} version {version}</translation>
    </message>
    <message>
        <source>Add a protocol file</source>
        <translation>Ajouter un fichier de protocole</translation>
    </message>
    <message>
        <source>Load the project lead&apos;s public key</source>
        <translation>Charger la clé publique du responsable du projet</translation>
    </message>
    <message>
        <source>Key files (*.txt *.pub *)</source>
        <translation>Fichiers de clé (*.txt *.pub *)</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Création de la base chiffrée…</translation>
    </message>
</context>
<context>
    <name>help_panel</name>
    <message>
        <source>go to {field}</source>
        <translation>aller à {field}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>home</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>(scellé)</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>scellé</translation>
    </message>
    <message>
        <source>Type to filter by any column (code, organisation, status…)</source>
        <translation>Saisir pour filtrer sur n’importe quelle colonne (code, organisation, statut…)</translation>
    </message>
    <message>
        <source>&amp;Start interview…</source>
        <translation>&amp;Démarrer un entretien…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Re&amp;lire</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Pro&amp;tocols</source>
        <translation>Pro&amp;tocoles</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once; F1 lists every shortcut. Sealed interviews are readable only by the project lead.</source>
        <translation>Ctrl+L verrouille immédiatement ; F1 liste tous les raccourcis. Les entretiens scellés ne sont lisibles que par le responsable du projet.</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltre</translation>
    </message>
    <message>
        <source>Interviews ({n})</source>
        <translation>Entretiens ({n})</translation>
    </message>
    <message>
        <source>interview {number} ({status})</source>
        <translation>entretien {number} ({status})</translation>
    </message>
    <message>
        <source>Interview {number}: {respondent}</source>
        <translation>Entretien {number} : {respondent}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>This interview is sealed for the project lead; nothing of it is readable on this computer.</source>
        <translation>Cet entretien est scellé pour le responsable du projet ; rien n’en est lisible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>(entry)</source>
        <translation>(entrée)</translation>
    </message>
</context>
<context>
    <name>identity_backup</name>
    <message>
        <source>Whoever holds this file can open every sealed interview, so keep it on offline media (a USB stick or paper) locked away, not on this laptop.</source>
        <translation>Quiconque détient ce fichier peut ouvrir tous les entretiens scellés : gardez-le sur un support hors ligne (clé USB ou papier) sous clé, pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Save the project&apos;s secret key</source>
        <translation>Enregistrer la clé secrète du projet</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Nouveau fichier :</translation>
    </message>
    <message>
        <source>The project&apos;s secret key</source>
        <translation>La clé secrète du projet</translation>
    </message>
    <message>
        <source>Secret key saved</source>
        <translation>Clé secrète enregistrée</translation>
    </message>
    <message>
        <source>The project&apos;s secret key was written to {path}. Move it to offline media and keep it apart from the store&apos;s passphrase.</source>
        <translation>La clé secrète du projet a été écrite dans {path}. Placez-la sur un support hors ligne, à l&apos;écart de la phrase secrète du magasin.</translation>
    </message>
    <message>
        <source>Secret key not saved</source>
        <translation>Clé secrète non enregistrée</translation>
    </message>
</context>
<context>
    <name>interview_frame</name>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Mark a quote: Ctrl+Q or F9</source>
        <translation>Marquer une citation : Ctrl+Q ou F9</translation>
    </message>
    <message>
        <source>Add a note: Ctrl+N</source>
        <translation>Ajouter une note : Ctrl+N</translation>
    </message>
    <message>
        <source>Finish: Ctrl+Enter</source>
        <translation>Terminer : Ctrl+Enter</translation>
    </message>
    <message>
        <source>Leave to home (the clock pauses): Ctrl+W</source>
        <translation>Revenir à l’accueil (le chronomètre s’arrête) : Ctrl+W</translation>
    </message>
    <message>
        <source>Pause or resume the clock: Ctrl+P</source>
        <translation>Mettre en pause ou relancer le chronomètre : Ctrl+P</translation>
    </message>
    <message>
        <source>Interview language (Ctrl+Shift+L)</source>
        <translation>Langue de l’entretien (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Paused: the clock is stopped. Ctrl+P resumes.</source>
        <translation>En pause : le chronomètre est arrêté. Ctrl+P le relance.</translation>
    </message>
    <message>
        <source>←  Previous  Alt+Left</source>
        <translation>←  Précédente  Alt+Left</translation>
    </message>
    <message>
        <source>Previous question: Alt+Left or Ctrl+PageUp</source>
        <translation>Question précédente : Alt+Left ou Ctrl+PageUp</translation>
    </message>
    <message>
        <source>Next  Alt+Right  →</source>
        <translation>Suivante  Alt+Right  →</translation>
    </message>
    <message>
        <source>Next question: Alt+Right or Ctrl+PageDown</source>
        <translation>Question suivante : Alt+Right ou Ctrl+PageDown</translation>
    </message>
</context>
<context>
    <name>interview_import</name>
    <message>
        <source>&amp;Import interviews from files…</source>
        <translation>I&amp;mporter des entretiens depuis des fichiers…</translation>
    </message>
    <message>
        <source>Import interviews from files</source>
        <translation>Importer des entretiens depuis des fichiers</translation>
    </message>
    <message>
        <source>Interview &amp;files (fieldkit-interview/1 JSON)</source>
        <translation>Fichiers d’&amp;entretien (JSON fieldkit-interview/1)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>None: the protocol the store holds</source>
        <translation>Aucun : le protocole que contient la base</translation>
    </message>
    <message>
        <source>&amp;Protocol file (optional)</source>
        <translation>Fichier de &amp;protocole (facultatif)</translation>
    </message>
    <message>
        <source>C&amp;hoose protocol…</source>
        <translation>C&amp;hoisir le protocole…</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Interviews taken on paper and typed into files. Each file is checked whole: a file with a problem is refused and nothing of it is imported; a file imported before is not imported again.</source>
        <translation>Entretiens pris sur papier puis saisis dans des fichiers. Chaque fichier est vérifié en entier : un fichier qui pose un problème est refusé et rien n’en est importé ; un fichier déjà importé ne l’est pas une seconde fois.</translation>
    </message>
    <message>
        <source>Interview files to import</source>
        <translation>Fichiers d’entretien à importer</translation>
    </message>
    <message>
        <source>Interview files (*.json)</source>
        <translation>Fichiers d’entretien (*.json)</translation>
    </message>
    <message>
        <source>Protocol the interviews follow</source>
        <translation>Protocole que suivent les entretiens</translation>
    </message>
    <message>
        <source>Protocols (*.yaml *.yml *.xlsx)</source>
        <translation>Protocoles (*.yaml *.yml *.xlsx)</translation>
    </message>
    <message>
        <source>Importing interviews</source>
        <translation>Importation des entretiens</translation>
    </message>
    <message>
        <source>{imported} imported, {already} already present, {refused} refused.</source>
        <translation>{imported} importé(s), {already} déjà présent(s), {refused} refusé(s).</translation>
    </message>
    <message>
        <source>Cancelled before 1 file; it was not imported.</source>
        <translation>Annulé avant 1 fichier ; il n’a pas été importé.</translation>
    </message>
    <message>
        <source>Cancelled before {n} files; they were not imported.</source>
        <translation>Annulé avant {n} fichiers ; ils n’ont pas été importés.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>already present as interview {number}; not imported again</source>
        <translation>déjà présent comme entretien {number} ; pas importé une seconde fois</translation>
    </message>
    <message>
        <source>refused; nothing of it was imported</source>
        <translation>refusé ; rien n’en a été importé</translation>
    </message>
</context>
<context>
    <name>interview_overview</name>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source> · follow-ups {n}/{total}</source>
        <translation> · questions de suivi {n}/{total}</translation>
    </message>
    <message>
        <source>{n} named: {names}</source>
        <translation>{n} cité(s) : {names}</translation>
    </message>
    <message>
        <source>Overview of the answers</source>
        <translation>Vue d’ensemble des réponses</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>; 1 unusual answer not confirmed (⚠)</source>
        <translation> ; 1 réponse inhabituelle non confirmée (⚠)</translation>
    </message>
    <message>
        <source>; {n} unusual answers not confirmed (⚠)</source>
        <translation> ; {n} réponses inhabituelles non confirmées (⚠)</translation>
    </message>
    <message>
        <source>{n} of {total} questions asked have an answer{unusual}. Arrows move, Enter goes to the question, Esc goes back; greyed: not asked now.</source>
        <translation>{n} des {total} questions posées ont une réponse{unusual}. Les flèches déplacent, Enter va à la question, Esc revient ; en grisé : non posée pour l’instant.</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non posée</translation>
    </message>
    <message>
        <source>— required</source>
        <translation>— obligatoire</translation>
    </message>
    <message>
        <source>That question is not asked now (the answers before it skip it). Choose another, or Esc to go back.</source>
        <translation>Cette question n’est pas posée pour l’instant (les réponses précédentes la font sauter). Choisissez-en une autre, ou Esc pour revenir.</translation>
    </message>
</context>
<context>
    <name>interview_pages</name>
    <message>
        <source>Read aloud to the respondent</source>
        <translation>À lire à voix haute au répondant</translation>
    </message>
    <message>
        <source>Consent (read aloud, then ask)</source>
        <translation>Consentement (à lire à voix haute, puis demander)</translation>
    </message>
    <message>
        <source>Consent given: begin  (Enter)</source>
        <translation>Consentement donné : commencer  (Enter)</translation>
    </message>
    <message>
        <source>Respondent declines</source>
        <translation>Le répondant refuse</translation>
    </message>
    <message>
        <source>Begin the interview  (Enter)</source>
        <translation>Commencer l’entretien  (Enter)</translation>
    </message>
    <message>
        <source>Required, no answer</source>
        <translation>Obligatoires, sans réponse</translation>
    </message>
    <message>
        <source>Unusual answers not confirmed</source>
        <translation>Réponses inhabituelles non confirmées</translation>
    </message>
    <message>
        <source>Refused, don&apos;t know or not applicable</source>
        <translation>Refus, ne sait pas ou sans objet</translation>
    </message>
    <message>
        <source>Skipped (optional)</source>
        <translation>Passées (facultatives)</translation>
    </message>
    <message>
        <source>Follow-ups not answered (optional)</source>
        <translation>Questions de suivi sans réponse (facultatives)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>1 required answer missing</source>
        <translation>1 réponse obligatoire manquante</translation>
    </message>
    <message>
        <source>{n} required answers missing</source>
        <translation>{n} réponses obligatoires manquantes</translation>
    </message>
    <message>
        <source>1 unusual answer not confirmed</source>
        <translation>1 réponse inhabituelle non confirmée</translation>
    </message>
    <message>
        <source>{n} unusual answers not confirmed</source>
        <translation>{n} réponses inhabituelles non confirmées</translation>
    </message>
    <message>
        <source>1 special answer</source>
        <translation>1 réponse spéciale</translation>
    </message>
    <message>
        <source>{n} special answers</source>
        <translation>{n} réponses spéciales</translation>
    </message>
    <message>
        <source>1 follow-up not answered</source>
        <translation>1 question de suivi sans réponse</translation>
    </message>
    <message>
        <source>{n} follow-ups not answered</source>
        <translation>{n} questions de suivi sans réponse</translation>
    </message>
    <message>
        <source>1 required answer is still missing.</source>
        <translation>1 réponse obligatoire manque encore.</translation>
    </message>
    <message>
        <source>{n} required answers are still missing.</source>
        <translation>{n} réponses obligatoires manquent encore.</translation>
    </message>
    <message>
        <source>Finished with 1 required answer missing.</source>
        <translation>Terminé avec 1 réponse obligatoire manquante.</translation>
    </message>
    <message>
        <source>Finished with {n} required answers missing.</source>
        <translation>Terminé avec {n} réponses obligatoires manquantes.</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} passée(s)</translation>
    </message>
    <message>
        <source>Before finishing</source>
        <translation>Avant de terminer</translation>
    </message>
    <message>
        <source>Back to the interview  (Esc)</source>
        <translation>Retour à l’entretien  (Esc)</translation>
    </message>
    <message>
        <source>{counts}. Enter on one goes there.</source>
        <translation>{counts}. Enter sur l’une d’elles y conduit.</translation>
    </message>
    <message>
        <source>Every question asked has an answer.</source>
        <translation>Chaque question posée a une réponse.</translation>
    </message>
    <message>
        <source>Finish anyway ({n} missing)…</source>
        <translation>Terminer quand même ({n} manquante(s))…</translation>
    </message>
    <message>
        <source>Finish the interview…</source>
        <translation>Terminer l’entretien…</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Terminer l’entretien</translation>
    </message>
    <message>
        <source>Finish this interview now? A finished interview is closed: it is sealed for the project lead and can no longer be changed on this computer.</source>
        <translation>Terminer cet entretien maintenant ? Un entretien terminé est clos : il est scellé pour le responsable du projet et ne peut plus être modifié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Pas encore</translation>
    </message>
    <message>
        <source>Interview finished</source>
        <translation>Entretien terminé</translation>
    </message>
    <message>
        <source>Back to home  (Enter)</source>
        <translation>Retour à l’accueil  (Enter)</translation>
    </message>
    <message>
        <source>Completed after {time}.</source>
        <translation>Terminé après {time}.</translation>
    </message>
    <message>
        <source>Sealed for the project lead: nothing of it stays readable on this computer.</source>
        <translation>Scellé pour le responsable du projet : rien n’en reste lisible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Not sealed: it stays in this store, encrypted, until it is sealed for the project lead.</source>
        <translation>Non scellé : il reste dans cette base, chiffré, jusqu’à ce qu’il soit scellé pour le responsable du projet.</translation>
    </message>
</context>
<context>
    <name>interview_placeholder</name>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Retour à l’accueil</translation>
    </message>
    <message>
        <source>The interview screen is not installed in this build.</source>
        <translation>L’écran d’entretien n’est pas installé dans cette version.</translation>
    </message>
</context>
<context>
    <name>interview_screen</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation>Vérifiez la réponse</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Saisie…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Enregistré ✓</translation>
    </message>
    <message>
        <source>{problem}  (not recorded: correct it, or Esc for the recorded answer)</source>
        <translation>{problem}  (non enregistré : corrigez, ou Esc pour revenir à la réponse enregistrée)</translation>
    </message>
    <message>
        <source>Not saved ({error}); try again, or note it down.</source>
        <translation>Non enregistré ({error}) ; réessayez, ou notez-le.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source>Recorded: {special}  (at {time})</source>
        <translation>Enregistré : {special}  (à {time})</translation>
    </message>
    <message>
        <source>Recorded at {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>{special} is not an answer this question allows.</source>
        <translation>« {special} » n’est pas une réponse admise pour cette question.</translation>
    </message>
    <message>
        <source>Confirmed with the respondent.</source>
        <translation>Confirmé avec le répondant.</translation>
    </message>
    <message>
        <source>Respondent declines</source>
        <translation>Le répondant refuse</translation>
    </message>
    <message>
        <source>Withdraw this interview? Nothing of it will be kept beyond the fact that it was withdrawn.</source>
        <translation>Retirer cet entretien ? Rien n’en sera conservé, hormis le fait qu’il a été retiré.</translation>
    </message>
    <message>
        <source>Consent not saved: {reason}</source>
        <translation>Consentement non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Quote at {time} (Enter saves, Esc cancels):</source>
        <translation>Citation à {time} (Enter enregistre, Esc annule) :</translation>
    </message>
    <message>
        <source>Note (Enter saves, Esc cancels):</source>
        <translation>Note (Enter enregistre, Esc annule) :</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Quote saved at {time}.</source>
        <translation>Citation enregistrée à {time}.</translation>
    </message>
    <message>
        <source>Interview {number}</source>
        <translation>Entretien {number}</translation>
    </message>
</context>
<context>
    <name>interview_sections</name>
    <message>
        <source>has a quote</source>
        <translation>contient une citation</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>contient une note</translation>
    </message>
    <message>
        <source>{section}: {n} of {total} answered</source>
        <translation>{section} : {n} sur {total} avec réponse</translation>
    </message>
</context>
<context>
    <name>interview_shortcuts</name>
    <message>
        <source>Next question (records what was typed)</source>
        <translation>Question suivante (enregistre la saisie)</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <source>Scroll the notes or page through a list (never changes the question)</source>
        <translation>Faire défiler les notes ou une liste (ne change jamais de question)</translation>
    </message>
    <message>
        <source>Record a one-line answer (or the focused choice) and go on</source>
        <translation>Enregistrer une réponse d’une ligne (ou le choix sélectionné) et continuer</translation>
    </message>
    <message>
        <source>Pick the n-th choice of a list or scale</source>
        <translation>Choisir la n-ième option d’une liste ou d’une échelle</translation>
    </message>
    <message>
        <source>Yes (Oui) / No on a yes-no question</source>
        <translation>Oui (Yes) / Non sur une question oui-non</translation>
    </message>
    <message>
        <source>Pick or tick the focused choice</source>
        <translation>Choisir ou cocher l’option sélectionnée</translation>
    </message>
    <message>
        <source>Clear the answer (choices, dates); remove the person in the people table</source>
        <translation>Effacer la réponse (choix, dates) ; retirer la personne du tableau des personnes</translation>
    </message>
    <message>
        <source>Undo the typing not yet saved; close the quote or note line</source>
        <translation>Annuler la saisie non enregistrée ; fermer la ligne de citation ou de note</translation>
    </message>
    <message>
        <source>Refused (where the question allows it)</source>
        <translation>Refus (si la question l’admet)</translation>
    </message>
    <message>
        <source>Don&apos;t know (where the question allows it)</source>
        <translation>Ne sait pas (si la question l’admet)</translation>
    </message>
    <message>
        <source>Not applicable (where the question allows it)</source>
        <translation>Sans objet (si la question l’admet)</translation>
    </message>
    <message>
        <source>Confirmed: the respondent confirmed an unusual answer (the warning goes)</source>
        <translation>Confirmé : le répondant a confirmé une réponse inhabituelle (l’avertissement disparaît)</translation>
    </message>
    <message>
        <source>Mark a quote: the selected notes or a typed line, stamped with the time</source>
        <translation>Marquer une citation : les notes sélectionnées ou une ligne saisie, horodatées</translation>
    </message>
    <message>
        <source>Add a note to this question</source>
        <translation>Ajouter une note à cette question</translation>
    </message>
    <message>
        <source>Mark the selected text as a person&apos;s name (redacted in every output)</source>
        <translation>Marquer le texte sélectionné comme nom de personne (masqué dans tous les documents produits)</translation>
    </message>
    <message>
        <source>Pause or resume the interview clock</source>
        <translation>Mettre en pause ou relancer le chronomètre de l’entretien</translation>
    </message>
    <message>
        <source>Switch the interview language</source>
        <translation>Changer la langue de l’entretien</translation>
    </message>
    <message>
        <source>Go to section 1 … 9</source>
        <translation>Aller à la section 1 … 9</translation>
    </message>
    <message>
        <source>Go to the question list (arrows, then Enter to jump)</source>
        <translation>Aller à la liste des questions (flèches, puis Enter pour s’y rendre)</translation>
    </message>
    <message>
        <source>Overview: every question with its answer (arrows, Enter goes there, Esc back)</source>
        <translation>Vue d’ensemble : chaque question et sa réponse (flèches, Enter pour s’y rendre, Esc pour revenir)</translation>
    </message>
    <message>
        <source>Finish: review what is missing</source>
        <translation>Terminer : revoir ce qui manque</translation>
    </message>
    <message>
        <source>Leave to the home screen (the clock pauses)</source>
        <translation>Revenir à l’écran d’accueil (le chronomètre s’arrête)</translation>
    </message>
    <message>
        <source>Down (in the name filter)</source>
        <translation>Down (dans le filtre des noms)</translation>
    </message>
    <message>
        <source>Into the list of names; Enter adds the highlighted person</source>
        <translation>Vers la liste des noms ; Enter ajoute la personne en surbrillance</translation>
    </message>
    <message>
        <source>Shift+Enter (in the name filter)</source>
        <translation>Shift+Enter (dans le filtre des noms)</translation>
    </message>
    <message>
        <source>Add the typed name as someone not on the list</source>
        <translation>Ajouter le nom saisi comme personne absente de la liste</translation>
    </message>
    <message>
        <source>Enter; 1 … 9, Y / N (people table)</source>
        <translation>Enter ; 1 … 9, Y / N (tableau des personnes)</translation>
    </message>
    <message>
        <source>Record the cell and go down to the same question for the next person</source>
        <translation>Enregistrer la cellule et descendre à la même question pour la personne suivante</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab (people table)</source>
        <translation>Tab / Shift+Tab (tableau des personnes)</translation>
    </message>
    <message>
        <source>Next or previous cell asked (right, left)</source>
        <translation>Cellule posée suivante ou précédente (droite, gauche)</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down (people table)</source>
        <translation>Alt+Up / Alt+Down (tableau des personnes)</translation>
    </message>
    <message>
        <source>Move the person up or down</source>
        <translation>Monter ou descendre la personne</translation>
    </message>
    <message>
        <source>Backspace (people table)</source>
        <translation>Backspace (tableau des personnes)</translation>
    </message>
    <message>
        <source>Clear the answer in the current cell</source>
        <translation>Effacer la réponse de la cellule courante</translation>
    </message>
    <message>
        <source>next question</source>
        <translation>question suivante</translation>
    </message>
    <message>
        <source>previous question</source>
        <translation>question précédente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>ne sait pas</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>confirm an unusual answer</source>
        <translation>confirmer une réponse inhabituelle</translation>
    </message>
    <message>
        <source>mark a quote</source>
        <translation>marquer une citation</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>ajouter une note</translation>
    </message>
    <message>
        <source>mark the selected text as a name</source>
        <translation>marquer le texte sélectionné comme nom</translation>
    </message>
    <message>
        <source>pause or resume</source>
        <translation>pause ou reprise</translation>
    </message>
    <message>
        <source>switch language</source>
        <translation>changer de langue</translation>
    </message>
    <message>
        <source>go to the question list</source>
        <translation>aller à la liste des questions</translation>
    </message>
    <message>
        <source>overview of the answers</source>
        <translation>vue d’ensemble des réponses</translation>
    </message>
    <message>
        <source>finish: review what is missing</source>
        <translation>terminer : revoir ce qui manque</translation>
    </message>
    <message>
        <source>leave to home (pauses)</source>
        <translation>revenir à l’accueil (pause)</translation>
    </message>
    <message>
        <source>undo unsaved typing / close the line</source>
        <translation>annuler la saisie non enregistrée / fermer la ligne</translation>
    </message>
    <message>
        <source>go to section {n}</source>
        <translation>aller à la section {n}</translation>
    </message>
</context>
<context>
    <name>items</name>
    <message>
        <source>not recorded yet: Enter records this date</source>
        <translation>pas encore enregistrée : Enter enregistre cette date</translation>
    </message>
    <message>
        <source>Put the choices in order: Alt+Up and Alt+Down move the one selected; Enter keeps this order.</source>
        <translation>Classez les options : Alt+Up et Alt+Down déplacent l’option sélectionnée ; Enter conserve cet ordre.</translation>
    </message>
    <message>
        <source>Read aloud. Nothing to record: Enter moves on.</source>
        <translation>À lire à voix haute. Rien à enregistrer : Enter passe à la suite.</translation>
    </message>
    <message>
        <source>({low} to {high})</source>
        <translation>(de {low} à {high})</translation>
    </message>
    <message>
        <source>({low} or more)</source>
        <translation>({low} ou plus)</translation>
    </message>
    <message>
        <source>(at most {high})</source>
        <translation>({high} au plus)</translation>
    </message>
    <message>
        <source>Notes on the answer… (saved as you type; Alt+Right or Ctrl+PageDown moves on)</source>
        <translation>Notes sur la réponse… (enregistrées au fil de la saisie ; Alt+Right ou Ctrl+PageDown passe à la suite)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>The file is kept encrypted with the interview, at most {mb} MB; it leaves in an export only if the anonymisation plan keeps this question.</source>
        <translation>Le fichier est conservé chiffré avec l’entretien, {mb} Mo au plus ; il ne sort dans un export que si le plan d’anonymisation garde cette question.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Files of this kind</source>
        <translation>Fichiers de ce type</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ou&amp;vrir le dossier</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{task}…</source>
        <translation>{task}…</translation>
    </message>
    <message>
        <source>{task}: cancelling…</source>
        <translation>{task} : annulation…</translation>
    </message>
</context>
<context>
    <name>lead_actions</name>
    <message>
        <source>&amp;Hand over to the lead…</source>
        <translation>&amp;Transmettre au responsable…</translation>
    </message>
    <message>
        <source>&amp;Merge session files…</source>
        <translation>&amp;Fusionner les fichiers de session…</translation>
    </message>
    <message>
        <source>Co&amp;nflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>&amp;Outputs: export data and reports…</source>
        <translation>&amp;Résultats : exporter les données et les rapports…</translation>
    </message>
    <message>
        <source>&amp;Enrol interviewer…</source>
        <translation>&amp;Inscrire un enquêteur…</translation>
    </message>
    <message>
        <source>&amp;Signing key for enrolment…</source>
        <translation>Clé de &amp;signature pour l’inscription…</translation>
    </message>
    <message>
        <source>Save the project&apos;s secret key (bac&amp;kup)…</source>
        <translation>Enregistrer la clé secrète du projet (sauve&amp;garde)…</translation>
    </message>
    <message>
        <source>&amp;Merge session files…</source>
        <comment>home button</comment>
        <translation>Fusi&amp;onner les fichiers de session…</translation>
    </message>
    <message>
        <source>O&amp;utputs…</source>
        <translation>Ré&amp;sultats…</translation>
    </message>
    <message>
        <source>Hand &amp;over to the lead…</source>
        <translation>Trans&amp;mettre au responsable…</translation>
    </message>
    <message>
        <source>leave to home</source>
        <translation>revenir à l’accueil</translation>
    </message>
</context>
<context>
    <name>lead_agreement</name>
    <message>
        <source>Agreement between coders</source>
        <translation>Accord entre codeurs</translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation>Le fichier CSV à écrire</translation>
    </message>
    <message>
        <source>Choose the &amp;CSV…</source>
        <translation>Choisir le CS&amp;V…</translation>
    </message>
    <message>
        <source>Write &amp;agreement</source>
        <translation>Éc&amp;rire l’accord</translation>
    </message>
    <message>
        <source>&amp;Resolve from decisions…</source>
        <translation>Résoudre se&amp;lon les décisions…</translation>
    </message>
    <message>
        <source>Choose the disagreements file with keep or drop in every decision cell: the codings both coders agree on and those kept are written as the coder &apos;resolved&apos;.</source>
        <translation>Choisissez le fichier des désaccords avec keep ou drop dans chaque case de décision : les codages sur lesquels les deux codeurs s’accordent et ceux gardés sont écrits sous le codeur « resolved ».</translation>
    </message>
    <message>
        <source>First coder</source>
        <translation>Premier codeur</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>Second codeur</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire dans</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa per code and Krippendorff&apos;s alpha over the codebook, on the passages both coded; the disagreements go in a second file with a decision column (&apos;fieldkit code resolve&apos; reads it back). The files quote the passages: keep them within the team.</source>
        <translation>Kappa de Cohen par code et alpha de Krippendorff sur l’ensemble du dictionnaire des codes, sur les passages codés par les deux ; les désaccords vont dans un second fichier avec une colonne de décision (« fieldkit code resolve » le relit). Les fichiers citent les passages : gardez-les au sein de l’équipe.</translation>
    </message>
    <message>
        <source>Agreement needs two coders who coded the same interviews.</source>
        <translation>L’accord demande deux codeurs ayant codé les mêmes entretiens.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Choisissez deux codeurs différents.</translation>
    </message>
    <message>
        <source>Disagreements with your decisions</source>
        <translation>Désaccords avec vos décisions</translation>
    </message>
    <message>
        <source>Wrote the resolved coding as &apos;{coder}&apos;: {n} codings.</source>
        <translation>Codage résolu écrit sous « {coder} » : {n} codages.</translation>
    </message>
    <message>
        <source>Choose the CSV file to write.</source>
        <translation>Choisissez le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>{files} écrit(s).</translation>
    </message>
</context>
<context>
    <name>lead_conflicts</name>
    <message>
        <source> (person {id})</source>
        <translation> (personne {id})</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Now kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Quotes, notes</source>
        <translation>Citations, notes</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Why this version (recorded with the choice)</source>
        <translation>Pourquoi cette version (enregistré avec le choix)</translation>
    </message>
    <message>
        <source>&amp;Keep the selected version</source>
        <translation>&amp;Conserver la version sélectionnée</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation>Réponses divergentes</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>The same interview came back different from two laptops. Both versions are kept until you choose; the choice is recorded.</source>
        <translation>Le même entretien est revenu différent de deux ordinateurs portables. Les deux versions sont conservées jusqu’à votre choix ; le choix est enregistré.</translation>
    </message>
    <message>
        <source>No open conflicts: every interview merged so far came back the same from every laptop. Conflicts appear here after a merge that finds two versions of one interview.</source>
        <translation>Aucun conflit ouvert : chaque entretien fusionné jusqu’ici est revenu identique de tous les ordinateurs portables. Les conflits apparaissent ici après une fusion qui trouve deux versions d’un même entretien.</translation>
    </message>
    <message>
        <source>Interview {number}</source>
        <translation>Entretien {number}</translation>
    </message>
    <message>
        <source> No open conflicts.</source>
        <translation> Aucun conflit ouvert.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Version {id}</source>
        <translation>Version {id}</translation>
    </message>
    <message>
        <source>Recorded the choice for interview {number}.</source>
        <translation>Choix enregistré pour l’entretien {number}.</translation>
    </message>
</context>
<context>
    <name>lead_handover</name>
    <message>
        <source>1 interview</source>
        <translation>1 entretien</translation>
    </message>
    <message>
        <source>{n} interviews</source>
        <translation>{n} entretiens</translation>
    </message>
    <message>
        <source>1 finished interview</source>
        <translation>1 entretien terminé</translation>
    </message>
    <message>
        <source>{n} finished interviews</source>
        <translation>{n} entretiens terminés</translation>
    </message>
    <message>
        <source>1 withdrawal</source>
        <translation>1 retrait</translation>
    </message>
    <message>
        <source>{n} withdrawals</source>
        <translation>{n} retraits</translation>
    </message>
    <message>
        <source>Hand over to the lead</source>
        <translation>Transmettre au responsable</translation>
    </message>
    <message>
        <source>Reading what is ready to hand over…</source>
        <translation>Lecture de ce qui est prêt à être transmis…</translation>
    </message>
    <message>
        <source>A folder, for instance on a USB stick</source>
        <translation>Un dossier, par exemple sur une clé USB</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choisir un dossier…</translation>
    </message>
    <message>
        <source>&amp;Folder to write the session file to</source>
        <translation>&amp;Dossier où écrire le fichier de session</translation>
    </message>
    <message>
        <source>&amp;Write session file</source>
        <translation>&amp;Écrire le fichier de session</translation>
    </message>
    <message>
        <source>&amp;Remove handed-over interviews from this computer…</source>
        <translation>&amp;Retirer de cet ordinateur les entretiens transmis…</translation>
    </message>
    <message>
        <source> since session file {n}</source>
        <translation> depuis le fichier de session {n}</translation>
    </message>
    <message>
        <source>Ready to hand over{since}: {interviews} ({sealed} sealed) and {withdrawals}.</source>
        <translation>Prêt à transmettre{since} : {interviews} ({sealed} scellé(s)) et {withdrawals}.</translation>
    </message>
    <message>
        <source>1 unfinished interview stays on this computer.</source>
        <translation>1 entretien non terminé reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{n} unfinished interviews stay on this computer.</source>
        <translation>{n} entretiens non terminés restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>It holds {interviews} ({sealed} sealed) and {withdrawals}, readable only by the lead. Give it to the lead; keep it safe until the lead has merged it.</source>
        <translation>Il contient {interviews} ({sealed} scellé(s)) et {withdrawals}, lisibles uniquement par le responsable. Remettez-le au responsable ; conservez-le en lieu sûr jusqu’à ce qu’il l’ait fusionné.</translation>
    </message>
    <message>
        <source>Remove the handed-over interview from this computer?</source>
        <translation>Retirer de cet ordinateur l’entretien transmis ?</translation>
    </message>
    <message>
        <source>Remove the {n} handed-over interviews from this computer?</source>
        <translation>Retirer de cet ordinateur les {n} entretiens transmis ?</translation>
    </message>
    <message>
        <source>They can then only be read from the session file by the lead. Do this only once the file is safely copied (travel with nothing on board).</source>
        <translation>Ils ne pourront alors être lus que dans le fichier de session, par le responsable. Ne le faites qu’une fois le fichier copié en lieu sûr (voyagez sans rien à bord).</translation>
    </message>
    <message>
        <source>Removed {interviews} from this computer.</source>
        <translation>{interviews} retiré(s) de cet ordinateur.</translation>
    </message>
    <message>
        <source>There is nothing new to hand over{since}.</source>
        <translation>Il n’y a rien de nouveau à transmettre{since}.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key, which the lead checks with you the first time: {fingerprint}</source>
        <translation>Clé de signature de cet ordinateur, que le responsable vérifie avec vous la première fois : {fingerprint}</translation>
    </message>
    <message>
        <source>Folder for the session file</source>
        <translation>Dossier du fichier de session</translation>
    </message>
    <message>
        <source>choose an existing folder to write the session file to</source>
        <translation>choisissez un dossier existant où écrire le fichier de session</translation>
    </message>
    <message>
        <source>Writing the session file</source>
        <translation>Écriture du fichier de session</translation>
    </message>
    <message>
        <source>Wrote {file} (session file {n}).</source>
        <translation>{file} écrit (fichier de session {n}).</translation>
    </message>
    <message>
        <source>Remove from this computer?</source>
        <translation>Retirer de cet ordinateur ?</translation>
    </message>
</context>
<context>
    <name>lead_merge</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>Reason and notes</source>
        <translation>Motif et remarques</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>already merged</source>
        <translation>déjà fusionné</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>not merged</source>
        <translation>non fusionné</translation>
    </message>
    <message>
        <source>← H&amp;ome</source>
        <translation>← Acc&amp;ueil</translation>
    </message>
    <message>
        <source>Merge session files</source>
        <translation>Fusionner les fichiers de session</translation>
    </message>
    <message>
        <source>Drop .fksession files anywhere on this screen, or choose them. Each file is checked (signature, hashes, project) and merged whole, or set aside with its reason.</source>
        <translation>Déposez des fichiers .fksession n’importe où sur cet écran, ou choisissez-les. Chaque fichier est vérifié (signature, empreintes, projet) puis fusionné en entier, ou écarté avec son motif.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>A&amp;jouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Fusio&amp;nner</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>F&amp;iles to merge</source>
        <translation>Fic&amp;hiers à fusionner</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Session files to merge</source>
        <translation>Fichiers de session à fusionner</translation>
    </message>
    <message>
        <source>Session files (*{suffix})</source>
        <translation>Fichiers de session (*{suffix})</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Not merged: the merge was cancelled before this file</source>
        <translation>Non fusionné : la fusion a été annulée avant ce fichier</translation>
    </message>
    <message>
        <source>Cancelled: 1 file was not merged; the files merged before stay merged. {summary}</source>
        <translation>Annulé : 1 fichier n’a pas été fusionné ; les fichiers fusionnés auparavant le restent. {summary}</translation>
    </message>
    <message>
        <source>Cancelled: {n} files were not merged; the files merged before stay merged. {summary}</source>
        <translation>Annulé : {n} fichiers n’ont pas été fusionnés ; les fichiers fusionnés auparavant le restent. {summary}</translation>
    </message>
    <message>
        <source>1 file merged</source>
        <translation>1 fichier fusionné</translation>
    </message>
    <message>
        <source>{n} files merged</source>
        <translation>{n} fichiers fusionnés</translation>
    </message>
    <message>
        <source>1 new interview</source>
        <translation>1 nouvel entretien</translation>
    </message>
    <message>
        <source>{n} new interviews</source>
        <translation>{n} nouveaux entretiens</translation>
    </message>
    <message>
        <source>{files}, {rejected} set aside; {interviews}, {conflicting} conflicting.</source>
        <translation>{files}, {rejected} écarté(s) ; {interviews}, {conflicting} en conflit.</translation>
    </message>
    <message>
        <source>Accept this interviewer&apos;s key?</source>
        <translation>Accepter la clé de cet enquêteur ?</translation>
    </message>
    <message>
        <source>An unnamed interviewer</source>
        <translation>Un enquêteur sans nom</translation>
    </message>
    <message>
        <source>{who} (laptop {laptop}) signed 1 file with a key this master has not seen before.</source>
        <translation>{who} (ordinateur {laptop}) a signé 1 fichier avec une clé que cette base maîtresse n’a jamais vue.</translation>
    </message>
    <message>
        <source>{who} (laptop {laptop}) signed {n} files with a key this master has not seen before.</source>
        <translation>{who} (ordinateur {laptop}) a signé {n} fichiers avec une clé que cette base maîtresse n’a jamais vue.</translation>
    </message>
    <message>
        <source>Key fingerprint:
{fingerprint}

Accept it only if the interviewer reads you the same fingerprint (shown in their &apos;Hand over to the lead&apos; window). Later files from this laptop must carry the same key.</source>
        <translation>Empreinte de la clé :
{fingerprint}

Ne l’acceptez que si l’enquêteur vous lit la même empreinte (affichée dans sa fenêtre « Transmettre au responsable »). Les fichiers suivants de cet ordinateur devront porter la même clé.</translation>
    </message>
    <message>
        <source>Accept key and merge</source>
        <translation>Accepter la clé et fusionner</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>&amp;Numbering…</source>
        <translation>Nu&amp;mérotation…</translation>
    </message>
</context>
<context>
    <name>lead_numbering</name>
    <message>
        <source>Study numbers</source>
        <translation>Numéros d&apos;étude</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocole</translation>
    </message>
    <message>
        <source>&amp;Number by</source>
        <translation>&amp;Numéroter selon</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Blocs</translation>
    </message>
    <message>
        <source>&amp;Set scheme</source>
        <translation>&amp;Définir le schéma</translation>
    </message>
    <message>
        <source>C&amp;lear scheme</source>
        <translation>E&amp;ffacer le schéma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Interviews not yet numbered get the next number in the block of their answer; numbers already given never change.</source>
        <translation>Les entretiens pas encore numérotés reçoivent le numéro suivant dans le bloc de leur réponse ; les numéros déjà attribués ne changent jamais.</translation>
    </message>
    <message>
        <source>No scheme: interviews are numbered 1.. in the order they started.</source>
        <translation>Aucun schéma : les entretiens sont numérotés 1.. dans l&apos;ordre où ils ont commencé.</translation>
    </message>
</context>
<context>
    <name>lead_output_work</name>
    <message>
        <source>reading the interviews</source>
        <translation>lecture des entretiens</translation>
    </message>
</context>
<context>
    <name>lead_outputs</name>
    <message>
        <source>CSV with codebook</source>
        <translation>CSV avec dictionnaire des codes</translation>
    </message>
    <message>
        <source>Stata .dta</source>
        <translation>Stata .dta</translation>
    </message>
    <message>
        <source>SPSS .sav</source>
        <translation>SPSS .sav</translation>
    </message>
    <message>
        <source>GraphML network</source>
        <translation>Réseau GraphML</translation>
    </message>
    <message>
        <source>Study summary (PDF)</source>
        <translation>Synthèse de l’étude (PDF)</translation>
    </message>
    <message>
        <source>Interview summary (PDF)</source>
        <translation>Synthèse d’un entretien (PDF)</translation>
    </message>
    <message>
        <source>Coding report (PDF)</source>
        <translation>Rapport de codage (PDF)</translation>
    </message>
    <message>
        <source>Anonymisation report (PDF)</source>
        <translation>Rapport d’anonymisation (PDF)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Projet REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>Identified data name people. Keep them within the team, on encrypted disks, and never share them.</source>
        <translation>Les données identifiées nomment des personnes. Gardez-les au sein de l’équipe, sur des disques chiffrés, et ne les partagez jamais.</translation>
    </message>
    <message>
        <source>← Ho&amp;me</source>
        <translation>← Acc&amp;ueil</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Optional (default: the protocol&apos;s own)</source>
        <translation>Facultatif (par défaut : celui du protocole)</translation>
    </message>
    <message>
        <source>Without a plan, the one the protocol&apos;s disclosure classes imply is used.</source>
        <translation>Sans plan, celui qu’impliquent les classes de divulgation du protocole est utilisé.</translation>
    </message>
    <message>
        <source>Choose &amp;plan…</source>
        <translation>Choisir un &amp;plan…</translation>
    </message>
    <message>
        <source>&amp;Identified data (team only)</source>
        <translation>Données &amp;identifiées (équipe uniquement)</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Choisir un d&amp;ossier…</translation>
    </message>
    <message>
        <source>&amp;Export data</source>
        <translation>E&amp;xporter les données</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Anonymisation plan</source>
        <translation>Plan d’anonymisation</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire dans</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>Identified (team o&amp;nly; every page says so)</source>
        <translation>Identifié (équipe &amp;seulement ; chaque page l’indique)</translation>
    </message>
    <message>
        <source>The PDF to write</source>
        <translation>Le PDF à écrire</translation>
    </message>
    <message>
        <source>Choose the P&amp;DF…</source>
        <translation>Choisir le P&amp;DF…</translation>
    </message>
    <message>
        <source>Ma&amp;ke report</source>
        <translation>&amp;Créer le rapport</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Pro&amp;tocol</source>
        <translation>Pro&amp;tocole</translation>
    </message>
    <message>
        <source>Outputs are anonymised through the plan unless you choose identified data. Only readable interviews of the chosen protocol are included (sealed ones become readable once merged).</source>
        <translation>Les résultats sont anonymisés selon le plan, sauf si vous choisissez les données identifiées. Seuls les entretiens lisibles du protocole choisi sont inclus (les entretiens scellés deviennent lisibles une fois fusionnés).</translation>
    </message>
    <message>
        <source>Plans (*.yaml *.yml)</source>
        <translation>Plans (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Dossier de l’export</translation>
    </message>
    <message>
        <source>Choose at least one format and a folder to write to.</source>
        <translation>Choisissez au moins un format et un dossier où écrire.</translation>
    </message>
    <message>
        <source>Exporting data</source>
        <translation>Export des données</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder} (IDENTIFIED data).</source>
        <translation>Écrit dans {folder} : {files} (données IDENTIFIÉES).</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}.</source>
        <translation>Écrit dans {folder} : {files}.</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} fichiers</translation>
    </message>
    <message>
        <source>Choose the PDF file to write.</source>
        <translation>Choisissez le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Création du rapport</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>{file} écrit.</translation>
    </message>
    <message>
        <source>Refused: below a threshold of the plan</source>
        <translation>Refusé : sous un seuil du plan</translation>
    </message>
    <message>
        <source>This anonymised output was refused: some respondents could be re-identified in it, because it falls below the plan&apos;s k or l threshold.</source>
        <translation>Cette sortie anonymisée a été refusée : certains répondants pourraient y être réidentifiés, car elle passe sous le seuil k ou l du plan.</translation>
    </message>
    <message>
        <source>Details of the refusal</source>
        <translation>Détails du refus</translation>
    </message>
    <message>
        <source>Why is this output safe to write? (kept in the audit log)</source>
        <translation>Pourquoi ce résultat peut-il être écrit sans risque ? (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <source>&amp;Write with this reason</source>
        <translation>&amp;Écrire avec ce motif</translation>
    </message>
    <message>
        <source>Generalise or suppress more in the plan, or write it anyway with your reason: the reason is kept in the store&apos;s encrypted audit log, never in the output.</source>
        <translation>Généralisez ou supprimez davantage dans le plan, ou écrivez-le quand même avec votre motif : le motif est conservé dans le journal d’audit chiffré de la base, jamais dans le résultat.</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>fieldkit is locked</source>
        <translation>fieldkit est verrouillé</translation>
    </message>
    <message>
        <source>Nothing of the interview is shown while locked; every saved answer is kept, and an interview&apos;s clock keeps running (Ctrl+P pauses it after you return). Type the passphrase to return.</source>
        <translation>Rien de l’entretien n’est affiché pendant le verrouillage ; chaque réponse enregistrée est conservée, et le chronomètre de l’entretien continue de tourner (Ctrl+P le met en pause à votre retour). Saisissez la phrase secrète pour revenir.</translation>
    </message>
</context>
<context>
    <name>name_generator</name>
    <message>
        <source>Enter adds · ↓ into the list · Tab to the table · a digit or Y/N answers a cell · in the table Enter goes down, Tab right · Delete removes · Alt+↑/↓ reorders · Backspace clears a cell</source>
        <translation>Enter ajoute · ↓ vers la liste · Tab vers le tableau · un chiffre ou Y/N répond dans une cellule · dans le tableau, Enter descend, Tab va à droite · Delete retire · Alt+↑/↓ réordonne · Backspace vide une cellule</translation>
    </message>
    <message>
        <source>F&amp;ind on the list (a name, group or alliance):</source>
        <translation>&amp;Chercher dans la liste (un nom, un groupe ou une alliance) :</translation>
    </message>
    <message>
        <source>Named: {n}</source>
        <translation>Cités : {n}</translation>
    </message>
    <message>
        <source>Named: nobody yet</source>
        <translation>Cités : personne pour l’instant</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Ajouter « {name} »</translation>
    </message>
    <message>
        <source>Add “{name}”
not on the list  (Shift+Enter)</source>
        <translation>Ajouter « {name} »
absent de la liste  (Shift+Enter)</translation>
    </message>
    <message>
        <source>Add “{name}” as someone not on the list</source>
        <translation>Ajouter « {name} » comme personne absente de la liste</translation>
    </message>
    <message>
        <source>Named: {n} · added {name}</source>
        <translation>Cités : {n} · ajouté : {name}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} retiré(e).</translation>
    </message>
    <message>
        <source>No one on the list matches “{text}”.</source>
        <translation>Personne dans la liste ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>Only people on the list can be named here: “{text}” was not added.</source>
        <translation>Seules les personnes de la liste peuvent être citées ici : « {text} » n&apos;a pas été ajouté.</translation>
    </message>
</context>
<context>
    <name>name_marking</name>
    <message>
        <source>Select the name first, then press {keys}.</source>
        <translation>Sélectionnez d’abord le nom, puis appuyez sur {keys}.</translation>
    </message>
    <message>
        <source>Marked “{name}” as a name: every anonymised output redacts it.</source>
        <translation>« {name} » marqué comme nom : tous les documents anonymisés le masquent.</translation>
    </message>
    <message>
        <source>Not marked: {reason}.</source>
        <translation>Non marqué : {reason}.</translation>
    </message>
</context>
<context>
    <name>page_parts</name>
    <message>
        <source>Something went wrong inside fieldkit ({error}); nothing was lost. Try again, and report it if it happens again.</source>
        <translation>Un problème interne est survenu dans fieldkit ({error}) ; rien n’a été perdu. Réessayez, et signalez-le si cela se reproduit.</translation>
    </message>
</context>
<context>
    <name>people_table</name>
    <message>
        <source>names, commas between</source>
        <translation>noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Type the names (or their first letters, or their numbers), commas between: {shown}</source>
        <translation>Tapez les noms (ou leurs premières lettres, ou leurs numéros), séparés par des virgules : {shown}</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>… {n} more: point at a column title</source>
        <translation>… {n} de plus : pointez un titre de colonne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>{name} (not on the list)</source>
        <translation>{name} (absent de la liste)</translation>
    </message>
    <message>
        <source>Not asked for this person</source>
        <translation>Non posée pour cette personne</translation>
    </message>
</context>
<context>
    <name>review_dialog</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No question has been answered yet.</source>
        <translation>Aucune question n’a encore reçu de réponse.</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Réponses</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Codage</translation>
    </message>
</context>
<context>
    <name>reviewer</name>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source>{at}  {decision} by {reviewer}</source>
        <translation>{at}  {decision} par {reviewer}</translation>
    </message>
    <message>
        <source>Your name as it should appear in the record</source>
        <translation>Votre nom tel qu’il doit figurer dans le registre</translation>
    </message>
    <message>
        <source>What the team should change (needed to return the export), or a note with an approval</source>
        <translation>Ce que l’équipe doit modifier (nécessaire pour renvoyer l’export), ou une remarque accompagnant une approbation</translation>
    </message>
    <message>
        <source>&amp;Approve this export</source>
        <translation>A&amp;pprouver cet export</translation>
    </message>
    <message>
        <source>Ret&amp;urn with comments</source>
        <translation>Renvoyer avec commentaire&amp;s</translation>
    </message>
    <message>
        <source>Decisions recorded so far</source>
        <translation>Décisions enregistrées jusqu’ici</translation>
    </message>
    <message>
        <source>Revie&amp;wer&apos;s name</source>
        <translation>N&amp;om du relecteur</translation>
    </message>
    <message>
        <source>Co&amp;mments</source>
        <translation>Co&amp;mmentaires</translation>
    </message>
    <message>
        <source>The decision is added to review.json in the export folder with your name and the time. The data files are never changed.</source>
        <translation>La décision est ajoutée à review.json dans le dossier de l’export, avec votre nom et l’heure. Les fichiers de données ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>Décisions jusqu’ici</translation>
    </message>
    <message>
        <source>Only an intact, anonymised export can be approved.</source>
        <translation>Seul un export intact et anonymisé peut être approuvé.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l’instant.</translation>
    </message>
    <message>
        <source>Recorded: {decision} by {reviewer} at {at}.</source>
        <translation>Enregistré : {decision} par {reviewer} le {at}.</translation>
    </message>
    <message>
        <source>Open an export for &amp;review…</source>
        <translation>&amp;Ouvrir un export pour relecture…</translation>
    </message>
    <message>
        <source>Open an export folder for review</source>
        <translation>Ouvrir un dossier d’export pour relecture</translation>
    </message>
    <message>
        <source>Not an export folder</source>
        <translation>Ce n’est pas un dossier d’export</translation>
    </message>
    <message>
        <source>Review of the export “{name}”</source>
        <translation>Relecture de l’export « {name} »</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Protocol {id} version {version} · plan {plan} · {folder}</source>
        <translation>Protocole {id} version {version} · plan {plan} · {folder}</translation>
    </message>
    <message>
        <source>Integrity of the export&apos;s files</source>
        <translation>Intégrité des fichiers de l’export</translation>
    </message>
    <message>
        <source>&amp;Close review</source>
        <translation>Fermer la re&amp;lecture</translation>
    </message>
    <message>
        <source>This export holds IDENTIFIED data (no anonymisation record): it is for the team only and cannot be approved for sharing.</source>
        <translation>Cet export contient des données IDENTIFIÉES (aucun registre d’anonymisation) : il est réservé à l’équipe et ne peut pas être approuvé pour diffusion.</translation>
    </message>
    <message>
        <source>&amp;Variables ({n})</source>
        <translation>&amp;Variables ({n})</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risque</translation>
    </message>
    <message>
        <source>Redacted &amp;texts ({n})</source>
        <translation>&amp;Textes masqués ({n})</translation>
    </message>
    <message>
        <source>&amp;Names to check ({n})</source>
        <translation>&amp;Noms à vérifier ({n})</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>{name}: {n} entries</source>
        <translation>{name} : {n} entrées</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>(not in the output)</source>
        <translation>(absent du résultat)</translation>
    </message>
    <message>
        <source>none: identified data</source>
        <translation>aucune : données identifiées</translation>
    </message>
    <message>
        <source>Variables and what was done to each</source>
        <translation>Les variables et le traitement appliqué à chacune</translation>
    </message>
    <message>
        <source>Check this variable: it has a warning, or identifying content was kept</source>
        <translation>Vérifiez cette variable : elle porte un avertissement, ou un contenu identifiant a été conservé</translation>
    </message>
    <message>
        <source>Filter by table, variable, action or class</source>
        <translation>Filtrer par table, variable, action ou classe</translation>
    </message>
    <message>
        <source>Filter the variables</source>
        <translation>Filtrer les variables</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>Who is assumed to try</source>
        <translation>Qui est censé tenter une réidentification</translation>
    </message>
    <message>
        <source>l-diversity of {name}</source>
        <translation>l-diversité de {name}</translation>
    </message>
    <message>
        <source>Equivalence classes</source>
        <translation>Classes d’équivalence</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Suggestions to reach the target k</source>
        <translation>Suggestions pour atteindre le k cible</translation>
    </message>
    <message>
        <source>Replacements in free text</source>
        <translation>Remplacements dans le texte libre</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
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
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>k-anonymity (smallest group sharing all quasi-identifiers)</source>
        <translation>k-anonymat (plus petit groupe partageant tous les quasi-identifiants)</translation>
    </message>
    <message>
        <source>k-map (smallest group in the roster)</source>
        <translation>k-map (plus petit groupe dans la liste de référence)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan asks for &lt;b&gt;k &amp;ge; {k}&lt;/b&gt; and &lt;b&gt;l &amp;ge; {l}&lt;/b&gt;. Quasi-identifiers: {quasi}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le plan exige &lt;b&gt;k &amp;ge; {k}&lt;/b&gt; et &lt;b&gt;l &amp;ge; {l}&lt;/b&gt;. Quasi-identifiants : {quasi}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Records at risk after anonymisation (interview numbers)&lt;/h3&gt;&lt;p&gt;Below k in the sample: {sample}&lt;br&gt;Below k against the roster: {roster}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enregistrements à risque après anonymisation (numéros d’entretien)&lt;/h3&gt;&lt;p&gt;Sous k dans l’échantillon : {sample}&lt;br&gt;Sous k par rapport à la liste de référence : {roster}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Interview {number}: {variables}</source>
        <translation>Entretien {number} : {variables}</translation>
    </message>
    <message>
        <source>k would be {k} (reaches the target)</source>
        <translation>k serait de {k} (atteint la cible)</translation>
    </message>
    <message>
        <source>k would be {k}</source>
        <translation>k serait de {k}</translation>
    </message>
    <message>
        <source>None needed: the anonymised data reach the target.</source>
        <translation>Aucune nécessaire : les données anonymisées atteignent la cible.</translation>
    </message>
    <message>
        <source>The lead wrote this output below a threshold of the plan, with a reason kept in the team&apos;s encrypted audit log.</source>
        <translation>Le responsable a écrit ce résultat sous un seuil du plan, avec un motif conservé dans le journal d’audit chiffré de l’équipe.</translation>
    </message>
    <message>
        <source>Disclosure risk</source>
        <translation>Risque de divulgation</translation>
    </message>
    <message>
        <source>This export is not anonymised, so it has no risk figures.</source>
        <translation>Cet export n’est pas anonymisé : il n’a donc pas de chiffres de risque.</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Looks like a name</source>
        <translation>Ressemble à un nom</translation>
    </message>
    <message>
        <source>Possible names left in the texts</source>
        <translation>Noms possibles restant dans les textes</translation>
    </message>
    <message>
        <source>Redaction left these capitalised words in the texts. Check each one: press Enter or double-click to see it in its text.</source>
        <translation>Le masquage a laissé ces mots à majuscule dans les textes. Vérifiez chacun : appuyez sur Enter ou double-cliquez pour le voir dans son texte.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Interview {number}</source>
        <translation>Entretien {number}</translation>
    </message>
    <message>
        <source>No interview number</source>
        <translation>Sans numéro d’entretien</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>question {id}</translation>
    </message>
    <message>
        <source>Find in the texts, or an interview number</source>
        <translation>Chercher dans les textes, ou un numéro d’entretien</translation>
    </message>
    <message>
        <source>Filter the redacted texts</source>
        <translation>Filtrer les textes masqués</translation>
    </message>
    <message>
        <source>Only texts with this kind of placeholder</source>
        <translation>Seulement les textes avec ce type de marque de substitution</translation>
    </message>
    <message>
        <source>Redacted texts</source>
        <translation>Textes masqués</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Marques de substitution :</translation>
    </message>
    <message>
        <source>none in these texts</source>
        <translation>aucune dans ces textes</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source>No redacted text matches the filter.</source>
        <translation>Aucun texte masqué ne correspond au filtre.</translation>
    </message>
    <message>
        <source>This export has no redacted texts.</source>
        <translation>Cet export n’a aucun texte masqué.</translation>
    </message>
    <message>
        <source>{kind} placeholder</source>
        <translation>Marque de substitution {kind}</translation>
    </message>
</context>
<context>
    <name>soft_check</name>
    <message>
        <source>Confirmed  {keys}</source>
        <translation>Confirmé  {keys}</translation>
    </message>
    <message>
        <source>The respondent confirmed this answer: keep it as given ({keys}); Enter goes on without confirming, and the review before finishing lists it</source>
        <translation>Le répondant a confirmé cette réponse : la garder telle quelle ({keys}) ; Enter continue sans confirmer, et la revue avant de terminer la signale</translation>
    </message>
</context>
<context>
    <name>start_dialog</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation>Démarrer un entretien</translation>
    </message>
    <message>
        <source>e.g. R-017</source>
        <translation>p. ex. R-017</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocole</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Respondent code</source>
        <translation>&amp;Code du répondant</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Use the code from your contact sheet, never the respondent&apos;s name.</source>
        <translation>Utilisez le code de votre fiche de contact, jamais le nom du répondant.</translation>
    </message>
    <message>
        <source>{code} is already the code of {interview}. If it is the same respondent, cancel and resume that interview; if not, use another code.</source>
        <translation>{code} est déjà le code de l’{interview}. S’il s’agit du même répondant, annulez et reprenez cet entretien ; sinon, utilisez un autre code.</translation>
    </message>
</context>
<context>
    <name>typed_choices</name>
    <message>
        <source>“{word}” begins more than one choice; type more of it (the choices: {shown}).</source>
        <translation>« {word} » commence plusieurs choix ; tapez-en davantage (les choix : {shown}).</translation>
    </message>
    <message>
        <source>“{word}” is not among the choices offered here: {shown}.</source>
        <translation>« {word} » ne figure pas parmi les choix proposés ici : {shown}.</translation>
    </message>
    <message>
        <source>No choice is offered here yet.</source>
        <translation>Aucun choix n&apos;est encore proposé ici.</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Phrase secrète incorrecte. Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <source>This store is open in another fieldkit window. Close that window first (it may be on another desktop), then try again.</source>
        <translation>Cette base est ouverte dans une autre fenêtre de fieldkit. Fermez d’abord cette fenêtre (elle peut se trouver sur un autre bureau), puis réessayez.</translation>
    </message>
    <message>
        <source>Unlock fieldkit</source>
        <translation>Déverrouiller fieldkit</translation>
    </message>
    <message>
        <source>Type the passphrase of this computer&apos;s interview store.
Store: {folder}</source>
        <translation>Saisissez la phrase secrète de la base d’entretiens de cet ordinateur.
Base : {folder}</translation>
    </message>
    <message>
        <source>Open an &amp;export for review…</source>
        <translation>Ouvrir un e&amp;xport pour relecture…</translation>
    </message>
</context>
</TS>
