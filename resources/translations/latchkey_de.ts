<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthError</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in about %n minute(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in etwa %n Minute erneut.</numerusform>
            <numerusform>Versuchen Sie es in etwa %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>Der Benutzername oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This is not a phone number we can send a code to. Check the country and the number.</source>
        <translation>An diese Telefonnummer kann kein Code gesendet werden. Prüfen Sie das Land und die Nummer.</translation>
    </message>
    <message>
        <source>This number is not registered for your account. Use the number your organisation has on file.</source>
        <translation>Diese Nummer ist nicht für Ihr Konto registriert. Verwenden Sie die bei Ihrer Organisation hinterlegte Nummer.</translation>
    </message>
    <message>
        <source>That code is not correct. Check it and try again.</source>
        <translation>Dieser Code ist falsch. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This code expired or was already used. Send a new code.</source>
        <translation>Dieser Code ist abgelaufen oder wurde bereits verwendet. Fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>Too many wrong codes.</source>
        <translation>Zu viele falsche Codes.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number.</source>
        <translation>An diese Nummer wurden zu viele Codes gesendet.</translation>
    </message>
    <message>
        <source>Too many attempts.</source>
        <translation>Zu viele Versuche.</translation>
    </message>
    <message>
        <source>A code is already on its way to this number. Wait a moment, then try again.</source>
        <translation>Ein Code ist bereits an diese Nummer unterwegs. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This number cannot receive text messages. You can get the code by phone call instead.</source>
        <translation>Diese Nummer kann keine SMS empfangen. Sie können den Code stattdessen per Anruf erhalten.</translation>
    </message>
    <message>
        <source>This way of sending codes is turned off by your organisation. Choose another.</source>
        <translation>Ihre Organisation hat diese Versandart deaktiviert. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Fraud protection is blocking codes to numbers like this one for a while (up to 12 hours). Try again later or contact your help desk.</source>
        <translation>Der Betrugsschutz sperrt Codes an Nummern wie diese vorübergehend (bis zu 12 Stunden). Versuchen Sie es später erneut oder wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
    <message>
        <source>Codes cannot be sent to this country. Contact your help desk.</source>
        <translation>In dieses Land können keine Codes gesendet werden. Wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
    <message>
        <source>The verification service is not allowed to send codes at the moment. Contact your administrator.</source>
        <translation>Der Verifizierungsdienst darf derzeit keine Codes senden. Wenden Sie sich an Ihre IT-Administration.</translation>
    </message>
    <message>
        <source>Codes cannot be sent to this number right now. Try again later or contact your help desk.</source>
        <translation>An diese Nummer können derzeit keine Codes gesendet werden. Versuchen Sie es später erneut oder wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Der Server hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>The server did not accept the request: %1</source>
        <translation>Der Server hat die Anfrage nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The verification service refused Latchkey&apos;s credentials. Contact your administrator.</source>
        <translation>Der Verifizierungsdienst hat die Zugangsdaten von Latchkey abgelehnt. Wenden Sie sich an Ihre IT-Administration.</translation>
    </message>
    <message>
        <source>The verification service was not found. Contact your administrator.</source>
        <translation>Der Verifizierungsdienst wurde nicht gefunden. Wenden Sie sich an Ihre IT-Administration.</translation>
    </message>
    <message>
        <source>The server reported an error (%1): %2</source>
        <translation>Der Server hat einen Fehler gemeldet (%1): %2</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had a problem: %1</source>
        <translation>Auf dem Server ist ein Problem aufgetreten: %1</translation>
    </message>
    <message>
        <source>The server sent an answer Latchkey cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die Latchkey nicht lesen kann.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Check your connection and try again.</source>
        <translation>Der Server hat zu lange nicht geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check your connection.</source>
        <translation>Die Adresse des Servers wurde nicht gefunden. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down; try again later.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Möglicherweise ist er nicht erreichbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden.</translation>
    </message>
    <message>
        <source>The server tried to send Latchkey elsewhere, which is not allowed.</source>
        <translation>Der Server wollte Latchkey an eine andere Adresse umleiten; das ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The server address must use https.</source>
        <translation>Die Serveradresse muss https verwenden.</translation>
    </message>
    <message>
        <source>The network is not available. Check your connection and try again.</source>
        <translation>Das Netzwerk ist nicht verfügbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Latchkey is not configured correctly.</source>
        <translation>Latchkey ist nicht richtig konfiguriert.</translation>
    </message>
    <message>
        <source>A code has 4 to 10 digits (0 to 9).</source>
        <translation>Ein Code hat 4 bis 10 Ziffern (0 bis 9).</translation>
    </message>
    <message>
        <source>The server said: “%1” Send a new code.</source>
        <translation>Der Server meldet: „%1“ Fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>The server said: “%1” Send a new code later.</source>
        <translation>Der Server meldet: „%1“ Fordern Sie später einen neuen Code an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large, so Latchkey stopped reading it. Try again later or contact your help desk.</source>
        <translation>Die Antwort des Servers war zu groß, deshalb hat Latchkey aufgehört, sie zu lesen. Versuchen Sie es später erneut oder wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not correct. %n attempt(s) left.</source>
        <translation>
            <numerusform>Dieser Code ist falsch. Noch %n Versuch.</numerusform>
            <numerusform>Dieser Code ist falsch. Noch %n Versuche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit (code 0).</source>
        <translation>Diese Hilfe anzeigen und beenden (Code 0).</translation>
    </message>
    <message>
        <source>Show the version and exit (code 0).</source>
        <translation>Die Version anzeigen und beenden (Code 0).</translation>
    </message>
    <message>
        <source>Sign in against the built-in sandbox: a demo account, and codes shown in the app and on stderr instead of being sent.</source>
        <translation>Mit der eingebauten Sandbox anmelden: ein Demokonto, und Codes werden in der App und auf stderr angezeigt statt versendet.</translation>
    </message>
    <message>
        <source>How to sign in: backend (the organisation&apos;s server), twilio (direct Twilio Verify) or sandbox.</source>
        <translation>Art der Anmeldung: backend (der Server der Organisation), twilio (direkt über Twilio Verify) oder sandbox.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>The organisation&apos;s backend, as an https origin (http only on this computer).</source>
        <translation>Das Backend der Organisation als https-Adresse (http nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Direct mode: the Twilio Verify API&apos;s origin (https://verify.twilio.com).</source>
        <translation>Direktmodus: die Adresse der Twilio-Verify-API (https://verify.twilio.com).</translation>
    </message>
    <message>
        <source>Direct mode: the Verify Service SID (VA followed by 32 hex digits).</source>
        <translation>Direktmodus: die Verify Service SID (VA, gefolgt von 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>sid</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Fill in this username.</source>
        <translation>Diesen Benutzernamen vorausfüllen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sign in on the terminal instead of in a window.</source>
        <translation>Im Terminal statt in einem Fenster anmelden.</translation>
    </message>
    <message>
        <source>Show every effective setting with its source, check them and the server, and exit (0 when all is well, 3 on a problem).</source>
        <translation>Alle wirksamen Einstellungen mit ihrer Quelle anzeigen, sie und den Server prüfen und beenden (0, wenn alles in Ordnung ist, 3 bei einem Problem).</translation>
    </message>
    <message>
        <source>Print a support bundle (version, system, settings, proxy, connection, recent log lines) with secrets and phone numbers removed, and exit (code 0, which never means a sign-in happened).</source>
        <translation>Ein Supportpaket ausgeben (Version, System, Einstellungen, Proxy, Verbindung, letzte Protokollzeilen) ohne Geheimnisse und Telefonnummern, und beenden (Code 0, was nie eine Anmeldung bedeutet).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--check-config and --diagnose are separate reports: use one at a time.</source>
        <translation>--check-config und --diagnose sind getrennte Berichte: Verwenden Sie jeweils nur einen.</translation>
    </message>
    <message>
        <source>--sandbox and --mode %1 contradict each other.</source>
        <translation>--sandbox und --mode %1 widersprechen sich.</translation>
    </message>
    <message>
        <source>%1 cannot be combined with the sandbox, which is its own server.</source>
        <translation>%1 kann nicht mit der Sandbox kombiniert werden, da sie ihr eigener Server ist.</translation>
    </message>
    <message>
        <source>Direct mode: read the Twilio API key SID and its secret from standard input (never from the command line), check them against the Verify service and keep them in the keychain; exit 0, or 3 with the reason.</source>
        <translation>Direktmodus: die SID des Twilio-API-Schlüssels und sein Geheimnis von der Standardeingabe lesen (nie von der Befehlszeile), sie beim Verify-Dienst prüfen und im Schlüsselbund speichern; Exit-Code 0, oder 3 mit dem Grund.</translation>
    </message>
    <message>
        <source>Forget the remembered session, this computer&apos;s enrolment (direct mode&apos;s local account) and the Twilio secret, and exit (code 0). The next direct-mode sign-in enrols again.</source>
        <translation>Die gespeicherte Sitzung, die Einrichtung dieses Computers (das lokale Konto des Direktmodus) und das Twilio-Geheimnis vergessen und beenden (Code 0). Die nächste Anmeldung im Direktmodus richtet den Computer erneut ein.</translation>
    </message>
    <message>
        <source>%1 cannot be combined: use one at a time.</source>
        <translation>%1 können nicht kombiniert werden: Verwenden Sie jeweils nur eine Option.</translation>
    </message>
    <message>
        <source>For a program that waits on this sign-in: close as soon as it is approved (no last page) and print one JSON line with the outcome on standard output.</source>
        <translation>Für ein Programm, das auf diese Anmeldung wartet: sofort nach der Bestätigung schließen (ohne letzte Seite) und eine JSON-Zeile mit dem Ergebnis auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Forget the remembered session and the remembered device on this computer and exit (code 0).</source>
        <translation>Die gemerkte Sitzung und das gemerkte Gerät auf diesem Computer vergessen und beenden (Code 0).</translation>
    </message>
    <message>
        <source>Direct mode: sign in (password and a code to the enrolled number), then verify a new number and keep it in its place; remembered devices are forgotten. Exit 0 once changed, 1 if cancelled, 3 in backend mode, where the organisation&apos;s backend manages phone numbers.</source>
        <translation>Direktmodus: anmelden (Passwort und ein Code an die registrierte Nummer), dann eine neue Nummer bestätigen und an ihrer Stelle speichern; gemerkte Geräte werden vergessen. Beendet mit 0, sobald sie geändert ist, mit 1 bei Abbruch, mit 3 im Backend-Modus, in dem das Backend der Organisation die Telefonnummern verwaltet.</translation>
    </message>
    <message>
        <source>--change-number and --print-result cannot be combined: use one at a time.</source>
        <translation>--change-number und --print-result lassen sich nicht kombinieren: bitte nur eine Option verwenden.</translation>
    </message>
    <message>
        <source>--print-result only goes with a sign-in.</source>
        <translation>--print-result geht nur zusammen mit einer Anmeldung.</translation>
    </message>
    <message>
        <source>%1 is given more than once: give it once.</source>
        <translation>%1 wurde mehrmals angegeben: bitte nur einmal angeben.</translation>
    </message>
    <message>
        <source>%1 needs a value, not an empty one.</source>
        <translation>%1 braucht einen Wert, keinen leeren.</translation>
    </message>
    <message>
        <source>Sign in, then run the program given after -- (latchkey --exec -- PROGRAM [ARGS...]) with the same input and output, and exit with its exit code. Latchkey&apos;s own failures exit 125; a program that cannot be run, 126; one that is not found, 127.</source>
        <translation>Anmelden, dann das nach -- angegebene Programm (latchkey --exec -- PROGRAMM [ARGUMENTE...]) mit derselben Ein- und Ausgabe ausführen und mit seinem Exit-Code enden. Fehler von Latchkey selbst enden mit 125; ein Programm, das nicht ausgeführt werden kann, mit 126; eines, das nicht gefunden wird, mit 127.</translation>
    </message>
    <message>
        <source>With --exec: the audience the backend&apos;s assertion is asked for (Gate/Audience).</source>
        <translation>Mit --exec: die Zielgruppe (audience), für die die Bestätigung des Backends angefordert wird (Gate/Audience).</translation>
    </message>
    <message>
        <source>Latchkey signs you in with a password and a one-time code sent to your phone.

Exit codes: 0 signed in, 1 cancelled, 2 failed, 3 configuration or usage error.
With --exec: the program&apos;s exit code; 125 not signed in or Latchkey&apos;s own error, 126 program cannot be run, 127 program not found.
--help and --version also exit 0; that never means a sign-in happened.</source>
        <translation>Latchkey meldet Sie mit einem Passwort und einem Einmalcode an, der an Ihr Telefon gesendet wird.

Exit-Codes: 0 angemeldet, 1 abgebrochen, 2 fehlgeschlagen, 3 Konfigurations- oder Aufruffehler.
Mit --exec: der Exit-Code des Programms; 125 nicht angemeldet oder Fehler von Latchkey, 126 Programm kann nicht ausgeführt werden, 127 Programm nicht gefunden.
--help und --version enden ebenfalls mit 0; das bedeutet nie, dass eine Anmeldung stattgefunden hat.</translation>
    </message>
    <message>
        <source>--exec and --print-result cannot be combined: the program owns standard output. Check Latchkey&apos;s exit code instead.</source>
        <translation>--exec und --print-result lassen sich nicht kombinieren: Die Standardausgabe gehört dem Programm. Prüfen Sie stattdessen den Exit-Code von Latchkey.</translation>
    </message>
    <message>
        <source>--exec needs a program after --: latchkey --exec -- PROGRAM [ARGS...]</source>
        <translation>--exec braucht ein Programm nach --: latchkey --exec -- PROGRAMM [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>--exec-audience only goes with --exec.</source>
        <translation>--exec-audience gibt es nur zusammen mit --exec.</translation>
    </message>
    <message>
        <source>Show sign-in figures for a period (attempts, conversion, channels, countries, price, Fraud Guard blocks and rate-limit refusals): from Twilio in direct mode, from the backend after a sign-in on the terminal in backend mode, from this computer&apos;s audit log with --local. Exit 0, 2 if they cannot be read, 3 on a configuration or usage error.</source>
        <translation>Anmeldezahlen für einen Zeitraum anzeigen (Versuche, Konversion, Kanäle, Länder, Preis, Fraud-Guard-Sperren und Ablehnungen wegen Ratenbegrenzung): im Direktmodus von Twilio, im Backend-Modus vom Backend nach einer Anmeldung im Terminal, mit --local aus dem Audit-Protokoll dieses Computers. Exit-Code 0, 2 wenn sie nicht gelesen werden können, 3 bei einem Konfigurations- oder Aufruffehler.</translation>
    </message>
    <message>
        <source>With --stats: the period&apos;s start, a date (2026-11-05) or an ISO 8601 time with its zone; default 30 days before --until.</source>
        <translation>Mit --stats: Beginn des Zeitraums, ein Datum (2026-11-05) oder eine ISO-8601-Zeit mit Zeitzone; Standard 30 Tage vor --until.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With --stats: the period&apos;s end; a date counts in full; default now.</source>
        <translation>Mit --stats: Ende des Zeitraums; ein Datum zählt ganz; Standard jetzt.</translation>
    </message>
    <message>
        <source>With --stats: print the figures as one JSON object.</source>
        <translation>Mit --stats: die Zahlen als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>With --stats: summarise this computer&apos;s audit log instead.</source>
        <translation>Mit --stats: stattdessen das Audit-Protokoll dieses Computers zusammenfassen.</translation>
    </message>
    <message>
        <source>%1 only goes with --stats.</source>
        <translation>%1 gibt es nur zusammen mit --stats.</translation>
    </message>
    <message>
        <source>--%1 %2 is not a date: give 2026-11-05 or 2026-11-05T08:00:00Z.</source>
        <translation>--%1 %2 ist kein Datum: Geben Sie 2026-11-05 oder 2026-11-05T08:00:00Z an.</translation>
    </message>
    <message>
        <source>--since %1 is not before --until %2.</source>
        <translation>--since %1 liegt nicht vor --until %2.</translation>
    </message>
    <message>
        <source>For measuring start-up: show the window, exit (code 1) once its first frame is drawn, and sign nobody in.</source>
        <translation>Zum Messen des Starts: das Fenster zeigen, beenden (Code 1), sobald sein erstes Bild gezeichnet ist, und niemanden anmelden.</translation>
    </message>
    <message>
        <source>--exit-after-first-frame only goes with a sign-in in the window.</source>
        <translation>--exit-after-first-frame gibt es nur mit einer Anmeldung im Fenster.</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>You were let in without a code (fail-open), which does not open a gate: %1 was not started.</source>
        <translation>Sie wurden ohne Code eingelassen (fail-open), und das öffnet kein Tor: %1 wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>Not signed in: %1 was not started.</source>
        <translation>Nicht angemeldet: %1 wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>A sandbox sign-in does not open a gate: its codes are shown, not sent. An administrator can allow it for tests with the policy key Gate/AllowSandbox.</source>
        <translation>Eine Anmeldung in der Sandbox öffnet kein Tor: Ihre Codes werden angezeigt, nicht gesendet. Für Tests kann die IT-Administration sie mit dem Richtlinienschlüssel Gate/AllowSandbox zulassen.</translation>
    </message>
</context>
<context>
    <name>GatedProgram</name>
    <message>
        <source>%1 cannot be run: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be run: it is not an executable file.</source>
        <translation>%1 kann nicht ausgeführt werden: Es ist keine ausführbare Datei.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1: not found on PATH.</source>
        <translation>%1: nicht im PATH gefunden.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Die Serveradresse ist keine gültige URL.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>LocalAccount</name>
    <message>
        <source>This computer&apos;s enrolment is damaged. Ask your administrator to reset it.</source>
        <translation>Die Einrichtung dieses Computers ist beschädigt. Bitten Sie Ihre IT-Administration, sie zurückzusetzen.</translation>
    </message>
    <message>
        <source>This computer is not enrolled yet.</source>
        <translation>Dieser Computer ist noch nicht eingerichtet.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Too weak</source>
        <translation>Zu schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>PasswordVerifier</name>
    <message>
        <source>The password could not be protected: not enough memory.</source>
        <translation>Das Passwort konnte nicht geschützt werden: nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The stored password check is damaged. Ask your administrator to reset this computer&apos;s enrolment.</source>
        <translation>Die gespeicherte Passwortprüfung ist beschädigt. Bitten Sie Ihre IT-Administration, die Einrichtung dieses Computers zurückzusetzen.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter your phone number.</source>
        <translation>Geben Sie Ihre Telefonnummer ein.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus.</translation>
    </message>
    <message>
        <source>The country code is not known. Choose a country or start the number with + and its code.</source>
        <translation>Die Landesvorwahl ist unbekannt. Wählen Sie ein Land oder beginnen Sie die Nummer mit + und der Landesvorwahl.</translation>
    </message>
    <message>
        <source>This number is too short for the chosen country.</source>
        <translation>Diese Nummer ist für das gewählte Land zu kurz.</translation>
    </message>
    <message>
        <source>This number is too long for the chosen country.</source>
        <translation>Diese Nummer ist für das gewählte Land zu lang.</translation>
    </message>
    <message>
        <source>This number cannot exist in the chosen country.</source>
        <translation>Diese Nummer kann es im gewählten Land nicht geben.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>is a directory, not a settings file</source>
        <translation>ist ein Ordner, keine Einstellungsdatei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is not a valid INI file</source>
        <translation>ist keine gültige INI-Datei</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>keiner (direkte Verbindung)</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <source>reachable: yes (HTTP %1 in %2 ms)</source>
        <translation>erreichbar: ja (HTTP %1 in %2 ms)</translation>
    </message>
    <message>
        <source>reachable: no (%1)</source>
        <translation>erreichbar: nein (%1)</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>TLS problem: %1</source>
        <translation>TLS-Problem: %1</translation>
    </message>
    <message>
        <source>certificate %1: %2, issued by %3, valid until %4, SHA-256 %5</source>
        <translation>Zertifikat %1: %2, ausgestellt von %3, gültig bis %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>is sandbox, but %1 (%2) turns the sandbox off</source>
        <translation>ist sandbox, aber %1 (%2) schaltet die Sandbox aus</translation>
    </message>
    <message>
        <source>%1 is not among the allowed channels (%2: %3)</source>
        <translation>%1 gehört nicht zu den erlaubten Versandarten (%2: %3)</translation>
    </message>
    <message>
        <source>is manual, but %1 is not set; the system&apos;s proxy settings are used instead</source>
        <translation>ist manual, aber %1 ist nicht gesetzt; stattdessen werden die Proxy-Einstellungen des Systems verwendet</translation>
    </message>
    <message>
        <source>(%1) is longer than %2 (%3); the total timeout bounds both</source>
        <translation>(%1) ist länger als %2 (%3); das Gesamt-Zeitlimit begrenzt beide</translation>
    </message>
    <message>
        <source>To try Latchkey without a server, use --sandbox.</source>
        <translation>Um Latchkey ohne Server auszuprobieren, verwenden Sie --sandbox.</translation>
    </message>
    <message>
        <source>The sandbox is turned off by %1 (%2).</source>
        <translation>Die Sandbox ist durch %1 (%2) ausgeschaltet.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 is set by your organisation&apos;s policy (%3) and cannot be changed on the command line.</source>
        <translation>%1: %2 ist durch die Richtlinie Ihrer Organisation festgelegt (%3) und kann nicht über die Befehlszeile geändert werden.</translation>
    </message>
    <message>
        <source>command line (%1)</source>
        <translation>Befehlszeile (%1)</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>user settings</source>
        <translation>Benutzereinstellungen</translation>
    </message>
    <message>
        <source>admin defaults</source>
        <translation>Vorgaben der Administration</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>eingebaute Voreinstellung</translation>
    </message>
    <message>
        <source>policy (%1), locked</source>
        <translation>Richtlinie (%1), gesperrt</translation>
    </message>
    <message>
        <source>must be a URL such as https://auth.example.org (not %1)</source>
        <translation>muss eine URL wie https://auth.example.org sein (nicht %1)</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>must use https; plain http is allowed only on this computer (127.0.0.1, ::1, localhost) (not %1)</source>
        <translation>muss https verwenden; einfaches http ist nur auf diesem Computer erlaubt (127.0.0.1, ::1, localhost) (nicht %1)</translation>
    </message>
    <message>
        <source>must be an origin (scheme, host and port) without a path; the paths are Server/LoginPath, Server/SendCodePath, Server/VerifyCodePath and Server/LogoutPath (not %1)</source>
        <translation>muss eine Adresse aus Schema, Host und Port ohne Pfad sein; die Pfade sind Server/LoginPath, Server/SendCodePath, Server/VerifyCodePath und Server/LogoutPath (nicht %1)</translation>
    </message>
    <message>
        <source>must be an origin (scheme, host and port) without a path (not %1)</source>
        <translation>muss eine Adresse aus Schema, Host und Port ohne Pfad sein (nicht %1)</translation>
    </message>
    <message>
        <source>must be http://host:port or socks5://host:port (not %1)</source>
        <translation>muss http://host:port oder socks5://host:port sein (nicht %1)</translation>
    </message>
    <message>
        <source>must not contain a user name or password: proxy credentials are not settings, and proxies that ask for them are not supported yet</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten: Proxy-Zugangsdaten sind keine Einstellungen, und Proxys, die danach fragen, werden noch nicht unterstützt</translation>
    </message>
    <message>
        <source>must be a path starting with / such as /api/auth/login (not %1)</source>
        <translation>muss ein Pfad sein, der mit / beginnt, wie /api/auth/login (nicht %1)</translation>
    </message>
    <message>
        <source>must be an absolute path (not %1)</source>
        <translation>muss ein absoluter Pfad sein (nicht %1)</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate</source>
        <translation>%1 enthält kein PEM- oder DER-Zertifikat</translation>
    </message>
    <message>
        <source>must be an absolute path, &quot;none&quot; or empty for the default (not %1)</source>
        <translation>muss ein absoluter Pfad, „none“ oder leer für die Voreinstellung sein (nicht %1)</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1 is not the base64 SHA-256 hash of a public key (44 characters)</source>
        <translation>%1 ist kein base64-kodierter SHA-256-Hash eines öffentlichen Schlüssels (44 Zeichen)</translation>
    </message>
    <message>
        <source>must be &quot;system&quot; or a language such as de, fr or pt_BR (not %1)</source>
        <translation>muss „system“ oder eine Sprache wie de, fr oder pt_BR sein (nicht %1)</translation>
    </message>
    <message>
        <source>is not a Latchkey setting; did you mean %1?</source>
        <translation>ist keine Latchkey-Einstellung; meinten Sie %1?</translation>
    </message>
    <message>
        <source>must be true or false (not %1)</source>
        <translation>muss true oder false sein (nicht %1)</translation>
    </message>
    <message>
        <source>is available only on Linux and macOS</source>
        <translation>ist nur unter Linux und macOS verfügbar</translation>
    </message>
    <message>
        <source>must be 0 (the server decides) or a whole number from 4 to 10 (not %1)</source>
        <translation>muss 0 (der Server entscheidet) oder eine ganze Zahl von 4 bis 10 sein (nicht %1)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2 (not %3)</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein (nicht %3)</translation>
    </message>
    <message>
        <source>must be one of %1 (not %2)</source>
        <translation>muss einer der Werte %1 sein (nicht %2)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>must name at least one of %1, or nobody could receive a code</source>
        <translation>muss mindestens einen der Werte %1 nennen, sonst könnte niemand einen Code erhalten</translation>
    </message>
    <message>
        <source>must be &quot;VA&quot; followed by 32 hexadecimal digits (not %1)</source>
        <translation>muss „VA“ gefolgt von 32 Hexadezimalziffern sein (nicht %1)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit under an error</source>
        <translation>ist %1 Zeichen lang; unter eine Fehlermeldung passen höchstens %2</translation>
    </message>
    <message>
        <source>must be a phone number in international format starting with + and the country code, such as +14155550142</source>
        <translation>muss eine Telefonnummer im internationalen Format sein, beginnend mit + und der Landesvorwahl, etwa +14155550142</translation>
    </message>
    <message>
        <source>is not a property list of settings</source>
        <translation>ist keine Eigenschaftsliste mit Einstellungen</translation>
    </message>
    <message>
        <source>a quotation mark (&quot;) is not closed on its line</source>
        <translation>ein Anführungszeichen (&quot;) wird in seiner Zeile nicht geschlossen</translation>
    </message>
    <message>
        <source>a section name must end with &quot;]&quot;</source>
        <translation>ein Abschnittsname muss mit &quot;]&quot; enden</translation>
    </message>
    <message>
        <source>a section name cannot hold %1</source>
        <translation>ein Abschnittsname darf kein %1 enthalten</translation>
    </message>
    <message>
        <source>a section has no name</source>
        <translation>ein Abschnitt hat keinen Namen</translation>
    </message>
    <message>
        <source>text after the section&apos;s &quot;]&quot; (QSettings would ignore it)</source>
        <translation>Text nach dem &quot;]&quot; des Abschnitts (QSettings würde ihn übergehen)</translation>
    </message>
    <message>
        <source>a &apos;#&apos; comment that ends in a backslash (\) would hide the next line</source>
        <translation>ein &apos;#&apos;-Kommentar, der mit einem Backslash (\) endet, würde die nächste Zeile verschlucken</translation>
    </message>
    <message>
        <source>is not a section ([Name]), a setting (Key=value) or a comment (; or #)</source>
        <translation>ist weder ein Abschnitt ([Name]) noch eine Einstellung (Schlüssel=Wert) noch ein Kommentar (; oder #)</translation>
    </message>
    <message>
        <source>is larger than 1 MiB (%1 bytes): not read</source>
        <translation>ist größer als 1 MiB (%1 Bytes): nicht gelesen</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a settings file: not opened</source>
        <translation>ist eine benannte Pipe (FIFO), keine Einstellungsdatei: nicht geöffnet</translation>
    </message>
    <message>
        <source>is a device, not a settings file: not opened</source>
        <translation>ist ein Gerät, keine Einstellungsdatei: nicht geöffnet</translation>
    </message>
    <message>
        <source>is a socket, not a settings file: not opened</source>
        <translation>ist ein Socket, keine Einstellungsdatei: nicht geöffnet</translation>
    </message>
    <message>
        <source>is not a regular file: not opened</source>
        <translation>ist keine gewöhnliche Datei: nicht geöffnet</translation>
    </message>
    <message>
        <source>holds a NUL byte: this is not a text file</source>
        <translation>enthält ein NUL-Byte: das ist keine Textdatei</translation>
    </message>
    <message>
        <source>a key is missing before &quot;=&quot;</source>
        <translation>vor &quot;=&quot; fehlt ein Schlüssel</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1, unreadable</source>
        <translation>%1, unlesbar</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy cannot be read (%1: %2), so Latchkey does not sign in. Ask your administrator or help desk to fix it.</source>
        <translation>Die Richtlinie Ihrer Organisation kann nicht gelesen werden (%1: %2), daher meldet Latchkey nicht an. Bitten Sie Ihre Administration oder Ihren Helpdesk, sie zu korrigieren.</translation>
    </message>
    <message>
        <source>&quot;open&quot; is honoured only when set by policy; Latchkey fails closed</source>
        <translation>„open“ gilt nur, wenn es per Richtlinie gesetzt ist; Latchkey bleibt geschlossen</translation>
    </message>
    <message>
        <source>needs at least two pins: the key in use and a backup key</source>
        <translation>braucht mindestens zwei Pins: den verwendeten Schlüssel und einen Ersatzschlüssel</translation>
    </message>
    <message>
        <source>owned by uid %1, not %2</source>
        <translation>gehört uid %1, nicht %2</translation>
    </message>
    <message>
        <source>writable by group or others (mode %1)</source>
        <translation>für Gruppe oder andere beschreibbar (Modus %1)</translation>
    </message>
    <message>
        <source>is a symbolic link owned by uid %1, not %2</source>
        <translation>ist ein symbolischer Link, der uid %1 gehört, nicht %2</translation>
    </message>
    <message>
        <source>is a symbolic link that cannot be followed: %1</source>
        <translation>ist ein symbolischer Link, dem nicht gefolgt werden kann: %1</translation>
    </message>
    <message>
        <source>links to %1: %2</source>
        <translation>verweist auf %1: %2</translation>
    </message>
    <message>
        <source>links into %1: %2</source>
        <translation>verweist in %1: %2</translation>
    </message>
    <message>
        <source>cannot be checked: %1</source>
        <translation>kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>true is honoured only when set by policy; a sandbox sign-in does not open a gate</source>
        <translation>true gilt nur, wenn es per Richtlinie gesetzt ist; eine Anmeldung in der Sandbox öffnet kein Tor</translation>
    </message>
    <message>
        <source>must be up to 200 letters, digits and . _ : / - (not %1)</source>
        <translation>darf aus bis zu 200 Buchstaben, Ziffern und . _ : / - bestehen (nicht %1)</translation>
    </message>
    <message>
        <source>must be the absolute path of a file, or empty for the default (not %1)</source>
        <translation>muss der absolute Pfad einer Datei sein, oder leer für den Standard (nicht %1)</translation>
    </message>
    <message>
        <source>No server configured. Your administrator sets Server/Url (see the admin guide, %1); for a one-off, pass --server URL.</source>
        <translation>Kein Server konfiguriert. Ihre IT-Administration legt Server/Url fest (siehe Administrationshandbuch, %1); für einen einmaligen Aufruf geben Sie --server URL an.</translation>
    </message>
    <message>
        <source>Direct mode needs the Verify Service SID: your administrator sets Verify/ServiceSid (see %1); for a one-off, pass --service-sid.</source>
        <translation>Der Direktmodus braucht die Verify Service SID: Ihre IT-Administration legt Verify/ServiceSid fest (siehe %1); für einen einmaligen Aufruf geben Sie --service-sid an.</translation>
    </message>
    <message>
        <source>is not a setting: secrets (API keys, auth tokens, passwords) are never read from settings files, the registry or profiles; see %1</source>
        <translation>ist keine Einstellung: Geheimnisse (API-Schlüssel, Auth-Tokens, Passwörter) werden nie aus Einstellungsdateien, der Registry oder Profilen gelesen; siehe %1</translation>
    </message>
    <message>
        <source>is not a Latchkey setting (%1 lists them all)</source>
        <translation>ist keine Latchkey-Einstellung (%1 listet alle auf)</translation>
    </message>
    <message>
        <source>must be one line of at most %1 characters, to fit above a title</source>
        <translation>muss eine Zeile mit höchstens %1 Zeichen sein, damit sie über einen Titel passt</translation>
    </message>
    <message>
        <source>is honoured only when set by policy or the admin defaults; codes are not sent by email</source>
        <translation>wird nur berücksichtigt, wenn per Richtlinie oder Administrator-Vorgaben gesetzt; Codes werden nicht per E-Mail gesendet</translation>
    </message>
    <message>
        <source>must be an email address, such as ada@example.com</source>
        <translation>muss eine E-Mail-Adresse sein, etwa ada@example.com</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>A code may have been sent anyway: enter it if it arrives, or send a new one.</source>
        <translation>Möglicherweise wurde trotzdem ein Code gesendet: Geben Sie ihn ein, wenn er ankommt, oder fordern Sie einen neuen an.</translation>
    </message>
</context>
<context>
    <name>latchkey::AuthService</name>
    <message>
        <source>This way of signing in has no local account to enrol.</source>
        <translation>Bei dieser Anmeldeart gibt es kein lokales Konto einzurichten.</translation>
    </message>
</context>
<context>
    <name>latchkey::BackendAuthService</name>
    <message>
        <source>The server has no sign-in API at this address (HTTP %1). Check the server setting.</source>
        <translation>Der Server bietet unter dieser Adresse keine Anmelde-API an (HTTP %1). Prüfen Sie die Servereinstellung.</translation>
    </message>
</context>
<context>
    <name>latchkey::CapsLockWarning</name>
    <message>
        <source>Caps Lock is on</source>
        <translation>Die Feststelltaste ist aktiv</translation>
    </message>
    <message>
        <source>Letters you type come out in capitals</source>
        <translation>Eingegebene Buchstaben erscheinen als Großbuchstaben</translation>
    </message>
</context>
<context>
    <name>latchkey::ClipboardCodeOffer</name>
    <message>
        <source>Puts the code from the clipboard into the field</source>
        <translation>Fügt den Code aus der Zwischenablage in das Feld ein</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <source>Paste the code %1</source>
        <translation>Code %1 einfügen</translation>
    </message>
</context>
<context>
    <name>latchkey::CodePage</name>
    <message numerus="yes">
        <source>Available in about %n second(s)</source>
        <translation>
            <numerusform>Verfügbar in etwa %n Sekunde</numerusform>
            <numerusform>Verfügbar in etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Use a &amp;different number</source>
        <translation>Andere &amp;Nummer verwenden</translation>
    </message>
    <message>
        <source>Use a different number</source>
        <translation>Andere Nummer verwenden</translation>
    </message>
    <message>
        <source>Go back and enter another phone number</source>
        <translation>Zurückgehen und eine andere Telefonnummer eingeben</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Code erneut senden</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <translation>Stattdessen anrufen lassen</translation>
    </message>
    <message>
        <source>Get the code read out in a phone call</source>
        <translation>Den Code in einem Anruf vorlesen lassen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Send the same code once more</source>
        <translation>Denselben Code erneut prüfen lassen</translation>
    </message>
    <message>
        <source>The check was stopped before an answer came. The code may still be valid.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor eine Antwort kam. Der Code ist möglicherweise noch gültig.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s); the code is checked as soon as the last one is entered</source>
        <translation>
            <numerusform>%n Ziffer; der Code wird geprüft, sobald die letzte eingegeben ist</numerusform>
            <numerusform>%n Ziffern; der Code wird geprüft, sobald die letzte eingegeben ist</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter when the code is complete</source>
        <translation>Drücken Sie die Eingabetaste, wenn der Code vollständig ist</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Sent by SMS.</source>
        <translation>Per SMS gesendet.</translation>
    </message>
    <message>
        <source>Sent by SMS to %1</source>
        <translation>Per SMS an %1 gesendet</translation>
    </message>
    <message>
        <source>You are getting a call that reads out the code.</source>
        <translation>Sie erhalten einen Anruf, in dem der Code vorgelesen wird.</translation>
    </message>
    <message>
        <source>Calling %1 to read out the code</source>
        <translation>%1 wird angerufen, um den Code vorzulesen</translation>
    </message>
    <message>
        <source>Sent by WhatsApp.</source>
        <translation>Per WhatsApp gesendet.</translation>
    </message>
    <message>
        <source>Sent by WhatsApp to %1</source>
        <translation>Per WhatsApp an %1 gesendet</translation>
    </message>
    <message>
        <source>Sent by email to the address on file.</source>
        <translation>Per E-Mail an die hinterlegte Adresse gesendet.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Erneut anrufen</translation>
    </message>
    <message>
        <source>Call again in %1</source>
        <translation>Erneut anrufen in %1</translation>
    </message>
    <message>
        <source>Resend in %1</source>
        <translation>Erneut senden in %1</translation>
    </message>
    <message>
        <source>Call &amp;again</source>
        <translation>Erneut an&amp;rufen</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>Code erneut &amp;senden</translation>
    </message>
    <message>
        <source>Sends a new code</source>
        <translation>Sendet einen neuen Code</translation>
    </message>
    <message>
        <source>Call me in %1</source>
        <translation>Anruf möglich in %1</translation>
    </message>
    <message>
        <source>&amp;Call me instead</source>
        <translation>Stattdessen &amp;anrufen lassen</translation>
    </message>
    <message numerus="yes">
        <source>Remember this &amp;device for %n day(s)</source>
        <translation>
            <numerusform>Dieses &amp;Gerät %n Tag merken</numerusform>
            <numerusform>Dieses &amp;Gerät %n Tage merken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remember this device for %n day(s)</source>
        <translation>
            <numerusform>Dieses Gerät %n Tag merken</numerusform>
            <numerusform>Dieses Gerät %n Tage merken</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>Skips the code, never the password, when you sign in on this computer</source>
        <translation>Überspringt bei der Anmeldung an diesem Computer den Code, nie das Passwort</translation>
    </message>
    <message numerus="yes">
        <source>Enter the %n-digit code</source>
        <translation>
            <numerusform>Geben Sie den %n-stelligen Code ein</numerusform>
            <numerusform>Geben Sie den %n-stelligen Code ein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter the %n-digit code sent to %1</source>
        <translation>
            <numerusform>Geben Sie den %n-stelligen Code ein, der an %1 gesendet wurde</numerusform>
            <numerusform>Geben Sie den %n-stelligen Code ein, der an %1 gesendet wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the code sent to %1</source>
        <translation>Geben Sie den Code ein, der an %1 gesendet wurde</translation>
    </message>
    <message>
        <source>Text me in %1</source>
        <translation>SMS möglich in %1</translation>
    </message>
    <message>
        <source>Text me instead</source>
        <translation>Stattdessen per SMS</translation>
    </message>
    <message>
        <source>Get a new code by text message</source>
        <translation>Einen neuen Code per SMS erhalten</translation>
    </message>
    <message>
        <source>Didn&apos;t get a code?</source>
        <translation>Keinen Code erhalten?</translation>
    </message>
    <message>
        <source>&amp;Text me instead</source>
        <translation>Stattdessen per S&amp;MS</translation>
    </message>
    <message>
        <source>Codes usually arrive within a minute; a text message can take longer where the signal is weak.</source>
        <translation>Codes kommen meist innerhalb einer Minute an; eine SMS kann bei schwachem Empfang länger brauchen.</translation>
    </message>
    <message>
        <source>Check that %1 is your number.</source>
        <translation>Prüfen Sie, ob %1 Ihre Nummer ist.</translation>
    </message>
    <message>
        <source>You can ask for another call once the wait is over.</source>
        <translation>Nach Ablauf der Wartezeit können Sie einen weiteren Anruf anfordern.</translation>
    </message>
    <message>
        <source>You can ask for a new code once the wait is over.</source>
        <translation>Nach Ablauf der Wartezeit können Sie einen neuen Code anfordern.</translation>
    </message>
    <message>
        <source>Or choose &quot;Call me instead&quot; to hear the code in a phone call.</source>
        <translation>Oder wählen Sie „Stattdessen anrufen lassen“, um den Code in einem Anruf zu hören.</translation>
    </message>
    <message>
        <source>If the number is wrong, use a different number.</source>
        <translation>Ist die Nummer falsch, verwenden Sie eine andere Nummer.</translation>
    </message>
    <message>
        <source>Sent by email to %1</source>
        <translation>Per E-Mail an %1 gesendet</translation>
    </message>
    <message>
        <source>Look in your spam or junk folder too.</source>
        <translation>Sehen Sie auch im Spam-Ordner nach.</translation>
    </message>
    <message>
        <source>Email me in %1</source>
        <translation>E-Mail in %1</translation>
    </message>
    <message>
        <source>Email me instead</source>
        <translation>Stattdessen per E-Mail</translation>
    </message>
    <message>
        <source>&amp;Email me instead</source>
        <translation>Stattdessen per &amp;E-Mail</translation>
    </message>
    <message>
        <source>Get a new code by email to %1</source>
        <translation>Einen neuen Code per E-Mail an %1 erhalten</translation>
    </message>
    <message>
        <source>Or choose &quot;Email me instead&quot; to get the code at %1.</source>
        <translation>Oder wählen Sie „Stattdessen per E-Mail“, um den Code an %1 zu erhalten.</translation>
    </message>
</context>
<context>
    <name>latchkey::ConfigCheck</name>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>(default) %1</source>
        <translation>(Voreinstellung) %1</translation>
    </message>
    <message>
        <source>is not set; direct mode needs the Verify Service SID (VA…)</source>
        <translation>ist nicht gesetzt; der Direktmodus braucht die Verify Service SID (VA…)</translation>
    </message>
    <message>
        <source>Latchkey %1: configuration check</source>
        <translation>Latchkey %1: Konfigurationsprüfung</translation>
    </message>
    <message>
        <source>Stores, highest layer first:</source>
        <translation>Speicherorte, höchste Ebene zuerst:</translation>
    </message>
    <message>
        <source>Effective settings (key = value, source):</source>
        <translation>Wirksame Einstellungen (Schlüssel = Wert, Quelle):</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message numerus="yes">
        <source>Result: no errors, %n warning(s); exit code 0.</source>
        <translation>
            <numerusform>Ergebnis: keine Fehler, %n Warnung; Exit-Code 0.</numerusform>
            <numerusform>Ergebnis: keine Fehler, %n Warnungen; Exit-Code 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: no problems; exit code 0.</source>
        <translation>Ergebnis: keine Probleme; Exit-Code 0.</translation>
    </message>
    <message numerus="yes">
        <source>Result: %n error(s); exit code 3.</source>
        <translation>
            <numerusform>Ergebnis: %n Fehler; Exit-Code 3.</numerusform>
            <numerusform>Ergebnis: %n Fehler; Exit-Code 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n warning(s).</source>
        <translation>
            <numerusform>Außerdem %n Warnung.</numerusform>
            <numerusform>Außerdem %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: the sandbox, which Latchkey starts as its child process latchkey-sandbox on 127.0.0.1 (nothing to reach).</source>
        <translation>Server: die Sandbox, die Latchkey als Kindprozess latchkey-sandbox auf 127.0.0.1 startet (nichts zu erreichen).</translation>
    </message>
    <message>
        <source>Server: the sandbox, which Latchkey starts as its child process %1 on 127.0.0.1 (nothing to reach).</source>
        <translation>Server: die Sandbox, die Latchkey als Kindprozess %1 auf 127.0.0.1 startet (nichts zu erreichen).</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectivityProbe</name>
    <message>
        <source>none of the server&apos;s certificates carries a key listed in %1</source>
        <translation>keines der Zertifikate des Servers trägt einen in %1 aufgeführten Schlüssel</translation>
    </message>
</context>
<context>
    <name>latchkey::Diagnostics</name>
    <message>
        <source>Latchkey support bundle (phone numbers, codes and secrets are redacted)</source>
        <translation>Latchkey-Supportpaket (Telefonnummern, Codes und Geheimnisse sind unkenntlich gemacht)</translation>
    </message>
    <message>
        <source>Version: Latchkey %1, Qt %2 (built with %3)</source>
        <translation>Version: Latchkey %1, Qt %2 (erstellt mit %3)</translation>
    </message>
    <message>
        <source>System: %1; kernel %2 %3; %4</source>
        <translation>System: %1; Kernel %2 %3; %4</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Stores, highest layer first:</source>
        <translation>Speicherorte, höchste Ebene zuerst:</translation>
    </message>
    <message>
        <source>Effective settings (key = value, source):</source>
        <translation>Wirksame Einstellungen (Schlüssel = Wert, Quelle):</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>Connectivity: no server to reach (mode %1).</source>
        <translation>Verbindung: kein Server zu erreichen (Modus %1).</translation>
    </message>
    <message>
        <source>Connectivity (proxy in effect, TLS and certificate chain):</source>
        <translation>Verbindung (wirksamer Proxy, TLS und Zertifikatskette):</translation>
    </message>
    <message>
        <source>Last log lines: no log file (Logging/Directory is none).</source>
        <translation>Letzte Protokollzeilen: keine Protokolldatei (Logging/Directory ist none).</translation>
    </message>
    <message>
        <source>Last log lines (%1):</source>
        <translation>Letzte Protokollzeilen (%1):</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::DirectAuthService</name>
    <message>
        <source>local accounts arrive with enrolment</source>
        <translation>lokale Konten kommen mit der Einrichtung</translation>
    </message>
    <message>
        <source>Enter the number to send the code to.</source>
        <translation>Geben Sie die Nummer ein, an die der Code gesendet werden soll.</translation>
    </message>
    <message>
        <source>Direct mode cannot work without the keychain: %1</source>
        <translation>Der Direktmodus funktioniert nicht ohne Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>This computer is not enrolled yet.</source>
        <translation>Dieser Computer ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The enrolment was not started.</source>
        <translation>Die Einrichtung wurde nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>latchkey::DonePage</name>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>Your password and the code have been confirmed.</source>
        <translation>Ihr Passwort und der Code wurden bestätigt.</translation>
    </message>
    <message>
        <source>Click Finish to close this window; whatever asked you to sign in can now continue.</source>
        <translation>Klicken Sie auf „Abschließen“, um dieses Fenster zu schließen; die Anwendung, die die Anmeldung angefordert hat, kann jetzt fortfahren.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Forget the remembered session and device on this computer and start over</source>
        <translation>Die gemerkte Sitzung und das gemerkte Gerät auf diesem Computer vergessen und neu beginnen</translation>
    </message>
    <message>
        <source>Your password has been confirmed; this computer is remembered, so no code was needed.</source>
        <translation>Ihr Passwort wurde bestätigt; dieser Computer ist gemerkt, daher war kein Code nötig.</translation>
    </message>
    <message>
        <source>Change phone &amp;number…</source>
        <translation>Telefon&amp;nummer ändern…</translation>
    </message>
    <message>
        <source>Change phone number</source>
        <translation>Telefonnummer ändern</translation>
    </message>
    <message>
        <source>Verify a new number for signing in on this computer; codes then go to it</source>
        <translation>Eine neue Nummer für die Anmeldung an diesem Computer bestätigen; Codes gehen dann an sie</translation>
    </message>
    <message>
        <source>Let in without a code.</source>
        <translation>Ohne Code eingelassen.</translation>
    </message>
    <message>
        <source>The code service could not be reached, and your organisation allows signing in without a code when that happens (fail-open). This is not a full sign-in.</source>
        <translation>Der Code-Dienst war nicht erreichbar, und Ihre Organisation erlaubt in diesem Fall die Anmeldung ohne Code (fail-open). Dies ist keine vollständige Anmeldung.</translation>
    </message>
    <message>
        <source>This window closes in a moment; whatever asked you to sign in can now continue.</source>
        <translation>Dieses Fenster schließt sich gleich; was Sie zur Anmeldung aufgefordert hat, kann jetzt weitermachen.</translation>
    </message>
</context>
<context>
    <name>latchkey::EnrolmentPage</name>
    <message>
        <source>Set up this computer</source>
        <translation>Diesen Computer einrichten</translation>
    </message>
    <message>
        <source>Choose a password for signing in here. Next, a code confirms your phone number.</source>
        <translation>Wählen Sie ein Passwort für die Anmeldung an diesem Computer. Anschließend bestätigt ein Code Ihre Telefonnummer.</translation>
    </message>
    <message>
        <source>The password is checked on this computer only and is never stored: the keychain keeps a one-way check of it.</source>
        <translation>Das Passwort wird nur auf diesem Computer geprüft und nie gespeichert: Der Schlüsselbund bewahrt nur einen nicht umkehrbaren Prüfwert auf.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The name you will sign in with on this computer</source>
        <translation>Der Name, mit dem Sie sich an diesem Computer anmelden</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words make a strong password</source>
        <translation>
            <numerusform>Mindestens %n Zeichen; einige zusammenhanglose Wörter ergeben ein starkes Passwort</numerusform>
            <numerusform>Mindestens %n Zeichen; einige zusammenhanglose Wörter ergeben ein starkes Passwort</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Passwort w&amp;iederholen:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Wird eingerichtet…</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Die Feststelltaste ist aktiv.</translation>
    </message>
</context>
<context>
    <name>latchkey::FlowPage</name>
    <message>
        <source>Why the last step did not succeed</source>
        <translation>Warum der letzte Schritt nicht erfolgreich war</translation>
    </message>
    <message>
        <source>A remark about this sign-in</source>
        <translation>Ein Hinweis zu dieser Anmeldung</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Textnachricht (SMS)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Still waiting for the server…</source>
        <translation>Warte noch auf den Server …</translation>
    </message>
</context>
<context>
    <name>latchkey::KeychainSecretStore</name>
    <message>
        <source>Nothing is stored for this item.</source>
        <translation>Für diesen Eintrag ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>No keychain is available: the Secret Service is not running or has no login keyring.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Secret Service läuft nicht oder hat keinen Anmelde-Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>latchkey::PageHeader</name>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>Logo von %1</translation>
    </message>
    <message>
        <source>a server on this computer</source>
        <translation>ein Server auf diesem Computer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation and server</source>
        <translation>Organisation und Server</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
</context>
<context>
    <name>latchkey::PasswordPage</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Angemeldet b&amp;leiben</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Use your organisation account. Next, a code confirms it is really you.</source>
        <translation>Verwenden Sie das Konto Ihrer Organisation. Anschließend bestätigt ein Code, dass Sie es wirklich sind.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The name of your organisation account</source>
        <translation>Der Name Ihres Organisationskontos</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain so you can skip the password next time</source>
        <translation>Speichert ein Anmeldetoken im Schlüsselbund des Systems, damit Sie beim nächsten Mal kein Passwort eingeben müssen</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort ausblenden</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>Press Enter to sign in. Alt+F8 shows or hides the password</source>
        <translation>Mit der Eingabetaste anmelden. Alt+F8 zeigt oder verbirgt das Passwort</translation>
    </message>
    <message>
        <source>Caps Lock is on. Press Enter to sign in. Alt+F8 shows or hides the password</source>
        <translation>Die Feststelltaste ist aktiviert. Mit der Eingabetaste anmelden. Alt+F8 zeigt oder verbirgt das Passwort</translation>
    </message>
    <message>
        <source>Hide password (Alt+F8)</source>
        <translation>Passwort verbergen (Alt+F8)</translation>
    </message>
    <message>
        <source>Show password (Alt+F8)</source>
        <translation>Passwort anzeigen (Alt+F8)</translation>
    </message>
</context>
<context>
    <name>latchkey::PhonePage</name>
    <message>
        <source>Your phone</source>
        <translation>Ihr Telefon</translation>
    </message>
    <message>
        <source>Where should Latchkey send your sign-in code?</source>
        <translation>Wohin soll Latchkey Ihren Anmeldecode senden?</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
    <message>
        <source>Sets the calling code for numbers typed without a leading +</source>
        <translation>Legt die Landesvorwahl für Nummern fest, die ohne führendes + eingegeben werden</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code; spaces, dashes and brackets are fine</source>
        <translation>Ihre Mobilnummer, mit oder ohne Landesvorwahl; Leerzeichen, Bindestriche und Klammern sind erlaubt</translation>
    </message>
    <message>
        <source>How to send the code</source>
        <translation>Versandart des Codes</translation>
    </message>
    <message>
        <source>Only the ways your organisation allows are listed</source>
        <translation>Es werden nur die von Ihrer Organisation erlaubten Versandarten angezeigt</translation>
    </message>
    <message>
        <source>C&amp;ountry or region:</source>
        <translation>&amp;Land oder Region:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>Send the code &amp;by:</source>
        <translation>Code senden &amp;per:</translation>
    </message>
    <message>
        <source>Your organisation has %1 on file for you. Enter that number.</source>
        <translation>Bei Ihrer Organisation ist für Sie die Nummer %1 hinterlegt. Geben Sie diese Nummer ein.</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>&amp;Code senden</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Code wird gesendet…</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>The choices are managed by your organisation</source>
        <translation>Die Auswahl wird von Ihrer Organisation verwaltet</translation>
    </message>
    <message>
        <source>Type a name or a calling code such as +49 to search</source>
        <translation>Geben Sie zum Suchen einen Namen oder eine Vorwahl wie +49 ein</translation>
    </message>
    <message>
        <source>Check the number</source>
        <translation>Nummer prüfen</translation>
    </message>
    <message>
        <source>This number looks unusual for %1. Check it; if it is right, you can still send the code.</source>
        <translation>Diese Nummer sieht für %1 ungewöhnlich aus. Prüfen Sie sie; wenn sie stimmt, können Sie den Code trotzdem senden.</translation>
    </message>
    <message>
        <source>Use a &amp;different number</source>
        <translation>Andere &amp;Nummer verwenden</translation>
    </message>
    <message>
        <source>Use a different number</source>
        <translation>Andere Nummer verwenden</translation>
    </message>
    <message>
        <source>Your organisation sends your sign-in code to %1.</source>
        <translation>Ihre Organisation sendet Ihren Anmeldecode an %1.</translation>
    </message>
    <message>
        <source>Latchkey will send your sign-in code to %1.</source>
        <translation>Latchkey sendet Ihren Anmeldecode an %1.</translation>
    </message>
    <message>
        <source>Send to %1 &amp;instead</source>
        <translation>&amp;Stattdessen an %1 senden</translation>
    </message>
    <message>
        <source>Send to %1 instead</source>
        <translation>Stattdessen an %1 senden</translation>
    </message>
    <message>
        <source>Type another number</source>
        <translation>Eine andere Nummer eingeben</translation>
    </message>
    <message>
        <source>Send the code to the number on file</source>
        <translation>Den Code an die hinterlegte Nummer senden</translation>
    </message>
    <message>
        <source>Send &amp;code to %1</source>
        <translation>&amp;Code an %1 senden</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ihre E-Mail</translation>
    </message>
</context>
<context>
    <name>latchkey::ReportCommand</name>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>not available (%1): remembered sign-ins and direct mode need one</source>
        <translation>nicht verfügbar (%1): gemerkte Anmeldungen und der Direktmodus brauchen einen</translation>
    </message>
    <message>
        <source>locked or access refused (%1)</source>
        <translation>gesperrt oder Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>error (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
</context>
<context>
    <name>latchkey::SandboxPanel</name>
    <message>
        <source>Sandbox phone</source>
        <translation>Sandbox-Telefon</translation>
    </message>
    <message>
        <source>Latchkey is running against its built-in sandbox, so no message leaves this computer. The codes it would have sent appear here.</source>
        <translation>Latchkey läuft mit der eingebauten Sandbox, daher verlässt keine Nachricht diesen Computer. Die Codes, die gesendet worden wären, erscheinen hier.</translation>
    </message>
    <message>
        <source>Codes sent by the sandbox</source>
        <translation>Von der Sandbox gesendete Codes</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>SMS to %1: %2</source>
        <translation>SMS an %1: %2</translation>
    </message>
    <message>
        <source>Call to %1: %2</source>
        <translation>Anruf an %1: %2</translation>
    </message>
    <message>
        <source>WhatsApp to %1: %2</source>
        <translation>WhatsApp an %1: %2</translation>
    </message>
    <message>
        <source>Email to %1: %2</source>
        <translation>E-Mail an %1: %2</translation>
    </message>
    <message>
        <source>Delivered at %1</source>
        <translation>Zugestellt um %1</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::SignInFlow</name>
    <message>
        <source>You will need to sign in again next time: %1</source>
        <translation>Sie müssen sich beim nächsten Mal erneut anmelden: %1</translation>
    </message>
    <message>
        <source>Nothing can be remembered on this computer: %1</source>
        <translation>Auf diesem Computer kann nichts gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>None of the ways to send a code is both allowed by your organisation and offered by the server.</source>
        <translation>Keine Versandart für Codes ist sowohl von Ihrer Organisation erlaubt als auch vom Server angeboten.</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digit(s).</source>
        <translation>
            <numerusform>Der Code hat %n Ziffer.</numerusform>
            <numerusform>Der Code hat %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Wählen Sie einen Benutzernamen.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Use a longer one, for example a few unrelated words.</source>
        <translation>Dieses Passwort ist zu leicht zu erraten. Verwenden Sie ein längeres, zum Beispiel einige zusammenhanglose Wörter.</translation>
    </message>
    <message>
        <source>Signed out. This computer no longer remembers you.</source>
        <translation>Abgemeldet. Dieser Computer merkt sich Sie nicht mehr.</translation>
    </message>
    <message>
        <source>Your phone number is now %1. Codes go to it from now on.</source>
        <translation>Ihre Telefonnummer ist jetzt %1. Codes gehen ab jetzt an sie.</translation>
    </message>
    <message>
        <source>The code is too short: codes have %1 to %2 digits.</source>
        <translation>Der Code ist zu kurz: Codes haben %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>The code is too long: codes have %1 to %2 digits.</source>
        <translation>Der Code ist zu lang: Codes haben %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>A new call was placed at %1.</source>
        <translation>Um %1 wurde ein neuer Anruf getätigt.</translation>
    </message>
    <message>
        <source>A new code was sent at %1.</source>
        <translation>Um %1 wurde ein neuer Code gesendet.</translation>
    </message>
    <message>
        <source>A new code was sent by email at %1.</source>
        <translation>Um %1 wurde ein neuer Code per E-Mail gesendet.</translation>
    </message>
</context>
<context>
    <name>latchkey::SignInWizard</name>
    <message>
        <source>Latchkey — Sign in</source>
        <translation>Latchkey — Anmelden</translation>
    </message>
</context>
<context>
    <name>latchkey::StandardConsole</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
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
        <translation>Anruf</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>  %1: attempts %2, converted %3 (%4)</source>
        <translation>  %1: Versuche %2, erfolgreich %3 (%4)</translation>
    </message>
    <message>
        <source>The audit log is off (Audit/Enabled): there is nothing to summarise.</source>
        <translation>Das Audit-Protokoll ist aus (Audit/Enabled): Es gibt nichts zusammenzufassen.</translation>
    </message>
    <message>
        <source>You were let in without a code (fail-open): the backend gives no figures then.</source>
        <translation>Sie wurden ohne Code eingelassen (fail-open): Dann liefert das Backend keine Zahlen.</translation>
    </message>
    <message>
        <source>This server gives no sign-in figures to this account (its login answer did not announce &quot;stats&quot;); latchkey --stats --local shows this computer&apos;s.</source>
        <translation>Dieser Server gibt diesem Konto keine Anmeldezahlen (seine Login-Antwort kündigte „stats“ nicht an); latchkey --stats --local zeigt die dieses Computers.</translation>
    </message>
    <message>
        <source>The backend&apos;s figures could not be read: %1</source>
        <translation>Die Zahlen des Backends konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The backend refused the figures (HTTP %1)%2</source>
        <translation>Das Backend verweigerte die Zahlen (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The backend&apos;s figures cannot be read: &quot;%1&quot; is missing or wrong.</source>
        <translation>Die Zahlen des Backends können nicht gelesen werden: „%1“ fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>Twilio&apos;s figures could not be read: %1</source>
        <translation>Die Zahlen von Twilio konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Twilio limits how often these figures can be read: try again in a minute.</source>
        <translation>Twilio begrenzt, wie oft diese Zahlen gelesen werden können: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Twilio Verify</source>
        <translation>Twilio Verify</translation>
    </message>
    <message>
        <source>the backend</source>
        <translation>dem Backend</translation>
    </message>
    <message>
        <source>this computer&apos;s audit log</source>
        <translation>dem Audit-Protokoll dieses Computers</translation>
    </message>
    <message>
        <source>Sign-ins from %1 to %2 (UTC), from %3</source>
        <translation>Anmeldungen von %1 bis %2 (UTC), aus %3</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Converted: %1 (%2)</source>
        <translation>Erfolgreich: %1 (%2)</translation>
    </message>
    <message>
        <source>By channel:</source>
        <translation>Nach Kanal:</translation>
    </message>
    <message>
        <source>By country:</source>
        <translation>Nach Land:</translation>
    </message>
    <message>
        <source>Total price: %1 %2</source>
        <translation>Gesamtpreis: %1 %2</translation>
    </message>
    <message>
        <source>  (prices in other currencies are left out)</source>
        <translation>  (Preise in anderen Währungen sind nicht enthalten)</translation>
    </message>
    <message>
        <source>Total price: not given</source>
        <translation>Gesamtpreis: nicht angegeben</translation>
    </message>
    <message>
        <source>Fraud Guard blocks seen: %1</source>
        <translation>Gesehene Fraud-Guard-Sperren: %1</translation>
    </message>
    <message>
        <source>Rate-limit refusals seen: %1</source>
        <translation>Gesehene Ablehnungen wegen Ratenbegrenzung: %1</translation>
    </message>
    <message>
        <source>Twilio keeps about %1 days of attempts; Fraud Guard blocks and rate-limit refusals are those this computer saw.</source>
        <translation>Twilio bewahrt Versuche etwa %1 Tage auf; Fraud-Guard-Sperren und Ablehnungen wegen Ratenbegrenzung sind die, die dieser Computer gesehen hat.</translation>
    </message>
</context>
<context>
    <name>latchkey::TerminalFrontEnd</name>
    <message>
        <source>Latchkey sign-in. Press Ctrl+D to cancel.</source>
        <translation>Latchkey-Anmeldung. Drücken Sie Strg+D zum Abbrechen.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>Number on file: %1</source>
        <translation>Hinterlegte Nummer: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation>
            <numerusform>Sie können in %n Sekunde einen neuen Code anfordern.</numerusform>
            <numerusform>Sie können in %n Sekunden einen neuen Code anfordern.</numerusform>
        </translation>
    </message>
    <message>
        <source>A call is not available yet.</source>
        <translation>Ein Anruf ist noch nicht möglich.</translation>
    </message>
    <message>
        <source>Choose a username: </source>
        <translation>Benutzernamen wählen: </translation>
    </message>
    <message numerus="yes">
        <source>Choose a password (at least %n characters): </source>
        <translation>
            <numerusform>Passwort wählen (mindestens %n Zeichen): </numerusform>
            <numerusform>Passwort wählen (mindestens %n Zeichen): </numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again: </source>
        <translation>Passwort erneut eingeben: </translation>
    </message>
    <message>
        <source>This computer is not enrolled yet. Choose a username and a password for signing in here, then verify your phone number.</source>
        <translation>Dieser Computer ist noch nicht eingerichtet. Wählen Sie einen Benutzernamen und ein Passwort für die Anmeldung an diesem Computer und bestätigen Sie dann Ihre Telefonnummer.</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question: one lower-case letter</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>n</source>
        <comment>the answer no to a [y/N] question: one lower-case letter</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>r</source>
        <comment>code prompt: the letter that asks for a new code</comment>
        <translation>e</translation>
    </message>
    <message>
        <source>c</source>
        <comment>code prompt: the letter that asks for a phone call</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>n</source>
        <comment>code prompt: the letter that goes back to enter a different number</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>A code was sent by SMS to %1.</source>
        <translation>Ein Code wurde per SMS an %1 gesendet.</translation>
    </message>
    <message>
        <source>You are getting a call to %1 that reads out the code.</source>
        <translation>Sie erhalten einen Anruf an %1, der Ihnen den Code vorliest.</translation>
    </message>
    <message>
        <source>A code was sent by WhatsApp to %1.</source>
        <translation>Ein Code wurde per WhatsApp an %1 gesendet.</translation>
    </message>
    <message>
        <source>A code was sent by email to %1.</source>
        <translation>Ein Code wurde per E-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Phone number [%1] (set by your organisation; press Enter): </source>
        <translation>Telefonnummer [%1] (von Ihrer Organisation festgelegt; Eingabetaste drücken): </translation>
    </message>
    <message>
        <source>Phone number [%1]: </source>
        <translation>Telefonnummer [%1]: </translation>
    </message>
    <message>
        <source>Send the code by (%1) [1]: </source>
        <translation>Code senden per (%1) [1]: </translation>
    </message>
    <message>
        <source>Let in WITHOUT a code: the code service could not be reached, and your organisation allows this (fail-open). This is not a full sign-in.</source>
        <translation>OHNE Code eingelassen: Der Code-Dienst war nicht erreichbar, und Ihre Organisation erlaubt das (fail-open). Dies ist keine vollständige Anmeldung.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be sent before %1 (in %n minute(s)). Press Ctrl+D to stop waiting.</source>
        <translation>
            <numerusform>Vor %1 wird nichts gesendet (in %n Minute). Drücken Sie Strg+D, um nicht mehr zu warten.</numerusform>
            <numerusform>Vor %1 wird nichts gesendet (in %n Minuten). Drücken Sie Strg+D, um nicht mehr zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wait is over.</source>
        <translation>Die Wartezeit ist vorbei.</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the whole word for yes to a [y/N] question</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <comment>the whole word for no to a [y/N] question</comment>
        <translation>nein</translation>
    </message>
    <message>
        <source>Remember me on this computer? %1 </source>
        <translation>Auf diesem Computer angemeldet bleiben? %1 </translation>
    </message>
    <message numerus="yes">
        <source>Remember this device for %n day(s) (skips the code, never the password)? %1 </source>
        <translation>
            <numerusform>Dieses Gerät %n Tag merken (überspringt den Code, nie das Passwort)? %1 </numerusform>
            <numerusform>Dieses Gerät %n Tage merken (überspringt den Code, nie das Passwort)? %1 </numerusform>
        </translation>
    </message>
    <message>
        <source>Answer %1 or %2.</source>
        <translation>Antworten Sie mit %1 oder %2.</translation>
    </message>
    <message>
        <source>New phone number (national, or + and country code): </source>
        <translation>Neue Telefonnummer (national oder mit + und Landesvorwahl): </translation>
    </message>
    <message>
        <source>Phone number (national, or + and country code): </source>
        <translation>Telefonnummer (national oder mit + und Landesvorwahl): </translation>
    </message>
    <message>
        <source>t</source>
        <comment>code prompt after a call: the letter that asks for the code by SMS</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>Still waiting for the server…</source>
        <translation>Warte noch auf den Server …</translation>
    </message>
    <message>
        <source>Or type %1 to get the code by email at %2.</source>
        <translation>Oder geben Sie %1 ein, um den Code per E-Mail an %2 zu erhalten.</translation>
    </message>
    <message>
        <source>e</source>
        <comment>phone and code prompts: the letter that sends the code to the address on file</comment>
        <translation>e</translation>
    </message>
    <message>
        <source>Code (%1): </source>
        <translation>Code (%1): </translation>
    </message>
    <message>
        <source>%1 = call again</source>
        <translation>%1 = erneut anrufen</translation>
    </message>
    <message>
        <source>%1 = resend</source>
        <translation>%1 = erneut senden</translation>
    </message>
    <message>
        <source>%1 = call me</source>
        <translation>%1 = mich anrufen</translation>
    </message>
    <message>
        <source>%1 = text me</source>
        <translation>%1 = per SMS</translation>
    </message>
    <message>
        <source>%1 = email me</source>
        <translation>%1 = per E-Mail</translation>
    </message>
    <message>
        <source>%1 = different number</source>
        <translation>%1 = andere Nummer</translation>
    </message>
</context>
<context>
    <name>latchkey::UnconfiguredPage</name>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>Sandbox &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Latchkey is not set up yet</source>
        <translation>Latchkey ist noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>This computer does not know where to sign you in.</source>
        <translation>Dieser Computer weiß nicht, wo Sie angemeldet werden sollen.</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Signs in against a built-in practice server with a demo account; nothing is sent to a phone</source>
        <translation>Meldet Sie mit einem Demokonto an einem eingebauten Übungsserver an; es wird nichts an ein Telefon gesendet</translation>
    </message>
    <message>
        <source>You can still see how signing in works, with a demo account:</source>
        <translation>Sie können trotzdem mit einem Demokonto ausprobieren, wie die Anmeldung funktioniert:</translation>
    </message>
    <message>
        <source>Latchkey — Sign in</source>
        <translation>Latchkey — Anmelden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>latchkey::VerifyClient</name>
    <message>
        <source>%1 is not a valid URL; Twilio&apos;s is https://verify.twilio.com.</source>
        <translation>%1 ist keine gültige URL; die von Twilio lautet https://verify.twilio.com.</translation>
    </message>
    <message>
        <source>%1 must start with https:// (plain http only for this computer).</source>
        <translation>%1 muss mit https:// beginnen (einfaches http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>%1 must be an address alone, such as https://verify.twilio.com, without a path, query or user name.</source>
        <translation>%1 muss eine reine Adresse wie https://verify.twilio.com sein, ohne Pfad, Abfrage oder Benutzernamen.</translation>
    </message>
    <message>
        <source>%1 is not set: it is the Verify Service SID, &quot;VA&quot; followed by 32 hexadecimal digits.</source>
        <translation>%1 ist nicht gesetzt: Es ist die Verify Service SID, „VA“ gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>%1 must be &quot;VA&quot; followed by 32 hexadecimal digits (34 characters).</source>
        <translation>%1 muss „VA“ gefolgt von 32 Hexadezimalziffern sein (34 Zeichen).</translation>
    </message>
    <message>
        <source>%1 must be an API key SID (&quot;SK&quot; and 32 hexadecimal digits, recommended) or the Account SID (&quot;AC&quot; and 32 hexadecimal digits).</source>
        <translation>%1 muss eine API-Key-SID („SK“ und 32 Hexadezimalziffern, empfohlen) oder die Account SID („AC“ und 32 Hexadezimalziffern) sein.</translation>
    </message>
    <message>
        <source>No Verify secret was found in %1.</source>
        <translation>In %1 wurde kein Verify-Geheimnis gefunden.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>There is no verification to check this code against. Send a new code.</source>
        <translation>Es gibt keine Verifizierung, gegen die dieser Code geprüft werden kann. Fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>Enter the code you received.</source>
        <translation>Geben Sie den erhaltenen Code ein.</translation>
    </message>
    <message>
        <source>Type the code with the digits 0 to 9.</source>
        <translation>Geben Sie den Code mit den Ziffern 0 bis 9 ein.</translation>
    </message>
    <message>
        <source>A code has only digits; remove the other characters.</source>
        <translation>Ein Code besteht nur aus Ziffern; entfernen Sie die anderen Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>A code has 4 to 10 digits; this one has %n.</source>
        <translation>
            <numerusform>Ein Code hat 4 bis 10 Ziffern; dieser hat %n.</numerusform>
            <numerusform>Ein Code hat 4 bis 10 Ziffern; dieser hat %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The sandbox could not listen on this computer.</source>
        <translation>Die Sandbox konnte auf diesem Computer keinen Port öffnen.</translation>
    </message>
    <message>
        <source>Run latchkey --help for the options.</source>
        <translation>Führen Sie latchkey --help aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>No server is configured: your organisation has not told Latchkey where to sign you in yet.</source>
        <translation>Es ist kein Server konfiguriert: Ihre Organisation hat Latchkey noch nicht mitgeteilt, wo Sie angemeldet werden.</translation>
    </message>
    <message>
        <source>%1: the sandbox is turned off by %2 (%3).</source>
        <translation>%1: Die Sandbox ist durch %2 (%3) ausgeschaltet.</translation>
    </message>
    <message>
        <source>No Twilio secret: run latchkey --set-twilio-secret.</source>
        <translation>Kein Twilio-Geheimnis: Führen Sie latchkey --set-twilio-secret aus.</translation>
    </message>
    <message>
        <source>Direct mode cannot work without the keychain: %1</source>
        <translation>Der Direktmodus funktioniert nicht ohne Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The Twilio secret in the keychain is damaged: run latchkey --set-twilio-secret again.</source>
        <translation>Das Twilio-Geheimnis im Schlüsselbund ist beschädigt: Führen Sie latchkey --set-twilio-secret erneut aus.</translation>
    </message>
    <message>
        <source>No Verify service is configured: set Verify/ServiceSid or pass --service-sid.</source>
        <translation>Es ist kein Verify-Dienst konfiguriert: Setzen Sie Verify/ServiceSid oder geben Sie --service-sid an.</translation>
    </message>
    <message>
        <source>Twilio API key SID (SK…) or account SID (AC…): </source>
        <translation>SID des Twilio-API-Schlüssels (SK…) oder Account SID (AC…): </translation>
    </message>
    <message>
        <source>No key SID was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde keine Schlüssel-SID angegeben.</translation>
    </message>
    <message>
        <source>The first line is not a key SID: it is SK or AC followed by 32 hex digits.</source>
        <translation>Die erste Zeile ist keine Schlüssel-SID: Diese besteht aus SK oder AC, gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Secret: </source>
        <translation>Geheimnis: </translation>
    </message>
    <message>
        <source>No secret was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Geheimnis angegeben.</translation>
    </message>
    <message>
        <source>The Twilio key was not accepted: %1</source>
        <translation>Der Twilio-Schlüssel wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The keychain could not keep the secret: %1</source>
        <translation>Der Schlüsselbund konnte das Geheimnis nicht speichern: %1</translation>
    </message>
    <message>
        <source>The Twilio secret works with Verify service %1 (%2) and is now in the keychain.</source>
        <translation>Das Twilio-Geheimnis funktioniert mit dem Verify-Dienst %1 (%2) und ist jetzt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain could not forget it: %1</source>
        <translation>Der Schlüsselbund konnte es nicht vergessen: %1</translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s enrolment and the Twilio secret are forgotten.</source>
        <translation>Abgemeldet; die Einrichtung dieses Computers und das Twilio-Geheimnis sind vergessen.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Sandbox demo account: %1 / %2, phone %3. Codes appear as [sandbox] lines in this terminal instead of being sent.</source>
        <translation>Demokonto der Sandbox: %1 / %2, Telefon %3. Codes werden nicht versendet, sondern erscheinen als [sandbox]-Zeilen in diesem Terminal.</translation>
    </message>
    <message>
        <source>Sandbox demo account: %1 / %2, phone %3. Codes appear in the Sandbox phone panel instead of being sent.</source>
        <translation>Demokonto der Sandbox: %1 / %2, Telefon %3. Codes werden nicht versendet, sondern erscheinen im Sandbox-Telefonfeld.</translation>
    </message>
    <message>
        <source>Latchkey is already open; its window was brought to the front.</source>
        <translation>Latchkey ist bereits geöffnet; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>--change-number works only in direct mode: with a backend, the organisation&apos;s backend manages phone numbers. Ask your help desk to change yours.</source>
        <translation>--change-number funktioniert nur im Direktmodus: Mit einem Backend verwaltet das Backend der Organisation die Telefonnummern. Bitten Sie Ihren Helpdesk, Ihre zu ändern.</translation>
    </message>
    <message>
        <source>No display is available for a window (DISPLAY and WAYLAND_DISPLAY are not set). Use latchkey --tty to sign in on the terminal.</source>
        <translation>Für ein Fenster ist keine Anzeige verfügbar (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Verwenden Sie latchkey --tty, um sich im Terminal anzumelden.</translation>
    </message>
    <message>
        <source>The sandbox did not start in time.</source>
        <translation>Die Sandbox ist nicht rechtzeitig gestartet.</translation>
    </message>
    <message>
        <source>The sandbox did not say where it listens.</source>
        <translation>Die Sandbox hat nicht mitgeteilt, wo sie lauscht.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox is not installed: install the latchkey-sandbox package.</source>
        <translation>Die Sandbox ist nicht installiert: Installieren Sie das Paket latchkey-sandbox.</translation>
    </message>
</context>
</TS>
