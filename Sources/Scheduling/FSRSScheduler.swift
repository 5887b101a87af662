import Foundation
import PearlsCore

/// FSRS-6 scheduling with learning and relearning steps, as py-fsrs 6.x's `Scheduler` does it
/// (shared/reference/fsrs6.md §10), except that elapsed time is counted in the learner's study days
/// (local calendar days with a rollover hour), as Anki and fsrs-rs count it, not in whole 24-hour periods.
public struct FSRSScheduler: SchedulingAlgorithm, Equatable {
    public var model: FSRS
    public var settings: SchedulerSettings
    public var calendar: StudyCalendar

    /// A scheduler with the learner's parameters, settings and calendar.
    public init(model: FSRS = FSRS(), settings: SchedulerSettings = SchedulerSettings(), calendar: StudyCalendar) {
        self.model = model
        self.settings = settings
        self.calendar = calendar
    }

    public var withoutFuzz: FSRSScheduler {
        var copy = self
        copy.settings.fuzz = false
        return copy
    }

    public func retrievability(of card: CardState, elapsedDays: Int) -> Double? {
        guard let memory = card.memory, card.lastReview != nil else { return nil }
        return model.retrievability(elapsedDays: Double(elapsedDays), stability: memory.stability)
    }

    public func forgettingRank(of card: CardState, elapsedDays: Int) -> Double {
        guard let memory = card.memory, card.lastReview != nil else { return .infinity }
        let rank = model.forgettingRank(elapsedDays: Double(elapsedDays), stability: memory.stability)
        return rank.isNaN ? .infinity : rank
    }

    public func review<Generator: RandomNumberGenerator>(
        _ card: CardState, rating: Rating, at now: Date, using generator: inout Generator) -> CardState
    {
        let elapsed = card.lastReview.map { calendar.daysBetween($0, now) } ?? 0
        return review(card, rating: rating, at: now, elapsedDays: elapsed, using: &generator)
    }

    public func review<Generator: RandomNumberGenerator>(
        _ card: CardState, rating: Rating, at now: Date, elapsedDays elapsed: Int, using generator: inout Generator
    ) -> CardState {
        var next = card
        next.memory = model.nextState(card.memory, elapsedDays: elapsed, rating: rating)
        next.lastReview = now
        next.firstReview = card.firstReview ?? now
        next.reviews += 1

        switch card.phase {
        case .new, .learning:
            next.phase = .learning
            stepThrough(settings.learningSteps, card: &next, step: card.phase == .new ? 0 : card.step ?? 0,
                        rating: rating, at: now)
        case .relearning:
            stepThrough(settings.relearningSteps, card: &next, step: card.step ?? 0, rating: rating, at: now)
        case .review:
            if rating == .again {
                next.lapses += 1
                if !settings.relearningSteps.isEmpty {
                    next.phase = .relearning
                    next.step = 0
                    schedule(&next, afterSeconds: settings.relearningSteps[0], at: now)
                    break
                }
            }
            graduate(&next, at: now)
        }
        if next.phase == .review && settings.fuzz && next.scheduledDays > 0 {
            let days = IntervalFuzz.fuzzed(next.scheduledDays, maximumInterval: settings.maximumInterval,
                                           using: &generator)
            next.scheduledDays = days
            next.due = now.addingTimeInterval(Double(days) * 86_400)
        }
        return next
    }

    private func stepThrough(_ steps: [TimeInterval], card: inout CardState, step: Int, rating: Rating, at now: Date) {
        switch LearningSteps.advance(steps, from: step, rating: rating) {
        case .graduate:
            graduate(&card, at: now)
        case .wait(let step, let seconds):
            card.step = step
            schedule(&card, afterSeconds: seconds, at: now)
        }
    }

    private func schedule(_ card: inout CardState, afterSeconds wait: TimeInterval, at now: Date) {
        card.scheduledDays = 0
        card.due = now.addingTimeInterval(wait)
    }

    /// Into review, due after the interval at which recall falls to the desired retention.
    private func graduate(_ card: inout CardState, at now: Date) {
        card.phase = .review
        card.step = nil
        let stability = card.memory?.stability ?? model.parameters.w[2]
        let exact = model.interval(stability: stability, desiredRetention: settings.desiredRetention)
        let days = FSRS.wholeDays(exact, maximum: settings.maximumInterval)
        card.scheduledDays = days
        card.due = now.addingTimeInterval(Double(days) * 86_400)
    }
}
