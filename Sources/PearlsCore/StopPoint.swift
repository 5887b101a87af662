#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Places in a write where a test can have `pearls` stop itself, so that a SIGKILL lands exactly there
/// instead of at a guessed moment: `PEARLS_TEST_STOP_AT=rename` stops an atomic write with its temporary
/// file written and fsync'd but not yet renamed over the file; `PEARLS_TEST_STOP_AT=journal-fsync` stops a
/// journal append with its bytes written but not yet fsync'd. The process prints "pearls: stopped at POINT"
/// on standard error and stops (SIGSTOP); the test then kills it. Unset, as everywhere outside the tests,
/// each check is one comparison.
public enum StopPoint: String, Sendable {
    case rename
    case journalFsync = "journal-fsync"

    private static let requested: StopPoint? = getenv("PEARLS_TEST_STOP_AT").flatMap { StopPoint(rawValue: String(cString: $0)) }

    /// Stops the process here if a test asked for this point.
    public func reached() {
        guard Self.requested == self else { return }
        let line = Array("pearls: stopped at \(rawValue)\n".utf8)
        line.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
        raise(SIGSTOP)
    }
}
