'use strict';
// The Express backend of the Twilio Verify guide Latchkey was built from, as written, so that the interop
// tests sign in through exactly what an organisation following that guide runs. Routes, bodies, status
// codes, the rate limiter and its text are the guide's; the guide's code is kept verbatim below.
//
// Every deviation from the guide, and why:
//  1. POST /api/auth/login is added: the guide has no login route and Latchkey's password step needs one.
//     It is the minimal route docs/backend-protocol.md defines ({username, password} -> 200 JSON and a
//     session cookie, 401 {error}), checking one account from the environment.
//  2. When TWILIO_VERIFY_BASE_URL is set, the client's Verify domain points there (the sandbox) instead of
//     https://verify.twilio.com.
//  3. The app around the guide's router, which the guide implies but does not show: express.json(),
//     express-session (the guide writes req.session), mounting under /api (its frontend fetches
//     /api/auth/...), and listening on 127.0.0.1 at PORT (0: any free port), announced on stdout as
//     "listening=http://127.0.0.1:PORT".
//  4. The guide shows send-code twice, without and with its `verifyLimiter`; this is the second one. Its
//     multi-channel sendVerificationCode is not used: the guide's routes call the first.

const crypto = require('node:crypto');
const express = require('express');
const session = require('express-session');
const rateLimit = require('express-rate-limit');
const twilio = require('twilio');

// ---- the guide: Basic Implementation ---------------------------------------------------------------

const accountSid = process.env.TWILIO_ACCOUNT_SID;
const authToken = process.env.TWILIO_AUTH_TOKEN;
const verifySid = process.env.TWILIO_VERIFY_SERVICE_SID;
const client = twilio(accountSid, authToken);
if (process.env.TWILIO_VERIFY_BASE_URL) {
    client.verify.baseUrl = process.env.TWILIO_VERIFY_BASE_URL; // deviation 2
}

// Step 1: Send verification code
async function sendVerificationCode(phoneNumber) {
    try {
        const verification = await client.verify.v2
            .services(verifySid)
            .verifications
            .create({
                to: phoneNumber,
                channel: 'sms' // or 'call' for voice
            });
        console.log('Verification sent:', verification.status);
        return { success: true, status: verification.status };
    } catch (error) {
        console.error('Error sending verification:', error);
        return { success: false, error: error.message };
    }
}

// Step 2: Verify the code entered by user
async function verifyCode(phoneNumber, code) {
    try {
        const verificationCheck = await client.verify.v2
            .services(verifySid)
            .verificationChecks
            .create({
                to: phoneNumber,
                code: code
            });
        console.log('Verification check:', verificationCheck.status);
        return {
            success: verificationCheck.status === 'approved',
            status: verificationCheck.status
        };
    } catch (error) {
        console.error('Error verifying code:', error);
        return { success: false, error: error.message };
    }
}

// ---- the guide: Express.js API Integration, with its Rate Limiting section --------------------------

const router = express.Router();

// Rate limiting example with express-rate-limit
const verifyLimiter = rateLimit({
    windowMs: 15 * 60 * 1000, // 15 minutes
    max: 3, // limit each IP to 3 requests per windowMs
    message: 'Too many verification attempts, please try again later.'
});

// Send verification code endpoint
router.post('/auth/send-code', verifyLimiter, async (req, res) => {
    const { phoneNumber } = req.body;

    // Validate phone number format
    if (!phoneNumber || !/^\+[1-9]\d{1,14}$/.test(phoneNumber)) {
        return res.status(400).json({
            error: 'Invalid phone number. Use E.164 format (+1234567890)'
        });
    }

    const result = await sendVerificationCode(phoneNumber);

    if (result.success) {
        res.json({
            message: 'Verification code sent successfully',
            status: result.status
        });
    } else {
        res.status(500).json({ error: result.error });
    }
});

// Verify code endpoint
router.post('/auth/verify-code', async (req, res) => {
    const { phoneNumber, code } = req.body;

    if (!phoneNumber || !code) {
        return res.status(400).json({
            error: 'Phone number and verification code are required'
        });
    }

    const result = await verifyCode(phoneNumber, code);

    if (result.success) {
        // Code verified successfully - create session, JWT, etc.
        req.session.phoneVerified = phoneNumber;
        req.session.verifiedAt = new Date();

        res.json({
            message: 'Phone number verified successfully',
            verified: true
        });
    } else if (result.status === 'pending') {
        res.status(400).json({
            error: 'Invalid verification code',
            verified: false
        });
    } else {
        res.status(500).json({ error: result.error });
    }
});

// ---- deviation 1: the minimal login route ---------------------------------------------------------

function sameText(a, b) {
    const x = Buffer.from(String(a));
    const y = Buffer.from(String(b));
    return x.length === y.length && crypto.timingSafeEqual(x, y);
}

router.post('/auth/login', (req, res) => {
    const { username, password } = req.body;
    if (!username || !password) {
        return res.status(400).json({ error: 'Username and password are required' });
    }
    if (!sameText(username, process.env.LOGIN_USERNAME) || !sameText(password, process.env.LOGIN_PASSWORD)) {
        return res.status(401).json({ error: 'Invalid username or password' });
    }
    req.session.regenerate((error) => {
        if (error) {
            return res.status(500).json({ error: 'Could not start a session' });
        }
        req.session.username = username;
        res.json({ message: 'Signed in', username });
    });
});

// ---- deviation 3: the app around the router ---------------------------------------------------------

const app = express();
app.use(express.json());
app.use(session({
    secret: process.env.SESSION_SECRET || crypto.randomBytes(32).toString('hex'),
    resave: false,
    saveUninitialized: false
}));
app.use('/api', router);

const server = app.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
    console.log(`listening=http://127.0.0.1:${server.address().port}`);
});
