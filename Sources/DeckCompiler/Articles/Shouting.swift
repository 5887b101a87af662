/// "You MUST GIVE the autoinjector", "ALWAYS give adrenaline FIRST": words a page writes in capitals for
/// emphasis, written as words again so that the tagger and the cards read them as such. Acronyms stay ("ASCIA",
/// "CPR", "HIV"): only a word the word lists know is lowered, and a short one ("DO", "AIDS") only beside another
/// such word. A line all in capitals is a heading, left as it is.
enum Shouting {
    static func quieted(_ line: String, lexicon: Lexicon = .english) -> String {
        guard hasCapitalPair(line), line.utf8.contains(where: { (0x61...0x7A).contains($0) }) else { return line }
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let shouted = words.map { word -> Bool in
            let letters = word.filter(\.isLetter)
            guard letters.count >= 2, letters.allSatisfy(\.isUppercase), word.allSatisfy({ $0.isLetter || ".,;:!?'’".contains($0) })
            else { return false }
            let key = letters.lowercased()
            return lexicon.tag(of: key) != nil || GluedWords.nouns.contains(key) || GluedWords.isInflected(key, lexicon)
        }
        for index in words.indices where shouted[index] {
            let letters = words[index].filter(\.isLetter).count
            let beside = index > 0 && shouted[index - 1] || index + 1 < words.count && shouted[index + 1]
            guard letters >= 5 || beside || emphasised.contains(words[index].filter(\.isLetter).lowercased()) else { continue }
            let opensSentence = index == 0 || words[index - 1].last.map { ".!?:".contains($0) } == true
            let lowered = words[index].lowercased()
            words[index] = opensSentence ? lowered.capitalizedFirst : lowered
        }
        return words.joined(separator: " ")
    }

    /// Short words written in capitals only to stress them.
    private static let emphasised: Set<String> = ["not", "only", "must", "dont", "do"]

    /// Whether two capital ASCII letters stand together anywhere: most lines have none, and are passed at once.
    private static func hasCapitalPair(_ line: String) -> Bool {
        var previous = false
        for byte in line.utf8 {
            let capital = (0x41...0x5A).contains(byte)
            if capital && previous { return true }
            previous = capital
        }
        return false
    }
}
