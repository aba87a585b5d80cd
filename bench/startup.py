#!/usr/bin/env python3
"""Start-up benchmark: time from exec to the first mapped window, for latchkey --sandbox and for a bare
three-page QWizard (the baseline), alternated in one invocation on one Xvfb display. Reports medians and
their ratio; the target is latchkey within 1.3x of the baseline.

Needs Xvfb and xdotool (apt-get install xvfb xdotool). Usage: bench/startup.py [build/bin] [runs]"""
import os
import shutil
import statistics
import subprocess
import sys
import time

bin_dir = sys.argv[1] if len(sys.argv) > 1 else "build/bin"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
for tool in ("Xvfb", "xdotool"):
    if not shutil.which(tool):
        sys.exit(f"startup.py: {tool} is not installed")

display = ":97"
xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24"], stderr=subprocess.DEVNULL)
time.sleep(1)
env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
env.pop("WAYLAND_DISPLAY", None)


def time_to_window(command, title):
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Poll every few milliseconds: xdotool's own --sync waits half a second between looks.
        while time.perf_counter() - started < 30:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if found.returncode == 0:
                return time.perf_counter() - started
            time.sleep(0.003)
        raise TimeoutError(f"no window named {title!r} within 30 s")
    finally:
        process.kill()
        process.wait()


cases = {
    "bare QWizard (baseline)": ([os.path.join(bin_dir, "latchkey-bench-bare-wizard")], "Bare wizard"),
    "latchkey --sandbox": ([os.path.join(bin_dir, "latchkey"), "--sandbox"], "Latchkey"),
}
samples = {name: [] for name in cases}
try:
    for name, (command, title) in cases.items():  # one warm-up each: page cache, fontconfig
        time_to_window(command, title)
    for _ in range(runs):
        for name, (command, title) in cases.items():
            samples[name].append(time_to_window(command, title))
finally:
    xvfb.kill()

medians = {name: statistics.median(values) for name, values in samples.items()}
for name, median in medians.items():
    print(f"{name:28s} median {median * 1000:7.1f} ms over {runs} runs")
ratio = medians["latchkey --sandbox"] / medians["bare QWizard (baseline)"]
print(f"ratio {ratio:.2f} (target: at most 1.30)")
