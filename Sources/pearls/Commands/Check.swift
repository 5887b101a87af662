import ArgumentParser
import DeckCompiler
import PearlsCore

/// `pearls check`: report every problem in deck sources without writing anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check deck sources for problems.",
        discussion: """
            Prints each problem as 'file:line:col: error|warning: message', the form editors \
            and compilers use, and exits with status 1 when any is an error.

            Example:
              pearls check Decks/bone-metastases
            """)

    @Argument(help: "Deck source files or folders.", completion: .file())
    var sources: [String]

    func validate() throws {
        if sources.isEmpty { throw ValidationError("name at least one source file or folder to check") }
    }

    func run() throws {
        try reportingErrors {
            let (loaded, fallbackID) = try SourceLoader.load(paths: sources)
            let result = DeckCompiler.compile(loaded, fallbackID: fallbackID)
            for diagnostic in result.diagnostics { print(diagnostic.description) }
            if let deck = result.deck {
                let problems = result.diagnostics.isEmpty ? "no problems" : DeckLoading.summary(of: result.diagnostics)
                printError("\(deck.id.sanitizedForTerminal()): \(deck.cards.count) cards, \(problems)")
            } else {
                printError("pearls: " + DeckLoading.summary(of: result.diagnostics))
                throw ExitCode.failure
            }
        }
    }
}
