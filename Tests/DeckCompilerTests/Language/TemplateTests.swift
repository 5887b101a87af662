@testable import DeckCompiler
import PearlsCore
import Testing

/// Each clause template on the sentence it was written for (sentences written for these tests).
struct TemplateTests {
    private func context(_ sentence: String, clause index: Int = 0, antecedent: String? = nil) -> ClauseContext {
        let passage = Passage(sentence)
        return ClauseContext(passage: passage, clauses: passage.clauses, index: index, antecedent: antecedent,
                             block: ArticleBlock(kind: .paragraph, text: sentence, line: 1, topic: "Topic"), file: "f.txt",
                             siblings: SiblingTerms())
    }

    private func lines(_ candidates: [Candidate]) -> [String] {
        candidates.map { "\($0.card.type.rawValue): \($0.card.prompt) => \($0.card.answers.joined(separator: " | "))" }
    }

    @Test func copulaDefinitionAsksWhatTheSubjectIs() {
        #expect(lines(CopulaDefinition.candidates(context("Cellulitis is an infection of the deeper layers of skin."))) == [
            "basic: What is cellulitis? => an infection of the deeper layers of skin",
            "cloze: [...] is an infection of the deeper layers of skin. => Cellulitis",
        ])
    }

    @Test func aShortPropertyIsTrueOrFalse() {
        #expect(lines(CopulaDefinition.candidates(context("Sepsis can be fatal."))) == ["truefalse: Sepsis can be fatal. => True"])
        #expect(lines(CopulaDefinition.candidates(context("Gout is more common in men than in women.")))
            == ["truefalse: Gout is more common in men than in women. => True"])
    }

    @Test func verbRelationAsksBothSides() {
        #expect(lines(VerbRelation.candidates(context("Smoking damages the small blood vessels."))) == [
            "basic: What does smoking damage? => the small blood vessels",
            "basic: What damages the small blood vessels? => Smoking",
        ])
        #expect(lines(VerbRelation.candidates(context("Clots can travel to the lungs."))) == [
            "cloze: Clots can travel to [...]. => the lungs",
            "basic: What can travel to the lungs? => Clots",
        ])
    }

    @Test func aPronounSubjectIsShownResolved() {
        #expect(lines(VerbRelation.candidates(context("It damages the nerves.", antecedent: "high blood sugar")))
            == ["basic: What does high blood sugar damage? => the nerves"])
        #expect(VerbRelation.candidates(context("It damages the nerves.")).isEmpty)
    }

    @Test func conditionAdviceAsksWhatToDoAndWhen() {
        let sentence = "If your temperature is 38C or higher, call the ward straight away."
        #expect(lines(ConditionAdvice.candidates(context(sentence, clause: 1))) == [
            "basic: What should you do if your temperature is 38C or higher? => call the ward straight away",
            "basic: When should you call the ward straight away? => if your temperature is 38C or higher",
        ])
    }

    @Test func aConditionalFactAsksWhen() {
        #expect(lines(ConditionFact.candidates(context("Inhalers only work well if they are used correctly.")))
            == ["basic: When do inhalers work well? => if they are used correctly"])
    }

    @Test func aReasonAsksWhy() {
        #expect(lines(ReasonClause.candidates(context("Older people get pressure ulcers because their skin is thinner.")))
            == ["basic: Why do older people get pressure ulcers? => their skin is thinner"])
    }

    @Test func aPurposeAsksWhy() {
        #expect(lines(PurposeClause.candidates(context("Nurses turn patients every two hours to relieve pressure.")))
            == ["basic: Why do nurses turn patients every two hours? => to relieve pressure"])
    }

    @Test func aQuantityIsHiddenWhole() {
        #expect(lines(QuantityCloze.candidates(context("Recheck the level after 10 to 15 minutes."))) ==
            ["cloze: Recheck the level after [...]. => 10 to 15 minutes"])
        // A number that names something ("type 2 diabetes") is not a quantity.
        #expect(QuantityCloze.candidates(context("People with type 2 diabetes need foot checks.")).isEmpty)
    }

    @Test func aCoordinationIsHiddenWholeNeverOneMember() {
        #expect(lines(CoordinationCloze.candidates(context("Avoid injections, blood tests and blood pressure cuffs on that arm.")))
            == ["cloze: Avoid [...] on that arm. => injections, blood tests and blood pressure cuffs"])
    }

    @Test func namingAsksForOtherNames() {
        #expect(lines(Naming.candidates(context("Pressure ulcers, also known as bedsores, are injuries to the skin.")))
            == ["basic: What are other names for pressure ulcers? => bedsores"])
    }

    @Test func theFallbackHidesTheKeyChunk() {
        #expect(lines(ClozeFallback.candidates(context("Dehydration makes the heart work harder during exercise.")))
            == ["cloze: Dehydration makes the [...] during exercise. => heart work harder"])
    }
}
