'use strict';
// The reference backend's monitoring, end to end: two instances sharing one Redis, latchkey-sandbox as Twilio
// Verify (its Verification Attempts API included), scripted sign-ins over HTTP, then
//  - each instance's Prometheus /metrics, counter by counter (one on a loopback port of its own, one on the
//    public port behind a bearer token);
//  - GET /api/admin/stats: the exact figures of the Attempts API and of the refusals both instances counted,
//    its period, and its refusals (401 before the code, 403 for a non-admin, 400, 502).
// Everything is a real process on loopback, started unprivileged in a temporary folder.
//
// Run by ctest (TestReferenceBackendMonitoring) as `node monitoring.test.js` with LATCHKEY_SANDBOX_BINARY,
// LATCHKEY_REFERENCE_BACKEND and NODE_PATH (the pinned npm packages) in the environment.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const parts = require('../cluster/parts');
const { Protocol } = require('../protocol');

const { children, until, Service, Client } = parts;

// Every answer on the protocol's routes must follow docs/backend-protocol.openapi.yaml.
const protocol = new Protocol();
parts.checkAnswersAgainst(protocol);

const env = parts.requiredEnv;
const SANDBOX = env('LATCHKEY_SANDBOX_BINARY');
const BACKEND = env('LATCHKEY_REFERENCE_BACKEND');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'latchkey-monitoring-'));
const accountSid = `AC${'7'.repeat(32)}`;
const metricsToken = crypto.randomBytes(24).toString('hex');
const started = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000); // before anything was sent

let redis;
let sandbox;
let backendEnvironment;
const backends = {};
const users = {
    admin: { phone: '+12025550180', admin: true }, // US
    alice: { phone: '+4915112345678' }, // DE, not an admin
    blocked: { phone: '+12025550190' }, // the sandbox's Fraud Guard prefix: 60410
};

function hashPassword(password) {
    const result = spawnSync(process.execPath, [BACKEND, 'hash-password'], { input: password, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout.trim();
}

async function startBackend(id, extra) {
    const backend = new Service(`backend ${id}`, process.execPath, [BACKEND],
        { ...backendEnvironment, INSTANCE_ID: id, ...extra });
    backend.url = await backend.ready('listening');
    backends[id] = backend;
    return backend;
}

function codesFor(to) {
    return sandbox.messages.filter((m) => m.to === to);
}

async function nextCode(to, count) {
    await until(() => codesFor(to).length > count, 'a code in the sandbox outbox');
    return codesFor(to).at(-1).code;
}

async function login(instance, name, password = users[name].password) {
    const client = new Client(backends[instance].url);
    const answer = await client.call('POST', '/api/auth/login', { username: name, password });
    return { client, answer };
}

/** Sends a code to the number on file and answers with the code that arrived. */
async function send(client, channel) {
    const to = [...Object.values(users)].find((u) => u.client === client)?.phone;
    const count = to ? codesFor(to).length : 0;
    const answer = await client.call('POST', '/api/auth/send-code', { useNumberOnFile: true, channel });
    return { answer, code: answer.status === 200 ? await nextCode(to, count) : undefined };
}

function verify(client, code) {
    return client.call('POST', '/api/auth/verify-code', { useNumberOnFile: true, code });
}

/** A Prometheus text exposition as {'name{labels}': value}, labels sorted by name. */
function samples(text) {
    const result = {};
    for (const line of text.split('\n')) {
        const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
        if (!match) {
            continue;
        }
        const labels = match[2] ? match[2].match(/\w+="(?:[^"\\]|\\.)*"/g).sort().join(',') : '';
        result[labels ? `${match[1]}{${labels}}` : match[1]] = Number(match[3]);
    }
    return result;
}

/** The samples of one metric family (the name's prefix), as above. */
function family(all, name) {
    return Object.fromEntries(Object.entries(all).filter(([key]) => key === name || key.startsWith(`${name}{`)));
}

async function scrape(url, token) {
    const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    return { status: response.status, headers: response.headers, text: await response.text() };
}

before(async () => {
    redis = await parts.startRedis(dir);
    sandbox = new Service('latchkey-sandbox', SANDBOX, ['--account-sid', accountSid, '--auth-token', 'monitoring-test'],
        { ...process.env, QT_LOGGING_RULES: 'latchkey.*.debug=false' });
    await sandbox.ready('verify_code_length');

    for (const [name, user] of Object.entries(users)) {
        user.password = `password-${crypto.randomBytes(6).toString('hex')}`;
        user.name = name;
    }
    const usersFile = path.join(dir, 'users.json');
    fs.writeFileSync(usersFile, JSON.stringify(Object.entries(users).map(([name, u]) => ({
        username: name, phone: u.phone, passwordHash: hashPassword(u.password), ...(u.admin ? { admin: true } : {}),
    }))), { mode: 0o600 });
    const keyFile = path.join(dir, 'assertion-key.pem');
    fs.writeFileSync(keyFile, crypto.generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }),
        { mode: 0o600 });
    const secretFile = path.join(dir, 'session-secret');
    fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
    const tokenFile = path.join(dir, 'metrics-token');
    fs.writeFileSync(tokenFile, `${metricsToken}\n`, { mode: 0o600 });

    backendEnvironment = {
        ...process.env,
        PORT: '0',
        REDIS_URL: redis.url,
        REDIS_PASSWORD_FILE: redis.passwordFile,
        USERS_FILE: usersFile,
        SESSION_SECRET_FILE: secretFile,
        ASSERTION_KEY_FILE: keyFile,
        ...parts.twilioEnvironment(sandbox, accountSid),
        COOKIE_SECURE: 'false',
        SEND_CODE_LIMIT: '4',
    };
    // a: /metrics on its public port behind the token; b: on a loopback port of its own, no token.
    await startBackend('a', { METRICS_TOKEN_FILE: tokenFile });
    const b = await startBackend('b', { METRICS_PORT: '0' });
    b.metricsUrl = await b.ready('metrics');
});

