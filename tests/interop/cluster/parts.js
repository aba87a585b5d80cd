'use strict';
// The parts of the reference backend's tests (cluster/, monitoring/) and benchmarks (bench/reference-backend/): real processes, started unprivileged on loopback and in a temporary
// folder: redis-server on a unix socket, nginx with a generated configuration, and HTTP clients with a cookie jar.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const WAIT_MS = 20000;
/** Every child still running, so a test can kill what is left at the end. */
const children = new Set();

/** Waits until `predicate()` is true, checking every 20 ms; fails after WAIT_MS. */
async function until(predicate, what) {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
        const value = await predicate();
        if (value) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out waiting for ${what}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

/** A child process whose stdout announces key=value facts and, for the sandbox, its outbox. */
class Service {
    constructor(name, program, args, environment) {
        this.name = name;
        this.facts = {};
        this.messages = [];
        this.out = '';
        this.err = '';
        this.child = spawn(program, args, { env: environment, stdio: ['pipe', 'pipe', 'pipe'] });
        children.add(this.child);
        this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => {
            children.delete(this.child);
            this.exitCode = code;
            resolve({ code, signal });
        }));
        let pending = '';
        this.child.stdout.on('data', (chunk) => {
            this.out += chunk;
            pending += chunk;
            let end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const line = pending.slice(0, end);
                pending = pending.slice(end + 1);
                const equals = line.indexOf('=');
                if (line.startsWith('message=')) {
                    const message = JSON.parse(line.slice(equals + 1));
                    if (this.onMessage) {
                        this.onMessage(message); // instead of keeping it (the benchmark's thousands of codes)
                    } else {
                        this.messages.push(message);
                    }
                } else if (equals > 0) {
                    this.facts[line.slice(0, equals)] = line.slice(equals + 1);
                }
            }
        });
        this.child.stderr.on('data', (chunk) => {
            this.err += chunk;
        });
    }
    async ready(fact) {
        await until(() => this.facts[fact] !== undefined || this.exitCode !== undefined, `${this.name}: ${fact}`);
        assert.ok(this.facts[fact] !== undefined, `${this.name} did not start:\n${this.out}\n${this.err}`);
        return this.facts[fact];
    }
    async stop(signal = 'SIGTERM') {
        if (this.exitCode === undefined && children.has(this.child)) {
            this.child.kill(signal);
        }
        return this.exited;
    }
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/**
 * redis-server on a unix socket only (no TCP port), persistence by AOF in the temporary folder, and an ACL
 * user `latchkey` limited to the backend's keys as README.md recommends (password in dir/redis-password).
 */
async function startRedis(dir) {
    const password = fs.existsSync(path.join(dir, 'redis-password'))
        ? fs.readFileSync(path.join(dir, 'redis-password'), 'utf8')
        : require('node:crypto').randomBytes(16).toString('hex');
    fs.writeFileSync(path.join(dir, 'redis-password'), password, { mode: 0o600 });
    const redisSocket = path.join(dir, 'redis.sock');
    const redis = new Service('redis-server', 'redis-server', [
        '--port', '0', '--unixsocket', redisSocket, '--unixsocketperm', '700', '--dir', dir,
        '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--daemonize', 'no', '--loglevel', 'warning',
        '--user', 'latchkey', 'on', `>${password}`, '~latchkey:*', '+@all', '-@dangerous',
    ], process.env);
    await until(() => {
        const ping = spawnSync('redis-cli', ['-s', redisSocket, 'ping'], { encoding: 'utf8' });
        return ping.stdout.trim() === 'PONG' || redis.exitCode !== undefined;
    }, 'redis-server');
    assert.equal(redis.exitCode, undefined, `redis-server did not start: ${redis.err}${redis.out}`);
    redis.socket = redisSocket;
    redis.url = `unix://latchkey@localhost${redisSocket}`; // the password: REDIS_PASSWORD_FILE=dir/redis-password
    redis.passwordFile = path.join(dir, 'redis-password');
    return redis;
}

