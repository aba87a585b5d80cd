'use strict';
// Latchkey's reference backend: the Twilio Verify guide's Express API (POST /api/auth/send-code and
// /api/auth/verify-code, same bodies and status codes) plus what a backend should add before it is
// deployed (docs/backend-protocol.md):
//  - a login route, with passwords stored as scrypt hashes, and session resume (GET /api/auth/login);
//  - the phone number bound to the signed-in user: codes go only to the number on file, so a stolen
//    password cannot "verify" the thief's own phone; likewise codes by email go only to the address on file;
//  - the protocol's extensions, announced at login: channels, locale, code length, the number and the
//    address on file;
//  - an assertion: after an approved code, a short-lived Ed25519-signed JWT that a program started after
//    sign-in can verify with the keys at GET /.well-known/jwks.json;
//  - "Remember this device" (deviceTrust): random device tokens issued at verify-code on request, kept only
//    as SHA-256 hashes, bound to the user, expiring, and revoked by logout {forgetDevice}, by a change of
//    the user's password, phone number or email address in users.json, and by `server.js revoke <username>`;
//  - rate limits on login and send-code (express-rate-limit), and Twilio's error code relayed with its text.
//  - one instance or several: sessions, rate-limit counters and device tokens in memory, or in Redis shared by
//    every instance (REDIS_URL; lib/stores.js), 503 when Redis fails, X-Instance, GET /healthz, graceful SIGTERM.
//  - monitoring: GET /api/admin/stats for admins (Twilio's Verification Attempts API plus the refusals counted
//    here; lib/stats.js), and Prometheus metrics at /metrics on a loopback port or behind a token (lib/metrics.js).
// Configuration is by environment variables; see README.md beside this file.

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const express = require('express');
const session = require('express-session');
const rateLimit = require('express-rate-limit');
const twilio = require('twilio');
const { hashPassword, verifyPassword } = require('./lib/passwords');
const { createStores, StoreUnavailableError } = require('./lib/stores');
const { createMetrics, metricsHandler, readMetricsToken, startMetricsServer } = require('./lib/metrics');
const { adminStats, period, StatsError } = require('./lib/stats');

if (process.argv[2] === 'hash-password') {
    // `node server.js hash-password < password.txt`: the password never appears on a command line.
    const password = fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '');
    if (!password) {
        console.error('hash-password: give the password on standard input');
        process.exit(2);
    }
    hashPassword(password).then((hash) => {
        console.log(hash);
        process.exit(0);
    });
    return; // eslint-disable-line no-useless-return -- the module's top level: nothing below runs
}

if (process.argv[2] === 'revoke') {
    // `node server.js revoke <username>` (REDIS_URL set as for the instances): ends the user's sessions and
    // forgets their remembered devices on every instance, say for a lost laptop. Without Redis, sessions and
    // devices live in one process: restarting it forgets them all.
    const username = process.argv[3];
    if (!username || !process.env.REDIS_URL) {
        console.error('revoke: usage: REDIS_URL=... node server.js revoke <username>');
        process.exit(2);
    }
    const shared = createStores(process.env);
    shared.connect()
        .then(() => shared.credentials.revoke(username))
        .then(() => shared.close())
        .then(() => {
            console.log(`revoke: the sessions and remembered devices of ${username} no longer count`);
            process.exit(0);
        }, (error) => {
            console.error(`revoke: ${error.message}`);
            process.exit(1);
        });
    return; // eslint-disable-line no-useless-return -- the module's top level: nothing below runs
}

// ---- configuration --------------------------------------------------------------------------------------

/** A setting from the environment, or from the file named by NAME_FILE (systemd's LoadCredential=). */
function setting(name) {
    const file = process.env[`${name}_FILE`];
    return file ? fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '') : process.env[name];
}

function required(name) {
    const value = setting(name);
    if (!value) {
        console.error(`reference-backend: ${name} is not set (see README.md)`);
        process.exit(2);
    }
    return value;
}

