/// "Bone pain is usually worse at night." A short statement with one word of direction in it (more, higher,
/// worse, increases), asked with that word turned to its opposite, so its answer is False: the page says the
/// opposite. A comparison within a group ("certain cancers are more likely to spread") stays unasked, since
/// some of the group are less likely too and the flip would be true; so does one that hedges both ways.
enum ComparativeFlip {
    /// Each word of direction and its opposite.
    static let opposites: [String: String] = [
        "more": "less", "less": "more", "higher": "lower", "lower": "higher", "worse": "better", "better": "worse",
        "increase": "reduce", "increases": "reduces", "increased": "reduced", "reduce": "increase", "reduces": "increases",
        "reduced": "increased", "raise": "lower", "raises": "lowers",
    ]
    /// Subjects that name part of a group, of which the opposite is true as well.
    private static let partial: Set<String> = ["certain", "some", "many", "most", "other", "several", "few", "one", "each", "any"]

    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        guard clause.opener == nil, !clause.isNegated, !clause.isImperative, clause.condition == nil, (2...12).contains(clause.rest.count),
              let subject = context.subjectText, !["you", "we", "i", "it", "they", "this"].contains(subject.lowercased()),
              let first = subject.lowercased().spaceSeparated.first, !partial.contains(String(first)) else { return [] }
        let span = clause.verb.lowerBound..<clause.range.upperBound
        // "more or less", "either more or less", "than others": hedged or relative to its own group.
        guard !span.contains(where: { ["or", "than", "either", "neither", "compared", "unlike", "but"].contains(tokens[$0].key) })
        else { return [] }
        let turned = span.filter { index in
            guard opposites[tokens[index].key] != nil else { return false }
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            switch tokens[index].key {
            case "more", "less":
                // "more common", "less likely": a degree of a quality; "more pain" is an amount, flipped to nonsense.
                return next.map { $0.tag == .adjective || $0.tag == .adverb || $0.key == "likely" } ?? false
            case "increase", "increases", "increased", "reduce", "reduces", "reduced", "raise", "raises":
                return tokens[index].tag.isVerb
            default:
                // "can (also) lower your blood pressure", "lower the number": a verb, whose opposite is no "higher".
                let previous = tokens[..<index].last { $0.tag != .adverb }
                return !clause.verb.contains(index) && !tokens[index].tag.isVerb
                    && previous.map { $0.tag != .modal && $0.tag != .to } ?? true
                    && !(next.map { [.determiner, .possessive].contains($0.tag) } ?? false)
            }
        }
        guard turned.count == 1, let index = turned.first, let opposite = opposites[tokens[index].key] else { return [] }
        let before = passage.text(clause.verb.lowerBound..<index)
        let after = passage.text((index + 1)..<clause.range.upperBound)
        let statement = [subject.capitalizedFirst, before, opposite, after].filter { !$0.isEmpty }.joined(separator: " ")
            .replacingSpacesBeforePunctuation().trimming(" ,;–-") + "."
        return [context.candidate(.truefalse, prompt: statement, answers: ["False"], template: .comparativeFlip, prior: 0.55,
                                  truth: false)]
    }
}
