import Foundation

/// The learner's choices that shape scheduling. Defaults are py-fsrs's.
public struct SchedulerSettings: Sendable, Equatable, Codable {
    /// The recall probability reviews are timed for, 0.70–0.99.
    public var desiredRetention: Double = 0.9
    /// No interval is longer than this many days.
    public var maximumInterval: Int = 36_500
    /// Waits of the learning steps, in seconds (py-fsrs: 1 and 10 minutes).
    public var learningSteps: [TimeInterval] = [60, 600]
    /// Waits of the relearning steps after a lapse, in seconds (py-fsrs: 10 minutes).
    public var relearningSteps: [TimeInterval] = [600]
    /// Whether review intervals of 3 days or more are spread by a few days, so cards learnt together
    /// do not stay together.
    public var fuzz: Bool = true
    /// Lapses after which a card is a leech and is suspended.
    public var leechThreshold: Int = 8

    /// The defaults.
    public init() {}

    /// Checks that every value is usable.
    public func validated() throws(SchedulingError) -> SchedulerSettings {
        guard (0.7...0.99).contains(desiredRetention) else { throw .retentionOutOfRange(desiredRetention) }
        guard maximumInterval >= 1 else { throw .invalidSteps("the maximum interval must be at least 1 day") }
        for step in learningSteps + relearningSteps where !(step > 0 && step < 86_400) {
            throw .invalidSteps("each step must be longer than 0 and shorter than a day, not \(step) s")
        }
        return self
    }
}