const config = {
    host: process.env.HOST || '127.0.0.1',
    port: Number(process.env.PORT || 3000),
    usersFile: required('USERS_FILE'),
    sessionSecret: required('SESSION_SECRET'),
    verifySid: required('TWILIO_VERIFY_SERVICE_SID'),
    channels: (process.env.CHANNELS || 'sms,call').split(',').map((c) => c.trim()).filter(Boolean),
    codeLength: Number(process.env.CODE_LENGTH || 0), // the Verify service's code length, when known
    sendsToNumberOnFile: process.env.SEND_TO_NUMBER_ON_FILE !== 'false',
    cookieSecure: process.env.COOKIE_SECURE !== 'false',
    trustProxy: process.env.TRUST_PROXY, // e.g. "1" behind one TLS-terminating proxy
    assertionTtl: Number(process.env.ASSERTION_TTL_SECONDS || 300),
    assertionIssuer: process.env.ASSERTION_ISSUER || 'latchkey-reference-backend',
    assertionAudience: process.env.ASSERTION_AUDIENCE || 'latchkey',
    // Audiences a client may ask for in verify-code (`audience`, e.g. latchkey --exec-audience): a comma list.
    assertionAudiences: (process.env.ASSERTION_AUDIENCES || '').split(',').map((a) => a.trim()).filter(Boolean),
    loginLimit: Number(process.env.LOGIN_LIMIT || 10),
    sendCodeLimit: Number(process.env.SEND_CODE_LIMIT || 5),
    deviceTrustDays: Number(process.env.DEVICE_TRUST_DAYS ?? 30), // 0: "Remember this device" is off
    instanceId: process.env.INSTANCE_ID || `${os.hostname()}-${process.pid}`, // the X-Instance header
    // Prometheus: on a port of its own on 127.0.0.1, or on the public port behind a bearer token (or both).
    metricsPort: process.env.METRICS_PORT === undefined || process.env.METRICS_PORT === ''
        ? undefined : Number(process.env.METRICS_PORT),
    metricsTokenFile: process.env.METRICS_TOKEN_FILE,
};

// Sessions, rate-limit counters and device tokens: in memory, or in Redis shared by every instance.
let stores;
try {
    stores = createStores(process.env);
} catch (error) {
    console.error(`reference-backend: ${error.message}`);
    process.exit(2);
}
if (stores.kind === 'redis' && !process.env.ASSERTION_KEY_FILE) {
    // Every instance must sign with one key, or a token signed by one fails against another's JWKS.
    console.error('reference-backend: with REDIS_URL (several instances), set ASSERTION_KEY_FILE to a key they share');
    process.exit(2);
}

const EMAIL_ADDRESS = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * users.json: [{"username", "displayName", "phone" (E.164), "email"?, "passwordHash" (from hash-password),
 * "admin"?}]. A malformed address stops the read rather than leave that user without email unnoticed.
 */
function readUsers() {
    const list = JSON.parse(fs.readFileSync(config.usersFile, 'utf8'));
    for (const user of list) {
        if (user.email !== undefined && !(typeof user.email === 'string' && EMAIL_ADDRESS.test(user.email))) {
            throw new Error(`users file: the email of ${user.username} is not an address`);
        }
    }
    return new Map(list.map((user) => [user.username, user]));
}

/**
 * What the users file says of the user's credentials: changes with their password hash, phone number or
 * email address. Users without an address keep the fingerprint they had before addresses were read.
 */
function credentialFingerprint(user) {
    const text = `${user.passwordHash}\n${user.phone}` + (user.email ? `\n${user.email}` : '');
    return crypto.createHash('sha256').update(text).digest('base64url');
}

let users = new Map();
// When this instance first read each user's current credentials (ms): of two instances whose copies of
// users.json differ, the one that read its copy later holds the newer edit (see credentialRecord).
const readAt = new Map();

/** Takes `reread` as the users, noting when each changed user's credentials were read; answers the changed. */
function adoptUsers(reread) {
    const now = Date.now();
    const changed = [];
    for (const [username, user] of reread) {
        const before = users.get(username);
        if (!before || credentialFingerprint(before) !== credentialFingerprint(user)) {
            readAt.set(username, now);
            if (before) {
                changed.push(user);
            }
        }
    }
    users = reread;
    return changed;
}
try {
    adoptUsers(readUsers());
} catch (error) {
    console.error(`reference-backend: ${error.message}`);
    process.exit(2);
}

