/// "Call your nurse if your temperature is 38°C or higher." Asks what to do under the condition, and when
/// the advice applies. Only advice is asked this way: an imperative, or "you should / need to / must".
enum ConditionAdvice {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        guard clause.opener == nil else { return [] }
        guard let conditionIndex = clause.condition else { return timed(context) }
        let condition = context.clauses[conditionIndex]
        guard let opener = condition.opener, condition.range.count >= 2 else { return [] }
        if opener == "unless" { return unless(context, condition: condition) }
        let conditionText = opener + " " + passage.text(condition.range)
        let advice: String
        if clause.isImperative, passage.tokens[clause.verb.lowerBound].tag == .verb {
            advice = passage.text(clause.range)
        } else if let subject = clause.subject.first, ["you", "they", "people", "patients"].contains(passage.tokens[subject].key),
                  let modal = clause.verb.first, ["should", "must", "need", "needs"].contains(passage.tokens[modal].key) {
            var start = clause.verb.lowerBound + 1
            while start < clause.range.upperBound, ["need", "needs", "to", "also", "then"].contains(passage.tokens[start].key) { start += 1 }
            advice = passage.text(start..<clause.range.upperBound)
        } else {
            return []
        }
        guard advice.spaceSeparatedCount <= 18, advice.spaceSeparatedCount >= 2 else { return [] }
        var made = [context.candidate(.basic, prompt: "What should you do \(conditionText.trimming(" .,"))?",
                                      answers: [advice], template: .conditionAdvice, prior: 0.8)]
        // "When should you contact your doctor?" has as many answers as the page has reasons to call.
        if condition.range.count <= 14, !Self.onlyContacts(advice) {
            made.append(context.candidate(.basic, prompt: "When should you \(advice.lowercasedFirst.trimming(" .,"))?",
                                          answers: [conditionText], template: .conditionAdvice, prior: 0.55))
        }
        return made
    }

    /// "Do not stop using your inhaler unless your doctor tells you to": a prohibition with its one exception is
    /// asked as when the thing is allowed ("When may you stop using your inhaler? – only if your doctor tells you
    /// to"). "What should you do unless…?" would ask nothing, so an "unless" makes no other card.
    static func unless(_ context: ClauseContext, condition: Clause) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let keys = passage.tokens[clause.range].map(\.key)
        let prohibition = keys.starts(with: ["do", "not"]) ? 2 : keys.starts(with: ["never"]) || keys.starts(with: ["don't"]) ? 1 : 0
        guard prohibition > 0, clause.subject.isEmpty else { return [] }
        let allowed = passage.text((clause.range.lowerBound + prohibition)..<clause.range.upperBound).trimming(" ,.")
        let exception = passage.text(condition.range).trimming(" ,.")
        guard (1...10).contains(allowed.spaceSeparatedCount), (2...12).contains(exception.spaceSeparatedCount) else { return [] }
        return [context.candidate(.basic, prompt: "When may you \(allowed.lowercasedFirst)?", answers: ["only if " + exception],
                                  template: .conditionAdvice, prior: 0.75)]
    }

    /// Whether the advice only sends the reader to someone who gives care ("contact your doctor", "reach out to your
    /// doctor for support"): the same answer as every other page's, and no fact of this one.
    static func onlyContacts(_ advice: String) -> Bool {
        let words = advice.lowercased().spaceSeparated.map { Sentence.key($0) }
        guard let first = words.first, contactVerbs.contains(first) else { return false }
        return words.contains { VerbRelation.carers.contains($0) || VerbRelation.carers.contains(Sentence.singular($0)) }
    }

    private static let contactVerbs: Set<String> = ["contact", "call", "see", "ask", "consult", "speak", "talk", "reach",
                                                     "check", "tell", "visit", "phone", "discuss"]

    /// "Check with your doctor before starting an exercise plan": an order timed by "before" or "after" and an
    /// -ing verb is asked as what to do then.
    static func timed(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        // "However, consult…": an order may follow a linking adverb.
        let isOrder = clause.subject.isEmpty && !clause.verb.isEmpty
            && (clause.range.lowerBound..<clause.verb.lowerBound).allSatisfy { tokens[$0].tag == .adverb || tokens[$0].key == "," }
        guard isOrder, tokens[clause.verb.lowerBound].tag == .verb,
              let timing = clause.range.first(where: { $0 > clause.verb.upperBound && ["before", "after"].contains(tokens[$0].key)
                  && $0 + 1 < clause.range.upperBound && tokens[$0 + 1].tag == .gerund }) else { return [] }
        // The timing runs to the clause's end, or to a comma or a purpose ("…program to ensure it is safe").
        let end = (timing + 2..<clause.range.upperBound).first { [",", ";", "–", "—", "."].contains(tokens[$0].key) || tokens[$0].tag == .to }
            ?? clause.range.upperBound
        let advice = passage.text(clause.verb.lowerBound..<timing).trimming(" ,")
        let when = passage.text(timing..<end).trimming(" ,.")
        guard (2...12).contains(advice.spaceSeparatedCount), (2...12).contains(when.spaceSeparatedCount) else { return [] }
        return [context.candidate(.basic, prompt: "What should you do \(when)?", answers: [advice], template: .conditionAdvice, prior: 0.75)]
    }
}
