#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable run of bytes for writing large outputs fast: appends are plain memory copies, with none of
/// the per-element work of `Array.append(contentsOf:)`. Used on the hot paths that write JSON Lines.
///
/// A class so that a worker can keep its buffer between batches; it is not shared between threads.
public final class ByteBuffer {
    // Unchecked: the buffer is owned by one thread at a time, and dynamic exclusivity checks on every
    // append cost more than the copy itself.
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// The number of bytes written.
    @exclusivity(unchecked) public private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it grows.
    public init(capacity: Int = 1 << 16) {
        self.capacity = max(16, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes written so far.
    public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    /// Forgets the contents, keeping the memory.
    public func removeAll() { count = 0 }

    public func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    public func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends the shortest text that reads back as exactly `value` (Swift's `description`).
    public func append(_ value: Double) {
        var text = value.description
        text.withUTF8 { append($0) }
    }

    /// Appends an integer in decimal.
    public func append(_ value: Int) {
        var text = String(value)
        text.withUTF8 { append($0) }
    }

    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: storage, count: count)
        storage.deallocate()
        storage = grown
        capacity = newCapacity
    }
}
