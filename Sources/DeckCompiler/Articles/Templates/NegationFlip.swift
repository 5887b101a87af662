/// "Bone metastases are not usually curable." A short statement with "not" in its verb group, asked as a
/// yes/no question with the "not" taken out ("Are bone metastases usually curable?"), so its answer is No: the
/// page says the opposite. It is the true/false item in the form of a question, which never shows the learner a
/// false sentence to remember. Only where taking the "not" out leaves a plain statement: a copula or a modal with
/// a separate "not" ("is not", "should not"), never "not only", never a clause whose meaning turns on another
/// negative word, never an order or a conditional.
enum NegationFlip {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        if let notAll = notAll(context) { return [notAll] }
        if let reader = readerDoesNot(context) { return [reader] }
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        // "While X is not curable, …": a concessive clause states its content as true.
        guard clause.opener == nil || ["while", "although", "though", "whilst"].contains(clause.opener ?? ""), clause.isNegated, !clause.isImperative,
              // "…is not dangerous": one word is enough when it is the quality denied.
              // "…does not need antibiotics": or the object of a verb of its own.
              (2...12).contains(clause.rest.count) || clause.rest.count == 1 && (context.passage.tokens[clause.rest.lowerBound].tag == .adjective
                  || context.passage.tokens[clause.rest.lowerBound].tag == .noun && clause.verb.contains { context.passage.tokens[$0].tag == .verb }),
              let subject = context.subjectText, !["you", "we", "i"].contains(subject.lowercased()),
              clause.condition == nil else { return [] }
        let negations = clause.verb.filter { tokens[$0].tag == .negation }
        guard negations.count == 1, let negation = negations.first,
              negation + 1 >= tokens.count || tokens[negation + 1].key != "only",
              !(clause.range).contains(where: { ["no", "nothing", "none", "without", "neither", "nor", "but", "unless"].contains(tokens[$0].key) })
        else { return [] }
        guard let carrier = carrier(clause, negation: negation, tokens: tokens) else { return [] }
        // The verb group without its negation, its carrier moved before the subject: "are not usually" → "Are …
        // usually".
        let verb = clause.verb.filter { $0 != negation && $0 != carrier }.map { passage.text($0..<($0 + 1)) }
        // "Is lymphoedema itself dangerous?": the question keeps the emphasis, which says what is denied (the
        // illness, not what it may lead to; review 25 rejected the question without it as too simple).
        let last = clause.subject.last.map { tokens[$0].key } ?? ""
        let emphatic = ["itself", "themselves"].contains(last) ? " " + last : ""
        let carried = passage.text(carrier..<(carrier + 1))
        let said = subject.lowercasedFirst + emphatic
        let rest = passage.text(clause.rest)
        let question = ([carried.capitalizedFirst, said] + verb + [rest]).joined(separator: " ")
        let held = ([said, carried] + verb + [rest]).joined(separator: " ")
        let denied = ([said, carried, "not"] + verb + [rest]).joined(separator: " ")
        return [Self.card(context, question: question, held: held, denied: denied)]
    }

    /// The yes/no card: each option says in full what it claims ("Yes, croup does need antibiotics" / "No, croup
    /// does not need antibiotics"), so the answer shown after the question teaches the page's statement, and both
    /// options are the same length, neither giving itself away.
    private static func card(_ context: ClauseContext, question: String, held: String, denied: String) -> Candidate {
        let stated = { (answer: String, claim: String) in
            answer + ", " + claim.replacingSpacesBeforePunctuation().trimming(" ,;–-.") + "."
        }
        // "…do not spread any diseases": what is held spreads "diseases", not "any diseases".
        let affirmed = held.spaceSeparated.filter { $0.lowercased() != "any" }.joined(separator: " ")
        let options = [stated("Yes", affirmed), stated("No", denied)]
        var made = context.candidate(.mcq, prompt: question.replacingSpacesBeforePunctuation().trimming(" ,;–-.?") + "?",
                                     answers: [options[1]], template: .negationFlip, prior: 0.6, options: options, correct: [1])
        made.card.tags.append("keep-order")
        return made
    }

    /// "Not all surgical wounds need a dressing" → "Do all surgical wounds need a dressing? – No".
    private static func notAll(_ context: ClauseContext) -> Candidate? {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        guard clause.opener == nil, clause.condition == nil, clause.subject.count >= 3,
              tokens[clause.subject.lowerBound].key == "not", tokens[clause.subject.lowerBound + 1].key == "all",
              !clause.isNegated, (1...10).contains(clause.rest.count), let first = clause.verb.first else { return nil }
        let subject = passage.text((clause.subject.lowerBound + 1)..<clause.subject.upperBound).lowercasedFirst
        let question: String
        switch tokens[first].tag {
        case .modal, .auxiliary:
            question = [tokens[first].key.capitalizedFirst, subject, passage.text((first + 1)..<clause.verb.upperBound), passage.text(clause.rest)]
                .filter { !$0.isEmpty }.joined(separator: " ")
        case .verb:
            question = ["Do", subject, passage.text(clause.verb), passage.text(clause.rest)].joined(separator: " ")
        default:
            return nil
        }
        let held = [subject, passage.text(clause.verb), passage.text(clause.rest)].joined(separator: " ")
        return Self.card(context, question: question, held: held, denied: "not " + held)
    }

    /// "Unlike most infections, you do not catch shingles from someone else" → "Do you catch shingles from someone
    /// else? – No": what the reader need not do or will not get.
    private static func readerDoesNot(_ context: ClauseContext) -> Candidate? {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        guard clause.opener == nil, clause.condition == nil, clause.subject.count == 1, tokens[clause.subject.lowerBound].key == "you",
              (1...10).contains(clause.rest.count), let first = clause.verb.first else { return nil }
        let verb: Range<Int>
        if ["do", "does"].contains(tokens[first].key), first + 2 < clause.verb.upperBound, tokens[first + 1].key == "not" {
            verb = (first + 2)..<clause.verb.upperBound
        } else if ["don't", "dont"].contains(tokens[first].key), first + 1 < clause.verb.upperBound {
            verb = (first + 1)..<clause.verb.upperBound
        } else {
            return nil
        }
        // "…and you do not think it is part of healing": a verb of the mind denies an opinion, no fact.
        guard tokens[verb.lowerBound].tag == .verb,
              !["think", "believe", "know", "feel", "expect", "remember", "understand", "want", "mind"].contains(tokens[verb.lowerBound].key),
              !clause.range.contains(where: { ["no", "nothing", "never", "without", "unless", "only"].contains(tokens[$0].key) }) else { return nil }
        let done = passage.text(verb) + " " + passage.text(clause.rest)
        return Self.card(context, question: "Do you " + done, held: "you " + done, denied: "you do not " + done)
    }

    private static let carriers: Set<String> = ["is", "are", "was", "were", "can", "could", "should", "may", "might", "will",
                                                "would", "must", "does", "do", "did", "has", "have"]

    /// The word a separate "not" leans on ("is not", "can not", "does not": a question moves it to the front and
    /// keeps the bare verb, "Does croup need antibiotics?"); `nil` for anything else.
    private static func carrier(_ clause: Clause, negation: Int, tokens: [Token]) -> Int? {
        guard tokens[negation].key == "not", negation > clause.verb.lowerBound, carriers.contains(tokens[negation - 1].key) else { return nil }
        return negation - 1
    }
}
