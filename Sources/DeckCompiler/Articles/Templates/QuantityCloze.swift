/// "Test your blood sugar again after 10 to 15 minutes." Hides a whole quantity (a number or a range with its
/// qualifier and unit, never half a range), with the rest of the sentence as the question.
enum QuantityCloze {
    private static let qualifiers: Set<String> = ["less", "more", "fewer", "over", "under", "above", "below", "about",
                                                  "around", "up", "at", "least", "than", "to", "approximately", "nearly",
                                                  "just", "almost", "roughly"]
    private static let joiners: Set<String> = ["to", "-", "–", "and", "or", "in", "out", "of", "a"]
    /// Words after a bare count that make it a count of kinds or items listed nearby.
    private static let countedNouns: Set<String> = ["main", "types", "kinds", "ways", "forms", "categories", "groups", "classes",
                                                    "early", "common", "different", "key", "major", "things", "steps"]
    /// Units that belong to a quantity ("after [10 minutes]"). Any other noun names what is counted and stays in the
    /// question, where it says what the number is of ("[4 to 6] glucose tablets", "[one in 10] people").
    static let units: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "night", "nights", "times", "mg", "g", "kg", "mcg", "microgram", "micrograms", "milligram",
        "milligrams", "gram", "grams", "ml", "l", "litre", "litres", "liter", "liters", "pint", "pints", "cup", "cups",
        "mm", "cm", "m", "metre", "metres", "meter", "meters", "inch", "inches", "foot", "feet", "pound", "pounds", "lb",
        "lbs", "stone", "ounce", "ounces", "oz", "degree", "degrees", "°c", "°f", "c", "f", "mmol", "mmol/l", "mg/dl",
        "mmhg", "bpm", "percent", "cent", "units", "unit", "calories", "kcal", "breaths", "beats", "kilograms", "kilogram"]
    /// Words after "or" that leave a quantity open ("six or more").
    private static let openEnds: Set<String> = ["more", "less", "fewer", "over", "under", "above", "below", "longer", "older"]
    /// Words before a number that make it a name, not a quantity ("type 2 diabetes", "stage 4").
    /// Words a number names something after: "type 2", "stage 4", "NHS 111" (a service, not a quantity).
    private static let namers: Set<String> = ["type", "stage", "grade", "step", "category", "level", "phase", "class", "nhs"]

    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        var made: [Candidate] = []
        var index = clause.range.lowerBound
        while index < clause.range.upperBound {
            // "one" is a quantity in a range ("one or two", "one to three") or a proportion ("one in 10"), not as a
            // pronoun.
            guard tokens[index].tag == .number, tokens[index].key != "one" || index + 1 < tokens.count
                && tokens[index + 1].tag == .number
                || index + 2 < tokens.count && ["in", "out", "to", "or", "-", "–"].contains(tokens[index + 1].key) && tokens[index + 2].tag == .number,
                  index == 0 || !namers.contains(tokens[index - 1].key) else { index += 1; continue }
            var start = index
            while start > clause.range.lowerBound, qualifiers.contains(tokens[start - 1].key), index - start < 3,
                  // "up to 6" qualifies; "the name given to two" only leads to the number.
                  tokens[start - 1].key != "to" || start >= 2 && tokens[start - 2].key == "up" { start -= 1 }
            var end = index + 1
            while end + 1 < clause.range.upperBound, joiners.contains(tokens[end].key), tokens[end + 1].tag == .number {
                end += 2
            }
            // "[six or more] episodes", "[three times or more]": an open end belongs to its quantity.
            let openEnded = { (at: Int) in
                at + 1 < clause.range.upperBound && tokens[at].key == "or" && Self.openEnds.contains(tokens[at + 1].key)
            }
            if openEnded(end) { end += 2 }
            // "three out of four": a proportion is one quantity.
            if end + 2 < clause.range.upperBound, tokens[end].key == "out", tokens[end + 1].key == "of", tokens[end + 2].tag == .number {
                end += 3
            }
            // "There are [two] main types", "[Two] early signs are…": a bare count of what the sentence then
            // lists is trivial to guess and teaches nothing.
            if start == index, end == index + 1, end < tokens.count, Self.countedNouns.contains(tokens[end].key) {
                index = end
                continue
            }
            var unit = 0
            while end < clause.range.upperBound, unit < 2 {
                if tokens[end].tag == .symbol || Self.units.contains(tokens[end].key) || tokens[end].key == "%" {
                    end += 1
                } else if tokens[end].key == "per", end + 1 < clause.range.upperBound, tokens[end + 1].tag == .noun {
                    // "2 litres per day", "60 beats per minute": the rate is part of the quantity.
                    end += 2
                } else {
                    break
                }
                unit += 1
            }
            if openEnded(end) { end += 2 }
            // "of or greater than [100.4°F]": a "than" left alone at the gap's edge stays in the question.
            if start < index, tokens[start].key == "than", start == clause.range.lowerBound || !["less", "more", "fewer"].contains(tokens[start - 1].key) {
                start += 1
            }
            // "at least [1] pressure ulcer": a single one, with no unit, is no quantity worth a card.
            if unit == 0, end == index + 1, ["1", "one"].contains(tokens[index].key) {
                index = end
                continue
            }
            let hidden = start..<end
            let answer = passage.text(hidden)
            if answer.count >= 1, passage.tokens.count >= 5 {
                made.append(context.candidate(.cloze, prompt: VerbRelation.cloze(context, hiding: hidden), answers: [answer],
                                              template: .quantity, prior: 0.75, answerRange: hidden))
            }
            index = end
        }
        return made.prefix(2).map { $0 }
    }
}
