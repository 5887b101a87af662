import Foundation

/// An instant to the millisecond, with the UTC offset of the device that recorded it, written as
/// ISO 8601 (`2026-11-21T09:30:00.125+01:00`).
///
/// Journals keep the offset so a review's study day is the one the learner lived, wherever the file is
/// read later. Parsing and formatting are hand-written because they run once per journal line and
/// Foundation's ISO 8601 formatter costs microseconds a call.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64
    /// The recording device's offset from UTC, in minutes (east positive).
    public var offsetMinutes: Int

    public init(milliseconds: Int64, offsetMinutes: Int) {
        self.milliseconds = milliseconds
        self.offsetMinutes = offsetMinutes
    }

    /// `date` to the millisecond, with the offset `timeZone` has at that instant.
    public init(_ date: Date, timeZone: TimeZone) {
        milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        offsetMinutes = timeZone.secondsFromGMT(for: date) / 60
    }

    /// The instant.
    public var date: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

    /// Orders by instant; equal instants by offset, so that the order is total.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.milliseconds, lhs.offsetMinutes) < (rhs.milliseconds, rhs.offsetMinutes)
    }

    /// The ISO 8601 text: local date and time, milliseconds, and the offset (`Z` is never written).
    public var description: String { withISO8601Bytes { String(decoding: $0, as: UTF8.self) } }

    /// Calls `body` with the UTF-8 of `description`, written digit by digit on the stack rather than built
    /// as a `String` from padded pieces: a snapshot writes 300,000 of them.
    public func withISO8601Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let local = milliseconds + Int64(offsetMinutes) * 60_000
        let (days, msOfDay) = local.quotientAndRemainder(dividingBy: 86_400_000)
        let (dayNumber, ms) = msOfDay < 0 ? (days - 1, msOfDay + 86_400_000) : (days, msOfDay)
        let (year, month, day) = Self.civil(fromDays: Int(dayNumber))
        let offset = abs(offsetMinutes)
        guard (0...9999).contains(year), offset < 100 * 60 else {
            var text = Self.padded(year, month, day, ms: Int(ms), offsetMinutes: offsetMinutes)
            return text.withUTF8(body)
        }
        let seconds = Int(ms / 1000)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 29) { text in
            func digits(_ value: Int, _ width: Int, at start: Int) {
                var value = value
                for index in stride(from: start + width - 1, through: start, by: -1) {
                    text[index] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                    value /= 10
                }
            }
            digits(year, 4, at: 0)
            text[4] = UInt8(ascii: "-")
            digits(month, 2, at: 5)
            text[7] = UInt8(ascii: "-")
            digits(day, 2, at: 8)
            text[10] = UInt8(ascii: "T")
            digits(seconds / 3600, 2, at: 11)
            text[13] = UInt8(ascii: ":")
            digits(seconds / 60 % 60, 2, at: 14)
            text[16] = UInt8(ascii: ":")
            digits(seconds % 60, 2, at: 17)
            text[19] = UInt8(ascii: ".")
            digits(Int(ms % 1000), 3, at: 20)
            text[23] = offsetMinutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
            digits(offset / 60, 2, at: 24)
            text[26] = UInt8(ascii: ":")
            digits(offset % 60, 2, at: 27)
            return body(UnsafeBufferPointer(text))
        }
    }

    /// The same text for years outside 0–9999, which need more or fewer than four digits.
    private static func padded(_ year: Int, _ month: Int, _ day: Int, ms: Int, offsetMinutes: Int) -> String {
        let seconds = ms / 1000
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(seconds / 3600, 2)):"
            + "\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2)).\(pad(ms % 1000, 3))"
            + "\(sign)\(pad(offset / 60, 2)):\(pad(offset % 60, 2))"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; digits beyond milliseconds are dropped.
    public init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    /// Parses the bytes of an ISO 8601 timestamp (see `init?(_:)`).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        // A cursor value rather than closures over a counter: closures that capture a variable pay for
        // dynamic exclusivity checks, and this runs once per journal line.
        var text = Cursor(bytes: bytes)
        guard let year = text.number(4), text.take("-"), let month = text.number(2), text.take("-"),
              let day = text.number(2), text.take("T") || text.take("t") || text.take(" "),
              let hour = text.number(2), text.take(":"), let minute = text.number(2), text.take(":"),
              let second = text.number(2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        var millis = 0
        if text.take(".") {
            var digits = 0
            while let digit = text.digit() {
                if digits < 3 { millis = millis * 10 + digit }
                digits += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 3) { millis *= 10 }
        }
        var offset = 0
        if !(text.take("Z") || text.take("z")) {
            let negative: Bool
            if text.take("+") { negative = false } else if text.take("-") { negative = true } else { return nil }
            guard let hours = text.number(2), text.take(":"), let minutes = text.number(2), hours < 24, minutes < 60
            else { return nil }
            offset = (hours * 60 + minutes) * (negative ? -1 : 1)
        }
        guard text.isAtEnd else { return nil }
        let days = Int64(Self.days(year: year, month: month, day: day))
        let local = days * 86_400_000 + Int64(((hour * 60 + minute) * 60 + second) * 1000 + millis)
        return Timestamp(milliseconds: local - Int64(offset) * 60_000, offsetMinutes: offset)
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var isAtEnd: Bool { index == bytes.count }

        mutating func digit() -> Int? {
            guard index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 else { return nil }
            index += 1
            return Int(bytes[index - 1]) - 48
        }

        mutating func number(_ width: Int) -> Int? {
            var value = 0
            for _ in 0..<width {
                guard let digit = digit() else { return nil }
                value = value * 10 + digit
            }
            return value
        }

        mutating func take(_ ascii: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: ascii) else { return false }
            index += 1
            return true
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (the era-based method: 400-year eras of 146,097 days).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `YYYY-MM-DD` for a day number (days since 1970-01-01).
    public static func dateText(ofDay dayNumber: Int) -> String {
        let (year, month, day) = civil(fromDays: dayNumber)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The date of a day number (the inverse of `days(year:month:day:)`).
    static func civil(fromDays dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
