@testable import DeckCompiler
import PearlsCore
import Testing

/// Card ids are what progress is keyed by: they must not move unless the card itself changed.
struct CardIdentityTests {
    let original = """
        # Drugs
        Q: Name a bisphosphonate.
        A: zoledronic acid

        Q: Which antibody slows bone loss?
        A: denosumab

        The {{spine}} is the most common site.
        """

    @Test func explicitIDsAreUsedAsWritten() throws {
        let deck = try compiledDeck("Q: a?\nA: b\nID: bm-tx-01")
        #expect(deck.cards.map(\.id) == ["bm-tx-01"])
    }

    @Test func idsWithoutAnExplicitIDAreTwelveHexDigitsOfContent() throws {
        let ids = try compiledDeck(original).cards.map(\.id.rawValue)
        #expect(ids.count == 3)
        #expect(Set(ids).count == 3)
        #expect(ids.allSatisfy { $0.count == 12 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func editingOneCardLeavesEveryOtherIDAlone() throws {
        let before = try compiledDeck(original).cards.map(\.id)
        let edited = original.replacingOccurrences(of: "A: denosumab", with: "A: denosumab | Xgeva")
        let after = try compiledDeck(edited).cards.map(\.id)
        #expect(after[0] == before[0])
        #expect(after[1] != before[1])
        #expect(after[2] == before[2])
    }

    @Test func movingCardsOrChangingHeadingsKeepsTheirIDs() throws {
        let before = Set(try compiledDeck(original).cards.map(\.id))
        let moved = """
            # Renamed topic
            The {{spine}} is the most common site.

            ## Sub
            Q: Which antibody slows bone loss?
            A: denosumab

            Q: Name a bisphosphonate.
            A: zoledronic acid
            """
        #expect(Set(try compiledDeck(moved).cards.map(\.id)) == before)
    }

    @Test func caseAndSpacingDoNotChangeAnID() throws {
        let a = try compiledDeck("Q: Name a bisphosphonate.\nA: zoledronic acid").cards[0].id
        let b = try compiledDeck("Q:   name a   Bisphosphonate.\nA: Zoledronic  acid").cards[0].id
        #expect(a == b)
    }

    @Test func rationaleAndTagsAreNotPartOfTheIdentity() throws {
        let a = try compiledDeck("Q: x?\nA: y").cards[0].id
        let b = try compiledDeck("Q: x?\nA: y\nWhy: because\nTags: exam").cards[0].id
        #expect(a == b)
    }

    @Test func recompilingGivesByteIdenticalJSON() throws {
        let first = try compiledDeck(original).jsonText()
        let second = try compiledDeck(original).jsonText()
        #expect(first == second)
    }
}
