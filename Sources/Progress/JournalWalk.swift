import Foundation
import PearlsCore
import Scheduling

/// Replays a journal in the order of its lines, for outputs that follow the file (`export-log`): each
/// card event is handed out with the card's state just before it, as the full replay would give it,
/// while holding one card state per card instead of every event.
///
/// A first read gathers what changes history from afar (undos, settings, remaps) and finds the cards
/// whose events are not in `EventOrder` down the file (a merge appends another device's older answers).
/// Those few cards, and remapped ones, are replayed apart with `JournalReplayer`; every other card's
/// events are applied as the second read meets them. Lines a newer build wrote are skipped, as in a replay.
public enum JournalWalk {
    /// Calls `body` with each card event no undo voided, in file order, and the card's state before it.
    public static func forEachCardEvent(
        journal path: String, now: Date, deviceZone: TimeZone, _ body: (JournalEvent, _ before: CardState) -> Void
    ) throws(ProgressError) {
        let survey = try Survey(journal: path)
        let timeline = try SettingsTimeline(survey.settingChanges, voided: survey.voided, deviceZone: deviceZone)
        let apart = try survey.apartCards.isEmpty ? [:]
            : statesBefore(journal: path, cards: survey.apartCards, now: now, deviceZone: deviceZone)
        let nowMilliseconds = Int64((now.timeIntervalSince1970 * 1000).rounded())
        // One state per card, in a flat array sized once: a dictionary of states would double while growing.
        var states = [CardState](repeating: CardState(), count: survey.cardIndex.count)
        var history = ReviewHistory()  // the replay's tallies: not wanted here, but small (by day and card)
        var ordinal = -1
        _ = try JournalFile.read(path) { (event, _) throws(ProgressError) in
            ordinal += 1
            guard event.skipReason == nil, event.kind.isCardEvent, let card = event.card,
                  let index = survey.cardIndex[card].map(Int.init) else { return }
            if !survey.apartCards.isEmpty && survey.apartCards.contains(card) {
                if let before = apart[ordinal] { body(event, before) }
                return
            }
            let order = event.order
            guard !survey.voided.contains(order.idHash) else { return }
            body(event, states[index])
            let era = timeline.era(milliseconds: order.milliseconds, tie: order.tie, idHash: order.idHash)
            let milliseconds = min(order.milliseconds, nowMilliseconds)
            CardEventReplay.apply(
                kind: event.kind, rating: event.rating, counts: event.counts ?? false,
                time: Date(timeIntervalSince1970: Double(milliseconds) / 1000), idHash: order.idHash,
                to: &states[index], scheduler: timeline.schedulers[era], leechThreshold: timeline.leechThresholds[era],
                answer: (card, Int(Int32(clamping: event.responseMilliseconds ?? 0)), event.confidence),
                history: &history, adopted: event.kind == .state ? event.adoptedState : nil)
        }
    }

    /// The state before each event of `cards` (by the event's place in the file), from a full replay of
    /// those cards' events with every setting, undo and remap.
    private static func statesBefore(
        journal path: String, cards: Set<CardID>, now: Date, deviceZone: TimeZone
    ) throws(ProgressError) -> [Int: CardState] {
        var replayer = JournalReplayer()
        var fileOrdinals: [Int] = []  // by the replayer's ordinal
        var ordinal = -1
        _ = try JournalFile.read(path) { (event, line) throws(ProgressError) in
            ordinal += 1
            let wanted = switch event.kind {
            case .setting, .undo, .remap: true
            default: event.card.map(cards.contains) ?? false
            }
            guard wanted else { return }
            try replayer.add(event, path: path, line: line)
            fileOrdinals.append(ordinal)
        }
        var states: [Int: CardState] = [:]
        _ = try replayer.replay(now: now, deviceZone: deviceZone) { added, before in
            states[fileOrdinals[added]] = before
        }
        return states
    }
}

/// What the first read of `JournalWalk` gathers: small next to the journal.
private struct Survey {
    var voided: Set<UInt64> = []
    var settingChanges: [SettingsTimeline.Change] = []
    /// Cards out of order down the file, or named by a remap no undo voided.
    var apartCards: Set<CardID> = []
    /// Each card with events, numbered in the order of its first event.
    var cardIndex: [CardID: Int32] = [:]

    init(journal path: String) throws(ProgressError) {
        var latest: [EventOrder] = []  // by card number
        var remaps: [(idHash: UInt64, cards: [CardID])] = []
        _ = try JournalFile.read(path) { (event, _) throws(ProgressError) in
            guard event.skipReason == nil else { return }
            switch event.kind {
            case .undo:
                if let target = event.voids { voided.insert(StableHash.of(target)) }
            case .setting:
                guard let key = event.key, let value = event.value else { return }
                settingChanges.append(SettingsTimeline.Change(order: event.order, key: key, value: value))
            case .remap:
                remaps.append((StableHash.of(event.id), [event.from, event.card].compactMap { $0 }))
            default:
                guard event.kind.isCardEvent, let card = event.card else { return }
                let order = event.order
                guard let index = cardIndex[card].map(Int.init) else {
                    cardIndex[card] = Int32(latest.count)
                    latest.append(order)
                    return
                }
                if order < latest[index] {
                    apartCards.insert(card)
                } else {
                    latest[index] = order
                }
            }
        }
        for remap in remaps where !voided.contains(remap.idHash) { apartCards.formUnion(remap.cards) }
    }
}

extension JournalEvent.Kind {
    /// Whether an event of this kind changes one card's scheduling state (and names the card).
    var isCardEvent: Bool {
        switch self {
        case .review, .suspend, .unsuspend, .bury, .flag, .unflag, .reset, .state: true
        case .undo, .teach, .setting, .remap, .unsupported: false
        }
    }
}
