/// "Blood clots can travel to the lungs." / "Sepsis damages organs." Keeps the sentence's own verb and asks for
/// each side: what does the subject do to what, and what does it to the object. An object after a preposition
/// is hidden in a cloze ("travel to [...]") so no question word has to guess its role.
enum VerbRelation {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        guard !clause.rest.isEmpty, !clause.isImperative, clause.opener == nil, let subject = context.subjectText,
              !["you", "we", "i"].contains(subject.lowercased()) else { return [] }
        let verbKeys = clause.verb.map { passage.tokens[$0].key }
        if verbKeys == ["is"] || verbKeys == ["are"] || verbKeys.last == "be" { return [] }
        // "… and be carried by the blood": a verb phrase that shares its subject and lost its modal.
        if clause.subject.upperBound <= clause.range.lowerBound, ["be", "been", "being"].contains(verbKeys.first ?? "") { return [] }
        let restStart = passage.tokens[clause.rest.lowerBound]
        let answer = passage.text(clause.rest)
        guard clause.rest.count <= 16 else { return [] }
        var made: [Candidate] = []
        let objectLike: Set<PartOfSpeech> = [.determiner, .possessive, .noun, .properNoun, .adjective, .number, .gerund]
        let isPassive = clause.verb.count >= 2 && passage.tokens[clause.verb.upperBound - 1].tag == .pastParticiple
            && clause.verb.dropLast().contains { ["is", "are", "was", "were", "be", "been"].contains(passage.tokens[$0].key) }
        let isSuperlative = restStart.key == "the" && clause.rest.count > 1 && passage.tokens[clause.rest.lowerBound + 1].key == "most"
        if objectLike.contains(restStart.tag), !isPassive, !isSuperlative, let question = QuestionForm.askingObject(context) {
            made.append(context.candidate(.basic, prompt: question, answers: [answer], template: .verbRelation,
                                          prior: clause.rest.count <= 8 ? 0.7 : 0.5, answerRange: clause.rest))
        } else if restStart.tag == .preposition || restStart.tag == .to, clause.rest.count >= 2 {
            let hidden = (clause.rest.lowerBound + 1)..<clause.rest.upperBound
            let prompt = cloze(context, hiding: hidden)
            made.append(context.candidate(.cloze, prompt: prompt, answers: [passage.text(hidden)],
                                          template: .verbRelation, prior: 0.55, answerRange: hidden))
        }
        let subjectKey = subject.lowercased()
        // Asking for the subject needs a rest that says something specific, and an answer that is not just the
        // page's own subject ("What can occur with no symptoms?" – many things can).
        let restHasNoun = clause.rest.contains { [.noun, .properNoun, .number].contains(passage.tokens[$0].tag) }
        let answerIsPageSubject = context.pageSubject.map { $0.lowercased() == subjectKey.lowercased() } ?? false
        // A list item's gloss ("Medicines: these may help ease pain") is about its label: ask for the label.
        let aboutItsLabel = context.subjectIsResolved && context.block.kind == .item
        if !context.subjectIsResolved || aboutItsLabel, clause.subject.count <= 6, restHasNoun, !answerIsPageSubject, !["you", "we", "i", "people", "there"].contains(subjectKey),
           !clause.isNegated, let question = QuestionForm.askingSubject(context) {
            made.append(context.candidate(.basic, prompt: question, answers: [subject], template: .verbRelation,
                                          prior: 0.5, answerRange: clause.subject))
        }
        return made
    }

    /// The sentence, pronoun resolved, with tokens `hidden` shown as "[...]".
    static func cloze(_ context: ClauseContext, hiding hidden: Range<Int>) -> String {
        let passage = context.passage
        var parts: [String] = []
        if context.subjectIsResolved, let subject = context.subjectText, hidden.lowerBound >= context.clause.subject.upperBound {
            parts.append(passage.text(0..<context.clause.subject.lowerBound))
            parts.append(context.clause.subject.lowerBound == 0 ? subject.capitalizedFirst : subject)
            parts.append(passage.text(context.clause.subject.upperBound..<hidden.lowerBound))
        } else {
            parts.append(passage.text(0..<hidden.lowerBound))
        }
        parts.append("[...]")
        parts.append(passage.text(hidden.upperBound..<passage.tokens.count))
        return parts.filter { !$0.isEmpty }.joined(separator: " ").replacingSpacesBeforePunctuation()
    }
}
