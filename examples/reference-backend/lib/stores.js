'use strict';
// Where the reference backend keeps what must outlive one request: sessions, rate-limit counters,
// remembered devices, each user's credential stamp and the refusals counted for the admin stats (`events`).
// Two kinds, chosen by one setting:
//  - memory (no REDIS_URL): one process; express-session's and express-rate-limit's own in-memory stores,
//    Maps of device tokens and credential stamps, arrays of refusal times. A restart forgets everything.
//  - redis (REDIS_URL=redis://… or rediss://…): every instance shares one Redis. Sessions through
//    connect-redis, rate limits through rate-limit-redis (they hold across instances, and fail closed when
//    Redis fails), device tokens as keys named by the token's SHA-256, expiring with the token, credential
//    stamps as one hash per user (latchkey:credentials:<username>), so a revocation is seen by every instance
//    at once, and refusals as sorted sets of their times (latchkey:events:<kind>), counted by every instance
//    together.
// With Redis, no request waits for a connection that is down: the client's offline queue is off, so a command
// sent while Redis is unreachable fails at once; the server answers 503 (see isStoreUnavailable) and
// reconnects in the background.

const crypto = require('node:crypto');
const fs = require('node:fs');

const KEY_PREFIX = 'latchkey:';

/**
 * Refusals that never reach Twilio's Attempts API, counted with their times for GET /api/admin/stats:
 * `fraud-guard` (Twilio's 60410 on send-code) and `rate-limited` (the backend's limiters, Twilio's 60203 and
 * 20429). Kept EVENT_RETENTION_DAYS (Twilio keeps its attempts about as long) and at most EVENT_MAX_COUNT
 * of each kind, so the store stays bounded whatever the traffic.
 */
const EVENT_KINDS = ['fraud-guard', 'rate-limited'];
const EVENT_RETENTION_DAYS = 30;
const EVENT_MAX_COUNT = 100000;
const EVENT_RETENTION_MS = EVENT_RETENTION_DAYS * 24 * 3600 * 1000;

function checkEventKind(kind) {
    if (!EVENT_KINDS.includes(kind)) {
        throw new Error(`unknown event kind ${kind}`);
    }
}

/** An error that means "the shared store cannot be reached now" (answered 503, never 500 or 401). */
class StoreUnavailableError extends Error {
    constructor(cause) {
        super('The shared store is unavailable');
        this.name = 'StoreUnavailableError';
        this.cause = cause;
    }
}

/** A new credential stamp: random, so that no two generations of a user's credentials share one. */
function newStamp() {
    return crypto.randomBytes(16).toString('base64url');
}

function createMemoryStores() {
    const devices = new Map(); // hash → { username, stamp, expiresAt (ms) }
    const credentials = new Map(); // username → { fingerprint, stamp }
    const events = new Map(EVENT_KINDS.map((kind) => [kind, []])); // kind → times (ms), oldest first
    return {
        kind: 'memory',
        sessionStore: undefined, // express-session's MemoryStore
        rateLimitStore: () => undefined, // express-rate-limit's MemoryStore
        devices: {
            async put(hash, entry) {
                devices.set(hash, entry);
            },
            async get(hash) {
                const entry = devices.get(hash);
                if (entry && entry.expiresAt <= Date.now()) {
                    devices.delete(hash);
                    return undefined;
                }
                return entry;
            },
            async delete(hash) {
                devices.delete(hash);
            },
        },
        credentials: {
            async current(username, fingerprint, readAt) {
                if (!credentials.has(username)) {
                    credentials.set(username, { fingerprint, stamp: newStamp(), readAt });
                }
                return credentials.get(username);
            },
            async replace(username, fingerprint, readAt) {
                const stored = credentials.get(username);
                if (!stored || (stored.fingerprint !== fingerprint && stored.readAt < readAt)) {
                    credentials.set(username, { fingerprint, stamp: newStamp(), readAt });
                }
                return credentials.get(username);
            },
            async revoke(username) {
                const record = credentials.get(username);
                if (record) {
                    record.stamp = newStamp();
                }
            },
        },
        events: {
            async record(kind, at = Date.now()) {
                checkEventKind(kind);
                const times = events.get(kind);
                times.push(at);
                if (times.length > 1 && times[times.length - 2] > at) {
                    times.sort((a, b) => a - b); // normally already in order: `at` is now
                }
                const keepFrom = times.findIndex((t) => t >= Date.now() - EVENT_RETENTION_MS);
                times.splice(0, keepFrom < 0 ? times.length : Math.max(keepFrom, times.length - EVENT_MAX_COUNT));
            },
            /** How many refusals of `kind` happened at or after `since` and before `until` (ms). */
            async count(kind, since, until) {
                checkEventKind(kind);
                return events.get(kind).filter((t) => t >= since && t < until).length;
            },
        },
        async healthy() {
            return true;
        },
        isStoreUnavailable: (error) => error instanceof StoreUnavailableError,
        async connect() {},
        async close() {},
        describe: () => 'memory',
    };
}

