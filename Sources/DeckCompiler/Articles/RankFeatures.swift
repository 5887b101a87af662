/// The features the ranker scores a candidate by, one named field each, so `--explain` can show what decided.
///
/// The score is the product of the factors: a template's prior (how often that template's cards are sound),
/// then multipliers near 1 that reward a short whole-chunk answer, salient words and an early place in the
/// article, and punish a subject that had to be resolved from a pronoun.
public struct RankFeatures: Sendable, Equatable, Codable {
    /// The template's prior, 0…1.
    public var prior = 0.0
    /// 1 for answers of one to four words; less for longer typed answers (lists are exempt).
    public var answerLength = 1.0
    /// How many of the sentence's content words recur in the input (0.7…1.3).
    public var salience = 1.0
    /// 1 at the top of an article, 0.8 at the bottom.
    public var position = 1.0
    /// 0.9 when a pronoun subject was replaced by its antecedent.
    public var resolution = 1.0
    /// More than 1 when several sources state the fact.
    public var sources = 1.0

    /// The candidate's score: the product of every factor.
    public var score: Double { prior * answerLength * salience * position * resolution * sources }

    /// The features as "name=value" pairs, for `--explain`.
    public var summary: String {
        func format(_ value: Double) -> String { String(Double(Int((value * 100).rounded())) / 100) }
        return "prior=\(format(prior)) answer=\(format(answerLength)) salience=\(format(salience)) "
            + "position=\(format(position)) resolved=\(format(resolution)) sources=\(format(sources)) "
            + "score=\(format(score))"
    }
}
