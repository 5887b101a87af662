@testable import DeckCompiler
import PearlsCore
import Testing

/// Kinds of card blind review 17 rejected, on sentences of our own: each must be caught by the filter.
struct ReviewSeventeenTests {
    private func flaw(_ type: CardType, _ prompt: String, _ answers: [String], topic: String = "") -> QualityFilter.Flaw? {
        let choice = type == .truefalse
        return QualityFilter.flaw(of: Card(id: CardID("x"), type: type, prompt: prompt, answers: answers,
                                           options: choice ? ["True", "False"] : nil, correct: choice ? [0] : nil, topic: topic))
    }

    /// "How often are daily control inhalers taken? Every day, even when you feel fine": the frequency is
    /// given away whatever the answer adds after it.
    @Test func aFrequencyWithAnAsideIsStillGivenAway() {
        #expect(flaw(.basic, "How often are daily preventer inhalers used?", ["every day, even when you feel well"]) == .answerInQuestion)
        #expect(flaw(.basic, "How often are preventer inhalers used?", ["every day, even when you feel well"]) == nil)
    }

    /// "…can become [severe]", "it's [essential] to…": many words fill the gap. ("…can be dangerous if it's not
    /// treated promptly", which the review also called trivial, is the reason to act at once, and stays.)
    @Test func aDegreeAloneIsNoFact() {
        #expect(flaw(.truefalse, "Gout can be dangerous if it is not treated.", ["True"]) == nil)
        #expect(flaw(.cloze, "If gout is left untreated, it can become [...].", ["severe"]) == .vagueAnswer)
        #expect(flaw(.cloze, "If joint pain lasts, it is [...] to see your GP.", ["essential"]) == .vagueAnswer)
        #expect(flaw(.cloze, "If gout is left untreated, it can damage [...].", ["the kidneys"]) == nil)
    }

    /// "Dehydration can also lead to [...]": "also" says the page names other answers too.
    @Test func aGapAfterAlsoHasOtherAnswers() {
        #expect(flaw(.cloze, "Gout can also lead to [...].", ["kidney stones"]) == .vagueAnswer)
        #expect(flaw(.cloze, "Gout can also lead to a loss of [...].", ["movement"]) == .vagueAnswer)
        #expect(flaw(.cloze, "You should also see your GP if the pain lasts [...].", ["more than a week"]) == nil)
        #expect(flaw(.cloze, "Gout, also called [...], is a kind of arthritis.", ["podagra"]) == nil)
    }

    /// "When will a full infection work-up be done? If you have a neutropenic fever" under "What is a
    /// neutropenic fever": an answer that is the topic line's own words.
    @Test func anAnswerTheTopicShowsIsGivenAway() {
        #expect(flaw(.basic, "When should your joints be checked by a nurse?", ["if you have acute gout"], topic: "What is acute gout")
                == .answerInQuestion)
        #expect(flaw(.basic, "When should your joints be checked by a nurse?", ["if the pain lasts a week"], topic: "What is acute gout") == nil)
    }

    /// Review 18: "certain cancers have a higher likelihood of spreading to bone" is true of anything.
    @Test func aTrueStatementAboutCertainThingsIsNoFact() {
        #expect(flaw(.truefalse, "Gout: certain foods are more likely to trigger an attack.", ["True"]) == .vagueAnswer)
        #expect(flaw(.truefalse, "Gout: red meat is more likely to trigger an attack.", ["True"]) == nil)
    }

    /// "…the term given to [two] or more new tumors": half of "two or more". The whole, which only says "several",
    /// is no fact either (review 24).
    @Test func aGapBeforeOrMoreCutsTheQuantity() {
        #expect(flaw(.cloze, "Recurrent gout is the name given to [...] or more attacks a year.", ["two"]) == .cutPhrase)
        #expect(flaw(.cloze, "Recurrent gout is the name given to [...] attacks a year.", ["two or more"]) == .vagueAnswer)
        #expect(flaw(.cloze, "Recurrent gout is the name given to [...] attacks a year.", ["three or more"]) == nil)
    }
}
