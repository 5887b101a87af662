import Foundation
import PearlsCore
import Progress
import Scheduling

/// A small learner with a history whose figures are worked out by hand in the tests.
///
/// UTC, rollover at 04:00. Study day 0 of the fixture is 2026-10-01; "now" is day 40, 2026-11-10 12:00.
/// - `easy-young`: Easy on day 0 (new → review, interval under 21 days), then Again on day 10 (a young
///   review failed, elapsed 10 days).
/// - `good-young`: Easy on day 0, then Good on day 12 (a young review passed, elapsed 12).
/// - `mature`: Easy on day 0, Easy on day 16 (interval now over 21), then Good on day 39 (a mature pass).
/// - `exam-only`: two exam answers on day 40, one wrong: they count as answers and misses, not retention.
/// - `leech`: flagged on day 38.
/// Answers fall on days 0, 10, 12, 16, 38 (a flag is not an answer), 39 and 40, so the streak is 2.
enum StatsFixture {
    static let zone = TimeZone(identifier: "UTC")!
    static let dayZero = Date(timeIntervalSince1970: 1_790_812_800)  // 2026-10-01 00:00 UTC
    static let now = at(day: 40, hour: 12)

    static func at(day: Int, hour: Int) -> Date { dayZero.addingTimeInterval(Double(day * 86_400 + hour * 3600)) }

    static let deck = Deck(id: "fixture", title: "Fixture", cards: [
        Card(id: "easy-young", type: .basic, prompt: "Young card that lapsed?", answers: ["a"],
             rationale: "Because <b>it</b> & \"that\".", topic: "Alpha"),
        Card(id: "good-young", type: .basic, prompt: "Young card passed?", answers: ["b"], topic: "Alpha"),
        Card(id: "mature", type: .basic, prompt: "Mature card?", answers: ["c"], topic: "Beta"),
        Card(id: "exam-only", type: .mcq, prompt: "Exam <script>alert(1)</script> item?", answers: ["x"],
             options: ["x", "y"], correct: [0], topic: "Gamma"),
        Card(id: "leech", type: .basic, prompt: "Flagged\u{1B}[31m card", answers: ["d"], topic: "Gamma"),
        Card(id: "unseen", type: .basic, prompt: "Never studied?", answers: ["e"], topic: "Delta"),
    ])

    /// The events in time order.
    static var events: [JournalEvent] {
        var events: [JournalEvent] = []
        func review(_ card: String, _ rating: Rating, day: Int, hour: Int = 9, seconds: Int = 6,
                    mode: JournalEvent.Mode = .review, counts: Bool = true) {
            let time = Timestamp(at(day: day, hour: hour), timeZone: zone)
            events.append(.review(id: "e\(events.count)", time: time, card: CardID(card), deck: "fixture", rating: rating,
                                  answer: "", responseMilliseconds: seconds * 1000, mode: mode, counts: counts))
        }
        review("easy-young", .easy, day: 0)
        review("good-young", .easy, day: 0)
        review("mature", .easy, day: 0)
        review("easy-young", .again, day: 10)
        review("good-young", .good, day: 12)
        review("mature", .easy, day: 16)
        events.append(JournalEvent(id: "e\(events.count)", kind: .flag, time: Timestamp(at(day: 38, hour: 9), timeZone: zone),
                                   card: "leech"))
        review("mature", .good, day: 39)
        review("exam-only", .again, day: 40, seconds: 30, mode: .exam, counts: false)
        review("exam-only", .good, day: 40, seconds: 30, mode: .exam, counts: false)
        return events
    }

    /// The state after folding the events in one by one, as recording does.
    static func state(upTo count: Int? = nil) throws -> ProgressState {
        var state = ProgressState()
        for event in events.prefix(count ?? events.count) {
            _ = try state.extend(with: event, now: now, deviceZone: zone)
        }
        return state
    }

    static var scheduler: any SchedulingAlgorithm { ProfileSettings().scheduler(deviceZone: zone) }
}