/** Rereads users.json; answers the users whose credentials changed, or null when it cannot be read. */
function reloadUsers() {
    try {
        return adoptUsers(readUsers());
    } catch (error) {
        console.error(`reference-backend: users file not reloaded: ${error.message}`);
        return null;
    }
}
// After editing users.json (a new password hash, phone number or address), `kill -HUP <pid>` on any one
// instance rereads it and revokes the changed users' sessions and devices on every instance (see
// credentialRecord).
process.on('SIGHUP', () => {
    const changed = reloadUsers();
    if (changed === null) {
        return;
    }
    Promise.all(changed.map((user) => credentialRecord(user))).then(() => console.log('users=reloaded'), (error) =>
        console.error(`reference-backend: users file reloaded; the changes reach the store at next use: ${error.message}`));
});

const accountSid = required('TWILIO_ACCOUNT_SID');
const client = process.env.TWILIO_API_KEY
    ? twilio(process.env.TWILIO_API_KEY, required('TWILIO_API_SECRET'), { accountSid })
    : twilio(accountSid, required('TWILIO_AUTH_TOKEN'));
// (TWILIO_API_SECRET_FILE and TWILIO_AUTH_TOKEN_FILE work too: required() reads NAME_FILE.)
if (process.env.TWILIO_VERIFY_BASE_URL) {
    // Only for a local stand-in such as latchkey-sandbox; production talks to https://verify.twilio.com.
    client.verify.baseUrl = process.env.TWILIO_VERIFY_BASE_URL;
}
const verifyService = client.verify.v2.services(config.verifySid);

// ---- monitoring -----------------------------------------------------------------------------------------

const metrics = createMetrics();
let metricsToken;
try {
    metricsToken = config.metricsTokenFile ? readMetricsToken(config.metricsTokenFile) : undefined;
} catch (error) {
    console.error(`reference-backend: ${error.message}`);
    process.exit(2);
}
if (config.metricsPort !== undefined && !(Number.isInteger(config.metricsPort) && config.metricsPort >= 0 &&
    config.metricsPort <= 65535)) {
    console.error('reference-backend: METRICS_PORT must be a port number (0: any free port)');
    process.exit(2);
}

/** Twilio's error codes that the admin stats count apart: they never appear in the Attempts API. */
const FRAUD_GUARD = 60410;
const TWILIO_RATE_LIMITS = [60203, 20429];

/** A verification check's status as a metrics outcome (any other status: error). */
const CHECK_OUTCOMES = {
    approved: 'verified',
    pending: 'wrong_code',
    max_attempts_reached: 'wrong_code', // the last wrong code of the verification
    expired: 'expired',
    canceled: 'expired',
    deleted: 'expired',
};

/**
 * Counts a refusal for GET /api/admin/stats, in the store shared by every instance. A store that fails here
 * loses the count, never the answer (which is already decided).
 */
async function countRefusal(kind) {
    try {
        await stores.events.record(kind);
    } catch (error) {
        console.error(`reference-backend: a ${kind} refusal was not counted: ${error.message}`);
    }
}

/** The outcome of a Twilio error on send-code or verify-code, counted where it is seen (no `phone` for email). */
async function countTwilioError(error, channel, phone, step) {
    if (error.code === FRAUD_GUARD) {
        metrics.verification(channel, phone, 'fraud_blocked');
        await countRefusal('fraud-guard');
    } else if (TWILIO_RATE_LIMITS.includes(error.code)) {
        metrics.verification(channel, phone, 'rate_limited');
        await countRefusal('rate-limited');
    } else {
        metrics.verification(channel, phone, step === 'check' && error.code === 20404 ? 'expired' : 'error');
    }
}

// ---- assertions -----------------------------------------------------------------------------------------

const signingKey = process.env.ASSERTION_KEY_FILE
    ? crypto.createPrivateKey(fs.readFileSync(process.env.ASSERTION_KEY_FILE))
    : crypto.generateKeyPairSync('ed25519').privateKey; // a new key per start: assertions live minutes
