/// A compiled deck: metadata, topics and cards, as stored in deck JSON (`docs/deck-json.md`).
public struct Deck: Hashable, Sendable, Codable {
    /// The value of the `format` key that marks a file as a Pearls deck.
    public static let formatName = "pearls-deck"
    /// The newest deck JSON version this build reads and writes. Version 2 added `needed` ("name any 3 of
    /// these"): a deck with such a card is written as version 2, so an older build refuses it rather than
    /// accept one item as the whole answer; any other deck is still written as version 1.
    public static let currentVersion = 2

    /// The deck JSON version the deck was read from or will be written as.
    public var version: Int
    /// A short stable id such as `bone-metastases`; journals name decks by it.
    public var id: String
    /// The human title.
    public var title: String
    /// Who the deck is for.
    public var audience: Audience
    /// An IETF language tag such as `en`.
    public var language: String
    /// Abbreviations the answer checker treats as equal to their expansions (`MRI` → `magnetic resonance imaging`).
    public var abbreviations: [String: String]
    /// Topics in source order.
    public var topics: [Topic]
    /// Cards in source order.
    public var cards: [Card]

    /// Creates a deck.
    public init(
        id: String, title: String, audience: Audience = .mixed, language: String = "en",
        abbreviations: [String: String] = [:], topics: [Topic] = [], cards: [Card] = [],
        version: Int = 1
    ) {
        self.version = version
        self.id = id
        self.title = title
        self.audience = audience
        self.language = language
        self.abbreviations = abbreviations
        self.topics = topics
        self.cards = cards
    }
}
