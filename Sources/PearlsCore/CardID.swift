/// The stable identity of a card: the author's explicit `ID:`, or a hash of the card's content.
///
/// Progress is keyed by card id, so an id must never change while the card means the same thing.
public struct CardID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The id as written in decks and journals.
    public let rawValue: String

    /// Wraps an id string as it appears in a deck.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// Whether `text` follows the grammar of a deck's `ID:`: `[A-Za-z0-9][A-Za-z0-9._-]{0,127}`. Ids from
    /// deck JSON and merged journals are checked against it, so that an id can never carry a control
    /// sequence to a terminal or start a spreadsheet formula.
    public static func isWellFormed(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, bytes.count <= 128, isAlphanumeric(first) else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    public static func < (lhs: CardID, rhs: CardID) -> Bool { lhs.rawValue < rhs.rawValue }
}
