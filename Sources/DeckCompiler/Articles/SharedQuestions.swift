/// Drops typed questions that the deck asks twice with different answers. "What is used to kill cancer cells?"
/// drawn from two sentences (one naming X-rays, one naming medicines) has no one answer, so neither card is.
/// Definitions are exempt: two sentences that each say what a term is give two right answers to one question.
enum SharedQuestions {
    static let exempt: Set<Candidate.Rule> = [.copulaDefinition, .definition, .naming]

    /// The candidates whose question no other candidate asks with a different answer, and the ones left out.
    static func split(_ candidates: [Candidate]) -> (kept: [Candidate], shared: [Candidate]) {
        var answersByQuestion: [String: Set<String>] = [:]
        for candidate in candidates where candidate.card.type == .basic && !exempt.contains(candidate.rule) {
            let answers = candidate.card.answers.map(\.normalizedForIdentity).sorted().joined(separator: "|")
            answersByQuestion[QualityFilter.words(candidate.card.prompt), default: []].insert(answers)
        }
        var kept: [Candidate] = []
        var shared: [Candidate] = []
        for candidate in candidates {
            if candidate.card.type == .basic, !exempt.contains(candidate.rule), answersByQuestion[QualityFilter.words(candidate.card.prompt), default: []].count > 1 {
                shared.append(candidate)
            } else {
                kept.append(candidate)
            }
        }
        return (kept, shared)
    }
}
