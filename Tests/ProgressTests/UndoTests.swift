import Foundation
import PearlsCore
import Scheduling
import Testing

@testable import Progress

/// `:undo` takes back the session's last answer. Undoing the latest event restores the state from before
/// it without replaying the journal (a replay takes seconds on a large profile); either way the state is
/// the one a full replay gives.
@Suite struct UndoTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    private func encoded(_ state: ProgressState) -> [UInt8] {
        Snapshot(learner: "-", journal: .init(), state: state).encoded()
    }

    /// Answers c1, c2 and c1 again (Again) a minute apart, then undoes the last `undos` answers, and returns
    /// the store's state, how many replays the undos took, and the state a full replay gives.
    private func answerThenUndo(_ undos: Int) throws -> (state: [UInt8], replays: Int, replayed: [UInt8]) {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        var generator = SplitMix64(seed: 5)
        let state: [UInt8]
        let replays: Int
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            var ids = store.eventIDs(using: &generator)
            var answers: [JournalEvent] = []
            for (minute, (card, rating)) in [("c1", Rating.good), ("c2", .hard), ("c1", .again)].enumerated() {
                let time = Timestamp(now.addingTimeInterval(Double(minute) * 60), timeZone: zone)
                answers.append(.review(id: ids.next(at: time), time: time, card: CardID(card), deck: "d", rating: rating,
                                       answer: "", responseMilliseconds: 800, mode: .review, counts: true))
                try store.record(answers[minute], now: now.addingTimeInterval(Double(minute) * 60))
            }
            let before = store.replayCount
            for back in 0..<undos {
                let at = now.addingTimeInterval(Double(3 + back) * 60)
                let time = Timestamp(at, timeZone: zone)
                var undo = JournalEvent(id: ids.next(at: time), kind: .undo, time: time)
                undo.voids = answers[answers.count - 1 - back].id
                try store.record(undo, now: at)
            }
            (state, replays) = (encoded(store.state), store.replayCount - before)
        }
        // No snapshot was written unless an undo replayed the journal; without one, opening replays it.
        try? FileManager.default.removeItem(atPath: profile.snapshotPath)
        let rebuilt = try ProgressStore.open(profile, now: now.addingTimeInterval(600), deviceZone: zone, readOnly: true)
        return (state, replays, encoded(rebuilt.state))
    }

    @Test func undoingTheLatestAnswerNeedsNoReplay() throws {
        let result = try answerThenUndo(1)
        #expect(result.replays == 0)
        #expect(result.state == result.replayed)
    }

    @Test func undoingTwoAnswersInARowNeedsNoReplayEither() throws {
        let result = try answerThenUndo(2)
        #expect(result.replays == 0)
        #expect(result.state == result.replayed)
    }

    /// Random sessions of answers, flags, suspensions and teach-back marks, each sometimes undone right
    /// away (without a replay) and sometimes later (with one), end in the state a full replay gives.
    @Test(arguments: 0..<6 as Range<UInt64>)
    func undoesAmongRandomEventsAgreeWithAReplay(seed: UInt64) throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        var generator = SplitMix64(seed: seed)
        var at = now
        let recorded: [UInt8]
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            var ids = store.eventIDs(using: &generator)
            var undoable: [String] = []
            var undos = 0
            for _ in 0..<60 {
                at = at.addingTimeInterval(Double(Int.random(in: 0...3, using: &generator)) * 60)
                let time = Timestamp(at, timeZone: zone)
                var event = RandomJournal.event(using: &generator)
                if Int.random(in: 0..<4, using: &generator) == 0, let target = undoable.popLast() {
                    event = JournalEvent(id: ids.next(at: time), kind: .undo, time: time)
                    event.voids = target
                    undos += 1
                } else {
                    (event.id, event.time) = (ids.next(at: time), time)
                    if event.kind == .review { undoable.append(event.id) }
                }
                try store.record(event, now: at)
            }
            recorded = encoded(store.state)
            #expect(store.replayCount < undos, "\(undos) undos, \(store.replayCount) replays: none was incremental")
        }
        try? FileManager.default.removeItem(atPath: profile.snapshotPath)
        let rebuilt = try ProgressStore.open(profile, now: at, deviceZone: zone, readOnly: true)
        #expect(encoded(rebuilt.state) == recorded)
    }
}
