import PearlsCore

/// The checks a generated card must pass to reach the deck. Each names the flaw it catches, so
/// `pearls compile --report` can say how many candidates each dropped.
public enum QualityFilter {
    /// A reason a card is malformed.
    public enum Flaw: String, Sendable, CaseIterable, Codable {
        case answerInQuestion = "answer in question"
        case unresolvedPronoun = "starts with a pronoun"
        case shortQuestion = "question under 3 words"
        case longAnswer = "answer over 25 words"
        case unbalanced = "unbalanced quotes or brackets"
        case emptyAnswer = "empty or trivial answer"
        case vagueAnswer = "vague answer"
        case unseenStep = "answer names an unseen step"
        case cutPhrase = "gap cuts a phrase"
        case webAddress = "names a web address"
        /// Found across the deck, not in one card: `SharedQuestions`.
        case sharedQuestion = "asked twice, answers differ"
    }

    /// Openers that leave a question without its subject.
    static let pronouns: Set<String> = ["it", "they", "this", "these", "those", "that", "he", "she", "its", "their", "them"]

    /// Answers that say nothing a learner could be marked on ("a range of symptoms").
    static let vagueOpeners = ["a range of", "a number of", "a variety of", "many ", "several ", "various ", "some ", "other ", "things", "a lot",
                               "any ", "certain ", "a certain ", "particular ", "a particular ", "different ",
                               // "What can metastases limit? The quality of life…": true of every illness (review 19).
                               "quality of life", "the quality of life", "your quality of life"]

    /// Endings that leave an answer saying only that something differs ("affects adults in different ways").
    static let vagueEndings = [" in different ways", " differently", " in many ways", " in various ways"]

    /// Whole answers that name nothing a learner could be marked on ("What can treatments help manage? The condition").
    static let vagueAnswers: Set<String> = ["the condition", "the disease", "the illness", "the problem", "the problems",
                                            "symptoms", "the symptoms", "the body", "the area", "the cells", "the cause",
                                            "the treatment", "treatment", "complications", "cancer cells", "the cancer cells",
                                            "the pain", "one or more", "two or more", "your body", "you",
                                            // "What is your skin? An example of this": what "this" is, the card does not say.
                                            "an example of this", "an example of that", "one example", "an example"]

    /// Modifiers that point at a thing without saying anything of it ("the affected bone", "the extra pressure").
    static let pointingWords: Set<String> = ["extra", "affected", "added", "same", "whole", "involved", "underlying"]

    /// Nouns that, after "the" and alone, point back at what the page said before ("What can the cells form?").
    static let pointingNouns: Set<String> = ["cells", "cell", "pain", "tumours", "tumors", "tumour", "tumor", "condition",
                                             "disease", "area", "problem", "swelling", "symptoms", "infection"]

    /// Nouns that take an infinitive after them ("a reduced ability to perform"): a gap that ends on one leaves
    /// its infinitive behind.
    static let infinitiveNouns: Set<String> = ["ability", "inability", "need", "way", "ways", "chance", "risk", "effort", "attempt"]

    /// Question words and auxiliaries that come before a question's subject ("What can | this cause?").
    static let questionStems: Set<String> = ["what", "when", "why", "which", "how", "who", "is", "are", "can", "does", "do", "causes", "may"]

