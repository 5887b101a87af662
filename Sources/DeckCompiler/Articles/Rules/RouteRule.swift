/// Routes and means: "cells travel through the bloodstream or the lymphatic system", "carried by the blood or
/// lymph". Makes a cloze that hides the way taken (the phrase after "through", "by" or "via").
enum RouteRule {
    private static let motion: Set<String> = [
        "travel", "travels", "traveling", "travelling", "spread", "spreads", "spreading", "carried", "move", "moves",
        "moving", "pass", "passes", "circulate", "circulating", "transmitted", "spread", "reach", "enter", "enters",
        "delivered", "given", "taken",
    ]

    static func candidates(_ context: RuleContext) -> [Candidate] {
        let sentence = context.sentence
        let keys = sentence.keys
        guard let via = keys.indices.first(where: { index in
            ["through", "by", "via"].contains(keys[index]) && keys[max(0, index - 3)..<index].contains(where: motion.contains)
        }), via + 1 < keys.count else { return [] }
        var end = via + 1
        while end < keys.count, end - via <= 8 {
            end += 1
            if sentence.endsClause(at: end - 1) { break }
        }
        let range = (via + 1)..<end
        guard keys[range].contains(where: { $0 == "or" || $0 == "and" }), range.count <= 8,
              !keys[range].contains(where: { ["to", "until", "when", "which"].contains($0) }),
              // "travel through the gut and settle in the liver": what follows the "and" is a second verb phrase.
              !range.contains(where: { index in
                  ["and", "or"].contains(keys[index]) && index + 1 < keys.count
                      && Lexicon.english.opensVerbPhrase(keys[index + 1], next: index + 2 < keys.count ? keys[index + 2] : nil)
              }) else { return [] }
        var prompt = sentence.hiding(range)
        if sentence.startsWithPronoun, let previous = context.previous { prompt = ClauseContext.withoutConnective(previous.text) + " " + prompt }
        return [context.candidate(.cloze, prompt: prompt, answers: [sentence.phrase(range)], rule: .route, confidence: 0.7)]
    }
}
