import Foundation
import PearlsCore

/// The cards a study session shows now, in order: due learning cards, then due reviews, then new cards.
public struct StudyQueue: Sendable, Equatable {
    /// Learning and relearning cards whose step is due, earliest first.
    public var learning: [CardID] = []
    /// Review cards due today or earlier, lowest predicted recall first (ties: earlier due, then id).
    public var reviews: [CardID] = []
    /// New cards in deck order, within the day's new-card limit.
    public var new: [CardID] = []

    /// Every card in the order to show them.
    public var all: [CardID] { learning + reviews + new }

    /// Creates a queue.
    public init(learning: [CardID] = [], reviews: [CardID] = [], new: [CardID] = []) {
        self.learning = learning
        self.reviews = reviews
        self.new = new
    }
}

/// Daily limits, as in Anki's deck options.
public struct QueueLimits: Sendable, Equatable, Codable {
    public var newPerDay: Int = 20
    public var reviewsPerDay: Int = 200

    /// Anki's defaults: 20 new cards and 200 reviews a day.
    public init(newPerDay: Int = 20, reviewsPerDay: Int = 200) {
        self.newPerDay = newPerDay
        self.reviewsPerDay = reviewsPerDay
    }
}

/// One card as the queue sees it: its id, the note it belongs to (siblings share one), and its state.
public struct QueueCandidate: Sendable, Equatable {
    public var id: CardID
    public var note: String?
    public var state: CardState

    public init(id: CardID, note: String?, state: CardState) {
        self.id = id
        self.note = note
        self.state = state
    }
}

/// What the learner has already done today, which the limits and sibling burying take into account.
public struct StudiedToday: Sendable, Equatable {
    public var newCards = 0
    public var reviews = 0
    /// Notes with a card already studied today: their other cards wait for another day.
    public var notes: Set<String> = []

    public init(newCards: Int = 0, reviews: Int = 0, notes: Set<String> = []) {
        self.newCards = newCards
        self.reviews = reviews
        self.notes = notes
    }
}

extension SchedulingAlgorithm {
    /// Builds the queue at `now` from candidates in deck order.
    ///
    /// Suspended cards and cards buried until a later day are left out. Of the cards of one note, at most
    /// one review or new card is shown a day (siblings are buried until the next day); learning cards are
    /// always shown. Reviews are ordered by lowest retrievability first, so the most at-risk memories come
    /// first when the daily limit cuts the list.
    public func buildQueue(_ candidates: [QueueCandidate], at now: Date, limits: QueueLimits = QueueLimits(),
                           studiedToday: StudiedToday = StudiedToday()) -> StudyQueue {
        let calendar = calendar
        let today = calendar.day(of: now)
        let tomorrow = calendar.start(ofDay: today + 1)
        var takenNotes = studiedToday.notes
        var learning: [(due: Date, id: CardID)] = []
        var reviews = DueReviews()
        reviews.reserveCapacity(candidates.count)
        var new: [Int] = []
        // Fields are read in place: copying each 160-byte state out was a tenth of the whole build.
        for index in candidates.indices {
            if candidates[index].state.isSuspended { continue }
            if let buried = candidates[index].state.buriedUntilDay, buried > today { continue }
            switch candidates[index].state.phase {
            case .learning, .relearning:
                guard let due = candidates[index].state.due, due <= now else { continue }
                learning.append((due, candidates[index].id))
                if let note = candidates[index].note { takenNotes.insert(note) }
            case .review:
                guard let due = candidates[index].state.due, due < tomorrow else { continue }
                let elapsed = candidates[index].state.lastReview.map { max(0, today - calendar.day(of: $0)) } ?? 0
                reviews.append(rank: forgettingRank(of: candidates[index].state, elapsedDays: elapsed),
                               due: due.timeIntervalSince1970, candidate: index)
            case .new:
                new.append(index)
            }
        }
        learning.sort { ($0.due, $0.id) < ($1.due, $1.id) }

        var queue = StudyQueue(learning: learning.map(\.id))
        let reviewRoom = max(0, limits.reviewsPerDay - studiedToday.reviews)
        var newRoom = max(0, limits.newPerDay - studiedToday.newCards)
        takenNotes.reserveCapacity(takenNotes.count + min(reviews.count, reviewRoom) + min(new.count, newRoom))
        queue.reviews = reviews.take(reviewRoom, of: candidates, takenNotes: &takenNotes)
        for index in new where newRoom > 0 {
            if let note = candidates[index].note, !takenNotes.insert(note).inserted { continue }
            queue.new.append(candidates[index].id)
            newRoom -= 1
        }
        return queue
    }
}

extension CardState {
    /// Marks the card a leech and suspends it when its lapses reach `threshold`, as Anki does.
    ///
    /// - Returns: whether the card became a leech just now.
    @discardableResult
    public mutating func markLeech(threshold: Int) -> Bool {
        guard threshold > 0, lapses >= threshold, !isLeech else { return false }
        isLeech = true
        isSuspended = true
        return true
    }
}
