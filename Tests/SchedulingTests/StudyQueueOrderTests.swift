import Foundation
import PearlsCore
import Scheduling
import Testing

/// The queue finds the day's reviews without sorting every due card; what it gives must be exactly what
/// sorting every due card by recall, due date and id, then skipping siblings, gives.
struct StudyQueueOrderTests {
    static let now = StudyQueueTests.now
    static let calendar = StudyQueueTests.calendar

    /// Random cards in a New York calendar: few distinct stabilities and days, so many cards tie on recall
    /// and due date, and notes shared by up to four cards.
    static func candidates(count: Int, seed: UInt64) -> [QueueCandidate] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { index in
            var state = CardState()
            switch generator.next() % 10 {
            case 0: break  // new
            case 1:
                state.phase = .learning
                state.lastReview = now.addingTimeInterval(-600)
                state.due = now.addingTimeInterval(Double(Int(generator.next() % 1_200)) - 600)
            default:
                state.phase = .review
                state.scheduledDays = Int(generator.next() % 30) + 1
                state.memory = MemoryState(stability: [0.5, 2, 3, 7.25, 40][Int(generator.next() % 5)], difficulty: 5)
                state.lastReview = now.addingTimeInterval(-Double(generator.next() % 20) * 86_400 - 3_600)
                state.due = now.addingTimeInterval(Double(Int(generator.next() % 6) - 4) * 86_400)
            }
            if generator.next() % 50 == 0 { state.suspend() }
            // Ids out of deck order, so that id order and deck order disagree.
            let id = CardID("c\(generator.next() % 1_000_000)-\(index)")
            let note = generator.next() % 3 == 0 ? "n\(generator.next() % UInt64(max(1, count / 4)))" : nil
            return QueueCandidate(id: id, note: note, state: state)
        }
    }

    /// The queue's reviews the slow way: every due card sorted, then siblings skipped until the limit.
    /// Sorted by forgetting rank rather than recall, which rounding can split where it should tie (the
    /// last test checks that the two agree).
    static func expectedReviews(_ candidates: [QueueCandidate], scheduler: some SchedulingAlgorithm, limit: Int,
                                studiedNotes: Set<String>) -> [CardID] {
        let today = scheduler.calendar.day(of: now)
        let tomorrow = scheduler.calendar.start(ofDay: today + 1)
        var taken = studiedNotes
        for card in candidates where !card.state.isSuspended && card.state.phase == .learning {
            if let due = card.state.due, due <= now, let note = card.note { taken.insert(note) }
        }
        let due = candidates.filter {
            !$0.state.isSuspended && $0.state.phase == .review && ($0.state.due ?? .distantFuture) < tomorrow
        }.map { card -> (rank: Double, due: Date, card: QueueCandidate) in
            let elapsed = max(0, today - scheduler.calendar.day(of: card.state.lastReview ?? now))
            return (scheduler.forgettingRank(of: card.state, elapsedDays: elapsed), card.state.due ?? now, card)
        }.sorted { (-$0.rank, $0.due, $0.card.id) < (-$1.rank, $1.due, $1.card.id) }
        var reviews: [CardID] = []
        for entry in due where reviews.count < limit {
            if let note = entry.card.note, !taken.insert(note).inserted { continue }
            reviews.append(entry.card.id)
        }
        return reviews
    }

    @Test(arguments: [0, 1, 7, 150, 600, 5_000])
    func reviewsAreThoseOfSortingEveryDueCard(limit: Int) throws {
        let calendar = StudyCalendar(timeZone: try #require(TimeZone(identifier: "America/New_York")))
        let schedulers: [any SchedulingAlgorithm] = [FSRSScheduler(calendar: calendar), SM2Scheduler(calendar: calendar)]
        for (seed, scheduler) in zip([3, 4, 5, 6] as [UInt64], schedulers + schedulers) {
            let candidates = Self.candidates(count: 2_000, seed: seed)
            let studied: Set<String> = ["n1", "n2", "n3"]
            let queue = scheduler.buildQueue(candidates, at: Self.now, limits: QueueLimits(newPerDay: 0, reviewsPerDay: limit),
                                             studiedToday: StudiedToday(notes: studied))
            let expected = Self.expectedReviews(candidates, scheduler: scheduler, limit: limit, studiedNotes: studied)
            let firstDifference = zip(queue.reviews, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            #expect(queue.reviews.count == expected.count && firstDifference == nil,
                    "seed \(seed), limit \(limit): \(queue.reviews.count) cards against \(expected.count), first differing at \(String(describing: firstDifference))")
            #expect(queue.reviews.count == min(limit, expected.count) && (limit == 0 || !expected.isEmpty))
        }
    }

    @Test func cardsTiedOnRecallAndDueComeInIdOrderEvenWhenTheLimitCutsThem() {
        let tied = ["e", "d", "c", "b", "a"].map {
            StudyQueueTests.review(CardID($0), stability: 3, lastReviewDaysAgo: 5, dueDaysFromNow: 0)
        }
        let weaker = StudyQueueTests.review("z", stability: 1, lastReviewDaysAgo: 5, dueDaysFromNow: 0)
        let queue = StudyQueueTests.scheduler.buildQueue(tied + [weaker], at: Self.now,
                                                         limits: QueueLimits(newPerDay: 0, reviewsPerDay: 3))
        #expect(queue.reviews == ["z", "a", "b"])
    }

    /// Recall and rank agree on every pair, but for recalls within rounding of each other.
    @Test func theForgettingRankOrdersCardsAsRecallDoes() {
        let schedulers: [any SchedulingAlgorithm] = [FSRSScheduler(calendar: Self.calendar), SM2Scheduler(calendar: Self.calendar)]
        let cards = Self.candidates(count: 300, seed: 9).map(\.state).filter { $0.phase == .review } + [CardState()]
        var shuffler = SplitMix64(seed: 1)
        for scheduler in schedulers {
            let ranked = cards.flatMap { card in
                [0, 1, 4, 30, 400].map { days in
                    (recall: scheduler.retrievability(of: card, elapsedDays: days) ?? 0,
                     rank: scheduler.forgettingRank(of: card, elapsedDays: days))
                }
            }
            for (first, second) in zip(ranked, ranked.shuffled(using: &shuffler)) {
                let apart = abs(first.recall - second.recall) > 1e-12 * max(first.recall, second.recall)
                if apart, first.recall < second.recall { #expect(first.rank > second.rank) }
                if first.rank == second.rank { #expect(!apart) }
            }
        }
    }
}
