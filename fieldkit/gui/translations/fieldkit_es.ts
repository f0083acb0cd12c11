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
    <name>candidates_dialog</name>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>En contexto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Decide what the scan found</source>
        <translation>Decidir sobre lo que encontró el análisis</translation>
    </message>
    <message>
        <source>&amp;Save decisions</source>
        <translation>&amp;Guardar decisiones</translation>
    </message>
    <message>
        <source>Redact &amp;all undecided</source>
        <translation>&amp;Ocultar todo lo pendiente</translation>
    </message>
    <message>
        <source>These words in the open answers may name someone. Decide each one: R to redact it wherever it occurs, K to keep it. The decisions are kept in the encrypted store and used for every later output.</source>
        <translation>Estas palabras de las respuestas abiertas pueden nombrar a alguien. Decida sobre cada una: R para ocultarla allí donde aparezca, K para conservarla. Las decisiones se guardan en la base de datos cifrada y se aplican a todos los resultados posteriores.</translation>
    </message>
    <message>
        <source>{n} still to decide.</source>
        <translation>Quedan {n} por decidir.</translation>
    </message>
    <message>
        <source>All decided: save, then write the output again.</source>
        <translation>Todo decidido: guarde y vuelva a escribir el resultado.</translation>
    </message>
</context>
<context>
    <name>clock_label</name>
    <message>
        <source>Time into the interview, pauses excluded</source>
        <translation>Tiempo transcurrido de la entrevista, sin contar las pausas</translation>
    </message>
</context>
<context>
    <name>coding_panel</name>
    <message>
        <source>The name your codings are kept under. Two coders who code the same interview under their own names can be compared (fieldkit code agreement).</source>
        <translation>El nombre bajo el que se guardan sus codificaciones. Dos codificadores que codifican la misma entrevista cada uno con su nombre pueden compararse (fieldkit code agreement).</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>C&amp;odificador:</translation>
    </message>
    <message>
        <source>This interview</source>
        <translation>Esta entrevista</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>El proyecto</translation>
    </message>
    <message>
        <source>Memos a&amp;bout</source>
        <translation>Memos so&amp;bre</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Código: {code}</translation>
    </message>
    <message>
        <source>A memo about this interview…</source>
        <translation>Un memo sobre esta entrevista…</translation>
    </message>
    <message>
        <source>A memo about the whole project…</source>
        <translation>Un memo sobre todo el proyecto…</translation>
    </message>
    <message>
        <source>A memo about this code…</source>
        <translation>Un memo sobre este código…</translation>
    </message>
    <message>
        <source>&amp;Save memo</source>
        <translation>&amp;Guardar memo</translation>
    </message>
</context>
<context>
    <name>coding_picker</name>
    <message>
        <source>Filter codes</source>
        <translation>Filtrar códigos</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Enter or double-click applies the code to the selected text (Ctrl+K: pick by typing).</source>
        <translation>Enter o doble clic aplica el código al texto seleccionado (Ctrl+K: elegir escribiendo).</translation>
    </message>
    <message>
        <source>Apply a code</source>
        <translation>Aplicar un código</translation>
    </message>
    <message>
        <source>Type to find a code</source>
        <translation>Escriba para buscar un código</translation>
    </message>
</context>
<context>
    <name>coding_view</name>
    <message>
        <source>&amp;Remove coding  (Del)</source>
        <translation>&amp;Quitar codificación  (Del)</translation>
    </message>
    <message>
        <source>&amp;Apply a code…  ({keys})</source>
        <translation>&amp;Aplicar un código…  ({keys})</translation>
    </message>
    <message>
        <source>Mark as &amp;name  ({keys})</source>
        <translation>Marcar como &amp;nombre  ({keys})</translation>
    </message>
    <message>
        <source>Select a name in the text: every anonymised output will redact it wherever it occurs, in every interview.</source>
        <translation>Seleccione un nombre en el texto: todos los resultados anonimizados lo ocultarán allí donde aparezca, en todas las entrevistas.</translation>
    </message>
    <message>
        <source>Codings of this text</source>
        <translation>Codificaciones de este texto</translation>
    </message>
    <message>
        <source>Open answers and quotes</source>
        <translation>Respuestas abiertas y citas</translation>
    </message>
    <message>
        <source>This protocol has no codebook, so nothing can be coded.</source>
        <translation>Este protocolo no tiene libro de códigos, así que no se puede codificar nada.</translation>
    </message>
    <message>
        <source>No open answer or quote to code yet.</source>
        <translation>Todavía no hay respuestas abiertas ni citas que codificar.</translation>
    </message>
    <message>
        <source>  · {n} coded</source>
        <translation>  · {n} codificado(s)</translation>
    </message>
    <message>
        <source>NEEDS RE-CODING: the text changed since it was coded</source>
        <translation>HAY QUE RECODIFICAR: el texto cambió después de codificarse</translation>
    </message>
    <message>
        <source>the whole text</source>
        <translation>el texto completo</translation>
    </message>
    <message>
        <source>Coded as {code}.</source>
        <translation>Codificado como {code}.</translation>
    </message>
    <message>
        <source>Coding as {name}.</source>
        <translation>Codificando como {name}.</translation>
    </message>
    <message>
        <source>Memo saved.</source>
        <translation>Memo guardado.</translation>
    </message>
    <message>
        <source>Select the name in the text first, then mark it.</source>
        <translation>Seleccione primero el nombre en el texto y luego márquelo.</translation>
    </message>
    <message>
        <source>Marked “{name}” as a name: anonymised outputs will redact it everywhere.</source>
        <translation>«{name}» marcado como nombre: los resultados anonimizados lo ocultarán en todas partes.</translation>
    </message>
    <message>
        <source>Coding removed.</source>
        <translation>Codificación quitada.</translation>
    </message>
</context>
<context>
    <name>crash_dialog</name>
    <message>
        <source>fieldkit: internal error</source>
        <translation>fieldkit: error interno</translation>
    </message>
    <message>
        <source>Something went wrong inside fieldkit ({error}). It is a fault in the program, not in what you entered; answers already given are saved.</source>
        <translation>Se produjo un error interno en fieldkit ({error}). Es un fallo del programa, no de lo que usted introdujo; las respuestas ya dadas están guardadas.</translation>
    </message>
    <message>
        <source>No report could be written (is the disk full?). Please tell the project&apos;s maintainers what you were doing.</source>
        <translation>No se pudo escribir ningún informe (¿está lleno el disco?). Indique a los responsables del mantenimiento del proyecto qué estaba haciendo.</translation>
    </message>
    <message>
        <source>A report holding no interview content (versions and places in the program&apos;s code only) was written here. Please send it to the project&apos;s maintainers:</source>
        <translation>Se escribió aquí un informe sin contenido de entrevistas (solo versiones y lugares del código del programa). Envíelo a los responsables del mantenimiento del proyecto:</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar la ruta</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>enrolment_key</name>
    <message>
        <source>Signing key for enrolment</source>
        <translation>Clave de firma para la inscripción</translation>
    </message>
    <message>
        <source>Before fieldwork the project lead enrols this laptop&apos;s key. Read the words to the lead, let the lead scan the code, or give the lead the enrolment file.</source>
        <translation>Antes del trabajo de campo, el responsable del proyecto inscribe la clave de este portátil. Léale las palabras, déjele escanear el código o entréguele el archivo de inscripción.</translation>
    </message>
    <message>
        <source>QR code of the signing key</source>
        <translation>Código QR de la clave de firma</translation>
    </message>
    <message>
        <source>&amp;Save enrolment file…</source>
        <translation>&amp;Guardar archivo de inscripción…</translation>
    </message>
    <message>
        <source>Interviewer code: {code}</source>
        <translation>Código de entrevistador: {code}</translation>
    </message>
    <message>
        <source>Save enrolment file</source>
        <translation>Guardar archivo de inscripción</translation>
    </message>
    <message>
        <source>Enrolment files (*{suffix})</source>
        <translation>Archivos de inscripción (*{suffix})</translation>
    </message>
    <message>
        <source>Saved {file}; it holds no secret, only this laptop&apos;s public key and code.</source>
        <translation>Guardado {file}; no contiene ningún secreto, solo la clave pública y el código de este portátil.</translation>
    </message>
