'use strict';
// latchkey --stats in backend mode against the reference backend, end to end: latchkey-sandbox as Twilio Verify,
// one reference backend (in-memory store), a known history made over HTTP, then `latchkey --stats --json
// --server …` signing in on the terminal as an admin and printing GET /api/admin/stats; a user who is not an
// admin gets no figures (exit 3). Everything is a real process on loopback.
//
// Run by ctest (TestStatsCommandAgainstReferenceBackend) through tests/run-with-keyring.sh, with
// LATCHKEY_BINARY, LATCHKEY_SANDBOX_BINARY, LATCHKEY_REFERENCE_BACKEND and NODE_PATH in the environment.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { children, until, Service, Client, requiredEnv, twilioEnvironment, checkAnswersAgainst } = require('../cluster/parts');
const { Protocol } = require('../protocol');

// Every answer on the protocol's routes must follow docs/backend-protocol.openapi.yaml.
checkAnswersAgainst(new Protocol());

const env = requiredEnv;
const LATCHKEY = env('LATCHKEY_BINARY');
const SANDBOX = env('LATCHKEY_SANDBOX_BINARY');
const BACKEND = env('LATCHKEY_REFERENCE_BACKEND');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'latchkey-stats-command-'));
const users = {
    admin: { phone: '+12025550180', admin: true }, // US
    alice: { phone: '+4915112345678' }, // DE, not an admin
};
let sandbox;
let backend;

function codesFor(to) {
    return sandbox.messages.filter((m) => m.to === to);
}

async function nextCode(to, count) {
    await until(() => codesFor(to).length > count, 'a code in the sandbox outbox');
    return codesFor(to).at(-1).code;
}

/** `latchkey --stats --json --server <backend>` signing in as `user` on the terminal; resolves to its run. */
async function latchkeyStats(user) {
    const child = spawn(LATCHKEY, ['--stats', '--json', '--server', backend.url], {
        env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', LC_ALL: 'C.UTF-8',
            XDG_STATE_HOME: path.join(dir, 'state') },
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    children.add(child);
    const run = { err: '', out: '' };
    child.stderr.on('data', (chunk) => { run.err += chunk; });
    child.stdout.on('data', (chunk) => { run.out += chunk; });
    const exited = new Promise((resolve) => child.on('exit', (code) => {
        children.delete(child);
        run.code = code;
        resolve();
    }));
    let read = 0;
    const expect = async (pattern) => {
        const match = await until(() => {
            const found = pattern.exec(run.err.slice(read));
            return found || (run.code !== undefined ? { exited: true } : null);
        }, `latchkey to print ${pattern}:\n${run.err}`);
        assert.ok(!match.exited, `latchkey ended before printing ${pattern}:\n${run.err}`);
        read += match.index + match[0].length;
    };
    const type = (line) => child.stdin.write(`${line}\n`);
    const before = codesFor(user.phone).length;
    await expect(/Username: $/m);
    type(user.name);
    await expect(/Password: $/m);
    type(user.password);
    await expect(/Remember me[^\n]*\] $/m);
    type('n');
    if (user.admin) {
        const code = await nextCode(user.phone, before); // the number on file: no phone step
        await expect(/Code \([^\n]*: $/m);
        type(code);
        const rememberDevice = await until(() => /Remember this device[^\n]*\] $/m.test(run.err.slice(read)) ||
            run.code !== undefined || run.out.length > 0, 'the last prompt or the figures');
        if (rememberDevice && run.code === undefined && run.out.length === 0) {
            type('n');
        }
    } else {
        const code = await nextCode(user.phone, before);
        await expect(/Code \([^\n]*: $/m);
        type(code);
        await until(() => /Remember this device[^\n]*\] $/m.test(run.err.slice(read)) || run.code !== undefined,
            'the last prompt');
        if (run.code === undefined) {
            type('n');
        }
    }
    await exited;
    return run;
}

