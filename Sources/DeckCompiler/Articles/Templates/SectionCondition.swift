/// A section whose heading is a condition ("If you're having treatment for cancer", "For people with
/// diabetes"): what it says holds under that condition, so each of its cards carries it.
struct SectionCondition {
    let text: String
    private let words: Set<String>

    /// `nil` when the heading names no condition.
    init?(heading: String) {
        let lowered = heading.lowercased()
        let openers = ["if ", "when you ", "when your ", "for people ", "for those ", "for anyone ", "for women ", "for men ",
                       "for children ", "while you ", "during pregnancy", "after surgery", "after treatment"]
        guard openers.contains(where: lowered.hasPrefix), heading.spaceSeparatedCount <= 14, !heading.hasSuffix("?") else { return nil }
        text = heading.trimming(" :.")
        words = Self.contentWords(text)
    }

    /// Puts the condition before the card's question, unless the question already says it.
    func apply(to candidate: inout Candidate) {
        let prompt = candidate.card.prompt
        let shared = words.intersection(Self.contentWords(prompt))
        guard shared.count * 2 < words.count else { return }
        let asks = ["What ", "When ", "Why ", "How ", "Which ", "Who ", "Where "].contains(where: prompt.hasPrefix)
        candidate.card.prompt = text + (asks ? ", " : ": ") + (prompt.hasPrefix("[...]") ? prompt : prompt.lowercasedFirst)
    }

    private static func contentWords(_ text: String) -> Set<String> {
        Set(text.lowercased().spaceSeparated.map { Sentence.singular(Sentence.key($0)) }
            .filter { $0.count > 3 && !Stopwords.english.contains($0) })
    }
}