const publicJwk = crypto.createPublicKey(signingKey).export({ format: 'jwk' });
const keyId = crypto.createHash('sha256').update(publicJwk.x).digest('base64url').slice(0, 16);

function base64url(value) {
    return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** RFC 8176's name for the second factor: a code by email is a one-time password, not an SMS. */
const AMR_OF_CHANNEL = { sms: 'sms', whatsapp: 'sms', call: 'tel', email: 'otp' };

/** A compact JWS (EdDSA): who signed in, with which factors, valid for assertionTtl seconds. */
function signAssertion(username, channel, audience = config.assertionAudience) {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'EdDSA', typ: 'JWT', kid: keyId };
    const claims = {
        iss: config.assertionIssuer,
        aud: audience,
        sub: username,
        iat: now,
        exp: now + config.assertionTtl,
        jti: crypto.randomUUID(),
        amr: ['pwd', AMR_OF_CHANNEL[channel] || 'sms', 'mfa'],
    };
    const input = `${base64url(header)}.${base64url(claims)}`;
    return `${input}.${crypto.sign(null, Buffer.from(input), signingKey).toString('base64url')}`;
}

// ---- remembered devices ---------------------------------------------------------------------------------

// Kept by the token's SHA-256 (stores.devices: a Map, or Redis keys expiring with the token): a leaked table
// holds no usable token. In memory, a restart forgets every device (the users then type a code once more).
const MAX_DEVICE_TOKEN_LENGTH = 4096;

function tokenHash(token) {
    return crypto.createHash('sha256').update(token).digest('base64url');
}

/**
 * The user's credential record in the shared store: { stamp, user }. Sessions and device tokens carry the
 * stamp they were made under and stop counting when it changes, on every instance at once: when the password,
 * number or address in users.json changes, or when an admin runs `server.js revoke`. The store keeps the
 * fingerprint the stamp was made for and when that instance read it. An instance whose users file says
 * otherwise rereads it (another instance may have seen the edit first); if its copy still differs, the copy
 * read later wins: when it is this one's, a new stamp is made; when it is older (say a rolling restart has not
 * reached this instance, whose copy came through LoadCredential=), `user` is undefined: this instance must not
 * take that user's password until it has the new file.
 */
async function credentialRecord(user) {
    let fingerprint = credentialFingerprint(user);
    const stored = await stores.credentials.current(user.username, fingerprint, readAt.get(user.username));
    if (stored.fingerprint === fingerprint) {
        return { stamp: stored.stamp, user };
    }
    if (reloadUsers() !== null) {
        user = users.get(user.username);
        if (!user) {
            return { stamp: stored.stamp, user: undefined }; // removed from the file here
        }
        fingerprint = credentialFingerprint(user);
        if (stored.fingerprint === fingerprint) {
            return { stamp: stored.stamp, user };
        }
    }
    const recorded = await stores.credentials.replace(user.username, fingerprint, readAt.get(user.username));
    return { stamp: recorded.stamp, user: recorded.fingerprint === fingerprint ? user : undefined };
}

async function credentialStamp(user) {
    return (await credentialRecord(user)).stamp;
}

/**
 * Answered 503 (try again): another instance has a newer users.json, so the password, number or address here
 * may be old.
 */
function staleUsersFile() {
    console.error('reference-backend: users.json here is older than another instance\'s: a request was refused');
    return new StoreUnavailableError(new Error('users.json is out of date'));
}

async function issueDeviceToken(user) {
    const token = crypto.randomBytes(32).toString('base64url');
    const expiresAt = Date.now() + config.deviceTrustDays * 24 * 3600 * 1000;
    const stamp = await credentialStamp(user);
    await stores.devices.put(tokenHash(token), { username: user.username, stamp, expiresAt });
    return { hash: tokenHash(token), token, expiresAt: new Date(expiresAt).toISOString() };
}

