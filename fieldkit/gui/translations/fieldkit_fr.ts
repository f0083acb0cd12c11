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
        <translation>Ce magasin est ouvert dans une autre fenêtre de fieldkit. Fermez d’abord cette fenêtre (elle peut se trouver sur un autre bureau), puis réessayez.</translation>
    </message>
    <message>
        <source>Unlock fieldkit</source>
        <translation>Déverrouiller fieldkit</translation>
    </message>
    <message>
        <source>Type the passphrase of this computer&apos;s interview store.
Store: {folder}</source>
        <translation>Saisissez la phrase secrète du magasin d’entretiens de cet ordinateur.
Magasin : {folder}</translation>
    </message>
    <message>
        <source>Open an &amp;export for review…</source>
        <translation>Ouvrir un e&amp;xport pour relecture…</translation>
    </message>
</context>
</TS>
