/// Ranks candidates by importance and keeps a sensible number per topic.
///
/// Importance grows with the number of sources stating the fact, with the rule's confidence, and with how
/// early the fact comes in its article (pages lead with what matters). The order of the deck stays the
/// order of the articles; ranking only decides what is kept.
enum CandidateRanker {
    /// Most cards kept under one heading.
    static let perTopic = 16

    static func rank(_ candidates: [Candidate]) -> (kept: [Candidate], dropped: Int) {
        var scored = candidates
        for index in scored.indices {
            let sources = Double(scored[index].files.count)
            scored[index].score = scored[index].confidence * (1 + 0.5 * (sources - 1)) * (1 - 0.3 * scored[index].position)
        }
        var keep = Set<Int>()
        let byTopic = Dictionary(grouping: scored.indices, by: { scored[$0].card.topic })
        for (_, indices) in byTopic {
            let best = indices.sorted { scored[$0].score > scored[$1].score || (scored[$0].score == scored[$1].score && $0 < $1) }
            keep.formUnion(best.prefix(perTopic))
        }
        let kept = scored.indices.filter(keep.contains).map { scored[$0] }
        return (kept, scored.count - kept.count)
    }
}
