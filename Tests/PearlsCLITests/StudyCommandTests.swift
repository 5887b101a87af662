import Foundation
import Testing

/// Study sessions driven through piped standard input, as docs/study-protocol.md describes.
struct StudyCommandTests {
    private func study(_ arguments: [String], input: String, home: URL) throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, input: input, environment: [
            "PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00",
        ])
    }

    @Test func aScriptedReviewSessionPrintsTheExactTranscriptAndSavesEachAnswer() throws {
        let home = try PearlsProcess.temporaryFolder()
        let outcome = try study(["--seed", "1"], input: "cancer spread to bone\n\nprimry site\n1\n", home: home)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty)
        #expect(outcome.stdout == """
            Pearls · Bone metastases · review · 20 new, 0 due
            Type the answer, or press Enter to see it. :help lists commands; Ctrl-D ends the session.

            [1/20 · due 0 · new 19 · 0 min]  Basics / What bone metastases are
              What are bone metastases?
            answer> cancer spread to bone
              ✓ right
              Answer: cancer that has spread to bone from a tumour elsewhere in the body (also: tumours in bone
              from cancer that started somewhere else; cancer spread to bone)
              Why: The cells in the bone tumour came from a primary cancer in another organ; they broke away and
              settled in bone.
              Again 1m · Hard 6m · Good 10m · Easy 8d
            grade [Good]> 

            [2/20 · due 1 · new 18 · 0 min]  Basics / What bone metastases are
              The place in the body where a cancer first starts is called the [...].
            answer> primry site
              ✓ accepted: 'primary site' (you typed 'primry site')
              Answer: primary site
              Why: Every metastasis is traced back to its primary site, which also gives the cancer its name.
              Again 1m · Hard 6m · Good 10m · Easy 8d
            grade [Good]> 1

            [3/20 · due 2 · new 17 · 0 min]  Basics / What bone metastases are
              What is the term for a single new tumour that has grown away from the original cancer?
            answer> 
            Session over: 2 answered in 0 min: 2 right, 0 partly, 0 missed.
              Again 1 · Hard 0 · Good 1 · Easy 0
              Every answer is saved. Left for now: 2 due, 17 new.

            """)
        let journal = try String(contentsOf: home.appendingPathComponent("default/reviews.jsonl"), encoding: .utf8)
        let lines = journal.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains(#""card":"bm-basics-01","deck":"bone-metastases","rating":3,"answer":"cancer spread to bone","ms":0,"mode":"review","counts":true"#))
        #expect(lines[2].contains(#""card":"bm-basics-02.c1","deck":"bone-metastases","rating":1,"answer":"primry site""#))
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("default/decks/bone-metastases.json").path))
        let hash = try String(contentsOf: home.appendingPathComponent("default/decks/bone-metastases.hash"), encoding: .utf8)
        #expect(hash.count == 17 && hash.hasSuffix("\n"))
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("default/progress.json").path))

        // The next session continues from the saved progress: both cards are in learning now.
        let snapshot = home.appendingPathComponent("default/progress.json").path
        let written = try FileManager.default.attributesOfItem(atPath: snapshot)[.systemFileNumber] as? Int
        let next = try study(["--seed", "1"], input: "", home: home)
        // (Their steps of 1 and 10 minutes are not due yet under the pinned clock.)
        #expect(next.stdout.hasPrefix("Pearls · Bone metastases · review · 18 new, 0 due\n"))
        // Nothing was answered, so the snapshot was left as it was rather than written again.
        #expect(try FileManager.default.attributesOfItem(atPath: snapshot)[.systemFileNumber] as? Int == written)
    }

    @Test func linesThatFitNeitherAreExplainedAndAskedAgain() throws {
        let home = try PearlsProcess.temporaryFolder()
        let outcome = try study(["--seed", "1"], input: "\nmaybe\n:nope\n:s\n2\n", home: home)
        #expect(outcome.stdout.contains("grade [Again]> maybe\n  type 1 or a (Again), 2 or h (Hard), 3 or g (Good), 4 or e (Easy), Enter for Again, or a :command\n"))
        #expect(outcome.stdout.contains("grade [Again]> :nope\n  :nope is not a command; type :help for the list\n"))
        #expect(outcome.stdout.contains("grade [Again]> :s\n  :s could be :skip or :suspend or :source or :stats\n"))
        #expect(outcome.stdout.contains("grade [Again]> 2\n"))
        #expect(!outcome.stdout.contains("\u{1B}") && !outcome.stderr.contains("\u{1B}"))
    }

    @Test func anExamIsScoredAndLeavesTheScheduleAlone() throws {
        let home = try PearlsProcess.temporaryFolder()
        let outcome = try study(["study", "--mode", "exam", "--count", "3", "--seed", "7"], input: "a\nb\na c\na\n", home: home)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Exam over: "))
        #expect(outcome.stdout.contains(" on 3 questions in 0 min."))
        #expect(outcome.stdout.contains("answer> a c\n  answer with one letter (a–"))
        #expect(outcome.stdout.contains("By topic:\n"))
        #expect(outcome.stdout.contains("To review ("))
        #expect(!outcome.stdout.contains("✓ right"), "no feedback before the end without --feedback")
        #expect(outcome.stdout.contains("[1/3 · 0 min]"))
        let journal = try String(contentsOf: home.appendingPathComponent("default/reviews.jsonl"), encoding: .utf8)
        #expect(journal.components(separatedBy: #""mode":"exam","counts":false"#).count == 4)
        // The same seed draws the same questions.
        let again = try study(["study", "--mode", "exam", "--count", "3", "--seed", "7", "--learner", "b"],
                              input: "a\nb\na c\na\n", home: home)
        #expect(again.stdout == outcome.stdout)
    }

    @Test func teachBackListsAndSavesThePointsToRevisit() throws {
        let home = try PearlsProcess.temporaryFolder()
        let handout = home.appendingPathComponent("revisit.md").path
        let outcome = try study(["study", "--mode", "teach", "--topic", "What bone metastases are",
                                 "--handout", handout], input: "what\nn\n", home: home)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("understood? [y/n]> what\n  type y if the patient explained it back correctly"))
        #expect(outcome.stdout.contains("Teach-back over: 0 understood, 1 to revisit.\nPoints to revisit:\n  - Cancer in"))
        #expect(outcome.stdout.hasSuffix("Saved the points to revisit to \(handout).\n"))
        let text = try String(contentsOfFile: handout, encoding: .utf8)
        #expect(text.hasPrefix("# Points to revisit: Bone metastases\n\n- **"))
        let journal = try String(contentsOf: home.appendingPathComponent("default/reviews.jsonl"), encoding: .utf8)
        #expect(journal.contains(#""kind":"teach""#) && journal.contains(#""understood":false"#))
    }

    @Test func aTopicThatMatchesNothingIsAnErrorNamingTheTopics() throws {
        let home = try PearlsProcess.temporaryFolder()
        let outcome = try study(["study", "--topic", "nothing-matches"], input: "", home: home)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("pearls: error: no card's topic contains 'nothing-matches'; topics include: Basics, "))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func nothingDueSaysSoWithoutASessionSummary() throws {
        let home = try PearlsProcess.temporaryFolder()
        _ = try study(["config", "set", "new-per-day", "0"], input: "", home: home)
        let outcome = try study([], input: "", home: home)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == """
            Pearls · Bone metastases · review · 0 cards
            Nothing to review now: no cards are due and today's new cards are done.
            Practise anyway with `pearls study --mode cram` or `pearls study --mode exam`.

            """)
    }

    @Test func aLockedProfileIsRefusedWithTheHolder() throws {
        let home = try PearlsProcess.temporaryFolder()
        let folder = home.appendingPathComponent("default")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = open(folder.appendingPathComponent("lock").path, O_RDWR | O_CREAT, 0o644)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX) == 0)
        _ = "pearls study (process 99, since 2026-11-21 09:00)\n".withCString { write(lock, $0, strlen($0)) }
        let outcome = try study([], input: "", home: home)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "pearls: error: the profile 'default' is in use by pearls study (process 99, since "
                + "2026-11-21 09:00); finish that session first (`pearls stats`, `pearls report` and other reading commands still work)\n")
    }
}
