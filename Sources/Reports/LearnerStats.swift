import Foundation
import PearlsCore
import Progress
import Scheduling

/// One learner's figures at an instant: what `pearls stats` prints, `--json` writes and the HTML report
/// draws. Computed from the progress state alone (card states plus the answer tallies), never from the
/// journal, so it costs one pass over the cards. Field names are the documented JSON (docs/stats-json.md).
public struct LearnerStats: Sendable, Equatable, Codable {
    /// The study day the figures are for, as `YYYY-MM-DD` in the learner's calendar.
    public var date: String
    /// The same day as a count of days since 1970-01-01.
    public var day: Int
    /// The last study day with an answer (`YYYY-MM-DD`) and how many study days ago it was; `nil` if none.
    public var lastStudied: String?
    public var daysSinceStudy: Int?
    public var cards: CardCounts
    public var today: Today
    /// Cards due on each of the next 30 study days; day 0 includes everything overdue.
    public var forecast: [Int]
    /// True retention for the last day, week, month and year.
    public var retention: [RetentionRow]
    /// Per topic, weakest first; topics with nothing seen come last.
    public var topics: [TopicMastery]
    /// Answers on each of the last 365 study days, oldest first (the last entry is today).
    public var heatmap: [Int]
    /// Minutes spent answering on each of the last 30 study days, oldest first.
    public var minutesPerDay: [Double]
    public var stability: [Bucket]
    public var difficulty: [Bucket]
    /// Predicted against observed recall by elapsed time since the previous review.
    public var calibration: [CalibrationPoint]
    public var leeches: [CardNote]
    public var flagged: [CardNote]
    /// Cards answered wrong most often, at most five per topic, by topic in `topics` order.
    public var mostMissed: [CardNote]
    /// Cards answered wrong after the learner said they were sure (`pearls study --confidence`), most often
    /// first; `misses` counts those answers. The dangerous ones, listed before any other card list.
    public var sureButWrong: [CardNote] = []

    public struct CardCounts: Sendable, Equatable, Codable {
        /// Cards in the decks the figures cover.
        public var total = 0
        /// Of those, cards answered at least once (in a mode that moves the schedule).
        public var seen = 0
        public var dueToday = 0
        public var suspended = 0
    }

    public struct Today: Sendable, Equatable, Codable {
        public var answers = 0
        public var correct = 0
        public var wrong = 0
        public var newCards = 0
        public var minutes = 0.0
        /// Study days in a row with at least one answer, counting today if the learner studied today,
        /// else counting back from yesterday.
        public var streakDays = 0
    }

    public struct RetentionRow: Sendable, Equatable, Codable {
        /// `day`, `week`, `month` or `year`.
        public var period: String
        public var young: ReviewHistory.Tally
        public var mature: ReviewHistory.Tally
        public var all: ReviewHistory.Tally { young + mature }

        private enum CodingKeys: String, CodingKey { case period, young, mature }
    }

    public struct TopicMastery: Sendable, Equatable, Codable {
        public var topic: String
        public var seen: Int
        public var total: Int
        /// The mean FSRS retrievability today of the topic's seen cards; `nil` when none is seen.
        public var recall: Double?
        /// Wrong answers to the topic's cards, in any mode.
        public var misses = 0
    }

    /// A range of values and how many cards fall in it (`upper` is `nil` for the last, open range).
    public struct Bucket: Sendable, Equatable, Codable {
        public var lower: Double
        public var upper: Double?
        public var cards: Int
    }

    public struct CalibrationPoint: Sendable, Equatable, Codable {
        /// The bin's elapsed days: `fromDay` up to (not including) `toDay`; `toDay` is `nil` for the last.
        public var fromDay: Int
        public var toDay: Int?
        public var reviews: Int
        public var predicted: Double
        public var observed: Double
    }

    /// A card named in a list, with what a reader needs to recognise it.
    public struct CardNote: Sendable, Equatable, Codable {
        public var id: String
        public var topic: String
        public var prompt: String
        public var misses: Int
        public var lapses: Int
        public var rationale: String?
    }
}

extension LearnerStats {
    /// The same figures with every deck string stripped of control characters, for terminals and tools
    /// that print what they read.
    public func sanitized() -> LearnerStats {
        var copy = self
        func clean(_ note: CardNote) -> CardNote {
            var note = note
            note.topic = note.topic.sanitizedForTerminal()
            note.prompt = note.prompt.sanitizedForTerminal()
            note.rationale = note.rationale?.sanitizedForTerminal()
            return note
        }
        copy.topics = topics.map { var topic = $0; topic.topic = topic.topic.sanitizedForTerminal(); return topic }
        copy.leeches = leeches.map(clean)
        copy.flagged = flagged.map(clean)
        copy.mostMissed = mostMissed.map(clean)
        copy.sureButWrong = sureButWrong.map(clean)
        return copy
    }
}
