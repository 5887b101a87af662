import Foundation

extension String {
    /// The text as compared for identity: Unicode NFC, lowercased, runs of white space collapsed to one
    /// space, ends trimmed. Two cards whose text differs only in these ways are the same card.
    public var normalizedForIdentity: String {
        if let ascii = collapsingASCIIWhitespace(lowercasing: true) { return ascii }
        return precomposedStringWithCanonicalMapping
            .lowercased()
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }

    /// The text with white space runs collapsed to single spaces and the ends trimmed.
    public var collapsingWhitespace: String {
        collapsingASCIIWhitespace(lowercasing: false) ?? split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The two properties above for pure ASCII text, in one pass over its bytes (ASCII is already NFC, and its
    /// white space is the six control and space bytes); `nil` for any other text. Deck compiles call these
    /// once or more per card, and walking `Character`s costs many times more.
    private func collapsingASCIIWhitespace(lowercasing: Bool) -> String? {
        let utf8 = utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            var pendingSpace = false
            for byte in utf8 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    buffer[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                buffer[count] = lowercasing && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                count += 1
            }
            return count
        }
    }
}
