import DeckCompiler
import PearlsCore
import Testing

/// Generated cards keep the ids of the previous deck's cards made from the same sentence with the same answers.
struct PreviousIDsTests {
    static let article = """
        Shingles

        Shingles is a painful rash caused by the same virus that causes chickenpox. About 1 in 3 people will get
        shingles in their lifetime.
        """

    private func compiled() throws -> Deck {
        let result = DeckCompiler.compile([DeckSource(name: "s.txt", kind: .article, bytes: Array(Self.article.utf8))],
                                          fallbackID: "s")
        return try #require(result.deck)
    }

    @Test func aRewordedCardKeepsItsEarlierID() throws {
        var previous = try compiled()
        // The previous generator worded every question differently and so hashed other ids.
        for index in previous.cards.indices {
            previous.cards[index].id = CardID("old-\(index)")
            previous.cards[index].prompt = "Earlier wording \(index)"
        }
        var deck = try compiled()
        let carried = PreviousIDs.carryOver(from: previous, to: &deck)
        #expect(carried == deck.cards.count)
        #expect(deck.cards.map(\.id) == previous.cards.map(\.id))
    }

    @Test func aChangedAnswerIsANewCard() throws {
        var previous = try compiled()
        previous.cards[0].id = CardID("old-0")
        previous.cards[0].answers = ["something else"]
        var deck = try compiled()
        let before = deck.cards.map(\.id)
        #expect(PreviousIDs.carryOver(from: previous, to: &deck) == 0)
        #expect(deck.cards.map(\.id) == before)
    }

    @Test func anIDIsNeverGivenTwice() throws {
        var previous = try compiled()
        previous.cards[0].id = CardID("old-0")
        var deck = try compiled()
        // A card of the new deck already uses the old id: the match must not take it again.
        deck.cards[1].id = CardID("old-0")
        PreviousIDs.carryOver(from: previous, to: &deck)
        #expect(Set(deck.cards.map(\.id)).count == deck.cards.count)
    }
}
