import Foundation
import PearlsCore
import Progress
import Scheduling

/// The review queue of a session over several decks.
extension StudySession {
    /// The review queue over `cards` (in deck order): learning and review cards of every deck first, then
    /// new cards deck by deck. The daily new-card limit applies to each deck, as in Anki, and the setting
    /// `new-per-day-all-decks` caps them all together.
    public static func reviewQueue(_ cards: [Card], deckOf: [CardID: String], decks: [String], store: ProgressStore,
                                   at now: Date) -> StudyQueue {
        let scheduler = store.scheduler
        let settings = store.state.settings
        let notes = Dictionary(cards.map { ($0.id, $0.note) }, uniquingKeysWith: { first, _ in first })
        let candidates = cards.map { QueueCandidate(id: $0.id, note: $0.note, state: store.state[$0.id]) }
        let deckIDs = decks.filter { deck in cards.contains { deckOf[$0.id] == deck } }
        guard deckIDs.count > 1 || settings.newPerDayAllDecks != nil else {
            let today = store.state.studiedToday(at: now, calendar: store.calendar) { notes[$0] ?? nil }
            return scheduler.buildQueue(candidates, at: now, limits: settings.limits, studiedToday: today)
        }
        var queue = StudyQueue()
        var newRoom = Int.max
        if let cap = settings.newPerDayAllDecks {
            let today = store.state.studiedToday(at: now, calendar: store.calendar) { notes[$0] ?? nil }
            newRoom = max(0, cap - today.newCards)
        }
        for deck in deckIDs {
            let inDeck = candidates.filter { deckOf[$0.id] == deck }
            let members = Set(inDeck.map(\.id))
            let today = store.state.studiedToday(at: now, calendar: store.calendar, including: { members.contains($0) }) {
                notes[$0] ?? nil
            }
            let built = scheduler.buildQueue(inDeck, at: now, limits: settings.limits, studiedToday: today)
            queue.learning += built.learning
            queue.reviews += built.reviews
            queue.new += built.new.prefix(newRoom)
            newRoom -= min(newRoom, built.new.count)
        }
        queue.learning.sort { (store.state[$0].due ?? now, $0) < (store.state[$1].due ?? now, $1) }
        return queue
    }
}
