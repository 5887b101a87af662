import PearlsCore

/// Merges near-duplicate candidates: the articles repeat each other, and a fact stated in three sources
/// is one card whose provenance names all three places.
///
/// Two candidates are the same fact when they have the same type, the same answers (normalized), and
/// prompts that share most of their content words.
enum CandidateMerger {
    /// How many earlier cards with the same answers a candidate is compared with. Articles repeat a fact within
    /// a few pages of each other; the bound keeps a corpus whose answers repeat thousands of times linear.
    static let window = 64

    static func merge(_ candidates: [Candidate]) -> [Candidate] {
        var kept: [Candidate] = []
        var keptWords: [[Int]] = []
        var byAnswer: [String: [Int]] = [:]
        var vocabulary: [String: Int] = [:]
        for candidate in candidates {
            let key = candidate.card.type.rawValue + "|" + candidate.card.answers.map(\.normalizedForIdentity).sorted().joined(separator: "|")
            let words = contentWords(candidate.card.prompt).map { word in
                if let id = vocabulary[word] { return id }
                vocabulary[word] = vocabulary.count
                return vocabulary.count - 1
            }.sorted()
            if let match = byAnswer[key]?.suffix(window).first(where: { similarity(words, keptWords[$0]) >= 0.6 }) {
                var merged = kept[match]
                let extra = candidate.card.source.filter { !merged.card.source.contains($0) }
                if candidate.confidence > merged.confidence {
                    let sources = merged.card.source
                    merged = candidate
                    merged.card.source = sources + candidate.card.source.filter { !sources.contains($0) }
                } else {
                    merged.card.source += extra
                }
                kept[match] = merged
            } else {
                byAnswer[key, default: []].append(kept.count)
                kept.append(candidate)
                keptWords.append(words)
            }
        }
        return kept
    }

    /// Lowercased words of four letters or more, without plural -s.
    static func contentWords(_ text: String) -> Set<String> {
        Set(text.spaceSeparated.map { Sentence.key($0) }.filter { $0.count >= 4 && !Stopwords.english.contains($0) }
            .map(Sentence.singular))
    }

    /// Jaccard similarity of two sets of word numbers, each given sorted (1 when both are empty).
    static func similarity(_ left: [Int], _ right: [Int]) -> Double {
        var shared = 0
        var (i, j) = (0, 0)
        while i < left.count && j < right.count {
            if left[i] == right[j] {
                shared += 1
                i += 1
                j += 1
            } else if left[i] < right[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let union = left.count + right.count - shared
        return union == 0 ? 1 : Double(shared) / Double(union)
    }
}
