@testable import DeckCompiler
import PearlsCore
import Testing

/// A scale of severity, and whom to contact (sentences written for these tests).
extension TemplateTests {
    /// "X can be mild, moderate or severe" asks how X's severity is graded, with each grade an answer; any other list
    /// after "be" stays the gap's own.
    @Test func aScaleOfSeverityAsksHowItIsGraded() {
        #expect(lines(CoordinationCloze.candidates(context("Asthma attacks can be mild, moderate or severe.")))
            == ["basic: How is the severity of asthma attacks graded? Name all 3. => Mild | Moderate | Severe"])
        #expect(lines(CoordinationCloze.candidates(context("A burn is mild, moderate, or severe.")))
            == ["basic: How is the severity of a burn graded? Name all 3. => Mild | Moderate | Severe"])
        #expect(lines(CoordinationCloze.candidates(context("The rash can be red, itchy or painful."))).allSatisfy { !$0.contains("severity") })
        // A sentence that is only the list is read as an inline list, and asks the same.
        #expect(lines(InlineList.candidates(context("Asthma attacks can be mild, moderate or severe.")))
            == ["basic: How is the severity of asthma attacks graded? Name all 3. => Mild | Moderate | Severe"])
    }

    /// "NHS 111" names a service: its number is no quantity to hide.
    @Test func aServiceNumberIsNoQuantity() {
        #expect(QuantityCloze.candidates(context("Call NHS 111 if you feel unwell.")).isEmpty)
    }
}

extension TemplateTests {
    /// A choice of carers is asked as whom to contact, with the clause's adverb and its condition, any one right.
    @Test func aChoiceOfCarersIsAskedAsWhom() {
        #expect(lines(ConditionAdvice.candidates(context("Call your nurse, your GP or the hospital ward at once if your wound starts to bleed.", clause: 0)))
            == ["basic: Whom should you call at once if your wound starts to bleed? => your nurse | your GP | the hospital ward"])
        #expect(lines(ConditionAdvice.candidates(context("Contact your doctor or pharmacist straight away if the rash spreads.", clause: 0)))
            == ["basic: Whom should you contact straight away if the rash spreads? => your doctor | pharmacist"])
        #expect(CoordinationCloze.candidates(context("Call your nurse, your GP or the hospital ward at once if your wound starts to bleed.")).isEmpty,
                "the choice is asked once, as whom")
        #expect(lines(ConditionAdvice.candidates(context("Contact your doctor if the rash spreads.", clause: 0)))
            == ["basic: What should you do if the rash spreads? => Contact your doctor"], "one carer: what to do")
    }
}

extension TemplateTests {
    /// "…you must contact your GP, the ward or NHS 111": a list of carers is asked as whom, any one right.
    @Test func aListOfCarersInASentenceIsAskedAsWhom() {
        #expect(lines(InlineList.candidates(context("After a fall, you must contact your GP, the ward or NHS 111 immediately.")))
            == ["basic: After a fall, whom must you contact? => your GP | the ward | NHS 111"])
        #expect(lines(InlineList.candidates(context("You must avoid salt, sugar or fried food."))).allSatisfy { !$0.contains("Whom") })
    }

    /// A lead-in that gives advice before pointing at its list ("…if you have any of the following symptoms:")
    /// is asked with the list named where it points.
    @Test func adviceInAListLeadInIsAskedWithTheListNamed() throws {
        let page = """
        Severe burns

        A burn can damage the skin and the tissue under it.

        Call your GP, a minor injuries unit or 999 straight away if you notice any of the following signs:

          • skin that is white or charred
          • blisters bigger than your hand

        Cool a burn under running water for 20 minutes.

        """
        let deck = try #require(DeckCompiler.compile([DeckSource(name: "b.txt", kind: .article, bytes: Array(page.utf8))],
                                                     fallbackID: "b").deck)
        let whom = try #require(deck.cards.first { $0.prompt.hasPrefix("Whom") }, "\(deck.cards.map(\.prompt))")
        #expect(whom.prompt == "Whom should you call straight away if you notice any of the signs of severe burns?")
        #expect(whom.answers == ["your GP", "a minor injuries unit", "999"])
    }
}

