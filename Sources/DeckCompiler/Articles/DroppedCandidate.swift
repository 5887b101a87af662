/// A candidate that did not reach the deck, and why, for `pearls compile --report --verbose`.
public struct DroppedCandidate: Sendable {
    public var candidate: Candidate
    /// A quality flaw ("answer in question") or the ranker's cut.
    public var reason: String
}
