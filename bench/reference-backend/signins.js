'use strict';
// Load on the reference backend: whole sign-ins (login → send-code → verify-code, the code read from the
// sandbox's outbox by number), a distinct user and number each, against one instance and against two
// instances sharing Redis, in the same run, both behind the same nginx (round-robin per request).
// Reports sign-ins per second, p50/p99 per step, errors, and the CPU time per sign-in of the backends (Node),
// Redis, nginx and latchkey-sandbox (from /proc/PID/stat). Cost, not raw speed, is the point on a small
// machine: the target is CPU per sign-in with two instances within 1.2× of one instance.
//
//   node bench/reference-backend/signins.js [sign-ins per configuration, default 400] [concurrency, default 8]
//
// Environment: LATCHKEY_SANDBOX_BINARY (default build/bin/latchkey-sandbox) and NODE_PATH pointing at the
// pinned npm packages (default build/tests/interop/node/node_modules, installed by ctest -R InteropNpmCi).
// Needs redis-server and nginx (scripts/install-deps). Everything runs unprivileged in a temporary folder.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

const root = path.resolve(__dirname, '../..');
// The backends find the pinned npm packages through NODE_PATH.
process.env.NODE_PATH = process.env.NODE_PATH || path.join(root, 'build/tests/interop/node/node_modules');
const parts = require(path.join(root, 'tests/interop/cluster/parts'));
const { hashPassword } = require(path.join(root, 'examples/reference-backend/lib/passwords'));

const BACKEND = path.join(root, 'examples/reference-backend/server.js');
const SANDBOX = process.env.LATCHKEY_SANDBOX_BINARY || path.join(root, 'build/bin/latchkey-sandbox');
const SIGNINS = Number(process.argv[2] || 400);
const CONCURRENCY = Number(process.argv[3] || 8);
const CONFIGURATIONS = [{ name: 'one instance', instances: 1 }, { name: 'two instances', instances: 2 }];

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
/** user + system CPU seconds of a process so far. */
function cpuSeconds(pid) {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime (fields 14, 15)
}

function percentile(sorted, p) {
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
}

