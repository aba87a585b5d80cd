'use strict';
// The reference backend's email channel (docs/backend-protocol.md, `emailOnFile`) over raw HTTP, with
// latchkey-sandbox as Twilio Verify and every answer checked against docs/backend-protocol.openapi.yaml:
//  - email is offered, masked, to users with an address on file only, and only when CHANNELS allow it;
//  - codes by email go to the address on file and never to a destination the request names;
//  - a code is checked where the session's last code went (SMS or email), never the other way round;
//  - a changed address in users.json ends the user's sessions;
//  - neither Twilio's text relayed to the client nor the backend's output holds the address.
//
// Run by ctest (TestReferenceBackendEmail) as `node reference-email.test.js` with LATCHKEY_SANDBOX_BINARY,
// LATCHKEY_REFERENCE_BACKEND and NODE_PATH (the pinned npm packages) in the environment.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const parts = require('./cluster/parts');
const { Protocol } = require('./protocol');

const { children, until, Service, Client } = parts;

parts.checkAnswersAgainst(new Protocol());

const SANDBOX = parts.requiredEnv('LATCHKEY_SANDBOX_BINARY');
const BACKEND = parts.requiredEnv('LATCHKEY_REFERENCE_BACKEND');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'latchkey-email-'));
const usersFile = path.join(dir, 'users.json');
const password = 'a password for the email tests';
const mail = { username: 'mia', phone: '+12025550161', email: 'mia.example@example.org' };
const plain = { username: 'noah', phone: '+12025550162' };
const thief = 'thief@example.net';
const accountSid = `AC${'7'.repeat(32)}`;

let sandbox;
let backend; // CHANNELS with email
let withoutEmailChannel; // CHANNELS without it
let passwordHash;

function writeUsers(users) {
    fs.writeFileSync(usersFile, JSON.stringify(users.map((u) => ({ ...u, passwordHash }))), { mode: 0o600 });
}

async function startBackend(name, extra) {
    const service = new Service(name, process.execPath, [BACKEND], {
        ...process.env,
        PORT: '0',
        USERS_FILE: usersFile,
        SESSION_SECRET: 'email-test-session-secret',
        COOKIE_SECURE: 'false',
        CHANNELS: 'sms,call,email',
        SEND_CODE_LIMIT: '100',
        LOGIN_LIMIT: '100',
        ...parts.twilioEnvironment(sandbox, accountSid),
        ...extra,
    });
    service.url = await service.ready('listening');
    return service;
}

function sendCode(client, body) {
    return client.call('POST', '/api/auth/send-code', body);
}

function verifyCode(client, body) {
    return client.call('POST', '/api/auth/verify-code', body);
}

function codesFor(to) {
    return sandbox.messages.filter((m) => m.to === to);
}

async function nextCode(to, count) {
    await until(() => codesFor(to).length > count, 'a code in the sandbox outbox');
    return codesFor(to).at(-1).code;
}

async function signIn(service, user) {
    const client = new Client(service.url);
    const answer = await client.call('POST', '/api/auth/login', { username: user.username, password });
    assert.equal(answer.status, 200, answer.text);
    return { client, capabilities: answer.body.capabilities };
}

async function sendByEmail(client, to = mail.email) {
    const count = codesFor(to).length;
    const sent = await sendCode(client, { channel: 'email', useEmailOnFile: true });
    assert.equal(sent.status, 200, sent.text);
    assert.equal(sent.body.channel, 'email');
    return nextCode(to, count);
}

async function sendBySms(client, to = mail.phone) {
    const count = codesFor(to).length;
    const sent = await sendCode(client, { channel: 'sms', useNumberOnFile: true });
    assert.equal(sent.status, 200, sent.text);
    return nextCode(to, count);
}

before(async () => {
    sandbox = new Service('latchkey-sandbox', SANDBOX, ['--account-sid', accountSid, '--auth-token', 'email-test'],
        { ...process.env, QT_LOGGING_RULES: 'latchkey.*.debug=false' });
    await sandbox.ready('verify_code_length');
    const hashed = spawnSync(process.execPath, [BACKEND, 'hash-password'], { input: password, encoding: 'utf8' });
    assert.equal(hashed.status, 0, hashed.stderr);
    passwordHash = hashed.stdout.trim();
    writeUsers([mail, plain]);
    backend = await startBackend('reference backend');
    withoutEmailChannel = await startBackend('reference backend without email', { CHANNELS: 'sms,call' });
});

