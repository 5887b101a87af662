@testable import DeckCompiler
import PearlsCore
import Testing

/// Stage 1: any bytes become clean lines with their source line numbers.
@Suite struct ArticleIngestTests {
    private func text(_ source: String, name: String = "a.txt") -> ArticleText {
        ArticleText(bytes: Array(source.utf8), name: name)
    }

    @Test func htmlDropsScriptsAndFurnitureAndKeepsHeadingsAndItemsOnTheirLines() {
        let html = """
            <html><head><script>var x = "<p>no</p>";</script><style>p{}</style></head><body>
            <nav>Home &gt; Lungs</nav>
            <h2>Symptoms</h2>
            <p>Asthma &amp; <b>wheezing</b>&#8212;often&nbsp;at night.</p>
            <ul><li>Cough</li><li>Chest tightness</li></ul>
            <!-- a comment <p>hidden</p> -->
            </body></html>
            """
        let article = text(html, name: "page.html")
        #expect(article.format == .html)
        let lines = article.lines.filter { !$0.text.isEmpty }
        #expect(lines.map(\.text) == ["## Symptoms", "Asthma & wheezing —often at night.", "- Cough", "- Chest tightness"])
        #expect(lines.map(\.number) == [3, 4, 5, 5])
    }

    @Test(arguments: [
        ("Nurses write <p> in notes.\nBone pain is common at night.\nRest helps.\n", false),
        ("<div>One</div>\n<p>Two</p>\n<p>Three</p>\n", true),
        ("<!DOCTYPE html>\nHello\n", true),
        ("Use <b>bold</b> once in a long plain page about bone pain that is mostly prose.\n", false),
    ])
    func aTextFileIsHTMLOnlyWhenTagsDominate(source: String, isHTML: Bool) {
        #expect(ArticleText.looksLikeHTML(Array(source.utf8), name: "a.txt") == isHTML)
    }

    @Test func aCookieBannerGluedToAParagraphTakesOnlyItsOwnSentences() {
        let paragraph = "We use cookies to improve your experience; see our cookie policy. Lymphoedema is swelling caused "
            + "by a build-up of lymph fluid in the tissues. It often affects an arm or a leg after cancer treatment, "
            + "and early treatment helps to keep it under control."
        var blocks = [ArticleBlock(kind: .paragraph, text: paragraph, line: 1)]
        Boilerplate.mark(&blocks)
        #expect(blocks[0].isContent)
        #expect(blocks[0].text.hasPrefix("Lymphoedema is swelling"))
        #expect(!blocks[0].text.contains("cookie"))
    }

    @Test func controlCharactersAndEscapesNeverSurvive() {
        let article = text("Bone\u{1B}[31m pain\u{07} is \u{1B}]0;title\u{07}common.\u{9B}2J\r\nNext\u{0}line &#27;[0m")
        for line in article.lines {
            #expect(!line.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
        #expect(article.lines.first?.text == "Bone pain is common.")
    }

    @Test func quotesSpacesAndCompositionAreNormalized() {
        let article = text("\u{201C}Mets are common, and\u{201D} isn\u{2019}t\u{00A0}rare\u{2026} cafe\u{0301}")
        #expect(article.lines.first?.text == "\"Mets are common, and\" isn't rare... caf\u{E9}")
    }

    /// A scraper's space before a comma goes, in ASCII lines and others; a list of commas keeps its own.
    @Test func aSpaceBeforeACommaIsDropped() {
        #expect(text("dry mouth , lips and eyes").lines.first?.text == "dry mouth, lips and eyes")
        #expect(text("bouche sèche , lèvres").lines.first?.text == "bouche sèche, lèvres")
        #expect(text("values: 1, , 2").lines.first?.text == "values: 1, , 2")
        // …and the space a scraper put inside a plural.
        #expect(text("Special medicine s are used to block hormones.").lines.first?.text == "Special medicines are used to block hormones.")
        #expect(text("Take vitamin D and B12 s").lines.first?.text == "Take vitamin D and B12 s")
    }

    @Test func aSourceLineBecomesTheCitation() {
        let article = text("# source: https://example.org/page\n\nFirst line.")
        #expect(article.citation == "https://example.org/page")
        #expect(article.lines.map(\.text) == ["", "First line."])
        #expect(article.lines.last?.number == 3)
    }

    @Test func markdownLosesEmphasisLinksAndCardSyntax() {
        let lines = MarkdownText.plainLines(ArticleText.splitLines(
            "---\ntitle: x\n---\n**Bold** and [a link](http://x) and `code`.\nQ: skipped?\n- [x] also skipped"))
        #expect(lines.map(\.text) == ["Bold and a link and code.", "", ""])
        #expect(lines.first?.number == 4)
    }

    @Test(arguments: [
        ("Dr. Smith saw the patient. She was fine.", ["Dr. Smith saw the patient.", "She was fine."]),
        ("Take 5 mg. twice daily, e.g. with food. Then rest.", ["Take 5 mg. twice daily, e.g. with food.", "Then rest."]),
        ("In the U.S. Army, i.e. here. Why? Because.", ["In the U.S. Army, i.e. here.", "Why?", "Because."]),
        ("It is called \"mets.\" They spread.", ["It is called \"mets.\"", "They spread."]),
        ("Cut off mid", ["Cut off mid"]),
    ])
    func sentencesSplitOnlyWhereTheyEnd(paragraph: String, expected: [String]) {
        #expect(SentenceSplitter.sentences(in: paragraph) == expected)
    }
}
