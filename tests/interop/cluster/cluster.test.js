'use strict';
// The reference backend as an organisation runs it: two instances sharing one Redis, behind nginx balancing
// each request round-robin, latchkey-sandbox as Twilio Verify. Everything is a real process started here,
// unprivileged, on loopback: redis-server on a unix socket in a temporary folder, nginx with a generated
// configuration on a free port, the backends on ports of their own choosing, and latchkey --tty.
//
// Run by ctest (TestReferenceBackendCluster) as:
//   run-with-keyring.sh node cluster.test.js
// with LATCHKEY_BINARY, LATCHKEY_SANDBOX_BINARY, LATCHKEY_REFERENCE_BACKEND and NODE_PATH (the pinned npm
// packages) in the environment.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile, spawn, spawnSync } = require('node:child_process');
const parts = require('./parts');
const { Protocol } = require('../protocol');

const { children, until, Service, Client } = parts;

// Every answer on the protocol's routes must follow docs/backend-protocol.openapi.yaml.
const protocol = new Protocol();
parts.checkAnswersAgainst(protocol);

const env = parts.requiredEnv;
const LATCHKEY = env('LATCHKEY_BINARY');
const SANDBOX = env('LATCHKEY_SANDBOX_BINARY');
const BACKEND = env('LATCHKEY_REFERENCE_BACKEND');

const LOGIN_LIMIT = 40;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'latchkey-cluster-'));

// ---- the parts ------------------------------------------------------------------------------------------

let redis;

async function startRedis() {
    redis = await parts.startRedis(dir);
}

const sandboxAccountSid = `AC${'7'.repeat(32)}`;
let sandbox;
const users = [];
const usersFile = path.join(dir, 'users.json');
const keyFile = path.join(dir, 'assertion-key.pem');
let backendEnvironment;
const backends = {};

function newPassword() {
    return `password-${crypto.randomBytes(6).toString('hex')}`;
}

/** users.json from `users`, as every instance reads it; a password's hash is made once. */
function writeUsersFile() {
    for (const user of users) {
        if (user.hashed !== user.password) {
            user.passwordHash = hashPassword(user.password);
            user.hashed = user.password;
        }
    }
    fs.writeFileSync(usersFile, JSON.stringify(users.map((u) => ({
        username: u.username, displayName: u.username, phone: u.phone, passwordHash: u.passwordHash,
    }))), { mode: 0o600 });
}

