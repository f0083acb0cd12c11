<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after…</source>
        <translation>Bloqueo &amp;automático tras…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>fieldkit will speak this language from its next start. The questions of a protocol keep their own languages.</source>
        <translation>fieldkit usará este idioma a partir de su próximo inicio. Las preguntas de un protocolo conservan sus propios idiomas.</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Bloqueo automático</translation>
    </message>
    <message>
        <source>Lock after this many minutes without typing or clicking:</source>
        <translation>Bloquear tras este número de minutos sin teclear ni hacer clic:</translation>
    </message>
    <message>
        <source>{title} (locked)</source>
        <translation>{title} (bloqueado)</translation>
    </message>
    <message>
        <source>Quit fieldkit</source>
        <translation>Salir de fieldkit</translation>
    </message>
    <message>
        <source>Quit while an interview is open? What was typed is saved and its clock pauses; resume it from the home screen.</source>
        <translation>¿Salir con una entrevista abierta? Lo escrito se guarda y su reloj se detiene; reanúdela desde la pantalla de inicio.</translation>
    </message>
</context>
<context>
    <name>home</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Entrevistado</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sellada</translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation>(sellada)</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>sellada</translation>
    </message>
    <message>
        <source>Type to filter by any column (code, organisation, status…)</source>
        <translation>Escriba para filtrar por cualquier columna (código, organización, estado…)</translation>
    </message>
    <message>
        <source>&amp;Start interview…</source>
        <translation>&amp;Iniciar entrevista…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Revie&amp;w</source>
        <translation>Revi&amp;sar</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Pro&amp;tocols</source>
        <translation>Pro&amp;tocolos</translation>
    </message>
    <message>
        <source>Ctrl+L locks at once; F1 lists every shortcut. Sealed interviews are readable only by the project lead.</source>
        <translation>Ctrl+L bloquea al instante; F1 muestra todos los atajos. Las entrevistas selladas solo las puede leer el responsable del proyecto.</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>&amp;Filtro</translation>
    </message>
    <message>
        <source>Interviews ({n})</source>
        <translation>Entrevistas ({n})</translation>
    </message>
    <message>
        <source>interview {number} ({status})</source>
        <translation>entrevista {number} ({status})</translation>
    </message>
    <message>
        <source>Interview {number}: {respondent}</source>
        <translation>Entrevista {number}: {respondent}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>This interview is sealed for the project lead; nothing of it is readable on this computer.</source>
        <translation>Esta entrevista está sellada para el responsable del proyecto; nada de ella puede leerse en este ordenador.</translation>
    </message>
    <message>
        <source>(entry)</source>
        <translation>(entrada)</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>fieldkit is locked</source>
        <translation>fieldkit está bloqueado</translation>
    </message>
    <message>
        <source>Nothing of the interview is shown while locked; every saved answer is kept, and an interview&apos;s clock keeps running (Ctrl+P pauses it after you return). Type the passphrase to return.</source>
        <translation>Nada de la entrevista se muestra mientras está bloqueado; cada respuesta guardada se conserva y el reloj de la entrevista sigue corriendo (Ctrl+P lo pausa a su regreso). Escriba la frase de contraseña para volver.</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Frase de contraseña incorrecta. Compruebe Bloq Mayús y la distribución del teclado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This store is open in another fieldkit window. Close that window first (it may be on another desktop), then try again.</source>
        <translation>Este almacén está abierto en otra ventana de fieldkit. Cierre primero esa ventana (puede estar en otro escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unlock fieldkit</source>
        <translation>Desbloquear fieldkit</translation>
    </message>
    <message>
        <source>Type the passphrase of this computer&apos;s interview store.
Store: {folder}</source>
        <translation>Escriba la frase de contraseña del almacén de entrevistas de este ordenador.
Almacén: {folder}</translation>
    </message>
    <message>
        <source>Open an &amp;export for review…</source>
        <translation>Abrir una &amp;exportación para revisión…</translation>
    </message>
</context>
</TS>
