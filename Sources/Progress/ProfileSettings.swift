import Foundation
import PearlsCore
import Scheduling

/// A learner's settings: which scheduler, how it schedules, daily limits and the study day.
///
/// Changed with `pearls config set KEY VALUE`, which records a `setting` event in the journal, so the
/// settings, like card states, are what replaying the journal gives. Values are kept as the text the
/// learner typed them in, which is also how the snapshot stores them.
public struct ProfileSettings: Sendable, Equatable {
    /// The scheduling algorithm.
    public enum Algorithm: String, Sendable, CaseIterable {
        case fsrs, sm2
    }

    public var algorithm: Algorithm = .fsrs
    public var scheduling = SchedulerSettings()
    public var limits = QueueLimits()
    /// New cards a day across all decks together (`new-per-day` is per deck); `nil` for no cap.
    public var newPerDayAllDecks: Int?
    /// The hour a new study day starts (Anki's "next day starts at").
    public var rolloverHour = 4
    /// An IANA time zone such as `Europe/Paris`; `nil` uses the device's.
    public var timeZone: String?

    /// The defaults: FSRS, 90% retention, 20 new cards and 200 reviews a day, days starting at 4 a.m.
    public init() {}

    /// Every key `pearls config` knows, with what it means.
    public static let keys: [(key: String, help: String)] = [
        ("scheduler", "fsrs or sm2"),
        ("desired-retention", "the recall probability reviews are timed for, 0.70 to 0.99"),
        ("new-per-day", "new cards a day in each deck, 0 to 9999"),
        ("reviews-per-day", "reviews a day, 0 to 99999"),
        ("new-per-day-all-decks", "new cards a day across all decks together, 0 to 9999, or off"),
        ("learning-steps", "waits before a new card graduates, such as '1m 10m'"),
        ("relearning-steps", "waits after a lapse, such as '10m' (empty for none)"),
        ("maximum-interval", "the longest interval in days"),
        ("leech-threshold", "lapses after which a card is suspended as a leech (0 never)"),
        ("fuzz", "on or off: spread intervals by a few days"),
        ("rollover-hour", "the hour a new study day starts, 0 to 23"),
        ("time-zone", "an IANA zone such as Europe/Paris, or 'device'"),
    ]

    /// The value of `key` as text.
    public func value(of key: String) throws(ProgressError) -> String {
        switch key {
        case "scheduler": algorithm.rawValue
        case "desired-retention": String(scheduling.desiredRetention)
        case "new-per-day": String(limits.newPerDay)
        case "reviews-per-day": String(limits.reviewsPerDay)
        case "new-per-day-all-decks": newPerDayAllDecks.map(String.init) ?? "off"
        case "learning-steps": Self.stepsText(scheduling.learningSteps)
        case "relearning-steps": Self.stepsText(scheduling.relearningSteps)
        case "maximum-interval": String(scheduling.maximumInterval)
        case "leech-threshold": String(scheduling.leechThreshold)
        case "fuzz": scheduling.fuzz ? "on" : "off"
        case "rollover-hour": String(rolloverHour)
        case "time-zone": timeZone ?? "device"
        default: throw .unknownSetting(key, known: Self.keys.map(\.key))
        }
    }

    /// Sets `key` from its text, checking the value.
    public mutating func set(_ key: String, to text: String) throws(ProgressError) {
        func invalid(_ reason: String) -> ProgressError { .invalidSetting(key: key, value: text, reason: reason) }
        func integer(_ range: ClosedRange<Int>) throws(ProgressError) -> Int {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
                throw invalid("expected a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
        var next = self
        switch key {
        case "scheduler":
            guard let value = Algorithm(rawValue: text.lowercased()) else { throw invalid("expected fsrs or sm2") }
            next.algorithm = value
        case "desired-retention":
            var number = text.trimmingCharacters(in: .whitespaces)
            let percent = number.hasSuffix("%")
            if percent { number.removeLast() }
            guard let parsed = Double(number) else { throw invalid("expected a number such as 0.9 or 90%") }
            let value = percent ? parsed / 100 : parsed
            guard (0.7...0.99).contains(value) else { throw invalid("expected 0.70 to 0.99") }
            next.scheduling.desiredRetention = value
        case "new-per-day": next.limits.newPerDay = try integer(0...9999)
        case "reviews-per-day": next.limits.reviewsPerDay = try integer(0...99_999)
        case "new-per-day-all-decks":
            next.newPerDayAllDecks = ["off", "none", ""].contains(text.lowercased()) ? nil : try integer(0...9999)
        case "learning-steps", "relearning-steps":
            guard let steps = Self.parseSteps(text) else {
                throw invalid("expected waits such as '1m 10m' (s, m, h), each shorter than a day")
            }
            guard key == "relearning-steps" || !steps.isEmpty else { throw invalid("give at least one step") }
            if key == "learning-steps" { next.scheduling.learningSteps = steps } else { next.scheduling.relearningSteps = steps }
        case "maximum-interval": next.scheduling.maximumInterval = try integer(1...36_500)
        case "leech-threshold": next.scheduling.leechThreshold = try integer(0...99)
        case "fuzz":
            switch text.lowercased() {
            case "on", "true", "yes", "1": next.scheduling.fuzz = true
            case "off", "false", "no", "0": next.scheduling.fuzz = false
            default: throw invalid("expected on or off")
            }
        case "rollover-hour": next.rolloverHour = try integer(0...23)
        case "time-zone":
            if text == "device" || text.isEmpty {
                next.timeZone = nil
            } else {
                guard TimeZone(identifier: text) != nil else { throw invalid("not a known IANA time zone") }
                next.timeZone = text
            }
        default:
            throw .unknownSetting(key, known: Self.keys.map(\.key))
        }
        self = next
    }

    /// The calendar of the learner's study days; `deviceZone` is used unless a zone is set.
    public func calendar(deviceZone: TimeZone) -> StudyCalendar {
        StudyCalendar(timeZone: timeZone.flatMap(TimeZone.init(identifier:)) ?? deviceZone, rolloverHour: rolloverHour)
    }

    /// The scheduler these settings describe.
    public func scheduler(deviceZone: TimeZone) -> any SchedulingAlgorithm {
        let calendar = calendar(deviceZone: deviceZone)
        switch algorithm {
        case .fsrs: return FSRSScheduler(settings: scheduling, calendar: calendar)
        case .sm2: return SM2Scheduler(settings: scheduling, calendar: calendar)
        }
    }

    /// Every setting as key and text, in the order of `keys`.
    public var allValues: [(key: String, value: String)] {
        Self.keys.compactMap { entry in (try? value(of: entry.key)).map { (entry.key, $0) } }
    }

    static func stepsText(_ steps: [TimeInterval]) -> String {
        steps.map { seconds in
            let whole = Int(seconds)
            if whole % 3600 == 0 { return "\(whole / 3600)h" }
            if whole % 60 == 0 { return "\(whole / 60)m" }
            return "\(whole)s"
        }.joined(separator: " ")
    }

    static func parseSteps(_ text: String) -> [TimeInterval]? {
        var steps: [TimeInterval] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            var digits = String(word)
            let unit: Double
            switch digits.last {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            default: unit = 60
            }
            if digits.last?.isLetter == true { digits.removeLast() }
            guard let count = Double(digits), count > 0, count * unit < 86_400 else { return nil }
            steps.append(count * unit)
        }
        return steps
    }
}
