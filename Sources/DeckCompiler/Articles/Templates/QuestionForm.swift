/// Turns a clause into a question by moving its auxiliary before the subject: "X can cause Y" gives
/// "What can X cause?", "X causes Y" gives "What does X cause?", "X is caused by Y" gives "What is X caused by?".
enum QuestionForm {
    /// The question asking for what follows the verb group, with `tail` (the words kept after the verb).
    static func askingObject(_ context: ClauseContext, word: String = "What", tail rawTail: String = "") -> String? {
        // A tail cut at a clause boundary can end in "and", "or" or a dash; the question must not.
        var tail = rawTail.trimming(" ,;:–-")
        // A stub a list's lead-in ends on ("due to", "caused by") is the question's own tail and stays.
        let isStub = tail.spaceSeparatedCount <= 2
        for loose in [" and", " or", " but", " to", " of"] where tail.lowercased().hasSuffix(loose) && !(isStub && [" to", " of"].contains(loose)) {
            tail = String(tail.dropLast(loose.count)).trimming(" ,;:–-")
        }
        guard let subject = context.subjectText else { return nil }
        let passage = context.passage
        let verb = context.clause.verb
        let tokens = verb.map { passage.tokens[$0] }
        guard let first = tokens.first else { return nil }
        // "Occasionally, it can cause chest pain": how often is part of the fact ("What can it occasionally cause?").
        let clause = context.clause
        let fronted = clause.subject.isEmpty || clause.subject.lowerBound <= clause.range.lowerBound ? []
            : Array(clause.range.lowerBound..<clause.subject.lowerBound)
        let often = fronted.first { Self.frequencies.contains(passage.tokens[$0].key) }.map { passage.tokens[$0].key } ?? ""
        let subjectShown = often.isEmpty ? subject.lowercasedFirst : subject.lowercasedFirst + " " + often
        let rest: String
        if let modal = context.clause.sharedModal, first.tag == .verb {
            // "…and increase the risk of stones", under the "can" before it: "What can gout increase the risk of?"
            rest = [passage.tokens[modal].key, subjectShown, passage.text(verb), tail].filter { !$0.isEmpty }.joined(separator: " ")
        } else if first.tag == .modal || first.tag == .auxiliary, verb.count > 1 || first.tag == .auxiliary {
            let more = passage.text((verb.lowerBound + 1)..<verb.upperBound)
            rest = [first.key, subjectShown, more, tail].filter { !$0.isEmpty }.joined(separator: " ")
        } else if first.tag == .verbPresent3 || first.tag == .verb && looksThirdPerson(first.key, subject: subject),
                  let base = baseForm(of: first.key) {
            // "helps prevent" → "does X help prevent"
            let more = passage.text((verb.lowerBound + 1)..<verb.upperBound)
            rest = ["does", subjectShown, base, more, tail].filter { !$0.isEmpty }.joined(separator: " ")
        } else if first.tag == .verb {
            let more = passage.text((verb.lowerBound + 1)..<verb.upperBound)
            rest = ["do", subjectShown, first.key, more, tail].filter { !$0.isEmpty }.joined(separator: " ")
        } else {
            return nil
        }
        // "In older people, a UTI may cause…": the group the clause is said of stays in its question.
        if let fronted = frontedContext(context) { return fronted + ", " + word.lowercased() + " " + rest + "?" }
        return word + " " + rest + "?"
    }

    /// Adverbs of how often something holds, which a question keeps.
    static let frequencies: Set<String> = ["occasionally", "sometimes", "rarely", "often", "usually", "commonly", "seldom",
                                           "frequently", "generally", "always", "never"]

