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
        withKnownIssue("asked for all 3 as if the page had no more") {
            #expect(steps.prompt == "How do you use a spacer? Name the first 3 steps.")
        }
    }

    /// "It is also a good idea to [...]. Name all 3.": "also" points at advice the card does not show.
    @Test func aListCardDoesNotSayAlso() throws {
        let list = try #require(ListRecall.card("It is also a good idea to [...].", items: ["Rest", "Drink water", "Avoid alcohol"],
                                                context: context("It is also a good idea to rest."), template: .conditionAdvice,
                                                prior: 0.7, clauseKey: "k"))
        withKnownIssue("the list card kept 'also'") {
            #expect(list.card.prompt == "It is a good idea to [...]. Name all 3.")
        }
    }

    /// "What should you do before starting any exercise program? – Consult with your doctor": advice that only
    /// sends the reader to a carer is every page's answer, before an exercise plan as under a condition.
    @Test func timedAdviceThatOnlySendsToACarerIsNotAsked() {
        withKnownIssue("asked as what to do before starting") {
            #expect(ConditionAdvice.candidates(context("Consult with your doctor before starting any exercise program.")).isEmpty)
        }
        #expect(lines(ConditionAdvice.candidates(context("Drink a glass of water before starting any exercise program.")))
            == ["basic: What should you do before starting any exercise program? => Drink a glass of water"])
    }

    /// "Surgery is sometimes recommended for [the most serious cases]": a degree of cases names no fact.
    @Test func theMostSeriousCasesIsAVagueAnswer() {
        withKnownIssue("a gap on the most serious cases was kept") {
            #expect(QualityFilter.degreeFlaw("the most serious cases") == .vagueAnswer)
            #expect(QualityFilter.degreeFlaw("severe cases") == .vagueAnswer)
        }
        #expect(QualityFilter.degreeFlaw("the elderly") == nil)
    }
}
