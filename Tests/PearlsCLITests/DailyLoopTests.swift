import Foundation
import Testing

/// The daily loop through the built binary: a session that keeps what was answered, learning steps that
/// wait, and a compile that never writes over its own input.
struct DailyLoopTests {
    /// A three-card deck of the learner's own, with the id `hf`.
    static let heartFailure = """
        ---
        id: hf
        title: Heart failure
        ---
        # HF

        Q: What does BNP stand for?
        A: brain natriuretic peptide

        Q: Which loop diuretic is first line?
        A: furosemide

        Q: Which mineral does furosemide waste?
        A: potassium

        """

    private func folderWithDeck() throws -> URL {
        let folder = try PearlsProcess.temporaryFolder()
        try Self.heartFailure.write(to: folder.appendingPathComponent("hf.md"), atomically: true, encoding: .utf8)
        return folder
    }

    private func run(_ arguments: [String], in folder: URL, input: String = "", home: URL) throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, in: folder, input: input, environment: [
            "PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00",
        ])
    }

    private func journalLines(_ home: URL) throws -> [String] {
        let text = try String(contentsOf: home.appendingPathComponent("default/reviews.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map(String.init)
    }

    @Test(arguments: [
        ["hf.md", "-o", "hf.md"],
        ["hf.md", "-o", "./hf.md"],
        ["notes", "-o", "notes/a.md"],
        ["hf.md", "notes", "-o", "notes/../hf.md"],
    ])
    func compileRefusesToWriteOverAnyOfItsInputs(arguments: [String]) throws {
        let folder = try folderWithDeck()
        let notes = folder.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        let other = "Q: What is K?\nA: potassium\n"
        try other.write(to: notes.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let outcome = try PearlsProcess.run(["compile"] + arguments, in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("is one of the sources being compiled; nothing written"), "\(outcome.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("hf.md"), encoding: .utf8) == Self.heartFailure)
        #expect(try String(contentsOf: notes.appendingPathComponent("a.md"), encoding: .utf8) == other)
    }

    @Test func endOfInputAtTheGradePromptSavesTheAnswerWithTheProposedGrade() throws {
        let folder = try folderWithDeck(), home = try PearlsProcess.temporaryFolder()
        let outcome = try run(["study", "hf.md", "--seed", "1"], in: folder, input: "brain natriuretic peptide\n", home: home)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("grade [Good]> \n  Saved your answer with the proposed grade, Good.\n"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("Session over: 1 answered"))
        let lines = try journalLines(home)
        #expect(lines.count == 1)
        #expect(lines.first?.contains(#""rating":3,"answer":"brain natriuretic peptide""#) == true)
    }

    /// The question lines a transcript shows, in order.
    private func questions(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").filter { $0.hasPrefix("  What") || $0.hasPrefix("  Which") }.map(String.init)
    }

    @Test func aFailedCardWaitsForItsStepAndAFrozenClockEndsTheSession() throws {
        let folder = try folderWithDeck(), home = try PearlsProcess.temporaryFolder()
        let everyAnswerWrong = String(repeating: "wrong\n\n", count: 60)
        let outcome = try run(["study", "hf.md", "--seed", "1"], in: folder, input: everyAnswerWrong, home: home)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let shown = questions(outcome.stdout)
        // Each card once new, then once more learned ahead (Anki's 20 minutes); never the same card twice running.
        #expect(shown.count == 6, "\(outcome.stdout)")
        #expect(zip(shown, shown.dropFirst()).allSatisfy { $0 != $1 })
        #expect(Set(shown).count == 3)
        let headers = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(headers.count == 6)
        #expect(headers.allSatisfy { $0.contains("/3 ·") }, "\(headers)")
        #expect(outcome.stdout.contains("Session over: 6 answered"))
        #expect(outcome.stdout.contains("The next card in learning is due in 1 min; study again then."), "\(outcome.stdout)")
        #expect(try journalLines(home).count == 6)
    }

    @Test func aStepLongerThanTheLearnAheadLimitEndsTheSessionSayingWhen() throws {
        let folder = try folderWithDeck(), home = try PearlsProcess.temporaryFolder()
        #expect(try run(["config", "set", "learning-steps", "30m"], in: folder, home: home).status == 0)
        let outcome = try run(["study", "hf.md", "--seed", "1"], in: folder,
                              input: String(repeating: "wrong\n\n", count: 10), home: home)
        #expect(questions(outcome.stdout).count == 3, "\(outcome.stdout)")
        #expect(outcome.stdout.contains("The next card in learning is due in 30 min; study again then."), "\(outcome.stdout)")
    }
}
