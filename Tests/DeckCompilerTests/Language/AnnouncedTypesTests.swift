import DeckCompiler
import PearlsCore
import Testing

/// "There are two main types of X." and the kinds the next paragraphs name: one card for them all.
struct AnnouncedTypesTests {
    private func prompts(_ page: String) throws -> [String] {
        let deck = try #require(DeckCompiler.compile([DeckSource(name: "p.txt", kind: .article, bytes: Array(page.utf8))],
                                                     fallbackID: "p").deck)
        return deck.cards.map { "\($0.prompt) => \($0.answers.joined(separator: " | "))" }
    }

    static let twoKinds = """
    Type 1 diabetes starts when the body stops making insulin.

    Type 2 diabetes starts when the body stops responding to insulin.
    """

    @Test func theKindsNamedAfterTheCountAreOneCard() throws {
        let cards = try prompts("""
        Diabetes

        There are two main types of diabetes.

        \(Self.twoKinds)

        """)
        #expect(cards.contains("What are the main types of diabetes? Name both. => type 1 | type 2"), "\(cards)")
    }

    /// Three announced and two found: no card, rather than a list with a kind missing.
    @Test func noCardWhenTheCountDoesNotMatch() throws {
        let cards = try prompts("""
        Diabetes

        There are three main types of diabetes.

        \(Self.twoKinds)

        """)
        #expect(!cards.contains { $0.contains("types of diabetes? Name") }, "\(cards)")
    }
}
