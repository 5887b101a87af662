import PearlsCore

/// The checks of a cloze's gap: where it ends, what it holds, and whether its sentence gives it away.
extension QualityFilter {
    /// A flaw of the gap of cloze `card`, whose first answer lowercased is `lowered`.
    static func gapFlaw(of card: Card, lowered: String) -> Flaw? {
        guard card.type == .cloze, card.answers.count == 1 else { return nil }
        return cutFlaw(card, lowered: lowered) ?? degreeFlaw(lowered) ?? alsoFlaw(card)
    }

    /// Whether the gap of `card` ends or runs on where its phrase does not.
    static func cutFlaw(_ card: Card, lowered: String) -> Flaw? {
        // "…can lead to [extreme fatigue and a reduced ability] to perform…", "…is the [best method of detecting] and
        // identifying…", "…with [therapies that destroy the cancer] or slow its growth": the gap ends inside a
        // phrase that goes on after it.
        if let gap = card.prompt.rangeOfBytes("[...]") {
            // "…new bone may form in [response to bone metastasis]": a gap that splits a fixed preposition.
            let before = card.prompt[..<gap.lowerBound].spaceSeparated.last.map { Sentence.key($0) } ?? ""
            if let fixed = Self.fixedPrepositions[before], fixed.contains(where: { lowered.hasPrefix($0 + " ") }) { return .cutPhrase }
            // "…is caused by [viruses, is often mild] and…": a gap that runs past a comma into another verb phrase.
            if lowered.containsBytes(", ") {
                let tokens = Passage(card.answers[0]).tokens
                if tokens.indices.dropFirst().contains(where: { tokens[$0 - 1].key == "," && [.auxiliary, .modal, .verbPresent3].contains(tokens[$0].tag) }) {
                    return .cutPhrase
                }
            }
            // "Keep a [list of the medicines], vitamins, and herbs you take": the gap is one member of a list, and
            // the others fit it too.
            if Self.opensAList(after: card.prompt[gap.upperBound...]) { return .cutPhrase }
            // "…check for [raised calcium] or other signs of…": one example of a kind the card leaves open.
            if [" or other ", " and other ", " or another "].contains(where: { card.prompt[gap.upperBound...].hasPrefix($0) }) {
                return .cutPhrase
            }
            let next = card.prompt[gap.upperBound...].spaceSeparated.prefix(2).map { Sentence.key($0) }
            let gapWords = lowered.spaceSeparated.map { Sentence.key($0) }
            if next.count == 2, let last = gapWords.last {
                let coordinated = ["and", "or"].contains(next[0])
                    && (last.hasSuffix("ing") && next[1].hasSuffix("ing")
                        || gapWords.contains(where: { ["that", "which", "who"].contains($0) }) && !next[1].hasSuffix("s"))
                let infinitive = next[0] == "to" && infinitiveNouns.contains(last)
                // "…the name given to [two] or more tumours": half of the quantity.
                let quantity = next[0] == "or" && ["more", "less", "fewer", "over", "under", "above", "below", "older", "younger"].contains(next[1])
                if coordinated || infinitive || quantity { return .cutPhrase }
            }
            // "reduced [mobility and limit the quality of life]": a gap that runs from a noun into the next verb (a
            // word after "and" that takes a determiner is a verb, whatever its tag). In a list set off by commas a
            // word the tagger calls a verb is an item: "headaches, tiredness or damp sheets".
            let tokens = Passage(card.answers[0]).tokens
            let listed = tokens.contains { $0.key == "," }
            if let first = tokens.first, first.tag == .noun, tokens.indices.dropLast().contains(where: { at in
                tokens[at].tag == .conjunction && (!listed && tokens[at + 1].tag == .verb
                    || at + 2 < tokens.count && [.determiner, .possessive].contains(tokens[at + 2].tag) && tokens[at + 1].tag != .determiner)
            }) {
                return .cutPhrase
            }
        }
        return nil
    }

    /// Whether the text after a gap goes on with more members of its list: ", vitamins, and herbs", ", hot or red";
    /// not a new clause (", and your lips…") nor examples (", such as…").
    static func opensAList(after text: Substring) -> Bool {
        guard text.hasPrefix(", ") else { return false }
        let words = text.dropFirst(2).spaceSeparated.prefix(9).map { String($0) }
        guard let first = words.first, !["such", "like", "including", "especially", "which", "who", "but", "so", "because", "as",
                                          "and", "or", "if", "when", "then", "for", "e.g.", "even", "you", "it", "they", "this", "these", "there",
                                          "we", "he", "she", "i", "that", "those"].contains(Sentence.key(first[...])) else { return false }
        // "…aims to [...], manage symptoms, prevent fractures, and improve…": further on, past other members each
        // closed by a comma.
        var members = 0
        for (index, word) in words.enumerated() where index >= 1 {
            let key = Sentence.key(word[...])
            if ["and", "or"].contains(key) { return !words[index - 1].hasSuffix(".") && (index <= 3 || members >= 1) }
            if word.hasSuffix(".") || word.hasSuffix(";") || word.hasSuffix(":") { return false }
            if word.hasSuffix(",") { members += 1 }
        }
        return false
    }

