'use strict';
// A relying server: the other end of `latchkey --exec`. The gated program sends it the assertion Latchkey
// handed over in LATCHKEY_ASSERTION, and this server decides, with only Node's built-in crypto:
//  - the signature, EdDSA (Ed25519), with a key from the backend's JWKS (GET /.well-known/jwks.json),
//  - iss and aud (this program's audience, which the backend signed only because it was asked for it),
//  - exp and iat (with a small allowance for clocks),
//  - jti seen for the first time: a copied assertion used twice is refused (kept until it expires).
// Settings (environment): JWKS_URL, ISSUER, AUDIENCE, HOST (127.0.0.1), PORT (0: any free port).
// POST /gate with "Authorization: Bearer <assertion>" answers 200 {"sub", "amr"} or 401 {"error"}.

const crypto = require('node:crypto');
const http = require('node:http');

const config = {
    jwksUrl: process.env.JWKS_URL || 'http://127.0.0.1:3000/.well-known/jwks.json',
    issuer: process.env.ISSUER || 'latchkey-reference-backend',
    audience: process.env.AUDIENCE || 'latchkey',
    host: process.env.HOST || '127.0.0.1',
    port: Number(process.env.PORT || 0),
    leewaySeconds: 30,
};

// ---- keys: fetched from the backend, fetched again for a kid not seen yet (the backend's key changed) ----

let keys = new Map();

async function fetchKeys() {
    const answer = await fetch(config.jwksUrl);
    if (!answer.ok) {
        throw new Error(`JWKS answered ${answer.status}`);
    }
    const { keys: list } = await answer.json();
    keys = new Map(
        list.filter((jwk) => jwk.kty === 'OKP' && jwk.crv === 'Ed25519')
            .map((jwk) => [jwk.kid, crypto.createPublicKey({ key: jwk, format: 'jwk' })]),
    );
}

async function keyFor(kid) {
    if (!keys.has(kid)) {
        await fetchKeys();
    }
    return keys.get(kid);
}

// ---- replay: every jti accepted, until its assertion expires ----------------------------------------------

const seen = new Map(); // jti -> exp

function forgetExpired(now) {
    for (const [jti, exp] of seen) {
        if (exp + config.leewaySeconds < now) {
            seen.delete(jti);
        }
    }
}

function decode(part) {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

/** The claims of a valid, first-time assertion; throws with the reason otherwise. */
async function verify(token) {
    const parts = token.split('.');
    if (parts.length !== 3) {
        throw new Error('not a compact JWS');
    }
    const header = decode(parts[0]);
    if (header.alg !== 'EdDSA') {
        throw new Error('unexpected algorithm'); // never "none", never a key the token names itself
    }
    const key = await keyFor(header.kid);
    if (!key) {
        throw new Error('unknown key');
    }
    const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
    if (!crypto.verify(null, signed, key, Buffer.from(parts[2], 'base64url'))) {
        throw new Error('bad signature');
    }
    const claims = decode(parts[1]);
    const now = Math.floor(Date.now() / 1000);
    if (claims.iss !== config.issuer) {
        throw new Error('wrong issuer');
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.includes(config.audience)) {
        throw new Error('wrong audience');
    }
    if (typeof claims.exp !== 'number' || claims.exp + config.leewaySeconds < now) {
        throw new Error('expired');
    }
    if (typeof claims.iat !== 'number' || claims.iat - config.leewaySeconds > now) {
        throw new Error('issued in the future');
    }
    if (typeof claims.jti !== 'string' || claims.jti.length === 0) {
        throw new Error('no jti');
    }
    forgetExpired(now);
    if (seen.has(claims.jti)) {
        throw new Error('replayed');
    }
    seen.set(claims.jti, claims.exp);
    return claims;
}

function reply(res, status, body) {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/gate') {
        return reply(res, 404, { error: 'not found' });
    }
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(req.headers.authorization || '');
    if (!match) {
        return reply(res, 401, { error: 'no assertion' });
    }
    try {
        const claims = await verify(match[1]);
        reply(res, 200, { sub: claims.sub, amr: claims.amr });
    } catch (error) {
        reply(res, 401, { error: error.message });
    }
});

server.listen(config.port, config.host, () => {
    const { address, port } = server.address();
    console.log(`listening=http://${address}:${port}`);
});
