/// Splits a paragraph into sentences, knowing that a period after an abbreviation or an initial ends nothing.
enum SentenceSplitter {
    /// Words that end in a period without ending a sentence, lowercased, without their final period.
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "eg", "ie", "cf", "al",
        "u.s", "u.k", "mg", "mcg", "kg", "ml", "dl", "approx", "fig", "no", "inc", "ltd", "co", "dept", "mt",
        "min", "max", "hr", "hrs", "wk", "wks", "mo", "yr", "yrs", "ca", "p.m", "a.m", "ph.d", "m.d", "b.i.d",
        "t.i.d", "q.i.d", "p.o", "i.v", "oz", "lb", "lbs", "ft", "in", "vol", "pp", "sept", "oct", "nov", "dec",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    ]

    static func sentences(in paragraph: String) -> [String] {
        // Every boundary this looks for is an ASCII byte, so it walks bytes and cuts the text only there.
        let bytes = Array(paragraph.utf8)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, closers.contains(bytes[end]) { end += 1 }
            guard end == bytes.count || bytes[end] == UInt8(ascii: " ") else {
                index = end
                continue
            }
            var next = end
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            let nextStartsSentence = next == bytes.count || startsSentence(bytes[next...])
            if byte == UInt8(ascii: ".") && (!nextStartsSentence || isAbbreviation(before: index, in: bytes)) {
                index = end
                continue
            }
            if byte != UInt8(ascii: ".") && !nextStartsSentence {
                index = end
                continue
            }
            let sentence = String(decoding: bytes[start..<end], as: UTF8.self).trimming(" ")
            if !sentence.isEmpty { sentences.append(sentence) }
            start = next
            index = next
        }
        let tail = String(decoding: bytes[min(start, bytes.count)...], as: UTF8.self).trimming(" ")
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }

    /// Bytes that may follow a sentence's closing mark before the space: quotes, brackets, more periods.
    private static let closers: Set<UInt8> = Set("\"')].".utf8)

    /// Whether text starting here can open a sentence: a capital, a digit, a quote or an opening bracket.
    private static func startsSentence(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        if first < 0x80 {
            return (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) || "\"'([".utf8.contains(first)
        }
        guard let character = String(decoding: bytes.prefix(4), as: UTF8.self).first else { return false }
        return character.isUppercase || character.isNumber
    }

    /// Whether the word ending at `period` is an abbreviation or a one-letter initial ("J. Smith").
    private static func isAbbreviation(before period: Int, in bytes: [UInt8]) -> Bool {
        var start = period
        while start > 0, bytes[start - 1] != UInt8(ascii: " "), bytes[start - 1] != UInt8(ascii: "(") { start -= 1 }
        let word = String(decoding: bytes[start..<period], as: UTF8.self).lowercased()
        if word.count == 1, let letter = word.first, letter.isLetter { return true }
        return abbreviations.contains(word)
    }
}
