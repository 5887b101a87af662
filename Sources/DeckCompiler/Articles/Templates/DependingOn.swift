/// "Dehydration can be mild or severe, depending on how much fluid is lost." What a statement turns on, after a
/// comma, is hidden in a cloze: the statement before it is the context the gap needs.
enum DependingOn {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let tokens = context.passage.tokens
        let range = context.clause.range
        guard let comma = range.first(where: { $0 + 2 < range.upperBound && tokens[$0].key == ","
                  && tokens[$0 + 1].key == "depending" && tokens[$0 + 2].key == "on" }), comma - range.lowerBound >= 3
        else { return [] }
        let start = comma + 3
        let end = (start..<range.upperBound).first { [",", ";", ".", "–", "—"].contains(tokens[$0].key) } ?? range.upperBound
        guard (2...14).contains(end - start) else { return [] }
        let hidden = start..<end
        return [context.candidate(.cloze, prompt: VerbRelation.cloze(context, hiding: hidden), answers: [context.passage.text(hidden)],
                                  template: .verbRelation, prior: 0.65, answerRange: hidden)]
    }
}