function hashPassword(password) {
    const result = spawnSync(process.execPath, [BACKEND, 'hash-password'], { input: password, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout.trim();
}

async function startBackend(id, environment = {}) {
    const backend = new Service(`backend ${id}`, process.execPath, [BACKEND],
        { ...backendEnvironment, INSTANCE_ID: id, ...environment });
    backend.url = await backend.ready('listening');
    backends[id] = backend;
    return backend;
}

let proxy;
let proxyUrl;
const accessLog = path.join(dir, 'access.log'); // written by parts.startNginx

async function startProxy() {
    proxy = await parts.startNginx(dir, Object.values(backends).map((b) => b.url));
    proxyUrl = proxy.url;
}

/** The access log's lines since `from`: { method, uri, status, instance }. */
function proxied(from = 0) {
    const lines = fs.existsSync(accessLog) ? fs.readFileSync(accessLog, 'utf8').split('\n').filter(Boolean) : [];
    return lines.slice(from).map((line) => {
        const [method, uri, status, instance] = line.split(' ');
        return { method, uri, status: Number(status), instance };
    });
}

// ---- a client with a cookie jar -----------------------------------------------------------------------

function codesFor(to) {
    return sandbox.messages.filter((m) => m.to === to);
}

async function nextCode(to, before) {
    await until(() => codesFor(to).length > before, `a code for user ${users.findIndex((u) => u.phone === to)}`);
    return codesFor(to).at(-1).code;
}

/** login → send-code → verify-code over the proxy; the code read from the sandbox outbox. */
async function signIn(user, { rememberDevice = false } = {}) {
    const client = new Client(proxyUrl);
    const login = await client.call('POST', '/api/auth/login', { username: user.username, password: user.password });
    assert.equal(login.status, 200, login.text);
    const before = codesFor(user.phone).length;
    const sent = await client.call('POST', '/api/auth/send-code', { useNumberOnFile: true, channel: 'sms' });
    assert.equal(sent.status, 200, sent.text);
    const code = await nextCode(user.phone, before);
    const verified = await client.call('POST', '/api/auth/verify-code', { useNumberOnFile: true, code, rememberDevice });
    assert.equal(verified.status, 200, verified.text);
    return { client, login, sent, verified };
}

// ---- latchkey --tty ----------------------------------------------------------------------------------------

/** latchkey --tty against the proxy: answers each prompt as it appears on stderr. */
class Terminal {
    constructor() {
        this.seen = '';
        this.child = spawn(LATCHKEY, ['--tty', '--server', proxyUrl], {
            env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', LC_ALL: 'C.UTF-8', QT_QPA_PLATFORM: 'offscreen' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        children.add(this.child);
        this.exited = new Promise((resolve) => this.child.on('exit', (code) => {
            children.delete(this.child);
            this.exitCode = code;
            resolve(code);
        }));
        this.child.stderr.on('data', (chunk) => {
            this.seen += chunk;
        });
        this.read = 0;
    }
    /** Waits for `pattern` in stderr after what was matched before. */
    async expect(pattern) {
        const match = await until(() => {
            const found = pattern.exec(this.seen.slice(this.read));
            return found || (this.exitCode !== undefined ? { exited: true } : null);
        }, `latchkey to print ${pattern}:\n${this.seen}`);
        assert.ok(!match.exited, `latchkey ended before printing ${pattern}:\n${this.seen}`);
        this.read += match.index + match[0].length;
        return match;
    }
    type(line) {
        this.child.stdin.write(`${line}\n`);
    }
    async signInUntilCode(user) {
        await this.expect(/Username: $/m);
        this.type(user.username);
        await this.expect(/Password: $/m);
        this.type(user.password);
        await this.expect(/Remember me[^\n]*\] $/m);
        this.type('n');
    }
}

// ---- the tests ------------------------------------------------------------------------------------------

before(async () => {
    await startRedis();
    sandbox = new Service('latchkey-sandbox', SANDBOX, ['--account-sid', sandboxAccountSid, '--auth-token', 'cluster-test'],
        { ...process.env, QT_LOGGING_RULES: 'latchkey.*.debug=false' });
    await sandbox.ready('verify_code_length');

    // The sandbox's demo user signs in with latchkey; the others are used by one test each.
    users.push({ username: sandbox.facts.demo_username, password: sandbox.facts.demo_password, phone: sandbox.facts.demo_phone });
    for (const [i, name] of ['limited', 'remembered', 'revoked', 'outage', 'graceful', 'changed', 'lost', 'sending',
        'stale']
        .entries()) {
        users.push({ username: name, password: newPassword(), phone: `+1202555017${i}` });
    }
    writeUsersFile();
    fs.writeFileSync(keyFile, crypto.generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }),
        { mode: 0o600 });
    const secretFile = path.join(dir, 'session-secret');
    fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });

    backendEnvironment = {
        ...process.env,
        PORT: '0',
        REDIS_URL: redis.url,
        REDIS_PASSWORD_FILE: redis.passwordFile,
        USERS_FILE: usersFile,
        SESSION_SECRET_FILE: secretFile,
        ASSERTION_KEY_FILE: keyFile,
        ...parts.twilioEnvironment(sandbox, sandboxAccountSid),
        COOKIE_SECURE: 'false',
        TRUST_PROXY: '1',
        CODE_LENGTH: sandbox.facts.verify_code_length,
        LOGIN_LIMIT: String(LOGIN_LIMIT), // above this file's logins from 127.0.0.1 (through the proxy or not)
        SEND_CODE_LIMIT: '3',
    };
    await startBackend('a');
    await startBackend('b');
    await startProxy();
});

after(async () => {
    for (const child of children) {
        child.kill('SIGKILL');
    }
    fs.rmSync(dir, { recursive: true, force: true });
});

test('the backend refuses to start when REDIS_URL is set and Redis cannot be reached', async () => {
    const refused = new Service('backend without redis', process.execPath, [BACKEND],
        { ...backendEnvironment, REDIS_URL: `unix://${path.join(dir, 'no-such.sock')}` });
    const { code } = await refused.exited;
    assert.equal(code, 2);
    assert.match(refused.err, /Redis at unix:.*no-such\.sock cannot be reached/);
    assert.equal(refused.facts.listening, undefined);
});

