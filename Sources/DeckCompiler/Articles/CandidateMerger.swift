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
        // Words are compared by their 64-bit hashes: two different words share one with a chance of about
        // one in 10^19 per pair, and the hashes are computed in parallel where a shared table could not be.
        let keys = candidates.concurrentMap { candidate in
            (answers: candidate.card.type.rawValue + "|"
                + candidate.card.answers.map(\.normalizedForIdentity).sorted().joined(separator: "|"),
             words: contentWords(withoutLabel(candidate.card.prompt)))
        }
        // Which card each candidate becomes part of, decided on the keys alone; a group is compared by the
        // words of the candidate that opened it.
        var groups: [[Int]] = []
        var groupWords: [[UInt64]] = []
        var byAnswer: [String: [Int]] = [:]
        for (index, key) in keys.enumerated() {
            if let match = byAnswer[key.answers]?.suffix(window).first(where: { similarity(key.words, groupWords[$0]) >= 0.6 }) {
                groups[match].append(index)
            } else {
                byAnswer[key.answers, default: []].append(groups.count)
                groups.append([index])
                groupWords.append(key.words)
            }
        }
        return groups.concurrentMap { members in combine(members.map { candidates[$0] }) }
    }

    /// One card from a group, in the order met: the more confident wording wins, and the places of every
    /// member are kept, each once, in the order first met.
    private static func combine(_ members: [Candidate]) -> Candidate {
        var merged = members[0]
        var places = Set(merged.card.source)
        for candidate in members.dropFirst() {
            let extra = candidate.card.source.filter { places.insert($0).inserted }
            if candidate.confidence > merged.confidence {
                let sources = merged.card.source
                merged = candidate
                merged.card.source = sources + extra
            } else {
                merged.card.source += extra
            }
        }
        return merged
    }

    /// "Catheter care: what is a catheter?" → "what is a catheter?": the label only names the page, and the same
    /// question asked with and without it is one card.
    static func withoutLabel(_ prompt: String) -> String {
        guard ParagraphLabel.opensWithLabel(prompt), let colon = prompt.firstIndex(of: ":") else { return prompt }
        return String(prompt[prompt.index(after: colon)...])
    }

    /// Lowercased words of four letters or more, without plural -s, as sorted hashes without repeats.
    static func contentWords(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        for word in text.spaceSeparated {
            let key = Sentence.key(word)
            if key.count >= 4 && !Stopwords.english.contains(key) { hashes.append(StableHash.of(Sentence.singular(key))) }
        }
        hashes.sort()
        return hashes.indices.filter { $0 == 0 || hashes[$0 - 1] != hashes[$0] }.map { hashes[$0] }
    }

    /// Jaccard similarity of two sets of word hashes, each given sorted (1 when both are empty).
    static func similarity(_ left: [UInt64], _ right: [UInt64]) -> Double {
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
