/// The figures behind a generated deck, for `pearls compile --report`.
public struct ArticleReport: Sendable, Equatable {
    /// One article: how it was read and how much of it was boilerplate.
    public struct File: Sendable, Equatable {
        public var name: String
        public var format: String
        public var blocks: Int
        public var boilerplateBlocks: Int
        public var candidates: Int
    }

    public var files: [File] = []
    /// Candidates each rule proposed, by rule name.
    public var proposed: [String: Int] = [:]
    /// Cards each rule has in the deck, by rule name.
    public var kept: [String: Int] = [:]
    /// Cards per topic in the deck.
    public var topics: [String: Int] = [:]
    /// Candidates each quality check dropped, by flaw.
    public var dropped: [String: Int] = [:]
    /// Candidates folded into another as near-duplicates.
    public var merged = 0
    /// Candidates past the per-clause limit or the budget.
    public var rankedOut = 0
}
