@testable import DeckCompiler
import Testing

/// Stages 2 and 3: blocks with headings, lists and lead-ins; boilerplate marked, content kept.
@Suite struct ArticleStructureTests {
    private func blocks(_ text: String) -> [ArticleBlock] {
        ArticleStructure.blocks(of: ArticleText.splitLines(text).map { .init(text: ArticleText.normalize($0.text), number: $0.number) })
    }

    @Test func headingsListsAndLeadInsAreFound() {
        let found = blocks("""
            SYMPTOMS
            Common signs include:
            • Bone pain
            2) Fractures
            Treatment options
            Radiation therapy: High-energy rays kill cancer cells.
            The line is wrapped here and
            continues on the next line.
            """)
        #expect(found.map(\.kind) == [.heading, .paragraph, .item, .item, .heading, .paragraph, .paragraph])
        #expect(found[2].text == "Bone pain" && found[3].text == "Fractures")
        #expect(found[2].leadIn == 1 && found[3].list == 2)
        #expect(found[3].topic == "SYMPTOMS")
        #expect(found.last?.text == "The line is wrapped here and continues on the next line.")
    }

    @Test func labelledLinesUnderALeadInAreItemsAndNestedListsCloseOnAShapeChange() {
        let found = blocks("""
            Risk factors include:
            Cancer type: Some cancers spread more. The most common include:
            Breast Cancer: Often spreads.
            Lung Cancer: Spreads early.
            Age: Older adults are at higher risk.
            """)
        let items = found.filter { $0.kind == .item }
        #expect(items.map(\.label) == ["Cancer type", "Breast Cancer", "Lung Cancer", "Age"])
        #expect(items[1].leadIn == 1 && items[2].list == items[1].list)
        #expect(items[3].list == items[0].list)
    }

    @Test func furnitureIsMarkedAndProseIsKept() {
        var found = blocks("""
            Skip to content
            By Jane Doe
            Updated May 1, 2024

            Our promise to you
            We check every fact with our editors and we never stop.

            Anemia is a condition in which the blood lacks enough healthy red blood cells to carry oxygen to the tissues of the body, and it is often treated with iron.

            Call 555-123-4567 or visit www.example.com today.
            © 2024 Example Inc. All rights reserved.
            """)
        Boilerplate.mark(&found)
        let kept = found.filter(\.isContent).map(\.text)
        #expect(kept.count == 1)
        #expect(kept.first?.hasPrefix("Anemia is a condition") == true)
    }

    @Test func textRepeatedAcrossFilesIsFurniture() {
        var found = blocks("Get our latest articles delivered to you every single day.\n\nAnemia is a lack of red cells in the blood that tires people.")
        Boilerplate.mark(&found, repeated: [Boilerplate.key("Get our latest articles delivered to you every single day.")])
        #expect(found.map(\.isContent) == [false, true])
    }
}
