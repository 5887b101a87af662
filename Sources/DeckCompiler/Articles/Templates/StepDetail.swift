/// Steps of advice, read for what a list card alone does not ask: the things not to do ("Don't hold them down",
/// "Do not give them anything to eat"), asked together, and what a step has you note or check under the list's
/// own condition ("If someone is having a seizure, what should you note? – the time the seizure starts").
enum StepDetail {
    static func candidates(items: [ArticleBlock], question: String, context: ClauseContext) -> [Candidate] {
        prohibitions(items: items.map(\.text), question: question, context: context)
            + objects(items: items.map(\.text), question: question, context: context)
    }

    /// "What should you not do if someone is having a seizure? Name any 3 of the 4.": two or more items that
    /// forbid, among steps the list's question asks how to take.
    static func prohibitions(items: [String], question: String, context: ClauseContext) -> [Candidate] {
        let forbidden = items.compactMap(forbids)
        guard forbidden.count >= 2, forbidden.count < items.count, let asked = notToDo(question) else { return [] }
        return ListRecall.card(asked, items: forbidden.map(\.capitalizedFirst), context: context, template: .leadInList, prior: 0.8,
                               clauseKey: "not#" + question).map { [$0] } ?? []
    }

    /// "Don't hold them down." → "hold them down"; `nil` for an item that does not forbid.
    static func forbids(_ item: String) -> String? {
        let first = SentenceSplitter.sentences(in: item).first ?? item
        for opener in ["don't ", "do not ", "never "] where first.lowercased().hasPrefix(opener) {
            let rest = String(first.dropFirst(opener.count)).trimming(" .;,")
            return (2...14).contains(rest.spaceSeparatedCount) ? rest : nil
        }
        return nil
    }

    /// "How do you help if someone is having a seizure?" → "What should you not do to help if someone is having a
    /// seizure?"; "What should you do when you get home?" → "What should you not do when you get home?".
    static func notToDo(_ question: String) -> String? {
        guard question.hasSuffix("?"), !question.contains(" Name ") else { return nil }
        if question.hasPrefix("How do you ") { return "What should you not do to " + question.dropFirst("How do you ".count) }
        if question.hasPrefix("What should you do ") { return "What should you not do " + question.dropFirst("What should you do ".count) }
        return nil
    }

    /// Verbs of a step whose object is the fact to recall: what to note, check, look for, loosen or remove.
    private static let noting: Set<String> = ["note", "check", "record", "time", "loosen", "remove", "cushion", "look", "watch",
                                              "keep", "wear", "avoid", "protect", "write"]

    /// "Note the time the seizure starts." under "How do you help if someone is having a seizure?" → "If someone is
    /// having a seizure, what should you note? – the time the seizure starts". Only where the list's question
    /// names a condition, which the card then states.
    static func objects(items: [String], question: String, context: ClauseContext) -> [Candidate] {
        guard let condition = condition(of: question) else { return [] }
        var seen: Set<String> = []
        var made: [Candidate] = []
        for item in items {
            let sentence = SentenceSplitter.sentences(in: item).first ?? item
            let passage = Passage(sentence)
            let tokens = passage.tokens
            guard tokens.count >= 3, noting.contains(tokens[0].key) else { continue }
            var verb = tokens[0].key
            var start = 1
            if ["look", "watch"].contains(verb) {
                guard tokens[1].key == "for" else { continue }
                verb += " for"
                start = 2
            }
            // The object runs to a preposition or subordinator after its first noun, or to the end.
            var end = start
            var sawNoun = false
            // "medical jewellery or an ID card": a second noun phrase joined on is part of it.
            while end < tokens.count, tokens[end].tag != .punctuation,
                  !(sawNoun && [.preposition, .subordinator, .to].contains(tokens[end].tag)),
                  !(sawNoun && tokens[end].tag == .conjunction && !(end + 1 < tokens.count
                      && [.determiner, .adjective, .noun].contains(tokens[end + 1].tag))) {
                if tokens[end].tag == .noun { sawNoun = true }
                end += 1
            }
            guard sawNoun, (1...8).contains(end - start), !seen.contains(verb) else { continue }
            seen.insert(verb)
            var card = context.candidate(.basic, prompt: "\(condition), what should you \(verb)?", answers: [passage.text(start..<end)],
                                         template: .conditionAdvice, prior: 0.7)
            card.clauseKey = "step#" + item
            made.append(card)
        }
        // Two steps with the same verb ("check…", "check…") would share one question.
        return made.filter { candidate in
            let verb = candidate.card.prompt.split(separator: ",").last ?? ""
            return made.count(where: { $0.card.prompt.split(separator: ",").last == verb }) == 1
        }
    }

    /// "How do you help if someone is having a seizure?" → "If someone is having a seizure".
    static func condition(of question: String) -> String? {
        guard question.hasSuffix("?"), let at = question.rangeOfBytes(" if ") ?? question.rangeOfBytes(" when ") else { return nil }
        let condition = String(question[question.index(after: at.lowerBound)...].dropLast())
        guard (3...12).contains(condition.spaceSeparatedCount), !condition.contains(",") else { return nil }
        return condition.capitalizedFirst
    }
}
