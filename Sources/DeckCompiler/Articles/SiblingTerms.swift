import PearlsCore

/// The terms an input names, by kind, and which lists name them: the pool distractors are drawn from.
///
/// A term that any list of its kind names is never a distractor for another list of that kind: in an
/// article about one condition, two symptom lists describe the same thing, so each other's items are true.
struct SiblingTerms: Sendable {
    struct Term: Sendable {
        var text: String
        var kind: TermKind
        var isListed: Bool
    }

    private(set) var terms: [String: Term] = [:]
    /// Content words of every list item and enumeration: a term sharing one is not safely false.
    private(set) var listedWords: Set<String> = []

    /// Notes the words of a list item or enumerated sentence.
    mutating func noteListed(_ text: String) {
        for word in text.spaceSeparated {
            let key = Self.key(String(word))
            if key.count >= 3 && !Stopwords.english.contains(key) { listedWords.insert(key) }
        }
    }

    /// Heads shared by whole families of terms; alone they name nothing, and sharing one proves nothing.
    static let genericWords: Set<String> = [
        "therapy", "therapie", "treatment", "test", "scan", "cancer", "medicine", "medication", "drug", "management",
        "imaging", "exam", "bone", "problem", "symptom", "sign", "option", "technique",
    ]

    mutating func add(_ text: String, kind: TermKind, listed: Bool) {
        let key = Self.key(text)
        guard !key.isEmpty, !Self.genericWords.contains(key), text.spaceSeparatedCount <= 5 else { return }
        if var known = terms[key] {
            known.isListed = known.isListed || listed
            terms[key] = known
        } else {
            terms[key] = Term(text: text, kind: kind, isListed: listed)
        }
    }

    /// Terms match regardless of case, plural -s and a trailing "cancer(s)".
    static func key(_ text: String) -> String {
        var words = text.lowercased().spaceSeparated.map { Sentence.key($0) }.filter { !$0.isEmpty }
        if words.count > 1, words.last == "cancer" || words.last == "cancers" { words.removeLast() }
        if words.first == "the" || words.first == "a" || words.first == "an" { words.removeFirst() }
        return words.map(Sentence.singular).joined(separator: " ")
    }

    /// Up to `limit` terms of `kind` that are not among `excluded`, in a stable order picked by `seed`.
    ///
    /// With `unlistedOnly`, terms any list names are left out (for select-all cards, where they would be true).
    func distractors(kind: TermKind, excluding excluded: [String], limit: Int, seed: String,
                     unlistedOnly: Bool) -> [String] {
        let excludedKeys = Set(excluded.map(Self.key))
        let excludedWords = Set(excludedKeys.flatMap { $0.spaceSeparated.map(String.init) })
            .subtracting(Self.genericWords)
        let pool = terms.filter { key, term in
            term.kind == kind && !excludedKeys.contains(key)
                && !(unlistedOnly && (term.isListed || key.spaceSeparated.contains { listedWords.contains(String($0)) }))
                && !excludedKeys.contains(where: { key.contains($0) || $0.contains(key) })
                && !key.spaceSeparated.contains { excludedWords.contains(String($0)) }
        }
        return pool.sorted { StableOrder.rank($0.key, seed) < StableOrder.rank($1.key, seed) }
            .prefix(limit).map { $0.value.text.capitalizedFirst }
    }
}

/// A deterministic shuffle key: the same inputs give the same order on every machine and run.
enum StableOrder {
    static func rank(_ text: String, _ seed: String) -> UInt64 {
        StableHash.of(seed + "\u{1F}" + text)
    }

    /// `items` in an order fixed by `seed`.
    static func shuffled(_ items: [String], seed: String) -> [String] {
        items.sorted { rank($0, seed) < rank($1, seed) }
    }
}
