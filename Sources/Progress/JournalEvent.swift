import PearlsCore
import Scheduling

/// One line of a learner's journal (`reviews.jsonl`): an answer, or something done to a card or the settings.
///
/// The journal is the truth about a learner; card states are what replaying it gives. Events are never
/// edited or removed: an undo is itself an event that names the event it voids. See docs/progress-format.md.
public struct JournalEvent: Sendable, Equatable {
    /// What happened.
    public enum Kind: String, Sendable, CaseIterable {
        /// The learner answered a card.
        case review
        case suspend, unsuspend, bury, flag, unflag
        /// The card's progress was forgotten: it is new again.
        case reset
        /// Voids the event named by `voids` (for example the last answer).
        case undo
        /// A teach-back point was marked understood or needing review.
        case teach
        /// A setting changed (`key`, `value`).
        case setting
        /// A card's id changed in its deck: progress recorded under `from` belongs to `card` from now on.
        case remap
        /// A kind (or a mode) this build does not know, written by a newer one: kept as written, skipped
        /// in replay.
        case unsupported
        /// The card's whole state (`state`), taken from a snapshot when the journal had lost its events
        /// (`pearls doctor --adopt-snapshot`); later events build on it.
        case state
    }

    /// How sure the learner said they were, before the answer was shown (`pearls study --confidence`).
    public enum Confidence: String, Sendable, CaseIterable {
        case sure, think, guess
    }

    /// The study mode an answer was given in.
    public enum Mode: String, Sendable, CaseIterable {
        case review, exam, teach, cram
    }

    /// Unique across every device and learner (see `EventIDs`).
    public var id: String
    public var kind: Kind
    /// When it happened, with the device's UTC offset.
    public var time: Timestamp
    /// The card it concerns (every kind but `setting` and `undo`).
    public var card: CardID?
    /// The deck the card was studied from.
    public var deck: String?
    /// The grade (reviews).
    public var rating: Rating?
    /// What the learner typed, as typed (reviews; empty when the answer was only revealed).
    public var answer: String?
    /// How long the learner took to answer, in milliseconds (reviews).
    public var responseMilliseconds: Int?
    /// The mode of the session (reviews).
    public var mode: Mode?
    /// Whether the answer moves the card's schedule: review answers do, exam and cram answers do not.
    public var counts: Bool?
    /// The version of the scheduler parameters the answer was scheduled with (reviews).
    public var parametersVersion: Int?
    /// The event an undo voids.
    public var voids: String?
    /// A teach-back mark: understood (`true`) or needs review (`false`).
    public var understood: Bool?
    /// A setting's key and new value, as `pearls config set` takes them.
    public var key: String?
    public var value: String?
    /// The card's previous id (remaps).
    public var from: CardID?
    /// What this build did not know in the line (a kind, a mode, a key), if anything.
    public var unknownContent: String?
    /// The line as read, kept when it holds something this build does not know, so that it is copied
    /// (by merge) as the newer build wrote it.
    public var verbatim: String?
    /// How sure the learner was before seeing the answer (reviews given with `--confidence`).
    public var confidence: Confidence?
    /// The card's whole state (`state` events).
    public var adoptedState: CardState?

    /// An event with only the fields every kind has; set the others as the kind needs.
    public init(id: String, kind: Kind, time: Timestamp, card: CardID? = nil) {
        self.id = id
        self.kind = kind
        self.time = time
        self.card = card
    }

    /// The longest response time a journal holds (about 24 days): a longer one is refused where it is
    /// read, so that tallies of a day's answers can never overflow.
    public static let maximumMilliseconds = Int(Int32.max)

    /// An answer to a card; the response time is capped at `maximumMilliseconds`.
    public static func review(
        id: String, time: Timestamp, card: CardID, deck: String, rating: Rating, answer: String,
        responseMilliseconds: Int, mode: Mode, counts: Bool, parametersVersion: Int = 1
    ) -> JournalEvent {
        var event = JournalEvent(id: id, kind: .review, time: time, card: card)
        event.deck = deck
        event.rating = rating
        event.answer = answer
        event.responseMilliseconds = min(max(0, responseMilliseconds), maximumMilliseconds)
        event.mode = mode
        event.counts = counts
        event.parametersVersion = parametersVersion
        return event
    }

    /// Whether this is an answer that moves the card's schedule.
    public var isCountedReview: Bool { kind == .review && counts == true }

    /// What is missing for the event's kind, if anything: a journal line that lacks it is rejected.
    public var missingField: String? {
        switch kind {
        case .review:
            if card == nil { return "card" }
            if rating == nil { return "rating" }
            if mode == nil { return "mode" }
            if counts == nil { return "counts" }
        case .suspend, .unsuspend, .bury, .flag, .unflag, .reset:
            if card == nil { return "card" }
        case .undo:
            if voids == nil { return "voids" }
        case .teach:
            if card == nil { return "card" }
            if understood == nil { return "understood" }
        case .setting:
            if key == nil { return "key" }
            if value == nil { return "value" }
        case .remap:
            if card == nil { return "card" }
            if from == nil { return "from" }
        case .unsupported: break
        case .state:
            if card == nil { return "card" }
            if adoptedState == nil { return "state" }
        }
        return nil
    }
}
