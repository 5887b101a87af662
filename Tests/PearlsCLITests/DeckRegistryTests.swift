import Foundation
import Testing

/// The profile's registry of decks through the built binary: plain `pearls` studies everything due,
/// `pearls decks` lists and forgets decks, decks are found by id from any folder, a changed source is
/// recompiled with its changes counted, and two decks never replace each other silently.
struct DeckRegistryTests {
    static let dayOne = "2026-11-21T09:30:00+01:00"
    static let dayTwenty = "2026-12-11T09:30:00+01:00"

    private func run(_ arguments: [String], in folder: URL, input: String = "", home: URL,
                     at now: String = dayOne) throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, in: folder, input: input, environment: ["PEARLS_HOME": home.path, "PEARLS_NOW": now])
    }

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// A profile that met the built-in deck and answered all three cards of its own deck `hf` with Easy on
    /// day one, so they are due for review by day twenty.
    private func studiedBoth() throws -> (home: URL, folder: URL) {
        let home = try PearlsProcess.temporaryFolder(), folder = try PearlsProcess.temporaryFolder()
        try write(DailyLoopTests.heartFailure, to: folder.appendingPathComponent("hf.md"))
        #expect(try run([], in: folder, home: home).status == 0)
        let easy = try run(["study", "hf.md"], in: folder, input: String(repeating: "x\n4\n", count: 3), home: home)
        #expect(easy.status == 0, "\(easy.stderr)")
        return (home, folder)
    }

    @Test func plainPearlsStudiesEverythingDueAcrossTheRegisteredDecks() throws {
        let (home, _) = try studiedBoth()
        let elsewhere = try PearlsProcess.temporaryFolder()
        let outcome = try run([], in: elsewhere, home: home, at: Self.dayTwenty)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Pearls · Bone metastases + Heart failure · review · 20 new, 3 due", "\(outcome.stdout)")
        #expect(lines.contains("[1/23 · due 2 · new 20 · 0 min]  HF"), "\(outcome.stdout)")
    }

    @Test func decksListsEachDeckWithItsDueAndNewCardsAndWhereItComesFrom() throws {
        let (home, folder) = try studiedBoth()
        let outcome = try run(["decks"], in: try PearlsProcess.temporaryFolder(), home: home, at: Self.dayTwenty)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let source = folder.appendingPathComponent("hf.md").resolvingSymlinksInPath().path
        #expect(outcome.stdout.contains("hf  Heart failure  3 due  0 new  " + source), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("bone-metastases  Bone metastases  0 due  20 new  built-in"), "\(outcome.stdout)")
    }

    @Test func aDeckIsFoundByIdFromAnyFolderAndRemovingItKeepsItsProgress() throws {
        let (home, folder) = try studiedBoth()
        let elsewhere = try PearlsProcess.temporaryFolder()
        let byID = try run(["study", "hf"], in: elsewhere, home: home, at: Self.dayTwenty)
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(byID.stdout.hasPrefix("Pearls · Heart failure · review · 0 new, 3 due\n"), "\(byID.stdout)")

        let journal = home.appendingPathComponent("default/reviews.jsonl")
        let before = try Data(contentsOf: journal)
        let removed = try run(["decks", "remove", "hf"], in: elsewhere, home: home, at: Self.dayTwenty)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("forgot the deck hf"), "\(removed.stdout)")
        #expect(try Data(contentsOf: journal) == before)
        #expect(!(try run(["decks"], in: elsewhere, home: home, at: Self.dayTwenty).stdout.contains("Heart failure")))
        let gone = try run(["study", "hf"], in: elsewhere, home: home, at: Self.dayTwenty)
        #expect(gone.status == 1)
        let back = try run(["study", "hf.md"], in: folder, home: home, at: Self.dayTwenty)
        #expect(back.stdout.hasPrefix("Pearls · Heart failure · review · 0 new, 3 due\n"), "\(back.stdout)")
    }

    @Test func aChangedSourceIsRecompiledAndItsChangesAreCounted() throws {
        let (home, folder) = try studiedBoth()
        let changed = DailyLoopTests.heartFailure
            .replacingOccurrences(of: "A: furosemide\n", with: "A: furosemide\nWhy: It acts on the loop of Henle.\n")
            .replacingOccurrences(of: "Q: Which mineral does furosemide waste?\nA: potassium\n", with: "")
            + "\nQ: Which sign is a third heart sound?\nA: S3\n\nQ: What weight gain a day should be reported?\nA: 1 kg\n"
        try write(changed, to: folder.appendingPathComponent("hf.md"))
        let outcome = try run(["study", "hf"], in: try PearlsProcess.temporaryFolder(), home: home, at: Self.dayTwenty)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("hf: the source changed since the deck was stored: 2 cards added, 1 changed, 1 removed"),
                "\(outcome.stderr)")
    }

    @Test func twoDecksWithOneIDAreAnErrorNamingBothSources() throws {
        let home = try PearlsProcess.temporaryFolder(), folder = try PearlsProcess.temporaryFolder()
        try write("Q: What is K?\nA: potassium\n", to: folder.appendingPathComponent("a/notes.md"))
        try write("Q: What is Na?\nA: sodium\n", to: folder.appendingPathComponent("b/notes.md"))
        #expect(try run(["study", "a/notes.md"], in: folder, home: home).status == 0)
        let stored = try Data(contentsOf: home.appendingPathComponent("default/decks/notes.json"))
        let clash = try run(["study", "b/notes.md"], in: folder, home: home)
        #expect(clash.status == 1)
        let first = folder.appendingPathComponent("a/notes.md").resolvingSymlinksInPath().path
        let second = folder.appendingPathComponent("b/notes.md").resolvingSymlinksInPath().path
        #expect(clash.stderr.contains("the deck id 'notes' of \(second) is already the id of \(first)"), "\(clash.stderr)")
        #expect(clash.stderr.contains("'id:' in its front matter") && clash.stderr.contains("--deck-id"))
        #expect(try Data(contentsOf: home.appendingPathComponent("default/decks/notes.json")) == stored)
        // The same deck from another place is no clash: a compiled copy of a/notes.md studies as it.
        #expect(try run(["compile", "a/notes.md", "-o", "copy.json"], in: folder, home: home).status == 0)
        #expect(try run(["study", "copy.json"], in: folder, home: home).status == 0)
    }

    @Test func compileTakesADeckID() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try write("Q: What is K?\nA: potassium\n", to: folder.appendingPathComponent("notes.md"))
        let outcome = try PearlsProcess.run(["compile", "notes.md", "--deck-id", "ward-notes"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try String(contentsOf: folder.appendingPathComponent("ward-notes.json"), encoding: .utf8)
        #expect(json.contains(#""id": "ward-notes""#))
        let bad = try PearlsProcess.run(["compile", "notes.md", "--deck-id", "no spaces"], in: folder)
        #expect(bad.status == 64)
    }

    @Test func theNewCardLimitIsPerDeckWithAProfileWideCap() throws {
        let home = try PearlsProcess.temporaryFolder(), folder = try PearlsProcess.temporaryFolder()
        try write(DailyLoopTests.heartFailure, to: folder.appendingPathComponent("hf.md"))
        try write("Q: What is K?\nA: potassium\n\nQ: What is Na?\nA: sodium\n\nQ: What is Ca?\nA: calcium\n",
                  to: folder.appendingPathComponent("ions.md"))
        #expect(try run(["config", "set", "new-per-day", "2"], in: folder, home: home).status == 0)
        let both = try run(["study", "hf.md", "ions.md"], in: folder, home: home)
        #expect(both.stdout.hasPrefix("Pearls · Heart failure + ions · review · 4 new, 0 due\n"), "\(both.stdout)")
        #expect(try run(["config", "set", "new-per-day-all-decks", "3"], in: folder, home: home).status == 0)
        let capped = try run([], in: folder, home: home)
        #expect(capped.stdout.hasPrefix("Pearls · Heart failure + ions · review · 3 new, 0 due\n"), "\(capped.stdout)")
    }

    @Test func aSourceThatNoLongerCompilesIsStudiedFromTheStoredCopy() throws {
        let (home, folder) = try studiedBoth()
        try write(DailyLoopTests.heartFailure + "A: orphan\n", to: folder.appendingPathComponent("hf.md"))
        let outcome = try run([], in: try PearlsProcess.temporaryFolder(), home: home, at: Self.dayTwenty)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("Pearls · Bone metastases + Heart failure · review · 20 new, 3 due\n"), "\(outcome.stdout)")
        #expect(outcome.stderr.contains("hf: its source could not be compiled; studying the copy stored in the profile"))
    }

    @Test func aDeckWhoseSourceMovedIsFollowedWithALineSayingSo() throws {
        let (home, folder) = try studiedBoth()
        let moved = folder.appendingPathComponent("ward/hf.md")
        try write(DailyLoopTests.heartFailure, to: moved)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("hf.md"))
        let outcome = try run(["study", "ward/hf.md"], in: folder, home: home, at: Self.dayTwenty)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let earlier = folder.appendingPathComponent("hf.md").resolvingSymlinksInPath().path
        #expect(outcome.stderr == "hf: now studied from \(moved.resolvingSymlinksInPath().path) (its earlier source \(earlier) is gone)\n")
        let listed = try run(["decks"], in: folder, home: home, at: Self.dayTwenty).stdout
        #expect(listed.contains("3 due  0 new  " + moved.resolvingSymlinksInPath().path), "\(listed)")
    }

    @Test func anUnchangedSourceIsStudiedFromItsStoredCopyWithoutCompilingAgain() throws {
        let home = try PearlsProcess.temporaryFolder(), folder = try PearlsProcess.temporaryFolder()
        // The repeated card makes the compiler warn, so each compile shows on standard error.
        let source = "Q: What is K?\nA: potassium\n\nQ: What is K?\nA: potassium\n"
        try write(source, to: folder.appendingPathComponent("ions.md"))
        let first = try run(["study", "ions.md"], in: folder, home: home)
        #expect(first.stderr.contains("the same card as ions.md:1; kept once"), "\(first.stderr)")
        let again = try run([], in: try PearlsProcess.temporaryFolder(), home: home)
        #expect(again.status == 0)
        #expect(again.stderr.isEmpty, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("Pearls · ions · review · 1 new, 0 due\n"), "\(again.stdout)")
        try write(source + "\nQ: What is Na?\nA: sodium\n", to: folder.appendingPathComponent("ions.md"))
        let changed = try run([], in: try PearlsProcess.temporaryFolder(), home: home)
        #expect(changed.stderr.contains("kept once"))
        #expect(changed.stderr.contains("ions: the source changed since the deck was stored: 1 card added, 0 changed, 0 removed"))
    }
}
