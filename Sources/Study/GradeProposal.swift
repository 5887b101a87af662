import PearlsCore

/// The grade a session proposes after marking an answer: wrong or not known gives Again, partly right
/// gives Hard, right gives Good, and right quickly gives Easy. The learner may choose another.
public enum GradeProposal {
    /// Answers faster than this (in milliseconds, plus 100 ms per character of the expected answer) are quick.
    public static let quickBase = 4000

    /// Reads a grade typed at the grade prompt: 1–4, or Again, Hard, Good, Easy, or their first letters, in
    /// any case. `nil` for anything else.
    public static func rating(from typed: String) -> Rating? {
        let word = typed.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(word) { return Rating(rawValue: number) }
        guard !word.isEmpty else { return nil }
        return Rating.allCases.first { $0.description.lowercased() == word || String($0.description.lowercased().prefix(1)) == word }
    }

    public static func propose(_ verdict: AnswerVerdict, responseMilliseconds: Int, expectedLength: Int) -> Rating {
        switch verdict {
        case .revealed, .wrong, .confused: return .again
        case .partial, .unitMissing: return .hard
        case .right(let typo):
            // A response time of 0 means the clock was pinned (PEARLS_NOW): never "quick".
            let quick = responseMilliseconds > 0 && responseMilliseconds < quickBase + 100 * expectedLength
            return quick && typo == nil ? .easy : .good
        }
    }
}
