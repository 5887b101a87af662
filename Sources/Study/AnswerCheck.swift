import PearlsCore

/// How a typed answer compares with a card's accepted answers.
public enum AnswerVerdict: Sendable, Equatable {
    /// Right. `typo` holds the accepted answer when the learner's spelling was off by a little.
    case right(typo: String?)
    /// Partly right (select-all-that-apply): NCLEX-style score, and which options were missed or wrong.
    case partial(score: Int, outOf: Int, missed: [Int], wrong: [Int])
    /// Wrong; for choice items, the wrongly chosen options.
    case wrong(chosen: [Int])
    /// Wrong because a typed word is a different clinical term from the one expected (`hypotension` for
    /// `hypertension`), however close the spelling.
    case confused(typed: String, expected: String)
    /// The right number without the unit the deck gives: accepted, but proposed Hard, never Good.
    case unitMissing(unit: String)
    /// The learner asked to see the answer without typing one.
    case revealed
}

/// Marks typed answers against a card.
public struct AnswerCheck: Sendable {
    public let text: AnswerText

    /// A checker that knows the deck's abbreviations.
    public init(abbreviations: [String: String] = [:]) {
        text = AnswerText(abbreviations: abbreviations)
    }

    /// The typos tolerated in an answer of `length` normalized characters: none up to 3, then one per
    /// 5 characters or so, at most 3.
    public static func typoAllowance(length: Int) -> Int {
        switch length {
        case ..<4: 0
        case ..<9: 1
        case ..<16: 2
        default: 3
        }
    }

    /// Marks a free-text answer (basic, cloze, teach). A spelling off by a little is accepted unless a typed
    /// word is a different term from the one in its place (`terms` knows the look-alikes).
    public func checkTyped(_ typed: String, accepted: [String], terms: ClinicalTerms = .builtIn) -> AnswerVerdict {
        let answer = Self.folded(text.normalize(typed))
        guard !answer.isEmpty else { return .revealed }
        if let verdict = Self.checkQuantity(typed, accepted: accepted) { return verdict }
        let keys = accepted.map { Self.folded(text.normalize($0)) }
        if keys.contains(answer) { return .right(typo: nil) }
        let typedWords = answer.split(separator: " ").map(String.init)
        let own = Set(keys.flatMap { $0.split(separator: " ").map(String.init) })
        var nearest: (distance: Int, text: String)?
        var clash: (typed: String, expected: String)?
        for (option, expected) in zip(accepted, keys) {
            let expectedWords = expected.split(separator: " ").map(String.init)
            if let found = terms.firstClash(typed: typedWords, expected: expectedWords, own: own) {
                clash = clash ?? found
                continue
            }
            let allowance = Self.typoAllowance(length: expected.count)
            // Numbers must be exact: "70" for "80" is not a typo.
            guard allowance > 0, !expected.contains(where: \.isNumber) else { continue }
            let distance = editDistance(answer, expected, limit: allowance)
            if distance <= allowance, distance < (nearest?.distance ?? .max) { nearest = (distance, option) }
        }
        if let nearest { return .right(typo: nearest.text) }
        if let clash { return .confused(typed: clash.typed, expected: clash.expected) }
        let meaning = MeaningMatch(terms: terms, own: own)
        for (option, expected) in zip(accepted, keys)
        where meaning.matches(typed: typedWords, key: expected.split(separator: " ").map(String.init)) {
            return .right(typo: option)
        }
        return .wrong(chosen: [])
    }

    /// Compares a typed quantity with the accepted ones that are quantities: the same amount in the same unit
    /// is right; the same amount in another unit of mass or volume (`4000 mg` for `4 g`) is right with the
    /// deck's form shown; without a unit it is `unitMissing`; the same number in another unit (`250 mg` for
    /// `250 mcg`) is a different term. `nil` when either side holds no quantity or no amount matches, so the
    /// text comparison decides.
    static func checkQuantity(_ typed: String, accepted: [String]) -> AnswerVerdict? {
        guard let given = Quantity(typed) else { return nil }
        var fallback: AnswerVerdict?
        for (text, expected) in accepted.compactMap({ text in Quantity(text).map { (text, $0) } }) {
            if let unit = expected.unit, let converted = given.converted(to: unit), unit != given.unit,
               expected.sameAmount(as: converted) {
                return .right(typo: text)
            }
            guard expected.sameAmount(as: given) else { continue }
            guard let unit = expected.unit, given.unit != unit else { return .right(typo: nil) }
            if let typedUnit = given.unit {
                if fallback == nil { fallback = .confused(typed: typedUnit, expected: unit) }
            } else {
                fallback = .unitMissing(unit: unit)
            }
        }
        return fallback
    }

    /// Each word in its American spelling, so `haemorrhage` is not even a typo of `hemorrhage`.
    private static func folded(_ normalized: String) -> String {
        normalized.split(separator: " ").map { ClinicalTerms.folded(String($0)) }.joined(separator: " ")
    }

    /// Scores chosen options: one correct choice for multiple choice and true/false; for select-all-that-
    /// apply, NCLEX's +/- scoring (+1 per correct option chosen, -1 per wrong one, never below zero).
    public static func score(chosen: [Int], correct: [Int], isMultipleResponse: Bool) -> AnswerVerdict {
        let picked = Set(chosen)
        let right = Set(correct)
        let wrongPicks = picked.subtracting(right).sorted()
        let missed = right.subtracting(picked).sorted()
        if wrongPicks.isEmpty && missed.isEmpty { return .right(typo: nil) }
        guard isMultipleResponse else { return .wrong(chosen: wrongPicks) }
        let score = max(0, picked.intersection(right).count - wrongPicks.count)
        if score == 0 { return .wrong(chosen: wrongPicks) }
        return .partial(score: score, outOf: right.count, missed: missed, wrong: wrongPicks)
    }
}
