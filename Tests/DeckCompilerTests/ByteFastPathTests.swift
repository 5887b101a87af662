@testable import DeckCompiler
import Foundation
import PearlsCore
import Testing

/// The generator's byte-level string helpers must give exactly what the `Character`-level code they replace
/// gave. Each is checked against that code, written out here, on seeded random text mixing ASCII words,
/// punctuation, digits, accents (precomposed and combining) and other scripts.
struct ByteFastPathTests {
    static let pieces = ["Bone", "tumor", "MRI", "x", "42", "70%", "%", ".", ",", "(", ")", "\"", "'", ":", " ", " ",
                         "  ", "-", "é", "e\u{301}", "ß", "İ", "骨", "•", "…", "\u{00A0}"]

    static func samples(seed: UInt64, count: Int = 500) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int(generator.next() % 12)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func wordKeysMatchTheCharacterLevelRule() {
        for text in Self.samples(seed: 1) {
            var word = Substring(text)
            while let first = word.first, !first.isLetter && !first.isNumber { word = word.dropFirst() }
            while let last = word.last, !last.isLetter && !last.isNumber && last != "%" { word = word.dropLast() }
            #expect(Sentence.key(Substring(text)) == word.lowercased(), "\(text.debugDescription)")
        }
    }

    @Test func repetitionKeysMatchTheCharacterLevelRule() {
        for text in Self.samples(seed: 2) {
            let expected = text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
            #expect(Boilerplate.key(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func joinedWordKeysMatchKeyingEachWord() {
        for text in Self.samples(seed: 5) {
            let expected = text.split(separator: " ").map { Sentence.key($0) }.filter { !$0.isEmpty }.joined(separator: " ")
            #expect(QualityFilter.words(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func spaceSeparatedWordsMatchSplit() {
        for text in Self.samples(seed: 3) {
            #expect(text.spaceSeparated == text.split(separator: " "), "\(text.debugDescription)")
            #expect(text.spaceSeparatedCount == text.split(separator: " ").count, "\(text.debugDescription)")
            let inner = text.dropFirst()
            #expect(inner.spaceSeparated == inner.split(separator: " "), "\(text.debugDescription)")
        }
    }

    @Test func trimmingMatchesTheCharacterLevelRule() {
        for (index, text) in Self.samples(seed: 4).enumerated() {
            let set = [" .,;:!?", "\"'()", "é", "•"][index % 4]
            var expected = Substring(text)
            while let first = expected.first, set.contains(first) { expected = expected.dropFirst() }
            while let last = expected.last, set.contains(last) { expected = expected.dropLast() }
            #expect(text.trimming(set) == String(expected), "\(text.debugDescription) trimming \(set.debugDescription)")
        }
    }

    @Test func trimmingKeepsAJoinedCharacterWhole() {
        #expect(".\u{301}abc.".trimming(".") == ".\u{301}abc")
        #expect("a\r\n".trimming("\n") == "a\r\n")
    }

    @Test(arguments: [
        ("plain (text)", true), ("a [...] b", true), ("x) (y", false), ("\"quoted\"", true), ("\"open", false),
        ("{[()]}", true), ("(é]", false), ("", true),
    ])
    func bracketBalance(text: String, balanced: Bool) {
        #expect(QualityFilter.isBalanced(text) == balanced)
    }
}

/// The same for the tokenizer's ASCII path and the byte-level replacements.
struct ByteTokenizerTests {
    static let pieces = ["Bone", "tumor", "MRI", "x", "42", "3.5", "e.g.", "70%", ".", ",", ";", "(", ")", "[", "]", "\"",
                         "'", ":", "!", "?", "-", "/", " ", " ", "  ", "\t", "\r\n", "\n", "[...]"]

    static func samples(seed: UInt64, count: Int = 500) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int(generator.next() % 14)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func asciiTokensMatchTheCharacterLevelTokenizer() throws {
        for text in Self.samples(seed: 6) {
            let fast = try #require(Passage.tokenizeASCII(text), "\(text.debugDescription)")
            #expect(fast == Passage.tokenizeCharacters(text), "\(text.debugDescription)")
        }
        #expect(Passage.tokenizeASCII("café") == nil)
    }

    @Test func byteReplacementMatchesFoundation() {
        for text in Self.samples(seed: 7) + ByteFastPathTests.samples(seed: 8) {
            for (needle, replacement) in [("[...]", " "), (" ", ""), ("e.g.", "for example"), ("é", "e")] {
                #expect(text.replacingBytes(needle, with: replacement)
                        == text.replacingOccurrences(of: needle, with: replacement, options: .literal),
                        "\(text.debugDescription) replacing \(needle.debugDescription)")
            }
        }
    }

    @Test func spacesBeforePunctuationGoAsTheCharacterLevelRuleSays() {
        for text in Self.samples(seed: 9) + ByteFastPathTests.samples(seed: 10) {
            var expected = ""
            for character in text {
                if ",;:.?!)".contains(character), expected.last == " " { expected.removeLast() }
                expected.append(character)
            }
            #expect(text.replacingSpacesBeforePunctuation() == expected, "\(text.debugDescription)")
        }
    }
}
