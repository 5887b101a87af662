/// How a card asks for a list: each item is an answer of its own, and the card asks for every item of two or
/// three and for any three of more (`Card.needed`), so "Name 5" is never a test of typing five things in order.
enum ListRecall {
    /// A list card asks for this many of its items at most: enough to show the list is known, few enough to type.
    static let namedAtMost = 3

    /// The words that end the question ("Name both.", "Name all 3.", "Name any 3 of the 8.") and how many items
    /// the answer must name, for a list of `count` items.
    static func ask(_ count: Int) -> (words: String, needed: Int) {
        let needed = min(count, namedAtMost)
        let words = count == 2 ? "Name both." : count == needed ? "Name all \(needed)." : "Name any \(needed) of the \(count)."
        return (words, needed)
    }

    /// A list card: `question` and the words that ask for the items ("Name any 3 of the 8."), each distinct item
    /// an answer. `nil` for fewer than `minimum` distinct items.
    static func card(_ question: String, items: [String], minimum: Int = 2, context: ClauseContext, template: Candidate.Rule,
                     prior: Double, clauseKey: String) -> Candidate? {
        let answers = distinct(items)
        guard answers.count >= minimum else { return nil }
        let ask = ask(answers.count)
        var card = context.candidate(.basic, prompt: question + " " + ask.words, answers: answers, template: template, prior: prior)
        card.card.needed = ask.needed
        card.clauseKey = clauseKey
        return card
    }

    /// `items` without repeats (compared without case), in their order.
    static func distinct(_ items: [String]) -> [String] {
        var kept: [String] = []
        for item in items where !kept.contains(where: { $0.lowercased() == item.lowercased() }) { kept.append(item) }
        return kept
    }
}
