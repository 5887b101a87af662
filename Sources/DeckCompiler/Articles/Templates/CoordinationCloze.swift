/// "Avoid injections, blood samples and taking blood pressure on that side." Hides a whole coordination of
/// three or more items, never one member of it, so the gap has one answer: the list. The list is then asked
/// item by item, as a bulleted one is ("…avoid [...] on that side. Name all 3."): a whole list typed into one
/// gap is a test of its order and wording, and blind reviews rejected it.
enum CoordinationCloze {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        guard !context.subjectPointsAtNothing, let hidden = coordination(in: context.clause.range, of: context.passage) else { return [] }
        // "Contact your GP, a nurse or NHS 111 if…" offers a choice of carers, which ConditionAdvice asks as whom.
        if context.clause.condition != nil, ConditionAdvice.whom(context, condition: "") != nil { return [] }
        // "For example, if you have [a fever, stomach pain and loose stools], a CT scan may be ordered": the list
        // in an example's condition is made up to show the case, no fact to recall (review 24).
        if let opener = context.clause.opener, ["if", "when"].contains(opener),
           ClozeFallback.exampleOpeners.prefix(2).contains(where: { context.passage.text.lowercased().hasPrefix($0) }) { return [] }
        // "Dehydration can be mild, moderate or severe": a scale of severity asks how severe the subject can be.
        if let asked = severityQuestion(context, hiding: hidden),
           let list = ListRecall.card(asked, items: items(hidden, of: context.passage), context: context, template: .coordination,
                                      prior: 0.75, clauseKey: context.passage.text + "#" + String(context.index)) {
            return [list]
        }
        var prompt = VerbRelation.cloze(context, hiding: hidden)
        let cloze = context.candidate(.cloze, prompt: prompt, answers: [context.passage.text(hidden)], template: .coordination,
                                      prior: 0.7, answerRange: hidden)
        // "…cause [...] (from sweat) in the morning. Name all 3.": a bracket after the gap glosses its last item only.
        if let gap = prompt.rangeOfBytes("[...] ("), let close = prompt[gap.upperBound...].firstIndex(of: ")") {
            prompt = String(prompt[..<prompt.index(gap.lowerBound, offsetBy: 5)]) + String(prompt[prompt.index(after: close)...])
        }
        // "…such as [...], rough or crunchy foods, very hot drinks and smoking": the list goes on past the gap, so
        // its first items were read as the whole list; neither a gap nor a list card asks it.
        if let gap = prompt.rangeOfBytes("[...], ") {
            let after = String(prompt[gap.upperBound...].prefix { $0 != "." && $0 != ";" })
            // ("…who are [...], or have weakened immune systems, are…" goes on with a clause of its own.)
            if !after.hasPrefix("or "), !after.hasPrefix("and "), after.containsBytes(", ") { return [] }
        }
        // A gap the filter would refuse stays a gap, so the filter says why.
        guard QualityFilter.flaw(of: cloze.card) == nil,
              var list = ListRecall.card(prompt, items: items(hidden, of: context.passage), context: context,
                                         template: .coordination, prior: 0.7, clauseKey: cloze.clauseKey) else { return [cloze] }
        list.card.rationale = cloze.card.rationale
        return [list]
    }

    /// The items of coordination `range`: its parts between commas, "and" and "or" outside brackets. An item that only points on ("other side effects") is left
    /// out: it names nothing to recall. None for a name and its other names ("a low blood sugar, also called
    /// hypoglycaemia or a hypo"), which are one thing.
    static func items(_ range: Range<Int>, of passage: Passage) -> [String] {
        let tokens = passage.tokens
        var range = range
        while let last = range.last, last > range.lowerBound, tokens[last].tag == .conjunction || tokens[last].key == "," {
            range = range.lowerBound..<last
        }
        if range.contains(where: { ["also", "called", "known", "named", "termed"].contains(tokens[$0].key) }) { return [] }
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var depth = 0
        for index in range {
            if tokens[index].key == "(" { depth += 1 }
            if tokens[index].key == ")" { depth = max(0, depth - 1) }
            // "the toes, ankles, knees and heels, and fingers": each "and" outside brackets parts two items.
            guard depth == 0, tokens[index].key == "," || ["and", "or"].contains(tokens[index].key) else { continue }
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        // "a dark or purple patch": an article and an adjective alone are the next item's, one item.
        var joined: [Range<Int>] = []
        for part in parts {
            if let last = joined.last, last.count <= 2, let end = last.last, tokens[end].tag == .adjective,
               tokens[last.lowerBound].tag == .determiner || last.count == 1, part.lowerBound == end + 2,
               tokens[end + 1].key == "or" || tokens[end + 1].key == "and",
               part.count >= 2, let partEnd = part.last, tokens[partEnd].tag == .noun {
                joined[joined.count - 1] = last.lowerBound..<part.upperBound
            } else {
                joined.append(part)
            }
        }
        return joined.compactMap { part in
            var part = part
            while let first = part.first, tokens[first].tag == .conjunction || tokens[first].key == "," { part = part.dropFirst() }
            guard let first = part.first, !["other", "another"].contains(tokens[first].key) else { return nil }
            return passage.text(part).capitalizedFirst
        }
    }

    /// The tokens of the first coordination of 3+ short items in `range`, from the first item to the last.
    static func coordination(in range: Range<Int>, of passage: Passage) -> Range<Int>? {
        let tokens = passage.tokens
        for conjunction in range where tokens[conjunction].tag == .conjunction && tokens[conjunction].key != "but" {
            // The last item: a few words after the conjunction, up to a clause word or a second preposition.
            var end = conjunction + 1
            while end < range.upperBound, end - conjunction <= 5, tokens[end].tag != .punctuation, tokens[end].tag != .wh,
                  tokens[end].tag != .subordinator, tokens[end].tag != .pronoun, tokens[end].tag != .auxiliary, tokens[end].tag != .modal,
                  // "…oxygen and nutrients, and begins to break down": a verb after ", and" joins clauses.
                  !(end == conjunction + 1 && Self.joinsClauses(at: conjunction, in: tokens)),
                  // "…creams and gels designed to speed healing": a participle or "to" qualifies the whole list.
                  !([.pastParticiple, .to].contains(tokens[end].tag) && end > conjunction + 1),
                  !(tokens[end].tag == .preposition && end > conjunction + 1) {
                end += 1
            }
            // "…upper arm and upper leg bones, and skull": a later ", and" is the list's; this one is inside an item.
            guard end > conjunction + 1,
                  !(end + 2 < range.upperBound && tokens[end].key == "," && tokens[end + 1].tag == .conjunction
                    && !tokens[end + 2].tag.isVerb && ![.auxiliary, .modal].contains(tokens[end + 2].tag)) else { continue }
            // Earlier items: back through commas, each at most six words.
            var commas: [Int] = []
            var cursor = conjunction - 1
            if cursor >= range.lowerBound, tokens[cursor].key == "," { cursor -= 1 }  // the serial comma
            var itemStart = cursor
            var aside = 0  // tokens of a bracketed aside in the current item, which its length does not count
            while cursor >= range.lowerBound {
                if tokens[cursor].key == ")", let open = (range.lowerBound..<cursor).last(where: { tokens[$0].key == "(" }),
                   cursor - open <= 6 {
                    // "nonsteroidal anti-inflammatory drugs (NSAIDs), opioids…": the aside belongs to its item.
                    aside += cursor - open + 1
                    cursor = open - 1
                    continue
                }
                if tokens[cursor].key == "," {
                    // "…the centre of the body, often the spine, hips…": a qualifier opens the list after a comma.
                    guard itemStart - cursor - aside <= 6, !Self.listQualifiers.contains(tokens[cursor + 1].key) else { break }
                    commas.append(cursor)
                    itemStart = cursor - 1
                    aside = 0
                } else if boundaries.contains(tokens[cursor].tag) || openers.contains(tokens[cursor].key) {
                    break
                }
                cursor -= 1
            }
            var start = cursor + 1
            while start < conjunction, tokens[start].key == "," || Self.listQualifiers.contains(tokens[start].key) {
                start += 1
            }
            // "…during the night or cause headaches, tiredness or damp sheets": a verb after a conjunction opens a
            // second verb phrase, and the list is its object.
            if let verb = (start..<conjunction).last(where: { $0 > start && tokens[$0 - 1].tag == .conjunction && tokens[$0].tag == .verb }) {
                start = verb + 1
            }
            // "…on the affected side, or the breast or chest area": an item that opens with a conjunction means the
            // comma closed an earlier phrase; this is two alternatives, not a list.
            let opensWithConjunction = commas.contains { $0 + 1 < conjunction && tokens[$0 + 1].tag == .conjunction }
                || (conjunction >= 2 && tokens[conjunction - 1].key == "," && commas.isEmpty)
            guard !commas.isEmpty, !opensWithConjunction, start < conjunction, conjunction - start <= 20,
                  let firstComma = commas.last, firstComma - start - aside <= 6, firstComma > start else { continue }
            // "with your care team, staying active, eating well": a noun phrase among gerunds is a sentence's
            // asides, not one list ("injections, blood samples and taking blood pressure" is one).
            let itemStarts = [start] + commas.map { $0 + 1 } + [conjunction + 1]
            let gerunds = itemStarts.filter { tokens[$0].tag == .gerund }.count
            guard gerunds == itemStarts.count || gerunds * 2 < itemStarts.count else { continue }
            // "a sore, inflamed mouth and mouth ulcers": two adjectives of one noun, not two items.
            if let firstComma = commas.last, firstComma > start, tokens[firstComma - 1].tag == .adjective,
               [.adjective, .pastParticiple].contains(tokens[firstComma + 1].tag),
               firstComma + 2 < conjunction, [.noun, .adjective].contains(tokens[firstComma + 2].tag) { continue }
            return start..<end
        }
        return nil
    }

    /// "How is the severity of dehydration graded?" when the coordination right after the clause's "be" names only
    /// grades of severity ("can be mild, moderate or severe"); `nil` for any other list, which is the gap's own.
    /// The question names the scale without a word of its answers.
    static func severityQuestion(_ context: ClauseContext, hiding hidden: Range<Int>) -> String? {
        let tokens = context.passage.tokens
        let clause = context.clause
        guard clause.verb.upperBound == hidden.lowerBound, let be = clause.verb.last, ["be", "is", "are"].contains(tokens[be].key),
              hidden.allSatisfy({ severityGrades.contains(tokens[$0].key) || [",", "and", "or", "very"].contains(tokens[$0].key) }),
              let subject = context.subjectText else { return nil }
        return "How is the severity of \(subject.lowercasedFirst) graded?"
    }

    /// The grades a clinical scale of severity names.
    private static let severityGrades: Set<String> = ["mild", "moderate", "severe", "life-threatening", "critical"]

    /// ", and begins to…", ", and causes the…": after a comma and a conjunction, a verb that takes an object or
    /// an infinitive opens a second verb phrase.
    static func joinsClauses(at conjunction: Int, in tokens: [Token]) -> Bool {
        guard conjunction >= 1, conjunction + 2 < tokens.count, tokens[conjunction - 1].key == "," else { return false }
        let verb = tokens[conjunction + 1], next = tokens[conjunction + 2]
        return [.verbPresent3, .verbPast].contains(verb.tag) && [.to, .determiner, .possessive, .adverb].contains(next.tag)
    }

    /// Words that open a list after a comma ("…of the body, often the spine, hips…").
    private static let listQualifiers = VerbRelation.qualifiers.union(["often", "usually", "commonly"])

    private static let boundaries: Set<PartOfSpeech> = [.preposition, .to, .verb, .verbPresent3, .verbPast, .modal,
                                                        .auxiliary, .subordinator, .wh, .punctuation]
    private static let openers: Set<String> = ["include", "includes", "including", "as", "like", "avoid", "such"]
}
