import Foundation
import PearlsCore
import Progress
import Testing

@testable import Interop

@Suite struct ReviewLogCSVTests {
    let zone = TimeZone(secondsFromGMT: 3600)!
    let start = Date(timeIntervalSince1970: 1_795_249_800)

    /// A journal: a new card answered Again then Good, an answer undone, an exam answer, a suspend.
    func journal() throws -> String {
        let root = NSTemporaryDirectory() + "pearls-csv-\(UUID().uuidString)"
        let store = try ProgressStore.open(try Profile(learner: "t", root: root), now: start, deviceZone: zone)
        func time(_ minutes: Double) -> Timestamp { Timestamp(start.addingTimeInterval(minutes * 60), timeZone: zone) }
        func review(_ id: String, _ card: String, _ rating: Rating, _ minutes: Double, mode: JournalEvent.Mode = .review,
                    counts: Bool = true) -> JournalEvent {
            .review(id: id, time: time(minutes), card: CardID(card), deck: "d", rating: rating, answer: "x",
                    responseMilliseconds: 4200, mode: mode, counts: counts)
        }
        try store.record(review("e1", "a,b", .again, 0), now: start)
        try store.record(review("e2", "a,b", .good, 1), now: start)
        try store.record(review("e3", "c", .easy, 2), now: start)
        var undo = JournalEvent(id: "e4", kind: .undo, time: time(3))
        undo.voids = "e3"
        try store.record(undo, now: start)
        try store.record(review("e5", "c", .hard, 4, mode: .exam, counts: false), now: start)
        try store.record(JournalEvent(id: "e6", kind: .suspend, time: time(5), card: "c"), now: start)
        try store.record(review("e7", "a,b", .good, 11), now: start)
        return store.profile.journalPath
    }

    @Test func writesOneRowPerAnswerThatWasNotUndoneWithThePhaseBefore() throws {
        let rows = try ReviewLogCSV.rows(journal: try journal(), now: start.addingTimeInterval(3600), deviceZone: zone)
        let text = ReviewLogCSV.text(rows)
        #expect(text == """
            card_id,review_time,review_rating,review_duration,review_state,mode
            "a,b",2026-11-21T09:30:00.000+01:00,1,4200,new,review
            "a,b",2026-11-21T09:31:00.000+01:00,3,4200,learning,review
            c,2026-11-21T09:34:00.000+01:00,2,4200,new,exam
            "a,b",2026-11-21T09:41:00.000+01:00,3,4200,learning,review

            """)
    }

    @Test func quotesOnlyWhatNeedsIt() {
        #expect(csvField("plain") == "plain")
        #expect(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(csvField("two\nlines") == "\"two\nlines\"")
    }
}

/// A card id from a merged journal can neither drive the terminal nor become a spreadsheet formula.
@Test(arguments: ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\u{1B}]0;title\u{07}x", "a\u{9B}2Jb"])
func csvFieldsAreNeitherControlsNorFormulas(id: String) {
    let row = ReviewLogCSV.Row(card: CardID(id), time: Timestamp(milliseconds: 0, offsetMinutes: 0), rating: .good,
                               milliseconds: 1, state: .new, mode: .review)
    let line = row.line
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(line)")
    #expect(!["=", "+", "-", "@"].contains(where: { line.hasPrefix($0) || line.hasPrefix("\"" + $0) }), "\(line)")
}
