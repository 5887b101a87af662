/// "There are two main types of stroke." followed by "Ischaemic strokes happen when…" and "Haemorrhagic strokes
/// happen when…": a count the page announces, and the kinds it then names one by one, in the paragraphs,
/// items or headings after it. One card asks for them all ("What are the two main types of stroke? Name 2."),
/// made only when exactly as many kinds as announced are found.
enum AnnouncedTypes {
    /// The announcement in `text`: how many, and the head noun of the kind ("stroke").
    static func announcement(_ text: String) -> (count: Int, noun: String, phrase: String)? {
        let words = text.lowercased().trimming(" .:").spaceSeparated.map(String.init)
        guard words.count >= 5, words.count <= 9, words[0] == "there", ["are", "is"].contains(words[1]),
              let count = numbers[words[2]] else { return nil }
        var index = 3
        while index < words.count, ["main", "different", "common", "major", "basic"].contains(words[index]) { index += 1 }
        guard index + 2 < words.count, ["types", "kinds", "forms"].contains(words[index]), words[index + 1] == "of" else { return nil }
        let noun = words[(index + 2)...].joined(separator: " ")
        guard noun.spaceSeparatedCount <= 3 else { return nil }
        return (count, noun, words[3..<words.count].joined(separator: " "))
    }

    /// The kinds named after the announcement: texts (sentences or headings) that open with one to three
    /// words and then the kind's noun ("Ischaemic strokes", "Type 2 diabetes"), each kind once, in order.
    static func kinds(of noun: String, in texts: some Sequence<String>, limit: Int) -> [String] {
        let head = Sentence.singular(noun.spaceSeparated.last.map(String.init) ?? noun)
        var found: [String] = []
        for text in texts {
            let words = text.spaceSeparated.prefix(5).map { String($0) }
            guard let at = words.firstIndex(where: { Sentence.singular(Sentence.key($0[...])) == head }), (1...3).contains(at) else { continue }
            let modifier = words[..<at].joined(separator: " ").trimming(" ,:;")
            guard !["the", "a", "an", "this", "these", "some", "other", "most", "all", "many", "both"]
                .contains(words[0].lowercased()) else { continue }
            let kind = modifier.lowercased()
            if !found.contains(kind) { found.append(kind) }
            if found.count > limit { return [] }
        }
        return found
    }

    /// "There are 2 shingles vaccines, Zostavax and Shingrix.": a count and the things counted, named in the same
    /// sentence after a comma or a colon, asked together ("What are the 2 shingles vaccines? Name both."). `nil`
    /// unless as many are named as announced.
    static func inline(_ context: ClauseContext) -> Candidate? {
        let passage = context.passage
        let tokens = passage.tokens
        guard context.index == 0, tokens.count >= 8, tokens[0].key == "there", ["are", "is"].contains(tokens[1].key),
              let count = numbers[tokens[2].key],
              let mark = tokens.indices.first(where: { [",", ":"].contains(tokens[$0].key) }), (4...7).contains(mark) else { return nil }
        let counted = 3..<mark
        // "2 medicines for flare-ups": a noun phrase, perhaps with a prepositional phrase after its head.
        guard counted.allSatisfy({ [.noun, .adjective, .properNoun, .determiner].contains(tokens[$0].tag)
                  || tokens[$0].tag == .preposition && $0 > counted.lowerBound && $0 < mark - 1 }),
              tokens[mark - 1].tag == .noun else { return nil }
        let end = tokens.lastIndex { $0.key != "." } .map { $0 + 1 } ?? tokens.count
        var items: [String] = []
        var start = mark + 1
        for at in (mark + 1)...end where at == end || [",", "and", "or"].contains(tokens[at].key) {
            if at > start { items.append(passage.text(start..<at)) }
            start = at + 1
        }
        guard items.count == count, items.allSatisfy({ $0.spaceSeparatedCount <= 4 }) else { return nil }
        return ListRecall.card("What are the \(tokens[2].key) \(passage.text(counted))?", items: items, context: context,
                               template: .inlineList, prior: 0.85, clauseKey: passage.text + "#counted")
    }

    static let numbers: [String: Int] = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4,
                                         "5": 5, "6": 6]
}
