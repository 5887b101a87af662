/// "Call your nurse if your temperature is 38°C or higher." Asks what to do under the condition, and when
/// the advice applies. Only advice is asked this way: an imperative, or "you should / need to / must".
enum ConditionAdvice {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        guard clause.opener == nil, let conditionIndex = clause.condition else { return [] }
        let condition = context.clauses[conditionIndex]
        guard let opener = condition.opener, condition.range.count >= 2 else { return [] }
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
        if condition.range.count <= 14 {
            made.append(context.candidate(.basic, prompt: "When should you \(advice.lowercasedFirst.trimming(" .,"))?",
                                          answers: [conditionText], template: .conditionAdvice, prior: 0.55))
        }
        return made
    }
}