after(() => {
    for (const child of children) {
        child.kill('SIGKILL');
    }
    fs.rmSync(dir, { recursive: true, force: true });
});

test('email is offered, masked, to users with an address on file when CHANNELS allow it', async () => {
    const { capabilities } = await signIn(backend, mail);
    assert.equal(capabilities.emailOnFile, 'm•••@example.org');
    assert.deepEqual(capabilities.channels, ['sms', 'call', 'email']);

    const { client, capabilities: none } = await signIn(backend, plain);
    assert.equal(none.emailOnFile, undefined);
    assert.deepEqual(none.channels, ['sms', 'call']);
    const refused = await sendCode(client, { channel: 'email', useEmailOnFile: true });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error, 'No email address on file');

    const notAllowed = await signIn(withoutEmailChannel, mail);
    assert.equal(notAllowed.capabilities.emailOnFile, undefined);
    assert.deepEqual(notAllowed.capabilities.channels, ['sms', 'call']);
    const notOffered = await sendCode(notAllowed.client, { channel: 'email', useEmailOnFile: true });
    assert.equal(notOffered.status, 400);
    assert.equal(notOffered.body.error, 'This way of sending codes is not offered');
    assert.equal(codesFor(mail.email).length, 0);
});

test('a code by email goes to the address on file and is checked against it', async () => {
    const { client } = await signIn(backend, mail);
    const phoneCodes = codesFor(mail.phone).length;
    const code = await sendByEmail(client);
    assert.equal(codesFor(mail.email).at(-1).channel, 'email');
    assert.equal(codesFor(mail.phone).length, phoneCodes);

    const wrong = await verifyCode(client, { useEmailOnFile: true, code: code === '000000' ? '111111' : '000000' });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.verified, false);
    const verified = await verifyCode(client, { useEmailOnFile: true, code });
    assert.equal(verified.status, 200, verified.text);
    assert.equal(verified.body.verified, true);
    const claims = JSON.parse(Buffer.from(verified.body.assertion.split('.')[1], 'base64url').toString());
    assert.equal(claims.sub, mail.username);
    assert.deepEqual(claims.amr, ['pwd', 'otp', 'mfa']);
});

test('a send by email never goes to a destination the request names', async () => {
    const { client } = await signIn(backend, mail);
    const before = sandbox.messages.length;
    const named = [
        { channel: 'email', phoneNumber: mail.phone },
        { channel: 'email', to: thief },
        { channel: 'email', email: thief },
        { channel: 'email', useNumberOnFile: true },
        { channel: 'email', useEmailOnFile: true, to: thief },
        { channel: 'email', useEmailOnFile: true, email: thief },
        { channel: 'email', useEmailOnFile: true, phoneNumber: mail.phone },
        { channel: 'sms', useEmailOnFile: true },
        { useEmailOnFile: true, useNumberOnFile: true },
    ];
    for (const body of named) {
        const answer = await sendCode(client, body);
        assert.equal(answer.status, 400, JSON.stringify(Object.keys(body)));
        assert.equal(answer.body.error, 'Email goes to the address on file only');
    }
    const checked = await verifyCode(client, { useEmailOnFile: true, to: thief, code: '123456' });
    assert.equal(checked.status, 400);
    assert.equal(checked.body.error, 'Email goes to the address on file only');

    // The outbox is in order: after one send that works, anything sent above would be in it.
    await sendByEmail(client);
    assert.equal(sandbox.messages.length, before + 1);
    assert.equal(codesFor(thief).length, 0);
});

test('a code is checked where the session\'s last code went', async () => {
    // By SMS: the code does not complete a check by email, and still completes one of the number.
    const bySms = await signIn(backend, mail);
    const smsCode = await sendBySms(bySms.client);
    const asEmail = await verifyCode(bySms.client, { useEmailOnFile: true, code: smsCode });
    assert.equal(asEmail.status, 400, asEmail.text);
    assert.equal(asEmail.body.error, 'No code was sent to your email address');
    const asSms = await verifyCode(bySms.client, { useNumberOnFile: true, code: smsCode });
    assert.equal(asSms.status, 200, asSms.text);

    // By email: the other way round.
    const byEmail = await signIn(backend, mail);
    const emailCode = await sendByEmail(byEmail.client);
    const asNumber = await verifyCode(byEmail.client, { useNumberOnFile: true, code: emailCode });
    assert.equal(asNumber.status, 400, asNumber.text);
    assert.equal(asNumber.body.error, 'The code was sent to your email address');
    const typedNumber = await verifyCode(byEmail.client, { phoneNumber: mail.phone, code: emailCode });
    assert.equal(typedNumber.status, 400, typedNumber.text);
    const asAddress = await verifyCode(byEmail.client, { useEmailOnFile: true, code: emailCode });
    assert.equal(asAddress.status, 200, asAddress.text);

    // A session that sent nothing has no code by email to check, even while another session's is pending.
    const other = await signIn(backend, mail);
    const pending = await sendByEmail(other.client);
    const fresh = await signIn(backend, mail);
    const unsent = await verifyCode(fresh.client, { useEmailOnFile: true, code: pending });
    assert.equal(unsent.status, 400, unsent.text);
    assert.equal((await verifyCode(other.client, { useEmailOnFile: true, code: pending })).status, 200);
});

