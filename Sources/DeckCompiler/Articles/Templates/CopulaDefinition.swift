/// "Lymphoedema is swelling caused by a build-up of fluid." Asks what the subject is, and hides the subject
/// in a cloze so the term is recalled from its meaning. A short property ("Sepsis is an emergency.") becomes
/// a true/false statement.
enum CopulaDefinition {
    /// "a key part of asthma treatment", "a serious concern", "an emergency in a cancer patient", "the term given
    /// to…": nouns that give a role, a judgement or a name, not what a thing is.
    static let roleNouns: Set<String> = ["part", "concern", "problem", "issue", "aspect", "component", "element", "emergency",
                                         "term", "name", "priority"]

    /// "a disease that can metastasize", "a condition which may cause": a head noun whose relative clause opens
    /// with a modal says what the thing may do, not what it is (`keys`: the definiens' lowercased words).
    static func saysWhatItMayDo(_ keys: [String]) -> Bool {
        let start = ["a", "an", "the"].contains(keys.first ?? "") ? 1 : 0
        guard let relative = keys.indices.first(where: { $0 > start && ["that", "which"].contains(keys[$0]) }),
              relative <= start + 2, relative + 1 < keys.count else { return false }
        return ["can", "may", "might", "could", "will"].contains(keys[relative + 1])
    }

    /// "The symptoms of a TIA are the same as for a stroke but only last minutes": a likeness is asked as how the
    /// two compare, "How do the symptoms of a TIA compare with those of a stroke?", never as what the subject is.
    static func comparison(_ context: ClauseContext, subject: String) -> Candidate? {
        let passage = context.passage
        let rest = context.clause.rest
        let keys = passage.tokens[rest].map(\.key)
        let opening = [["the", "same", "as", "for"], ["the", "same", "as"], ["similar", "to"], ["different", "from"], ["different", "to"]]
        guard let marker = opening.first(where: { keys.starts(with: $0) }) else { return nil }
        let otherStart = rest.lowerBound + marker.count
        let otherEnd = (otherStart..<rest.upperBound).first { [",", "but", "and", "in", "except", "."].contains(passage.tokens[$0].key) }
            ?? rest.upperBound
        guard (1...5).contains(otherEnd - otherStart) else { return nil }
        let other = passage.text(otherStart..<otherEnd)
        let plural = passage.tokens[context.clause.verb.lowerBound].key == "are"
        // "the symptoms of a TIA" sets beside "those of a stroke"; "a TIA" beside "a stroke".
        let ofWhat = subject.lowercased().hasPrefix("the ") && subject.containsBytes(" of ") ? (plural ? "those of " : "that of ") : ""
        return context.candidate(.basic, prompt: "How \(plural ? "do" : "does") \(subject.lowercasedFirst) compare with \(ofWhat)\(other)?",
                                 answers: [passage.text(rest).trimming(" .,")], template: .copulaDefinition, prior: 0.75)
    }

    /// "Children are unwell for about 1 week" → "How long are children unwell?": a state held for a span of time
    /// is asked as how long, never as what the subject is.
    static func duration(_ context: ClauseContext, subject: String) -> Candidate? {
        let passage = context.passage
        var rest = context.clause.rest
        while rest.count > 1, passage.tokens[rest.upperBound - 1].tag == .punctuation { rest = rest.lowerBound..<(rest.upperBound - 1) }
        guard (4...9).contains(rest.count), passage.tokens[rest.lowerBound + 1].key == "for",
              ![.determiner, .number, .preposition, .possessive].contains(passage.tokens[rest.lowerBound].tag),
              let unit = passage.tokens[rest].last?.key, timeUnits.contains(unit),
              passage.tokens[(rest.lowerBound + 2)..<rest.upperBound].contains(where: { $0.tag == .number || ["a", "an", "few", "several"].contains($0.key) })
        else { return nil }
        let verb = passage.tokens[context.clause.verb.lowerBound].key
        let span = (rest.lowerBound + 2)..<rest.upperBound
        return context.candidate(.basic, prompt: "How long \(verb) \(subject.lowercasedFirst) \(passage.tokens[rest.lowerBound].key)?",
                                 answers: [passage.text(span)], template: .quantity, prior: 0.8, answerRange: span)
    }

