import Foundation
import PearlsCore
import Testing

@testable import Progress

/// An event id already in the journal is never appended again, however the id was made.
@Suite struct RepeatedIDTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    private func flag(_ id: String, card: String) -> JournalEvent {
        JournalEvent(id: id, kind: .flag, time: Timestamp(now, timeZone: zone), card: CardID(card))
    }

    @Test func appendingAnIDTheJournalHoldsIsRefused() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            try store.record([flag("1795249800000-0000abcd-1", card: "a"), flag("plain-id", card: "b")], now: now)
            try store.saveSnapshot(now: now)
            try store.record(flag("1795249800000-0000abcd-2", card: "c"), now: now)
        }
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
        try store.record(flag("1795249800000-0000abcd-3", card: "d"), now: now)
        let before = try Data(contentsOf: URL(fileURLWithPath: profile.journalPath))
        for id in ["1795249800000-0000abcd-1", "plain-id", "1795249800000-0000abcd-2", "1795249800000-0000abcd-3"] {
            #expect(throws: ProgressError.self) { try store.record(flag(id, card: "e"), now: now) }
        }
        #expect(throws: ProgressError.self) {
            try store.record([flag("new-1", card: "e"), flag("new-1", card: "f")], now: now)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: profile.journalPath)) == before)
        #expect(!store.state["e"].isFlagged)
    }
}

@Test func idsDependOnTheSeedAndTheJournalsLastEvent() {
    let time = Timestamp(milliseconds: 1_795_249_800_000, offsetMinutes: 60)
    func first(seed: UInt64, after last: String?) -> String {
        var generator = SplitMix64(seed: seed)
        var ids = EventIDs(using: &generator, after: last)
        return ids.next(at: time)
    }
    #expect(first(seed: 1, after: "x") == first(seed: 1, after: "x"))
    #expect(first(seed: 1, after: "x") != first(seed: 1, after: "y"))
    #expect(first(seed: 1, after: nil) != first(seed: 2, after: nil))
    #expect(AppendedIDCheck.tag(of: first(seed: 1, after: nil)) != nil)
    #expect(AppendedIDCheck.tag(of: "plain-id") == nil)
}

@Test func theScanFindsAPatternAcrossChunkEdges() throws {
    let folder = TemporaryFolder()
    let path = folder.path + "/big"
    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: (1 << 22) + 10)
    bytes.replaceSubrange(((1 << 22) - 3)..<((1 << 22) + 3), with: Array("-tag1-".utf8))
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(AppendedIDCheck.file(path, contains: Array("-tag1-".utf8)))
    #expect(!AppendedIDCheck.file(path, contains: Array("-tag2-".utf8)))
}