/** The hash of `token` when it is a valid device token of `user` now; null otherwise (stale ones go). */
async function trustedDevice(user, token) {
    if (typeof token !== 'string' || !token || token.length > MAX_DEVICE_TOKEN_LENGTH) {
        return null;
    }
    const hash = tokenHash(token);
    const entry = await stores.devices.get(hash);
    if (!entry) {
        return null;
    }
    const owner = users.get(entry.username);
    if (entry.expiresAt <= Date.now() || !owner || entry.stamp !== await credentialStamp(owner)) {
        await stores.devices.delete(hash);
        return null;
    }
    return entry.username === user.username ? hash : null;
}

// ---- helpers --------------------------------------------------------------------------------------------

const E164 = /^\+[1-9]\d{1,14}$/;

function masked(e164) {
    const countryDigits = e164.startsWith('+1') ? 1 : 2; // a display hint only
    const national = e164.slice(1 + countryDigits);
    const hidden = '•'.repeat(Math.max(0, national.length - 2)) + national.slice(-2);
    const groups = hidden.match(/.{1,3}/g) || [];
    if (groups.length > 1 && groups[groups.length - 1].length < 3) {
        groups[groups.length - 2] += groups.pop();
    }
    return `${e164.slice(0, 1 + countryDigits)} ${groups.join(' ')}`;
}

/** "demo@example.com" as "d•••@example.com": enough to recognise one's own address, never the address. */
function maskedEmail(address) {
    const at = address.lastIndexOf('@');
    if (at < 1) {
        return '•••';
    }
    return `${String.fromCodePoint(address.codePointAt(0))}•••${address.slice(at)}`;
}

/** Email is offered where the configuration allows it and only to users with an address on file. */
function offersEmail(user) {
    return config.channels.includes('email') && Boolean(user.email);
}

function loginAnswer(user, message) {
    const capabilities = {
        channels: offersEmail(user) ? config.channels : config.channels.filter((c) => c !== 'email'),
        locale: true,
        numberOnFile: masked(user.phone),
        sendsToNumberOnFile: config.sendsToNumberOnFile,
        assertion: true,
        deviceTrust: config.deviceTrustDays > 0 ? { days: config.deviceTrustDays } : false,
    };
    if (offersEmail(user)) {
        capabilities.emailOnFile = maskedEmail(user.email);
    }
    if (user.admin === true) {
        capabilities.stats = true; // GET /api/admin/stats, once both factors are done
    }
    if (config.codeLength >= 4 && config.codeLength <= 10) {
        capabilities.codeLength = config.codeLength;
    }
    return { message, username: user.username, displayName: user.displayName || user.username, capabilities };
}

/**
 * The session's user, while the credential stamp it was signed in with still holds: a change of password,
 * number or address, or a revocation, ends that user's sessions on every instance at once.
 */
async function signedInUser(req) {
    const user = req.session && req.session.username ? users.get(req.session.username) : undefined;
    if (!user) {
        return undefined;
    }
    const record = await credentialRecord(user);
    if (req.session.stamp !== record.stamp) {
        return undefined;
    }
    if (!record.user) {
        throw staleUsersFile(); // never a code to the number or address this instance still has
    }
    return record.user;
}

function requireSession(req, res, next) {
    signedInUser(req).then((user) => {
        if (!user) {
            return res.status(401).json({ error: 'Not signed in' });
        }
        req.user = user;
        next();
    }, next); // the store failed: 503
}

/**
 * The binding: whatever number the client names must be the user's number on file, and the code always
 * goes to (and is checked against) that number. Answers false after refusing the request.
 */
function boundNumber(req, res) {
    if (req.body.channel === 'email') {
        res.status(400).json({ error: 'Email goes to the address on file only' });
        return false;
    }
    if (req.body.useNumberOnFile === true) {
        return req.user.phone;
    }
    const { phoneNumber } = req.body;
    if (!phoneNumber || !E164.test(phoneNumber)) {
        res.status(400).json({ error: 'Invalid phone number. Use E.164 format (+1234567890)' });
        return false;
    }
    if (phoneNumber !== req.user.phone) {
        res.status(403).json({ error: 'This number is not registered for your account' });
        return false;
    }
    return req.user.phone;
}

