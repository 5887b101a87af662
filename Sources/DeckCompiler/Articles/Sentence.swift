/// A sentence split into words, with a lowercased, punctuation-free key per word for matching.
///
/// Rules match on `keys` (so "Tumors," and "tumors" are one word) and rebuild phrases from `words`,
/// which keep the writer's casing and inner punctuation.
struct Sentence: Sendable {
    let text: String
    let words: [Substring]
    let keys: [String]

    init(_ text: String) {
        self.text = text
        words = text.spaceSeparated
        keys = words.map { Self.key($0) }
    }

    static func key(_ word: Substring) -> String {
        if let key = ASCIIBytes.wordKey(word.utf8) { return key }
        var word = word
        while let first = word.first, !first.isLetter && !first.isNumber { word = word.dropFirst() }
        while let last = word.last, !last.isLetter && !last.isNumber && last != "%" { word = word.dropLast() }
        return word.lowercased()
    }

    /// The words in `range` joined with spaces, without punctuation trailing the last one.
    func phrase(_ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(words.count, range.upperBound)
        guard !clamped.isEmpty else { return "" }
        return words[clamped].joined(separator: " ").trimming(" .,;:!?")
    }

    /// A word key without a plural -s ("scans" → "scan", but not "ss" words or short ones like "is"), so that
    /// terms and prompts match across number.
    static func singular(_ key: String) -> String {
        key.count > 3 && key.hasSuffix("s") && !key.hasSuffix("ss") ? String(key.dropLast()) : key
    }

    /// The index of the first occurrence of `pattern` (as keys) at or after `start`.
    func find(_ pattern: [String], from start: Int = 0) -> Int? {
        guard !pattern.isEmpty, keys.count >= pattern.count, start <= keys.count - pattern.count else { return nil }
        for index in start...(keys.count - pattern.count) where keys[index] == pattern[0] {
            if pattern.indices.allSatisfy({ keys[index + $0] == pattern[$0] }) { return index }
        }
        return nil
    }

    /// Whether the word at `index` ends with a comma, semicolon or other clause break.
    func endsClause(at index: Int) -> Bool {
        guard let last = words[index].last else { return false }
        return ",;:".contains(last) || (last == ")" && words[index].dropLast().last.map { ",;".contains($0) } == true)
    }

    /// Whether the first `count` words are one phrase: no clause break inside them (a break after the last is
    /// fine). Rules use it so a subject such as "Bones, lungs, and the liver" is not taken for a single term.
    func isOnePhrase(wordCount count: Int) -> Bool {
        !(0..<max(0, count - 1)).contains { endsClause(at: $0) }
    }

    /// The sentence with words `range` replaced by `[...]`.
    func hiding(_ range: Range<Int>) -> String {
        var trailing = ""
        if let last = words[range.upperBound - 1].last, ".,;:!?)\"'".contains(last) {
            trailing = String(words[range.upperBound - 1].reversed().prefix { ".,;:!?)\"'".contains($0) }.reversed())
        }
        var leading = ""
        if let first = words[range.lowerBound].first, "(\"'".contains(first) { leading = String(first) }
        let before = words[..<range.lowerBound].joined(separator: " ")
        let after = words[range.upperBound...].joined(separator: " ")
        return [before, leading + "[...]" + trailing, after].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Words that stand for something said before; a question starting with one cannot stand alone.
    static let pronouns: Set<String> = [
        "it", "they", "this", "these", "those", "that", "he", "she", "its", "their", "them", "such", "there",
        "here", "which", "both", "others", "some", "many",
    ]

    /// Whether the sentence opens with a pronoun whose meaning lies in an earlier sentence.
    var startsWithPronoun: Bool { keys.first.map(Self.pronouns.contains) ?? false }
}
