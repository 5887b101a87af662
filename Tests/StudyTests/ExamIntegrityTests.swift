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
        // 5,600 answers, each fsync'd: in memory where the system offers it, so the disk stays free for the
        // crash test's timed child.
        let memory = FileManager.default.isWritableFile(atPath: "/dev/shm")
        let root = (memory ? "/dev/shm/" : NSTemporaryDirectory()) + "pearls-exam-\(UUID().uuidString)"
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
        #expect(abs(mean - expected) <= 5, "mean \(mean)% over 200 runs, chance gives \(expected)%")
        print("exam pattern a/abc: mean \(mean)% over 200 seeded runs; uniform shuffling gives \(expected)%")
    }

    @Test func theBuiltInDeckPutsRightAnswersInEveryPosition() throws {
        let cards = try DefaultDeck.load().cards
        let single = cards.filter { $0.type == .mcq }.compactMap { $0.correct?.first }
        let multiple = cards.filter { $0.type == .sata }.compactMap(\.correct)
        #expect(Set(single) == [0, 1, 2, 3])
        #expect(single.filter { $0 == 0 }.count * 3 <= single.count, "position a holds \(single.filter { $0 == 0 }.count)")
        #expect(multiple.filter { $0.contains(0) }.count < multiple.count, "a is right in every select-all item")
        #expect(multiple.filter { $0.starts(with: 0..<$0.count) }.count * 3 <= multiple.count,
                "select-all items list the right options first")
    }
}

/// How a shuffled card is shown, marked and recorded.
@Suite struct OptionOrderTests {
    let zone = TimeZone(identifier: "Europe/London") ?? .current
    let start = Date(timeIntervalSince1970: 1_795_249_800)

    static let deck = Deck(id: "fixture", title: "Fixture", cards: [
        Card(id: "mcq", type: .mcq, prompt: "Which drug?", answers: ["Denosumab"],
             options: ["Aspirin", "Denosumab", "Insulin", "Heparin", "Codeine"], correct: [1], tags: ["exam"]),
        Card(id: "scale", type: .mcq, prompt: "Which pain score is severe?", answers: ["8"],
             options: ["0", "2", "5", "8"], correct: [3], tags: ["exam", "keep-order"]),
        Card(id: "tf", type: .truefalse, prompt: "Pain is common.", answers: ["True"], options: ["True", "False"],
             correct: [0]),
    ])

    private func session(seed: UInt64, shuffles: Bool = true, mode: StudyMode = .cram) throws
        -> (StudySession, ProgressStore, String)
    {
        let root = NSTemporaryDirectory() + "pearls-order-\(UUID().uuidString)"
        let store = try ProgressStore.open(try Profile(learner: "t", root: root), now: start, deviceZone: zone)
        var configuration = StudySession.Configuration(mode: mode)
        configuration.shufflesOptions = shuffles
        var generator = SplitMix64(seed: seed)
        return (StudySession(decks: [Self.deck], store: store, configuration: configuration, at: start,
                             using: &generator), store, root)
    }

    @Test func theShownLetterIsMarkedAndTheJournalKeepsTheDeckLetter() throws {
        var orders = Set<[String]>()
        for seed in UInt64(0)..<8 {
            var (session, store, root) = try session(seed: seed)
            defer { try? FileManager.default.removeItem(atPath: root) }
            let shown = try #require(session.currentCard)
            orders.insert(try #require(shown.options))
            let position = try #require(shown.options?.firstIndex(of: "Denosumab"))
            #expect(shown.correct == [position])
            let letter = Card.optionLetter(position)
            guard case .marked(let marking) = try session.answer(letter, at: start) else {
                Issue.record("the letter \(letter) was not taken")
                continue
            }
            #expect(marking.verdict == .right(typo: nil))
            #expect(session.card(of: marking)?.options == shown.options)
            try session.grade(nil, at: start)
            let journal = try String(contentsOfFile: store.profile.journalPath, encoding: .utf8)
            #expect(journal.contains(#""card":"mcq","deck":"fixture","rating":3,"answer":"b","#), "\(journal)")
        }
        #expect(orders.count >= 6, "eight seeds showed only \(orders.count) orders")
    }

    @Test func scalesTrueFalseAndNoShuffleKeepTheDeckOrder() throws {
        var (session, _, root) = try session(seed: 3)
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try session.answer("", at: start)
        try session.grade(nil, at: start)
        #expect(session.currentCard?.options == ["0", "2", "5", "8"])
        _ = try session.answer("d", at: start)
        #expect(session.marking?.verdict == .right(typo: nil))
        try session.grade(nil, at: start)
        #expect(session.currentCard?.options == ["True", "False"])

        var (plain, _, plainRoot) = try self.session(seed: 3, shuffles: false)
        defer { try? FileManager.default.removeItem(atPath: plainRoot) }
        #expect(plain.currentCard?.options == Self.deck.cards[0].options)
        _ = try plain.answer("b", at: start)
        #expect(plain.marking?.verdict == .right(typo: nil))
    }

    @Test func anAllOfTheAboveListKeepsItsOrder() {
        let card = Card(id: "x", type: .mcq, prompt: "?", answers: ["All of the above"],
                        options: ["Rest", "Ice", "All of the above"], correct: [2])
        #expect(card.keepsOptionOrder)
        #expect(!Self.deck.cards[0].keepsOptionOrder)
        #expect(card.showingOptions(in: [2, 0, 1]).options == ["All of the above", "Rest", "Ice"])
        #expect(card.showingOptions(in: [2, 0, 1]).correct == [0])
        #expect(card.showingOptions(in: [0, 0, 1]) == card, "an order that is no permutation changes nothing")
    }
}
