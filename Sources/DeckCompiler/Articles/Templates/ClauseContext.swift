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
        var subject = clause.subject
        // "Lymphoedema itself is not dangerous": the emphatic reflexive adds nothing a card needs.
        if subject.count >= 2, ["itself", "themselves"].contains(passage.tokens[subject.upperBound - 1].key) {
            subject = subject.lowerBound..<(subject.upperBound - 1)
        }
        // "Shingles (also known as herpes zoster) is caused by…": a bracket closing the subject is an aside.
        if subject.count >= 3, passage.tokens[subject.upperBound - 1].key == ")",
           let open = subject.first(where: { passage.tokens[$0].key == "(" }), open > subject.lowerBound {
            subject = subject.lowerBound..<open
        }
        // "Our cancer experts provide…" is the site talking about itself, not a fact to learn.
        // "Our skin" is everyone's, the reader's too: "your skin".
        guard !subject.isEmpty, isNounPhrase(subject),
              Boilerplate.siteVoice(in: subject.map { passage.tokens[$0].key }) == 0 else { return nil }
        if passage.tokens[subject.lowerBound].key == "our" {
            return (passage.tokens[subject.lowerBound].isCapitalized ? "Your " : "your ") + passage.text((subject.lowerBound + 1)..<subject.upperBound)
        }
        let first = passage.tokens[subject.lowerBound]
        if first.key == "it" || first.key == "it's", isExpletive { return nil }
        if Self.referringWords.contains(first.key) {
            // "this condition", "these cells": keep the noun, swap the pointer for "the".
            if subject.count > 1, ["this", "these", "those", "that", "such"].contains(first.key) {
                // "This process disrupts…": a general noun stands for what the sentence before described, which
                // "the process" cannot name (review 20).
                if subject.count == 2, Self.generalNouns.contains(passage.tokens[subject.lowerBound + 1].key) { return nil }
                return "the " + passage.text((subject.lowerBound + 1)..<subject.upperBound)
            }
            // A pronoun is a subject of one word; "it means you" is a parse gone wrong.
            if subject.count > 1 { return nil }
            // "Two early signs are thirst and dark urine. This is the body's way of…": a singular pointer does
            // not stand for a plural noun phrase, so it points at the whole sentence, which no card can name.
            if ["it", "this", "it's"].contains(first.key), let antecedent, Self.isPlural(antecedent) { return nil }
            // …nor a plural one for a singular noun phrase ("The work-up … those will also be tested").
            if ["these", "those"].contains(first.key), let antecedent, !Self.isPlural(antecedent) { return nil }
            // "conditions that": an antecedent cut inside its relative clause names nothing whole.
            if let last = antecedent?.lowercased().spaceSeparated.last, ["that", "which", "who"].contains(last) { return nil }
            return antecedent
        }
        if first.key == "you" || first.key == "we" || first.key == "i" { return passage.text(subject) }
        return passage.text(subject)
    }

    /// "It is important to know…", "It can take weeks for…": an "it" that stands for what follows, not for
    /// anything said before.
    var isExpletive: Bool {
        let tokens = passage.tokens
        if clause.subject.count == 1, clause.verb.contains(where: { ["means", "mean", "seems", "looks"].contains(tokens[$0].key) }) {
            return true
        }
        guard clause.subject.count == 1, let first = clause.rest.first(where: { tokens[$0].tag != .adverb }) else { return false }
        let opensJudgement = tokens[first].tag == .adjective || ["a", "recommended", "advised", "best", "worth"].contains(tokens[first].key)
        if let verb = clause.verb.last, ["means", "mean", "seems", "looks"].contains(tokens[verb].key) { return true }
        // "It is usually recommended to avoid…", "it is thought that…": a participle of advice, or one of belief
        // before "that" ("it is thought to affect 20%" says something of what "it" stands for).
        if let verb = clause.verb.last, tokens[verb].tag == .pastParticiple, let next = clause.rest.first,
           ["recommended", "advised", "suggested"].contains(tokens[verb].key) && tokens[next].tag == .to
            || ["recommended", "advised", "suggested", "thought", "estimated", "believed", "known"].contains(tokens[verb].key)
            && tokens[next].key == "that" { return true }
        // "It is OK if they do not want to eat", "it's normal if…": a judgement of what the condition says.
        if clause.rest.count <= 2, clause.condition != nil, tokens[clause.subject.lowerBound].key == "it",
           clause.verb.count == 1, ["is", "'s"].contains(tokens[clause.verb.lowerBound].key),
           ["ok", "okay", "fine", "normal", "common", "usual"].contains(tokens[first].key) { return true }
        return opensJudgement && clause.rest.prefix(6).contains { tokens[$0].tag == .to || tokens[$0].key == "that" }
    }

    /// Whether tokens `range` read as one noun phrase: no clause word inside, a noun-like word at the end.
    func isNounPhrase(_ range: Range<Int>) -> Bool {
        let tokens = passage.tokens
        guard let last = range.last else { return false }
        let inside: Set<PartOfSpeech> = [.wh, .subordinator, .modal, .verbPresent3, .verbPast, .negation, .to]
        // "A stone that blocks the ureter", "people who have diabetes": a noun with a short relative clause of its own.
        var head = range
        if let relative = range.first(where: { tokens[$0].tag == .wh }), relative > range.lowerBound,
           ["that", "which", "who"].contains(tokens[relative].key), [.noun, .properNoun].contains(tokens[relative - 1].tag),
           (2...6).contains(range.upperBound - relative - 1),
           !range[(relative + 1)...].contains(where: { [.wh, .subordinator].contains(tokens[$0].tag) || tokens[$0].key == "," }) {
            head = range.lowerBound..<relative
        }
        guard !head.contains(where: { inside.contains(tokens[$0].tag) || tokens[$0].key == "," && range.count > 6 }),
              ![.preposition, .conjunction, .subordinator, .adverb].contains(tokens[range.lowerBound].tag) else { return false }
        // "People over 70 years old": an adjective after its noun still ends a noun phrase.
        let postmodified = tokens[last].tag == .adjective && last > range.lowerBound && tokens[last - 1].tag == .noun
        // "This can happen…", "These are taken…": a pointer standing alone is the whole noun phrase.
        if range.count == 1, ["this", "these", "that", "those"].contains(tokens[last].key) { return true }
        return [.noun, .properNoun, .pronoun, .number, .gerund, .symbol].contains(tokens[last].tag)
            || tokens[last].key == ")" || tokens[last].key == "\"" || postmodified
    }

    /// "The process", "the area", "some people": a definite article and a general noun point back to something
    /// the card would not name ("the pain" or "the rash" is clear enough once the card names its subject).
    var subjectIsVague: Bool {
        let subject = clause.subject
        guard subject.count == 2, !subjectIsResolved else { return false }
        let tokens = passage.tokens
        let (first, second) = (tokens[subject.lowerBound].key, tokens[subject.lowerBound + 1])
        // "some people", "most patients", "many others": who, the card cannot say.
        if ["some", "many", "most", "other"].contains(first), ["people", "patients", "others", "adults", "cases"].contains(second.key) {
            return true
        }
        return ["the", "this", "that"].contains(first) && Self.generalNouns.contains(second.key)
    }

    /// Nouns too general to stand for one thing without what they point back to.
    static let generalNouns: Set<String> = [
        "process", "condition", "area", "cells", "cell", "procedure", "method", "problem", "issue", "result", "situation",
        "disease", "type", "thing", "way", "factor", "stage", "part", "one", "others", "level", "change", "effect",
        "patient", "person", "individual", "bones", "body",
    ]

    /// Whether a noun phrase is plural by its head: "two early signs of dehydration", "thirst and dark urine";
    /// not "diabetes" or "metastasis".
    /// "Do not use ice, creams, oil or other substances" → "ice, creams, oil or other substances": the plural noun
    /// phrase an order acts on, which a next sentence's "they" stands for; `nil` for anything but an order.
    static func pluralObject(of clause: Clause, in passage: Passage) -> String? {
        guard clause.isImperative, !clause.rest.isEmpty else { return nil }
        let tokens = passage.tokens
        let nominal: Set<PartOfSpeech> = [.determiner, .adjective, .noun, .properNoun, .conjunction]
        var end = clause.rest.lowerBound
        while end < clause.rest.upperBound, nominal.contains(tokens[end].tag) || tokens[end].key == "," { end += 1 }
        while end > clause.rest.lowerBound, [",", "and", "or"].contains(tokens[end - 1].key) { end -= 1 }
        guard end > clause.rest.lowerBound, [.noun, .properNoun].contains(tokens[end - 1].tag),
              end == clause.rest.upperBound || [.preposition, .punctuation, .to].contains(tokens[end].tag) else { return nil }
        let start = ["any", "the", "a", "an"].contains(tokens[clause.rest.lowerBound].key) ? clause.rest.lowerBound + 1 : clause.rest.lowerBound
        guard start < end, end - start <= 10 else { return nil }
        let phrase = passage.text(start..<end)
        return isPlural(phrase) ? phrase : nil
    }

    static func isPlural(_ phrase: String) -> Bool {
        let lowered = phrase.lowercased()
        let head = lowered.rangeOfBytes(" of ").map { String(lowered[..<$0.lowerBound]) } ?? lowered
        if head.containsBytes(" and ") { return true }
        guard let last = head.spaceSeparated.last.map(String.init), last.count > 3, last.hasSuffix("s") else { return false }
        return !["ss", "us", "is"].contains(where: last.hasSuffix) && !singularInS.contains(last)
    }

    private static let singularInS: Set<String> = ["diabetes", "herpes", "rabies", "measles", "mumps", "series", "species",
                                                   "news", "lupus", "tetanus", "sepsis", "psoriasis", "arthritis"]

    /// Whether the clause's subject was replaced by what it refers to.
    var subjectIsResolved: Bool {
        guard clauses.indices.contains(index), let first = clause.subject.first else { return false }
        return Self.referringWords.contains(passage.tokens[first].key)
    }

    /// Whether the subject points back ("this process", "it") at something nothing resolves and no clause before
    /// it in the sentence shows: a card on the clause would show the pointer without what it stands for. An "it"
    /// that stands for what follows ("it is recommended to…") points nowhere.
    var subjectPointsAtNothing: Bool {
        subjectIsResolved && subjectText == nil && !isExpletive
            && !clauses[..<index].contains { $0.opener == nil && $0.subject != clause.subject }
    }

    static let referringWords: Set<String> = ["it", "they", "this", "these", "those", "such", "that", "its", "their"]

    /// The clause as a statement, subject resolved, with the condition it holds under: "Sepsis can be hard to
    /// recognise at first.", "If you are pregnant, your body is more vulnerable to infection." A statement
    /// without its condition would teach something false in general.
    var statement: String? {
        guard let subject = subjectText else { return nil }
        var text = (subject.capitalizedFirst + " " + passage.text(clause.verb.lowerBound..<clause.range.upperBound))
            .replacingSpacesBeforePunctuation().trimming(" ,;–-")
        if let index = clause.condition, clauses.indices.contains(index), let opener = clauses[index].opener {
            let condition = (opener + " " + passage.text(clauses[index].range)).replacingSpacesBeforePunctuation()
                .trimming(" ,;–-")
            text = index < self.index ? condition.capitalizedFirst + ", " + text.lowercasedFirst : text + " " + condition
        }
        return text + "."
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
                   options: [String]? = nil, correct: [Int]? = nil, answerRange: Range<Int>? = nil, truth: Bool = true) -> Candidate {
        // A true/false card is a choice between the two, as deck JSON requires; `truth` says which is right.
        let isTrueFalse = type == .truefalse
        var prompt = Self.withoutConnective(prompt.replacingSpacesBeforePunctuation())
        // "…after [...] – if it's improved, move on to step 3.": the step an aside points at is not on the card.
        if type == .cloze, prompt.containsBytes(" – "), let dash = prompt.range(of: " – ", options: .backwards), let gap = prompt.rangeOfBytes("[...]"),
           gap.upperBound <= dash.lowerBound, QualityFilter.pointsAtAStep(prompt[dash.upperBound...].lowercased()) {
            prompt = prompt[..<dash.lowerBound].trimming(" ,;") + "."
        }
        let card = Card(id: CardID(""), type: type, prompt: prompt,
                        answers: isTrueFalse ? [truth ? "True" : "False"]
                            : answers.map { type.isChoice ? $0 : type == .basic ? Self.withoutExamples(Self.trimmedAnswer($0)) : Self.trimmedAnswer($0) },
                        options: isTrueFalse ? ["True", "False"] : options, correct: isTrueFalse ? [truth ? 0 : 1] : correct,
                        rationale: passage.text, topic: block.topic,
                        tags: ["generated", template.rawValue], source: [Provenance(file: file, line: block.line)])
        var made = Candidate(card: card, rule: template, sentence: passage.text, confidence: prior)
        made.clauseKey = passage.text + "#" + String(index)
        made.subjectResolved = subjectIsResolved
        return made
    }
}

