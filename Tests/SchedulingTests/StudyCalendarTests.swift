import Foundation
import PearlsCore
import Testing

struct StudyCalendarTests {
    static let newYork = StudyCalendar(timeZone: TimeZone(identifier: "America/New_York")!, rolloverHour: 4)

    static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func aReviewBeforeTheRolloverBelongsToThePreviousDay() {
        let mondayEvening = Self.instant("2026-03-02T21:00:00-05:00")
        let tuesdayLateNight = Self.instant("2026-03-03T01:30:00-05:00")
        let tuesdayMorning = Self.instant("2026-03-03T04:00:00-05:00")
        #expect(Self.newYork.day(of: mondayEvening) == Self.newYork.day(of: tuesdayLateNight))
        #expect(Self.newYork.day(of: tuesdayMorning) == Self.newYork.day(of: mondayEvening) + 1)
    }

    @Test func theNextMorningIsOneDayLaterEvenUnder24Hours() {
        // py-fsrs would count 0 days here and predict certain recall; study days count 1.
        let evening = Self.instant("2026-03-02T22:00:00-05:00")
        let morning = Self.instant("2026-03-03T08:00:00-05:00")
        #expect(Self.newYork.daysBetween(evening, morning) == 1)
    }

    @Test func daysAreCalendarDaysAcrossDaylightSaving() {
        // US clocks spring forward on 2026-03-08: that local day has 23 hours.
        let before = Self.instant("2026-03-07T12:00:00-05:00")
        let after = Self.instant("2026-03-09T12:00:00-04:00")
        #expect(Self.newYork.daysBetween(before, after) == 2)
    }

    @Test func aDayStartsAtTheRolloverHourLocalTime() {
        let day = Self.newYork.day(of: Self.instant("2026-07-15T10:00:00-04:00"))
        #expect(Self.newYork.start(ofDay: day) == Self.instant("2026-07-15T04:00:00-04:00"))
        #expect(Self.newYork.day(of: Self.newYork.start(ofDay: day)) == day)
        #expect(Self.newYork.day(of: Self.newYork.start(ofDay: day).addingTimeInterval(-1)) == day - 1)
    }

    @Test func neverCountsBackwards() {
        #expect(Self.newYork.daysBetween(Self.instant("2026-03-05T12:00:00Z"), Self.instant("2026-03-01T12:00:00Z")) == 0)
    }
}
