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

/// A write cut short by a full disk (simulated by a file size limit, as the test cannot fill a disk) leaves
/// the journal byte for byte as it was, says so, and leaves no half line for a later load to call a crash's.
/// Not under ThreadSanitizer: its runtime dies of SIGBUS in a process whose file size limit is 4 KiB.
@Test(.disabled(if: PearlsProcess.isThreadSanitized, "ThreadSanitizer's runtime cannot run under `ulimit -f 4`"))
func aWriteCutShortByAFullDiskLeavesTheJournalAsItWas() throws {
    let home = try PearlsProcess.temporaryFolder()
    let environment = ["PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00"]
    #expect(try PearlsProcess.run(["config", "set", "fuzz", "off"], environment: environment).status == 0)
    // A journal 60 bytes short of 4 KiB, so that the next line crosses the 4 KiB limit part-way.
    let journal = home.appendingPathComponent("default/reviews.jsonl")
    let header = try #require(try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").first)
    let review = #"{"id":"r1","kind":"review","time":"2026-11-20T09:00:00.000+01:00","card":"c1","deck":"d","rating":3,"#
        + #""answer":"PAD","ms":900,"mode":"review","counts":true,"params":1}"# + "\n"
    let padding = 4096 - 60 - (header.utf8.count + 1) - (review.utf8.count - 3)
    try (header + "\n" + review.replacingOccurrences(of: "PAD", with: String(repeating: "x", count: padding)))
        .write(to: journal, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(at: home.appendingPathComponent("default/progress.json"))
    #expect(try PearlsProcess.run(["stats"], environment: environment).status == 0)
    let before = try Data(contentsOf: journal)
    #expect(before.count == 4036)

    let limited = Process()
    // bash counts `ulimit -f` in KiB (dash in 512-byte blocks); SIGXFSZ ignored, the write fails with EFBIG.
    limited.executableURL = URL(fileURLWithPath: "/bin/bash")
    limited.arguments = ["-c", #"trap "" XFSZ; ulimit -f 4; exec "$0" "$@""#, PearlsProcess.binary.path,
                         "config", "set", "learning-steps", "5m"]
    limited.environment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "LANG": "C.UTF-8"].merging(environment) { $1 }
    let errors = Pipe()
    limited.standardError = errors
    limited.standardOutput = FileHandle.nullDevice
    try limited.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    limited.waitUntilExit()
    #expect(limited.terminationStatus == 1)
    #expect(message.contains("cannot write \(journal.path)") && message.contains("nothing was recorded, the journal is as it was"),
            "\(message)")
    #expect(try Data(contentsOf: journal) == before)
    let after = try PearlsProcess.run(["stats"], environment: environment)
    #expect(after.status == 0 && !after.stderr.contains("crash"), "\(after.stderr)")
}
