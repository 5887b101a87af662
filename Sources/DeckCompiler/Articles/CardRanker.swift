import PearlsCore

/// Ranks every candidate by its features and keeps the best within the budget: at most two cards a clause,
/// and one card per 15 words of content, at least 5 and at most 32 an article. The budget is the deck's, not
/// each article's: when several articles cover one subject, the best cards of all of them fill it, so a fact
/// that one article states better or that several state is not crowded out by a weaker one kept only because
/// its article had room left.
enum CardRanker {
    /// Words of input per card the deck may hold.
    static let wordsPerCard = 15
    /// The fewest cards a deck may hold, so a short note still gets its main facts.
    static let minimumBudget = 5
    /// Cards kept from one clause.
    static let perClause = 2

    /// The most cards one article gives, however long: a patient page states a few dozen facts worth a card.
    static let perArticle = 32

    /// Words of a statement that judges rather than informs.
    static let judgements = ["serious", "dangerous", "important", "more likely", "key part", "vulnerable", "successfully",
                             "can be hard", "is crucial", "are crucial"]

    /// The deck's budget: one card per 15 words of all its articles' content, at least 5 and at most 32 an
    /// article.
    static func budget(wordsByFile: [String: Int]) -> Int {
        let words = wordsByFile.values.reduce(0, +)
        let files = max(1, wordsByFile.count)
        return min(perArticle * files, max(minimumBudget * files, words / wordsPerCard))
    }

