#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls that put bytes on disk, as values, so that a test can make one of them fail (EIO on
/// `fsync`, a short or failed `write`) and check what the writer then leaves behind.
///
/// Each behaves as its system call: -1 with `errno` set on failure. Everything in the product uses
/// `.system`; only tests build another.
public struct FileOperations: Sendable {
    /// `write(2)`: bytes written, or -1.
    public var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int
    /// `fsync(2)`: 0, or -1.
    public var fsync: @Sendable (_ descriptor: Int32) -> Int32

    public init(
        write: @escaping @Sendable (Int32, UnsafeRawPointer?, Int) -> Int,
        fsync: @escaping @Sendable (Int32) -> Int32
    ) {
        self.write = write
        self.fsync = fsync
    }

    /// The real system calls.
    public static let system = FileOperations(
        write: { descriptor, bytes, count in
            #if canImport(Glibc)
            Glibc.write(descriptor, bytes, count)
            #else
            Darwin.write(descriptor, bytes, count)
            #endif
        },
        fsync: { descriptor in
            #if canImport(Glibc)
            Glibc.fsync(descriptor)
            #else
            Darwin.fsync(descriptor)
            #endif
        })
}
