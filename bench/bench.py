#!/usr/bin/env python3
"""Benchmarks for therapy-choice, each a ratio against a yardstick run
alternately with it in the same loop, so both see the same machine state.

Run by hand (never in CI, never as a timed test):  python3 bench/bench.py
Options: --quick (fewer runs, review up to 10,000 records), --keep DIR.
It builds the release binary and bench/floor.rs, and writes its scratch files
under a temporary folder that it removes at the end.
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "release" / "therapy-choice"
EXAMPLE = ROOT / "questions" / "examples" / "long-standing-patterns.json"


def run_timed(cmd, **kw):
    """Run a command; return (seconds, 0)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    status = proc.wait()
    elapsed = time.perf_counter() - start
    if status not in (0, 1):
        raise SystemExit(f"{cmd} failed with {status}")
    return elapsed, 0


def peak_memory(cmd, **kw):
    """Peak resident memory of a command in KiB, by GNU time (apt-get install time).

    (Python's own wait4 figures include the memory of the forked Python.)"""
    if not shutil.which("/usr/bin/time"):
        return None
    with tempfile.NamedTemporaryFile("r") as out:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name, *cmd],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
        return int(out.read().strip().splitlines()[-1])


def kib(value):
    return "unknown (install GNU time)" if value is None else f"{value / 1024:.1f} MiB"


def alternate(a, b, runs):
    """Run a and b alternately; return their median times and a's peak memory."""
    ta, tb, mem = [], [], 0
    for _ in range(runs):
        t, m = a()
        ta.append(t)
        mem = max(mem, m)
        t, _ = b()
        tb.append(t)
    return statistics.median(ta), statistics.median(tb), mem


def first_question_plain(env):
    """Seconds from start until the first question is written in plain mode."""
    start = time.perf_counter()
    proc = subprocess.Popen([str(BIN), "--plain", "--fresh"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    seen = b""
    while b"question 1 of" not in seen:
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            break
        seen += chunk
    elapsed = time.perf_counter() - start
    proc.kill()
    proc.wait()
    return elapsed, 0


def make_records(folder, count, template):
    folder.mkdir(parents=True, exist_ok=True)
    have = len(list(folder.glob("*.json")))
    for n in range(have, count):
        (folder / f"therapy-choice-2026-01-01-{n:06d}.json").write_bytes(template)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = 5 if args.quick else 15
    counts = [1000, 10000] if args.quick else [1000, 10000, 100000]

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    work = Path(tempfile.mkdtemp(prefix="therapy-choice-bench-"))
    floor = work / "floor"
    subprocess.run(["rustc", "-O", "-o", str(floor), str(ROOT / "bench" / "floor.rs")], check=True)
    env = dict(os.environ, THERAPY_CHOICE_STATE_DIR=str(work / "state"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"binary: {BIN.stat().st_size:,} bytes (target under 4 MB)")

    # 1. run --answers to finished files, against the floor and against `true`.
    sample = work / "sample"
    subprocess.run([str(BIN), "run", "--answers", str(EXAMPLE), "--out", str(sample)],
                   check=True, stdout=subprocess.DEVNULL, env=env)
    sizes = [str(p.stat().st_size) for p in sorted(sample.iterdir())]
    out = work / "runs"
    t_run, t_floor, _ = alternate(
        lambda: run_timed([str(BIN), "run", "--answers", str(EXAMPLE), "--out", str(out)], env=env),
        lambda: run_timed([str(floor), str(work / "floor-out"), *sizes]),
        runs)
    t_true = statistics.median(run_timed(["true"])[0] for _ in range(runs))
    print(f"run --answers: {t_run * 1000:.2f} ms; floor (3 durable files of {', '.join(sizes)} bytes): "
          f"{t_floor * 1000:.2f} ms; ratio {t_run / t_floor:.2f}x (target at most 1.5x); "
          f"against `true` ({t_true * 1000:.2f} ms): {t_run / t_true:.1f}x")
    mem_run = peak_memory([str(BIN), "run", "--answers", str(EXAMPLE), "--out", str(out)], env=env)
    print(f"peak memory of run: {kib(mem_run)} (target under 10 MB); of `true`: {kib(peak_memory(['true']))}")

    # 2. start to the first question in plain mode.
    t_first, t_true2, _ = alternate(lambda: first_question_plain(env), lambda: run_timed(["true"]), runs)
    print(f"start to the first question (plain): {t_first * 1000:.2f} ms; `true`: {t_true2 * 1000:.2f} ms; "
          f"ratio {t_first / t_true2:.1f}x")

    # 3. review of a folder of records, against cat of the same files.
    template = next(p for p in sample.iterdir() if p.suffix == ".json").read_bytes()
    folder = work / "clinic"
    previous = None
    for count in counts:
        make_records(folder, count, template)
        files = sorted(str(p) for p in folder.glob("*.json"))
        cat_cmd = ["sh", "-c", 'find "$1" -name "*.json" -print0 | xargs -0 cat', "sh", str(folder)]
        review_runs = max(3, runs // (count // 1000 if count >= 10000 else 1))
        t_review, t_cat, _ = alternate(
            lambda: run_timed([str(BIN), "review", str(folder)], env=env),
            lambda: run_timed(cat_cmd),
            review_runs)
        growth = f"; {t_review / previous:.1f}x the time of the last size" if previous else ""
        previous = t_review
        print(f"review {count:,} records ({len(files):,} files, {len(template) * count / 1e6:.0f} MB): "
              f"{t_review * 1000:.0f} ms; cat: {t_cat * 1000:.0f} ms; ratio {t_review / t_cat:.2f}x "
              f"(target at most 3x){growth}; peak memory "
              f"{kib(peak_memory([str(BIN), 'review', str(folder)], env=env))}")
    shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
