/// Definitions: "X is/are a…", "X is when…", "X is called Y", "also known as Y", a term in parentheses
/// ("destroyed (osteolytic)") and an abbreviation beside its expansion ("magnetic resonance imaging (MRI)").
/// Makes basic cards that ask for the meaning and cloze cards that hide the term.
enum DefinitionRule {
    private static let namingTriggers: [[String]] = [
        ["is", "called"], ["are", "called"], ["is", "known", "as"], ["are", "known", "as"], ["also", "called"],
        ["also", "known", "as"], ["is", "termed"], ["are", "termed"], ["is", "named", "after"],
        ["are", "named", "after"], ["is", "named", "for"], ["is", "referred", "to", "as"], ["are", "referred", "to", "as"],
        ["is", "still", "called"], ["is", "still", "named", "after"],
    ]
    /// Words that may not open a defined term: they refer back or quantify rather than name.
    private static let badSubjectStarts: Set<String> = Sentence.pronouns.union([
        "one", "most", "all", "each", "every", "any", "another", "other", "what", "when", "if", "how",
        "why", "where", "who", "while", "although", "because", "as", "so", "but", "and", "or", "for", "in", "on",
        "at", "to", "with", "without", "after", "before", "during", "once", "since", "your", "my", "our", "his", "her",
        "not", "no", "just", "even", "also", "only", "however", "then", "yes", "for",
    ])
    private static let relativeWords: Set<String> = ["that", "which", "who", "where", "when", "in", "of", "used", "caused", "made"]

    static func candidates(_ context: RuleContext) -> [Candidate] {
        // "Look around – is the person in a dangerous place?": a question defines nothing.
        guard !context.sentence.text.hasSuffix("?") else { return [] }
        return naming(context) + parenthesized(context) + meaning(context) + namedAfterADash(context)
    }

    /// "A flare-up, also called an exacerbation, is when…" → "A flare-up is when…": a term's other name set
    /// between commas after it, left out so that the sentence reads as the definition it is. `nil` for any
    /// other sentence.
    static func withoutOtherName(_ text: String) -> String? {
        guard text.containsBytes(" called ") || text.containsBytes(" known as ") else { return nil }
        for marker in [", also called ", ", also known as ", ", known as ", ", sometimes called ", ", often called "] {
            guard let open = text.rangeOfBytes(marker), text[..<open.lowerBound].spaceSeparatedCount <= 5,
                  let close = text[open.upperBound...].range(of: ", "),
                  text[open.upperBound..<close.lowerBound].spaceSeparatedCount <= 5 else { continue }
            let after = text[close.upperBound...]
            guard after.hasPrefix("is ") || after.hasPrefix("are ") else { return nil }
            return String(text[..<open.lowerBound]) + " " + after
        }
        return nil
    }

    /// "This can cause a sore, inflamed mouth and mouth ulcers – known as oral mucositis." → "What is oral
    /// mucositis? – a sore, inflamed mouth and mouth ulcers": a name given after a dash to what the clause
    /// before it names, its object.
    private static func namedAfterADash(_ context: RuleContext) -> [Candidate] {
        let text = context.sentence.text
        guard text.containsBytes(" known as "),
              let marker = text.rangeOfBytes(" – known as ") ?? text.rangeOfBytes(" — known as ") else { return [] }
        let term = String(text[marker.upperBound...]).trimming(" .;")
        let before = Passage(String(text[..<marker.lowerBound]))
        guard (1...4).contains(term.spaceSeparatedCount), term.first?.isLetter == true,
              let clause = before.clauses.last, clause.opener == nil, let verb = clause.verb.last,
              before.tokens[verb].tag.isVerb, (2...12).contains(clause.rest.count),
              [.determiner, .adjective, .noun].contains(before.tokens[clause.rest.lowerBound].tag) else { return [] }
        let named = before.text(clause.rest).trimming(" ,")
        let asked = term.hasPrefix("the ") || term.hasPrefix("a ") ? term : term.lowercasedFirst
        return [context.candidate(.basic, prompt: "What is \(asked)?", answers: [named], rule: .definition, confidence: 0.7)]
    }

    /// "This area is called the primary site." → cloze on "the primary site", with the sentence before for context.
    private static func naming(_ context: RuleContext) -> [Candidate] {
        let sentence = context.sentence
        for trigger in namingTriggers {
            guard let at = sentence.find(trigger) else { continue }
            let start = at + trigger.count
            var end = start
            while end < sentence.words.count, end - start < 7 {
                end += 1
                if sentence.endsClause(at: end - 1) { break }
            }
            guard end > start, end - start <= 6 else { continue }
            var hiddenStart = start
            if ["the", "a", "an"].contains(sentence.keys[hiddenStart]), end - hiddenStart > 1 { hiddenStart += 1 }
            let answer = sentence.phrase(hiddenStart..<end).trimming("\"'()")
            guard answer.count >= 3 else { continue }
            var prompt = sentence.hiding(hiddenStart..<end)
            if sentence.startsWithPronoun || sentence.keys.first == "likewise", let previous = context.previous {
                prompt = ClauseContext.withoutConnective(previous.text) + " " + prompt
            }
            let cloze = context.candidate(.cloze, prompt: prompt, answers: [answer], rule: .definition, confidence: 0.8)
            return [cloze] + placeNamed(context, trigger: at, name: sentence.phrase(start..<end).trimming("\"'()"))
        }
        return []
    }

