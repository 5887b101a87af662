/// What a list names, in groups whose members never answer one another's question: the signs of something,
/// its causes and risks, what to do or take for it, and the tests that find it.
///
/// On one page, an item of the causes list is not a sign, so it is a safe wrong option for "Which are the
/// signs…? Select all that apply." Lists of one group are never mixed: an article's two symptom lists
/// describe the same condition, and each other's items are true.
enum ListCategory: String, Sendable, CaseIterable {
    case signs, causes, care, tests

    /// The group a list's question names ("What are the signs of sepsis?"), built from its lead-in, or from
    /// its heading when the lead-in only points at it; `nil` when it names none ("What are the types of…?"),
    /// or two ("Treat symptoms with:" could be either).
    static func of(leadIn: String, heading: String) -> ListCategory? {
        of(ListQuestion.question(leadIn: leadIn, heading: heading, owner: "", page: "") ?? "")
    }

    /// The one group `text` names, if it names exactly one.
    static func of(_ text: String) -> ListCategory? {
        let lowered = " " + text.lowercased()
        let named = Set(cues.filter { lowered.containsBytes($0.cue) }.map(\.category))
        return named.count == 1 ? named.first : nil
    }

    /// Kinds of term that are never members of this group, so a term of one is a safe wrong option: a test or
    /// a medicine is no sign; a test is no cause (a medicine can be one: insulin causes hypos); a sign or a test is
    /// no step of care; a sign or a treatment is no test.
    var foreignKinds: Set<TermKind> {
        switch self {
        case .signs: [.test, .treatment, .drug]
        case .causes: [.test]
        case .care: [.symptom, .test]
        case .tests: [.symptom, .treatment, .drug]
        }
    }

    private static let cues: [(cue: String, category: ListCategory)] = [
        (" sign", .signs), (" symptom", .signs), (" warning", .signs),
        // "causes of", not the verb ("This causes some of the main symptoms…").
        (" causes of", .causes), (" cause of", .causes), (" caused by", .causes), (" causes?", .causes),
        (" trigger", .causes), (" risk", .causes),
        (" treat", .care), (" option", .care), (" therap", .care), (" medicine", .care), (" medication", .care),
        (" tips", .care), (" prevent", .care), (" steps", .care), (" self-care", .care),
        (" test", .tests), (" diagnos", .tests), (" scan", .tests),
    ]
}
