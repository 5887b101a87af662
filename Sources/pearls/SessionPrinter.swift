import Foundation
import PearlsCore
import Study
import Terminal

/// Turns what a study session shows into text for the terminal: wrapped to the width, styled only when
/// colour is wanted, and with every deck string sanitized so no card can send control sequences.
struct SessionPrinter {
    let style: Style
    let width: Int
    let unicode: Bool

    init(terminal: TerminalInfo) {
        style = Style(isEnabled: terminal.usesColor)
        width = max(40, min(terminal.width, 100))
        unicode = terminal.isUnicode
    }

    private var dot: String { unicode ? "·" : "-" }

    /// Deck text made safe and wrapped, each line indented by `indent` spaces.
    func block(_ text: String, indent: Int = 2) -> String {
        text.sanitizedForTerminal(keepingNewlines: true).split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { String($0).collapsingWhitespace.wrapped(to: width - indent) }
            .map { String(repeating: " ", count: indent) + $0 }
            .joined(separator: "\n")
    }

    /// "[12/40 · due 28 · new 5 · 4 min]  Topic"; without the due and new counts when they are `nil`.
    func header(position: Int, total: Int, due: Int?, new: Int?, minutes: Int, topic: String) -> String {
        var counts = "\(position)/\(total)"
        if let due, let new { counts += " \(dot) due \(due) \(dot) new \(new)" }
        counts += " \(dot) \(minutes) min"
        let room = width - counts.count - 4
        let topicText = room > 8 && !topic.isEmpty ? "  " + topic.sanitizedForTerminal().truncated(to: room) : ""
        return style.dim("[" + counts + "]") + style.dim(topicText)
    }

    /// The question: prompt, and lettered options for choice items.
    func question(_ card: Card) -> String {
        var lines = [style.bold(block(card.prompt))]
        if let options = card.options {
            for (index, option) in options.enumerated() {
                lines.append(block(Card.optionLetter(index) + ") " + option, indent: 4))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The verdict, the right answer and the rationale.
    func feedback(_ marking: StudySession.Marking, card: Card) -> String {
        var lines: [String] = []
        let tick = unicode ? "✓" : "+"
        let cross = unicode ? "✗" : "x"
        switch marking.verdict {
        case .right(let typo):
            if let typo {
                lines.append(style.green("  \(tick) accepted: '\(typo.sanitizedForTerminal())' "
                                         + "(you typed '\(marking.typed.sanitizedForTerminal())')"))
            } else {
                lines.append(style.green("  \(tick) right"))
            }
        case .partial(let score, let outOf, let missed, let wrong):
            lines.append(style.yellow("  ~ partly right: \(score) of \(outOf) points"
                                      + describe(missed, "missed", card) + describe(wrong, "wrong", card)))
        case .wrong(let chosen):
            lines.append(style.red("  \(cross) not right" + describe(chosen, "wrong", card)))
        case .confused(let typed, let expected):
            lines.append(style.red("  \(cross) not right: you typed '\(typed.sanitizedForTerminal())', a different term "
                                   + "from '\(expected.sanitizedForTerminal())'"))
        case .unitMissing(let unit):
            lines.append(style.yellow("  ~ right number, but give the unit: \(unit.sanitizedForTerminal())"))
        case .revealed:
            lines.append("  " + style.dim("answer shown"))
        }
        if let options = card.options, let correct = card.correct {
            let letters = correct.map(Card.optionLetter)
            let texts = correct.compactMap { options.indices.contains($0) ? options[$0] : nil }
            lines.append(block("Answer: " + letters.joined(separator: " ") + " (" + texts.joined(separator: "; ") + ")"))
        } else if let needed = card.needed {
            lines.append(block("Answer: " + Self.listed(card.answers, needed: needed)))
        } else {
            let others = card.answers.dropFirst()
            lines.append(block("Answer: " + (card.answers.first ?? "")
                               + (others.isEmpty ? "" : "  (also: " + others.joined(separator: "; ") + ")")))
        }
        if let rationale = card.rationale { lines.append(style.dim(block("Why: " + rationale))) }
        return lines.joined(separator: "\n")
    }

    /// A list card's items: "any 3 of A; B; C; D", or just "A; B; C" when every item is asked for.
    static func listed(_ items: [String], needed: Int) -> String {
        (needed < items.count ? "any \(needed) of " : "") + items.joined(separator: "; ")
    }

    private func describe(_ indices: [Int], _ label: String, _ card: Card) -> String {
        guard !indices.isEmpty else { return "" }
        let letters = indices.map(Card.optionLetter)
        return "; \(label): " + letters.joined(separator: " ")
    }

    /// The teach-back screen: the key point in plain language, then the question to ask.
    func teaching(_ card: Card) -> String {
        var lines: [String] = []
        if let point = card.point { lines.append(style.bold(block("Key point: " + point))) }
        lines.append(block((card.type == .teach ? "Ask: " : "Check: ") + card.prompt))
        if card.type != .teach, let answer = card.answers.first {
            let shown = card.needed.map { Self.listed(card.answers, needed: $0) } ?? answer
            lines.append(style.dim(block("Answer: " + shown)))
        }
        return lines.joined(separator: "\n")
    }
}