after(async () => {
    for (const child of children) {
        child.kill('SIGKILL');
    }
    fs.rmSync(dir, { recursive: true, force: true });
});

test('the stats capability is announced to admins only; the route needs a session and the code (401)', async () => {
    const anonymous = await new Client(backends.a.url).call('GET', '/api/admin/stats');
    assert.equal(anonymous.status, 401);
    assert.equal(typeof anonymous.body.error, 'string');

    const admin = await login('a', 'admin');
    assert.equal(admin.answer.status, 200, admin.answer.text);
    assert.equal(admin.answer.body.capabilities.stats, true);
    users.admin.client = admin.client;
    const beforeCode = await admin.client.call('GET', '/api/admin/stats');
    assert.equal(beforeCode.status, 401, 'the password alone is not enough');
    assert.equal(typeof beforeCode.body.error, 'string');

    const alice = await login('b', 'alice');
    assert.equal(alice.answer.status, 200, alice.answer.text);
    assert.equal(alice.answer.body.capabilities.stats, undefined);
    users.alice.client = alice.client;
    assert.equal((await alice.client.call('GET', '/api/admin/stats')).status, 401, 'no code yet: 401 before 403');
});

test('scripted sign-ins and refusals on both instances', async () => {
    // admin on a: one SMS, a wrong code, the right one.
    const admin = users.admin.client;
    const sent = await send(admin, 'sms');
    assert.equal(sent.answer.status, 200, sent.answer.text);
    const wrong = await verify(admin, sent.code === '000000' ? '111111' : '000000');
    assert.equal(wrong.status, 400);
    assert.equal((await verify(admin, sent.code)).status, 200);

    // alice on b: an SMS, then a call for the same verification, approved; the used code again: expired.
    const alice = users.alice.client;
    assert.equal((await send(alice, 'sms')).answer.status, 200);
    const call = await send(alice, 'call');
    assert.equal(call.answer.status, 200, call.answer.text);
    assert.equal(call.answer.body.channel, 'call');
    assert.equal((await verify(alice, call.code)).status, 200);
    const again = await verify(alice, call.code);
    assert.equal(again.status, 500);
    assert.equal(again.body.code, 20404);
    // A new SMS, abandoned.
    assert.equal((await send(alice, 'sms')).answer.status, 200);
    // Twilio's rate limit (20429), then the backend's own per-user limit (SEND_CODE_LIMIT 4: the fifth send).
    const fault = await fetch(new URL('/sandbox/faults', sandbox.facts.base_url), {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ route: 'POST /v2/Services/*/Verifications', fault: 'rate-limit', seconds: 60 }),
    });
    assert.equal(fault.status, 200);
    const twilioLimited = await alice.call('POST', '/api/auth/send-code', { useNumberOnFile: true });
    assert.equal(twilioLimited.status, 500, twilioLimited.text);
    assert.equal(twilioLimited.body.code, 20429);
    const limited = await alice.call('POST', '/api/auth/send-code', { useNumberOnFile: true });
    assert.equal(limited.status, 429, limited.text);

    // blocked on a: Fraud Guard refuses the number (60410).
    const blocked = await login('a', 'blocked');
    assert.equal(blocked.answer.status, 200);
    const refused = await blocked.client.call('POST', '/api/auth/send-code', { useNumberOnFile: true });
    assert.equal(refused.status, 500, refused.text);
    assert.equal(refused.body.code, 60410);
    // Twilio failing (503): an error, not a refusal.
    const failing = await fetch(new URL('/sandbox/faults', sandbox.facts.base_url), {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ route: 'POST /v2/Services/*/Verifications', fault: 'server-error', status: 503 }),
    });
    assert.equal(failing.status, 200);
    const failed = await blocked.client.call('POST', '/api/auth/send-code', { useNumberOnFile: true });
    assert.equal(failed.status, 500, failed.text);
    // A wrong password on a.
    assert.equal((await login('a', 'admin', 'not-the-password')).answer.status, 401);

    assert.equal(codesFor(users.admin.phone).length, 1);
    assert.equal(codesFor(users.alice.phone).length, 3);
    assert.equal(codesFor(users.blocked.phone).length, 0);
});

