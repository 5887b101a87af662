import Foundation

/// Turns instants into study days: the learner's local time minus the rollover hour, floored to a date.
///
/// With the default rollover of 4, a review at 01:30 on Tuesday belongs to Monday, as in Anki.
/// Learning steps count minutes; reviews count these days.
public struct StudyCalendar: Sendable, Equatable {
    /// The learner's time zone.
    public var timeZone: TimeZone {
        didSet { offsets = TimeZoneOffsets(timeZone) }
    }
    /// The hour (0–23) at which a new study day starts.
    public var rolloverHour: Int
    /// The time zone's offsets, listed once (shared by copies of this calendar, and safe across threads).
    private var offsets: TimeZoneOffsets

    /// Creates a calendar; the rollover hour is clamped to 0–23.
    public init(timeZone: TimeZone, rolloverHour: Int = 4) {
        self.timeZone = timeZone
        self.rolloverHour = min(23, max(0, rolloverHour))
        offsets = TimeZoneOffsets(timeZone)
    }

    public static func == (left: StudyCalendar, right: StudyCalendar) -> Bool {
        left.timeZone == right.timeZone && left.rolloverHour == right.rolloverHour
    }

    /// The time zone's offset from UTC at an instant, in seconds: the same as asking the time zone, but
    /// read from a table of its transitions, so it is cheap enough for every review of a large journal.
    public func secondsFromGMT(for instant: Date) -> Int {
        offsets.secondsFromGMT(for: instant)
    }

    /// The study day of an instant, as a count of days since 1970-01-01 in the learner's calendar.
    public func day(of instant: Date) -> Int {
        let offset = offsets.secondsFromGMT(for: instant)
        let local = instant.timeIntervalSince1970 + Double(offset) - Double(rolloverHour * 3600)
        return Int((local / 86_400).rounded(.down))
    }

    /// Whole study days from one instant to a later one (0 on the same study day; never negative).
    public func daysBetween(_ earlier: Date, _ later: Date) -> Int {
        max(0, day(of: later) - day(of: earlier))
    }

    /// The instant a study day starts (its rollover hour, local time).
    public func start(ofDay day: Int) -> Date {
        // The offset can differ across the day (daylight saving); take the one in force at that hour.
        let guess = Date(timeIntervalSince1970: Double(day) * 86_400 + Double(rolloverHour * 3600))
        let offset = offsets.secondsFromGMT(for: guess)
        return guess.addingTimeInterval(-Double(offset))
    }
}
