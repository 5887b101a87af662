import Foundation

extension String {
    /// The text as compared for identity: Unicode NFC, lowercased, runs of white space collapsed to one
    /// space, ends trimmed. Two cards whose text differs only in these ways are the same card.
    public var normalizedForIdentity: String {
        precomposedStringWithCanonicalMapping
            .lowercased()
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }

    /// The text with white space runs collapsed to single spaces and the ends trimmed.
    public var collapsingWhitespace: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