    /// Whether `text` holds a web address: "www." or "http" opening a word, or a word of dotted parts that ends in
    /// a top-level domain ("111.nhs.uk", "example.org"), but not "e.g.", "2.5" or two sentences glued at a full stop.
    static func namesAWebAddress(_ text: String) -> Bool {
        // A full stop inside a word, before a letter, or "www": most cards have neither, and are passed on their bytes.
        let bytes = text.utf8
        guard zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($1 | 0x20) })
        else { return false }
        return text.spaceSeparated.contains { word in
            let trimmed = word.trimming(".,;:!?()[]\"'")
            let lowered = trimmed.lowercased()
            if lowered.hasPrefix("www.") || lowered.hasPrefix("http://") || lowered.hasPrefix("https://") { return true }
            let parts = lowered.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 2, let last = parts.last, parts.allSatisfy({ !$0.isEmpty }) else { return false }
            return topLevelDomains.contains(String(last)) && parts.dropLast().allSatisfy { $0.count >= 2 }
        }
    }

    private static let topLevelDomains: Set<String> = ["com", "org", "net", "gov", "edu", "uk", "au", "nz", "ca", "ie", "info", "us", "eu"]

    /// Whether `answer` is a list of three or more: "a, b and c", "a, b, c", outside brackets.
    static func isList(_ answer: String) -> Bool {
        var depth = 0
        var commas = 0
        var afterComma = ""
        for character in answer {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "," where depth == 0:
                commas += 1
                afterComma = ""
                continue
            default: break
            }
            if commas > 0 { afterComma.append(character) }
        }
        return commas >= 2 || commas == 1 && (afterComma.containsBytes(" and ") || afterComma.containsBytes(" or "))
    }

    public static func flaw(of card: Card) -> Flaw? {
        let answers = card.answers
        guard let firstAnswer = answers.first, firstAnswer.count >= 2, !Stopwords.english.contains(firstAnswer.lowercased())
        else { return .emptyAnswer }
        let lowered = firstAnswer.lowercased()
        let loweredPrompt = card.prompt.lowercased()
        // "Go to 111.nhs.uk or call [...]": where a site sends its readers is its furniture, and a gap beside an
        // address hides part of it (the "111" of "111.nhs.uk").
        if namesAWebAddress(card.prompt) || answers.contains(where: namesAWebAddress) { return .webAddress }
        // "What can affect adults in different ways?" asks as little as that answer says.
        // "Why is your skin an example of this?": the card never says what "this" is.
        if loweredPrompt.containsBytes(" example of this") || loweredPrompt.containsBytes(" example of that") { return .vagueAnswer }
        if vagueOpeners.contains(where: { lowered.hasPrefix($0) }) || vagueAnswers.contains(lowered)
            || vagueEndings.contains(where: { lowered.hasSuffix($0) || loweredPrompt.hasSuffix($0 + "?") }) { return .vagueAnswer }
        if let flaw = gapFlaw(of: card, lowered: lowered) { return flaw }
        if definesAGeneralTerm(card) { return .vagueAnswer }
        // "…help manage [pain, discomfort, functional limitations]": a list in one gap must be typed whole and in
        // the page's order; the list card the coordination template makes asks for its items one by one (review 19).
        if card.type == .cloze, answers.count == 1, !card.tags.contains(Candidate.Rule.coordination.rawValue), isList(lowered) {
            return .vagueAnswer
        }
        // "What is a low blood sugar? Where the level of sugar in your blood drops too low": a definition that
        // repeats every word of its term is circular.
        if card.type == .basic, answers.count == 1, let term = Self.definedTerm(card.prompt) {
            let termWords = contentWords(term)
            if termWords.count >= 2, termWords.isSubset(of: contentWords(firstAnswer)) { return .answerInQuestion }
        }
        // "DVT can be very serious", "Inhalers are a key part of asthma treatment": a statement that only judges is
        // called true by anyone (every blind review rejected them).
        // A judgement that carries a fact ("more likely", "more vulnerable", "dangerous if not treated") stays:
        // review 17 called the last trivial, but it is the reason to act at once, and the gold facts ask for it.
        if card.type == .truefalse, card.correct == [0], Self.platitudes.contains(where: loweredPrompt.containsBytes) {
            return .vagueAnswer
        }
        // "What starts in a certain part of the body?": a question about an unnamed thing has no one answer. A true
        // statement about one ("certain cancers are more likely to spread to bone") is true of anything (review 18).
        if card.type == .basic || card.type == .truefalse, [" a certain ", " a particular ", " certain ", " some part"].contains(where: loweredPrompt.containsBytes) {
            return .vagueAnswer
        }
        // "Move on to step 3": the card shows no step 3.
        // A cloze's sentence may name the next step; the gap it asks is still its own.
        if pointsAtAStep(lowered) || card.type != .cloze && pointsAtAStep(loweredPrompt) { return .unseenStep }
        // "Wash your hands before": an answer that ends on a joining word was cut inside a phrase ("before and
        // after touching…").
        if [" before", " after", " and", " or", " until", " the", " a"].contains(where: { lowered.hasSuffix($0) }) {
            return .cutPhrase
        }
        // "…the type of cancer you": a gap that ends on a subject pronoun was cut before its verb.
        if let last = lowered.spaceSeparated.last.map({ Sentence.key($0) }), ["you", "we", "they", "i", "he", "she"].contains(last) {
            return .emptyAnswer
        }
        let promptWords = card.prompt.spaceSeparated.filter { $0 != "[...]" }
        if let first = promptWords.first, pronouns.contains(Sentence.key(first)) { return .unresolvedPronoun }
        // "…if you have any of these symptoms?", "…for these cancers": the list they point at is not on the card. A
        // choice card's "these" are its options, and a later clause's may point back within the card.
        // (The bytes are looked at first: they rule out most words at a fraction of the cost.)
        let clauseEnd = promptWords.firstIndex { word in
            [UInt8(ascii: ";"), UInt8(ascii: ".")].contains(word.utf8.last) && (word.hasSuffix(";") || word.hasSuffix("."))
                || word.utf8.contains(UInt8(ascii: "\"")) && word.contains("\"")
        } ?? promptWords.count - 1
        let firstClause = promptWords.prefix(clauseEnd + 1).lazy.map { Sentence.key($0) }
        if !card.type.isChoice || card.type == .truefalse, loweredPrompt.containsBytes("these") || loweredPrompt.containsBytes("those"),
           zip(firstClause, firstClause.dropFirst()).contains(where: { ["these", "those"].contains($0) && !Stopwords.english.contains($1) }) {
            return .unresolvedPronoun
        }
        let stem = promptWords.prefix { questionStems.contains(Sentence.key($0)) }
        // The question after a "Bone metastases:" label, for the checks of what it opens with.
        let labelEnd = promptWords.prefix(6).firstIndex { $0.hasSuffix(":") }
        let asked = labelEnd.map { Array(promptWords[($0 + 1)...]) } ?? promptWords
        let askedStem = asked.prefix { questionStems.contains(Sentence.key($0)) }
        // "What can the cells form?", "What may the pain become?": which cells, what pain, the card does not say.
        if card.type == .basic, askedStem.count >= 2, askedStem.count + 2 < asked.count, Sentence.key(asked[askedStem.count]) == "the" {
            let after = asked[(askedStem.count + 1)...].prefix(3).map { Sentence.key($0) }
            // …when its verb follows it: "the infection work-up" and "the pain in your back" name their own thing.
            if let noun = after.first(where: pointingNouns.contains) {
                let tokens = Passage(asked.joined(separator: " ")).tokens.filter { $0.tag != .punctuation }
                if let at = tokens.firstIndex(where: { $0.key == noun }), at + 1 < tokens.count {
                    let next = tokens[at + 1]
                    let isLast = at + 2 == tokens.count
                    if next.tag.isVerb || next.tag == .adverb || isLast && next.tag == .noun && !next.key.contains("-") {
                        return .unresolvedPronoun
                    }
                }
            }
        }
        // "What may other palliative therapies be used for?": "other" than those the card does not show, as the
        // subject of a question about what they do ("What are other names for…" lists, and is fine).
        if card.type == .basic, askedStem.count >= 2, askedStem.count < asked.count,
           askedStem.dropFirst().contains(where: { !["are", "is"].contains(Sentence.key($0)) }),
           ["other", "another"].contains(Sentence.key(asked[askedStem.count])) { return .unresolvedPronoun }
        // "You should also contact them if…": whom to contact, the card does not say.
        let told = card.prompt + " " + card.answers.joined(separator: " ")
        if told.containsBytes(" them") || told.containsBytes(" him") || told.containsBytes(" her "),
           ["contact", "call", "tell", "ask", "see", "phone", "speak to", "talk to"].contains(where: { verb in
               let lowered = told.lowercased()
               return lowered.containsBytes(verb + " them") || lowered.containsBytes(verb + " him") || lowered.containsBytes(verb + " her ")
           }) {
            return .unresolvedPronoun
        }
        // "When should you take it as soon as you remember?": what "it" is, the card does not say.
        if let when = card.prompt.rangeOfBytes("hen should you ") {
            let asked = " " + card.prompt[when.upperBound...].lowercased()
            if [" it ", " it?", " them ", " them?"].contains(where: { asked.containsBytes($0) }) { return .unresolvedPronoun }
        }
        // "What is it called when…" asks for a name; its "it" points forward, at the condition.
        let asksForAName = card.prompt.hasPrefix("What is it called ")
        // "Why is it important to cool the burn?": an empty "it", standing for the advice after it.
        if stem.count >= 1, stem.count < promptWords.count, pronouns.contains(Sentence.key(promptWords[stem.count])), !asksForAName,
           !ExpletiveAdvice.asksWhy(card.prompt) {
            return .unresolvedPronoun
        }
        if promptWords.count < 3 { return .shortQuestion }
        if card.type == .basic || card.type == .cloze,
           firstAnswer.spaceSeparatedCount > 25 { return .longAnswer }
        // The topic line is shown with the card: a gap it fills gives itself away ("Lymphoedema after breast cancer
        // treatment" over "Lymphoedema can happen after [...]").
        let promptKey = " " + words(card.prompt) + " " + (card.type == .cloze ? words(card.topic) + " " : "")
        if answers.contains(where: { answer in
            let key = words(answer)
            return key.count >= 3 && promptKey.containsBytes(" " + key + " ")
        }) {
            return .answerInQuestion
        }
        // "What do dry powder inhalers deliver? Medication in a powdered form": a short typed answer whose word the
        // question already shows, by its first five letters, gives itself away. The topic and a "Label:" in front
        // are every card's context, not the question's.
        // A quantity's gap and "What kind of rash…?" (the answer names its kind of rash) are exempt.
        // A cloze's long sentence shares ordinary words with its gap by chance: only a gap of one or two words.
        // A list's items are asked together: one item sharing a word with the question gives nothing away.
        if card.needed == nil,
           card.type == .basic && firstAnswer.spaceSeparatedCount <= 5 || card.type == .cloze && firstAnswer.spaceSeparatedCount <= 2,
           !firstAnswer.contains(where: \.isNumber), !loweredPrompt.containsBytes("what kind of ") {
            var question = card.prompt
            var label = ""
            if ParagraphLabel.opensWithLabel(question), let colon = question.firstIndex(of: ":") {
                label = String(question[..<colon])
                question = String(question[question.index(after: colon)...])
            }
            let answerStems = stems(firstAnswer)
            let context = answerStems.isEmpty ? [] : stems(card.topic).union(stems(label))
            if !answerStems.isEmpty, !stems(question).subtracting(context).isDisjoint(with: answerStems.subtracting(context)) {
                return .answerInQuestion
            }
        }
        if card.type == .cloze, isCopied(gap: firstAnswer, in: card.prompt) { return .answerInQuestion }
        // "What do metastatic tumours weaken? The bones" under "Bone metastases", "Bone metastases: lung cancer
        // spreads to [...]": a short answer whose every word the topic line or the label in front shows gives
        // itself away.
        // "When will a work-up be done? If you have a neutropenic fever" under "What is a neutropenic fever": the
        // words around the topic's ("if you have") add nothing either.
        if [.basic, .cloze].contains(card.type), card.needed == nil, firstAnswer.spaceSeparatedCount <= 8 {
            let label = ParagraphLabel.opensWithLabel(card.prompt) ? card.prompt.prefix { $0 != ":" } : ""
            // "The extra pressure" under "Pressure ulcers", "the affected bone" under "Bone metastases": a word that
            // only points adds nothing to what the label shows.
            let answerWords = contentWords(firstAnswer).subtracting(pointingWords)
            if !answerWords.isEmpty, answerWords.isSubset(of: contentWords(card.topic + " " + label)) { return .answerInQuestion }
        }
        // "How often are daily inhalers taken? Every day": a frequency the question already names.
        if card.type == .basic || card.type == .cloze, Self.frequencies.keys.contains(where: loweredPrompt.containsBytes) {
            let questionWords = Set(card.prompt.lowercased().spaceSeparated.map { Sentence.key($0) })
            // "Every day, even when you feel fine": what the answer adds after a comma does not hide the frequency.
            let answerWords = Set(lowered.prefix { $0 != "," }.spaceSeparated.map { Sentence.singular(Sentence.key($0)) })
            // "Once or twice daily" says how many times a day: only an answer that says nothing more gives itself away.
            if Self.frequencies.contains(where: { questionWords.contains($0.key) && !answerWords.isDisjoint(with: $0.value)
                && answerWords.subtracting($0.value).isSubset(of: ["every", "each", "a", "per", "the"]) }) {
                return .answerInQuestion
            }
        }
        let texts = [card.prompt] + answers + (card.options ?? [])  // "[...]" is balanced itself
        if texts.contains(where: { !isBalanced($0) }) { return .unbalanced }
        return nil
    }

    /// "What is a low blood sugar?" → "a low blood sugar": the term a "What is…?" question asks to define.
    static func definedTerm(_ prompt: String) -> String? {
        for opener in ["What is ", "What are "] where prompt.hasPrefix(opener) && prompt.hasSuffix("?") {
            return String(prompt.dropFirst(opener.count).dropLast())
        }
        return nil
    }

    /// Words of a statement that only judges.
    static let platitudes = ["very serious", "key part", "crucial", "successfully", "something to do with", "well-being",
                             "wellbeing"]

    /// Frequency words and the units an answer would repeat them with.
    static let frequencies: [String: Set<String>] = [
        "daily": ["day", "daily"], "weekly": ["week", "weekly"], "monthly": ["month", "monthly"],
        "hourly": ["hour", "hourly"], "yearly": ["year", "yearly", "annually"], "annual": ["year", "annually", "annual"],
        "nightly": ["night", "nightly"],
    ]

    /// Whether `text`, lowercased, names a numbered step ("step 3", "steps 2 and 3").
    static func pointsAtAStep(_ text: String) -> Bool {
        guard text.containsBytes("step") else { return false }
        let words = text.spaceSeparated.map { Sentence.key($0) }
        return zip(words, words.dropFirst()).contains { ["step", "steps"].contains($0) && $1.first?.isNumber == true }
    }

    /// The first five letters of each content word of six letters or more by default (short common words such as
    /// "blood" are shared by questions and answers about different things).
    static func stems(_ text: String, minimumLength: Int = 6) -> Set<String> {
        Set(text.lowercased().spaceSeparated.map { Sentence.key($0) }.filter { $0.count >= minimumLength && !Stopwords.english.contains($0) }
            .map { String($0.prefix(5)) })
    }

    /// Content words, singular ("bones" and "Bone" are one word).
    static func contentWords(_ text: String) -> Set<String> {
        Set(text.lowercased().spaceSeparated.map { word in
            // "metastasis" and "metastases", "diagnosis" and "diagnoses" are one word.
            let key = Sentence.key(word)
            return key.count > 5 && key.hasSuffix("sis") ? String(key.dropLast(2)) + "e" : Sentence.singular(key)
        }.filter { $0.count >= 3 && !Stopwords.english.contains($0) })
    }

    /// Lowercased words without punctuation, space-separated.
    static func words(_ text: String) -> String {
        if let words = ASCIIBytes.joinedWordKeys(text) { return words }
        return text.spaceSeparated.map { Sentence.key($0) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Whether brackets pair up and straight double quotes come in twos.
    static func isBalanced(_ text: String) -> Bool {
        var round = 0, square = 0, curly = 0, quotes = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "("): round += 1
            case UInt8(ascii: ")"): round -= 1
            case UInt8(ascii: "["): square += 1
            case UInt8(ascii: "]"): square -= 1
            case UInt8(ascii: "{"): curly += 1
            case UInt8(ascii: "}"): curly -= 1
            case UInt8(ascii: "\""): quotes += 1
            default: continue
            }
            if round < 0 || square < 0 || curly < 0 { return false }
        }
        return round == 0 && square == 0 && curly == 0 && quotes % 2 == 0
    }
}
