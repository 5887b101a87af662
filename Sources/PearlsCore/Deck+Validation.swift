extension Deck {
    /// The first structural problem of a decoded deck, as (JSON path, reason), or `nil` when it is sound.
    ///
    /// Deck JSON can be written by other tools; this catches what would otherwise break later:
    /// duplicate ids, empty prompts, choice items whose `correct` indices miss their `options`.
    public func firstStructuralProblem() -> (path: String, reason: String)? {
        var seen: Set<CardID> = []
        for (index, card) in cards.enumerated() {
            let path = "cards[\(index)]"
            if card.id.rawValue.isEmpty { return (path + ".id", "is empty") }
            if !CardID.isWellFormed(card.id.rawValue) {
                return (path + ".id", "'\(card.id.rawValue.sanitizedForTerminal())' is not a card id "
                        + "(letters, digits, '.', '_' or '-', starting with a letter or digit, at most 128)")
            }
            if !seen.insert(card.id).inserted { return (path + ".id", "'\(card.id)' is used by an earlier card") }
            if card.prompt.isEmpty { return (path + ".prompt", "is empty") }
            if card.type.isChoice {
                guard let options = card.options, options.count >= 2 else {
                    return (path + ".options", "a \(card.type.rawValue) card needs at least two options")
                }
                guard options.count <= Card.maximumOptions else {
                    return (path + ".options", "has \(options.count) options; the most is \(Card.maximumOptions) (a to z)")
                }
                guard let correct = card.correct, !correct.isEmpty else {
                    return (path + ".correct", "a \(card.type.rawValue) card needs at least one correct option")
                }
                if let bad = correct.first(where: { !options.indices.contains($0) }) {
                    return (path + ".correct", "index \(bad) is outside the \(options.count) options")
                }
                if card.type != .sata && correct.count != 1 {
                    return (path + ".correct", "a \(card.type.rawValue) card has exactly one correct option")
                }
            } else if card.type != .teach && card.answers.isEmpty {
                return (path + ".answers", "a \(card.type.rawValue) card needs at least one answer")
            }
            if let needed = card.needed {
                if card.type != .basic { return (path + ".needed", "only a basic card asks for several answers") }
                if !(1...card.answers.count).contains(needed) {
                    return (path + ".needed", "asks for \(needed) answers of the \(card.answers.count) it accepts")
                }
            }
        }
        return nil
    }
}
