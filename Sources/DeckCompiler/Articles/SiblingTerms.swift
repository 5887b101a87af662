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
        /// The words of the term's key.
        var words: [String]
    }

    private(set) var terms: [String: Term] = [:]
    /// Content words of every list item and enumeration: a term sharing one is not safely false.
    private(set) var listedWords: Set<String> = []

    /// Notes the words of a list item or enumerated sentence.
    mutating func noteListed(_ text: String) {
        listedWords.formUnion(Self.contentWords(text))
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(text.spaceSeparated.map { Self.key(String($0)) }.filter { $0.count >= 3 && !Stopwords.english.contains($0) })
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
            terms[key] = Term(text: text, kind: kind, isListed: listed, words: key.spaceSeparated.map(String.init))
        }
    }

    /// Adds what `other` found after what this pool holds, as if its terms had been added here in turn:
    /// a term keeps the first text it was met with, and is listed if any list named it.
    mutating func absorb(_ other: SiblingTerms) {
        for (key, term) in other.terms {
            if var known = terms[key] {
                known.isListed = known.isListed || term.isListed
                terms[key] = known
            } else {
                terms[key] = term
            }
        }
        listedWords.formUnion(other.listedWords)
    }

    /// The kind of term `text` is, if the page names it as one.
    func kind(of text: String) -> TermKind? { terms[Self.key(text)]?.kind }

    /// Whether `text` is a test, treatment or drug named beside others of its kind, any of which a question about
    /// what it does may fit ("What can reveal changes in bone structure?" has X-rays, CT and MRI for answers).
    func isOneOfSeveral(_ text: String) -> Bool {
        guard let term = terms[Self.key(text)], [.test, .treatment, .drug].contains(term.kind) else { return false }
        return terms.values.contains { $0.kind == term.kind && $0.words != term.words }
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
        var pool: [(rank: UInt64, key: String, text: String)] = []
        for (key, term) in terms where term.kind == kind && !excludedKeys.contains(key) {
            if unlistedOnly && (term.isListed || term.words.contains(where: listedWords.contains)) { continue }
            if excludedKeys.contains(where: { key.containsBytes($0) || $0.containsBytes(key) }) { continue }
            if term.words.contains(where: excludedWords.contains) { continue }
            pool.append((StableOrder.rank(key, seed), key, term.text))
        }
        pool.sort { ($0.rank, $0.key) < ($1.rank, $1.key) }
        return pool.prefix(limit).map(\.text.capitalizedFirst)
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