test('the protocol check refuses a stats answer that breaks the schema', async () => {
    const good = {
        since: '2026-11-05T00:00:00Z', until: '2026-12-05T00:00:00Z', attempts: 3, converted: 2,
        conversionRatePercent: 66.666666667, channels: [{ channel: 'sms', attempts: 3, converted: 2 }],
        countries: [{ country: 'US', attempts: 3, converted: 2 }], price: null, fraudGuardBlocks: 0, rateLimited: 0,
    };
    assert.deepEqual(protocol.problems('GET', '/api/admin/stats', { status: 200, body: good }), []);
    const broken = [
        { ...good, conversionRatePercent: '66.67' }, // Twilio's string, not the protocol's number
        { ...good, price: { amount: 0.45, currency: 'USD' } },
        { ...good, countries: [{ country: 'United States', attempts: 3, converted: 2 }] },
        Object.fromEntries(Object.entries(good).filter(([key]) => key !== 'rateLimited')),
    ];
    for (const body of broken) {
        assert.notDeepEqual(protocol.problems('GET', '/api/admin/stats', { status: 200, body }), [], JSON.stringify(body));
    }
    assert.notDeepEqual(protocol.problems('GET', '/api/admin/stats', { status: 418, body: { error: 'x' } }), []);
});

test('a non-admin who passed both factors gets 403', async () => {
    const answer = await users.alice.client.call('GET', '/api/admin/stats');
    assert.equal(answer.status, 403);
    assert.equal(typeof answer.body.error, 'string');
});

test('each instance\'s /metrics counts exactly what it answered', async () => {
    const a = samples((await scrape(new URL('/metrics', backends.a.url), metricsToken)).text);
    assert.deepEqual(family(a, 'latchkey_backend_verifications_total'), {
        'latchkey_backend_verifications_total{channel="sms",country="US",outcome="sent"}': 1,
        'latchkey_backend_verifications_total{channel="sms",country="US",outcome="wrong_code"}': 1,
        'latchkey_backend_verifications_total{channel="sms",country="US",outcome="verified"}': 1,
        'latchkey_backend_verifications_total{channel="sms",country="US",outcome="fraud_blocked"}': 1,
        'latchkey_backend_verifications_total{channel="sms",country="US",outcome="error"}': 1,
    });
    assert.deepEqual(family(a, 'latchkey_backend_logins_total'), {
        'latchkey_backend_logins_total{outcome="success"}': 2,
        'latchkey_backend_logins_total{outcome="device_trusted"}': 0,
        'latchkey_backend_logins_total{outcome="invalid_credentials"}': 1,
        'latchkey_backend_logins_total{outcome="rate_limited"}': 0,
    });

    const b = samples((await scrape(backends.b.metricsUrl)).text);
    assert.deepEqual(family(b, 'latchkey_backend_verifications_total'), {
        'latchkey_backend_verifications_total{channel="sms",country="DE",outcome="sent"}': 2,
        'latchkey_backend_verifications_total{channel="call",country="DE",outcome="sent"}': 1,
        'latchkey_backend_verifications_total{channel="call",country="DE",outcome="verified"}': 1,
        'latchkey_backend_verifications_total{channel="call",country="DE",outcome="expired"}': 1,
        'latchkey_backend_verifications_total{channel="sms",country="DE",outcome="rate_limited"}': 2,
    });
    assert.deepEqual(family(b, 'latchkey_backend_logins_total'), {
        'latchkey_backend_logins_total{outcome="success"}': 1,
        'latchkey_backend_logins_total{outcome="device_trusted"}': 0,
        'latchkey_backend_logins_total{outcome="invalid_credentials"}': 0,
        'latchkey_backend_logins_total{outcome="rate_limited"}': 0,
    });
    assert.ok(b.latchkey_backend_process_resident_memory_bytes > 0, 'prom-client\'s process metrics are there');
    const text = (await scrape(backends.b.metricsUrl)).text;
    for (const user of Object.values(users)) {
        assert.ok(!text.includes(user.phone.slice(1)), 'no number in the metrics');
    }
});

