/// One question a learner answers, in the shape the deck JSON stores it.
///
/// Field names match `docs/deck-json.md`; other tools read them, so they do not change.
public struct Card: Hashable, Sendable, Codable {
    /// The stable identity progress is keyed by.
    public var id: CardID
    /// The kind of question.
    public var type: CardType
    /// The question; for a cloze, the sentence with the hidden part shown as `[...]`.
    public var prompt: String
    /// Every accepted answer. For choice items, the text of the correct options.
    public var answers: [String]
    /// The options of a choice item, in the order shown; `nil` for other types.
    public var options: [String]?
    /// 0-based indices into `options` of the correct ones; `nil` for other types.
    public var correct: [Int]?
    /// How many different `answers` a typed answer must name ("Name any 3 of the signs"); `nil` means one, as
    /// alternatives. Basic cards only.
    public var needed: Int?
    /// Why the answer is right, shown after answering.
    public var rationale: String?
    /// The topic path, such as `Diagnosis / Imaging`; empty when the source has no heading.
    public var topic: String
    /// Free tags such as `exam` or `patient`.
    public var tags: [String]
    /// The fact this card belongs to; cards sharing a note are siblings.
    public var note: String?
    /// The teach-back key point in plain language (teach cards only).
    public var point: String?
    /// The citation of the article the fact comes from.
    public var citation: String?
    /// Where the card was written; several places when merged.
    public var source: [Provenance]

    /// Creates a card.
    /// The most options a choice card may have: they are answered by letter, a to z.
    public static let maximumOptions = 26

    public init(
        id: CardID, type: CardType, prompt: String, answers: [String],
        options: [String]? = nil, correct: [Int]? = nil, needed: Int? = nil, rationale: String? = nil,
        topic: String = "", tags: [String] = [], note: String? = nil, point: String? = nil,
        citation: String? = nil, source: [Provenance] = []
    ) {
        self.id = id
        self.type = type
        self.prompt = prompt
        self.answers = answers
        self.options = options
        self.correct = correct
        self.needed = needed
        self.rationale = rationale
        self.topic = topic
        self.tags = tags
        self.note = note
        self.point = point
        self.citation = citation
        self.source = source
    }

    /// Whether the card carries the tag, compared without regard to case.
    public func hasTag(_ tag: String) -> Bool {
        tags.contains { $0.caseInsensitiveCompare(tag) == .orderedSame }
    }
}
