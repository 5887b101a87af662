import Foundation
import PearlsCore
@testable import Scheduling
import Testing

struct SchedulerBehaviourTests {
    static let calendar = StudyCalendar(timeZone: TimeZone(identifier: "UTC")!, rolloverHour: 4)
    static let noon = ISO8601DateFormatter().date(from: "2026-05-04T12:00:00Z")!

    @Test func previewShowsWhenEachRatingBringsANewCardBack() {
        let scheduler = FSRSScheduler(calendar: Self.calendar)
        #expect(scheduler.previewText(CardState(), at: Self.noon) == "Again 1m · Hard 6m · Good 10m · Easy 8d")
    }

    @Test func previewOfAReviewCardShowsDays() {
        let scheduler = FSRSScheduler(calendar: Self.calendar)
        var rng = SplitMix64(seed: 1)
        var card = scheduler.withoutFuzz.review(CardState(), rating: .good, at: Self.noon, using: &rng)
        card = scheduler.withoutFuzz.review(card, rating: .good, at: Self.noon.addingTimeInterval(600), using: &rng)
        #expect(card.phase == .review)
        #expect(card.scheduledDays == 2)
        // py-fsrs 6.3.2 gives the same four intervals two days after the graduating review.
        let later = Self.noon.addingTimeInterval(2 * 86_400 + 600)
        #expect(scheduler.previewText(card, at: later) == "Again 10m · Hard 8d · Good 11d · Easy 19d")
    }

    @Test func fuzzIsDrivenByTheInjectedGeneratorAndStaysInTheWindow() throws {
        let scheduler = FSRSScheduler(calendar: Self.calendar)
        var card = CardState()
        var rng = SplitMix64(seed: 9)
        card = scheduler.review(card, rating: .easy, at: Self.noon, using: &rng)
        let window = try #require(IntervalFuzz.range(interval: 8, maximumInterval: 36_500))
        #expect(window.contains(card.scheduledDays))
        var again = SplitMix64(seed: 9)
        #expect(scheduler.review(CardState(), rating: .easy, at: Self.noon, using: &again) == card)
    }

    @Test func aLapseCountsAndSendsTheCardToRelearning() {
        let scheduler = FSRSScheduler(calendar: Self.calendar).withoutFuzz
        var rng = SplitMix64(seed: 1)
        var card = scheduler.review(CardState(), rating: .easy, at: Self.noon, using: &rng)
        card = scheduler.review(card, rating: .again, at: Self.noon.addingTimeInterval(8 * 86_400), using: &rng)
        #expect(card.phase == .relearning)
        #expect(card.lapses == 1)
        #expect(card.due == Self.noon.addingTimeInterval(8 * 86_400 + 600))
    }

    @Test func aLeechIsMarkedAndSuspendedOnceAtTheThreshold() {
        var card = CardState()
        card.lapses = 7
        let early = card.markLeech(threshold: 8)
        card.lapses = 8
        let atThreshold = card.markLeech(threshold: 8)
        let again = card.markLeech(threshold: 8)
        #expect([early, atThreshold, again] == [false, true, false])
        #expect(card.isLeech && card.isSuspended)
    }

    @Test func settingsAreValidated() {
        var settings = SchedulerSettings()
        settings.desiredRetention = 0.5
        #expect(throws: SchedulingError.retentionOutOfRange(0.5)) { try settings.validated() }
        settings.desiredRetention = 0.9
        settings.learningSteps = [0]
        #expect(throws: SchedulingError.self) { try settings.validated() }
    }

    @Test func resetForgetsProgressButKeepsSuspension() {
        var card = CardState()
        card.phase = .review
        card.lapses = 3
        card.suspend()
        card.reset()
        #expect(card.phase == .new && card.lapses == 0 && card.isSuspended)
    }
}

struct SM2Tests {
    static let scheduler = SM2Scheduler(calendar: SchedulerBehaviourTests.calendar).withoutFuzz
    static let noon = SchedulerBehaviourTests.noon

    static func graduated(_ rating: Rating) -> CardState {
        var rng = SplitMix64(seed: 1)
        var card = scheduler.review(CardState(), rating: .good, at: noon, using: &rng)
        card = scheduler.review(card, rating: rating, at: noon.addingTimeInterval(600), using: &rng)
        return card
    }

    @Test func graduatesToOneDayOnGoodAndFourOnEasy() {
        #expect(Self.graduated(.good).scheduledDays == 1)
        #expect(Self.graduated(.easy).scheduledDays == 4)
        #expect(Self.graduated(.good).ease == 2.5)
    }

    @Test func reviewsMultiplyByEaseAndKeepHardBelowGoodBelowEasy() {
        let card = Self.graduated(.good)
        let onTime = Self.noon.addingTimeInterval(86_400 + 600)
        let next = Self.scheduler.preview(card, at: onTime)
        #expect(next.map(\.scheduledDays) == [1, 2, 3, 4])
        #expect(next.map { $0.ease ?? 0 } == [2.3, 2.35, 2.5, 2.65])
        #expect(next[0].phase == .relearning && next[0].lapses == 1)
    }

    @Test func aLateReviewEarnsCreditForTheDelay() {
        var card = Self.graduated(.good)
        card.scheduledDays = 10
        let tenDaysLate = Self.noon.addingTimeInterval(20 * 86_400)
        let good = Self.scheduler.preview(card, at: tenDaysLate)[2]
        #expect(good.scheduledDays == 37)  // (10 + 10/2) × 2.5
    }

    @Test func easeNeverFallsBelowTheMinimum() {
        var card = Self.graduated(.good)
        var rng = SplitMix64(seed: 2)
        var now = Self.noon
        for _ in 0..<20 {
            now += 2 * 86_400
            card = Self.scheduler.review(card, rating: .again, at: now, using: &rng)
            card = Self.scheduler.review(card, rating: .good, at: now.addingTimeInterval(600), using: &rng)
        }
        #expect(card.ease == 1.3)
        #expect(card.lapses == 20)
    }
}

struct ReplayTests {
    @Test func replayingAHistoryEqualsReviewingItStepByStepInTimeOrder() {
        let scheduler = FSRSScheduler(calendar: SchedulerBehaviourTests.calendar)
        let start = SchedulerBehaviourTests.noon
        let history: [(rating: Rating, time: Date)] = [
            (.good, start), (.good, start.addingTimeInterval(600)), (.hard, start.addingTimeInterval(3 * 86_400)),
            (.again, start.addingTimeInterval(9 * 86_400)), (.good, start.addingTimeInterval(9 * 86_400 + 600)),
        ]
        var stepwise = CardState()
        var rng = SplitMix64(seed: 4)
        for review in history { stepwise = scheduler.review(stepwise, rating: review.rating, at: review.time, using: &rng) }
        var replayRNG = SplitMix64(seed: 4)
        #expect(scheduler.replay(history.reversed(), using: &replayRNG) == stepwise)
        #expect(stepwise.lapses == 1 && stepwise.phase == .review && stepwise.reviews == 5)
    }
}
