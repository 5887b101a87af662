"""genanki building an .apkg of N Basic notes (one card each), front and back as in the queue benchmark's deck.
Prints the milliseconds of each of RUNS builds, then the package's size.

Usage: genanki_build.py CARDS OUT_PATH RUNS
"""
import os
import sys
import time

import genanki

MODEL = genanki.Model(
    1_607_392_319, "Pearls bench",
    fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])


def main(cards, path, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        deck = genanki.Deck(2_059_400_110, "Bench")
        for index in range(cards):
            deck.add_note(genanki.Note(model=MODEL, fields=[f"c{index}", f"c{index}"], guid=f"pearls-c{index}"))
        genanki.Package(deck).write_to_file(path)
        samples.append((time.perf_counter() - start) * 1000)
    print("genanki", *(f"{ms:.3f}" for ms in samples), f"{cards} cards, {os.path.getsize(path) // 1024} kB", sep="\t")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
