/// An item of a list that is a fact of its own because of what qualifies it ("a rash that doesn't fade when
/// pressed", "very high or very low temperature" among the signs of sepsis): asked by its head noun, which only
/// that item answers.
enum ItemDetail {
    /// `question` is the list's own ("What are the signs of sepsis in adults?"); `items` its items' texts.
    static func candidates(items: [String], question: String, context: ClauseContext) -> [Candidate] {
        guard question.hasPrefix("What are the "), question.hasSuffix("?"), !question.contains(" Name ") else { return [] }
        let listName = String(question.dropFirst("What are the ".count).dropLast())
        var heads: [String: Int] = [:]
        let parsed = items.map { item -> (head: String, text: String)? in
            let passage = Passage(item)
            let tokens = passage.tokens
            // "[a] (adjectives) noun that/which …": the head noun right before a relative word.
            if let relative = tokens.firstIndex(where: { ["that", "which"].contains($0.key) }), relative >= 1,
               relative + 2 < tokens.count, tokens[relative - 1].tag == .noun,
               tokens[..<relative].allSatisfy({ [.determiner, .adjective, .noun].contains($0.tag) }) {
                return (tokens[relative - 1].key, item.trimming(" .;,"))
            }
            // "very high or very low temperature": modifiers, two or more, that make the item, before its noun.
            let words = tokens.filter { $0.tag != .punctuation }
            guard words.count >= 3, words.count <= 7, let head = words.last, head.tag == .noun,
                  words.dropLast().allSatisfy({ [.adjective, .adverb, .conjunction].contains($0.tag) }),
                  words.dropLast().contains(where: { $0.tag == .adjective }) else { return nil }
            return (head.key, item.trimming(" .;,"))
        }
        for case let (head, _)? in parsed { heads[head, default: 0] += 1 }
        return parsed.compactMap { entry -> Candidate? in
            // Only a head no other item shares has one answer.
            guard let (head, text) = entry, heads[head] == 1 else { return nil }
            var card = context.candidate(.basic, prompt: "What kind of \(head) is one of the \(listName)?", answers: [text],
                                         template: .leadInList, prior: 0.6)
            card.clauseKey = "detail#" + text
            return card
        }
    }
}
