/// "You can recognise a stroke using the FAST test", "You can lower the risk by drinking more water": the
/// means the clause names after its verb and object is asked by "How", with the object kept in the question.
enum MeansClause {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        guard clause.opener == nil, !clause.isImperative, !clause.isNegated, !context.subjectIsVague,
              clause.rest.count >= 3 else { return [] }
        // The means opens after at least one word of object: "using X", or "by" and a verb's -ing form.
        guard let byOrUsing = clause.rest.dropFirst().first(where: { index in
            index + 1 < clause.rest.upperBound
                && (tokens[index].key == "using" && [.determiner, .noun, .properNoun, .adjective, .possessive].contains(tokens[index + 1].tag)
                    || tokens[index].key == "by" && tokens[index + 1].tag == .gerund)
        }) else { return [] }
        // "treat anaemia with iron tablets and by treating the cause": the means begins at "with", the first of the two.
        var opening = byOrUsing
        if ["and", "or"].contains(tokens[opening - 1].key),
           let with = clause.rest.dropFirst().prefix(while: { $0 < opening - 1 }).first(where: { tokens[$0].key == "with" }) {
            opening = with
        }
        // The object before it must be a phrase of its own, not a list's comma or a clause.
        let object = clause.rest.lowerBound..<opening
        guard !object.contains(where: { [",", ";", ":"].contains(tokens[$0].key) || tokens[$0].tag == .subordinator }),
              // "…check that you are using the right size": after "be", "using" is what someone is doing.
              !["is", "are", "am", "was", "were", "be", "been", "'re"].contains(tokens[opening - 1].key),
              !object.contains(where: { tokens[$0].key == "that" && tokens[$0].tag == .wh }) || !tokens[opening - 1].tag.isVerb
        else { return [] }
        let end = clause.rest[(opening + 1)...].first { [",", ";", ":", "(", "–", "—"].contains(tokens[$0].key)
            || tokens[$0].tag == .subordinator } ?? clause.rest.upperBound
        let means = opening..<end
        guard means.count >= 2, means.count <= (opening == byOrUsing ? 9 : 14),
              let question = QuestionForm.askingObject(context, word: "How", tail: passage.text(object)) else { return [] }
        return [context.candidate(.basic, prompt: question, answers: [passage.text(means)], template: .means, prior: 0.7,
                                  answerRange: means)]
    }
}
