/// "Dehydration is dangerous because it can lead to kidney damage." Asks why, with the sentence's own
/// auxiliary moved before its subject ("Why is dehydration dangerous?").
enum ReasonClause {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        // "Broad-spectrum antibiotics are used because…": a passive verb group asks why with nothing after it.
        guard let reasonIndex = clause.reason, !clause.rest.isEmpty || clause.verb.count >= 2 else { return [] }
        let reason = context.clauses[reasonIndex]
        guard reason.range.count >= 2, reason.range.count <= 28,
              let question = clause.subject.isEmpty ? instructionQuestion(context)
                : QuestionForm.askingObject(context, word: "Why", tail: passage.text(clause.rest).trimming(" .,"))
        else { return [] }
        // A why-question must be short enough to read as one question.
        guard question.spaceSeparatedCount <= 18 else { return [] }
        return [context.candidate(.basic, prompt: question, answers: [passage.text(reason.range)],
                                  template: .reason, prior: 0.8)]
    }

    /// "Never ignore a TIA as…" → "Why should you never ignore a TIA?"
    private static func instructionQuestion(_ context: ClauseContext) -> String? {
        var words = context.passage.text(context.clause.range).trimming(" .,").lowercasedFirst
        guard words.spaceSeparatedCount >= 2, words.spaceSeparatedCount <= 14 else { return nil }
        for negative in ["do not ", "don't ", "dont "] where words.hasPrefix(negative) { words = "not " + words.dropFirst(negative.count) }
        return "Why should you \(words)?"
    }
}
