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
        #expect(PropertyItem.sentence("Effects last 4 to 6 hours", subject: "Rescue inhalers") == "Rescue inhalers: Effects last 4 to 6 hours")
        // An instruction would need the subject inside it.
        #expect(PropertyItem.sentence("Do not stop using it", subject: "Daily inhalers") == nil)
    }

    @Test func aListOfPropertiesIsToldFromAListOfNames() {
        let properties = items(["Works within minutes", "Effects last 4 to 6 hours", "Everyone with asthma should carry one"])
        #expect(LeadInList.isPropertyList(properties, leadIn: "These are used as needed when you have sudden symptoms."))
        #expect(!LeadInList.isPropertyList(properties, leadIn: "Rescue inhalers have these features:"))
        #expect(!LeadInList.isPropertyList(items(["Salbutamol", "Terbutaline", "Ipratropium"]), leadIn: nil))
    }
}
