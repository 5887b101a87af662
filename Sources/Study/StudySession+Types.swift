import Foundation
import PearlsCore
import Progress

extension StudySession {
    /// How the session was asked for.
    public struct Configuration: Sendable {
        public var mode: StudyMode = .review
        /// Only cards whose topic contains this text (any case); `nil` for all.
        public var topic: String?
        /// Exam questions to draw.
        public var examQuestions = 10
        /// An exam's time limit in seconds; questions after it are not asked, and answers after it not scored.
        public var timeLimit: TimeInterval?
        /// Whether exam and cram answers move the schedule (normally they do not).
        public var countsForScheduling = false
        /// Whether choice options are shown in a fresh random order each time (`--no-shuffle` turns it off; a card
        /// that keeps its order, such as true/false or a scale, is never shuffled).
        public var shufflesOptions = true
        /// Whether the learner says how sure they are (sure, think, guess) before each answer is shown.
        public var asksConfidence = false
        /// Learning cards due within this many seconds are shown early when nothing else is left (Anki: 20 min).
        public var learnAhead: TimeInterval = 1200

        public init(mode: StudyMode = .review, topic: String? = nil) {
            self.mode = mode
            self.topic = topic
        }
    }

    /// Where the session is.
    public enum Phase: Sendable, Equatable {
        /// Waiting for the answer to a card.
        case question(CardID)
        /// The answer is marked but not shown; waiting for how sure the learner is (`asksConfidence`).
        case confidence(CardID)
        /// The answer is marked; waiting for the grade (review and cram).
        case grading(CardID)
        /// Waiting for the nurse's teach-back mark (teach mode).
        case teaching(CardID)
        case finished
    }

    /// A marked answer.
    public struct Marking: Sendable, Equatable {
        public var card: CardID
        public var typed: String
        public var verdict: AnswerVerdict
        public var proposed: Rating
        public var responseMilliseconds: Int
        /// The order the options were shown in (`order[i]` is the deck index of the option lettered i), or
        /// `nil` when shown as written.
        public var order: [Int]? = nil
        /// For choice items, the options chosen, as deck indices.
        public var chosen: [Int]? = nil
        /// How sure the learner said they were, when asked.
        public var confidence: JournalEvent.Confidence? = nil

        /// What the journal keeps: for choice items the chosen options' letters in the deck's own order (so a
        /// shuffled "a" is recorded as the option it named), else the text as typed.
        var journalAnswer: String {
            guard let chosen else { return typed }
            return chosen.sorted().map(Card.optionLetter).joined(separator: " ")
        }
    }

    /// What a command asks the terminal to do.
    public enum CommandOutcome: Sendable, Equatable {
        case message(String)
        /// Open `file` at `line` in the editor.
        case edit(file: String, line: Int)
        case quit
    }
}
