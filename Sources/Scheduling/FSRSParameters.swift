import Foundation

/// The 21 weights of FSRS-6 (w0…w20), checked against the ranges the reference implementations accept.
///
/// Sources: the defaults and ranges of fsrs-rs `inference.rs` / `parameter_clipper.rs` and py-fsrs
/// `scheduler.py` (see shared/reference/fsrs6.md §2). w20 is the trainable forgetting-curve decay.
public struct FSRSParameters: Sendable, Equatable, Codable {
    /// The weights, `w[0]` to `w[20]`.
    public let w: [Double]

    /// The FSRS-6 defaults: per-parameter medians over about 10,000 users' optimised parameters.
    public static let `default` = FSRSParameters(unchecked: [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ])

    /// The accepted range of each weight (py-fsrs's validation bounds).
    public static let bounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100, 1...10, 0.001...4, 0.001...4, 0.001...0.75,
        0...4.5, 0...0.8, 0.001...3.5, 0.001...5, 0.001...0.25, 0.001...0.9, 0...4, 0...1, 1...6,
        0...2, 0...2, 0...0.8, 0.1...0.8,
    ]

    /// Checks a parameter list: 21 finite weights, each within its range.
    public init(_ weights: [Double]) throws(SchedulingError) {
        guard weights.count == 21 else { throw .wrongParameterCount(weights.count) }
        for (index, value) in weights.enumerated() where !value.isFinite || !Self.bounds[index].contains(value) {
            throw .parameterOutOfRange(index: index, value: value, range: Self.bounds[index])
        }
        w = weights
    }

    private init(unchecked weights: [Double]) { w = weights }

    /// The forgetting curve's decay, −w20.
    public var decay: Double { -w[20] }

    /// The factor that makes R(S, S) = 0.9 for this decay: 0.9^(1/decay) − 1.
    public var factor: Double { Foundation.pow(0.9, 1 / decay) - 1 }
}
