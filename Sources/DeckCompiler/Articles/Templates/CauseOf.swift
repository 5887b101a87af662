/// "Smoking is a major cause of lung cancer", "It's a main cause of heat exhaustion": what a copula says a thing
/// causes is asked as "What is smoking a major cause of? – lung cancer". A thing is not defined by what it causes,
/// so CopulaDefinition leaves such a predicate to this template. "It's" and "they're" stand for the clause before.
enum CauseOf {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        guard clause.opener == nil, clause.verb.count == 1, let cause = causeNoun(in: clause.rest, of: passage) else { return [] }
        let verb = tokens[clause.verb.lowerBound].key
        let subject: String
        switch verb {
        case "is", "are":
            guard let named = context.subjectText, !["you", "we", "i", "there"].contains(named.lowercased()) else { return [] }
            // "They're a common cause of falls" said after "dizziness": the pronoun is some other plural.
            if clause.subject.count == 1, ["it", "they"].contains(tokens[clause.subject.lowerBound].key),
               ClauseContext.isPlural(named) != (verb == "are") { return [] }
            subject = named
        case "it's", "they're":
            // The contraction is the whole subject: it stands for the clause before's subject.
            guard clause.subject.isEmpty, let antecedent = context.antecedent,
                  ClauseContext.isPlural(antecedent) == (verb == "they're") else { return [] }
            subject = antecedent
        default:
            return []
        }
        let object = (cause + 2)..<(((cause + 2)..<clause.rest.upperBound).first { at in
            tokens[at].tag == .punctuation || tokens[at].tag == .wh || tokens[at].key == "that"
        } ?? clause.rest.upperBound)
        guard (1...8).contains(object.count) else { return [] }
        let copula = verb == "is" || verb == "it's" ? "is" : "are"
        let question = "What \(copula) \(subject.lowercasedFirst) \(passage.text(clause.rest.lowerBound..<(cause + 2)))?"
        return [context.candidate(.basic, prompt: question, answers: [passage.text(object)], template: .copulaDefinition,
                                  prior: 0.75, answerRange: object)]
    }

    /// The index of "cause" in a predicate "a/the (adjectives) cause of …", `nil` for any other predicate.
    static func causeNoun(in rest: Range<Int>, of passage: Passage) -> Int? {
        let tokens = passage.tokens
        guard rest.count >= 4, [.determiner].contains(tokens[rest.lowerBound].tag) || tokens[rest.lowerBound].tag == .adjective,
              let cause = rest.prefix(4).first(where: { ["cause", "causes"].contains(tokens[$0].key) }),
              cause + 2 < rest.upperBound, tokens[cause + 1].key == "of",
              (rest.lowerBound + 1..<cause).allSatisfy({ tokens[$0].tag == .adjective }) else { return nil }
        return cause
    }
}
