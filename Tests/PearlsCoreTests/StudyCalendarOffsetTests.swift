import Foundation
import PearlsCore
import Testing

/// `StudyCalendar` reads its time zone's offsets from a table of transitions; every answer must be the one
/// the time zone itself gives, on both sides of each change, in every zone the system knows.
struct StudyCalendarOffsetTests {
    @Test func offsetsMatchAskingTheTimeZoneInEveryZone() throws {
        var generator = SplitMix64(seed: 11)
        for zone in TimeZone.knownTimeZoneIdentifiers {
            let timeZone = try #require(TimeZone(identifier: zone))
            let calendar = StudyCalendar(timeZone: timeZone)
            // Random instants from 1870 to 2130 (outside the table's 1900–2100 too), then both sides of changes.
            var instants = (0..<200).map { _ in Double(generator.next() % 8_200_000_000) - 3_150_000_000 }
            var after = Date(timeIntervalSince1970: -2_000_000_000)
            while let change = timeZone.nextDaylightSavingTimeTransition(after: after), change.timeIntervalSince1970 < 2e9 {
                instants += [change.timeIntervalSince1970 - 0.001, change.timeIntervalSince1970]
                after = change
            }
            for seconds in instants {
                let instant = Date(timeIntervalSince1970: seconds)
                #expect(calendar.secondsFromGMT(for: instant) == timeZone.secondsFromGMT(for: instant), "\(zone) at \(seconds)")
            }
        }
    }

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
