import Foundation
import PearlsCore

/// The FSRS-6 memory model: how stability, difficulty and retrievability change with each review.
///
/// Pure functions of a memory state, a rating and elapsed study days; no dates, no files, no randomness.
/// The formulas follow shared/reference/fsrs6.md (§3–§9), as fsrs-rs computes them, in double precision.
public struct FSRS: Sendable, Equatable {
    /// Stability never leaves this range (fsrs-rs `S_MIN`, `S_MAX`).
    public static let stabilityRange = 0.001...36_500.0
    /// Difficulty never leaves this range.
    public static let difficultyRange = 1.0...10.0

    public let parameters: FSRSParameters
    private let w: [Double]
    private let decay: Double
    private let factor: Double
    /// D0(Easy) before clamping: the target of difficulty's mean reversion.
    private let easyInitialDifficulty: Double
    /// S / e^(w17·w18) caps the stability after a lapse, so a lapse never raises it.
    private let lapseCapDivisor: Double

    /// A model with the given parameters (the FSRS-6 defaults unless told otherwise).
    public init(parameters: FSRSParameters = .default) {
        self.parameters = parameters
        w = parameters.w
        decay = parameters.decay
        factor = parameters.factor
        easyInitialDifficulty = w[4] - exp(w[5] * 3) + 1
        lapseCapDivisor = exp(w[17] * w[18])
    }

    /// The probability of recall after `elapsedDays` for a memory of this stability: (1 + F·t/S)^decay.
    public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * elapsedDays / stability, decay)
    }

    /// t/S, which recall falls as it rises: ordering cards by it orders them by recall without `pow`.
    /// Being one division, it is exactly equal for cards whose recall is mathematically equal (2 days at
    /// stability 1, 4 days at 2), where the rounding in computing recall itself may split them.
    public func forgettingRank(elapsedDays: Double, stability: Double) -> Double {
        elapsedDays / stability
    }

    /// The interval, in unrounded days, after which recall falls to `desiredRetention`.
    public func interval(stability: Double, desiredRetention: Double) -> Double {
        stability / factor * (pow(desiredRetention, 1 / decay) - 1)
    }

    /// An interval in whole days from 1 to `maximum`: halves round to even, as Python's round() does, so
    /// intervals match py-fsrs to the day. A tiny desired retention can make the exact interval infinite
    /// (or NaN): it is clamped before it becomes an integer, which would otherwise trap.
    public static func wholeDays(_ exact: Double, maximum: Int) -> Int {
        guard !exact.isNaN else { return 1 }
        let rounded = exact.rounded(.toNearestOrEven)
        guard rounded < Double(maximum) else { return maximum }
        return max(Int(max(rounded, 1)), 1)
    }

    /// The memory after a card's first review.
    public func initialState(_ rating: Rating) -> MemoryState {
        MemoryState(
            stability: clamp(w[rating.rawValue - 1], to: 0.001...100),
            difficulty: clamp(initialDifficulty(rating), to: Self.difficultyRange))
    }

    /// The memory after a review `elapsedDays` study days after the previous one (0 for the same day),
    /// or after the first review when `state` is `nil`.
    public func nextState(_ state: MemoryState?, elapsedDays: Int, rating: Rating) -> MemoryState {
        guard let state else { return initialState(rating) }
        let stability = clamp(state.stability, to: Self.stabilityRange)
        let difficulty = clamp(state.difficulty, to: Self.difficultyRange)
        let newStability: Double
        if elapsedDays <= 0 {
            newStability = shortTermStability(stability, rating: rating)
        } else {
            let recall = retrievability(elapsedDays: Double(elapsedDays), stability: stability)
            newStability = rating == .again
                ? lapseStability(stability, difficulty: difficulty, retrievability: recall)
                : recallStability(stability, difficulty: difficulty, retrievability: recall, rating: rating)
        }
        return MemoryState(
            stability: clamp(newStability, to: Self.stabilityRange),
            difficulty: nextDifficulty(difficulty, rating: rating))
    }

    /// The memory each of the four ratings would give.
    public func nextStates(_ state: MemoryState?, elapsedDays: Int) -> [MemoryState] {
        Rating.allCases.map { nextState(state, elapsedDays: elapsedDays, rating: $0) }
    }

    /// The states after each review of a history of (rating, study days since the previous review).
    public func replay(_ history: some Sequence<(rating: Rating, elapsedDays: Int)>) -> [MemoryState] {
        var states: [MemoryState] = []
        var current: MemoryState?
        for review in history {
            let next = nextState(current, elapsedDays: review.elapsedDays, rating: review.rating)
            states.append(next)
            current = next
        }
        return states
    }

    // MARK: - The formulas (fsrs6.md §4–§8)

    private func initialDifficulty(_ rating: Rating) -> Double {
        w[4] - exp(w[5] * Double(rating.rawValue - 1)) + 1
    }

    /// §5: a linear step damped near 10, then a weak pull towards D0(Easy), then the clamp.
    private func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let delta = -w[6] * Double(rating.rawValue - 3)
        let damped = difficulty + delta * (10 - difficulty) / 9
        let reverted = w[7] * easyInitialDifficulty + (1 - w[7]) * damped
        return clamp(reverted, to: Self.difficultyRange)
    }

    /// §6: growth after a successful review, larger for lower difficulty, lower stability and lower recall.
    private func recallStability(_ stability: Double, difficulty: Double, retrievability: Double,
                                 rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability * (1 + exp(w[8]) * (11 - difficulty) * pow(stability, -w[9])
            * (exp(w[10] * (1 - retrievability)) - 1) * hardPenalty * easyBonus)
    }

    /// §7: stability after a lapse, capped so that it never exceeds the stability before it.
    private func lapseStability(_ stability: Double, difficulty: Double, retrievability: Double) -> Double {
        let forgotten = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
            * exp(w[14] * (1 - retrievability))
        return min(forgotten, stability / lapseCapDivisor)
    }

    /// §8: same-day reviews; only Again can lower stability.
    private func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = exp(w[17] * (Double(rating.rawValue) - 3 + w[18])) * pow(stability, -w[19])
        if rating.isPass { increase = max(increase, 1) }
        return stability * increase
    }
}

@inline(__always)
func clamp(_ value: Double, to range: ClosedRange<Double>) -> Double {
    min(max(value, range.lowerBound), range.upperBound)
}