test('the backend refuses to start when Redis refuses its ACL password', async () => {
    const wrongPassword = path.join(dir, 'wrong-password');
    fs.writeFileSync(wrongPassword, 'not-the-password', { mode: 0o600 });
    const refused = new Service('backend with a wrong password', process.execPath, [BACKEND],
        { ...backendEnvironment, REDIS_PASSWORD_FILE: wrongPassword });
    const { code } = await refused.exited;
    assert.equal(code, 2);
    assert.match(refused.err, /Redis at unix:.*cannot be reached: WRONGPASS/);
    assert.doesNotMatch(refused.err, /not-the-password/);
});

test('latchkey --tty signs in with login, send-code and verify-code answered by different instances', async () => {
    const user = users[0];
    const from = proxied().length;
    const before = codesFor(user.phone).length;
    const terminal = new Terminal();
    await terminal.signInUntilCode(user);
    const code = await nextCode(user.phone, before);
    await terminal.expect(/Code \([^\n]*: $/m);
    terminal.type(code);
    const rememberDevice = await until(() => /Remember this device[^\n]*\] $/m.test(terminal.seen) ||
        terminal.exitCode !== undefined, 'the last prompt');
    if (rememberDevice && terminal.exitCode === undefined) {
        terminal.type('n');
    }
    assert.equal(await terminal.exited, 0, terminal.seen);
    assert.match(terminal.seen, /Signed in as/);

    const steps = proxied(from).filter((r) => r.method === 'POST');
    const instanceOf = (route) => steps.find((r) => r.uri === route && r.status === 200)?.instance;
    const answered = ['/api/auth/login', '/api/auth/send-code', '/api/auth/verify-code'].map(instanceOf);
    assert.ok(answered.every((i) => i === 'a' || i === 'b'), JSON.stringify(steps));
    assert.equal(new Set(answered).size, 2, `all three steps on one instance: ${JSON.stringify(steps)}`);
    assert.equal(codesFor(user.phone).length, before + 1, 'one code sent');
});

test('an assertion signed by one instance verifies with the other instance\'s JWKS', async () => {
    const { verified } = await signIn(users[0]);
    const [header, claims, signature] = verified.body.assertion.split('.');
    const kid = JSON.parse(Buffer.from(header, 'base64url')).kid;
    const other = verified.instance === 'a' ? backends.b : backends.a;
    const jwks = await (await fetch(new URL('/.well-known/jwks.json', other.url))).json();
    const jwk = jwks.keys.find((k) => k.kid === kid);
    assert.ok(jwk, 'the other instance publishes the signing key');
    const ok = crypto.verify(null, Buffer.from(`${header}.${claims}`), crypto.createPublicKey({ key: jwk, format: 'jwk' }),
        Buffer.from(signature, 'base64url'));
    assert.ok(ok);
    assert.equal(JSON.parse(Buffer.from(claims, 'base64url')).sub, users[0].username);
});

test('a send-code limit of 3 holds across both instances', async () => {
    const user = users[1];
    const client = new Client(proxyUrl);
    assert.equal((await client.call('POST', '/api/auth/login', { username: user.username, password: user.password })).status, 200);
    const answers = [];
    for (let i = 0; i < 4; ++i) {
        answers.push(await client.call('POST', '/api/auth/send-code', { useNumberOnFile: true }));
    }
    assert.deepEqual(answers.map((a) => a.status), [200, 200, 200, 429]);
    assert.equal(new Set(answers.slice(0, 3).map((a) => a.instance)).size, 2, 'the three sends were spread');
    assert.equal(codesFor(user.phone).length, 3);
});

