import PearlsCore
import Testing

/// `normalizedForIdentity` and `collapsingWhitespace` take a byte path for ASCII text: it must agree with the
/// general one, which a leading non-ASCII word forces.
struct NormalizationTests {
    @Test func asciiPathAgreesWithTheGeneralOne() {
        var generator = SplitMix64(seed: 7)
        let pieces = ["Bone", "MRI", "x", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", ".", "42"]
        for _ in 0..<500 {
            let text = (0..<Int(generator.next() % 10)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
                .joined()
            let identity = text.normalizedForIdentity
            let collapsed = text.collapsingWhitespace
            #expect(("é " + text).normalizedForIdentity == "é" + (identity.isEmpty ? "" : " " + identity))
            #expect(("É " + text).collapsingWhitespace == "É" + (collapsed.isEmpty ? "" : " " + collapsed))
            #expect(identity == text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
    }
}
