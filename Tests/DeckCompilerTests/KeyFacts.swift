import DeckCompiler
import Foundation
import PearlsCore

/// Key facts an article must yield as cards, read from a `.facts` file, and the measures of a generated deck
/// against them: coverage, boilerplate that leaked, and malformed cards.
///
/// A line reads `name: context words => answer | another answer`. A card states the fact when every context
/// word (comma-separated) appears in its question, answers or options, and one of its answers contains one of
/// the answer alternatives. Matching ignores case.
struct KeyFacts {
    struct Fact {
        var name: String
        var context: [String]
        var answers: [String]
    }

    var facts: [Fact]

    init(text: String) {
        facts = text.split(separator: "\n").compactMap { line in
            let line = line.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#"), let colon = line.firstIndex(of: ":"),
                  let arrow = line.range(of: "=>") else { return nil }
            let name = String(line[..<colon])
            let context = line[line.index(after: colon)..<arrow.lowerBound].split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            let answers = line[arrow.upperBound...].split(separator: "|")
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            return Fact(name: name, context: context, answers: answers)
        }
    }

    /// The facts no card states.
    func missing(in cards: [Card]) -> [String] {
        facts.filter { fact in !cards.contains { Self.states(fact, $0) } }.map(\.name)
    }

    static func states(_ fact: Fact, _ card: Card) -> Bool {
        let text = ([card.prompt] + card.answers + (card.options ?? [])).joined(separator: " ").lowercased()
        guard fact.context.allSatisfy(text.contains) else { return false }
        return card.answers.contains { answer in fact.answers.contains { answer.lowercased().contains($0) } }
    }

    /// The share of facts stated, 0…1.
    func coverage(of cards: [Card]) -> Double {
        facts.isEmpty ? 1 : 1 - Double(missing(in: cards).count) / Double(facts.count)
    }

    /// Cards that break a quality rule (`QualityFilter`) or whose choices are unsound.
    static func malformed(_ cards: [Card]) -> [Card] {
        cards.filter { card in
            if QualityFilter.flaw(of: card) != nil { return true }
            if card.type == .cloze && !card.prompt.contains("[...]") { return true }
            if let options = card.options {
                if Set(options.map { $0.lowercased() }).count != options.count { return true }
                if card.type == .sata && (card.correct?.count ?? 0) == options.count { return true }
            }
            return false
        }
    }

    /// Boilerplate phrases (one a line in a `.boilerplate` file) found in any card's text, rationale or citation.
    static func leakedBoilerplate(_ phrases: [String], in cards: [Card]) -> [String] {
        let texts = cards.map { card in
            ([card.prompt, card.rationale ?? ""] + card.answers + (card.options ?? [])).joined(separator: " ").lowercased()
        }
        return phrases.filter { phrase in texts.contains { $0.contains(phrase.lowercased()) } }
    }
}
