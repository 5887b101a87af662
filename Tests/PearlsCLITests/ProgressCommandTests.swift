import Foundation
import Testing

/// `pearls config`, `merge` and `doctor` end to end, on profiles under a private PEARLS_HOME.
struct ProgressCommandTests {
    let now = ["PEARLS_NOW": "2026-11-21T09:30:00+01:00"]

    private func run(_ arguments: [String], home: URL) throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, environment: now.merging(["PEARLS_HOME": home.path]) { $1 })
    }

    @Test func configSetIsCheckedRecordedAndReadBack() throws {
        let home = try PearlsProcess.temporaryFolder()
        let set = try run(["config", "set", "new-per-day", "12", "--learner", "sam"], home: home)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "new-per-day: 20 → 12\n")
        #expect(try run(["config", "get", "new-per-day", "--learner", "sam"], home: home).stdout == "12\n")
        #expect(try run(["config", "get", "new-per-day"], home: home).stdout == "20\n")

        let journal = try String(contentsOf: home.appendingPathComponent("sam/reviews.jsonl"), encoding: .utf8)
        #expect(journal.contains(#""kind":"setting","time":"2026-11-21T09:30:00.000+01:00","key":"new-per-day","value":"12""#))

        let bad = try run(["config", "set", "desired-retention", "1.5", "--learner", "sam"], home: home)
        #expect(bad.status == 1)
        #expect(bad.stderr == "pearls: error: desired-retention cannot be '1.5': expected 0.70 to 0.99\n")
        #expect(try String(contentsOf: home.appendingPathComponent("sam/reviews.jsonl"), encoding: .utf8) == journal)
    }

    @Test func mergeFoldsAnotherProfileInOnce() throws {
        let home = try PearlsProcess.temporaryFolder()
        _ = try run(["config", "set", "new-per-day", "5", "--learner", "laptop"], home: home)
        let first = try run(["merge", home.appendingPathComponent("laptop").path], home: home)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Merged 1 new event into 'default'"))
        #expect(try run(["config", "get", "new-per-day"], home: home).stdout == "5\n")
        let again = try run(["merge", home.appendingPathComponent("laptop/reviews.jsonl").path], home: home)
        #expect(again.stdout.hasPrefix("Nothing new: all 1 events"))
        let missing = try run(["merge", "/nonexistent/profile"], home: home)
        #expect(missing.status == 1)
        #expect(missing.stderr == "pearls: error: cannot read /nonexistent/profile: no such file or folder\n")
    }

    @Test func doctorReportsABrokenJournalLineAndExitsOne() throws {
        let home = try PearlsProcess.temporaryFolder()
        _ = try run(["config", "set", "fuzz", "off"], home: home)
        let journal = home.appendingPathComponent("default/reviews.jsonl")
        let handle = try FileHandle(forWritingTo: journal)
        handle.seekToEndOfFile()
        handle.write(Data("{\"id\":\"x\",\"kind\":\"flag\",\"time\":\"2026-11-21T09:30:00+01:00\"}\n".utf8))
        try handle.close()
        let doctor = try run(["doctor"], home: home)
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("problem: \(journal.path):3:1: a flag event needs \"card\""))
    }
}
