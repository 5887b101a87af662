import PearlsCore

/// Enumerations: finds an inline "such as A, B, C and D" in a sentence, and the short name that leads a list
/// item, for the pool of sibling terms. Cards from lists are LeadInList's and CoordinationCloze's: never a
/// cloze on one item, which every other item would fit as well.
enum EnumerationRule {
    /// Words after which an inline enumeration's first item starts.
    private static let openers: Set<String> = [
        "as", "including", "include", "includes", "like", "are", "is", "the", "of", "in", "on", "with", "from", "to",
        "often", "especially", "particularly", "namely",
    ]

    /// Words that open a clause rather than name an item ("…, which can ease pain").
    private static let clauseOpeners: Set<String> = [
        "which", "who", "that", "even", "making", "so", "as", "when", "where", "while", "but", "because", "if",
        "although", "then", "it", "they", "this",
    ]

    /// The index where the lead ends and the item ranges, when the sentence ends in a list of 3+ short items.
    static func inlineItems(_ sentence: Sentence) -> (lead: Int, items: [Range<Int>])? {
        let keys = sentence.keys
        guard let conjunction = keys.indices.last(where: { (keys[$0] == "and" || keys[$0] == "or") && $0 > 1 }),
              conjunction + 1 < keys.count else { return nil }
        // The last item: after the conjunction, up to a clause break or the end, at most 5 words.
        var lastEnd = conjunction + 1
        while lastEnd < keys.count, lastEnd - conjunction <= 5 {
            lastEnd += 1
            if sentence.endsClause(at: lastEnd - 1) { break }
        }
        guard lastEnd - conjunction - 1 <= 5, lastEnd == keys.count || sentence.endsClause(at: lastEnd - 1) else { return nil }
        var items: [Range<Int>] = [(conjunction + 1)..<lastEnd]
        // Earlier items: comma-separated chunks going back from the conjunction.
        var end = conjunction
        while end > 0 {
            var start = end - 1
            while start > 0, !sentence.words[start - 1].hasSuffix(",") { start -= 1 }
            let chunk = start..<end
            if chunk.count <= 4 && start > 0 {
                items.insert(chunk, at: 0)
                end = start
                continue
            }
            // The first item: the chunk's words after its last opener, at most 4.
            guard let opener = chunk.last(where: { openers.contains(keys[$0]) }), opener + 1 < end,
                  end - opener - 1 <= 4 else { return nil }
            items.insert((opener + 1)..<end, at: 0)
            break
        }
        guard items.count >= 3, let first = items.first, first.lowerBound >= 3 else { return nil }
        let trimmed = items.map { range -> Range<Int> in
            ["and", "or"].contains(keys[range.lowerBound]) ? (range.lowerBound + 1)..<range.upperBound : range
        }
        guard trimmed.allSatisfy({ !$0.isEmpty && !clauseOpeners.contains(keys[$0.lowerBound]) }) else { return nil }
        return (first.lowerBound, trimmed)
    }

    /// "Broken bones, as a result of weakening" → "Broken bones"; `nil` when no short name leads the item. What
    /// the item depends on stays: a bracket's aside goes but the words after it stay ("your inhaler (usually
    /// blue) is not helping" → "your inhaler is not helping"), a condition stays ("only floss if your team says
    /// it is safe"), and so does one that opens the item ("If you wear dentures, take them out at night").
    static func shortForm(_ text: String, limit: Int = 6) -> String? {
        var cut = withoutBrackets(text)
        var condition = ""
        // "If it swells, raise it": the condition stays with its order. "When there is a residual volume, which means…"
        // is a condition only: what follows its comma goes on describing it.
        if ["if ", "when ", "unless "].contains(where: cut.lowercased().hasPrefix), let comma = cut.rangeOfBytes(", "),
           !["which ", "who ", "that ", "or ", "and ", "as ", "such as "].contains(where: cut[comma.upperBound...].hasPrefix) {
            condition = String(cut[..<comma.upperBound])
            cut = String(cut[comma.upperBound...])
        }
        // A thing's condition only says when it happens ("Compression of the spinal cord if cancer in…"); an
        // order's is part of the order ("only floss if your team says…").
        let hasCondition = cut.containsBytes(" if ") || cut.containsBytes(" when ")
        let isOrder = hasCondition && (Passage(cut).tokens.first.map { [.verb, .adverb, .negation, .auxiliary].contains($0.tag) } ?? false)
        let conditions = hasCondition && condition.isEmpty && !isOrder ? [" if ", " when "] : []
        for marker in [",", ";", " – ", " — ", " - ", " as a ", " from ", " that ", " which ", " because ", ":", ". "] + conditions {
            if let range = cut.rangeOfBytes(marker) { cut = String(cut[..<range.lowerBound]) }
        }
        cut = cut.trimming(" .")
        let count = cut.spaceSeparatedCount
        return (1...limit).contains(count) ? condition + cut : nil
    }

    /// `text` without its asides in brackets.
    static func withoutBrackets(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "(")) else { return text }
        var kept = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1; if kept.hasSuffix(" ") { kept.removeLast() } }
            else if character == ")", depth > 0 { depth -= 1 }
            else if depth == 0 { kept.append(character) }
        }
        return kept
    }
}
