import Foundation
import PearlsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and appends a journal file (`reviews.jsonl`).
///
/// The first line is a header naming the format and its schema version; every other line is one event
/// (see `JournalEvent+JSON.swift`). Appends are one `write` of a whole line followed by `fsync`, so a crash
/// can only leave a last line without its newline: reading reports that torn tail instead of failing.
public enum JournalFile {
    /// The newest journal schema this build reads and writes.
    public static let schemaVersion = 1
    /// The longest line a journal may hold, in bytes (1 MiB): an event line runs to a few hundred.
    public static let maximumLineLength = 1 << 20

    /// What a read found.
    public struct ReadResult: Sendable, Equatable {
        /// The byte offset just past the last complete line.
        public var endOffset: Int
        /// The number of the last complete line (1-based; the header is line 1).
        public var lastLine: Int
        /// The bytes of a last line with no newline: a write cut short by a crash.
        public var tornTail: Range<Int>?
    }

    /// The header line of a new journal.
    public static func header(learner: String) -> [UInt8] {
        let buffer = ByteBuffer(capacity: 128)
        buffer.append(#"{"pearls":"journal","schema":"#)
        buffer.append(schemaVersion)
        buffer.append(#","learner":"#)
        buffer.appendJSONString(learner)
        buffer.append("}\n")
        return buffer.array
    }

    /// Reads events from byte `offset` (a line start; 0 for the whole file), calling `visit` with each
    /// event and its line number. A malformed line stops the read with its line and column.
    public static func read(
        _ path: String, from offset: Int = 0, firstLine: Int = 1, chunkSize: Int = 1 << 22,
        visit: (JournalEvent, Int) throws(ProgressError) -> Void
    ) throws(ProgressError) -> ReadResult {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: lastError()) }
        defer { close(descriptor) }
        guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else { throw .unreadable(path: path, reason: lastError()) }

        var pending: [UInt8] = []  // bytes of an unfinished line carried into the next chunk
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var lineNumber = firstLine - 1
        var lineStart = offset  // file offset of the first byte in `pending`
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: lastError())
            }
            if count == 0 { break }
            try chunk.withUnsafeBufferPointer { (buffer) throws(ProgressError) in
                let bytes = UnsafeBufferPointer(rebasing: buffer[0..<count])
                var start = 0
                while let newline = bytes[start...].firstIndex(of: 0x0A) {
                    lineNumber += 1
                    let lineLength = pending.count + newline - start + 1
                    if lineLength > maximumLineLength + 1 { throw tooLong(path: path, line: lineNumber) }
                    if pending.isEmpty {
                        try handle(UnsafeBufferPointer(rebasing: bytes[start..<newline]), path: path,
                                   line: lineNumber, isFileStart: lineStart == 0, visit: visit)
                    } else {
                        pending.append(contentsOf: bytes[start..<newline])
                        try pending.withUnsafeBufferPointer { (line) throws(ProgressError) in
                            try handle(line, path: path, line: lineNumber, isFileStart: lineStart == 0, visit: visit)
                        }
                        pending.removeAll(keepingCapacity: true)
                    }
                    lineStart += lineLength
                    start = newline + 1
                }
                pending.append(contentsOf: bytes[start...])
                // A line is never held whole past the limit: a 1 GB line stops the read at 1 MiB.
                if pending.count > maximumLineLength { throw tooLong(path: path, line: lineNumber + 1) }
            }
        }
        guard !pending.isEmpty else { return ReadResult(endOffset: lineStart, lastLine: lineNumber, tornTail: nil) }
        // A last line without its newline is torn only if it is not a whole event: an editor or a copy may
        // drop a final newline, and such a line is as good as any other (the next write ends it).
        let complete = lineStart > 0 && pending.withUnsafeBufferPointer { (try? JournalEvent.parse($0)) != nil }
        guard complete else {
            return ReadResult(endOffset: lineStart, lastLine: lineNumber, tornTail: lineStart..<(lineStart + pending.count))
        }
        lineNumber += 1
        try pending.withUnsafeBufferPointer { (line) throws(ProgressError) in
            try handle(line, path: path, line: lineNumber, isFileStart: false, visit: visit)
        }
        return ReadResult(endOffset: lineStart + pending.count, lastLine: lineNumber, tornTail: nil)
    }

    /// Ends with a newline a journal whose last line is a whole event without one, so that appends start
    /// on a line of their own; a torn last line is left for the caller to set aside.
    public static func endLastLine(_ path: String) throws(ProgressError) {
        let descriptor = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return }
        let size = Int(status.st_size)
        let start = max(0, size - maximumLineLength - 1)
        var tail = [UInt8](repeating: 0, count: size - start)
        let count = tail.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, size - start, off_t(start)) }
        guard count == size - start, tail.last != 0x0A, let newline = tail.lastIndex(of: 0x0A) else { return }
        let line = Array(tail[(newline + 1)...])
        guard line.withUnsafeBufferPointer({ (try? JournalEvent.parse($0)) != nil }) else { return }
        let ending: [UInt8] = [0x0A]
        guard ending.withUnsafeBytes({ systemWrite(descriptor, $0.baseAddress, 1) }) == 1, fsync(descriptor) == 0 else {
            throw .cannotWrite(path: path, reason: lastError())
        }
    }

    private static func handle(
        _ line: UnsafeBufferPointer<UInt8>, path: String, line number: Int, isFileStart: Bool,
        visit: (JournalEvent, Int) throws(ProgressError) -> Void
    ) throws(ProgressError) {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
        if isFileStart { return try checkHeader(line, path: path) }
        let event: JournalEvent
        do {
            event = try JournalEvent.parse(line)
        } catch {
            throw .badJournalLine(path: path, line: number, column: error.offset + 1, message: error.message)
        }
        try visit(event, number)
    }

    private static func tooLong(path: String, line: Int) -> ProgressError {
        .badJournalLine(path: path, line: line, column: maximumLineLength + 1,
                        message: "the line is longer than 1 MiB (\(maximumLineLength) bytes), the most a journal line may hold")
    }

    /// Checks the header line of the journal at `path` (its first 64 KiB hold it).
    static func checkHeader(of path: String) throws(ProgressError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: lastError()) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        let count = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, 1 << 16) }
        let end = bytes[0..<max(0, count)].firstIndex(of: 0x0A) ?? max(0, count)
        try bytes.withUnsafeBufferPointer { (buffer) throws(ProgressError) in
            try checkHeader(UnsafeBufferPointer(rebasing: buffer[0..<end]), path: path)
        }
    }

    /// Checks the header line's format name and schema version.
    private static func checkHeader(_ line: UnsafeBufferPointer<UInt8>, path: String) throws(ProgressError) {
        var scanner = JSONScanner(line)
        var format: String?
        var schema: Int?
        do {
            try scanner.expect(UInt8(ascii: "{"))
            if !scanner.consume(UInt8(ascii: "}")) {
                repeat {
                    let key = try scanner.string()
                    try scanner.expect(UInt8(ascii: ":"))
                    switch key {
                    case "pearls": format = try scanner.string()
                    case "schema": schema = try scanner.integer()
                    default: try scanner.skipValue()
                    }
                } while scanner.consume(UInt8(ascii: ","))
                try scanner.expect(UInt8(ascii: "}"))
            }
        } catch {
            throw .badJournalLine(path: path, line: 1, column: error.offset + 1, message: error.message)
        }
        guard format == "journal", let schema else {
            throw .badJournalLine(path: path, line: 1, column: 1,
                                  message: #"the first line must be the journal header {"pearls":"journal","schema":1}"#)
        }
        guard schema <= schemaVersion else { throw .newerVersion(path: path, found: schema, newest: schemaVersion) }
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}

/// `read(2)`, named apart from Swift's own `read`.
func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}

/// `write(2)`, named apart from Swift's own `write`.
func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}
