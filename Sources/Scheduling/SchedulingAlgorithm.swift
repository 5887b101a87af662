import Foundation
import PearlsCore

/// A spaced-repetition algorithm: FSRS-6 or SM-2, chosen by the learner.
///
/// Implementations are pure values: the instant, the calendar and the random source are passed in.
public protocol SchedulingAlgorithm: Sendable {
    /// The state after the learner rates the card at `now`. Randomness is used only for interval fuzz.
    func review<Generator: RandomNumberGenerator>(
        _ card: CardState, rating: Rating, at now: Date, using generator: inout Generator) -> CardState

    /// The same, for a caller that already knows the study days since the card's last review (0 for a new
    /// card): replaying a million events, each time zone lookup saved counts.
    func review<Generator: RandomNumberGenerator>(
        _ card: CardState, rating: Rating, at now: Date, elapsedDays: Int, using generator: inout Generator) -> CardState

    /// The estimated probability that the learner recalls the card `elapsedDays` study days after its
    /// last review; `nil` for a new card.
    func retrievability(of card: CardState, elapsedDays: Int) -> Double?

    /// How close to forgotten the card is: a higher number for a lower `retrievability`, equal numbers for
    /// equal recall, and the highest for a card without one. The queue sorts by it; an algorithm can give
    /// something cheaper to compute than recall itself.
    func forgettingRank(of card: CardState, elapsedDays: Int) -> Double

    /// The calendar that turns instants into study days.
    var calendar: StudyCalendar { get }

    /// The learner's settings.
    var settings: SchedulerSettings { get }

    /// The same scheduler with fuzz switched off, for previews and reference comparisons.
    var withoutFuzz: Self { get }
}

extension SchedulingAlgorithm {
    public func forgettingRank(of card: CardState, elapsedDays: Int) -> Double {
        -(retrievability(of: card, elapsedDays: elapsedDays) ?? 0)
    }

    public func review<Generator: RandomNumberGenerator>(
        _ card: CardState, rating: Rating, at now: Date, elapsedDays: Int, using generator: inout Generator) -> CardState
    {
        review(card, rating: rating, at: now, using: &generator)
    }

    /// The estimated probability that the learner recalls the card at `now`; `nil` for a new card.
    public func retrievability(of card: CardState, at now: Date) -> Double? {
        guard let last = card.lastReview else { return nil }
        return retrievability(of: card, elapsedDays: calendar.daysBetween(last, now))
    }

    /// What each rating would do, without fuzz: the four next states, Again first.
    public func preview(_ card: CardState, at now: Date) -> [CardState] {
        let exact = withoutFuzz
        var unused = SplitMix64(seed: 0)
        return Rating.allCases.map { exact.review(card, rating: $0, at: now, using: &unused) }
    }

    /// The state a card reaches after its review history, replayed from new in time order.
    ///
    /// This is how a card's state is rebuilt from the progress journal; the generator drives fuzz, so
    /// replaying with the same seed gives the same due dates.
    public func replay<Generator: RandomNumberGenerator>(
        _ reviews: some Sequence<(rating: Rating, time: Date)>, using generator: inout Generator) -> CardState
    {
        reviews.sorted { $0.time < $1.time }.reduce(into: CardState()) { card, review in
            card = self.review(card, rating: review.rating, at: review.time, using: &generator)
        }
    }

    /// "Again 10m · Hard 2d · Good 4d · Easy 9d": when each rating would bring the card back.
    public func previewText(_ card: CardState, at now: Date) -> String {
        zip(Rating.allCases, preview(card, at: now)).map { rating, next in
            "\(rating) " + IntervalText.describe(seconds: (next.due ?? now).timeIntervalSince(now))
        }.joined(separator: " · ")
    }

    /// Whether the card belongs in a queue at `now`: steps are due by the minute, reviews by the study day.
    public func isDue(_ card: CardState, at now: Date) -> Bool {
        guard let due = card.due else { return false }
        switch card.phase {
        case .new: return false
        case .learning, .relearning: return due <= now
        case .review: return calendar.day(of: due) <= calendar.day(of: now)
        }
    }
}
