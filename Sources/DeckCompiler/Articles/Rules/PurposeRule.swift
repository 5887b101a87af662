/// What a test or treatment is for: "MRI is particularly useful for detecting…", "X-rays can reveal…",
/// "Bisphosphonates are used to treat…", "Radiation therapy can be highly effective in reducing…".
/// Makes a basic card asking what the thing is used for (or can reveal, detect…).
enum PurposeRule {
    private static let purposeVerbs: Set<String> = [
        "detect", "reveal", "show", "measure", "confirm", "identify", "diagnose", "treat", "relieve", "reduce", "ease",
        "prevent", "kill", "slow", "shrink", "strengthen", "control", "manage", "lower", "raise", "improve",
        "stabilize", "stabilise", "repair", "destroy", "block", "check", "find", "help",
    ]
    private static let hedges: Set<String> = ["particularly", "especially", "often", "commonly", "mainly", "mostly", "also", "highly", "very", "sometimes"]

    static func candidates(_ context: RuleContext) -> [Candidate] {
        let sentence = context.sentence
        let keys = sentence.keys
        guard let verb = keys.indices.first(where: { ["is", "are", "can", "may", "helps", "help"].contains(keys[$0]) }),
              (1...8).contains(verb), !Sentence.pronouns.contains(keys[0]), keys[0] != "a" || verb <= 6 else { return [] }
        guard sentence.isOnePhrase(wordCount: verb) else { return [] }
        var index = verb + 1
        while index < keys.count, hedges.contains(keys[index]) || keys[index] == "be" { index += 1 }
        guard index + 2 < keys.count else { return [] }
        let asked: String
        var objectStart: Int
        if keys[index] == "used", ["to", "for", "in"].contains(keys[index + 1]) {
            asked = "used for"
            objectStart = index + 2
        } else if ["useful", "effective", "helpful"].contains(keys[index]), ["for", "in", "at"].contains(keys[index + 1]) {
            asked = keys[index] + " " + (keys[index] == "useful" ? "for" : "in")
            objectStart = index + 2
        } else if keys[verb] == "can" || keys[verb] == "may" || keys[verb].hasPrefix("help"),
                  purposeVerbs.contains(keys[index]) {
            asked = keys[index] == "help" ? "help with" : keys[index]
            objectStart = index + 1
            if keys[index] == "help", objectStart < keys.count, keys[objectStart] == "to" { objectStart += 1 }
        } else {
            return []
        }
        let subject = sentence.phrase(0..<verb)
        if let label = context.block.label,
           SiblingTerms.key(subject) != SiblingTerms.key(String(label.split(separator: "(")[0])) { return [] }
        guard TermKind.of(subject) != nil || TermKind.mentions(in: Sentence(subject)).contains(where: { [.test, .treatment, .drug].contains($0.kind) })
        else { return [] }
        var end = keys.count
        if let cut = (objectStart..<keys.count).first(where: { sentence.endsClause(at: $0) && $0 > objectStart + 3 }) { end = cut + 1 }
        let answer = sentence.phrase(objectStart..<end)
        guard !answer.isEmpty, answer.spaceSeparatedCount <= 25 else { return [] }
        let isPlural = keys[verb] == "are" || subject.hasSuffix("s")
        let question: String
        switch asked {
        case "used for": question = "What \(isPlural ? "are" : "is") \(subject.lowercasedFirst) used for?"
        case "useful for", "effective in", "helpful in": question = "What \(isPlural ? "are" : "is") \(subject.lowercasedFirst) \(asked)?"
        default: question = "What can \(subject.lowercasedFirst) \(asked)?"
        }
        return [context.candidate(.basic, prompt: question, answers: [answer], rule: .purpose, confidence: 0.7)]
    }
}
