import Foundation
import PearlsCore
import Synchronization
import Testing

@testable import Progress

#if canImport(Glibc)
import Glibc
#endif

/// The disk failing under the store: `write` or `fsync` returns EIO (injected through `FileOperations`).
/// The failure reaches the caller as an error naming the file and the reason, the event is not counted
/// as recorded, and what is on disk stays readable: `doctor` finds every journal line valid and no problem
/// (its warnings here are of the open store's lock and no stored decks), and the next open reads
/// every event recorded before the failure.
@Suite struct InjectedFaultTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    /// Which system call fails with EIO: the others go to the system.
    enum Failing: Sendable { case none, write, fsync }

    /// A disk whose failing call the test sets.
    final class Disk: Sendable {
        private let failing = Mutex(Failing.none)

        func fail(_ call: Failing) { failing.withLock { $0 = call } }

        var operations: FileOperations {
            FileOperations(
                write: { descriptor, bytes, count in
                    guard self.failing.withLock({ $0 }) != .write else { errno = EIO; return -1 }
                    return FileOperations.system.write(descriptor, bytes, count)
                },
                fsync: { descriptor in
                    guard self.failing.withLock({ $0 }) != .fsync else { errno = EIO; return -1 }
                    return FileOperations.system.fsync(descriptor)
                })
        }
    }

    private func review(_ n: Int) -> JournalEvent {
        .review(id: "e\(n)", time: Timestamp(now, timeZone: zone), card: CardID("c\(n % 3)"), deck: "d",
                rating: .good, answer: "", responseMilliseconds: 1000, mode: .review, counts: true)
    }

    @Test(arguments: [Failing.fsync, .write])
    func aFailedAppendIsReportedAndLeavesTheJournalAsItWas(failing call: Failing) throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let disk = Disk()
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone,
                                           fileOperations: disk.operations)
        // Each the same instant: ties on the clock.
        for n in 0..<3 { try store.record(review(n), now: now) }
        let before = try Data(contentsOf: URL(fileURLWithPath: profile.journalPath))

        disk.fail(call)
        #expect {
            try store.record(review(3), now: now)
        } throws: { error in
            let text = "\(error)"
            return text.contains(profile.journalPath) && text.contains("Input/output error")
                && text.contains("nothing was recorded")
        }
        #expect(store.state.eventCount == 3, "the failed event was counted as recorded")
        #expect(try Data(contentsOf: URL(fileURLWithPath: profile.journalPath)) == before)

        // The disk recovers: the next answer is recorded after the earlier ones.
        disk.fail(.none)
        try store.record(review(4), now: now)
        #expect(store.state.eventCount == 4)
        let findings = ProfileDoctor.examine(profile, now: now, deviceZone: zone)
        #expect(findings.contains { $0.message.hasSuffix("every line valid") }, "\(findings)")
        #expect(!findings.contains { $0.severity == .problem }, "\(findings)")
        let reopened = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
        #expect(reopened.state.eventCount == 4)
        #expect(reopened.warnings.isEmpty, "\(reopened.warnings)")
    }

    @Test(arguments: [Failing.fsync, .write])
    func aFailedSnapshotKeepsTheOneBefore(failing call: Failing) throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let disk = Disk()
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone,
                                           fileOperations: disk.operations)
        try store.record(review(0), now: now)
        try store.saveSnapshot(now: now)
        let snapshot = try Data(contentsOf: URL(fileURLWithPath: profile.snapshotPath))
        try store.record(review(1), now: now)

        disk.fail(call)
        #expect {
            try store.saveSnapshot(now: now)
        } throws: { error in
            "\(error)".contains(profile.snapshotPath) && "\(error)".contains("Input/output error")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: profile.snapshotPath)) == snapshot)
        let folderPath = URL(fileURLWithPath: profile.snapshotPath).deletingLastPathComponent().path
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folderPath).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")

        disk.fail(.none)
        let findings = ProfileDoctor.examine(profile, now: now, deviceZone: zone)
        #expect(findings.contains { $0.message.hasSuffix("every line valid") }, "\(findings)")
        #expect(!findings.contains { $0.severity == .problem }, "\(findings)")
        let reopened = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
        #expect(reopened.state.eventCount == 2)  // the snapshot's event, and the journal's tail after it
    }
}
