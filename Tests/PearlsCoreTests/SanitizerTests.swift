import PearlsCore
import Testing

struct SanitizerTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
        ("clear\u{1B}[2J\u{1B}[H screen", "clear screen"),
        ("title \u{1B}]0;pwned\u{07}bar", "title bar"),
        ("osc with st \u{1B}]8;;http://x\u{1B}\\link", "osc with st link"),
        ("8-bit csi \u{9B}31mred", "8-bit csi red"),
        ("reset \u{1B}c now", "reset  now"),
        ("bell\u{07} and nul\u{00}", "bell and nul"),
        ("carriage\rreturn", "carriagereturn"),
        ("tab\there", "tab here"),
        ("bidi \u{202E}evil\u{202C} text", "bidi evil text"),
        ("line\nbreak", "line break"),
        ("dangling escape \u{1B}", "dangling escape "),
        ("diacritics: zolédronique", "diacritics: zolédronique"),
    ])
    func removesEverythingThatDrivesATerminal(input: String, expected: String) {
        #expect(input.sanitizedForTerminal() == expected)
    }

    @Test func keepsNewlinesWhenAsked() {
        #expect("a\nb\u{1B}[1m".sanitizedForTerminal(keepingNewlines: true) == "a\nb")
    }

    @Test func randomTextNeverKeepsAControlCharacter() {
        var rng = SplitMix64(seed: 7)
        let alphabet: [Unicode.Scalar] = ["a", " ", "[", "]", ";", "m", "\u{1B}", "\u{07}", "\u{9B}", "\u{9D}",
                                          "\u{7F}", "\u{0D}", "\u{0A}", "\u{202E}", "é", "\u{85}", "\\"]
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<40, using: &rng) {
                text.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)])
            }
            let clean = String(text).sanitizedForTerminal()
            let bad = clean.unicodeScalars.first {
                $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || (0x202A...0x202E).contains($0.value)
            }
            #expect(bad == nil, "kept U+\(String(bad?.value ?? 0, radix: 16)) from \(String(text).debugDescription)")
        }
    }
}
