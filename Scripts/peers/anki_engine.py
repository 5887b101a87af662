"""Anki's own engine (the `anki` package from PyPI, its Rust backend) on the cards of Pearls' queue benchmark.

Builds a collection holding the same cards as `pearls-bench library --write-queue` (new cards, and review cards
with the same FSRS memory states, last reviews and due days), with the same limits (20 new, 9,999 reviews a day).
Then times, each over RUNS fresh starts:
  open   - opening the collection file;
  queue  - the first `get_queued_cards` after opening, which builds the whole day's queue;
  import - importing the collection, exported as an .apkg with scheduling, into an empty collection.
Prints one line a task: name, the milliseconds of each run, then what was counted.

Usage: anki_engine.py QUEUE_JSONL WORK_DIR RUNS
"""
import json
import os
import shutil
import sys
import time

from anki.collection import (AddNoteRequest, Collection, ExportAnkiPackageOptions,
                             ImportAnkiPackageOptions, ImportAnkiPackageRequest)


def build(cards, path):
    """A collection of one Basic note a card, scheduled as the queue file says, relative to Anki's today."""
    col = Collection(path)
    col.set_config("fsrs", True)
    col.set_config("newCardsIgnoreReviewLimit", True)  # as in Pearls: 20 new cards even when reviews fill 9,999
    deck_id = col.decks.id("Bench")
    col.decks.select(deck_id)  # the deck the queue is built for
    config = col.decks.config_dict_for_deck_id(deck_id)
    config["new"]["perDay"] = 20
    config["rev"]["perDay"] = 9_999
    col.decks.update_config(config)
    model = col.models.by_name("Basic")
    requests = []
    for card in cards:
        note = col.new_note(model)
        note["Front"] = card["id"]
        note["Back"] = card["id"]
        requests.append(AddNoteRequest(note=note, deck_id=deck_id))
    col.add_notes(requests)
    today = col.sched.today
    ids = dict(col.db.all("select n.flds, c.id from cards c join notes n on n.id = c.nid"))
    updates = []
    for card in cards:
        if "stability" not in card:
            continue
        due = today + int(card["dueDays"] // 1)
        interval = max(1, int(card["dueDays"] - card["lastDays"]))
        data = json.dumps({"s": card["stability"], "d": card["difficulty"], "dr": 0.9})
        updates.append((due, interval, data, ids[card["id"] + "\x1f" + card["id"]]))
    col.db.executemany("update cards set type = 2, queue = 2, due = ?, ivl = ?, factor = 2500, reps = 1, data = ? "
                       "where id = ?", updates)
    col.close()


def main(queue_path, work, runs):
    with open(queue_path) as lines:
        cards = [json.loads(line) for line in lines if line.strip()]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    path = os.path.join(work, "bench.anki2")
    build(cards, path)

    opens, queues = [], []
    for _ in range(runs):
        start = time.perf_counter()
        col = Collection(path)
        opened = time.perf_counter()
        queued = col.sched.get_queued_cards(fetch_limit=1)
        done = time.perf_counter()
        opens.append((opened - start) * 1000)
        queues.append((done - opened) * 1000)
        counts = (queued.new_count, queued.review_count)
        col.close()
    print("open", *(f"{ms:.3f}" for ms in opens), f"{len(cards)} cards", sep="\t")
    print("queue", *(f"{ms:.3f}" for ms in queues), f"{counts[0]} new, {counts[1]} reviews", sep="\t")

    package = os.path.join(work, "bench.apkg")
    col = Collection(path)
    exported = col.export_anki_package(
        out_path=package, limit=None,
        options=ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=False))
    col.close()
    imports = []
    for run in range(runs):
        target = Collection(os.path.join(work, f"import-{run}.anki2"))
        start = time.perf_counter()
        target.import_anki_package(ImportAnkiPackageRequest(
            package_path=package, options=ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True)))
        imports.append((time.perf_counter() - start) * 1000)
        imported = target.card_count()
        target.close()
    print("import", *(f"{ms:.3f}" for ms in imports), f"{imported} of {exported} cards", sep="\t")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