    /// "In older people" from "In older people, a UTI may…": a prepositional phrase before the clause's subject
    /// that says of whom or when it holds. `nil` for a linking phrase ("In addition", "For example") or one that
    /// points elsewhere ("In this case").
    static func frontedContext(_ context: ClauseContext) -> String? {
        let tokens = context.passage.tokens
        let clause = context.clause
        let start = clause.range.lowerBound
        guard !clause.subject.isEmpty, clause.subject.lowerBound >= start + 3, clause.subject.lowerBound - start <= 12,
              ["in", "for", "during", "among", "after"].contains(tokens[start].key),
              tokens[clause.subject.lowerBound - 1].key == "," else { return nil }
        let phrase = (start + 1)..<(clause.subject.lowerBound - 1)
        // "For mild cellulitis affecting a small area of skin": a noun phrase, its head perhaps followed by a
        // participle or a preposition and their own noun phrase; a short one of a noun phrase alone.
        let modifiers: Set<PartOfSpeech> = [.gerund, .pastParticiple, .preposition]
        let firstModifier = phrase.first { modifiers.contains(tokens[$0].tag) }
        guard phrase.count <= 5 || firstModifier != nil,
              firstModifier.map({ $0 > phrase.lowerBound && tokens[$0 - 1].tag == .noun }) ?? true,
              phrase.allSatisfy({ [.noun, .adjective, .determiner, .number, .properNoun].contains(tokens[$0].tag)
                  || modifiers.contains(tokens[$0].tag) && $0 > phrase.lowerBound }),
              phrase.contains(where: { tokens[$0].tag == .noun }),
              !phrase.contains(where: { ClauseContext.referringWords.contains(tokens[$0].key) || linkingNouns.contains(tokens[$0].key) })
        else { return nil }
        return context.passage.text(start..<phrase.upperBound)
    }

    /// Nouns of the phrases that link a sentence to the one before rather than say of whom it holds.
    private static let linkingNouns: Set<String> = ["addition", "fact", "general", "particular", "example", "instance", "short",
                                                    "words", "turn", "meantime", "case", "cases", "summary", "contrast", "time", "way",
                                                    "information", "details"]

    /// The question asking for the subject: "What can cause Y?".
    static func askingSubject(_ context: ClauseContext) -> String? {
        let passage = context.passage
        let clause = context.clause
        guard !clause.subject.isEmpty, !clause.rest.isEmpty else { return nil }
        let firstVerb = passage.tokens[clause.verb.lowerBound]
        var verbText = passage.text(clause.verb)
        // "What are …" reads as a definition question; a plural subject's "are"/"cause" become "is"/"causes".
        if firstVerb.key == "are" { verbText = "is" + verbText.dropFirst(3) }
        if firstVerb.key == "have" { verbText = "has" + verbText.dropFirst(4) }
        if let modal = clause.sharedModal, firstVerb.tag == .verb {
            verbText = passage.tokens[modal].key + " " + verbText
        } else if firstVerb.tag == .verb, clause.verb.count == 1 {
            verbText = thirdPerson(of: firstVerb.key)
        }
        let asked = "what " + verbText + " " + passage.text(clause.rest).trimming(" .!") + "?"
        return frontedContext(context).map { $0 + ", " + asked } ?? asked.capitalizedFirst
    }

    /// "causes" → "cause", "carries" → "carry", "reaches" → "reach"; `nil` for irregular forms.
    static func baseForm(of word: String) -> String? {
        if let irregular = ["has": "have", "does": "do", "goes": "go", "is": "be"][word] { return irregular }
        guard word.hasSuffix("s"), word.count > 3 else { return nil }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "shes", "ches", "xes", "zzes", "oes"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }

    /// "looking" → "look", "making" → "make", "getting" → "get": the base form the lexicon knows as a verb;
    /// `nil` when it knows none.
    static func gerundBase(_ word: String) -> String? {
        guard word.hasSuffix("ing"), word.count > 5 else { return nil }
        let stem = String(word.dropLast(3))
        var tries = [stem, stem + "e"]
        if let last = stem.last, stem.count > 2, stem.dropLast().last == last { tries.append(String(stem.dropLast())) }
        return tries.first { Lexicon.english.tag(of: $0)?.isVerb == true }
    }

    /// "The rash fades": a verb the lexicon does not know, ending in "s" after a singular subject.
    static func looksThirdPerson(_ word: String, subject: String) -> Bool {
        endsInThirdPersonS(word) && !LeadInList.isPlural(subject) && !["you", "we", "they", "i"].contains(subject.lowercased())
    }

    /// "causes", not "class", "virus" or "this".
    private static func endsInThirdPersonS(_ word: String) -> Bool {
        word.hasSuffix("s") && !["ss", "us", "is"].contains(where: word.hasSuffix) && word.count > 3
    }

    static func thirdPerson(of word: String) -> String {
        if endsInThirdPersonS(word) { return word }
        if word == "have" { return "has" }
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return String(word.dropLast()) + "ies"
        }
        for ending in ["s", "sh", "ch", "x", "z", "o"] where word.hasSuffix(ending) { return word + "es" }
        return word + "s"
    }
}
