import PearlsCore

/// Turns card drafts into cards: settles each draft's type, checks it, and assigns ids.
///
/// An explicit `ID:` is the card's id (a cloze adds `.c1`, `.c2`… per hidden part); otherwise the id is
/// a hash of the card's normalized content, so editing one card never moves another's id.
enum CardBuilder {
    /// The cards a draft makes, or none when it has errors (reported into `diagnostics`).
    static func cards(from draft: CardDraft, diagnostics: inout [Diagnostic]) -> [Card] {
        var problems: [Diagnostic] = []
        func fail(_ line: Int, _ column: Int = 1, _ message: String) {
            problems.append(Diagnostic(.error, file: draft.file, line: line, column: column, message))
        }
        let explicitID = draft.fields[.id].flatMap { field -> String? in
            guard DeckSourceSyntax.isValidID(field.value) else {
                fail(field.line, field.column, "card id '\(field.value)' may only hold letters, digits, '.', '-' and '_'")
                return nil
            }
            return field.value
        }
        var base = Card(
            id: CardID(explicitID ?? ""), type: .basic, prompt: draft.prompt?.value ?? "", answers: [],
            rationale: draft.fields[.why]?.value.nonEmpty, topic: draft.topic,
            tags: tags(draft.fields[.tags]?.value), note: draft.fields[.note]?.value.nonEmpty,
            citation: draft.fields[.source]?.value.nonEmpty,
            source: [Provenance(file: draft.file, line: draft.line)])

        var cards: [Card] = []
        switch draft.kind {
        case .question:
            buildQuestion(draft, into: &base, fail: fail)
            cards = [base]
        case .trueFalse:
            buildTrueFalse(draft, into: &base, fail: fail)
            cards = [base]
        case .teach:
            base.type = .teach
            base.point = draft.point?.value
            if draft.point?.value.isEmpty ?? true { fail(draft.line, 1, "'Teach:' has no key point") }
            if let prompt = draft.prompt {
                if prompt.value.isEmpty { fail(prompt.line, 1, "empty question after 'Teach:'") }
            } else {
                fail(draft.line, 1, "'Teach:' needs a 'Q:' line with the question that checks understanding")
            }
            if let answer = draft.fields[.answer] { base.answers = alternatives(answer, fail: fail) }
            cards = [base]
        case .cloze:
            if draft.fields[.answer] != nil {
                fail(draft.fields[.answer]?.line ?? draft.line, 1, "a cloze takes its answers from '{{…}}', not 'A:'")
            }
            cards = clozeCards(draft, base: base, explicitID: explicitID)
        }
        diagnostics += problems
        guard problems.isEmpty else { return [] }
        return cards.map { card in
            var card = card
            if card.id.rawValue.isEmpty { card.id = contentID(of: card) }
            return card
        }
    }

    private static func buildQuestion(_ draft: CardDraft, into card: inout Card, fail: (Int, Int, String) -> Void) {
        if card.prompt.isEmpty { fail(draft.line, 1, "empty question after 'Q:'") }
        let answer = draft.fields[.answer]
        if draft.options.isEmpty {
            guard let answer else {
                fail(draft.line, 1, "'Q:' has no answer: add an 'A:' line or '- [x]' options")
                return
            }
            card.type = .basic
            card.answers = alternatives(answer, fail: fail)
            return
        }
        if let answer {
            fail(answer.line, 1, "a question has either 'A:' or options, not both")
            return
        }
        if draft.options.count < 2 {
            fail(draft.options[0].line, 1, "a choice question needs at least two options")
        }
        if draft.options.count > Card.maximumOptions {
            // Options are answered by letter: a 27th could never be chosen.
            fail(draft.options[Card.maximumOptions].line, 1,
                 "a choice question has \(draft.options.count) options; the most is \(Card.maximumOptions) (a to z)")
        }
        let correct = draft.options.indices.filter { draft.options[$0].isCorrect }
        if correct.isEmpty {
            fail(draft.line, 1, "no correct option: mark the right ones '- [x]'")
        }
        for (index, option) in draft.options.enumerated() where option.text.isEmpty {
            fail(option.line, option.column, "option \(index + 1) is empty")
        }
        card.type = correct.count > 1 ? .sata : .mcq
        card.options = draft.options.map(\.text)
        card.correct = correct
        card.answers = correct.map { draft.options[$0].text }
    }

