import Foundation
import PearlsCore
import Testing

/// The fast scanner agrees with Foundation: the same values, and the same verdict on what is valid JSON.
struct JSONScannerTests {
    static func scanValue(_ text: String) -> Bool {
        [UInt8](text.utf8).withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do {
                try scanner.skipValue()
                return scanner.isAtEnd()
            } catch {
                return false
            }
        }
    }

    /// Foundation's verdict, except that Foundation on Linux also accepts trailing commas, which JSON
    /// (RFC 8259) and the scanner do not.
    static func foundationAccepts(_ text: String) -> Bool {
        let squeezed = text.filter { !$0.isWhitespace }
        if squeezed.contains(",]") || squeezed.contains(",}") { return false }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }

    @Test(arguments: [
        #"{"a": [1, 2.5, -3e2, true, false, null, "x\n\u00e9\ud83d\ude00"]}"#, "[]", "{}", "0", "-0.0", "\"\"",
        "[1,]", "{\"a\" 1}", "01", "1.", ".5", "-", "1e", "\"\\x\"", "\"\u{01}\"", "[1 2]", "{\"a\":1,}", "tru",
        "\"\\ud800\"", "nul", "[", "\"abc", "1 2", "+1", "[-]", "\"\\u12\"",
    ])
    func agreesWithFoundationOnValidity(text: String) {
        #expect(Self.scanValue(text) == Self.foundationAccepts(text), "\(text.debugDescription)")
    }

    @Test func randomTokenSoupGetsTheSameVerdictAsFoundation() {
        let pieces = ["{", "}", "[", "]", ",", ":", "\"k\"", "\"a\\\"b\"", "1", "-2", "3.5", "1e3", "0", "00",
                      "true", "null", " ", "\"\\u0041\"", "\"é\"", "fals", "\n"]
        var rng = SplitMix64(seed: 17)
        var agreed = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...12, using: &rng)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &rng)]
            }.joined()
            #expect(Self.scanValue(text) == Self.foundationAccepts(text), "\(text.debugDescription)")
            agreed += 1
        }
        #expect(agreed == 3_000)
    }

    @Test func randomStringsDecodeAsFoundationDecodesThem() throws {
        var rng = SplitMix64(seed: 23)
        for _ in 0..<1_000 {
            let scalars = (0..<Int.random(in: 0..<20, using: &rng)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0..<0x1_0000, using: &rng))
            }
            let original = String(String.UnicodeScalarView(scalars))
            let encoded = String(decoding: try JSONEncoder().encode(original), as: UTF8.self)
            let decoded = try Array(encoded.utf8).withUnsafeBufferPointer { buffer in
                var scanner = JSONScanner(buffer)
                return try scanner.string()
            }
            #expect(decoded == original)
        }
    }

    @Test func readsIntegersAndDoubles() throws {
        let text = [UInt8](#"[42, -7, 0.9094932559773545, 2e-3]"#.utf8)
        try text.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            try scanner.expect(UInt8(ascii: "["))
            #expect(try scanner.integer() == 42)
            try scanner.expect(UInt8(ascii: ","))
            #expect(try scanner.integer() == -7)
            try scanner.expect(UInt8(ascii: ","))
            #expect(try scanner.double() == 0.9094932559773545)
            try scanner.expect(UInt8(ascii: ","))
            #expect(try scanner.double() == 0.002)
        }
    }

    @Test(arguments: [("1.5", "expected a whole number (at byte 1)"), ("99999999999999999999", "number too large (at byte 1)"),
                      ("\"x\"", "expected a number (at byte 1)")])
    func integerErrorsSayWhatWasExpected(text: String, message: String) {
        [UInt8](text.utf8).withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            #expect(throws: JSONScanError.self) { _ = try scanner.integer() }
            var again = JSONScanner(buffer)
            do throws(JSONScanError) {
                _ = try again.integer()
            } catch {
                #expect(error.description == message)
            }
        }
    }
}
