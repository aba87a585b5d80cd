'use strict';
// Password hashes: scrypt, "scrypt$N$r$p$salt$hash". Hashing runs on libuv's thread pool (crypto.scrypt, not
// scryptSync), so a login never blocks the other requests' event loop for the tens of milliseconds it takes.

const crypto = require('node:crypto');
const { promisify } = require('node:util');

const scrypt = promisify(crypto.scrypt);
const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 };

async function hashPassword(password) {
    const salt = crypto.randomBytes(16);
    const hash = await scrypt(password, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
    return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** True when `password` matches `stored`; the hash is computed for a missing `stored` too (same timing). */
async function verifyPassword(password, stored) {
    const parts = String(stored || '').split('$');
    const [scheme, N, r, p, salt, hash] = parts.length === 6 ? parts : ['scrypt', 16384, 8, 1, '', ''];
    const expected = Buffer.from(hash, 'base64');
    const actual = await scrypt(String(password), Buffer.from(salt, 'base64'), expected.length || SCRYPT.keyLength,
        { N: Number(N), r: Number(r), p: Number(p) });
    return scheme === 'scrypt' && expected.length > 0 && crypto.timingSafeEqual(actual, expected);
}

module.exports = { hashPassword, verifyPassword };
