@testable import DeckCompiler
import Testing

/// Every problem `pearls check` reports, with the file, line and column it points at.
struct DiagnosticTests {
    @Test(arguments: [
        ("Q: What is it?\n\nWhy: no answer here", ["t.md:1:1: error: 'Q:' has no answer: add an 'A:' line or '- [x]' options"]),
        ("A: floating answer", ["t.md:1:1: error: 'A:' has no question: put a 'Q:' line before it"]),
        ("Q: Which?\n- [ ] a\n- [ ] b", ["t.md:1:1: error: no correct option: mark the right ones '- [x]'"]),
        ("Q: Which?\n- [x] only", ["t.md:2:1: error: a choice question needs at least two options"]),
        ("Q: a?\nA: b\nID: x\n\nQ: c?\nA: d\nID: x", ["t.md:5:1: error: duplicate card id 'x' (first used at t.md:1)"]),
        ("The {{}} is empty.", ["t.md:1:5: error: empty cloze '{{}}': put the hidden words inside"]),
        ("  Indented {{ }} cloze", ["t.md:1:12: error: empty cloze '{{}}': put the hidden words inside"]),
        ("An {{open cloze", ["t.md:1:4: error: cloze '{{' is never closed with '}}' on this line"]),
        ("An {{a|}} alternative", ["t.md:1:4: error: cloze has an empty alternative between '|'"]),
        ("---\ntitel: x\n---\n", ["t.md:2:1: error: unknown front-matter key 'titel'; did you mean 'title'?"]),
        ("---\ncolour: x\n---\n", ["t.md:2:1: error: unknown front-matter key 'colour' (known keys: title, id, audience, language, generate, abbreviations)"]),
        ("---\naudience: kids\n---\n", ["t.md:2:11: error: audience 'kids' is not one of: exam, patient, mixed"]),
        ("---\ntitle: x\n", ["t.md:1:1: error: front matter is never closed: add a '---' line after its last key"]),
        ("TF: The sky is green.\nA: maybe", ["t.md:2:4: error: a true/false answer is 'true' or 'false', not 'maybe'"]),
        ("TF: The sky is green.", ["t.md:1:1: error: 'TF:' needs 'A: true' or 'A: false'"]),
        ("Teach: Rest helps.", ["t.md:1:1: error: 'Teach:' needs a 'Q:' line with the question that checks understanding"]),
        ("Q: a?\nA: b |  | c", ["t.md:2:4: error: an alternative answer between '|' is empty"]),
        ("Q: dose?\nA: 2.5 mL ± about", ["t.md:2:4: error: the tolerance after '±' in '2.5 mL ± about' must be a number, such as 'A: 2.5 mL ± 0.1'"]),
        ("Q: dose?\nA: 2.5 mL ± 0.1mL\nID: d", []),
        ("Q: dose?\nA: 5 | 2.5 mL +/-", ["t.md:2:4: error: the tolerance after '+/-' in '2.5 mL +/-' must be a number, such as 'A: 2.5 mL ± 0.1'"]),
        ("Q: a?\nA: b\nA: c", ["t.md:3:1: error: the card above (line 1) already has 'A:' on line 2; start a new card with 'Q:'"]),
        ("Q: a?\nA: b\n- [x] c", ["t.md:2:1: error: a question has either 'A:' or options, not both"]),
        ("- [x] lonely", ["t.md:1:1: error: option outside a question: put a 'Q:' line before the '- [ ]' options"]),
        ("Q: a?\nA: b\nID: has space", ["t.md:3:5: error: card id 'has space' may only hold letters, digits, '.', '-' and '_'"]),
        ("Why: nothing to explain", ["t.md:1:1: warning: 'Why:' does not follow a card, so it is ignored"]),
        ("Q: a?\nA: b\n\nQ:  a?\nA: b", ["t.md:4:1: warning: the same card as t.md:1; kept once"]),
        ("---\njust words\n---\n", ["t.md:2:1: error: front matter line is not 'key: value'"]),
        ("---\ntitle: a\ntitle: b\n---\n", ["t.md:3:1: error: 'title' is set twice (first on line 2)"]),
        ("---\ntitle:\n---\n", ["t.md:2:7: error: 'title' is empty"]),
        ("---\nid: bone mets\n---\n", ["t.md:2:5: error: deck id 'bone mets' may only hold letters, digits, '.', '-' and '_'"]),
        ("---\nlanguage: English (UK)\n---\n", ["t.md:2:11: error: language 'English (UK)' is not a language tag such as 'en' or 'en-GB'"]),
        ("---\ngenerate: yes\n---\n", ["t.md:2:11: error: generate must be 'true' or 'false', not 'yes'"]),
        ("---\nabbreviations: MRI\n---\n", ["t.md:2:16: error: abbreviations are written 'MRI = magnetic resonance imaging; CT = computed tomography'"]),
        ("Q:\nA: b", ["t.md:1:1: error: empty question after 'Q:'"]),
        ("TF:\nA: true", ["t.md:1:1: error: empty statement after 'TF:'"]),
        ("Teach:\nQ: a?", ["t.md:1:1: error: 'Teach:' has no key point"]),
        ("Teach: rest helps\nQ:", ["t.md:2:1: error: empty question after 'Teach:'"]),
        ("The {{spine}} is common.\nA: spine", ["t.md:2:1: error: a cloze takes its answers from '{{…}}', not 'A:'"]),
        ("Q: Which?\n- [x] a\n- [ ]", ["t.md:3:6: error: option 2 is empty"]),
        ("A {{b {{c}} d}} e", ["t.md:1:7: error: a cloze cannot hold another '{{'"]),
        ("Q: a?\nA:", ["t.md:2:3: error: 'A:' is empty"]),
    ])
    func reportsEachProblemWithItsPosition(source: String, expected: [String]) {
        #expect(diagnosticLines(source) == expected)
    }

