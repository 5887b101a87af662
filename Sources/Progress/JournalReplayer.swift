import Foundation
import PearlsCore
import Scheduling

/// Rebuilds progress from a whole journal: gathers events in any order, then replays each card's events
/// in the total order of `EventOrder` with the settings in force at each event.
///
/// Events are kept in a compact form (40 bytes each, card ids interned), so a million-event journal
/// replays in well under the memory of the journal file itself.
public struct JournalReplayer {
    private struct Compact {
        var milliseconds: Int64
        var tie: UInt64
        var idHash: UInt64
        var card: Int32
        /// The event's place among the events added, for `replay(observe:)`.
        var ordinal: Int32
        /// How long the answer took, in milliseconds (capped at Int32.max).
        var responseMilliseconds: Int32
        var kind: JournalEvent.Kind
        var rating: Rating?
        var counts: Bool
        var confidence: JournalEvent.Confidence?
    }

    private var cardIndex: [CardID: Int32] = [:]
    private var cardIDs: [CardID] = []
    private var events: [Compact] = []
    private var settingChanges: [SettingsTimeline.Change] = []
    private var remaps: [(order: EventOrder, from: Int32, to: Int32)] = []
    private var teach: [(order: EventOrder, card: Int32, understood: Bool)] = []
    private var voided: Set<UInt64> = []
    /// The states of `state` events, by the event's ordinal (kept apart so that `Compact` stays small).
    private var adoptedStates: [Int32: CardState] = [:]
    /// The first line of each event id, to reject duplicates.
    private var seenIDs = EventKeyTable()
    /// How many events were added.
    public private(set) var count = 0
    /// The time of the event latest in the total order.
    public private(set) var latest: Timestamp?
    private var latestOrder: EventOrder?
    private var latestEventID: String?
    /// Lines kept in the journal but skipped: what a newer build wrote, settings this build rejects.
    public private(set) var skipped = SkippedEvents()
    /// Events are held back after this millisecond (see `ProgressState.heldBack`).
    private let holdBackLimit: Int64
    private var heldBack: Timestamp?

    /// A replayer with room for about `expectedEvents` (from the journal's size, say), so that its tables
    /// need not grow step by step while a large journal is read; events stamped more than
    /// `ProgressState.futureTolerance` after `now` are counted and held back.
    ///
    /// The table of ids takes that room only once 32,768 ids are in (before, it is 1.5 MB): one 1 GB line
    /// makes a journal look like five million events, and a table sized for those took 400 MB before the
    /// line was even reached. The list of events is only reserved, which uses no memory until written.
    public init(expectedEvents: Int = 0, now: Date? = nil) {
        holdBackLimit = now.map(ProgressState.holdBackLimit(at:)) ?? .max
        let expected = max(0, min(expectedEvents, 1 << 26))
        seenIDs = EventKeyTable(expectedBits: Int.bitWidth - (expected * 2 + 1).leadingZeroBitCount)
        events.reserveCapacity(expected)
    }

    /// Adds an event read from `path` at `line`, rejecting a repeated id; an event this build cannot apply
    /// (see `JournalEvent.skipReason`) is counted and noted but changes nothing.
    public mutating func add(_ event: JournalEvent, path: String, line: Int) throws(ProgressError) {
        let key = EventKey(event.id)
        let idHash = key.first
        if let first = seenIDs.insert(key, line: line) {
            throw .duplicateEventID(path: path, line: line, firstLine: first, id: event.id)
        }
        count += 1
        if ProgressState.holdsBack(event, limit: holdBackLimit, earliest: &heldBack) { return }
        let order = EventOrder(milliseconds: event.time.milliseconds, id: event.id, idHash: idHash)
        if latestOrder.map({ $0 < order }) ?? true {
            (latest, latestOrder, latestEventID) = (event.time, order, event.id)
        }
        if let reason = event.skipReason {
            skipped.note(reason, line: line, field: event.skipField)
            return
        }
        switch event.kind {
        case .undo:
            if let target = event.voids { voided.insert(StableHash.of(target)) }
        case .setting:
            guard let key = event.key, let value = event.value else { return }
            settingChanges.append(SettingsTimeline.Change(order: order, key: key, value: value))
        case .remap:
            guard let from = event.from, let card = event.card else { return }
            remaps.append((order, intern(from), intern(card)))
        case .teach:
            guard let card = event.card, let understood = event.understood else { return }
            teach.append((order, intern(card), understood))
        case .unsupported:
            return
        default:
            guard let card = event.card else { return }
            let response = Int32(clamping: event.responseMilliseconds ?? 0)
            if let adopted = event.adoptedState { adoptedStates[Int32(clamping: count - 1)] = adopted }
            events.append(Compact(milliseconds: event.time.milliseconds, tie: order.tie, idHash: idHash, card: intern(card),
                                  ordinal: Int32(clamping: count - 1), responseMilliseconds: response,
                                  kind: event.kind, rating: event.rating, counts: event.counts ?? false,
                                  confidence: event.confidence))
        }
    }

