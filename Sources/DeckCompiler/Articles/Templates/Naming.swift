/// "Pressure ulcers, also known as bedsores or pressure sores, are…": another name for a term, asked both ways.
enum Naming {
    private static let markers: [[String]] = [
        ["also", "known", "as"], ["also", "called"], ["sometimes", "called"], ["known", "as"], ["also", "termed"],
        ["referred", "to", "as"], ["or", "simply"],
    ]

    static func candidates(_ context: ClauseContext) -> [Candidate] {
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
