import Foundation
import PearlsCore
import Testing

@testable import Progress

/// Crash safety as a real test: a child process records answers in a loop and is killed with SIGKILL at
/// random moments. After each kill the profile must open, hold every answer the child acknowledged, and
/// have lost at most the one in flight.
@Suite struct CrashTests {
    static var writer: String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("progress-crash-writer").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return "progress-crash-writer"
    }

    @Test func noAcknowledgedAnswerIsLostWhenKilled() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile("crash")
        let zone = TimeZone(identifier: "UTC") ?? .current
        var generator = SplitMix64(seed: 2026)
        var acknowledged = Set<String>()
        var kills = 0
        var tornLinesSetAside = 0
        for round in 0..<200 {
            let output = folder.path + "/ack-\(round)"
            FileManager.default.createFile(atPath: output, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.writer)
            process.arguments = [folder.path, String(round + 1)]
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The kill comes at a random moment after the child's first acknowledged answer, so a machine slowed by
            // other work (the test suite runs in parallel) still kills mid-write rather than during start-up.
            let started = Date()
            while (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0 == 0,
                  Date().timeIntervalSince(started) < 10 {
                usleep(500)
            }
            usleep(UInt32.random(in: 0...20_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { kills += 1 }

            let printed = try String(contentsOfFile: output, encoding: .utf8)
            // A line without its newline was being printed when the kill came: the answer was acknowledged.
            acknowledged.formUnion(printed.split(separator: "\n").map(String.init))

            let later = Date(timeIntervalSince1970: 1_800_000_000)
            let store = try ProgressStore.open(profile, now: later, deviceZone: zone)
            tornLinesSetAside += store.warnings.filter { $0.contains("cut short") }.count
            var inJournal = Set<String>()
            var replayer = JournalReplayer()
            _ = try JournalFile.read(profile.journalPath) { (event, line) throws(ProgressError) in
                inJournal.insert(event.id)
                try replayer.add(event, path: profile.journalPath, line: line)
            }
            let missing = acknowledged.subtracting(inJournal)
            #expect(missing.isEmpty, "round \(round): acknowledged but lost: \(missing.sorted().prefix(3))")
            #expect(inJournal.count - acknowledged.count <= round + 1, "more unacknowledged events than rounds")
            let replayed = try replayer.replay(now: later, deviceZone: zone)
            #expect(Snapshot(learner: "-", journal: .init(), state: store.state).encoded()
                    == Snapshot(learner: "-", journal: .init(), state: replayed).encoded(),
                    "round \(round): the loaded state differs from a replay of the journal")
            if !missing.isEmpty { break }
        }
        #expect(kills == 200)
        #expect(acknowledged.count >= 200, "the child barely wrote anything: \(acknowledged.count) answers")
        print("crash test: \(acknowledged.count) answers acknowledged over \(kills) kills, \(tornLinesSetAside) torn lines set aside")
    }
}
