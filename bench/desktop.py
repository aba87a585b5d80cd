"""What the window benchmarks share: a private desktop (a D-Bus session with an unlocked keyring in a
throwaway home, through tests/run-with-keyring.sh, and an Xvfb display), the local server (latchkey-sandbox
as the organisation's backend), and a whole sign-in typed on the display with xdotool."""
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request

here = os.path.dirname(os.path.abspath(__file__))
demo_phone = "+12025550142"


def private_desktop(script, arguments, tools=("Xvfb", "xdotool")):
    """Re-runs the script under run-with-keyring.sh unless it already is; then starts Xvfb and returns the
    environment for programs on it and the Xvfb process."""
    for tool in (*tools, "dbus-run-session", "gnome-keyring-daemon"):
        if not shutil.which(tool):
            sys.exit(f"{os.path.basename(script)}: {tool} is not installed (scripts/install-deps)")
    if "LATCHKEY_TEST_HOME" not in os.environ:
        keyring = os.path.join(here, "..", "tests", "run-with-keyring.sh")
        os.execv("/bin/sh", ["/bin/sh", keyring, sys.executable, os.path.abspath(script), *arguments])
    # Xvfb picks a free display itself and writes its number once it accepts clients: a lock file left by a
    # killed server elsewhere never makes it fail to start. -noreset: by default it resets whenever its last
    # client leaves (each measured run, each xdotool), and a program connecting meanwhile is refused
    # ("could not connect to display"), which failed one run in three with "no window within 30 s".
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp", "-noreset"], stderr=subprocess.DEVNULL, pass_fds=(write_end,))
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    if not number:
        sys.exit(f"{os.path.basename(script)}: Xvfb did not start")
    display = ":" + number
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    return env, xvfb


def user_settings(text):
    """Writes latchkey's user settings file in the private home (XDG_CONFIG_HOME)."""
    folder = os.path.join(os.environ["XDG_CONFIG_HOME"], "Latchkey")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "latchkey.conf"), "w") as file:
        file.write(text)


def start_server(bin_dir, *options):
    """latchkey-sandbox on 127.0.0.1, any port: (process, base URL)."""
    server = subprocess.Popen([os.path.join(bin_dir, "latchkey-sandbox"), "--host", "127.0.0.1", "--port", "0",
                               "--quiet", *options], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in server.stdout:
        if line.startswith("base_url="):
            return server, line.strip().split("=", 1)[1]
    raise RuntimeError("latchkey-sandbox printed no base_url= line")


def last_code(base_url, phone=demo_phone):
    query = urllib.parse.urlencode({"to": phone})
    with urllib.request.urlopen(f"{base_url}/sandbox/messages?{query}", timeout=5) as answer:
        messages = json.load(answer)  # oldest first
    return messages[-1].get("code", "") if messages else ""


def wait_for(condition, what, timeout=30):
    """Seconds until the condition held, polled every 5 ms."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if condition():
            return time.perf_counter() - started
        time.sleep(0.005)
    raise TimeoutError(f"no {what} within {timeout} s")


def run_to_first_frame(env, command):
    """Runs a command given --exit-after-first-frame: the wall seconds until it says "first frame" on its
    stdout, and until it has exited; peak RSS in MiB, CPU seconds (user + system), exit status."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    said = process.stdout.readline()
    first_frame = time.perf_counter() - started
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.stdout.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if said.strip() != b"first frame":
        raise RuntimeError(f"{command[0]} said {said!r}, not 'first frame' (exit status {process.returncode})")
    return first_frame, elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, process.returncode


def scripted_sign_in(env, latchkey, server_url, code_url, pauses=(1.0, 1.5, 0.5), on_step=None):
    """latchkey --server server_url --user demo --print-result, signed in by keyboard: the password, the
    number (Return sends to the number on file when one is offered), the code read from the outbox at
    code_url. `pauses`: the user's before the password, after it (the phone page has no outside sign),
    and before the code. on_step(name) is called just before the key that sends each step ("password",
    "phone", "code"). Returns (seconds per step,
    peak RSS MiB, CPU seconds, wall seconds)."""
    def xdotool(*arguments):
        subprocess.run(["xdotool", *arguments], env=env, check=True, stdout=subprocess.DEVNULL)

    def window_shown():
        return subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Latchkey"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0

    step = on_step or (lambda name: None)
    steps = {}
    started = time.perf_counter()
    log = open(os.environ.get("LATCHKEY_BENCH_LOG", os.devnull), "a")  # latchkey's stderr, when debugging
    process = subprocess.Popen([latchkey, "--server", server_url, "--user", "demo", "--print-result"], env=env,
                               stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        steps["window shown"] = wait_for(window_shown, "window")
        codes_before = last_code(code_url)
        # Xvfb has no window manager to give the new window the keyboard: as a click on it would.
        xdotool("search", "--onlyvisible", "--name", "Latchkey", "windowfocus", "--sync")
        time.sleep(pauses[0])
        xdotool("type", "--delay", "20", "latchkey-demo")
        step("password")
        xdotool("key", "Return")
        time.sleep(pauses[1])
        xdotool("type", "--delay", "20", demo_phone[2:])
        step("phone")
        mark = time.perf_counter()
        xdotool("key", "Return")
        wait_for(lambda: last_code(code_url) not in ("", codes_before), "code")
        steps["Return on the number, until the code is in the outbox"] = time.perf_counter() - mark
        code = last_code(code_url)
        time.sleep(pauses[2])
        xdotool("type", "--delay", "20", code[:-1])
        step("code")
        mark = time.perf_counter()
        xdotool("type", code[-1])  # the last digit submits
        wait_for(lambda: os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None,
                 "approval")
        _, status, usage = os.wait4(process.pid, 0)
        steps["last digit of the code, until approved and closed"] = time.perf_counter() - mark
        process.returncode = os.waitstatus_to_exitcode(status)
        result = process.stdout.read()
    except Exception:
        if "LATCHKEY_BENCH_LOG" in os.environ:  # what the screen showed, beside the log
            subprocess.run(["import", "-window", "root", os.environ["LATCHKEY_BENCH_LOG"] + ".png"], env=env)
        raise
    finally:
        if process.returncode is None:
            process.kill()
            process.wait()
    if process.returncode != 0 or '"signed-in"' not in result:
        raise RuntimeError(f"the scripted sign-in did not sign in (exit {process.returncode}): {result}")
    return steps, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, time.perf_counter() - started
