#!/usr/bin/env python3
"""Benchmarks for therapy-choice, each a ratio against a yardstick run
alternately with it in the same loop, so both see the same machine state.

Run by hand (never in CI, never as a timed test):  python3 bench/bench.py
Options: --quick (fewer runs, review up to 10,000 records), --only run|bank|review
(one part), --bin PATH (time another build of the program, such as an older one, with
the same yardsticks; it is not rebuilt).
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
BANK_SIZES = [1000, 5000, 10000]
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


def make_bank(folder, extra):
    """The built-in bank with `extra` yes/no questions added in a section of
    their own (before the last), and an answers file that answers them all."""
    import json
    folder.mkdir(parents=True, exist_ok=True)
    for name in ["evidence.json", "rules.json", "screens.json"]:
        shutil.copy(ROOT / "questions" / name, folder / name)
    bank = json.loads((ROOT / "questions" / "bank.json").read_text())
    questions = [{"id": f"extra.q{n}", "short": f"Extra {n}", "kind": "yes_no",
                  "role": "decision", "text": f"Is extra question {n} one you say yes to?"}
                 for n in range(extra)]
    bank["sections"].insert(-1, {"id": "extra", "title": "Extra questions",
                                 "intro": ["More questions."], "questions": questions})
    (folder / "bank.json").write_text(json.dumps(bank))
    answers = json.loads(EXAMPLE.read_text())
    for n in range(extra):
        answers["answers"][f"extra.q{n}"] = n % 2 == 0
    (folder / "answers.json").write_text(json.dumps(answers))
    return sum(len(s["questions"]) for s in bank["sections"])


def run_bank_sizes(work, env, runs):
    """run --answers with a bank of 1,000 to 10,000 questions: the time
    should grow with the bank's size, not with its square."""
    previous = None
    for size in BANK_SIZES:
        folder = work / f"bank-{size}"
        total = make_bank(folder, size)
        cmd = [str(BIN), "run", "--questions", str(folder), "--answers",
               str(folder / "answers.json"), "--out", str(work / "bank-out")]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
        t_run = statistics.median(run_timed(cmd, env=env)[0] for _ in range(max(3, runs // 3)))
        t_check = statistics.median(
            run_timed([str(BIN), "check", "--questions", str(folder)], env=env)[0]
            for _ in range(3))
        growth = ""
        if previous:
            growth = (f"; {t_run / previous[1]:.1f}x the time of {previous[0]:,} "
                      f"for {size / previous[0]:.0f}x the questions")
        previous = (size, t_run)
        print(f"run with a bank of {total:,} questions: {t_run * 1000:.0f} ms; "
              f"check of that bank: {t_check * 1000:.0f} ms{growth}")


def sample_files(work, env):
    """One run's summary files, to size the floor and copy as a clinic's records."""
    sample = work / "sample"
    if not sample.exists():
        subprocess.run([str(BIN), "run", "--answers", str(EXAMPLE), "--out", str(sample)],
                       check=True, stdout=subprocess.DEVNULL, env=env)
    return sorted(sample.iterdir())


def part_run(work, env, runs):
    """run --answers to finished files, against the floor and against `true`;
    then start to the first question in plain mode."""
    floor = work / "floor"
    subprocess.run(["rustc", "-O", "-o", str(floor), str(ROOT / "bench" / "floor.rs")], check=True)
    sizes = [str(p.stat().st_size) for p in sample_files(work, env)]
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
    t_first, t_true2, _ = alternate(lambda: first_question_plain(env), lambda: run_timed(["true"]), runs)
    print(f"start to the first question (plain): {t_first * 1000:.2f} ms; `true`: {t_true2 * 1000:.2f} ms; "
          f"ratio {t_first / t_true2:.1f}x")


def part_review(work, env, runs, counts):
    """review of a folder of records, against cat of the same files."""
    template = next(p for p in sample_files(work, env) if p.suffix == ".json").read_bytes()
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
        print(f"review {count:,} records ({len(files):,} files, {len(template) * count / 1e6:.0f} MB, "
              f"{len(template) / 1000:.0f} KB each): {t_review * 1000:.0f} ms; cat: {t_cat * 1000:.0f} ms; "
              f"ratio {t_review / t_cat:.2f}x (target near 1.5x){growth}; peak memory "
              f"{kib(peak_memory([str(BIN), 'review', str(folder)], env=env))}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", choices=["run", "bank", "review"])
    parser.add_argument("--bin", type=Path)
    args = parser.parse_args()
    global BIN
    if args.bin:
        BIN = args.bin.resolve()
    runs = 5 if args.quick else 15
    counts = [1000, 10000] if args.quick else [1000, 10000, 100000]
    if not args.bin:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    work = Path(tempfile.mkdtemp(prefix="therapy-choice-bench-"))
    env = dict(os.environ, THERAPY_CHOICE_STATE_DIR=str(work / "state"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"binary: {BIN} {BIN.stat().st_size:,} bytes (target under 4 MB)")
    try:
        if args.only in (None, "run"):
            part_run(work, env, runs)
        if args.only in (None, "bank"):
            run_bank_sizes(work, env, runs)
        if args.only in (None, "review"):
            part_review(work, env, runs, counts)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