    static let timeUnits: Set<String> = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                                         "year", "years"]

    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let verbKeys = clause.verb.map { passage.tokens[$0].key }
        let isCopula = verbKeys == ["is"] || verbKeys == ["are"]
        // "can be dangerous", "may be a sign of": a property, not a definition.
        if !isCopula, verbKeys.last == "be", clause.opener == nil, clause.rest.count >= 1, clause.rest.count <= 12,
           let statement = context.statement {
            return [context.candidate(.truefalse, prompt: statement, answers: ["true"],
                                      template: .property, prior: 0.45)]
        }
        guard isCopula, clause.opener == nil,
              clause.subject.count <= 8, !clause.rest.isEmpty, let subject = context.subjectText,
              !["you", "we", "i", "there", "here", "what", "which"].contains(subject.lowercased()),
              // "Most are harmless": a quantifier alone says how many of something, and defines nothing.
              !["most", "some", "many", "few", "all", "both", "several", "others", "none"].contains(subject.lowercased()) else { return [] }
        let restStart = passage.tokens[clause.rest.lowerBound]
        if let lasting = duration(context, subject: subject) { return [lasting] }
        // "Smoking is a major cause of lung cancer": what it causes is CauseOf's to ask, and no definition.
        if CauseOf.causeNoun(in: clause.rest, of: passage) != nil { return [] }
        // "a maincause of heat exhaustion", a scrape's glued words: no definition either.
        let keys = passage.keys
        if clause.rest.dropLast().contains(where: { keys[$0].hasSuffix("cause") && keys[$0 + 1] == "of" }) { return [] }
        if let compared = comparison(context, subject: subject) { return [compared] }
        // "The goal of treatment is to control…": what the subject is, given as an aim.
        guard [.determiner, .adjective, .noun, .properNoun, .gerund, .number, .adverb, .wh, .to].contains(restStart.tag)
            || ["when", "where"].contains(restStart.key) else { return [] }
        // "Flare-ups are most often triggered by an infection": a passive says what happens to the subject.
        if let first = clause.rest.first(where: { passage.tokens[$0].tag != .adverb && !["most", "more", "less"].contains(passage.tokens[$0].key) }),
           [.pastParticiple, .verbPast].contains(passage.tokens[first].tag) { return [] }
        // "Bone metastases are more common in older adults": a property of the subject, not what it is.
        let comparative = ["more", "less", "most", "least", "very", "so", "too"].contains(restStart.key)
            && clause.rest.count > 1 && passage.tokens[clause.rest.lowerBound + 1].tag == .adjective
        // "tiny, grey, wingless insects that…": adjectives before a noun still name what the subject is.
        // "The most common symptom is small, itchy blisters" ranks: the superlative rule asks it.
        let ranked = clause.subject.contains { ["most", "least", "main", "best", "commonest"].contains(passage.tokens[$0].key) }
        let describedNoun = restStart.tag == .adjective && !comparative && !ranked && {
            let run = clause.rest.prefix { [.adjective, .noun].contains(passage.tokens[$0].tag) || [",", "and"].contains(passage.tokens[$0].key) }
            return run.count >= 3 && run.last.map { passage.tokens[$0].tag == .noun } == true
        }()
        if [.adjective, .adverb].contains(restStart.tag) || comparative, clause.rest.count > 3, !describedNoun {
            guard clause.rest.count <= 14, let statement = context.statement else { return [] }
            return [context.candidate(.truefalse, prompt: statement, answers: ["true"], template: .property, prior: 0.5)]
        }
        // "A fever is the only sign": ask for what is the only one; "Many times, a fever is the only sign" holds
        // only with its hedge, so it stays a statement.
        let hedged = clause.subject.lowerBound > clause.range.lowerBound
        if restStart.key == "the", clause.rest.count > 2, passage.tokens[clause.rest.lowerBound + 1].key == "only", hedged,
           clause.rest.count <= 12, !context.subjectIsResolved {
            let statement = passage.text(clause.range).replacingSpacesBeforePunctuation().trimming(" ,;–-").capitalizedFirst + "."
            return [context.candidate(.truefalse, prompt: statement, answers: ["true"], template: .property, prior: 0.5)]
        }
        if restStart.key == "the", clause.rest.count > 2, passage.tokens[clause.rest.lowerBound + 1].key == "only",
           clause.rest.count <= 12, !context.subjectIsResolved {
            let verb = passage.tokens[clause.verb.lowerBound].key
            return [context.candidate(.basic, prompt: "What \(verb) \(passage.text(clause.rest).trimming(" .,"))?", answers: [subject],
                                      template: .copulaDefinition, prior: 0.8, answerRange: clause.subject)]
        }
        // "The big toe is the most common joint affected" ranks, it does not define: the superlative rule asks it.
        if restStart.key == "the", clause.rest.count > 1,
           ["most", "best", "main", "first", "commonest", "least"].contains(passage.tokens[clause.rest.lowerBound + 1].key)
            || passage.tokens[clause.rest.lowerBound + 1].key.hasSuffix("est") { return [] }
        let verb = passage.tokens[clause.verb.lowerBound].key
        // "Strength exercises are one of the best ways to prevent falls": ask for the way.
        let restKeys = clause.rest.prefix(6).map { passage.tokens[$0].key }
        if restKeys.starts(with: ["one", "of", "the"]), restKeys.contains(where: { ["ways", "way", "methods"].contains($0) }),
           clause.rest.count <= 14, !context.subjectIsResolved {
            return [context.candidate(.basic, prompt: "What is \(passage.text(clause.rest).trimming(" .,"))?", answers: [subject],
                                      template: .copulaDefinition, prior: 0.8, answerRange: clause.subject)]
        }
        // "one such therapy", "another cause", "also a sign": a member of something, not what the subject is.
        if ["one", "another", "also", "often", "usually", "sometimes"].contains(restStart.key) { return [] }
        // The page's own subject hidden in a cloze is no question ("[...] are a key part of asthma treatment").
        let isPageSubject = context.pageSubject.map { subject.lowercased().contains($0.lowercased()) || $0.lowercased().contains(subject.lowercased()) } ?? false
        // "a medical emergency and requires immediate attention": the definition ends where a second verb begins.
        var rest = clause.rest
        if let joint = rest.first(where: { passage.tokens[$0].tag == .conjunction && $0 + 1 < rest.upperBound
            && passage.tokens[$0 + 1].tag.isFinite }), joint > rest.lowerBound {
            rest = rest.lowerBound..<joint
        }
        // The head of "a serious health concern" is its last noun in a row.
        let head = rest.first { passage.tokens[$0].tag == .noun }
            .map { first in (first..<rest.upperBound).prefix { passage.tokens[$0].tag == .noun }.last ?? first }
        if let head, roleNouns.contains(passage.tokens[head].key) {
            // "…is [an emergency] in a cancer patient": how urgent a thing is is worth recalling, not only agreeing to.
            if passage.tokens[head].key == "emergency", head - rest.lowerBound <= 2, !context.subjectIsResolved {
                let gap = rest.lowerBound..<(head + 1)
                let cloze = (passage.text(0..<gap.lowerBound) + " [...] " + passage.text(gap.upperBound..<passage.tokens.count))
                    .trimming(" ").replacingSpacesBeforePunctuation()
                let made = context.candidate(.cloze, prompt: cloze, answers: [passage.text(gap)], template: .property, prior: 0.7,
                                             answerRange: gap)
                // "…is [a medical emergency] and needs medical attention" shows its own gap: the statement stays.
                if QualityFilter.flaw(of: made.card) == nil { return [made] }
            }
            // "Metastases is the term given to two or more new tumours": a true statement about a word's use is
            // called true by anyone (review 24 rejected its gap as trivial too).
            guard rest.count <= 10, !["term", "name"].contains(passage.tokens[head].key), let statement = context.statement else { return [] }
            return [context.candidate(.truefalse, prompt: statement, answers: ["true"], template: .property, prior: 0.45)]
        }
        if Self.saysWhatItMayDo(rest.map { passage.tokens[$0].key }) {
            guard rest.count <= 14, let statement = context.statement else { return [] }
            return [context.candidate(.truefalse, prompt: statement, answers: ["true"], template: .property, prior: 0.45)]
        }
        let answer = passage.text(rest)
        let restWords = rest.count
        // "Neutropenic fever is a fever": a rest whose nouns the subject already holds says nothing.
        let subjectKeys = Set(clause.subject.map { Sentence.singular(passage.tokens[$0].key) })
        let restNouns = clause.rest.filter { passage.tokens[$0].tag == .noun }.map { Sentence.singular(passage.tokens[$0].key) }
        if !restNouns.isEmpty, restNouns.allSatisfy(subjectKeys.contains) { return [] }
        var made: [Candidate] = []
        if restWords <= 3 || restStart.tag == .adverb && restWords <= 4 {
            // "Heart failure is a long-term condition": which kind is the fact, and asking it beats agreeing to it.
            if let kind = KindQuestion.candidate(context, term: subject, definiens: rest) { return [kind] }
            made.append(context.candidate(.truefalse, prompt: context.statement ?? context.resolvedSentence, answers: ["true"],
                                          template: .property, prior: 0.5))
            return made
        }
        guard restWords <= 30 else { return [] }
        made.append(context.candidate(.basic, prompt: "What \(verb) \(subject.lowercasedFirst)?", answers: [answer],
                                      template: .copulaDefinition, prior: restWords <= 14 ? 0.85 : 0.75,
                                      answerRange: rest))
        if let kind = KindQuestion.candidate(context, term: subject, definiens: rest) { made.append(kind) }
        // The term hidden in its definition only when the definition is specific enough to point to it alone.
        if !context.subjectIsResolved, !isPageSubject, clause.subject.count <= 5, restWords >= 8,
           clause.subject.lowerBound == clause.range.lowerBound {
            let cloze = "[...] " + passage.text(clause.verb.lowerBound..<passage.tokens.count)
            made.append(context.candidate(.cloze, prompt: cloze, answers: [subject], template: .copulaDefinition,
                                          prior: 0.55, answerRange: clause.subject))
        }
        return made
    }
}
