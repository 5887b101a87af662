import PearlsCore

/// Enumerations: an inline "such as A, B, C and D" in a sentence, or a bullet list under its lead-in.
/// Makes a select-all-that-apply card when the input names enough siblings to serve as distractors,
/// and a recall cloze per item.
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

    /// An inline enumeration in the sentence.
    static func candidates(_ context: RuleContext) -> [Candidate] {
        let sentence = context.sentence
        guard let (lead, items) = inlineItems(sentence) else { return [] }
        var cards: [Candidate] = []
        var prompt = sentence.phrase(0..<lead).trimming(" ,:")
        while let last = prompt.spaceSeparated.last, ["the", "a", "an"].contains(last.lowercased()) {
            prompt = String(prompt.dropLast(last.count)).trimming(" ")
        }
        if sentence.startsWithPronoun, let previous = context.previous { prompt = previous.text + " " + prompt }
        let terms = items.map { sentence.phrase($0) }
        if let sata = selectAll(prompt: prompt + ":", items: terms, leadIn: prompt, context: context) { cards.append(sata) }
        for range in items.prefix(6) {
            var card = context.candidate(.cloze, prompt: sentence.hiding(range), answers: [sentence.phrase(range)],
                                         rule: .enumeration, confidence: 0.6)
            card.card.note = "enumeration-" + String(StableOrder.rank(sentence.text, "note"), radix: 16)
            cards.append(card)
        }
        return cards
    }

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

    /// A bullet list under its lead-in.
    static func candidates(list items: [ArticleBlock], leadIn: ArticleBlock?, context: RuleContext) -> [Candidate] {
        let terms = items.compactMap { $0.label ?? shortForm($0.text) }
        guard terms.count >= 2 else { return [] }
        var lead = leadIn.map { leadSentence(of: $0.text) } ?? (context.block.topic.isEmpty ? "" : context.block.topic + ":")
        if lead.isEmpty { return [] }
        if !lead.hasSuffix(":") { lead += ":" }
        var cards: [Candidate] = []
        if let sata = selectAll(prompt: lead, items: terms, leadIn: lead, context: context) { cards.append(sata) }
        guard terms.count == items.count, terms.count <= 8 else { return cards }
        let note = "list-" + String(StableOrder.rank(lead + terms.joined(), "note"), radix: 16)
        for (index, term) in terms.enumerated() {
            var shown = terms
            shown[index] = "[...]"
            var card = context.candidate(.cloze, prompt: lead + " " + shown.joined(separator: "; "),
                                         answers: [term], rule: .enumeration, confidence: 0.55)
            card.card.note = note
            card.card.source = [Provenance(file: context.file, line: items[index].line)]
            cards.append(card)
        }
        return cards
    }

    /// The lead-in's last sentence, with the one before it when it opens with a pronoun ("This includes…").
    private static func leadSentence(of text: String) -> String {
        let sentences = SentenceSplitter.sentences(in: text)
        guard let last = sentences.last else { return text }
        if Sentence(last).startsWithPronoun, sentences.count >= 2 { return sentences[sentences.count - 2] + " " + last }
        return last
    }

    /// "Broken bones, as a result of weakening" → "Broken bones"; `nil` when no short name leads the item.
    static func shortForm(_ text: String) -> String? {
        var cut = text
        for marker in [",", ";", " (", " if ", " as a ", " from ", " when ", " that ", " which ", " because ", ":", ". "] {
            if let range = cut.rangeOfBytes(marker) { cut = String(cut[..<range.lowerBound]) }
        }
        cut = cut.trimming(" .")
        let count = cut.spaceSeparatedCount
        return (1...6).contains(count) ? cut : nil
    }

    /// A select-all card over `items`, when the input names at least two siblings of their kind to mix in.
    private static func selectAll(prompt: String, items: [String], leadIn: String, context: RuleContext) -> Candidate? {
        let kinds = items.compactMap(TermKind.of)
        let kind = TermKind.announced(by: leadIn).flatMap { announced in
            kinds.isEmpty || kinds.contains(announced) ? announced : nil
        } ?? majority(kinds, of: items.count)
        guard let kind, items.count <= 7 else { return nil }
        let distractors = context.siblings.distractors(kind: kind, excluding: items, limit: 3, seed: prompt, unlistedOnly: true)
        guard distractors.count >= 2 else { return nil }
        let options = StableOrder.shuffled(items.map(\.capitalizedFirst) + distractors, seed: prompt)
        let correct = options.indices.filter { items.map(\.capitalizedFirst).contains(options[$0]) }
        return context.candidate(.sata, prompt: prompt, answers: correct.map { options[$0] }, rule: .enumeration,
                                 confidence: 0.65, options: options, correct: correct)
    }

    private static func majority(_ kinds: [TermKind], of count: Int) -> TermKind? {
        let counts = Dictionary(grouping: kinds, by: { $0 }).mapValues(\.count)
        guard let (kind, votes) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }),
              votes * 2 > count else { return nil }
        return kind
    }
}
