#!/usr/bin/env python3
"""Start-up benchmark, on a private desktop (bench/desktop.py), against a bare three-page QWizard measured in
the same run, alternated with it.

First frame: exec until the process says on its stdout that it has drawn its first frame
(--exit-after-first-frame), and, apart, until it has exited; its peak RSS (the kernel's maxrss, from wait4),
for
  - `latchkey --sandbox`: the sandbox as a child process and its panel beside the pages;
  - production: backend mode (`--server`) against a local server (latchkey-sandbox started apart, so that
    its start is not counted), no sandbox panel.
Whole sign-in, production configuration: demo / latchkey-demo, the phone number, the code read from the
server's outbox; the window closes on approval (--print-result). Reports the peak RSS and the CPU time
(user + system) of the whole sign-in, so that work moved after the first frame still counts, and the wall
time of the steps that have an outside sign.

Needs xvfb, xdotool, dbus and gnome-keyring (scripts/install-deps).
Usage: bench/startup.py [build/bin] [runs, default 15]"""
import os
import statistics
import sys

import desktop

bin_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/bin")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
env, xvfb = desktop.private_desktop(__file__, [bin_dir, str(runs)])
latchkey = os.path.join(bin_dir, "latchkey")

bare = [os.path.join(bin_dir, "latchkey-bench-bare-wizard"), "--exit-after-first-frame"]
server, base_url = desktop.start_server(bin_dir)
floor_name = "bare QWizard (floor)"
cases = {
    floor_name: bare,
    "latchkey --sandbox": [latchkey, "--sandbox", "--exit-after-first-frame"],
    "latchkey, backend (production)": [latchkey, "--server", base_url, "--exit-after-first-frame"],
}
samples = {name: {"time": [], "exit": [], "rss": [], "cpu": []} for name in cases}
sign_ins = []


def measure(name):
    first_frame, elapsed, rss, cpu, code = desktop.run_to_first_frame(env, cases[name])
    if code != 1:
        raise RuntimeError(f"{name} exited with {code}, not 1")
    for key, value in (("time", first_frame), ("exit", elapsed), ("rss", rss), ("cpu", cpu)):
        samples[name][key].append(value)


try:
    for name in cases:  # one warm-up each: page cache, fontconfig, the keyring's first answer
        desktop.run_to_first_frame(env, cases[name])
    for _ in range(runs):
        for name in cases:
            measure(name)
    for _ in range(max(3, runs // 3)):
        measure(floor_name)  # alternated with the sign-ins, so that both see the same load
        sign_ins.append(desktop.scripted_sign_in(env, latchkey, base_url, base_url))
finally:
    server.kill()
    xvfb.kill()

load = os.getloadavg()
print(f"load average after the run: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} CPUs")
floor = {key: statistics.median(values) for key, values in samples[floor_name].items()}
print(f"{'exec to ... (medians)':34s} {'first frame':>11s} {'ratio':>6s} {'exit':>6s} {'ratio':>6s} "
      f"{'peak RSS MiB':>13s} {'ratio':>6s} {'CPU ms':>7s}")
for name, values in samples.items():
    t, e, r, c = (statistics.median(values[key]) for key in ("time", "exit", "rss", "cpu"))
    print(f"{name:34s} {t * 1000:8.1f} ms {t / floor['time']:6.2f} {e * 1000:6.1f} {e / floor['exit']:6.2f} "
          f"{r:13.1f} {r / floor['rss']:6.2f} {c * 1000:7.1f}")
print(f"target: the first frame's and the peak RSS's ratios at most 1.30 ({runs} runs each)")
print(f"\nwhole sign-in, production configuration ({len(sign_ins)} runs; medians)")
for step in sign_ins[0][0]:
    print(f"  {step:48s} {statistics.median(s[0][step] for s in sign_ins) * 1000:8.1f} ms")
rss = statistics.median(s[1] for s in sign_ins)
cpu = statistics.median(s[2] for s in sign_ins)
print(f"  {'peak RSS':48s} {rss:8.1f} MiB ({rss / floor['rss']:.2f}x the floor's first frame)")
print(f"  {'CPU time, user + system':48s} {cpu * 1000:8.1f} ms ({cpu / floor['cpu']:.2f}x the floor's first "
      f"frame)")
