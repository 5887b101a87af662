import Foundation
import PearlsCore
import Scheduling

/// What one journal event does to one card's state: the single rule that both a full rebuild and the
/// incremental update after each answer use, so that they always agree.
enum CardEventReplay {
    /// Applies an event of `kind` at `time` to `state`, tallying answers in `history`.
    ///
    /// Fuzz is drawn from a generator seeded by the event id's hash, so a card's due date depends only on
    /// its events, never on the order files were merged in or on what else was replayed.
    static func apply(
        kind: JournalEvent.Kind, rating: Rating?, counts: Bool, time: Date, idHash: UInt64,
        to state: inout CardState, scheduler: any SchedulingAlgorithm, leechThreshold: Int,
        answer: (card: CardID, milliseconds: Int, confidence: JournalEvent.Confidence?), history: inout ReviewHistory,
        adopted: CardState? = nil
    ) {
        switch kind {
        case .review:
            guard let rating else { return }
            // Two time zone lookups per answer, shared by the tally and the scheduler: on a million events,
            // each lookup saved is tens of milliseconds.
            let calendar = scheduler.calendar
            let day = calendar.day(of: time)
            let elapsed = state.lastReview.map { max(0, day - calendar.day(of: $0)) } ?? 0
            history.record(
                card: answer.card, rating: rating, confidence: answer.confidence, counts: counts,
                milliseconds: answer.milliseconds, day: day,
                before: state, predicted: counts ? scheduler.retrievability(of: state, elapsedDays: elapsed) : nil,
                elapsedDays: elapsed)
            guard counts else { return }
            var generator = SplitMix64(seed: idHash)
            let wasSuspended = state.isSuspended
            state = scheduler.review(state, rating: rating, at: time, elapsedDays: elapsed, using: &generator)
            state.isSuspended = wasSuspended
            state.markLeech(threshold: leechThreshold)
        case .suspend: state.suspend()
        case .unsuspend: state.unsuspend()
        case .bury: state.bury(on: scheduler.calendar.day(of: time))
        case .flag: state.isFlagged = true
        case .unflag: state.isFlagged = false
        case .reset: state.reset()
        case .state: if let adopted { state = adopted }
        case .teach, .setting, .undo, .remap, .unsupported: break
        }
    }
}
