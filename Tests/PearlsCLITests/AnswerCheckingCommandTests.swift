import Foundation
import Testing

/// How `pearls study` marks answers, driven through piped input (docs/study-protocol.md).
struct AnswerCheckingCommandTests {
    private func study(_ arguments: [String], input: String, environment: [String: String] = [:]) throws
        -> PearlsProcess.Outcome
    {
        let home = try PearlsProcess.temporaryFolder()
        return try PearlsProcess.run(["study"] + arguments, input: input, environment: [
            "PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00",
        ].merging(environment) { $1 })
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
        withKnownIssue("the topic above a question gives its answer away (issue 17)") {
            #expect(headers.allSatisfy { $0.hasSuffix(" min]") }, "\(headers)")
        }
    }
}
