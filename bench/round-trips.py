#!/usr/bin/env python3
"""Round-trip benchmark: TCP connections and TLS handshakes per sign-in, over TLS.

The organisation's backend is latchkey-sandbox behind a TLS front written here (a certificate for localhost
made at run time with openssl, trusted through the Tls/ExtraCaFile setting), which counts TCP connections
and TLS handshakes, times each exchange, and closes a connection idle for IDLE seconds, like a server's idle
timeout. A whole sign-in is typed on a private desktop (bench/desktop.py):
  - pauses between steps shorter than IDLE: target one connection and one handshake for the whole sign-in,
    opened while the user types (the warm-up) and used by every request;
  - a pause longer than IDLE before the code: target exactly one reconnect (two in all).
Client time per step (from the key that sends, to the answer's last byte relayed by the front) against curl
making the same exchanges (login, send-code, verify-code with the session cookie) in the same run, a new
curl per step, as a script would.

Usage: bench/round-trips.py [build/bin] [runs, default 3]"""
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import desktop

IDLE = 3.0  # seconds: the front's idle timeout
DEBUG = "ROUND_TRIPS_DEBUG" in os.environ  # every connection's events on stderr
bin_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/bin")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
env, xvfb = desktop.private_desktop(__file__, [bin_dir, str(runs)], tools=("Xvfb", "xdotool", "openssl", "curl"))


class TlsFront:
    """TLS on 127.0.0.1, each client connection relayed to the backend over a connection of its own."""

    def __init__(self, certificate, key, backend_port):
        import ssl
        self.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.tls.load_cert_chain(certificate, key)
        self.backend_port = backend_port
        self.lock = threading.Lock()
        self.reset()
        self.loop = asyncio.new_event_loop()
        started = threading.Event()
        threading.Thread(target=self._run, args=(started,), daemon=True).start()
        started.wait()

    def reset(self):
        with self.lock:
            self.connections = 0
            self.handshakes = 0
            self.exchanges = []  # [connection, first request line, request's first byte, answer's last byte]

    def _run(self, started):
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        started.set()
        self.loop.run_forever()

    async def _client(self, reader, writer):
        with self.lock:
            self.connections += 1
            connection = self.connections
        try:
            await writer.start_tls(self.tls)
        except Exception:
            writer.close()
            return
        with self.lock:
            self.handshakes += 1
        trace("connection", connection, "handshake done")
        backend_reader, backend_writer = await asyncio.open_connection("127.0.0.1", self.backend_port)
        answering = [None]  # the exchange whose answer is on its way

        async def requests():
            while True:
                try:
                    data = await asyncio.wait_for(reader.read(65536), IDLE)
                except asyncio.TimeoutError:
                    trace("connection", connection, "idle: closed")
                    break  # idle: closed, as the server's idle timeout would
                if not data:
                    trace("connection", connection, "closed by the client")
                    break
                trace("connection", connection, "request bytes", data.split(b"\r\n", 1)[0][:60])
                if answering[0] is None:
                    exchange = [connection, data.split(b"\r\n", 1)[0].decode(errors="replace"),
                                time.perf_counter(), None]
                    with self.lock:
                        self.exchanges.append(exchange)
                    answering[0] = exchange
                backend_writer.write(data)
                await backend_writer.drain()

        async def answers():
            while True:
                data = await backend_reader.read(65536)
                if not data:
                    break
                writer.write(data)
                await writer.drain()
                if answering[0] is not None:
                    # Answers are a few hundred bytes, one read; the next client bytes start a new exchange.
                    answering[0][3] = time.perf_counter()
                    answering[0] = None

        upstream = asyncio.ensure_future(answers())
        await requests()
        upstream.cancel()
        for stream in (writer, backend_writer):
            stream.close()


def trace(*words):
    if DEBUG:
        print(f"{time.perf_counter():.3f}", *words, file=sys.stderr, flush=True)


