/// Cause and effect: "X because Y" → "X. Why?"; "X can cause Y", "X leads to Y", "X results in Y" →
/// "What can X cause?"; "Y as a result of X" and "Y is caused by X" → "What causes Y?".
enum CauseEffectRule {
    private static let causeVerbs: [[String]] = [
        ["can", "cause"], ["may", "cause"], ["causes"], ["cause"], ["can", "lead", "to"], ["may", "lead", "to"],
        ["leads", "to"], ["lead", "to"], ["results", "in"], ["can", "result", "in"], ["also", "can", "cause"],
        ["can", "also", "cause"], ["often", "cause"], ["can", "trigger"], ["triggers"],
    ]
    private static let causedBy: [[String]] = [["is", "caused", "by"], ["are", "caused", "by"], ["as", "a", "result", "of"], ["due", "to"]]

    private static let clauseOpeners: Set<String> = ["because", "if", "when", "unless", "which"]

    static func candidates(_ context: RuleContext) -> [Candidate] {
        because(context) + causes(context) + causedByCards(context)
    }

    /// "Bone metastases cause pain because the tumors stretch…" → "Bone metastases cause pain. Why?"
    private static func because(_ context: RuleContext) -> [Candidate] {
        let sentence = context.sentence
        guard let at = sentence.find(["because"]), at >= 3, sentence.words.count - at - 1 >= 3 else { return [] }
        let effect = sentence.phrase(0..<at).trimming(" ,")
        let reason = sentence.phrase((at + 1)..<sentence.words.count)
        guard reason.spaceSeparatedCount <= 25 else { return [] }
        return [context.candidate(.basic, prompt: effect.capitalizedFirst + ". Why?", answers: [reason],
                                  rule: .causeEffect, confidence: 0.7)]
    }

    /// "Hypercalcemia can cause confusion and thirst." → "What can hypercalcemia cause?"
    private static func causes(_ context: RuleContext) -> [Candidate] {
        let sentence = context.sentence
        for pattern in causeVerbs {
            guard let at = sentence.find(pattern), at >= 1, at <= 8 else { continue }
            guard sentence.isOnePhrase(wordCount: at) else { return [] }
            let cause = sentence.phrase(0..<at)
            // The effect runs to the end of its clause, or up to a word that opens the next one.
            var end = sentence.words.count
            if let cut = ((at + pattern.count)..<sentence.words.count).first(where: {
                sentence.endsClause(at: $0) || clauseOpeners.contains(sentence.keys[$0])
            }) {
                end = clauseOpeners.contains(sentence.keys[cut]) ? cut : cut + 1
            }
            let effect = sentence.phrase((at + pattern.count)..<end)
            guard effect.spaceSeparatedCount >= 1 else { return [] }
            let verb = pattern.contains("lead") ? "lead to" : pattern.contains("result") ? "result in" : "cause"
            return [context.candidate(.basic, prompt: "What can \(cause.lowercasedFirst) \(verb)?", answers: [effect],
                                      rule: .causeEffect, confidence: 0.65)]
        }
        return []
    }

    /// "Broken bones, as a result of weakening" → "What causes broken bones?"; "X is caused by Y" likewise.
    private static func causedByCards(_ context: RuleContext) -> [Candidate] {
        let sentence = context.sentence
        for pattern in causedBy {
            guard let at = sentence.find(pattern), at >= 1, at <= 8 else { continue }
            let effect = sentence.phrase(0..<at).trimming(" ,")
            var end = sentence.words.count
            if let cut = ((at + pattern.count)..<sentence.words.count).first(where: { sentence.endsClause(at: $0) }) { end = cut + 1 }
            let cause = sentence.phrase((at + pattern.count)..<end)
            guard !cause.isEmpty, sentence.isOnePhrase(wordCount: at) else { return [] }
            return [context.candidate(.basic, prompt: "What causes \(effect.lowercasedFirst)?", answers: [cause],
                                      rule: .causeEffect, confidence: 0.6)]
        }
        return []
    }
}