/** redis://user@host:port/db with the password from a file (REDIS_PASSWORD_FILE), never from the URL. */
function redisOptions(env) {
    const url = new URL(env.REDIS_URL);
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:' && url.protocol !== 'unix:') {
        throw new Error(`REDIS_URL must start with redis://, rediss:// or unix:// (not ${url.protocol})`);
    }
    if (url.password) {
        throw new Error('REDIS_URL must not hold a password: put it in the file named by REDIS_PASSWORD_FILE');
    }
    const options = { disableOfflineQueue: true, socket: { connectTimeout: 5000 } };
    if (url.protocol === 'unix:') {
        options.socket.path = decodeURIComponent(url.pathname);
        options.database = Number(url.searchParams.get('db') || 0);
    } else {
        options.socket.host = url.hostname.replace(/^\[|\]$/g, '');
        options.socket.port = Number(url.port || 6379);
        options.socket.tls = url.protocol === 'rediss:';
        options.database = Number(url.pathname.slice(1) || 0);
    }
    if (url.username) {
        options.username = decodeURIComponent(url.username);
    }
    if (env.REDIS_PASSWORD_FILE) {
        options.password = fs.readFileSync(env.REDIS_PASSWORD_FILE, 'utf8').replace(/\r?\n$/, '');
    }
    return options;
}

/** The URL as it may be logged: no credentials. */
function redisDisplay(env) {
    const url = new URL(env.REDIS_URL);
    url.username = '';
    url.password = '';
    return url.toString();
}

/**
 * A user's credential record (a hash: fingerprint, stamp, readAt), made on first sight in one step, so two
 * instances meeting a user at once agree on one stamp. KEYS[1] the user's hash; ARGV the fingerprint seen, a
 * stamp to use when there is none yet, and when the instance read that fingerprint. Answers the record stored.
 */
const CURRENT_CREDENTIALS = `
local stored = redis.call('HMGET', KEYS[1], 'fingerprint', 'stamp', 'readAt')
if stored[1] and stored[2] then
    return stored
end
redis.call('HSET', KEYS[1], 'fingerprint', ARGV[1], 'stamp', ARGV[2], 'readAt', ARGV[3])
return {ARGV[1], ARGV[2], ARGV[3]}
`;

/**
 * A new stamp for a fingerprint read later than the stored one; otherwise the record stays (two instances
 * recording the same change make one stamp, and an older copy of users.json never undoes a newer one).
 */
const REPLACE_CREDENTIALS = `
local stored = redis.call('HMGET', KEYS[1], 'fingerprint', 'stamp', 'readAt')
if stored[1] and stored[2] and (stored[1] == ARGV[1] or tonumber(stored[3] or '0') >= tonumber(ARGV[3])) then
    return stored
end
redis.call('HSET', KEYS[1], 'fingerprint', ARGV[1], 'stamp', ARGV[2], 'readAt', ARGV[3])
return {ARGV[1], ARGV[2], ARGV[3]}
`;

