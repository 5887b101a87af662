import Foundation
import PearlsCore
@testable import Scheduling
import Testing

struct StudyQueueTests {
    static let calendar = SchedulerBehaviourTests.calendar
    static let now = SchedulerBehaviourTests.noon
    static let scheduler = FSRSScheduler(calendar: calendar)

    static func review(_ id: CardID, stability: Double, lastReviewDaysAgo: Int, dueDaysFromNow: Int,
                       note: String? = nil) -> QueueCandidate {
        var state = CardState()
        state.phase = .review
        state.memory = MemoryState(stability: stability, difficulty: 5)
        state.lastReview = now.addingTimeInterval(-Double(lastReviewDaysAgo) * 86_400)
        state.due = now.addingTimeInterval(Double(dueDaysFromNow) * 86_400)
        return QueueCandidate(id: id, note: note, state: state)
    }

    static func learning(_ id: CardID, dueInSeconds: Double, note: String? = nil) -> QueueCandidate {
        var state = CardState()
        state.phase = .learning
        state.step = 1
        state.lastReview = now.addingTimeInterval(-60)
        state.due = now.addingTimeInterval(dueInSeconds)
        return QueueCandidate(id: id, note: note, state: state)
    }

    static func new(_ id: CardID, note: String? = nil) -> QueueCandidate {
        QueueCandidate(id: id, note: note, state: CardState())
    }

    @Test func learningFirstThenReviewsByLowestRecallThenNewInDeckOrder() {
        let queue = Self.scheduler.buildQueue([
            Self.new("n1"),
            Self.review("strong", stability: 100, lastReviewDaysAgo: 10, dueDaysFromNow: 0),
            Self.learning("later-step", dueInSeconds: -10),
            Self.review("weak", stability: 2, lastReviewDaysAgo: 10, dueDaysFromNow: -8),
            Self.new("n2"),
            Self.learning("first-step", dueInSeconds: -300),
            Self.learning("not-yet", dueInSeconds: 120),
            Self.review("tomorrow", stability: 5, lastReviewDaysAgo: 4, dueDaysFromNow: 1),
        ], at: Self.now)
        #expect(queue == StudyQueue(learning: ["first-step", "later-step"], reviews: ["weak", "strong"],
                                    new: ["n1", "n2"]))
    }

    @Test func aReviewDueLaterTodayIsDueNow() {
        var candidate = Self.review("tonight", stability: 5, lastReviewDaysAgo: 5, dueDaysFromNow: 0)
        candidate.state.due = Self.now.addingTimeInterval(6 * 3_600)  // 18:00, before the 04:00 rollover
        #expect(Self.scheduler.buildQueue([candidate], at: Self.now).reviews == ["tonight"])
    }

    @Test func dailyLimitsCountWhatWasAlreadyStudied() {
        let candidates = (0..<10).map { Self.new(CardID("n\($0)")) }
            + (0..<10).map { Self.review(CardID("r\($0)"), stability: Double($0 + 1), lastReviewDaysAgo: 5, dueDaysFromNow: 0) }
        let queue = Self.scheduler.buildQueue(candidates, at: Self.now, limits: QueueLimits(newPerDay: 5, reviewsPerDay: 4),
                                              studiedToday: StudiedToday(newCards: 2, reviews: 1))
        #expect(queue.new == ["n0", "n1", "n2"])
        #expect(queue.reviews == ["r0", "r1", "r2"])
    }

    @Test func siblingsWaitForAnotherDay() {
        let queue = Self.scheduler.buildQueue([
            Self.learning("l", dueInSeconds: -1, note: "A"),
            Self.new("a2", note: "A"),
            Self.review("b1", stability: 3, lastReviewDaysAgo: 5, dueDaysFromNow: 0, note: "B"),
            Self.new("b2", note: "B"),
            Self.new("c1", note: "C"),
            Self.new("c2", note: "C"),
            Self.new("d1", note: "D"),
        ], at: Self.now, studiedToday: StudiedToday(notes: ["D"]))
        #expect(queue == StudyQueue(learning: ["l"], reviews: ["b1"], new: ["c1"]))
    }

    @Test func suspendedAndBuriedCardsAreLeftOut() {
        var suspended = Self.new("s")
        suspended.state.suspend()
        var buried = Self.review("b", stability: 3, lastReviewDaysAgo: 5, dueDaysFromNow: 0)
        buried.state.bury(on: Self.calendar.day(of: Self.now))
        var buriedYesterday = Self.review("y", stability: 3, lastReviewDaysAgo: 5, dueDaysFromNow: 0)
        buriedYesterday.state.bury(on: Self.calendar.day(of: Self.now) - 1)
        let queue = Self.scheduler.buildQueue([suspended, buried, buriedYesterday], at: Self.now)
        #expect(queue.all == ["y"])
    }
}
