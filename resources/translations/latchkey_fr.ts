<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthError</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in about %n minute(s).</source>
        <translation>
            <numerusform>Réessayez dans environ %n minute.</numerusform>
            <numerusform>Réessayez dans environ %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>This is not a phone number we can send a code to. Check the country and the number.</source>
        <translation>Impossible d&apos;envoyer un code à ce numéro de téléphone. Vérifiez le pays et le numéro.</translation>
    </message>
    <message>
        <source>This number is not registered for your account. Use the number your organisation has on file.</source>
        <translation>Ce numéro n&apos;est pas associé à votre compte. Utilisez le numéro enregistré par votre organisation.</translation>
    </message>
    <message>
        <source>That code is not correct. Check it and try again.</source>
        <translation>Ce code est incorrect. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>This code expired or was already used. Send a new code.</source>
        <translation>Ce code a expiré ou a déjà été utilisé. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>Too many wrong codes.</source>
        <translation>Trop de codes incorrects.</translation>
    </message>
    <message>
        <source>Too many codes were sent to this number.</source>
        <translation>Trop de codes ont été envoyés à ce numéro.</translation>
    </message>
    <message>
        <source>Too many attempts.</source>
        <translation>Trop de tentatives.</translation>
    </message>
    <message>
        <source>A code is already on its way to this number. Wait a moment, then try again.</source>
        <translation>Un code est déjà en route vers ce numéro. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>This number cannot receive text messages. You can get the code by phone call instead.</source>
        <translation>Ce numéro ne peut pas recevoir de SMS. Vous pouvez recevoir le code par appel téléphonique à la place.</translation>
    </message>
    <message>
        <source>This way of sending codes is turned off by your organisation. Choose another.</source>
        <translation>Votre organisation a désactivé ce mode d&apos;envoi des codes. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Fraud protection is blocking codes to numbers like this one for a while (up to 12 hours). Try again later or contact your help desk.</source>
        <translation>La protection contre la fraude bloque temporairement les codes vers des numéros comme celui-ci (jusqu&apos;à 12 heures). Réessayez plus tard ou contactez votre service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Codes cannot be sent to this country. Contact your help desk.</source>
        <translation>Impossible d&apos;envoyer des codes vers ce pays. Contactez votre service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The verification service is not allowed to send codes at the moment. Contact your administrator.</source>
        <translation>Le service de vérification n&apos;est pas autorisé à envoyer des codes pour le moment. Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>Codes cannot be sent to this number right now. Try again later or contact your help desk.</source>
        <translation>Impossible d&apos;envoyer des codes à ce numéro pour le moment. Réessayez plus tard ou contactez votre service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Le serveur n&apos;a pas accepté la demande.</translation>
    </message>
    <message>
        <source>The server did not accept the request: %1</source>
        <translation>Le serveur n&apos;a pas accepté la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>The verification service refused Latchkey&apos;s credentials. Contact your administrator.</source>
        <translation>Le service de vérification a refusé les identifiants de Latchkey. Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The verification service was not found. Contact your administrator.</source>
        <translation>Le service de vérification est introuvable. Contactez votre administrateur.</translation>
    </message>
    <message>
        <source>The server reported an error (%1): %2</source>
        <translation>Le serveur a signalé une erreur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server had a problem: %1</source>
        <translation>Le serveur a rencontré un problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent an answer Latchkey cannot read.</source>
        <translation>Le serveur a envoyé une réponse que Latchkey ne peut pas lire.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Check your connection and try again.</source>
        <translation>Le serveur a mis trop de temps à répondre. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check your connection.</source>
        <translation>L&apos;adresse du serveur est introuvable. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>The server refused the connection. It may be down; try again later.</source>
        <translation>Le serveur a refusé la connexion. Il est peut-être indisponible&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur.</translation>
    </message>
    <message>
        <source>The server tried to send Latchkey elsewhere, which is not allowed.</source>
        <translation>Le serveur a tenté de rediriger Latchkey ailleurs, ce qui n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>The server address must use https.</source>
        <translation>L&apos;adresse du serveur doit utiliser https.</translation>
    </message>
    <message>
        <source>The network is not available. Check your connection and try again.</source>
        <translation>Le réseau n&apos;est pas disponible. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Latchkey is not configured correctly.</source>
        <translation>Latchkey n&apos;est pas configuré correctement.</translation>
    </message>
    <message>
        <source>A code has 4 to 10 digits (0 to 9).</source>
        <translation>Un code comporte de 4 à 10 chiffres (0 à 9).</translation>
    </message>
    <message>
        <source>The server said: “%1” Send a new code.</source>
        <translation>Le serveur indique : « %1 » Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>The server said: “%1” Send a new code later.</source>
        <translation>Le serveur indique : « %1 » Demandez un nouveau code plus tard.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large, so Latchkey stopped reading it. Try again later or contact your help desk.</source>
        <translation>La réponse du serveur était trop volumineuse : Latchkey a cessé de la lire. Réessayez plus tard ou contactez votre support.</translation>
    </message>
    <message numerus="yes">
        <source>That code is not correct. %n attempt(s) left.</source>
        <translation>
            <numerusform>Ce code est incorrect. Il reste %n essai.</numerusform>
            <numerusform>Ce code est incorrect. Il reste %n essais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit (code 0).</source>
        <translation>Afficher cette aide et quitter (code 0).</translation>
    </message>
    <message>
        <source>Show the version and exit (code 0).</source>
        <translation>Afficher la version et quitter (code 0).</translation>
    </message>
    <message>
        <source>Sign in against the built-in sandbox: a demo account, and codes shown in the app and on stderr instead of being sent.</source>
        <translation>Se connecter au sandbox intégré&#xa0;: un compte de démonstration, et des codes affichés dans l&apos;application et sur stderr au lieu d&apos;être envoyés.</translation>
    </message>
    <message>
        <source>How to sign in: backend (the organisation&apos;s server), twilio (direct Twilio Verify) or sandbox.</source>
        <translation>Mode de connexion&#xa0;: backend (le serveur de l&apos;organisation), twilio (Twilio Verify en direct) ou sandbox.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>The organisation&apos;s backend, as an https origin (http only on this computer).</source>
        <translation>Le backend de l&apos;organisation, sous forme d&apos;origine https (http uniquement sur cet ordinateur).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Direct mode: the Twilio Verify API&apos;s origin (https://verify.twilio.com).</source>
        <translation>Mode direct&#xa0;: l&apos;origine de l&apos;API Twilio Verify (https://verify.twilio.com).</translation>
    </message>
    <message>
        <source>Direct mode: the Verify Service SID (VA followed by 32 hex digits).</source>
        <translation>Mode direct&#xa0;: le SID du service Verify (VA suivi de 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>sid</source>
        <translation>sid</translation>
    </message>
    <message>
        <source>Fill in this username.</source>
        <translation>Préremplir ce nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Sign in on the terminal instead of in a window.</source>
        <translation>Se connecter dans le terminal plutôt que dans une fenêtre.</translation>
    </message>
    <message>
        <source>Show every effective setting with its source, check them and the server, and exit (0 when all is well, 3 on a problem).</source>
        <translation>Afficher chaque paramètre effectif avec sa source, les vérifier ainsi que le serveur, et quitter (0 si tout va bien, 3 en cas de problème).</translation>
    </message>
    <message>
        <source>Print a support bundle (version, system, settings, proxy, connection, recent log lines) with secrets and phone numbers removed, and exit (code 0, which never means a sign-in happened).</source>
        <translation>Afficher un dossier d&apos;assistance (version, système, paramètres, proxy, connexion, dernières lignes du journal) sans secrets ni numéros de téléphone, et quitter (code 0, qui ne signifie jamais qu&apos;une connexion a eu lieu).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--check-config and --diagnose are separate reports: use one at a time.</source>
        <translation>--check-config et --diagnose sont des rapports distincts&#xa0;: utilisez-en un seul à la fois.</translation>
    </message>
    <message>
        <source>--sandbox and --mode %1 contradict each other.</source>
        <translation>--sandbox et --mode %1 se contredisent.</translation>
    </message>
    <message>
        <source>%1 cannot be combined with the sandbox, which is its own server.</source>
        <translation>%1 ne peut pas être combiné avec le sandbox, qui est son propre serveur.</translation>
    </message>
    <message>
        <source>Direct mode: read the Twilio API key SID and its secret from standard input (never from the command line), check them against the Verify service and keep them in the keychain; exit 0, or 3 with the reason.</source>
        <translation>Mode direct&#xa0;: lire le SID de la clé d&apos;API Twilio et son secret sur l&apos;entrée standard (jamais sur la ligne de commande), les vérifier auprès du service Verify et les conserver dans le trousseau&#xa0;; code de sortie 0, ou 3 avec la raison.</translation>
    </message>
    <message>
        <source>Forget the remembered session, this computer&apos;s enrolment (direct mode&apos;s local account) and the Twilio secret, and exit (code 0). The next direct-mode sign-in enrols again.</source>
        <translation>Oublier la session mémorisée, l&apos;enrôlement de cet ordinateur (le compte local du mode direct) et le secret Twilio, et quitter (code 0). La prochaine connexion en mode direct enrôle à nouveau l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>%1 cannot be combined: use one at a time.</source>
        <translation>%1 ne peuvent pas être combinées&#xa0;: utilisez-en une seule à la fois.</translation>
    </message>
    <message>
        <source>For a program that waits on this sign-in: close as soon as it is approved (no last page) and print one JSON line with the outcome on standard output.</source>
        <translation>Pour un programme qui attend cette connexion : fermer dès qu’elle est approuvée (sans la dernière page) et écrire une ligne JSON avec le résultat sur la sortie standard.</translation>
    </message>
    <message>
        <source>Forget the remembered session and the remembered device on this computer and exit (code 0).</source>
        <translation>Oublier la session mémorisée et l’appareil mémorisé sur cet ordinateur et quitter (code 0).</translation>
    </message>
    <message>
        <source>Direct mode: sign in (password and a code to the enrolled number), then verify a new number and keep it in its place; remembered devices are forgotten. Exit 0 once changed, 1 if cancelled, 3 in backend mode, where the organisation&apos;s backend manages phone numbers.</source>
        <translation>Mode direct : se connecter (mot de passe et un code envoyé au numéro enregistré), puis vérifier un nouveau numéro et l’enregistrer à sa place ; les appareils mémorisés sont oubliés. Quitte avec 0 une fois le numéro changé, 1 en cas d’annulation, 3 en mode backend, où le backend de l’organisation gère les numéros de téléphone.</translation>
    </message>
    <message>
        <source>--change-number and --print-result cannot be combined: use one at a time.</source>
        <translation>--change-number et --print-result ne peuvent pas être combinées : utilisez-en une seule à la fois.</translation>
    </message>
    <message>
        <source>--print-result only goes with a sign-in.</source>
        <translation>--print-result ne s’utilise qu’avec une connexion.</translation>
    </message>
    <message>
        <source>%1 is given more than once: give it once.</source>
        <translation>%1 est indiqué plus d&apos;une fois : indiquez-le une seule fois.</translation>
    </message>
    <message>
        <source>%1 needs a value, not an empty one.</source>
        <translation>%1 demande une valeur, pas une valeur vide.</translation>
    </message>
    <message>
        <source>Sign in, then run the program given after -- (latchkey --exec -- PROGRAM [ARGS...]) with the same input and output, and exit with its exit code. Latchkey&apos;s own failures exit 125; a program that cannot be run, 126; one that is not found, 127.</source>
        <translation>Se connecter, puis lancer le programme indiqué après -- (latchkey --exec -- PROGRAMME [ARGUMENTS...]) avec les mêmes entrée et sortie, et se terminer avec son code de sortie. Les échecs de Latchkey lui-même se terminent par 125&#xa0;; un programme qui ne peut pas être lancé, par 126&#xa0;; un programme introuvable, par 127.</translation>
    </message>
    <message>
        <source>With --exec: the audience the backend&apos;s assertion is asked for (Gate/Audience).</source>
        <translation>Avec --exec&#xa0;: l’audience pour laquelle l’assertion du serveur est demandée (Gate/Audience).</translation>
    </message>
    <message>
        <source>Latchkey signs you in with a password and a one-time code sent to your phone.

Exit codes: 0 signed in, 1 cancelled, 2 failed, 3 configuration or usage error.
With --exec: the program&apos;s exit code; 125 not signed in or Latchkey&apos;s own error, 126 program cannot be run, 127 program not found.
--help and --version also exit 0; that never means a sign-in happened.</source>
        <translation>Latchkey vous connecte avec un mot de passe et un code à usage unique envoyé sur votre téléphone.

Codes de sortie&#xa0;: 0 connecté, 1 annulé, 2 échec, 3 erreur de configuration ou d&apos;utilisation.
Avec --exec&#xa0;: le code de sortie du programme&#xa0;; 125 non connecté ou erreur de Latchkey, 126 programme impossible à lancer, 127 programme introuvable.
--help et --version se terminent aussi avec 0&#xa0;; cela ne signifie jamais qu&apos;une connexion a eu lieu.</translation>
    </message>
    <message>
        <source>--exec and --print-result cannot be combined: the program owns standard output. Check Latchkey&apos;s exit code instead.</source>
        <translation>--exec et --print-result ne peuvent pas être combinés&#xa0;: la sortie standard appartient au programme. Vérifiez plutôt le code de sortie de Latchkey.</translation>
    </message>
    <message>
        <source>--exec needs a program after --: latchkey --exec -- PROGRAM [ARGS...]</source>
        <translation>--exec demande un programme après --&#xa0;: latchkey --exec -- PROGRAMME [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>--exec-audience only goes with --exec.</source>
        <translation>--exec-audience ne s’emploie qu’avec --exec.</translation>
    </message>
    <message>
        <source>Show sign-in figures for a period (attempts, conversion, channels, countries, price, Fraud Guard blocks and rate-limit refusals): from Twilio in direct mode, from the backend after a sign-in on the terminal in backend mode, from this computer&apos;s audit log with --local. Exit 0, 2 if they cannot be read, 3 on a configuration or usage error.</source>
        <translation>Afficher les chiffres de connexion d’une période (tentatives, conversion, canaux, pays, prix, blocages Fraud Guard et refus pour limite de débit)&#xa0;: de Twilio en mode direct, du serveur après une connexion dans le terminal en mode backend, du journal d’audit de cet ordinateur avec --local. Code de sortie 0, 2 s’ils ne peuvent pas être lus, 3 en cas d’erreur de configuration ou d’utilisation.</translation>
    </message>
    <message>
        <source>With --stats: the period&apos;s start, a date (2026-11-05) or an ISO 8601 time with its zone; default 30 days before --until.</source>
        <translation>Avec --stats&#xa0;: le début de la période, une date (2026-11-05) ou une heure ISO 8601 avec son fuseau&#xa0;; par défaut 30 jours avant --until.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>With --stats: the period&apos;s end; a date counts in full; default now.</source>
        <translation>Avec --stats&#xa0;: la fin de la période&#xa0;; une date compte en entier&#xa0;; par défaut maintenant.</translation>
    </message>
    <message>
        <source>With --stats: print the figures as one JSON object.</source>
        <translation>Avec --stats&#xa0;: afficher les chiffres sous forme d’un objet JSON.</translation>
    </message>
    <message>
        <source>With --stats: summarise this computer&apos;s audit log instead.</source>
        <translation>Avec --stats&#xa0;: résumer plutôt le journal d’audit de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 only goes with --stats.</source>
        <translation>%1 ne s’emploie qu’avec --stats.</translation>
    </message>
    <message>
        <source>--%1 %2 is not a date: give 2026-11-05 or 2026-11-05T08:00:00Z.</source>
        <translation>--%1 %2 n’est pas une date&#xa0;: indiquez 2026-11-05 ou 2026-11-05T08:00:00Z.</translation>
    </message>
    <message>
        <source>--since %1 is not before --until %2.</source>
        <translation>--since %1 n’est pas antérieur à --until %2.</translation>
    </message>
    <message>
        <source>For measuring start-up: show the window, exit (code 1) once its first frame is drawn, and sign nobody in.</source>
        <translation>Pour mesurer le démarrage&#xa0;: afficher la fenêtre, quitter (code 1) dès que sa première image est dessinée, et ne connecter personne.</translation>
    </message>
    <message>
        <source>--exit-after-first-frame only goes with a sign-in in the window.</source>
        <translation>--exit-after-first-frame ne s’emploie qu’avec une connexion dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>You were let in without a code (fail-open), which does not open a gate: %1 was not started.</source>
        <translation>Vous avez été admis sans code (fail-open), ce qui n’ouvre pas la porte&#xa0;: %1 n’a pas été lancé.</translation>
    </message>
    <message>
        <source>Not signed in: %1 was not started.</source>
        <translation>Non connecté&#xa0;: %1 n’a pas été lancé.</translation>
    </message>
    <message>
        <source>A sandbox sign-in does not open a gate: its codes are shown, not sent. An administrator can allow it for tests with the policy key Gate/AllowSandbox.</source>
        <translation>Une connexion au bac à sable n’ouvre pas la porte&#xa0;: ses codes sont affichés, pas envoyés. Un administrateur peut l’autoriser pour des tests avec la clé de stratégie Gate/AllowSandbox.</translation>
    </message>
</context>
<context>
    <name>GatedProgram</name>
    <message>
        <source>%1 cannot be run: %2</source>
        <translation>%1 ne peut pas être lancé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be run: it is not an executable file.</source>
        <translation>%1 ne peut pas être lancé&#xa0;: ce n’est pas un fichier exécutable.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: not found on PATH.</source>
        <translation>%1&#xa0;: introuvable dans le PATH.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une URL valide.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LocalAccount</name>
    <message>
        <source>This computer&apos;s enrolment is damaged. Ask your administrator to reset it.</source>
        <translation>L&apos;enrôlement de cet ordinateur est endommagé. Demandez à votre administrateur de le réinitialiser.</translation>
    </message>
    <message>
        <source>This computer is not enrolled yet.</source>
        <translation>Cet ordinateur n&apos;est pas encore enrôlé.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Too weak</source>
        <translation>Trop faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
</context>
<context>
    <name>PasswordVerifier</name>
    <message>
        <source>The password could not be protected: not enough memory.</source>
        <translation>Impossible de protéger le mot de passe&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>The stored password check is damaged. Ask your administrator to reset this computer&apos;s enrolment.</source>
        <translation>La vérification du mot de passe enregistrée est endommagée. Demandez à votre administrateur de réinitialiser l&apos;enrôlement de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter your phone number.</source>
        <translation>Saisissez votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The country code is not known. Choose a country or start the number with + and its code.</source>
        <translation>L&apos;indicatif du pays est inconnu. Choisissez un pays ou commencez le numéro par + suivi de l&apos;indicatif.</translation>
    </message>
    <message>
        <source>This number is too short for the chosen country.</source>
        <translation>Ce numéro est trop court pour le pays choisi.</translation>
    </message>
    <message>
        <source>This number is too long for the chosen country.</source>
        <translation>Ce numéro est trop long pour le pays choisi.</translation>
    </message>
    <message>
        <source>This number cannot exist in the chosen country.</source>
        <translation>Ce numéro ne peut pas exister dans le pays choisi.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>is a directory, not a settings file</source>
        <translation>est un dossier, pas un fichier de paramètres</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not a valid INI file</source>
        <translation>n&apos;est pas un fichier INI valide</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation>aucun (connexion directe)</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation>proxy&#xa0;: %1</translation>
    </message>
    <message>
        <source>reachable: yes (HTTP %1 in %2 ms)</source>
        <translation>joignable&#xa0;: oui (HTTP %1 en %2 ms)</translation>
    </message>
    <message>
        <source>reachable: no (%1)</source>
        <translation>joignable&#xa0;: non (%1)</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS problem: %1</source>
        <translation>problème TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>certificate %1: %2, issued by %3, valid until %4, SHA-256 %5</source>
        <translation>certificat %1&#xa0;: %2, émis par %3, valide jusqu&apos;au %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>is sandbox, but %1 (%2) turns the sandbox off</source>
        <translation>vaut sandbox, mais %1 (%2) désactive le sandbox</translation>
    </message>
    <message>
        <source>%1 is not among the allowed channels (%2: %3)</source>
        <translation>%1 ne fait pas partie des canaux autorisés (%2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>is manual, but %1 is not set; the system&apos;s proxy settings are used instead</source>
        <translation>vaut manual, mais %1 n&apos;est pas défini&#xa0;; les paramètres de proxy du système sont utilisés à la place</translation>
    </message>
    <message>
        <source>(%1) is longer than %2 (%3); the total timeout bounds both</source>
        <translation>(%1) est plus long que %2 (%3)&#xa0;; le délai total limite les deux</translation>
    </message>
    <message>
        <source>To try Latchkey without a server, use --sandbox.</source>
        <translation>Pour essayer Latchkey sans serveur, utilisez --sandbox.</translation>
    </message>
    <message>
        <source>The sandbox is turned off by %1 (%2).</source>
        <translation>Le sandbox est désactivé par %1 (%2).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 is set by your organisation&apos;s policy (%3) and cannot be changed on the command line.</source>
        <translation>%1&#xa0;: %2 est défini par la stratégie de votre organisation (%3) et ne peut pas être modifié en ligne de commande.</translation>
    </message>
    <message>
        <source>command line (%1)</source>
        <translation>ligne de commande (%1)</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>stratégie</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>user settings</source>
        <translation>paramètres de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>admin defaults</source>
        <translation>valeurs par défaut de l&apos;administrateur</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>valeur par défaut intégrée</translation>
    </message>
    <message>
        <source>policy (%1), locked</source>
        <translation>stratégie (%1), verrouillé</translation>
    </message>
    <message>
        <source>must be a URL such as https://auth.example.org (not %1)</source>
        <translation>doit être une URL comme https://auth.example.org (et non %1)</translation>
    </message>
    <message>
        <source>must not contain a user name or password</source>
        <translation>ne doit contenir ni nom d&apos;utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>must use https; plain http is allowed only on this computer (127.0.0.1, ::1, localhost) (not %1)</source>
        <translation>doit utiliser https&#xa0;; http simple n&apos;est autorisé que sur cet ordinateur (127.0.0.1,&#xa0;::1, localhost) (et non %1)</translation>
    </message>
    <message>
        <source>must be an origin (scheme, host and port) without a path; the paths are Server/LoginPath, Server/SendCodePath, Server/VerifyCodePath and Server/LogoutPath (not %1)</source>
        <translation>doit être une origine (schéma, hôte et port) sans chemin&#xa0;; les chemins sont Server/LoginPath, Server/SendCodePath, Server/VerifyCodePath et Server/LogoutPath (et non %1)</translation>
    </message>
    <message>
        <source>must be an origin (scheme, host and port) without a path (not %1)</source>
        <translation>doit être une origine (schéma, hôte et port) sans chemin (et non %1)</translation>
    </message>
    <message>
        <source>must be http://host:port or socks5://host:port (not %1)</source>
        <translation>doit être http://host:port ou socks5://host:port (et non %1)</translation>
    </message>
    <message>
        <source>must not contain a user name or password: proxy credentials are not settings, and proxies that ask for them are not supported yet</source>
        <translation>ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;: les identifiants de proxy ne sont pas des paramètres, et les proxys qui en demandent ne sont pas encore pris en charge</translation>
    </message>
    <message>
        <source>must be a path starting with / such as /api/auth/login (not %1)</source>
        <translation>doit être un chemin commençant par /, comme /api/auth/login (et non %1)</translation>
    </message>
    <message>
        <source>must be an absolute path (not %1)</source>
        <translation>doit être un chemin absolu (et non %1)</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate</source>
        <translation>%1 ne contient aucun certificat PEM ou DER</translation>
    </message>
    <message>
        <source>must be an absolute path, &quot;none&quot; or empty for the default (not %1)</source>
        <translation>doit être un chemin absolu, «&#xa0;none&#xa0;» ou vide pour la valeur par défaut (et non %1)</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1 is not the base64 SHA-256 hash of a public key (44 characters)</source>
        <translation>%1 n&apos;est pas le hachage SHA-256 en base64 d&apos;une clé publique (44 caractères)</translation>
    </message>
    <message>
        <source>must be &quot;system&quot; or a language such as de, fr or pt_BR (not %1)</source>
        <translation>doit être «&#xa0;system&#xa0;» ou une langue comme de, fr ou pt_BR (et non %1)</translation>
    </message>
    <message>
        <source>is not a Latchkey setting; did you mean %1?</source>
        <translation>n&apos;est pas un paramètre de Latchkey&#xa0;; vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>must be true or false (not %1)</source>
        <translation>doit valoir true ou false (et non %1)</translation>
    </message>
    <message>
        <source>is available only on Linux and macOS</source>
        <translation>n&apos;est disponible que sous Linux et macOS</translation>
    </message>
    <message>
        <source>must be 0 (the server decides) or a whole number from 4 to 10 (not %1)</source>
        <translation>doit valoir 0 (le serveur décide) ou un nombre entier de 4 à 10 (et non %1)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2 (not %3)</source>
        <translation>doit être un nombre entier de %1 à %2 (et non %3)</translation>
    </message>
    <message>
        <source>must be one of %1 (not %2)</source>
        <translation>doit être l&apos;une des valeurs %1 (et non %2)</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>must name at least one of %1, or nobody could receive a code</source>
        <translation>doit indiquer au moins l&apos;une des valeurs %1, sinon personne ne pourrait recevoir de code</translation>
    </message>
    <message>
        <source>must be &quot;VA&quot; followed by 32 hexadecimal digits (not %1)</source>
        <translation>doit être «&#xa0;VA&#xa0;» suivi de 32 chiffres hexadécimaux (et non %1)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit under an error</source>
        <translation>fait %1 caractères&#xa0;; %2 au plus tiennent sous une erreur</translation>
    </message>
    <message>
        <source>must be a phone number in international format starting with + and the country code, such as +14155550142</source>
        <translation>doit être un numéro de téléphone au format international commençant par + et l’indicatif du pays, par exemple +14155550142</translation>
    </message>
    <message>
        <source>is not a property list of settings</source>
        <translation>n&apos;est pas une liste de propriétés de réglages</translation>
    </message>
    <message>
        <source>a quotation mark (&quot;) is not closed on its line</source>
        <translation>un guillemet (&quot;) n&apos;est pas fermé sur sa ligne</translation>
    </message>
    <message>
        <source>a section name must end with &quot;]&quot;</source>
        <translation>un nom de section doit se terminer par &quot;]&quot;</translation>
    </message>
    <message>
        <source>a section name cannot hold %1</source>
        <translation>un nom de section ne peut pas contenir %1</translation>
    </message>
    <message>
        <source>a section has no name</source>
        <translation>une section n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>text after the section&apos;s &quot;]&quot; (QSettings would ignore it)</source>
        <translation>du texte après le &quot;]&quot; de la section (QSettings l&apos;ignorerait)</translation>
    </message>
    <message>
        <source>a &apos;#&apos; comment that ends in a backslash (\) would hide the next line</source>
        <translation>un commentaire &apos;#&apos; qui se termine par une barre oblique inverse (\) masquerait la ligne suivante</translation>
    </message>
    <message>
        <source>is not a section ([Name]), a setting (Key=value) or a comment (; or #)</source>
        <translation>n&apos;est ni une section ([Nom]), ni un réglage (Clé=valeur), ni un commentaire (; ou #)</translation>
    </message>
    <message>
        <source>is larger than 1 MiB (%1 bytes): not read</source>
        <translation>dépasse 1 Mio (%1 octets) : non lu</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a settings file: not opened</source>
        <translation>est un tube nommé (FIFO), pas un fichier de réglages : non ouvert</translation>
    </message>
    <message>
        <source>is a device, not a settings file: not opened</source>
        <translation>est un périphérique, pas un fichier de réglages : non ouvert</translation>
    </message>
    <message>
        <source>is a socket, not a settings file: not opened</source>
        <translation>est un socket, pas un fichier de réglages : non ouvert</translation>
    </message>
    <message>
        <source>is not a regular file: not opened</source>
        <translation>n&apos;est pas un fichier ordinaire : non ouvert</translation>
    </message>
    <message>
        <source>holds a NUL byte: this is not a text file</source>
        <translation>contient un octet NUL : ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>a key is missing before &quot;=&quot;</source>
        <translation>il manque une clé avant &quot;=&quot;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1, unreadable</source>
        <translation>%1, illisible</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy cannot be read (%1: %2), so Latchkey does not sign in. Ask your administrator or help desk to fix it.</source>
        <translation>La stratégie de votre organisation est illisible (%1 : %2), donc Latchkey n&apos;ouvre pas de session. Demandez à votre administrateur ou à votre support de la corriger.</translation>
    </message>
    <message>
        <source>&quot;open&quot; is honoured only when set by policy; Latchkey fails closed</source>
        <translation>« open » n’est pris en compte que s’il est défini par la stratégie ; Latchkey reste fermé en cas d’échec</translation>
    </message>
    <message>
        <source>needs at least two pins: the key in use and a backup key</source>
        <translation>nécessite au moins deux empreintes : la clé utilisée et une clé de secours</translation>
    </message>
    <message>
        <source>owned by uid %1, not %2</source>
        <translation>appartient à l&apos;uid %1, pas à %2</translation>
    </message>
    <message>
        <source>writable by group or others (mode %1)</source>
        <translation>accessible en écriture au groupe ou aux autres (mode %1)</translation>
    </message>
    <message>
        <source>is a symbolic link owned by uid %1, not %2</source>
        <translation>est un lien symbolique qui appartient à l&apos;uid %1, pas à %2</translation>
    </message>
    <message>
        <source>is a symbolic link that cannot be followed: %1</source>
        <translation>est un lien symbolique qui ne peut pas être suivi : %1</translation>
    </message>
    <message>
        <source>links to %1: %2</source>
        <translation>pointe vers %1 : %2</translation>
    </message>
    <message>
        <source>links into %1: %2</source>
        <translation>pointe dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot be checked: %1</source>
        <translation>ne peut pas être vérifié : %1</translation>
    </message>
    <message>
        <source>true is honoured only when set by policy; a sandbox sign-in does not open a gate</source>
        <translation>true n’est pris en compte que s’il est défini par la stratégie ; une connexion au bac à sable n’ouvre pas la porte</translation>
    </message>
    <message>
        <source>must be up to 200 letters, digits and . _ : / - (not %1)</source>
        <translation>doit comporter au plus 200 lettres, chiffres et . _ : / - (pas %1)</translation>
    </message>
    <message>
        <source>must be the absolute path of a file, or empty for the default (not %1)</source>
        <translation>doit être le chemin absolu d’un fichier, ou vide pour la valeur par défaut (pas %1)</translation>
    </message>
    <message>
        <source>No server configured. Your administrator sets Server/Url (see the admin guide, %1); for a one-off, pass --server URL.</source>
        <translation>Aucun serveur configuré. Votre administrateur définit Server/Url (voir le guide d&apos;administration, %1)&#xa0;; pour une utilisation ponctuelle, indiquez --server URL.</translation>
    </message>
    <message>
        <source>Direct mode needs the Verify Service SID: your administrator sets Verify/ServiceSid (see %1); for a one-off, pass --service-sid.</source>
        <translation>Le mode direct a besoin du SID du service Verify&#xa0;: votre administrateur définit Verify/ServiceSid (voir %1)&#xa0;; pour une utilisation ponctuelle, indiquez --service-sid.</translation>
    </message>
    <message>
        <source>is not a setting: secrets (API keys, auth tokens, passwords) are never read from settings files, the registry or profiles; see %1</source>
        <translation>n&apos;est pas un paramètre&#xa0;: les secrets (clés d&apos;API, jetons d&apos;authentification, mots de passe) ne sont jamais lus dans les fichiers de paramètres, le registre ou les profils&#xa0;; voir %1</translation>
    </message>
    <message>
        <source>is not a Latchkey setting (%1 lists them all)</source>
        <translation>n&apos;est pas un paramètre de Latchkey (%1 les répertorie tous)</translation>
    </message>
    <message>
        <source>must be one line of at most %1 characters, to fit above a title</source>
        <translation>doit tenir sur une ligne d’au plus %1 caractères, pour tenir au-dessus d’un titre</translation>
    </message>
    <message>
        <source>is honoured only when set by policy or the admin defaults; codes are not sent by email</source>
        <translation>n'est pris en compte que s'il est défini par la stratégie ou les valeurs par défaut de l'administrateur ; les codes ne sont pas envoyés par e-mail</translation>
    </message>
    <message>
        <source>must be an email address, such as ada@example.com</source>
        <translation>doit être une adresse e-mail, par exemple ada@example.com</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>A code may have been sent anyway: enter it if it arrives, or send a new one.</source>
        <translation>Un code a peut-être été envoyé malgré tout : saisissez-le s’il arrive, ou demandez-en un nouveau.</translation>
    </message>
</context>
<context>
    <name>latchkey::AuthService</name>
    <message>
        <source>This way of signing in has no local account to enrol.</source>
        <translation>Ce mode de connexion n&apos;a aucun compte local à enrôler.</translation>
    </message>
</context>
<context>
    <name>latchkey::BackendAuthService</name>
    <message>
        <source>The server has no sign-in API at this address (HTTP %1). Check the server setting.</source>
        <translation>Le serveur ne propose pas d&apos;API de connexion à cette adresse (HTTP %1). Vérifiez le paramètre du serveur.</translation>
    </message>
</context>
<context>
    <name>latchkey::CapsLockWarning</name>
    <message>
        <source>Caps Lock is on</source>
        <translation>Le verrouillage des majuscules est activé</translation>
    </message>
    <message>
        <source>Letters you type come out in capitals</source>
        <translation>Les lettres que vous tapez sortent en majuscules</translation>
    </message>
</context>
<context>
    <name>latchkey::ClipboardCodeOffer</name>
    <message>
        <source>Puts the code from the clipboard into the field</source>
        <translation>Place le code du presse-papiers dans le champ</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Coller %1</translation>
    </message>
    <message>
        <source>Paste the code %1</source>
        <translation>Coller le code %1</translation>
    </message>
</context>
<context>
    <name>latchkey::CodePage</name>
    <message numerus="yes">
        <source>Available in about %n second(s)</source>
        <translation>
            <numerusform>Disponible dans environ %n seconde</numerusform>
            <numerusform>Disponible dans environ %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the code</source>
        <translation>Saisissez le code</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>Use a &amp;different number</source>
        <translation>Utiliser un autre &amp;numéro</translation>
    </message>
    <message>
        <source>Use a different number</source>
        <translation>Utiliser un autre numéro</translation>
    </message>
    <message>
        <source>Go back and enter another phone number</source>
        <translation>Revenir en arrière et saisir un autre numéro de téléphone</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>Renvoyer le code</translation>
    </message>
    <message>
        <source>Call me instead</source>
        <translation>Recevoir un appel à la place</translation>
    </message>
    <message>
        <source>Get the code read out in a phone call</source>
        <translation>Se faire lire le code lors d&apos;un appel téléphonique</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send the same code once more</source>
        <translation>Faire vérifier à nouveau le même code</translation>
    </message>
    <message>
        <source>The check was stopped before an answer came. The code may still be valid.</source>
        <translation>La vérification a été interrompue avant d&apos;obtenir une réponse. Le code est peut-être encore valide.</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s); the code is checked as soon as the last one is entered</source>
        <translation>
            <numerusform>%n chiffre&#xa0;; le code est vérifié dès que le dernier est saisi</numerusform>
            <numerusform>%n chiffres&#xa0;; le code est vérifié dès que le dernier est saisi</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter when the code is complete</source>
        <translation>Appuyez sur Entrée lorsque le code est complet</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Sent by SMS.</source>
        <translation>Envoyé par SMS.</translation>
    </message>
    <message>
        <source>Sent by SMS to %1</source>
        <translation>Envoyé par SMS au %1</translation>
    </message>
    <message>
        <source>You are getting a call that reads out the code.</source>
        <translation>Vous allez recevoir un appel qui vous lira le code.</translation>
    </message>
    <message>
        <source>Calling %1 to read out the code</source>
        <translation>Appel au %1 pour vous lire le code</translation>
    </message>
    <message>
        <source>Sent by WhatsApp.</source>
        <translation>Envoyé par WhatsApp.</translation>
    </message>
    <message>
        <source>Sent by WhatsApp to %1</source>
        <translation>Envoyé par WhatsApp au %1</translation>
    </message>
    <message>
        <source>Sent by email to the address on file.</source>
        <translation>Envoyé par e-mail à l&apos;adresse enregistrée.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Call again in %1</source>
        <translation>Rappeler dans %1</translation>
    </message>
    <message>
        <source>Resend in %1</source>
        <translation>Renvoyer dans %1</translation>
    </message>
    <message>
        <source>Call &amp;again</source>
        <translation>&amp;Rappeler</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>&amp;Renvoyer le code</translation>
    </message>
    <message>
        <source>Sends a new code</source>
        <translation>Envoie un nouveau code</translation>
    </message>
    <message>
        <source>Call me in %1</source>
        <translation>Appel possible dans %1</translation>
    </message>
    <message>
        <source>&amp;Call me instead</source>
        <translation>Recevoir un &amp;appel à la place</translation>
    </message>
    <message numerus="yes">
        <source>Remember this &amp;device for %n day(s)</source>
        <translation>
            <numerusform>Se souvenir de cet &amp;appareil pendant %n jour</numerusform>
            <numerusform>Se souvenir de cet &amp;appareil pendant %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remember this device for %n day(s)</source>
        <translation>
            <numerusform>Se souvenir de cet appareil pendant %n jour</numerusform>
            <numerusform>Se souvenir de cet appareil pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <source>Skips the code, never the password, when you sign in on this computer</source>
        <translation>Évite le code, jamais le mot de passe, lorsque vous vous connectez sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>Enter the %n-digit code</source>
        <translation>
            <numerusform>Saisissez le code à %n chiffre</numerusform>
            <numerusform>Saisissez le code à %n chiffres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter the %n-digit code sent to %1</source>
        <translation>
            <numerusform>Saisissez le code à %n chiffre envoyé au %1</numerusform>
            <numerusform>Saisissez le code à %n chiffres envoyé au %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the code sent to %1</source>
        <translation>Saisissez le code envoyé au %1</translation>
    </message>
    <message>
        <source>Text me in %1</source>
        <translation>SMS possible dans %1</translation>
    </message>
    <message>
        <source>Text me instead</source>
        <translation>Recevoir un SMS à la place</translation>
    </message>
    <message>
        <source>Get a new code by text message</source>
        <translation>Recevoir un nouveau code par SMS</translation>
    </message>
    <message>
        <source>Didn&apos;t get a code?</source>
        <translation>Pas reçu de code ?</translation>
    </message>
    <message>
        <source>&amp;Text me instead</source>
        <translation>Recevoir un S&amp;MS à la place</translation>
    </message>
    <message>
        <source>Codes usually arrive within a minute; a text message can take longer where the signal is weak.</source>
        <translation>Les codes arrivent en général en moins d’une minute ; un SMS peut prendre plus longtemps si le signal est faible.</translation>
    </message>
    <message>
        <source>Check that %1 is your number.</source>
        <translation>Vérifiez que %1 est bien votre numéro.</translation>
    </message>
    <message>
        <source>You can ask for another call once the wait is over.</source>
        <translation>Une fois l’attente terminée, vous pouvez demander un autre appel.</translation>
    </message>
    <message>
        <source>You can ask for a new code once the wait is over.</source>
        <translation>Une fois l’attente terminée, vous pouvez demander un nouveau code.</translation>
    </message>
    <message>
        <source>Or choose &quot;Call me instead&quot; to hear the code in a phone call.</source>
        <translation>Ou choisissez « Recevoir un appel à la place » pour entendre le code lors d’un appel.</translation>
    </message>
    <message>
        <source>If the number is wrong, use a different number.</source>
        <translation>Si le numéro est erroné, utilisez un autre numéro.</translation>
    </message>
    <message>
        <source>Sent by email to %1</source>
        <translation>Envoyé par e-mail à %1</translation>
    </message>
    <message>
        <source>Look in your spam or junk folder too.</source>
        <translation>Regardez aussi dans le dossier des courriers indésirables.</translation>
    </message>
    <message>
        <source>Email me in %1</source>
        <translation>E-mail dans %1</translation>
    </message>
    <message>
        <source>Email me instead</source>
        <translation>Plutôt par e-mail</translation>
    </message>
    <message>
        <source>&amp;Email me instead</source>
        <translation>Plutôt par &amp;e-mail</translation>
    </message>
    <message>
        <source>Get a new code by email to %1</source>
        <translation>Recevoir un nouveau code par e-mail à %1</translation>
    </message>
    <message>
        <source>Or choose &quot;Email me instead&quot; to get the code at %1.</source>
        <translation>Ou choisissez « Plutôt par e-mail » pour recevoir le code à %1.</translation>
    </message>
</context>
<context>
    <name>latchkey::ConfigCheck</name>
    <message>
        <source>not read: %1</source>
        <translation>non lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>absent</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>(default) %1</source>
        <translation>(par défaut) %1</translation>
    </message>
    <message>
        <source>is not set; direct mode needs the Verify Service SID (VA…)</source>
        <translation>n&apos;est pas défini&#xa0;; le mode direct a besoin du SID du service Verify (VA…)</translation>
    </message>
    <message>
        <source>Latchkey %1: configuration check</source>
        <translation>Latchkey %1&#xa0;: vérification de la configuration</translation>
    </message>
    <message>
        <source>Stores, highest layer first:</source>
        <translation>Emplacements, du niveau le plus élevé au plus bas&#xa0;:</translation>
    </message>
    <message>
        <source>Effective settings (key = value, source):</source>
        <translation>Paramètres effectifs (clé = valeur, source)&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Result: no errors, %n warning(s); exit code 0.</source>
        <translation>
            <numerusform>Résultat&#xa0;: aucune erreur, %n avertissement&#xa0;; code de sortie 0.</numerusform>
            <numerusform>Résultat&#xa0;: aucune erreur, %n avertissements&#xa0;; code de sortie 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: no problems; exit code 0.</source>
        <translation>Résultat&#xa0;: aucun problème&#xa0;; code de sortie 0.</translation>
    </message>
    <message numerus="yes">
        <source>Result: %n error(s); exit code 3.</source>
        <translation>
            <numerusform>Résultat : %n erreur ; code de sortie 3.</numerusform>
            <numerusform>Résultat : %n erreurs ; code de sortie 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n warning(s).</source>
        <translation>
            <numerusform>Aussi %n avertissement.</numerusform>
            <numerusform>Aussi %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: the sandbox, which Latchkey starts as its child process latchkey-sandbox on 127.0.0.1 (nothing to reach).</source>
        <translation>Serveur : le bac à sable, que Latchkey démarre comme processus enfant latchkey-sandbox sur 127.0.0.1 (rien à joindre).</translation>
    </message>
    <message>
        <source>Server: the sandbox, which Latchkey starts as its child process %1 on 127.0.0.1 (nothing to reach).</source>
        <translation>Serveur : le bac à sable, que Latchkey lance comme processus enfant %1 sur 127.0.0.1 (rien à joindre).</translation>
    </message>
</context>
<context>
    <name>latchkey::ConnectivityProbe</name>
    <message>
        <source>none of the server&apos;s certificates carries a key listed in %1</source>
        <translation>aucun des certificats du serveur ne porte une clé indiquée dans %1</translation>
    </message>
</context>
<context>
    <name>latchkey::Diagnostics</name>
    <message>
        <source>Latchkey support bundle (phone numbers, codes and secrets are redacted)</source>
        <translation>Dossier d&apos;assistance Latchkey (numéros de téléphone, codes et secrets masqués)</translation>
    </message>
    <message>
        <source>Version: Latchkey %1, Qt %2 (built with %3)</source>
        <translation>Version&#xa0;: Latchkey %1, Qt %2 (compilé avec %3)</translation>
    </message>
    <message>
        <source>System: %1; kernel %2 %3; %4</source>
        <translation>Système&#xa0;: %1&#xa0;; noyau %2 %3&#xa0;; %4</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stores, highest layer first:</source>
        <translation>Emplacements, du niveau le plus élevé au plus bas&#xa0;:</translation>
    </message>
    <message>
        <source>Effective settings (key = value, source):</source>
        <translation>Paramètres effectifs (clé = valeur, source)&#xa0;:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  aucun</translation>
    </message>
    <message>
        <source>Connectivity: no server to reach (mode %1).</source>
        <translation>Connectivité&#xa0;: aucun serveur à joindre (mode %1).</translation>
    </message>
    <message>
        <source>Connectivity (proxy in effect, TLS and certificate chain):</source>
        <translation>Connectivité (proxy utilisé, TLS et chaîne de certificats)&#xa0;:</translation>
    </message>
    <message>
        <source>Last log lines: no log file (Logging/Directory is none).</source>
        <translation>Dernières lignes du journal&#xa0;: aucun fichier journal (Logging/Directory vaut none).</translation>
    </message>
    <message>
        <source>Last log lines (%1):</source>
        <translation>Dernières lignes du journal (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Trousseau : %1</translation>
    </message>
</context>
<context>
    <name>latchkey::DirectAuthService</name>
    <message>
        <source>local accounts arrive with enrolment</source>
        <translation>les comptes locaux arriveront avec l&apos;enrôlement</translation>
    </message>
    <message>
        <source>Enter the number to send the code to.</source>
        <translation>Saisissez le numéro auquel envoyer le code.</translation>
    </message>
    <message>
        <source>Direct mode cannot work without the keychain: %1</source>
        <translation>Le mode direct ne peut pas fonctionner sans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>This computer is not enrolled yet.</source>
        <translation>Cet ordinateur n&apos;est pas encore enrôlé.</translation>
    </message>
    <message>
        <source>The enrolment was not started.</source>
        <translation>L&apos;enrôlement n&apos;a pas été lancé.</translation>
    </message>
</context>
<context>
    <name>latchkey::DonePage</name>
    <message>
        <source>You are signed in</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <source>Your password and the code have been confirmed.</source>
        <translation>Votre mot de passe et le code ont été confirmés.</translation>
    </message>
    <message>
        <source>Click Finish to close this window; whatever asked you to sign in can now continue.</source>
        <translation>Cliquez sur Terminer pour fermer cette fenêtre&#xa0;; l&apos;application qui vous a demandé de vous connecter peut maintenant continuer.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Forget the remembered session and device on this computer and start over</source>
        <translation>Oublier la session et l’appareil mémorisés sur cet ordinateur et recommencer</translation>
    </message>
    <message>
        <source>Your password has been confirmed; this computer is remembered, so no code was needed.</source>
        <translation>Votre mot de passe a été confirmé ; cet ordinateur est mémorisé, aucun code n’a donc été nécessaire.</translation>
    </message>
    <message>
        <source>Change phone &amp;number…</source>
        <translation>Changer de &amp;numéro de téléphone…</translation>
    </message>
    <message>
        <source>Change phone number</source>
        <translation>Changer de numéro de téléphone</translation>
    </message>
    <message>
        <source>Verify a new number for signing in on this computer; codes then go to it</source>
        <translation>Vérifier un nouveau numéro pour se connecter sur cet ordinateur ; les codes y seront envoyés</translation>
    </message>
    <message>
        <source>Let in without a code.</source>
        <translation>Accès accordé sans code.</translation>
    </message>
    <message>
        <source>The code service could not be reached, and your organisation allows signing in without a code when that happens (fail-open). This is not a full sign-in.</source>
        <translation>Le service de codes était injoignable et votre organisation autorise alors la connexion sans code (fail-open). Ce n’est pas une connexion complète.</translation>
    </message>
    <message>
        <source>This window closes in a moment; whatever asked you to sign in can now continue.</source>
        <translation>Cette fenêtre va se fermer ; ce qui vous a demandé de vous connecter peut maintenant continuer.</translation>
    </message>
</context>
<context>
    <name>latchkey::EnrolmentPage</name>
    <message>
        <source>Set up this computer</source>
        <translation>Configurer cet ordinateur</translation>
    </message>
    <message>
        <source>Choose a password for signing in here. Next, a code confirms your phone number.</source>
        <translation>Choisissez un mot de passe pour vous connecter sur cet ordinateur. Un code confirmera ensuite votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>The password is checked on this computer only and is never stored: the keychain keeps a one-way check of it.</source>
        <translation>Le mot de passe est vérifié uniquement sur cet ordinateur et n&apos;est jamais enregistré&#xa0;: le trousseau n&apos;en garde qu&apos;une empreinte irréversible.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The name you will sign in with on this computer</source>
        <translation>Le nom avec lequel vous vous connecterez sur cet ordinateur</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words make a strong password</source>
        <translation>
            <numerusform>Au moins %n caractère&#xa0;; quelques mots sans rapport entre eux font un mot de passe robuste</numerusform>
            <numerusform>Au moins %n caractères&#xa0;; quelques mots sans rapport entre eux font un mot de passe robuste</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Nouveau &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configuration en cours…</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
</context>
<context>
    <name>latchkey::FlowPage</name>
    <message>
        <source>Why the last step did not succeed</source>
        <translation>Pourquoi la dernière étape a échoué</translation>
    </message>
    <message>
        <source>A remark about this sign-in</source>
        <translation>Une remarque sur cette connexion</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Message texte (SMS)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Try again in %1.</source>
        <translation>Réessayez dans %1.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Service d&apos;assistance</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Arrêter d’attendre</translation>
    </message>
    <message>
        <source>Still waiting for the server…</source>
        <translation>Toujours en attente du serveur…</translation>
    </message>
</context>
<context>
    <name>latchkey::KeychainSecretStore</name>
    <message>
        <source>Nothing is stored for this item.</source>
        <translation>Rien n&apos;est enregistré pour cet élément.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système.</translation>
    </message>
    <message>
        <source>No keychain is available: the Secret Service is not running or has no login keyring.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: le Secret Service n&apos;est pas lancé ou n&apos;a pas de trousseau de session.</translation>
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
        <translation>Logo de %1</translation>
    </message>
    <message>
        <source>a server on this computer</source>
        <translation>un serveur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation and server</source>
        <translation>Organisation et serveur</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
</context>
<context>
    <name>latchkey::PasswordPage</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Use your organisation account. Next, a code confirms it is really you.</source>
        <translation>Utilisez le compte de votre organisation. Un code confirmera ensuite qu&apos;il s&apos;agit bien de vous.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The name of your organisation account</source>
        <translation>Le nom de votre compte d&apos;organisation</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain so you can skip the password next time</source>
        <translation>Conserve un jeton de connexion dans le trousseau du système pour vous éviter de saisir le mot de passe la prochaine fois</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <source>Press Enter to sign in. Alt+F8 shows or hides the password</source>
        <translation>Appuyez sur Entrée pour vous connecter. Alt+F8 affiche ou masque le mot de passe</translation>
    </message>
    <message>
        <source>Caps Lock is on. Press Enter to sign in. Alt+F8 shows or hides the password</source>
        <translation>Le verrouillage des majuscules est activé. Appuyez sur Entrée pour vous connecter. Alt+F8 affiche ou masque le mot de passe</translation>
    </message>
    <message>
        <source>Hide password (Alt+F8)</source>
        <translation>Masquer le mot de passe (Alt+F8)</translation>
    </message>
    <message>
        <source>Show password (Alt+F8)</source>
        <translation>Afficher le mot de passe (Alt+F8)</translation>
    </message>
</context>
<context>
    <name>latchkey::PhonePage</name>
    <message>
        <source>Your phone</source>
        <translation>Votre téléphone</translation>
    </message>
    <message>
        <source>Where should Latchkey send your sign-in code?</source>
        <translation>Où Latchkey doit-il envoyer votre code de connexion&#xa0;?</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Pays ou région</translation>
    </message>
    <message>
        <source>Sets the calling code for numbers typed without a leading +</source>
        <translation>Définit l&apos;indicatif du pays pour les numéros saisis sans + initial</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Your mobile number, with or without the country code; spaces, dashes and brackets are fine</source>
        <translation>Votre numéro de mobile, avec ou sans l&apos;indicatif du pays&#xa0;; les espaces, tirets et parenthèses sont acceptés</translation>
    </message>
    <message>
        <source>How to send the code</source>
        <translation>Mode d&apos;envoi du code</translation>
    </message>
    <message>
        <source>Only the ways your organisation allows are listed</source>
        <translation>Seuls les modes autorisés par votre organisation sont proposés</translation>
    </message>
    <message>
        <source>C&amp;ountry or region:</source>
        <translation>Pa&amp;ys ou région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Numéro de téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Send the code &amp;by:</source>
        <translation>Envoyer le code pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Your organisation has %1 on file for you. Enter that number.</source>
        <translation>Votre organisation a enregistré le numéro %1 pour vous. Saisissez ce numéro.</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>&amp;Envoyer le code</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Envoi du code…</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <source>The choices are managed by your organisation</source>
        <translation>Les choix sont gérés par votre organisation</translation>
    </message>
    <message>
        <source>Type a name or a calling code such as +49 to search</source>
        <translation>Tapez un nom ou un indicatif comme +49 pour rechercher</translation>
    </message>
    <message>
        <source>Check the number</source>
        <translation>Vérifiez le numéro</translation>
    </message>
    <message>
        <source>This number looks unusual for %1. Check it; if it is right, you can still send the code.</source>
        <translation>Ce numéro semble inhabituel pour %1. Vérifiez-le ; s’il est correct, vous pouvez quand même envoyer le code.</translation>
    </message>
    <message>
        <source>Use a &amp;different number</source>
        <translation>&amp;Utiliser un autre numéro</translation>
    </message>
    <message>
        <source>Use a different number</source>
        <translation>Utiliser un autre numéro</translation>
    </message>
    <message>
        <source>Your organisation sends your sign-in code to %1.</source>
        <translation>Votre organisation envoie votre code de connexion au %1.</translation>
    </message>
    <message>
        <source>Latchkey will send your sign-in code to %1.</source>
        <translation>Latchkey enverra votre code de connexion au %1.</translation>
    </message>
    <message>
        <source>Send to %1 &amp;instead</source>
        <translation>Envoyer p&amp;lutôt au %1</translation>
    </message>
    <message>
        <source>Send to %1 instead</source>
        <translation>Envoyer plutôt au %1</translation>
    </message>
    <message>
        <source>Type another number</source>
        <translation>Saisir un autre numéro</translation>
    </message>
    <message>
        <source>Send the code to the number on file</source>
        <translation>Envoyer le code au numéro enregistré</translation>
    </message>
    <message>
        <source>Send &amp;code to %1</source>
        <translation>&amp;Envoyer le code au %1</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Votre e-mail</translation>
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
        <translation>indisponible (%1) : les connexions mémorisées et le mode direct en ont besoin</translation>
    </message>
    <message>
        <source>locked or access refused (%1)</source>
        <translation>verrouillé ou accès refusé (%1)</translation>
    </message>
    <message>
        <source>error (%1)</source>
        <translation>erreur (%1)</translation>
    </message>
</context>
<context>
    <name>latchkey::SandboxPanel</name>
    <message>
        <source>Sandbox phone</source>
        <translation>Téléphone du sandbox</translation>
    </message>
    <message>
        <source>Latchkey is running against its built-in sandbox, so no message leaves this computer. The codes it would have sent appear here.</source>
        <translation>Latchkey fonctionne avec son sandbox intégré&#xa0;: aucun message ne quitte cet ordinateur. Les codes qui auraient été envoyés s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Codes sent by the sandbox</source>
        <translation>Codes envoyés par le sandbox</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récents en premier</translation>
    </message>
    <message>
        <source>SMS to %1: %2</source>
        <translation>SMS au %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Call to %1: %2</source>
        <translation>Appel au %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>WhatsApp to %1: %2</source>
        <translation>WhatsApp au %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Email to %1: %2</source>
        <translation>E-mail à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delivered at %1</source>
        <translation>Remis à %1</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>latchkey::SignInFlow</name>
    <message>
        <source>You will need to sign in again next time: %1</source>
        <translation>Vous devrez vous reconnecter la prochaine fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing can be remembered on this computer: %1</source>
        <translation>Rien ne peut être mémorisé sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>None of the ways to send a code is both allowed by your organisation and offered by the server.</source>
        <translation>Aucun mode d&apos;envoi des codes n&apos;est à la fois autorisé par votre organisation et proposé par le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digit(s).</source>
        <translation>
            <numerusform>Le code comporte %n chiffre.</numerusform>
            <numerusform>Le code comporte %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation>Choisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choisissez un mot de passe d&apos;au moins %n caractère.</numerusform>
            <numerusform>Choisissez un mot de passe d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Use a longer one, for example a few unrelated words.</source>
        <translation>Ce mot de passe est trop facile à deviner. Choisissez-en un plus long, par exemple quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Signed out. This computer no longer remembers you.</source>
        <translation>Déconnecté. Cet ordinateur ne se souvient plus de vous.</translation>
    </message>
    <message>
        <source>Your phone number is now %1. Codes go to it from now on.</source>
        <translation>Votre numéro de téléphone est désormais %1. Les codes y seront envoyés à partir de maintenant.</translation>
    </message>
    <message>
        <source>The code is too short: codes have %1 to %2 digits.</source>
        <translation>Le code est trop court : les codes ont de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>The code is too long: codes have %1 to %2 digits.</source>
        <translation>Le code est trop long : les codes ont de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>A new call was placed at %1.</source>
        <translation>Un nouvel appel a été passé à %1.</translation>
    </message>
    <message>
        <source>A new code was sent at %1.</source>
        <translation>Un nouveau code a été envoyé à %1.</translation>
    </message>
    <message>
        <source>A new code was sent by email at %1.</source>
        <translation>Un nouveau code a été envoyé par e-mail à %1.</translation>
    </message>
</context>
<context>
    <name>latchkey::SignInWizard</name>
    <message>
        <source>Latchkey — Sign in</source>
        <translation>Latchkey — Connexion</translation>
    </message>
</context>
<context>
    <name>latchkey::StandardConsole</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
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
        <translation>Appel vocal</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>  %1: attempts %2, converted %3 (%4)</source>
        <translation>  %1&#xa0;: tentatives %2, converties %3 (%4)</translation>
    </message>
    <message>
        <source>The audit log is off (Audit/Enabled): there is nothing to summarise.</source>
        <translation>Le journal d’audit est désactivé (Audit/Enabled)&#xa0;: il n’y a rien à résumer.</translation>
    </message>
    <message>
        <source>You were let in without a code (fail-open): the backend gives no figures then.</source>
        <translation>Vous avez été admis sans code (fail-open)&#xa0;: le serveur ne donne alors aucun chiffre.</translation>
    </message>
    <message>
        <source>This server gives no sign-in figures to this account (its login answer did not announce &quot;stats&quot;); latchkey --stats --local shows this computer&apos;s.</source>
        <translation>Ce serveur ne donne pas de chiffres de connexion à ce compte (sa réponse de connexion n’annonçait pas «&#xa0;stats&#xa0;»)&#xa0;; latchkey --stats --local affiche ceux de cet ordinateur.</translation>
    </message>
    <message>
        <source>The backend&apos;s figures could not be read: %1</source>
        <translation>Les chiffres du serveur n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backend refused the figures (HTTP %1)%2</source>
        <translation>Le serveur a refusé les chiffres (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The backend&apos;s figures cannot be read: &quot;%1&quot; is missing or wrong.</source>
        <translation>Les chiffres du serveur ne peuvent pas être lus&#xa0;: «&#xa0;%1&#xa0;» manque ou est incorrect.</translation>
    </message>
    <message>
        <source>Twilio&apos;s figures could not be read: %1</source>
        <translation>Les chiffres de Twilio n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Twilio limits how often these figures can be read: try again in a minute.</source>
        <translation>Twilio limite la fréquence de lecture de ces chiffres&#xa0;: réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Twilio Verify</source>
        <translation>Twilio Verify</translation>
    </message>
    <message>
        <source>the backend</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>this computer&apos;s audit log</source>
        <translation>le journal d’audit de cet ordinateur</translation>
    </message>
    <message>
        <source>Sign-ins from %1 to %2 (UTC), from %3</source>
        <translation>Connexions du %1 au %2 (UTC), d’après %3</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>Converted: %1 (%2)</source>
        <translation>Converties&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>By channel:</source>
        <translation>Par canal&#xa0;:</translation>
    </message>
    <message>
        <source>By country:</source>
        <translation>Par pays&#xa0;:</translation>
    </message>
    <message>
        <source>Total price: %1 %2</source>
        <translation>Prix total&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>  (prices in other currencies are left out)</source>
        <translation>  (les prix dans d’autres devises sont omis)</translation>
    </message>
    <message>
        <source>Total price: not given</source>
        <translation>Prix total&#xa0;: non indiqué</translation>
    </message>
    <message>
        <source>Fraud Guard blocks seen: %1</source>
        <translation>Blocages Fraud Guard constatés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rate-limit refusals seen: %1</source>
        <translation>Refus pour limite de débit constatés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Twilio keeps about %1 days of attempts; Fraud Guard blocks and rate-limit refusals are those this computer saw.</source>
        <translation>Twilio conserve environ %1 jours de tentatives&#xa0;; les blocages Fraud Guard et les refus pour limite de débit sont ceux que cet ordinateur a constatés.</translation>
    </message>
</context>
<context>
    <name>latchkey::TerminalFrontEnd</name>
    <message>
        <source>Latchkey sign-in. Press Ctrl+D to cancel.</source>
        <translation>Connexion à Latchkey. Appuyez sur Ctrl+D pour annuler.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Nom d&apos;utilisateur&#xa0;: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Number on file: %1</source>
        <translation>Numéro enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation>
            <numerusform>Vous pourrez demander un nouveau code dans %n seconde.</numerusform>
            <numerusform>Vous pourrez demander un nouveau code dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A call is not available yet.</source>
        <translation>Un appel n&apos;est pas encore possible.</translation>
    </message>
    <message>
        <source>Choose a username: </source>
        <translation>Choisissez un nom d&apos;utilisateur&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>Choose a password (at least %n characters): </source>
        <translation>
            <numerusform>Choisissez un mot de passe (au moins %n caractère)&#xa0;: </numerusform>
            <numerusform>Choisissez un mot de passe (au moins %n caractères)&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again: </source>
        <translation>Saisissez à nouveau le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>This computer is not enrolled yet. Choose a username and a password for signing in here, then verify your phone number.</source>
        <translation>Cet ordinateur n&apos;est pas encore enrôlé. Choisissez un nom d&apos;utilisateur et un mot de passe pour vous connecter ici, puis vérifiez votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes to a [y/N] question: one lower-case letter</comment>
        <translation>o</translation>
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
        <translation>a</translation>
    </message>
    <message>
        <source>n</source>
        <comment>code prompt: the letter that goes back to enter a different number</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>A code was sent by SMS to %1.</source>
        <translation>Un code a été envoyé par SMS au %1.</translation>
    </message>
    <message>
        <source>You are getting a call to %1 that reads out the code.</source>
        <translation>Vous allez recevoir un appel au %1 qui vous lira le code.</translation>
    </message>
    <message>
        <source>A code was sent by WhatsApp to %1.</source>
        <translation>Un code a été envoyé par WhatsApp au %1.</translation>
    </message>
    <message>
        <source>A code was sent by email to %1.</source>
        <translation>Un code a été envoyé par e-mail à %1.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Phone number [%1] (set by your organisation; press Enter): </source>
        <translation>Numéro de téléphone [%1] (fixé par votre organisation&#xa0;; appuyez sur Entrée)&#xa0;: </translation>
    </message>
    <message>
        <source>Phone number [%1]: </source>
        <translation>Numéro de téléphone [%1]&#xa0;: </translation>
    </message>
    <message>
        <source>Send the code by (%1) [1]: </source>
        <translation>Envoyer le code par (%1) [1] : </translation>
    </message>
    <message>
        <source>Let in WITHOUT a code: the code service could not be reached, and your organisation allows this (fail-open). This is not a full sign-in.</source>
        <translation>Accès SANS code : le service de codes était injoignable et votre organisation l’autorise (fail-open). Ce n’est pas une connexion complète.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be sent before %1 (in %n minute(s)). Press Ctrl+D to stop waiting.</source>
        <translation>
            <numerusform>Rien ne sera envoyé avant %1 (dans %n minute). Appuyez sur Ctrl+D pour ne plus attendre.</numerusform>
            <numerusform>Rien ne sera envoyé avant %1 (dans %n minutes). Appuyez sur Ctrl+D pour ne plus attendre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wait is over.</source>
        <translation>L’attente est terminée.</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the whole word for yes to a [y/N] question</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <comment>the whole word for no to a [y/N] question</comment>
        <translation>non</translation>
    </message>
    <message>
        <source>Remember me on this computer? %1 </source>
        <translation>Se souvenir de moi sur cet ordinateur ? %1 </translation>
    </message>
    <message numerus="yes">
        <source>Remember this device for %n day(s) (skips the code, never the password)? %1 </source>
        <translation>
            <numerusform>Se souvenir de cet appareil pendant %n jour (évite le code, jamais le mot de passe) ? %1 </numerusform>
            <numerusform>Se souvenir de cet appareil pendant %n jours (évite le code, jamais le mot de passe) ? %1 </numerusform>
        </translation>
    </message>
    <message>
        <source>Answer %1 or %2.</source>
        <translation>Répondez %1 ou %2.</translation>
    </message>
    <message>
        <source>New phone number (national, or + and country code): </source>
        <translation>Nouveau numéro de téléphone (national, ou + et indicatif du pays)&#xa0;: </translation>
    </message>
    <message>
        <source>Phone number (national, or + and country code): </source>
        <translation>Numéro de téléphone (national, ou + et indicatif du pays)&#xa0;: </translation>
    </message>
    <message>
        <source>t</source>
        <comment>code prompt after a call: the letter that asks for the code by SMS</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>Still waiting for the server…</source>
        <translation>Toujours en attente du serveur…</translation>
    </message>
    <message>
        <source>Or type %1 to get the code by email at %2.</source>
        <translation>Ou tapez %1 pour recevoir le code par e-mail à %2.</translation>
    </message>
    <message>
        <source>e</source>
        <comment>phone and code prompts: the letter that sends the code to the address on file</comment>
        <translation>e</translation>
    </message>
    <message>
        <source>Code (%1): </source>
        <translation>Code (%1) : </translation>
    </message>
    <message>
        <source>%1 = call again</source>
        <translation>%1 = rappeler</translation>
    </message>
    <message>
        <source>%1 = resend</source>
        <translation>%1 = renvoyer</translation>
    </message>
    <message>
        <source>%1 = call me</source>
        <translation>%1 = m'appeler</translation>
    </message>
    <message>
        <source>%1 = text me</source>
        <translation>%1 = par SMS</translation>
    </message>
    <message>
        <source>%1 = email me</source>
        <translation>%1 = par e-mail</translation>
    </message>
    <message>
        <source>%1 = different number</source>
        <translation>%1 = autre numéro</translation>
    </message>
</context>
<context>
    <name>latchkey::UnconfiguredPage</name>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Essayer le sandbox</translation>
    </message>
    <message>
        <source>Latchkey is not set up yet</source>
        <translation>Latchkey n&apos;est pas encore configuré</translation>
    </message>
    <message>
        <source>This computer does not know where to sign you in.</source>
        <translation>Cet ordinateur ne sait pas où vous connecter.</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>Service d&apos;assistance</translation>
    </message>
    <message>
        <source>Signs in against a built-in practice server with a demo account; nothing is sent to a phone</source>
        <translation>Vous connecte à un serveur d&apos;essai intégré avec un compte de démonstration&#xa0;; rien n&apos;est envoyé à un téléphone</translation>
    </message>
    <message>
        <source>You can still see how signing in works, with a demo account:</source>
        <translation>Vous pouvez tout de même découvrir la connexion avec un compte de démonstration&#xa0;:</translation>
    </message>
    <message>
        <source>Latchkey — Sign in</source>
        <translation>Latchkey — Connexion</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>latchkey::VerifyClient</name>
    <message>
        <source>%1 is not a valid URL; Twilio&apos;s is https://verify.twilio.com.</source>
        <translation>%1 n&apos;est pas une URL valide&#xa0;; celle de Twilio est https://verify.twilio.com.</translation>
    </message>
    <message>
        <source>%1 must start with https:// (plain http only for this computer).</source>
        <translation>%1 doit commencer par https:// (http simple uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>%1 must be an address alone, such as https://verify.twilio.com, without a path, query or user name.</source>
        <translation>%1 doit être une simple adresse, comme https://verify.twilio.com, sans chemin, requête ni nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>%1 is not set: it is the Verify Service SID, &quot;VA&quot; followed by 32 hexadecimal digits.</source>
        <translation>%1 n&apos;est pas défini&#xa0;: c&apos;est le SID du service Verify, «&#xa0;VA&#xa0;» suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>%1 must be &quot;VA&quot; followed by 32 hexadecimal digits (34 characters).</source>
        <translation>%1 doit être «&#xa0;VA&#xa0;» suivi de 32 chiffres hexadécimaux (34 caractères).</translation>
    </message>
    <message>
        <source>%1 must be an API key SID (&quot;SK&quot; and 32 hexadecimal digits, recommended) or the Account SID (&quot;AC&quot; and 32 hexadecimal digits).</source>
        <translation>%1 doit être un SID de clé d&apos;API («&#xa0;SK&#xa0;» et 32 chiffres hexadécimaux, recommandé) ou le SID du compte («&#xa0;AC&#xa0;» et 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>No Verify secret was found in %1.</source>
        <translation>Aucun secret Verify n&apos;a été trouvé dans %1.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>There is no verification to check this code against. Send a new code.</source>
        <translation>Aucune vérification ne permet de contrôler ce code. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>Enter the code you received.</source>
        <translation>Saisissez le code que vous avez reçu.</translation>
    </message>
    <message>
        <source>Type the code with the digits 0 to 9.</source>
        <translation>Saisissez le code avec les chiffres 0 à 9.</translation>
    </message>
    <message>
        <source>A code has only digits; remove the other characters.</source>
        <translation>Un code ne comporte que des chiffres&#xa0;; supprimez les autres caractères.</translation>
    </message>
    <message numerus="yes">
        <source>A code has 4 to 10 digits; this one has %n.</source>
        <translation>
            <numerusform>Un code comporte de 4 à 10 chiffres&#xa0;; celui-ci en a %n.</numerusform>
            <numerusform>Un code comporte de 4 à 10 chiffres&#xa0;; celui-ci en a %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The sandbox could not listen on this computer.</source>
        <translation>Le sandbox n&apos;a pas pu ouvrir de port sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Run latchkey --help for the options.</source>
        <translation>Exécutez latchkey --help pour voir les options.</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Aide&#xa0;: %1</translation>
    </message>
    <message>
        <source>No server is configured: your organisation has not told Latchkey where to sign you in yet.</source>
        <translation>Aucun serveur n&apos;est configuré&#xa0;: votre organisation n&apos;a pas encore indiqué à Latchkey où vous connecter.</translation>
    </message>
    <message>
        <source>%1: the sandbox is turned off by %2 (%3).</source>
        <translation>%1&#xa0;: le sandbox est désactivé par %2 (%3).</translation>
    </message>
    <message>
        <source>No Twilio secret: run latchkey --set-twilio-secret.</source>
        <translation>Aucun secret Twilio&#xa0;: exécutez latchkey --set-twilio-secret.</translation>
    </message>
    <message>
        <source>Direct mode cannot work without the keychain: %1</source>
        <translation>Le mode direct ne peut pas fonctionner sans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Twilio secret in the keychain is damaged: run latchkey --set-twilio-secret again.</source>
        <translation>Le secret Twilio du trousseau est endommagé&#xa0;: exécutez à nouveau latchkey --set-twilio-secret.</translation>
    </message>
    <message>
        <source>No Verify service is configured: set Verify/ServiceSid or pass --service-sid.</source>
        <translation>Aucun service Verify n&apos;est configuré&#xa0;: définissez Verify/ServiceSid ou indiquez --service-sid.</translation>
    </message>
    <message>
        <source>Twilio API key SID (SK…) or account SID (AC…): </source>
        <translation>SID de la clé d&apos;API Twilio (SK…) ou SID du compte (AC…)&#xa0;: </translation>
    </message>
    <message>
        <source>No key SID was given on standard input.</source>
        <translation>Aucun SID de clé n&apos;a été fourni sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The first line is not a key SID: it is SK or AC followed by 32 hex digits.</source>
        <translation>La première ligne n&apos;est pas un SID de clé&#xa0;: celui-ci est SK ou AC suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Secret: </source>
        <translation>Secret&#xa0;: </translation>
    </message>
    <message>
        <source>No secret was given on standard input.</source>
        <translation>Aucun secret n&apos;a été fourni sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The Twilio key was not accepted: %1</source>
        <translation>La clé Twilio n&apos;a pas été acceptée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain could not keep the secret: %1</source>
        <translation>Le trousseau n&apos;a pas pu conserver le secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Twilio secret works with Verify service %1 (%2) and is now in the keychain.</source>
        <translation>Le secret Twilio fonctionne avec le service Verify %1 (%2) et se trouve désormais dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain could not forget it: %1</source>
        <translation>Le trousseau n&apos;a pas pu l&apos;oublier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed out; this computer&apos;s enrolment and the Twilio secret are forgotten.</source>
        <translation>Déconnecté&#xa0;; l&apos;enrôlement de cet ordinateur et le secret Twilio sont oubliés.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Sandbox demo account: %1 / %2, phone %3. Codes appear as [sandbox] lines in this terminal instead of being sent.</source>
        <translation>Compte de démonstration du bac à sable : %1 / %2, téléphone %3. Les codes ne sont pas envoyés : ils apparaissent sous forme de lignes [sandbox] dans ce terminal.</translation>
    </message>
    <message>
        <source>Sandbox demo account: %1 / %2, phone %3. Codes appear in the Sandbox phone panel instead of being sent.</source>
        <translation>Compte de démonstration du bac à sable : %1 / %2, téléphone %3. Les codes ne sont pas envoyés : ils apparaissent dans le panneau téléphone du bac à sable.</translation>
    </message>
    <message>
        <source>Latchkey is already open; its window was brought to the front.</source>
        <translation>Latchkey est déjà ouvert ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>--change-number works only in direct mode: with a backend, the organisation&apos;s backend manages phone numbers. Ask your help desk to change yours.</source>
        <translation>--change-number ne fonctionne qu’en mode direct : avec un backend, c’est le backend de l’organisation qui gère les numéros de téléphone. Demandez à votre assistance de changer le vôtre.</translation>
    </message>
    <message>
        <source>No display is available for a window (DISPLAY and WAYLAND_DISPLAY are not set). Use latchkey --tty to sign in on the terminal.</source>
        <translation>Aucun affichage n&apos;est disponible pour une fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définies). Utilisez latchkey --tty pour vous connecter dans le terminal.</translation>
    </message>
    <message>
        <source>The sandbox did not start in time.</source>
        <translation>Le bac à sable n&apos;a pas démarré à temps.</translation>
    </message>
    <message>
        <source>The sandbox did not say where it listens.</source>
        <translation>Le bac à sable n&apos;a pas indiqué où il écoute.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>Le bac à sable n&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <source>The sandbox is not installed: install the latchkey-sandbox package.</source>
        <translation>Le bac à sable n&apos;est pas installé : installez le paquet latchkey-sandbox.</translation>
    </message>
</context>
</TS>
