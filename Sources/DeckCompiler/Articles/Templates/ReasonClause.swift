/// "Dehydration is dangerous because it can lead to kidney damage." Asks why, with the sentence's own
/// auxiliary moved before its subject ("Why is dehydration dangerous?").
enum ReasonClause {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        guard let reasonIndex = clause.reason, !clause.rest.isEmpty else { return [] }
        let reason = context.clauses[reasonIndex]
        guard reason.range.count >= 2, reason.range.count <= 20,
              let question = QuestionForm.askingObject(context, word: "Why", tail: passage.text(clause.rest).trimming(" .,"))
        else { return [] }
        return [context.candidate(.basic, prompt: question, answers: [passage.text(reason.range)],
                                  template: .reason, prior: 0.7)]
    }
}
