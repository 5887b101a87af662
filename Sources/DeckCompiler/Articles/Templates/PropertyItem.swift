/// An item of a list that describes its section's subject rather than naming members ("Rescue inhalers" →
/// "Works within minutes"), read as the sentence it stands for: "Rescue inhalers work within minutes."
enum PropertyItem {
    /// The item as a sentence about `subject` (the heading's noun phrase); "Subject: item" when its shape
    /// gives no verb to join them by (a clause with its own subject); an instruction whose verb wants the subject
    /// as its object ("Do not stop using unless…") takes it there; `nil` for any other instruction.
    static func sentence(_ item: String, subject heading: String) -> String? {
        let subject = heading.capitalizedFirst
        let passage = Passage(item)
        guard let first = passage.tokens.first, !subject.isEmpty else { return item }
        if [.verb, .auxiliary, .negation, .modal].contains(first.tag) { return instruction(passage, subject: heading) }
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
            return ownSubject(passage, heading: subject) ?? subject + ": " + item
        }
        return joined.trimming(" ").replacingSpacesBeforePunctuation()
    }

    /// "Do not stop using unless directed by your doctor" under "Daily control inhalers": the -ing verb just before
    /// the condition has lost its object, which is the heading's subject ("Do not stop using daily control
    /// inhalers unless…"). `nil` for an instruction with its own object.
    private static func instruction(_ passage: Passage, subject: String) -> String? {
        let tokens = passage.tokens
        guard let condition = tokens.firstIndex(where: { ["unless", "until", "if", "when", "before", "after"].contains($0.key) }),
              condition >= 2, tokens[condition - 1].key.hasSuffix("ing"), tokens[condition - 2].tag.isVerb else { return nil }
        return (passage.text(0..<condition) + " " + subject.lowercasedFirst + " " + passage.text(condition..<tokens.count))
            .trimming(" ").replacingSpacesBeforePunctuation()
    }

    /// Nouns that name a part or a result of what they belong to: "Effects last 4 to 6 hours" under "Rescue
    /// inhalers" says how long the inhalers' effects last.
    private static let belonging: Set<String> = ["effects", "symptoms", "signs", "results", "benefits", "risks", "doses", "attacks"]

    /// "Effects last 4 to 6 hours" → "The effects of rescue inhalers last 4 to 6 hours": an item whose own subject
    /// belongs to the heading's; `nil` for any other.
    private static func ownSubject(_ passage: Passage, heading: String) -> String? {
        let tokens = passage.tokens
        guard let head = tokens.prefix(3).firstIndex(where: { belonging.contains($0.key) }), head + 1 < tokens.count,
              tokens[..<head].allSatisfy({ [.noun, .adjective].contains($0.tag) }),
              [.modal, .verb, .verbPresent3, .verbPast, .auxiliary].contains(tokens[head + 1].tag)
                || ["last", "start", "wear", "go", "begin"].contains(tokens[head + 1].key) else { return nil }
        let owner = heading.lowercasedFirst
        return ("The " + passage.text(0..<(head + 1)).lowercasedFirst + " of " + owner + " " + passage.text((head + 1)..<tokens.count))
            .trimming(" ").replacingSpacesBeforePunctuation()
    }

    /// `sentence(_:subject:)` as a passage whose subject reads as a noun phrase and whose joined verb as a verb,
    /// whatever the tagger makes of "Rescue inhalers work…" (an unknown "work" after a plural looks like a noun).
    static func passage(_ item: String, subject: String) -> Passage? {
        guard let text = sentence(item, subject: subject) else { return nil }
        let passage = Passage(text)
        var subjectLength = Passage(subject).tokens.count
        // "The effects of rescue inhalers last…": the subject runs to the heading's last word.
        if text.hasPrefix("The "), let owner = text.range(of: " of " + subject.lowercasedFirst + " ") ?? text.range(of: " of " + subject + " ") {
            subjectLength = Passage(String(text[..<owner.upperBound])).tokens.count
        } else if !text.hasPrefix(subject.capitalizedFirst + " ") {
            return passage
        }
        guard subjectLength < passage.tokens.count else { return passage }
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
