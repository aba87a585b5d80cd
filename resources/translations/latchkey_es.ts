<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuthError</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in about %n minute(s).</source>
        <translation>
            <numerusform>Vuelva a intentarlo en aproximadamente %n minuto.</numerusform>
            <numerusform>Vuelva a intentarlo en aproximadamente %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This is not a phone number we can send a code to. Check the country and the number.</source>
        <translation>No es posible enviar un código a este número de teléfono. Compruebe el país y el número.</translation>
    </message>
    <message>
        <source>This number is not registered for your account. Use the number your organisation has on file.</source>
        <translation>Este número no está registrado en su cuenta. Use el número que su organización tiene registrado.</translation>
    </message>
    <message>
        <source>That code is not correct. Check it and try again.</source>
        <translation>El código no es correcto. Compruébelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This code expired or was already used. Send a new code.</source>
        <translation>Este código ha caducado o ya se ha utilizado. Solicite un código nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong codes.</source>
        <translation>Demasiados códigos incorrectos.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number.</source>
        <translation>Se han enviado demasiados códigos a este número.</translation>
    </message>
    <message>
        <source>Too many attempts.</source>
        <translation>Demasiados intentos.</translation>
    </message>
    <message>
        <source>A code is already on its way to this number. Wait a moment, then try again.</source>
        <translation>Ya hay un código en camino a este número. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This number cannot receive text messages. You can get the code by phone call instead.</source>
        <translation>Este número no puede recibir SMS. En su lugar, puede recibir el código mediante una llamada telefónica.</translation>
    </message>
    <message>
        <source>This way of sending codes is turned off by your organisation. Choose another.</source>
        <translation>Su organización ha desactivado este método de envío de códigos. Elija otro.</translation>
    </message>
    <message>
        <source>Fraud protection is blocking codes to numbers like this one for a while (up to 12 hours). Try again later or contact your help desk.</source>
        <translation>La protección contra el fraude bloquea temporalmente los códigos a números como este (hasta 12 horas). Vuelva a intentarlo más tarde o póngase en contacto con su servicio de asistencia.</translation>
    </message>
    <message>
        <source>Codes cannot be sent to this country. Contact your help desk.</source>
        <translation>No se pueden enviar códigos a este país. Póngase en contacto con su servicio de asistencia.</translation>
    </message>
    <message>
        <source>The verification service is not allowed to send codes at the moment. Contact your administrator.</source>
        <translation>El servicio de verificación no tiene permiso para enviar códigos en este momento. Póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>Codes cannot be sent to this number right now. Try again later or contact your help desk.</source>
        <translation>En este momento no se pueden enviar códigos a este número. Vuelva a intentarlo más tarde o póngase en contacto con su servicio de asistencia.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>El servidor no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>The server did not accept the request: %1</source>
        <translation>El servidor no aceptó la solicitud: %1</translation>
    </message>
    <message>
        <source>The verification service refused Latchkey&apos;s credentials. Contact your administrator.</source>
        <translation>El servicio de verificación rechazó las credenciales de Latchkey. Póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>The verification service was not found. Contact your administrator.</source>
        <translation>No se encontró el servicio de verificación. Póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>The server reported an error (%1): %2</source>
        <translation>El servidor informó de un error (%1): %2</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>El servidor tuvo un problema. Vuelva a intentarlo en unos instantes.</translation>
    </message>
    <message>
        <source>The server had a problem: %1</source>
        <translation>El servidor tuvo un problema: %1</translation>
    </message>
    <message>
        <source>The server sent an answer Latchkey cannot read.</source>
        <translation>El servidor envió una respuesta que Latchkey no puede leer.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Check your connection and try again.</source>
        <translation>El servidor tardó demasiado en responder. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check your connection.</source>
        <translation>No se encontró la dirección del servidor. Compruebe su conexión.</translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down; try again later.</source>
        <translation>El servidor rechazó la conexión. Puede que no esté disponible; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>No se pudo establecer una conexión segura con el servidor.</translation>
    </message>
    <message>
        <source>The server tried to send Latchkey elsewhere, which is not allowed.</source>
        <translation>El servidor intentó redirigir Latchkey a otro lugar, lo cual no está permitido.</translation>
    </message>
    <message>
        <source>The server address must use https.</source>
        <translation>La dirección del servidor debe usar https.</translation>
    </message>
    <message>
        <source>The network is not available. Check your connection and try again.</source>
        <translation>La red no está disponible. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Latchkey is not configured correctly.</source>
        <translation>Latchkey no está configurado correctamente.</translation>
    </message>
    <message>
        <source>A code has 4 to 10 digits (0 to 9).</source>
        <translation>Un código tiene entre 4 y 10 dígitos (del 0 al 9).</translation>
    </message>
    <message>
        <source>The server said: “%1” Send a new code.</source>
        <translation>El servidor dice: «%1» Pida un código nuevo.</translation>
    </message>
    <message>
        <source>The server said: “%1” Send a new code later.</source>
        <translation>El servidor dice: «%1» Pida un código nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large, so Latchkey stopped reading it. Try again later or contact your help desk.</source>
        <translation>La respuesta del servidor era demasiado grande, así que Latchkey dejó de leerla. Inténtelo más tarde o contacte con su servicio de asistencia.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not correct. %n attempt(s) left.</source>
        <translation>
            <numerusform>El código no es correcto. Le queda %n intento.</numerusform>
            <numerusform>El código no es correcto. Le quedan %n intentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit (code 0).</source>
        <translation>Mostrar esta ayuda y salir (código 0).</translation>
    </message>
    <message>
        <source>Show the version and exit (code 0).</source>
        <translation>Mostrar la versión y salir (código 0).</translation>
    </message>
    <message>
        <source>Sign in against the built-in sandbox: a demo account, and codes shown in the app and on stderr instead of being sent.</source>
        <translation>Iniciar sesión en el sandbox integrado: una cuenta de demostración y códigos que se muestran en la aplicación y en stderr en lugar de enviarse.</translation>
    </message>
    <message>
        <source>How to sign in: backend (the organisation&apos;s server), twilio (direct Twilio Verify) or sandbox.</source>
        <translation>Cómo iniciar sesión: backend (el servidor de la organización), twilio (Twilio Verify directamente) o sandbox.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>The organisation&apos;s backend, as an https origin (http only on this computer).</source>
        <translation>El backend de la organización, como origen https (http solo en este equipo).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Direct mode: the Twilio Verify API&apos;s origin (https://verify.twilio.com).</source>
        <translation>Modo directo: el origen de la API de Twilio Verify (https://verify.twilio.com).</translation>
    </message>
    <message>
        <source>Direct mode: the Verify Service SID (VA followed by 32 hex digits).</source>
        <translation>Modo directo: el SID del servicio de Verify (VA seguido de 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>sid</source>
        <translation>sid</translation>
    </message>
    <message>
        <source>Fill in this username.</source>
        <translation>Rellenar este nombre de usuario.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Sign in on the terminal instead of in a window.</source>
        <translation>Iniciar sesión en el terminal en lugar de en una ventana.</translation>
    </message>
    <message>
        <source>Show every effective setting with its source, check them and the server, and exit (0 when all is well, 3 on a problem).</source>
        <translation>Mostrar cada parámetro efectivo con su origen, comprobarlos junto con el servidor y salir (0 si todo está bien, 3 si hay un problema).</translation>
    </message>
    <message>
        <source>Print a support bundle (version, system, settings, proxy, connection, recent log lines) with secrets and phone numbers removed, and exit (code 0, which never means a sign-in happened).</source>
        <translation>Imprimir un paquete de soporte (versión, sistema, parámetros, proxy, conexión, últimas líneas del registro) sin secretos ni números de teléfono, y salir (código 0, que nunca significa que se haya iniciado sesión).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--check-config and --diagnose are separate reports: use one at a time.</source>
        <translation>--check-config y --diagnose son informes distintos: use solo uno cada vez.</translation>
    </message>
    <message>
        <source>--sandbox and --mode %1 contradict each other.</source>
        <translation>--sandbox y --mode %1 se contradicen.</translation>
    </message>
    <message>
        <source>%1 cannot be combined with the sandbox, which is its own server.</source>
        <translation>%1 no se puede combinar con el sandbox, que es su propio servidor.</translation>
    </message>
    <message>
        <source>Direct mode: read the Twilio API key SID and its secret from standard input (never from the command line), check them against the Verify service and keep them in the keychain; exit 0, or 3 with the reason.</source>
        <translation>Modo directo: leer el SID de la clave de API de Twilio y su secreto de la entrada estándar (nunca de la línea de comandos), comprobarlos con el servicio de Verify y guardarlos en el llavero; sale con 0, o con 3 y el motivo.</translation>
    </message>
    <message>
        <source>Forget the remembered session, this computer&apos;s enrolment (direct mode&apos;s local account) and the Twilio secret, and exit (code 0). The next direct-mode sign-in enrols again.</source>
        <translation>Olvidar la sesión recordada, el registro de este equipo (la cuenta local del modo directo) y el secreto de Twilio, y salir (código 0). El próximo inicio de sesión en modo directo vuelve a registrar el equipo.</translation>
    </message>
    <message>
        <source>%1 cannot be combined: use one at a time.</source>
        <translation>%1 no se pueden combinar: use solo una cada vez.</translation>
    </message>
    <message>
        <source>For a program that waits on this sign-in: close as soon as it is approved (no last page) and print one JSON line with the outcome on standard output.</source>
        <translation>Para un programa que espera este inicio de sesión: cerrar en cuanto se apruebe (sin la última página) y escribir una línea JSON con el resultado en la salida estándar.</translation>
    </message>
    <message>
        <source>Forget the remembered session and the remembered device on this computer and exit (code 0).</source>
        <translation>Olvidar la sesión recordada y el dispositivo recordado en este ordenador y salir (código 0).</translation>
    </message>
    <message>
        <source>Direct mode: sign in (password and a code to the enrolled number), then verify a new number and keep it in its place; remembered devices are forgotten. Exit 0 once changed, 1 if cancelled, 3 in backend mode, where the organisation&apos;s backend manages phone numbers.</source>
        <translation>Modo directo: iniciar sesión (contraseña y un código al número registrado), después verificar un número nuevo y guardarlo en su lugar; los dispositivos recordados se olvidan. Sale con 0 una vez cambiado, con 1 si se cancela y con 3 en modo backend, donde el backend de la organización gestiona los números de teléfono.</translation>
    </message>
    <message>
        <source>--change-number and --print-result cannot be combined: use one at a time.</source>
        <translation>--change-number y --print-result no se pueden combinar: use una sola a la vez.</translation>
    </message>
    <message>
        <source>--print-result only goes with a sign-in.</source>
        <translation>--print-result solo se puede usar con un inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 is given more than once: give it once.</source>
        <translation>%1 se ha indicado más de una vez: indíquelo una sola vez.</translation>
    </message>
    <message>
        <source>%1 needs a value, not an empty one.</source>
        <translation>%1 necesita un valor, no uno vacío.</translation>
    </message>
    <message>
        <source>Sign in, then run the program given after -- (latchkey --exec -- PROGRAM [ARGS...]) with the same input and output, and exit with its exit code. Latchkey&apos;s own failures exit 125; a program that cannot be run, 126; one that is not found, 127.</source>
        <translation>Iniciar sesión y luego ejecutar el programa indicado tras -- (latchkey --exec -- PROGRAMA [ARGUMENTOS...]) con la misma entrada y salida, y terminar con su código de salida. Los fallos del propio Latchkey terminan con 125; un programa que no se puede ejecutar, con 126; uno que no se encuentra, con 127.</translation>
    </message>
    <message>
        <source>With --exec: the audience the backend&apos;s assertion is asked for (Gate/Audience).</source>
        <translation>Con --exec: la audiencia para la que se pide la aserción del backend (Gate/Audience).</translation>
    </message>
    <message>
        <source>Latchkey signs you in with a password and a one-time code sent to your phone.

Exit codes: 0 signed in, 1 cancelled, 2 failed, 3 configuration or usage error.
With --exec: the program&apos;s exit code; 125 not signed in or Latchkey&apos;s own error, 126 program cannot be run, 127 program not found.
--help and --version also exit 0; that never means a sign-in happened.</source>
        <translation>Latchkey inicia su sesión con una contraseña y un código de un solo uso enviado a su teléfono.

Códigos de salida: 0 sesión iniciada, 1 cancelado, 2 fallido, 3 error de configuración o de uso.
Con --exec: el código de salida del programa; 125 sesión no iniciada o error del propio Latchkey, 126 el programa no se puede ejecutar, 127 programa no encontrado.
--help y --version también terminan con 0; eso nunca significa que se haya iniciado sesión.</translation>
    </message>
    <message>
        <source>--exec and --print-result cannot be combined: the program owns standard output. Check Latchkey&apos;s exit code instead.</source>
        <translation>--exec y --print-result no se pueden combinar: la salida estándar es del programa. Compruebe en su lugar el código de salida de Latchkey.</translation>
    </message>
    <message>
        <source>--exec needs a program after --: latchkey --exec -- PROGRAM [ARGS...]</source>
        <translation>--exec necesita un programa después de --: latchkey --exec -- PROGRAMA [ARGUMENTOS...]</translation>
    </message>
    <message>
        <source>--exec-audience only goes with --exec.</source>
        <translation>--exec-audience solo se usa junto con --exec.</translation>
    </message>
    <message>
        <source>Show sign-in figures for a period (attempts, conversion, channels, countries, price, Fraud Guard blocks and rate-limit refusals): from Twilio in direct mode, from the backend after a sign-in on the terminal in backend mode, from this computer&apos;s audit log with --local. Exit 0, 2 if they cannot be read, 3 on a configuration or usage error.</source>
        <translation>Mostrar las cifras de inicio de sesión de un periodo (intentos, conversión, canales, países, precio, bloqueos de Fraud Guard y rechazos por límite de frecuencia): de Twilio en modo directo, del backend tras iniciar sesión en el terminal en modo backend, del registro de auditoría de este equipo con --local. Sale con 0, con 2 si no se pueden leer, con 3 ante un error de configuración o de uso.</translation>
    </message>
    <message>
        <source>With --stats: the period&apos;s start, a date (2026-11-05) or an ISO 8601 time with its zone; default 30 days before --until.</source>
        <translation>Con --stats: el inicio del periodo, una fecha (2026-11-05) o una hora ISO 8601 con su zona; por omisión, 30 días antes de --until.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>With --stats: the period&apos;s end; a date counts in full; default now.</source>
        <translation>Con --stats: el final del periodo; una fecha cuenta entera; por omisión, ahora.</translation>
    </message>
    <message>
        <source>With --stats: print the figures as one JSON object.</source>
        <translation>Con --stats: imprimir las cifras como un objeto JSON.</translation>
    </message>
    <message>
        <source>With --stats: summarise this computer&apos;s audit log instead.</source>
        <translation>Con --stats: resumir en su lugar el registro de auditoría de este equipo.</translation>
    </message>
    <message>
        <source>%1 only goes with --stats.</source>
        <translation>%1 solo se usa junto con --stats.</translation>
    </message>
    <message>
        <source>--%1 %2 is not a date: give 2026-11-05 or 2026-11-05T08:00:00Z.</source>
        <translation>--%1 %2 no es una fecha: indique 2026-11-05 o 2026-11-05T08:00:00Z.</translation>
    </message>
    <message>
        <source>--since %1 is not before --until %2.</source>
        <translation>--since %1 no es anterior a --until %2.</translation>
    </message>
    <message>
        <source>For measuring start-up: show the window, exit (code 1) once its first frame is drawn, and sign nobody in.</source>
        <translation>Para medir el arranque: mostrar la ventana, salir (código 1) en cuanto se dibuje su primer fotograma y no iniciar sesión de nadie.</translation>
    </message>
    <message>
        <source>--exit-after-first-frame only goes with a sign-in in the window.</source>
        <translation>--exit-after-first-frame solo se usa con un inicio de sesión en la ventana.</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>You were let in without a code (fail-open), which does not open a gate: %1 was not started.</source>
        <translation>Se le dejó entrar sin código (fail-open), lo que no abre la puerta: %1 no se inició.</translation>
    </message>
    <message>
        <source>Not signed in: %1 was not started.</source>
        <translation>Sesión no iniciada: %1 no se inició.</translation>
    </message>
    <message>
        <source>A sandbox sign-in does not open a gate: its codes are shown, not sent. An administrator can allow it for tests with the policy key Gate/AllowSandbox.</source>
        <translation>Un inicio de sesión en el sandbox no abre la puerta: sus códigos se muestran, no se envían. Un administrador puede permitirlo para pruebas con la clave de directiva Gate/AllowSandbox.</translation>
    </message>
</context>
<context>
    <name>GatedProgram</name>
    <message>
        <source>%1 cannot be run: %2</source>
        <translation>No se puede ejecutar %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be run: it is not an executable file.</source>
        <translation>No se puede ejecutar %1: no es un archivo ejecutable.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: el archivo no existe.</translation>
    </message>
    <message>
        <source>%1: not found on PATH.</source>
        <translation>%1: no se encuentra en el PATH.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>La dirección del servidor no es una URL válida.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>LocalAccount</name>
    <message>
        <source>This computer&apos;s enrolment is damaged. Ask your administrator to reset it.</source>
        <translation>El registro de este equipo está dañado. Pida a su administrador que lo restablezca.</translation>
    </message>
    <message>
        <source>This computer is not enrolled yet.</source>
        <translation>Este equipo aún no está registrado.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Too weak</source>
        <translation>Demasiado débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Segura</translation>
    </message>
</context>
<context>
    <name>PasswordVerifier</name>
    <message>
        <source>The password could not be protected: not enough memory.</source>
        <translation>No se pudo proteger la contraseña: no hay suficiente memoria.</translation>
    </message>
    <message>
        <source>The stored password check is damaged. Ask your administrator to reset this computer&apos;s enrolment.</source>
        <translation>La comprobación de contraseña guardada está dañada. Pida a su administrador que restablezca el registro de este equipo.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter your phone number.</source>
        <translation>Introduzca su número de teléfono.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Esto no parece un número de teléfono.</translation>
    </message>
    <message>
        <source>The country code is not known. Choose a country or start the number with + and its code.</source>
        <translation>No se reconoce el prefijo de país. Elija un país o empiece el número con + y su prefijo.</translation>
    </message>
    <message>
        <source>This number is too short for the chosen country.</source>
        <translation>Este número es demasiado corto para el país elegido.</translation>
    </message>
    <message>
        <source>This number is too long for the chosen country.</source>
        <translation>Este número es demasiado largo para el país elegido.</translation>
    </message>
    <message>
        <source>This number cannot exist in the chosen country.</source>
        <translation>Este número no puede existir en el país elegido.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>is a directory, not a settings file</source>
        <translation>es una carpeta, no un archivo de configuración</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not a valid INI file</source>
        <translation>no es un archivo INI válido</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>ninguno (conexión directa)</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>dirección: %1</translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation>proxy: %1</translation>
    </message>
    <message>
        <source>reachable: yes (HTTP %1 in %2 ms)</source>
        <translation>accesible: sí (HTTP %1 en %2 ms)</translation>
    </message>
    <message>
        <source>reachable: no (%1)</source>
        <translation>accesible: no (%1)</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>TLS problem: %1</source>
        <translation>problema de TLS: %1</translation>
    </message>
    <message>
        <source>certificate %1: %2, issued by %3, valid until %4, SHA-256 %5</source>
        <translation>certificado %1: %2, emitido por %3, válido hasta %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>is sandbox, but %1 (%2) turns the sandbox off</source>
        <translation>es sandbox, pero %1 (%2) desactiva el sandbox</translation>
    </message>
    <message>
        <source>%1 is not among the allowed channels (%2: %3)</source>
        <translation>%1 no está entre los canales permitidos (%2: %3)</translation>
    </message>
    <message>
        <source>is manual, but %1 is not set; the system&apos;s proxy settings are used instead</source>
        <translation>es manual, pero %1 no está definido; se usa la configuración de proxy del sistema</translation>
    </message>
    <message>
        <source>(%1) is longer than %2 (%3); the total timeout bounds both</source>
        <translation>(%1) es mayor que %2 (%3); el tiempo de espera total limita ambos</translation>
    </message>
    <message>
        <source>To try Latchkey without a server, use --sandbox.</source>
        <translation>Para probar Latchkey sin servidor, use --sandbox.</translation>
    </message>
    <message>
        <source>The sandbox is turned off by %1 (%2).</source>
        <translation>El sandbox está desactivado por %1 (%2).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 is set by your organisation&apos;s policy (%3) and cannot be changed on the command line.</source>
        <translation>%1: %2 está definido por la directiva de su organización (%3) y no se puede cambiar desde la línea de comandos.</translation>
    </message>
    <message>
        <source>command line (%1)</source>
        <translation>línea de comandos (%1)</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>directiva</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>user settings</source>
        <translation>configuración del usuario</translation>
    </message>
    <message>
        <source>admin defaults</source>
        <translation>valores predeterminados del administrador</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>valor predeterminado integrado</translation>
    </message>
    <message>
        <source>policy (%1), locked</source>
        <translation>directiva (%1), bloqueado</translation>
    </message>
    <message>
        <source>must be a URL such as https://auth.example.org (not %1)</source>
        <translation>debe ser una URL como https://auth.example.org (no %1)</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>no debe contener un nombre de usuario ni una contraseña</translation>
    </message>
    <message>
        <source>must use https; plain http is allowed only on this computer (127.0.0.1, ::1, localhost) (not %1)</source>
        <translation>debe usar https; http sin cifrar solo se permite en este equipo (127.0.0.1, ::1, localhost) (no %1)</translation>
    </message>
    <message>
        <source>must be an origin (scheme, host and port) without a path; the paths are Server/LoginPath, Server/SendCodePath, Server/VerifyCodePath and Server/LogoutPath (not %1)</source>
        <translation>debe ser un origen (esquema, host y puerto) sin ruta; las rutas son Server/LoginPath, Server/SendCodePath, Server/VerifyCodePath y Server/LogoutPath (no %1)</translation>
    </message>
    <message>
        <source>must be an origin (scheme, host and port) without a path (not %1)</source>
        <translation>debe ser un origen (esquema, host y puerto) sin ruta (no %1)</translation>
    </message>
    <message>
        <source>must be http://host:port or socks5://host:port (not %1)</source>
        <translation>debe ser http://host:port o socks5://host:port (no %1)</translation>
    </message>
    <message>
        <source>must not contain a user name or password: proxy credentials are not settings, and proxies that ask for them are not supported yet</source>
        <translation>no debe contener un nombre de usuario ni una contraseña: las credenciales del proxy no son parámetros de configuración y los proxys que las piden aún no son compatibles</translation>
    </message>
    <message>
        <source>must be a path starting with / such as /api/auth/login (not %1)</source>
        <translation>debe ser una ruta que empiece por /, como /api/auth/login (no %1)</translation>
    </message>
    <message>
        <source>must be an absolute path (not %1)</source>
        <translation>debe ser una ruta absoluta (no %1)</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file</source>
        <translation>%1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate</source>
        <translation>%1 no contiene ningún certificado PEM o DER</translation>
    </message>
    <message>
        <source>must be an absolute path, &quot;none&quot; or empty for the default (not %1)</source>
        <translation>debe ser una ruta absoluta, «none» o estar vacío para usar el valor predeterminado (no %1)</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 no admite escritura</translation>
    </message>
    <message>
        <source>%1 is not the base64 SHA-256 hash of a public key (44 characters)</source>
        <translation>%1 no es el hash SHA-256 en base64 de una clave pública (44 caracteres)</translation>
    </message>
    <message>
        <source>must be &quot;system&quot; or a language such as de, fr or pt_BR (not %1)</source>
        <translation>debe ser «system» o un idioma como de, fr o pt_BR (no %1)</translation>
    </message>
    <message>
        <source>is not a Latchkey setting; did you mean %1?</source>
        <translation>no es un parámetro de Latchkey; ¿quería decir %1?</translation>
    </message>
    <message>
        <source>must be true or false (not %1)</source>
        <translation>debe ser true o false (no %1)</translation>
    </message>
    <message>
        <source>is available only on Linux and macOS</source>
        <translation>solo está disponible en Linux y macOS</translation>
    </message>
    <message>
        <source>must be 0 (the server decides) or a whole number from 4 to 10 (not %1)</source>
        <translation>debe ser 0 (decide el servidor) o un número entero del 4 al 10 (no %1)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2 (not %3)</source>
        <translation>debe ser un número entero del %1 al %2 (no %3)</translation>
    </message>
    <message>
        <source>must be one of %1 (not %2)</source>
        <translation>debe ser uno de %1 (no %2)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 no es uno de %2</translation>
    </message>
    <message>
        <source>must name at least one of %1, or nobody could receive a code</source>
        <translation>debe indicar al menos uno de %1; si no, nadie podría recibir un código</translation>
    </message>
    <message>
        <source>must be &quot;VA&quot; followed by 32 hexadecimal digits (not %1)</source>
        <translation>debe ser «VA» seguido de 32 dígitos hexadecimales (no %1)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit under an error</source>
        <translation>tiene %1 caracteres; bajo un error caben como máximo %2</translation>
    </message>
    <message>
        <source>must be a phone number in international format starting with + and the country code, such as +14155550142</source>
        <translation>debe ser un número de teléfono en formato internacional que empiece por + y el prefijo del país, como +14155550142</translation>
    </message>
    <message>
        <source>is not a property list of settings</source>
        <translation>no es una lista de propiedades con ajustes</translation>
    </message>
    <message>
        <source>a quotation mark (&quot;) is not closed on its line</source>
        <translation>unas comillas (&quot;) no se cierran en su línea</translation>
    </message>
    <message>
        <source>a section name must end with &quot;]&quot;</source>
        <translation>un nombre de sección debe terminar en &quot;]&quot;</translation>
    </message>
    <message>
        <source>a section name cannot hold %1</source>
        <translation>un nombre de sección no puede contener %1</translation>
    </message>
    <message>
        <source>a section has no name</source>
        <translation>una sección no tiene nombre</translation>
    </message>
    <message>
        <source>text after the section&apos;s &quot;]&quot; (QSettings would ignore it)</source>
        <translation>texto después del &quot;]&quot; de la sección (QSettings lo pasaría por alto)</translation>
    </message>
    <message>
        <source>a &apos;#&apos; comment that ends in a backslash (\) would hide the next line</source>
        <translation>un comentario &apos;#&apos; que termina en una barra invertida (\) ocultaría la línea siguiente</translation>
    </message>
    <message>
        <source>is not a section ([Name]), a setting (Key=value) or a comment (; or #)</source>
        <translation>no es una sección ([Nombre]), un ajuste (Clave=valor) ni un comentario (; o #)</translation>
    </message>
    <message>
        <source>is larger than 1 MiB (%1 bytes): not read</source>
        <translation>ocupa más de 1 MiB (%1 bytes): no se ha leído</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a settings file: not opened</source>
        <translation>es una tubería con nombre (FIFO), no un archivo de ajustes: no se ha abierto</translation>
    </message>
    <message>
        <source>is a device, not a settings file: not opened</source>
        <translation>es un dispositivo, no un archivo de ajustes: no se ha abierto</translation>
    </message>
    <message>
        <source>is a socket, not a settings file: not opened</source>
        <translation>es un socket, no un archivo de ajustes: no se ha abierto</translation>
    </message>
    <message>
        <source>is not a regular file: not opened</source>
        <translation>no es un archivo normal: no se ha abierto</translation>
    </message>
    <message>
        <source>holds a NUL byte: this is not a text file</source>
        <translation>contiene un byte NUL: no es un archivo de texto</translation>
    </message>
    <message>
        <source>a key is missing before &quot;=&quot;</source>
        <translation>falta una clave antes de &quot;=&quot;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1, unreadable</source>
        <translation>%1, ilegible</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy cannot be read (%1: %2), so Latchkey does not sign in. Ask your administrator or help desk to fix it.</source>
        <translation>La directiva de su organización no se puede leer (%1: %2), así que Latchkey no inicia la sesión. Pida a su administrador o al servicio de asistencia que la corrija.</translation>
    </message>
    <message>
        <source>&quot;open&quot; is honoured only when set by policy; Latchkey fails closed</source>
        <translation>«open» solo se respeta cuando lo fija la directiva; Latchkey falla cerrado</translation>
    </message>
    <message>
        <source>needs at least two pins: the key in use and a backup key</source>
        <translation>necesita al menos dos pines: la clave en uso y una clave de respaldo</translation>
    </message>
    <message>
        <source>owned by uid %1, not %2</source>
        <translation>pertenece al uid %1, no a %2</translation>
    </message>
    <message>
        <source>writable by group or others (mode %1)</source>
        <translation>el grupo u otros pueden escribir en él (modo %1)</translation>
    </message>
    <message>
        <source>is a symbolic link owned by uid %1, not %2</source>
        <translation>es un enlace simbólico que pertenece al uid %1, no a %2</translation>
    </message>
    <message>
        <source>is a symbolic link that cannot be followed: %1</source>
        <translation>es un enlace simbólico que no se puede seguir: %1</translation>
    </message>
    <message>
        <source>links to %1: %2</source>
        <translation>enlaza con %1: %2</translation>
    </message>
    <message>
        <source>links into %1: %2</source>
        <translation>enlaza dentro de %1: %2</translation>
    </message>
    <message>
        <source>cannot be checked: %1</source>
        <translation>no se puede comprobar: %1</translation>
    </message>
    <message>
        <source>true is honoured only when set by policy; a sandbox sign-in does not open a gate</source>
        <translation>true solo se respeta cuando lo fija la directiva; un inicio de sesión en el sandbox no abre la puerta</translation>
    </message>
    <message>
        <source>must be up to 200 letters, digits and . _ : / - (not %1)</source>
        <translation>debe tener hasta 200 letras, dígitos y . _ : / - (no %1)</translation>
    </message>
    <message>
        <source>must be the absolute path of a file, or empty for the default (not %1)</source>
        <translation>debe ser la ruta absoluta de un archivo, o vacío para el valor por omisión (no %1)</translation>
    </message>
    <message>
        <source>No server configured. Your administrator sets Server/Url (see the admin guide, %1); for a one-off, pass --server URL.</source>
        <translation>No hay ningún servidor configurado. Su administrador define Server/Url (consulte la guía de administración, %1); para un uso puntual, indique --server URL.</translation>
    </message>
    <message>
        <source>Direct mode needs the Verify Service SID: your administrator sets Verify/ServiceSid (see %1); for a one-off, pass --service-sid.</source>
        <translation>El modo directo necesita el SID del servicio de Verify: su administrador define Verify/ServiceSid (consulte %1); para un uso puntual, indique --service-sid.</translation>
    </message>
    <message>
        <source>is not a setting: secrets (API keys, auth tokens, passwords) are never read from settings files, the registry or profiles; see %1</source>
        <translation>no es un parámetro: los secretos (claves de API, tokens de autenticación, contraseñas) nunca se leen de archivos de configuración, del registro ni de perfiles; consulte %1</translation>
    </message>
    <message>
        <source>is not a Latchkey setting (%1 lists them all)</source>
        <translation>no es un parámetro de Latchkey (%1 los enumera todos)</translation>
    </message>
    <message>
        <source>must be one line of at most %1 characters, to fit above a title</source>
        <translation>debe ser una sola línea de %1 caracteres como máximo, para que quepa sobre un título</translation>
    </message>
    <message>
        <source>is honoured only when set by policy or the admin defaults; codes are not sent by email</source>
        <translation>solo se tiene en cuenta si lo fija la directiva o los valores predeterminados del administrador; los códigos no se envían por correo electrónico</translation>
    </message>
    <message>
        <source>must be an email address, such as ada@example.com</source>
        <translation>debe ser una dirección de correo electrónico, como ada@example.com</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>A code may have been sent anyway: enter it if it arrives, or send a new one.</source>
        <translation>Puede que se haya enviado un código de todos modos: introdúzcalo si llega o solicite uno nuevo.</translation>
    </message>
</context>
<context>
    <name>latchkey::AuthService</name>
    <message>
        <source>This way of signing in has no local account to enrol.</source>
        <translation>Este método de inicio de sesión no tiene ninguna cuenta local que registrar.</translation>
    </message>
</context>
<context>
    <name>latchkey::BackendAuthService</name>
    <message>
        <source>The server has no sign-in API at this address (HTTP %1). Check the server setting.</source>
        <translation>El servidor no tiene una API de inicio de sesión en esta dirección (HTTP %1). Compruebe la configuración del servidor.</translation>
    </message>
</context>
<context>
    <name>latchkey::CapsLockWarning</name>
    <message>
        <source>Caps Lock is on</source>
        <translation>Bloq Mayús está activado</translation>
    </message>
    <message>
        <source>Letters you type come out in capitals</source>
        <translation>Las letras que escriba saldrán en mayúsculas</translation>
    </message>
</context>
<context>
    <name>latchkey::ClipboardCodeOffer</name>
    <message>
        <source>Puts the code from the clipboard into the field</source>
        <translation>Pone en el campo el código del portapapeles</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Pegar %1</translation>
    </message>
    <message>
        <source>Paste the code %1</source>
        <translation>Pegar el código %1</translation>
    </message>
</context>
<context>
    <name>latchkey::CodePage</name>
    <message numerus="yes">
        <source>Available in about %n second(s)</source>
        <translation>
            <numerusform>Disponible en aproximadamente %n segundo</numerusform>
            <numerusform>Disponible en aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the code</source>
        <translation>Introduzca el código</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>Use a &amp;different number</source>
        <translation>Usar &amp;otro número</translation>
    </message>
    <message>
        <source>Use a different number</source>
        <translation>Usar otro número</translation>
    </message>
    <message>
        <source>Go back and enter another phone number</source>
        <translation>Volver atrás e introducir otro número de teléfono</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Reenviar código</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <translation>Recibir una llamada en su lugar</translation>
    </message>
    <message>
        <source>Get the code read out in a phone call</source>
        <translation>Escuchar el código en una llamada telefónica</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Send the same code once more</source>
        <translation>Volver a comprobar el mismo código</translation>
    </message>
    <message>
        <source>The check was stopped before an answer came. The code may still be valid.</source>
        <translation>La comprobación se detuvo antes de recibir una respuesta. Es posible que el código siga siendo válido.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s); the code is checked as soon as the last one is entered</source>
        <translation>
            <numerusform>%n dígito; el código se comprueba en cuanto se introduce el último</numerusform>
            <numerusform>%n dígitos; el código se comprueba en cuanto se introduce el último</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter when the code is complete</source>
        <translation>Pulse Intro cuando el código esté completo</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Sent by SMS.</source>
        <translation>Enviado por SMS.</translation>
    </message>
    <message>
        <source>Sent by SMS to %1</source>
        <translation>Enviado por SMS a %1</translation>
    </message>
    <message>
        <source>You are getting a call that reads out the code.</source>
        <translation>Recibirá una llamada en la que se le leerá el código.</translation>
    </message>
    <message>
        <source>Calling %1 to read out the code</source>
        <translation>Llamando a %1 para leerle el código</translation>
    </message>
    <message>
        <source>Sent by WhatsApp.</source>
        <translation>Enviado por WhatsApp.</translation>
    </message>
    <message>
        <source>Sent by WhatsApp to %1</source>
        <translation>Enviado por WhatsApp a %1</translation>
    </message>
    <message>
        <source>Sent by email to the address on file.</source>
        <translation>Enviado por correo electrónico a la dirección registrada.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Llamar de nuevo</translation>
    </message>
    <message>
        <source>Call again in %1</source>
        <translation>Llamar de nuevo en %1</translation>
    </message>
    <message>
        <source>Resend in %1</source>
        <translation>Reenviar en %1</translation>
    </message>
    <message>
        <source>Call &amp;again</source>
        <translation>Llamar de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>&amp;Reenviar código</translation>
    </message>
    <message>
        <source>Sends a new code</source>
        <translation>Envía un código nuevo</translation>
    </message>
    <message>
        <source>Call me in %1</source>
        <translation>Llamada disponible en %1</translation>
    </message>
    <message>
        <source>&amp;Call me instead</source>
        <translation>Recibir una &amp;llamada en su lugar</translation>
    </message>
    <message numerus="yes">
        <source>Remember this &amp;device for %n day(s)</source>
        <translation>
            <numerusform>Recordar este &amp;dispositivo durante %n día</numerusform>
            <numerusform>Recordar este &amp;dispositivo durante %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remember this device for %n day(s)</source>
        <translation>
            <numerusform>Recordar este dispositivo durante %n día</numerusform>
            <numerusform>Recordar este dispositivo durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Gestionado por su organización</translation>
    </message>
    <message>
        <source>Skips the code, never the password, when you sign in on this computer</source>
        <translation>Omite el código, nunca la contraseña, cuando inicia sesión en este equipo</translation>
    </message>
    <message numerus="yes">
        <source>Enter the %n-digit code</source>
        <translation>
            <numerusform>Introduzca el código de %n dígito</numerusform>
            <numerusform>Introduzca el código de %n dígitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter the %n-digit code sent to %1</source>
        <translation>
            <numerusform>Introduzca el código de %n dígito enviado a %1</numerusform>
            <numerusform>Introduzca el código de %n dígitos enviado a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the code sent to %1</source>
        <translation>Introduzca el código enviado a %1</translation>
    </message>
    <message>
        <source>Text me in %1</source>
        <translation>SMS disponible en %1</translation>
    </message>
    <message>
        <source>Text me instead</source>
        <translation>Recibir un SMS en su lugar</translation>
    </message>
    <message>
        <source>Get a new code by text message</source>
        <translation>Recibir un código nuevo por SMS</translation>
    </message>
    <message>
        <source>Didn&apos;t get a code?</source>
        <translation>¿No ha recibido ningún código?</translation>
    </message>
    <message>
        <source>&amp;Text me instead</source>
        <translation>Recibir un S&amp;MS en su lugar</translation>
    </message>
    <message>
        <source>Codes usually arrive within a minute; a text message can take longer where the signal is weak.</source>
        <translation>Los códigos suelen llegar en menos de un minuto; un SMS puede tardar más donde la señal es débil.</translation>
    </message>
    <message>
        <source>Check that %1 is your number.</source>
        <translation>Compruebe que %1 es su número.</translation>
    </message>
    <message>
        <source>You can ask for another call once the wait is over.</source>
        <translation>Cuando termine la espera puede pedir otra llamada.</translation>
    </message>
    <message>
        <source>You can ask for a new code once the wait is over.</source>
        <translation>Cuando termine la espera puede pedir un código nuevo.</translation>
    </message>
    <message>
        <source>Or choose &quot;Call me instead&quot; to hear the code in a phone call.</source>
        <translation>O elija «Recibir una llamada en su lugar» para oír el código en una llamada.</translation>
    </message>
    <message>
        <source>If the number is wrong, use a different number.</source>
        <translation>Si el número es incorrecto, use otro número.</translation>
    </message>
    <message>
        <source>Sent by email to %1</source>
        <translation>Enviado por correo electrónico a %1</translation>
    </message>
    <message>
        <source>Look in your spam or junk folder too.</source>
        <translation>Mire también en la carpeta de correo no deseado.</translation>
    </message>
    <message>
        <source>Email me in %1</source>
        <translation>Correo en %1</translation>
    </message>
    <message>
        <source>Email me instead</source>
        <translation>Enviarlo por correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Email me instead</source>
        <translation>Enviarlo por corr&amp;eo electrónico</translation>
    </message>
    <message>
        <source>Get a new code by email to %1</source>
        <translation>Recibir un código nuevo por correo electrónico en %1</translation>
    </message>
    <message>
        <source>Or choose &quot;Email me instead&quot; to get the code at %1.</source>
        <translation>O elija «Enviarlo por correo electrónico» para recibir el código en %1.</translation>
    </message>
</context>
<context>
    <name>latchkey::ConfigCheck</name>
    <message>
        <source>not read: %1</source>
        <translation>no leído: %1</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>no existe</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>(default) %1</source>
        <translation>(predeterminado) %1</translation>
    </message>
    <message>
        <source>is not set; direct mode needs the Verify Service SID (VA…)</source>
        <translation>no está definido; el modo directo necesita el SID del servicio de Verify (VA…)</translation>
    </message>
    <message>
        <source>Latchkey %1: configuration check</source>
        <translation>Latchkey %1: comprobación de la configuración</translation>
    </message>
    <message>
        <source>Stores, highest layer first:</source>
        <translation>Almacenes, de la capa más alta a la más baja:</translation>
    </message>
    <message>
        <source>Effective settings (key = value, source):</source>
        <translation>Parámetros efectivos (clave = valor, origen):</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>No se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message numerus="yes">
        <source>Result: no errors, %n warning(s); exit code 0.</source>
        <translation>
            <numerusform>Resultado: ningún error, %n advertencia; código de salida 0.</numerusform>
            <numerusform>Resultado: ningún error, %n advertencias; código de salida 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: no problems; exit code 0.</source>
        <translation>Resultado: ningún problema; código de salida 0.</translation>
    </message>
    <message numerus="yes">
        <source>Result: %n error(s); exit code 3.</source>
        <translation>
            <numerusform>Resultado: %n error; código de salida 3.</numerusform>
            <numerusform>Resultado: %n errores; código de salida 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n warning(s).</source>
        <translation>
            <numerusform>Además, %n advertencia.</numerusform>
            <numerusform>Además, %n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: the sandbox, which Latchkey starts as its child process latchkey-sandbox on 127.0.0.1 (nothing to reach).</source>
        <translation>Servidor: el sandbox, que Latchkey inicia como su proceso hijo latchkey-sandbox en 127.0.0.1 (nada que alcanzar).</translation>
    </message>
    <message>
        <source>Server: the sandbox, which Latchkey starts as its child process %1 on 127.0.0.1 (nothing to reach).</source>
        <translation>Servidor: el sandbox, que Latchkey inicia como proceso hijo %1 en 127.0.0.1 (nada que alcanzar).</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectivityProbe</name>
    <message>
        <source>none of the server&apos;s certificates carries a key listed in %1</source>
        <translation>ninguno de los certificados del servidor lleva una clave indicada en %1</translation>
    </message>
</context>
<context>
    <name>latchkey::Diagnostics</name>
    <message>
        <source>Latchkey support bundle (phone numbers, codes and secrets are redacted)</source>
        <translation>Paquete de soporte de Latchkey (se han ocultado los números de teléfono, los códigos y los secretos)</translation>
    </message>
    <message>
        <source>Version: Latchkey %1, Qt %2 (built with %3)</source>
        <translation>Versión: Latchkey %1, Qt %2 (compilado con %3)</translation>
    </message>
    <message>
        <source>System: %1; kernel %2 %3; %4</source>
        <translation>Sistema: %1; kernel %2 %3; %4</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>Stores, highest layer first:</source>
        <translation>Almacenes, de la capa más alta a la más baja:</translation>
    </message>
    <message>
        <source>Effective settings (key = value, source):</source>
        <translation>Parámetros efectivos (clave = valor, origen):</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  ninguno</translation>
    </message>
    <message>
        <source>Connectivity: no server to reach (mode %1).</source>
        <translation>Conectividad: no hay ningún servidor que contactar (modo %1).</translation>
    </message>
    <message>
        <source>Connectivity (proxy in effect, TLS and certificate chain):</source>
        <translation>Conectividad (proxy en uso, TLS y cadena de certificados):</translation>
    </message>
    <message>
        <source>Last log lines: no log file (Logging/Directory is none).</source>
        <translation>Últimas líneas del registro: no hay archivo de registro (Logging/Directory es none).</translation>
    </message>
    <message>
        <source>Last log lines (%1):</source>
        <translation>Últimas líneas del registro (%1):</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Llavero: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::DirectAuthService</name>
    <message>
        <source>local accounts arrive with enrolment</source>
        <translation>las cuentas locales llegarán con el registro de equipos</translation>
    </message>
    <message>
        <source>Enter the number to send the code to.</source>
        <translation>Introduzca el número al que se enviará el código.</translation>
    </message>
    <message>
        <source>Direct mode cannot work without the keychain: %1</source>
        <translation>El modo directo no puede funcionar sin el llavero: %1</translation>
    </message>
    <message>
        <source>This computer is not enrolled yet.</source>
        <translation>Este equipo aún no está registrado.</translation>
    </message>
    <message>
        <source>The enrolment was not started.</source>
        <translation>El registro no se ha iniciado.</translation>
    </message>
</context>
<context>
    <name>latchkey::DonePage</name>
    <message>
        <source>You are signed in</source>
        <translation>Ha iniciado sesión</translation>
    </message>
    <message>
        <source>Your password and the code have been confirmed.</source>
        <translation>Se han confirmado su contraseña y el código.</translation>
    </message>
    <message>
        <source>Click Finish to close this window; whatever asked you to sign in can now continue.</source>
        <translation>Haga clic en Finalizar para cerrar esta ventana; la aplicación que le pidió iniciar sesión ya puede continuar.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Forget the remembered session and device on this computer and start over</source>
        <translation>Olvidar la sesión y el dispositivo recordados en este equipo y empezar de nuevo</translation>
    </message>
    <message>
        <source>Your password has been confirmed; this computer is remembered, so no code was needed.</source>
        <translation>Su contraseña se ha confirmado; este equipo está recordado, así que no hacía falta ningún código.</translation>
    </message>
    <message>
        <source>Change phone &amp;number…</source>
        <translation>Cambiar el &amp;número de teléfono…</translation>
    </message>
    <message>
        <source>Change phone number</source>
        <translation>Cambiar el número de teléfono</translation>
    </message>
    <message>
        <source>Verify a new number for signing in on this computer; codes then go to it</source>
        <translation>Verificar un número nuevo para iniciar sesión en este equipo; los códigos irán a él</translation>
    </message>
    <message>
        <source>Let in without a code.</source>
        <translation>Acceso permitido sin código.</translation>
    </message>
    <message>
        <source>The code service could not be reached, and your organisation allows signing in without a code when that happens (fail-open). This is not a full sign-in.</source>
        <translation>No se pudo contactar con el servicio de códigos y su organización permite iniciar sesión sin código en ese caso (fail-open). No es un inicio de sesión completo.</translation>
    </message>
    <message>
        <source>This window closes in a moment; whatever asked you to sign in can now continue.</source>
        <translation>Esta ventana se cerrará enseguida; lo que le pidió iniciar sesión ya puede continuar.</translation>
    </message>
</context>
<context>
    <name>latchkey::EnrolmentPage</name>
    <message>
        <source>Set up this computer</source>
        <translation>Configurar este equipo</translation>
    </message>
    <message>
        <source>Choose a password for signing in here. Next, a code confirms your phone number.</source>
        <translation>Elija una contraseña para iniciar sesión en este equipo. A continuación, un código confirmará su número de teléfono.</translation>
    </message>
    <message>
        <source>The password is checked on this computer only and is never stored: the keychain keeps a one-way check of it.</source>
        <translation>La contraseña solo se comprueba en este equipo y nunca se guarda: el llavero conserva únicamente una comprobación irreversible.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The name you will sign in with on this computer</source>
        <translation>El nombre con el que iniciará sesión en este equipo</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words make a strong password</source>
        <translation>
            <numerusform>Al menos %n carácter; unas cuantas palabras sin relación forman una contraseña segura</numerusform>
            <numerusform>Al menos %n caracteres; unas cuantas palabras sin relación forman una contraseña segura</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Nue&amp;va contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configurando…</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
</context>
<context>
    <name>latchkey::FlowPage</name>
    <message>
        <source>Why the last step did not succeed</source>
        <translation>Por qué no se completó el último paso</translation>
    </message>
    <message>
        <source>A remark about this sign-in</source>
        <translation>Una observación sobre este inicio de sesión</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Mensaje de texto (SMS)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Vuelva a intentarlo en %1.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Servicio de asistencia</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Still waiting for the server…</source>
        <translation>Seguimos esperando al servidor…</translation>
    </message>
</context>
<context>
    <name>latchkey::KeychainSecretStore</name>
    <message>
        <source>Nothing is stored for this item.</source>
        <translation>No hay nada guardado para este elemento.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>No hay ningún llavero disponible en este sistema.</translation>
    </message>
    <message>
        <source>No keychain is available: the Secret Service is not running or has no login keyring.</source>
        <translation>No hay ningún llavero disponible: el Secret Service no se está ejecutando o no tiene un llavero de inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>latchkey::PageHeader</name>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>Logotipo de %1</translation>
    </message>
    <message>
        <source>a server on this computer</source>
        <translation>un servidor en este equipo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation and server</source>
        <translation>Organización y servidor</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
</context>
<context>
    <name>latchkey::PasswordPage</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Use your organisation account. Next, a code confirms it is really you.</source>
        <translation>Use la cuenta de su organización. A continuación, un código confirmará que realmente es usted.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The name of your organisation account</source>
        <translation>El nombre de la cuenta de su organización</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain so you can skip the password next time</source>
        <translation>Guarda un token de inicio de sesión en el llavero del sistema para que la próxima vez no tenga que escribir la contraseña</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Administrado por su organización</translation>
    </message>
    <message>
        <source>Press Enter to sign in. Alt+F8 shows or hides the password</source>
        <translation>Pulse Intro para iniciar sesión. Alt+F8 muestra u oculta la contraseña</translation>
    </message>
    <message>
        <source>Caps Lock is on. Press Enter to sign in. Alt+F8 shows or hides the password</source>
        <translation>Bloq Mayús está activado. Pulse Intro para iniciar sesión. Alt+F8 muestra u oculta la contraseña</translation>
    </message>
    <message>
        <source>Hide password (Alt+F8)</source>
        <translation>Ocultar la contraseña (Alt+F8)</translation>
    </message>
    <message>
        <source>Show password (Alt+F8)</source>
        <translation>Mostrar la contraseña (Alt+F8)</translation>
    </message>
</context>
<context>
    <name>latchkey::PhonePage</name>
    <message>
        <source>Your phone</source>
        <translation>Su teléfono</translation>
    </message>
    <message>
        <source>Where should Latchkey send your sign-in code?</source>
        <translation>¿Adónde debe enviar Latchkey su código de inicio de sesión?</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <source>Sets the calling code for numbers typed without a leading +</source>
        <translation>Establece el prefijo de país para los números escritos sin + inicial</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code; spaces, dashes and brackets are fine</source>
        <translation>Su número de móvil, con o sin prefijo de país; se admiten espacios, guiones y paréntesis</translation>
    </message>
    <message>
        <source>How to send the code</source>
        <translation>Cómo enviar el código</translation>
    </message>
    <message>
        <source>Only the ways your organisation allows are listed</source>
        <translation>Solo se muestran los métodos que permite su organización</translation>
    </message>
    <message>
        <source>C&amp;ountry or region:</source>
        <translation>&amp;País o región:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Número de teléfono:</translation>
    </message>
    <message>
        <source>Send the code &amp;by:</source>
        <translation>Enviar el código p&amp;or:</translation>
    </message>
    <message>
        <source>Your organisation has %1 on file for you. Enter that number.</source>
        <translation>Su organización tiene registrado el número %1 para usted. Introduzca ese número.</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>&amp;Enviar código</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Enviando el código…</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Administrado por su organización</translation>
    </message>
    <message>
        <source>The choices are managed by your organisation</source>
        <translation>Las opciones las administra su organización</translation>
    </message>
    <message>
        <source>Type a name or a calling code such as +49 to search</source>
        <translation>Escriba un nombre o un prefijo como +49 para buscar</translation>
    </message>
    <message>
        <source>Check the number</source>
        <translation>Compruebe el número</translation>
    </message>
    <message>
        <source>This number looks unusual for %1. Check it; if it is right, you can still send the code.</source>
        <translation>Este número parece poco habitual para %1. Compruébelo; si es correcto, puede enviar el código de todos modos.</translation>
    </message>
    <message>
        <source>Use a &amp;different number</source>
        <translation>&amp;Usar otro número</translation>
    </message>
    <message>
        <source>Use a different number</source>
        <translation>Usar otro número</translation>
    </message>
    <message>
        <source>Your organisation sends your sign-in code to %1.</source>
        <translation>Su organización envía su código de inicio de sesión a %1.</translation>
    </message>
    <message>
        <source>Latchkey will send your sign-in code to %1.</source>
        <translation>Latchkey enviará su código de inicio de sesión a %1.</translation>
    </message>
    <message>
        <source>Send to %1 &amp;instead</source>
        <translation>Enviar a %1 en &amp;su lugar</translation>
    </message>
    <message>
        <source>Send to %1 instead</source>
        <translation>Enviar a %1 en su lugar</translation>
    </message>
    <message>
        <source>Type another number</source>
        <translation>Escribir otro número</translation>
    </message>
    <message>
        <source>Send the code to the number on file</source>
        <translation>Enviar el código al número registrado</translation>
    </message>
    <message>
        <source>Send &amp;code to %1</source>
        <translation>&amp;Enviar código a %1</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Su correo electrónico</translation>
    </message>
</context>
<context>
    <name>latchkey::ReportCommand</name>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>not available (%1): remembered sign-ins and direct mode need one</source>
        <translation>no disponible (%1): los inicios de sesión recordados y el modo directo lo necesitan</translation>
    </message>
    <message>
        <source>locked or access refused (%1)</source>
        <translation>bloqueado o acceso denegado (%1)</translation>
    </message>
    <message>
        <source>error (%1)</source>
        <translation>error (%1)</translation>
    </message>
</context>
<context>
    <name>latchkey::SandboxPanel</name>
    <message>
        <source>Sandbox phone</source>
        <translation>Teléfono del sandbox</translation>
    </message>
    <message>
        <source>Latchkey is running against its built-in sandbox, so no message leaves this computer. The codes it would have sent appear here.</source>
        <translation>Latchkey está funcionando con su sandbox integrado, así que ningún mensaje sale de este equipo. Los códigos que habría enviado aparecen aquí.</translation>
    </message>
    <message>
        <source>Codes sent by the sandbox</source>
        <translation>Códigos enviados por el sandbox</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Los más recientes primero</translation>
    </message>
    <message>
        <source>SMS to %1: %2</source>
        <translation>SMS a %1: %2</translation>
    </message>
    <message>
        <source>Call to %1: %2</source>
        <translation>Llamada a %1: %2</translation>
    </message>
    <message>
        <source>WhatsApp to %1: %2</source>
        <translation>WhatsApp a %1: %2</translation>
    </message>
    <message>
        <source>Email to %1: %2</source>
        <translation>Correo electrónico a %1: %2</translation>
    </message>
    <message>
        <source>Delivered at %1</source>
        <translation>Entregado a las %1</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::SignInFlow</name>
    <message>
        <source>You will need to sign in again next time: %1</source>
        <translation>La próxima vez tendrá que volver a iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Nothing can be remembered on this computer: %1</source>
        <translation>No se puede recordar nada en este equipo: %1</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>None of the ways to send a code is both allowed by your organisation and offered by the server.</source>
        <translation>Ningún método de envío de códigos está permitido por su organización y ofrecido por el servidor a la vez.</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digit(s).</source>
        <translation>
            <numerusform>El código tiene %n dígito.</numerusform>
            <numerusform>El código tiene %n dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Elija un nombre de usuario.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Elija una contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elija una contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Use a longer one, for example a few unrelated words.</source>
        <translation>Esta contraseña es demasiado fácil de adivinar. Use una más larga, por ejemplo, unas cuantas palabras sin relación.</translation>
    </message>
    <message>
        <source>Signed out. This computer no longer remembers you.</source>
        <translation>Sesión cerrada. Este equipo ya no le recuerda.</translation>
    </message>
    <message>
        <source>Your phone number is now %1. Codes go to it from now on.</source>
        <translation>Su número de teléfono ahora es %1. A partir de ahora, los códigos irán a él.</translation>
    </message>
    <message>
        <source>The code is too short: codes have %1 to %2 digits.</source>
        <translation>El código es demasiado corto: los códigos tienen de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>The code is too long: codes have %1 to %2 digits.</source>
        <translation>El código es demasiado largo: los códigos tienen de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>A new call was placed at %1.</source>
        <translation>Se hizo una nueva llamada a las %1.</translation>
    </message>
    <message>
        <source>A new code was sent at %1.</source>
        <translation>Se envió un nuevo código a las %1.</translation>
    </message>
    <message>
        <source>A new code was sent by email at %1.</source>
        <translation>Se envió un código nuevo por correo electrónico a las %1.</translation>
    </message>
</context>
<context>
    <name>latchkey::SignInWizard</name>
    <message>
        <source>Latchkey — Sign in</source>
        <translation>Latchkey — Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>latchkey::StandardConsole</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>latchkey::StatsCommand</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Llamada de voz</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>  %1: attempts %2, converted %3 (%4)</source>
        <translation>  %1: intentos %2, convertidos %3 (%4)</translation>
    </message>
    <message>
        <source>The audit log is off (Audit/Enabled): there is nothing to summarise.</source>
        <translation>El registro de auditoría está desactivado (Audit/Enabled): no hay nada que resumir.</translation>
    </message>
    <message>
        <source>You were let in without a code (fail-open): the backend gives no figures then.</source>
        <translation>Se le dejó entrar sin código (fail-open): en ese caso el backend no da cifras.</translation>
    </message>
    <message>
        <source>This server gives no sign-in figures to this account (its login answer did not announce &quot;stats&quot;); latchkey --stats --local shows this computer&apos;s.</source>
        <translation>Este servidor no da cifras de inicio de sesión a esta cuenta (su respuesta de inicio de sesión no anunció «stats»); latchkey --stats --local muestra las de este equipo.</translation>
    </message>
    <message>
        <source>The backend&apos;s figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras del backend: %1</translation>
    </message>
    <message>
        <source>The backend refused the figures (HTTP %1)%2</source>
        <translation>El backend rechazó dar las cifras (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The backend&apos;s figures cannot be read: &quot;%1&quot; is missing or wrong.</source>
        <translation>No se pueden leer las cifras del backend: «%1» falta o es incorrecto.</translation>
    </message>
    <message>
        <source>Twilio&apos;s figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras de Twilio: %1</translation>
    </message>
    <message>
        <source>Twilio limits how often these figures can be read: try again in a minute.</source>
        <translation>Twilio limita la frecuencia con la que se pueden leer estas cifras: vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>Twilio Verify</source>
        <translation>Twilio Verify</translation>
    </message>
    <message>
        <source>the backend</source>
        <translation>el backend</translation>
    </message>
    <message>
        <source>this computer&apos;s audit log</source>
        <translation>el registro de auditoría de este equipo</translation>
    </message>
    <message>
        <source>Sign-ins from %1 to %2 (UTC), from %3</source>
        <translation>Inicios de sesión del %1 al %2 (UTC), según %3</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>Converted: %1 (%2)</source>
        <translation>Convertidos: %1 (%2)</translation>
    </message>
    <message>
        <source>By channel:</source>
        <translation>Por canal:</translation>
    </message>
    <message>
        <source>By country:</source>
        <translation>Por país:</translation>
    </message>
    <message>
        <source>Total price: %1 %2</source>
        <translation>Precio total: %1 %2</translation>
    </message>
    <message>
        <source>  (prices in other currencies are left out)</source>
        <translation>  (se omiten los precios en otras monedas)</translation>
    </message>
    <message>
        <source>Total price: not given</source>
        <translation>Precio total: no indicado</translation>
    </message>
    <message>
        <source>Fraud Guard blocks seen: %1</source>
        <translation>Bloqueos de Fraud Guard vistos: %1</translation>
    </message>
    <message>
        <source>Rate-limit refusals seen: %1</source>
        <translation>Rechazos por límite de frecuencia vistos: %1</translation>
    </message>
    <message>
        <source>Twilio keeps about %1 days of attempts; Fraud Guard blocks and rate-limit refusals are those this computer saw.</source>
        <translation>Twilio conserva unos %1 días de intentos; los bloqueos de Fraud Guard y los rechazos por límite de frecuencia son los que vio este equipo.</translation>
    </message>
</context>
<context>
    <name>latchkey::TerminalFrontEnd</name>
    <message>
        <source>Latchkey sign-in. Press Ctrl+D to cancel.</source>
        <translation>Inicio de sesión de Latchkey. Pulse Ctrl+D para cancelar.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Nombre de usuario: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>Number on file: %1</source>
        <translation>Número registrado: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation>
            <numerusform>Podrá solicitar un código nuevo dentro de %n segundo.</numerusform>
            <numerusform>Podrá solicitar un código nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>A call is not available yet.</source>
        <translation>Todavía no se puede solicitar una llamada.</translation>
    </message>
    <message>
        <source>Choose a username: </source>
        <translation>Elija un nombre de usuario: </translation>
    </message>
    <message numerus="yes">
        <source>Choose a password (at least %n characters): </source>
        <translation>
            <numerusform>Elija una contraseña (al menos %n carácter): </numerusform>
            <numerusform>Elija una contraseña (al menos %n caracteres): </numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again: </source>
        <translation>Vuelva a escribir la contraseña: </translation>
    </message>
    <message>
        <source>This computer is not enrolled yet. Choose a username and a password for signing in here, then verify your phone number.</source>
        <translation>Este equipo aún no está registrado. Elija un nombre de usuario y una contraseña para iniciar sesión aquí y, después, verifique su número de teléfono.</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question: one lower-case letter</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>n</source>
        <comment>the answer no to a [y/N] question: one lower-case letter</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>r</source>
        <comment>code prompt: the letter that asks for a new code</comment>
        <translation>r</translation>
    </message>
    <message>
        <source>c</source>
        <comment>code prompt: the letter that asks for a phone call</comment>
        <translation>l</translation>
    </message>
    <message>
        <source>n</source>
        <comment>code prompt: the letter that goes back to enter a different number</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>A code was sent by SMS to %1.</source>
        <translation>Se envió un código por SMS a %1.</translation>
    </message>
    <message>
        <source>You are getting a call to %1 that reads out the code.</source>
        <translation>Recibirá una llamada al %1 que le leerá el código.</translation>
    </message>
    <message>
        <source>A code was sent by WhatsApp to %1.</source>
        <translation>Se envió un código por WhatsApp a %1.</translation>
    </message>
    <message>
        <source>A code was sent by email to %1.</source>
        <translation>Se envió un código por correo electrónico a %1.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Phone number [%1] (set by your organisation; press Enter): </source>
        <translation>Número de teléfono [%1] (fijado por su organización; pulse Intro): </translation>
    </message>
    <message>
        <source>Phone number [%1]: </source>
        <translation>Número de teléfono [%1]: </translation>
    </message>
    <message>
        <source>Send the code by (%1) [1]: </source>
        <translation>Enviar el código por (%1) [1]: </translation>
    </message>
    <message>
        <source>Let in WITHOUT a code: the code service could not be reached, and your organisation allows this (fail-open). This is not a full sign-in.</source>
        <translation>Acceso SIN código: no se pudo contactar con el servicio de códigos y su organización lo permite (fail-open). No es un inicio de sesión completo.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be sent before %1 (in %n minute(s)). Press Ctrl+D to stop waiting.</source>
        <translation>
            <numerusform>No se enviará nada antes de las %1 (dentro de %n minuto). Pulse Ctrl+D para dejar de esperar.</numerusform>
            <numerusform>No se enviará nada antes de las %1 (dentro de %n minutos). Pulse Ctrl+D para dejar de esperar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wait is over.</source>
        <translation>La espera ha terminado.</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the whole word for yes to a [y/N] question</comment>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <comment>the whole word for no to a [y/N] question</comment>
        <translation>no</translation>
    </message>
    <message>
        <source>Remember me on this computer? %1 </source>
        <translation>¿Recordarme en este equipo? %1 </translation>
    </message>
    <message numerus="yes">
        <source>Remember this device for %n day(s) (skips the code, never the password)? %1 </source>
        <translation>
            <numerusform>¿Recordar este dispositivo durante %n día (omite el código, nunca la contraseña)? %1 </numerusform>
            <numerusform>¿Recordar este dispositivo durante %n días (omite el código, nunca la contraseña)? %1 </numerusform>
        </translation>
    </message>
    <message>
        <source>Answer %1 or %2.</source>
        <translation>Responda %1 o %2.</translation>
    </message>
    <message>
        <source>New phone number (national, or + and country code): </source>
        <translation>Nuevo número de teléfono (nacional, o + y prefijo del país): </translation>
    </message>
    <message>
        <source>Phone number (national, or + and country code): </source>
        <translation>Número de teléfono (nacional, o + y prefijo del país): </translation>
    </message>
    <message>
        <source>t</source>
        <comment>code prompt after a call: the letter that asks for the code by SMS</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>Still waiting for the server…</source>
        <translation>Seguimos esperando al servidor…</translation>
    </message>
    <message>
        <source>Or type %1 to get the code by email at %2.</source>
        <translation>O escriba %1 para recibir el código por correo electrónico en %2.</translation>
    </message>
    <message>
        <source>e</source>
        <comment>phone and code prompts: the letter that sends the code to the address on file</comment>
        <translation>e</translation>
    </message>
    <message>
        <source>Code (%1): </source>
        <translation>Código (%1): </translation>
    </message>
    <message>
        <source>%1 = call again</source>
        <translation>%1 = volver a llamar</translation>
    </message>
    <message>
        <source>%1 = resend</source>
        <translation>%1 = reenviar</translation>
    </message>
    <message>
        <source>%1 = call me</source>
        <translation>%1 = llamarme</translation>
    </message>
    <message>
        <source>%1 = text me</source>
        <translation>%1 = por SMS</translation>
    </message>
    <message>
        <source>%1 = email me</source>
        <translation>%1 = por correo</translation>
    </message>
    <message>
        <source>%1 = different number</source>
        <translation>%1 = otro número</translation>
    </message>
</context>
<context>
    <name>latchkey::UnconfiguredPage</name>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Probar el sandbox</translation>
    </message>
    <message>
        <source>Latchkey is not set up yet</source>
        <translation>Latchkey aún no está configurado</translation>
    </message>
    <message>
        <source>This computer does not know where to sign you in.</source>
        <translation>Este equipo no sabe dónde iniciar su sesión.</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Servicio de asistencia</translation>
    </message>
    <message>
        <source>Signs in against a built-in practice server with a demo account; nothing is sent to a phone</source>
        <translation>Inicia sesión en un servidor de práctica integrado con una cuenta de demostración; no se envía nada a ningún teléfono</translation>
    </message>
    <message>
        <source>You can still see how signing in works, with a demo account:</source>
        <translation>Aun así, puede ver cómo funciona el inicio de sesión con una cuenta de demostración:</translation>
    </message>
    <message>
        <source>Latchkey — Sign in</source>
        <translation>Latchkey — Iniciar sesión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>latchkey::VerifyClient</name>
    <message>
        <source>%1 is not a valid URL; Twilio&apos;s is https://verify.twilio.com.</source>
        <translation>%1 no es una URL válida; la de Twilio es https://verify.twilio.com.</translation>
    </message>
    <message>
        <source>%1 must start with https:// (plain http only for this computer).</source>
        <translation>%1 debe empezar por https:// (http sin cifrar solo para este equipo).</translation>
    </message>
    <message>
        <source>%1 must be an address alone, such as https://verify.twilio.com, without a path, query or user name.</source>
        <translation>%1 debe ser solo una dirección, como https://verify.twilio.com, sin ruta, consulta ni nombre de usuario.</translation>
    </message>
    <message>
        <source>%1 is not set: it is the Verify Service SID, &quot;VA&quot; followed by 32 hexadecimal digits.</source>
        <translation>%1 no está definido: es el SID del servicio de Verify, «VA» seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>%1 must be &quot;VA&quot; followed by 32 hexadecimal digits (34 characters).</source>
        <translation>%1 debe ser «VA» seguido de 32 dígitos hexadecimales (34 caracteres).</translation>
    </message>
    <message>
        <source>%1 must be an API key SID (&quot;SK&quot; and 32 hexadecimal digits, recommended) or the Account SID (&quot;AC&quot; and 32 hexadecimal digits).</source>
        <translation>%1 debe ser un SID de clave de API («SK» y 32 dígitos hexadecimales, recomendado) o el SID de la cuenta («AC» y 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>No Verify secret was found in %1.</source>
        <translation>No se encontró ningún secreto de Verify en %1.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Esto no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>There is no verification to check this code against. Send a new code.</source>
        <translation>No hay ninguna verificación con la que comprobar este código. Solicite un código nuevo.</translation>
    </message>
    <message>
        <source>Enter the code you received.</source>
        <translation>Introduzca el código que ha recibido.</translation>
    </message>
    <message>
        <source>Type the code with the digits 0 to 9.</source>
        <translation>Escriba el código con los dígitos del 0 al 9.</translation>
    </message>
    <message>
        <source>A code has only digits; remove the other characters.</source>
        <translation>Un código solo tiene dígitos; elimine los demás caracteres.</translation>
    </message>
    <message numerus="yes">
        <source>A code has 4 to 10 digits; this one has %n.</source>
        <translation>
            <numerusform>Un código tiene entre 4 y 10 dígitos; este tiene %n.</numerusform>
            <numerusform>Un código tiene entre 4 y 10 dígitos; este tiene %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The sandbox could not listen on this computer.</source>
        <translation>El sandbox no pudo abrir un puerto en este equipo.</translation>
    </message>
    <message>
        <source>Run latchkey --help for the options.</source>
        <translation>Ejecute latchkey --help para ver las opciones.</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ayuda: %1</translation>
    </message>
    <message>
        <source>No server is configured: your organisation has not told Latchkey where to sign you in yet.</source>
        <translation>No hay ningún servidor configurado: su organización aún no ha indicado a Latchkey dónde iniciar su sesión.</translation>
    </message>
    <message>
        <source>%1: the sandbox is turned off by %2 (%3).</source>
        <translation>%1: el sandbox está desactivado por %2 (%3).</translation>
    </message>
    <message>
        <source>No Twilio secret: run latchkey --set-twilio-secret.</source>
        <translation>No hay ningún secreto de Twilio: ejecute latchkey --set-twilio-secret.</translation>
    </message>
    <message>
        <source>Direct mode cannot work without the keychain: %1</source>
        <translation>El modo directo no puede funcionar sin el llavero: %1</translation>
    </message>
    <message>
        <source>The Twilio secret in the keychain is damaged: run latchkey --set-twilio-secret again.</source>
        <translation>El secreto de Twilio del llavero está dañado: vuelva a ejecutar latchkey --set-twilio-secret.</translation>
    </message>
    <message>
        <source>No Verify service is configured: set Verify/ServiceSid or pass --service-sid.</source>
        <translation>No hay ningún servicio de Verify configurado: defina Verify/ServiceSid o indique --service-sid.</translation>
    </message>
    <message>
        <source>Twilio API key SID (SK…) or account SID (AC…): </source>
        <translation>SID de la clave de API de Twilio (SK…) o SID de la cuenta (AC…): </translation>
    </message>
    <message>
        <source>No key SID was given on standard input.</source>
        <translation>No se ha indicado ningún SID de clave en la entrada estándar.</translation>
    </message>
    <message>
        <source>The first line is not a key SID: it is SK or AC followed by 32 hex digits.</source>
        <translation>La primera línea no es un SID de clave: este es SK o AC seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Secret: </source>
        <translation>Secreto: </translation>
    </message>
    <message>
        <source>No secret was given on standard input.</source>
        <translation>No se ha indicado ningún secreto en la entrada estándar.</translation>
    </message>
    <message>
        <source>The Twilio key was not accepted: %1</source>
        <translation>No se aceptó la clave de Twilio: %1</translation>
    </message>
    <message>
        <source>The keychain could not keep the secret: %1</source>
        <translation>El llavero no pudo guardar el secreto: %1</translation>
    </message>
    <message>
        <source>The Twilio secret works with Verify service %1 (%2) and is now in the keychain.</source>
        <translation>El secreto de Twilio funciona con el servicio de Verify %1 (%2) y ya está en el llavero.</translation>
    </message>
    <message>
        <source>The keychain could not forget it: %1</source>
        <translation>El llavero no pudo olvidarlo: %1</translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s enrolment and the Twilio secret are forgotten.</source>
        <translation>Sesión cerrada; se han olvidado el registro de este equipo y el secreto de Twilio.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Sandbox demo account: %1 / %2, phone %3. Codes appear as [sandbox] lines in this terminal instead of being sent.</source>
        <translation>Cuenta de demostración del sandbox: %1 / %2, teléfono %3. Los códigos no se envían: aparecen como líneas [sandbox] en este terminal.</translation>
    </message>
    <message>
        <source>Sandbox demo account: %1 / %2, phone %3. Codes appear in the Sandbox phone panel instead of being sent.</source>
        <translation>Cuenta de demostración del sandbox: %1 / %2, teléfono %3. Los códigos no se envían: aparecen en el panel de teléfono del sandbox.</translation>
    </message>
    <message>
        <source>Latchkey is already open; its window was brought to the front.</source>
        <translation>Latchkey ya está abierto; su ventana se ha traído al frente.</translation>
    </message>
    <message>
        <source>--change-number works only in direct mode: with a backend, the organisation&apos;s backend manages phone numbers. Ask your help desk to change yours.</source>
        <translation>--change-number solo funciona en modo directo: con un backend, el backend de la organización gestiona los números de teléfono. Pida a su servicio de asistencia que cambie el suyo.</translation>
    </message>
    <message>
        <source>No display is available for a window (DISPLAY and WAYLAND_DISPLAY are not set). Use latchkey --tty to sign in on the terminal.</source>
        <translation>No hay pantalla disponible para una ventana (DISPLAY y WAYLAND_DISPLAY no están definidas). Use latchkey --tty para iniciar sesión en el terminal.</translation>
    </message>
    <message>
        <source>The sandbox did not start in time.</source>
        <translation>El sandbox no se inició a tiempo.</translation>
    </message>
    <message>
        <source>The sandbox did not say where it listens.</source>
        <translation>El sandbox no indicó dónde escucha.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el sandbox: %1</translation>
    </message>
    <message>
        <source>The sandbox is not installed: install the latchkey-sandbox package.</source>
        <translation>El sandbox no está instalado: instale el paquete latchkey-sandbox.</translation>
    </message>
</context>
</TS>
