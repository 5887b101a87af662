import DeckCompiler
import PearlsCore
import Testing

/// What "it", "this" and "those …" stand for in generated cards, on pages written for these tests.
struct PronounResolutionTests {
    private func prompts(_ page: String) throws -> [String] {
        let deck = try #require(DeckCompiler.compile([DeckSource(name: "p.txt", kind: .article, bytes: Array(page.utf8))],
                                                     fallbackID: "p").deck)
        return deck.cards.map { "\($0.prompt) => \($0.answers.joined(separator: " | "))" }
    }

    /// "If a clot breaks off, it can travel to the lungs": "it" is the condition's subject, not the heading's
    /// "Leg clots".
    @Test func aPronounCanStandForTheSubjectOfTheClauseBeforeIt() throws {
        let cards = try prompts("""
        Clots

        Leg clots

        If a clot breaks off, it can travel to the lungs. Leg clots need treatment with blood thinners.

        """)
        #expect(cards.contains { $0.contains("a clot can travel to [...]") }, "\(cards)")
        #expect(!cards.contains { $0.lowercased().contains("leg clots can travel") }, "\(cards)")
    }

    /// "Two early signs are thirst and dark urine. This is the body's way of…": a singular "this" does not
    /// stand for a plural noun phrase, so nothing is asked of it.
    @Test func aSingularPointerNeverStandsForAPluralPhrase() throws {
        let cards = try prompts("""
        Dehydration

        Two early signs of dehydration are thirst and dark urine. This is the body's way of keeping its water.

        """)
        #expect(cards.contains { $0.hasPrefix("What are two early signs of dehydration?") }, "\(cards)")
        #expect(!cards.contains { $0.contains("What is two early signs") || $0.lowercased().hasPrefix("this is") || $0.contains(": this is") }, "\(cards)")
    }

    /// "Those new clots need…" keeps its own noun: "the new clots".
    @Test func aPointerWithItsOwnNounKeepsTheNoun() throws {
        let cards = try prompts("""
        Blood clots

        A clot can form in a deep vein of the leg. Those new clots need blood thinners to stop them growing.

        """)
        #expect(cards.contains { $0.lowercased().contains("the new clots") }, "\(cards)")
        #expect(!cards.contains { $0.lowercased().contains("a clot need") }, "\(cards)")
    }
}
