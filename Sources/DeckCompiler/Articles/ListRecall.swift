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
    /// With `partial`, the items are only the first of the page's (its list was cut off): a procedure asks for
    /// its first steps ("Name the first 3 steps."), any other list for any of the items, never all of them.
    static func card(_ question: String, items: [String], minimum: Int = 2, partial: Bool = false, context: ClauseContext,
                     template: Candidate.Rule, prior: Double, clauseKey: String) -> Candidate? {
        let answers = distinct(items)
        guard answers.count >= minimum else { return nil }
        var ask = ask(answers.count)
        if partial {
            if question.hasPrefix("How do you ") { ask = ("Name the first \(answers.count) steps.", answers.count) }
            else { ask.words = "Name any \(ask.needed)." }
        }
        // "It is also a good idea to [...]": "also" points at what the card does not show.
        var question = question.containsBytes("[...]") ? question.replacingOccurrences(of: " also ", with: " ") : question
        // "Gout: [...] can trigger an attack.": a list in the subject's place is asked as "what can trigger…?".
        let label = ParagraphLabel.opensWithLabel(question) ? String(question.prefix { $0 != ":" }) + ": " : ""
        let said = question.dropFirst(label.count)
        if said.hasPrefix("[...] "), said.hasSuffix("."), !String(said.dropFirst(6)).containsBytes("[...]"),
           let next = Passage(String(said.dropFirst(6))).tokens.first, next.tag.isFinite {
            question = label + (label.isEmpty ? "What " : "what ") + said.dropFirst(6).dropLast() + "?"
        }
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

    /// The gap and its items as a list whose items open alike, or `nil`. "…a good idea to keep [as cool as
    /// possible, to rest the joint and to drink water]" is the page's own slip: the first item's verb stands
    /// before the gap, so it moves in and the others lose their "to" ("to [keep as cool as possible | rest the
    /// joint | drink water]"). Items that open unlike in any other way are no list to recall, and the gap reads
    /// garbled with any of them (review 20).
    static func parallel(_ prompt: String, items: [String]) -> (prompt: String, items: [String])? {
        let openings = items.map { Passage($0).tokens.first.map { Self.opening($0.tag) } }
        if Set(openings).count == 1 { return (prompt, items) }
        let rest = items.dropFirst()
        guard let gap = prompt.range(of: " [...]"), items.count >= 2, !items[0].lowercased().hasPrefix("to "),
              rest.allSatisfy({ $0.lowercased().hasPrefix("to ") }) else { return nil }
        let before = Passage(String(prompt[..<gap.lowerBound]))
        guard before.tokens.count >= 2, before.tokens[before.tokens.count - 2].tag == .to,
              let verb = before.tokens.last, verb.tag == .verb else { return nil }
        let verbWord = String(prompt[..<gap.lowerBound].split(separator: " ").last ?? "")
        let opened = String(prompt[..<gap.lowerBound].dropLast(verbWord.count)).trimming(" ") + " [...]" + prompt[gap.upperBound...]
        return (opened, [(verbWord + " " + items[0].lowercasedFirst).capitalizedFirst] + rest.map { String($0.dropFirst(3)).capitalizedFirst })
    }

    /// What kind of phrase a list item opens: a noun phrase (with its article or adjective, or an -ing form, as
    /// in "injections, blood samples and taking blood pressure"), a "to" infinitive, a bare verb, or something
    /// else, named by its tag.
    private static func opening(_ tag: PartOfSpeech) -> String {
        switch tag {
        case .determiner, .possessive, .adjective, .noun, .properNoun, .number, .gerund: "noun phrase"
        default: "\(tag)"
        }
    }
}
