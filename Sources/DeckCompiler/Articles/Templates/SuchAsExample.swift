/// "Bisphosphonates, such as zoledronic acid, …", "Low-impact exercises, such as walking or swimming, …":
/// a class with its named examples. Asks for an example; any one of them is right.
enum SuchAsExample {
    /// With `asideOnly`, only examples a dash sets aside ("…snack – like fruit juice…"), which the parse of the
    /// sentence leaves out and the caller reads from the whole sentence.
    static func candidates(_ context: ClauseContext, asideOnly: Bool = false) -> [Candidate] {
        guard context.index == 0 else { return [] }
        let passage = context.passage
        let tokens = passage.tokens
        var made: [Candidate] = []
        for such in tokens.indices {
            let examplesStart: Int
            var classEnd = such
            if !asideOnly, tokens[such].key == "such", such + 2 < tokens.count, tokens[such + 1].key == "as" {
                examplesStart = such + 2
                if classEnd > 0, tokens[classEnd - 1].key == "," { classEnd -= 1 }
            } else if tokens[such].key == "like", such >= 2, such + 1 < tokens.count,
                      (asideOnly ? ["–", "—"] : ["–", "—", ","]).contains(tokens[such - 1].key) {
                // "Have a sugary drink or snack – like fruit juice, jelly babies or glucose tablets."
                examplesStart = such + 1
                classEnd = such - 1
            } else {
                continue
            }
            var classStart = classEnd
            while classStart > 0, classEnd - classStart < 5 {
                let tag = tokens[classStart - 1].tag
                // "a sugary drink or snack": a class may join two nouns.
                let joins = tag == .conjunction && classStart < classEnd && classStart >= 2
                    && [.noun, .adjective].contains(tokens[classStart - 2].tag) && ["or", "and"].contains(tokens[classStart - 1].key)
                guard [.noun, .properNoun, .adjective].contains(tag) || joins else { break }
                classStart -= 1
            }
            // "Conditions that affect the flow of blood, such as type 2 diabetes, can also make…": a class that a
            // relative clause narrows is the clause's whole subject up to its examples.
            let subject = context.clause.subject
            let narrowed = subject.contains(such) && subject.lowerBound < classStart && classEnd - subject.lowerBound <= 14
                && (subject.lowerBound + 1..<classEnd).contains { at in
                    ["that", "which", "who"].contains(tokens[at].key) && tokens[at - 1].tag == .noun && tokens[at - 1].key.hasSuffix("s")
                }
            if narrowed { classStart = subject.lowerBound }
            // "a medication such as paracetamol": a singular class is one with its article.
            let article = classStart > 0 && ["a", "an"].contains(tokens[classStart - 1].key) ? classStart - 1 : nil
            // The class opens the clause as its subject (after an adverbial: "In addition to medications,
            // alternative methods such as…"), and what the clause says of it names a vague class well enough.
            let opensClause = [0, context.clause.subject.lowerBound].contains(article ?? classStart)
            guard narrowed || classStart < classEnd && (tokens[classEnd - 1].key.hasSuffix("s") || article != nil) && tokens[classEnd - 1].tag == .noun
                    && (!vagueClasses.contains(tokens[classEnd - 1].key) || opensClause && classEnd - classStart >= 2)
                    && (classEnd - classStart >= 2 || tokens[classEnd - 1].key.count >= 9) else { continue }
            let clauseEnd = tokens[examplesStart...].firstIndex { [";", ".", ":"].contains($0.key)
                || $0.tag == .modal || $0.tag == .verbPresent3 || $0.tag == .verbPast } ?? tokens.count
            // "such as fever, cough and tiredness": every example of a list is right, not only the first.
            let listed = InlineList.items(in: examplesStart..<clauseEnd, of: passage)
            let examplesEnd = listed != nil ? clauseEnd : tokens[examplesStart...].firstIndex { [",", ";", ".", ")", ":"].contains($0.key)
                || $0.tag == .modal || $0.tag == .verbPresent3 || $0.tag == .verbPast } ?? tokens.count
            let examples = examplesStart..<examplesEnd
            guard listed != nil || (1...6).contains(examples.count),
                  !examples.contains(where: { tokens[$0].tag.isVerb && tokens[$0].tag != .gerund }) else { continue }
            // "walking or swimming": each one is an answer.
            var answers: [String] = []
            if let listed {
                answers = listed.flatMap(Self.alternatives)
            } else {
                var itemStart = examples.lowerBound
                for index in examples where ["or", "and"].contains(tokens[index].key) {
                    answers.append(passage.text(itemStart..<index))
                    itemStart = index + 1
                }
                answers.append(passage.text(itemStart..<examples.upperBound))
            }
            answers = answers.filter { !$0.isEmpty }
            guard !answers.isEmpty else { continue }
            let className = passage.text(classStart..<classEnd).lowercasedFirst
            var prompt = "What is an example of \(className)?"
            // "A medication such as paracetamol will be given to break the fever": the class is the clause's
            // subject, and what the clause says of it is the question's context.
            if narrowed {
                // "…that affect the flow of blood that can also make…" would stack two relatives: the statement
                // comes first, then the request.
                let said = passage.text(examplesEnd..<tokens.count).trimming(" ,.!")
                guard examplesEnd < tokens.count, !said.isEmpty, Passage(said).tokens.first?.tag.isFinite == true else { continue }
                prompt = "\(className.capitalizedFirst) \(said). Give an example."
            } else if opensClause, examplesEnd < tokens.count, tokens[examplesEnd].tag != .punctuation {
                let said = passage.text(examplesEnd..<tokens.count).trimming(" .!")
                guard !said.isEmpty else { continue }
                prompt = "Give an example of \(passage.text((article ?? classStart)..<classEnd).lowercasedFirst) that \(said)."
            } else if let article, article == 1, [.verb, .auxiliary].contains(tokens[0].tag) {
                // "Have a sugary drink or snack – like…": what the order says to do with one.
                prompt = "Give an example of \(passage.text(article..<classEnd).lowercasedFirst) to \(tokens[0].key)."
            } else if article != nil {
                continue
            }
            var card = context.candidate(.basic, prompt: prompt, answers: answers,
                                         template: .naming, prior: 0.7, answerRange: examples)
            card.clauseKey = passage.text + "#such-as#" + String(such)
            made.append(card)
        }
        return made
    }

    /// "a glass of fizzy drink (not diet) or fruit juice" → both: an item of a list that offers two, outside brackets.
    static func alternatives(_ item: String) -> [String] {
        guard let or = item.rangeOfBytes(" or "), !item[..<or.lowerBound].contains("(") || item[..<or.lowerBound].contains(")")
        else { return [item] }
        let parts = [String(item[..<or.lowerBound]), String(item[or.upperBound...])].map { $0.trimming(" ,") }
        return parts.allSatisfy({ !$0.isEmpty }) ? parts : [item]
    }

    /// Classes too vague to ask an example of without their sentence.
    private static let vagueClasses: Set<String> = ["things", "factors", "symptoms", "signs", "conditions", "problems",
                                                    "issues", "ways", "methods", "options", "measures", "steps"]
}
