import Foundation
import PearlsCore
import Scheduling

extension ProgressState {
    /// What folding in one card event changed (the card's state and the tallies before it), so that an undo
    /// of that event, while it is still the latest, needs no replay of the journal.
    struct UndoPoint {
        let eventID: String
        let card: CardID
        let stateBefore: CardState?
        let history: ReviewHistory
    }

    /// The undo point of `event` in this state, taken before `event` is folded in; `nil` for an event that
    /// changes more than one card's state and the tallies (settings, teach-back marks, remaps, undos).
    func undoPoint(before event: JournalEvent) -> UndoPoint? {
        switch event.kind {
        case .undo, .setting, .teach, .remap, .unsupported: return nil
        default:
            guard let card = event.card else { return nil }
            return UndoPoint(eventID: event.id, card: card, stateBefore: cards[card], history: history)
        }
    }

    /// Folds in `undo` by restoring `point`, if `undo` voids the event `point` was taken before and comes
    /// after the latest event in the order of events; says whether it could (otherwise the caller folds it
    /// in as any other event, which means a replay). The caller vouches that every event folded in since
    /// that one was an undo restored this way, so that the state is the one `point` was taken from.
    mutating func undo(_ undo: JournalEvent, restoring point: UndoPoint, now: Date) -> Bool {
        guard undo.kind == .undo, undo.voids == point.eventID,
              let latestOrder, latestOrder < undo.order, undo.time.date <= now else { return false }
        cards[point.card] = point.stateBefore
        history = point.history
        eventCount += 1
        (latest, latestEventID) = (undo.time, undo.id)
        return true
    }
}
