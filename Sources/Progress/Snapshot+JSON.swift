import Foundation
import PearlsCore
import Scheduling

/// The snapshot's JSON: a header object with the settings, then one line per card, sorted by card id so
/// that two snapshots diff cleanly. Written and read by hand for speed (100,000 cards load in tens of
/// milliseconds); the format is in docs/progress-format.md.
extension Snapshot {
    /// The snapshot's bytes.
    public func encoded() -> [UInt8] {
        let out = ByteBuffer(capacity: 256 + state.cards.count * 200)
        out.append(#"{"pearls":"progress","schema":"#)
        out.append(Self.schemaVersion)
        out.append(#","learner":"#)
        out.appendJSONString(learner)
        out.append(",\n\"journal\":{\"bytes\":")
        out.append(journal.bytes)
        out.append(#","lines":"#)
        out.append(journal.lines)
        out.append(#","events":"#)
        out.append(state.eventCount)
        if let latest = state.latest {
            out.append(#","latest":"#)
            out.appendJSONString(latest.description)
        }
        if let latestEvent = state.latestEventID {
            out.append(#","latestEvent":"#)
            out.appendJSONString(latestEvent)
        }
        if let heldBack = state.heldBack {
            out.append(#","heldBack":"#)
            out.appendJSONString(heldBack.description)
        }
        if let last = journal.lastEventID {
            out.append(#","last":"#)
            out.appendJSONString(last)
        }
        out.append("},\n\"settings\":{")
        for (index, setting) in state.settings.allValues.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.appendJSONString(setting.key)
            out.append(UInt8(ascii: ":"))
            out.appendJSONString(setting.value)
        }
        out.append("},\n\"teach\":{")
        for (index, mark) in state.teachMarks.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.appendJSONString(mark.key.rawValue)
            out.append(mark.value ? ":true" : ":false")
        }
        out.append("},\n")
        writeHistory(into: out)
        out.append(",\n\"cards\":{")
        for (index, entry) in state.cards.sorted(by: { $0.key < $1.key }).enumerated() {
            out.append(index == 0 ? "\n" : ",\n")
            out.appendJSONString(entry.key.rawValue)
            out.append(UInt8(ascii: ":"))
            Self.write(entry.value, into: out)
        }
        out.append("\n}")
        let checksum = Self.checksum(of: out.bytes)
        out.append(Self.checksumKey)
        out.appendJSONString(checksum)
        out.append("}\n")
        return out.array
    }

    /// What comes before the checksum, the snapshot's last key: `,"checksum":"<16 hex digits>"}` and a newline.
    private static let checksumKey: StaticString = ",\n\"checksum\":"
    /// The checksum's place from the end of the file: 16 digits in quotes, then `}` and a newline.
    private static let checksumTail = 1 + 16 + 3

    /// The 64-bit FNV-1a hash of `bytes`, as 16 hexadecimal digits.
    private static func checksum(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        let value = StableHash.of(bytes: bytes)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether `bytes` end with a checksum (where `encoded()` puts it) that matches everything before it.
    private static func checksumMatches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let key = checksumKey.withUTF8Buffer { Array($0) }
        let tailStart = bytes.count - checksumTail
        let keyStart = tailStart - key.count
        guard keyStart >= 0, Array(bytes[keyStart..<tailStart]) == key,
              Array(bytes[(bytes.count - 3)...]) == Array("\"}\n".utf8) else { return false }
        let stored = String(decoding: bytes[(tailStart + 1)..<(tailStart + 17)], as: UTF8.self)
        let covered = UnsafeBufferPointer(rebasing: bytes[..<keyStart])
        return stored == checksum(of: covered)
    }

    /// `"history":{"days":{"<day>":[answers,correct,ms,new,young passed,young total,mature passed,mature
    /// total]},"calibration":{"<first day>":[count,recalled,predicted millionths]},"misses":{"<card>":n}}`
    private func writeHistory(into out: ByteBuffer) {
        let history = state.history
        out.append(#""history":{"days":{"#)
        for (index, entry) in history.days.sorted(by: { $0.key < $1.key }).enumerated() {
            out.append(index == 0 ? "\n" : ",\n")
            let day = entry.value
            integers(key: entry.key, [day.answers, day.correct, day.milliseconds, day.newCards, day.young.passed,
                                      day.young.total, day.mature.passed, day.mature.total], out)
        }
        out.append("},\n\"calibration\":{")
        for (index, entry) in history.calibration.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            integers(key: entry.key, [entry.value.count, entry.value.recalled, entry.value.predictedMillionths], out)
        }
        out.append("},\n\"misses\":{")
        cardCounts(history.misses, out)
        out.append("}")
        // Written only once an answer had a confidence, so older snapshots and their readers are unchanged.
        if !history.sureMisses.isEmpty || !history.confidence.isEmpty {
            out.append(",\n\"sureMisses\":{")
            cardCounts(history.sureMisses, out)
            out.append("},\n\"confidence\":[")
            for (index, level) in JournalEvent.Confidence.allCases.enumerated() {
                let tally = history.confidence[level] ?? .init()
                out.append(index == 0 ? "" : ",")
                out.append(tally.passed)
                out.append(UInt8(ascii: ","))
                out.append(tally.total)
            }
            out.append("]")
        }
        out.append("}")
    }

    /// `"<card>":n,…` in card order.
    private func cardCounts(_ counts: [CardID: Int], _ out: ByteBuffer) {
        for (index, entry) in counts.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.appendJSONString(entry.key.rawValue)
            out.append(UInt8(ascii: ":"))
            out.append(entry.value)
        }
    }

    private func integers(key: Int, _ values: [Int], _ out: ByteBuffer) {
        out.append(UInt8(ascii: "\""))
        out.append(key)
        out.append("\":[")
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(value)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Appends a card's state as a JSON object (as the snapshot and `state` events hold it).
    static func write(_ card: CardState, into out: ByteBuffer) {
        out.append(#"{"phase":""#)
        out.append(card.phase.staticName)
        out.append(UInt8(ascii: "\""))
        if let step = card.step { number("step", step, out) }
        if let memory = card.memory {
            out.append(#","s":"#)
            out.append(memory.stability)
            out.append(#","d":"#)
            out.append(memory.difficulty)
        }
        if let due = card.due { writeDate("due", due, out) }
        if let last = card.lastReview { writeDate("last", last, out) }
        if let first = card.firstReview { writeDate("first", first, out) }
        if card.scheduledDays != 0 { number("ivl", card.scheduledDays, out) }
        if let ease = card.ease {
            out.append(#","ease":"#)
            out.append(ease)
        }
        if card.reviews != 0 { number("reps", card.reviews, out) }
        if card.lapses != 0 { number("lapses", card.lapses, out) }
        if card.isSuspended { out.append(#","suspended":true"#) }
        if card.isFlagged { out.append(#","flagged":true"#) }
        if card.isLeech { out.append(#","leech":true"#) }
        if let buried = card.buriedUntilDay { number("buried", buried, out) }
        out.append(UInt8(ascii: "}"))
    }

    /// Reads the snapshot file at `path`; `nil` if there is none.
    public static func read(from path: String) throws(ProgressError) -> Snapshot? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            // Data's closure rethrows untyped; read in place rather than copy 20 MB into an array.
            return try data.withUnsafeBytes { raw in try decode(raw.bindMemory(to: UInt8.self), path: path) }
        } catch let error as ProgressError {
            throw error
        } catch {
            throw .badSnapshot(path: path, reason: "\(error)")
        }
    }

    /// Reads a snapshot; `path` is for messages.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws(ProgressError) -> Snapshot {
        var scanner = JSONScanner(bytes)
        var learner: String?
        var format: String?
        var schema: Int?
        var journal = JournalPosition()
        var state = ProgressState()
        var hasChecksum = false
        do {
            try scanner.expect(UInt8(ascii: "{"))
            repeat {
                let key = try scanner.string()
                try scanner.expect(UInt8(ascii: ":"))
                switch key {
                case "pearls": format = try scanner.string()
                case "schema":
                    let version = try scanner.integer()
                    guard version <= schemaVersion else {
                        throw ProgressError.newerVersion(path: path, found: version, newest: schemaVersion)
                    }
                    guard version == schemaVersion else {
                        throw ProgressError.olderSnapshot(path: path, found: version)
                    }
                    schema = version
                case "learner": learner = try scanner.string()
                case "journal": try readJournal(&scanner, into: &journal, state: &state)
                case "settings":
                    try readObject(&scanner) { scanner, key in
                        let value = try scanner.string()
                        try state.settings.set(key, to: value)
                    }
                case "teach":
                    try readObject(&scanner) { scanner, key in state.teachMarks[CardID(key)] = try scanner.boolean() }
                case "history": state.history = try readHistory(&scanner)
                case "cards": state.cards = try readCards(&scanner, in: bytes)
                case "checksum":
                    _ = try scanner.string()
                    hasChecksum = true
                default: try scanner.skipValue()
                }
            } while scanner.consume(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "}"))
            guard scanner.isAtEnd() else { throw scanner.error("unexpected text after the snapshot") }
        } catch let error as JSONScanError {
            throw .badSnapshot(path: path, reason: error.description)
        } catch let error as ProgressError {
            switch error {
            case .newerVersion, .badSnapshot, .olderSnapshot: throw error
            default: throw .badSnapshot(path: path, reason: error.description)
            }
        } catch {
            throw .badSnapshot(path: path, reason: "\(error)")
        }
        guard format == "progress", schema != nil, let learner else {
            throw .badSnapshot(path: path, reason: "it lacks the \"pearls\", \"schema\" or \"learner\" key")
        }
        // Snapshots written before the checksum existed have none and are taken as they are.
        if hasChecksum, !checksumMatches(bytes) {
            throw .badSnapshot(path: path, reason: "its checksum does not match its contents (was it edited by hand?)")
        }
        return Snapshot(learner: learner, journal: journal, state: state)
    }

    private static func readJournal(_ scanner: inout JSONScanner, into journal: inout JournalPosition,
                                    state: inout ProgressState) throws {
        try readObject(&scanner) { scanner, key in
            switch key {
            case "bytes": journal.bytes = try scanner.integer(in: 0...countLimit, named: "bytes")
            case "lines": journal.lines = try scanner.integer(in: 0...countLimit, named: "lines")
            case "events": state.eventCount = try scanner.integer(in: 0...countLimit, named: "events")
            case "last": journal.lastEventID = try scanner.string()
            case "latestEvent": state.latestEventID = try scanner.string()
            case "heldBack":
                let text = try scanner.string()
                guard let time = Timestamp(text) else { throw scanner.error("heldBack is not an ISO 8601 time") }
                state.heldBack = time
            case "latest":
                let text = try scanner.string()
                guard let time = Timestamp(text) else { throw scanner.error("latest is not an ISO 8601 time") }
                state.latest = time
            default: try scanner.skipValue()
            }
        }
    }

    private static func readHistory(_ scanner: inout JSONScanner) throws -> ReviewHistory {
        var history = ReviewHistory()
        try readObject(&scanner) { scanner, key in
            switch key {
            case "days":
                try readObject(&scanner) { scanner, key in
                    let (number, values) = try integers(&scanner, key: key, in: dayRange, count: 8)
                    var day = ReviewHistory.Day()
                    (day.answers, day.correct, day.milliseconds, day.newCards) = (values[0], values[1], values[2], values[3])
                    day.young = .init(passed: values[4], total: values[5])
                    day.mature = .init(passed: values[6], total: values[7])
                    history.days[number] = day
                }
            case "calibration":
                try readObject(&scanner) { scanner, key in
                    let (number, values) = try integers(&scanner, key: key, in: 0...ReviewHistory.calibrationStarts[ReviewHistory.calibrationStarts.count - 1], count: 3)
                    var bin = ReviewHistory.CalibrationBin()
                    (bin.count, bin.recalled, bin.predictedMillionths) = (values[0], values[1], values[2])
                    history.calibration[number] = bin
                }
            case "misses":
                history.misses = try readMisses(&scanner)
            case "sureMisses":
                history.sureMisses = try readMisses(&scanner)
            case "confidence":
                let (_, values) = try integers(&scanner, key: "0", in: 0...0, count: 2 * JournalEvent.Confidence.allCases.count)
                for (index, level) in JournalEvent.Confidence.allCases.enumerated() where values[2 * index + 1] > 0 {
                    history.confidence[level] = .init(passed: values[2 * index], total: values[2 * index + 1])
                }
            default: try scanner.skipValue()
            }
        }
        return history
    }

    /// `{"<card id>": n, …}`: a plain loop rather than `readObject`, since it can hold a key for every card and
    /// a closure capturing the dictionary would pay a dynamic exclusivity check for each.
    private static func readMisses(_ scanner: inout JSONScanner) throws -> [CardID: Int] {
        var misses: [CardID: Int] = [:]
        try scanner.expect(UInt8(ascii: "{"))
        if scanner.consume(UInt8(ascii: "}")) { return misses }
        repeat {
            let id = CardID(try scanner.string())
            try scanner.expect(UInt8(ascii: ":"))
            misses[id] = try scanner.integer(in: 0...countLimit, named: "misses")
        } while scanner.consume(UInt8(ascii: ","))
        try scanner.expect(UInt8(ascii: "}"))
        return misses
    }

    /// A key that must be an integer in `keys`, and its value `[n, n, …]` of exactly `count` integers, each
    /// from 0 to `countLimit`.
    private static func integers(
        _ scanner: inout JSONScanner, key: String, in keys: ClosedRange<Int>, count: Int
    ) throws -> (Int, [Int]) {
        guard let number = Int(key), keys.contains(number) else {
            throw scanner.error("history key \"\(key)\" is not a number from \(keys.lowerBound) to \(keys.upperBound)")
        }
        var values: [Int] = []
        try scanner.expect(UInt8(ascii: "["))
        if !scanner.consume(UInt8(ascii: "]")) {
            repeat {
                values.append(try scanner.integer(in: 0...countLimit, named: "history entry \"\(key)\""))
            } while scanner.consume(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "]"))
        }
        guard values.count == count else { throw scanner.error("history entry \"\(key)\" has \(values.count) numbers, not \(count)") }
        return (number, values)
    }

    /// Reads `{"key": value, …}`, handing each key to `body` with the scanner at its value.
    private static func readObject(
        _ scanner: inout JSONScanner, _ body: (inout JSONScanner, String) throws -> Void
    ) throws {
        try scanner.expect(UInt8(ascii: "{"))
        if scanner.consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try scanner.string()
            try scanner.expect(UInt8(ascii: ":"))
            try body(&scanner, key)
        } while scanner.consume(UInt8(ascii: ","))
        try scanner.expect(UInt8(ascii: "}"))
    }
}

private func number(_ key: StaticString, _ value: Int, _ out: ByteBuffer) {
    out.append(",\"")
    out.append(key)
    out.append("\":")
    out.append(value)
}

private func writeDate(_ key: StaticString, _ value: Date, _ out: ByteBuffer) {
    out.append(",\"")
    out.append(key)
    out.append("\":\"")
    // In UTC, so the offset is known without asking the time zone.
    Timestamp(milliseconds: Int64((value.timeIntervalSince1970 * 1000).rounded()), offsetMinutes: 0)
        .withISO8601Bytes { out.append($0) }
    out.append(UInt8(ascii: "\""))
}


extension CardPhase {
    fileprivate var staticName: StaticString {
        switch self {
        case .new: "new"
        case .learning: "learning"
        case .review: "review"
        case .relearning: "relearning"
        }
    }
}
