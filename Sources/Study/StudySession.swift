import Foundation
import PearlsCore
import Progress
import Scheduling

/// A study session as a state machine: it is fed answers, grades, marks and commands with the instant
/// each happened, and it records what the learner did through the progress store. It knows nothing of
/// terminals, so every behaviour is tested with scripted events and a fixed clock.
///
/// A struct holding the store (a class that owns the journal); every mutation goes through `mutating` methods.
public struct StudySession {
    /// How the session was asked for.
    public struct Configuration: Sendable {
        public var mode: StudyMode = .review
        /// Only cards whose topic contains this text (any case); `nil` for all.
        public var topic: String?
        /// Exam questions to draw.
        public var examQuestions = 10
        /// An exam's time limit in seconds; questions after it are not asked.
        public var timeLimit: TimeInterval?
        /// Whether exam and cram answers move the schedule (normally they do not).
        public var countsForScheduling = false
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
    }

    /// What a command asks the terminal to do.
    public enum CommandOutcome: Sendable, Equatable {
        case message(String)
        /// Open `file` at `line` in the editor.
        case edit(file: String, line: Int)
        case quit
    }

    public let configuration: Configuration
    public let startedAt: Date
    public private(set) var phase: Phase = .finished
    /// The last marked answer (shown while grading, and after an exam answer).
    public private(set) var marking: Marking?
    public private(set) var summary = SessionSummary()

    private let store: ProgressStore
    private let cards: [CardID: Card]
    private let deckOfCard: [CardID: String]
    private let checkers: [String: AnswerCheck]
    private var queue: [CardID] = []
    private var newCards: Set<CardID> = []
    private var learningLater: [(due: Date, card: CardID)] = []
    private var shownAt: Date
    private var ids: EventIDs
    private var undoable: [(eventID: String, card: CardID, verdict: AnswerVerdict, grade: Rating?)] = []

    /// Starts a session on `decks` (the first deck wins when two use one card id).
    public init(
        decks: [Deck], store: ProgressStore, configuration: Configuration = Configuration(), at now: Date,
        using generator: inout some RandomNumberGenerator
    ) {
        self.store = store
        self.configuration = configuration
        startedAt = now
        shownAt = now
        ids = EventIDs(using: &generator, after: store.lastEventID)
        var cards: [CardID: Card] = [:]
        var deckOfCard: [CardID: String] = [:]
        var ordered: [Card] = []
        var checkers: [String: AnswerCheck] = [:]
        for deck in decks {
            checkers[deck.id] = AnswerCheck(abbreviations: deck.abbreviations)
            for card in deck.cards where cards[card.id] == nil {
                if let topic = configuration.topic, !card.topic.localizedCaseInsensitiveContains(topic) { continue }
                cards[card.id] = card
                deckOfCard[card.id] = deck.id
                ordered.append(card)
            }
        }
        self.cards = cards
        self.deckOfCard = deckOfCard
        self.checkers = checkers

        switch configuration.mode {
        case .review:
            let scheduler = store.scheduler
            let candidates = ordered.filter { $0.type != .teach }.map {
                QueueCandidate(id: $0.id, note: $0.note, state: store.state[$0.id])
            }
            let today = store.state.studiedToday(at: now, calendar: store.calendar) { cards[$0]?.note }
            let built = scheduler.buildQueue(candidates, at: now, limits: store.state.settings.limits, studiedToday: today)
            queue = built.all
            newCards = Set(built.new)
        case .exam:
            let choice = ordered.filter { $0.type == .mcq || $0.type == .sata }
            let preferred = choice.filter { $0.hasTag("exam") }
            queue = Array((preferred.isEmpty ? choice : preferred).shuffled(using: &generator)
                .prefix(max(1, configuration.examQuestions))).map(\.id)
        case .cram:
            queue = ordered.filter { $0.type != .teach }.map(\.id)
        case .teach:
            queue = ordered.filter { $0.type == .teach || $0.hasTag("patient") }.map(\.id)
        }
        advance(at: now)
    }

    // MARK: - What is shown

    /// The card being asked, graded or taught.
    public var currentCard: Card? {
        switch phase {
        case .question(let id), .grading(let id), .teaching(let id): cards[id]
        case .finished: nil
        }
    }

    /// How many cards the session draws from (after the topic filter).
    public var cardCount: Int { cards.count }

    /// Cards left after the current one: (reviews and learning, new).
    public var remaining: (due: Int, new: Int) {
        let new = queue.filter { newCards.contains($0) }.count
        return (queue.count - new + learningLater.count, new)
    }

