@testable import DeckCompiler
import PearlsCore
import Testing

/// Facts the held-out pages stated in ways no rule read, second round: a risk list whose last item is negated and
/// has an example, what to do while something happens, a group the clause holds for, and plural capitals
/// (sentences of our own).
struct HeldOutTwoTests {
    func cards(_ body: String) throws -> [Card] { try goutPageCards(body) }

    @Test func aNegatedItemAndItsExampleStayInTheList() throws {
        let made = try cards("Things that raise the risk include eating red meat, being overweight, and not drinking enough water, "
            + "for example because of a hot job.")
        let list = try #require(made.first { $0.prompt.hasPrefix("What raises the risk of gout?") }, "\(made.map(\.prompt))")
        #expect(list.answers == ["eating red meat", "being overweight", "not drinking enough water"])
        let passage = Passage("being old, having diabetes and not being able to walk far")
        let able = try #require(InlineList.items(in: 0..<passage.tokens.count, of: passage))
        #expect(able == ["being old", "having diabetes", "not being able to walk far"])
    }

    @Test func whatToDoWhileSomethingHappensIsAsked() {
        #expect(ListQuestion.question(leadIn: "While the tablets start to work, you can:", heading: "Treatment", owner: "Gout", page: "Gout")
            == "What can you do while the tablets start to work?")
        #expect(ListQuestion.question(leadIn: "If the joint swells again, you should:", heading: "Flare-ups", owner: "Gout", page: "Gout")
            == "What should you do if the joint swells again?")
    }

    @Test func pluralCapitalsKeepTheirCase() {
        #expect(ListQuestion.fromHeading("Preventing UTIs") == "How are UTIs prevented?")
        #expect(ListQuestion.sentenceCase("Tests GPs May Order") == "tests GPs may order")
    }

    @Test func theGroupAClauseHoldsForStaysInItsQuestion() throws {
        let made = try cards("In children, the rash may spread to the face.")
        #expect(made.contains { $0.prompt == "Gout: in children, what may spread to the face?" && $0.answers == ["the rash"] },
                "\(made.map(\.prompt))")
        let linked = try cards("In addition, gout can damage the kidneys over many years.")
        #expect(!linked.contains { $0.prompt.lowercased().contains("in addition") }, "\(linked.map(\.prompt))")
    }

    @Test func stepsUnderWhatToDoAreAListEvenWhenOneOpensWithItsCondition() throws {
        let made = try cards("""
        What to do in a gout attack

        1. Rest the joint and raise it.
        2. Hold an ice pack (wrapped in a towel) on the joint for up to 20 minutes.
        3. If the pain is no better after 2 days or you have a high temperature, call your GP for advice.
        4. Ask for a new plan.
        """)
        let steps = try #require(made.first { $0.prompt.hasPrefix("What should you do in a gout attack?") }, "\(made.map(\.prompt))")
        #expect(steps.answers == ["Rest the joint and raise it", "Hold an ice pack on the joint for up to 20 minutes",
                                  "If the pain is no better after 2 days or you have a high temperature, call your GP for advice",
                                  "Ask for a new plan"])
    }

    @Test func aLongStepIsNamedWithoutItsAsideOrByItsOrder() {
        #expect(LeadInList.shortened("Take one tablet of your painkiller (usually white) every 4 to 6 hours, up to a maximum of 4 tablets a day")
            == "Take one tablet of your painkiller every 4 to 6 hours, up to a maximum of 4 tablets a day")
        #expect(LeadInList.shortened("Hypercalcaemia (too much calcium in the blood, which makes you thirsty and tired and sick)")
            == "Hypercalcaemia")
        #expect(LeadInList.shortened("If the swelling spreads at any point while you are resting or you do not feel better after two days "
            + "or you are worried at any time, call your GP") == "Call your GP")
    }

    @Test func aLeadInOfWhenAStateIsSoAsksForItsSigns() {
        #expect(ListQuestion.question(leadIn: "You're having a gout attack if any of the following happens:", heading: "Gout attacks",
                                      owner: "Gout", page: "Gout") == "What are the signs that you are having a gout attack?")
        #expect(ListQuestion.question(leadIn: "You should call your GP if:", heading: "Gout", owner: "Gout", page: "Gout")?
                    .hasPrefix("What are the signs") != true)
    }
}

