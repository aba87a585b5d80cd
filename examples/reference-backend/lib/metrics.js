'use strict';
// This instance's Prometheus metrics (prom-client) and where they are served. Each instance counts what it
// answered itself: with several instances, Prometheus scrapes every one of them (never through the load
// balancer) and sums the series. Labels hold a channel, a country (ISO 3166-1 alpha-2, from the number's
// calling code by libphonenumber-js) and an outcome: never a number, a username or a code.
//
//   latchkey_backend_verifications_total{channel, country, outcome}
//       outcome: sent, verified, wrong_code, expired, rate_limited, fraud_blocked, error
//   latchkey_backend_logins_total{outcome}
//       outcome: success, device_trusted, invalid_credentials, rate_limited
//   plus prom-client's process and Node.js metrics, prefixed latchkey_backend_.

const crypto = require('node:crypto');
const http = require('node:http');
const promClient = require('prom-client');
const { parsePhoneNumber } = require('libphonenumber-js/min');
const phoneMetadata = require('libphonenumber-js/metadata.min.json');

const PREFIX = 'latchkey_backend_';
const VERIFICATION_OUTCOMES = ['sent', 'verified', 'wrong_code', 'expired', 'rate_limited', 'fraud_blocked', 'error'];
const LOGIN_OUTCOMES = ['success', 'device_trusted', 'invalid_credentials', 'rate_limited'];
const CHANNELS = ['sms', 'call', 'whatsapp', 'email'];
/** The region code for "unknown" (CLDR's ZZ): a number whose calling code libphonenumber does not know. */
const UNKNOWN_COUNTRY = 'ZZ';

/**
 * The ISO 3166-1 alpha-2 country of an E.164 number: libphonenumber's answer, else the main country of its
 * calling code (+1 → US for a number no NANP region claims), else ZZ.
 */
function countryOf(e164) {
    try {
        const number = parsePhoneNumber(e164);
        const byCallingCode = phoneMetadata.country_calling_codes[number.countryCallingCode];
        return number.country || (byCallingCode && byCallingCode[0]) || UNKNOWN_COUNTRY;
    } catch {
        return UNKNOWN_COUNTRY;
    }
}

/** A channel as a label: one of Verify's, or `other` (a label never takes a client's free text). */
function channelLabel(channel) {
    return CHANNELS.includes(channel) ? channel : 'other';
}

function createMetrics() {
    const registry = new promClient.Registry();
    promClient.collectDefaultMetrics({ register: registry, prefix: PREFIX });
    const verifications = new promClient.Counter({
        name: `${PREFIX}verifications_total`,
        help: 'Codes sent and checked by this instance, by channel, destination country and outcome.',
        labelNames: ['channel', 'country', 'outcome'],
        registers: [registry],
    });
    const logins = new promClient.Counter({
        name: `${PREFIX}logins_total`,
        help: 'Password steps answered by this instance, by outcome.',
        labelNames: ['outcome'],
        registers: [registry],
    });
    for (const outcome of LOGIN_OUTCOMES) {
        logins.inc({ outcome }, 0); // present from the start, so rate() and sums see every outcome
    }
    return {
        registry,
        /** One send or check of a code to `phone` (E.164; undefined for email, counted as ZZ) by `channel`. */
        verification(channel, phone, outcome) {
            if (!VERIFICATION_OUTCOMES.includes(outcome)) {
                throw new Error(`unknown verification outcome ${outcome}`);
            }
            verifications.inc({ channel: channelLabel(channel), country: countryOf(phone), outcome });
        },
        login(outcome) {
            if (!LOGIN_OUTCOMES.includes(outcome)) {
                throw new Error(`unknown login outcome ${outcome}`);
            }
            logins.inc({ outcome });
        },
    };
}

/** The token from METRICS_TOKEN_FILE: one line, at least 16 characters. */
function readMetricsToken(file) {
    const token = require('node:fs').readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    if (token.length < 16 || /\s/.test(token)) {
        throw new Error('METRICS_TOKEN_FILE must hold one token of at least 16 characters without spaces');
    }
    return token;
}

function digest(text) {
    return crypto.createHash('sha256').update(text).digest();
}

/**
 * A request handler (Node's req/res, so Express's too) answering GET /metrics in Prometheus's text format.
 * With a token, only to `Authorization: Bearer <token>` (compared in constant time); 401 otherwise.
 */
function metricsHandler(metrics, token) {
    const wanted = token ? digest(token) : null;
    return async (req, res) => {
        if (wanted) {
            const match = /^Bearer +(\S+)$/i.exec(req.headers.authorization || '');
            if (!match || !crypto.timingSafeEqual(digest(match[1]), wanted)) {
                res.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer realm="metrics"' });
                res.end(JSON.stringify({ error: 'A valid bearer token is required' }));
                return;
            }
        }
        try {
            const text = await metrics.registry.metrics();
            res.writeHead(200, { 'Content-Type': metrics.registry.contentType });
            res.end(text);
        } catch (error) {
            res.writeHead(500, { 'Content-Type': 'application/json' });
            res.end(JSON.stringify({ error: 'Metrics unavailable' }));
        }
    };
}

/** A server of its own for GET /metrics, on 127.0.0.1 only (METRICS_PORT); resolves once listening. */
function startMetricsServer(port, handler) {
    const server = http.createServer((req, res) => {
        const path = (req.url || '').split('?')[0];
        if (path === '/metrics' && (req.method === 'GET' || req.method === 'HEAD')) {
            handler(req, res);
            return;
        }
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: 'Not found' }));
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve(server));
    });
}

module.exports = { createMetrics, countryOf, metricsHandler, readMetricsToken, startMetricsServer };
