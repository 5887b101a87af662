import Foundation
import PearlsCore
@testable import Scheduling
import Testing

/// Properties that hold for every history, checked on random ones.
struct FSRSPropertyTests {
    static func randomHistory(_ rng: inout SplitMix64) -> [(rating: Rating, elapsedDays: Int)] {
        (0..<Int.random(in: 1...20, using: &rng)).map { index in
            (Rating.allCases.randomElement(using: &rng)!, index == 0 ? 0 : Int.random(in: 0...200, using: &rng))
        }
    }

    @Test func retrievabilityFallsWithTimeAndIsNinetyPercentAtTheStability() {
        let model = FSRS()
        for stability in [0.5, 2.3065, 10, 365] {
            let curve = (0...60).map { model.retrievability(elapsedDays: Double($0) * stability / 10, stability: stability) }
            #expect(curve.first == 1)
            #expect(zip(curve, curve.dropFirst()).allSatisfy { $0 > $1 })
            #expect(abs(model.retrievability(elapsedDays: stability, stability: stability) - 0.9) < 1e-12)
        }
    }

    @Test func intervalsGrowAsDesiredRetentionFalls() {
        let model = FSRS()
        let retentions = stride(from: 0.99, through: 0.70, by: -0.01).map { $0 }
        let intervals = retentions.map { model.interval(stability: 10, desiredRetention: $0) }
        #expect(zip(intervals, intervals.dropFirst()).allSatisfy { $0 < $1 })
        #expect(abs(model.interval(stability: 10, desiredRetention: 0.9) - 10) < 1e-9)
    }

    @Test func difficultyStaysWithinOneToTenAndStabilityWithinItsBounds() {
        var rng = SplitMix64(seed: 5)
        let model = FSRS()
        for _ in 0..<2_000 {
            for state in model.replay(Self.randomHistory(&rng)) {
                #expect(FSRS.difficultyRange.contains(state.difficulty))
                #expect(FSRS.stabilityRange.contains(state.stability))
            }
        }
    }

    @Test func replayingInOneGoEqualsApplyingReviewByReview() {
        var rng = SplitMix64(seed: 6)
        let model = FSRS()
        for _ in 0..<500 {
            let history = Self.randomHistory(&rng)
            var current: MemoryState?
            var stepwise: [MemoryState] = []
            for review in history {
                current = model.nextState(current, elapsedDays: review.elapsedDays, rating: review.rating)
                stepwise.append(current!)
            }
            #expect(model.replay(history) == stepwise)
        }
    }

    @Test func aLapseNeverRaisesStabilityAndAPassOnALaterDayNeverLowersIt() {
        var rng = SplitMix64(seed: 7)
        let model = FSRS()
        for _ in 0..<2_000 {
            let state = MemoryState(stability: Double.random(in: 0.01...3_000, using: &rng),
                                    difficulty: Double.random(in: 1...10, using: &rng))
            let days = Int.random(in: 1...500, using: &rng)
            #expect(model.nextState(state, elapsedDays: days, rating: .again).stability <= state.stability)
            for rating in [Rating.hard, .good, .easy] {
                #expect(model.nextState(state, elapsedDays: days, rating: rating).stability >= state.stability)
            }
        }
    }

    @Test func theFirstReviewSetsTheDocumentedInitialState() {
        let states = FSRS().nextStates(nil, elapsedDays: 0)
        #expect(states.map(\.stability) == [0.212, 1.2931, 2.3065, 8.2956])
        #expect(states.map { ($0.difficulty * 1e4).rounded() / 1e4 } == [6.4133, 5.1122, 2.1181, 1])
    }

    @Test(arguments: [
        ([0.1], SchedulingError.wrongParameterCount(1)),
        (FSRSParameters.default.w.enumerated().map { $0.offset == 20 ? 0.05 : $0.element },
         .parameterOutOfRange(index: 20, value: 0.05, range: 0.1...0.8)),
        (FSRSParameters.default.w.enumerated().map { $0.offset == 4 ? .nan : $0.element },
         .parameterOutOfRange(index: 4, value: .nan, range: 1...10)),
    ])
    func rejectsParametersOutsideTheirRanges(weights: [Double], expected: SchedulingError) {
        do {
            _ = try FSRSParameters(weights)
            Issue.record("accepted \(weights)")
        } catch {
            #expect(error.description == expected.description)
        }
    }
}