    /// Prepositions of several words, by their first word: "in [response to]", "as [a result of]".
    static let fixedPrepositions: [String: [String]] = [
        "in": ["response to", "addition to", "spite of", "front of", "case of", "terms of", "place of", "favour of",
               "favor of", "charge of", "relation to", "order to"],
        "as": ["a result of", "well as", "part of"],
        "because": ["of"], "due": ["to"], "instead": ["of"], "apart": ["from"],
    ]

    /// "…are the [most prone] to metastases", "…can become [severe]", "it's [essential] to…": a degree alone is
    /// no fact to recall, and many words fit its gap.
    static func degreeFlaw(_ lowered: String) -> Flaw? {
        if lowered.spaceSeparatedCount <= 2, ["most ", "least ", "more ", "less "].contains(where: lowered.hasPrefix) { return .vagueAnswer }
        if degrees.contains(Sentence.key(Substring(lowered))) { return .vagueAnswer }
        // "[crucial for bone health]", "[important to prevent falls]": a judgement and what it serves (review 28).
        let words = lowered.spaceSeparated.prefix(2).map { Sentence.key($0) }
        if words.count == 2, degrees.contains(words[0]), ["for", "to"].contains(words[1]) { return .vagueAnswer }
        return nil
    }

    /// "[...] occurs when cells in the body change and grow out of control. – Cancer", "When does cancer occur?":
    /// the textbook definition of a general term is background on a page about one illness (review 28). A page
    /// whose heading is about that term keeps it.
    static func definesAGeneralTerm(_ card: Card) -> Bool {
        var prompt = card.prompt
        if ParagraphLabel.opensWithLabel(prompt), let colon = prompt.firstIndex(of: ":") {
            prompt = String(prompt[prompt.index(after: colon)...]).trimming(" ")
        }
        let lowered = prompt.lowercased()
        let term: String? = switch card.type {
        case .cloze where lowered.hasPrefix("[...] "): card.answers.first?.lowercased()
        case .basic: [("what is ", "?"), ("what are ", "?"), ("when does ", " occur?"), ("when do ", " occur?")].lazy.compactMap { head, tail in
            lowered.hasPrefix(head) && lowered.hasSuffix(tail) && lowered.utf8.count > head.utf8.count + tail.utf8.count
                ? String(lowered.utf8.dropFirst(head.utf8.count).dropLast(tail.utf8.count)) : nil
        }.first
        // "Cancer is a disease that can metastasize…", true (reviews 28 to 30).
        case .truefalse: [" is a ", " is an "].lazy.compactMap { lowered.rangeOfBytes($0).map { String(lowered[..<$0.lowerBound]) } }.first
        default: nil
        }
        guard let term, generalTerms.contains(term) else { return false }
        return !contentWords(card.topic).subtracting(contentWords(term)).isEmpty
    }

    private static let generalTerms: Set<String> = ["cancer", "disease", "a disease", "illness", "an illness", "infection",
                                                    "an infection", "a tumour", "a tumor", "tumours", "tumors"]

    /// "Dehydration can also lead to [...]": "also" before a verb of effect says the page names other effects as
    /// well, and they fit the gap too. ("Also called [...]" and "also see your GP if it lasts [...]" ask their own
    /// thing.)
    static func alsoFlaw(_ card: Card) -> Flaw? {
        if let gap = card.prompt.rangeOfBytes("[...]") {
            let before = card.prompt[..<gap.lowerBound].spaceSeparated.suffix(6).map { Sentence.key($0) }
            if let also = before.lastIndex(of: "also"), also + 1 < before.count, effectVerbs.contains(before[also + 1]) {
                return .vagueAnswer
            }
        }
        return nil
    }

    /// Verbs of effect or membership, after which "also" means there are more.
    static let effectVerbs: Set<String> = ["lead", "leads", "cause", "causes", "affect", "affects", "include", "includes",
                                           "result", "results", "increase", "increases", "trigger", "triggers", "involve",
                                           "involves", "mean", "means", "bring", "brings"]

    /// Words of degree or importance that name no fact on their own.
    static let degrees: Set<String> = ["severe", "serious", "worse", "dangerous", "essential", "important", "crucial", "vital",
                                       "necessary", "advisable", "recommended", "life-threatening"]

    /// "…known as '[metastatic breast cancer]'" after "breast cancer that spreads", "help keep [asthma under
    /// control]" on "control inhalers": a gap whose words the sentence shows, all but one, is filled by copying.
    static func isCopied(gap: String, in prompt: String) -> Bool {
        let gapWords = contentWords(gap)
        guard (2...4).contains(gapWords.count) else { return false }
        let shown = contentWords(prompt.replacingBytes("[...]", with: " "))
        return gapWords.intersection(shown).count >= gapWords.count - 1
    }
}
