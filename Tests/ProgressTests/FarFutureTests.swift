import Foundation
import PearlsCore
import Testing

@testable import Progress

/// An event stamped far ahead of the clock (a device whose clock is years off) must not freeze the
/// snapshot: it is kept in the journal, counted, held back from progress until its time is near, and named.
@Suite struct FarFutureTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    private func flag(_ id: String, card: String, at date: Date) -> JournalEvent {
        JournalEvent(id: id, kind: .flag, time: Timestamp(date, timeZone: zone), card: CardID(card))
    }

    /// A journal with a flag on card a an hour ago and one on card b stamped at `future`.
    private func profile(in folder: TemporaryFolder, future: Date) throws -> Profile {
        let profile = try folder.profile()
        try FileManager.default.createDirectory(atPath: profile.folder, withIntermediateDirectories: true)
        var text = String(decoding: JournalFile.header(learner: "default"), as: UTF8.self)
        text += flag("f1", card: "a", at: now.addingTimeInterval(-3600)).line + flag("f2", card: "b", at: future).line
        try text.write(toFile: profile.journalPath, atomically: true, encoding: .utf8)
        return profile
    }

    @Test func anEventStampedYearsAheadIsHeldBackAndTheSnapshotIsStillWritten() throws {
        let folder = TemporaryFolder()
        let year9999 = try #require(Timestamp("9999-12-30T12:00:00.000+00:00")).date
        let profile = try profile(in: folder, future: year9999)
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            #expect(store.state["a"].isFlagged)
            #expect(!store.state["b"].isFlagged)
            #expect(store.state.eventCount == 2)
            #expect(store.warnings.count == 1 && store.warnings[0].contains("9999-12-30"), "\(store.warnings)")
            try store.record(flag("f3", card: "c", at: now), now: now)
            try store.saveSnapshot(now: now)
        }
        #expect(FileManager.default.fileExists(atPath: profile.snapshotPath))
        let reader = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
        #expect(reader.state["c"].isFlagged && !reader.state["b"].isFlagged)
        let findings = ProfileDoctor.examine(profile, now: now, deviceZone: zone)
        #expect(findings.contains { $0.message.contains("agrees with a full replay") }, "\(findings)")
        #expect(findings.contains { $0.message.contains("9999-12-30") }, "\(findings)")
    }

    @Test func aHeldBackEventCountsOnceItsTimeIsWithinADay() throws {
        let folder = TemporaryFolder()
        let profile = try profile(in: folder, future: now.addingTimeInterval(3 * 86_400))
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            #expect(!store.state["b"].isFlagged)
            try store.saveSnapshot(now: now)
        }
        #expect(FileManager.default.fileExists(atPath: profile.snapshotPath))
        let later = try ProgressStore.open(profile, now: now.addingTimeInterval(2.5 * 86_400), deviceZone: zone, readOnly: true)
        #expect(later.state["b"].isFlagged)
    }
}