    @Test func errorsStopTheCompileButWarningsDoNot() {
        #expect(DeckCompiler.compile("A: floating").deck == nil)
        #expect(DeckCompiler.compile("Why: floating\n\nQ: a?\nA: b").deck?.cards.count == 1)
    }

    @Test func reportsEveryProblemInOneRunInSourceOrder() {
        let lines = diagnosticLines("""
            Q: no answer

            A: orphan answer? no, it belongs to the open question

            Q: b?
            A: c
            ID: dup

            Q: d?
            A: e
            ID: dup

            TF: x
            A: perhaps
            """)
        #expect(lines == [
            "t.md:9:1: error: duplicate card id 'dup' (first used at t.md:5)",
            "t.md:14:4: error: a true/false answer is 'true' or 'false', not 'perhaps'",
        ])
    }

    @Test func anArticleWithNothingToAskWarnsAndCompilesNoCards() {
        let result = DeckCompiler.compile([DeckSource(name: "page.html", kind: .article, bytes: Array("<p>Hello there.</p>".utf8))],
                                          fallbackID: "page")
        #expect(result.deck?.cards == [])
        #expect(result.diagnostics.map(\.description) == [
            "page.html:1:1: warning: no cards could be made from this article (no definitions, lists, numbers or causes found)"
        ])
    }

    @Test func generateTrueKeepsAuthoredCardsAndReadsTheProse() throws {
        let text = "---\ngenerate: true\n---\nQ: a?\nA: b\n\nAn echocardiogram is an ultrasound test that shows the heart pumping.\n"
        let result = DeckCompiler.compile([DeckSource(name: "t.md", text: text)], fallbackID: "t")
        let deck = try #require(result.deck)
        #expect(deck.cards.map(\.prompt).contains("a?"))
        #expect(deck.cards.map(\.prompt).contains("What is an echocardiogram?"))
    }

    @Test func conflictingFrontMatterAcrossFilesNamesBothPlaces() {
        let result = DeckCompiler.compile([
            DeckSource(name: "a.md", text: "---\nid: one\n---\nQ: a?\nA: b"),
            DeckSource(name: "b.md", text: "---\nid: two\n---\nQ: c?\nA: d"),
        ], fallbackID: "x")
        #expect(result.diagnostics.map(\.description) == ["b.md:2:1: error: 'id' is 'two' here but 'one' in a.md:2"])
    }

    @Test func messagesCannotCarryTerminalEscapes() {
        let lines = diagnosticLines("TF: x\nA: \u{1B}[31mred\u{1B}]0;title\u{07}")
        #expect(lines.count == 1)
        #expect(!lines[0].contains("\u{1B}"))
        #expect(!lines[0].contains("\u{07}"))
    }
}
