/// How well a learner recalled a card, as in Anki and FSRS: 1 Again, 2 Hard, 3 Good, 4 Easy.
public enum Rating: Int, CaseIterable, Sendable, Codable, Comparable, CustomStringConvertible {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    /// Whether the card was recalled: every rating but Again counts as a success.
    public var isPass: Bool { self != .again }

    public var description: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }
}