    private static func buildTrueFalse(_ draft: CardDraft, into card: inout Card, fail: (Int, Int, String) -> Void) {
        card.type = .truefalse
        if card.prompt.isEmpty { fail(draft.line, 1, "empty statement after 'TF:'") }
        guard let answer = draft.fields[.answer] else {
            fail(draft.line, 1, "'TF:' needs 'A: true' or 'A: false'")
            return
        }
        let verdict: Bool
        switch answer.value.lowercased() {
        case "true": verdict = true
        case "false": verdict = false
        default:
            fail(answer.line, answer.column, "a true/false answer is 'true' or 'false', not '\(answer.value)'")
            return
        }
        card.options = ["True", "False"]
        card.correct = [verdict ? 0 : 1]
        card.answers = [verdict ? "True" : "False"]
    }

    /// One card per hidden part, each showing the others as plain text.
    private static func clozeCards(_ draft: CardDraft, base: Card, explicitID: String?) -> [Card] {
        let segments = draft.clozeLines.enumerated().flatMap { index, line in
            index == 0 ? line.segments : [.text(" ")] + line.segments
        }
        let deletions = segments.indices.filter {
            if case .deletion = segments[$0] { true } else { false }
        }
        let wholeText = segments.map { segment -> String in
            switch segment {
            case .text(let text): text
            case .deletion(let answers, _): "{{" + answers.joined(separator: "|") + "}}"
            }
        }.joined()
        let note = base.note ?? (deletions.count > 1 ? explicitID ?? "cloze-" + hash([wholeText]) : nil)
        return deletions.enumerated().map { number, hidden in
            var card = base
            card.type = .cloze
            card.note = note
            card.prompt = segments.indices.map { index in
                switch segments[index] {
                case .text(let text): text
                case .deletion(let answers, _): index == hidden ? "[...]" : answers[0]
                }
            }.joined().collapsingWhitespace
            if case .deletion(let answers, _) = segments[hidden] { card.answers = answers }
            card.id = CardID(explicitID.map { "\($0).c\(number + 1)" } ?? "")
            return card
        }
    }

    /// `A: denosumab | Xgeva` → ["denosumab", "Xgeva"].
    private static func alternatives(_ field: CardDraft.Field, fail: (Int, Int, String) -> Void) -> [String] {
        let answers = field.value.split(separator: "|", omittingEmptySubsequences: false).map {
            String($0).collapsingWhitespace
        }
        if answers.allSatisfy(\.isEmpty) {
            fail(field.line, field.column, "'A:' is empty")
        } else if answers.contains(where: \.isEmpty) {
            fail(field.line, field.column, "an alternative answer between '|' is empty")
        }
        // `A: 2.5 mL ± 0.1`: study sessions read the number after the sign as the tolerance.
        for answer in answers {
            guard let sign = ["±", "+/-"].first(where: answer.contains), let range = answer.range(of: sign) else { continue }
            let spread = answer[range.upperBound...].drop(while: \.isWhitespace).prefix { $0.isNumber || $0 == "." }
            if Double(spread) == nil {
                fail(field.line, field.column,
                     "the tolerance after '\(sign)' in '\(answer)' must be a number, such as 'A: 2.5 mL ± 0.1'")
            }
        }
        return answers
    }

    /// `Tags: exam, treatment` or `Tags: exam treatment` → ["exam", "treatment"], without repeats.
    private static func tags(_ value: String?) -> [String] {
        var seen: Set<String> = []
        return (value ?? "").split(whereSeparator: { $0 == "," || $0.isWhitespace })
            .map(String.init)
            .filter { seen.insert($0.lowercased()).inserted }
    }

    /// The id of a card without an explicit one: a hash of what makes it this card.
    static func contentID(of card: Card) -> CardID {
        CardID(hash(identityParts(of: card)))
    }

    /// What makes a card this card: its type, question, answers and options, normalized.
    static func identityParts(of card: Card) -> [String] {
        var parts = [card.type.rawValue, card.prompt.normalizedForIdentity]
        parts += card.answers.map(\.normalizedForIdentity)
        parts += (card.options ?? []).map(\.normalizedForIdentity)
        parts += (card.correct ?? []).map(String.init)
        if let point = card.point { parts.append(point.normalizedForIdentity) }
        return parts
    }

    private static func hash(_ parts: [String]) -> String {
        var hasher = StableHash()
        for part in parts { hasher.combine(part) }
        return String(hasher.hexDigest.prefix(12))
    }
}

extension String {
    /// The string, or `nil` when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