before(async () => {
    sandbox = new Service('latchkey-sandbox', SANDBOX, ['--account-sid', `AC${'5'.repeat(32)}`, '--auth-token', 'stats-test'],
        { ...process.env, QT_LOGGING_RULES: 'latchkey.*.debug=false' });
    await sandbox.ready('verify_code_length');
    for (const [name, user] of Object.entries(users)) {
        user.name = name;
        user.password = `password-${crypto.randomBytes(6).toString('hex')}`;
    }
    const hash = (password) => {
        const result = spawnSync(process.execPath, [BACKEND, 'hash-password'], { input: password, encoding: 'utf8' });
        assert.equal(result.status, 0, result.stderr);
        return result.stdout.trim();
    };
    const usersFile = path.join(dir, 'users.json');
    fs.writeFileSync(usersFile, JSON.stringify(Object.values(users).map((u) => ({
        username: u.name, phone: u.phone, passwordHash: hash(u.password), ...(u.admin ? { admin: true } : {}),
    }))), { mode: 0o600 });
    const secretFile = path.join(dir, 'session-secret');
    fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
    backend = new Service('reference backend', process.execPath, [BACKEND], {
        ...process.env,
        PORT: '0',
        USERS_FILE: usersFile,
        SESSION_SECRET_FILE: secretFile,
        ...twilioEnvironment(sandbox, `AC${'5'.repeat(32)}`),
        COOKIE_SECURE: 'false',
    });
    backend.url = await backend.ready('listening');

    // The known history: alice (DE) by SMS, then a call for the same verification, approved by the call.
    const alice = new Client(backend.url);
    assert.equal((await alice.call('POST', '/api/auth/login', { username: 'alice', password: users.alice.password })).status, 200);
    let count = codesFor(users.alice.phone).length;
    assert.equal((await alice.call('POST', '/api/auth/send-code', { useNumberOnFile: true, channel: 'sms' })).status, 200);
    await nextCode(users.alice.phone, count);
    count = codesFor(users.alice.phone).length;
    assert.equal((await alice.call('POST', '/api/auth/send-code', { useNumberOnFile: true, channel: 'call' })).status, 200);
    const code = await nextCode(users.alice.phone, count);
    assert.equal((await alice.call('POST', '/api/auth/verify-code', { useNumberOnFile: true, code })).status, 200);
});

after(() => {
    for (const child of children) {
        child.kill('SIGKILL');
    }
    fs.rmSync(dir, { recursive: true, force: true });
});

test('latchkey --stats signs in as an admin and prints the backend\'s figures', async () => {
    const run = await latchkeyStats(users.admin);
    assert.equal(run.code, 0, run.err);
    const stats = JSON.parse(run.out);
    assert.equal(stats.source, 'backend');
    // alice's SMS and call, and the admin's own SMS of this sign-in.
    assert.equal(stats.attempts, 3);
    assert.equal(stats.converted, 2);
    assert.deepEqual(stats.channels, [
        { channel: 'sms', attempts: 2, converted: 1 },
        { channel: 'call', attempts: 1, converted: 1 },
    ]);
    assert.deepEqual(stats.countries, [
        { country: 'DE', attempts: 2, converted: 1 },
        { country: 'US', attempts: 1, converted: 1 },
    ]);
    // The sandbox's prices: SMS to DE 0.0900, a call to DE 0.0300, SMS to the US 0.0079.
    assert.deepEqual(stats.price, { amount: '0.1279', currency: 'USD' });
    assert.equal(stats.fraudGuardBlocks, 0);
    assert.equal(stats.rateLimited, 0);
    for (const user of Object.values(users)) {
        assert.ok(!run.out.includes(user.phone.slice(2)) && !run.err.includes(user.phone.slice(2)), 'no number');
    }
});

test('a user the backend does not announce stats to gets none (exit 3)', async () => {
    const run = await latchkeyStats(users.alice);
    assert.equal(run.code, 3, run.err);
    assert.match(run.err, /gives no sign-in figures to this account/);
    assert.equal(run.out, '');
});
