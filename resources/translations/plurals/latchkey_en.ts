<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuthError</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in about %n minute(s).</source>
        <translation>
            <numerusform>Try again in about %n minute.</numerusform>
            <numerusform>Try again in about %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That code is not correct. %n attempt(s) left.</source>
        <translation>
            <numerusform>That code is not correct. %n attempt left.</numerusform>
            <numerusform>That code is not correct. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::CodePage</name>
    <message numerus="yes">
        <source>Available in about %n second(s)</source>
        <translation>
            <numerusform>Available in about %n second</numerusform>
            <numerusform>Available in about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s); the code is checked as soon as the last one is entered</source>
        <translation>
            <numerusform>%n digit; the code is checked as soon as the last one is entered</numerusform>
            <numerusform>%n digits; the code is checked as soon as the last one is entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remember this &amp;device for %n day(s)</source>
        <translation>
            <numerusform>Remember this &amp;device for %n day</numerusform>
            <numerusform>Remember this &amp;device for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remember this device for %n day(s)</source>
        <translation>
            <numerusform>Remember this device for %n day</numerusform>
            <numerusform>Remember this device for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter the %n-digit code</source>
        <translation>
            <numerusform>Enter the %n-digit code</numerusform>
            <numerusform>Enter the %n-digit code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter the %n-digit code sent to %1</source>
        <translation>
            <numerusform>Enter the %n-digit code sent to %1</numerusform>
            <numerusform>Enter the %n-digit code sent to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::ConfigCheck</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Result: %n error(s); exit code 3.</source>
        <translation>
            <numerusform>Result: %n error; exit code 3.</numerusform>
            <numerusform>Result: %n errors; exit code 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n warning(s).</source>
        <translation>
            <numerusform>Also %n warning.</numerusform>
            <numerusform>Also %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Result: no errors, %n warning(s); exit code 0.</source>
        <translation>
            <numerusform>Result: no errors, %n warning; exit code 0.</numerusform>
            <numerusform>Result: no errors, %n warnings; exit code 0.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::EnrolmentPage</name>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words make a strong password</source>
        <translation>
            <numerusform>At least %n character; a few unrelated words make a strong password</numerusform>
            <numerusform>At least %n characters; a few unrelated words make a strong password</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::SignInFlow</name>
    <message numerus="yes">
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choose a password of at least %n character.</numerusform>
            <numerusform>Choose a password of at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code has %n digit(s).</source>
        <translation>
            <numerusform>The code has %n digit.</numerusform>
            <numerusform>The code has %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::TerminalFrontEnd</name>
    <message numerus="yes">
        <source>Choose a password (at least %n characters): </source>
        <translation>
            <numerusform>Choose a password (at least %n character): </numerusform>
            <numerusform>Choose a password (at least %n characters): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation>
            <numerusform>You can ask for a new code in %n second.</numerusform>
            <numerusform>You can ask for a new code in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be sent before %1 (in %n minute(s)). Press Ctrl+D to stop waiting.</source>
        <translation>
            <numerusform>Nothing will be sent before %1 (in %n minute). Press Ctrl+D to stop waiting.</numerusform>
            <numerusform>Nothing will be sent before %1 (in %n minutes). Press Ctrl+D to stop waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remember this device for %n day(s) (skips the code, never the password)? %1 </source>
        <translation>
            <numerusform>Remember this device for %n day (skips the code, never the password)? %1 </numerusform>
            <numerusform>Remember this device for %n days (skips the code, never the password)? %1 </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latchkey::VerifyClient</name>
    <message numerus="yes">
        <source>A code has 4 to 10 digits; this one has %n.</source>
        <translation>
            <numerusform>A code has 4 to 10 digits; this one has %n.</numerusform>
            <numerusform>A code has 4 to 10 digits; this one has %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
