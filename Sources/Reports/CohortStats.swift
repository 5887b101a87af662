import Foundation
import PearlsCore
import Progress

/// A class's figures: one row per learner, each topic's difficulty across the class, and who has not
/// studied lately. Built from each learner's `LearnerStats`.
public struct CohortStats: Sendable, Equatable, Codable {
    public struct LearnerRow: Sendable, Equatable, Codable {
        public var learner: String
        public var seen: Int
        public var total: Int
        /// True retention over the last 30 days, young and mature together.
        public var retention: ReviewHistory.Tally
        /// Studied topics whose predicted recall is under `riskThreshold`, weakest first (at most three).
        public var topicsAtRisk: [String]
        public var lastStudied: String?
        public var daysSinceStudy: Int?
    }

    public struct TopicRow: Sendable, Equatable, Codable {
        public var topic: String
        /// Learners who have seen at least one card of the topic.
        public var learners: Int
        /// The mean, over those learners, of their mean predicted recall on the topic.
        public var recall: Double?
        /// Wrong answers to the topic's cards, over the whole class.
        public var misses: Int
    }

    /// Predicted recall under which a topic is at risk.
    public static let riskThreshold = 0.8

    public var date: String
    public var learners: [LearnerRow]
    /// Hardest (lowest recall) first; topics nobody studied last.
    public var topics: [TopicRow]
    /// Learners with no answer in the last `inactiveDays` study days (or none at all), longest first.
    public var inactive: [String]
    public var inactiveDays: Int

    /// The class's figures from each learner's figures.
    public init(_ members: [(name: String, stats: LearnerStats)], date: String, inactiveDays: Int) {
        self.date = date
        self.inactiveDays = inactiveDays
        learners = members.map { name, stats in
            let month = stats.retention.first { $0.period == "month" }?.all ?? .init()
            let risky = stats.topics.filter { ($0.recall ?? 1) < Self.riskThreshold }.prefix(3).map(\.topic)
            return LearnerRow(learner: name, seen: stats.cards.seen, total: stats.cards.total, retention: month,
                              topicsAtRisk: Array(risky), lastStudied: stats.lastStudied,
                              daysSinceStudy: stats.daysSinceStudy)
        }
        var figures: [String: (learners: Int, recall: Double, misses: Int, order: Int)] = [:]
        for (_, stats) in members {
            for topic in stats.topics {
                var entry = figures[topic.topic] ?? (0, 0, 0, figures.count)
                if let recall = topic.recall {
                    entry.learners += 1
                    entry.recall += recall
                }
                entry.misses += topic.misses
                figures[topic.topic] = entry
            }
        }
        topics = figures.map { topic, entry in
            TopicRow(topic: topic, learners: entry.learners,
                     recall: entry.learners == 0 ? nil : entry.recall / Double(entry.learners), misses: entry.misses)
        }.sorted { left, right in
            isWeaker((left.recall, left.topic, figures[left.topic]?.order ?? 0),
                     than: (right.recall, right.topic, figures[right.topic]?.order ?? 0))
        }
        inactive = learners
            .filter { ($0.daysSinceStudy ?? Int.max) >= inactiveDays }
            .sorted { left, right in
                let (l, r) = (left.daysSinceStudy ?? Int.max, right.daysSinceStudy ?? Int.max)
                return l != r ? l > r : left.learner < right.learner
            }
            .map(\.learner)
    }
}
