#!/usr/bin/env python3
"""Sandbox load benchmark: sign-ins (start a verification, read its code from GET /sandbox/messages?to=,
check it), each with a number of its own, driven by wrk (8 threads, one connection each) against three
servers in one invocation:

  floor    latchkey-bench-bare-http-route: QHttpServer routes that answer a fixed JSON body (this stack's floor)
  sandbox  latchkey-sandbox --quiet: six 10-second windows on one process, so its state grows by 60 s of load
  (the floor's windows alternate with the sandbox's, so that a change in the machine's load hits both)
  prism    Prism (npm @stoplight/prism-cli, pinned in bench/package.json) mocking Twilio's OpenAPI description
           of Verify v2; a mock has no outbox, so its sign-ins are start + check with a fixed code

For each it reports the share of 2xx answers, requests per second, p50/p99 latency, the server's RSS and the
server's CPU time per request (user + system, from /proc: steadier than req/s on a busy machine); for the
sandbox the first window (0-10 s) and the last (50-60 s). Ratios: floor/sandbox throughput (target <= 1.5),
sandbox/prism throughput (target >= 30, with a lower p99), last/first window (target within 10%); the
floor/sandbox ratio is the median of each sandbox window's against the floor window just before it.
A benchmark never fails on a number: it exits 0 whatever the figures.

Needs wrk (apt-get install wrk) and, for Prism, `npm ci` in bench/ (Node 18.20 or later).
Usage: bench/sandbox-load.py [build/bin] [seconds per window, default 10] [windows, default 6]"""
import base64
import json
import os
import re
import shutil
import statistics
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


def cpu_seconds(pid):
    """User and system CPU time a process has used so far (fields 14 and 15 of /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def base_url_of(process):
    for line in process.stdout:
        if line.startswith("base_url="):
            return line.strip().split("=", 1)[1]
    raise RuntimeError("the server printed no base_url= line")


def run_wrk(url, window, fixed_code=None, pid=None):
    args = ["wrk", f"-t{threads}", f"-c{threads}", f"-d{window_seconds}s", "--timeout", "5s", "-s", lua, url,
            "--", service_sid, authorization, str(window)] + ([fixed_code] if fixed_code else [])
    cpu_before = cpu_seconds(pid) if pid else 0
    output = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    cpu = cpu_seconds(pid) - cpu_before if pid else 0
    result = json.loads(output.split("RESULT ", 1)[1].splitlines()[0])
    seconds = result["duration_us"] / 1e6
    return {
        "rps": result["requests"] / seconds,
        "signins_per_s": result["pairs"] / seconds,
        "ok": result["ok_2xx"] / max(1, result["requests"]),
        "p50_ms": result["p50_us"] / 1000,
        "p99_ms": result["p99_us"] / 1000,
        "errors": result["socket_errors"] + result["timeouts"],
        # The server's own CPU per answer: unlike req/s, it hardly depends on what else the machine runs.
        "cpu_us": cpu * 1e6 / max(1, result["requests"]),
    }


def show(name, figures, rss):
    print(f"{name:24s} {figures['rps']:9.0f} req/s {figures['signins_per_s']:8.0f} sign-ins/s "
          f"{figures['ok'] * 100:7.2f}% 2xx  p50 {figures['p50_ms']:6.2f} ms  p99 {figures['p99_ms']:7.2f} ms  "
          f"RSS {rss:6.1f} MiB  CPU {figures['cpu_us']:5.0f} us/req" + (f"  {figures['errors']} socket errors" if figures["errors"] else ""))


def serve(command, **kwargs):
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, **kwargs)
    return process, base_url_of(process)


results = {}
print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} before the run; wrk -t{threads} "
      f"-c{threads}, {window_seconds} s windows")

floor, floor_url = serve([os.path.join(bin_dir, "latchkey-bench-bare-http-route")])
sandbox, sandbox_url = serve([os.path.join(bin_dir, "latchkey-sandbox"), "--quiet", "--account-sid", account_sid,
                              "--auth-token", auth_token, "--service-sid", service_sid])
floor_windows, sandbox_windows = [], []
try:
    for window in range(windows):
        figures = run_wrk(floor_url, 50 + window, pid=floor.pid)
        figures["rss"] = rss_mib(floor.pid)
        floor_windows.append(figures)
        show(f"floor   {window * window_seconds:2d}-{(window + 1) * window_seconds:2d} s", figures, figures["rss"])
        figures = run_wrk(sandbox_url, window, pid=sandbox.pid)
        figures["rss"] = rss_mib(sandbox.pid)
        sandbox_windows.append(figures)
        show(f"sandbox {window * window_seconds:2d}-{(window + 1) * window_seconds:2d} s", figures,
             figures["rss"])
finally:
    for process in (floor, sandbox):
        process.kill()
        process.wait()


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
        results["prism"] = run_wrk(url, 91, fixed_code="123456", pid=prism.pid)
        show("prism (mock of Verify v2)", results["prism"], rss_mib(prism.pid))
    finally:
        prism.kill()
        prism.wait()

first, last = sandbox_windows[0], sandbox_windows[-1]
ratios = [f["rps"] / w["rps"] for f, w in zip(floor_windows, sandbox_windows)]
median = statistics.median
print(f"floor / sandbox throughput: {median(ratios):.2f}x, median of {len(ratios)} window pairs "
      f"({min(ratios):.2f} to {max(ratios):.2f}; target <= 1.5x); p99 {median(w['p99_ms'] for w in sandbox_windows):.2f}"
      f" vs {median(f['p99_ms'] for f in floor_windows):.2f} ms (medians)")
cpu_ratio = median(w["cpu_us"] for w in sandbox_windows) / median(f["cpu_us"] for f in floor_windows)
print(f"server CPU per request, sandbox / floor: {cpu_ratio:.2f}x (medians)")
if "prism" in results:
    sandbox_rps = median(w["rps"] for w in sandbox_windows)
    sandbox_p99 = median(w["p99_ms"] for w in sandbox_windows)
    print(f"sandbox / prism throughput: {sandbox_rps / results['prism']['rps']:.1f}x (target >= 30x); "
          f"p99 {sandbox_p99:.2f} vs {results['prism']['p99_ms']:.2f} ms (target: lower)")
print(f"last / first window throughput: {last['rps'] / first['rps']:.3f} (target 0.9 to 1.1), against the floor "
      f"window before each: {ratios[0] / ratios[-1]:.3f}; RSS {first['rss']:.1f} MiB after {window_seconds} s, "
      f"{last['rss']:.1f} MiB after {windows * window_seconds} s")
