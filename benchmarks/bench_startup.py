"""Cold start: process start to the first painted list in --demo (simulator included).

Runs `python -m instore_app --demo --quit-after-first-list` offscreen 5 times and
times each from spawning the process to the line the app prints right after painting
its first list. Prints median and p99 (goal: under 1.0 s on a 2-core machine).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from _common import summary

RUNS = 5
ROOT = Path(__file__).resolve().parent.parent


def one_run() -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "instore_app", "--demo", "--quit-after-first-list"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    process.wait(timeout=30)
    if "first list painted" not in line:
        raise SystemExit(f"the app did not report its first paint (exit {process.returncode}): {line!r}")
    return elapsed


def main() -> None:
    one_run()  # warm the file cache, as on a PC that has run the app before
    samples = [one_run() for _ in range(RUNS)]
    median, p99 = summary(samples)
    print(f"start to first painted list (--demo, {RUNS} runs): median {median:.0f} ms, p99 {p99:.0f} ms")


if __name__ == "__main__":
    main()
