import Foundation
import PearlsCore
import Scheduling
import Testing

@testable import Progress

/// `state` events and setting a damaged line aside, below the command line.
@Suite struct RecoveryTests {
    private let zone = TimeZone(identifier: "UTC") ?? .current
    private let now = Date(timeIntervalSince1970: 1_795_249_800)

    private func adopted() -> CardState {
        var state = CardState()
        state.phase = .review
        state.memory = MemoryState(stability: 12.5, difficulty: 5.25)
        state.due = Date(timeIntervalSince1970: 1_796_000_000)
        state.lastReview = Date(timeIntervalSince1970: 1_795_000_000)
        state.firstReview = Date(timeIntervalSince1970: 1_794_000_000)
        state.scheduledDays = 9
        state.reviews = 4
        state.lapses = 1
        state.isFlagged = true
        return state
    }

    @Test func aStateEventReadsBackEqualAndMakesTheCardExactlyThatState() throws {
        var event = JournalEvent(id: "1-aa-1", kind: .state, time: Timestamp(now, timeZone: zone), card: "c")
        event.adoptedState = adopted()
        let line = event.line
        #expect(line.contains(#""kind":"state""#) && line.contains(#""state":{"phase":"review","s":12.5,"d":5.25"#))
        let parsed = try Array(line.utf8.dropLast()).withUnsafeBufferPointer { try JournalEvent.parse($0) }
        #expect(parsed == event)

        var replayer = JournalReplayer()
        try replayer.add(event, path: "j", line: 2)
        let replayed = try replayer.replay(now: now, deviceZone: zone)
        #expect(replayed.cards["c"] == adopted())
        var folded = ProgressState()
        #expect(try folded.extend(with: event, now: now, deviceZone: zone))
        #expect(folded.cards["c"] == adopted())
    }

    /// A snapshot is read without checking its card ids; adopting one must not write into the journal an id
    /// that merging that journal elsewhere would then refuse (the card id grammar holds at every entry point).
    @Test func adoptionLeavesOutCardIDsOutsideTheGrammar() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
        var state = ProgressState()
        state.cards = ["good": adopted(), "bad\u{1B}[2Jid": adopted(), "=cmd|calc": adopted()]
        var generator = SplitMix64(seed: 1)
        let adoption = try store.adopt(Snapshot(learner: "default", journal: .init(), state: state), now: now, using: &generator)
        var cards: [String] = []
        _ = try JournalFile.read(profile.journalPath) { (event, _) throws(ProgressError) in
            if let card = event.card { cards.append(card.rawValue) }
        }
        #expect(cards == ["good"])
        #expect(adoption.cards == 1 && adoption.leftOut == 2)
    }

    @Test func aStateEventWithoutItsStateIsRejected() throws {
        let line = #"{"id":"1-aa-1","kind":"state","time":"2026-11-21T09:30:00.000+00:00","card":"c"}"#
        #expect(throws: JSONScanError.self) { try Array(line.utf8).withUnsafeBufferPointer { try JournalEvent.parse($0) } }
    }

    @Test func onlyADamagedLineCanBeSetAsideAndTheJournalIsBackedUpFirst() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/reviews.jsonl"
        var generator = SplitMix64(seed: 3)
        let events = RandomJournal.events(3, using: &generator)
        let header = String(decoding: JournalFile.header(learner: "x"), as: UTF8.self)
        let text = header + events[0].line + "{\"id\":\"bro\n" + events[1].line + events[2].line
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        #expect(throws: ProgressError.cannotSetAside(path: path, line: 2, reason: "it is a valid event, and events are never removed")) {
            try JournalFile.setAside(line: 2, of: path, backupFolder: folder.path + "/backups", now: now)
        }
        let done = try JournalFile.setAside(line: 3, of: path, backupFolder: folder.path + "/backups", now: now)
        #expect(try String(contentsOfFile: done.aside, encoding: .utf8) == "{\"id\":\"bro\n")
        #expect(try String(contentsOfFile: done.backup, encoding: .utf8) == text)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == header + events.map(\.line).joined())
    }

    /// A damaged line far longer than the pieces read at a time is skipped through piece by piece and set
    /// aside whole, as is a damaged last line without its newline.
    @Test(arguments: [1, 7, 64, 1 << 20])
    func aLongLineIsSetAsideThroughSmallPieces(chunkSize: Int) throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/reviews.jsonl"
        var generator = SplitMix64(seed: 5)
        let events = RandomJournal.events(2, using: &generator)
        let header = String(decoding: JournalFile.header(learner: "x"), as: UTF8.self)
        let long = "{\"id\":\"" + String(repeating: "z", count: 5_000) + "\n"
        let text = header + events[0].line + long + events[1].line + "{\"torn"
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        let done = try JournalFile.setAside(line: 3, of: path, backupFolder: folder.path + "/backups", now: now,
                                            chunkSize: chunkSize)
        #expect(done.bytes == long.utf8.count)
        #expect(try String(contentsOfFile: done.aside, encoding: .utf8) == long)
        #expect(try String(contentsOfFile: done.backup, encoding: .utf8) == text)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == header + events[0].line + events[1].line + "{\"torn")
        let last = try JournalFile.setAside(line: 4, of: path, backupFolder: folder.path + "/backups",
                                            now: now.addingTimeInterval(1), chunkSize: chunkSize)
        #expect(try String(contentsOfFile: last.aside, encoding: .utf8) == "{\"torn")
        #expect(throws: ProgressError.cannotSetAside(path: path, line: 4, reason: "the journal has 3 lines")) {
            try JournalFile.setAside(line: 4, of: path, backupFolder: folder.path + "/backups", now: now, chunkSize: chunkSize)
        }
    }
}
