/// The fallback for an informative clause no other template read: a cloze on its key chunk, the phrase after
/// the verb (up to its first comma), or the whole coordination when that phrase is a list, so the gap has one
/// answer.
enum ClozeFallback {
    /// Sentences that lean on the one before ("For example, …") make no cloze on their own.
    static let exampleOpeners = ["for example", "for instance", "likewise", "similarly", "in addition", "also,", "e.g."]

    /// Words that open a qualifier after the key chunk ("one or more inhalers depending on…"): the gap ends there.
    static let phraseEnders: Set<String> = ["depending", "including", "following", "using", "especially", "except",
                                            "such", "like", "unlike", "compared"]

    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        // A condition or reason clause is asked by its own templates; a gap in it alone reads garbled.
        guard clause.opener == nil, clause.rest.count >= 1, passage.tokens.count >= 6,
              !exampleOpeners.contains(where: passage.text.lowercased().hasPrefix) else { return [] }
        let tokens = passage.tokens
        // "This is the body's way of…" with nothing "this" can stand for: the gap would have no context.
        if let first = clause.subject.first, ClauseContext.referringWords.contains(tokens[first].key), context.subjectText == nil {
            return []
        }
        var start = clause.rest.lowerBound
        // "Make sure your child is not…": what follows "make sure" is a clause of its own, no chunk to hide.
        if tokens[start].key == "sure", start > 0, ["make", "makes", "making"].contains(tokens[start - 1].key) { return [] }
        if tokens[start].tag == .preposition || tokens[start].tag == .to { start += 1 }
        while start < clause.rest.upperBound, tokens[start].tag == .determiner, ["a", "an", "the"].contains(tokens[start].key) {
            start += 1
        }
        var end = start
        while end < clause.rest.upperBound, tokens[end].key != ",", tokens[end].tag != .wh, tokens[end].tag != .subordinator,
              !tokens[end].tag.isFinite, !["-", "–", "—", ";", ":", "("].contains(tokens[end].key),
              !Self.phraseEnders.contains(tokens[end].key),
              // "…a blood test [to check…]": an infinitive after the chunk is its purpose, not part of it.
              !(tokens[end].tag == .to && end + 1 < tokens.count && tokens[end + 1].tag == .verb),
              !(tokens[end].tag == .conjunction && end + 1 < clause.rest.upperBound
                  && tokens[end + 1].tag.isVerb),
              !(tokens[end].tag == .preposition && end > start + 2 && tokens[end].key != "of") {
            end += 1
        }
        // A coordination runs on past its commas: hide it whole.
        if end < clause.rest.upperBound, tokens[end].key == ",",
           let conjunction = (end..<clause.rest.upperBound).first(where: { tokens[$0].tag == .conjunction }) {
            // …unless the comma and conjunction join a second verb phrase ("…of oxygen, and begins to break down").
            if !CoordinationCloze.joinsClauses(at: conjunction, in: tokens) { end = clause.rest.upperBound }
        }
        guard end > start, end - start <= 10 else { return [] }
        // "affect [people with health] conditions that…": a gap that stops inside its noun phrase is cut off.
        if end < clause.rest.upperBound, [.noun, .adjective].contains(tokens[end - 1].tag),
           tokens[end].tag == .noun || tokens[end].tag == .verbPresent3 && end + 1 < tokens.count
            && (tokens[end + 1].tag == .wh || tokens[end + 1].key == "that") {
            return []
        }
        guard start < end, [.determiner, .noun, .properNoun, .adjective, .number, .gerund, .possessive].contains(tokens[start].tag)
        else { return [] }
        // "There are [...]." asks nothing: the words left around the gap must say something.
        guard tokens.count - (end - start) >= 6, tokens.first?.key != "there" else { return [] }
        let hidden = start..<end
        let answer = passage.text(hidden)
        // "…are a [serious health concern] for…": a judgement or a role is no fact a gap can ask for.
        guard answer.count >= 3, !["one", "ones", "them", "this", "that", "these", "those", "worse", "better", "early", "more",
                                    "less"].contains(answer.lowercased()),
              !CopulaDefinition.roleNouns.subtracting(["emergency"]).contains(tokens[hidden.upperBound - 1].key),
              (hidden).contains(where: { tokens[$0].tag.isNominal || tokens[$0].tag == .gerund }) else { return [] }
        return [context.candidate(.cloze, prompt: VerbRelation.cloze(context, hiding: hidden), answers: [answer],
                                  template: .cloze, prior: 0.35, answerRange: hidden)]
    }
}
