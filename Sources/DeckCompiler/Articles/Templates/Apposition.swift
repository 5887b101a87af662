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
            // "a high-pitched sound made when they breathe in": a participle straight after the head opens a
            // relative clause too, which may hold its own "when".
            let relative = phrase.first { tokens[$0].tag == .wh || tokens[$0].key == "that"
                || tokens[$0].tag == .pastParticiple && $0 > phrase.lowerBound + 1 && tokens[$0 - 1].tag == .noun }
            let head = phrase.upperBound > phrase.lowerBound ? (relative ?? phrase.upperBound) - 1 : phrase.lowerBound
            let checked = relative.map { phrase.lowerBound..<$0 } ?? phrase
            guard head > phrase.lowerBound, [.noun, .properNoun].contains(tokens[head].tag),
                  !checked.contains(where: { clauseWords.contains(tokens[$0].tag) }),
                  !phrase.contains(where: { [.modal, .negation].contains(tokens[$0].tag) }),
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
        return made + bracketed(context) + meaning(context)
    }

    /// "…when there is a residual volume, which means that the bladder does not empty properly": what a term
    /// newly named ("a", "an") means, asked as "What is meant by a residual volume?".
    private static func meaning(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let tokens = passage.tokens
        guard passage.text.containsBytes(", which means ") else { return [] }
        var made: [Candidate] = []
        for comma in tokens.indices where comma + 3 < tokens.count && tokens[comma].key == ","
            && tokens[comma + 1].key == "which" && tokens[comma + 2].key == "means" {
            guard let term = term(before: comma, in: passage), term.lowerBound > 0,
                  ["a", "an"].contains(tokens[term.lowerBound - 1].key) else { continue }
            let start = tokens[comma + 3].key == "that" ? comma + 4 : comma + 3
            let end = tokens[start...].firstIndex { [";", ".", "(", ":"].contains($0.key) } ?? tokens.count
            let told = start..<end
            guard (3...22).contains(told.count) else { continue }
            var card = context.candidate(.basic, prompt: "What is meant by \(tokens[term.lowerBound - 1].key) \(passage.text(term))?",
                                         answers: [passage.text(told)], template: .copulaDefinition, prior: 0.75, answerRange: told)
            card.clauseKey = passage.text + "#means#" + String(comma)
            made.append(card)
        }
        return made
    }

    /// "…an obstruction in the urethra (passage through which urine leaves the bladder)": a noun phrase in brackets
    /// with a relative clause of its own says what the term before it is. A bare one ("the calf (long tube)") may
    /// say anything of it, and is left alone.
    private static func bracketed(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let tokens = passage.tokens
        var made: [Candidate] = []
        for open in tokens.indices where tokens[open].key == "(" && open > 0 {
            guard let close = tokens[(open + 1)...].firstIndex(where: { $0.key == ")" || $0.key == "(" }), tokens[close].key == ")",
                  (4...16).contains(close - open - 1), let term = term(before: open, in: passage) else { continue }
            var start = open + 1
            if ["a", "an", "the"].contains(tokens[start].key) { start += 1 }
            // The head noun, then at once the relative clause: "passage through which…", "the tube that…".
            guard let relative = (start..<close).first(where: { tokens[$0].tag == .wh || tokens[$0].key == "that" }),
                  relative > start, relative - start <= 4,
                  (start..<relative).allSatisfy({ [.noun, .adjective].contains(tokens[$0].tag) || tokens[$0].tag == .preposition && $0 == relative - 1 }),
                  let head = (start..<relative).last(where: { tokens[$0].tag == .noun }),
                  head == relative - 1 || head == relative - 2 && tokens[relative - 1].tag == .preposition,
                  (relative + 1..<close).contains(where: { tokens[$0].tag.isFinite }) else { continue }
            let article = term.lowerBound > 0 && ["the", "a", "an"].contains(tokens[term.lowerBound - 1].key)
                ? tokens[term.lowerBound - 1].key + " " : ""
            let verb = LeadInList.isPlural(passage.text(term)) ? "are" : "is"
            let phrase = (open + 1)..<close
            var card = context.candidate(.basic, prompt: "What \(verb) \(article)\(passage.text(term))?", answers: [passage.text(phrase)],
                                         template: .copulaDefinition, prior: 0.75, answerRange: phrase)
            card.clauseKey = passage.text + "#bracket#" + String(open)
            made.append(card)
        }
        return made
    }

    /// The noun phrase that ends just before `comma`: up to four nominal words, without its article.
    static func term(before comma: Int, in passage: Passage) -> Range<Int>? {
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
