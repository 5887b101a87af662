@testable import DeckCompiler
import PearlsCore
import Testing

/// Defects blind review 27 found, each on sentences written for these tests.
extension TemplateTests {
    /// A saved page cut off inside a list names only its first items: "Name all 3" of a procedure's steps was
    /// misleading (review 27 rejected the card for the steps it left out).
    @Test func aListCutOffByTheSavedPageAsksForItsFirstItems() throws {
        let page = """
        How to use a spacer

        A spacer makes an inhaler easier to use and helps more medicine reach the lungs.

        Steps:

          1. Shake the inhaler and fit it into the spacer.
          2. Breathe out gently, away from the spacer.
          3. Press the inhaler once and breathe in slowly.
          4. Hold your breath for about ten seco
        """
        let deck = try #require(DeckCompiler.compile([DeckSource(name: "s.txt", kind: .article, bytes: Array(page.utf8))],
                                                     fallbackID: "s").deck)
        let steps = try #require(deck.cards.first { $0.prompt.hasPrefix("How do you use a spacer?") }, "\(deck.cards.map(\.prompt))")
        #expect(steps.prompt == "How do you use a spacer? Name the first 3 steps.")
        #expect(steps.needed == 3)
        // Any other list asks for any of its items, never all of them.
        let signs = """
        Croup

        Croup is an infection of the airways that mostly affects young children.

        Signs of croup include:

          • a barking cough
          • a hoarse voice
          • noisy breathing
          • a high tempera
        """
        let croup = try #require(DeckCompiler.compile([DeckSource(name: "c.txt", kind: .article, bytes: Array(signs.utf8))],
                                                      fallbackID: "c").deck)
        #expect(croup.cards.contains { $0.prompt == "What are the signs of croup? Name any 3." }, "\(croup.cards.map(\.prompt))")
    }

    /// "It is also a good idea to [...]. Name all 3.": "also" points at advice the card does not show.
    @Test func aListCardDoesNotSayAlso() throws {
        let list = try #require(ListRecall.card("It is also a good idea to [...].", items: ["Rest", "Drink water", "Avoid alcohol"],
                                                context: context("It is also a good idea to rest."), template: .conditionAdvice,
                                                prior: 0.7, clauseKey: "k"))
        #expect(list.card.prompt == "It is a good idea to [...]. Name all 3.")
    }
}

extension TemplateTests {
    /// "It's estimated that just [under half a million] people…": "just" is the quantity's, not the sentence's.
    @Test func justBeforeAQuantityIsPartOfIt() {
        #expect(lines(QuantityCloze.candidates(context("Each year just under half a million adults in the UK break a bone.")))
            == ["cloze: Each year [...] adults in the UK break a bone. => just under half a million"])
    }

    /// "Bone metastases: [...] may occur near the affected bone. Name all 3.": a list in the subject's place is
    /// asked as a question, "what may occur…?", not as a gap in a question card (review 27's readers).
    @Test func aListInTheSubjectsPlaceIsAskedAsAQuestion() throws {
        let list = try #require(ListRecall.card("Gout: [...] can trigger an attack.", items: ["Alcohol", "Red meat", "Dehydration"],
                                                context: context("Alcohol can trigger an attack."), template: .coordination,
                                                prior: 0.7, clauseKey: "k"))
        #expect(list.card.prompt == "Gout: what can trigger an attack? Name all 3.")
    }
}
