/// "Pain that gets worse with movement", "a cough that improves when you sit up": what makes a symptom worse
/// or better. Asks "What makes X worse?" for "with Y", "When does X get worse?" for "when / after / if Y".
enum ChangeTrigger {
    private static let changeVerbs: [String: String] = [
        "worsens": "worse", "worsen": "worse", "improves": "better", "improve": "better",
    ]
    private static let becoming: Set<String> = ["get", "gets", "become", "becomes", "feel", "feels"]
    private static let triggers: Set<String> = ["with", "when", "after", "if", "on", "during", "whenever"]

    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        guard clause.opener == nil, !clause.isImperative, !clause.isNegated, let subject = context.subjectText,
              !["you", "we", "i", "it"].contains(subject.lowercased()),
              let lastVerb = clause.verb.last.map({ tokens[$0].key }) else { return [] }
        // The trigger may sit in the clause's rest or, for "when" and "if", open a clause of its own.
        let direction: String
        let triggerAt: Int
        if let word = changeVerbs[lastVerb] {
            direction = word
            triggerAt = clause.rest.lowerBound
        } else if becoming.contains(lastVerb), let first = clause.rest.first, ["worse", "better"].contains(tokens[first].key) {
            direction = tokens[first].key
            triggerAt = first + 1
        } else {
            return []
        }
        let trigger: Range<Int>
        if triggerAt < clause.rest.upperBound {
            guard triggers.contains(tokens[triggerAt].key) else { return [] }
            trigger = triggerAt..<clause.rest.upperBound
        } else if context.clauses.indices.contains(context.index + 1), let opener = context.clauses[context.index + 1].opener, ["when", "if", "after", "whenever"].contains(opener) {
            // "…that gets worse when you cough": the opener stays with its clause.
            let range = context.clauses[context.index + 1].range
            trigger = (range.lowerBound - 1)..<range.upperBound
        } else {
            return []
        }
        guard trigger.count >= 2, trigger.count <= 12 else { return [] }
        let shown = subject.lowercasedFirst
        let prompt: String
        let answer: String
        if tokens[trigger.lowerBound].key == "with" {
            prompt = "What makes \(shown) \(direction)?"
            answer = passage.text((trigger.lowerBound + 1)..<trigger.upperBound)
        } else {
            let verb = LeadInList.isPlural(subject) ? "do" : "does"
            prompt = "When \(verb) \(shown) get \(direction)?"
            answer = passage.text(trigger)
        }
        return [context.candidate(.basic, prompt: prompt, answers: [answer], template: .verbRelation, prior: 0.7,
                                  answerRange: trigger)]
    }
}
