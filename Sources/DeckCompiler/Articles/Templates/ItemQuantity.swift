/// A quantity inside a short list item ("not passing urine for eight hours" among the signs of severe
/// dehydration): the list card asks for the item, so the number in it is asked on its own, with the list's
/// name saying what the item belongs to: "Signs of severe dehydration include not passing urine for [...]."
enum ItemQuantity {
    /// `question` is the list's own ("What are the signs of X?"); `items` its items.
    static func candidates(items: [ArticleBlock], question: String, context: ClauseContext) -> [Candidate] {
        guard question.hasSuffix("?"), !question.contains(" Name "),
              let name = ["What are the ", "What are "].first(where: question.hasPrefix).map({ question.dropFirst($0.count).dropLast() }),
              name.spaceSeparatedCount <= 10 else { return [] }
        let lead = String(name).capitalizedFirst + " include"
        let leadCount = Passage(lead).tokens.count
        return items.flatMap { item -> [Candidate] in
            let text = item.text.trimming(" .;,")
            // An item that is a sentence of its own is read like one, quantities and all.
            guard let first = text.first, !(first.isUppercase && text.spaceSeparatedCount > 8), mayHoldNumber(text) else { return [] }
            let statement = Passage(lead + " " + text.lowercasedFirst + ".")
            guard statement.clauses.count == 1, statement.tokens.dropFirst(leadCount).contains(where: { $0.tag == .number }) else { return [] }
            var itemBlock = context.block
            itemBlock.line = item.line
            let itemContext = ClauseContext(passage: statement, clauses: statement.clauses, index: 0, antecedent: nil, block: itemBlock,
                                            file: context.file, siblings: context.siblings)
            // A number in the list's own name ("type 2 diabetes") is no part of the item.
            return QuantityCloze.candidates(itemContext).filter { $0.card.prompt.hasPrefix(lead + " ") }.map {
                var made = $0
                made.clauseKey = "quantity#" + item.text
                return made
            }
        }
    }

    /// Whether `text` may hold a number: a digit, or a word the lexicon calls one. Looked at before the parse, which
    /// costs far more, and most items hold none.
    static func mayHoldNumber(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
        if text.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) { return true }
        return text.lowercased().split { !$0.isLetter }.contains { Lexicon.english.tag(of: String($0)) == .number }
    }
}
