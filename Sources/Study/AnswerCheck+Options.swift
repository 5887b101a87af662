extension AnswerCheck {
    /// Reads the options a learner chose: letters ("b", "a c d", "acd", "a,c,d"), an option's number (unless the
    /// options are quantities such as doses), or the
    /// options' text ("calcium" for "Serum calcium"; for select-all, texts separated by commas or "and"), each
    /// naming exactly one option. True/false items also take t/f, yes/no and y/n; yes/no questions take y/n. Returns `nil` when the
    /// input names no option, or a text could be more than one.
    public func chosenOptions(_ typed: String, options: [String], single: Bool) -> [Int]? {
        let trimmed = typed.trimmingCharacters(in: .whitespaces).lowercased()
        if options == ["True", "False"] {
            if ["t", "true", "a", "yes", "y"].contains(trimmed) { return [0] }
            if ["f", "false", "b", "no", "n"].contains(trimmed) { return [1] }
        }
        if options == ["Yes", "No"] {
            if ["y", "yes"].contains(trimmed) { return [0] }
            if ["n", "no"].contains(trimmed) { return [1] }
        }
        let letters = trimmed.filter { !$0.isWhitespace && $0 != "," && $0 != ";" }
        if !letters.isEmpty, letters.allSatisfy({ $0.isASCII && $0.isLetter }) {
            let indices = letters.compactMap { $0.asciiValue.map { Int($0) - 97 } }
            let unique = Array(Set(indices)).sorted()
            if indices.allSatisfy({ (0..<options.count).contains($0) }), !single || unique.count == 1 {
                return unique
            }
        }
        // With quantities as options (doses, scores), a number typed is an option's text, never its position.
        if let numbered = Int(trimmed), (1...options.count).contains(numbered),
           !options.contains(where: { Quantity($0) != nil }) {
            return [numbered - 1]
        }
        if let index = option(named: typed, in: options) { return [index] }
        guard !single else { return nil }
        let parts = trimmed.split(whereSeparator: { $0 == "," || $0 == ";" }).flatMap {
            $0.components(separatedBy: " and ")
        }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var chosen: Set<Int> = []
        for part in parts {
            guard let index = option(named: part, in: options) else { return nil }
            chosen.insert(index)
        }
        return chosen.isEmpty ? nil : chosen.sorted()
    }

    /// The one option whose text is `typed`, or whose content words include every content word typed, and
    /// at least half of them ("calcium" names "Serum calcium"; "bone scan" does not name "A sample of bone is
    /// removed during the scan").
    private func option(named typed: String, in options: [String]) -> Int? {
        let answer = text.normalize(typed)
        guard !answer.isEmpty else { return nil }
        if let index = options.firstIndex(where: { text.normalize($0) == answer }) { return index }
        if let amount = Quantity(typed) {
            let same = options.indices.filter { index in
                Quantity(options[index]).map { $0.unit == amount.unit && $0.sameAmount(as: amount) } ?? false
            }
            if same.count == 1 { return same[0] }
        }
        let typedWords = answer.split(separator: " ").map(String.init)
        // "not MRI" or "MRI or CT" names no one option.
        guard !typedWords.contains(where: { MeaningMatch.negations.contains($0) || MeaningMatch.hedges.contains($0) })
        else { return nil }
        let words = typedWords.filter(MeaningMatch.isContent)
        guard !words.isEmpty else { return nil }
        let own = Set(options.flatMap { text.normalize($0).split(separator: " ").map(String.init) })
        let matcher = MeaningMatch(terms: .builtIn, own: own)
        let fits = options.indices.filter { index in
            let optionWords = text.normalize(options[index]).split(separator: " ").map(String.init)
            return 2 * words.count >= optionWords.filter(MeaningMatch.isContent).count
                && words.allSatisfy { word in optionWords.contains { matcher.sameWord(word, $0) } }
        }
        return fits.count == 1 ? fits[0] : nil
    }
}
