@testable import DeckCompiler
import PearlsCore
import Testing

/// Kinds of card blind reviews 23 and 24 rejected, each on a sentence written for the test.
extension TemplateTests {
    /// "What can show a broken bone? – X-rays": a test the page names beside others of its kind is one of
    /// several answers, so the relation is asked only from the test's side.
    @Test func aTestAmongOthersIsNotTheAnswerToWhatItDoes() {
        var siblings = SiblingTerms()
        for test in ["X-rays", "CT scans", "MRI"] { siblings.add(test, kind: .test, listed: false) }
        let sentence = "X-rays can show a broken bone in the wrist."
        let passage = Passage(sentence)
        let context = ClauseContext(passage: passage, clauses: passage.clauses, index: 0, antecedent: nil,
                                    block: ArticleBlock(kind: .paragraph, text: sentence, line: 1, topic: "Wrist injuries"),
                                    file: "f.txt", siblings: siblings)
        let made = lines(VerbRelation.candidates(context))
        #expect(made.contains("basic: What can x-rays show? => a broken bone in the wrist"))
        #expect(!made.contains { $0.hasSuffix("=> X-rays") }, "\(made)")
        // Alone of its kind on the page, the test is the one answer.
        #expect(lines(VerbRelation.candidates(self.context(sentence))).contains { $0.hasSuffix("=> X-rays") })
    }

    /// "…new bone may form in [response to the cancer]": a gap that splits a preposition of several words.
    @Test func aGapDoesNotSplitAFixedPreposition() {
        func flaw(_ prompt: String, _ answer: String) -> QualityFilter.Flaw? {
            QualityFilter.flaw(of: Card(id: CardID("x"), type: .cloze, prompt: prompt, answers: [answer], topic: "Bone"))
        }
        #expect(flaw("In some cases, new bone may form in [...].", "response to the cancer") == .cutPhrase)
        #expect(flaw("Bones may break as [...].", "a result of the cancer") == .cutPhrase)
        #expect(flaw("In some cases, new bone may form in [...].", "the spine") == nil)
    }

    /// "For example, if you have a fever, a cough and a sore throat, a swab may be taken": the list in an
    /// example's condition shows the case; it is no fact to recall (review 24).
    @Test func anExamplesConditionIsNoListToRecall() {
        let sentence = "For example, if you have a fever, a cough and a sore throat, a swab may be taken."
        #expect(Passage(sentence).clauses.indices.allSatisfy { CoordinationCloze.candidates(context(sentence, clause: $0)).isEmpty })
        // The same list as a statement is asked.
        #expect(!CoordinationCloze.candidates(context("Flu can cause a fever, a cough and a sore throat.")).isEmpty)
    }

    /// "…is the term given to [two or more] new tumours": a count that only says "several" is no fact (review 24).
    @Test func aCountThatOnlySaysSeveralIsNoAnswer() {
        #expect(QualityFilter.flaw(of: Card(id: CardID("x"), type: .cloze, prompt: "Polyps is the word for [...] growths.",
                                            answers: ["two or more"], topic: "Bowel")) == .vagueAnswer)
        // Nor is the statement of the same sentence, true of a word's use.
        #expect(CopulaDefinition.candidates(context("Polyps is the term given to two or more new growths.")).isEmpty)
    }
}
