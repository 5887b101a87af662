import Foundation
import PearlsCore
import Testing

@Suite struct TimestampTests {
    @Test(arguments: [
        ("1970-01-01T00:00:00.000+00:00", Int64(0), 0),
        ("2026-11-21T09:30:00.125+01:00", Int64(1_795_249_800_125), 60),
        ("2024-02-29T23:59:59.999-05:30", Int64(1_709_270_999_999), -330),
        ("1969-12-31T23:59:59.000+00:00", Int64(-1000), 0),
    ])
    func formatsAndParsesKnownInstants(text: String, milliseconds: Int64, offset: Int) {
        let time = Timestamp(milliseconds: milliseconds, offsetMinutes: offset)
        #expect(time.description == text)
        #expect(Timestamp(text) == time)
    }

    @Test func writesYearsBeyondFourDigitsInFull() {
        #expect(Timestamp(milliseconds: 253_402_300_800_000, offsetMinutes: 0).description == "10000-01-01T00:00:00.000+00:00")
        #expect(Timestamp(milliseconds: 253_402_300_799_999, offsetMinutes: 0).description == "9999-12-31T23:59:59.999+00:00")
    }

    @Test func acceptsZuluAndMissingFractionAndLongFractions() {
        #expect(Timestamp("2026-11-21T08:30:00Z") == Timestamp(milliseconds: 1_795_249_800_000, offsetMinutes: 0))
        #expect(Timestamp("2026-11-21T08:30:00.1234567Z")?.milliseconds == 1_795_249_800_123)
        #expect(Timestamp("2026-11-21T08:30:00.5Z")?.milliseconds == 1_795_249_800_500)
    }

    @Test(arguments: [
        "", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-11-21T24:00:00Z", "2026-11-21T10:00:00",
        "2026-11-21T10:00:00+0100", "2026-11-21", "2026-11-21T10:00:00.Z", "2026-11-21T10:00:00Zjunk", "２０２６-11-21T10:00:00Z",
    ])
    func rejectsMalformedText(text: String) {
        #expect(Timestamp(text) == nil)
    }

    @Test func agreesWithFoundationOnRandomInstants() throws {
        var generator = SplitMix64(seed: 7)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for _ in 0..<2000 {
            let milliseconds = Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &generator)
            let offset = Int.random(in: -720...840, using: &generator)
            let time = Timestamp(milliseconds: milliseconds, offsetMinutes: offset)
            let parsed = try #require(formatter.date(from: time.description), "\(time)")
            #expect(Int64((parsed.timeIntervalSince1970 * 1000).rounded()) == milliseconds)
            #expect(Timestamp(time.description) == time)
        }
    }
}
