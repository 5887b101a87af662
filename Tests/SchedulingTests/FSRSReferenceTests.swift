import Foundation
import PearlsCore
@testable import Scheduling
import Testing

/// Pearls' FSRS-6 against fsrs-rs (through fsrs-rs-python 0.9.3) on 2,400 random histories under five
/// parameter sets. fsrs-rs computes in 32-bit floats, so states match to 1e-4 relative; rounded intervals
/// match exactly unless the unrounded one sits within 0.001 of a rounding boundary.
struct FSRSReferenceTests {
    struct Header: Decodable { var parameter_sets: [[Double]] }
    struct Vector: Decodable {
        var parameters: Int
        var reviews: [[Int]]
        var states: [[Double]]
        var retention: Double
        var elapsed: Int
        var next: [[Double]]
    }

    static let header = try? Fixture.header("memory-states.jsonl", as: Header.self)
    static let vectors = (try? Fixture.lines("memory-states.jsonl", as: Vector.self, droppingHeader: true)) ?? []

    @Test func thereAreEnoughVectors() {
        #expect(Self.vectors.count >= 2_000)
        #expect(Self.header?.parameter_sets.count == 5)
        #expect(Self.vectors.contains { $0.reviews.dropFirst().contains { $0[1] == 0 } }, "no same-day reviews")
    }

    @Test func memoryStatesMatchFSRSRS() throws {
        let sets = try #require(Self.header).parameter_sets.map { FSRS(parameters: try FSRSParameters($0)) }
        var checked = 0
        for vector in Self.vectors {
            let model = sets[vector.parameters]
            let history = vector.reviews.map { (rating: try! #require(Rating(rawValue: $0[0])), elapsedDays: $0[1]) }
            let states = model.replay(history)
            for (index, (state, expected)) in zip(states, vector.states).enumerated() {
                let ok = isClose(state.stability, expected[0], relative: 1e-4)
                    && isClose(state.difficulty, expected[1], relative: 1e-4)
                #expect(ok, "review \(index) of \(vector.reviews): got \(state), expected \(expected)")
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    @Test func nextStatesAndRoundedIntervalsMatchFSRSRS() throws {
        let sets = try #require(Self.header).parameter_sets.map { FSRS(parameters: try FSRSParameters($0)) }
        var exact = 0
        for vector in Self.vectors {
            let model = sets[vector.parameters]
            let last = try #require(vector.states.last)
            let current = MemoryState(stability: last[0], difficulty: last[1])
            let next = model.nextStates(current, elapsedDays: vector.elapsed)
            for (rating, (state, expected)) in zip(Rating.allCases, zip(next, vector.next)) {
                #expect(isClose(state.stability, expected[0], relative: 1e-4), "\(rating) after \(vector.reviews)")
                #expect(isClose(state.difficulty, expected[1], relative: 1e-4), "\(rating) after \(vector.reviews)")
                let interval = model.interval(stability: state.stability, desiredRetention: vector.retention)
                #expect(isClose(interval, expected[2], relative: 1e-4))
                // Rounding is checked from fsrs-rs's own stability, so the f32 noise of the states above
                // (up to about 1e-6 relative) cannot flip an interval that sits near a half day.
                let fromReference = model.interval(stability: expected[0], desiredRetention: vector.retention)
                // Past a few thousand days an f32 cannot resolve 0.001 (its spacing at 16,000 is 0.002),
                // so the window widens to a few of fsrs-rs's own float steps there.
                let window = max(0.001, 8 * Double(Float(expected[2]).ulp))
                let nearBoundary = abs(expected[2] - expected[2].rounded(.down) - 0.5) < window
                if !nearBoundary {
                    #expect(fromReference.rounded() == expected[2].rounded(),
                            "interval \(fromReference) vs \(expected[2]) after \(vector.reviews)")
                    exact += 1
                }
            }
        }
        #expect(exact > 9_000)
    }
}
