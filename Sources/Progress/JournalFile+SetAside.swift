import Foundation
import PearlsCore

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
    public static func setAside(line number: Int, of path: String, backupFolder: String, now: Date)
        throws(ProgressError) -> SetAside
    {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        let bytes = [UInt8](data)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A && index + 1 < bytes.count { starts.append(index + 1) }
        guard number >= 2 else { throw .cannotSetAside(path: path, line: number, reason: "line 1 is the journal's header") }
        guard number <= starts.count else {
            throw .cannotSetAside(path: path, line: number, reason: "the journal has \(starts.count) lines")
        }
        let start = starts[number - 1]
        let end = number < starts.count ? starts[number] : bytes.count
        let line = Array(bytes[start..<end])
        let body = line.last == 0x0A ? Array(line.dropLast()) : line
        if isValidEvent(body) {
            throw .cannotSetAside(path: path, line: number, reason: "it is a valid event, and events are never removed")
        }
        let stamp = Int64(now.timeIntervalSince1970 * 1000)
        let backup = "\(backupFolder)/\(stamp)-before-line-\(number)-reviews.jsonl"
        let aside = "\(path).line-\(number)-\(stamp)"
        do {
            try FileManager.default.createDirectory(atPath: backupFolder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: backupFolder, reason: (error as NSError).localizedDescription)
        }
        for (target, content) in [(backup, bytes), (aside, line), (path, Array(bytes[..<start] + bytes[end...]))] {
            do {
                try AtomicFile.write(content, to: target)
            } catch {
                throw .cannotWrite(path: target, reason: error.description)
            }
        }
        return SetAside(aside: aside, backup: backup, bytes: line.count)
    }

    /// Whether a line reads as an event a replay accepts (a setting's value included).
    private static func isValidEvent(_ line: [UInt8]) -> Bool {
        guard let event = line.withUnsafeBufferPointer({ try? JournalEvent.parse($0) }) else { return false }
        guard event.kind == .setting, let key = event.key, let value = event.value else { return true }
        var settings = ProfileSettings()
        return (try? settings.set(key, to: value)) != nil
    }
}