test('the Grafana dashboard asks only for metrics and outcomes that the instances expose', async () => {
    const dashboard = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../examples/grafana/latchkey-reference-backend.json'), 'utf8'));
    const exprs = dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr));
    assert.ok(exprs.length >= 8);
    const scraped = `${(await scrape(new URL('/metrics', backends.a.url), metricsToken)).text}\n${(await scrape(backends.b.metricsUrl)).text}`;
    const exposed = samples(scraped);
    const families = new Set(Object.keys(exposed).map((key) => key.split('{')[0]));
    const outcomes = new Set(Object.keys(exposed).flatMap((key) => [...key.matchAll(/outcome="(\w+)"/g)].map((m) => m[1])));
    const wanted = { names: new Set(), outcomes: new Set() };
    for (const expr of exprs) {
        for (const [name] of expr.matchAll(/latchkey_backend_\w+/g)) {
            wanted.names.add(name);
        }
        for (const [, values] of expr.matchAll(/outcome=~?"([^"]+)"/g)) {
            values.split('|').forEach((value) => wanted.outcomes.add(value));
        }
        assert.match(expr, /job=~"\$job", instance=~"\$instance"/, 'every query follows the dashboard\'s variables');
    }
    assert.deepEqual([...wanted.names].filter((name) => !families.has(name)), []);
    assert.deepEqual([...wanted.outcomes].filter((outcome) => !outcomes.has(outcome)), []);
    assert.deepEqual([...wanted.outcomes].sort(),
        ['error', 'expired', 'fraud_blocked', 'rate_limited', 'sent', 'verified', 'wrong_code']);
    assert.deepEqual(dashboard.__inputs.map((input) => input.pluginId), ['prometheus']);
});

test('/metrics: the token is required on the public port; without a token the metrics stay on loopback', async () => {
    const bare = await scrape(new URL('/metrics', backends.a.url));
    assert.equal(bare.status, 401);
    assert.match(bare.headers.get('www-authenticate'), /^Bearer/);
    assert.doesNotMatch(bare.text, /latchkey_backend_/);
    const wrong = await scrape(new URL('/metrics', backends.a.url), `${metricsToken.slice(0, -1)}x`);
    assert.equal(wrong.status, 401);
    assert.doesNotMatch(wrong.text, /latchkey_backend_/);
    const basic = await fetch(new URL('/metrics', backends.a.url), { headers: { authorization: `Basic ${metricsToken}` } });
    assert.equal(basic.status, 401);
    const good = await scrape(new URL('/metrics', backends.a.url), metricsToken);
    assert.equal(good.status, 200);
    assert.match(good.headers.get('content-type'), /^text\/plain; version=0\.0\.4/);

    // b serves them on its own port, bound to 127.0.0.1, and not on its public port.
    assert.equal(new URL(backends.b.metricsUrl).hostname, '127.0.0.1');
    assert.equal((await scrape(new URL('/metrics', backends.b.url))).status, 404);
    assert.equal((await scrape(new URL('/api/auth/login', backends.b.metricsUrl))).status, 404);
});

test('a metrics token file that is too short stops the backend at start', async () => {
    const shortToken = path.join(dir, 'short-token');
    fs.writeFileSync(shortToken, 'short\n', { mode: 0o600 });
    const refused = new Service('backend with a short token', process.execPath, [BACKEND],
        { ...backendEnvironment, METRICS_TOKEN_FILE: shortToken });
    assert.equal((await refused.exited).code, 2);
    assert.match(refused.err, /METRICS_TOKEN_FILE/);
    assert.doesNotMatch(refused.err, /short\n/);
});

