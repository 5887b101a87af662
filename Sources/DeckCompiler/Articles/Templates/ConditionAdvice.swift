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
        // "If your symptoms are relieved, you can resume your activities gently": what you may do then.
        var asked = "should"
        // "If you see threads poking out of the wound, do not pull them": a prohibition is advice too, asked only
        // under its condition ("When should you do not pull them?" would ask nothing).
        let prohibits = clause.isImperative && ["do", "don't", "never"].contains(passage.tokens[clause.verb.lowerBound].key)
            && clause.isNegated
        if clause.isImperative, passage.tokens[clause.verb.lowerBound].tag == .verb || prohibits {
            // "please speak to your GP": the courtesy is no part of what to do.
            let text = passage.text(clause.range)
            advice = text.lowercased().hasPrefix("please ") ? String(text.dropFirst(7)) : text
        } else if let subject = clause.subject.first, ["you", "they", "people", "patients"].contains(passage.tokens[subject].key),
                  let modal = clause.verb.first, ["should", "must", "need", "needs"].contains(passage.tokens[modal].key) {
            var start = clause.verb.lowerBound + 1
            while start < clause.range.upperBound, ["need", "needs", "to", "also", "then"].contains(passage.tokens[start].key) { start += 1 }
            advice = passage.text(start..<clause.range.upperBound)
        } else if let subject = clause.subject.first, passage.tokens[subject].key == "you", clause.subject.count == 1,
                  clause.verb.count >= 2, passage.tokens[clause.verb.lowerBound].key == "can", !clause.isNegated {
            asked = "can"
            advice = passage.text((clause.verb.lowerBound + 1)..<clause.range.upperBound)
        } else {
            return []
        }
        guard advice.spaceSeparatedCount <= 18, advice.spaceSeparatedCount >= 2 else { return [] }
        if let whom = whom(context, condition: conditionText) { return [whom] }
        var made = [context.candidate(.basic, prompt: "What \(asked) you do \(conditionText.trimming(" .,"))?",
                                      answers: [advice], template: .conditionAdvice, prior: 0.8)]
        // "Above what temperature should you call…?" asks the condition's point; "When should you call…?" would
        // ask it again.
        if let limit = Threshold.card(condition: conditionText, action: advice) {
            made.append(context.candidate(.basic, prompt: limit.prompt, answers: [limit.answer], template: .quantity, prior: 0.8))
            return made
        }
        // "When should you contact your doctor?" has as many answers as the page has reasons to call, unless the
        // sentence names its reasons together: "See your GP if A, or if B" asks "When should you see your GP? Name both."
        // Any advice with two reasons asks for both ("Call 999 if A, or if B"): one of them is half the answer.
        if let both = Self.bothReasons(context, advice: advice, first: conditionIndex) {
            made.append(both)
        } else if condition.range.count <= 14, !Self.onlyContacts(advice), !prohibits, asked == "should" {
            made.append(context.candidate(.basic, prompt: "When should you \(advice.lowercasedFirst.trimming(" .,"))?",
                                          answers: [conditionText], template: .conditionAdvice, prior: 0.55))
        }
        return made
    }

    /// "Contact your GP, out-of-hours service or NHS 111 straight away if…": a choice of carers to turn to is
    /// asked as whom, "Whom should you contact straight away if…?", any one of them right. "What should you do?"
    /// would ask for the whole list typed in one answer.
    static func whom(_ context: ClauseContext, condition: String) -> Candidate? {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        guard clause.isImperative, let verb = clause.verb.first, contactVerbs.contains(tokens[verb].key) else { return nil }
        var object = verb + 1
        while object < clause.range.upperBound, ["to", "with"].contains(tokens[object].key) { object += 1 }
        // "…straight away", "…at once": the clause's adverb is asked with the verb, not typed.
        var end = clause.range.upperBound
        while end > object, tokens[end - 1].tag == .punctuation { end -= 1 }
        let said = passage.text(object..<end).lowercased()
        let tail = Self.urgency.first { said.hasSuffix(" " + $0) }
        end -= tail?.spaceSeparatedCount ?? 0
        let items = CoordinationCloze.items(object..<end, of: passage)
        guard items.count >= 2, items.allSatisfy({ $0.spaceSeparatedCount <= 5 }),
              items.contains(where: { item in item.lowercased().spaceSeparated.contains { VerbRelation.carers.contains(Sentence.key($0)) } }),
              (object..<end).contains(where: { tokens[$0].key == "or" }), !(object..<end).contains(where: { tokens[$0].key == "and" })
        else { return nil }
        let verbPhrase = ([passage.text(verb..<object).lowercased()] + (tail.map { [$0] } ?? [])).joined(separator: " ")
        return context.candidate(.basic, prompt: "Whom should you \(verbPhrase) \(condition.trimming(" .,"))?", answers: ListRecall.distinct(items.map(\.lowercasedFirst)),
                                 template: .conditionAdvice, prior: 0.8)
    }

    /// "See your GP if your symptoms go on, or if your baby is dehydrated": two conditions of one advice, the second
    /// after ", or", asked together. `nil` unless both are short and "if" or "when" opens each.
    static func bothReasons(_ context: ClauseContext, advice: String, first: Int) -> Candidate? {
        let passage = context.passage
        let clauses = context.clauses
        guard first + 1 < clauses.count, first == context.index + 1 else { return nil }
        let pair = [clauses[first], clauses[first + 1]]
        let between = passage.tokens[pair[0].range.upperBound..<pair[1].range.lowerBound].map(\.key)
        guard between.contains("or"), pair.allSatisfy({ ["if", "when"].contains($0.opener ?? "") && (2...14).contains($0.range.count) }),
              first + 2 == clauses.count || clauses[first + 2].opener == nil else { return nil }
        let reasons = pair.map { ($0.opener ?? "") + " " + passage.text($0.range).trimming(" .,") }
        return ListRecall.card("When should you \(advice.lowercasedFirst.trimming(" .,"))?", items: reasons, context: context,
                               template: .conditionAdvice, prior: 0.6, clauseKey: passage.text + "#" + String(context.index))
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

    /// How soon advice says to act, at a clause's end.
    private static let urgency = ["straight away", "right away", "at once", "immediately", "urgently", "as soon as possible",
                                  "without delay"]

    static let contactVerbs: Set<String> = ["contact", "call", "see", "ask", "consult", "speak", "talk", "reach",
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
