'use strict';
// The reference backend's monitoring parts on their own (examples/reference-backend/lib): the stats period,
// exact price sums, countries of numbers, the refusal counters of the in-memory store, and the admin stats
// over a Twilio client stand-in that pages (what paging must send, and when it gives up).
// Run by ctest (TestReferenceBackendMonitoringParts) with LATCHKEY_REFERENCE_BACKEND and NODE_PATH set.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const lib = path.join(path.dirname(process.env.LATCHKEY_REFERENCE_BACKEND || assert.fail('run this through ctest')), 'lib');
const { adminStats, period, parseInstant, totalPrice, StatsError } = require(path.join(lib, 'stats'));
const { countryOf } = require(path.join(lib, 'metrics'));
const { createStores } = require(path.join(lib, 'stores'));

const DAY = 24 * 3600 * 1000;

test('the period: ISO 8601 UTC times and dates, defaults, refusals', () => {
    const now = Date.parse('2026-12-05T12:34:56.789Z');
    assert.deepEqual(period({}, now), { since: Date.parse('2026-11-05T12:34:57Z'), until: Date.parse('2026-12-05T12:34:57Z') });
    assert.deepEqual(period({ since: '2026-12-01' }, now), { since: Date.parse('2026-12-01T00:00:00Z'), until: Date.parse('2026-12-05T12:34:57Z') });
    assert.deepEqual(period({ until: '2026-12-01T00:00:00Z' }, now), { since: Date.parse('2026-12-01T00:00:00Z') - 30 * DAY, until: Date.parse('2026-12-01T00:00:00Z') });
    assert.equal(parseInstant('2026-12-01T10:00:00.5Z'), Date.parse('2026-12-01T10:00:00Z'));
    assert.equal(parseInstant('2026-12-01T10:00:00+00:00'), Date.parse('2026-12-01T10:00:00Z'));
    for (const bad of ['2026-12-01T10:00:00+02:00', '2026-12-01T10:00:00', '2026-02-29', '2026-12-01T24:00:00Z', '1733400000', '', 'yesterday']) {
        assert.equal(parseInstant(bad), null, bad);
    }
    assert.throws(() => period({ since: ['2026-12-01', '2026-12-02'] }, now), (e) => e instanceof StatsError && e.status === 400);
    assert.throws(() => period({ since: '2026-12-02', until: '2026-12-01' }, now), /since is after until/);
    assert.deepEqual(period({ since: '2026-12-01', until: '2026-12-01' }, now).since, Date.parse('2026-12-01T00:00:00Z'));
});

test('prices add up exactly, in one currency', () => {
    assert.deepEqual(totalPrice([{ value: '0.0079', currency: 'usd' }, { value: '0.09', currency: 'USD' }, null]),
        { amount: '0.0979', currency: 'USD' });
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004: never here.
    assert.deepEqual(totalPrice([{ value: '0.1', currency: 'usd' }, { value: '0.2', currency: 'usd' }]), { amount: '0.3000', currency: 'USD' });
    assert.deepEqual(totalPrice([{ price: '-0.00525', currency: 'EUR' }, { value: '1', currency: 'eur' }]), { amount: '1.00525', currency: 'EUR' });
    assert.equal(totalPrice([]), null);
    assert.equal(totalPrice([null, undefined, { value: null, currency: 'usd' }]), null);
    assert.equal(totalPrice([{ value: '0.01', currency: 'usd' }, { value: '0.01', currency: 'eur' }]), null);
    assert.equal(totalPrice([{ value: 'free', currency: 'usd' }]), null);
});

test('countries of numbers', () => {
    assert.equal(countryOf('+12025550142'), 'US');
    assert.equal(countryOf('+14165550123'), 'CA');
    assert.equal(countryOf('+4915112345678'), 'DE');
    assert.equal(countryOf('+442079460958'), 'GB');
    assert.equal(countryOf('+15555555555'), 'US', 'a +1 number no region claims: the calling code\'s main country');
    assert.equal(countryOf('+999123'), 'ZZ');
    assert.equal(countryOf('not a number'), 'ZZ');
});

test('the in-memory store counts refusals by time: since included, until excluded, 30 days kept', async () => {
    const stores = createStores({});
    const now = Date.now();
    await stores.events.record('fraud-guard', now - 1000);
    await stores.events.record('fraud-guard', now);
    await stores.events.record('rate-limited', now - 2000);
    await stores.events.record('rate-limited', now - 31 * DAY); // already past the retention: dropped
    assert.equal(await stores.events.count('fraud-guard', now - 1000, now + 1), 2);
    assert.equal(await stores.events.count('fraud-guard', now - 1000, now), 1);
    assert.equal(await stores.events.count('fraud-guard', now - 999, now + 1), 1);
    assert.equal(await stores.events.count('rate-limited', now - 40 * DAY, now), 1);
    await assert.rejects(stores.events.record('other'), /unknown event kind/);
});

