import ArgumentParser
import DefaultDeck
import PearlsCore
import Terminal

/// The `pearls` command: study decks of clinical knowledge with spaced repetition.
@main
struct Pearls: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "pearls",
        abstract: "Learn clinical knowledge with spaced repetition, in the terminal.",
        discussion: """
            Pearls turns Markdown notes into question cards (basic, cloze, multiple choice, \
            select-all-that-apply, true/false, teach-back) and ships a deck on bone metastases.

            Start here:
              pearls list                       browse the built-in deck
              pearls list --type sata           only select-all-that-apply items
              pearls check Decks/my-deck        find mistakes in your own deck source
              pearls compile Decks/my-deck      compile it to deck JSON

            The deck format is described in docs/deck-format.md.
            """,
        version: "\(version) (GNU readline \(Readline.libraryVersion))",
        subcommands: [Compile.self, Check.self, List.self, Config.self, Merge.self, Doctor.self, FSRSCommand.self]
    )

    func run() throws {
        try reportingErrors {
            let deck = try DefaultDeck.load()
            let style = Style(isEnabled: TerminalInfo.current(environment: environment).usesColor)
            print("""
                \(style.bold("Pearls \(Self.version)")): spaced-repetition study for clinical knowledge
                Built-in deck: \(deck.title.sanitizedForTerminal()) (\(deck.cards.count) cards, \
                \(Set(deck.cards.map(\.topic)).count) topics)

                Study sessions are not part of this build yet. Meanwhile:
                  pearls list                 browse the built-in deck
                  pearls check SOURCE...      check a deck source for mistakes
                  pearls compile SOURCE...    compile Markdown deck sources to deck JSON
                  pearls --help               everything else
                """)
        }
    }
}
