import Foundation
import PearlsCore

extension StudySession {
    /// Seconds left of an exam's time limit at `now` (never below zero); `nil` without a limit.
    public func timeLeft(at now: Date) -> TimeInterval? {
        configuration.timeLimit.map { max(0, $0 - now.timeIntervalSince(startedAt)) }
    }

    /// Whether an exam's time limit has passed at `now`.
    func isOutOfTime(at now: Date) -> Bool {
        timeLeft(at: now) == 0
    }

    /// Ends the session. For an exam, every question drawn but not answered (time ran out, skipped, or the
    /// session was left) counts as wrong: no points out of its possible ones, and it is listed in
    /// `summary.unanswered`. Ending twice counts nothing twice.
    public mutating func end(at now: Date) {
        guard configuration.mode == .exam, !examEnded else { return }
        examEnded = true
        let answered = Set(undoable.map(\.card))
        for id in examDrawn where !answered.contains(id) {
            guard let card = card(id) else { continue }
            let (_, possible) = Self.examPoints(.revealed, card: card)
            addExamScore(0, possible: possible, card: card)
            summary.unanswered.append(id)
        }
    }

    /// Counts exam points towards the total and the card's topic.
    mutating func addExamScore(_ points: Int, possible: Int, card: Card) {
        summary.points += points
        summary.possiblePoints += possible
        let topic = card.topic.isEmpty ? "(no topic)" : card.topic
        summary.topics[topic, default: .init()].points += points
        summary.topics[topic, default: .init()].possible += possible
    }

    /// Exam points: NCLEX scores select-all-that-apply per option (+1 right, -1 wrong, floor 0) out of the
    /// number of correct options; "name any N" one point an item named, out of N; other items score 1 or 0.
    static func examPoints(_ verdict: AnswerVerdict, card: Card) -> (Int, Int) {
        let possible = card.type == .sata ? (card.correct?.count ?? 1) : (card.needed ?? 1)
        switch verdict {
        case .right, .unitMissing: return (possible, possible)
        case .partial(let score, _, _, _): return (score, possible)
        case .wrong, .confused, .revealed: return (0, possible)
        }
    }
}