test('TRUST_PROXY: the per-IP login limit counts the client named by the proxy', async () => {
    // Straight to the instances, each request naming its client as a proxy would: one client's failures
    // count on both instances together, and another client still has its own budget.
    const tries = [];
    for (let i = 0; i <= LOGIN_LIMIT; ++i) {
        const backend = i % 2 ? backends.b : backends.a;
        tries.push((await new Client(backend.url).call('POST', '/api/auth/login', { username: 'nobody', password: 'x' },
            { 'x-forwarded-for': '203.0.113.7' })).status);
    }
    assert.deepEqual([...new Set(tries.slice(0, LOGIN_LIMIT))], [401]);
    assert.equal(tries[LOGIN_LIMIT], 429);
    const other = await new Client(backends.a.url).call('POST', '/api/auth/login', { username: 'nobody', password: 'x' },
        { 'x-forwarded-for': '203.0.113.8' });
    assert.equal(other.status, 401);
});

test('a remembered device survives restarting both instances', async () => {
    const user = users[2];
    const { verified } = await signIn(user, { rememberDevice: true });
    assert.ok(verified.body.deviceToken);
    await backends.a.stop();
    await backends.b.stop();
    assert.equal(backends.a.exitCode, 0, 'SIGTERM stops gracefully');
    // The restarted instances listen on new ports: the proxy gets a new configuration.
    await proxy.stop('SIGQUIT');
    await startBackend('a');
    await startBackend('b');
    await startProxy();
    for (let i = 0; i < 2; ++i) { // once on each instance
        const client = new Client(proxyUrl);
        const login = await client.call('POST', '/api/auth/login',
            { username: user.username, password: user.password, deviceToken: verified.body.deviceToken });
        assert.equal(login.status, 200, login.text);
        assert.equal(login.body.deviceTrusted, true);
    }
    // Redis restarted too (its AOF): the device is still known.
    await redis.stop();
    await startRedis();
    const client = new Client(proxyUrl);
    const login = await until(async () => {
        const answer = await client.call('POST', '/api/auth/login',
            { username: user.username, password: user.password, deviceToken: verified.body.deviceToken });
        return answer.status === 200 ? answer : null;
    }, 'the backends to reconnect to Redis');
    assert.equal(login.body.deviceTrusted, true);
});

test('a logout on one instance revokes the session and the device on the other', async () => {
    const user = users[3];
    const { client, verified } = await signIn(user, { rememberDevice: true });
    // Pin each call to an instance: log out on one, then ask the other.
    const direct = (id) => Object.assign(new Client(backends[id].url), { cookie: client.cookie });
    const resumed = await direct('b').call('GET', '/api/auth/login');
    assert.equal(resumed.status, 200);
    const out = await direct('a').call('POST', '/api/auth/logout', { forgetDevice: true });
    assert.equal(out.status, 200);
    assert.equal((await direct('b').call('GET', '/api/auth/login')).status, 401);
    const login = await new Client(backends.b.url).call('POST', '/api/auth/login',
        { username: user.username, password: user.password, deviceToken: verified.body.deviceToken });
    assert.equal(login.status, 200);
    assert.equal(login.body.deviceTrusted, false);
});

/** The client's cookie, sent to one instance without the proxy. */
function pinned(client, id) {
    return Object.assign(new Client(backends[id].url), { cookie: client.cookie });
}

test('a new password in users.json, reread by one instance (SIGHUP), ends sessions and devices on both', async () => {
    const user = users[6];
    const { client, verified } = await signIn(user, { rememberDevice: true });
    assert.equal((await pinned(client, 'b').call('GET', '/api/auth/login')).status, 200);

    const oldPassword = user.password;
    user.password = newPassword();
    writeUsersFile();
    delete backends.a.facts.users;
    backends.a.child.kill('SIGHUP'); // only a: b has not reread the file
    await backends.a.ready('users');
    await until(async () => (await pinned(client, 'b').call('GET', '/api/auth/login')).status === 401,
        'the session to end on the instance that did not reread the file');
    assert.equal((await pinned(client, 'a').call('GET', '/api/auth/login')).status, 401);

    // b takes the new password (it rereads the file when the shared stamp says it changed), not the old one.
    const old = await new Client(backends.b.url).call('POST', '/api/auth/login',
        { username: user.username, password: oldPassword });
    assert.equal(old.status, 401);
    const renewed = await new Client(backends.b.url).call('POST', '/api/auth/login',
        { username: user.username, password: user.password, deviceToken: verified.body.deviceToken });
    assert.equal(renewed.status, 200, renewed.text);
    assert.equal(renewed.body.deviceTrusted, false, 'the device remembered under the old password is forgotten');
});

