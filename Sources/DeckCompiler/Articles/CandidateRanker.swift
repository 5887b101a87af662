/// Ranks candidates by importance and keeps a sensible number per topic.
///
/// Importance grows with the number of sources stating the fact, with the rule's confidence, and with how
/// early the fact comes in its article (pages lead with what matters). The order of the deck stays the
/// order of the articles; ranking only decides what is kept.
enum CandidateRanker {
    /// Most cards kept under one heading.
    static let perTopic = 16

    static func rank(_ candidates: [Candidate]) -> (kept: [Candidate], dropped: Int) {
        let scores = candidates.map { candidate in
            let sources = Double(candidate.files.count)
            return candidate.confidence * (1 + 0.5 * (sources - 1)) * (1 - 0.3 * candidate.position)
        }
        var keep = Set<Int>()
        let byTopic = Dictionary(grouping: candidates.indices, by: { candidates[$0].card.topic })
        for (_, indices) in byTopic {
            let best = indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
            keep.formUnion(best.prefix(perTopic))
        }
        let kept = candidates.indices.filter(keep.contains).map { index in
            var candidate = candidates[index]
            candidate.score = scores[index]
            return candidate
        }
        return (kept, candidates.count - kept.count)
    }
}