/**
 * The binding for email: the code goes to (and is checked against) the address on file, and a request that
 * names any destination of its own is refused, so a stolen password cannot have a code sent to the thief's
 * address. Answers false after refusing the request.
 */
function boundAddress(req, res) {
    const { body } = req;
    const namesADestination = ['phoneNumber', 'useNumberOnFile', 'to', 'email'].some((key) => body[key] !== undefined);
    if (namesADestination || (body.channel !== undefined && body.channel !== 'email')) {
        res.status(400).json({ error: 'Email goes to the address on file only' });
        return false;
    }
    if (!req.user.email) {
        res.status(400).json({ error: 'No email address on file' });
        return false;
    }
    return req.user.email;
}

/** Twilio's failures as the guide relays them (500 and the text), plus Twilio's numeric code. */
function relay(res, error, address) {
    let text = error.message || 'Verification service error';
    if (address) {
        text = text.split(address).join(maskedEmail(address)); // Twilio may quote it; the client never sees it
    }
    const body = { error: text };
    if (Number.isInteger(error.code)) {
        body.code = error.code;
    }
    res.status(500).json(body);
}

// ---- routes ---------------------------------------------------------------------------------------------

const router = express.Router();

/** express-rate-limit's answer to a refused request, after counting it (metrics and the admin stats). */
function countedRefusal(count) {
    return async (req, res, next, options) => {
        count(req);
        await countRefusal('rate-limited');
        res.status(options.statusCode).send(options.message);
    };
}

const loginLimiter = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: config.loginLimit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    message: { error: 'Too many sign-in attempts. Please try again later.' },
    handler: countedRefusal(() => metrics.login('rate_limited')),
    store: stores.rateLimitStore('login'),
    passOnStoreError: false, // Redis down: 503, never an unlimited login
});

// Per signed-in user, so people behind one office NAT do not share a budget.
const sendCodeLimiter = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: config.sendCodeLimit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => `user:${req.user.username}`,
    message: { error: 'Too many codes were requested. Please try again later.' },
    handler: countedRefusal((req) => (req.body.useEmailOnFile === true
        ? metrics.verification('email', undefined, 'rate_limited') // an address never reaches the metrics
        : metrics.verification(req.body.channel || 'sms', req.user.phone, 'rate_limited'))),
    store: stores.rateLimitStore('send-code'),
    passOnStoreError: false, // Redis down: 503, never an unlimited send-code
});

router.post('/auth/login', loginLimiter, async (req, res, next) => {
    const { username, password } = req.body;
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
        return res.status(400).json({ error: 'Username and password are required' });
    }
    let user = users.get(username);
    let stamp;
    if (user) {
        let record;
        try {
            record = await credentialRecord(user); // may reread users.json: another instance saw it change
        } catch (storeError) {
            return next(storeError);
        }
        if (!record.user && users.has(username)) {
            return next(staleUsersFile());
        }
        ({ stamp, user } = record);
    }
    // The hash is computed for unknown users too, so timing does not tell which usernames exist.
    const passwordMatches = await verifyPassword(password, user ? user.passwordHash : undefined);
    if (!user || !passwordMatches) {
        metrics.login('invalid_credentials');
        return res.status(401).json({ error: 'Invalid username or password' });
    }
    req.session.regenerate(async (error) => {
        if (error) {
            return stores.isStoreUnavailable(error) ? next(error)
                : res.status(500).json({ error: 'Could not start a session' });
        }
        req.session.username = user.username;
        req.session.verified = false;
        const answer = loginAnswer(user, 'Signed in');
        req.session.stamp = stamp;
        let hash;
        try {
            if (config.deviceTrustDays > 0 && req.body.deviceToken !== undefined) {
                // Only after the password: a device token stands in for the code, never for the password.
                hash = await trustedDevice(user, req.body.deviceToken);
            }
        } catch (storeError) {
            return next(storeError);
        }
        if (config.deviceTrustDays > 0 && req.body.deviceToken !== undefined) {
            answer.deviceTrusted = hash !== null;
            if (hash) {
                req.session.verified = true;
                req.session.verifiedAt = new Date().toISOString();
                req.session.deviceTokenHash = hash;
            }
        }
        metrics.login(answer.deviceTrusted ? 'device_trusted' : 'success');
        res.json(answer);
    });
});

