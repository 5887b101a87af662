import Foundation
import Testing

/// How `pearls study` marks answers, driven through piped input (docs/study-protocol.md).
struct AnswerCheckingCommandTests {
    private func study(_ arguments: [String], input: String, environment: [String: String] = [:]) throws
        -> (status: Int32, stdout: String, stderr: String, journal: () throws -> String)
    {
        let home = try PearlsProcess.temporaryFolder()
        let outcome = try PearlsProcess.run(["study"] + arguments, input: input, environment: [
            "PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00",
        ].merging(environment) { $1 })
        let journal = { try String(contentsOf: home.appendingPathComponent("default/reviews.jsonl"), encoding: .utf8) }
        return (outcome.status, outcome.stdout, outcome.stderr, journal)
    }

    @Test func theOppositeTermIsWrongAndNamedInTheFeedback() throws {
        let outcome = try study(["--mode", "cram", "--topic", "calcium", "--seed", "1"], input: "hypocalcemia\n\n")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("""
            answer> hypocalcemia
              ✗ not right: you typed 'hypocalcemia', a different term from 'hypercalcemia'
            """))
        #expect(outcome.stdout.contains("grade [Again]> \n"))
    }

    @Test func theExamHeaderNeverShowsTheTopic() throws {
        let outcome = try study(["--mode", "exam", "--count", "3", "--seed", "7"], input: "a\na\na\n")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let headers = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(headers.count == 3)
        #expect(headers.allSatisfy { $0.hasSuffix(" min]") }, "\(headers)")
    }

    @Test func optionsAreShuffledBySeedAndNoShuffleKeepsTheDeckOrder() throws {
        let arguments = ["--mode", "exam", "--count", "1", "--topic", "Imaging"]
        var reordered = 0
        for seed in 1...6 {
            // The same seed draws the same question with or without shuffling; only the letters move.
            let shuffled = try study(arguments + ["--seed", String(seed)], input: "a\n")
            let plain = try study(arguments + ["--seed", String(seed), "--no-shuffle"], input: "a\n")
            #expect(shuffled.status == 0 && plain.status == 0, "\(shuffled.stderr)\(plain.stderr)")
            #expect(try study(arguments + ["--seed", String(seed)], input: "a\n").stdout == shuffled.stdout)
            let question = { (text: String) in text.components(separatedBy: "answer> ").first ?? "" }
            let options = { (text: String) in question(text).split(separator: "\n").filter { $0.contains(") ") }.map {
                $0.split(separator: ")", maxSplits: 1).last.map(String.init) ?? "" }.sorted() }
            #expect(options(shuffled.stdout) == options(plain.stdout))
            if question(shuffled.stdout) != question(plain.stdout) { reordered += 1 }
        }
        #expect(reordered >= 4, "only \(reordered) of six seeds changed the order")
    }

    @Test func aDeckToleranceAndAMissingUnitAreMarkedAsQuantities() throws {
        let folder = try PearlsProcess.temporaryFolder()
        let deck = folder.appendingPathComponent("doses.md")
        try """
            # Doses

            Q: How much oral morphine solution is drawn up for the dose?
            A: 2.5 mL ± 0.1
            ID: dose-volume

            Q: What is the normal range of serum potassium?
            A: 3.5-5.0 mmol/L
            ID: potassium

            """.write(to: deck, atomically: true, encoding: .utf8)
        let outcome = try study([deck.path, "--mode", "cram", "--seed", "1"], input: "2.60ml\n\n3.5 to 5.0\n\n")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("answer> 2.60ml\n  ✓ right\n  Answer: 2.5 mL ± 0.1\n"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("""
            answer> 3.5 to 5.0
              ~ right number, but give the unit: mmol/L
              Answer: 3.5-5.0 mmol/L
              Again 1m · Hard 6m · Good 10m · Easy 8d
            grade [Hard]> 
            """))
    }

    @Test func aNameAnyThreeCardCountsEachItemNamedOnce() throws {
        let folder = try PearlsProcess.temporaryFolder()
        let deck = folder.appendingPathComponent("sepsis.json")
        try """
            {"format": "pearls-deck", "version": 2, "id": "sepsis", "title": "Sepsis", "audience": "mixed",
             "language": "en", "abbreviations": {}, "topics": [], "cards": [
              {"id": "signs", "type": "basic", "prompt": "What are the signs of sepsis? Name any 3 of the 4.",
               "answers": ["Confusion", "Breathing very fast", "Tummy pain", "Fatigue, drowsiness"],
               "needed": 3, "topic": "", "tags": ["patient"], "source": []}]}
            """.write(to: deck, atomically: true, encoding: .utf8)
        let outcome = try study([deck.path, "--mode", "cram", "--seed", "1"], input: "confusion and drowsiness and fatigue\n\n")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("""
            answer> confusion and drowsiness and fatigue
              ~ partly right: 2 of 3 points
              Answer: any 3 of Confusion; Breathing very fast; Tummy pain; Fatigue, drowsiness
            """), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("grade [Hard]> "))
        // Teach-back shows the whole list too, and no empty topic brackets for a card above every heading.
        let teach = try study([deck.path, "--mode", "teach"], input: "y\n")
        #expect(teach.status == 0, "\(teach.stderr)")
        #expect(teach.stdout.contains("Answer: any 3 of Confusion; Breathing very fast; Tummy pain; Fatigue, drowsiness"),
                "\(teach.stdout)")
        #expect(!teach.stdout.contains("[]"))
        // A card that asks for every item shows them without "any".
        let all = folder.appendingPathComponent("all.json")
        try String(contentsOf: deck, encoding: .utf8).replacingOccurrences(of: "\"needed\": 3", with: "\"needed\": 4")
            .write(to: all, atomically: true, encoding: .utf8)
        let every = try study([all.path, "--mode", "cram", "--seed", "1"], input: "\n\n")
        #expect(every.stdout.contains("Answer: Confusion; Breathing very fast; Tummy pain; Fatigue, drowsiness\n"), "\(every.stdout)")
    }

    @Test func gradesTakeTheirNamesAndFirstLetters() throws {
        let outcome = try study(["--mode", "cram", "--topic", "calcium", "--seed", "1"],
                                input: "\ngood\n\nh\n\nEasy\n\na\n")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!outcome.stdout.contains(", Enter for "), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("Again 1 · Hard 1 · Good 1 · Easy 1"), "\(outcome.stdout)")
    }

    @Test func examTimesShareOneSyntaxAndTheCountSaysWhatThePoolHolds() throws {
        let combined = try study(["--mode", "exam", "--count", "2", "--time", "1h30m", "--seed", "1"], input: "")
        let seconds = try study(["--mode", "exam", "--count", "2", "--time", "2s", "--seed", "1"], input: "")
        let zero = try study(["--mode", "exam", "--time", "0"], input: "")
        let words = try study(["--mode", "exam", "--time", "soon"], input: "")
        let many = try study(["--mode", "exam", "--count", "1000", "--seed", "1"], input: "")
        #expect(combined.status == 0, "\(combined.stderr)")
        #expect(combined.stdout.contains("You have 1h 30m."))
        #expect(seconds.stdout.contains("You have 2s."))
        #expect(zero.status != 0 && words.status != 0)
        #expect(zero.stderr.replacingOccurrences(of: "'0'", with: "'soon'") == words.stderr)
        #expect(zero.stderr.contains("--time must be a duration above zero such as 90 (minutes), 90m, 1h30m or 45s"))
        #expect(many.stdout.contains("Only 28 exam questions are available, so all 28 are asked."))
        #expect(many.stdout.contains("Exam over: 0/69 points (0%) on 28 questions (28 not answered, counted wrong)"))
    }

    @Test func aSteppedClockShowsTheCountdownAndRefusesALateAnswer() throws {
        let outcome = try study(["--mode", "exam", "--count", "3", "--time", "1m", "--seed", "4"], input: "a\nb\nc\n",
                                environment: ["PEARLS_CLOCK_STEP": "40s"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("answer [1:00 left]> a\n"))
        #expect(outcome.stdout.contains("answer [0:20 left]> b\n  Time is up: that answer came too late and is not scored.\n"))
        #expect(!outcome.stdout.contains("> c\n"), "no third question after the time is up")
        #expect(outcome.stdout.contains("Time is up.\nExam over: "))
        #expect(outcome.stdout.contains("(2 not answered, counted wrong)"))
        #expect(outcome.stdout.contains("\nNot answered (2):\n  - "))
        let journal = try outcome.journal()
        #expect(journal.components(separatedBy: #""kind":"review""#).count == 2, "only the answer in time is recorded")
    }

    @Test func aSteppedClockMakesAQuickRightAnswerEasy() throws {
        let quick = try study(["--seed", "1"], input: "cancer spread to bone\n\n", environment: ["PEARLS_CLOCK_STEP": "2s"])
        let slow = try study(["--seed", "1"], input: "cancer spread to bone\n\n", environment: ["PEARLS_CLOCK_STEP": "40s"])
        #expect(quick.stdout.contains("grade [Easy]> \n"), "\(quick.stdout)")
        #expect(slow.stdout.contains("grade [Good]> \n"))
        #expect(try quick.journal().contains(#""rating":4,"answer":"cancer spread to bone","ms":2000"#))
        let refused = try study([], input: "", environment: ["PEARLS_CLOCK_STEP": "0"])
        #expect(refused.status != 0 && refused.stderr.contains("PEARLS_CLOCK_STEP must be a duration above zero"))
    }

    @Test func confidenceIsAskedRecordedAndSureButWrongListedFirst() throws {
        // Card 1 answered wrongly but "sure", card 2 right with "guess".
        let outcome = try study(["--mode", "cram", "--topic", "calcium", "--seed", "1", "--confidence"],
                                input: "hypocalcemia\nsure\n\nabc\ng\n\n")
        let journal = (try? outcome.journal()) ?? ""
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("answer> hypocalcemia\nsure, think or guess? [s/t/g]> sure\n  ✗ not right"))
        #expect(journal.contains(#""answer":"hypocalcemia","ms":0,"mode":"cram","counts":false,"params":1,"confidence":"sure""#))
        #expect(journal.contains(#""confidence":"guess""#))
        #expect(outcome.stdout.contains("Sure but wrong (1), review these first:\n  - What is the name for too much calcium"))
    }

    @Test func statsAndReportListSureButWrongCardsFirst() throws {
        let home = try PearlsProcess.temporaryFolder()
        let environment = ["PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00", "LANG": "C"]
        let session = try PearlsProcess.run(["study", "--mode", "cram", "--topic", "calcium", "--seed", "1", "--confidence"],
                                            input: "hypocalcemia\nsure\n\n", environment: environment)
        #expect(session.status == 0, "\(session.stderr)")
        let stats = try PearlsProcess.run(["stats"], environment: environment)
        #expect(stats.status == 0, "\(stats.stderr)")
        let sure = try #require(stats.stdout.range(of: "Sure but wrong (you were sure; review these first)"))
        let forecast = try #require(stats.stdout.range(of: "Due in the next"))
        #expect(sure.lowerBound < forecast.lowerBound, "\(stats.stdout)")
        #expect(stats.stdout.contains("What is the name for too much calcium"))
        let json = try PearlsProcess.run(["stats", "--json"], environment: environment)
        #expect(json.stdout.contains("\"sureButWrong\" : [\n    {\n      \"id\" : \"bm-calcium-01\""))
        let report = try PearlsProcess.run(["report", "-o", "me.html"], in: home, environment: environment)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: home.appendingPathComponent("me.html"), encoding: .utf8)
        let first = try #require(html.range(of: "<h2>Sure but wrong</h2>"))
        let due = try #require(html.range(of: "<h2>Due in the next 30 days</h2>"))
        #expect(first.lowerBound < due.lowerBound)
    }
}
