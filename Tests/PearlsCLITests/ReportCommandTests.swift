import Foundation
import Testing

/// `pearls stats`, `report` and `export-log` end to end, after a scripted study session.
struct ReportCommandTests {
    let now = ["PEARLS_NOW": "2026-11-21T09:30:00+01:00"]

    private func run(_ arguments: [String], input: String = "", home: URL, in folder: URL? = nil,
                     environment: [String: String] = [:]) throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, in: folder, input: input,
                              environment: now.merging(["PEARLS_HOME": home.path]) { $1 }.merging(environment) { $1 })
    }

    /// Three cards answered: wrong (revealed), right, right.
    private func studied() throws -> URL {
        let home = try PearlsProcess.temporaryFolder()
        let outcome = try run(["--seed", "1"], input: "\n1\ncancer\n3\nmetastases\n3\n", home: home)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return home
    }

    @Test func statsShowsTodayAndFitsTheWidthInAscii() throws {
        let home = try studied()
        let outcome = try run(["stats"], home: home, environment: ["LANG": "C", "COLUMNS": "64"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Progress of default on 2026-11-21")
        #expect(lines.dropFirst().first == "Today     3 answers - 2 right - 1 wrong - 3 new - 0 min")
        #expect(lines.allSatisfy { $0.count <= 64 })
        #expect(outcome.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(outcome.stdout.contains("\n  Basics / What bone metastases~ ") && outcome.stdout.contains("\n  Basics / Naming "))
    }

    @Test func statsJSONHasTheDocumentedFigures() throws {
        let home = try studied()
        let outcome = try run(["stats", "--json"], home: home)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let today = try #require(json["today"] as? [String: Any])
        #expect(today["answers"] as? Int == 3 && today["correct"] as? Int == 2 && today["streakDays"] as? Int == 1)
        #expect((json["forecast"] as? [Int])?.count == 30)
        #expect((json["heatmap"] as? [Int])?.last == 3)
        #expect((json["retention"] as? [[String: Any]])?.map { $0["period"] as? String } == ["day", "week", "month", "year"])
        #expect(json["date"] as? String == "2026-11-21")
    }

    @Test func anUnknownDeckIsAnErrorListingTheKnownOnes() throws {
        let home = try studied()
        let outcome = try run(["stats", "--deck", "nope"], home: home)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("pearls: error: no deck 'nope' is known; decks studied in this profile:\n  bone-metastases"))
    }

    @Test func exportLogWritesTheAnswersAsCSV() throws {
        let home = try studied()
        let outcome = try run(["export-log", "--csv"], home: home)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "card_id,review_time,review_rating,review_duration,review_state,mode")
        #expect(lines.count == 4)
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",new,review") && $0.contains(",2026-11-21T09:30:00.000+01:00,") })
        #expect(lines[1].contains(",1,"))
        let missing = try run(["export-log"], home: home)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("say which format to write: --csv"))
    }

    @Test func reportWritesALearnerPageAndAClassPage() throws {
        let home = try studied()
        _ = try run(["--seed", "2", "--learner", "ben"], input: "\n1\n", home: home)
        let work = try PearlsProcess.temporaryFolder()
        let learner = try run(["report", "-o", "me.html"], home: home, in: work)
        #expect(learner.status == 0, "\(learner.stderr)")
        let page = try String(contentsOf: work.appendingPathComponent("me.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<h1>Pearls progress: default, 2026-11-21</h1>"))

        let cohort = try run(["report", "--cohort", home.path, "-o", "class.html"], home: home, in: work)
        #expect(cohort.status == 0, "\(cohort.stderr)")
        let classPage = try String(contentsOf: work.appendingPathComponent("class.html"), encoding: .utf8)
        #expect(classPage.contains("<td>default</td>") && classPage.contains("<td>ben</td>"))
        #expect(classPage.contains("Pearls class report: 2 learners"))

        let both = try run(["report", "--cohort", home.path, "--learner", "ben", "-o", "x.html"], home: home, in: work)
        #expect(both.status == 64)
    }

    @Test func badPlacesAreNamedAndNothingIsWritten() throws {
        let home = try PearlsProcess.temporaryFolder()
        let fresh = try run(["stats"], home: home)
        #expect(fresh.status == 0)
        #expect(fresh.stdout.contains("Due in the next 30 days\n  Nothing due: study new cards with `pearls`.\n"))
        let unwritable = try run(["report", "-o", "/nonexistent/r.html"], home: home)
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr == "pearls: error: cannot write /nonexistent/r.html: No such file or directory\n")
        let noFolder = try run(["report", "--cohort", "/nonexistent", "-o", "c.html"], home: home)
        #expect(noFolder.stderr == "pearls: error: cannot read /nonexistent: no such folder\n")
        let noJournal = try run(["export-log", "--csv"], home: home)
        #expect(noJournal.status == 1)
        #expect(noJournal.stderr.hasPrefix("pearls: error: learner 'default' has no review journal yet"))
    }
}
