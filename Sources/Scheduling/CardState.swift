import Foundation

/// Where a card is in its life: never seen, in learning steps, in review, or relearning after a lapse.
public enum CardPhase: String, Sendable, Codable, CaseIterable {
    case new, learning, review, relearning
}

/// Everything the scheduler knows about one card for one learner: what replaying its journal gives.
public struct CardState: Sendable, Equatable, Codable {
    public var phase: CardPhase = .new
    /// The learning or relearning step the card is on; `nil` outside steps.
    public var step: Int?
    /// The FSRS memory; `nil` before the first review (and for SM-2 cards never reviewed).
    public var memory: MemoryState?
    /// When the card is next due: an instant for steps, and for reviews the day that instant falls on.
    public var due: Date?
    public var lastReview: Date?
    /// When the card was first answered (so a day's new cards can be counted from states alone).
    public var firstReview: Date?
    /// The interval last scheduled, in days (0 while in steps).
    public var scheduledDays: Int = 0
    /// SM-2's ease factor (2.5 to start); unused by FSRS.
    public var ease: Double?
    public var reviews: Int = 0
    public var lapses: Int = 0
    public var isSuspended = false
    public var isFlagged = false
    /// Whether the card has lapsed often enough to be a leech (it is suspended when it becomes one).
    public var isLeech = false
    /// Buried cards are left out of queues before this study day.
    public var buriedUntilDay: Int?

    /// A card never reviewed.
    public init() {}

    /// Suspends the card: no queue shows it until it is unsuspended.
    public mutating func suspend() { isSuspended = true }

    /// Lets a suspended card back into queues (a leech stays marked as one).
    public mutating func unsuspend() { isSuspended = false }

    /// Hides the card until the study day after `day`.
    public mutating func bury(on day: Int) { buriedUntilDay = day + 1 }

    /// Moves the due date, keeping the memory: a review card becomes due on `date`'s study day.
    public mutating func reschedule(dueAt date: Date) {
        due = date
        if phase == .new { phase = .review }
    }

    /// Forgets all progress: the card is new again (suspension and flags are kept).
    public mutating func reset() {
        let kept = (isSuspended, isFlagged)
        self = CardState()
        (isSuspended, isFlagged) = kept
    }
}