router.get('/auth/login', requireSession, (req, res) => {
    res.json(loginAnswer(req.user, 'Signed in'));
});

router.post('/auth/send-code', requireSession, sendCodeLimiter, async (req, res) => {
    const byEmail = req.body.useEmailOnFile === true;
    const to = byEmail ? boundAddress(req, res) : boundNumber(req, res);
    if (!to) {
        return;
    }
    const channel = byEmail ? 'email' : req.body.channel || 'sms';
    // Metrics count a number's country; an address never reaches them.
    const counted = byEmail ? undefined : to;
    if (!config.channels.includes(channel)) {
        return res.status(400).json({ error: 'This way of sending codes is not offered' });
    }
    const request = { to, channel };
    if (typeof req.body.locale === 'string' && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(req.body.locale)) {
        request.locale = req.body.locale;
    }
    try {
        const verification = await verifyService.verifications.create(request);
        // Also what verify-code binds to: a code sent by email is checked against the address, any other
        // against the number.
        req.session.channel = byEmail ? 'email' : verification.channel || channel;
        metrics.verification(req.session.channel, counted, 'sent');
        res.json({
            message: 'Verification code sent successfully',
            status: verification.status,
            channel: req.session.channel,
        });
    } catch (error) {
        await countTwilioError(error, channel, counted, 'send');
        relay(res, error, byEmail ? to : undefined);
    }
});

router.post('/auth/verify-code', requireSession, async (req, res, next) => {
    const { code } = req.body;
    if (!code || typeof code !== 'string') {
        return res.status(400).json({ error: 'Phone number and verification code are required' });
    }
    const { audience } = req.body;
    if (audience !== undefined && !(typeof audience === 'string' && config.assertionAudiences.includes(audience))) {
        return res.status(400).json({ error: 'This assertion audience is not allowed' }); // before the code is used
    }
    const byEmail = req.body.useEmailOnFile === true;
    const to = byEmail ? boundAddress(req, res) : boundNumber(req, res);
    if (!to) {
        return;
    }
    // A code is checked where this session's last one went: one sent by SMS or call never completes a check
    // by email, nor one sent by email a check of the number.
    const channel = req.session.channel || 'sms';
    if (byEmail !== (channel === 'email')) {
        return res.status(400).json({
            error: byEmail ? 'No code was sent to your email address' : 'The code was sent to your email address',
        });
    }
    const counted = byEmail ? undefined : to;
    let check;
    try {
        check = await verifyService.verificationChecks.create({ to, code });
    } catch (error) {
        await countTwilioError(error, channel, counted, 'check');
        return relay(res, error, byEmail ? to : undefined);
    }
    metrics.verification(channel, counted, CHECK_OUTCOMES[check.status] || 'error');
    try {
        if (check.status === 'approved') {
            req.session.verified = true;
            req.session.verifiedAt = new Date().toISOString();
            const answer = {
                message: 'Phone number verified successfully',
                verified: true,
                assertion: signAssertion(req.user.username, req.session.channel, audience),
            };
            if (config.deviceTrustDays > 0 && req.body.rememberDevice === true) {
                const issued = await issueDeviceToken(req.user);
                req.session.deviceTokenHash = issued.hash;
                answer.deviceToken = issued.token;
                answer.deviceTokenExpiresAt = issued.expiresAt;
            }
            return res.json(answer);
        }
        res.status(400).json({ error: 'Invalid verification code', verified: false });
    } catch (error) {
        next(error); // the device store failed: 503
    }
});

// The Verify service's figures for admins (docs/backend-protocol.md, "Admin stats"): a signed-in session
// that passed both factors (401 otherwise), of a user marked "admin": true in the users file (403 otherwise).
router.get('/admin/stats', requireSession, async (req, res, next) => {
    if (req.session.verified !== true) {
        return res.status(401).json({ error: 'Sign in with your code first' });
    }
    if (req.user.admin !== true) {
        return res.status(403).json({ error: 'Only administrators can see the stats' });
    }
    try {
        const range = period(req.query);
        res.json(await adminStats({ verify: client.verify.v2, serviceSid: config.verifySid, events: stores.events }, range));
    } catch (error) {
        if (error instanceof StatsError) {
            return res.status(error.status).json({ error: error.message });
        }
        next(error); // the store failed: 503
    }
});

