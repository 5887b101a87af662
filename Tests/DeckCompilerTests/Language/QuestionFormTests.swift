@testable import DeckCompiler
import Testing

/// Statements turned into questions with their own auxiliary moved before the subject.
struct QuestionFormTests {
    private func context(_ sentence: String, antecedent: String? = nil) -> ClauseContext {
        let passage = Passage(sentence)
        return ClauseContext(passage: passage, clauses: passage.clauses, index: 0, antecedent: antecedent,
                             block: ArticleBlock(kind: .paragraph, text: sentence, line: 1), file: "f.txt", siblings: SiblingTerms())
    }

    @Test(arguments: [
        ("Blood clots can travel to the lungs.", "What can blood clots travel?"),
        ("Smoking damages the small blood vessels.", "What does smoking damage?"),
        ("Diuretics remove extra fluid.", "What do diuretics remove?"),
        ("Ulcers are caused by pressure.", "What are ulcers caused?"),
    ])
    func askingForTheObjectMovesTheAuxiliary(sentence: String, expected: String) {
        #expect(QuestionForm.askingObject(context(sentence)) == expected)
    }

    @Test func askingForTheSubjectKeepsTheVerb() {
        #expect(QuestionForm.askingSubject(context("Smoking damages the small blood vessels.")) == "What damages the small blood vessels?")
        #expect(QuestionForm.askingSubject(context("Diuretics remove extra fluid.")) == "What removes extra fluid?")
    }

    @Test(arguments: [("causes", "cause"), ("carries", "carry"), ("reaches", "reach"), ("has", "have"), ("goes", "go")])
    func baseFormsOfThirdPersonVerbs(word: String, base: String) {
        #expect(QuestionForm.baseForm(of: word) == base)
        #expect(QuestionForm.thirdPerson(of: base) == word)
    }

    @Test func aPronounSubjectResolvesToItsAntecedent() {
        let resolved = context("It damages the nerves.", antecedent: "high blood sugar")
        #expect(resolved.subjectText == "high blood sugar")
        #expect(resolved.subjectIsResolved)
        #expect(QuestionForm.askingObject(resolved) == "What does high blood sugar damage?")
        #expect(context("It damages the nerves.").subjectText == nil)
    }

    @Test func anExpletiveItResolvesToNothing() {
        #expect(context("It is important to drink water.", antecedent: "dehydration").subjectText == nil)
    }
}
