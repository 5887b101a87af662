import Foundation
import Testing

/// `pearls doctor` when the journal lost what the snapshot still holds, or has a damaged line in the middle.
struct DoctorTests {
    private let environment = ["PEARLS_NOW": "2026-11-21T09:30:00+01:00"]

    private func run(_ arguments: [String], home: URL, input: String = "") throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, input: input, environment: environment.merging(["PEARLS_HOME": home.path]) { $1 })
    }

    /// A profile with three cards answered (and the snapshot saved at the end of the session).
    private func studiedThree() throws -> (home: URL, profile: URL) {
        let home = try PearlsProcess.temporaryFolder()
        let session = try run(["--seed", "1"], home: home, input: "x\n\ny\n\nz\n\n")
        #expect(session.status == 0, "\(session.stderr)")
        let profile = home.appendingPathComponent("default")
        #expect(try run(["doctor"], home: home).status == 0)
        return (home, profile)
    }

    private func files(in folder: URL, startingWith prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(prefix) }
    }

    @Test func aJournalEmptiedUnderAFullerSnapshotIsReportedAsLoss() throws {
        let (home, profile) = try studiedThree()
        try Data().write(to: profile.appendingPathComponent("reviews.jsonl"))
        let doctor = try run(["doctor"], home: home)
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("problem: journal: holds 0 events, but the snapshot holds 3 cards or settings that the journal lacks"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("pearls doctor --adopt-snapshot"))
    }

    @Test func aDeletedJournalUnderASnapshotIsReportedAsLoss() throws {
        let (home, profile) = try studiedThree()
        try FileManager.default.removeItem(at: profile.appendingPathComponent("reviews.jsonl"))
        let doctor = try run(["doctor"], home: home)
        #expect(doctor.status == 1)
        #expect(!doctor.stdout.contains("nothing studied"))
        #expect(doctor.stdout.contains("events on 3 cards: the journal was lost"), "\(doctor.stdout)")
    }

    @Test func repairNeverShrinksProgressWithoutABackupAndAWarning() throws {
        let (home, profile) = try studiedThree()
        let snapshot = try Data(contentsOf: profile.appendingPathComponent("progress.json"))
        try Data().write(to: profile.appendingPathComponent("reviews.jsonl"))
        let repair = try run(["doctor", "--repair"], home: home)
        let kept = files(in: profile, startingWith: "progress.json.lost-")
        #expect(kept.count == 1)
        #expect(try kept.first.map { try Data(contentsOf: profile.appendingPathComponent($0)) } == snapshot)
        #expect(repair.stderr.contains("warning: the journal holds 0 events but progress.json held 3"), "\(repair.stderr)")
        #expect(repair.stderr.contains(kept.first ?? "?"))
    }

    @Test func adoptSnapshotWritesOneStateEventPerCardAfterABackup() throws {
        let (home, profile) = try studiedThree()
        let journal = profile.appendingPathComponent("reviews.jsonl")
        let before = try run(["stats", "--json"], home: home).stdout
        try Data().write(to: journal)
        let adopt = try run(["doctor", "--adopt-snapshot"], home: home)
        #expect(adopt.status == 0, "\(adopt.stdout)\(adopt.stderr)")
        #expect(adopt.stdout.contains("adopted 3 cards from the snapshot into the journal"), "\(adopt.stdout)")
        let lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains(#""kind":"state""#) && $0.contains(#""state":{"phase":"learning""#) })
        #expect(!files(in: profile.appendingPathComponent("backups"), startingWith: "").filter { $0.hasSuffix("reviews.jsonl") }.isEmpty)
        let doctor = try run(["doctor"], home: home)
        #expect(doctor.status == 0, "\(doctor.stdout)")
        let after = try run(["stats", "--json"], home: home).stdout
        #expect(before.contains(#""seen" : 3,"#))
        #expect(after.contains(#""seen" : 3,"#), "\(after)")
    }

    @Test func aDamagedMiddleLineIsReportedWithTheOneCommandThatSetsItAside() throws {
        let (home, profile) = try studiedThree()
        let journal = profile.appendingPathComponent("reviews.jsonl")
        var lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines[2] = "{\"id\":\"broken"
        try lines.joined(separator: "\n").write(to: journal, atomically: true, encoding: .utf8)
        let doctor = try run(["doctor"], home: home)
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("pearls doctor --set-aside-line 3"), "\(doctor.stdout)")
        #expect(!doctor.stdout.contains("fix or remove the line"))
        let aside = try run(["doctor", "--set-aside-line", "3"], home: home)
        #expect(aside.stdout.hasPrefix("set aside line 3 (14 bytes) in "), "\(aside.stdout)\(aside.stderr)")
        #expect(aside.status == 1)
        #expect(files(in: profile, startingWith: "reviews.jsonl.line-3-").count == 1)
        let remaining = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n")
        #expect(remaining.count == 3)
        #expect(!remaining.contains { $0.contains("broken") })
        // The snapshot still knew the answer on that line: doctor says so, and adopting it brings it back.
        let after = try run(["doctor"], home: home)
        #expect(after.status == 1)
        #expect(after.stdout.contains("journal: holds 2 events, but the snapshot holds 1 card or settings that the journal lacks"), "\(after.stdout)")
        let adopt = try run(["doctor", "--adopt-snapshot"], home: home)
        #expect(adopt.stdout.contains("adopted 1 card from the snapshot"), "\(adopt.stdout)")
        #expect(adopt.status == 0)
    }

    @Test func aJournalOfManyAnswersPerCardIsWholeAgainAfterAdoptingTheSnapshot() throws {
        let home = try PearlsProcess.temporaryFolder()
        // Six answers on three cards: each card once new, then once more learned ahead.
        let folder = try PearlsProcess.temporaryFolder()
        try DailyLoopTests.heartFailure.write(to: folder.appendingPathComponent("hf.md"), atomically: true, encoding: .utf8)
        _ = try PearlsProcess.run(["study", "hf.md", "--seed", "1"], in: folder, input: String(repeating: "wrong\n\n", count: 6),
                                  environment: environment.merging(["PEARLS_HOME": home.path]) { $1 })
        let journal = home.appendingPathComponent("default/reviews.jsonl")
        #expect(try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").count == 7)
        try Data().write(to: journal)
        let adopt = try run(["doctor", "--adopt-snapshot"], home: home)
        #expect(adopt.stdout.contains("adopted 3 cards from the snapshot"), "\(adopt.stdout)")
        let doctor = try run(["doctor"], home: home)
        #expect(doctor.status == 0, "\(doctor.stdout)")
        #expect(try run(["doctor", "--adopt-snapshot"], home: home).stdout.hasPrefix("nothing to adopt"))
    }
}
