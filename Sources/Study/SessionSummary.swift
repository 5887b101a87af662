import PearlsCore

/// What a session did, for the summary printed at its end and for `:stats`.
public struct SessionSummary: Sendable, Equatable {
    /// Answers recorded (reviews, exam questions, cram answers).
    public var answered = 0
    public var right = 0
    public var partial = 0
    public var wrong = 0
    /// Answers revealed without being typed.
    public var revealed = 0
    /// How many answers got each grade.
    public var grades: [Rating: Int] = [:]
    /// Exam points scored and possible (NCLEX scoring: select-all-that-apply items score per option).
    public var points = 0
    public var possiblePoints = 0
    /// Exam results per topic.
    public var topics: [String: Score] = [:]
    /// Answers the learner was sure of that were rated Again: the dangerous ones, listed first.
    public var sureButWrong: [StudySession.Marking] = []
    /// Exam answers that were not fully right, in the order given.
    public var misses: [StudySession.Marking] = []
    /// Exam questions drawn but never answered (time ran out, skipped, or the session was left); each
    /// counts as wrong.
    public var unanswered: [CardID] = []
    /// Whether the exam's time ran out before every question was asked.
    public var timedOut = false
    /// Teach-back points marked understood, and those that need review (card ids, in order).
    public var understood: [CardID] = []
    public var needsReview: [CardID] = []

    public init() {}

    /// Points scored out of points possible.
    public struct Score: Sendable, Equatable {
        public var points = 0
        public var possible = 0
    }

    /// Counts one marked answer (and its grade, if it has one) in or out (`sign` -1 for an undo).
    mutating func count(_ verdict: AnswerVerdict, grade: Rating?, sign: Int = 1) {
        answered += sign
        switch verdict {
        case .right: right += sign
        case .partial, .unitMissing: partial += sign
        case .wrong, .confused: wrong += sign
        case .revealed: revealed += sign
        }
        if let grade { grades[grade, default: 0] += sign }
    }
}
