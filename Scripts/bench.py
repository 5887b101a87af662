#!/usr/bin/env python3
"""Driver for Scripts/bench: builds release binaries, generates data, times Pearls and the peers,
and writes BENCHMARKS.md. Every figure in one table comes from one run on one machine."""
import datetime
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".build-bench"
SMOKE = "--smoke" in sys.argv  # tiny sizes, no peers, nothing written: checks that the harness still runs
QUICK = "--quick" in sys.argv or SMOKE
CARDS = 2_000 if QUICK else 100_000
RUNS = 2 if QUICK else 5
COHORT = (20, 500) if QUICK else (200, 5_000)  # learners, reviews each
PY_FSRS_EVERY = 20  # py-fsrs replays every 20th card (5 %); its time is scaled up by 20


def run(*command, **kwargs):
    return subprocess.run(command, check=True, text=True, capture_output=True, **kwargs).stdout


def build():
    print("building release binaries…", flush=True)
    run("swift", "build", "-c", "release", "--product", "pearls", cwd=ROOT)
    run("swift", "build", "-c", "release", "--package-path", "Benchmarks", cwd=ROOT)
    return ROOT / ".build/release/pearls", ROOT / "Benchmarks/.build/release/pearls-bench"


def venv_python():
    python = WORK / "venv/bin/python"
    if not python.exists():
        print("creating the peers' virtual environment…", flush=True)
        run(sys.executable, "-m", "venv", str(WORK / "venv"))
    have = run(str(python), "-m", "pip", "list", "--format=freeze")
    if any(f"{peer}==" not in have for peer in ("fsrs", "fsrs-rs-python", "anki", "genanki")):
        print("installing the peers (fsrs, fsrs-rs-python, anki, genanki)…", flush=True)
        run(str(python), "-m", "pip", "install", "-q", *PEERS)
    return python


PEERS = ["fsrs==6.3.2", "fsrs-rs-python==0.9.3", "anki==26.9.3", "genanki==0.13.1"]


def time_command(command, stdin_path, stdout_path):
    samples = []
    for _ in range(RUNS):
        with open(stdin_path) as source, open(stdout_path, "w") as target:
            start = time.perf_counter()
            subprocess.run(command, stdin=source, stdout=target, check=True)
            samples.append(time.perf_counter() - start)
    return samples


def seconds_from(python, script, *arguments):
    samples = []
    for _ in range(RUNS if "py_fsrs" not in script else 1):
        samples.append(float(run(str(python), str(ROOT / "Scripts/peers" / script), *arguments).split()[0]))
    return samples


def largest_difference(ours, theirs):
    """The largest relative difference in stability between two outputs of the same job, over the cards
    in `theirs` (at most 20,000), matched by id."""
    import json
    reference = {}
    with open(theirs) as lines:
        for count, line in enumerate(lines):
            if count >= 20_000:
                break
            card = json.loads(line)
            reference[card["id"]] = [state["stability"] for state in card["states"]]
    worst = 0.0
    with open(ours) as lines:
        for line in lines:
            card = json.loads(line)
            for x, y in zip([state["stability"] for state in card["states"]], reference.pop(card["id"], [])):
                if y > 36_500:  # py-fsrs has no upper bound on stability; fsrs-rs and Pearls stop there
                    break
                worst = max(worst, abs(x - y) / max(1.0, abs(y)))
            if not reference:
                break
    return worst


