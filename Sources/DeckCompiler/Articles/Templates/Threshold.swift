/// "Follow these steps if your blood sugar is less than 4mmol/L": a limit in an advice's condition is the number
/// to recall, asked as "Below what blood sugar should you treat a low blood sugar yourself? – 4 mmol/L".
enum Threshold {
    /// The question and its answer for `condition` ("if your temperature is above 38°C") of the advice `action`
    /// ("call your nurse"); `nil` unless the condition sets a measure against a number.
    static func card(condition: String, action: String) -> (prompt: String, answer: String)? {
        let passage = Passage(condition)
        let tokens = passage.tokens
        guard let be = tokens.firstIndex(where: { ["is", "are"].contains($0.key) }), be >= 1 else { return nil }
        let said = tokens[(be + 1)...].prefix(2).map(\.key)
        guard let direction = Self.directions.first(where: { said.starts(with: $0.words) }) else { return nil }
        let number = be + 1 + direction.words.count
        guard number < tokens.count, tokens[number].key.first?.isNumber == true else { return nil }
        // The measure: the words before "is", without the opener and "your" or "the".
        var start = 0
        while start < be, ["if", "when", "your", "the", "a", "an", "their"].contains(tokens[start].key) { start += 1 }
        // "if your child is under 2" sets a person against a number: only a measure is asked this way.
        guard (1...4).contains(be - start), (start..<be).allSatisfy({ [.noun, .adjective, .properNoun].contains(tokens[$0].tag) }),
              Self.measures.contains(tokens[be - 1].key) else { return nil }
        var end = number + 1
        while end < tokens.count, end - number < 3, !["or", "and", ",", ".", ";", "–"].contains(tokens[end].key),
              !tokens[end].tag.isVerb, tokens[end].tag != .pronoun { end += 1 }
        let measure = passage.text(start..<be).lowercased()
        let action = action.lowercasedFirst.trimming(" .,")
        return ("\(direction.asked) what \(measure) should you \(action)?", Self.spaced(passage.text(number..<end)))
    }

    /// "4mmol/L" → "4 mmol/L": a number and its unit, as they are written apart.
    static func spaced(_ quantity: String) -> String {
        guard let letter = quantity.firstIndex(where: \.isLetter), letter > quantity.startIndex,
              quantity[quantity.index(before: letter)].isNumber else { return quantity }
        return quantity[..<letter] + " " + quantity[letter...]
    }

    /// Words that name what is measured.
    private static let measures: Set<String> = ["temperature", "sugar", "glucose", "level", "levels", "pressure", "reading",
                                                "rate", "count", "score", "weight", "saturation", "pulse", "bmi", "oxygen"]

    private static let directions: [(words: [String], asked: String)] = [
        (["less", "than"], "Below"), (["lower", "than"], "Below"), (["below"], "Below"), (["under"], "Below"),
        (["more", "than"], "Above"), (["higher", "than"], "Above"), (["greater", "than"], "Above"), (["above"], "Above"),
        (["over"], "Above"),
    ]
}
