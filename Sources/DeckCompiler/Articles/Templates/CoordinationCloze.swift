/// "Avoid injections, blood samples and taking blood pressure on that side." Hides a whole coordination of
/// three or more items, never one member of it, so the gap has one answer: the list.
enum CoordinationCloze {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        guard let hidden = coordination(in: context.clause.range, of: context.passage) else { return [] }
        return [context.candidate(.cloze, prompt: VerbRelation.cloze(context, hiding: hidden),
                                  answers: [context.passage.text(hidden)], template: .coordination, prior: 0.7,
                                  answerRange: hidden)]
    }

    /// The tokens of the first coordination of 3+ short items in `range`, from the first item to the last.
    static func coordination(in range: Range<Int>, of passage: Passage) -> Range<Int>? {
        let tokens = passage.tokens
        for conjunction in range where tokens[conjunction].tag == .conjunction && tokens[conjunction].key != "but" {
            // The last item: a few words after the conjunction, up to a clause word or a second preposition.
            var end = conjunction + 1
            while end < range.upperBound, end - conjunction <= 5, tokens[end].key != ",", tokens[end].tag != .wh,
                  tokens[end].tag != .subordinator, !(tokens[end].tag == .preposition && end > conjunction + 1) {
                end += 1
            }
            guard end > conjunction + 1 else { continue }
            // Earlier items: back through commas, each at most six words.
            var commas: [Int] = []
            var cursor = conjunction - 1
            if cursor >= range.lowerBound, tokens[cursor].key == "," { cursor -= 1 }  // the serial comma
            var itemStart = cursor
            while cursor >= range.lowerBound {
                if tokens[cursor].key == "," {
                    guard itemStart - cursor <= 6 else { break }
                    commas.append(cursor)
                    itemStart = cursor - 1
                } else if boundaries.contains(tokens[cursor].tag) || openers.contains(tokens[cursor].key) {
                    break
                }
                cursor -= 1
            }
            let start = cursor + 1
            guard !commas.isEmpty, start < conjunction, conjunction - start <= 20,
                  let firstComma = commas.last, firstComma - start <= 6, firstComma > start else { continue }
            return start..<end
        }
        return nil
    }

    private static let boundaries: Set<PartOfSpeech> = [.preposition, .to, .verb, .verbPresent3, .verbPast, .modal,
                                                        .auxiliary, .subordinator, .wh, .punctuation]
    private static let openers: Set<String> = ["include", "includes", "including", "as", "like", "avoid", "such"]
}