/** A stand-in for the Twilio client's verify.v2: pages of attempts, recording every call's parameters. */
function fakeVerify(pages, summary = { totalAttempts: 3, totalConverted: 1, conversionRatePercentage: '33.33' }) {
    const calls = [];
    const page = (index) => ({
        instances: pages[index],
        nextPageUrl: index + 1 < pages.length ? `https://verify.example.invalid/v2/Attempts?PageSize=1000&Page=${index + 1}&PageToken=PT${index + 1}` : undefined,
    });
    return {
        calls,
        verificationAttemptsSummary: () => ({
            fetch: async (params) => {
                calls.push({ route: 'summary', ...params });
                return summary;
            },
        }),
        verificationAttempts: {
            page: async (params) => {
                calls.push({ route: 'list', ...params });
                return page(params.pageToken ? Number(params.pageToken.slice(2)) : 0);
            },
        },
    };
}

const events = { count: async (kind) => (kind === 'fraud-guard' ? 4 : 5) };

test('admin stats page the list with PageToken, always with the service, and sum what they list', async () => {
    const attempt = (channel, to, converted, value) => ({
        channel, conversionStatus: converted ? 'converted' : 'unconverted', channelData: { to }, price: value ? { value, currency: 'usd' } : null,
    });
    const verify = fakeVerify([
        [attempt('sms', '+12025550142', true, '0.0079'), attempt('sms', '+4915112345678', false, '0.09')],
        [attempt('call', '+4915112345678', false, null), { channel: 'email', conversionStatus: 'unconverted', channelData: { to: 'a@example.org' }, price: null }],
    ]);
    const since = Date.parse('2026-11-01T00:00:00Z');
    const until = Date.parse('2026-12-01T00:00:00Z');
    const stats = await adminStats({ verify, serviceSid: 'VA123', events }, { since, until });
    assert.deepEqual(stats, {
        since: '2026-11-01T00:00:00Z',
        until: '2026-12-01T00:00:00Z',
        attempts: 3,
        converted: 1,
        conversionRatePercent: 33.33,
        channels: [{ channel: 'sms', attempts: 2, converted: 1 }, { channel: 'call', attempts: 1, converted: 0 }, { channel: 'email', attempts: 1, converted: 0 }],
        countries: [{ country: 'DE', attempts: 2, converted: 0 }, { country: 'US', attempts: 1, converted: 1 }],
        price: { amount: '0.0979', currency: 'USD' },
        fraudGuardBlocks: 4,
        rateLimited: 5,
        retentionDays: 30,
    });
    assert.deepEqual(verify.calls.map((c) => [c.route, c.verifyServiceSid, c.dateCreatedAfter.toISOString(), c.dateCreatedBefore.toISOString(), c.pageToken]), [
        ['summary', 'VA123', '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', undefined],
        ['list', 'VA123', '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', undefined],
        ['list', 'VA123', '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', 'PT1'],
    ]);
});

test('admin stats: the rate is computed when Twilio gives none; a next page without a PageToken is a failure (502)', async () => {
    const empty = await adminStats({ verify: fakeVerify([[]], { totalAttempts: 0, totalConverted: 0, conversionRatePercentage: null }), serviceSid: 'VA1', events },
        { since: 0, until: 1000 });
    assert.equal(empty.conversionRatePercent, 0);
    assert.equal(empty.price, null);
    const computed = await adminStats({ verify: fakeVerify([[]], { totalAttempts: 3, totalConverted: 2 }), serviceSid: 'VA1', events }, { since: 0, until: 1000 });
    assert.equal(computed.conversionRatePercent, 66.67);
    const twilios = await adminStats({ verify: fakeVerify([[]], { totalAttempts: 3, totalConverted: 2, conversionRatePercentage: '66.666666667' }),
        serviceSid: 'VA1', events }, { since: 0, until: 1000 });
    assert.equal(twilios.conversionRatePercent, 66.67, 'Twilio\'s figure to two decimals');

    const verify = fakeVerify([[], []]);
    const list = verify.verificationAttempts.page;
    verify.verificationAttempts.page = async (params) => ({ ...(await list(params)), nextPageUrl: 'https://verify.example.invalid/v2/Attempts?Page=1' });
    const originalError = console.error;
    console.error = () => {};
    try {
        await assert.rejects(adminStats({ verify, serviceSid: 'VA1', events }, { since: 0, until: 1000 }),
            (e) => e instanceof StatsError && e.status === 502);
    } finally {
        console.error = originalError;
    }
});
