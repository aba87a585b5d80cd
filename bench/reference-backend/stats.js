'use strict';
// What monitoring costs the reference backend: GET /api/admin/stats (Twilio's Attempts Summary plus the
// Attempts list paged by 1000) as the number of attempts in the period grows, and a Prometheus scrape of
// /metrics, each as a ratio to the floor measured in the same run: GET /healthz of the same instance.
// Attempts are made straight on latchkey-sandbox's Verify API (one verification per number), so the
// backend's own counters stay as they are. Reports p50 wall-clock time and the CPU time per request of the
// backend and of the sandbox (standing for Twilio).
//
//   node bench/reference-backend/stats.js [attempts, default 3000] [requests per measure, default 20]
//
// Environment: LATCHKEY_SANDBOX_BINARY (default build/bin/latchkey-sandbox) and NODE_PATH pointing at the
// pinned npm packages (default build/tests/interop/node/node_modules, installed by ctest -R InteropNpmCi).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

const root = path.resolve(__dirname, '../..');
process.env.NODE_PATH = process.env.NODE_PATH || path.join(root, 'build/tests/interop/node/node_modules');
const parts = require(path.join(root, 'tests/interop/cluster/parts'));
const { hashPassword } = require(path.join(root, 'examples/reference-backend/lib/passwords'));

const BACKEND = path.join(root, 'examples/reference-backend/server.js');
const SANDBOX = process.env.LATCHKEY_SANDBOX_BINARY || path.join(root, 'build/bin/latchkey-sandbox');
const ATTEMPTS = Number(process.argv[2] || 3000);
const REQUESTS = Number(process.argv[3] || 20);
const CONCURRENCY = 8;

function cpuSeconds(pid) {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, USER_HZ 100
}

let sandboxPid;

async function measure(name, pid, call) {
    const times = [];
    const cpuBefore = cpuSeconds(pid);
    const sandboxBefore = cpuSeconds(sandboxPid);
    for (let i = 0; i < REQUESTS; ++i) {
        const t0 = process.hrtime.bigint();
        const answer = await call();
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (answer.status !== 200) {
            throw new Error(`${name}: HTTP ${answer.status} ${answer.text}`);
        }
    }
    times.sort((a, b) => a - b);
    return {
        name,
        p50: times[Math.floor(times.length / 2)],
        cpu: ((cpuSeconds(pid) - cpuBefore) / REQUESTS) * 1000,
        sandboxCpu: ((cpuSeconds(sandboxPid) - sandboxBefore) / REQUESTS) * 1000,
    };
}

async function main() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'latchkey-bench-stats-'));
    const password = crypto.randomBytes(12).toString('hex');
    const usersFile = path.join(dir, 'users.json');
    fs.writeFileSync(usersFile, JSON.stringify([{ username: 'root', phone: '+13125550999', admin: true, passwordHash: await hashPassword(password) }]),
        { mode: 0o600 });
    const tokenFile = path.join(dir, 'metrics-token');
    const token = crypto.randomBytes(24).toString('hex');
    fs.writeFileSync(tokenFile, token, { mode: 0o600 });

    const accountSid = `AC${'7'.repeat(32)}`;
    const sandbox = new parts.Service('latchkey-sandbox', SANDBOX, ['--account-sid', accountSid, '--auth-token', 'bench'],
        { ...process.env, QT_LOGGING_RULES: 'latchkey.*.debug=false' });
    const codes = [];
    sandbox.onMessage = (message) => codes.push(message);
    await sandbox.ready('verify_code_length');
    sandboxPid = sandbox.child.pid;
    const backend = new parts.Service('backend', process.execPath, [BACKEND], {
        ...process.env,
        PORT: '0',
        USERS_FILE: usersFile,
        SESSION_SECRET: crypto.randomBytes(16).toString('hex'),
        ...parts.twilioEnvironment(sandbox, accountSid),
        COOKIE_SECURE: 'false',
        METRICS_TOKEN_FILE: tokenFile,
    });
    backend.url = await backend.ready('listening');
    const pid = backend.child.pid;

    // The admin signs in with both factors.
    const admin = new parts.Client(backend.url);
    await admin.call('POST', '/api/auth/login', { username: 'root', password });
    await admin.call('POST', '/api/auth/send-code', { useNumberOnFile: true });
    await parts.until(() => codes.length > 0, 'the admin\'s code');
    const verified = await admin.call('POST', '/api/auth/verify-code', { useNumberOnFile: true, code: codes[0].code });
    if (verified.status !== 200) {
        throw new Error(`sign-in: ${verified.text}`);
    }

    const rows = [];
    const floorOf = () => measure('GET /healthz (floor)', pid, () => new parts.Client(backend.url).call('GET', '/healthz'));
    const statsOf = (attempts) => measure(`GET /api/admin/stats, ${attempts} attempts`, pid, () => admin.call('GET', '/api/admin/stats'));
    const metricsOf = () => measure('GET /metrics', pid, () => new parts.Client(backend.url).call('GET', '/metrics', undefined,
        { authorization: `Bearer ${token}` }));

    const floor = await floorOf();
    rows.push(floor, await metricsOf(), await statsOf(1));

    // Attempts straight on the sandbox's Verify API, one number each, CONCURRENCY at a time.
    const auth = `Basic ${Buffer.from(`${sandbox.facts.verify_api_key_sid}:${sandbox.facts.verify_api_key_secret}`).toString('base64')}`;
    const start = new URL(`/v2/Services/${sandbox.facts.verify_service_sid}/Verifications`, sandbox.facts.base_url);
    let made = 0;
    async function maker() {
        while (made < ATTEMPTS) {
            const n = made++;
            const response = await fetch(start, {
                method: 'POST',
                headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({ To: `+1312${5560000 + n}`, Channel: n % 4 === 3 ? 'call' : 'sms' }),
            });
            await response.arrayBuffer();
            if (response.status !== 201) {
                throw new Error(`start ${n}: HTTP ${response.status}`);
            }
        }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, maker));
    const check = await admin.call('GET', '/api/admin/stats');
    if (check.body.attempts !== ATTEMPTS + 1) {
        throw new Error(`expected ${ATTEMPTS + 1} attempts, the stats say ${check.body.attempts}`);
    }
    rows.push(await statsOf(ATTEMPTS + 1), await floorOf());

    await backend.stop();
    await sandbox.stop();
    fs.rmSync(dir, { recursive: true, force: true });

    const floorP50 = Math.min(rows[0].p50, rows.at(-1).p50); // the floor before and after: the lower
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}; ${REQUESTS} requests per line, one at a time`);
    console.log('');
    console.log('| request | p50 ms | × floor | CPU ms per request: backend | sandbox (Twilio) |');
    console.log('|---|---|---|---|---|');
    for (const row of rows) {
        console.log(`| ${row.name} | ${row.p50.toFixed(1)} | ${(row.p50 / floorP50).toFixed(1)} | ${row.cpu.toFixed(1)} | ${row.sandboxCpu.toFixed(1)} |`);
    }
}

main().catch((error) => {
    console.error(error.stack || error.message);
    for (const child of parts.children) {
        child.kill('SIGKILL');
    }
    process.exit(1);
});