</context>
<context>
    <name>enrolment_lead</name>
    <message>
        <source>Enrol an interviewer&apos;s key</source>
        <translation>Inscribir la clave de un entrevistador</translation>
    </message>
    <message>
        <source>Type the words the interviewer&apos;s laptop shows (Signing key for enrolment), or choose the enrolment file it saved. The reason is kept in the audit log: enrolled before fieldwork, say, or a replaced laptop.</source>
        <translation>Escriba las palabras que muestra el portátil del entrevistador (Clave de firma para la inscripción), o elija el archivo de inscripción que guardó. El motivo se guarda en el registro de auditoría: inscripción antes del trabajo de campo, por ejemplo, o un portátil sustituido.</translation>
    </message>
    <message>
        <source>34 words, in order</source>
        <translation>34 palabras, en orden</translation>
    </message>
    <message>
        <source>Key &amp;words</source>
        <translation>&amp;Palabras de la clave</translation>
    </message>
    <message>
        <source>Choose enrolment &amp;file…</source>
        <translation>Elegir &amp;archivo de inscripción…</translation>
    </message>
    <message>
        <source>Interviewer &amp;code</source>
        <translation>&amp;Código de entrevistador</translation>
    </message>
    <message>
        <source>Why this key may speak for the interviewer</source>
        <translation>Por qué esta clave puede hablar en nombre del entrevistador</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>The words make the key {short}.</source>
        <translation>Las palabras dan la clave {short}.</translation>
    </message>
    <message>
        <source>Choose enrolment file</source>
        <translation>Elegir archivo de inscripción</translation>
    </message>
    <message>
        <source>Enrolment files (*{suffix});;All files (*)</source>
        <translation>Archivos de inscripción (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Type the key&apos;s words or choose its file first.</source>
        <translation>Escriba primero las palabras de la clave o elija su archivo.</translation>
    </message>
    <message>
        <source>Enrolled {short} for {code}; the reason is in the audit log. Its session files will be merged.</source>
        <translation>{short} inscrita para {code}; el motivo consta en el registro de auditoría. Sus archivos de sesión se fusionarán.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>Protocols (*.yaml *.yml *.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Protocolos (*.yaml *.yml *.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>The project&apos;s public key</source>
        <translation>La clave pública del proyecto</translation>
    </message>
    <message>
        <source>The master store is ready. Give this public key to every interviewer: their finished interviews are sealed to it.

{key}</source>
        <translation>La base maestra está lista. Entregue esta clave pública a cada entrevistador: sus entrevistas finalizadas se sellan con ella.

{key}</translation>
    </message>
    <message>
        <source>&amp;Save the secret key (backup)…</source>
        <translation>&amp;Guardar la clave secreta (copia de seguridad)…</translation>
    </message>
    <message>
        <source>I am an i&amp;nterviewer (I hand sealed session files to the lead)</source>
        <translation>Soy e&amp;ntrevistador (entrego al responsable archivos de sesión sellados)</translation>
    </message>
    <message>
        <source>e.g. IV03</source>
        <translation>p. ej., IV03</translation>
    </message>
    <message>
        <source>Several unrelated words</source>
        <translation>Varias palabras sin relación entre sí</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>La misma otra vez</translation>
    </message>
    <message>
        <source>&amp;Interviewer code</source>
        <translation>&amp;Código de entrevistador</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>You and your passphrase</source>
        <translation>Usted y su frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase opens this master store. Keep it, and the backup of the project&apos;s secret key (File menu), both somewhere safe, apart from each other and from the laptop: restoring the project needs both.</source>
        <translation>La frase de paso abre este almacén maestro. Guárdela, junto con la copia de la clave secreta del proyecto (menú Archivo), en un lugar seguro, separadas entre sí y lejos del portátil: restaurar el proyecto requiere ambas.</translation>
    </message>
    <message>
        <source>The passphrase opens this computer&apos;s encrypted store. Nobody can recover it but the project lead, so write it down somewhere safe, away from the laptop.</source>
        <translation>La frase de contraseña abre la base de datos cifrada de este ordenador. Nadie salvo el responsable del proyecto puede recuperarla: anótela en un lugar seguro, lejos del portátil.</translation>
    </message>
    <message>
        <source>age1…</source>
        <translation>age1…</translation>
    </message>
    <message>
        <source>Load key fi&amp;le…</source>
        <translation>Cargar arc&amp;hivo de clave…</translation>
    </message>
    <message>
        <source>&amp;Add a protocol file…</source>
        <translation>Añadir un archivo de &amp;protocolo…</translation>
    </message>
    <message>
        <source>Project lead&apos;s public &amp;key</source>
        <translation>C&amp;lave pública del responsable del proyecto</translation>
    </message>
    <message>
        <source>As the project lead, this store makes its own key pair: interviewers&apos; sessions are sealed to its public key, which you give them.</source>
        <translation>Como responsable del proyecto, esta base de datos crea su propio par de claves: las sesiones de los entrevistadores se sellan con su clave pública, que usted les entrega.</translation>
    </message>
    <message>
        <source>Pro&amp;tocols to load</source>
        <translation>Pro&amp;tocolos que cargar</translation>
    </message>
    <message>
        <source>Finished interviews are sealed to this key, so only the lead can read them. Paste it, or load the file the lead sent.</source>
        <translation>Las entrevistas finalizadas se sellan con esta clave, de modo que solo el responsable puede leerlas. Péguela o cargue el archivo que envió el responsable.</translation>
    </message>
    <message>
        <source>I am the project lea&amp;d (I merge interviewers&apos; session files)</source>
        <translation>Soy el responsable &amp;del proyecto (fusiono los archivos de sesión de los entrevistadores)</translation>
    </message>
    <message>
        <source>&amp;Create the store</source>
        <translation>Crear la &amp;base de datos</translation>
    </message>
    <message>
        <source>Set up fieldkit on this computer</source>
        <translation>Configurar fieldkit en este ordenador</translation>
    </message>
    <message>
        <source>Open an &amp;export for review…</source>
        <translation>Abrir una &amp;exportación para revisión…</translation>
    </message>
    <message>
        <source>Your c&amp;ode (optional)</source>
        <translation>Su códi&amp;go (opcional)</translation>
    </message>
    <message>
        <source>Type your interviewer code (letters and digits, no spaces).</source>
        <translation>Escriba su código de entrevistador (letras y dígitos, sin espacios).</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Paste the project lead&apos;s public key (it starts with age1).</source>
        <translation>Pegue la clave pública del responsable del proyecto (empieza por age1).</translation>
    </message>
    <message>
        <source>Two protocols chosen are {id} version {version} with different contents ({one} and {other}); choose one, or give the changed one a new version.</source>
        <translation>Dos protocolos elegidos son {id} versión {version} con contenidos distintos ({one} y {other}); elija uno, o dé una nueva versión al que cambió.</translation>
    </message>
    <message>
        <source>Choose at least one protocol to load.</source>
        <translation>Elija al menos un protocolo que cargar.</translation>
    </message>
    <message>
        <source>Your code is letters and digits, no spaces (or leave it empty).</source>
        <translation>Su código son letras y dígitos, sin espacios (o déjelo vacío).</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Suficientemente robusta.</translation>
    </message>
    <message>
        <source>A valid age public key.</source>
        <translation>Una clave pública age válida.</translation>
    </message>
    <message>
        <source>Ready: the key derivation takes about a second.</source>
        <translation>Listo: la derivación de la clave tarda alrededor de un segundo.</translation>
    </message>
    <message>
        <source>{file} was not loaded: fix these problems and add it again.</source>
        <translation>{file} no se cargó: corrija estos problemas y vuelva a añadirlo.</translation>
    </message>
    <message>
        <source>{id} version {version}</source>
        <translation>{id} versión {version}</translation>
    </message>
    <message>
        <source>Add a protocol file</source>
        <translation>Añadir un archivo de protocolo</translation>
    </message>
    <message>
        <source>Load the project lead&apos;s public key</source>
        <translation>Cargar la clave pública del responsable del proyecto</translation>
    </message>
    <message>
        <source>Key files (*.txt *.pub *)</source>
        <translation>Archivos de clave (*.txt *.pub *)</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>No se puede leer {file} ({reason}).</translation>
    </message>
    <message>
        <source>Creating the encrypted store…</source>
        <translation>Creando la base de datos cifrada…</translation>
    </message>
</context>
<context>
    <name>help_panel</name>
    <message>
        <source>go to {field}</source>
        <translation>ir a {field}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
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
    <name>identity_backup</name>
    <message>
        <source>Whoever holds this file can open every sealed interview, so keep it on offline media (a USB stick or paper) locked away, not on this laptop.</source>
        <translation>Quien tenga este archivo puede abrir todas las entrevistas selladas: guárdelo en un soporte sin conexión (memoria USB o papel) bajo llave, no en este portátil.</translation>
    </message>
    <message>
        <source>Save the project&apos;s secret key</source>
        <translation>Guardar la clave secreta del proyecto</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Archivo nuevo:</translation>
    </message>
    <message>
        <source>The project&apos;s secret key</source>
        <translation>La clave secreta del proyecto</translation>
    </message>
    <message>
        <source>Secret key saved</source>
        <translation>Clave secreta guardada</translation>
    </message>
    <message>
        <source>The project&apos;s secret key was written to {path}. Move it to offline media and keep it apart from the store&apos;s passphrase.</source>
        <translation>La clave secreta del proyecto se escribió en {path}. Llévela a un soporte sin conexión, separada de la frase de paso del almacén.</translation>
    </message>
    <message>
        <source>Secret key not saved</source>
        <translation>Clave secreta no guardada</translation>
    </message>
</context>
<context>
    <name>interview_frame</name>
    <message>
        <source>Refused</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Mark a quote: Ctrl+Q or F9</source>
        <translation>Marcar una cita: Ctrl+Q o F9</translation>
    </message>
    <message>
        <source>Add a note: Ctrl+N</source>
        <translation>Añadir una nota: Ctrl+N</translation>
    </message>
    <message>
        <source>Finish: Ctrl+Enter</source>
        <translation>Finalizar: Ctrl+Enter</translation>
    </message>
    <message>
        <source>Leave to home (the clock pauses): Ctrl+W</source>
        <translation>Volver al inicio (el reloj se detiene): Ctrl+W</translation>
    </message>
    <message>
        <source>Pause or resume the clock: Ctrl+P</source>
        <translation>Pausar o reanudar el reloj: Ctrl+P</translation>
    </message>
    <message>
        <source>Interview language (Ctrl+Shift+L)</source>
        <translation>Idioma de la entrevista (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>Finalizar…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Paused: the clock is stopped. Ctrl+P resumes.</source>
        <translation>En pausa: el reloj está detenido. Ctrl+P lo reanuda.</translation>
    </message>
    <message>
        <source>←  Previous  Alt+Left</source>
        <translation>←  Anterior  Alt+Left</translation>
    </message>
    <message>
        <source>Previous question: Alt+Left or Ctrl+PageUp</source>
        <translation>Pregunta anterior: Alt+Left o Ctrl+PageUp</translation>
    </message>
    <message>
        <source>Next  Alt+Right  →</source>
        <translation>Siguiente  Alt+Right  →</translation>
    </message>
    <message>
        <source>Next question: Alt+Right or Ctrl+PageDown</source>
        <translation>Pregunta siguiente: Alt+Right o Ctrl+PageDown</translation>
    </message>
</context>
<context>
    <name>interview_import</name>
    <message>
        <source>&amp;Import interviews from files…</source>
        <translation>I&amp;mportar entrevistas desde archivos…</translation>
    </message>
    <message>
        <source>Import interviews from files</source>
        <translation>Importar entrevistas desde archivos</translation>
    </message>
    <message>
        <source>Interview &amp;files (fieldkit-interview/1 JSON)</source>
        <translation>&amp;Archivos de entrevista (JSON fieldkit-interview/1)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Aña&amp;dir archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>None: the protocol the store holds</source>
        <translation>Ninguno: el protocolo que contiene la base</translation>
    </message>
    <message>
        <source>&amp;Protocol file (optional)</source>
        <translation>Archivo de &amp;protocolo (opcional)</translation>
    </message>
    <message>
        <source>C&amp;hoose protocol…</source>
        <translation>&amp;Elegir protocolo…</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Interviews taken on paper and typed into files. Each file is checked whole: a file with a problem is refused and nothing of it is imported; a file imported before is not imported again.</source>
        <translation>Entrevistas tomadas en papel y transcritas en archivos. Cada archivo se comprueba entero: un archivo con un problema se rechaza y no se importa nada de él; un archivo ya importado no se importa de nuevo.</translation>
    </message>
    <message>
        <source>Interview files to import</source>
        <translation>Archivos de entrevista para importar</translation>
    </message>
    <message>
        <source>Interview files (*.json)</source>
        <translation>Archivos de entrevista (*.json)</translation>
    </message>
    <message>
        <source>Protocol the interviews follow</source>
        <translation>Protocolo que siguen las entrevistas</translation>
    </message>
    <message>
        <source>Protocols (*.yaml *.yml *.xlsx)</source>
        <translation>Protocolos (*.yaml *.yml *.xlsx)</translation>
    </message>
    <message>
        <source>Importing interviews</source>
        <translation>Importando entrevistas</translation>
    </message>
    <message>
        <source>{imported} imported, {already} already present, {refused} refused.</source>
        <translation>{imported} importada(s), {already} ya presente(s), {refused} rechazada(s).</translation>
    </message>
    <message>
        <source>Cancelled before 1 file; it was not imported.</source>
        <translation>Cancelado antes de 1 archivo; no se importó.</translation>
    </message>
    <message>
        <source>Cancelled before {n} files; they were not imported.</source>
        <translation>Cancelado antes de {n} archivos; no se importaron.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>already present as interview {number}; not imported again</source>
        <translation>ya presente como entrevista {number}; no se importó de nuevo</translation>
    </message>
    <message>
        <source>refused; nothing of it was imported</source>
        <translation>rechazada; no se importó nada de ella</translation>
    </message>
</context>
<context>
    <name>interview_overview</name>
    <message>
        <source>Refused</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source> · follow-ups {n}/{total}</source>
        <translation> · preguntas de seguimiento {n}/{total}</translation>
    </message>
    <message>
        <source>{n} named: {names}</source>
        <translation>{n} mencionado(s): {names}</translation>
    </message>
    <message>
        <source>Overview of the answers</source>
        <translation>Resumen de las respuestas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>; 1 unusual answer not confirmed (⚠)</source>
        <translation>; 1 respuesta inusual sin confirmar (⚠)</translation>
    </message>
    <message>
        <source>; {n} unusual answers not confirmed (⚠)</source>
        <translation>; {n} respuestas inusuales sin confirmar (⚠)</translation>
    </message>
    <message>
        <source>{n} of {total} questions asked have an answer{unusual}. Arrows move, Enter goes to the question, Esc goes back; greyed: not asked now.</source>
        <translation>{n} de {total} preguntas formuladas tienen respuesta{unusual}. Las flechas desplazan, Enter va a la pregunta, Esc vuelve; en gris: no se formula por ahora.</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no formulada</translation>
    </message>
    <message>
        <source>— required</source>
        <translation>— obligatoria</translation>
    </message>
    <message>
        <source>That question is not asked now (the answers before it skip it). Choose another, or Esc to go back.</source>
        <translation>Esa pregunta no se formula por ahora (las respuestas anteriores la omiten). Elija otra, o Esc para volver.</translation>
    </message>
</context>
<context>
    <name>interview_pages</name>
    <message>
        <source>Read aloud to the respondent</source>
        <translation>Leer en voz alta al entrevistado</translation>
    </message>
    <message>
        <source>Consent (read aloud, then ask)</source>
        <translation>Consentimiento (leer en voz alta y luego preguntar)</translation>
    </message>
    <message>
        <source>Consent given: begin  (Enter)</source>
        <translation>Consentimiento otorgado: empezar  (Enter)</translation>
    </message>
    <message>
        <source>Respondent declines</source>
        <translation>El entrevistado se niega</translation>
    </message>
    <message>
        <source>Begin the interview  (Enter)</source>
        <translation>Empezar la entrevista  (Enter)</translation>
    </message>
    <message>
        <source>Required, no answer</source>
        <translation>Obligatorias, sin respuesta</translation>
    </message>
    <message>
        <source>Unusual answers not confirmed</source>
        <translation>Respuestas inusuales sin confirmar</translation>
    </message>
    <message>
        <source>Refused, don&apos;t know or not applicable</source>
        <translation>No responde, no sabe o no aplica</translation>
    </message>
    <message>
        <source>Skipped (optional)</source>
        <translation>Omitidas (opcionales)</translation>
    </message>
    <message>
        <source>Follow-ups not answered (optional)</source>
        <translation>Preguntas de seguimiento sin respuesta (opcionales)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>1 required answer missing</source>
        <translation>1 respuesta obligatoria pendiente</translation>
    </message>
    <message>
        <source>{n} required answers missing</source>
        <translation>{n} respuestas obligatorias pendientes</translation>
    </message>
    <message>
        <source>1 unusual answer not confirmed</source>
        <translation>1 respuesta inusual sin confirmar</translation>
    </message>
    <message>
        <source>{n} unusual answers not confirmed</source>
        <translation>{n} respuestas inusuales sin confirmar</translation>
    </message>
    <message>
        <source>1 special answer</source>
        <translation>1 respuesta especial</translation>
    </message>
    <message>
        <source>{n} special answers</source>
        <translation>{n} respuestas especiales</translation>
    </message>
    <message>
        <source>1 follow-up not answered</source>
        <translation>1 pregunta de seguimiento sin respuesta</translation>
    </message>
    <message>
        <source>{n} follow-ups not answered</source>
        <translation>{n} preguntas de seguimiento sin respuesta</translation>
    </message>
    <message>
        <source>1 required answer is still missing.</source>
        <translation>Aún falta 1 respuesta obligatoria.</translation>
    </message>
    <message>
        <source>{n} required answers are still missing.</source>
        <translation>Aún faltan {n} respuestas obligatorias.</translation>
    </message>
    <message>
        <source>Finished with 1 required answer missing.</source>
        <translation>Finalizada con 1 respuesta obligatoria pendiente.</translation>
    </message>
    <message>
        <source>Finished with {n} required answers missing.</source>
        <translation>Finalizada con {n} respuestas obligatorias pendientes.</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} omitida(s)</translation>
    </message>
    <message>
        <source>Before finishing</source>
        <translation>Antes de finalizar</translation>
    </message>
    <message>
        <source>Back to the interview  (Esc)</source>
        <translation>Volver a la entrevista  (Esc)</translation>
    </message>
    <message>
        <source>{counts}. Enter on one goes there.</source>
        <translation>{counts}. Enter sobre una de ellas lleva allí.</translation>
    </message>
    <message>
        <source>Every question asked has an answer.</source>
        <translation>Todas las preguntas formuladas tienen respuesta.</translation>
    </message>
    <message>
        <source>Finish anyway ({n} missing)…</source>
        <translation>Finalizar de todos modos ({n} pendiente(s))…</translation>
    </message>
    <message>
        <source>Finish the interview…</source>
        <translation>Finalizar la entrevista…</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Finalizar la entrevista</translation>
    </message>
    <message>
        <source>Finish this interview now? A finished interview is closed: it is sealed for the project lead and can no longer be changed on this computer.</source>
        <translation>¿Finalizar esta entrevista ahora? Una entrevista finalizada queda cerrada: se sella para el responsable del proyecto y ya no puede modificarse en este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Todavía no</translation>
    </message>
    <message>
        <source>Interview finished</source>
        <translation>Entrevista finalizada</translation>
    </message>
    <message>
        <source>Back to home  (Enter)</source>
        <translation>Volver al inicio  (Enter)</translation>
    </message>
    <message>
        <source>Completed after {time}.</source>
        <translation>Completada tras {time}.</translation>
    </message>
    <message>
        <source>Sealed for the project lead: nothing of it stays readable on this computer.</source>
        <translation>Sellada para el responsable del proyecto: nada de ella sigue siendo legible en este ordenador.</translation>
    </message>
    <message>
        <source>Not sealed: it stays in this store, encrypted, until it is sealed for the project lead.</source>
        <translation>Sin sellar: permanece en esta base de datos, cifrada, hasta que se selle para el responsable del proyecto.</translation>
    </message>
</context>
<context>
    <name>interview_placeholder</name>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Volver al inicio</translation>
    </message>
    <message>
        <source>The interview screen is not installed in this build.</source>
        <translation>La pantalla de entrevista no está instalada en esta versión.</translation>
    </message>
</context>
<context>
    <name>interview_screen</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation>Revise la respuesta</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Guardado ✓</translation>
    </message>
    <message>
        <source>{problem}  (not recorded: correct it, or Esc for the recorded answer)</source>
        <translation>{problem}  (no registrado: corríjalo, o Esc para la respuesta registrada)</translation>
    </message>
    <message>
        <source>Not saved ({error}); try again, or note it down.</source>
        <translation>No guardado ({error}); vuelva a intentarlo o anótelo.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>Recorded: {special}  (at {time})</source>
        <translation>Registrado: {special}  (a los {time})</translation>
    </message>
    <message>
        <source>Recorded at {time}</source>
        <translation>Registrado a los {time}</translation>
    </message>
    <message>
        <source>{special} is not an answer this question allows.</source>
        <translation>«{special}» no es una respuesta admitida en esta pregunta.</translation>
    </message>
    <message>
        <source>Confirmed with the respondent.</source>
        <translation>Confirmado con el entrevistado.</translation>
    </message>
    <message>
        <source>Respondent declines</source>
        <translation>El entrevistado se niega</translation>
    </message>
    <message>
        <source>Withdraw this interview? Nothing of it will be kept beyond the fact that it was withdrawn.</source>
        <translation>¿Retirar esta entrevista? No se conservará nada de ella, salvo el hecho de que fue retirada.</translation>
    </message>
    <message>
        <source>Consent not saved: {reason}</source>
        <translation>Consentimiento no guardado: {reason}</translation>
    </message>
    <message>
        <source>Quote at {time} (Enter saves, Esc cancels):</source>
        <translation>Cita a los {time} (Enter guarda, Esc cancela):</translation>
    </message>
    <message>
        <source>Note (Enter saves, Esc cancels):</source>
        <translation>Nota (Enter guarda, Esc cancela):</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Quote saved at {time}.</source>
        <translation>Cita guardada a los {time}.</translation>
    </message>
    <message>
        <source>Interview {number}</source>
        <translation>Entrevista {number}</translation>
    </message>
</context>
<context>
    <name>interview_sections</name>
    <message>
        <source>has a quote</source>
        <translation>tiene una cita</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>tiene una nota</translation>
    </message>
    <message>
        <source>{section}: {n} of {total} answered</source>
        <translation>{section}: {n} de {total} respondidas</translation>
    </message>
</context>
<context>
    <name>interview_shortcuts</name>
    <message>
        <source>Next question (records what was typed)</source>
        <translation>Pregunta siguiente (registra lo escrito)</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Scroll the notes or page through a list (never changes the question)</source>
        <translation>Desplazar las notas o una lista (nunca cambia de pregunta)</translation>
    </message>
    <message>
        <source>Record a one-line answer (or the focused choice) and go on</source>
        <translation>Registrar una respuesta de una línea (o la opción seleccionada) y continuar</translation>
    </message>
    <message>
        <source>Pick the n-th choice of a list or scale</source>
        <translation>Elegir la enésima opción de una lista o escala</translation>
    </message>
    <message>
        <source>Yes (Oui) / No on a yes-no question</source>
        <translation>Sí (Yes/Oui) / No en una pregunta de sí o no</translation>
    </message>
    <message>
        <source>Pick or tick the focused choice</source>
        <translation>Elegir o marcar la opción seleccionada</translation>
    </message>
    <message>
        <source>Clear the answer (choices, dates); remove the person in the people table</source>
        <translation>Borrar la respuesta (opciones, fechas); quitar a la persona de la tabla de personas</translation>
    </message>
    <message>
        <source>Undo the typing not yet saved; close the quote or note line</source>
        <translation>Deshacer lo escrito sin guardar; cerrar la línea de cita o nota</translation>
    </message>
    <message>
        <source>Refused (where the question allows it)</source>
        <translation>No responde (si la pregunta lo admite)</translation>
    </message>
    <message>
        <source>Don&apos;t know (where the question allows it)</source>
        <translation>No sabe (si la pregunta lo admite)</translation>
    </message>
    <message>
        <source>Not applicable (where the question allows it)</source>
        <translation>No aplica (si la pregunta lo admite)</translation>
    </message>
    <message>
        <source>Confirmed: the respondent confirmed an unusual answer (the warning goes)</source>
        <translation>Confirmado: el entrevistado confirmó una respuesta inusual (el aviso desaparece)</translation>
    </message>
    <message>
        <source>Mark a quote: the selected notes or a typed line, stamped with the time</source>
        <translation>Marcar una cita: las notas seleccionadas o una línea escrita, con la hora</translation>
    </message>
    <message>
        <source>Add a note to this question</source>
        <translation>Añadir una nota a esta pregunta</translation>
    </message>
    <message>
        <source>Mark the selected text as a person&apos;s name (redacted in every output)</source>
        <translation>Marcar el texto seleccionado como nombre de persona (ocultado en todos los resultados)</translation>
    </message>
    <message>
        <source>Pause or resume the interview clock</source>
        <translation>Pausar o reanudar el reloj de la entrevista</translation>
    </message>
    <message>
        <source>Switch the interview language</source>
        <translation>Cambiar el idioma de la entrevista</translation>
    </message>
    <message>
        <source>Go to section 1 … 9</source>
        <translation>Ir a la sección 1 … 9</translation>
    </message>
    <message>
        <source>Go to the question list (arrows, then Enter to jump)</source>
        <translation>Ir a la lista de preguntas (flechas y luego Enter para saltar)</translation>
    </message>
    <message>
        <source>Overview: every question with its answer (arrows, Enter goes there, Esc back)</source>
        <translation>Resumen: cada pregunta con su respuesta (flechas, Enter lleva allí, Esc vuelve)</translation>
    </message>
    <message>
        <source>Finish: review what is missing</source>
        <translation>Finalizar: revisar lo que falta</translation>
    </message>
    <message>
        <source>Leave to the home screen (the clock pauses)</source>
        <translation>Volver a la pantalla de inicio (el reloj se detiene)</translation>
    </message>
    <message>
        <source>Down (in the name filter)</source>
        <translation>Down (en el filtro de nombres)</translation>
    </message>
    <message>
        <source>Into the list of names; Enter adds the highlighted person</source>
        <translation>A la lista de nombres; Enter añade a la persona resaltada</translation>
    </message>
    <message>
        <source>Shift+Enter (in the name filter)</source>
        <translation>Shift+Enter (en el filtro de nombres)</translation>
    </message>
    <message>
        <source>Add the typed name as someone not on the list</source>
        <translation>Añadir el nombre escrito como alguien que no está en la lista</translation>
    </message>
    <message>
        <source>Enter; 1 … 9, Y / N (people table)</source>
        <translation>Enter; 1 … 9, Y / N (tabla de personas)</translation>
    </message>
    <message>
        <source>Record the cell and go down to the same question for the next person</source>
        <translation>Registrar la celda y bajar a la misma pregunta para la siguiente persona</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab (people table)</source>
        <translation>Tab / Shift+Tab (tabla de personas)</translation>
    </message>
    <message>
        <source>Next or previous cell asked (right, left)</source>
        <translation>Celda formulada siguiente o anterior (derecha, izquierda)</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down (people table)</source>
        <translation>Alt+Up / Alt+Down (tabla de personas)</translation>
    </message>
    <message>
        <source>Move the person up or down</source>
        <translation>Subir o bajar a la persona</translation>
    </message>
    <message>
        <source>Backspace (people table)</source>
        <translation>Backspace (tabla de personas)</translation>
    </message>
    <message>
        <source>Clear the answer in the current cell</source>
        <translation>Borrar la respuesta de la celda actual</translation>
    </message>
    <message>
        <source>next question</source>
        <translation>pregunta siguiente</translation>
    </message>
    <message>
        <source>previous question</source>
        <translation>pregunta anterior</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>no sabe</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <source>confirm an unusual answer</source>
        <translation>confirmar una respuesta inusual</translation>
    </message>
    <message>
        <source>mark a quote</source>
        <translation>marcar una cita</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>añadir una nota</translation>
    </message>
    <message>
        <source>mark the selected text as a name</source>
        <translation>marcar el texto seleccionado como nombre</translation>
    </message>
    <message>
        <source>pause or resume</source>
        <translation>pausar o reanudar</translation>
    </message>
    <message>
        <source>switch language</source>
        <translation>cambiar de idioma</translation>
    </message>
    <message>
        <source>go to the question list</source>
        <translation>ir a la lista de preguntas</translation>
    </message>
    <message>
        <source>overview of the answers</source>
        <translation>resumen de las respuestas</translation>
    </message>
    <message>
        <source>finish: review what is missing</source>
        <translation>finalizar: revisar lo que falta</translation>
    </message>
    <message>
        <source>leave to home (pauses)</source>
        <translation>volver al inicio (pausa)</translation>
    </message>
    <message>
        <source>undo unsaved typing / close the line</source>
        <translation>deshacer lo escrito sin guardar / cerrar la línea</translation>
    </message>
    <message>
        <source>go to section {n}</source>
        <translation>ir a la sección {n}</translation>
    </message>
</context>
<context>
    <name>items</name>
    <message>
        <source>not recorded yet: Enter records this date</source>
        <translation>aún no registrada: Enter registra esta fecha</translation>
    </message>
    <message>
        <source>Put the choices in order: Alt+Up and Alt+Down move the one selected; Enter keeps this order.</source>
        <translation>Ordene las opciones: Alt+Up y Alt+Down mueven la seleccionada; Enter conserva este orden.</translation>
    </message>
    <message>
        <source>Read aloud. Nothing to record: Enter moves on.</source>
        <translation>Leer en voz alta. Nada que registrar: Enter continúa.</translation>
    </message>
    <message>
        <source>({low} to {high})</source>
        <translation>(de {low} a {high})</translation>
    </message>
    <message>
        <source>({low} or more)</source>
        <translation>({low} o más)</translation>
    </message>
    <message>
        <source>(at most {high})</source>
        <translation>(como máximo {high})</translation>
    </message>
    <message>
        <source>Notes on the answer… (saved as you type; Alt+Right or Ctrl+PageDown moves on)</source>
        <translation>Notas sobre la respuesta… (se guardan mientras escribe; Alt+Right o Ctrl+PageDown continúa)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>The file is kept encrypted with the interview, at most {mb} MB; it leaves in an export only if the anonymisation plan keeps this question.</source>
        <translation>El archivo se guarda cifrado con la entrevista, {mb} MB como máximo; solo sale en una exportación si el plan de anonimización conserva esta pregunta.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aún no se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Files of this kind</source>
        <translation>Archivos de este tipo</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>cancelado; no se ha escrito nada</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>{task}…</source>
        <translation>{task}…</translation>
    </message>
    <message>
        <source>{task}: cancelling…</source>
        <translation>{task}: cancelando…</translation>
    </message>
</context>
<context>
    <name>lead_actions</name>
    <message>
        <source>&amp;Hand over to the lead…</source>
        <translation>&amp;Entregar al responsable…</translation>
    </message>
    <message>
        <source>&amp;Merge session files…</source>
        <translation>&amp;Fusionar archivos de sesión…</translation>
    </message>
    <message>
        <source>Co&amp;nflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>&amp;Outputs: export data and reports…</source>
        <translation>&amp;Resultados: exportar datos e informes…</translation>
    </message>
    <message>
        <source>&amp;Enrol interviewer…</source>
        <translation>&amp;Inscribir entrevistador…</translation>
    </message>
    <message>
        <source>&amp;Signing key for enrolment…</source>
        <translation>C&amp;lave de firma para la inscripción…</translation>
    </message>
    <message>
        <source>Save the project&apos;s secret key (bac&amp;kup)…</source>
        <translation>Guardar la clave secreta del proyecto (co&amp;pia)…</translation>
    </message>
    <message>
        <source>&amp;Merge session files…</source>
        <comment>home button</comment>
        <translation>Fusi&amp;onar archivos de sesión…</translation>
    </message>
    <message>
        <source>O&amp;utputs…</source>
        <translation>Res&amp;ultados…</translation>
    </message>
    <message>
        <source>Hand &amp;over to the lead…</source>
        <translation>&amp;Entregar al responsable…</translation>
    </message>
    <message>
        <source>leave to home</source>
        <translation>volver al inicio</translation>
    </message>
</context>
<context>
    <name>lead_agreement</name>
    <message>
        <source>Agreement between coders</source>
        <translation>Acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation>El archivo CSV que se escribirá</translation>
    </message>
    <message>
        <source>Choose the &amp;CSV…</source>
        <translation>E&amp;legir el CSV…</translation>
    </message>
    <message>
        <source>Write &amp;agreement</source>
        <translation>Escribir el ac&amp;uerdo</translation>
    </message>
    <message>
        <source>&amp;Resolve from decisions…</source>
        <translation>&amp;Resolver según las decisiones…</translation>
    </message>
    <message>
        <source>Choose the disagreements file with keep or drop in every decision cell: the codings both coders agree on and those kept are written as the coder &apos;resolved&apos;.</source>
        <translation>Elija el archivo de desacuerdos con keep o drop en cada celda de decisión: las codificaciones en que ambos codificadores coinciden y las conservadas se escriben como el codificador «resolved».</translation>
    </message>
    <message>
        <source>First coder</source>
        <translation>Primer codificador</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>Segundo codificador</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Escribir en</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa per code and Krippendorff&apos;s alpha over the codebook, on the passages both coded; the disagreements go in a second file with a decision column (&apos;fieldkit code resolve&apos; reads it back). The files quote the passages: keep them within the team.</source>
        <translation>Kappa de Cohen por código y alfa de Krippendorff sobre todo el libro de códigos, en los pasajes que ambos codificaron; los desacuerdos van a un segundo archivo con una columna de decisión (&apos;fieldkit code resolve&apos; lo vuelve a leer). Los archivos citan los pasajes: manténgalos dentro del equipo.</translation>
    </message>
    <message>
        <source>Agreement needs two coders who coded the same interviews.</source>
        <translation>El acuerdo necesita dos codificadores que hayan codificado las mismas entrevistas.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Elija dos codificadores distintos.</translation>
    </message>
    <message>
        <source>Disagreements with your decisions</source>
        <translation>Desacuerdos con sus decisiones</translation>
    </message>
    <message>
        <source>Wrote the resolved coding as &apos;{coder}&apos;: {n} codings.</source>
        <translation>Se escribió la codificación resuelta como «{coder}»: {n} codificaciones.</translation>
    </message>
    <message>
        <source>Choose the CSV file to write.</source>
        <translation>Elija el archivo CSV que se escribirá.</translation>
    </message>
    <message>
        <source>Wrote {files}.</source>
        <translation>Se escribió {files}.</translation>
    </message>
</context>
<context>
    <name>lead_conflicts</name>
    <message>
        <source> (person {id})</source>
        <translation> (persona {id})</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Now kept</source>
        <translation>Conservada</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Quotes, notes</source>
        <translation>Citas, notas</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Why this version (recorded with the choice)</source>
        <translation>Por qué esta versión (se registra con la elección)</translation>
    </message>
    <message>
        <source>&amp;Keep the selected version</source>
        <translation>&amp;Conservar la versión seleccionada</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Answers that differ</source>
        <translation>Respuestas que difieren</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>The same interview came back different from two laptops. Both versions are kept until you choose; the choice is recorded.</source>
        <translation>La misma entrevista volvió distinta de dos portátiles. Ambas versiones se conservan hasta que usted elija; la elección queda registrada.</translation>
    </message>
    <message>
        <source>No open conflicts: every interview merged so far came back the same from every laptop. Conflicts appear here after a merge that finds two versions of one interview.</source>
        <translation>No hay conflictos abiertos: cada entrevista fusionada hasta ahora volvió igual de todos los portátiles. Los conflictos aparecen aquí tras una fusión que encuentra dos versiones de una misma entrevista.</translation>
    </message>
    <message>
        <source>Interview {number}</source>
        <translation>Entrevista {number}</translation>
    </message>
    <message>
        <source> No open conflicts.</source>
        <translation> No hay conflictos abiertos.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Version {id}</source>
        <translation>Versión {id}</translation>
    </message>
    <message>
        <source>Recorded the choice for interview {number}.</source>
        <translation>Elección registrada para la entrevista {number}.</translation>
    </message>
</context>
<context>
    <name>lead_handover</name>
    <message>
        <source>1 interview</source>
        <translation>1 entrevista</translation>
    </message>
    <message>
        <source>{n} interviews</source>
        <translation>{n} entrevistas</translation>
    </message>
    <message>
        <source>1 finished interview</source>
        <translation>1 entrevista finalizada</translation>
    </message>
    <message>
        <source>{n} finished interviews</source>
        <translation>{n} entrevistas finalizadas</translation>
    </message>
    <message>
        <source>1 withdrawal</source>
        <translation>1 retirada</translation>
    </message>
    <message>
        <source>{n} withdrawals</source>
        <translation>{n} retiradas</translation>
    </message>
    <message>
        <source>Hand over to the lead</source>
        <translation>Entregar al responsable</translation>
    </message>
    <message>
        <source>Reading what is ready to hand over…</source>
        <translation>Leyendo lo que está listo para entregar…</translation>
    </message>
    <message>
        <source>A folder, for instance on a USB stick</source>
        <translation>Una carpeta, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Folder to write the session file to</source>
        <translation>&amp;Carpeta donde escribir el archivo de sesión</translation>
    </message>
    <message>
        <source>&amp;Write session file</source>
        <translation>Escri&amp;bir archivo de sesión</translation>
    </message>
    <message>
        <source>&amp;Remove handed-over interviews from this computer…</source>
        <translation>&amp;Quitar de este ordenador las entrevistas entregadas…</translation>
    </message>
    <message>
        <source> since session file {n}</source>
        <translation> desde el archivo de sesión {n}</translation>
    </message>
    <message>
        <source>Ready to hand over{since}: {interviews} ({sealed} sealed) and {withdrawals}.</source>
        <translation>Listo para entregar{since}: {interviews} ({sealed} sellada(s)) y {withdrawals}.</translation>
    </message>
    <message>
        <source>1 unfinished interview stays on this computer.</source>
        <translation>1 entrevista sin finalizar permanece en este ordenador.</translation>
    </message>
    <message>
        <source>{n} unfinished interviews stay on this computer.</source>
        <translation>{n} entrevistas sin finalizar permanecen en este ordenador.</translation>
    </message>
    <message>
        <source>It holds {interviews} ({sealed} sealed) and {withdrawals}, readable only by the lead. Give it to the lead; keep it safe until the lead has merged it.</source>
        <translation>Contiene {interviews} ({sealed} sellada(s)) y {withdrawals}, legibles solo por el responsable. Entréguelo al responsable; guárdelo en lugar seguro hasta que lo haya fusionado.</translation>
    </message>
    <message>
        <source>Remove the handed-over interview from this computer?</source>
        <translation>¿Quitar de este ordenador la entrevista entregada?</translation>
    </message>
    <message>
        <source>Remove the {n} handed-over interviews from this computer?</source>
        <translation>¿Quitar de este ordenador las {n} entrevistas entregadas?</translation>
    </message>
    <message>
        <source>They can then only be read from the session file by the lead. Do this only once the file is safely copied (travel with nothing on board).</source>
        <translation>Entonces solo el responsable podrá leerlas, desde el archivo de sesión. Hágalo solo cuando el archivo esté copiado en lugar seguro (viaje sin nada a bordo).</translation>
    </message>
    <message>
        <source>Removed {interviews} from this computer.</source>
        <translation>Quitada(s) de este ordenador: {interviews}.</translation>
    </message>
    <message>
        <source>There is nothing new to hand over{since}.</source>
        <translation>No hay nada nuevo que entregar{since}.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key, which the lead checks with you the first time: {fingerprint}</source>
        <translation>Clave de firma de este ordenador, que el responsable comprueba con usted la primera vez: {fingerprint}</translation>
    </message>
    <message>
        <source>Folder for the session file</source>
        <translation>Carpeta del archivo de sesión</translation>
    </message>
    <message>
        <source>choose an existing folder to write the session file to</source>
        <translation>elija una carpeta existente donde escribir el archivo de sesión</translation>
    </message>
    <message>
        <source>Writing the session file</source>
        <translation>Escribiendo el archivo de sesión</translation>
    </message>
    <message>
        <source>Wrote {file} (session file {n}).</source>
        <translation>Escrito {file} (archivo de sesión {n}).</translation>
    </message>
    <message>
        <source>Remove from this computer?</source>
        <translation>¿Quitar de este ordenador?</translation>
    </message>
</context>
<context>
    <name>lead_merge</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiradas</translation>
    </message>
    <message>
        <source>Reason and notes</source>
        <translation>Motivo y observaciones</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>already merged</source>
        <translation>ya fusionado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>not merged</source>
        <translation>no fusionado</translation>
    </message>
    <message>
        <source>← H&amp;ome</source>
        <translation>← &amp;Inicio</translation>
    </message>
    <message>
        <source>Merge session files</source>
        <translation>Fusionar archivos de sesión</translation>
    </message>
    <message>
        <source>Drop .fksession files anywhere on this screen, or choose them. Each file is checked (signature, hashes, project) and merged whole, or set aside with its reason.</source>
        <translation>Suelte archivos .fksession en cualquier parte de esta pantalla, o elíjalos. Cada archivo se comprueba (firma, hashes, proyecto) y se fusiona entero, o se descarta con su motivo.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>F&amp;iles to merge</source>
        <translation>Arc&amp;hivos que fusionar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Session files to merge</source>
        <translation>Archivos de sesión que fusionar</translation>
    </message>
    <message>
        <source>Session files (*{suffix})</source>
        <translation>Archivos de sesión (*{suffix})</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Fusionando</translation>
    </message>
    <message>
        <source>Not merged: the merge was cancelled before this file</source>
        <translation>No fusionado: la fusión se canceló antes de este archivo</translation>
    </message>
    <message>
        <source>Cancelled: 1 file was not merged; the files merged before stay merged. {summary}</source>
        <translation>Cancelado: 1 archivo no se fusionó; los archivos fusionados antes siguen fusionados. {summary}</translation>
    </message>
    <message>
        <source>Cancelled: {n} files were not merged; the files merged before stay merged. {summary}</source>
        <translation>Cancelado: {n} archivos no se fusionaron; los archivos fusionados antes siguen fusionados. {summary}</translation>
    </message>
    <message>
        <source>1 file merged</source>
        <translation>1 archivo fusionado</translation>
    </message>
    <message>
        <source>{n} files merged</source>
        <translation>{n} archivos fusionados</translation>
    </message>
    <message>
        <source>1 new interview</source>
        <translation>1 entrevista nueva</translation>
    </message>
    <message>
        <source>{n} new interviews</source>
        <translation>{n} entrevistas nuevas</translation>
    </message>
    <message>
        <source>{files}, {rejected} set aside; {interviews}, {conflicting} conflicting.</source>
        <translation>{files}, {rejected} descartado(s); {interviews}, {conflicting} en conflicto.</translation>
    </message>
    <message>
        <source>Accept this interviewer&apos;s key?</source>
        <translation>¿Aceptar la clave de este entrevistador?</translation>
    </message>
    <message>
        <source>An unnamed interviewer</source>
        <translation>Un entrevistador sin nombre</translation>
    </message>
    <message>
        <source>{who} (laptop {laptop}) signed 1 file with a key this master has not seen before.</source>
        <translation>{who} (portátil {laptop}) firmó 1 archivo con una clave que esta base maestra no ha visto antes.</translation>
    </message>
    <message>
        <source>{who} (laptop {laptop}) signed {n} files with a key this master has not seen before.</source>
        <translation>{who} (portátil {laptop}) firmó {n} archivos con una clave que esta base maestra no ha visto antes.</translation>
    </message>
    <message>
        <source>Key fingerprint:
{fingerprint}

Accept it only if the interviewer reads you the same fingerprint (shown in their &apos;Hand over to the lead&apos; window). Later files from this laptop must carry the same key.</source>
        <translation>Huella de la clave:
{fingerprint}

Acéptela solo si el entrevistador le lee la misma huella (mostrada en su ventana «Entregar al responsable»). Los archivos posteriores de este portátil deberán llevar la misma clave.</translation>
    </message>
    <message>
        <source>Accept key and merge</source>
        <translation>Aceptar la clave y fusionar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>&amp;Numbering…</source>
        <translation>&amp;Numeración…</translation>
    </message>
</context>
<context>
    <name>lead_numbering</name>
    <message>
        <source>Study numbers</source>
        <translation>Números del estudio</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocolo</translation>
    </message>
    <message>
        <source>&amp;Number by</source>
        <translation>&amp;Numerar según</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Bloques</translation>
    </message>
    <message>
        <source>&amp;Set scheme</source>
        <translation>&amp;Definir el esquema</translation>
    </message>
    <message>
        <source>C&amp;lear scheme</source>
        <translation>Bo&amp;rrar el esquema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Interviews not yet numbered get the next number in the block of their answer; numbers already given never change.</source>
        <translation>Las entrevistas aún sin número reciben el siguiente número del bloque de su respuesta; los números ya asignados nunca cambian.</translation>
    </message>
    <message>
        <source>No scheme: interviews are numbered 1.. in the order they started.</source>
        <translation>Sin esquema: las entrevistas se numeran 1.. en el orden en que empezaron.</translation>
    </message>
</context>
<context>
    <name>lead_output_work</name>
    <message>
        <source>reading the interviews</source>
        <translation>leyendo las entrevistas</translation>
    </message>
</context>
<context>
    <name>lead_outputs</name>
    <message>
        <source>CSV with codebook</source>
        <translation>CSV con libro de códigos</translation>
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
        <translation>Red GraphML</translation>
    </message>
    <message>
        <source>Study summary (PDF)</source>
        <translation>Resumen del estudio (PDF)</translation>
    </message>
    <message>
        <source>Interview summary (PDF)</source>
        <translation>Resumen de una entrevista (PDF)</translation>
    </message>
    <message>
        <source>Coding report (PDF)</source>
        <translation>Informe de codificación (PDF)</translation>
    </message>
    <message>
        <source>Anonymisation report (PDF)</source>
        <translation>Informe de anonimización (PDF)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Proyecto REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>Identified data name people. Keep them within the team, on encrypted disks, and never share them.</source>
        <translation>Los datos identificados nombran a personas. Manténgalos dentro del equipo, en discos cifrados, y no los comparta nunca.</translation>
    </message>
    <message>
        <source>← Ho&amp;me</source>
        <translation>← &amp;Inicio</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Optional (default: the protocol&apos;s own)</source>
        <translation>Opcional (por defecto: el del protocolo)</translation>
    </message>
    <message>
        <source>Without a plan, the one the protocol&apos;s disclosure classes imply is used.</source>
        <translation>Sin plan, se usa el que implican las clases de divulgación del protocolo.</translation>
    </message>
    <message>
        <source>Choose &amp;plan…</source>
        <translation>Elegir &amp;plan…</translation>
    </message>
    <message>
        <source>&amp;Identified data (team only)</source>
        <translation>Datos identificados (&amp;solo el equipo)</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Export data</source>
        <translation>&amp;Exportar datos</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>Anonymisation plan</source>
        <translation>Plan de anonimización</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Escribir en</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Identified (team o&amp;nly; every page says so)</source>
        <translation>Identificado (solo el equip&amp;o; cada página lo indica)</translation>
    </message>
    <message>
        <source>The PDF to write</source>
        <translation>El PDF que escribir</translation>
    </message>
    <message>
        <source>Choose the P&amp;DF…</source>
        <translation>Elegir el P&amp;DF…</translation>
    </message>
    <message>
        <source>Ma&amp;ke report</source>
        <translation>&amp;Generar informe</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Pro&amp;tocol</source>
        <translation>Pro&amp;tocolo</translation>
    </message>
    <message>
        <source>Outputs are anonymised through the plan unless you choose identified data. Only readable interviews of the chosen protocol are included (sealed ones become readable once merged).</source>
        <translation>Los resultados se anonimizan según el plan, salvo que elija datos identificados. Solo se incluyen las entrevistas legibles del protocolo elegido (las selladas pasan a ser legibles una vez fusionadas).</translation>
    </message>
    <message>
        <source>Plans (*.yaml *.yml)</source>
        <translation>Planes (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Carpeta de la exportación</translation>
    </message>
    <message>
        <source>Choose at least one format and a folder to write to.</source>
        <translation>Elija al menos un formato y una carpeta donde escribir.</translation>
    </message>
    <message>
        <source>Exporting data</source>
        <translation>Exportando datos</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder} (IDENTIFIED data).</source>
        <translation>Escrito en {folder}: {files} (datos IDENTIFICADOS).</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}.</source>
        <translation>Escrito en {folder}: {files}.</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
    <message>
        <source>Choose the PDF file to write.</source>
        <translation>Elija el archivo PDF que escribir.</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Se escribió {file}.</translation>
    </message>
    <message>
        <source>Refused: below a threshold of the plan</source>
        <translation>Rechazado: por debajo de un umbral del plan</translation>
    </message>
    <message>
        <source>This anonymised output was refused: some respondents could be re-identified in it, because it falls below the plan&apos;s k or l threshold.</source>
        <translation>Esta salida anonimizada se ha rechazado: algunos encuestados podrían ser reidentificados en ella, porque queda por debajo del umbral k o l del plan.</translation>
    </message>
    <message>
        <source>Details of the refusal</source>
        <translation>Detalles del rechazo</translation>
    </message>
    <message>
        <source>Why is this output safe to write? (kept in the audit log)</source>
        <translation>¿Por qué es seguro escribir este resultado? (se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>&amp;Write with this reason</source>
        <translation>E&amp;scribir con este motivo</translation>
    </message>
    <message>
        <source>Generalise or suppress more in the plan, or write it anyway with your reason: the reason is kept in the store&apos;s encrypted audit log, never in the output.</source>
        <translation>Generalice o suprima más en el plan, o escríbalo de todos modos con su motivo: el motivo se guarda en el registro de auditoría cifrado de la base de datos, nunca en el resultado.</translation>
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
    <name>name_generator</name>
    <message>
        <source>Enter adds · ↓ into the list · Tab to the table · a digit or Y/N answers a cell · in the table Enter goes down, Tab right · Delete removes · Alt+↑/↓ reorders · Backspace clears a cell</source>
        <translation>Enter añade · ↓ a la lista · Tab a la tabla · un dígito o Y/N responde una celda · en la tabla Enter baja, Tab a la derecha · Delete quita · Alt+↑/↓ reordena · Backspace vacía una celda</translation>
    </message>
    <message>
        <source>F&amp;ind on the list (a name, group or alliance):</source>
        <translation>&amp;Buscar en la lista (un nombre, grupo o alianza):</translation>
    </message>
    <message>
        <source>Named: {n}</source>
        <translation>Mencionados: {n}</translation>
    </message>
    <message>
        <source>Named: nobody yet</source>
        <translation>Mencionados: nadie por ahora</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Añadir «{name}»</translation>
    </message>
    <message>
        <source>Add “{name}”
not on the list  (Shift+Enter)</source>
        <translation>Añadir «{name}»
que no está en la lista  (Shift+Enter)</translation>
    </message>
    <message>
        <source>Add “{name}” as someone not on the list</source>
        <translation>Añadir «{name}» como alguien que no está en la lista</translation>
    </message>
    <message>
        <source>Named: {n} · added {name}</source>
        <translation>Mencionados: {n} · añadido: {name}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} quitado(a).</translation>
    </message>
    <message>
        <source>No one on the list matches “{text}”.</source>
        <translation>Nadie en la lista coincide con «{text}».</translation>
    </message>
    <message>
        <source>Only people on the list can be named here: “{text}” was not added.</source>
        <translation>Aquí solo pueden nombrarse personas de la lista: «{text}» no se ha añadido.</translation>
    </message>
</context>
<context>
    <name>name_marking</name>
    <message>
        <source>Select the name first, then press {keys}.</source>
        <translation>Seleccione primero el nombre y pulse {keys}.</translation>
    </message>
    <message>
        <source>Marked “{name}” as a name: every anonymised output redacts it.</source>
        <translation>«{name}» marcado como nombre: todos los resultados anonimizados lo ocultan.</translation>
    </message>
    <message>
        <source>Not marked: {reason}.</source>
        <translation>No marcado: {reason}.</translation>
    </message>
</context>
<context>
    <name>page_parts</name>
    <message>
        <source>Something went wrong inside fieldkit ({error}); nothing was lost. Try again, and report it if it happens again.</source>
        <translation>Se produjo un error interno en fieldkit ({error}); no se ha perdido nada. Vuelva a intentarlo y notifíquelo si se repite.</translation>
    </message>
</context>
<context>
    <name>people_table</name>
    <message>
        <source>names, commas between</source>
        <translation>nombres, separados por comas</translation>
    </message>
    <message>
        <source>Type the names (or their first letters, or their numbers), commas between: {shown}</source>
        <translation>Escriba los nombres (o sus primeras letras, o sus números), separados por comas: {shown}</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>… {n} more: point at a column title</source>
        <translation>… {n} más: señale un título de columna</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>{name} (not on the list)</source>
        <translation>{name} (no está en la lista)</translation>
    </message>
    <message>
        <source>Not asked for this person</source>
        <translation>No se formula para esta persona</translation>
    </message>
</context>
<context>
    <name>review_dialog</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>No question has been answered yet.</source>
        <translation>Todavía no se ha respondido ninguna pregunta.</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Respuestas</translation>
    </message>
    <message>
        <source>&amp;Coding</source>
        <translation>&amp;Codificación</translation>
    </message>
</context>
<context>
    <name>reviewer</name>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelta</translation>
    </message>
    <message>
        <source>{at}  {decision} by {reviewer}</source>
        <translation>{at}  {decision} por {reviewer}</translation>
    </message>
    <message>
        <source>Your name as it should appear in the record</source>
        <translation>Su nombre tal como debe figurar en el registro</translation>
    </message>
    <message>
        <source>What the team should change (needed to return the export), or a note with an approval</source>
        <translation>Lo que el equipo debe cambiar (necesario para devolver la exportación), o una nota que acompañe una aprobación</translation>
    </message>
    <message>
        <source>&amp;Approve this export</source>
        <translation>A&amp;probar esta exportación</translation>
    </message>
    <message>
        <source>Ret&amp;urn with comments</source>
        <translation>Devolver con co&amp;mentarios</translation>
    </message>
    <message>
        <source>Decisions recorded so far</source>
        <translation>Decisiones registradas hasta ahora</translation>
    </message>
    <message>
        <source>Revie&amp;wer&apos;s name</source>
        <translation>Nombre del r&amp;evisor</translation>
    </message>
    <message>
        <source>Co&amp;mments</source>
        <translation>C&amp;omentarios</translation>
    </message>
    <message>
        <source>The decision is added to review.json in the export folder with your name and the time. The data files are never changed.</source>
        <translation>La decisión se añade a review.json en la carpeta de la exportación, con su nombre y la hora. Los archivos de datos nunca se modifican.</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>Decisiones hasta ahora</translation>
    </message>
    <message>
        <source>Only an intact, anonymised export can be approved.</source>
        <translation>Solo se puede aprobar una exportación íntegra y anonimizada.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguna por ahora.</translation>
    </message>
    <message>
        <source>Recorded: {decision} by {reviewer} at {at}.</source>
        <translation>Registrado: {decision} por {reviewer} el {at}.</translation>
    </message>
    <message>
        <source>Open an export for &amp;review…</source>
        <translation>&amp;Abrir una exportación para revisión…</translation>
    </message>
    <message>
        <source>Open an export folder for review</source>
        <translation>Abrir una carpeta de exportación para revisión</translation>
    </message>
    <message>
        <source>Not an export folder</source>
        <translation>No es una carpeta de exportación</translation>
    </message>
    <message>
        <source>Review of the export “{name}”</source>
        <translation>Revisión de la exportación «{name}»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Protocol {id} version {version} · plan {plan} · {folder}</source>
        <translation>Protocolo {id} versión {version} · plan {plan} · {folder}</translation>
    </message>
    <message>
        <source>Integrity of the export&apos;s files</source>
        <translation>Integridad de los archivos de la exportación</translation>
    </message>
    <message>
        <source>&amp;Close review</source>
        <translation>&amp;Cerrar revisión</translation>
    </message>
    <message>
        <source>This export holds IDENTIFIED data (no anonymisation record): it is for the team only and cannot be approved for sharing.</source>
        <translation>Esta exportación contiene datos IDENTIFICADOS (sin registro de anonimización): es solo para el equipo y no puede aprobarse para su difusión.</translation>
    </message>
    <message>
        <source>&amp;Variables ({n})</source>
        <translation>Varia&amp;bles ({n})</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Riesgo</translation>
    </message>
    <message>
        <source>Redacted &amp;texts ({n})</source>
        <translation>&amp;Textos ocultados ({n})</translation>
    </message>
    <message>
        <source>&amp;Names to check ({n})</source>
        <translation>&amp;Nombres que revisar ({n})</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decisión</translation>
    </message>
    <message>
        <source>{name}: {n} entries</source>
        <translation>{name}: {n} entradas</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificadas</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>(not in the output)</source>
        <translation>(no está en el resultado)</translation>
    </message>
    <message>
        <source>none: identified data</source>
        <translation>ninguna: datos identificados</translation>
    </message>
    <message>
        <source>Variables and what was done to each</source>
        <translation>Las variables y lo que se hizo con cada una</translation>
    </message>
    <message>
        <source>Check this variable: it has a warning, or identifying content was kept</source>
        <translation>Revise esta variable: tiene un aviso, o se conservó contenido identificativo</translation>
    </message>
    <message>
        <source>Filter by table, variable, action or class</source>
        <translation>Filtrar por tabla, variable, acción o clase</translation>
    </message>
    <message>
        <source>Filter the variables</source>
        <translation>Filtrar las variables</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <source>Who is assumed to try</source>
        <translation>Quién se supone que lo intentaría</translation>
    </message>
    <message>
        <source>l-diversity of {name}</source>
        <translation>l-diversidad de {name}</translation>
    </message>
    <message>
        <source>Equivalence classes</source>
        <translation>Clases de equivalencia</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <source>Suggestions to reach the target k</source>
        <translation>Sugerencias para alcanzar el k objetivo</translation>
    </message>
    <message>
        <source>Replacements in free text</source>
        <translation>Sustituciones en el texto libre</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>k-anonymity (smallest group sharing all quasi-identifiers)</source>
        <translation>k-anonimato (grupo más pequeño que comparte todos los cuasi-identificadores)</translation>
    </message>
    <message>
        <source>k-map (smallest group in the roster)</source>
        <translation>k-map (grupo más pequeño en la lista de referencia)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The plan asks for &lt;b&gt;k &amp;ge; {k}&lt;/b&gt; and &lt;b&gt;l &amp;ge; {l}&lt;/b&gt;. Quasi-identifiers: {quasi}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El plan exige &lt;b&gt;k &amp;ge; {k}&lt;/b&gt; y &lt;b&gt;l &amp;ge; {l}&lt;/b&gt;. Cuasi-identificadores: {quasi}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Records at risk after anonymisation (interview numbers)&lt;/h3&gt;&lt;p&gt;Below k in the sample: {sample}&lt;br&gt;Below k against the roster: {roster}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Registros en riesgo tras la anonimización (números de entrevista)&lt;/h3&gt;&lt;p&gt;Por debajo de k en la muestra: {sample}&lt;br&gt;Por debajo de k respecto a la lista de referencia: {roster}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Interview {number}: {variables}</source>
        <translation>Entrevista {number}: {variables}</translation>
    </message>
    <message>
        <source>k would be {k} (reaches the target)</source>
        <translation>k sería {k} (alcanza el objetivo)</translation>
    </message>
    <message>
        <source>k would be {k}</source>
        <translation>k sería {k}</translation>
    </message>
    <message>
        <source>None needed: the anonymised data reach the target.</source>
        <translation>Ninguna necesaria: los datos anonimizados alcanzan el objetivo.</translation>
    </message>
    <message>
        <source>The lead wrote this output below a threshold of the plan, with a reason kept in the team&apos;s encrypted audit log.</source>
        <translation>El responsable escribió este resultado por debajo de un umbral del plan, con un motivo guardado en el registro de auditoría cifrado del equipo.</translation>
    </message>
    <message>
        <source>Disclosure risk</source>
        <translation>Riesgo de divulgación</translation>
    </message>
    <message>
        <source>This export is not anonymised, so it has no risk figures.</source>
        <translation>Esta exportación no está anonimizada, así que no tiene cifras de riesgo.</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Looks like a name</source>
        <translation>Parece un nombre</translation>
    </message>
    <message>
        <source>Possible names left in the texts</source>
        <translation>Posibles nombres que quedan en los textos</translation>
    </message>
    <message>
        <source>Redaction left these capitalised words in the texts. Check each one: press Enter or double-click to see it in its text.</source>
        <translation>La ocultación dejó estas palabras con mayúscula en los textos. Revise cada una: pulse Enter o haga doble clic para verla en su texto.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Interview {number}</source>
        <translation>Entrevista {number}</translation>
    </message>
    <message>
        <source>No interview number</source>
        <translation>Sin número de entrevista</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>pregunta {id}</translation>
    </message>
    <message>
        <source>Find in the texts, or an interview number</source>
        <translation>Buscar en los textos, o un número de entrevista</translation>
    </message>
    <message>
        <source>Filter the redacted texts</source>
        <translation>Filtrar los textos ocultados</translation>
    </message>
    <message>
        <source>Only texts with this kind of placeholder</source>
        <translation>Solo los textos con este tipo de marcador</translation>
    </message>
    <message>
        <source>Redacted texts</source>
        <translation>Textos ocultados</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Marcadores:</translation>
    </message>
    <message>
        <source>none in these texts</source>
        <translation>ninguno en estos textos</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>No redacted text matches the filter.</source>
        <translation>Ningún texto ocultado coincide con el filtro.</translation>
    </message>
    <message>
        <source>This export has no redacted texts.</source>
        <translation>Esta exportación no tiene textos ocultados.</translation>
    </message>
    <message>
        <source>{kind} placeholder</source>
        <translation>Marcador {kind}</translation>
    </message>
</context>
<context>
    <name>soft_check</name>
    <message>
        <source>Confirmed  {keys}</source>
        <translation>Confirmado  {keys}</translation>
    </message>
    <message>
        <source>The respondent confirmed this answer: keep it as given ({keys}); Enter goes on without confirming, and the review before finishing lists it</source>
        <translation>El entrevistado confirmó esta respuesta: conservarla tal cual ({keys}); Enter continúa sin confirmar, y la revisión antes de finalizar la incluye</translation>
    </message>
</context>
<context>
    <name>start_dialog</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation>Iniciar una entrevista</translation>
    </message>
    <message>
        <source>e.g. R-017</source>
        <translation>p. ej., R-017</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Protocolo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Respondent code</source>
        <translation>&amp;Código del entrevistado</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Use the code from your contact sheet, never the respondent&apos;s name.</source>
        <translation>Use el código de su hoja de contactos, nunca el nombre del entrevistado.</translation>
    </message>
    <message>
        <source>{code} is already the code of {interview}. If it is the same respondent, cancel and resume that interview; if not, use another code.</source>
        <translation>{code} ya es el código de la {interview}. Si es el mismo entrevistado, cancele y reanude esa entrevista; si no, use otro código.</translation>
    </message>
</context>
<context>
    <name>typed_choices</name>
    <message>
        <source>“{word}” begins more than one choice; type more of it (the choices: {shown}).</source>
        <translation>«{word}» es el comienzo de más de una opción; escriba algo más (las opciones: {shown}).</translation>
    </message>
    <message>
        <source>“{word}” is not among the choices offered here: {shown}.</source>
        <translation>«{word}» no está entre las opciones ofrecidas aquí: {shown}.</translation>
    </message>
    <message>
        <source>No choice is offered here yet.</source>
        <translation>Aquí todavía no se ofrece ninguna opción.</translation>
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
        <translation>Esta base de datos está abierta en otra ventana de fieldkit. Cierre primero esa ventana (puede estar en otro escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unlock fieldkit</source>
        <translation>Desbloquear fieldkit</translation>
    </message>
    <message>
        <source>Type the passphrase of this computer&apos;s interview store.
Store: {folder}</source>
        <translation>Escriba la frase de contraseña de la base de datos de entrevistas de este ordenador.
Base de datos: {folder}</translation>
    </message>
    <message>
        <source>Open an &amp;export for review…</source>
        <translation>Abrir una &amp;exportación para revisión…</translation>
    </message>
</context>
</TS>
