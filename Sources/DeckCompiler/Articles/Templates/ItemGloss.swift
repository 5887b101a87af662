/// A list item written "Term – what it is" ("Anaemia – a lack of red blood cells"): the term, and its gloss.
struct ItemGloss: Equatable {
    var term: String
    var gloss: String

    /// `nil` when the item has no dash or colon after a short term.
    init?(_ item: String) {
        for separator in [" – ", " — ", " - ", ": "] {
            guard let range = item.rangeOfBytes(separator) else { continue }
            let term = item[..<range.lowerBound].trimming(" ")
            let gloss = item[range.upperBound...].trimming(" .")
            guard (1...6).contains(term.spaceSeparatedCount), gloss.spaceSeparatedCount >= 2 else { return nil }
            // "the cough doesn't go away - it can be dry": a clause before the dash is no term the rest explains.
            guard !Self.isClause(String(term)) else { return nil }
            self.term = term
            self.gloss = gloss
            return
        }
        return nil
    }

    /// Whether `text` says something of its own (an inflected verb, a modal, "not") rather than naming a thing:
    /// "the cough doesn't go away" is a clause, "a dry cough" is not.
    static func isClause(_ text: String) -> Bool {
        Passage(text).tokens.contains { [.verbPresent3, .verbPast, .auxiliary, .modal, .negation].contains($0.tag) }
    }
}
