import Foundation
import Testing

/// Messages about a profile that a newer build or a killed process left behind.
struct ProfileMessageTests {
    let environment = ["PEARLS_NOW": "2026-11-21T09:30:00+01:00"]

    private func run(_ arguments: [String], home: URL) throws -> PearlsProcess.Outcome {
        try PearlsProcess.run(arguments, environment: environment.merging(["PEARLS_HOME": home.path]) { $1 })
    }

    @Test func aJournalOfANewerSchemaIsNeverAppendedTo() throws {
        let home = try PearlsProcess.temporaryFolder()
        #expect(try run(["config", "set", "fuzz", "off"], home: home).status == 0)
        let journal = home.appendingPathComponent("default/reviews.jsonl")
        let newer = try String(contentsOf: journal, encoding: .utf8)
            .replacingOccurrences(of: #""schema":1"#, with: #""schema":7"#)
        try newer.write(to: journal, atomically: true, encoding: .utf8)
        for command in [["config", "set", "fuzz", "on"], ["study", "--seed", "1"]] {
            let outcome = try run(command, home: home)
            #expect(outcome.status == 1, "\(command)")
            #expect(outcome.stderr.contains("newer Pearls"), "\(command): \(outcome.stderr)")
            #expect(try String(contentsOf: journal, encoding: .utf8) == newer)
        }
    }

    @Test func doctorReportsTemporaryFilesAKillLeftBehind() throws {
        let home = try PearlsProcess.temporaryFolder()
        #expect(try run(["config", "set", "fuzz", "off"], home: home).status == 0)
        let leftover = home.appendingPathComponent("default/.progress.json.tmp-4242")
        try "{".write(to: leftover, atomically: true, encoding: .utf8)
        let doctor = try run(["doctor"], home: home)
        #expect(doctor.stdout.contains(".progress.json.tmp-4242"), "\(doctor.stdout)")
    }
}

/// A profile whose journal ends with a flag stamped at `time`, and no snapshot.
private func profileWithFlag(at time: String) throws -> (home: URL, environment: [String: String]) {
    let home = try PearlsProcess.temporaryFolder()
    let environment = ["PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00"]
    #expect(try PearlsProcess.run(["config", "set", "fuzz", "off"], environment: environment).status == 0)
    let journal = home.appendingPathComponent("default/reviews.jsonl")
    let handle = try FileHandle(forWritingTo: journal)
    handle.seekToEndOfFile()
    handle.write(Data(#"{"id":"f1","kind":"flag","time":"\#(time)","card":"c1"}"#.utf8 + [0x0A]))
    try handle.close()
    try FileManager.default.removeItem(at: home.appendingPathComponent("default/progress.json"))
    return (home, environment)
}

/// An event from a device whose clock ran hours fast keeps the snapshot from being saved until its time;
/// doctor --repair says so rather than claim a repair it did not write.
@Test func repairSaysWhenAFutureEventKeepsTheSnapshotFromBeingWritten() throws {
    let (home, environment) = try profileWithFlag(at: "2026-11-21T15:30:00.000+01:00")
    let repair = try PearlsProcess.run(["doctor", "--repair"], environment: environment)
    #expect(!repair.stdout.contains("repaired: snapshot rebuilt"), "\(repair.stdout)")
    #expect(repair.stdout.contains("2026-11-21T15:30:00"), "\(repair.stdout)")
    #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("default/progress.json").path))
}

/// An event stamped in 9999 is held back, so the repair is written, and doctor names the event's time.
@Test func repairWritesTheSnapshotPastAnEventStampedYearsAhead() throws {
    let (home, environment) = try profileWithFlag(at: "9999-12-31T23:59:59.000+00:00")
    let repair = try PearlsProcess.run(["doctor", "--repair"], environment: environment)
    #expect(repair.stdout.contains("repaired: snapshot rebuilt"), "\(repair.stdout)")
    #expect(repair.stdout.contains("9999-12-31"), "\(repair.stdout)")
    #expect(repair.stderr.contains("left out of progress"), "\(repair.stderr)")
    #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("default/progress.json").path))
}
