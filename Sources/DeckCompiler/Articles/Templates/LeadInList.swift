import PearlsCore

/// A bullet list under its lead-in ("Early signs of a low blood sugar include:"). The whole list is one
/// card, never a cloze on one item (the other items would fit the gap as well): select-all when other lists
/// of the input give distractors of the same kind, else "name them" recall.
enum LeadInList {
    static func candidates(items: [ArticleBlock], leadIn: String, file: String, block: ArticleBlock,
                           siblings: SiblingTerms, pageSubject: String) -> [Candidate] {
        let glosses = items.map { ItemGloss($0.text) }
        let terms = zip(items, glosses).map { item, gloss in
            var term = gloss?.term ?? item.label ?? (item.text.spaceSeparatedCount <= 12 ? item.text : nil)
                ?? EnumerationRule.shortForm(item.text) ?? item.text.spaceSeparated.prefix(12).joined(separator: " ")
            term = term.trimming(" .;,")
            for tail in [", or", ", and", " or", " and"] where term.hasSuffix(tail) { term = String(term.dropLast(tail.count)) }
            return term
        }
        guard terms.count >= 2, let question = question(from: leadIn, heading: block.topic, pageSubject: pageSubject) else {
            return []
        }
        let context = ClauseContext(passage: Passage(leadIn), clauses: [], index: 0, antecedent: nil, block: block,
                                    file: file, siblings: siblings)
        var made: [Candidate] = []
        // "Anaemia – a lack of red blood cells": the gloss defines its term.
        for (item, gloss) in zip(items, glosses) {
            guard let gloss, let first = Passage(gloss.gloss).tokens.first,
                  [.determiner, .noun, .adjective].contains(first.tag) || ["where", "when"].contains(first.key),
                  gloss.gloss.spaceSeparatedCount <= 25 else { continue }
            var itemBlock = block
            itemBlock.line = item.line
            let itemContext = ClauseContext(passage: Passage(item.text), clauses: [], index: 0, antecedent: nil,
                                            block: itemBlock, file: file, siblings: siblings)
            var card = itemContext.candidate(.basic, prompt: "What is \(gloss.term.lowercasedFirst)?", answers: [gloss.gloss],
                                             template: .copulaDefinition, prior: 0.85)
            card.clauseKey = "gloss#" + item.text
            made.append(card)
        }
        let distractors = (TermKind.announced(by: leadIn) ?? majority(terms)).map {
            siblings.distractors(kind: $0, excluding: terms, limit: 3, seed: leadIn, unlistedOnly: true)
        } ?? []
        if terms.count <= 6, distractors.count >= 2, terms.allSatisfy({ $0.spaceSeparatedCount <= 6 }) {
            let options = StableOrder.shuffled(terms.map(\.capitalizedFirst) + distractors, seed: leadIn)
            let correct = options.indices.filter { terms.map(\.capitalizedFirst).contains(options[$0]) }
            made.insert(context.candidate(.sata, prompt: question + " Select all that apply.",
                                          answers: correct.map { options[$0] }, template: .leadInList, prior: 0.95,
                                          options: options, correct: correct), at: 0)
        } else if terms.count <= 6, terms.joined(separator: "; ").spaceSeparatedCount <= 25 {
            made.insert(context.candidate(.basic, prompt: question + " Name \(terms.count).",
                                          answers: [terms.joined(separator: "; ")], template: .leadInList, prior: 0.95), at: 0)
        } else {
            // A long list: each card hides a run of up to five items and shows the rest, so its answer is the
            // items not shown, and no answer runs past 25 words.
            var runs: [Range<Int>] = []
            var start = 0
            var words = 0
            for (index, term) in terms.enumerated() {
                let count = term.spaceSeparatedCount
                if index > start, words + count > 20 || index - start == 5 {
                    runs.append(start..<index)
                    start = index
                    words = 0
                }
                words += count
            }
            runs.append(start..<terms.count)
            for run in runs {
                let shown = terms.indices.filter { !run.contains($0) }.map { terms[$0] }
                let prompt = question + (shown.isEmpty ? " Name \(run.count)."
                    : " Besides " + shown.joined(separator: "; ") + ", name \(run.count) more.")
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

    /// Whether the list describes its heading rather than naming members: most items open with a verb or an
    /// adjective ("Used once or twice daily", "Works within minutes", "Do not stop…").
    static func isPropertyList(_ items: [ArticleBlock]) -> Bool {
        guard items.count >= 2, items.first?.leadIn == nil else { return false }
        let describing = items.count { item in
            guard let first = Passage(item.text).tokens.first else { return false }
            return first.tag.isVerb || first.tag == .adverb || first.tag == .verbPresent3
        }
        return describing * 2 > items.count
    }

    /// "other symptoms may include" → "symptoms": the words after "other" up to the first verb or marker.
    private static func nounAfterOther(_ lowered: String) -> String {
        let passage = Passage(String(lowered.dropFirst(6)))
        let end = passage.tokens.firstIndex { $0.tag.isVerb || $0.tag == .preposition || $0.tag == .punctuation
            || ["include", "includes", "such", "like"].contains($0.key) } ?? passage.tokens.count
        return end <= 3 ? passage.text(0..<end) : ""
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
        // "… if you have any of the following symptoms:" names the list's kind; the heading names whose.
        if let following = lowered.range(of: "the following ") {
            let noun = String(lowered[following.upperBound...]).trimming(" :")
            if (1...3).contains(noun.spaceSeparatedCount) {
                let owner = ArticleCompiler.headingSubject(heading) ?? pageSubject
                return owner.isEmpty ? "What are the \(noun)?" : "What are the \(noun) of \(owner.lowercasedFirst)?"
            }
        }
        // "Other symptoms may include:" is about the heading's subject too.
        if lowered.hasPrefix("other ") {
            let owner = ArticleCompiler.headingSubject(heading) ?? pageSubject
            let noun = nounAfterOther(lowered)
            if !owner.isEmpty, !noun.isEmpty { return "What are other \(noun) of \(owner.lowercasedFirst)?" }
        }
        // "One or more of the following may be present:", "You may notice:": the heading says what the list is.
        if text.isEmpty || lowered.contains("the following") || lowered.hasPrefix("you may") || lowered.hasPrefix("you might")
            || lowered.hasPrefix("these include") || lowered.hasPrefix("they include") || lowered.hasPrefix("this includes")
            || lowered.spaceSeparatedCount <= 2, !heading.isEmpty {
            text = heading
            if text.lowercased().hasPrefix("how to ") { return "How do you " + text.dropFirst(7).trimming(" ?") + "?" }
            if !text.lowercased().hasPrefix("what"), text.spaceSeparatedCount <= 14 {
                return "What are the " + text.lowercasedFirst.trimming(" ?") + "?"
            }
        }
        guard !text.isEmpty else { return nil }
        if text.lowercased().hasPrefix("how to ") { return "How do you " + text.dropFirst(7).trimming(" ?") + "?" }
        if text.hasSuffix("?") { return text }
        let passage = Passage(text)
        let keys = passage.keys
        // "There are several possible causes:" → "What are the possible causes of ischaemic strokes?"
        if keys.first == "there", keys.count >= 3, keys.count <= 7, ["are", "is"].contains(keys[1]), !pageSubject.isEmpty {
            var start = 2
            while start < keys.count, ["several", "many", "some", "a", "number", "of", "few", "various", "lots", "different"]
                .contains(keys[start]) || passage.tokens[start].tag == .number { start += 1 }
            let noun = passage.text(start..<keys.count)
            if !noun.isEmpty { return "What are the \(noun) of \(pageSubject)?" }
        }
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
            // "This causes some of the main symptoms of heart failure, like:": the noun phrase before the marker.
            if let verb = (0..<end).last(where: { passage.tokens[$0].tag.isFinite }) {
                var start = verb + 1
                while start < end, ["some", "many", "one", "few", "several", "of", "any", "all"].contains(keys[start]) { start += 1 }
                let phrase = passage.text(start..<end).trimming(" ,")
                if !phrase.isEmpty, !keys[start..<end].contains("other") {
                    let shown = ["the", "a", "an"].contains(keys[start]) ? phrase : "the " + phrase
                    return "What are \(shown.lowercasedFirst)?"
                }
            }
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
        // "Ischaemic strokes can be caused by:" → "What can ischaemic strokes be caused by?"
        let clauses = passage.clauses
        if let main = clauses.indices.last(where: { clauses[$0].opener == nil }), clauses[main].rest.count <= 2,
           clauses[main].rest.allSatisfy({ [.preposition, .to, .adjective].contains(passage.tokens[$0].tag) }),
           !clauses[main].subject.isEmpty {
            let context = ClauseContext(passage: passage, clauses: clauses, index: main, antecedent: nil,
                                        block: ArticleBlock(kind: .paragraph, text: text, line: 0), file: "", siblings: SiblingTerms())
            if let question = QuestionForm.askingObject(context, tail: passage.text(clauses[main].rest)) { return question }
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
