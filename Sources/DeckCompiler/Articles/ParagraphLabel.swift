/// A paragraph that opens with a short label and a colon ("Hypercalcemia: In some cases, the breakdown of
/// bone…"), as pages write a list of terms as paragraphs. The label names what the sentence is about; the
/// sentence after the colon is parsed without it, and a card that does not name the label gets it in front.
struct ParagraphLabel {
    var label: String
    var rest: String

    /// `nil` unless `text` opens with one to four words, the first capitalised, a colon and a capitalised rest.
    init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon]
        let rest = text[text.index(after: colon)...].drop { $0 == " " }
        guard let first = label.first, first.isUppercase, let restFirst = rest.first, restFirst.isUppercase,
              (1...4).contains(label.spaceSeparatedCount), !label.contains(where: { ".,;()".contains($0) }),
              rest.spaceSeparatedCount >= 4 else { return nil }
        self.label = String(label)
        self.rest = String(rest)
    }

    /// Whether a question already opens with a label ("Jaundice: what can…?").
    static func opensWithLabel(_ prompt: String) -> Bool {
        guard prompt.utf8.contains(UInt8(ascii: ":")), let colon = prompt.firstIndex(of: ":") else { return false }
        let label = prompt[..<colon]
        return label.first?.isUppercase == true && (1...4).contains(label.spaceSeparatedCount)
            && !label.contains(where: { ".,;()?".contains($0) })
    }

    /// Puts the label in front of `candidate`'s question unless the question or the answer names it.
    func name(_ candidate: inout Candidate) {
        let words = { (text: String) in Set(text.lowercased().spaceSeparated.map { Sentence.singular(Sentence.key($0)) }) }
        let labelWords = words(label)
        let shown = words(candidate.card.prompt).union(candidate.card.answers.flatMap { words($0) })
        guard !labelWords.isSubset(of: shown) else { return }
        let prompt = candidate.card.prompt
        candidate.card.prompt = label + ": " + (prompt.hasPrefix("[...]") ? prompt : prompt.lowercasedFirst)
    }
}
