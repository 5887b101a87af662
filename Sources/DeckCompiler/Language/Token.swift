/// One word or punctuation mark of a passage: where it sits in the text, its lowercased key and its tag.
public struct Token: Sendable, Equatable {
    /// The token's characters in the passage's text.
    public var range: Range<String.Index>
    /// The lowercased text, for matching.
    public var key: String
    public var tag: PartOfSpeech
    /// Whether the token starts with a capital letter.
    public var isCapitalized: Bool
    /// Whether white space came before the token (so "pain," is two tokens written as one word).
    public var spaceBefore: Bool
}
