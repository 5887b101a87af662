/// The kinds of question a card can ask. The raw values are the deck JSON's `type` names.
public enum CardType: String, CaseIterable, Sendable, Codable {
    /// A question with one or more accepted typed answers.
    case basic
    /// A sentence with one part hidden as `[...]`.
    case cloze
    /// Multiple choice with exactly one correct option.
    case mcq
    /// Select all that apply: several correct options, scored with partial credit.
    case sata
    /// A statement to judge true or false.
    case truefalse
    /// A patient-education point with the question a nurse asks to check understanding.
    case teach

    /// Whether the learner answers by picking from `options`.
    public var isChoice: Bool { self == .mcq || self == .sata || self == .truefalse }
}
