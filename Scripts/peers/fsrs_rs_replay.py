"""The `pearls fsrs` job done with fsrs-rs (fsrs-rs-python): read JSON Lines histories, compute every
memory state with historical_memory_state_batch, write the same JSON Lines. Prints the wall time in seconds."""
import json
import sys
import time

import fsrs_rs_python as rs

DECAY = -rs.DEFAULT_PARAMETERS[20]
FACTOR = 0.9 ** (1 / DECAY) - 1


def main(source, target):
    start = time.perf_counter()
    ids, items, gaps = [], [], []
    with open(source) as lines:
        for line in lines:
            card = json.loads(line)
            ids.append(card["id"])
            gaps.append([r["days"] for r in card["reviews"]])
            items.append(rs.FSRSItem([rs.FSRSReview(r["rating"], r["days"]) for r in card["reviews"]]))
    model = rs.FSRS(rs.DEFAULT_PARAMETERS)
    histories = model.historical_memory_state_batch(items)
    with open(target, "w") as out:
        for card_id, days, states in zip(ids, gaps, histories):
            rows, previous = [], None
            for gap, state in zip(days, states):
                recall = None if previous is None else (1 + FACTOR * gap / previous.stability) ** DECAY
                rows.append({"retrievability": recall, "stability": state.stability, "difficulty": state.difficulty})
                previous = state
            out.write(json.dumps({"id": card_id, "states": rows}) + "\n")
    print(f"{time.perf_counter() - start:.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
