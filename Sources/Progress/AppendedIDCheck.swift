import Foundation
import PearlsCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses to append an event whose id the journal already holds (a script replayed with the same seed
/// on the same profile, a clock set back), without keeping every id of a large journal in memory.
///
/// Ids that `EventIDs` makes share their session's tag, so one scan of the journal for `-<tag>-` clears
/// a whole session: if the tag is nowhere, no id of the session can be there. Any other id is looked for
/// as written (`{"id":"…"`). Ids appended since a scan are remembered.
struct AppendedIDCheck {
    private var clearedTags: Set<String> = []
    private var appended: Set<String> = []

    /// Throws if an id of `events` is in the journal at `path` or repeats within `events`.
    mutating func check(_ events: [JournalEvent], journal path: String) throws(ProgressError) {
        var batch: Set<String> = []
        for event in events {
            let id = event.id
            guard batch.insert(id).inserted, !appended.contains(id) else { throw .repeatedEventID(path: path, id: id) }
            if let tag = Self.tag(of: id) {
                if clearedTags.contains(tag) { continue }
                if !Self.file(path, contains: Array("-\(tag)-".utf8)) {
                    clearedTags.insert(tag)
                    continue
                }
            }
            let written = ByteBuffer(capacity: id.utf8.count + 8)
            written.append(#"{"id":"#)
            written.appendJSONString(id)
            if Self.file(path, contains: written.array) { throw .repeatedEventID(path: path, id: id) }
        }
    }

    /// Remembers ids just appended; with `checked` false (events appended without a check, as merge does
    /// after checking them itself), forgets which tags were cleared.
    mutating func didAppend(_ events: [JournalEvent], checked: Bool) {
        if checked { appended.formUnion(events.map(\.id)) } else { clearedTags.removeAll() }
    }

    /// The tag of an id in `EventIDs`'s form (`<digits>-<8 hex>-<digits>`), if it has that form.
    static func tag(of id: String) -> String? {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].count == 8, parts[1].allSatisfy(\.isHexDigit),
              !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber),
              !parts[2].isEmpty, parts[2].allSatisfy(\.isASCII), parts[2].allSatisfy(\.isNumber) else { return nil }
        return String(parts[1])
    }

    /// Whether the file holds `pattern`, read in 4 MB chunks that overlap by the pattern's length.
    static func file(_ path: String, contains pattern: [UInt8]) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0, !pattern.isEmpty else { return false }
        defer { close(descriptor) }
        let chunkSize = 1 << 22
        var buffer = [UInt8](repeating: 0, count: chunkSize + pattern.count)
        var kept = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress.map { $0 + kept }, chunkSize) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            let filled = kept + count
            if buffer.withUnsafeBytes({ find(pattern, in: UnsafeRawBufferPointer(rebasing: $0[0..<filled])) }) {
                return true
            }
            kept = min(pattern.count - 1, filled)
            buffer.withUnsafeMutableBytes { raw in
                guard let base = raw.baseAddress, kept > 0 else { return }
                memmove(base, base + (filled - kept), kept)
            }
        }
    }

    /// Whether `bytes` holds `pattern`: `memchr` finds each candidate first byte, `memcmp` checks the rest.
    private static func find(_ pattern: [UInt8], in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, pattern.count <= bytes.count else { return false }
        let last = bytes.count - pattern.count
        var start = 0
        return pattern.withUnsafeBytes { needle in
            guard let needle = needle.baseAddress else { return false }
            while start <= last {
                guard let hit = memchr(base + start, Int32(pattern[0]), last - start + 1) else { return false }
                let index = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + index, needle, pattern.count) == 0 { return true }
                start = index + 1
            }
            return false
        }
    }
}
