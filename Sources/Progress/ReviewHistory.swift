import Foundation
import PearlsCore
import Scheduling

/// What a learner did, tallied by study day and by elapsed time, kept beside the card states so that
/// stats and reports never read the whole journal (a million lines take over a second to parse).
///
/// Every figure is an integer sum, so the update after each answer (in time order) and a full rebuild
/// (card by card) always give equal tallies. Predicted recall is summed in millionths for that reason.
public struct ReviewHistory: Sendable, Equatable {
    /// Passed and total answers of one kind.
    public struct Tally: Sendable, Equatable, Codable {
        public var passed = 0
        public var total = 0

        /// The share passed; `nil` when there were no answers.
        public var rate: Double? { total == 0 ? nil : Double(passed) / Double(total) }

        public init(passed: Int = 0, total: Int = 0) {
            self.passed = passed
            self.total = total
        }

        public static func + (left: Tally, right: Tally) -> Tally {
            Tally(passed: left.passed + right.passed, total: left.total + right.total)
        }
    }

    /// One study day's answers.
    public struct Day: Sendable, Equatable {
        /// Every answer, in any mode.
        public var answers = 0
        /// Answers rated Hard, Good or Easy.
        public var correct = 0
        /// Time spent answering.
        public var milliseconds = 0
        /// Cards answered for the first time (answers that move the schedule).
        public var newCards = 0
        /// Scheduled answers to review cards whose interval was under 21 days, and to the others:
        /// Anki's "true retention" counts exactly these.
        public var young = Tally()
        public var mature = Tally()

        public init() {}
    }

    /// Scheduled answers to review cards after a span of elapsed days: how many were recalled, against
    /// how likely FSRS thought recall was.
    public struct CalibrationBin: Sendable, Equatable {
        public var count = 0
        public var recalled = 0
        /// The sum of predicted recall, in millionths.
        public var predictedMillionths = 0

        public init() {}

        /// The mean predicted recall.
        public var predicted: Double { count == 0 ? 0 : Double(predictedMillionths) / 1e6 / Double(count) }
        /// The share actually recalled.
        public var observed: Double { count == 0 ? 0 : Double(recalled) / Double(count) }
    }

    /// The interval, in days, from which a review card counts as mature (as in Anki).
    public static let matureInterval = 21
    /// The first elapsed day of each calibration bin; the last bin is open-ended.
    public static let calibrationStarts = [0, 1, 2, 3, 4, 6, 8, 11, 15, 22, 31, 46, 61, 91, 181, 366]

    /// Study day (days since 1970-01-01 in the learner's calendar) → that day's answers.
    public var days: [Int: Day] = [:]
    /// First elapsed day of a bin (one of `calibrationStarts`) → its answers.
    public var calibration: [Int: CalibrationBin] = [:]
    /// How many times each card was answered wrong (rated Again), in any mode.
    public var misses: [CardID: Int] = [:]
    /// How many times each card was answered wrong after the learner said they were sure: the dangerous
    /// misses, listed first by stats and reports.
    public var sureMisses: [CardID: Int] = [:]
    /// Answers given with a confidence (`--confidence`), passed and total for each level.
    public var confidence: [JournalEvent.Confidence: Tally] = [:]

    public init() {}

    /// Tallies one answer, given the card's state before it. `predicted` is the recall FSRS expected
    /// (`nil` for a card without memory), `elapsedDays` the study days since the card's last review.
    mutating func record(
        card: CardID, rating: Rating, confidence level: JournalEvent.Confidence? = nil, counts: Bool, milliseconds: Int,
        day: Int,
        before: CardState, predicted: Double?, elapsedDays: Int
    ) {
        let passed = rating != .again
        var tally = days[day] ?? Day()
        tally.answers += 1
        tally.milliseconds += max(0, milliseconds)
        if passed { tally.correct += 1 } else { misses[card, default: 0] += 1 }
        if let level {
            confidence[level, default: Tally()] = confidence[level, default: Tally()] + Tally(passed: passed ? 1 : 0, total: 1)
            if level == .sure && !passed { sureMisses[card, default: 0] += 1 }
        }
        if counts {
            if before.phase == .new { tally.newCards += 1 }
            if before.phase == .review {
                let point = Tally(passed: passed ? 1 : 0, total: 1)
                if before.scheduledDays < Self.matureInterval {
                    tally.young = tally.young + point
                } else {
                    tally.mature = tally.mature + point
                }
                if let predicted {
                    let start = Self.calibrationStart(forElapsedDays: elapsedDays)
                    var bin = calibration[start] ?? CalibrationBin()
                    bin.count += 1
                    bin.recalled += passed ? 1 : 0
                    bin.predictedMillionths += Int((predicted * 1e6).rounded())
                    calibration[start] = bin
                }
            }
        }
        days[day] = tally
    }

    /// The calibration bin an elapsed time falls in.
    public static func calibrationStart(forElapsedDays elapsed: Int) -> Int {
        calibrationStarts.last { $0 <= elapsed } ?? 0
    }
}
