import Foundation
import Testing

/// Numbers no honest file holds: each is refused where it is read, with the file, line and value,
/// instead of overflowing later (a crash, SIGILL, that made every later command crash too).
struct HostileNumberTests {
    let environment = ["PEARLS_NOW": "2026-11-21T10:30:00+01:00"]

    private func run(_ arguments: [String], home: URL, input: String = "") throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, input: input, environment: environment.merging(["PEARLS_HOME": home.path]) { $1 })
    }

    /// A profile with a snapshot, written by `config set` an hour before now.
    private func profile() throws -> URL {
        let home = try PearlsProcess.temporaryFolder()
        let set = try PearlsProcess.run(["config", "set", "fuzz", "off"],
                                        environment: ["PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00"])
        #expect(set.status == 0, "\(set.stderr)")
        return home
    }

    private func review(_ id: String, minute: Int, ms: String) -> String {
        #"{"id":"\#(id)","kind":"review","time":"2026-11-21T10:\#(minute):00+01:00","card":"c1","deck":"d","rating":3,"answer":"","ms":\#(ms),"mode":"review","counts":true}"#
            + "\n"
    }

    private func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    @Test func aHugeResponseTimeIsRefusedWithItsLine() throws {
        let home = try profile()
        let journal = home.appendingPathComponent("default/reviews.jsonl")
        try append(review("x1", minute: 10, ms: "9223372036854775000") + review("x2", minute: 20, ms: "1000"), to: journal)
        for command in [["stats"], ["doctor"], ["export-log", "--csv"]] {
            let outcome = try run(command, home: home)
            #expect(outcome.status == 1, "\(command): \(outcome.status)")
            #expect((outcome.stdout + outcome.stderr).contains("\(journal.path):3:"), "\(command): \(outcome.stderr)")
            #expect((outcome.stdout + outcome.stderr).contains("9223372036854775000"), "\(command)")
        }

        // Merged from another device, it is refused before anything is appended.
        let other = try profile()
        let ours = other.appendingPathComponent("default/reviews.jsonl")
        let before = try Data(contentsOf: ours)
        let merge = try run(["merge", journal.path], home: other)
        #expect(merge.status == 1)
        #expect(merge.stderr.contains("9223372036854775000"))
        #expect(try Data(contentsOf: ours) == before)
    }

    @Test(arguments: [#""9223372036854775807":[1,1,1,0,0,0,0,0]"#, #""20413":[9223372036854775807,1,1,0,0,0,0,0]"#])
    func aSnapshotWithHugeNumbersIsRebuilt(day: String) throws {
        let home = try profile()
        let snapshot = home.appendingPathComponent("default/progress.json")
        let text = try String(contentsOf: snapshot, encoding: .utf8)
        try text.replacingOccurrences(of: #""days":{}"#, with: #""days":{"# + day + "}")
            .write(to: snapshot, atomically: true, encoding: .utf8)
        try append(review("x1", minute: 10, ms: "1000"), to: home.appendingPathComponent("default/reviews.jsonl"))
        let report = home.appendingPathComponent("report.html").path
        for command in [["stats"], ["report", "-o", report]] {
            let outcome = try run(command, home: home)
            #expect(outcome.status == 0, "\(command): \(outcome.status) \(outcome.stderr)")
            #expect(outcome.stderr.contains("progress.json"), "\(command): \(outcome.stderr)")
        }
    }

    @Test(arguments: ["0.001", "1e-320"])
    func fsrsTakesAnyRetentionWithoutCrashing(retention: String) throws {
        let input = #"{"id":"c1","reviews":[{"rating":3,"days":0},{"rating":3,"days":2}]}"# + "\n"
        let outcome = try PearlsProcess.run(["fsrs", "--retention", retention], input: input)
        #expect(outcome.status == 0 || outcome.status == 64, "\(outcome.status) \(outcome.stderr)")
        #expect(outcome.stdout.contains("\"c1\"") || outcome.stderr.contains(retention))
    }
}
