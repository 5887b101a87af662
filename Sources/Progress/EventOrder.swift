import PearlsCore

/// The one total order of journal events, used by the full replay, the answer-by-answer update and the
/// settings in force at each event: time in milliseconds, then the id's counter, then the session's tag,
/// then a hash of the id (see docs/progress-format.md).
///
/// The counter comes before the tag because `EventIDs` makes it grow across sessions within one
/// millisecond: every answer of a session run with `PEARLS_NOW` shares one millisecond with the sessions
/// before it, and ordering by counter replays them after those, in the order they were given, on every
/// device, whatever order files were merged in.
public struct EventOrder: Comparable, Hashable, Sendable {
    public var milliseconds: Int64
    /// For an id of `EventIDs`'s form, the counter (high 32 bits) and the tag (low 32 bits); for any other
    /// id, counter 0 and the high half of the id's hash, so that it comes before every id `EventIDs` makes
    /// in its millisecond.
    public var tie: UInt64
    /// The id's hash (FNV-1a), which also breaks the rare tie between ids of different forms.
    public var idHash: UInt64

    /// The order of the event with `id` at `milliseconds`; `idHash` is `StableHash.of(id)`, passed when known.
    public init(milliseconds: Int64, id: String, idHash: UInt64? = nil) {
        self.milliseconds = milliseconds
        let hash = idHash ?? StableHash.of(id)
        self.idHash = hash
        tie = Self.sessionPlace(of: id) ?? hash >> 32
    }

    /// The id's counter (0 for an id not of `EventIDs`'s form).
    public var counter: UInt32 { UInt32(truncatingIfNeeded: tie >> 32) }

    public static func < (left: EventOrder, right: EventOrder) -> Bool {
        (left.milliseconds, left.tie, left.idHash) < (right.milliseconds, right.tie, right.idHash)
    }

    /// `counter << 32 | tag` for an id `<digits>-<8 hex>-<digits>`, read from its bytes.
    private static func sessionPlace(of id: String) -> UInt64? {
        var utf8 = id.utf8.makeIterator()
        var part = 0
        var digits = 0
        var tag: UInt64 = 0
        var counter: UInt64 = 0
        while let byte = utf8.next() {
            if byte == UInt8(ascii: "-") {
                guard digits > 0, part < 2, part == 0 || digits == 8 else { return nil }
                part += 1
                digits = 0
                continue
            }
            digits += 1
            switch part {
            case 0:
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
            case 1:
                guard digits <= 8, let value = hexValue(byte) else { return nil }
                tag = tag << 4 | UInt64(value)
            default:
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                counter = min(counter * 10 + UInt64(byte - 0x30), UInt64(UInt32.max))
            }
        }
        guard part == 2, digits > 0 else { return nil }
        return counter << 32 | tag
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x61...0x66: byte - 0x61 + 10
        case 0x41...0x46: byte - 0x41 + 10
        default: nil
        }
    }
}

extension JournalEvent {
    /// The event's place in the total order of events.
    public var order: EventOrder { EventOrder(milliseconds: time.milliseconds, id: id) }
}
