import Foundation
import PearlsCore
import Scheduling

/// A learner whose memory follows FSRS with known parameters: each review is recalled with the model's
/// predicted probability, and reviews come when the scheduler says (sometimes late), so histories look
/// like real ones and the model's predictions can be checked against them.
struct SimulatedLearner {
    var model = FSRS()
    var desiredRetention = 0.9

    /// One card's history of (rating, study days since the previous review), `count` reviews long.
    func history(count: Int, using rng: inout SplitMix64) -> [(rating: Rating, elapsedDays: Int)] {
        var reviews: [(rating: Rating, elapsedDays: Int)] = []
        var state: MemoryState?
        var gap = 0
        for index in 0..<count {
            let rating: Rating
            if let current = state, index > 0 {
                let recall = model.retrievability(elapsedDays: Double(gap), stability: current.stability)
                let roll = Double.random(in: 0..<1, using: &rng)
                rating = roll >= recall ? .again : (roll < recall * 0.1 ? .easy : roll < recall * 0.85 ? .good : .hard)
            } else {
                rating = [Rating.again, .hard, .good, .good, .good, .easy].randomElement(using: &rng) ?? .good
            }
            reviews.append((rating, index == 0 ? 0 : gap))
            let next = model.nextState(state, elapsedDays: index == 0 ? 0 : gap, rating: rating)
            state = next
            // Lapses and weak first answers get a same-day step; otherwise the next review comes at the
            // scheduled interval, a quarter of the time a few days late.
            if rating == .again && Double.random(in: 0..<1, using: &rng) < 0.7 {
                gap = 0
            } else {
                let interval = max(1, Int(model.interval(stability: next.stability, desiredRetention: desiredRetention).rounded()))
                gap = min(36_500, interval + (Double.random(in: 0..<1, using: &rng) < 0.25 ? Int.random(in: 1...5, using: &rng) : 0))
            }
        }
        return reviews
    }
}
