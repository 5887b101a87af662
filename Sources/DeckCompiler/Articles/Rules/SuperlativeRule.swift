/// Superlatives and best-method statements: "MRI is the best method of detecting…", "The most common symptom
/// is…". Makes a multiple-choice card whose distractors are other terms of the answer's kind in the input
/// (other tests for a test), or a basic card when the input names too few.
enum SuperlativeRule {
    private static let markers: [[String]] = [
        ["the", "best"], ["the", "most"], ["the", "main"], ["the", "primary"], ["the", "first"], ["the", "leading"],
        ["the", "preferred"], ["the", "least"], ["the", "biggest"], ["the", "largest"], ["the", "commonest"],
    ]
    private static let adverbs: Set<String> = ["usually", "often", "generally", "typically", "commonly", "still", "also"]

    /// Whether a predicate opens with a superlative ("the best…"), which this rule asks about instead.
    static func opensSuperlative(_ keys: [String]) -> Bool {
        markers.contains { keys.starts(with: $0) }
    }

    static func candidates(_ context: RuleContext) -> [Candidate] {
        let sentence = context.sentence
        let keys = sentence.keys
        guard let verb = keys.firstIndex(where: { $0 == "is" || $0 == "are" }), verb >= 1, verb + 3 < keys.count else { return [] }
        let verbWord = keys[verb]
        var after = verb + 1
        var adverb: String?
        if adverbs.contains(keys[after]) { adverb = keys[after]; after += 1 }
        var subjectEnd = verb
        if adverbs.contains(keys[verb - 1]) { adverb = keys[verb - 1]; subjectEnd -= 1 }
        let subjectStartsSuperlative = opensSuperlative(Array(keys[0...])) || keys.prefix(subjectEnd).contains("most")
        let predicateSuperlative = opensSuperlative(Array(keys[after...]))
        // "Most are harmless": "most" alone is a quantifier of something said before, no superlative.
        guard subjectStartsSuperlative != predicateSuperlative, subjectEnd >= 1, !(subjectEnd == 1 && ["most", "least"].contains(keys[0])),
              !Sentence.pronouns.contains(keys[0]) || subjectStartsSuperlative else { return [] }
        let question: String
        let answer: String
        if predicateSuperlative {
            // "X is the best method of Y." → "What is the best method of Y?"
            guard subjectEnd <= 10, sentence.isOnePhrase(wordCount: subjectEnd),
                  keys[0] != "one" else { return [] }
            answer = sentence.phrase(0..<subjectEnd)
            let rest = sentence.phrase(after..<keys.count)
            // "Bones in the centre of the body are the most prone to…": a superlative with no noun of its own asks
            // which of the subject's kind ("Which bones are the most prone to…?").
            let degree = after + 2
            let nounless = ["most", "least"].contains(keys[after + 1]) && degree < keys.count
                && (degree + 1 == keys.count || Self.afterPredicate.contains(keys[degree + 1]))
            let head = keys[0..<subjectEnd].prefix { !Self.afterPredicate.contains($0) }.last
            if nounless, let head, keys[0..<subjectEnd].count > 1 || head != keys[0] {
                question = "Which \(head) \(verbWord) \(adverb.map { $0 + " " } ?? "")\(rest)?"
            } else if nounless {
                return []
            } else {
                question = "What \(verbWord) \(adverb.map { $0 + " " } ?? "")\(rest)?"
            }
        } else {
            // "The most common symptom is X." → "What is the most common symptom?"
            guard keys.count - after <= 25 else { return [] }
            let subject = sentence.phrase(0..<subjectEnd)
            answer = sentence.phrase(after..<keys.count)
            question = "What \(verbWord) \(adverb.map { $0 + " " } ?? "")\(subject.lowercasedFirst)?"
        }
        let correct = answer.trimming("\"'")
        let term = TermKind.mentions(in: Sentence(correct)).first
        let kind = TermKind.of(correct) ?? term?.kind
        let shortAnswer = abbreviationIn(correct) ?? correct
        if let kind, shortAnswer.spaceSeparatedCount <= 5 {
            let distractors = context.siblings.distractors(kind: kind, excluding: [correct, shortAnswer], limit: 3,
                                                           seed: question, unlistedOnly: false)
            if distractors.count >= 2 {
                let options = StableOrder.shuffled([shortAnswer.capitalizedFirst] + distractors, seed: question)
                if let index = options.firstIndex(of: shortAnswer.capitalizedFirst) {
                    return [context.candidate(.mcq, prompt: question, answers: [options[index]], rule: .superlative,
                                              confidence: 0.8, options: options, correct: [index])]
                }
            }
        }
        var answers = [correct]
        if shortAnswer != correct { answers.append(shortAnswer) }
        return [context.candidate(.basic, prompt: question, answers: answers, rule: .superlative, confidence: 0.7)]
    }

    /// Words that follow an adjective standing alone ("prone to", "likely in", "common among").
    private static let afterPredicate: Set<String> = ["to", "in", "for", "of", "at", "by", "with", "than", "among", "after", "during"]

    /// "A magnetic resonance imaging (MRI) exam" → "MRI".
    private static func abbreviationIn(_ text: String) -> String? {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let inside = text[text.index(after: open)..<close]
        return (2...6).contains(inside.count) && inside.allSatisfy({ $0.isUppercase || $0.isNumber }) ? String(inside) : nil
    }
}