def make_certificate(folder):
    key, certificate = os.path.join(folder, "key.pem"), os.path.join(folder, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key, "-out", certificate, "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return certificate, key


def curl_sign_in(front_url, certificate, folder):
    """The same three exchanges by curl, one process per step; seconds per step."""
    jar = os.path.join(folder, "cookies")
    if os.path.exists(jar):
        os.remove(jar)

    def post(path, body):
        started = time.perf_counter()
        done = subprocess.run(["curl", "-sS", "--cacert", certificate, "-c", jar, "-b", jar, "-H",
                               "Content-Type: application/json", "-d", json.dumps(body), front_url + path],
                              capture_output=True, text=True, check=True)
        return time.perf_counter() - started, done.stdout

    steps = {}
    steps["password"], _ = post("/api/auth/login", {"username": "demo", "password": "latchkey-demo"})
    before = desktop.last_code(backend_url)
    steps["phone"], _ = post("/api/auth/send-code", {"phoneNumber": desktop.demo_phone})
    desktop.wait_for(lambda: desktop.last_code(backend_url) not in ("", before), "code")
    steps["code"], answer = post("/api/auth/verify-code", {"phoneNumber": desktop.demo_phone,
                                                           "code": desktop.last_code(backend_url)})
    if '"verified":true' not in answer.replace(" ", ""):
        raise RuntimeError(f"curl's sign-in was not verified: {answer}")
    return steps


def latchkey_sign_in(front, front_url, pauses):
    front.reset()
    marks = {}
    try:
        desktop.scripted_sign_in(env, os.path.join(bin_dir, "latchkey"), front_url, backend_url, pauses,
                                 on_step=lambda name: marks.__setitem__(name, time.perf_counter()))
        outcome = "signed in"
    except (RuntimeError, TimeoutError) as problem:
        outcome = f"FAILED ({str(problem)[:60]})"
    time.sleep(0.2)
    with front.lock:
        exchanges = [list(exchange) for exchange in front.exchanges]
        counts = front.connections, front.handshakes, outcome
    names = list(marks)
    steps = {}
    for i, name in enumerate(names):
        end = marks[names[i + 1]] if i + 1 < len(names) else float("inf")
        answered = [e[3] for e in exchanges if e[3] and marks[name] <= e[2] < end]
        steps[name] = max(answered) - marks[name] if answered else float("nan")
    for step in ("password", "phone", "code"):
        steps.setdefault(step, float("nan"))
    return counts, steps, exchanges


folder = tempfile.mkdtemp(prefix="latchkey-round-trips.")
certificate, key = make_certificate(folder)
server, backend_url = desktop.start_server(bin_dir)
front = TlsFront(certificate, key, int(backend_url.rsplit(":", 1)[1]))
front_url = f"https://localhost:{front.port}"
desktop.user_settings(f"[Tls]\nExtraCaFile={certificate}\n")
results = {"short pauses": [], f"a {IDLE + 2:.0f} s pause before the code": [], "curl": []}
try:
    for _ in range(runs):
        results["curl"].append(({}, curl_sign_in(front_url, certificate, folder), []))
        results["short pauses"].append(latchkey_sign_in(front, front_url, (1.0, 1.5, 0.5)))
        results[f"a {IDLE + 2:.0f} s pause before the code"].append(
            latchkey_sign_in(front, front_url, (1.0, 1.5, IDLE + 2)))
finally:
    server.kill()
    xvfb.kill()

load = os.getloadavg()
print(f"load average after the run: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} CPUs")
print(f"idle timeout of the TLS front: {IDLE:.0f} s; {runs} sign-ins each")
for name, samples in results.items():
    if name != "curl":
        counts = [s[0] for s in samples]
        print(f"latchkey, {name}: TCP connections per sign-in {[c[0] for c in counts]}, "
              f"TLS handshakes {[c[1] for c in counts]}, {[c[2] for c in counts]}")
        for connection, line, _, _ in samples[-1][2]:
            print(f"    connection {connection}: {line}")
print("client time per step, median ms: key (or curl's start) until the answer's last byte is relayed")
for step in ("password", "phone", "code"):
    row = "  ".join(f"{name}: {statistics.median(s[1][step] for s in samples) * 1000:7.1f}"
                    for name, samples in results.items())
    print(f"  {step:9s} {row}")