router.post('/auth/logout', async (req, res, next) => {
    try {
        if (req.body && req.body.forgetDevice === true && req.session && req.session.deviceTokenHash) {
            await stores.devices.delete(req.session.deviceTokenHash);
        }
    } catch (error) {
        return next(error);
    }
    req.session.destroy((error) => {
        if (error) {
            return next(error); // the session could not be removed from the shared store: not signed out
        }
        res.clearCookie('latchkey.sid', { path: '/' });
        res.json({ message: 'Signed out' });
    });
});

// ---- the app --------------------------------------------------------------------------------------------

const app = express();
app.disable('x-powered-by');
app.use((req, res, next) => {
    res.set('X-Instance', config.instanceId); // which instance answered: for operators and tests
    next();
});
// For the load balancer and monitoring: 200 when this instance can serve, 503 when its store cannot be reached.
app.get('/healthz', async (req, res) => {
    const ok = await stores.healthy();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', store: stores.kind, instance: config.instanceId });
});
// Prometheus: on the public port only behind the token; without METRICS_PORT or a token, nowhere.
if (config.metricsPort === undefined && metricsToken) {
    app.get('/metrics', metricsHandler(metrics, metricsToken));
}
if (config.trustProxy) {
    app.set('trust proxy', Number.isNaN(Number(config.trustProxy)) ? config.trustProxy : Number(config.trustProxy));
}
app.use(express.json({ limit: '4kb' }));
app.use(session({
    store: stores.sessionStore, // undefined: express-session's MemoryStore (one instance)
    name: 'latchkey.sid',
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'strict', secure: config.cookieSecure, maxAge: 8 * 3600 * 1000 },
}));
app.get('/.well-known/jwks.json', (req, res) => {
    res.json({ keys: [{ ...publicJwk, kid: keyId, use: 'sig', alg: 'EdDSA' }] });
});
app.use('/api', router);
// Malformed JSON and other body errors: a JSON answer, never Express's HTML page.
// The shared store unreachable (sessions, rate limits, devices): 503, so clients say "try again", never
// "wrong code" or "signed out"; nothing was sent.
app.use((error, req, res, next) => { // eslint-disable-line no-unused-vars
    if (!error.status && stores.isStoreUnavailable(error)) {
        return res.status(503).set('Retry-After', '5').json({ error: 'The server is unavailable. Please try again.' });
    }
    res.status(error.status || 500).json({ error: error.status === 400 ? 'Malformed JSON body' : 'Server error' });
});

let server;
let metricsServer;
stores.connect().then(async () => {
    if (config.metricsPort !== undefined) {
        metricsServer = await startMetricsServer(config.metricsPort, metricsHandler(metrics, metricsToken));
        console.log(`metrics=http://127.0.0.1:${metricsServer.address().port}/metrics`);
    }
    server = app.listen(config.port, config.host, () => {
        const { address, port } = server.address();
        console.log(`store=${stores.describe()}`);
        console.log(`instance=${config.instanceId}`);
        console.log(`listening=http://${address.includes(':') ? `[${address}]` : address}:${port}`);
    });
}).catch((error) => {
    console.error(`reference-backend: ${error.message}`);
    process.exit(2);
});

// Graceful stop (systemd, a rolling restart): no new connections; requests in flight finish; then the store
// connection closes. A request still running after 10 s is abandoned.
process.on('SIGTERM', () => {
    console.log('stopping=SIGTERM');
    setTimeout(() => process.exit(1), 10000).unref();
    const closed = server ? new Promise((resolve) => server.close(resolve)) : Promise.resolve();
    if (server) {
        server.closeIdleConnections();
    }
    if (metricsServer) {
        metricsServer.close();
        metricsServer.closeIdleConnections();
    }
    closed.then(() => stores.close()).then(() => process.exit(0));
});
