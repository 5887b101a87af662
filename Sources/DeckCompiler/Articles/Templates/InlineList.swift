/// "Early signs of lymphoedema can include stiffness in the joints, dry skin, and tightness of rings." A list
/// written in a sentence is one card, as a bulleted one is: the clause's question, and every item as the answer.
enum InlineList {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let clause = context.clause
        guard clause.opener == nil, !clause.isNegated,
              let items = items(in: clause.rest, of: context.passage),
              let question = relativeQuestion(context) ?? (context.subjectText != nil ? QuestionForm.askingObject(context) : nil) else { return [] }
        // "If you have had a TIA, you must contact…": the condition belongs in the question.
        let condition = clause.condition.map { context.clauses[$0] }.flatMap { condition in
            condition.opener.map { $0 + " " + context.passage.text(condition.range).trimming(" ,") }
        }
        let asked = condition.map { $0.capitalizedFirst + ", " + question.lowercasedFirst } ?? question
        let answers = ListRecall.distinct(items)
        guard answers.count >= 2 else { return [] }
        // "Asthma attacks can be mild, moderate or severe": grades of severity, asked as how the severity is graded.
        var listed = clause.rest
        while let last = listed.last, context.passage.tokens[last].tag == .punctuation { listed = listed.dropLast() }
        if let graded = CoordinationCloze.severityQuestion(context, hiding: listed) {
            return ListRecall.card(graded, items: answers.map(\.capitalizedFirst), context: context, template: .inlineList, prior: 0.85,
                                   clauseKey: context.passage.text + "#" + String(context.index)).map { [$0] } ?? []
        }
        // "You must contact your GP, local hospital or out-of-hours service": advice joined by "or" offers
        // choices, and any one of them answers.
        let keys = clause.rest.map { context.passage.tokens[$0].key }
        let advice = clause.isImperative || clause.verb.contains { ["must", "should"].contains(context.passage.tokens[$0].key) }
        if advice, keys.contains("or"), !keys.contains("and") {
            // "…contact your GP, local hospital or out-of-hours service": whom, of people and services.
            let contacting = context.clause.verb.last.map { ConditionAdvice.contactVerbs.contains(context.passage.tokens[$0].key) } ?? false
            let whom = contacting && answers.contains { $0.lowercased().spaceSeparated.contains { VerbRelation.carers.contains(Sentence.key($0)) } }
            // "After a fall, what must you contact?" → "After a fall, whom must you contact?"
            let question = !whom ? question : question.hasPrefix("What ") ? "Whom" + question.dropFirst("What".count)
                : question.replacingBytes(", what ", with: ", whom ")
            let asked = condition.map { $0.capitalizedFirst + ", " + question.lowercasedFirst } ?? question
            var made = context.candidate(.basic, prompt: asked, answers: answers, template: .inlineList, prior: 0.85)
            made.clauseKey = context.passage.text + "#" + String(context.index)
            return [made]
        }
        return ListRecall.card(asked, items: answers, context: context, template: .inlineList, prior: 0.85,
                               clauseKey: context.passage.text + "#" + String(context.index)).map { [$0] } ?? []
    }

    /// "Things that raise the risk include A, B and C" → "What raises the risk of gout?"; "Foods that contain
    /// vitamin K include…" → "Which foods contain vitamin K?": a subject that is a plural and its relative clause,
    /// before "include", asks what the relative clause says. `nil` for any other subject.
    static func relativeQuestion(_ context: ClauseContext) -> String? {
        let tokens = context.passage.tokens
        let subject = context.clause.subject
        guard subject.count >= 3, subject.count <= 9, let verb = context.clause.verb.last,
              ["include", "includes"].contains(tokens[verb].key),
              tokens[subject.lowerBound].tag == .noun, tokens[subject.lowerBound].key.hasSuffix("s"),
              ["that", "which"].contains(tokens[subject.lowerBound + 1].key),
              tokens[subject.lowerBound + 2].tag.isVerb || tokens[subject.lowerBound + 2].tag == .modal,
              !subject.contains(where: { [",", "(", ")"].contains(tokens[$0].key) }) else { return nil }
        let head = tokens[subject.lowerBound].key
        var relative = context.passage.text((subject.lowerBound + 2)..<subject.upperBound)
        let asked: String
        if head == "things" {
            // "What" takes a singular verb: "raise" → "raises".
            if tokens[subject.lowerBound + 2].tag == .verb, let space = relative.firstIndex(of: " ") {
                let word = relative[..<space]
                relative = (word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") ? word + "es" : word + "s") + relative[space...]
            }
            asked = "What " + relative
        } else {
            asked = "Which " + context.passage.text(subject.lowerBound..<(subject.lowerBound + 1)).lowercased() + " " + relative
        }
        // "…raise the risk": of what, the page says.
        if let page = context.pageSubject, asked.hasSuffix(" the risk") { return asked + " of " + page.lowercasedFirst + "?" }
        return asked + "?"
    }

    /// The items when tokens `range` are all one list of three or more short items: "A, B(,) and C". With
    /// `allowingInfinitives`, an item may name a need to do something ("the need to urinate often").
    static func items(in range: Range<Int>, of passage: Passage, allowingInfinitives: Bool = false) -> [String]? {
        let tokens = passage.tokens
        // "This involves: a chest x-ray, blood cultures…": the colon only announces the list.
        var range = range
        if let colon = range.first, tokens[colon].key == ":" { range = (colon + 1)..<range.upperBound }
        // "…and mouth ulcers – known as oral mucositis": a dash ends the list.
        if let dash = range.first(where: { tokens[$0].key == "–" || tokens[$0].key == "—" }) { range = range.lowerBound..<dash }
        // "…and not being able to empty the bladder, for example because of…": an example of the last item ends the list.
        if let example = range.first(where: { tokens[$0].key == "," && $0 + 2 < range.upperBound
            && (tokens[$0 + 1].key == "for" && ["example", "instance"].contains(tokens[$0 + 2].key) || tokens[$0 + 1].key == "e.g.") }) {
            range = range.lowerBound..<example
        }
        guard let first = range.first, [.determiner, .possessive, .noun, .adjective, .gerund, .properNoun].contains(tokens[first].tag)
        else { return nil }
        // "…, checking the skin and, if you have symptoms, those will…": an "and" before a comma closes the list
        // and a new clause follows.
        let closing = range.first { index in
            ["and", "or"].contains(tokens[index].key) && index + 1 < range.upperBound && tokens[index + 1].key == ","
        } ?? (range.upperBound + 1 < tokens.count && ["and", "or"].contains(tokens[range.upperBound].key)
                && tokens[range.upperBound + 1].key == "," ? range.upperBound : nil)
        var chunks: [Range<Int>] = []
        var start = first
        var depth = 0
        for index in range where closing.map({ index < $0 }) ?? true {
            switch tokens[index].key {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "," where depth == 0:
                chunks.append(start..<index)
                start = index + 1
            default: break
            }
        }
        var last = start..<(closing ?? range.upperBound)
        // "… and out-of-hours services immediately": the clause's adverb is no part of the last item.
        // "The need to pass urine often": an adverb that ends the item's own infinitive is the item's.
        while let end = last.last, tokens[end].tag == .punctuation
            || tokens[end].tag == .adverb && !last.contains(where: { tokens[$0].tag == .to }) { last = last.lowerBound..<end }
        guard chunks.count >= 1, !last.isEmpty else { return nil }
        if closing != nil {
            chunks.append(last)
        } else if tokens[last.lowerBound].tag == .conjunction, tokens[last.lowerBound].key != "but" {
            // "…, and C": the serial comma.
            chunks.append((last.lowerBound + 1)..<last.upperBound)
        } else if let conjunction = last.last(where: { ["and", "or"].contains(tokens[$0].key) }), conjunction > last.lowerBound {
            chunks.append(last.lowerBound..<conjunction)
            chunks.append((conjunction + 1)..<last.upperBound)
        } else {
            return nil
        }
        // Each item a short noun phrase: no verb of its own, no clause word, nothing pointing elsewhere
        // ("making them more prone to fractures", "improve mobility", "to improve quality of life").
        let clauseWords = Set<PartOfSpeech>([.verbPresent3, .verbPast, .modal, .subordinator, .wh, .auxiliary, .pronoun])
            .union(allowingInfinitives ? [] : [.to])
        let opensPhrase: Set<PartOfSpeech> = [.determiner, .possessive, .noun, .adjective, .gerund, .properNoun, .number]
        // "4 to 5 jelly babies": a range's "to" is no infinitive.
        let isRange = { (index: Int) in
            tokens[index].tag == .to && index > 0 && index + 1 < tokens.count
                && tokens[index - 1].tag == .number && tokens[index + 1].tag == .number
        }
        // A bracketed aside ("fizzy drink (not a diet variety)") does not make an item long.
        let length = { (chunk: Range<Int>) in
            var depth = 0
            return chunk.reduce(0) { count, index in
                if tokens[index].key == "(" { depth += 1 } else if tokens[index].key == ")" { depth -= 1; return count }
                return depth > 0 ? count : count + 1
            }
        }
        // "a small glass of fizzy drink or fruit juice": an item that offers two is as long as the longer.
        let itemLength = { (chunk: Range<Int>) in
            guard let or = chunk.first(where: { tokens[$0].key == "or" }), or > chunk.lowerBound else { return length(chunk) }
            return max(length(chunk.lowerBound..<or), length((or + 1)..<chunk.upperBound))
        }
        // "a sore, inflamed mouth": two adjectives of one noun, not two items.
        if let first = chunks.first, let end = first.last, tokens[end].tag == .adjective, chunks.count > 1,
           [.adjective, .pastParticiple].contains(tokens[chunks[1].lowerBound].tag),
           chunks[1].count >= 2, [.noun, .adjective].contains(tokens[chunks[1].lowerBound + 1].tag) { return nil }
        // "being pregnant", "having diabetes": an item may open with the -ing form of "be" or "have", and "not
        // drinking enough", "not being able to…" with its negation.
        let isGerund = { (index: Int) in ["being", "having"].contains(tokens[index].key) }
        let opens = { (index: Int) in
            opensPhrase.contains(tokens[index].tag) || isGerund(index)
                || tokens[index].key == "not" && index + 1 < tokens.count && tokens[index + 1].key.hasSuffix("ing")
        }
        // "able to empty": the infinitive of "able" is the item's own.
        let isAbleTo = { (index: Int) in tokens[index].tag == .to && index > 0 && tokens[index - 1].key == "able" }
        guard chunks.count >= 3, chunks.allSatisfy({ (1...8).contains(itemLength($0)) && opens($0.lowerBound) }),
              !chunks.contains(where: { chunk in chunk.contains { clauseWords.contains(tokens[$0].tag) && !isRange($0) && !isGerund($0) && !isAbleTo($0) } })
        else { return nil }
        return chunks.map { passage.text($0).trimming(" ,;.") }
    }
}
