#!/usr/bin/env python3
"""Write the FSRS reference vectors that Tests/SchedulingTests compares Pearls against.

Run by hand, not by `swift test`, after installing the peers in a virtual environment:

    python3 -m venv /tmp/fsrs-venv
    /tmp/fsrs-venv/bin/pip install fsrs==6.3.2 fsrs-rs-python==0.9.3
    /tmp/fsrs-venv/bin/python Scripts/fsrs-reference-vectors.py

It writes three JSON Lines files under Tests/SchedulingTests/Fixtures/:

- memory-states.jsonl: fsrs-rs (fsrs-rs-python) memory states for random histories of
  (rating, elapsed days), same-day reviews included, under several parameter sets; and the
  four next states with their unrounded intervals after the last review.
- scheduler.jsonl: py-fsrs Scheduler behaviour with fuzz off (states, steps, stability,
  difficulty, due times) for histories whose gaps are learning steps or whole days at noon UTC,
  where py-fsrs's day count and the calendar day count agree.
- fuzz-ranges.jsonl: py-fsrs's own fuzz range [min, max] for intervals and maximum intervals.

Everything is seeded, so running it twice gives the same files.
"""

import json
import random
import types
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
import fsrs.scheduler as scheduler_module
import fsrs_rs_python as rs

OUT = Path(__file__).resolve().parent.parent / "Tests" / "SchedulingTests" / "Fixtures"
DEFAULT = list(rs.DEFAULT_PARAMETERS)

# Ranges inside both fsrs-rs's silent clipping and py-fsrs's validation, so both read the same weights.
SAFE = [(0.01, 100), (0.01, 100), (0.01, 100), (0.01, 100), (1, 10), (0.001, 4), (0.001, 4), (0.001, 0.75),
        (0, 4.5), (0, 0.8), (0.001, 3.5), (0.001, 5), (0.001, 0.25), (0.001, 0.9), (0, 4), (0, 1), (1, 6),
        (0, 2), (0, 2), (0.01, 0.8), (0.1, 0.8)]


def random_parameters(rng):
    """Defaults nudged by up to ±40 %, kept in range, with S0 kept in order as training does."""
    weights = []
    for value, (low, high) in zip(DEFAULT, SAFE):
        nudged = value * rng.uniform(0.6, 1.4) if value else rng.uniform(low, high)
        weights.append(round(min(max(nudged, low), high), 4))
    weights[0:4] = sorted(weights[0:4])
    return weights


def random_history(rng):
    """1-15 reviews; the first has 0 days; later gaps mix same-day steps, short and long gaps."""
    reviews = [(rng.choice([1, 2, 3, 3, 3, 4]), 0)]
    for _ in range(rng.randint(0, 14)):
        gap = rng.choice([0, 0, 1, 2, 3, rng.randint(1, 30), rng.randint(10, 400), rng.randint(100, 3000)])
        reviews.append((rng.choice([1, 2, 3, 3, 3, 3, 4]), gap))
    return reviews


def memory_states(rng):
    parameter_sets = [DEFAULT] + [random_parameters(rng) for _ in range(4)]
    lines = []
    for index in range(2400):
        set_index = index % len(parameter_sets)
        model = rs.FSRS(parameter_sets[set_index])
        history = random_history(rng)
        item = rs.FSRSItem([rs.FSRSReview(rating, days) for rating, days in history])
        states = model.historical_memory_states(item)
        retention = rng.choice([0.9, 0.7, 0.8, 0.85, 0.95, 0.99, round(rng.uniform(0.7, 0.99), 3)])
        elapsed = rng.choice([0, 1, 3, rng.randint(1, 100)])
        following = model.next_states(states[-1], retention, elapsed)
        lines.append({
            "parameters": set_index,
            "reviews": history,
            "states": [[s.stability, s.difficulty] for s in states],
            "retention": retention,
            "elapsed": elapsed,
            "next": [[g.memory.stability, g.memory.difficulty, g.interval]
                     for g in (following.again, following.hard, following.good, following.easy)],
        })
    return parameter_sets, lines


SCHEDULER_CONFIGS = [
    {},
    {"desired_retention": 0.8},
    {"desired_retention": 0.95, "maximum_interval": 100},
    {"learning_steps": [timedelta(minutes=5)], "relearning_steps": []},
    {"learning_steps": [], "relearning_steps": [timedelta(minutes=10), timedelta(hours=1)]},
    {"learning_steps": [timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=1)]},
]


def scheduler_histories(rng):
    lines = []
    start = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)
    for index in range(600):
        config_index = index % len(SCHEDULER_CONFIGS)
        config = SCHEDULER_CONFIGS[config_index]
        scheduler = fsrs.Scheduler(enable_fuzzing=False, **config)
        card = fsrs.Card(card_id=index + 1, due=start)
        now = start
        reviews = []
        for _ in range(rng.randint(1, 14)):
            rating = rng.choice([1, 2, 3, 3, 3, 4])
            card, _ = scheduler.review_card(card, fsrs.Rating(rating), review_datetime=now)
            reviews.append({
                "rating": rating,
                "time": now.isoformat(),
                "state": card.state.name.lower(),
                "step": card.step,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "due": card.due.isoformat(),
            })
            # The next review comes when due (a learning step, or a review day at noon) or a few whole days late.
            now = card.due
            if card.state == fsrs.State.Review and rng.random() < 0.4:
                now += timedelta(days=rng.randint(1, 20))
        lines.append({"config": config_index, "reviews": reviews})
    configs = [{
        "desired_retention": fsrs.Scheduler(**c).desired_retention,
        "maximum_interval": fsrs.Scheduler(**c).maximum_interval,
        "learning_steps": [s.total_seconds() for s in fsrs.Scheduler(**c).learning_steps],
        "relearning_steps": [s.total_seconds() for s in fsrs.Scheduler(**c).relearning_steps],
    } for c in SCHEDULER_CONFIGS]
    return configs, lines


def fuzz_ranges():
    """Calls py-fsrs's own nested _get_fuzz_range, so the ranges are the reference's, not a re-derivation."""
    outer = scheduler_module.Scheduler._get_fuzzed_interval.__code__
    inner = next(c for c in outer.co_consts if isinstance(c, types.CodeType) and c.co_name == "_get_fuzz_range")
    lines = []
    for maximum in (36500, 100, 30):
        owner = fsrs.Scheduler(maximum_interval=maximum)
        get_range = types.FunctionType(inner, vars(scheduler_module), None, None, (types.CellType(owner),))
        for days in list(range(3, 400)) + [500, 1000, 5000, 36500]:
            low, high = get_range(interval_days=days)
            lines.append({"interval": days, "maximum": maximum, "min": low, "max": high})
    return lines


def write(name, header, lines):
    with open(OUT / name, "w") as f:
        if header is not None:
            f.write(json.dumps(header) + "\n")
        for line in lines:
            f.write(json.dumps(line) + "\n")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261121)
    parameter_sets, states = memory_states(rng)
    write("memory-states.jsonl", {"fsrs_rs_python": "0.9.3", "parameter_sets": parameter_sets}, states)
    configs, histories = scheduler_histories(rng)
    write("scheduler.jsonl", {"fsrs": fsrs.__version__ if hasattr(fsrs, "__version__") else "6.3.2",
                              "configs": configs}, histories)
    write("fuzz-ranges.jsonl", None, fuzz_ranges())


if __name__ == "__main__":
    main()
