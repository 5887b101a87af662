import Foundation
import Testing

@testable import Reports

/// The terminal page for the fixture, compared with `Golden/stats-*.txt`. To accept a deliberate
/// change, run the tests with PEARLS_UPDATE_GOLDEN=1 and review the diff.
@Suite struct StatsTextTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func page(width: Int, unicode: Bool) throws -> String {
        let stats = LearnerStats(state: try StatsFixture.state(), decks: [StatsFixture.deck], now: StatsFixture.now,
                                 scheduler: StatsFixture.scheduler).sanitized()
        return StatsText(width: width, unicode: unicode).render(stats, learner: "fixture")
    }

    @Test(arguments: [(80, true, "stats-80-unicode.txt"), (60, false, "stats-60-ascii.txt"), (120, true, "stats-120-unicode.txt")])
    func matchesTheGoldenPage(width: Int, unicode: Bool, file: String) throws {
        let text = try page(width: width, unicode: unicode)
        let url = Self.folder.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["PEARLS_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.count <= width, "wider than \(width): \(line)")
        }
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || ($0.value >= 0x7F && $0.value < 0xA0) })
        if !unicode { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }) }
    }
}
