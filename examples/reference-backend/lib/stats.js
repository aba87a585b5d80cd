'use strict';
// GET /api/admin/stats (docs/backend-protocol.md, "Admin stats"): the Verify service's figures for a period,
// from Twilio's Verification Attempts API, plus the refusals this backend counted itself (they never reach
// Twilio, so they are not in the Attempts API).
//  - attempts, converted, conversion rate: GET /v2/Attempts/Summary.
//  - channels, countries, price: GET /v2/Attempts paged (PageSize 1000, PageToken from each page's
//    next_page_url). A country is that of the attempt's destination (channel_data.to); attempts without a
//    phone number (email) count in no country. Prices of one currency are added up exactly (decimal text).
//  - both always filtered by this backend's VerifyServiceSid (the List otherwise covers the whole account),
//    DateCreatedAfter = since and DateCreatedBefore = until.
// Twilio keeps attempts about 30 days and limits the rate of these requests: the route is for people, not
// for polling (Prometheus scrapes /metrics instead).

const { countryOf } = require('./metrics');
const { EVENT_RETENTION_DAYS } = require('./stores');

const DAY_MS = 24 * 3600 * 1000;
const DEFAULT_DAYS = 30;
const PAGE_SIZE = 1000; // Twilio's maximum
const MAX_PAGES = 1000; // a million attempts: far beyond 30 days of any service; stops a paging loop

/** An error answered with its status and text. */
class StatsError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|\+00:?00|-00:?00))?$/;

/** An ISO 8601 UTC time (2026-11-05T00:00:00Z, or a date: its midnight UTC) as ms; null when it is not one. */
function parseInstant(text) {
    const match = INSTANT.exec(text);
    if (!match) {
        return null;
    }
    const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part || 0));
    const ms = Date.UTC(year, month - 1, day, hour, minute, second);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day ||
        back.getUTCHours() !== hour || back.getUTCMinutes() !== minute || back.getUTCSeconds() !== second) {
        return null; // 2026-02-30, 24:00 and the like
    }
    return ms; // fractions of a second are dropped: Twilio's filters take whole seconds
}

function iso(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The period asked for: {since, until} in ms, whole seconds; defaults: the 30 days up to now. */
function period(query, now = Date.now()) {
    const parsed = {};
    for (const name of ['since', 'until']) {
        const value = query[name];
        if (value === undefined) {
            continue;
        }
        const ms = typeof value === 'string' ? parseInstant(value) : null;
        if (ms === null) {
            throw new StatsError(400, `${name} is not an ISO 8601 UTC time such as 2026-11-05T00:00:00Z`);
        }
        parsed[name] = ms;
    }
    const until = parsed.until ?? Math.ceil(now / 1000) * 1000; // up to the next whole second: all that is known
    const since = parsed.since ?? until - DEFAULT_DAYS * DAY_MS;
    if (since > until) {
        throw new StatsError(400, 'since is after until');
    }
    return { since, until };
}

/** Decimal text ("0.0079", "-0.05") as an integer count of 10^-scale units. */
function toUnits(text, scale) {
    const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(text).trim());
    if (!match || (match[3] || '').length > scale) {
        return null;
    }
    const units = BigInt(match[2] + (match[3] || '').padEnd(scale, '0'));
    return match[1] ? -units : units;
}

