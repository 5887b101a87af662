import Foundation

/// The one way Pearls reads and writes a length of time: a bare number is minutes (`90`), else whole
/// numbers with `h`, `m` and `s` in that order (`90m`, `1h30m`, `45s`). Exam limits, learning steps and
/// `PEARLS_CLOCK_STEP` all use it.
public enum DurationText {
    /// How the syntax is described in messages, after "must be".
    public static let expected = "a duration above zero such as 90 (minutes), 90m, 1h30m or 45s"

    /// The seconds `text` stands for; `nil` for anything else, or zero.
    public static func seconds(_ text: String) -> TimeInterval? {
        let written = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let minutes = Double(written) { return minutes > 0 && minutes.isFinite ? minutes * 60 : nil }
        var total: TimeInterval = 0
        var digits = ""
        var units: [Character] = ["h", "m", "s"]
        for character in written {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            guard let place = units.firstIndex(of: character), let count = Int(digits) else { return nil }
            total += TimeInterval(count) * [3600, 60, 1][3 - units.count + place]
            units.removeFirst(place + 1)
            digits = ""
        }
        guard digits.isEmpty, total > 0 else { return nil }
        return total
    }

    /// `seconds` written back in the same syntax, largest units first: `1h 30m`, `45s`, `2m 5s`.
    public static func describe(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds.rounded()))
        let parts = [(whole / 3600, "h"), (whole % 3600 / 60, "m"), (whole % 60, "s")].filter { $0.0 > 0 }
        return parts.isEmpty ? "0s" : parts.map { "\($0.0)\($0.1)" }.joined(separator: " ")
    }

    /// A countdown: `12:05` or, past an hour, `1:02:03`.
    public static func countdown(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds.rounded(.up)))
        let minutes = String(format: "%02d", whole % 3600 / 60), rest = String(format: "%02d", whole % 60)
        return whole >= 3600 ? "\(whole / 3600):\(minutes):\(rest)" : "\(whole / 60):\(rest)"
    }
}
