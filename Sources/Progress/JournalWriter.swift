import Foundation
import PearlsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends events to a journal, each one on disk (written and fsync'd) before `append` returns.
///
/// A class because it owns an open file descriptor, closed when the writer goes away. `operations` are the
/// system calls that write and fsync (`.system`, or a test's that fail on cue).
public final class JournalWriter {
    public let path: String
    private let descriptor: Int32
    private let operations: FileOperations
    private let buffer = ByteBuffer(capacity: 1024)

    /// Opens `path` for appending; a missing or empty file gets the header line first.
    public init(path: String, learner: String, operations: FileOperations = .system) throws(ProgressError) {
        self.path = path
        self.operations = operations
        descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: JournalFile.lastError()) }
        var status = stat()
        if fstat(descriptor, &status) == 0 && status.st_size == 0 {
            // A failure here runs deinit, which closes the descriptor (closing it here too would close it twice).
            try writeAll(JournalFile.header(learner: learner))
        } else {
            // Never append to a journal this build cannot read (a newer schema): refuse, as reading does.
            try JournalFile.checkHeader(of: path)
        }
    }

    deinit { close(descriptor) }

    /// Appends events in one write and one fsync, and returns the number of bytes written.
    @discardableResult
    public func append(_ events: [JournalEvent]) throws(ProgressError) -> Int {
        buffer.removeAll()
        for event in events {
            let start = buffer.count
            event.write(into: buffer)
            guard buffer.count - start <= JournalFile.maximumLineLength + 1 else {
                throw .cannotWrite(path: path, reason: "event \(event.id) would take more than 1 MiB; nothing was recorded")
            }
        }
        let end = lseek(descriptor, 0, SEEK_END)
        do {
            try writeAll(buffer.bytes)
        } catch {
            // A write cut short by a full disk leaves part of a line, and a failed fsync (EIO) leaves lines
            // the disk may not hold: remove them, so that nothing unacknowledged is read later (nor taken
            // for a line a crash tore), and say what happened.
            if end >= 0 && ftruncate(descriptor, end) == 0 {
                throw .cannotWrite(path: path, reason: error.reason + "; nothing was recorded, the journal is as it was")
            }
            throw error
        }
        return buffer.count
    }

    private func writeAll(_ bytes: some ContiguousBytesLike) throws(ProgressError) {
        var failure: String?
        bytes.withBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = operations.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = JournalFile.lastError()
                    return
                }
                offset += written
            }
        }
        if failure == nil { StopPoint.journalFsync.reached() }
        if failure == nil && operations.fsync(descriptor) != 0 { failure = JournalFile.lastError() }
        if let failure { throw .cannotWrite(path: path, reason: failure) }
    }
}

/// Byte containers the writer takes without copying.
protocol ContiguousBytesLike {
    func withBytes(_ body: (UnsafeRawBufferPointer) -> Void)
}

extension Array: ContiguousBytesLike where Element == UInt8 {
    func withBytes(_ body: (UnsafeRawBufferPointer) -> Void) { withUnsafeBytes(body) }
}

extension UnsafeBufferPointer: ContiguousBytesLike where Element == UInt8 {
    func withBytes(_ body: (UnsafeRawBufferPointer) -> Void) { body(UnsafeRawBufferPointer(self)) }
}
