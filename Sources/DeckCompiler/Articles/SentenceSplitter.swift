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
        let characters = Array(paragraph)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == "." || character == "!" || character == "?" else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, "\"')]".contains(characters[end]) || characters[end] == "." { end += 1 }
            guard end == characters.count || characters[end] == " " else {
                index = end
                continue
            }
            var next = end
            while next < characters.count, characters[next] == " " { next += 1 }
            let nextStartsSentence = next == characters.count || characters[next].isUppercase
                || characters[next].isNumber || "\"'([".contains(characters[next])
            if character == "." && (!nextStartsSentence || isAbbreviation(before: index, in: characters)) {
                index = end
                continue
            }
            if character != "." && !nextStartsSentence {
                index = end
                continue
            }
            let sentence = String(characters[start..<end]).trimming(" ")
            if !sentence.isEmpty { sentences.append(sentence) }
            start = next
            index = next
        }
        let tail = String(characters[min(start, characters.count)...]).trimming(" ")
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }

    /// Whether the word ending at `period` is an abbreviation or a one-letter initial ("J. Smith").
    private static func isAbbreviation(before period: Int, in characters: [Character]) -> Bool {
        var start = period
        while start > 0, characters[start - 1] != " ", characters[start - 1] != "(" { start -= 1 }
        let word = String(characters[start..<period]).lowercased()
        if word.count == 1, let letter = word.first, letter.isLetter { return true }
        return abbreviations.contains(word)
    }
}
