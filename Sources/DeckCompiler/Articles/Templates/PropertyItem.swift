/// An item of a list that describes its section's subject rather than naming members ("Rescue inhalers" →
/// "Works within minutes"), read as the sentence it stands for: "Rescue inhalers work within minutes."
enum PropertyItem {
    /// The item as a sentence about `subject` (the heading's noun phrase); "Subject: item" when its shape
    /// gives no verb to join them by (a clause with its own subject); `nil` for an instruction ("Do not stop
    /// using unless…"), which would need the subject inside it.
    static func sentence(_ item: String, subject heading: String) -> String? {
        let subject = heading.capitalizedFirst
        let passage = Passage(item)
        guard let first = passage.tokens.first, !subject.isEmpty else { return item }
        if [.verb, .auxiliary, .negation, .modal].contains(first.tag) { return nil }
        let plural = LeadInList.isPlural(subject)
        let rest = passage.text(1..<passage.tokens.count)
        let joined: String
        switch openingTag(passage) {
        case .pastParticiple, .verbPast:
            // "Used once or twice daily"
            joined = subject + (plural ? " are " : " is ") + first.key + " " + rest
        case .verbPresent3 where plural:
            // "Works within minutes"
            joined = subject + " " + (QuestionForm.baseForm(of: first.key) ?? first.key) + " " + rest
        case .verbPresent3:
            joined = subject + " " + first.key + " " + rest
        default:
            return subject + ": " + item
        }
        return joined.trimming(" ").replacingSpacesBeforePunctuation()
    }

    /// `sentence(_:subject:)` as a passage whose subject reads as a noun phrase and whose joined verb as a verb,
    /// whatever the tagger makes of "Rescue inhalers work…" (an unknown "work" after a plural looks like a noun).
    static func passage(_ item: String, subject: String) -> Passage? {
        guard let text = sentence(item, subject: subject) else { return nil }
        let passage = Passage(text)
        let subjectLength = Passage(subject).tokens.count
        guard text.hasPrefix(subject.capitalizedFirst + " "), subjectLength < passage.tokens.count else { return passage }
        let subjectTags = passage.tokens[0..<subjectLength].map { $0.tag.isVerb ? PartOfSpeech.noun : $0.tag }
        let verbTag: PartOfSpeech = switch passage.tokens[subjectLength].key {
        case "is", "are": .auxiliary
        default: LeadInList.isPlural(subject) ? .verb : .verbPresent3
        }
        return passage.retagged(0..<(subjectLength + 1), as: subjectTags + [verbTag])
    }

    /// The first word's part of speech as an item's opening reads it: "Works within minutes", "Affects your
    /// sleep" open with a verb although "works" alone reads as a plural noun ("Changes in mood" stays a noun).
    static func openingTag(_ passage: Passage) -> PartOfSpeech? {
        let tokens = passage.tokens
        guard let first = tokens.first else { return nil }
        if first.tag == .noun, first.key.hasSuffix("s"), tokens.count > 1,
           [.adverb, .number, .determiner, .possessive].contains(tokens[1].tag) || ["within", "up"].contains(tokens[1].key) {
            return .verbPresent3
        }
        return first.tag
    }
}
