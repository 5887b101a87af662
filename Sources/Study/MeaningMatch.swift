import PearlsCore

/// Whether a typed answer says what a key says, though worded differently: `cancer that has spread to the
/// bone` for "cancer spread to bone".
///
/// The typed answer must hold at least 80% of the key's content words, in the key's order (a plural, a British
/// spelling or a small typo of a word counts as the word, a look-alike term does not); it must not add a
/// negation or an "or" the key lacks, nor a term the decks know that no accepted answer uses, and it may be
/// at most twice the key's length. Keys of one content word are left to the exact and typo comparisons.
struct MeaningMatch {
    let terms: ClinicalTerms
    /// Every word of every answer the card accepts.
    let own: Set<String>

    /// The share of the key's content words an answer must hold, in order.
    static let requiredShare = 0.8

    /// `typed` and `key` as normalized (folded) word lists.
    func matches(typed: [String], key: [String]) -> Bool {
        guard typed.count <= 2 * key.count else { return false }
        let keyWords = key.filter(Self.isContent)
        guard keyWords.count >= 2 else { return false }
        if typed.contains(where: Self.negations.contains) && !key.contains(where: Self.negations.contains) { return false }
        if typed.contains(where: Self.hedges.contains) && !key.contains(where: Self.hedges.contains) { return false }
        let typedWords = typed.filter(Self.isContent)
        let matched = longestCommonRun(typedWords, keyWords)
        guard Double(matched.count) >= Self.requiredShare * Double(keyWords.count) else { return false }
        for (index, word) in typedWords.enumerated() where !matched.contains(index) {
            if own.contains(word) { continue }
            if terms.isKnown(word) { return false }
        }
        return true
    }

    /// The indices of `typed` matched, in order, to words of `key` (a longest common subsequence).
    private func longestCommonRun(_ typed: [String], _ key: [String]) -> Set<Int> {
        guard !typed.isEmpty, !key.isEmpty else { return [] }
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: key.count + 1), count: typed.count + 1)
        var same = [[Bool]](repeating: [Bool](repeating: false, count: key.count), count: typed.count)
        for i in stride(from: typed.count - 1, through: 0, by: -1) {
            for j in stride(from: key.count - 1, through: 0, by: -1) {
                same[i][j] = sameWord(typed[i], key[j])
                lengths[i][j] = same[i][j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var matched: Set<Int> = []
        var i = 0, j = 0
        while i < typed.count && j < key.count {
            if same[i][j] && lengths[i][j] == lengths[i + 1][j + 1] + 1 {
                matched.insert(i)
                i += 1
                j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return matched
    }

    /// The same word: equal, singular and plural, one stem (`pressing`, `presses`), or a small typo of a word
    /// of five letters or more that is not a different term.
    func sameWord(_ typed: String, _ key: String) -> Bool {
        if typed == key || !ClinicalTerms.singulars(typed).isDisjoint(with: ClinicalTerms.singulars(key)) { return true }
        if Self.stem(typed) == Self.stem(key) && !terms.clash(typed, key, own: own) { return true }
        guard key.count >= 5, !key.contains(where: \.isNumber), !terms.clash(typed, key, own: own) else { return false }
        return editDistance(typed, key, limit: 2) <= AnswerCheck.typoAllowance(length: key.count)
    }

    /// The word without an inflection (`-ing`, `-ed`, `-es`, `-s`, `-ly`), keeping at least four letters.
    static func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s", "ly"] where word.hasSuffix(suffix) && word.count - suffix.count >= 4 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    static func isContent(_ word: String) -> Bool {
        !stopwords.contains(word) && !negations.contains(word) && !hedges.contains(word)
    }

    /// "t" is what is left of "can't" or "don't" once punctuation is gone.
    static let negations: Set<String> = ["not", "no", "never", "without", "none", "cannot", "nor", "neither", "t"]
    static let hedges: Set<String> = ["or", "either"]
    static let stopwords: Set<String> = [
        "that", "which", "who", "whom", "whose", "this", "these", "those", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "do", "does", "did", "to", "of", "in", "into", "on", "onto", "at", "by", "for",
        "from", "with", "as", "and", "so", "it", "its", "they", "them", "their", "there", "can", "could", "will",
        "would", "may", "might", "should", "must", "also", "very", "just", "don", "doesn", "isn", "aren", "won",
        "s", "i", "you", "your", "we", "our", "he", "she", "his", "her",
    ]
}
