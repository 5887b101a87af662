/// "Breathe out slowly (not into the mouthpiece)." An instruction whose bracket says where not to do it is
/// asked as where not to: "When using a dry powder inhaler, where should you not breathe out? – into the
/// mouthpiece". The wrong place is the step's point: it is the slip a learner must not make.
enum NotAside {
    static func candidates(_ text: String, heading: String, context: (Passage) -> ClauseContext) -> [Candidate] {
        guard let open = text.rangeOfBytes(" (not "), let close = text[open.upperBound...].firstIndex(of: ")") else { return [] }
        let place = String(text[open.upperBound..<close]).trimming(" ,.")
        let placeWords = place.lowercased().spaceSeparated
        guard let first = placeWords.first, Self.places.contains(String(first)), (2...6).contains(placeWords.count) else { return [] }
        let passage = Passage(String(text[..<open.lowerBound]) + ".")
        guard let clause = passage.clauses.first, clause.isImperative, let verb = clause.verb.first,
              passage.tokens[verb].tag == .verb else { return [] }
        // The verb, its particle and its object, up to the place or manner the step gives for it ("slowly").
        var end = verb + 1
        if end < clause.range.upperBound, Self.particles.contains(passage.tokens[end].key) { end += 1 }
        while end < clause.range.upperBound, [.determiner, .possessive, .noun, .adjective, .properNoun].contains(passage.tokens[end].tag) {
            end += 1
        }
        // "Store in a cool place (not in the fridge)": a bare verb asks "where should you not store?", with
        // nothing stored.
        guard end > verb + 1 else { return [] }
        let action = passage.text(verb..<end).lowercased()
        let asked = "where should you not \(action)?"
        let prompt = Self.doing(heading).map { "When \($0), " + asked } ?? asked.capitalizedFirst
        return [context(passage).candidate(.basic, prompt: prompt, answers: [place], template: .conditionAdvice, prior: 0.75)]
    }

    /// "How to use a dry powder inhaler (DPI)" → "using a dry powder inhaler (DPI)"; `nil` for any other heading.
    static func doing(_ heading: String) -> String? {
        let words = heading.trimming(" :").spaceSeparated
        guard words.count >= 4, words[0].lowercased() == "how", words[1].lowercased() == "to" else { return nil }
        let verb = words[2].lowercased()
        let gerund = verb.hasSuffix("e") && !verb.hasSuffix("ee") ? String(verb.dropLast()) + "ing" : verb + "ing"
        return ([gerund] + words.dropFirst(3).map(String.init)).joined(separator: " ")
    }

    private static let places: Set<String> = ["into", "onto", "in", "on", "near", "towards", "toward", "under", "inside", "through"]
    /// Particles that complete a verb ("breathe out"); "in" opens a place as often ("store in a cool place").
    private static let particles: Set<String> = ["out", "up", "down", "off", "away", "back"]
}
