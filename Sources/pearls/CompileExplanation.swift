import DeckCompiler
import PearlsCore

/// The text of `pearls compile --explain` and `--report`. Everything from an article is sanitized first.
enum CompileExplanation {
    /// For each generated card in the deck: where it came from, the rule, the score, the card and the sentence.
    static func explain(_ candidates: [Candidate], keeping cards: [Card]) -> String {
        let inDeck = Set(cards.map(\.id))
        var out = ""
        for candidate in candidates where inDeck.contains(candidate.card.id) {
            let card = cards.first { $0.id == candidate.card.id } ?? candidate.card
            let places = card.source.map(\.description).joined(separator: ", ")
            out += "\(places)  \(candidate.rule.rawValue)  score \(score(candidate.score))  \(card.type.rawValue)\n"
            out += "  Q: \(card.prompt.sanitizedForTerminal())\n"
            if let options = card.options {
                for (index, option) in options.enumerated() {
                    let mark = card.correct?.contains(index) == true ? "[x]" : "[ ]"
                    out += "     \(mark) \(option.sanitizedForTerminal())\n"
                }
            } else {
                out += "  A: \(card.answers.map { $0.sanitizedForTerminal() }.joined(separator: " | "))\n"
            }
            out += "  from: \(candidate.sentence.sanitizedForTerminal())\n"
            out += "  features: \(candidate.features.summary)\n\n"
        }
        return out
    }

    /// Every candidate left out, one per paragraph: place, template, reason, the card.
    static func dropped(_ dropped: [DroppedCandidate]) -> String {
        var out = "Left out (\(dropped.count))\n"
        for item in dropped {
            let candidate = item.candidate
            let places = candidate.card.source.map(\.description).joined(separator: ", ")
            out += "  \(places)  \(candidate.rule.rawValue)  \(item.reason)  score \(score(candidate.score))\n"
            out += "    Q: \(candidate.card.prompt.sanitizedForTerminal())\n"
            out += "    A: \(candidate.card.answers.map { $0.sanitizedForTerminal() }.joined(separator: " | "))\n"
        }
        return out
    }

    /// Counts per file, rule and topic, and what each quality check dropped.
    static func report(_ report: ArticleReport, deck: Deck) -> String {
        var out = "Articles\n"
        for file in report.files {
            out += "  \(file.name.sanitizedForTerminal()) (\(file.format)): \(file.blocks) blocks, "
                + "\(file.boilerplateBlocks) boilerplate, \(file.candidates) candidates\n"
        }
        out += "Rules (proposed → in the deck)\n"
        for rule in Candidate.Rule.allCases {
            let proposed = report.proposed[rule.rawValue] ?? 0
            guard proposed > 0 else { continue }
            out += "  \(rule.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(proposed) → \(report.kept[rule.rawValue] ?? 0)\n"
        }
        out += "Dropped\n"
        for flaw in QualityFilter.Flaw.allCases {
            out += "  \(flaw.rawValue.padding(toLength: 30, withPad: " ", startingAt: 0)) \(report.dropped[flaw.rawValue] ?? 0)\n"
        }
        out += "  \("near-duplicates merged".padding(toLength: 30, withPad: " ", startingAt: 0)) \(report.merged)\n"
        out += "  \("below the budget".padding(toLength: 30, withPad: " ", startingAt: 0)) \(report.rankedOut)\n"
        out += "Topics\n"
        for topic in deck.topics {
            let count = deck.cards.count { $0.topic == topic.name }
            guard count > 0 else { continue }
            out += "  \(count.description.padding(toLength: 4, withPad: " ", startingAt: 0)) \(topic.name.sanitizedForTerminal())\n"
        }
        return out
    }

    private static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
