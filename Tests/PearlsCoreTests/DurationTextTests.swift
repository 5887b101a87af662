import Testing

@testable import PearlsCore

@Suite struct DurationTextTests {
    @Test(arguments: [("90", 5400.0), ("90m", 5400), ("1h30m", 5400), ("45s", 45), ("1h", 3600), ("2m5s", 125),
                      (" 1H ", 3600), ("1.5", 90), ("1h0m30s", 3630)])
    func readsOneSyntax(text: String, seconds: Double) {
        #expect(DurationText.seconds(text) == seconds)
    }

    @Test(arguments: ["0", "0m", "0h0s", "", "m", "30x", "30m1h", "1h1h", "-5", "1.5m", "soon", "5 m"])
    func refusesAnythingElseAndZero(text: String) {
        #expect(DurationText.seconds(text) == nil)
    }

    @Test func writesTheSameSyntaxBackAndCountsDown() {
        #expect(DurationText.describe(5400) == "1h 30m")
        #expect(DurationText.describe(2) == "2s")
        #expect(DurationText.describe(125) == "2m 5s")
        #expect(DurationText.countdown(725) == "12:05")
        #expect(DurationText.countdown(3723) == "1:02:03")
        #expect(DurationText.countdown(0.2) == "0:01")
    }
}
