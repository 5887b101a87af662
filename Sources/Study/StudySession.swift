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
    public let configuration: Configuration
    public let startedAt: Date
    public private(set) var phase: Phase = .finished
    /// The last marked answer (shown while grading, and after an exam answer).
    public private(set) var marking: Marking?
    public internal(set) var summary = SessionSummary()
    /// How many questions an exam could draw from (its `--count` is cut to this).
    public private(set) var examPool = 0
    /// The questions an exam drew, in order.
    private(set) var examDrawn: [CardID] = []
    /// Whether the exam's unanswered questions have been counted.
    var examEnded = false
    /// How many different cards the session set out to show; it does not grow as learning cards come back.
    public private(set) var plannedCards = 0
    /// Whether the session ended because no card was left to show now (rather than being quit).
    public private(set) var ranOut = false

    private let store: ProgressStore
    private let cards: [CardID: Card]
    private let deckOfCard: [CardID: String]
    private let checkers: [String: AnswerCheck]
    /// The decks' own terms, gathered at the first typed answer (a big deck's words cost time to collect).
    private var terms: ClinicalTerms?
    private var queue: [CardID] = []
    private var newCards: Set<CardID> = []
    private var learningLater: [(due: Date, card: CardID)] = []
    /// The step end at which each card was last shown ahead of it: it is shown ahead again only for a later
    /// step end, so a clock that stands still (PEARLS_NOW) cannot bring a failed card back forever.
    private var shownAheadAt: [CardID: Date] = [:]
    /// The cards shown so far, each counted once however often it comes back.
    private var shown: Set<CardID> = []
    private var shownAt: Date
    private var ids: EventIDs
    /// The session's own random source for option orders, seeded from the generator it was started with.
    private var random: SplitMix64
    /// The option order of the card being shown.
    private var order: [Int]?
    private(set) var undoable: [(eventID: String, card: CardID, verdict: AnswerVerdict, grade: Rating?)] = []

    /// Starts a session on `decks` (the first deck wins when two use one card id).
    public init(
        decks: [Deck], store: ProgressStore, configuration: Configuration = Configuration(), at now: Date,
        using generator: inout some RandomNumberGenerator
    ) {
        self.store = store
        self.configuration = configuration
        startedAt = now
        shownAt = now
        ids = store.eventIDs(using: &generator)
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
            let built = Self.reviewQueue(ordered.filter { $0.type != .teach }, deckOf: deckOfCard,
                                         decks: decks.map(\.id), store: store, at: now)
            queue = built.all
            newCards = Set(built.new)
        case .exam:
            let choice = ordered.filter { $0.type == .mcq || $0.type == .sata }
            let preferred = choice.filter { $0.hasTag("exam") }
            let pool = preferred.isEmpty ? choice : preferred
            examPool = pool.count
            queue = Array(pool.shuffled(using: &generator).prefix(max(1, configuration.examQuestions))).map(\.id)
            examDrawn = queue
        case .cram:
            queue = ordered.filter { $0.type != .teach }.map(\.id)
        case .teach:
            queue = ordered.filter { $0.type == .teach || $0.hasTag("patient") }.map(\.id)
        }
        random = SplitMix64(seed: generator.next())
        plannedCards = queue.count
        advance(at: now)
    }

    // MARK: - What is shown

    /// The card being asked, graded or taught, with its options in the order shown.
    public var currentCard: Card? {
        switch phase {
        case .question(let id), .confidence(let id), .grading(let id), .teaching(let id):
            cards[id]?.showingOptions(in: order)
        case .finished: nil
        }
    }

    /// The card a marked answer was given to, with its options in the order they were shown then.
    public func card(of marking: Marking) -> Card? {
        cards[marking.card]?.showingOptions(in: marking.order)
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

    /// How many different cards have been shown, the current one included.
    public var cardsShown: Int { shown.count }

    /// When the earliest card of this session that is in learning steps comes due after `now`, if any.
    public func nextLearningDue(after now: Date) -> Date? {
        deckOfCard.keys.compactMap { id -> Date? in
            let state = store.state[id]
            guard state.phase == .learning || state.phase == .relearning, !state.isSuspended,
                  let due = state.due, due > now else { return nil }
            return due
        }.min()
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
        /// The exam's time ran out before the answer came: it is not scored, and the exam is over.
        case timeUp
    }

    /// Marks the answer to the current question. In exam mode the answer is recorded at once.
    public mutating func answer(_ text: String, at now: Date) throws(ProgressError) -> AnswerResponse {
        guard case .question(let id) = phase, let card = currentCard else { return .retry("there is no question to answer") }
        if configuration.mode == .exam, isOutOfTime(at: now) {
            summary.timedOut = true
            phase = .finished
            end(at: now)
            return .timeUp
        }
        let checker = checkers[deckOfCard[id] ?? ""] ?? AnswerCheck()
        let verdict: AnswerVerdict
        var deckChoice: [Int]?
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
            deckChoice = chosen.map { order?[$0] ?? $0 }.sorted()
        } else {
            let terms = self.terms ?? ClinicalTerms(deckTexts: cards.values.flatMap { $0.answers + ($0.options ?? []) })
            self.terms = terms
            verdict = card.needed.map { checker.checkList(text, items: card.answers, needed: $0, terms: terms) }
                ?? checker.checkTyped(text, accepted: card.answers, terms: terms)
        }
        let elapsed = max(0, Int((now.timeIntervalSince(shownAt) * 1000).rounded()))
        let proposed = GradeProposal.propose(verdict, responseMilliseconds: elapsed,
                                             expectedLength: card.answers.first?.count ?? 0)
        let marked = Marking(card: id, typed: text, verdict: verdict, proposed: proposed, responseMilliseconds: elapsed,
                             order: order, chosen: deckChoice)
        marking = marked
        if configuration.asksConfidence && verdict != .revealed {
            phase = .confidence(id)
        } else {
            try settle(marked, card: card, at: now)
        }
        return .marked(marked)
    }

    /// Records how sure the learner was about the marked answer, then goes on as `answer` would have.
    public mutating func state(confidence: JournalEvent.Confidence, at now: Date) throws(ProgressError) {
        guard case .confidence(let id) = phase, var marked = marking, marked.card == id, let card = cards[id] else { return }
        marked.confidence = confidence
        marking = marked
        try settle(marked, card: card, at: now)
    }

    /// An exam answer is scored and recorded at once; any other waits for its grade.
    private mutating func settle(_ marked: Marking, card: Card, at now: Date) throws(ProgressError) {
        guard configuration.mode == .exam else {
            phase = .grading(marked.card)
            return
        }
        let (points, possible) = Self.examPoints(marked.verdict, card: card)
        addExamScore(points, possible: possible, card: card)
        if marked.verdict != .right(typo: nil) { summary.misses.append(marked) }
        try record(marked, rating: marked.proposed, at: now)
        advance(at: now)
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
        var event = JournalEvent.review(
            id: ids.next(at: time), time: time, card: marked.card, deck: deckOfCard[marked.card] ?? "",
            rating: rating, answer: marked.journalAnswer, responseMilliseconds: marked.responseMilliseconds,
            mode: JournalEvent.Mode(rawValue: configuration.mode.journalMode) ?? .review, counts: counts)
        event.confidence = marked.confidence
        try store.record(event, now: now)
        if marked.confidence == .sure && rating == .again { summary.sureButWrong.append(marked) }
        summary.count(marked.verdict, grade: configuration.mode == .exam ? nil : rating)
        undoable.append((event.id, marked.card, marked.verdict, configuration.mode == .exam ? nil : rating))
    }

    /// Shows the next card: a learning card whose step is due, else the queue's next, else a learning card
    /// due within the learn-ahead limit (Anki's rule), never the card just answered while another waits.
    private mutating func advance(at now: Date) {
        let previous = currentCard?.id
        marking = configuration.mode == .exam ? marking : nil
        shownAt = now
        if isOutOfTime(at: now) {
            summary.timedOut = !queue.isEmpty
            phase = .finished
            end(at: now)
            return
        }
        let next: CardID?
        if let first = learningLater.first, first.due <= now {
            next = learningLater.removeFirst().card
        } else if !queue.isEmpty {
            next = queue.removeFirst()
        } else {
            next = learnAhead(at: now, after: previous)
        }
        guard let next else {
            ranOut = true
            phase = .finished
            return
        }
        order = nil
        if configuration.shufflesOptions, let card = cards[next], card.type.isChoice, !card.keepsOptionOrder,
           let options = card.options {
            order = Array(options.indices).shuffled(using: &random)
        }
        shown.insert(next)
        phase = configuration.mode == .teach ? .teaching(next) : .question(next)
    }

    /// The learning card to show before its step ends, when nothing else is left: one due within the
    /// learn-ahead limit, not already shown ahead at this step end, preferring any card but `previous`.
    private mutating func learnAhead(at now: Date, after previous: CardID?) -> CardID? {
        let eligible = learningLater.indices.filter { index in
            let (due, card) = learningLater[index]
            return due.timeIntervalSince(now) <= configuration.learnAhead && shownAheadAt[card].map { due > $0 } ?? true
        }
        guard let index = eligible.first(where: { learningLater[$0].card != previous }) ?? eligible.first else { return nil }
        let (due, card) = learningLater.remove(at: index)
        shownAheadAt[card] = due
        return card
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
            end(at: now)
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
        switch phase {
        case .grading(let id), .confidence(let id):
            phase = .question(id)
            marking = nil
            return .message("answer taken back; answer again")
        default:
            break
        }
        // A scored exam answer stays: taking it back after --feedback showed the answer would game the score.
        if configuration.mode == .exam { return .message("an exam answer cannot be taken back") }
        guard let last = undoable.popLast() else { return .message("nothing to undo in this session") }
        let time = Timestamp(now, timeZone: store.deviceZone)
        var event = JournalEvent(id: ids.next(at: time), kind: .undo, time: time)
        event.voids = last.eventID
        try store.record(event, now: now)
        summary.count(last.verdict, grade: last.grade, sign: -1)
        if let index = summary.sureButWrong.lastIndex(where: { $0.card == last.card }) { summary.sureButWrong.remove(at: index) }
        learningLater.removeAll { $0.card == last.card }
        if let current = currentCard?.id { queue.insert(current, at: 0) }
        queue.removeAll { $0 == last.card }
        queue.insert(last.card, at: 0)
        advance(at: now)
        return .message("took back the answer to \(last.card)")
    }
}
