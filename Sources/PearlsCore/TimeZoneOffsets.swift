import Foundation

/// A time zone's offsets from UTC, read from a table of its transitions instead of asking ICU each time.
///
/// Foundation asks ICU, behind a lock, on every `secondsFromGMT(for:)`: half a microsecond or more, which
/// replaying a million reviews or ordering 100,000 cards pays millions of times. The table holds every
/// transition from 1900 to 2100, listed once per time zone per process (about a quarter of a millisecond)
/// and never changed after, so a lookup takes no lock. An index by stretches of 2^21 seconds (24 days)
/// points at the offset in force when each stretch begins, so a lookup reads one entry of the index and
/// steps past at most the few changes within the stretch. Instants outside those years are asked of the
/// time zone itself.
final class TimeZoneOffsets: Sendable {
    let timeZone: TimeZone
    /// When each offset starts, in seconds since 1970, ascending; the first is the table's start.
    private let starts: [Double]
    /// The offset in force from the matching start to the next one.
    private let offsets: [Int]
    /// For each stretch of `stretch` seconds from the table's start, the entry in force when it begins.
    private let stretches: [Int32]
    private let end: Double
    private static let stretch = Double(1 << 21)

    private static let first = Date(timeIntervalSince1970: -2_208_988_800)  // 1900-01-01
    private static let last = Date(timeIntervalSince1970: 4_102_444_800)  // 2100-01-01
    /// The tables listed so far, read and written only while holding `tablesLock`. A Foundation lock (a
    /// pthread mutex) rather than `Synchronization.Mutex`: ThreadSanitizer sees a pthread mutex order
    /// the two threads' accesses, but not the standard library's futex-based lock, and reported a race.
    private static let tablesLock = NSLock()
    nonisolated(unsafe) private static var tables: [TimeZone: Table] = [:]
    private typealias Table = (starts: [Double], offsets: [Int], stretches: [Int32])

    init(_ timeZone: TimeZone) {
        self.timeZone = timeZone
        let table = Self.tablesLock.withLock {
            if let known = Self.tables[timeZone] { return known }
            let listed = Self.table(of: timeZone)
            Self.tables[timeZone] = listed
            return listed
        }
        starts = table.starts
        offsets = table.offsets
        stretches = table.stretches
        end = Self.last.timeIntervalSince1970
    }

    func secondsFromGMT(for instant: Date) -> Int {
        let seconds = instant.timeIntervalSince1970
        guard seconds >= starts[0], seconds < end else { return timeZone.secondsFromGMT(for: instant) }
        // The last start at or before the instant: from the stretch's first, step forward past later
        // changes (and back, should rounding in the subtraction have named the next stretch).
        var entry = Int(stretches[min(stretches.count - 1, Int((seconds - starts[0]) / Self.stretch))])
        while entry + 1 < starts.count, starts[entry + 1] <= seconds { entry += 1 }
        while entry > 0, starts[entry] > seconds { entry -= 1 }
        return offsets[entry]
    }

    /// Each change of offset between 1900 and 2100, with the offset it brings (the first entry is 1900's),
    /// and the index of stretches.
    private static func table(of timeZone: TimeZone) -> Table {
        var starts = [first.timeIntervalSince1970]
        var offsets = [timeZone.secondsFromGMT(for: first)]
        var after = first
        while let next = timeZone.nextDaylightSavingTimeTransition(after: after), next > after, next < last {
            let offset = timeZone.secondsFromGMT(for: next)
            if offset != offsets[offsets.count - 1] {
                starts.append(next.timeIntervalSince1970)
                offsets.append(offset)
            }
            after = next
        }
        var stretches: [Int32] = []
        var entry = 0
        var stretchStart = starts[0]
        while stretchStart < last.timeIntervalSince1970 {
            while entry + 1 < starts.count, starts[entry + 1] <= stretchStart { entry += 1 }
            stretches.append(Int32(entry))
            stretchStart += stretch
        }
        return (starts, offsets, stretches)
    }
}