    /// Nouns of place a pointer may name: "This area is called…".
    private static let placeNouns: Set<String> = ["area", "part", "place", "site", "region", "spot"]

    /// "Cancer usually starts in a particular part of the body. This area is called the primary site.": the name
    /// is asked for what it means, the place of the sentence before and what happens there ("What is the primary
    /// site? – a particular part of the body where cancer usually starts").
    private static func placeNamed(_ context: RuleContext, trigger: Int, name: String) -> [Candidate] {
        let sentence = context.sentence
        guard trigger == 2, ["this", "that"].contains(sentence.keys[0]), placeNouns.contains(sentence.keys[1]),
              let previous = context.previous, previous.text.hasSuffix("."), previous.isOnePhrase(wordCount: previous.words.count),
              let at = previous.keys.lastIndex(where: { ["in", "at", "on"].contains($0) }), at >= 2,
              (2...8).contains(previous.words.count - at - 1), (2...8).contains(at) else { return [] }
        var place = previous.phrase((at + 1)..<previous.words.count)
        // "a particular part of the body where cancer starts" is one part: the relative makes it definite.
        for vague in ["a particular ", "a certain ", "a specific "] where place.lowercased().hasPrefix(vague) {
            place = "the " + place.dropFirst(vague.count)
        }
        let happening = previous.phrase(0..<at)
        guard !name.isEmpty, happening.first?.isLetter == true else { return [] }
        return [context.candidate(.basic, prompt: "What is \(name)?", answers: [place + " where " + happening.lowercasedFirst],
                                  rule: .definition, confidence: 0.8)]
    }

    /// "(osteolytic)" after a description, and abbreviations beside their expansions.
    /// Abbreviations in everyday use, whose expansion is no fact worth a card.
    static let everydayAbbreviations: Set<String> = ["mri", "ct", "gp", "nhs", "iv", "er", "icu", "a&e", "uk", "us", "usa", "tv"]

    private static func parenthesized(_ context: RuleContext) -> [Candidate] {
        let sentence = context.sentence
        var found: [Candidate] = []
        var index = 0
        while index < sentence.words.count {
            guard sentence.words[index].hasPrefix("("),
                  let close = (index..<min(sentence.words.count, index + 4)).first(where: { sentence.words[$0].contains(")") })
            else { index += 1; continue }
            let inside = sentence.phrase(index..<(close + 1)).trimming("()\"'.,;")
            defer { index = close + 1 }
            // A bracket is an aside with a fact of its own: it does not take one of its sentence's two places.
            if let expansion = expansion(of: inside, before: index, in: sentence) {
                // "What does MRI stand for?" is trivia a learner knows already (review 19).
                if Self.everydayAbbreviations.contains(inside.lowercased()) { continue }
                var card = context.candidate(.basic, prompt: "What does \(inside) stand for?", answers: [expansion],
                                             rule: .definition, confidence: 0.4)
                card.clauseKey = "aside#" + inside
                found.append(card)
                continue
            }
            // A term in brackets that closes its sentence names what the sentence describes ("areas of bone are
            // destroyed (osteolytic)."); one in mid-sentence glosses the word before it ("hips (pelvis)"), which
            // gives it away, so it makes no card.
            let closesSentence = close == sentence.words.count - 1
            let isTerm = inside.first?.isLowercase == true && close - index <= 1 && index >= 4 && closesSentence
                && !inside.contains(where: \.isNumber) && !["e.g", "i.e", "or", "see"].contains(where: inside.hasPrefix)
            guard isTerm else {
                if !closesSentence, close == index, var synonym = synonym(inside, before: index, in: context) {
                    synonym.clauseKey = "aside#" + inside
                    found.append(synonym)
                }
                continue
            }
            found.append(context.candidate(.cloze, prompt: sentence.hiding(index..<(close + 1)),
                                           answers: [inside], rule: .definition, confidence: 0.75))
            if var named = Self.namedEvent(inside, before: index, in: context) {
                named.clauseKey = "aside#named#" + inside
                found.append(named)
            }
        }
        return found
    }

