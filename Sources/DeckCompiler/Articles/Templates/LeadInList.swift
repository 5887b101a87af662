import PearlsCore

/// A bullet list under its lead-in ("Early signs of a low blood sugar include:"). The whole list is one
/// card, never a cloze on one item (the other items would fit the gap as well): select-all when other lists
/// of the input give distractors of the same kind, else "name them" recall.
enum LeadInList {
    static func candidates(items: [ArticleBlock], leadIn: String, file: String, block: ArticleBlock,
                           siblings: SiblingTerms, pageSubject: String) -> [Candidate] {
        let terms = items.map { ($0.label ?? EnumerationRule.shortForm($0.text) ?? $0.text).trimming(" .;,") }
        guard terms.count >= 2, let question = question(from: leadIn, heading: block.topic, pageSubject: pageSubject) else {
            return []
        }
        let context = ClauseContext(passage: Passage(leadIn), clauses: [], index: 0, antecedent: nil, block: block,
                                    file: file, siblings: siblings)
        var made: [Candidate] = []
        let distractors = (TermKind.announced(by: leadIn) ?? majority(terms)).map {
            siblings.distractors(kind: $0, excluding: terms, limit: 3, seed: leadIn, unlistedOnly: false)
        } ?? []
        if terms.count <= 6, distractors.count >= 2, terms.allSatisfy({ $0.spaceSeparatedCount <= 6 }) {
            let options = StableOrder.shuffled(terms.map(\.capitalizedFirst) + distractors, seed: leadIn)
            let correct = options.indices.filter { terms.map(\.capitalizedFirst).contains(options[$0]) }
            made.append(context.candidate(.sata, prompt: question + " Select all that apply.",
                                          answers: correct.map { options[$0] }, template: .leadInList, prior: 0.95,
                                          options: options, correct: correct))
        } else if terms.count <= 6, terms.joined(separator: "; ").spaceSeparatedCount <= 25 {
            made.append(context.candidate(.basic, prompt: question + " Name \(terms.count).",
                                          answers: [terms.joined(separator: "; ")], template: .leadInList, prior: 0.95))
        } else {
            // A long list: each card hides a run of up to five items and shows the rest, so its answer is the
            // items not shown, and no answer runs past 25 words.
            let runs = stride(from: 0, to: terms.count, by: 5).map { $0..<min(terms.count, $0 + 5) }
            for run in runs {
                let shown = terms.indices.filter { !run.contains($0) }.map { terms[$0] }
                let prompt = question + " Besides " + shown.joined(separator: "; ") + ", name \(run.count) more."
                var card = context.candidate(.basic, prompt: prompt, answers: [terms[run].joined(separator: "; ")],
                                             template: .leadInList, prior: 0.9)
                card.clauseKey = "list#" + leadIn + "#" + String(block.line) + "#" + String(run.lowerBound)
                made.append(card)
            }
            return made
        }
        made[0].clauseKey = "list#" + leadIn + "#" + String(block.line)
        return made
    }

    private static func majority(_ terms: [String]) -> TermKind? {
        let kinds = terms.compactMap(TermKind.of)
        let counts = Dictionary(grouping: kinds, by: { $0 }).mapValues(\.count)
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }
            .flatMap { $0.value * 2 > terms.count ? $0.key : nil }
    }

    /// The lead-in as a question: "Symptoms of DVT can include:" → "What are the symptoms of DVT?"; "Follow
    /// these steps if X:" → "What steps should you follow if X?"; otherwise the lead-in itself, ending in "?".
    static func question(from leadIn: String, heading: String, pageSubject: String) -> String? {
        // The lead-in's last sentence carries the list's subject ("…They include:").
        var text = (SentenceSplitter.sentences(in: leadIn).last ?? leadIn).trimming(" :")
        let lowered = text.lowercased()
        // "One or more of the following may be present:", "You may notice:": the heading says what the list is.
        if text.isEmpty || lowered.contains("the following") || lowered.hasPrefix("you may") || lowered.hasPrefix("you might")
            || lowered.hasPrefix("these include") || lowered.hasPrefix("they include") || lowered.hasPrefix("this includes")
            || lowered.spaceSeparatedCount <= 2, !heading.isEmpty {
            text = heading
            if !text.lowercased().hasPrefix("what"), text.spaceSeparatedCount <= 14 {
                return "What are the " + text.lowercasedFirst.trimming(" ?") + "?"
            }
        }
        guard !text.isEmpty else { return nil }
        let passage = Passage(text)
        let keys = passage.keys
        let count = keys.count
        // "... include", "... can include", "... are", "... such as", "... like", "... are the following"
        var end = count
        while end > 0, ["following", "the", "these", "as", "such", "like", "include", "includes", "including",
                        "are", "is", "can", "may", "might", "could", "be", "common", "some", "of"].contains(keys[end - 1]) {
            end -= 1
            if ["include", "includes", "including", "are", "is", "such", "like"].contains(keys[end]) { break }
        }
        while end > 0, ["can", "may", "might", "could", "often", "also", "commonly", "usually"].contains(keys[end - 1]) { end -= 1 }
        if end < count, end > 0 {
            var subject = passage.text(0..<end).trimming(" ,")
            if subject.lowercased().hasPrefix("other ") || subject.contains(",") { return subject + ": which ones?" }
            let first = keys[0]
            if !["the", "a", "an", "your", "some", "these", "this", "common", "most", "other"].contains(first),
               passage.tokens[0].tag != .possessive { subject = "the " + subject.lowercasedFirst }
            return "What are \(subject.lowercasedFirst)?"
        }
        // "Follow these steps if ...", "Watch for these signs": imperative + these + noun.
        if let these = passage.find(["these"]), these + 1 < count, these >= 1, passage.tokens[0].tag == .verb {
            let noun = passage.text((these + 1)..<(these + 2))
            let verb = passage.text(0..<these)
            let after = passage.text((these + 2)..<count)
            return ("What \(noun) should you \(verb.lowercasedFirst) " + after).trimming(" ") + "?"
        }
        if !heading.isEmpty, passage.tokens.contains(where: { $0.tag.isFinite }), heading.spaceSeparatedCount <= 12 {
            return "What are the " + heading.lowercasedFirst.trimming(" ?") + "?"
        }
        if text.spaceSeparatedCount <= 2, !pageSubject.isEmpty {
            return "What are the \(text.lowercasedFirst) of \(pageSubject.lowercasedFirst)?"
        }
        return text + "?"
    }
}
