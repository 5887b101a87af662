import Foundation
import PearlsCore
import Testing

@testable import Progress

/// How sure a learner was (`pearls study --confidence`): one journal field, tallied beside the card states.
@Suite struct ConfidenceTests {
    let zone = TimeZone(identifier: "Europe/Paris") ?? .current
    let now = Date(timeIntervalSince1970: 1_795_249_800)

    private func review(_ n: Int, card: String, rating: Rating, confidence: JournalEvent.Confidence?) -> JournalEvent {
        var event = JournalEvent.review(
            id: "e\(n)", time: Timestamp(now.addingTimeInterval(Double(n) * 3600), timeZone: zone), card: CardID(card),
            deck: "d", rating: rating, answer: "x", responseMilliseconds: 1000, mode: .exam, counts: false)
        event.confidence = confidence
        return event
    }

    private func parse(_ line: String) throws -> JournalEvent {
        try Array(line.utf8).withUnsafeBufferPointer { try JournalEvent.parse($0) }
    }

    @Test func theFieldIsWrittenLastAndReadBack() throws {
        let event = review(1, card: "c1", rating: .again, confidence: .sure)
        #expect(event.line.hasSuffix(#""mode":"exam","counts":false,"params":1,"confidence":"sure"}"# + "\n"))
        #expect(try parse(String(event.line.dropLast())) == event)
        #expect(throws: JSONScanError.self) {
            try parse(#"{"id":"a","kind":"review","time":"2026-11-21T09:30:00+01:00","card":"c","rating":1,"mode":"exam","counts":false,"confidence":"certain"}"#)
        }
    }

    @Test func aReaderSkipsFieldsItDoesNotKnow() throws {
        // What a build without confidence does with the new field, and what this build does with a later one.
        let event = try parse(#"{"id":"a","kind":"review","time":"2026-11-21T09:30:00+01:00","card":"c","rating":1,"mode":"exam","counts":false,"certainty":{"level":[1,2]},"confidence":"guess"}"#)
        #expect(event.confidence == .guess && event.rating == .again)
    }

    @Test func sureButWrongAnswersAreTalliedAlikeIncrementallyAndOnRebuild() throws {
        let folder = TemporaryFolder()
        let profile = try folder.profile()
        let events = [
            review(1, card: "c1", rating: .again, confidence: .sure), review(2, card: "c1", rating: .again, confidence: .sure),
            review(3, card: "c2", rating: .good, confidence: .sure), review(4, card: "c3", rating: .again, confidence: .guess),
            review(5, card: "c4", rating: .again, confidence: nil),
        ]
        let later = now.addingTimeInterval(86_400)
        let store = try ProgressStore.open(profile, now: later, deviceZone: zone)
        try events.forEach { try store.record($0, now: later) }
        try store.saveSnapshot(now: later)
        let recorded = store.state
        #expect(recorded.history.sureMisses == ["c1": 2])
        #expect(recorded.history.confidence == [.sure: .init(passed: 1, total: 3), .guess: .init(passed: 0, total: 1)])
        let reopened = try ProgressStore.open(profile, now: later, deviceZone: zone, readOnly: true)
        #expect(reopened.state.history == recorded.history, "read back from the snapshot")
        let snapshot = try String(contentsOfFile: profile.snapshotPath, encoding: .utf8)
        #expect(snapshot.contains("\"sureMisses\":{\"c1\":2},\n\"confidence\":[1,3,0,0,0,1]"))
        try FileManager.default.removeItem(atPath: profile.snapshotPath)
        let rebuilt = try ProgressStore.open(profile, now: later, deviceZone: zone, readOnly: true)
        #expect(rebuilt.state.history == recorded.history, "rebuilt from the journal")
    }
}
