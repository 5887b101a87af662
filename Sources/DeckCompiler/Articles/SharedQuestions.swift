/// Drops typed questions that the deck asks twice with different answers. "What is used to kill cancer cells?"
/// drawn from two sentences (one naming X-rays, one naming medicines) has no one answer, so neither card is.
/// A gap shown twice ("Gout can also lead to [...].") with two answers is the same: both fit it.
/// Definitions are exempt: two sentences that each say what a term is give two right answers to one question.
enum SharedQuestions {
    static let exempt: Set<Candidate.Rule> = [.copulaDefinition, .definition, .naming]

    /// The candidates whose question no other candidate asks with a different answer, and the ones left out.
    static func split(_ candidates: [Candidate]) -> (kept: [Candidate], shared: [Candidate]) {
        var answersByQuestion: [String: Set<String>] = [:]
        for candidate in candidates where asksInWords(candidate) {
            let answers = candidate.card.answers.map(\.normalizedForIdentity).sorted().joined(separator: "|")
            answersByQuestion[key(candidate), default: []].insert(answers)
        }
        var kept: [Candidate] = []
        var shared: [Candidate] = []
        for candidate in candidates {
            if asksInWords(candidate), answersByQuestion[key(candidate), default: []].count > 1 {
                shared.append(candidate)
            } else {
                kept.append(candidate)
            }
        }
        return (kept, shared)
    }

    /// A question by its words; a gap by its exact text, where a number that differs makes it another gap.
    private static func key(_ candidate: Candidate) -> String {
        candidate.card.type == .cloze ? "cloze " + candidate.card.prompt.lowercased() : QualityFilter.words(candidate.card.prompt)
    }

    /// A typed question or a gap, not a definition.
    private static func asksInWords(_ candidate: Candidate) -> Bool {
        [.basic, .cloze].contains(candidate.card.type) && !exempt.contains(candidate.rule)
    }
}
