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
        withKnownIssue("nothing checks ids on append (issue 18)") {
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
}
