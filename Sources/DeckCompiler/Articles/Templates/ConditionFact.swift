/// "Inhalers only work well if used correctly." A statement that holds under a condition, asked as "when":
/// "When do inhalers work well?" Advice under a condition is ConditionAdvice's.
enum ConditionFact {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        guard clause.opener == nil, !clause.isImperative, let conditionIndex = clause.condition,
              let subject = context.subjectText, !["you", "we", "i"].contains(subject.lowercased()) else { return [] }
        let condition = context.clauses[conditionIndex]
        if let untreated = Self.untreated(context, condition: condition) { return [untreated] }
        // "…the first symptom that occurs when cancer has spread": the condition is the relative clause's, and
        // "When is bone pain the first symptom that occurs?" reads garbled (reviews 28 and 30).
        if let relative = clause.rest.last(where: { ["that", "which", "who"].contains(passage.tokens[$0].key) }),
           relative + 1 < clause.range.upperBound, passage.tokens[relative + 1].tag.isFinite,
           condition.range.lowerBound > clause.range.upperBound - 1 { return [] }
        // "Extreme tiredness, nausea, or the need to urinate often if…": a list with a verb far inside it is no
        // clause; a subject's verb follows it, past adverbs at most.
        guard clause.subject.upperBound <= clause.verb.lowerBound,
              passage.tokens[clause.subject.upperBound..<clause.verb.lowerBound].allSatisfy({ $0.tag == .adverb }) else { return [] }
        // "If dehydration is left untreated, it can become severe": a condition on the subject itself reads
        // circular as a when-question ("When can dehydration become severe? If dehydration is…").
        let head = { (range: Range<Int>) in range.last.map { Sentence.singular(passage.tokens[$0].key) } }
        let conditionHead = head(condition.subject)
        // The subject's own head, also for a pronoun read as its antecedent: "pressure" is a word of "pressure
        // sores" but not what they are, so "when a lot of pressure is put on the skin" is no circle.
        // "If the dressing becomes wet, it must be changed": where the sentence itself says "it" for the condition's
        // subject, the answer does too ("When must the dressing be changed? – if it becomes wet").
        let circular = conditionHead != nil && (conditionHead == head(clause.subject) || conditionHead == Self.head(of: subject))
        let pronoun = clause.subject.count == 1 && ["it", "they"].contains(passage.tokens[clause.subject.lowerBound].key)
            ? passage.tokens[clause.subject.lowerBound].key : nil
        guard !circular || pronoun != nil && !condition.subject.isEmpty,
              let opener = condition.opener, ["if", "when", "whenever", "unless", "once", "provided"].contains(opener),
              // "…vary depending on if the bones…": an "if" after a preposition is a "whether", no condition.
              condition.range.lowerBound < 2 || passage.tokens[condition.range.lowerBound - 2].tag != .preposition
                && !["on", "of", "about"].contains(passage.tokens[condition.range.lowerBound - 2].key),
              condition.range.count >= 2, condition.range.count <= 20,
              // "…can be dangerous if not treated": true of every illness, so no fact about this one.
              !Self.isTruism(passage.text(condition.range)),
              // "…affects people with diabetes, especially if you take insulin": the condition narrows, not bounds.
              !VerbRelation.qualifiers.contains(passage.tokens[clause.range.upperBound - 1].key),
              let question = QuestionForm.askingObject(context, word: "When", tail: passage.text(clause.rest).trimming(" .,"))
        else { return [] }
        if let examples = Self.examples(context, condition: conditionIndex) { return [examples] }
        // "Inhalers only work well if…": the "only" belongs to the condition ("only if used correctly").
        let only = (clause.range.lowerBound..<clause.verb.upperBound).contains { passage.tokens[$0].key == "only" } ? "only " : ""
        let stated = if circular, let pronoun {
            // "If your child is constipated, they might…" → "if they are constipated": the verb agrees with "they".
            pronoun + " " + Self.agreeing(passage.text(condition.subject.upperBound..<condition.range.upperBound), with: pronoun)
        } else {
            passage.text(condition.range)
        }
        return [context.candidate(.basic, prompt: question, answers: [only + opener + " " + stated],
                                  template: .conditionFact, prior: 0.65)]
    }

    /// `rest`, a condition after its subject, with its first verb made plural for "they" ("is" → "are").
    static func agreeing(_ rest: String, with pronoun: String) -> String {
        guard pronoun == "they" else { return rest }
        for (singular, plural) in [("is ", "are "), ("was ", "were "), ("has ", "have "), ("does ", "do "), ("doesn't ", "don't "),
                                   ("isn't ", "aren't ")] where rest.hasPrefix(singular) {
            return plural + rest.dropFirst(singular.count)
        }
        return rest
    }

    /// "A clot can happen if you don't move for a long time, such as after surgery, when you're travelling a long
    /// distance, or when you're on bed rest": the condition's examples are what to recall, each one an answer
    /// ("…if you don't move for a long time. Give an example of such a time."). `nil` when the condition names none.
    static func examples(_ context: ClauseContext, condition index: Int) -> Candidate? {
        let passage = context.passage
        let condition = context.clauses[index]
        guard let opener = condition.opener, let such = condition.range.first(where: { at in
            passage.tokens[at].key == "such" && at + 1 < condition.range.upperBound && passage.tokens[at + 1].key == "as"
                && at > condition.range.lowerBound && passage.tokens[at - 1].key == ","
        }), such - 1 - condition.range.lowerBound >= 2 else { return nil }
        var items = [passage.text((such + 2)..<condition.range.upperBound)]
        // The examples go on as the clauses after it that "when", "after" or "while" opens.
        for next in context.clauses[(index + 1)...] {
            // The opener stands just before the clause's range, joined to the item before by a comma or "or".
            guard let nextOpener = next.opener, ["when", "after", "while", "before", "if"].contains(nextOpener),
                  next.range.lowerBound >= 2, [",", "or", "and"].contains(passage.tokens[next.range.lowerBound - 2].key) else { break }
            items.append(nextOpener + " " + passage.text(next.range))
        }
        items = items.map { $0.trimming(" ,.;") }.filter { (2...10).contains($0.spaceSeparatedCount) }
        guard items.count >= 2 else { return nil }
        guard let subject = context.subjectText else { return nil }
        let clause = context.clause
        let statement = (subject + " " + passage.text(clause.subject.upperBound..<clause.range.upperBound))
            .replacingOccurrences(of: " also ", with: " ")
        let stated = passage.text(condition.range.lowerBound..<(such - 1))
        var card = context.candidate(.basic, prompt: "\(statement.capitalizedFirst.trimming(" .,")) \(opener) \(stated). Give an example of such a time.",
                                     answers: items, template: .conditionFact, prior: 0.7)
        card.clauseKey = passage.text + "#examples"
        return card
    }

    /// "Pressure sores can form when A. They can also form when B.": "When can pressure sores form?" has both
    /// answers, and "When can they also form?" leans on the first. The two become one card that asks for both,
    /// in the place of the first.
    static func paired(_ candidates: [Candidate]) -> [Candidate] {
        var result = candidates
        for second in result.indices.reversed() where result[second].rule == .conditionFact && result[second].card.answers.count == 1 {
            let prompt = result[second].card.prompt
            guard let also = prompt.range(of: " also ") else { continue }
            let stem = String(prompt[..<also.lowerBound]) + " "
            guard let first = result[..<second].lastIndex(where: { candidate in
                candidate.rule == .conditionFact && candidate.card.answers.count == 1 && candidate.card.prompt.hasPrefix(stem)
                    && !candidate.card.prompt.contains(" also ") && candidate.sentence != result[second].sentence
            }) else { continue }
            let ask = ListRecall.ask(2)
            let added = result[second].card
            result[first].card.prompt += " " + ask.words
            result[first].card.answers.append(added.answers[0])
            result[first].card.needed = ask.needed
            result[first].card.rationale = [result[first].card.rationale, added.rationale].compactMap { $0 }.joined(separator: " ")
            result[first].card.source += added.source.filter { !result[first].card.source.contains($0) }
            result.remove(at: second)
        }
        return result
    }

    /// The head noun of a noun phrase: its last word before a preposition or relative ("swelling in the legs",
    /// "pressure sores that…"), singular and lowercased.
    static func head(of phrase: String) -> String? {
        let words = phrase.lowercased().spaceSeparated.map { Sentence.key($0) }
        let end = words.firstIndex { ["of", "in", "on", "at", "with", "from", "for", "to", "that", "which", "who", "caused"].contains($0) }
            ?? words.endIndex
        return words[..<end].last.map(Sentence.singular)
    }

    /// "If an ear infection is left untreated, it can become chronic": under the condition every illness shares,
    /// what follows is the fact ("What can happen if an ear infection is left untreated? – become chronic"). Asked
    /// only when the condition names its own subject and the clause says, with a modal, what the subject may turn
    /// into; never a degree ("become severe" is true of every illness, and review 23 rejected it as trivial).
    static func untreated(_ context: ClauseContext, condition: Clause) -> Candidate? {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        guard let opener = condition.opener, ["if", "when"].contains(opener), let subject = condition.subject.first,
              [.noun, .properNoun, .adjective, .determiner].contains(tokens[subject].tag), isTruism(passage.text(condition.range)),
              let modal = clause.verb.first, tokens[modal].tag == .modal else { return nil }
        var start = modal + 1
        while start < clause.range.upperBound, tokens[start].tag == .adverb { start += 1 }
        let answer = passage.text(start..<clause.range.upperBound).trimming(" .,;")
        // "…it can lead to complications" names no one of them.
        let object = passage.text((start + 1)..<clause.range.upperBound).trimming(" .,;").lowercased()
        // A verb with an object ("may damage your joints") is VerbRelation's ("…what may it damage?"); what is
        // left is what the illness turns into ("become chronic", "turn into an ulcer").
        guard start + 1 < clause.range.upperBound, tokens[start].tag == .verb,
              ["become", "get", "turn", "grow"].contains(tokens[start].key) || tokens[start + 1].tag == .adjective,
              (2...6).contains(answer.spaceSeparatedCount),
              !QualityFilter.vagueAnswers.contains(object), !QualityFilter.vagueAnswers.contains(String(object.drop { $0 != " " }.dropFirst())),
              QualityFilter.degreeFlaw(object) == nil
        else { return nil }
        return context.candidate(.basic, prompt: "What \(tokens[modal].key) happen \(opener) \(passage.text(condition.range).trimming(" ,"))?",
                                 answers: [answer], template: .conditionFact, prior: 0.7)
    }

    /// Conditions under which any illness does harm: left untreated.
    static func isTruism(_ condition: String) -> Bool {
        let text = " " + QualityFilter.words(condition) + " "
        return [" not treated ", " untreated ", " left untreated ", " not managed "].contains { text.contains($0) }
    }
}
