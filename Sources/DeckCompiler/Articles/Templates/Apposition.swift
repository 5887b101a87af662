/// "…the periosteum, the membrane that lines the outer surface of bone, and…", "denosumab, a monoclonal
/// antibody,": a noun phrase renamed between commas is defined there. Asks what the term is.
enum Apposition {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        guard context.index == 0 else { return [] }
        let passage = context.passage
        let tokens = passage.tokens
        var made: [Candidate] = []
        for comma in tokens.indices where [",", "–", "—"].contains(tokens[comma].key) && comma + 2 < tokens.count
            && ["a", "an", "the"].contains(tokens[comma + 1].key) {
            // A renaming closes with the mark that opened it ("—, a…, —"), or a comma, or the sentence's end.
            let closers: Set<String> = [tokens[comma].key, ",", ";", ".", ")", "(", ":"]
            guard let term = term(before: comma, in: passage),
                  let end = tokens[(comma + 2)...].firstIndex(where: { closers.contains($0.key) }),
                  end - comma - 1 >= 2, end - comma - 1 <= 16 else { continue }
            let phrase = (comma + 1)..<end
            // "nausea, a fever, and chills" is a list: after the closing comma comes another item.
            if tokens[end].key == ",", end + 1 < tokens.count, ["and", "or"].contains(tokens[end + 1].key),
               end + 2 < tokens.count, !tokens[end + 2].tag.isVerb { continue }
            // "the ureter, the pelvis (the funnel…) or the cortex": past a bracket, an "or" goes on with the list.
            if tokens[end].key == "(", let close = tokens[end...].firstIndex(where: { $0.key == ")" }), close + 1 < tokens.count,
               ["and", "or"].contains(tokens[close + 1].key) || tokens[close + 1].key == "," && close + 2 < tokens.count
                && ["and", "or"].contains(tokens[close + 2].key) { continue }
            // "after a large meal, a drink or a fall": a phrase of several joined by "or" is the rest of a list.
            if phrase.contains(where: { ["and", "or"].contains(tokens[$0].key) && $0 + 1 < end && ["a", "an", "the"].contains(tokens[$0 + 1].key) }) {
                continue
            }
            // A renaming is a noun phrase, with at most a relative clause after its head.
            let clauseWords: Set<PartOfSpeech> = [.modal, .subordinator, .negation]
            // Between a pair of dashes the renaming is plainly set off, and may run longer than between commas.
            let maximumLength = tokens[comma].key != "," && tokens[end].key == tokens[comma].key ? 10 : 6
            let relative = phrase.first { tokens[$0].tag == .wh || tokens[$0].key == "that" }
            let head = phrase.upperBound > phrase.lowerBound ? (relative ?? phrase.upperBound) - 1 : phrase.lowerBound
            guard head > phrase.lowerBound, [.noun, .properNoun].contains(tokens[head].tag),
                  !phrase.contains(where: { clauseWords.contains(tokens[$0].tag) }),
                  relative != nil || phrase.count <= maximumLength && !(phrase.lowerBound..<head).contains(where: { tokens[$0].tag.isFinite })
            else { continue }
            // "the periosteum" keeps its article in the question; "metastases" takes "are".
            let article = term.lowerBound > 0 && ["the", "a", "an"].contains(tokens[term.lowerBound - 1].key)
                ? tokens[term.lowerBound - 1].key + " " : ""
            let verb = LeadInList.isPlural(passage.text(term)) ? "are" : "is"
            var card = context.candidate(.basic, prompt: "What \(verb) \(article)\(passage.text(term))?", answers: [passage.text(phrase)],
                                         template: .copulaDefinition, prior: 0.8, answerRange: phrase)
            card.clauseKey = passage.text + "#apposition#" + String(comma)
            made.append(card)
            if let kind = KindQuestion.candidate(context, term: article + passage.text(term), definiens: phrase) { made.append(kind) }
        }
        return made
    }

    /// The noun phrase that ends just before `comma`: up to four nominal words, without its article.
    private static func term(before comma: Int, in passage: Passage) -> Range<Int>? {
        let tokens = passage.tokens
        // "a pulmonary embolism (PE) —": the term is the noun phrase before its abbreviation.
        var before = comma
        if before > 2, tokens[before - 1].key == ")", let open = tokens[..<before].lastIndex(where: { $0.key == "(" }),
           before - open <= 4, open > 0 {
            before = open
        }
        guard before > 0, [.noun, .properNoun].contains(tokens[before - 1].tag) else { return nil }
        var start = before - 1
        while start > 0, before - start < 4, [.noun, .properNoun, .adjective].contains(tokens[start - 1].tag) { start -= 1 }
        // The phrase must begin the sentence or follow a word that ends a phrase before it.
        if start > 0, ![.determiner, .preposition, .conjunction, .verb, .verbPresent3, .verbPast, .pastParticiple, .auxiliary,
                         .modal, .punctuation].contains(tokens[start - 1].tag) { return nil }
        return start..<comma
    }
}
