"""The `pearls fsrs` job done with py-fsrs: read JSON Lines histories, replay each card through
Scheduler.review_card (each Card given a card_id, so py-fsrs does not sleep to make one), write the same
JSON Lines. Reads every `every`-th card only; prints the wall time in seconds and the cards done."""
import json
import sys
import time
from datetime import datetime, timedelta, timezone

import fsrs


def main(source, target, every):
    start = time.perf_counter()
    scheduler = fsrs.Scheduler(enable_fuzzing=False, learning_steps=(), relearning_steps=())
    done = 0
    with open(source) as lines, open(target, "w") as out:
        for number, line in enumerate(lines):
            if number % every:
                continue
            card_json = json.loads(line)
            card = fsrs.Card(card_id=number + 1)
            now = datetime(2026, 1, 1, 12, tzinfo=timezone.utc)
            rows = []
            for index, review in enumerate(card_json["reviews"]):
                now += timedelta(days=review["days"])
                recall = None if index == 0 else scheduler.get_card_retrievability(card, now)
                card, _ = scheduler.review_card(card, fsrs.Rating(review["rating"]), now)
                rows.append({"retrievability": recall, "stability": card.stability, "difficulty": card.difficulty})
            out.write(json.dumps({"id": card_json["id"], "states": rows}) + "\n")
            done += 1
    print(f"{time.perf_counter() - start:.4f} {done}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