    /// "Again 10m · Hard 2d · Good 4d · Easy 9d" for the current card, or `nil` outside grading.
    public func gradePreview(at now: Date) -> String? {
        guard case .grading(let id) = phase else { return nil }
        return store.scheduler.previewText(store.state[id], at: now)
    }

    /// Whether `id` was a new card when the session began.
    public func isNew(_ id: CardID) -> Bool { newCards.contains(id) }

    /// The deck card `id` came from.
    public func deck(of id: CardID) -> String? { deckOfCard[id] }

    /// A card by id.
    public func card(_ id: CardID) -> Card? { cards[id] }

    // MARK: - Answers

    /// What `answer` made of the input.
    public enum AnswerResponse: Sendable, Equatable {
        case marked(Marking)
        /// The input fits nothing the card accepts; say why and ask again.
        case retry(String)
    }

    /// Marks the answer to the current question. In exam mode the answer is recorded at once.
    public mutating func answer(_ text: String, at now: Date) throws(ProgressError) -> AnswerResponse {
        guard case .question(let id) = phase, let card = cards[id] else { return .retry("there is no question to answer") }
        let checker = checkers[deckOfCard[id] ?? ""] ?? AnswerCheck()
        let verdict: AnswerVerdict
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            verdict = .revealed
        } else if let options = card.options, card.type.isChoice {
            let single = card.type != .sata
            guard let chosen = checker.chosenOptions(text, options: options, single: single) else {
                let letters = "a–" + String(Character(Unicode.Scalar(UInt8(96 + options.count))))
                return .retry(single ? "answer with one letter (\(letters)) or the option's text"
                                     : "answer with the letters of every option that applies, such as: a c d")
            }
            verdict = AnswerCheck.score(chosen: chosen, correct: card.correct ?? [], isMultipleResponse: !single)
        } else {
            verdict = checker.checkTyped(text, accepted: card.answers)
        }
        let elapsed = max(0, Int((now.timeIntervalSince(shownAt) * 1000).rounded()))
        let proposed = GradeProposal.propose(verdict, responseMilliseconds: elapsed,
                                             expectedLength: card.answers.first?.count ?? 0)
        let marked = Marking(card: id, typed: text, verdict: verdict, proposed: proposed, responseMilliseconds: elapsed)
        marking = marked
        if configuration.mode == .exam {
            let (points, possible) = Self.examPoints(verdict, card: card)
            summary.points += points
            summary.possiblePoints += possible
            let topic = card.topic.isEmpty ? "(no topic)" : card.topic
            summary.topics[topic, default: .init()].points += points
            summary.topics[topic, default: .init()].possible += possible
            if verdict != .right(typo: nil) { summary.misses.append(marked) }
            try record(marked, rating: proposed, at: now)
            advance(at: now)
        } else {
            phase = .grading(id)
        }
        return .marked(marked)
    }

    /// Grades the marked answer (`nil` accepts the proposed grade), records it and moves on.
    public mutating func grade(_ rating: Rating?, at now: Date) throws(ProgressError) {
        guard case .grading(let id) = phase, let marked = marking, marked.card == id else { return }
        let rating = rating ?? marked.proposed
        try record(marked, rating: rating, at: now)
        let state = store.state[id]
        if configuration.mode == .review, state.phase == .learning || state.phase == .relearning,
           let due = state.due, due.timeIntervalSince(now) <= configuration.learnAhead {
            learningLater.append((due, id))
            learningLater.sort { ($0.due, $0.card) < ($1.due, $1.card) }
        }
        advance(at: now)
    }

    /// Marks the current teach-back point understood or needing review.
    public mutating func mark(understood: Bool, at now: Date) throws(ProgressError) {
        guard case .teaching(let id) = phase else { return }
        let time = Timestamp(now, timeZone: store.deviceZone)
        var event = JournalEvent(id: ids.next(at: time), kind: .teach, time: time, card: id)
        event.understood = understood
        try store.record(event, now: now)
        if understood { summary.understood.append(id) } else { summary.needsReview.append(id) }
        advance(at: now)
    }

    private mutating func record(_ marked: Marking, rating: Rating, at now: Date) throws(ProgressError) {
        let time = Timestamp(now, timeZone: store.deviceZone)
        let counts = configuration.mode == .review || configuration.countsForScheduling
        let event = JournalEvent.review(
            id: ids.next(at: time), time: time, card: marked.card, deck: deckOfCard[marked.card] ?? "",
            rating: rating, answer: marked.typed, responseMilliseconds: marked.responseMilliseconds,
            mode: JournalEvent.Mode(rawValue: configuration.mode.journalMode) ?? .review, counts: counts)
        try store.record(event, now: now)
        summary.count(marked.verdict, grade: configuration.mode == .exam ? nil : rating)
        undoable.append((event.id, marked.card, marked.verdict, configuration.mode == .exam ? nil : rating))
    }

    /// Exam points: NCLEX scores select-all-that-apply per option (+1 right, -1 wrong, floor 0) out of the
    /// number of correct options; other items score 1 or 0.
    static func examPoints(_ verdict: AnswerVerdict, card: Card) -> (Int, Int) {
        let possible = card.type == .sata ? (card.correct?.count ?? 1) : 1
        switch verdict {
        case .right: return (possible, possible)
        case .partial(let score, _, _, _): return (score, possible)
        case .wrong, .revealed: return (0, possible)
        }
    }

    /// Shows the next card: a learning card whose step is due, else the queue's next, else a learning card
    /// due within the learn-ahead limit.
    private mutating func advance(at now: Date) {
        marking = configuration.mode == .exam ? marking : nil
        shownAt = now
        if let limit = configuration.timeLimit, now.timeIntervalSince(startedAt) >= limit {
            summary.timedOut = !queue.isEmpty
            phase = .finished
            return
        }
        let next: CardID?
        if let first = learningLater.first, first.due <= now {
            next = learningLater.removeFirst().card
        } else if !queue.isEmpty {
            next = queue.removeFirst()
        } else if let first = learningLater.first, first.due.timeIntervalSince(now) <= configuration.learnAhead {
            next = learningLater.removeFirst().card
        } else {
            next = nil
        }
        guard let next else {
            phase = .finished
            return
        }
        phase = configuration.mode == .teach ? .teaching(next) : .question(next)
    }

    // MARK: - Commands

    /// Runs a `:` command.
    public mutating func run(_ command: SessionCommand, at now: Date) throws(ProgressError) -> CommandOutcome {
        switch command {
        case .help:
            let width = SessionCommand.allCases.map(\.rawValue.count).max() ?? 0
            return .message(SessionCommand.allCases.map {
                ":" + $0.rawValue + String(repeating: " ", count: width - $0.rawValue.count + 2) + $0.summary
            }.joined(separator: "\n"))
        case .quit:
            phase = .finished
            return .quit
        case .stats:
            let due = remaining
            return .message("this session: \(summary.answered) answered, \(summary.right) right, \(summary.partial) partly, "
                            + "\(summary.wrong + summary.revealed) missed; left: \(due.due) due, \(due.new) new")
        case .undo:
            return try undo(at: now)
        case .source:
            guard let card = currentCard else { return .message("no card is shown") }
            let places = card.source.map { "\($0.file):\($0.line)" }.joined(separator: ", ")
            let cite = card.citation.map { "\n" + $0 } ?? ""
            return .message("\(card.id) from \(places.isEmpty ? "an unknown source" : places)\(cite)")
        case .edit:
            guard let card = currentCard, let place = card.source.first else { return .message("no source to edit") }
            return .edit(file: place.file, line: place.line)
        case .skip:
            guard currentCard != nil else { return .message("no card is shown") }
            advance(at: now)
            return .message("skipped")
        case .suspend, .bury, .flag:
            guard let card = currentCard else { return .message("no card is shown") }
            let kind: JournalEvent.Kind = command == .suspend ? .suspend : command == .bury ? .bury : .flag
            let time = Timestamp(now, timeZone: store.deviceZone)
            try store.record(JournalEvent(id: ids.next(at: time), kind: kind, time: time, card: card.id), now: now)
            if command == .flag { return .message("flagged \(card.id)") }
            advance(at: now)
            return .message(command == .suspend ? "suspended \(card.id)" : "buried \(card.id) until tomorrow")
        }
    }

    private mutating func undo(at now: Date) throws(ProgressError) -> CommandOutcome {
        if case .grading(let id) = phase {
            phase = .question(id)
            marking = nil
            return .message("answer taken back; answer again")
        }
        guard let last = undoable.popLast() else { return .message("nothing to undo in this session") }
        let time = Timestamp(now, timeZone: store.deviceZone)
        var event = JournalEvent(id: ids.next(at: time), kind: .undo, time: time)
        event.voids = last.eventID
        try store.record(event, now: now)
        summary.count(last.verdict, grade: last.grade, sign: -1)
        learningLater.removeAll { $0.card == last.card }
        if let current = currentCard?.id { queue.insert(current, at: 0) }
        queue.removeAll { $0 == last.card }
        queue.insert(last.card, at: 0)
        advance(at: now)
        return .message("took back the answer to \(last.card)")
    }
}
