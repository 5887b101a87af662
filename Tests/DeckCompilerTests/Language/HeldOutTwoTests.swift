@testable import DeckCompiler
import PearlsCore
import Testing

/// Facts the held-out pages stated in ways no rule read, second round: a risk list whose last item is negated and
/// has an example, what to do while something happens, a group the clause holds for, and plural capitals
/// (sentences of our own).
struct HeldOutTwoTests {
    func cards(_ body: String) throws -> [Card] {
        let page = "Gout\n\n" + body + "\n"
        return try #require(DeckCompiler.compile([DeckSource(name: "g.txt", kind: .article, bytes: Array(page.utf8))],
                                                 fallbackID: "g").deck).cards
    }

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
}