test('Twilio\'s text is relayed with the address masked', async () => {
    // A Verify stand-in whose refusal quotes the destination, as Twilio's parameter errors may.
    const standIn = http.createServer((req, res) => {
        let body = '';
        req.on('data', (chunk) => {
            body += chunk;
        });
        req.on('end', () => {
            const to = new URLSearchParams(body).get('To');
            res.writeHead(400, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ code: 60200, message: `Invalid parameter To: ${to}`, status: 400,
                more_info: 'https://www.twilio.com/docs/errors/60200' }));
        });
    });
    await new Promise((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    try {
        const quoting = await startBackend('reference backend before a quoting Verify',
            { TWILIO_VERIFY_BASE_URL: `http://127.0.0.1:${standIn.address().port}` });
        const { client } = await signIn(quoting, mail);
        const refused = await sendCode(client, { channel: 'email', useEmailOnFile: true });
        assert.equal(refused.status, 500, refused.text);
        assert.equal(refused.body.code, 60200);
        assert.equal(refused.body.error, 'Invalid parameter To: m•••@example.org');
        await quoting.stop();
        assert.ok(!`${quoting.out}${quoting.err}`.includes(mail.email), 'the backend printed the address');
    } finally {
        standIn.close();
    }
});

test('a changed address ends the user\'s sessions, and codes go to the new one', async () => {
    const changed = await signIn(backend, mail);
    const unchanged = await signIn(backend, plain);
    const newAddress = 'mia.new@example.com';
    delete backend.facts.users;
    writeUsers([{ ...mail, email: newAddress }, plain]);
    backend.child.kill('SIGHUP');
    await until(() => backend.facts.users === 'reloaded', 'users=reloaded');

    assert.equal((await changed.client.call('GET', '/api/auth/login')).status, 401);
    assert.equal((await unchanged.client.call('GET', '/api/auth/login')).status, 200);
    const again = await signIn(backend, mail);
    assert.equal(again.capabilities.emailOnFile, 'm•••@example.com');
    const before = codesFor(mail.email).length;
    const code = await sendByEmail(again.client, newAddress);
    assert.equal(codesFor(mail.email).length, before);
    const verified = await verifyCode(again.client, { useEmailOnFile: true, code });
    assert.equal(verified.status, 200, verified.text);
});

test('an email that is not an address stops the backend at start, naming the user only', async () => {
    const badFile = path.join(dir, 'bad-users.json');
    const bad = 'mia.example(at)example.org';
    fs.writeFileSync(badFile, JSON.stringify([{ ...mail, email: bad, passwordHash }]), { mode: 0o600 });
    const service = new Service('reference backend with a malformed address', process.execPath, [BACKEND], {
        ...process.env, PORT: '0', USERS_FILE: badFile, SESSION_SECRET: 'email-test-session-secret',
        ...parts.twilioEnvironment(sandbox, accountSid),
    });
    await until(() => service.exitCode !== undefined || service.facts.listening, 'the backend to exit');
    assert.equal(service.facts.listening, undefined, 'the backend started');
    assert.equal(service.exitCode, 2);
    assert.match(service.err, /the email of mia is not an address/);
    assert.ok(!service.err.includes(bad), 'the backend printed the address');
});

test('the backend\'s output never holds an address', () => {
    for (const service of [backend, withoutEmailChannel]) {
        const output = `${service.out}${service.err}`;
        for (const address of [mail.email, 'mia.new@example.com', thief]) {
            assert.ok(!output.includes(address), `${service.name} printed an address`);
        }
    }
});