/**
 * nginx, unprivileged, with a generated configuration: per-request round-robin over `urls`. Its access log
 * (dir/access.log) names the instance that answered each request (X-Instance).
 */
async function startNginx(dir, urls) {
    const accessLog = path.join(dir, 'access.log');
    const port = await freePort();
    const upstreams = urls.map((url) => `        server ${new URL(url).host};`).join('\n');
    const conf = path.join(dir, 'nginx.conf');
    fs.writeFileSync(conf, `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 64; }
http {
    client_body_temp_path ${dir}/nginx-body;
    proxy_temp_path ${dir}/nginx-proxy;
    fastcgi_temp_path ${dir}/nginx-fastcgi;
    uwsgi_temp_path ${dir}/nginx-uwsgi;
    scgi_temp_path ${dir}/nginx-scgi;
    log_format instances '$request_method $uri $status $upstream_http_x_instance';
    access_log ${accessLog} instances;
    upstream backends {
${upstreams}
    }
    server {
        listen 127.0.0.1:${port};
        location / {
            proxy_pass http://backends;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_next_upstream off;
        }
    }
}
`);
    const proxy = new Service('nginx', 'nginx', ['-c', conf, '-p', dir, '-e', path.join(dir, 'nginx-error.log')],
        process.env);
    await until(() => new Promise((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
            socket.destroy();
            resolve(true);
        });
        socket.on('error', () => resolve(proxy.exitCode !== undefined));
    }), 'nginx');
    assert.equal(proxy.exitCode, undefined,
        `nginx did not start: ${proxy.err}${fs.existsSync(path.join(dir, 'nginx-error.log')) ? fs.readFileSync(path.join(dir, 'nginx-error.log'), 'utf8') : ''}`);
    proxy.url = `http://127.0.0.1:${port}`;
    proxy.accessLog = accessLog;
    return proxy;
}

/** HTTP over fetch with one cookie (the session). */
/** When set (checkAnswersAgainst), every Client's answers on the protocol's routes are checked against it. */
let protocol;

/** From now on, every answer a Client receives on a route of `checker` (a Protocol) must follow it. */
function checkAnswersAgainst(checker) {
    protocol = checker;
}

class Client {
    constructor(base) {
        this.base = base;
        this.cookie = '';
    }
    async call(method, route, body, headers = {}) {
        const response = await fetch(new URL(route, this.base), {
            method,
            headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const setCookie = response.headers.get('set-cookie');
        if (setCookie) {
            this.cookie = setCookie.split(';')[0];
        }
        const text = await response.text();
        let json;
        try {
            json = JSON.parse(text);
        } catch {
            json = undefined;
        }
        const answer = { status: response.status, instance: response.headers.get('x-instance'), body: json, text };
        const { pathname } = new URL(route, this.base);
        if (protocol && protocol.covers(method, pathname)) {
            protocol.check(method, pathname, answer);
        }
        return answer;
    }
}

/** An environment variable ctest sets; a run outside ctest stops here, naming it. */
function requiredEnv(name) {
    const value = process.env[name];
    assert.ok(value, `${name} is not set (run this through ctest)`);
    return value;
}

/** The reference backend's settings that make a started latchkey-sandbox its Twilio Verify. */
function twilioEnvironment(sandbox, accountSid) {
    return {
        TWILIO_ACCOUNT_SID: accountSid,
        TWILIO_API_KEY: sandbox.facts.verify_api_key_sid,
        TWILIO_API_SECRET: sandbox.facts.verify_api_key_secret,
        TWILIO_VERIFY_SERVICE_SID: sandbox.facts.verify_service_sid,
        TWILIO_VERIFY_BASE_URL: sandbox.facts.base_url,
    };
}

module.exports = {
    WAIT_MS,
    children,
    until,
    Service,
    freePort,
    startRedis,
    startNginx,
    Client,
    checkAnswersAgainst,
    requiredEnv,
    twilioEnvironment,
};
