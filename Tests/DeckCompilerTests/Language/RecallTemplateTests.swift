@testable import DeckCompiler
import PearlsCore
import Testing

/// Sentences no rule read before, each written for the test: an order timed by "before", a negation in a
/// concessive clause, lists with bracketed asides, a qualifier in front or an "and" inside an item.
extension TemplateTests {
    /// A class of examples that is the clause's subject is asked with what the clause says of it, even a vague
    /// one ("methods"): the clause names it.
    @Test func aSubjectsExamplesAreAskedWithWhatTheClauseSays() {
        #expect(lines(SuchAsExample.candidates(context("In addition to painkillers, gentle methods such as ice, splints, and massage can ease the pain.")))
            == ["basic: Give an example of gentle methods that can ease the pain. => ice | splints | massage"])
        #expect(SuchAsExample.candidates(context("Ask about methods such as ice, splints, and massage.")).isEmpty)
    }

    /// "…if you sit still for a long time, such as after an operation, when you're on a long flight, or when
    /// you're ill in bed": the condition's examples are the answers, any one of them right.
    @Test func aConditionsExamplesAreAskedAsExamples() {
        #expect(lines(ConditionFact.candidates(context("Swollen ankles can also happen if you sit still for a long time, such as after an operation, when you're on a long flight, or when you're ill in bed.")))
            == ["basic: Swollen ankles can happen if you sit still for a long time. Give an example of such a time. => after an operation | when you're on a long flight | when you're ill in bed"])
        // With one example, the condition alone is asked, as before.
        #expect(lines(ConditionFact.candidates(context("Swollen ankles can happen if you sit still for a long time, such as on a flight.")))
            == ["basic: When can swollen ankles happen? => if you sit still for a long time"])
    }

    @Test func anOrderTimedByBeforeIsAskedAsWhatToDoThen() {
        #expect(lines(ConditionAdvice.candidates(context("Check your blood sugar before driving a car."))) == [
            "basic: What should you do before driving a car? => Check your blood sugar",
        ])
        // Whom to ask, and when: the timing is the page's own fact.
        #expect(lines(ConditionAdvice.candidates(context("However, ask your nurse before taking any new tablets to stay safe."))) == [
            "basic: What should you do before taking any new tablets? => ask your nurse",
        ])
        #expect(ConditionAdvice.candidates(context("Nurses check the wound before changing the dressing.")).isEmpty)
    }

    /// A prohibition with its one exception asks when the thing is allowed; "unless" after an order makes no
    /// "What should you do unless…?".
    @Test func aProhibitionWithAnExceptionAsksWhenItIsAllowed() {
        #expect(lines(ConditionAdvice.candidates(context("Do not drive unless your doctor says it is safe."))) == [
            "basic: When may you drive? => only if your doctor says it is safe",
        ])
        #expect(lines(ConditionAdvice.candidates(context("Never stop taking steroid tablets unless your nurse tells you to."))) == [
            "basic: When may you stop taking steroid tablets? => only if your nurse tells you to",
        ])
        #expect(ConditionAdvice.candidates(context("Take the tablets with food unless you feel sick.")).isEmpty)
    }

    /// A class that a relative clause narrows, with its examples, is asked with what the clause says of it,
    /// stated first so that two relatives do not stack.
    @Test func aClassNarrowedByARelativeClauseAsksForAnExample() {
        #expect(lines(SuchAsExample.candidates(context("Medicines that affect clotting, such as aspirin or warfarin, can make bruises larger.")))
            == ["basic: Medicines that affect clotting can make bruises larger. Give an example. => aspirin | warfarin"])
    }

    @Test func aNegationInAConcessiveClauseIsFlipped() {
        #expect(lines(NegationFlip.candidates(context("While gout is not usually curable, it can be controlled well."))) == [
            "mcq: Is gout usually curable? => No, gout is not usually curable.",
        ])
        #expect(NegationFlip.candidates(context("If gout is not treated, it can damage joints.")).isEmpty)
    }

    @Test func aListKeepsItsBracketedAsidesAndItsLastItem() throws {
        let drugs = try #require(CoordinationCloze.candidates(context("Pain may be eased with medicines such as non-steroidal drugs (NSAIDs), opioids, or nerve blocks.")).first)
        #expect(drugs.card.answers == ["Non-steroidal drugs (NSAIDs)", "Opioids", "Nerve blocks"])
        let bones = try #require(CoordinationCloze.candidates(context("Gout affects joints far from the centre, often the toes, ankles, knees and heels, and fingers.")).first)
        #expect(bones.card.answers == ["The toes", "Ankles", "Knees", "Heels", "Fingers"])
        // ", or have…" joins a second verb phrase; the list before it stands.
        let risk = try #require(CoordinationCloze.candidates(context("Adults who are older, obese or diabetic, or have kidney disease, are more at risk.")).first)
        #expect(risk.card.answers == ["Older", "Obese", "Diabetic"])
    }

    @Test func aLeadInsOwnStatementIsRead() {
        #expect(LeadInList.statement(before: "Choices often depend on your age, and may include:") == "Choices often depend on your age.")
        #expect(LeadInList.statement(before: "Signs of gout include:") == nil)
        #expect(LeadInList.statement(before: "Rest, ice, and more include:") == nil)
    }

    /// A list item that is a long step is named by its part before a dash or comma, never by its first twelve words.
    @Test func aLongStepIsNamedByItsFirstPart() {
        let step = ArticleBlock(kind: .item, text: "Check your temperature again after one hour – if it has come down and you "
                                + "feel well, rest at home and drink plenty of water through the rest of the day.", line: 3, topic: "Fever")
        #expect(LeadInList.term(step) == "Check your temperature again after one hour")
        // A short item is its own name.
        let item = ArticleBlock(kind: .item, text: "Broken bones, as a result of weakening", line: 4, topic: "Signs")
        #expect(LeadInList.term(item) == "Broken bones, as a result of weakening")
    }

    /// A long list is one card that asks for any three of its items, never runs that show the others
    /// ("Besides A; B; C; D; E, name 2 more" reads as a puzzle).
    @Test func aLongListIsOneCardThatAsksForAnyThree() throws {
        let long = try compiledDeck("""
            # Heat stroke

            Signs of heat stroke include:

            - a very high body temperature
            - hot and very dry skin
            - a fast and pounding pulse
            - a bad throbbing headache
            - feeling confused or very drowsy
            - fast and shallow breathing
            - fits that last several minutes
            - passing out without any warning
            """)
        #expect(!long.cards.contains { $0.prompt.contains("Besides") }, "\(long.cards.map(\.prompt))")
        let card = try #require(long.cards.first { $0.needed == 3 }, "\(long.cards.map(\.prompt))")
        // The last line is cut off (no full stop, and the text ends), so it is not an item, and the card does not
        // say how many the list has.
        #expect(card.prompt == "What are the signs of heat stroke? Name any 3.")
        #expect(card.answers.count == 7 && card.answers.first == "A very high body temperature")
    }

    @Test func whatAStatementTurnsOnIsHidden() {
        #expect(lines(DependingOn.candidates(context("A burn can be mild or deep, depending on how long the skin was hot."))) == [
            "cloze: A burn can be mild or deep, depending on [...]. => how long the skin was hot",
        ])
        #expect(DependingOn.candidates(context("Depending on the dose, you may feel sleepy.")).isEmpty)
    }
}
