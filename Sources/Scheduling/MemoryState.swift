/// What FSRS knows about a learner's memory of one card.
public struct MemoryState: Sendable, Equatable, Hashable, Codable {
    /// Days until recall probability falls to 90 %.
    public var stability: Double
    /// How hard the card is for this learner, from 1 (easiest) to 10 (hardest).
    public var difficulty: Double

    /// Creates a memory state.
    public init(stability: Double, difficulty: Double) {
        self.stability = stability
        self.difficulty = difficulty
    }
}