test('an instance with an older users.json answers 503 for the changed user, never taking the old password', async () => {
    // As with systemd's LoadCredential=: instance c has its own copy of users.json, made at its start.
    const user = users[9];
    const copy = path.join(dir, 'users-copy.json');
    fs.copyFileSync(usersFile, copy);
    const c = await startBackend('c', { USERS_FILE: copy });
    const oldPassword = user.password;
    user.password = newPassword();
    writeUsersFile();
    delete backends.a.facts.users;
    backends.a.child.kill('SIGHUP'); // a has the new file: the store now holds a's, read later than c's copy
    await backends.a.ready('users');

    for (const password of [oldPassword, user.password]) {
        const refused = await new Client(c.url).call('POST', '/api/auth/login', { username: user.username, password });
        assert.equal(refused.status, 503, refused.text);
        assert.match(refused.body.error, /try again/);
    }
    assert.equal((await new Client(backends.a.url).call('POST', '/api/auth/login',
        { username: user.username, password: oldPassword })).status, 401);

    // The rolling restart reaches c: its copy is the new file, and it takes the new password.
    fs.copyFileSync(usersFile, copy);
    delete c.facts.users;
    c.child.kill('SIGHUP');
    await c.ready('users');
    const taken = await new Client(c.url).call('POST', '/api/auth/login', { username: user.username, password: user.password });
    assert.equal(taken.status, 200, taken.text);
    await c.stop();
    delete backends.c;
});

test('server.js revoke ends a user\'s sessions and remembered devices on every instance', async () => {
    const user = users[7];
    const { client, verified } = await signIn(user, { rememberDevice: true });
    const other = await signIn(user);
    // Run without blocking this process, so its HTTP client sees the backends' idle connections close meanwhile.
    const revoke = await new Promise((resolve) => {
        execFile(process.execPath, [BACKEND, 'revoke', user.username], { env: backendEnvironment, encoding: 'utf8' },
            (error, stdout, stderr) => resolve({ status: error ? error.code : 0, stdout, stderr }));
    });
    assert.equal(revoke.status, 0, revoke.stderr);
    assert.doesNotMatch(revoke.stdout + revoke.stderr, /password/i);
    for (const id of ['a', 'b']) {
        assert.equal((await pinned(client, id).call('GET', '/api/auth/login')).status, 401, `instance ${id}`);
        assert.equal((await pinned(other.client, id).call('GET', '/api/auth/login')).status, 401, `instance ${id}`);
    }
    const again = await new Client(proxyUrl).call('POST', '/api/auth/login',
        { username: user.username, password: user.password, deviceToken: verified.body.deviceToken });
    assert.equal(again.status, 200, again.text);
    assert.equal(again.body.deviceTrusted, false);
    // Revoking does not lock the user out: a new sign-in holds on both instances.
    const fresh = await signIn(user);
    for (const id of ['a', 'b']) {
        assert.equal((await pinned(fresh.client, id).call('GET', '/api/auth/login')).status, 200, `instance ${id}`);
    }
});

