import Foundation
import PearlsCore

/// Folding another device's journal into this profile.
///
/// Events are united by id and the result replayed, so merging is idempotent, commutative and associative:
/// no conflict ever needs a person. Only the other journal's new events are appended (as one write and
/// one fsync), so this journal stays append-only.
extension ProgressStore {
    /// What a merge did.
    public struct MergeResult: Sendable, Equatable {
        /// Events the other journal had and this one lacked, now appended.
        public var added: Int
        /// Events both had.
        public var alreadyPresent: Int
        /// Warnings about the other journal (a torn last line, which is not merged).
        public var warnings: [String]
    }

    /// The journal file behind `path`: a profile folder's `reviews.jsonl`, or the file itself.
    public static func journalPath(of path: String) throws(ProgressError) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .unreadable(path: path, reason: "no such file or folder")
        }
        if isFolder.boolValue {
            let journal = (path as NSString).appendingPathComponent("reviews.jsonl")
            guard FileManager.default.fileExists(atPath: journal) else { throw .notAJournal(path: path) }
            return journal
        }
        return path
    }

    /// Merges the journal at `otherPath` (a profile folder or a journal file) into this profile.
    public func merge(_ otherPath: String, now: Date) throws(ProgressError) -> MergeResult {
        let other = try Self.journalPath(of: otherPath)
        let ours = profile.journalPath
        var known: [EventKey: (lineHash: UInt64, line: Int)] = [:]
        if FileManager.default.fileExists(atPath: ours) {
            _ = try JournalFile.read(ours) { (event, line) throws(ProgressError) in
                if let first = known.updateValue((EventKey(event.id).lineHash(of: event), line), forKey: EventKey(event.id)) {
                    throw .duplicateEventID(path: ours, line: line, firstLine: first.line, id: event.id)
                }
            }
        }
        var incoming: [JournalEvent] = []
        var incomingLines: [EventKey: Int] = [:]
        var present = 0
        let result: JournalFile.ReadResult
        do {
            result = try JournalFile.read(other) { (event, line) throws(ProgressError) in
                let key = EventKey(event.id)
                if let mine = known[key] {
                    guard mine.lineHash == key.lineHash(of: event) else {
                        throw .conflictingEvent(id: event.id, path: other, line: line)
                    }
                    present += 1
                } else if let first = incomingLines.updateValue(line, forKey: key) {
                    throw .duplicateEventID(path: other, line: line, firstLine: first, id: event.id)
                } else {
                    try Self.checkIncoming(event, path: other, line: line)
                    incoming.append(event)
                }
            }
        } catch {
            // A file that fails on its first line was never a journal; say so rather than ask for a fix.
            if case .badJournalLine(_, 1, _, _) = error { throw .notAJournal(path: otherPath) }
            throw error
        }
        var warnings: [String] = []
        if let torn = result.tornTail {
            warnings.append("\(other): the last line (\(torn.count) bytes) is incomplete and was not merged")
        }
        incoming.sort { ($0.time, $0.id) < ($1.time, $1.id) }
        if !incoming.isEmpty {
            try record(incoming, now: now, checkingIDs: false)
            try rebuild(now: now)
        }
        return MergeResult(added: incoming.count, alreadyPresent: present, warnings: warnings)
    }
}

extension ProgressStore {
    /// Refuses, before anything is appended, a card id outside the grammar of `ID:`, and an incoming
    /// setting this build knows but rejects (a value another device or build allowed): merging it would
    /// change nothing here but hide a real difference.
    /// Settings, kinds and modes this build does not know are merged and skipped in replay.
    fileprivate static func checkIncoming(_ event: JournalEvent, path: String, line: Int) throws(ProgressError) {
        func column(_ key: String) -> Int { JournalFile.column(ofValueOf: key, line: line, in: path) ?? 1 }
        for (key, id) in [("card", event.card), ("from", event.from)] {
            guard let id, !CardID.isWellFormed(id.rawValue) else { continue }
            throw .badJournalLine(path: path, line: line, column: column(key), message: "'\(id.rawValue.sanitizedForTerminal())' "
                                  + "is not a card id (letters, digits, '.', '_' or '-', at most 128); nothing was merged")
        }
        guard event.kind == .setting, event.skipField == "value", let reason = event.skipReason else { return }
        throw .badJournalLine(path: path, line: line, column: column("value"), message: "\(reason); nothing was merged")
    }
}

/// An event id reduced to two independent 64-bit hashes (see `JournalReplayer`).
struct EventKey: Hashable {
    var first: UInt64
    var second: UInt64

    init(_ id: String) {
        first = StableHash.of(id)
        second = secondHash(id)
    }

    init(first: UInt64, second: UInt64) {
        self.first = first
        self.second = second
    }

    /// A hash of the event's canonical line, to tell a repeated event from a different one with the same id.
    func lineHash(of event: JournalEvent) -> UInt64 { StableHash.of(event.line) }
}

/// A second hash of an id, independent of FNV-1a, so that two ids are taken for one only if both agree.
func secondHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
    for byte in text.utf8 {
        hash = (hash ^ UInt64(byte)) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 29
    }
    return hash
}
