@testable import DeckCompiler
import Testing

/// A list that describes its heading's subject is read item by item as sentences about that subject.
struct PropertyItemTests {
    private func items(_ texts: [String]) -> [ArticleBlock] {
        texts.enumerated().map { ArticleBlock(kind: .item, text: $1, line: $0 + 1) }
    }

    @Test func anItemBecomesASentenceAboutTheHeading() {
        #expect(PropertyItem.sentence("Used once or twice daily", subject: "Daily inhalers") == "Daily inhalers are used once or twice daily")
        #expect(PropertyItem.sentence("Works within minutes", subject: "Rescue inhalers") == "Rescue inhalers work within minutes")
        #expect(PropertyItem.sentence("Works within minutes", subject: "Salbutamol") == "Salbutamol works within minutes")
        // An item with a subject of its own that belongs to the heading's: "The effects of rescue inhalers last…".
        #expect(PropertyItem.sentence("Effects last 4 to 6 hours", subject: "Rescue inhalers") == "The effects of rescue inhalers last 4 to 6 hours")
        #expect(PropertyItem.sentence("Side effects can include a dry mouth", subject: "Antihistamines")
            == "The side effects of antihistamines can include a dry mouth")
        // A clause whose subject stands alone keeps the heading as its label.
        #expect(PropertyItem.sentence("Everyone with asthma should carry one", subject: "Rescue inhalers")
            == "Rescue inhalers: Everyone with asthma should carry one")
        // An instruction with an object of its own makes no sentence about the heading…
        #expect(PropertyItem.sentence("Do not stop using it", subject: "Daily inhalers") == nil)
        // …and one whose -ing verb lost its object before a condition takes the heading's subject there.
        #expect(PropertyItem.sentence("Do not stop taking unless your nurse says so", subject: "Steroid tablets")
            == "Do not stop taking steroid tablets unless your nurse says so")
    }

    /// An item whose own subject belongs to the heading's is asked with both: how long the sprays' effects last.
    @Test func anItemsOwnSubjectIsAskedWithItsHeading() throws {
        let deck = try compiledDeck("""
            # Nasal sprays

            ## Steroid nasal sprays

            These are used every day to calm the swelling inside the nose.

            - Effects last 12 hours
            - Works within a few days
            - Can be bought from a pharmacy
            """)
        #expect(deck.cards.contains { $0.prompt == "How long do the effects of steroid nasal sprays last?" && $0.answers == ["12 hours"] },
                "\(deck.cards.map(\.prompt))")
    }

    @Test func aListOfPropertiesIsToldFromAListOfNames() {
        let properties = items(["Works within minutes", "Effects last 4 to 6 hours", "Everyone with asthma should carry one"])
        #expect(LeadInList.isPropertyList(properties, leadIn: "These are used as needed when you have sudden symptoms."))
        #expect(!LeadInList.isPropertyList(properties, leadIn: "Rescue inhalers have these features:"))
        #expect(!LeadInList.isPropertyList(items(["Salbutamol", "Terbutaline", "Ipratropium"]), leadIn: nil))
    }
}
