import Foundation
import Synchronization

/// A time zone's offset from UTC, remembered per hour of UTC time.
///
/// Foundation asks ICU, behind a lock, on every `secondsFromGMT(for:)`: half a microsecond or more, which
/// replaying a million reviews or ordering 100,000 cards pays millions of times. An hour's offset is
/// remembered only when it is the same at the hour's first and last instant, so an hour holding a
/// daylight-saving change is always asked afresh and every answer is what the time zone itself gives.
final class TimeZoneOffsets: Sendable {
    let timeZone: TimeZone
    private let hours = Mutex<[Int: Int]>([:])

    init(_ timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    func secondsFromGMT(for instant: Date) -> Int {
        let seconds = instant.timeIntervalSince1970
        guard seconds.isFinite, abs(seconds) < 1e12 else { return timeZone.secondsFromGMT(for: instant) }
        let hour = Int((seconds / 3600).rounded(.down))
        if let known = hours.withLock({ $0[hour] }) { return known }
        let start = Date(timeIntervalSince1970: Double(hour) * 3600)
        let first = timeZone.secondsFromGMT(for: start)
        guard first == timeZone.secondsFromGMT(for: start.addingTimeInterval(3599.999)) else {
            return timeZone.secondsFromGMT(for: instant)
        }
        hours.withLock { $0[hour] = first }
        return first
    }
}
