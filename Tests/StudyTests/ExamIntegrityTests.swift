import DefaultDeck
import Foundation
import PearlsCore
import Progress
import Testing

@testable import Study

/// An exam cannot be passed without reading: options are shuffled by the session's seeded random source.
@Suite struct ExamIntegrityTests {
    let zone = TimeZone(identifier: "Europe/London") ?? .current
    let start = Date(timeIntervalSince1970: 1_795_249_800)

    /// The exact expected exam score, in percent, of answering "a" to every single choice and "abc" to every
    /// select-all item when each item's options are shown in a uniformly random order.
    static func expectedPercent(of cards: [Card]) -> Double {
        var expected = 0.0
        var possible = 0.0
        for card in cards {
            let options = card.options?.count ?? 0
            let correct = card.correct?.count ?? 0
            if card.type == .sata {
                // Three options drawn at random: hypergeometric count of right ones, scored +1/-1, floor 0.
                let total = choose(options, 3)
                for right in 0...3 {
                    let ways = choose(correct, right) * choose(options - correct, 3 - right)
                    expected += Double(ways) / Double(total) * Double(max(0, 2 * right - 3))
                }
                possible += Double(correct)
            } else {
                expected += 1 / Double(options)
                possible += 1
            }
        }
        return expected / possible * 100
    }

    private static func choose(_ n: Int, _ k: Int) -> Int {
        guard k >= 0, k <= n else { return 0 }
        var result = 1
        for step in 0..<k { result = result * (n - step) / (step + 1) }
        return result
    }

    @Test func aFixedLetterPatternScoresWhatChanceGivesOverSeededRuns() throws {
        let deck = try DefaultDeck.load()
        let root = NSTemporaryDirectory() + "pearls-exam-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try ProgressStore.open(try Profile(learner: "t", root: root), now: start, deviceZone: zone)
        let pool = deck.cards.filter { ($0.type == .mcq || $0.type == .sata) && $0.hasTag("exam") }
        var configuration = StudySession.Configuration(mode: .exam)
        configuration.examQuestions = pool.count
        var percents: [Double] = []
        for seed in 0..<200 {
            var generator = SplitMix64(seed: UInt64(seed))
            var session = StudySession(decks: [deck], store: store, configuration: configuration, at: start,
                                       using: &generator)
            while let card = session.currentCard {
                _ = try session.answer(card.type == .sata ? "abc" : "a", at: start)
            }
            #expect(session.summary.answered == pool.count)
            percents.append(Double(session.summary.points) / Double(session.summary.possiblePoints) * 100)
        }
        let mean = percents.reduce(0, +) / Double(percents.count)
        let expected = Self.expectedPercent(of: pool)
        withKnownIssue("options are never shuffled (issue 17)") {
            #expect(abs(mean - expected) <= 5, "mean \(mean)% over 200 runs, chance gives \(expected)%")
        }
    }

    @Test func theBuiltInDeckPutsRightAnswersInEveryPosition() throws {
        let cards = try DefaultDeck.load().cards
        let single = cards.filter { $0.type == .mcq }.compactMap { $0.correct?.first }
        let multiple = cards.filter { $0.type == .sata }.compactMap(\.correct)
        withKnownIssue("10 of 12 single-choice items have the answer first (issue 17)") {
            #expect(Set(single) == [0, 1, 2, 3])
            #expect(single.filter { $0 == 0 }.count * 3 <= single.count, "position a holds \(single.filter { $0 == 0 }.count)")
            #expect(multiple.filter { $0.contains(0) }.count < multiple.count, "a is right in every select-all item")
            #expect(multiple.filter { $0.starts(with: 0..<$0.count) }.count * 3 <= multiple.count,
                    "select-all items list the right options first")
        }
    }
}
