import Foundation
import PearlsCore
import Testing

struct JSONValueTests {
    @Test func rendersObjectsInTheOrderGivenWithScalarArraysInline() {
        let value = JSONValue.object([
            ("z", .int(1)),
            ("a", .array([.string("x"), .bool(true), .null])),
            ("nested", .array([.object([("k", .string("v")), ("n", .int(2))]), .object([("deep", .array([]))])])),
        ])
        #expect(value.rendered() == """
            {
              "z": 1,
              "a": ["x", true, null],
              "nested": [
                {"k": "v", "n": 2},
                {
                  "deep": []
                }
              ]
            }

            """)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        var out = ""
        JSONValue.appendQuoted("a\"b\\c\nd\u{01}e\u{7F}é", to: &out)
        #expect(out == #""a\"b\\c\nd\u0001e\u007fé""#)
    }

    @Test func randomStringsSurviveARoundTripThroughFoundation() throws {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<500 {
            let scalars = (0..<Int.random(in: 0..<30, using: &rng)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0..<0x3000, using: &rng))
            }
            let text = String(String.UnicodeScalarView(scalars))
            let rendered = JSONValue.object([("text", .string(text))]).rendered()
            let decoded = try JSONDecoder().decode([String: String].self, from: Data(rendered.utf8))
            #expect(decoded["text"] == text)
        }
    }
}
