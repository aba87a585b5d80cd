#!/usr/bin/env python3
"""Responsiveness benchmark: the UI thread's longest stall during a whole sign-in, measured by a 1 ms
heartbeat (latchkey-bench-heartbeat) while the real wizard signs in with the sandbox out of process (the
child latchkey-sandbox, its panel, the system keychain, the country list), typed one key every 40 ms.
Alternated with the floor: the same heartbeat beside an idle QWizard for 3 s, which shows what the timer
alone gets from this machine under its current load. Target: the longest stall under 16 ms (one frame).

On a private desktop (bench/desktop.py). Usage: bench/responsiveness.py [build/bin] [runs, default 7]"""
import os
import re
import statistics
import subprocess
import sys

import desktop

bin_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/bin")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
env, xvfb = desktop.private_desktop(__file__, [bin_dir, str(runs)], tools=("Xvfb",))
program = os.path.join(bin_dir, "latchkey-bench-heartbeat")
pattern = re.compile(r"longest stall ([0-9.]+) ms \(step: ([^)]*)\)")
after_start = re.compile(r"after the first step: longest stall ([0-9.]+) ms \(step: ([^)]*)\)")


def longest_stall(mode):
    """(longest stall, its step), and the same after the start-up (window created and first shown)."""
    done = subprocess.run([program, mode], env=env, capture_output=True, text=True, timeout=120)
    found, later = pattern.search(done.stdout), after_start.search(done.stdout)
    if done.returncode != 0 or not found or not later:
        raise RuntimeError(f"{mode}: exit {done.returncode}: {done.stdout} {done.stderr[-2000:]}")
    return (float(found.group(1)), found.group(2)), (float(later.group(1)), later.group(2))


samples = {"idle": [], "sign-in": []}
later_samples = {"idle": [], "sign-in": []}
try:
    longest_stall("sign-in")  # warm-up: page cache, fontconfig, the keyring's first answer
    for _ in range(runs):
        for mode in samples:
            whole, later = longest_stall(mode)
            samples[mode].append(whole)
            later_samples[mode].append(later)
finally:
    xvfb.kill()

load = os.getloadavg()
print(f"load average after the run: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} CPUs")
floor = statistics.median(stall for stall, _ in samples["idle"])
for mode, values in samples.items():
    stalls = [stall for stall, _ in values]
    median = statistics.median(stalls)
    print(f"{mode:8s} longest stall: median {median:6.2f} ms, max {max(stalls):6.2f} ms over {runs} runs "
          f"({median / floor:.2f}x the floor)")
    if mode == "sign-in":
        for stall, step in sorted(values, reverse=True):
            print(f"    {stall:6.2f} ms in {step}")
for mode, values in later_samples.items():
    stalls = [stall for stall, _ in values]
    print(f"{mode:8s} after the start-up (window created and shown): median {statistics.median(stalls):6.2f} ms, "
          f"max {max(stalls):6.2f} ms")
    if mode == "sign-in":
        for stall, step in sorted(values, reverse=True):
            print(f"    {stall:6.2f} ms in {step}")
print("target: the sign-in's longest stall under 16 ms")