    static func rank(_ candidates: [Candidate], wordsByFile: [String: Int], salientWords: Set<String>) -> (kept: [Candidate], dropped: [Candidate]) {
        var scored = candidates.map { candidate -> Candidate in
            var candidate = candidate
            var features = RankFeatures()
            features.prior = candidate.confidence
            // A true statement that only judges ("X can be very serious") is answered "true" by anyone.
            if candidate.card.type == .truefalse, Self.judgements.contains(where: candidate.card.prompt.lowercased().contains) {
                features.prior *= 0.6
            }
            let answerWords = candidate.card.answers.first?.spaceSeparatedCount ?? 0
            // A definition, a list, a reason or an instruction is as long as it needs to be; other typed answers
            // should be short.
            let lengthExempt: Set<Candidate.Rule> = [.leadInList, .copulaDefinition, .definition, .naming, .reason,
                                                     .purposeClause, .conditionAdvice, .inlineList]
            if candidate.card.type == .basic || candidate.card.type == .cloze, !lengthExempt.contains(candidate.rule) {
                features.answerLength = answerWords <= 4 ? 1 : max(0.5, 1 - 0.04 * Double(answerWords - 4))
            }
            let words = candidate.sentence.spaceSeparated.map { Sentence.singular(Sentence.key($0)) }
                .filter { $0.count >= 4 && !Stopwords.english.contains($0) }
            let salient = words.isEmpty ? 0 : Double(words.count { salientWords.contains($0) }) / Double(words.count)
            features.salience = 0.7 + 0.6 * salient
            features.position = 1 - 0.2 * candidate.position
            features.resolution = candidate.subjectResolved ? 0.9 : 1
            features.sources = 1 + 0.3 * Double(candidate.files.count - 1)
            candidate.features = features
            candidate.score = features.score
            return candidate
        }
        let order = scored.indices.sorted { scored[$0].score > scored[$1].score || (scored[$0].score == scored[$1].score && $0 < $1) }
        var left = budget(wordsByFile: wordsByFile)
        var perClause: [String: Int] = [:]
        var keep = Set<Int>()
        // A typed answer the deck already asks for ("100.4°F or 38.0°C" from the definition and again from the
        // advice) teaches it twice: such a card waits until every card with a new answer has had its turn.
        var taught = Set<String>()
        // Likewise a clause's second card whose answer is part of its first's, or holds it ("What is a fever…?
        // A temperature of 38.0°C or more" and "…a temperature of [...]": "38.0°C or more"): one fact, asked twice.
        // The part must be at least two fifths of the whole.
        var clauseAnswers: [String: [Set<String>]] = [:]
        var repeated: [Int] = []
        func clause(_ index: Int) -> String { scored[index].clauseKey.isEmpty ? scored[index].sentence : scored[index].clauseKey }
        func take(_ index: Int) {
            let key = clause(index)
            guard left > 0, perClause[key, default: 0] < Self.perClause else { return }
            perClause[key, default: 0] += 1
            left -= 1
            keep.insert(index)
            if let answer = Self.typedAnswer(scored[index]) { taught.insert(answer) }
            if let words = Self.typedAnswerWords(scored[index]) { clauseAnswers[key, default: []].append(words) }
        }
        func restates(_ index: Int) -> Bool {
            guard let words = Self.typedAnswerWords(scored[index]) else { return false }
            // A long answer that mentions the short one in passing states more than it: both may stay.
            return clauseAnswers[clause(index), default: []].contains { kept in
                let (small, large) = kept.count <= words.count ? (kept, words) : (words, kept)
                return small.isSubset(of: large) && 5 * small.count >= 2 * large.count
            }
        }
        for index in order where left > 0 {
            if let answer = Self.typedAnswer(scored[index]), taught.contains(answer) || restates(index) {
                repeated.append(index)
            } else {
                take(index)
            }
        }
        for index in repeated where left > 0 { take(index) }
        // A true statement beside another card of its own sentence only says that sentence again, and a reader
        // calls it true without knowing anything (blind review 18): it gives its place to the next card. One under
        // a condition ("If you are pregnant, your body is more vulnerable…") ties the two together, which a card
        // asking for either side does not.
        // The sentence, not only the clause key, says which cards go together: the older sentence rules key their
        // cards by sentence ("What is the primary treatment…?" beside "The primary treatment … is …": True).
        func restatesAKeptCard(_ index: Int) -> Bool {
            let card = scored[index].card
            guard card.type == .truefalse, card.correct == [0], !Self.opensOnCondition(card.prompt) else { return false }
            return keep.contains { other in
                // Beside its own sentence turned false, the pair would answer each other.
                other != index && (clause(other) == clause(index) || scored[other].card.rationale == card.rationale)
                    && (scored[other].card.type != .truefalse || scored[other].card.correct == [1])
            }
        }
        let restated = keep.filter(restatesAKeptCard)
        if !restated.isEmpty {
            keep.subtract(restated)
            left += restated.count
            for index in restated { perClause[clause(index), default: 1] -= 1 }
            for index in order where left > 0 && !keep.contains(index) && !restated.contains(index) && !restatesAKeptCard(index) {
                take(index)
            }
        }
        var kept: [Candidate] = []
        var dropped: [Candidate] = []
        for index in scored.indices {
            if keep.contains(index) { kept.append(scored[index]) } else { dropped.append(scored[index]) }
        }
        scored.removeAll()
        return (kept, dropped)
    }

    /// Whether a statement opens on its condition, after its topic label if any ("Sepsis: if you're pregnant, …").
    static func opensOnCondition(_ prompt: String) -> Bool {
        let lowered = prompt.lowercased()
        return ["if ", "when "].contains { lowered.hasPrefix($0) || lowered.containsBytes(": " + $0) }
    }

    /// The words of a typed or gap card's answers, without function words; `nil` for a choice card or when none
    /// is left.
    static func typedAnswerWords(_ candidate: Candidate) -> Set<String>? {
        guard [.basic, .cloze].contains(candidate.card.type), !candidate.card.answers.isEmpty else { return nil }
        // A list's items together: "paracetamol | ibuprofen" asks what "such as [...]" does.
        let answer = candidate.card.answers.joined(separator: " ")
        let words = Set(answer.spaceSeparated.map { Sentence.singular(Sentence.key($0)) }.filter { !$0.isEmpty && !Stopwords.english.contains($0) })
        return words.isEmpty ? nil : words
    }

    /// A typed or gap card's answer, as compared with the others'; `nil` for a choice or true/false card.
    static func typedAnswer(_ candidate: Candidate) -> String? {
        guard [.basic, .cloze].contains(candidate.card.type), let answer = candidate.card.answers.first else { return nil }
        return answer.normalizedForIdentity
    }
}
