/// "Patients with neutropenia cannot fight infection. This is due to a low number of neutrophils." The second
/// sentence only gives the first one's reason: ask why of the first, with the second's reason as the answer.
enum ReasonFollowUp {
    /// The openers that point back and give a reason, with how many words of each the answer drops.
    private static let openers: [(words: [String], dropped: Int)] = [
        (["this", "is", "due", "to"], 4), (["this", "is", "because", "of"], 4), (["this", "is", "because"], 3),
        (["this", "happens", "because"], 3), (["this", "is", "caused", "by"], 4), (["that", "is", "because"], 3),
        (["this", "is", "the", "result", "of"], 5), (["this", "is", "a", "result", "of"], 5),
    ]

    /// `context` is the sentence giving the reason (its first clause); `previous` the statement it explains.
    static func candidates(_ context: ClauseContext, previous: ClauseContext) -> [Candidate] {
        let keys = context.passage.keys
        guard let opener = openers.first(where: { keys.starts(with: $0.words) }),
              previous.clause.opener == nil, !previous.clause.rest.isEmpty, !previous.clause.isImperative,
              let question = QuestionForm.askingObject(previous, word: "Why",
                                                       tail: previous.passage.text(previous.clause.rest).trimming(" .,;"))
        else { return [] }
        let reason = context.passage.text(opener.dropped..<context.passage.tokens.count)
        guard (2...20).contains(reason.spaceSeparatedCount) else { return [] }
        var made = previous.candidate(.basic, prompt: question, answers: [reason], template: .reason, prior: 0.8)
        made.card.rationale = previous.passage.text + " " + context.passage.text
        made.clauseKey = context.passage.text + "#because"
        return [made]
    }
}
