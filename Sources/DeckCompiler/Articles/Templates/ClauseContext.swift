import PearlsCore

/// What a template sees: one clause of a tagged sentence, the sentence's other clauses, what its pronouns
/// refer to, and where it sits in the article.
struct ClauseContext {
    let passage: Passage
    let clauses: [Clause]
    let index: Int
    /// The noun phrase "it", "they", "this" or "these N" stand for here: the previous clause's subject, else
    /// the section heading's noun phrase, else the page's subject. `nil` when nothing resolves.
    let antecedent: String?
    let block: ArticleBlock
    let file: String
    let siblings: SiblingTerms
    /// What the page is about (its title's noun phrase), when known.
    var pageSubject: String? = nil

    var clause: Clause { clauses[index] }

    /// The subject as a question can show it: the clause's own words, or its antecedent for a pronoun.
    /// `nil` when the subject is a pronoun nothing resolves.
    var subjectText: String? {
        let subject = clause.subject
        // "Our cancer experts provide…" is the site talking about itself, not a fact to learn.
        guard !subject.isEmpty, isNounPhrase(subject),
              !subject.contains(where: { Boilerplate.firstPersonPlural.contains(passage.tokens[$0].key) }) else { return nil }
        let first = passage.tokens[subject.lowerBound]
        if first.key == "it" || first.key == "it's", isExpletive { return nil }
        if Self.referringWords.contains(first.key) {
            // "this condition", "these cells": keep the noun, swap the pointer for "the".
            if subject.count > 1, first.key == "this" || first.key == "these" || first.key == "such" {
                return "the " + passage.text((subject.lowerBound + 1)..<subject.upperBound)
            }
            return antecedent
        }
        if first.key == "you" || first.key == "we" || first.key == "i" { return passage.text(subject) }
        return passage.text(subject)
    }

    /// "It is important to know…", "It can take weeks for…": an "it" that stands for what follows, not for
    /// anything said before.
    var isExpletive: Bool {
        let tokens = passage.tokens
        if clause.subject.count == 1, let verb = clause.verb.last, ["means", "mean", "seems", "looks"].contains(tokens[verb].key) {
            return true
        }
        guard clause.subject.count == 1, let first = clause.rest.first(where: { tokens[$0].tag != .adverb }) else { return false }
        let opensJudgement = tokens[first].tag == .adjective || ["a", "recommended", "advised", "best", "worth"].contains(tokens[first].key)
        if let verb = clause.verb.last, ["means", "mean", "seems", "looks"].contains(tokens[verb].key) { return true }
        return opensJudgement && clause.rest.prefix(6).contains { tokens[$0].tag == .to || tokens[$0].key == "that" }
    }

    /// Whether tokens `range` read as one noun phrase: no clause word inside, a noun-like word at the end.
    func isNounPhrase(_ range: Range<Int>) -> Bool {
        let tokens = passage.tokens
        guard let last = range.last else { return false }
        let inside: Set<PartOfSpeech> = [.wh, .subordinator, .modal, .verbPresent3, .verbPast, .negation, .to]
        guard !range.contains(where: { inside.contains(tokens[$0].tag) || tokens[$0].key == "," && range.count > 6 }),
              ![.preposition, .conjunction, .subordinator, .adverb].contains(tokens[range.lowerBound].tag) else { return false }
        return [.noun, .properNoun, .pronoun, .number, .gerund, .symbol].contains(tokens[last].tag)
            || tokens[last].key == ")" || tokens[last].key == "\""
    }

    /// "The cells", "the area": a definite article and one common noun point back to something the card
    /// would not name.
    var subjectIsVague: Bool {
        let subject = clause.subject
        guard subject.count == 2, !subjectIsResolved else { return false }
        let tokens = passage.tokens
        return ["the", "this", "that"].contains(tokens[subject.lowerBound].key) && tokens[subject.lowerBound + 1].tag == .noun
    }

    /// Whether the clause's subject was replaced by what it refers to.
    var subjectIsResolved: Bool {
        guard clauses.indices.contains(index), let first = clause.subject.first else { return false }
        return Self.referringWords.contains(passage.tokens[first].key)
    }

    static let referringWords: Set<String> = ["it", "they", "this", "these", "those", "such", "that", "its", "their"]

    /// The clause alone as a statement, subject resolved: "Sepsis can be hard to recognise at first."
    var statement: String? {
        guard let subject = subjectText else { return nil }
        let text = subject.capitalizedFirst + " " + passage.text(clause.verb.lowerBound..<clause.range.upperBound)
        return text.replacingSpacesBeforePunctuation().trimming(" ,;–-") + "."
    }

    /// The whole sentence with the clause's pronoun subject replaced by its antecedent.
    var resolvedSentence: String {
        guard subjectIsResolved, let subject = subjectText else { return passage.text }
        let before = passage.text(0..<clause.subject.lowerBound)
        let after = passage.text(clause.subject.upperBound..<passage.tokens.count)
        let shown = clause.subject.lowerBound == 0 ? subject.capitalizedFirst : subject
        return [before, shown, after].filter { !$0.isEmpty }.joined(separator: " ")
            .replacingSpacesBeforePunctuation()
    }

    func candidate(_ type: CardType, prompt: String, answers: [String], template: Candidate.Rule, prior: Double,
                   options: [String]? = nil, correct: [Int]? = nil, answerRange: Range<Int>? = nil) -> Candidate {
        // A true/false card is a choice between the two, as deck JSON requires (a statement made here is true).
        let isTrueFalse = type == .truefalse
        let card = Card(id: CardID(""), type: type, prompt: prompt.replacingSpacesBeforePunctuation(),
                        answers: isTrueFalse ? ["True"] : answers.map { type.isChoice ? $0 : Self.trimmedAnswer($0) },
                        options: isTrueFalse ? ["True", "False"] : options, correct: isTrueFalse ? [0] : correct, rationale: passage.text, topic: block.topic,
                        tags: ["generated", template.rawValue], source: [Provenance(file: file, line: block.line)])
        var made = Candidate(card: card, rule: template, sentence: passage.text, confidence: prior)
        made.clauseKey = passage.text + "#" + String(index)
        made.subjectResolved = subjectIsResolved
        return made
    }
}

extension ClauseContext {
    /// An answer without the punctuation and loose words a clause boundary leaves at its end ("people with
    /// diabetes, especially").
    static func trimmedAnswer(_ answer: String) -> String {
        var text = answer.trimming(" .,;:\"'–-")
        for tail in [" especially", " particularly", " including", " such as", " like", " and", " or", " but"] {
            while text.lowercased().hasSuffix(tail) { text = String(text.dropLast(tail.count)).trimming(" .,;:–-") }
        }
        return text
    }
}

extension String {
    /// "pain ," → "pain,": joins parts built from tokens without leaving a space before closing punctuation.
    func replacingSpacesBeforePunctuation() -> String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            if ",;:.?!)".contains(character), result.last == " " { result.removeLast() }
            result.append(character)
        }
        return result
    }
}
