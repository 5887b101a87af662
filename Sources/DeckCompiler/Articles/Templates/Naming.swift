/// "Pressure ulcers, also known as bedsores or pressure sores, are…": another name for a term, asked both ways.
enum Naming {
    private static let markers: [[String]] = [
        ["also", "known", "as"], ["also", "called"], ["sometimes", "called"], ["known", "as"], ["also", "termed"],
        ["referred", "to", "as"], ["or", "simply"],
    ]

    /// "When DVT and a pulmonary embolism occur together, it's called venous thromboembolism": the name of
    /// what the condition describes.
    private static let namings: [[String]] = [
        ["it's", "called"], ["it", "is", "called"], ["this", "is", "called"], ["it's", "known", "as"], ["it", "is", "known", "as"],
        ["this", "is", "known", "as"], ["it", "is", "referred", "to", "as"], ["this", "is", "referred", "to", "as"],
    ]

    static func namedCondition(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let keys = Array(passage.keys[clause.range])
        guard clause.opener == nil, let conditionIndex = clause.condition,
              let naming = namings.first(where: { keys.starts(with: $0) }), keys.count > naming.count,
              keys.count - naming.count <= 8 else { return [] }
        let condition = context.clauses[conditionIndex]
        guard let opener = condition.opener, ["when", "if"].contains(opener), (2...16).contains(condition.range.count) else { return [] }
        let name = (clause.range.lowerBound + naming.count)..<clause.range.upperBound
        // "When it affects the heart, it's called cardiac amyloidosis": the "it" is a term named before, and named here.
        var named = "it"
        if condition.subject.count == 1, ["it", "they"].contains(passage.keys[condition.subject.lowerBound]) {
            guard let antecedent = context.antecedent else { return [] }
            named = antecedent.lowercasedFirst
        }
        let question = "What is \(named) called \(opener) \(passage.text(condition.range).trimming(" ,"))?"
        return [context.candidate(.basic, prompt: question, answers: [passage.text(name).trimming(" .\"'")],
                                  template: .naming, prior: 0.85, answerRange: name)]
    }

    /// "Shingles (also known as herpes zoster) is caused by…", "…need stitches (also known as sutures) or clips":
    /// another name in brackets, wherever its term stands in the sentence.
    static func bracketed(_ context: ClauseContext) -> [Candidate] {
        guard context.index == 0, context.passage.text.containsBytes("(") else { return [] }
        let passage = context.passage
        let tokens = passage.tokens
        let keys = passage.keys
        var made: [Candidate] = []
        for open in tokens.indices where tokens[open].key == "(" {
            guard let marker = markers.first(where: { keys[(open + 1)...].starts(with: $0) }),
                  let close = tokens[(open + 1)...].firstIndex(where: { $0.key == ")" }),
                  let term = Apposition.term(before: open, in: passage) else { continue }
            let names = (open + 1 + marker.count)..<close
            guard (1...6).contains(names.count) else { continue }
            var card = context.candidate(.basic, prompt: "What is another name for \(passage.text(term).lowercasedFirst)?",
                                         answers: [passage.text(names).trimming(" \"'“”")], template: .naming, prior: 0.85,
                                         answerRange: names)
            card.clauseKey = passage.text + "#also#" + String(open)
            made.append(card)
        }
        return made
    }

    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let named = namedCondition(context) + bracketed(context)
        if !named.isEmpty { return named }
        let passage = context.passage
        let clause = context.clause
        guard context.index == 0 || clause.opener == nil, !clause.subject.isEmpty,
              let term = context.subjectText, !context.subjectIsResolved else { return [] }
        let tokens = passage.tokens
        // The apposition sits between the subject and the verb: "X, also called Y, is…".
        for marker in markers {
            guard let at = passage.find(marker, from: clause.subject.upperBound), at < clause.verb.lowerBound else { continue }
            let start = at + marker.count
            var end = start
            while end < clause.verb.lowerBound, tokens[end].key != "," { end += 1 }
            guard end > start, end - start <= 8 else { continue }
            let names = passage.text(start..<end).trimming(" \"'“”")
            return [context.candidate(.basic, prompt: "What are other names for \(term.lowercasedFirst)?", answers: [names],
                                      template: .naming, prior: 0.85, answerRange: start..<end)]
        }
        return []
    }
}