extension TemplateTests {
    /// "See your GP if A, or if B": when to turn to a carer is asked only with the sentence's own reasons, both.
    @Test func twoReasonsToSeeACarerAreAskedTogether() {
        #expect(lines(ConditionAdvice.candidates(context("See your GP if the cough lasts three weeks, or if you cough up blood.")))
            == ["basic: What should you do if the cough lasts three weeks? => See your GP",
                "basic: When should you see your GP? Name both. => if the cough lasts three weeks | if you cough up blood"])
        #expect(lines(ConditionAdvice.candidates(context("Call 999 if you feel faint, or if your lips turn blue.")))
            == ["basic: What should you do if you feel faint? => Call 999",
                "basic: When should you call 999? Name both. => if you feel faint | if your lips turn blue"], "any advice: both reasons")
        #expect(lines(ConditionAdvice.candidates(context("See your GP if the cough lasts three weeks.")))
            == ["basic: What should you do if the cough lasts three weeks? => See your GP"], "one reason of many a page may give")
    }
}

extension TemplateTests {
    /// "X are the same as for Y but…": a likeness asks how the two compare, never what X is.
    @Test func aLikenessIsAskedAsAComparison() {
        #expect(lines(CopulaDefinition.candidates(context("The signs of a sprain are the same as for a fracture but fade within a week.")))
            == ["basic: How do the signs of a sprain compare with those of a fracture? => the same as for a fracture but fade within a week"])
        #expect(lines(CopulaDefinition.candidates(context("Shingles is similar to chickenpox in the way it spreads.")))
            == ["basic: How does shingles compare with chickenpox? => similar to chickenpox in the way it spreads"])
    }
}

extension TemplateTests {
    /// "Spray once into each nostril (not towards the middle of the nose)": where not to is asked, with the
    /// section's task when its heading says how to do it.
    @Test func aPlaceNotToIsAskedAsWhereNot() {
        let read = { (passage: Passage) in
            ClauseContext(passage: passage, clauses: passage.clauses, index: 0, antecedent: nil,
                          block: ArticleBlock(kind: .item, text: "", line: 1, topic: "Topic"), file: "f.txt", siblings: SiblingTerms())
        }
        #expect(lines(NotAside.candidates("Point the nozzle outwards (not towards the middle of the nose).", heading: "How to use a nasal spray", context: read))
            == ["basic: When using a nasal spray, where should you not point the nozzle? => towards the middle of the nose"])
        #expect(lines(NotAside.candidates("Breathe out gently (not into the spacer).", heading: "Spacers", context: read))
            == ["basic: Where should you not breathe out? => into the spacer"])
        #expect(NotAside.candidates("Take two tablets (not more than eight a day).", heading: "Dosage", context: read).isEmpty, "no place")
        #expect(NotAside.candidates("Store in a cool place (not in the fridge).", heading: "Storage", context: read).isEmpty, "nothing stored")
    }
}

extension TemplateTests {
    /// A limit in an advice's condition is asked as the limit, its unit written apart from its number.
    @Test func aLimitInAConditionIsAskedAsTheLimit() {
        #expect(Threshold.card(condition: "if your blood pressure is above 180/120mmHg", action: "Call 999")
            .map { "\($0.prompt) => \($0.answer)" } == "Above what blood pressure should you call 999? => 180/120 mmHg")
        #expect(Threshold.card(condition: "if your temperature is less than 36C or you feel cold", action: "warm the baby")
            .map { "\($0.prompt) => \($0.answer)" } == "Below what temperature should you warm the baby? => 36 C")
        #expect(Threshold.card(condition: "if your temperature is high", action: "rest") == nil)
        #expect(Threshold.card(condition: "if your child is under 2", action: "see a doctor") == nil, "a person is no measure")
        #expect(lines(ConditionAdvice.candidates(context("Call your midwife if your temperature is over 38 degrees.")))
            == ["basic: What should you do if your temperature is over 38 degrees? => Call your midwife",
                "basic: Above what temperature should you call your midwife? => 38 degrees"])
    }
}

extension TemplateTests {
    /// "It is important to know the signs and get help at once if you feel unwell": the condition at the end is
    /// the last verb phrase's, so only that phrase is what to do then.
    @Test func aConditionAtTheEndBelongsToTheLastVerbPhrase() {
        #expect(lines(ExpletiveAdvice.candidates(context("It is important to know the signs of a stroke and get help at once if your face droops.")))
            == ["basic: What should you do if your face droops? => get help at once"])
    }
}
