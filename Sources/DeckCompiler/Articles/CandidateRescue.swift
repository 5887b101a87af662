/// A second chance for a candidate the quality filter dropped for a flaw another wording of the same fact
/// does not have: its section heading gave the answer away, or its subject only points.
enum CandidateRescue {
    /// `candidate` under its page's title, or its heading without its tagline, when only the heading gave its answer away.
    /// A title whose bracket gave it away ("COPD flare-ups (exacerbations)") serves without the bracket.
    static func underPageTitle(_ candidate: Candidate) -> Candidate? {
        // "First aid for burns – Cool running water for 20 minutes": a heading's tagline may state the very fact.
        let topic = candidate.card.topic
        let untagged = topic.rangeOfBytes(" – ").map { String(topic[..<$0.lowerBound]) }
        for title in [candidate.pageTitle, EnumerationRule.withoutBrackets(candidate.pageTitle)] + (untagged.map { [$0] } ?? [])
        where !title.isEmpty && title != candidate.card.topic {
            var retitled = candidate
            retitled.card.topic = title
            if QualityFilter.flaw(of: retitled.card) == nil { return retitled }
        }
        return nil
    }

    /// A relation asked of a subject that only points ("What may the pain become?") as a gap in its own sentence
    /// instead, where the sentence says whose pain: "Bone metastases: the pain may become [...] with movement."
    static func inItsSentence(_ candidate: Candidate) -> Candidate? {
        guard candidate.rule == .verbRelation, candidate.card.type == .basic, candidate.card.answers.count == 1,
              let answer = candidate.card.answers.first, answer.spaceSeparatedCount <= 6,
              var sentence = candidate.card.rationale, let at = sentence.rangeOfBytes(answer),
              String(sentence[at.upperBound...]).rangeOfBytes(answer) == nil else { return nil }
        sentence.replaceSubrange(at, with: "[...]")
        var cloze = candidate
        cloze.card.type = .cloze
        let words = candidate.card.prompt.spaceSeparated.map(String.init)
        let label = words.prefix(6).firstIndex { $0.hasSuffix(":") }.map { words.prefix($0 + 1).joined(separator: " ") + " " } ?? ""
        cloze.card.prompt = label + (label.isEmpty ? sentence : sentence.lowercasedFirst)
        return QualityFilter.flaw(of: cloze.card) == nil ? cloze : nil
    }

    /// "…check for [elevated calcium (a sign of hypercalcaemia)] or other indicators…": a gap that hides one example
    /// of many, whose answer carries a gloss, keeps the gloss outside the gap, where it tells which example is meant.
    static func glossOutOfGap(_ candidate: Candidate) -> Candidate? {
        guard candidate.card.type == .cloze, candidate.card.answers.count == 1, let answer = candidate.card.answers.first,
              answer.hasSuffix(")"), let open = answer.rangeOfBytes(" ("), answer[open.upperBound...].firstIndex(of: "(") == nil,
              let gap = candidate.card.prompt.rangeOfBytes("[...]") else { return nil }
        let term = String(answer[..<open.lowerBound]).trimming(" ")
        let gloss = String(answer[open.lowerBound...])
        guard term.spaceSeparatedCount >= 1, gloss.spaceSeparatedCount >= 3 else { return nil }
        var glossed = candidate
        glossed.card.prompt.replaceSubrange(gap, with: "[...]" + gloss)
        glossed.card.answers = [term]
        return QualityFilter.flaw(of: glossed.card) == nil ? glossed : nil
    }
}