    /// "…because clots can break loose and get stuck in your lungs, blocking blood flow (pulmonary embolism).",
    /// "…happen when a blood vessel bursts and bleeds into the brain (a haemorrhage).": a noun in brackets that
    /// closes its sentence names the event the clause before it tells, so the term is asked for what happens
    /// ("What is a haemorrhage? – when a blood vessel bursts…"). The clause runs back to its subordinator ("when",
    /// "because") or the sentence's start; an adjective in brackets ("destroyed (osteolytic)") names no event.
    private static func namedEvent(_ term: String, before open: Int, in context: RuleContext) -> Candidate? {
        let sentence = context.sentence
        // Alone, a phrase's last word may read as a verb ("ligament tear"); an adjective is what rules it out.
        guard let last = Passage(term).tokens.last, ![.adjective, .adverb, .pastParticiple, .verbPast, .gerund].contains(last.tag),
              // "…or new incontinence (wetting themselves)" glosses a word, and names no event; so does a plural
              // ("…your risk of foot ulcers (wounds)"): an event is one.
              last.tag != .pronoun, !LeadInList.isPlural(term)
        else { return nil }
        let openers: Set<String> = ["because", "when", "if", "as", "since", "where", "after", "whenever"]
        let start = (0..<open).last { openers.contains(Sentence.key(sentence.words[$0])) || sentence.words[$0].hasSuffix(";") }
        let opener = start.map { Sentence.key(sentence.words[$0]) }
        let from = start.map { $0 + 1 } ?? 0
        // "In some cases, areas of bone…": a leading adverbial is no part of what happens.
        guard open - from >= 4, open - from <= 24, from > 0 || !sentence.words[..<open].contains(where: { $0.hasSuffix(",") }) else { return nil }
        let told = sentence.phrase(from..<open).trimming(" ,;–-")
        // "Leg bags: are worn on the thigh (short tube) or on the calf (long tube)": brackets that gloss words
        // along the sentence name no event, and a label before a colon is no part of what happens.
        guard !told.contains("("), !told.contains(":") else { return nil }
        // What happens has a verb; "new confusion or agitation, or new incontinence" is a list of things.
        guard Passage(told).tokens.contains(where: { $0.tag.isVerb || $0.tag == .gerund }) else { return nil }
        let answer = (opener == "when" || opener == "whenever" ? "when " : "") + told.lowercasedFirst
        return context.candidate(.basic, prompt: "What is \(term)?", answers: [answer], rule: .definition, confidence: 0.7)
    }

    /// "…when a blood clot (thrombus) forms…" → "What is another word for a blood clot?": one word in brackets after
    /// a noun phrase names it. Asked this way round, the bracket gives nothing away. Not a bracket after an
    /// adjective ("an abdominal (belly) CT scan"), nor a bracket of examples or of several words, nor one word after
    /// one word (blind review 12 rejected "another word for sugar? glucose" and "for hips? pelvis" as wrong).
    private static func synonym(_ inside: String, before index: Int, in context: RuleContext) -> Candidate? {
        let sentence = context.sentence
        let lexicon = Lexicon.english
        // "spread (metastasise)": a verb's gloss is a verb, which no "another word for" question asks.
        guard inside.count >= 4, inside.allSatisfy({ $0.isLowercase || $0 == "-" }), lexicon.tag(of: inside).map({ $0 == .noun }) ?? true,
              !Stopwords.english.contains(inside), !["ise", "ize", "ing", "ed"].contains(where: inside.hasSuffix) else { return nil }
        let isNoun = { (key: String) in !Stopwords.english.contains(key) && key.allSatisfy(\.isLetter) && (lexicon.tag(of: key).map { $0 == .noun } ?? true) }
        let isModifier = { (key: String) in isNoun(key) || lexicon.tag(of: key) == .adjective }
        guard index >= 1, isNoun(sentence.keys[index - 1]), !sentence.words[index - 1].contains(where: { ",;:".contains($0) }) else { return nil }
        var start = index - 1
        while start > 0, index - start < 3, isModifier(sentence.keys[start - 1]),
              !sentence.words[start - 1].contains(where: { ",;:()".contains($0) }) { start -= 1 }
        let article = start > 0 && ["a", "an", "the"].contains(sentence.keys[start - 1]) ? sentence.keys[start - 1] + " " : ""
        let named = article + sentence.phrase(start..<index).lowercasedFirst
        // "high blood sugar (glucose)": the bracket names the noun, not the degree before it.
        if ["high", "low", "raised", "increased", "decreased", "reduced", "extra", "excess", "too"].contains(sentence.keys[start]) { return nil }
        // One word glossed by one word is a near relation, seldom the same thing: "sugar (glucose)", "hips (pelvis)".
        guard index - start >= 2, named.spaceSeparatedCount <= 4 else { return nil }
        return context.candidate(.basic, prompt: "What is another word for \(named)?", answers: [inside], rule: .definition,
                                 confidence: 0.6)
    }

