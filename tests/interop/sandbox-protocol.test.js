'use strict';
// latchkey-sandbox's emulation of an organisation's backend, checked against Latchkey's backend protocol
// (docs/backend-protocol.openapi.yaml): every answer to a scripted sign-in, its refusals and the admin stats
// must have a documented status and follow its schema, so the sandbox teaches nothing the protocol does not say.
//
// Run by ctest (TestSandboxBackendProtocol) as `node sandbox-protocol.test.js` with LATCHKEY_SANDBOX_BINARY
// and NODE_PATH (the pinned npm packages) in the environment.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const parts = require('./cluster/parts');
const { Protocol } = require('./protocol');

const { children, until, Service, Client } = parts;

// Every answer below is checked by the Client itself.
const protocol = new Protocol();
parts.checkAnswersAgainst(protocol);

let sandbox;

function codesFor(to) {
    return sandbox.messages.filter((m) => m.to === to);
}

before(async () => {
    sandbox = new Service('latchkey-sandbox', parts.requiredEnv('LATCHKEY_SANDBOX_BINARY'), [],
        { ...process.env, QT_LOGGING_RULES: 'latchkey.*.debug=false' });
    await sandbox.ready('verify_code_length');
});

after(() => {
    for (const child of children) {
        child.kill('SIGKILL');
    }
});

test('a whole sign-in, its refusals and the admin stats follow the protocol', async () => {
    const { demo_username: username, demo_password: password, demo_phone: phone } = sandbox.facts;
    const client = new Client(sandbox.facts.base_url);

    assert.equal((await client.call('GET', '/api/auth/login')).status, 401);
    assert.equal((await client.call('POST', '/api/auth/login', { username, password: 'not-it' })).status, 401);
    assert.equal((await client.call('POST', '/api/auth/login', { username })).status, 400);
    const login = await client.call('POST', '/api/auth/login', { username, password });
    assert.equal(login.status, 200, login.text);
    assert.equal((await client.call('GET', '/api/auth/login')).status, 200);

    assert.equal((await client.call('POST', '/api/auth/send-code', { phoneNumber: '12345' })).status, 400);
    assert.equal((await client.call('POST', '/api/auth/send-code', { phoneNumber: '+12025550199' })).status, 403);
    const sent = await client.call('POST', '/api/auth/send-code', { phoneNumber: phone, channel: 'sms', locale: 'de' });
    assert.equal(sent.status, 200, sent.text);
    await until(() => codesFor(phone).length === 1, 'the code');
    const { code } = codesFor(phone)[0];
    assert.equal(codesFor(phone)[0].locale, 'de');

    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await client.call('POST', '/api/auth/verify-code', { phoneNumber: phone, code: wrong });
    assert.equal(refused.status, 400, refused.text);
    assert.equal((await client.call('GET', '/api/admin/stats')).status, 401, 'not before the code');
    const verified = await client.call('POST', '/api/auth/verify-code', { phoneNumber: phone, code });
    assert.equal(verified.status, 200, verified.text);

    const stats = await client.call('GET', '/api/admin/stats');
    assert.equal(stats.status, login.body.capabilities.stats === true ? 200 : 403, stats.text);
    if (stats.status === 200) {
        assert.equal(stats.body.attempts, 1);
        assert.equal(stats.body.converted, 1);
    }
    assert.equal((await client.call('GET', '/api/admin/stats?since=yesterday')).status,
        stats.status === 200 ? 400 : 403);

    assert.equal((await client.call('POST', '/api/auth/logout', {})).status, 200);
    assert.equal((await client.call('GET', '/api/auth/login')).status, 401);
});

test('the check itself refuses an answer outside the protocol', () => {
    assert.notDeepEqual(protocol.problems('POST', '/api/auth/login', { status: 200, body: { displayName: 'x' } }), []);
    assert.notDeepEqual(protocol.problems('POST', '/api/auth/send-code', { status: 418, body: { error: 'x' } }), []);
    assert.notDeepEqual(protocol.problems('POST', '/api/auth/verify-code', { status: 400, body: undefined, text: '<html>' }), []);
});
