import Foundation
import PearlsCore
import Testing

/// Text from decks and journals cannot reach a terminal or a JSON reader as a control sequence, and card
/// ids follow the grammar of `ID:` wherever they enter.
@Suite struct InjectionTests {
    static let hostile = "a\u{85}b\u{7F}c\u{202E}d\u{2066}e\u{9B}31mf"

    @Test func jsonOutputEscapesC1DELAndBidiControls() throws {
        let buffer = ByteBuffer(capacity: 64)
        buffer.appendJSONString(Self.hostile)
        let bytes = buffer.array
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
            || (0x2066...0x2069).contains($0.value) }, "\(text)")
        for escape in ["\\u0085", "\\u007f", "\\u202e", "\\u2066", "\\u009b"] { #expect(text.contains(escape)) }
        let decoded = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
        #expect(decoded == Self.hostile)
    }

    @Test(arguments: ["bad\u{1B}[2J", "=HYPERLINK(1)", "-x", "a/b", "a b", String(repeating: "a", count: 129), "é"])
    func aDeckCardIDOutsideTheGrammarIsRefused(id: String) throws {
        let card = Card(id: CardID(id), type: .basic, prompt: "p", answers: ["a"], topic: "t")
        let deck = Deck(id: "d", title: "T", cards: [card])
        let problem = try #require(deck.firstStructuralProblem())
        #expect(problem.path == "cards[0].id")
    }
}

@Test(arguments: ["a", "bm-spine-01", "x.c1", "A_b-9", String(repeating: "z", count: 128)])
func cardIDsInTheGrammarAreWellFormed(id: String) {
    #expect(CardID.isWellFormed(id))
}

/// `list --json` and other JSONValue output escape the same characters as the journal's writer.
@Test func jsonValueOutputEscapesC1DELAndBidiControls() {
    var out = ""
    JSONValue.appendQuoted(InjectionTests.hostile, to: &out)
    #expect(!out.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
        || (0x2066...0x2069).contains($0.value) }, "\(out)")
    #expect(out.contains("\\u202e") && out.contains("\\u0085"))
}
