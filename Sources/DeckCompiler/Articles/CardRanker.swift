import PearlsCore

/// Ranks every candidate by its features and keeps the best within the budget: at most two cards a clause,
/// and from each article one card per 15 words of its content, at least 5 and at most 32.
enum CardRanker {
    /// Words of input per card the deck may hold.
    static let wordsPerCard = 15
    /// The fewest cards a deck may hold, so a short note still gets its main facts.
    static let minimumBudget = 5
    /// Cards kept from one clause.
    static let perClause = 2

    /// The most cards one article gives, however long: a patient page states a few dozen facts worth a card.
    static let perArticle = 36

    /// The budget of an article with `words` words of content.
    static func budget(forWords words: Int) -> Int { min(perArticle, max(minimumBudget, words / wordsPerCard)) }

    static func rank(_ candidates: [Candidate], wordsByFile: [String: Int], salientWords: Set<String>) -> (kept: [Candidate], dropped: [Candidate]) {
        var scored = candidates.map { candidate -> Candidate in
            var candidate = candidate
            var features = RankFeatures()
            features.prior = candidate.confidence
            let answerWords = candidate.card.answers.first?.spaceSeparatedCount ?? 0
            // A definition or a list is as long as it needs to be; other typed answers should be short.
            let lengthExempt: Set<Candidate.Rule> = [.leadInList, .copulaDefinition, .definition, .naming]
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
        var left = wordsByFile.mapValues(budget(forWords:))
        var perClause: [String: Int] = [:]
        var keep = Set<Int>()
        for index in order {
            let file = scored[index].card.source.first?.file ?? ""
            guard left[file, default: minimumBudget] > 0 else { continue }
            let key = scored[index].clauseKey.isEmpty ? scored[index].sentence : scored[index].clauseKey
            guard perClause[key, default: 0] < Self.perClause else { continue }
            perClause[key, default: 0] += 1
            left[file, default: minimumBudget] -= 1
            keep.insert(index)
        }
        var kept: [Candidate] = []
        var dropped: [Candidate] = []
        for index in scored.indices {
            if keep.contains(index) { kept.append(scored[index]) } else { dropped.append(scored[index]) }
        }
        scored.removeAll()
        return (kept, dropped)
    }
}
