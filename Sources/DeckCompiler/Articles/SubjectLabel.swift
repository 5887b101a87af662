/// A card must say what it is about: a clause card whose question lacks a word of the page's subject gets it
/// in front ("Deep vein thrombosis: the pain often starts in [...]"), unless its answer is that subject. The
/// subject's words before a preposition are what name it: "fever" alone does not name "Neutropenic fever", nor
/// "heart" "Heart failure", while "lymphoedema" names "Lymphoedema after breast cancer treatment".
struct SubjectLabel {
    let subject: String
    private let subjectWords: Set<String>
    private let nameWords: Set<String>

    /// `nil` for a subject with no word of four letters or more to look for.
    init?(_ subject: String) {
        self.subject = subject
        subjectWords = Self.words(subject)
        let name = subject.lowercased().spaceSeparated.prefix { !Self.phraseBreaks.contains(Sentence.key($0)) }.joined(separator: " ")
        let named = Self.words(name)
        nameWords = named.isEmpty ? subjectWords : named
        if subjectWords.isEmpty { return nil }
    }

    func apply(to candidate: inout Candidate) {
        guard candidate.clauseKey.utf8.contains(UInt8(ascii: "#")), !candidate.clauseKey.hasPrefix("list#"), !candidate.clauseKey.hasPrefix("gloss#"),
              !candidate.clauseKey.hasPrefix("aside#")
        else { return }
        // An answer that is the subject itself needs no naming ("What can affect adults? Sepsis"); one that only
        // mentions it does ("What can an infection have? Few signs in a neutropenic patient").
        guard !nameWords.isSubset(of: Self.words(candidate.card.prompt)),
              !candidate.card.answers.contains(where: { answer in
                  let words = Self.words(answer)
                  return subjectWords.isSubset(of: words) && words.count <= subjectWords.count + 1
              })
        else { return }
        let prompt = candidate.card.prompt
        // A paragraph's own label already names what the card is about ("Jaundice: what can…").
        if ParagraphLabel.opensWithLabel(prompt) { return }
        // "…if you have any of these symptoms?" points at a list the card does not show: on a page about one
        // condition, they are its symptoms, and saying so names the subject.
        for noun in ["symptoms", "signs"] where prompt.containsBytes(" these \(noun)") && !(prompt.utf8.contains(UInt8(ascii: ";")) && prompt.contains(";")) {
            candidate.card.prompt = prompt.replacingBytes(" these \(noun)", with: " the \(noun) of " + subject.lowercasedFirst)
            return
        }
        candidate.card.prompt = subject.capitalizedFirst + ": " + (prompt.hasPrefix("[...]") ? prompt : prompt.lowercasedOpening)
    }

    /// Lowercased singular words of four letters or more.
    private static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().spaceSeparated.map { Sentence.singular(Sentence.key($0)) }.filter { $0.count > 3 })
    }

    /// Words after which a subject's name goes on to say more ("Sepsis in adults", "Lymphoedema after…").
    private static let phraseBreaks: Set<String> = ["of", "in", "after", "for", "with", "and", "from", "during", "on", "at", "to", "by"]
}
