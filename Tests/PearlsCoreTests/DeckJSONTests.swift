import Foundation
import PearlsCore
import Testing

struct DeckJSONTests {
    static let sample = Deck(
        id: "sample", title: "Sample", audience: .exam, abbreviations: ["MRI": "magnetic resonance imaging"],
        topics: [Topic(name: "Basics", prose: "Some prose.")],
        cards: [
            Card(id: "c1", type: .basic, prompt: "Q?", answers: ["a", "b"], rationale: "why", topic: "Basics",
                 tags: ["exam"], citation: "somewhere", source: [Provenance(file: "s.md", line: 3)]),
            Card(id: "c2", type: .sata, prompt: "Pick", answers: ["x", "z"], options: ["x", "y", "z"],
                 correct: [0, 2], topic: "Basics", note: "fact"),
        ])

    @Test func roundTripsThroughItsOwnJSON() throws {
        let text = Self.sample.jsonText()
        let decoded = try Deck.decode(Data(text.utf8), fileName: "sample.json")
        #expect(decoded == Self.sample)
        #expect(decoded.jsonText() == text)
    }

    /// Large decks render their cards in parallel: the bytes must be those of rendering them one by one.
    @Test func aLargeDeckRendersAsItsCardsDoOneByOne() throws {
        var deck = Self.sample
        deck.cards = (0..<700).map { index in
            Card(id: CardID("c\(index)"), type: .basic, prompt: "Question \(index) with \"quotes\"?",
                 answers: ["answer \(index)"], topic: "Basics", source: [Provenance(file: "s.md", line: index)])
        }
        let text = deck.jsonText()
        let cards = JSONValue.array(deck.cards.map(\.jsonValue)).rendered(atIndent: 1)
        #expect(text.contains("\"cards\": " + cards + "\n}"))
        #expect(try Deck.decode(Data(text.utf8), fileName: "large.json") == deck)
    }

    @Test func writesTheDocumentedKeysInOrder() {
        let text = Self.sample.jsonText()
        let keys = ["\"format\"", "\"version\"", "\"id\"", "\"title\"", "\"audience\"", "\"language\"",
                    "\"abbreviations\"", "\"topics\"", "\"cards\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        #expect(text.contains(#""correct": [0, 2]"#))
        #expect(text.contains(#"{"file": "s.md", "line": 3}"#))
    }

    @Test(arguments: [
        ("not json", DeckFileError.syntax(file: "f.json", line: 1, column: 1, message: "expected null")),
        (#"{"format": "other", "version": 1}"#, .notADeck(file: "f.json")),
        (#"{"format": "pearls-deck", "version": 99}"#, .unsupportedVersion(file: "f.json", found: 99, newest: 2)),
    ])
    func rejectsFilesThatAreNotDecksThisBuildReads(text: String, expected: DeckFileError) {
        do {
            _ = try Deck.decode(Data(text.utf8), fileName: "f.json")
            Issue.record("decoded \(text)")
        } catch {
            if case .notJSON(let file, _) = expected, case .notJSON(let found, _) = error {
                #expect(found == file)
            } else {
                #expect(error == expected)
            }
        }
    }

    @Test func namesTheCardWhoseCorrectIndexIsOutOfRange() throws {
        var deck = Self.sample
        deck.cards[1].correct = [0, 5]
        #expect(throws: DeckFileError.invalid(file: "f.json", path: "cards[1].correct",
                                              reason: "index 5 is outside the 3 options")) {
            try Deck.decode(Data(deck.jsonText().utf8), fileName: "f.json")
        }
    }

    /// "Name any 2 of these" needs version 2, so an older build refuses the deck instead of taking one item as the
    /// whole answer; a deck without such a card keeps version 1.
    @Test func aCardThatAsksForSeveralAnswersMakesTheDeckVersionTwo() throws {
        #expect(Self.sample.jsonText().contains(#""version": 1,"#))
        var deck = Self.sample
        deck.cards[0].needed = 2
        let text = deck.jsonText()
        #expect(text.contains(#""version": 2,"#))
        #expect(text.contains(#""needed": 2,"#))
        let decoded = try Deck.decode(Data(text.utf8), fileName: "f.json")
        #expect(decoded.cards[0].needed == 2)
        #expect(decoded.version == 2)
    }

    @Test(arguments: [(0, 3, "asks for 3 answers of the 2 it accepts"), (1, 1, "only a basic card asks for several answers")])
    func namesACardThatAsksForAnswersItCannotHave(card: Int, needed: Int, reason: String) {
        var deck = Self.sample
        deck.cards[card].needed = needed
        #expect(throws: DeckFileError.invalid(file: "f.json", path: "cards[\(card)].needed", reason: reason)) {
            try Deck.decode(Data(deck.jsonText().utf8), fileName: "f.json")
        }
    }

    @Test func namesADuplicateID() {
        var deck = Self.sample
        deck.cards[1].id = "c1"
        #expect(throws: DeckFileError.invalid(file: "f.json", path: "cards[1].id",
                                              reason: "'c1' is used by an earlier card")) {
            try Deck.decode(Data(deck.jsonText().utf8), fileName: "f.json")
        }
    }

    @Test func namesAMissingField() {
        let text = Self.sample.jsonText().replacingOccurrences(of: "\"prompt\": \"Q?\",", with: "")
        #expect(throws: DeckFileError.invalid(file: "f.json", path: "cards[0].prompt", reason: "missing")) {
            try Deck.decode(Data(text.utf8), fileName: "f.json")
        }
    }
}
