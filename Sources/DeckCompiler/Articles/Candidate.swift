import PearlsCore

/// A card the generator proposes, with what it needs to be explained, merged, filtered and ranked.
public struct Candidate: Sendable {
    /// The rule that made a candidate; each lives in its own file under Articles/Rules.
    public enum Rule: String, Sendable, CaseIterable, Codable {
        case definition, superlative, route, labelledItem = "labelled-item"
        case copulaDefinition = "copula-definition", property, verbRelation = "verb-relation",
            conditionAdvice = "condition-advice", reason, quantity, leadInList = "lead-in-list", cloze,
            coordination, conditionFact = "condition-fact", purposeClause = "purpose-clause", naming,
            inlineList = "inline-list", negationFlip = "negation-flip", means,
            comparativeFlip = "comparative-flip"
    }

    /// The proposed card (its id is assigned once the card is final).
    public var card: Card
    public var rule: Rule
    /// The sentence (or list) the card was made from, as the article has it.
    public var sentence: String
    /// How sure the rule is that the card is sound, 0…1.
    public var confidence: Double
    /// The importance used for ranking; set by the ranker.
    public var score: Double = 0
    /// Where in the first article the fact sits, 0 (top) … 1 (bottom).
    var position: Double = 0
    /// The title of the page the card was read from: the topic to show instead of a section heading that gives
    /// the card's answer away ("When to see your GP" over "…what should you do? See your GP").
    var pageTitle = ""
    /// The sentence and clause the card was read from; the ranker keeps at most two cards a clause.
    var clauseKey = ""
    /// Whether a pronoun subject was replaced by what it refers to.
    var subjectResolved = false
    /// The ranking features, for `--explain`.
    public var features = RankFeatures()

    init(card: Card, rule: Rule, sentence: String, confidence: Double) {
        self.card = card
        self.rule = rule
        self.sentence = sentence
        self.confidence = confidence
    }

    /// The files the fact was found in.
    public var files: Set<String> { Set(card.source.map(\.file)) }
}

/// What a rule sees: the sentence, the one before it, its block, and the terms the input names.
struct RuleContext {
    let sentence: Sentence
    let previous: Sentence?
    let block: ArticleBlock
    let file: String
    let siblings: SiblingTerms

    /// A card from this place in the article, tagged with its rule.
    func card(_ type: CardType, prompt: String, answers: [String], rule: Candidate.Rule,
              options: [String]? = nil, correct: [Int]? = nil) -> Card {
        Card(id: CardID(""), type: type, prompt: prompt,
             answers: answers.map { type.isChoice ? $0 : $0.trimming(" .,;:\"'") }, options: options, correct: correct,
             rationale: sentence.text, topic: block.topic, tags: ["generated", rule.rawValue],
             source: [Provenance(file: file, line: block.line)])
    }

    func candidate(_ type: CardType, prompt: String, answers: [String], rule: Candidate.Rule,
                   confidence: Double, options: [String]? = nil, correct: [Int]? = nil) -> Candidate {
        Candidate(card: card(type, prompt: prompt, answers: answers, rule: rule, options: options, correct: correct),
                  rule: rule, sentence: sentence.text, confidence: confidence)
    }
}

extension String {
    /// The text with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// The text with its first letter in lower case, unless the first word is an acronym or a name-like "X-ray".
    var lowercasedFirst: String {
        let first = prefix { $0 != " " }
        if first.count > 1, first.dropFirst().contains(where: \.isUppercase) { return self }
        return prefix(1).lowercased() + dropFirst()
    }

    /// "Systemic Cancer Treatments include…" → "systemic cancer treatments include…": the text with its first letter
    /// in lower case and, when it opens in Title Case (a heading's words made into a sentence), the rest of that
    /// opening too. A word the word lists do not know (a name) ends the opening, and one first keeps it as it is.
    var lowercasedOpening: String {
        var words = split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let isTitleWord = { (word: String) in
            guard let first = word.first, first.isUppercase, word.count > 1, !word.dropFirst().contains(where: \.isUppercase) else { return false }
            let key = Sentence.key(Substring(word))
            return Lexicon.english.tag(of: key) != nil || GluedWords.nouns.contains(Sentence.singular(key))
        }
        let run = words.prefix { isTitleWord($0) }.count
        guard run >= 2 else { return lowercasedFirst }
        for index in 0..<run { words[index] = words[index].lowercased() }
        return words.joined(separator: " ")
    }
}
