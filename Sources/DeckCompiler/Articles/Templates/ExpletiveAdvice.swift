/// "It is also a good idea to keep as active as possible", "It is important to protect the affected side": advice
/// whose subject is an empty "it". Asks what you should do under the clause's condition, or how long when it is
/// an "until"; with no condition, hides what the advised verb acts on.
enum ExpletiveAdvice {
    private static let judgements: [[String]] = [
        ["a", "good", "idea"], ["important"], ["recommended"], ["advisable"], ["best"], ["essential"], ["vital"],
        ["crucial"], ["sensible"], ["wise"],
    ]

    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let keys = passage.keys
        // "It's important to…" is one token, read as the verb of a clause with no subject.
        guard clause.opener == nil, clause.subject.count == 1 && keys[clause.subject.lowerBound] == "it"
                  || clause.subject.isEmpty && keys[clause.verb.lowerBound] == "it's",
              keys[clause.verb.lowerBound] == "is" || keys[clause.verb.lowerBound] == "it's" else { return [] }
        // Skip the adverbs before the judgement ("usually", "also", "very").
        var start = clause.rest.lowerBound
        while start < clause.rest.upperBound, passage.tokens[start].tag == .adverb { start += 1 }
        guard let judgement = judgements.first(where: { Array(keys[start..<min(keys.count, start + $0.count)]) == $0 }) else { return [] }
        let to = start + judgement.count
        guard to + 2 < clause.rest.upperBound, keys[to] == "to" else { return [] }
        let advice = (to + 1)..<clause.rest.upperBound
        guard (2...25).contains(advice.count) else { return [] }
        let conditionClause = clause.condition.map { context.clauses[$0] }
        if let why = reason(context, judgement: start..<to, advice: advice, condition: conditionClause) { return [why] }
        // "…continue the antibiotics until you no longer have fevers" says how long.
        if let conditionClause, conditionClause.opener == "until", advice.count <= 10 {
            let until = "until " + passage.text(conditionClause.range).trimming(" ,.")
            return [context.candidate(.basic, prompt: "How long should you \(passage.text(advice))?", answers: [until],
                                      template: .conditionAdvice, prior: 0.7, answerRange: conditionClause.range)]
        }
        let condition = conditionClause.flatMap { condition in
            condition.opener.map { " " + $0 + " " + passage.text(condition.range).trimming(" ,") } } ?? ""
        // Under a condition the advice is what you should do then; "What is it important to do if…?" opens on a
        // pronoun that names nothing.
        if !condition.isEmpty {
            // "…to know the signs and get help straight away if you feel unwell": a condition at the end is its
            // last verb phrase's; knowing the signs is not what to do when unwell.
            let last = advice.last { $0 > advice.lowerBound + 1 && keys[$0] == "and" && $0 + 1 < advice.upperBound
                && passage.tokens[$0 + 1].tag == .verb }
            let asked = last.map { ($0 + 1)..<advice.upperBound } ?? advice
            return [context.candidate(.basic, prompt: "What should you do\(condition)?", answers: [passage.text(asked)],
                                      template: .conditionAdvice, prior: 0.7, answerRange: asked)]
        }
        // With no condition, "What is it a good idea to do?" has many answers (blind reviews 14 and 15): the
        // advice's own verb stays, and what it acts on is the gap ("…a good idea to keep [as active as possible]").
        var acted = (advice.lowerBound + 1)..<advice.upperBound
        // "…important to discuss any changes you notice with [your doctor or breast care team]": whom to turn to
        // is the one answer; "any changes you notice" is no fact.
        if let with = acted.last(where: { ["with", "to"].contains(keys[$0]) }), with > acted.lowerBound,
           (with + 1..<acted.upperBound).contains(where: { VerbRelation.carers.contains(keys[$0]) }) {
            acted = (with + 1)..<acted.upperBound
        }
        guard (2...20).contains(acted.count) else { return [] }
        let before = passage.text(clause.range.lowerBound..<acted.lowerBound)
        let after = acted.upperBound < passage.tokens.count ? passage.text(acted.upperBound..<passage.tokens.count) : ""
        let cloze = (before.capitalizedFirst + " [...]" + (after.isEmpty ? "" : " " + after)).replacingSpacesBeforePunctuation()
        return [context.candidate(.cloze, prompt: cloze.hasSuffix(".") ? cloze : cloze + ".", answers: [passage.text(acted)],
                                  template: .conditionAdvice, prior: 0.7, answerRange: acted)]
    }

    /// Whether `prompt` is this template's "Why is it important to…?", whose "it" is the advice after it.
    static func asksWhy(_ prompt: String) -> Bool {
        guard prompt.hasPrefix("Why is it ") else { return false }
        let after = prompt.dropFirst(10).lowercased().spaceSeparated.map(String.init)
        return judgements.contains { after.starts(with: $0) && after.count > $0.count && after[$0.count] == "to" }
    }

    /// "It is important to remove clothing because it can trap heat", "It is important to cool the burn for 20
    /// minutes to stop damage to the tissue": why the advice matters is asked as such ("Why is it important to
    /// remove clothing?"), the question opening on "Why", not on an empty "it".
    private static func reason(_ context: ClauseContext, judgement: Range<Int>, advice: Range<Int>, condition: Clause?) -> Candidate? {
        let passage = context.passage
        let tokens = passage.tokens
        let judged = passage.text(judgement)
        // The reason is the clause's condition, or the clause after it, to the sentence's end.
        let next = context.index + 1 < context.clauses.count ? context.clauses[context.index + 1] : nil
        if let given = [condition, next].lazy.compactMap({ $0 }).first(where: { ["because", "as", "since"].contains($0.opener ?? "") }),
           advice.count <= 12 {
            let told = given.range.lowerBound..<(given == next ? tokens.count : given.range.upperBound)
            let because = "because " + passage.text(told).trimming(" ,.")
            guard (3...25).contains(because.spaceSeparatedCount) else { return nil }
            return context.candidate(.basic, prompt: "Why is it \(judged) to \(passage.text(advice).trimming(" ,"))?", answers: [because],
                                     template: .reason, prior: 0.72, answerRange: told)
        }
        guard condition == nil,
              let to = advice.dropFirst(2).first(where: { tokens[$0].tag == .to && $0 + 1 < advice.upperBound && tokens[$0 + 1].tag == .verb
                  // "…to keep cool, to rest the joint and to drink water": a list of advice, no purpose.
                  && ![.adjective, .pastParticiple].contains(tokens[$0 - 1].tag) && !["or", "and", ","].contains(tokens[$0 - 1].key)
                  && !Passage.catenatives.contains(tokens[$0 - 1].key) }),
              advice.upperBound - to >= 3, to - advice.lowerBound <= 12 else { return nil }
        let purpose = (to..<advice.upperBound)
        return context.candidate(.basic, prompt: "Why is it \(judged) to \(passage.text(advice.lowerBound..<to).trimming(" ,"))?",
                                 answers: [passage.text(purpose).trimming(" .")], template: .purposeClause, prior: 0.72, answerRange: purpose)
    }
}
