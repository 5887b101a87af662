@testable import DeckCompiler
import PearlsCore
import Testing

/// A paragraph opening "Label: …" is parsed without its label, and its cards name the label.
struct ParagraphLabelTests {
    @Test func aLabelIsSplitOffOnlyWhenShortAndFollowedByASentence() {
        #expect(ParagraphLabel("Jaundice: The skin and eyes turn yellow when bilirubin builds up.")?.label == "Jaundice")
        #expect(ParagraphLabel("Jaundice: The skin and eyes turn yellow when bilirubin builds up.")?.rest
            == "The skin and eyes turn yellow when bilirubin builds up.")
        #expect(ParagraphLabel("Note: see below.") == nil, "too short a rest")
        #expect(ParagraphLabel("The most common cause of jaundice in adults today: hepatitis and gallstones.") == nil)
        #expect(ParagraphLabel("Call 111: if you feel unwell.") == nil, "the rest opens in lower case")
    }

    @Test func cardsFromALabelledParagraphNameTheLabel() throws {
        let page = "Liver problems\n\nJaundice: In most adults, a blockage of the bile duct can trap bilirubin in the blood.\n\n"
        let deck = try #require(DeckCompiler.compile([DeckSource(name: "l.txt", kind: .article, bytes: Array(page.utf8))],
                                                     fallbackID: "l").deck)
        let relation = try #require(deck.cards.first { $0.prompt.contains("trap") && $0.type == .basic })
        #expect(relation.prompt.hasPrefix("Jaundice: "), "\(relation.prompt)")
        #expect(!relation.prompt.contains("Jaundice: In"), "the label is not part of the parsed sentence")
    }
}
