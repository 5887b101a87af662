@testable import DeckCompiler
import Testing

/// The question a list answers, from its lead-in and heading.
struct ListQuestionTests {
    @Test(arguments: [
        ("Early signs of a low blood sugar include:", "", "What are the early signs of a low blood sugar?"),
        ("Ischaemic strokes can be caused by:", "", "What can ischaemic strokes be caused by?"),
        ("The haemorrhage may be due to:", "", "What may the haemorrhage be due to?"),
        ("One or more of the following may be present:", "Signs of sepsis in adults", "What are the signs of sepsis in adults?"),
        ("Watch for the following symptoms:", "Heart failure", "What are the symptoms of heart failure?"),
        // "Signs of X" names whose signs they are; it is no pointer like "Signs include:".
        ("Signs of shingles include:", "Shingles", "What are the signs of shingles?"),
    ])
    func aLeadInBecomesTheListsQuestion(leadIn: String, heading: String, expected: String) {
        #expect(ListQuestion.question(leadIn: leadIn, heading: heading, owner: "", page: "") == expected)
    }

    /// A question that names no word of the page gets it; one that names it by its initials does not.
    @Test func thePageIsNamedOnceEvenByItsInitials() {
        #expect(ListQuestion.namingContext("What are the possible signs?", owner: "Deep vein thrombosis")
            == "What are the possible signs of deep vein thrombosis?")
        #expect(ListQuestion.namingContext("What are the DVT signs?", owner: "Deep vein thrombosis") == "What are the DVT signs?")
    }

    @Test func aWhatIsHeadingNamesThePage() {
        #expect(Headings.askedAbout("What is a neutropenic fever?") == "Neutropenic fever")
        #expect(Headings.askedAbout("What are pressure ulcers") == "Pressure ulcers")
        #expect(Headings.askedAbout("How is it treated?") == nil)
    }
}
