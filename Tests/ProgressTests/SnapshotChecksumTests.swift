import Foundation
import PearlsCore
import Testing

@testable import Progress

/// The snapshot carries a checksum of its own bytes, so a hand edit is found and the snapshot rebuilt from
/// the journal instead of being trusted.
@Suite struct SnapshotChecksumTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    /// A profile whose snapshot covers two Good answers to card c1.
    private func profileWithSnapshot(in folder: TemporaryFolder) throws -> Profile {
        let profile = try folder.profile()
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
        for n in 0..<2 {
            let time = Timestamp(now.addingTimeInterval(Double(n - 2) * 86_400), timeZone: zone)
            try store.record(.review(id: "e\(n)", time: time, card: "c1", deck: "d", rating: .good, answer: "",
                                     responseMilliseconds: 900, mode: .review, counts: true), now: now)
        }
        try store.saveSnapshot(now: now)
        return profile
    }

    @Test func aSnapshotEditedByHandIsRebuiltFromTheJournalWithAWarning() throws {
        let folder = TemporaryFolder()
        let profile = try profileWithSnapshot(in: folder)
        let written = try String(contentsOfFile: profile.snapshotPath, encoding: .utf8)
        #expect(written.contains(#""reps":2"#))
        try written.replacingOccurrences(of: #""reps":2"#, with: #""reps":9"#)
            .write(toFile: profile.snapshotPath, atomically: true, encoding: .utf8)

        let reader = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
        #expect(reader.state["c1"].reviews == 2)
        #expect(reader.warnings.contains { $0.contains("checksum") }, "\(reader.warnings)")
        let findings = ProfileDoctor.examine(profile, now: now, deviceZone: zone).map(\.message)
        #expect(findings.contains { $0.contains("checksum") }, "\(findings)")
    }

    @Test func anUneditedSnapshotIsLoadedAsWritten() throws {
        let folder = TemporaryFolder()
        let profile = try profileWithSnapshot(in: folder)
        let reader = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
        #expect(reader.state["c1"].reviews == 2)
        #expect(reader.warnings.isEmpty, "\(reader.warnings)")
    }
}