    private mutating func intern(_ card: CardID) -> Int32 {
        if let index = cardIndex[card] { return index }
        let index = Int32(cardIDs.count)
        cardIndex[card] = index
        cardIDs.append(card)
        return index
    }

    /// Replays everything. Events later than `now` (a device with a fast clock) count as happening now.
    ///
    /// `observe`, if given, sees each card event as it is applied: the event's place among the events
    /// added (0 for the first `add`) and the card's state just before it.
    public func replay(
        now: Date, deviceZone: TimeZone, observe: ((_ ordinal: Int, _ before: CardState) -> Void)? = nil
    ) throws(ProgressError) -> ProgressState {
        var state = ProgressState()
        state.eventCount = count
        state.latest = latest
        state.latestEventID = latestEventID
        state.heldBack = heldBack

        let timeline = try SettingsTimeline(settingChanges, voided: voided, deviceZone: deviceZone)
        state.settings = timeline.latest

        // A remapped card's events belong to its new id (chains followed, cycles cut).
        var target = Array(0..<Int32(cardIDs.count))
        for remap in remaps.sorted(by: { $0.order < $1.order }) where !voided.contains(remap.order.idHash) {
            var destination = remap.to
            var hops = 0
            while target[Int(destination)] != destination && hops < cardIDs.count {
                destination = target[Int(destination)]
                hops += 1
            }
            if destination != remap.from { target[Int(remap.from)] = destination }
        }
        func resolve(_ card: Int32) -> Int32 {
            var card = card
            var hops = 0
            while target[Int(card)] != card && hops < cardIDs.count {
                card = target[Int(card)]
                hops += 1
            }
            return card
        }

        let nowMilliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded())
        var ordered = events.filter { !voided.contains($0.idHash) }
        for index in ordered.indices { ordered[index].card = resolve(ordered[index].card) }
        ordered.sort { ($0.card, $0.milliseconds, $0.tie, $0.idHash) < ($1.card, $1.milliseconds, $1.tie, $1.idHash) }

        var cards: [CardID: CardState] = [:]
        cards.reserveCapacity(cardIDs.count)
        var history = ReviewHistory()
        var index = 0
        while index < ordered.count {
            let card = ordered[index].card
            var cardState = CardState()
            while index < ordered.count && ordered[index].card == card {
                let event = ordered[index]
                let milliseconds = min(event.milliseconds, nowMilliseconds)
                let era = timeline.era(milliseconds: event.milliseconds, tie: event.tie, idHash: event.idHash)
                observe?(Int(event.ordinal), cardState)
                CardEventReplay.apply(
                    kind: event.kind, rating: event.rating, counts: event.counts,
                    time: Date(timeIntervalSince1970: Double(milliseconds) / 1000), idHash: event.idHash,
                    to: &cardState, scheduler: timeline.schedulers[era], leechThreshold: timeline.leechThresholds[era],
                    answer: (cardIDs[Int(card)], Int(event.responseMilliseconds), event.confidence), history: &history,
                    adopted: event.kind == .state ? adoptedStates[event.ordinal] : nil)
                index += 1
            }
            if cardState != CardState() { cards[cardIDs[Int(card)]] = cardState }
        }
        state.cards = cards
        state.history = history

        for mark in teach.sorted(by: { $0.order < $1.order }) where !voided.contains(mark.order.idHash) {
            state.teachMarks[cardIDs[Int(resolve(mark.card))]] = mark.understood
        }
        return state
    }
}
