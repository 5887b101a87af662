import Foundation

/// Typed answers reduced to what matters for marking: case, diacritics, punctuation, articles and spacing
/// ignored; numbers in any written form made digits ("seventy percent" and "70%" both read `70 percent`);
/// and, with a deck's abbreviations, expansions written as the abbreviation.
public struct AnswerText: Sendable {
    /// Deck abbreviations as normalized (expansion, abbreviation) pairs, longest expansion first.
    private let expansions: [(expansion: String, abbreviation: String)]

    /// A normalizer that knows the deck's abbreviations (`MRI` → `magnetic resonance imaging`).
    public init(abbreviations: [String: String] = [:]) {
        expansions = abbreviations.map { (Self.basic($0.value), Self.basic($0.key)) }
            .filter { !$0.0.isEmpty && !$0.1.isEmpty }
            .sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }
    }

    /// The comparable form of `text`.
    public func normalize(_ text: String) -> String {
        var words = Self.basic(text)
        for (expansion, abbreviation) in expansions {
            words = (" " + words + " ").replacingOccurrences(of: " \(expansion) ", with: " \(abbreviation) ")
                .trimmingCharacters(in: .whitespaces)
        }
        guard !expansions.isEmpty else { return words }
        // "magnetic resonance imaging (MRI)" reads "mri mri": a word said twice in a row counts once.
        var kept: [Substring] = []
        for word in words.split(separator: " ") where word != kept.last { kept.append(word) }
        return kept.joined(separator: " ")
    }

    /// Lowercase, no diacritics or punctuation, numbers as digits, no articles, single spaces.
    static func basic(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var spaced = ""
        for scalar in folded.unicodeScalars {
            if scalar == "%" {
                spaced += " percent "
            } else if CharacterSet.alphanumerics.contains(scalar) || scalar == "." {
                spaced.unicodeScalars.append(scalar)
            } else {
                spaced += " "
            }
        }
        var words = spaced.split(separator: " ").map { word -> String in
            // Keep a decimal point between digits ("2.5"), drop other full stops.
            let text = String(word)
            if text.contains("."), Double(text) != nil { return text }
            return text.replacingOccurrences(of: ".", with: "")
        }.filter { !$0.isEmpty }
        words = NumberWords.replacingNumberWords(in: words)
        var result: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "per", index + 1 < words.count, words[index + 1] == "cent" {
                result.append("percent")
                index += 2
                continue
            }
            if !["a", "an", "the"].contains(word) { result.append(word) }
            index += 1
        }
        return result.joined(separator: " ")
    }
}

/// English number words to digits, for answers such as "seventy percent" or "three out of four".
enum NumberWords {
    private static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Replaces each run of number words ("seventy five", "one hundred and five") by its digits.
    static func replacingNumberWords(in words: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < words.count {
            var value = 0
            var current = 0
            var end = index
            var any = false
            while end < words.count {
                let word = words[end]
                if let unit = units[word] {
                    current += unit
                } else if let ten = tens[word] {
                    current += ten
                } else if word == "hundred", any {
                    current = max(current, 1) * 100
                } else if word == "thousand", any {
                    value += max(current, 1) * 1000
                    current = 0
                } else if word == "and", any, end + 1 < words.count,
                          units[words[end + 1]] != nil || tens[words[end + 1]] != nil {
                    // "one hundred and five"
                } else {
                    break
                }
                any = true
                end += 1
            }
            if any {
                result.append(String(value + current))
                index = end
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }
}
