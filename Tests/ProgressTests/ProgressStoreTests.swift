import Foundation
import PearlsCore
import Scheduling
import Testing

@testable import Progress

@Suite struct ProgressStoreTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    private func review(_ n: Int, card: String = "c1", rating: Rating = .good, at date: Date? = nil) -> JournalEvent {
        let time = Timestamp(date ?? now.addingTimeInterval(Double(n) * 86_400), timeZone: zone)
        return .review(id: "e\(n)", time: time, card: CardID(card), deck: "d", rating: rating, answer: "",
                       responseMilliseconds: 1000, mode: .review, counts: true)
    }

    @Test func reopeningGivesTheSameStateAsRecording() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let events = (0..<12).map { review($0, card: "c\($0 % 3)", rating: Rating.allCases[$0 % 4]) }
        let later = now.addingTimeInterval(40 * 86_400)
        let recorded: ProgressState
        do {
            let store = try ProgressStore.open(profile, now: later, deviceZone: zone)
            for event in events { try store.record(event, now: later) }
            recorded = store.state
            try store.saveSnapshot(now: later)
        }
        #expect(recorded.cards.count == 3)
        #expect(recorded["c0"].reviews == 4)
        let reopened = try ProgressStore.open(profile, now: later, deviceZone: zone, readOnly: true)
        #expect(Snapshot(learner: "x", journal: .init(), state: reopened.state).encoded()
                == Snapshot(learner: "x", journal: .init(), state: recorded).encoded())
        #expect(reopened.warnings.isEmpty)

        // A full replay of the journal agrees with the incremental state, snapshot or not.
        try FileManager.default.removeItem(atPath: profile.snapshotPath)
        let rebuilt = try ProgressStore.open(profile, now: later, deviceZone: zone, readOnly: true)
        #expect(Snapshot(learner: "x", journal: .init(), state: rebuilt.state).encoded()
                == Snapshot(learner: "x", journal: .init(), state: recorded).encoded())
    }

    @Test func loadsTheSnapshotAndThenTheJournalTail() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let later = now.addingTimeInterval(40 * 86_400)
        do {
            let store = try ProgressStore.open(profile, now: later, deviceZone: zone)
            try store.record((0..<5).map { review($0) }, now: later)
            try store.saveSnapshot(now: later)
            try store.record(review(9, card: "c2"), now: later)  // after the snapshot
        }
        let store = try ProgressStore.open(profile, now: later, deviceZone: zone)
        #expect(store.state.eventCount == 6)
        #expect(store.state["c2"].reviews == 1)
        #expect(store.warnings.isEmpty)
    }

    @Test func setsATornLastLineAsideAndKeepsTheRest() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            try store.record([review(0), review(1)], now: now)
        }
        let handle = try #require(FileHandle(forWritingAtPath: profile.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"id":"e2","kind":"rev"#.utf8))
        try handle.close()

        let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
        #expect(store.state["c1"].reviews == 2)
        #expect(store.warnings.contains { $0.contains("cut short by a crash") })
        let files = try FileManager.default.contentsOfDirectory(atPath: profile.folder)
        let aside = try #require(files.first { $0.hasPrefix("reviews.jsonl.torn-") })
        #expect(try String(contentsOfFile: profile.folder + "/" + aside, encoding: .utf8) == #"{"id":"e2","kind":"rev"#)
        let journal = try String(contentsOfFile: profile.journalPath, encoding: .utf8)
        #expect(journal.hasSuffix("\n"))
        #expect(journal.split(separator: "\n").count == 3)
    }

    @Test func refusesABadLineInTheMiddleAndChangesNothing() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            try store.record([review(0), review(1), review(2)], now: now)
        }
        var lines = try String(contentsOfFile: profile.journalPath, encoding: .utf8).split(separator: "\n")
        lines[2] = #"{"id":"e1","kind":"review","time":"2026-11-22T09:30:00.000+01:00","card":"c1","rating":7}"#
        let broken = lines.joined(separator: "\n") + "\n"
        try broken.write(toFile: profile.journalPath, atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: profile.snapshotPath)

        let error = try #require(throws: ProgressError.self) {
            try ProgressStore.open(profile, now: now, deviceZone: zone)
        }
        #expect(error.description.hasPrefix("\(profile.journalPath):3:88: rating must be"))
        #expect(try String(contentsOfFile: profile.journalPath, encoding: .utf8) == broken)
    }

    @Test func rebuildsASnapshotThatIsCorruptOrDisagrees() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            try store.record([review(0), review(1)], now: now)
            try store.saveSnapshot(now: now)
        }
        try Data("{\"pearls\":\"progress\",".utf8).write(to: URL(fileURLWithPath: profile.snapshotPath))
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
        #expect(store.state["c1"].reviews == 2)
        #expect(store.warnings.contains { $0.contains("not a usable snapshot") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: profile.backupsFolder).count >= 1)
    }

    @Test func upgradesASnapshotFromAnOlderPearlsOnce() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            try store.record([review(0), review(1, rating: .again, at: now)], now: now)
            try store.saveSnapshot(now: now)
        }
        let current = try String(contentsOfFile: profile.snapshotPath, encoding: .utf8)
        let old = current.replacingOccurrences(of: "\"schema\":\(Snapshot.schemaVersion)", with: "\"schema\":1")
        try old.write(toFile: profile.snapshotPath, atomically: true, encoding: .utf8)

        let reader = try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true)
        #expect(reader.warnings.map { $0.replacingOccurrences(of: profile.snapshotPath, with: "P") }
                == ["P was written by an older Pearls (schema 1); reading the journal instead until the next study session updates it"])
        #expect(reader.state.history.misses["c1"] == 1)
        let writer = try ProgressStore.open(profile, now: now, deviceZone: zone)
        #expect(writer.warnings.count == 1 && writer.warnings[0].hasSuffix("updated it from the journal (a one-off)"))
        #expect(try String(contentsOfFile: profile.snapshotPath, encoding: .utf8) == current)
    }

    @Test func refusesAJournalFromANewerPearls() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        try FileManager.default.createDirectory(atPath: profile.folder, withIntermediateDirectories: true)
        try Data("{\"pearls\":\"journal\",\"schema\":9}\n".utf8).write(to: URL(fileURLWithPath: profile.journalPath))
        #expect(throws: ProgressError.newerVersion(path: profile.journalPath, found: 9, newest: 1)) {
            try ProgressStore.open(profile, now: now, deviceZone: zone)
        }
    }

    @Test func rejectsDuplicateEventIDs() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        try FileManager.default.createDirectory(atPath: profile.folder, withIntermediateDirectories: true)
        let lines = [review(0), review(1, card: "c2"), review(0, card: "c3")].map(\.line).joined()
        try ("{\"pearls\":\"journal\",\"schema\":1}\n" + lines).write(toFile: profile.journalPath, atomically: true, encoding: .utf8)
        #expect(throws: ProgressError.duplicateEventID(path: profile.journalPath, line: 4, firstLine: 2, id: "e0")) {
            try ProgressStore.open(profile, now: now, deviceZone: zone)
        }
    }

    @Test func countsEventsFromTheFutureAsNow() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        do {
            let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
            // Within a day of the clock (further ahead is held back: FarFutureTests).
            try store.record(review(0, at: now.addingTimeInterval(10 * 3600)), now: now)
        }
        try? FileManager.default.removeItem(atPath: profile.snapshotPath)
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
        #expect(store.state["c1"].lastReview == now)
        #expect(store.warnings.contains { $0.contains("later than now") })
    }

    @Test func aSnapshotNeverBakesInEventsFromTheFuture() throws {
        // A second device's events lie ahead of this clock: opened now, they count as happening now. If
        // that state were saved, a later open would load it instead of replaying the events at their times.
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let ahead = now.addingTimeInterval(12 * 3600)
        do {
            let fast = try ProgressStore.open(profile, now: ahead, deviceZone: zone)
            try fast.record(review(1, at: ahead), now: ahead)
        }
        do {
            let behind = try ProgressStore.open(profile, now: now, deviceZone: zone)
            #expect(behind.state["c1"].lastReview == now)
            try behind.saveSnapshot(now: now)
        }
        let later = now.addingTimeInterval(5 * 86_400)
        let reopened = try ProgressStore.open(profile, now: later, deviceZone: zone)
        #expect(reopened.state["c1"].lastReview == ahead)
        var replayer = JournalReplayer()
        _ = try JournalFile.read(profile.journalPath) { (event, line) throws(ProgressError) in
            try replayer.add(event, path: profile.journalPath, line: line)
        }
        #expect(reopened.state == (try replayer.replay(now: later, deviceZone: zone)))
    }

    @Test func aStateRebuiltWithEventsAheadOfTheClockIsNotSavedOnceTheClockPassesThem() throws {
        // The crash test found this: a writer whose clock lags the journal rebuilds with the later events
        // counted as happening now, then records past them and saves. The saved state must still be what a
        // replay gives, not the one built while those events lay in the future.
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let ahead = now.addingTimeInterval(12 * 3600)
        let store = try ProgressStore.open(profile, now: ahead, deviceZone: zone)
        try store.record(review(1, at: ahead), now: ahead)
        try store.record(review(2, at: now), now: now)
        let past = now.addingTimeInterval(86_400)
        try store.record(review(3, at: past), now: past)
        try store.saveSnapshot(now: past)

        let later = now.addingTimeInterval(40 * 86_400)
        let reopened = try ProgressStore.open(profile, now: later, deviceZone: zone, readOnly: true)
        var replayer = JournalReplayer()
        _ = try JournalFile.read(profile.journalPath) { (event, line) throws(ProgressError) in
            try replayer.add(event, path: profile.journalPath, line: line)
        }
        #expect(reopened.state == (try replayer.replay(now: later, deviceZone: zone)))
    }

    @Test func aSecondWriterIsToldWhoHoldsTheProfile() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let first = try ProgressStore.open(profile, now: now, deviceZone: zone, holder: "pearls study (process 1)")
        #expect(throws: ProgressError.locked(profile: "default", holder: "pearls study (process 1)")) {
            try ProgressStore.open(profile, now: now, deviceZone: zone)
        }
        // Readers are not blocked.
        #expect(try ProgressStore.open(profile, now: now, deviceZone: zone, readOnly: true).isReadOnly)
        _ = first
    }

    @Test func undoVoidsAnAnswer() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
        try store.record([review(0, rating: .easy), review(1, rating: .again)], now: now.addingTimeInterval(2 * 86_400))
        #expect(store.state["c1"].lapses == 1)
        var undo = JournalEvent(id: "u1", kind: .undo, time: Timestamp(now.addingTimeInterval(2 * 86_400), timeZone: zone))
        undo.voids = "e1"
        try store.record(undo, now: now.addingTimeInterval(2 * 86_400))
        #expect(store.state["c1"].lapses == 0)
        #expect(store.state["c1"].reviews == 1)
    }

    @Test func settingsApplyToLaterAnswers() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let store = try ProgressStore.open(profile, now: now, deviceZone: zone)
        var setting = JournalEvent(id: "s1", kind: .setting, time: Timestamp(now, timeZone: zone))
        setting.key = "desired-retention"
        setting.value = "0.8"
        try store.record([setting, review(1), review(2)], now: now.addingTimeInterval(3 * 86_400))
        #expect(store.state.settings.scheduling.desiredRetention == 0.8)
        let eighty = store.state["c1"].scheduledDays
        var defaults = JournalReplayer()
        try defaults.add(review(1), path: "j", line: 2)
        try defaults.add(review(2), path: "j", line: 3)
        let ninety = try defaults.replay(now: now.addingTimeInterval(3 * 86_400), deviceZone: zone)["c1"].scheduledDays
        #expect(eighty > ninety)
    }

    @Test func remapMovesProgressToTheNewID() throws {
        var replayer = JournalReplayer()
        try replayer.add(review(0, card: "old"), path: "j", line: 2)
        var remap = JournalEvent(id: "r", kind: .remap, time: Timestamp(now.addingTimeInterval(86_400), timeZone: zone), card: "new")
        remap.from = "old"
        try replayer.add(remap, path: "j", line: 3)
        try replayer.add(review(2, card: "new"), path: "j", line: 4)
        let state = try replayer.replay(now: now.addingTimeInterval(5 * 86_400), deviceZone: zone)
        #expect(state["new"].reviews == 2)
        #expect(state.cards["old"] == nil)
    }
}
