/// "Bisphosphonates, such as zoledronic acid, …", "Low-impact exercises, such as walking or swimming, …":
/// a class with its named examples. Asks for an example; any one of them is right.
enum SuchAsExample {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        guard context.index == 0 else { return [] }
        let passage = context.passage
        let tokens = passage.tokens
        var made: [Candidate] = []
        for such in tokens.indices where tokens[such].key == "such" && such + 2 < tokens.count && tokens[such + 1].key == "as" {
            var classEnd = such
            if classEnd > 0, tokens[classEnd - 1].key == "," { classEnd -= 1 }
            var classStart = classEnd
            while classStart > 0, classEnd - classStart < 4,
                  [.noun, .properNoun, .adjective].contains(tokens[classStart - 1].tag) { classStart -= 1 }
            // "a medication such as paracetamol": a singular class is one with its article.
            let article = classStart > 0 && ["a", "an"].contains(tokens[classStart - 1].key) ? classStart - 1 : nil
            guard classStart < classEnd, tokens[classEnd - 1].key.hasSuffix("s") || article != nil, tokens[classEnd - 1].tag == .noun,
                  !vagueClasses.contains(tokens[classEnd - 1].key),
                  classEnd - classStart >= 2 || tokens[classEnd - 1].key.count >= 9 else { continue }
            let examplesStart = such + 2
            let examplesEnd = tokens[examplesStart...].firstIndex { [",", ";", ".", ")", ":"].contains($0.key)
                || $0.tag == .modal || $0.tag == .verbPresent3 || $0.tag == .verbPast } ?? tokens.count
            let examples = examplesStart..<examplesEnd
            guard (1...6).contains(examples.count),
                  !examples.contains(where: { tokens[$0].tag.isVerb && tokens[$0].tag != .gerund }) else { continue }
            // "walking or swimming": each one is an answer.
            var answers: [String] = []
            var itemStart = examples.lowerBound
            for index in examples where ["or", "and"].contains(tokens[index].key) {
                answers.append(passage.text(itemStart..<index))
                itemStart = index + 1
            }
            answers.append(passage.text(itemStart..<examples.upperBound))
            answers = answers.filter { !$0.isEmpty }
            guard !answers.isEmpty else { continue }
            let className = passage.text(classStart..<classEnd).lowercasedFirst
            var prompt = "What is an example of \(className)?"
            // "A medication such as paracetamol will be given to break the fever": the class is the clause's
            // subject, and what the clause says of it is the question's context.
            let opensClause = (article ?? classStart) == 0
            if opensClause, examplesEnd < tokens.count, tokens[examplesEnd].tag != .punctuation {
                let said = passage.text(examplesEnd..<tokens.count).trimming(" .!")
                guard !said.isEmpty else { continue }
                prompt = "Give an example of \(passage.text((article ?? classStart)..<classEnd).lowercasedFirst) that \(said)."
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

    /// Classes too vague to ask an example of without their sentence.
    private static let vagueClasses: Set<String> = ["things", "factors", "symptoms", "signs", "conditions", "problems",
                                                    "issues", "ways", "methods", "options", "measures", "steps"]
}