async function main() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'latchkey-bench-'));
    const password = crypto.randomBytes(12).toString('hex');
    const passwordHash = await hashPassword(password); // one hash: every login still runs scrypt once
    const users = [];
    for (let i = 0; i < SIGNINS * CONFIGURATIONS.length; ++i) {
        users.push({ username: `user${i}`, displayName: `User ${i}`, phone: `+1312${5552000 + i}` /* outside the sandbox's magic 555-01xx numbers */, passwordHash });
    }
    const usersFile = path.join(dir, 'users.json');
    fs.writeFileSync(usersFile, JSON.stringify(users), { mode: 0o600 });
    const keyFile = path.join(dir, 'assertion-key.pem');
    fs.writeFileSync(keyFile, crypto.generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }));

    const redis = await parts.startRedis(dir);
    const accountSid = `AC${'7'.repeat(32)}`;
    const sandbox = new parts.Service('latchkey-sandbox', SANDBOX, ['--account-sid', accountSid, '--auth-token', 'bench'],
        { ...process.env, QT_LOGGING_RULES: 'latchkey.*.debug=false' });
    const waiting = new Map(); // number → resolve(code)
    const arrived = new Map(); // number → code, for a code that came before its waiter
    sandbox.onMessage = (message) => {
        const resolve = waiting.get(message.to);
        if (resolve) {
            waiting.delete(message.to);
            resolve(message.code);
        } else {
            arrived.set(message.to, message.code);
        }
    };
    await sandbox.ready('verify_code_length');
    const codeFor = (to) => (arrived.has(to) ? Promise.resolve(arrived.get(to))
        : new Promise((resolve) => waiting.set(to, resolve)));

    const environment = {
        ...process.env,
        PORT: '0',
        REDIS_URL: redis.url,
        REDIS_PASSWORD_FILE: redis.passwordFile,
        USERS_FILE: usersFile,
        SESSION_SECRET: crypto.randomBytes(16).toString('hex'),
        ASSERTION_KEY_FILE: keyFile,
        ...parts.twilioEnvironment(sandbox, accountSid),
        COOKIE_SECURE: 'false',
        TRUST_PROXY: '1',
        LOGIN_LIMIT: String(10 * SIGNINS), // every benchmark user comes from 127.0.0.1
    };

    const results = [];
    let next = 0;
    for (const configuration of CONFIGURATIONS) {
        const backends = [];
        for (let i = 0; i < configuration.instances; ++i) {
            const backend = new parts.Service(`backend ${i}`, process.execPath, [BACKEND], { ...environment, INSTANCE_ID: `i${i}` });
            backend.url = await backend.ready('listening');
            backends.push(backend);
        }
        const nginxDir = fs.mkdtempSync(path.join(dir, 'nginx-'));
        const proxy = await parts.startNginx(nginxDir, backends.map((b) => b.url));

        const steps = { login: [], 'send-code': [], 'verify-code': [], 'whole sign-in': [] };
        let errors = 0;
        const first = next;
        next += SIGNINS;
        let taken = first;
        const processes = { node: backends.map((b) => b.child.pid), redis: [redis.child.pid], nginx: [proxy.child.pid], sandbox: [sandbox.child.pid] };
        const cpuBefore = Object.fromEntries(Object.entries(processes).map(([k, pids]) => [k, pids.reduce((t, pid) => t + cpuSeconds(pid), 0)]));
        const started = process.hrtime.bigint();

        async function timed(step, call) {
            const t0 = process.hrtime.bigint();
            const answer = await call();
            steps[step].push(Number(process.hrtime.bigint() - t0) / 1e6);
            if (answer.status !== 200) {
                throw new Error(`${step}: HTTP ${answer.status} ${answer.text}`);
            }
            return answer;
        }
        async function worker() {
            while (taken < first + SIGNINS) {
                const user = users[taken++];
                const client = new parts.Client(proxy.url);
                const t0 = process.hrtime.bigint();
                try {
                    await timed('login', () => client.call('POST', '/api/auth/login', { username: user.username, password }));
                    const code = codeFor(user.phone);
                    await timed('send-code', () => client.call('POST', '/api/auth/send-code', { useNumberOnFile: true }));
                    const value = await code;
                    await timed('verify-code', () => client.call('POST', '/api/auth/verify-code', { useNumberOnFile: true, code: value }));
                    steps['whole sign-in'].push(Number(process.hrtime.bigint() - t0) / 1e6);
                } catch (error) {
                    ++errors;
                    if (errors <= 3) {
                        console.error(`error: ${error.message}`);
                    }
                }
            }
        }
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const cpu = Object.fromEntries(Object.entries(processes).map(([k, pids]) =>
            [k, (pids.reduce((t, pid) => t + cpuSeconds(pid), 0) - cpuBefore[k]) / SIGNINS * 1000]));
        results.push({ configuration: configuration.name, signins: SIGNINS, seconds, errors, steps, cpu });

        await proxy.stop('SIGQUIT');
        for (const backend of backends) {
            await backend.stop();
        }
    }
    await sandbox.stop();
    await redis.stop();
    fs.rmSync(dir, { recursive: true, force: true });

    const ms = (value) => value.toFixed(1);
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}; ${SIGNINS} sign-ins per configuration, ${CONCURRENCY} at a time`);
    console.log('');
    console.log('| configuration | sign-ins/s | errors | login p50/p99 ms | send-code p50/p99 ms | verify-code p50/p99 ms | whole p50/p99 ms | CPU ms per sign-in: Node | Redis | nginx | sandbox | total |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of results) {
        const pp = (name) => {
            const sorted = [...r.steps[name]].sort((a, b) => a - b);
            return `${ms(percentile(sorted, 0.5))} / ${ms(percentile(sorted, 0.99))}`;
        };
        const total = Object.values(r.cpu).reduce((a, b) => a + b, 0);
        console.log(`| ${r.configuration} | ${(r.signins / r.seconds).toFixed(1)} | ${r.errors} | ${pp('login')} | ${pp('send-code')} | ${pp('verify-code')} | ${pp('whole sign-in')} | ${ms(r.cpu.node)} | ${ms(r.cpu.redis)} | ${ms(r.cpu.nginx)} | ${ms(r.cpu.sandbox)} | ${ms(total)} |`);
    }
    const total = (r) => Object.values(r.cpu).reduce((a, b) => a + b, 0);
    const ratio = total(results[1]) / total(results[0]);
    console.log('');
    console.log(`CPU per sign-in, two instances / one instance: ${ratio.toFixed(2)} (target ≤ 1.2)`);
    const errors = results.reduce((t, r) => t + r.errors, 0);
    process.exitCode = errors === 0 && ratio <= 1.2 ? 0 : 1;
}

main().catch((error) => {
    console.error(error.stack || error.message);
    for (const child of parts.children) {
        child.kill('SIGKILL');
    }
    process.exit(1);
});
