@testable import DeckCompiler
import PearlsCore
import Testing

/// Defects blind review 31 found (sentences of our own).
struct ReviewThirtyOneTests {
    /// "…if cancer in a bone of the": a long list item was cut at its twelfth word. A thing's condition goes from
    /// its short form ("Pressure on a nerve if…" → "Pressure on a nerve"); an item never ends mid-phrase.
    @Test func aLongItemIsNeverCutMidPhrase() throws {
        #expect(EnumerationRule.shortForm("Pressure on a nerve if a tumour in the spine grows and presses on the nerve roots; this can cause pain",
                                          limit: 12) == "Pressure on a nerve")
        let page = """
        Spinal tumours

        Signs of spinal tumours include:
        - Back pain
        - Pressure on a nerve if a tumour in the spine grows and presses on the nerve roots; this can cause numbness, tingling and weakness in the legs.
        - Loss of bladder control

        """
        let cards = try #require(DeckCompiler.compile([DeckSource(name: "s.txt", kind: .article, bytes: Array(page.utf8))],
                                                      fallbackID: "s").deck).cards
        let list = try #require(cards.first { $0.answers.contains("Back pain") }, "\(cards.map(\.answers))")
        #expect(list.answers.contains("Pressure on a nerve"), "\(list.answers)")
    }

    /// "Which of the causes is this: 'This frequently spreads to bones, especially at later stages'?": every noun
    /// of the description is in the other items' too, so each of them fits (reviews 27 and 29 to 32).
    @Test func aDescriptionWithNoNounOfItsOwnIsNoChoice() {
        let others = ["This often spreads to the liver, especially in advanced stages.",
                      "This can spread to the liver after it has reached the lymph nodes.",
                      "Particularly in smokers, this is a leading cause of liver tumours."]
        #expect(!LabelledItemRule.isItsOwn("This frequently spreads to the liver, especially at later stages.", among: others,
                                           ignoring: ["cause", "risk", "factor"]))
        #expect(LabelledItemRule.isItsOwn("Heat or cold are used to kill tumour cells.", among: others, ignoring: []))
    }
}
