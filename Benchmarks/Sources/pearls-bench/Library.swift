import ArgumentParser
import DeckCompiler
import Foundation
import PearlsCore
import Scheduling

/// `pearls-bench library`: the library's hot paths, timed in-process.
struct Library: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Time replay, the day's queue and deck compiling.")

    @Option var cards = 100_000
    @Option(name: .customLong("reviews-per-card")) var reviewsPerCard = 10
    @Option var repetitions = 10
    @Option(help: "The folder of the default deck's sources.") var deck = "Decks/bone-metastases"
    @Option(help: "Write the queue's cards here as JSON Lines (days relative to the queue's instant), for peers.")
    var writeQueue: String?

    func run() throws {
        var rng = SplitMix64(seed: 7)
        let learner = SimulatedLearner()
        let histories = (0..<cards).map { _ in learner.history(count: reviewsPerCard, using: &rng) }
        let ratings = histories.map { $0.map(\.rating) }
        let days = histories.map { $0.map(\.elapsedDays) }
        let model = FSRS()

        let replay = Measurement.run("replay \(cards * reviewsPerCard) reviews", repetitions: repetitions) {
            var checksum = 0
            for card in 0..<ratings.count {
                var state: MemoryState?
                let cardRatings = ratings[card], cardDays = days[card]
                for index in 0..<cardRatings.count {
                    state = model.nextState(state, elapsedDays: cardDays[index], rating: cardRatings[index])
                }
                checksum &+= Int(state?.stability ?? 0)
            }
            return checksum
        }
        print(replay.line)

        let calendar = StudyCalendar(timeZone: TimeZone(identifier: "America/New_York") ?? .current, rolloverHour: 4)
        let scheduler = FSRSScheduler(calendar: calendar)
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let candidates = (0..<cards).map { index -> QueueCandidate in
            var state = CardState()
            if index % 5 != 0 {
                state.phase = .review
                state.memory = MemoryState(stability: Double.random(in: 1...400, using: &rng), difficulty: 5)
                let last = now.addingTimeInterval(-Double.random(in: 1...300, using: &rng) * 86_400)
                state.lastReview = last
                state.due = last.addingTimeInterval(Double(Int.random(in: 1...400, using: &rng)) * 86_400)
            }
            return QueueCandidate(id: CardID("c\(index)"), note: index % 3 == 0 ? "n\(index / 3)" : nil, state: state)
        }
        let limits = QueueLimits(newPerDay: 20, reviewsPerDay: 9_999)
        let queue = Measurement.run("queue over \(cards) cards", repetitions: repetitions) {
            scheduler.buildQueue(candidates, at: now, limits: limits).all.count
        }
        print(queue.line)
        if let writeQueue {
            let built = scheduler.buildQueue(candidates, at: now, limits: limits)
            try Self.queueLines(candidates, now: now).write(toFile: writeQueue, atomically: true, encoding: .utf8)
            print("queue size\t\(built.all.count) (\(built.all.count - min(20, cards / 5)) reviews)")
        }

        if let sources = try? SourceLoader.load(paths: [deck]) {
            let compile = Measurement.run("compile the default deck", repetitions: repetitions * 5) {
                DeckCompiler.compile(sources.sources, fallbackID: sources.fallbackID).deck?.cards.count ?? 0
            }
            print(compile.line)
        }
        print(String(format: "peak memory\t%.1f MB", peakMemoryMegabytes()))
    }

    /// One line a card: `{"id": "c1", "stability": 12.5, "difficulty": 5, "lastDays": -30.2, "dueDays": 4.8}`,
    /// or just the id for a new card.
    static func queueLines(_ candidates: [QueueCandidate], now: Date) -> String {
        candidates.map { candidate in
            let state = candidate.state
            guard let memory = state.memory, let last = state.lastReview, let due = state.due else {
                return "{\"id\": \"\(candidate.id)\"}"
            }
            return String(format: "{\"id\": \"%@\", \"stability\": %.6f, \"difficulty\": %.6f, \"lastDays\": %.6f, \"dueDays\": %.6f}",
                          candidate.id.rawValue, memory.stability, memory.difficulty,
                          last.timeIntervalSince(now) / 86_400, due.timeIntervalSince(now) / 86_400)
        }.joined(separator: "\n") + "\n"
    }
}
