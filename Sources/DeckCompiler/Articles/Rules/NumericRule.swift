/// Numeric facts: percentages, "three out of four", "1 in 5", doses and durations with their units.
/// Makes a cloze that hides the number (and its unit), leaving hedges such as "about" in view.
enum NumericRule {
    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "a", "twenty",
        "thirty", "forty", "fifty", "hundred",
    ]
    private static let units: Set<String> = [
        "%", "percent", "mg", "mcg", "g", "kg", "ml", "l", "mmhg", "mg/dl", "mmol/l", "hours", "hour", "days", "day",
        "weeks", "week", "months", "month", "years", "minutes", "minute", "seconds", "times", "units", "bpm",
        "degrees", "°f", "°c", "inches", "cm", "mm", "liters", "litres", "cups", "glasses",
    ]

    static func candidates(_ context: RuleContext) -> [Candidate] {
        let sentence = context.sentence
        guard sentence.words.count >= 6 else { return [] }
        var found: [Candidate] = []
        for range in numberRanges(sentence).prefix(2) {
            let answer = sentence.phrase(range)
            var prompt = sentence.hiding(range)
            if sentence.startsWithPronoun, let previous = context.previous { prompt = previous.text + " " + prompt }
            var answers = [answer]
            if answer.hasSuffix("%") { answers.append(String(answer.dropLast()) + " percent") }
            if answer.hasSuffix(" percent") { answers.append(String(answer.dropLast(8)) + "%") }
            found.append(context.candidate(.cloze, prompt: prompt, answers: answers, rule: .numeric, confidence: 0.75))
        }
        return found
    }

    /// Word ranges that state a quantity: "70%", "three out of four", "1 in 5", "2 hours", "10 mg".
    static func numberRanges(_ sentence: Sentence) -> [Range<Int>] {
        let keys = sentence.keys
        var ranges: [Range<Int>] = []
        var index = 0
        while index < keys.count {
            let key = keys[index]
            let isDigit = key.first?.isNumber == true
            let isYear = key.count == 4 && key.allSatisfy(\.isNumber) && (key.hasPrefix("19") || key.hasPrefix("20"))
            // "three out of four", "1 in 5", "one in three"
            if isDigit || numberWords.contains(key) {
                if index + 3 < keys.count, keys[index + 1] == "out", keys[index + 2] == "of",
                   keys[index + 3].first?.isNumber == true || numberWords.contains(keys[index + 3]) {
                    ranges.append(index..<(index + 4))
                    index += 4
                    continue
                }
                if index + 2 < keys.count, keys[index + 1] == "in", key != "a",
                   keys[index + 2].first?.isNumber == true || numberWords.contains(keys[index + 2]) {
                    ranges.append(index..<(index + 3))
                    index += 3
                    continue
                }
            }
            if isDigit && !isYear {
                if key.hasSuffix("%") {
                    ranges.append(index..<(index + 1))
                } else if index + 1 < keys.count, units.contains(keys[index + 1]) {
                    ranges.append(index..<(index + 2))
                    index += 2
                    continue
                } else if key.contains(where: \.isLetter), units.contains(String(key.drop(while: { $0.isNumber || $0 == "." }))) {
                    ranges.append(index..<(index + 1))
                }
            }
            index += 1
        }
        return ranges
    }
}
