import Foundation
import PearlsCore
import Testing

/// `StudyCalendar` remembers its time zone's offset per hour; the days it gives must be those of asking the
/// time zone every time, on both sides of daylight-saving changes and in zones with half-hour offsets.
struct StudyCalendarOffsetTests {
    @Test(arguments: ["America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Europe/London", "UTC"])
    func daysMatchAskingTheTimeZoneEachTime(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let calendar = StudyCalendar(timeZone: timeZone, rolloverHour: 4)
        var generator = SplitMix64(seed: 11)
        // Every 7 minutes over two years (through four or more changes), then random instants, asked twice.
        let start = 1_700_000_000.0
        let instants = stride(from: start, to: start + 2 * 365 * 86_400, by: 420).map { $0 }
            + (0..<2_000).map { _ in Double(generator.next() % 4_000_000_000) - 1_000_000_000 }
        for seconds in instants + instants.prefix(500) {
            let instant = Date(timeIntervalSince1970: seconds)
            let local = seconds + Double(timeZone.secondsFromGMT(for: instant)) - 4 * 3600
            #expect(calendar.day(of: instant) == Int((local / 86_400).rounded(.down)), "\(zone) at \(seconds)")
        }
    }

    @Test func changingTheTimeZoneForgetsTheOldOffsets() throws {
        var calendar = StudyCalendar(timeZone: try #require(TimeZone(identifier: "Pacific/Kiritimati")), rolloverHour: 0)
        let instant = Date(timeIntervalSince1970: 1_800_000_000 - 11 * 3600)  // just after 00:00 in UTC+14
        let there = calendar.day(of: instant)
        calendar.timeZone = try #require(TimeZone(identifier: "Pacific/Pago_Pago"))  // UTC-11
        #expect(calendar.day(of: instant) == there - 1)
    }
}
