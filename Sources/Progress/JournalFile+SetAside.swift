import Foundation
import PearlsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Setting a damaged journal line aside, so that the learner never has to edit the journal by hand.
extension JournalFile {
    /// Where `setAside` put things.
    public struct SetAside: Sendable, Equatable {
        /// The file now holding the line's bytes.
        public var aside: String
        /// The copy of the whole journal taken first.
        public var backup: String
        public var bytes: Int
    }

    /// Moves line `number` of the journal at `path` into `<path>.line-<number>-<ms>`, after copying the
    /// whole journal into `backupFolder`; the journal is then rewritten atomically without the line.
    ///
    /// Only a line that is not a valid event can be set aside: the header and the learner's answers stay.
    /// The files are read and copied in pieces of `chunkSize` bytes, so a 1 GB line is never held whole:
    /// finding its end skips through it a piece at a time.
    public static func setAside(line number: Int, of path: String, backupFolder: String, now: Date,
                                chunkSize: Int = 1 << 20) throws(ProgressError) -> SetAside
    {
        guard number >= 2 else { throw .cannotSetAside(path: path, line: number, reason: "line 1 is the journal's header") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: lastError()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: lastError()) }
        let size = Int(status.st_size)
        let (range, lines) = lineRange(number, of: descriptor, size: size, chunkSize: max(1, chunkSize))
        guard let range else { throw .cannotSetAside(path: path, line: number, reason: "the journal has \(lines) lines") }
        // A line over the limit is never an event; a shorter one is read whole to be sure it is not one.
        if range.count <= maximumLineLength + 1 {
            var line = [UInt8](repeating: 0, count: range.count)
            let count = line.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, range.count, off_t(range.lowerBound)) }
            guard count == range.count else { throw .unreadable(path: path, reason: lastError()) }
            if isValidEvent(line.last == 0x0A ? Array(line.dropLast()) : line) {
                throw .cannotSetAside(path: path, line: number, reason: "it is a valid event, and events are never removed")
            }
        }
        let stamp = Int64(now.timeIntervalSince1970 * 1000)
        let backup = "\(backupFolder)/\(stamp)-before-line-\(number)-reviews.jsonl"
        let aside = "\(path).line-\(number)-\(stamp)"
        do {
            try FileManager.default.createDirectory(atPath: backupFolder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: backupFolder, reason: (error as NSError).localizedDescription)
        }
        for (target, pieces) in [(backup, [0..<size]), (aside, [range]), (path, [0..<range.lowerBound, range.upperBound..<size])] {
            try copy(pieces, of: descriptor, path: path, to: target, chunkSize: max(1, chunkSize))
        }
        return SetAside(aside: aside, backup: backup, bytes: range.count)
    }

    /// The bytes of line `number` (its newline included) in the file open as `descriptor`, found by
    /// counting newlines a piece at a time; `nil` and the number of lines if there is no such line.
    static func lineRange(_ number: Int, of descriptor: Int32, size: Int, chunkSize: Int) -> (Range<Int>?, lines: Int) {
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var line = 1
        var start = 0
        var offset = 0
        while offset < size {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, min(chunkSize, size - offset), off_t(offset)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            var index = 0
            while let newline = buffer[index..<count].firstIndex(of: 0x0A) {
                if line == number { return (start..<(offset + newline + 1), line) }
                line += 1
                start = offset + newline + 1
                index = newline + 1
            }
            offset += count
        }
        if line == number && start < size { return (start..<size, line) }
        return (nil, start < size ? line : line - 1)
    }

    /// Writes `pieces` of the file open as `descriptor` (at `path`) atomically to `target`.
    private static func copy(
        _ pieces: [Range<Int>], of descriptor: Int32, path: String, to target: String, chunkSize: Int
    ) throws(ProgressError) {
        do {
            try AtomicFile.write(to: target) { write in
                var buffer = [UInt8](repeating: 0, count: chunkSize)
                for piece in pieces {
                    var offset = piece.lowerBound
                    while offset < piece.upperBound {
                        let wanted = min(chunkSize, piece.upperBound - offset)
                        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(offset)) }
                        if count < 0 && errno == EINTR { continue }
                        guard count > 0 else { throw ProgressError.unreadable(path: path, reason: lastError()) }
                        guard write(Array(buffer[0..<count])) else { return }
                        offset += count
                    }
                }
            }
        } catch {
            throw .writing(target, failedWith: error)
        }
    }

    /// Whether a line reads as an event a replay accepts (a setting's value included).
    private static func isValidEvent(_ line: [UInt8]) -> Bool {
        guard let event = line.withUnsafeBufferPointer({ try? JournalEvent.parse($0) }) else { return false }
        guard event.kind == .setting, let key = event.key, let value = event.value else { return true }
        var settings = ProfileSettings()
        return (try? settings.set(key, to: value)) != nil
    }
}
