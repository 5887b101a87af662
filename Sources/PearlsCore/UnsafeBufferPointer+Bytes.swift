#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether the bytes are exactly the UTF-8 of `text` (for matching JSON keys without making strings).
    @inlinable
    public func equals(_ text: StaticString) -> Bool {
        guard count == text.utf8CodeUnitCount else { return false }
        guard let base = baseAddress else { return count == 0 }
        return memcmp(base, text.utf8Start, count) == 0
    }

    /// The bytes as a string (UTF-8, invalid sequences repaired).
    @inlinable
    public var text: String { String(decoding: self, as: UTF8.self) }
}
