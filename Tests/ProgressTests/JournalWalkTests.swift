import Foundation
import PearlsCore
import Scheduling
import Testing

@testable import Progress

/// The replay in file order hands each card event the state a full replay gives it, however the file
/// is ordered.
@Suite struct JournalWalkTests {
    let zone = TimeZone(secondsFromGMT: 3600)!
    let now = Date(timeIntervalSince1970: Double(RandomJournal.start) / 1000 + 200 * 86_400)

    /// Random events, partly out of order (a merged device's older answers appended late), with undos, a
    /// setting stamped before answers it follows in the file and, when asked, a remap.
    func journal(seed: UInt64, remap: Bool) throws -> (path: String, folder: TemporaryFolder) {
        var generator = SplitMix64(seed: seed)
        var events = RandomJournal.events(300, using: &generator)
        for index in [150, 60, 5] { events.append(events.remove(at: index)) }  // a few cards out of order
        let base = RandomJournal.start
        for index in stride(from: 10, to: 300, by: 37) {
            var undo = JournalEvent(id: "undo-\(index)", kind: .undo, time: Timestamp(milliseconds: base + 95 * 86_400_000, offsetMinutes: 0))
            undo.voids = events[index].id
            events.append(undo)
        }
        var setting = JournalEvent(id: "setting-1", kind: .setting, time: Timestamp(milliseconds: base + 30 * 86_400_000, offsetMinutes: 0))
        (setting.key, setting.value) = ("learning-steps", "5m 1h 1d")
        events.insert(setting, at: 250)
        if remap {
            var move = JournalEvent(id: "remap-1", kind: .remap, time: Timestamp(milliseconds: base + 40 * 86_400_000, offsetMinutes: 0),
                                    card: "card-3")
            move.from = "card-4"
            events.insert(move, at: 120)
        }
        let folder = TemporaryFolder()
        let path = folder.path + "/reviews.jsonl"
        let text = String(decoding: JournalFile.header(learner: "t"), as: UTF8.self) + events.map { $0.line + "\n" }.joined()
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return (path, folder)
    }

    @Test(arguments: [(UInt64(1), false), (2, false), (3, true), (4, true)])
    func givesEachCardEventTheStateTheFullReplayGives(seed: UInt64, remap: Bool) throws {
        let (path, folder) = try journal(seed: seed, remap: remap)
        defer { withExtendedLifetime(folder) {} }
        var ids: [String] = []
        var replayer = JournalReplayer()
        _ = try JournalFile.read(path) { (event, line) throws(ProgressError) in
            ids.append(event.id)
            try replayer.add(event, path: path, line: line)
        }
        var expected: [String: CardState] = [:]
        _ = try replayer.replay(now: now, deviceZone: zone) { ordinal, before in expected[ids[ordinal]] = before }

        var walked: [String: CardState] = [:]
        try JournalWalk.forEachCardEvent(journal: path, now: now, deviceZone: zone) { event, before in
            #expect(walked.updateValue(before, forKey: event.id) == nil, "\(event.id) visited twice")
        }
        #expect(expected.count > 250)
        #expect(walked.count == expected.count)
        for (id, state) in expected where walked[id] != state {
            Issue.record("\(id): walked \(String(describing: walked[id])), replayed \(state)")
        }
    }
}
