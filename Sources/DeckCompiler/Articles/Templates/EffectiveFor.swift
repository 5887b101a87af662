/// "Radiation therapy can be highly effective in reducing bone pain": what something is effective (useful,
/// helpful) in doing, asked with the sentence's own verb ("What can radiation therapy be highly effective in
/// reducing?" – bone pain).
enum EffectiveFor {
    private static let judgements: Set<String> = ["effective", "useful", "helpful", "successful", "good", "best"]

    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        guard clause.opener == nil, !clause.isNegated, let subject = context.subjectText,
              !["you", "we", "i", "it"].contains(subject.lowercased()),
              let last = clause.verb.last, ["is", "are", "be"].contains(tokens[last].key) else { return [] }
        // Adverbs, the judgement, "in" or "for", then an -ing verb and what it acts on.
        var at = clause.rest.lowerBound
        while at < clause.rest.upperBound, tokens[at].tag == .adverb { at += 1 }
        guard at + 3 < clause.rest.upperBound, judgements.contains(tokens[at].key),
              ["in", "for", "at"].contains(tokens[at + 1].key), tokens[at + 2].tag == .gerund else { return [] }
        let end = clause.rest[(at + 3)...].first { [",", ";", "(", "–", "—"].contains(tokens[$0].key)
            || tokens[$0].tag == .conjunction && $0 + 1 < clause.rest.upperBound && tokens[$0 + 1].tag.isVerb } ?? clause.rest.upperBound
        let object = (at + 3)..<end
        guard object.count >= 1, object.count <= 8,
              let question = QuestionForm.askingObject(context, tail: passage.text(clause.rest.lowerBound..<(at + 3)))
        else { return [] }
        return [context.candidate(.basic, prompt: question, answers: [passage.text(object)], template: .verbRelation,
                                  prior: 0.75, answerRange: object)]
    }
}
