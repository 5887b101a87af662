import Foundation
import PearlsCore
import Scheduling
import Testing

struct ReviewHistoryLineTests {
    static func convert(_ text: String, retention: Double? = nil) -> Result<String, JSONScanError> {
        var converter = ReviewHistoryLine(model: FSRS(), desiredRetention: retention)
        let out = ByteBuffer()
        return [UInt8](text.utf8).withUnsafeBufferPointer { buffer in
            do throws(JSONScanError) {
                try converter.convert(buffer, into: out)
                return .success(String(decoding: out.bytes, as: UTF8.self))
            } catch {
                return .failure(error)
            }
        }
    }

    @Test func printsTheIssuesExampleWithFullPrecision() throws {
        let line = try Self.convert(#"{"id": "c1", "reviews": [{"rating": 3, "days": 0}, {"rating": 3, "days": 2}]}"#).get()
        #expect(line.hasPrefix(#"{"id": "c1", "states": [{"retrievability": null, "stability": 2.3065, "difficulty": 2.118103970459015}, {"retrievability": 0.9094932559773545, "#))
        #expect(line.hasSuffix("}]}\n"))
    }

    @Test func statesEqualTheModelsReplayAndRoundTripThroughFoundation() throws {
        var rng = SplitMix64(seed: 31)
        let model = FSRS()
        for index in 0..<300 {
            let history = FSRSPropertyTests.randomHistory(&rng)
            let reviews = history.map { #"{"rating": \#($0.rating.rawValue), "days": \#($0.elapsedDays)}"# }
            let line = try Self.convert(#"{"reviews": [\#(reviews.joined(separator: ", "))], "id": \#(index)}"#).get()
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["id"] as? Int == index)
            #expect((object["states"] as? [Any])?.count == history.count)
            // Foundation's parser on Linux can lose the last bit of a double, so the numbers are read back
            // with Double(_:), which is exact: each must be the model's value to the last bit.
            let expected = model.replay(history)
            #expect(Self.numbers(after: "\"stability\": ", in: line) == expected.map(\.stability))
            #expect(Self.numbers(after: "\"difficulty\": ", in: line) == expected.map(\.difficulty))
        }
    }

    static func numbers(after key: String, in line: String) -> [Double] {
        line.components(separatedBy: key).dropFirst().compactMap { rest in
            Double(rest.prefix { $0 != "," && $0 != "}" })
        }
    }

    @Test func retentionAddsRoundedIntervals() throws {
        let line = try Self.convert(#"{"id": "x", "reviews": [{"rating": 4, "days": 0}]}"#, retention: 0.9).get()
        #expect(line.contains(#""interval": 8}"#))
    }

    @Test(arguments: [
        (#"{"id": "x", "reviews": [{"rating": 5, "days": 0}]}"#, "rating must be 1 (Again) to 4 (Easy), not 5 (at byte 36)"),
        (#"{"id": "x", "reviews": [{"rating": 3, "days": -1}]}"#, "days must be 0 or more, not -1 (at byte 47)"),
        (#"{"id": "x", "reviews": [{"rating": 3}]}"#, "review 1 needs both \"rating\" and \"days\" (at byte 38)"),
        (#"{"reviews": []}"#, "the line has no \"id\" (at byte 1)"),
        (#"{"id": "x"}"#, "the line has no \"reviews\" (at byte 1)"),
        (#"{"id": "x", "reviews": []} trailing"#, "unexpected text after the object (at byte 28)"),
        (#"{"id": "x", "reviews": [}"#, "expected '{' (at byte 25)"),
        (#"not json"#, "expected '{' (at byte 1)"),
    ])
    func badLinesSayWhatIsWrongAndWhere(text: String, message: String) {
        switch Self.convert(text) {
        case .success(let line): Issue.record("accepted: \(line)")
        case .failure(let error): #expect(error.description == message)
        }
    }
}
