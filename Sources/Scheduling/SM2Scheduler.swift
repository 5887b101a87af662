import Foundation
import PearlsCore

/// Anki's SM-2 variant, for learners who prefer it and for comparison: an ease factor per card
/// (2.5 to start, −0.20 on a lapse, −0.15 on Hard, +0.15 on Easy, never below 1.3) multiplies the
/// interval; Hard multiplies it by 1.2; Easy adds a 1.3 bonus; a late review gets credit for the delay.
/// Steps work as in FSRS; graduating gives 1 day (Good) or 4 days (Easy); a lapse restarts at 1 day.
public struct SM2Scheduler: SchedulingAlgorithm, Equatable {
    public var settings: SchedulerSettings
    public var calendar: StudyCalendar

    /// Anki's defaults.
    public var startingEase = 2.5
    public var minimumEase = 1.3
    public var hardMultiplier = 1.2
    public var easyBonus = 1.3
    public var graduatingInterval = 1
    public var easyInterval = 4

    /// A scheduler with the learner's settings and calendar.
    public init(settings: SchedulerSettings = SchedulerSettings(), calendar: StudyCalendar) {
        self.settings = settings
        self.calendar = calendar
    }

    public var withoutFuzz: SM2Scheduler {
        var copy = self
        copy.settings.fuzz = false
        return copy
    }

    /// SM-2 has no memory model; this estimates recall as 90 % after one full interval, decaying exponentially.
    public func retrievability(of card: CardState, elapsedDays: Int) -> Double? {
        guard card.lastReview != nil, card.phase != .new else { return nil }
        return pow(0.9, Double(elapsedDays) / Double(max(1, card.scheduledDays)))
    }

    /// Elapsed days over the interval: recall as estimated above falls as it rises.
    public func forgettingRank(of card: CardState, elapsedDays: Int) -> Double {
        guard card.lastReview != nil, card.phase != .new else { return .infinity }
        return Double(elapsedDays) / Double(max(1, card.scheduledDays))
    }

    public func review<Generator: RandomNumberGenerator>(
        _ card: CardState, rating: Rating, at now: Date, using generator: inout Generator) -> CardState
    {
        var next = card
        next.reviews += 1
        next.lastReview = now
        next.firstReview = card.firstReview ?? now
        switch card.phase {
        case .new, .learning:
            next.phase = .learning
            switch LearningSteps.advance(settings.learningSteps, from: card.phase == .new ? 0 : card.step ?? 0,
                                         rating: rating) {
            case .wait(let step, let seconds):
                next.step = step
                next.due = now.addingTimeInterval(seconds)
            case .graduate:
                next.ease = next.ease ?? startingEase
                setReview(&next, days: rating == .easy ? easyInterval : graduatingInterval, at: now,
                          using: &generator)
            }
        case .relearning:
            switch LearningSteps.advance(settings.relearningSteps, from: card.step ?? 0, rating: rating) {
            case .wait(let step, let seconds):
                next.step = step
                next.due = now.addingTimeInterval(seconds)
            case .graduate:
                setReview(&next, days: max(1, card.scheduledDays), at: now, using: &generator)
            }
        case .review:
            reviewDue(&next, rating: rating, previousReview: card.lastReview, at: now, using: &generator)
        }
        return next
    }

    private func reviewDue<Generator: RandomNumberGenerator>(
        _ card: inout CardState, rating: Rating, previousReview: Date?, at now: Date,
        using generator: inout Generator)
    {
        let ease = card.ease ?? startingEase
        let interval = Double(max(1, card.scheduledDays))
        let elapsed = previousReview.map { calendar.daysBetween($0, now) } ?? Int(interval)
        let delay = Double(max(0, elapsed - Int(interval)))
        let hard = constrained(interval * hardMultiplier, above: Int(interval))
        switch rating {
        case .again:
            card.lapses += 1
            card.ease = max(minimumEase, ease - 0.2)
            card.scheduledDays = 1
            if settings.relearningSteps.isEmpty {
                setReview(&card, days: 1, at: now, using: &generator)
            } else {
                card.phase = .relearning
                card.step = 0
                card.due = now.addingTimeInterval(settings.relearningSteps[0])
            }
        case .hard:
            card.ease = max(minimumEase, ease - 0.15)
            setReview(&card, days: hard, at: now, using: &generator)
        case .good:
            setReview(&card, days: constrained((interval + (delay / 2).rounded(.down)) * ease, above: hard),
                      at: now, using: &generator)
        case .easy:
            let good = constrained((interval + (delay / 2).rounded(.down)) * ease, above: hard)
            card.ease = ease + 0.15
            setReview(&card, days: constrained((interval + delay) * ease * easyBonus, above: good),
                      at: now, using: &generator)
        }
    }

    /// Anki's rule: at least one day more than the interval below it, at most the maximum.
    private func constrained(_ days: Double, above previous: Int) -> Int {
        min(max(Int(days), previous + 1, 1), settings.maximumInterval)
    }

    private func setReview<Generator: RandomNumberGenerator>(
        _ card: inout CardState, days: Int, at now: Date, using generator: inout Generator)
    {
        let fuzzed = settings.fuzz
            ? IntervalFuzz.fuzzed(days, maximumInterval: settings.maximumInterval, using: &generator) : days
        card.phase = .review
        card.step = nil
        card.scheduledDays = fuzzed
        card.due = now.addingTimeInterval(Double(fuzzed) * 86_400)
    }
}
