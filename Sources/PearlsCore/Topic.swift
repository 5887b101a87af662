/// A heading of a deck source, with the prose written under it that is not part of any card.
public struct Topic: Hashable, Sendable, Codable {
    /// The heading path, such as `Diagnosis / Imaging`.
    public var name: String
    /// The prose under the heading, kept as source text; `nil` when there is none.
    public var prose: String?

    /// Creates a topic.
    public init(name: String, prose: String? = nil) {
        self.name = name
        self.prose = prose
    }
}
