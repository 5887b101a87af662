/// A 64-bit FNV-1a hash: the same on every platform and every run, unlike `Hasher`, which is seeded per process.
///
/// Used for content-derived card ids, which must not change between releases.
public struct StableHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// A hash with nothing fed in.
    public init() {}

    /// Feeds the UTF-8 bytes of `text`, then a separator byte so that ("ab","c") and ("a","bc") differ.
    public mutating func combine(_ text: String) {
        for byte in text.utf8 { feed(byte) }
        feed(0x1F)
    }

    private mutating func feed(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01B3
    }

    /// The hash of the UTF-8 bytes of `text` alone (no separator), as a number.
    public static func of(_ text: String) -> UInt64 {
        var hash = StableHash()
        for byte in text.utf8 { hash.feed(byte) }
        return hash.state
    }

    /// The hash of `bytes`, as a number.
    public static func of(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = StableHash()
        for byte in bytes { hash.feed(byte) }
        return hash.state
    }

    /// The hash as 16 lowercase hexadecimal digits.
    public var hexDigest: String {
        let hex = String(state, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