function createRedisStores(env) {
    const { createClient, ClientClosedError, ClientOfflineError, ConnectionTimeoutError,
        SocketClosedUnexpectedlyError, ReconnectStrategyError } = require('@redis/client');
    const ConnectRedis = require('connect-redis').default;
    const { RedisStore: RateLimitRedis } = require('rate-limit-redis');

    const options = redisOptions(env);
    let everReady = false;
    // Before the first connection, give up at once (the backend refuses to start); afterwards, keep trying.
    options.socket.reconnectStrategy = (retries, cause) =>
        everReady ? Math.min(100 * (retries + 1), 2000) : new ReconnectStrategyError(cause);
    const client = createClient(options);
    let reported = '';
    client.on('error', (error) => {
        if (reported !== error.message) { // once per kind of failure, not once per retry
            reported = error.message;
            console.error(`reference-backend: redis: ${error.message}`);
        }
    });
    client.on('ready', () => {
        if (everReady && reported) {
            console.log('redis=reconnected');
        }
        everReady = true;
        reported = '';
    });

    const unavailable = [ClientClosedError, ClientOfflineError, ConnectionTimeoutError,
        SocketClosedUnexpectedlyError, ReconnectStrategyError, StoreUnavailableError];
    function isStoreUnavailable(error) {
        return unavailable.some((type) => error instanceof type) ||
            (error && typeof error.code === 'string' && /^E(CONNREFUSED|CONNRESET|PIPE|NOENT)$/.test(error.code)) ||
            !client.isReady;
    }

    const deviceKey = (hash) => `${KEY_PREFIX}device:${hash}`;
    const credentialKey = (username) => `${KEY_PREFIX}credentials:${username}`;
    const eventKey = (kind) => `${KEY_PREFIX}events:${kind}`;
    return {
        kind: 'redis',
        client,
        sessionStore: new ConnectRedis({ client, prefix: `${KEY_PREFIX}sess:` }),
        /**
         * A rate-limit store shared by every instance. rate-limit-redis loads its scripts when it is made,
         * so the real store is made on first use, once Redis is connected.
         */
        rateLimitStore(name) {
            let store;
            let windowMs;
            const real = () => {
                if (!store) {
                    store = new RateLimitRedis({
                        prefix: `${KEY_PREFIX}rl:${name}:`,
                        sendCommand: (...args) => client.sendCommand(args),
                    });
                    store.init({ windowMs });
                }
                return store;
            };
            return {
                prefix: `${KEY_PREFIX}rl:${name}:`,
                init(limiterOptions) {
                    windowMs = limiterOptions.windowMs;
                },
                increment: (key) => real().increment(key),
                decrement: (key) => real().decrement(key),
                resetKey: (key) => real().resetKey(key),
                get: (key) => real().get(key),
            };
        },
        devices: {
            async put(hash, entry) {
                await client.set(deviceKey(hash), JSON.stringify(entry), { PX: Math.max(1, entry.expiresAt - Date.now()) });
            },
            async get(hash) {
                const text = await client.get(deviceKey(hash));
                return text ? JSON.parse(text) : undefined;
            },
            async delete(hash) {
                await client.del(deviceKey(hash));
            },
        },
        credentials: {
            async current(username, fingerprint, readAt) {
                const [storedFingerprint, stamp, storedReadAt] = await client.eval(CURRENT_CREDENTIALS,
                    { keys: [credentialKey(username)], arguments: [fingerprint, newStamp(), String(readAt)] });
                return { fingerprint: storedFingerprint, stamp, readAt: Number(storedReadAt) };
            },
            async replace(username, fingerprint, readAt) {
                const [storedFingerprint, stamp, storedReadAt] = await client.eval(REPLACE_CREDENTIALS,
                    { keys: [credentialKey(username)], arguments: [fingerprint, newStamp(), String(readAt)] });
                return { fingerprint: storedFingerprint, stamp, readAt: Number(storedReadAt) };
            },
            async revoke(username) {
                await client.hSet(credentialKey(username), 'stamp', newStamp());
            },
        },
        events: {
            /** One member per refusal (its time and a random suffix, so equal times stay distinct). */
            async record(kind, at = Date.now()) {
                checkEventKind(kind);
                const key = eventKey(kind);
                await client.multi()
                    .zAdd(key, { score: at, value: `${at}:${crypto.randomBytes(6).toString('hex')}` })
                    .zRemRangeByScore(key, '-inf', `(${Date.now() - EVENT_RETENTION_MS}`)
                    .zRemRangeByRank(key, 0, -(EVENT_MAX_COUNT + 1))
                    .pExpire(key, EVENT_RETENTION_MS)
                    .exec();
            },
            async count(kind, since, until) {
                checkEventKind(kind);
                return client.zCount(eventKey(kind), since, `(${until}`);
            },
        },
        async healthy() {
            try {
                return client.isReady && (await client.ping()) === 'PONG';
            } catch {
                return false;
            }
        },
        isStoreUnavailable,
        async connect() {
            try {
                await client.connect();
            } catch (error) {
                const cause = error.cause || error;
                throw new Error(`Redis at ${redisDisplay(env)} cannot be reached: ${cause.message || cause.code || cause}`);
            }
        },
        async close() {
            if (client.isOpen) {
                await client.quit().catch(() => client.disconnect());
            }
        },
        describe: () => `redis ${redisDisplay(env)}`,
    };
}

/** The stores chosen by the environment: Redis when REDIS_URL is set, memory otherwise. */
function createStores(env) {
    return env.REDIS_URL ? createRedisStores(env) : createMemoryStores();
}

module.exports = { createStores, StoreUnavailableError, EVENT_RETENTION_DAYS };
