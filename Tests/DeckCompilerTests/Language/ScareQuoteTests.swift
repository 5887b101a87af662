@testable import DeckCompiler
import Testing

/// Quotation marks around a term go; quoted speech and apostrophes stay.
struct ScareQuoteTests {
    @Test func marksAroundAShortTermGo() {
        #expect(ArticleText.normalize("A medicine is given to “break” the fever.") == "A medicine is given to break the fever.")
        #expect(ArticleText.normalize("You feel ‘worse than ever’ or unwell.") == "You feel worse than ever or unwell.")
        #expect(ArticleText.normalize("Known as \"silent\" strokes.") == "Known as silent strokes.")
    }

    @Test func quotedSpeechLongQuotesAndApostrophesStay() {
        #expect(ArticleText.normalize("Ask, ‘Could it be sepsis?’ at once.") == "Ask, 'Could it be sepsis?' at once.")
        #expect(ArticleText.normalize("He said \"take two of these every day\" to me.")
            == "He said \"take two of these every day\" to me.")
        #expect(ArticleText.normalize("The patients' notes and the doctor's 'plan'.") == "The patients' notes and the doctor's plan.")
        #expect(ArticleText.normalize("It's fine, isn't it?") == "It's fine, isn't it?")
    }

    @Test func anUnclosedMarkAtTheEndStays() {
        #expect(ArticleText.normalize("a \"b") == "a \"b")
        #expect(ArticleText.normalize("'") == "'")
        #expect(ArticleText.normalize("x 'y z") == "x 'y z")
    }
}