function fromUnits(units, scale) {
    const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
    return `${units < 0n ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/**
 * Adds up attempts' prices ({value or price, currency}) exactly, with at least 4 decimals (more if a price has
 * more). Charges are added as positive amounts (some Twilio APIs write them negative). null when no attempt
 * had a price, or when prices came in more than one currency (no rate to convert them with).
 */
function totalPrice(prices) {
    const known = prices.filter((p) => p && (p.value ?? p.price) !== undefined && (p.value ?? p.price) !== null && p.currency);
    if (known.length === 0) {
        return null;
    }
    const currencies = new Set(known.map((p) => String(p.currency).toUpperCase()));
    if (currencies.size > 1) {
        return null;
    }
    const texts = known.map((p) => String(p.value ?? p.price));
    const scale = Math.max(4, ...texts.map((t) => (t.split('.')[1] || '').length));
    let total = 0n;
    for (const text of texts) {
        const units = toUnits(text, scale);
        if (units === null) {
            return null;
        }
        total += units < 0n ? -units : units;
    }
    return { amount: fromUnits(total, scale), currency: [...currencies][0] };
}

/** [{key: name, attempts, converted}] sorted by attempts (most first), then by name. */
function tally(map, key) {
    return [...map.entries()]
        .map(([name, counts]) => ({ [key]: name, ...counts }))
        .sort((a, b) => b.attempts - a.attempts || (a[key] < b[key] ? -1 : 1));
}

function count(map, name, converted) {
    const counts = map.get(name) || { attempts: 0, converted: 0 };
    counts.attempts += 1;
    counts.converted += converted ? 1 : 0;
    map.set(name, counts);
}

/**
 * The stats answer for [since, until): `verify` is the Twilio client's verify.v2, `events` the store's
 * refusal counters (stores.events). Twilio's failures throw StatsError 502; the store's failures pass through.
 */
async function adminStats({ verify, serviceSid, events }, { since, until }) {
    const filters = { verifyServiceSid: serviceSid, dateCreatedAfter: new Date(since), dateCreatedBefore: new Date(until) };
    let summary;
    const channels = new Map();
    const countries = new Map();
    const prices = [];
    try {
        summary = await verify.verificationAttemptsSummary().fetch(filters);
        let page = await verify.verificationAttempts.page({ ...filters, pageSize: PAGE_SIZE });
        for (let pages = 1; ; ++pages) {
            for (const attempt of page.instances) {
                const converted = String(attempt.conversionStatus).toLowerCase() === 'converted';
                count(channels, attempt.channel || 'unknown', converted);
                const to = attempt.channelData && attempt.channelData.to;
                if (typeof to === 'string' && to.startsWith('+')) {
                    count(countries, countryOf(to), converted);
                }
                prices.push(attempt.price);
            }
            if (!page.nextPageUrl) {
                break;
            }
            const next = new URL(page.nextPageUrl).searchParams;
            if (!next.get('PageToken') || pages >= MAX_PAGES) {
                throw new Error('the Attempts list did not page with a PageToken');
            }
            // The next page from the configured Verify host, with the same filters (never a host named in the answer).
            page = await verify.verificationAttempts.page({
                ...filters, pageSize: PAGE_SIZE, pageToken: next.get('PageToken'), pageNumber: next.get('Page') ?? undefined,
            });
        }
    } catch (error) {
        const code = Number.isInteger(error.code) ? ` (${error.code})` : '';
        console.error(`reference-backend: stats: Twilio's Attempts API failed${code}: ${error.message}`);
        throw new StatsError(502, 'Twilio\'s Verification Attempts API failed');
    }
    const [fraudGuardBlocks, rateLimited] = await Promise.all([
        events.count('fraud-guard', since, until),
        events.count('rate-limited', since, until),
    ]);
    const attempts = Number(summary.totalAttempts) || 0;
    const converted = Number(summary.totalConverted) || 0;
    const twilioRate = Number.parseFloat(summary.conversionRatePercentage);
    // Twilio's own figure (a string: "66.666666667"), to two decimals; computed when it gives none.
    const conversionRatePercent = Math.round((Number.isFinite(twilioRate) ? twilioRate
        : attempts > 0 ? (converted / attempts) * 100 : 0) * 100) / 100;
    return {
        since: iso(since),
        until: iso(until),
        attempts,
        converted,
        conversionRatePercent,
        channels: tally(channels, 'channel'),
        countries: tally(countries, 'country'),
        price: totalPrice(prices),
        fraudGuardBlocks,
        rateLimited,
        retentionDays: EVENT_RETENTION_DAYS,
    };
}

module.exports = { adminStats, period, parseInstant, totalPrice, StatsError };
