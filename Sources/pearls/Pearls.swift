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
              pearls                            study everything due in your decks (the built-in one to start)
              pearls decks                      your decks: due and new cards today, and their sources
              pearls study --mode exam          a 10-question NCLEX-style practice exam
              pearls stats                      what is due, how well you remember, weak topics
              pearls report -o progress.html    the same as a page to open, print or send
              pearls list                       browse the built-in deck
              pearls list --type sata           only select-all-that-apply items
              pearls check Decks/my-deck        find mistakes in your own deck source
              pearls compile Decks/my-deck      compile it to deck JSON

            The deck format is described in docs/deck-format.md.
            """,
        version: "\(version) (GNU readline \(Readline.libraryVersion))",
        subcommands: [
            StudyCommand.self, Decks.self, List.self, Check.self, Compile.self, Config.self, Merge.self, Doctor.self,
            Stats.self, Report.self, ExportLog.self, FSRSCommand.self,
        ],
        defaultSubcommand: StudyCommand.self
    )
}
