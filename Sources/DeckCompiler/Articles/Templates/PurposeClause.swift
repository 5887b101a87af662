/// "These are taken every day to reduce airway inflammation." Asks why, and answers with the purpose ("to
/// reduce airway inflammation"), the sentence's own auxiliary moved before its subject.
enum PurposeClause {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        if let both = purposes(context) { return [both] }
        guard clause.opener == nil, let subject = context.subjectText, !["you", "we", "i"].contains(subject.lowercased()),
              let to = clause.rest.dropFirst().first(where: { tokens[$0].tag == .to && $0 + 1 < clause.rest.upperBound
                  && tokens[$0 + 1].tag == .verb && ![.adjective, .pastParticiple].contains(tokens[$0 - 1].tag)
                  // "begins to break down", "easier for cells to attach": the verb's own complement, no purpose.
                  && !Passage.catenatives.contains(tokens[$0 - 1].key) && !notPurpose.contains(tokens[$0 - 1].key)
                  && !tokens[max(clause.rest.lowerBound, $0 - 4)..<$0].contains { $0.key == "for" }
                  // "performed to stabilise a bone or to remove a tumour": a second purpose, not the first one's.
                  && !["or", "and"].contains(tokens[$0 - 1].key)
                  // "may cause you to wake up", "helps the body to heal": the object's own verb, no purpose.
                  && !(clause.verb.contains { causatives.contains(tokens[$0].key) } && $0 - clause.rest.lowerBound <= 3)
                  // "an infection which causes the small airways in the lungs to swell": so in a relative clause.
                  && !tokens[max(clause.rest.lowerBound, $0 - 9)..<$0].contains { causatives.contains($0.key) && $0.tag.isVerb } }),
              clause.rest.upperBound - to >= 3 else { return [] }
        let tail = passage.text(clause.rest.lowerBound..<to).trimming(" ,–-")
        guard !tail.contains("–"), !tail.contains(" - "),
              let question = QuestionForm.askingObject(context, word: "Why", tail: tail), question.spaceSeparatedCount <= 18
        else { return [] }
        return [context.candidate(.basic, prompt: question, answers: [passage.text(to..<clause.rest.upperBound)],
                                  template: .purposeClause, prior: 0.7)]
    }

    /// "Surgery may be performed to stabilise a bone or to remove a tumour": two purposes straight after the
    /// verb are asked together, "Why may surgery be performed? Name both."
    static func purposes(_ context: ClauseContext) -> Candidate? {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        let rest = clause.rest
        guard clause.opener == nil, rest.count >= 6, tokens[rest.lowerBound].tag == .to, tokens[rest.lowerBound + 1].tag == .verb,
              let subject = context.subjectText, !["you", "we", "i"].contains(subject.lowercased()) else { return nil }
        // Each "to V" after "or"/"and" (and a comma) opens the next purpose.
        var starts = [rest.lowerBound]
        for index in rest.dropFirst(2) where tokens[index].tag == .to && index + 1 < rest.upperBound && tokens[index + 1].tag == .verb
            && ["or", "and"].contains(tokens[index - 1].key) {
            starts.append(index)
        }
        guard (2...4).contains(starts.count) else { return nil }
        let items = zip(starts, starts.dropFirst().map { $0 - 1 } + [rest.upperBound]).map { start, end in
            passage.text(start..<end).trimming(" ,;").capitalizedFirst
        }
        guard items.allSatisfy({ (3...12).contains($0.spaceSeparatedCount) }),
              let question = QuestionForm.askingObject(context, word: "Why") else { return nil }
        return ListRecall.card(question, items: items, context: context, template: .purposeClause, prior: 0.75,
                               clauseKey: passage.text + "#" + String(context.index))
    }

    /// Verbs whose object does the next verb ("cause you to wake"), so the "to" after their object is no purpose.
    private static let causatives: Set<String> = ["cause", "causes", "caused", "allow", "allows", "enable", "enables", "help",
                                                  "helps", "force", "forces", "get", "gets", "want", "wants", "ask", "asks",
                                                  "tell", "tells", "encourage", "encourages", "make", "makes", "lead", "leads"]

    private static let notPurpose: Set<String> = ["easier", "harder", "able", "unable", "likely", "unlikely", "possible",
                                                  "impossible", "difficult", "hard", "easy", "begins", "began", "starts",
                                                  "started", "tries", "tried", "needs", "needed", "going", "way",
                                                  // "in response to", "due to", "compared to": a preposition's "to".
                                                  "response", "reaction", "addition", "due", "according", "compared",
                                                  "similar", "related", "close", "next", "prior", "contrast",
                                                  // "one of the best ways to prevent falls": what the ways are for.
                                                  "ways", "methods", "steps", "things"]
}
