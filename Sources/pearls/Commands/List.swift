import ArgumentParser
import Foundation
import PearlsCore
import Terminal

/// `pearls list`: browse the cards of a deck.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the cards of a deck.",
        discussion: """
            DECK is a deck JSON file, or a Markdown source file or folder (compiled on the fly). \
            Without DECK, lists the built-in bone-metastases deck.

            Examples:
              pearls list --topic diagnosis
              pearls list --type sata --tag exam
              pearls list --json | jq '.cards | length'
            """)

    @Argument(help: "A deck JSON file, or deck sources.", completion: .file())
    var deck: String?

    @Option(help: "Only cards whose topic contains this text (case does not matter).")
    var topic: String?

    @Option(help: ArgumentHelp("Only cards of this type.", valueName: CardType.allCases.map(\.rawValue).joined(separator: "|")))
    var type: CardType?

    @Option(help: "Only cards with this tag, such as exam or patient.")
    var tag: String?

    @Flag(help: "Print {\"cards\": [...]} as JSON, in the deck JSON's card shape.")
    var json = false

    func run() throws {
        try reportingErrors {
            let deck = try DeckLoading.load(self.deck)
            if let topic, !deck.cards.contains(where: { $0.topic.localizedCaseInsensitiveContains(topic) }) {
                let used = Set(deck.cards.map(\.topic))
                let topics = deck.topics.map(\.name).filter(used.contains).map { "  " + $0.sanitizedForTerminal() }
                throw ListError.noSuchTopic(topic, known: topics)
            }
            let cards = deck.cards.filter { card in
                (topic.map { card.topic.localizedCaseInsensitiveContains($0) } ?? true)
                    && (type.map { card.type == $0 } ?? true)
                    && (tag.map { card.hasTag($0) } ?? true)
            }
            if json {
                print(JSONValue.object([("cards", .array(cards.map(\.jsonValue)))]).rendered(), terminator: "")
            } else {
                printTable(cards, total: deck.cards.count)
            }
        }
    }

    private func printTable(_ cards: [Card], total: Int) {
        let terminal = TerminalInfo.current(environment: environment)
        let style = Style(isEnabled: terminal.usesColor)
        let idWidth = min(28, max(2, cards.map(\.id.rawValue.count).max() ?? 2))
        let topicWidth = min(26, max(5, cards.map(\.topic.count).max() ?? 5))
        let typeWidth = 9
        let promptWidth = terminal.isTerminal ? max(20, terminal.width - idWidth - typeWidth - topicWidth - 6) : Int.max
        print(style.bold("ID".padded(to: idWidth) + "  " + "TYPE".padded(to: typeWidth) + "  "
            + "TOPIC".padded(to: topicWidth) + "  " + "PROMPT"))
        for card in cards {
            let id = card.id.rawValue.sanitizedForTerminal().truncated(to: idWidth).padded(to: idWidth)
            let topic = card.topic.sanitizedForTerminal().truncated(to: topicWidth).padded(to: topicWidth)
            let prompt = card.prompt.sanitizedForTerminal().truncated(to: promptWidth)
            print(id + "  " + style.cyan(card.type.rawValue.padded(to: typeWidth)) + "  " + style.dim(topic) + "  " + prompt)
        }
        printError(cards.count == total ? "\(total) cards" : "\(cards.count) of \(total) cards")
    }
}

extension CardType: ExpressibleByArgument {}

/// Why `pearls list` found nothing to show.
enum ListError: Error, CustomStringConvertible {
    case noSuchTopic(String, known: [String])

    var description: String {
        switch self {
        case .noSuchTopic(let topic, let known):
            "no topic matches '\(topic)'; the deck's topics are:\n" + known.joined(separator: "\n")
        }
    }
}
