#!/usr/bin/env python3
"""Sandbox load benchmark: sign-ins (start a verification, read its code from GET /sandbox/messages?to=,
check it), each with a number of its own, driven by wrk (8 threads, one connection each) against three
servers in one invocation:

  floor    latchkey-bench-bare-http-route: QHttpServer routes that answer a fixed JSON body (this stack's floor)
  sandbox  latchkey-sandbox --quiet: six 10-second windows back to back on one process, so the state grows
  prism    Prism (npm @stoplight/prism-cli, pinned in bench/package.json) mocking Twilio's OpenAPI description
           of Verify v2; a mock has no outbox, so its sign-ins are start + check with a fixed code

For each it reports the share of 2xx answers, requests per second, p50/p99 latency and the server's RSS; for the
sandbox the first window (0-10 s) and the last (50-60 s). Ratios: floor/sandbox throughput (target <= 1.5),
sandbox/prism throughput (target >= 30, with a lower p99), last/first window (target within 10%).
A benchmark never fails on a number: it exits 0 whatever the figures.

Needs wrk (apt-get install wrk) and, for Prism, `npm ci` in bench/ (Node 18.20 or later).
Usage: bench/sandbox-load.py [build/bin] [seconds per window, default 10] [windows, default 6]"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request

here = os.path.dirname(os.path.abspath(__file__))
bin_dir = sys.argv[1] if len(sys.argv) > 1 else "build/bin"
window_seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 10
windows = int(sys.argv[3]) if len(sys.argv) > 3 else 6
threads = 8  # one connection each: wrk's script keeps one sign-in's state per thread
lua = os.path.join(here, "sandbox-load.lua")
account_sid = "AC" + "4" * 32
auth_token = "bench-token"  # a throwaway sandbox credential
service_sid = "VA" + "5" * 32
authorization = "Basic " + base64.b64encode(f"{account_sid}:{auth_token}".encode()).decode()
if not shutil.which("wrk"):
    sys.exit("sandbox-load.py: wrk is not installed (apt-get install wrk)")


def rss_mib(pid):
    """Resident set size of a process and its children (Prism runs in node), in MiB."""
    total = 0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1))
            with open(f"/proc/{current}/task/{current}/children") as children:
                pids += [int(child) for child in children.read().split()]
        except (FileNotFoundError, AttributeError, ProcessLookupError):
            pass
    return total / 1024


def base_url_of(process):
    for line in process.stdout:
        if line.startswith("base_url="):
            return line.strip().split("=", 1)[1]
    raise RuntimeError("the server printed no base_url= line")


def run_wrk(url, window, fixed_code=None):
    args = ["wrk", f"-t{threads}", f"-c{threads}", f"-d{window_seconds}s", "--timeout", "5s", "-s", lua, url,
            "--", service_sid, authorization, str(window)] + ([fixed_code] if fixed_code else [])
    output = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    result = json.loads(output.split("RESULT ", 1)[1].splitlines()[0])
    seconds = result["duration_us"] / 1e6
    return {
        "rps": result["requests"] / seconds,
        "signins_per_s": result["pairs"] / seconds,
        "ok": result["ok_2xx"] / max(1, result["requests"]),
        "p50_ms": result["p50_us"] / 1000,
        "p99_ms": result["p99_us"] / 1000,
        "errors": result["socket_errors"] + result["timeouts"],
    }


def show(name, figures, rss):
    print(f"{name:24s} {figures['rps']:9.0f} req/s {figures['signins_per_s']:8.0f} sign-ins/s "
          f"{figures['ok'] * 100:7.2f}% 2xx  p50 {figures['p50_ms']:6.2f} ms  p99 {figures['p99_ms']:7.2f} ms  "
          f"RSS {rss:6.1f} MiB" + (f"  {figures['errors']} socket errors" if figures["errors"] else ""))


def serve(command, **kwargs):
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, **kwargs)
    return process, base_url_of(process)


results = {}
print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} before the run; wrk -t{threads} "
      f"-c{threads}, {window_seconds} s windows")

floor, url = serve([os.path.join(bin_dir, "latchkey-bench-bare-http-route")])
try:
    results["floor"] = run_wrk(url, 90)
    show("floor (bare QHttpServer)", results["floor"], rss_mib(floor.pid))
finally:
    floor.kill()
    floor.wait()

sandbox, url = serve([os.path.join(bin_dir, "latchkey-sandbox"), "--quiet", "--account-sid", account_sid,
                      "--auth-token", auth_token, "--service-sid", service_sid])
sandbox_windows = []
try:
    for window in range(windows):
        figures = run_wrk(url, window)
        figures["rss"] = rss_mib(sandbox.pid)
        sandbox_windows.append(figures)
        show(f"sandbox {window * window_seconds:2d}-{(window + 1) * window_seconds:2d} s", figures,
             figures["rss"])
finally:
    sandbox.kill()
    sandbox.wait()


def find_spec():
    """Twilio's OpenAPI description of Verify v2, as the contract tests fetch it (tests/contract)."""
    for candidate in [os.path.join(bin_dir, "..", "tests", "contract", "node", "twilio_verify_v2.json"),
                      os.environ.get("TWILIO_VERIFY_SPEC", "")]:
        if candidate and os.path.exists(candidate):
            return candidate
    return None


prism_bin = os.path.join(here, "node_modules", ".bin", "prism")
spec = find_spec()
if not os.path.exists(prism_bin) or not spec:
    print("prism: skipped (run `npm ci` in bench/ and build the contract tests' fixture, or set "
          "TWILIO_VERIFY_SPEC to twilio_verify_v2.json)")
else:
    port = 4010 + os.getpid() % 1000
    prism = subprocess.Popen([prism_bin, "mock", "-h", "127.0.0.1", "-p", str(port), spec],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(600):  # Prism takes seconds to read the description
            try:
                urllib.request.urlopen(url + "/v2/Services", timeout=1)
                break
            except urllib.error.HTTPError:
                break  # it answers: an error status is an answer
            except OSError:
                time.sleep(0.1)
        results["prism"] = run_wrk(url, 91, fixed_code="123456")
        show("prism (mock of Verify v2)", results["prism"], rss_mib(prism.pid))
    finally:
        prism.kill()
        prism.wait()

first, last = sandbox_windows[0], sandbox_windows[-1]
print(f"floor / sandbox throughput: {results['floor']['rps'] / first['rps']:.2f}x (target <= 1.5x)")
if "prism" in results:
    print(f"sandbox / prism throughput: {first['rps'] / results['prism']['rps']:.1f}x (target >= 30x); "
          f"p99 {first['p99_ms']:.2f} vs {results['prism']['p99_ms']:.2f} ms (target: lower)")
print(f"last / first window throughput: {last['rps'] / first['rps']:.3f} (target 0.9 to 1.1); "
      f"RSS {first['rss']:.1f} -> {last['rss']:.1f} MiB")
