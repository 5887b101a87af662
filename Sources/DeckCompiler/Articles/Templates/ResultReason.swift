/// "Tumours weaken the bones, making them more prone to fractures": the result asked as "why", the main
/// clause as its answer ("Why are the bones more prone to fractures?" – tumours weaken the bones).
enum ResultReason {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let tokens = passage.tokens
        let clause = context.clause
        guard clause.opener == "making", context.index >= 1, clause.rest.count >= 3 else { return [] }
        let main = context.clauses[context.index - 1]
        guard main.opener == nil, !main.isImperative, !main.isNegated, !main.rest.isEmpty, !main.subject.isEmpty else { return [] }
        let mainContext = ClauseContext(passage: passage, clauses: context.clauses, index: context.index - 1,
                                        antecedent: context.antecedent, block: context.block, file: context.file,
                                        siblings: context.siblings, pageSubject: context.pageSubject)
        guard let subject = mainContext.subjectText else { return [] }
        // What was made: "them" or "it" stands for the main clause's object, a noun phrase of its own.
        let pointer = tokens[clause.rest.lowerBound].key
        guard ["them", "it"].contains(pointer), mainContext.isNounPhrase(main.rest), main.rest.count <= 6 else { return [] }
        let object = passage.text(main.rest)
        // The state it leaves them in: "more prone to fractures", up to the next comma.
        let stateStart = clause.rest.lowerBound + 1
        let stateEnd = clause.rest[stateStart...].first { [",", ";", "(", "–", "—"].contains(tokens[$0].key) } ?? clause.rest.upperBound
        let state = stateStart..<stateEnd
        guard state.count >= 2, state.count <= 8, [.adjective, .adverb].contains(tokens[state.lowerBound].tag)
                || ["more", "less"].contains(tokens[state.lowerBound].key),
              !state.contains(where: { tokens[$0].tag == .to && $0 == stateEnd - 1 }) else { return [] }
        // "making it hard to breathe": an "it" before "to" is the infinitive's, not the object's.
        if pointer == "it", state.contains(where: { tokens[$0].tag == .to }) { return [] }
        let verb = pointer == "them" ? "are" : "is"
        let prompt = "Why \(verb) \(object.lowercasedFirst) \(passage.text(state))?"
        let answer = subject + " " + passage.text(main.verb) + " " + object.lowercasedFirst
        var card = context.candidate(.basic, prompt: prompt, answers: [answer], template: .reason, prior: 0.75)
        card.clauseKey = passage.text + "#result#" + String(context.index)
        return [card]
    }
}
