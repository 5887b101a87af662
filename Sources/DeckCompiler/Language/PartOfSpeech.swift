/// A word's part of speech, coarse enough to chunk and split clauses, fine enough to turn a statement into a
/// question ("causes" is a verb with -s, so "What does it cause?" needs its base form).
public enum PartOfSpeech: String, Sendable, Equatable, CaseIterable {
    case noun, properNoun, pronoun, number
    case adjective, adverb, determiner, possessive
    /// A verb in its base or plural present form ("cause", "feel").
    case verb
    /// A verb ending in -s ("causes").
    case verbPresent3
    case verbPast
    case pastParticiple
    /// An -ing form: a verb, a noun modifier or a noun, as context decides.
    case gerund
    /// Forms of be, have and do.
    case auxiliary
    case modal
    case negation
    case to
    case preposition
    /// and, or, but, nor.
    case conjunction
    /// if, when, because, although...: words that open a subordinate clause.
    case subordinator
    /// what, which, who, how, why, that (as a relative).
    case wh
    case punctuation
    case symbol

    /// Whether the tag is a verb form that can head a verb group.
    public var isVerb: Bool {
        switch self {
        case .verb, .verbPresent3, .verbPast, .pastParticiple, .gerund, .auxiliary, .modal: true
        default: false
        }
    }

    /// Whether the tag is a finite verb: one that can be a clause's main verb on its own.
    public var isFinite: Bool { self == .verb || self == .verbPresent3 || self == .verbPast || self == .auxiliary || self == .modal }

    /// Whether a word with this tag can sit inside a noun phrase.
    public var isNominal: Bool {
        switch self {
        case .noun, .properNoun, .number, .adjective: true
        default: false
        }
    }
}
