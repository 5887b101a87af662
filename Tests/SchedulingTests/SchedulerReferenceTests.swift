import Foundation
import PearlsCore
@testable import Scheduling
import Testing

/// Pearls' FSRS scheduler against py-fsrs 6.3.2's `Scheduler` with fuzz off, on 600 histories under six
/// settings (steps, no steps, several retentions, a short maximum interval). The reviews fall on learning
/// steps or whole days at noon UTC, where py-fsrs's 24-hour count and the study-day count agree, so states,
/// steps and due times must match exactly, and stability and difficulty to double precision.
struct SchedulerReferenceTests {
    struct Header: Decodable {
        struct Config: Decodable {
            var desired_retention: Double
            var maximum_interval: Int
            var learning_steps: [Double]
            var relearning_steps: [Double]
        }
        var configs: [Config]
    }

    struct History: Decodable {
        struct Review: Decodable {
            var rating: Int
            var time: String
            var state: String
            var step: Int?
            var stability: Double
            var difficulty: Double
            var due: String
        }
        var config: Int
        var reviews: [Review]
    }

    static let utcNoonCalendar = StudyCalendar(timeZone: try! #require(TimeZone(identifier: "UTC")), rolloverHour: 4)

    static func date(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text), "bad date \(text)")
    }

    @Test func statesStepsAndDueTimesMatchPyFSRS() throws {
        let header = try Fixture.header("scheduler.jsonl", as: Header.self)
        let histories = try Fixture.lines("scheduler.jsonl", as: History.self, droppingHeader: true)
        #expect(histories.count >= 500)
        var compared = 0
        for history in histories {
            let config = header.configs[history.config]
            var settings = SchedulerSettings()
            settings.desiredRetention = config.desired_retention
            settings.maximumInterval = config.maximum_interval
            settings.learningSteps = config.learning_steps
            settings.relearningSteps = config.relearning_steps
            settings.fuzz = false
            let scheduler = FSRSScheduler(settings: settings, calendar: Self.utcNoonCalendar)
            var card = CardState()
            var rng = SplitMix64(seed: 1)
            // py-fsrs has no upper bound on stability; fsrs-rs (and Pearls) stop at 36,500 days, so a history
            // is compared only up to the review that passes it.
            for (index, review) in history.reviews.enumerated() {
                if review.stability > FSRS.stabilityRange.upperBound { break }
                let rating = try #require(Rating(rawValue: review.rating))
                card = scheduler.review(card, rating: rating, at: try Self.date(review.time), using: &rng)
                let context = "config \(history.config), review \(index) of \(history.reviews.map(\.rating))"
                #expect(card.phase.rawValue == review.state, "\(context)")
                #expect(card.step == review.step, "\(context)")
                #expect(card.due == (try Self.date(review.due)), "\(context)")
                #expect(isClose(card.memory?.stability ?? -1, review.stability, relative: 1e-9), "\(context) \(history.reviews.map(\.time))")
                #expect(isClose(card.memory?.difficulty ?? -1, review.difficulty, relative: 1e-9), "\(context)")
                compared += 1
            }
        }
        #expect(compared > 3_000)
    }
}

/// The fuzz window for every interval equals py-fsrs's own `_get_fuzz_range`, and draws cover exactly it.
struct FuzzReferenceTests {
    struct Range: Decodable { var interval: Int; var maximum: Int; var min: Int; var max: Int }

    @Test func rangesEqualPyFSRS() throws {
        let ranges = try Fixture.lines("fuzz-ranges.jsonl", as: Range.self, droppingHeader: false)
        #expect(ranges.count > 1_000)
        for range in ranges {
            let ours = IntervalFuzz.range(interval: range.interval, maximumInterval: range.maximum)
            #expect(ours == range.min...range.max, "interval \(range.interval), maximum \(range.maximum)")
        }
    }

    @Test(arguments: [3, 5, 10, 25, 100, 365])
    func drawsCoverTheWholeRangeAndNothingElse(interval: Int) throws {
        let range = try #require(IntervalFuzz.range(interval: interval, maximumInterval: 36_500))
        var rng = SplitMix64(seed: UInt64(interval))
        var seen: Set<Int> = []
        for _ in 0..<2_000 { seen.insert(IntervalFuzz.fuzzed(interval, maximumInterval: 36_500, using: &rng)) }
        #expect(seen == Set(range))
    }

    @Test func shortIntervalsAreNotFuzzed() {
        #expect(IntervalFuzz.range(interval: 2, maximumInterval: 36_500) == nil)
        var rng = SplitMix64(seed: 3)
        #expect(IntervalFuzz.fuzzed(1, maximumInterval: 36_500, using: &rng) == 1)
    }
}
