import Foundation
import PearlsCore
import Scheduling

/// A learner's progress as replaying the journal gives it: settings, each card's scheduling state, and
/// the latest teach-back mark of each card. The snapshot (`progress.json`) stores exactly this.
public struct ProgressState: Sendable, Equatable {
    public var settings = ProfileSettings()
    public var cards: [CardID: CardState] = [:]
    /// The latest teach-back mark of each card: understood (`true`) or needs review (`false`).
    public var teachMarks: [CardID: Bool] = [:]
    /// Answers tallied by day and elapsed time, for stats and reports.
    public var history = ReviewHistory()
    /// How many journal events are folded in.
    public var eventCount = 0
    /// The time of the event folded in that is latest in the total order (`EventOrder`).
    public var latest: Timestamp?
    /// That event's id: with `latest`, where the next event must come to extend the state.
    public var latestEventID: String?

    /// The earliest time of the events held back: stamped more than `futureTolerance` after the clock when
    /// they were read (a device whose clock is years off), counted but left out of progress until then.
    public var heldBack: Timestamp?

    /// How far ahead of the clock an event may be stamped and still count (as happening now): one day. A
    /// later one would otherwise keep every snapshot from being written until its time came.
    public static let futureTolerance: TimeInterval = 86_400

    /// The last millisecond, at `now`, of the events that count; later ones are held back.
    public static func holdBackLimit(at now: Date) -> Int64 {
        Int64(((now.timeIntervalSince1970 + futureTolerance) * 1000).rounded(.down))
    }

    /// Whether `event` is held back (stamped after `limit`); if it is, `earliest` keeps the earliest such time.
    static func holdsBack(_ event: JournalEvent, limit: Int64, earliest: inout Timestamp?) -> Bool {
        guard event.time.milliseconds > limit else { return false }
        if earliest.map({ event.time.milliseconds < $0.milliseconds }) ?? true { earliest = event.time }
        return true
    }

    /// The place in `EventOrder` of the latest event folded in.
    public var latestOrder: EventOrder? {
        guard let latest, let latestEventID else { return nil }
        return EventOrder(milliseconds: latest.milliseconds, id: latestEventID)
    }

    /// No progress: default settings and no cards.
    public init() {}

    /// The state of a card (new if it has no events).
    public subscript(card: CardID) -> CardState { cards[card] ?? CardState() }

    /// Folds one more event in, as a full replay would, and says whether it could.
    ///
    /// An undo, a remap, or an event that comes before the latest one folded in (in `EventOrder`, so in
    /// the same millisecond too) changes history rather than extending it: those return `false` and the
    /// caller rebuilds from the journal.
    public mutating func extend(with event: JournalEvent, now: Date, deviceZone: TimeZone) throws(ProgressError) -> Bool {
        if Self.holdsBack(event, limit: Self.holdBackLimit(at: now), earliest: &heldBack) {
            eventCount += 1
            return true
        }
        if let latest {
            guard event.time.milliseconds >= latest.milliseconds else { return false }
            if event.time.milliseconds == latest.milliseconds {
                guard let latestEventID,
                      EventOrder(milliseconds: latest.milliseconds, id: latestEventID) < event.order else { return false }
            }
        }
        let time = min(event.time.date, now)
        switch event.kind {
        case .undo, .remap:
            return false
        case .unsupported:
            break
        case .setting:
            guard let key = event.key, let value = event.value else { return false }
            if event.skipReason == nil { try settings.set(key, to: value) }
        case .teach:
            if let card = event.card { teachMarks[card] = event.understood }
        default:
            guard let card = event.card else { return false }
            var state = cards[card] ?? CardState()
            CardEventReplay.apply(
                kind: event.kind, rating: event.rating, counts: event.counts ?? false, time: time,
                idHash: StableHash.of(event.id), to: &state, scheduler: settings.scheduler(deviceZone: deviceZone),
                leechThreshold: settings.scheduling.leechThreshold,
                answer: (card, event.responseMilliseconds ?? 0, event.confidence), history: &history,
                adopted: event.adoptedState)
            // A card whose events leave it as new (exam answers, a reset) has no entry, as in a replay.
            cards[card] = state == CardState() ? nil : state
        }
        eventCount += 1
        (latest, latestEventID) = (event.time, event.id)
        return true
    }

    /// What the learner did on the study day of `now`: cards answered for the first time, other cards
    /// answered, and (through `note`) the notes touched, for the queue's daily limits and sibling burying;
    /// only cards `including` accepts (the cards of one deck) when given.
    public func studiedToday(at now: Date, calendar: StudyCalendar, including: ((CardID) -> Bool)? = nil,
                             note: (CardID) -> String?) -> StudiedToday {
        // Compare instants with the day's bounds, found once: turning each card's instants into days asks
        // the time zone database twice per card, which costs tens of milliseconds over 100,000 cards.
        let today = calendar.day(of: now)
        let (start, end) = (calendar.start(ofDay: today), calendar.start(ofDay: today + 1))
        var studied = StudiedToday()
        for (id, state) in cards {
            guard let last = state.lastReview, last >= start, last < end, including?(id) ?? true else { continue }
            if let first = state.firstReview, first >= start {
                studied.newCards += 1
            } else {
                studied.reviews += 1
            }
            if let note = note(id) { studied.notes.insert(note) }
        }
        return studied
    }
}