test('Redis stopped while Twilio sends the code: that code is answered as sent and verifies once Redis is back', async () => {
    const user = users[8];
    const client = new Client(proxyUrl);
    assert.equal((await client.call('POST', '/api/auth/login', { username: user.username, password: user.password })).status, 200);
    // Twilio (the sandbox) takes 1.5 s to send; Redis stops meanwhile, after the backend's checks before the send.
    const fault = await new Client(sandbox.facts.base_url).call('POST', '/sandbox/faults',
        { route: 'POST /v2/Services/*/Verifications', fault: 'latency', seconds: 1.5 });
    assert.equal(fault.status, 200, fault.text);
    const sending = client.call('POST', '/api/auth/send-code', { useNumberOnFile: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await redis.stop();
    const sent = await sending;
    assert.equal(codesFor(user.phone).length, 1, 'the code was sent');
    assert.equal(sent.status, 200, `a code that was sent is not answered as a failure: ${sent.text}`);

    const whileDown = await client.call('POST', '/api/auth/verify-code', { useNumberOnFile: true, code: codesFor(user.phone)[0].code });
    assert.equal(whileDown.status, 503, whileDown.text);
    await startRedis();
    await until(async () => (await new Client(backends.a.url).call('GET', '/healthz')).status === 200 &&
        (await new Client(backends.b.url).call('GET', '/healthz')).status === 200, 'healthz on both');
    const verified = await client.call('POST', '/api/auth/verify-code', { useNumberOnFile: true, code: codesFor(user.phone)[0].code });
    assert.equal(verified.status, 200, verified.text);
    assert.equal(codesFor(user.phone).length, 1, 'one code for the whole sign-in');
});

test('Redis stopped mid-sign-in: 503 and no code sent, /healthz says so, then the sign-in resumes', async () => {
    const user = users[4];
    const client = new Client(proxyUrl);
    assert.equal((await client.call('POST', '/api/auth/login', { username: user.username, password: user.password })).status, 200);
    await redis.stop();

    const sends = [await client.call('POST', '/api/auth/send-code', { useNumberOnFile: true }),
        await client.call('POST', '/api/auth/send-code', { useNumberOnFile: true })];
    assert.deepEqual(sends.map((s) => s.status), [503, 503]);
    assert.deepEqual(new Set(sends.map((s) => s.instance)), new Set(['a', 'b']));
    assert.match(sends[0].body.error, /unavailable/);
    assert.equal(codesFor(user.phone).length, 0, 'no code was sent');
    const health = await new Client(backends.a.url).call('GET', '/healthz');
    assert.equal(health.status, 503);

    // latchkey, meeting the outage, says the server has a problem and to try again, never "wrong code".
    const terminal = new Terminal();
    await terminal.expect(/Username: $/m);
    terminal.type(user.username);
    await terminal.expect(/Password: $/m);
    terminal.type(user.password);
    // "Remember me?" comes only after an accepted password: a login the outage refuses goes without it.
    const answer = await terminal.expect(/Remember me[^\n]*\] $|unavailable/m);
    if (answer[0] !== 'unavailable') {
        terminal.type('n');
        await terminal.expect(/unavailable/);
    }
    terminal.child.stdin.end();
    await terminal.exited;
    assert.doesNotMatch(terminal.seen, /wrong|incorrect|invalid code/i);

    await startRedis();
    await until(async () => (await new Client(backends.b.url).call('GET', '/healthz')).status === 200, 'healthz');
    await until(async () => (await new Client(backends.a.url).call('GET', '/healthz')).status === 200, 'healthz');
    // The session made before the outage is still there (AOF), on either instance.
    const sent = await client.call('POST', '/api/auth/send-code', { useNumberOnFile: true });
    assert.equal(sent.status, 200, sent.text);
    const code = await nextCode(user.phone, 0);
    const verified = await client.call('POST', '/api/auth/verify-code', { useNumberOnFile: true, code });
    assert.equal(verified.status, 200, verified.text);
    assert.equal(codesFor(user.phone).length, 1, 'exactly one code for the whole sign-in');
});

test('SIGTERM: an instance takes no new connection, finishes the request in flight and exits with 0', async () => {
    const user = users[5];
    const client = new Client(backends.a.url);
    assert.equal((await client.call('POST', '/api/auth/login', { username: user.username, password: user.password })).status, 200);
    // The sandbox holds the Verify send for 2 s, so the send-code is still in flight when SIGTERM comes.
    const faults = new URL('/sandbox/faults', sandbox.facts.base_url);
    const added = await fetch(faults, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ route: 'POST /v2/Services/*/Verifications', fault: 'latency', seconds: 2 }) });
    assert.equal(added.status, 200);
    const pending = client.call('POST', '/api/auth/send-code', { useNumberOnFile: true });
    await until(async () => (await (await fetch(faults)).json()).faults.length === 0, 'the send to reach the sandbox');
    backends.a.child.kill('SIGTERM');
    await until(() => backends.a.out.includes('stopping=SIGTERM'), 'the instance to begin stopping');
    await assert.rejects(fetch(new URL('/healthz', backends.a.url)), 'a new connection is refused');
    const sent = await pending;
    assert.equal(sent.status, 200, sent.text);
    assert.equal(sent.instance, 'a');
    assert.equal((await backends.a.exited).code, 0);
    assert.equal(codesFor(user.phone).length, 1);
});