extension ClauseContext {
    /// "However, a clot can…" → "A clot can…": a card stands alone, so a word that links it to the sentence before
    /// ("however", "additionally") dangles.
    /// So does a sentence that opens on a conjunction ("But symptoms depend on…").
    static func withoutConnective(_ prompt: String) -> String {
        let lowered = prompt.lowercased()
        if let conjunction = ["but ", "and ", "yet "].first(where: lowered.hasPrefix), prompt.count > conjunction.count + 8 {
            return String(prompt.dropFirst(conjunction.count)).capitalizedFirst
        }
        guard let connective = connectives.first(where: { lowered.hasPrefix($0 + ", ") }) else { return prompt }
        return String(prompt.dropFirst(connective.count + 2)).capitalizedFirst
    }

    /// Linking words only: "in some cases" or "otherwise" limit what follows, and stay.
    static let connectives = ["however", "additionally", "in addition", "also", "furthermore", "moreover", "therefore",
                              "likewise", "similarly"]

    /// "if you don't move for a long time, such as after you have surgery or an accident": a typed answer without
    /// the examples after it, which a clause boundary may have cut short and which no learner types. (A gap keeps
    /// them: its sentence shows the rest.)
    static func withoutExamples(_ answer: String) -> String {
        for marker in [", such as ", ", for example ", ", e.g. ", ", like "] {
            if let at = answer.rangeOfBytes(marker), answer[..<at.lowerBound].spaceSeparatedCount >= 3 {
                return String(answer[..<at.lowerBound])
            }
        }
        return answer
    }

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
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            for byte in utf8 {
                if Self.closingPunctuation.contains(byte), bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
                bytes.append(byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            if ",;:.?!)".contains(character), result.last == " " { result.removeLast() }
            result.append(character)
        }
        return result
    }

    private static let closingPunctuation = Set(",;:.?!)".utf8)
}