test('admin stats: the exact figures of the Attempts API and of both instances\' refusals', async () => {
    // The admin signed in on a; the session is in Redis, so b answers the same.
    const admin = Object.assign(new Client(backends.b.url), { cookie: users.admin.client.cookie });
    const answer = await admin.call('GET', '/api/admin/stats');
    assert.equal(answer.status, 200, answer.text);
    const stats = answer.body;
    const since = Date.parse(stats.since);
    const untilMs = Date.parse(stats.until);
    assert.match(stats.since, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(untilMs - since, 30 * 24 * 3600 * 1000, 'the default period: 30 days');
    assert.ok(untilMs >= Date.now() - 60000 && untilMs <= Date.now() + 1000, stats.until);
    assert.deepEqual({ ...stats, since: undefined, until: undefined }, {
        since: undefined,
        until: undefined,
        // admin: sms (converted); alice: sms then call in one verification (the call converted), then an
        // abandoned sms. Fraud Guard and rate-limit refusals create no attempt.
        attempts: 4,
        converted: 2,
        conversionRatePercent: 50,
        channels: [{ channel: 'sms', attempts: 3, converted: 1 }, { channel: 'call', attempts: 1, converted: 1 }],
        countries: [{ country: 'DE', attempts: 3, converted: 1 }, { country: 'US', attempts: 1, converted: 1 }],
        // The sandbox's table (docs/sandbox.md): sms US 0.0079 + sms DE 0.0900 × 2 + call DE 0.0300.
        price: { amount: '0.2179', currency: 'USD' },
        fraudGuardBlocks: 1, // seen by a
        rateLimited: 2, // Twilio's 20429 and the send-code limit, both seen by b
        retentionDays: 30,
    });

    // An explicit period covering the test gives the same figures.
    const period = `since=${started.toISOString().replace('.000', '')}&until=${new Date(Date.now() + 60000).toISOString()}`;
    const explicit = await admin.call('GET', `/api/admin/stats?${period}`);
    assert.equal(explicit.status, 200, explicit.text);
    assert.equal(explicit.body.since, started.toISOString().replace('.000', ''));
    assert.deepEqual({ ...explicit.body, since: 0, until: 0 }, { ...stats, since: 0, until: 0 });

    // A period that ended before the test: nothing, the backend's own counters included.
    const earlier = await admin.call('GET', `/api/admin/stats?since=2026-01-01&until=${new Date(started - 3600000).toISOString()}`);
    assert.equal(earlier.status, 200, earlier.text);
    assert.equal(earlier.body.since, '2026-01-01T00:00:00Z');
    assert.deepEqual({ ...earlier.body, since: 0, until: 0 }, {
        since: 0, until: 0, attempts: 0, converted: 0, conversionRatePercent: 0, channels: [], countries: [],
        price: null, fraudGuardBlocks: 0, rateLimited: 0, retentionDays: 30,
    });
});

test('admin stats: 400 for a malformed date or since after until', async () => {
    const admin = users.admin.client;
    for (const query of ['since=yesterday', 'until=2026-13-01T00:00:00Z', 'since=2026-02-30', 'since=2026-12-01T10:00:00%2B02:00',
        'since=2026-12-01&since=2026-12-02']) {
        const answer = await admin.call('GET', `/api/admin/stats?${query}`);
        assert.equal(answer.status, 400, query);
        assert.match(answer.body.error, /since|until/, query);
    }
    const reversed = await admin.call('GET', '/api/admin/stats?since=2026-12-02T00:00:00Z&until=2026-12-01T00:00:00Z');
    assert.equal(reversed.status, 400);
    assert.match(reversed.body.error, /since is after until/);
});

test('admin stats: 502 when Twilio\'s Attempts API fails', async () => {
    const faults = new URL('/sandbox/faults', sandbox.facts.base_url);
    for (const route of ['GET /v2/Attempts/Summary', 'GET /v2/Attempts']) {
        const added = await fetch(faults, { method: 'POST', headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ route, fault: 'server-error', status: 503 }) });
        assert.equal(added.status, 200, route);
        const answer = await users.admin.client.call('GET', '/api/admin/stats');
        assert.equal(answer.status, 502, `${route}: ${answer.text}`);
        assert.match(answer.body.error, /Attempts/);
        assert.deepEqual((await (await fetch(faults)).json()).faults, [], `${route} was called`);
    }
});
