import ArgumentParser
import Foundation
import PearlsCore

/// `pearls-bench histories`: review histories as JSON Lines, the input of `pearls fsrs`.
struct Histories: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write simulated review histories as JSON Lines.")

    @Option var cards = 100_000
    @Option(name: .customLong("reviews-per-card")) var reviewsPerCard = 10
    @Option var seed: UInt64 = 42
    @Option(name: .shortAndLong) var output: String

    func run() throws {
        var rng = SplitMix64(seed: seed)
        let learner = SimulatedLearner()
        var text = ""
        text.reserveCapacity(cards * reviewsPerCard * 32)
        for card in 0..<cards {
            let reviews = learner.history(count: reviewsPerCard, using: &rng)
                .map { #"{"rating": \#($0.rating.rawValue), "days": \#($0.elapsedDays)}"# }
            text += #"{"id": "c\#(card)", "reviews": [\#(reviews.joined(separator: ", "))]}"# + "\n"
        }
        try text.write(toFile: output, atomically: true, encoding: .utf8)
    }
}