def launch_to_first_card(pearls, profile_root, runs):
    """Milliseconds from starting `pearls` on the generated profile until the first card is printed."""
    env = dict(os.environ, PEARLS_HOME=str(profile_root), PEARLS_NOW="2033-11-12T00:00:00Z", NO_COLOR="1")
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen([str(pearls), "--learner", "bench", "--seed", "1"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        shown = b""
        while b"[1/" not in shown:
            chunk = child.stdout.read1(4096)
            if not chunk:
                break
            shown += chunk
        elapsed = time.perf_counter() - start
        child.communicate(b"")
        if b"[1/" in shown:
            samples.append(elapsed)
    return samples


def command_ms(command, env, runs):
    """Median milliseconds of running `command` to completion (output discarded)."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return ms(samples)


def ms(samples):
    return statistics.median(samples) * 1000


def ms_of(milliseconds):
    return statistics.median(milliseconds)


def main():
    WORK.mkdir(exist_ok=True)
    pearls, bench = build()
    histories = WORK / "histories.jsonl"
    run(str(bench), "histories", "--cards", str(CARDS), "--reviews-per-card", "10", "-o", str(histories))

    print("timing pearls fsrs…", flush=True)
    pearls_fsrs = time_command([str(pearls), "fsrs"], histories, WORK / "pearls-states.jsonl")
    if SMOKE:
        print("smoke run: the Python peers are skipped", flush=True)
        rs_fsrs = py_fsrs = None
    else:
        python = venv_python()
        print("timing fsrs-rs-python…", flush=True)
        rs_fsrs = seconds_from(python, "fsrs_rs_replay.py", str(histories), str(WORK / "rs-states.jsonl"))
        print("timing py-fsrs (every 20th card)…", flush=True)
        py_fsrs = [s * PY_FSRS_EVERY for s in
                   seconds_from(python, "py_fsrs_replay.py", str(histories), str(WORK / "py-states.jsonl"),
                                str(PY_FSRS_EVERY))]

    print("timing library hot paths…", flush=True)
    library = {}
    queue_cards = WORK / "queue.jsonl"
    for line in run(str(bench), "library", "--cards", str(CARDS), "--repetitions", str(RUNS * 2),
                    "--deck", str(ROOT / "Decks/bone-metastases"), "--write-queue", str(queue_cards)).splitlines():
        name, *values = line.split("\t")
        library[name] = values

    anki = {}
    if not SMOKE:
        print("timing Anki's engine (builds a collection of the same cards first) and genanki…", flush=True)
        for line in run(str(python), str(ROOT / "Scripts/peers/anki_engine.py"), str(queue_cards),
                        str(WORK / "anki"), str(RUNS)).splitlines():
            name, *values = line.split("\t")
            anki[name] = ([float(v) for v in values[:-1]], values[-1])
        for line in run(str(python), str(ROOT / "Scripts/peers/genanki_build.py"), str(CARDS),
                        str(WORK / "genanki.apkg"), str(RUNS)).splitlines():
            name, *values = line.split("\t")
            anki[name] = ([float(v) for v in values[:-1]], values[-1])

    print("timing the progress store on a generated profile…", flush=True)
    profile_root = WORK / "profile"
    events = CARDS * 10
    run(str(bench), "profile", "generate", "--root", str(profile_root), "--cards", str(CARDS), "--events", str(events))
    profile = {}
    for task, repetitions in (("load", RUNS * 2), ("rebuild", RUNS), ("append", 1)):
        lines = run(str(bench), "profile", task, "--root", str(profile_root), "--repetitions", str(repetitions)).splitlines()
        name, *values = lines[0].split("\t")
        peak = float(lines[-1].split("\t")[1].split()[0])
        profile[task] = (float(values[0]), peak)

    launch = launch_to_first_card(pearls, profile_root, RUNS * 2)

    print("timing stats and reports…", flush=True)
    env = dict(os.environ, PEARLS_HOME=str(profile_root), PEARLS_NOW="2033-11-12T00:00:00Z", NO_COLOR="1", COLUMNS="100")
    stats_ms = command_ms([str(pearls), "stats", "--learner", "bench"], env, RUNS * 2)
    report_ms = command_ms([str(pearls), "report", "--learner", "bench", "-o", str(WORK / "report.html")], env, RUNS)
    learners, each = COHORT
    cohort_root = WORK / "cohort"
    run(str(bench), "generate", "--cards", "1000", "--reviews", str(each), "--learners", str(learners),
        "--learner", "student", "-o", str(cohort_root))
    cohort_env = dict(env, PEARLS_HOME=str(cohort_root), PEARLS_NOW=(cohort_root / "generated.txt").read_text().strip())
    cohort_ms = command_ms([str(pearls), "report", "--cohort", str(cohort_root), "-o", str(WORK / "cohort.html")],
                           cohort_env, RUNS)

    print("timing the article compiler…", flush=True)
    seeds = ROOT.parent / "shared" / "seeds"
    small, large = (20, 200) if SMOKE else (1000, 10000)
    article_args = [str(bench), "articles", "--sizes", f"{small},{large}", "--repetitions", "1" if SMOKE else "3"]
    if seeds.is_dir():
        article_args += ["--seeds", str(seeds)]
    articles = {}
    for line in run(*article_args).splitlines():
        name, *values = line.split("\t")
        articles[name] = values

    reviews = CARDS * 10
    rows = []
    target_fsrs = "faster than fsrs-rs-python; ≥ 30× py-fsrs"
    ok_fsrs = not SMOKE and ms(pearls_fsrs) < ms(rs_fsrs) and ms(py_fsrs) / ms(pearls_fsrs) >= 30
    peers = ("skipped (smoke run)" if SMOKE else
             f"fsrs-rs-python {ms(rs_fsrs):,.0f} ms ({ms(rs_fsrs) / ms(pearls_fsrs):.1f}×); "
             f"py-fsrs {ms(py_fsrs):,.0f} ms ({ms(py_fsrs) / ms(pearls_fsrs):.0f}×, from every 20th card × 20)")
    rows.append((f"`pearls fsrs`, {CARDS:,} cards × 10 reviews, JSON Lines in and out", ms(pearls_fsrs), peers,
                 target_fsrs, None if SMOKE else ok_fsrs))
    replay = library[f"replay {reviews} reviews"]
    rows.append((f"library replay of {reviews:,} reviews over {CARDS:,} cards", float(replay[0]),
                 "fsrs-rs about 87 ns a review (shared/reference/performance-notes.md)",
                 "under 90 ms (1M reviews)", float(replay[0]) < 90 * reviews / 1_000_000))
    queue = float(library[f"queue over {CARDS} cards"][0])
    queue_size = library.get("queue size", ["?"])[0]
    if SMOKE:
        rows.append((f"the day's queue over {CARDS:,} cards", queue, "skipped (smoke run)", "≥ 10× faster than Anki's engine", None))
    else:
        (anki_queue, anki_counted), (anki_open, _) = anki["queue"], anki["open"]
        rows.append((f"the day's queue over {CARDS:,} cards (20 new, 9,999 reviews a day; Pearls: {queue_size})", queue,
                     f"Anki's engine {ms_of(anki_queue):,.1f} ms ({ms_of(anki_queue) / queue:.1f}×) for its first "
                     f"`get_queued_cards` on the same cards ({anki_counted}), after opening the collection "
                     f"({ms_of(anki_open):,.1f} ms)", "≥ 10× faster than Anki's engine", ms_of(anki_queue) / queue >= 10))
    scale = 1_000_000 / events
    load, load_peak = profile["load"]
    rows.append((f"load a profile of {CARDS:,} cards and {events:,} journal events (snapshot and tail)", load,
                 f"peak memory {load_peak:.0f} MB", "under 150 ms", load < 150 / scale))
    rebuild, rebuild_peak = profile["rebuild"]
    rows.append((f"rebuild that profile from the journal alone", rebuild, f"peak memory {rebuild_peak:.0f} MB",
                 "under 2 s; under 300 MB", rebuild < 2000 / scale and rebuild_peak < 300))
    append, _ = profile["append"]
    rows.append(("append one answer to the journal, fsync included (median of 200)", append, "—", "under 1 ms",
                 append < 1))
    if launch:
        rows.append((f"launch `pearls` to the first card, default deck, on that profile", ms(launch), "—",
                     "under 200 ms", ms(launch) < 200))
    rows.append((f"`pearls stats` on that profile, end to end", stats_ms, "—", "under 500 ms (100k cards, 1M reviews)",
                 stats_ms < 500))
    rows.append((f"`pearls report` (HTML) on that profile, end to end", report_ms, "—", "under 2 s", report_ms < 2000))
    rows.append((f"`pearls report --cohort` over {learners} learners of {each:,} reviews each", cohort_ms, "—",
                 "under 5 s (200 × 5,000)", cohort_ms < 5000))
    seed_row = articles.get("compile the seed articles")
    if seed_row:
        rows.append(("compile the five seed articles (generated cards)", float(seed_row[0]), "—", "under 100 ms",
                     float(seed_row[0]) < 100))
    else:
        print("the seed articles (../shared/seeds) are not here: that row is skipped", flush=True)
    small_ms = float(articles[f"compile a {small} kB corpus"][0])
    large_ms = float(articles[f"compile a {large} kB corpus"][0])
    article_peak = float(articles["peak memory"][0].split()[0])
    rows.append((f"compile a {small / 1000:g} MB generated article corpus", small_ms, "—", "—", None))
    rows.append((f"compile a {large / 1000:g} MB generated article corpus", large_ms,
                 f"peak memory {article_peak:.0f} MB; {large_ms / small_ms:.1f}× the time for 10× the text",
                 "under 5 s and 1 GB (10 MB); at most 12× for 10×",
                 large_ms < 5000 * large / 10000 and article_peak < 1024 and large_ms / small_ms <= 12))
    if not SMOKE:
        (imports, imported), (builds, built) = anki["import"], anki["genanki"]
        rows.append((f"import a {CARDS:,}-card .apkg (with scheduling) into an empty collection", None,
                     f"Anki's engine {ms_of(imports):,.0f} ms ({imported}); Pearls has no .apkg import yet", "—", None))
        rows.append((f"build a {CARDS:,}-card .apkg", None,
                     f"genanki {ms_of(builds):,.0f} ms ({built}); Pearls has no .apkg export yet", "—", None))
    compile_row = library.get("compile the default deck")
    if compile_row:
        rows.append(("compile the default deck (102 cards, 8 files)", float(compile_row[0]), "—", "—", None))

    commit = run("git", "rev-parse", "--short", "HEAD", cwd=ROOT).strip()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `Scripts/bench` on {datetime.date.today().isoformat()}, commit {commit}, "
        f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}, release builds. "
        f"Medians of {RUNS} runs (py-fsrs: one run over every 20th card, scaled by 20); "
        "the data is generated by `pearls-bench` from a simulated FSRS learner (seed 42).",
        "",
        "| task | Pearls (median) | peers, same data, same run | target | met |",
        "| --- | ---: | --- | --- | --- |",
    ]
    for task, value, peers, target, met in rows:
        verdict = "—" if met is None else ("yes" if met else "**no**")
        shown = "not yet" if value is None else f"{value:,.1f} ms"
        lines.append(f"| {task} | {shown} | {peers} | {target} | {verdict} |")
    if SMOKE:
        print("\n".join(line for line in lines if line.startswith("| ")))
        print("smoke run: every benchmark ran (figures above are from tiny sizes and mean nothing)")
        return
    rs_difference = largest_difference(WORK / "pearls-states.jsonl", WORK / "rs-states.jsonl")
    py_difference = largest_difference(WORK / "pearls-states.jsonl", WORK / "py-states.jsonl")
    lines += ["", f"The outputs agree: Pearls' stabilities differ from fsrs-rs's by at most {rs_difference:.1e} "
              f"(relative; fsrs-rs computes in 32-bit floats) and from py-fsrs's by at most {py_difference:.1e} "
              "(up to the review where py-fsrs, which has no upper bound, passes 36,500 days), on up to 20,000 "
              "cards each.", ""]
    lines += ["Reproduce: `Scripts/bench` (about 6 minutes; it creates `.build-bench/` with a Python virtual "
              f"environment holding {', '.join(PEERS)}).", ""]
    output = ROOT / ("BENCHMARKS.quick.md" if QUICK else "BENCHMARKS.md")
    output.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
