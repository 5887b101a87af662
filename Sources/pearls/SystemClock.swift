import Foundation
import PearlsCore

/// The only place Pearls reads the clock. `PEARLS_NOW` (ISO 8601 with an offset) pins it, and then the
/// device's time zone is that offset, so a session can be replayed exactly.
enum SystemClock {
    /// The current instant, or the pinned one.
    static func now() throws -> Date {
        guard let pinned = environment["PEARLS_NOW"] else { return Date() }
        guard let time = Timestamp(pinned) else {
            throw CLIError("PEARLS_NOW must be ISO 8601 with an offset, such as 2026-11-21T09:30:00+01:00, not '\(pinned)'")
        }
        return time.date
    }

    /// How far `PEARLS_CLOCK_STEP` moves the pinned clock per input line (0 when unset), so scripted sessions
    /// can test response times, countdowns and late answers.
    static func step() throws -> TimeInterval {
        guard let text = environment["PEARLS_CLOCK_STEP"] else { return 0 }
        guard environment["PEARLS_NOW"] != nil else { throw CLIError("PEARLS_CLOCK_STEP needs PEARLS_NOW: it moves the pinned clock") }
        guard let seconds = DurationText.seconds(text) else {
            throw CLIError("PEARLS_CLOCK_STEP must be \(DurationText.expected), not '\(text)'")
        }
        return seconds
    }

    /// The device's time zone: the pinned clock's offset, or the system's zone.
    static var timeZone: TimeZone {
        if let pinned = environment["PEARLS_NOW"].flatMap({ Timestamp($0) }),
           let zone = TimeZone(secondsFromGMT: pinned.offsetMinutes * 60) {
            return zone
        }
        return TimeZone.current
    }
}

/// A user-facing error raised by the command layer itself.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
