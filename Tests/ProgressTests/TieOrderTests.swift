import Foundation
import PearlsCore
import Scheduling
import Testing

@testable import Progress

/// Events of one card in the same millisecond (every answer of a session run with `PEARLS_NOW`) are
/// applied in one total order, so the state kept answer by answer equals a replay of the whole journal.
@Suite struct TieOrderTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    private func encoded(_ state: ProgressState) -> [UInt8] {
        Snapshot(learner: "-", journal: .init(), state: state).encoded()
    }

    /// Records `ratings` for one card, all in the same millisecond, then compares with a full replay.
    private func recordAndRebuild(ids: [String], ratings: [Rating]) throws -> (recorded: [UInt8], rebuilt: [UInt8]) {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let time = Timestamp(now, timeZone: zone)
        let recorded: [UInt8]
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            for (id, rating) in zip(ids, ratings) {
                try store.record(.review(id: id, time: time, card: "c1", deck: "d", rating: rating, answer: "",
                                         responseMilliseconds: 500, mode: .review, counts: true), now: now)
            }
            try store.saveSnapshot(now: now)
            recorded = encoded(store.state)
        }
        try FileManager.default.removeItem(atPath: profile.snapshotPath)
        let rebuilt = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
        return (recorded, encoded(rebuilt.state))
    }

    @Test(arguments: 0..<6)
    func sameMillisecondAnswersGiveTheSameStateRecordedOrRebuilt(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        var ids = EventIDs(using: &generator, after: nil)
        let time = Timestamp(now, timeZone: zone)
        var session = (0..<12).map { _ in ids.next(at: time) }
        // Odd seeds record them out of order (as a merge may): the state must still agree.
        if seed % 2 == 1 { session.reverse() }
        let ratings: [Rating] = [.again, .good, .easy, .again, .hard, .good, .again, .easy, .good, .good, .again, .hard]
        let result = try recordAndRebuild(ids: session, ratings: ratings)
        #expect(result.recorded == result.rebuilt)
    }

    /// With a pinned clock (`PEARLS_NOW`, a script) a `config set` and the study session after it share one
    /// millisecond. Whatever tags the two draw, the session's answers come after the setting: they extend
    /// the state instead of forcing a rebuild, and a rebuild replays them with the new learning step.
    @Test func aSessionAfterASettingInTheSameMillisecondComesAfterIt() throws {
        let time = Timestamp(now, timeZone: zone)
        for seed in 0..<16 as Range<UInt64> {
            let folder = TemporaryFolder()
            let profile = try folder.profile()
            var generator = SplitMix64(seed: seed)
            let recorded: [UInt8]
            do {
                let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
                var configIDs = store.eventIDs(using: &generator)
                var setting = JournalEvent(id: configIDs.next(at: time), kind: .setting, time: time)
                (setting.key, setting.value) = ("learning-steps", "30m")
                try store.record(setting, now: now)
                var sessionIDs = store.eventIDs(using: &generator)
                let answer = JournalEvent.review(
                    id: sessionIDs.next(at: time), time: time, card: "c1", deck: "d", rating: .again, answer: "",
                    responseMilliseconds: 500, mode: .review, counts: true)
                #expect(setting.order < answer.order, "seed \(seed)")
                var extended = store.state
                #expect(try extended.extend(with: answer, now: now, deviceZone: zone), "seed \(seed)")
                try store.record(answer, now: now)
                recorded = encoded(store.state)
            }
            let rebuilt = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
            try rebuilt.rebuild(now: now, readOnly: true)
            #expect(rebuilt.state["c1"].due == now.addingTimeInterval(30 * 60), "seed \(seed)")
            #expect(encoded(rebuilt.state) == recorded, "seed \(seed)")
        }
    }
}

/// `EventIDs` keeps ids unique and in the order they were made, whatever the clock does.
@Suite struct EventIDCounterTests {
    let zone = TimeZone(identifier: "UTC") ?? .current

    private func time(_ milliseconds: Int64) -> Timestamp {
        Timestamp(Date(timeIntervalSince1970: Double(milliseconds) / 1000), timeZone: zone)
    }

    @Test(arguments: 0..<8 as Range<UInt64>)
    func aClockThatJumpsBackAndForthNeverRepeatsAnID(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        var ids = EventIDs(using: &generator, after: nil)
        var made: Set<String> = []
        for _ in 0..<500 {
            let id = ids.next(at: time(1_795_249_800_000 + Int64.random(in: 0..<4, using: &generator)))
            #expect(made.insert(id).inserted, "\(id) made twice")
        }
    }

    @Test func idsMadeInOneMillisecondFollowEachOtherAndTheJournalsLatestEvent() {
        var generator = SplitMix64(seed: 7)
        let at = time(1_795_249_800_000)
        for latestID in ["1795249800000-ffffffff-41", "imported-7"] {
            let latest = EventOrder(milliseconds: at.milliseconds, id: latestID)
            var ids = EventIDs(using: &generator, after: latestID, following: latest)
            var previous = latest
            for _ in 0..<5 {
                let id = ids.next(at: at)
                let order = EventOrder(milliseconds: at.milliseconds, id: id)
                #expect(previous < order, "\(id) after \(latestID)")
                previous = order
            }
        }
        var ids = EventIDs(using: &generator, after: nil, following: EventOrder(milliseconds: at.milliseconds, id: "1795249800000-00000000-41"))
        #expect(ids.next(at: at).hasSuffix("-42"))
        #expect(ids.next(at: time(1_795_249_800_001)).hasSuffix("-1"), "a later millisecond starts the counter again")
    }
}