    /// "magnetic resonance imaging (MRI)" → "magnetic resonance imaging": the words before whose initials spell it.
    private static func expansion(of abbreviation: String, before index: Int, in sentence: Sentence) -> String? {
        let letters = Array(abbreviation.lowercased())
        guard (2...6).contains(letters.count), abbreviation.allSatisfy({ $0.isUppercase || $0.isNumber }),
              index >= letters.count else { return nil }
        let range = (index - letters.count)..<index
        let initials = sentence.keys[range].compactMap(\.first)
        guard initials == letters else { return nil }
        return sentence.phrase(range)
    }

    /// "Bone metastases are tumors that…" → "What are bone metastases?" and a cloze hiding the term.
    private static func meaning(_ context: RuleContext) -> [Candidate] {
        if let plain = withoutOtherName(context.sentence.text) {
            return meaning(RuleContext(sentence: Sentence(plain), previous: context.previous, block: context.block,
                                       file: context.file, siblings: context.siblings))
        }
        let sentence = context.sentence
        let verbs: [(String, [String])] = [("is", ["is"]), ("are", ["are"]), ("occurs", ["occurs", "when"]),
                                           ("occur", ["occur", "when"]), ("happens", ["happens", "when"]),
                                           ("happen", ["happen", "when"]), ("means", ["means"]), ("refers", ["refers", "to"])]
        guard let (verb, at, length) = verbs.lazy.compactMap({ verb, pattern in
            sentence.find(pattern).map { (verb, $0, pattern.count) }
        }).first, (1...5).contains(at), let first = sentence.keys.first, !badSubjectStarts.contains(first),
              !(["a", "an", "the"].contains(first) && at == 1)
        else { return [] }
        let subjectRange = 0..<at
        guard sentence.isOnePhrase(wordCount: at),
              !sentence.keys[subjectRange].contains(where: { $0.hasSuffix("ly") || badSubjectStarts.contains($0) && $0 != "of" })
        else { return [] }
        let predicateStart = at + length
        let rest = Array(sentence.keys[predicateStart...])
        guard rest.count >= 3, !SuperlativeRule.opensSuperlative(rest) else { return [] }
        let isDefinitional: Bool
        switch verb {
        case "is", "are":
            isDefinitional = rest.first == "when"
                || (["a", "an", "the"].contains(rest[0]) && rest.prefix(6).contains(where: relativeWords.contains))
                || (!["a", "an", "the", "not", "also", "more", "less", "very", "often", "usually"].contains(rest[0])
                    && rest.prefix(4).dropFirst().contains(where: { ["that", "which", "who", "where"].contains($0) }))
        default:
            isDefinitional = true
        }
        // "a key part of asthma treatment": a role, not what the subject is; "a disease that can spread": what it
        // may do, not what it is.
        guard isDefinitional, !rest.prefix(4).contains(where: CopulaDefinition.roleNouns.contains),
              !CopulaDefinition.saysWhatItMayDo(rest) else { return [] }
        let term = sentence.phrase(subjectRange)
        var answerEnd = sentence.words.count
        // "…, but they only work well if…": the definition ends where the next clause begins.
        if let but = (predicateStart..<sentence.words.count).first(where: { sentence.words[$0].hasSuffix(",")
            && $0 + 1 < sentence.words.count && ["but", "and", "so"].contains(sentence.keys[$0 + 1]) }) {
            answerEnd = but + 1
        }
        if answerEnd - predicateStart > 25,
           let cut = (predicateStart..<min(sentence.words.count, predicateStart + 25)).last(where: { sentence.endsClause(at: $0) }) {
            answerEnd = cut + 1
        }
        let meaning = sentence.phrase(predicateStart..<answerEnd)
        let question: String
        switch verb {
        case "occurs", "happens": question = "When does \(term.lowercasedFirst) \(verb.dropLast())?"
        case "occur", "happen": question = "When do \(term.lowercasedFirst) \(verb)?"
        case "means", "refers": question = "What does \(term.lowercasedFirst) mean?"
        default: question = "What \(verb) \(term.lowercasedFirst)?"
        }
        var cards = [context.candidate(.basic, prompt: question, answers: [verb.hasPrefix("occur") || verb.hasPrefix("happen") ? "when " + meaning : meaning],
                                       rule: .definition, confidence: 0.7)]
        if at <= 4 {
            // "An echocardiogram is…" hides "echocardiogram", leaving the article in view.
            let hidden = ["a", "an", "the"].contains(first) ? 1..<at : subjectRange
            cards.append(context.candidate(.cloze, prompt: sentence.hiding(hidden), answers: [sentence.phrase(hidden)],
                                           rule: .definition, confidence: 0.65))
        }
        return cards
    }
}
