@testable import DeckCompiler
import PearlsCore
import Testing

/// Defects a second newcomer found on three pages of its own (PICC line care, gestational diabetes, pressure
/// relief), each shown here on sentences of our own.
struct NewcomerTwoTests {
    func cards(_ page: String) throws -> [Card] {
        try #require(DeckCompiler.compile([DeckSource(name: "p.txt", kind: .article, bytes: Array(page.utf8))], fallbackID: "p").deck).cards
    }

    /// "Pressure relief for people who use a wheelchair" names pressure relief; a later section heading ("Your
    /// cushion and chair") labelled every card of the page.
    @Test func aLongTitleIsNamedByItsWordsBeforeFor() throws {
        #expect(Headings.subject(of: "Skin care for people who use a hoist") == "skin care")
        let made = try cards("""
        Skin care for people who use a hoist

        Sitting in one place for a long time can damage the skin over your hips. Changing position every hour protects it.

        Your sling and hoist

        Check your sling for frayed edges before each use.

        """)
        #expect(!made.contains { $0.prompt.hasPrefix("Your sling and hoist:") }, "\(made.map(\.prompt))")
    }

    /// "When should I get help?" is a question, not a "when" condition: no "What should you do when should i…?".
    @Test func aQuestionHeadingIsNoCondition() {
        #expect(ListQuestion.fromHeading("When should I get help") != "What should you do when should i get help?")
        #expect(ListQuestion.fromHeading("When you get home") == "What should you do when you get home?")
        #expect(ListQuestion.fromHeading("Your sling and hoist") == nil)
    }

    /// "high blood sugar (glucose)": the bracket names the sugar, not high blood sugar.
    @Test func aBracketAfterADegreeIsNoSynonymOfIt() throws {
        let made = try cards("Pregnancy diabetes\n\nPregnancy diabetes is high blood sugar (glucose) that first appears during pregnancy.\n")
        #expect(!made.contains { $0.prompt.contains("another word for high blood sugar") }, "\(made.map(\.prompt))")
    }

    /// "a dark or purple patch" is one item, not "A dark" and "Purple patch".
    @Test func anAdjectiveAndItsAlternativeAreOneItem() throws {
        let made = try cards("Sores\n\nGet help the same day if you see blistering, broken skin, or a dark or purple patch on your heel.\n")
        #expect(!made.contains { $0.answers.contains("A dark") || $0.answers.contains("a dark") }, "\(made.map(\.answers))")
    }

    /// "Remember:" under a heading asks what to remember about it, not "Remember?".
    @Test func rememberAsksWhatToRemember() {
        #expect(ListQuestion.question(leadIn: "Your sling keeps you safe. Remember:", heading: "Your sling and hoist", owner: "", page: "")
            == "What should you remember about your sling and hoist?")
    }

    /// "…known as oral mucositis. It usually starts…": "it" is the term the sentence before ended by naming.
    @Test func itIsTheTermJustNamed() throws {
        let made = try cards("""
        Mouth care

        Radiotherapy can inflame the lining of the gut - known as radiation enteritis. It usually starts 2 to 3 weeks after treatment begins.

        """)
        #expect(made.contains { $0.prompt.lowercased().contains("radiation enteritis usually starts") }, "\(made.map(\.prompt))")
    }
}
