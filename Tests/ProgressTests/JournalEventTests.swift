import Foundation
import PearlsCore
import Testing

@testable import Progress

@Suite struct JournalEventTests {
    @Test func writesTheDocumentedLine() {
        let event = JournalEvent.review(
            id: "1795249800125-9f3c61d2-7", time: Timestamp(milliseconds: 1_795_249_800_125, offsetMinutes: 60),
            card: "bm-spine", deck: "bone-metastases", rating: .good, answer: "MRI \"scan\"",
            responseMilliseconds: 4210, mode: .review, counts: true)
        #expect(event.line == #"{"id":"1795249800125-9f3c61d2-7","kind":"review","time":"2026-11-21T09:30:00.125+01:00","card":"bm-spine","deck":"bone-metastases","rating":3,"answer":"MRI \"scan\"","ms":4210,"mode":"review","counts":true,"params":1}"# + "\n")
    }

    @Test func randomEventsReadBackEqual() throws {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<500 {
            let event = RandomJournal.event(using: &generator)
            #expect(try parse(event.line.dropLast()) == event)
        }
    }

    /// The scanner and Foundation must agree on what the line says (or both reject it).
    @Test func agreesWithFoundationOnMangledLines() throws {
        var generator = SplitMix64(seed: 12)
        var accepted = 0
        for _ in 0..<3000 {
            var bytes = Array(RandomJournal.event(using: &generator).line.utf8.dropLast())
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = Array(#"{}[],:"0\ a1-."#.utf8).randomElement(using: &generator) ?? 0
            }
            let ours = try? bytes.withUnsafeBufferPointer { try JournalEvent.parse($0) }
            let foundation = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            if let ours {
                accepted += 1
                let object = try #require(foundation, "Foundation rejected a line we accepted: \(String(decoding: bytes, as: UTF8.self))")
                #expect(object["id"] as? String == ours.id)
                #expect(object["card"] as? String == ours.card?.rawValue)
                #expect((object["rating"] as? NSNumber)?.intValue == ours.rating?.rawValue)
                #expect(object["answer"] as? String == ours.answer)
            }
        }
        #expect(accepted > 1000)
    }

    @Test(arguments: [
        (#"{"id":"a","kind":"review","time":"2026-11-21T09:30:00+01:00","card":"c","rating":5,"mode":"review","counts":true}"#,
         82, "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not 5"),
        (#"{"id":"a","kind":"answer"}"#, 1, "the event has no \"time\""),
        (#"{"id":"a","kind":"review","time":"yesterday","card":"c"}"#, 34, "time must be ISO 8601"),
        (#"{"id":"a","kind":"review","time":"2026-11-21T09:30:00+01:00","card":"c","mode":"review","counts":true}"#,
         1, "a review event needs \"rating\""),
        (#"{"id":"a","id":"b"}"#, 11, "\"id\" appears twice"),
        (#"{"id":"a","kind":"suspend","time":"2026-11-21T09:30:00+01:00","card":"c",}"#, 74, "expected"),
        (#"{"id":"a","kind":"review","time":"2026-11-21T09:30:00+01:00","card":"c","rating":"3"}"#, 82, "number"),
    ])
    func explainsBadLines(line: String, column: Int, message: String) throws {
        let error = try #require(throws: JSONScanError.self) { try parse(Substring(line)) }
        #expect(error.offset + 1 == column)
        #expect(error.message.contains(message), "\(error.message)")
    }

    private func parse(_ line: Substring) throws -> JournalEvent {
        try Array(line.utf8).withUnsafeBufferPointer { try JournalEvent.parse($0) }
    }
}

/// What a newer build writes parses as an event this build skips, keeping the line as written.
@Test func aNewerKindOrModeIsKeptVerbatim() throws {
    for text in [#"{"id":"a","kind":"answer","time":"2026-11-21T09:30:00+01:00"}"#,
                 #"{"id":"a","kind":"review","time":"2026-11-21T09:30:00+01:00","card":"c","rating":3,"mode":"sprint","counts":true}"#] {
        let event = try Array(text.utf8).withUnsafeBufferPointer { try JournalEvent.parse($0) }
        #expect(event.kind == .unsupported)
        #expect(event.line == text + "\n")
        #expect(event.skipReason?.contains("unknown to this build") == true)
    }
}
