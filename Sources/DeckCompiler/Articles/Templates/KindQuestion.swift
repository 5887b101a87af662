/// "Radiation therapy is a localized treatment that…", "a pulmonary embolism — a life-threatening complication of
/// DVT —": the adjective that sorts a thing into its kind is a fact of its own, asked apart from the whole
/// definition: "What kind of treatment is radiation therapy? – localized". Only an adjective that classifies (local
/// or systemic, long-term, life-threatening); one of degree or judgement ("a serious concern", "a complex process")
/// sorts nothing, and a noun that gives a role ("a key part", "an emergency") names no kind.
enum KindQuestion {
    /// The card for `term`, defined by the noun phrase `definiens` ("a localized treatment that destroys…"); `nil`
    /// when the phrase does not open on "a/an" + one classifying adjective + its head noun.
    static func candidate(_ context: ClauseContext, term: String, definiens: Range<Int>) -> Candidate? {
        let passage = context.passage
        let tokens = passage.tokens
        let adjective = definiens.lowerBound + 1
        let head = adjective + 1
        guard definiens.count >= 3, ["a", "an"].contains(tokens[definiens.lowerBound].key),
              [.adjective, .pastParticiple, .verbPast, .gerund].contains(tokens[adjective].tag),
              !unsorting.contains(tokens[adjective].key), !QualityFilter.degrees.contains(tokens[adjective].key),
              tokens[head].tag == .noun, !CopulaDefinition.roleNouns.contains(tokens[head].key) else { return nil }
        // The head may carry what it belongs to ("a complication of deep vein thrombosis"); anything else after it
        // (a relative clause, a second verb) is the definition's, not the kind's.
        var end = head + 1
        if end < definiens.upperBound, tokens[end].key == "of" {
            let complement = (end + 1)..<definiens.upperBound
            guard !complement.isEmpty, complement.count <= 4,
                  complement.allSatisfy({ [.noun, .properNoun, .adjective, .determiner].contains(tokens[$0].tag) }) else { return nil }
            end = definiens.upperBound
        } else if end < definiens.upperBound, !["that", "which", "who", ",", "in", "for", "with"].contains(tokens[end].key) {
            return nil
        }
        let verb = LeadInList.isPlural(term) ? "are" : "is"
        var made = context.candidate(.basic, prompt: "What kind of \(passage.text(head..<end)) \(verb) \(term.lowercasedFirst)?",
                                     answers: [passage.text(adjective..<head)], template: .copulaDefinition, prior: 0.75,
                                     answerRange: adjective..<head)
        made.clauseKey = passage.text + "#kind#" + String(definiens.lowerBound)
        return made
    }

    /// Adjectives that rank, judge or point, and sort nothing into a kind.
    static let unsorting: Set<String> = ["common", "uncommon", "complex", "simple", "key", "main", "major", "minor", "new",
                                         "other", "different", "certain", "specific", "particular", "possible", "normal",
                                         "usual", "general", "good", "bad", "big", "small", "large", "great", "real", "whole",
                                         "single", "useful", "helpful", "effective", "difficult", "hard", "easy", "medical",
                                         "significant", "natural", "healthy", "safe", "little", "few", "first", "last",
                                         "next", "same", "wide", "broad", "huge", "tiny", "frequent", "typical", "ideal"]
}
