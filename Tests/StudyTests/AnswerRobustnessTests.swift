import PearlsCore
import Testing

@testable import Study

/// Any typed bytes are marked without a crash, and every key still marks itself right.
@Suite struct AnswerRobustnessTests {
    static let alphabet = Array("aeiouhypertnsclmgdkL0123456789.,-–—±+/%°µ |'\"\u{0}\u{1B}\u{301}é漢🙂\n\t")

    private static func randomText(using generator: inout SplitMix64) -> String {
        String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
    }

    @Test func randomInputNeverCrashesAndEveryKeyMarksItselfRight() {
        var generator = SplitMix64(seed: 17)
        let checker = AnswerCheck(abbreviations: ["MRI": "magnetic resonance imaging"])
        let terms = ClinicalTerms(deckTexts: ["hypercalcemia of malignancy", "2.5 mL ± 0.1"])
        for _ in 0..<800 {
            let typed = Self.randomText(using: &generator)
            let key = Self.randomText(using: &generator)
            _ = Quantity(typed)
            _ = checker.checkTyped(typed, accepted: [key, "2.5 mL ± 0.1", "hypercalcemia"], terms: terms)
            _ = checker.chosenOptions(typed, options: [key, "5 mg", "Serum calcium"], single: Bool.random(using: &generator))
            _ = checker.checkList(typed, items: [key, "Bone pain", "Confusion"], needed: 2, terms: terms)
            #expect(checker.checkList("confusion; bone pain", items: [key, "Bone pain", "Confusion"], needed: 2, terms: terms)
                    == .right(typo: nil), "\(key.debugDescription)")
            guard !AnswerText().normalize(key).isEmpty else { continue }
            #expect(checker.checkTyped(key, accepted: [key], terms: terms) == .right(typo: nil), "\(key.debugDescription)")
        }
    }
}
