@testable import DeckCompiler
import PearlsCore
import Testing

/// No input crashes the compiler: random bytes, grammar soup, huge lines, odd line ends, bad UTF-8.
struct RobustnessTests {
    @Test func randomBytesNeverCrashAndAlwaysGiveAnAnswer() {
        var rng = SplitMix64(seed: 2024)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<400, using: &rng)).map { _ in UInt8.random(in: 1...255, using: &rng) }
            let result = DeckCompiler.compile([DeckSource(name: "r.md", bytes: bytes)], fallbackID: "r")
            #expect(result.deck != nil || result.diagnostics.hasErrors)
        }
    }

    @Test func grammarSoupNeverCrashesAndIsDeterministic() {
        let pieces = ["Q: ", "A: ", "TF: ", "Teach: ", "Why: ", "ID: ", "Note: ", "Tags: ", "Source: ",
                      "- [x] ", "- [ ] ", "# ", "## ", "---", "```", "{{", "}}", "|", "word ", "\n", "\n\n",
                      "\r\n", "\r", "é", "\u{1B}[31m", " ", "true", "::"]
        var rng = SplitMix64(seed: 99)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0..<60, using: &rng)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &rng)]
            }.joined()
            let first = DeckCompiler.compile(text)
            let second = DeckCompiler.compile(text)
            #expect(first.diagnostics == second.diagnostics)
            #expect(first.deck == second.deck)
            if let deck = first.deck {
                #expect(deck.firstStructuralProblem() == nil, "\(text.debugDescription)")
            }
        }
    }

    /// A device named as a source is refused with what it is, not Foundation's "You don't have permission".
    @Test func aDeviceAsASourceIsNamedForWhatItIs() {
        #expect(throws: SourceLoaderError.unreadable(path: "/dev/null", reason: "not a regular file but a device")) {
            try SourceLoader.load(paths: ["/dev/null"])
        }
    }

    @Test func emptyAndBlankFilesCompileToAnEmptyDeck() throws {
        for text in ["", "\n\n\n", "   \t  "] {
            #expect(try compiledDeck(text).cards.isEmpty)
        }
    }

    @Test func aTenMegabyteSingleLineIsProse() throws {
        let line = String(repeating: "bone ", count: 2_000_000)
        let deck = try compiledDeck("Q: a?\nA: b\n\n" + line)
        #expect(deck.cards.count == 1)
        #expect(deck.topics.first?.prose?.count == 2_000_000 * 5 - 1)
    }

    @Test func crlfAndCRLineEndsReadLikeLF() throws {
        let lf = try compiledDeck("# T\nQ: a?\nA: b | c\n\nTF: x\nA: true\n")
        #expect(try compiledDeck("# T\r\nQ: a?\r\nA: b | c\r\n\r\nTF: x\r\nA: true\r\n") == lf)
        #expect(try compiledDeck("# T\rQ: a?\rA: b | c\r\rTF: x\rA: true\r") == lf)
    }

    @Test func invalidUTF8IsReportedAtItsPosition() {
        var bytes = Array("Q: a?\nA: caf".utf8)
        bytes += [0xC3, 0x28]  // 0xC3 must be followed by a continuation byte
        let result = DeckCompiler.compile([DeckSource(name: "u.md", bytes: bytes)], fallbackID: "u")
        #expect(result.diagnostics.map(\.description) == ["u.md:2:7: error: invalid UTF-8 (byte 0xC3); save the file as UTF-8"])
    }

    @Test func binaryFilesAreReportedNotParsed() {
        let result = DeckCompiler.compile([DeckSource(name: "b.md", bytes: [0x51, 0x3A, 0x0A, 0x00, 0x01])], fallbackID: "b")
        #expect(result.diagnostics.map(\.description) == ["b.md:2:1: error: this is a binary file (NUL byte), not a deck source"])
    }

    @Test func aByteOrderMarkIsIgnored() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Q: a?\nA: b".utf8)
        let result = DeckCompiler.compile([DeckSource(name: "bom.md", bytes: bytes)], fallbackID: "bom")
        #expect(result.deck?.cards.first?.prompt == "a?")
    }
}
