import ArgumentParser
import Foundation
import PearlsCore

/// `pearls compile`: Markdown deck sources to deck JSON.
struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile deck sources into a deck JSON file.",
        discussion: """
            Each SOURCE is a Markdown file or a folder of them (read in name order). All sources \
            make one deck. Problems are printed as file:line:col, and nothing is written when any \
            is an error. Compiling unchanged sources gives byte-identical output.

            Examples:
              pearls compile Decks/bone-metastases -o bone-metastases.json
              pearls compile notes.md -o -      (write the JSON to standard output)
            """)

    @Argument(help: "Deck source files or folders.", completion: .file())
    var sources: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Where to write the deck JSON ('-' for standard output).",
        discussion: "Defaults to <deck id>.json in the current folder.", valueName: "file"))
    var output: String?

    func validate() throws {
        if sources.isEmpty { throw ValidationError("name at least one source file or folder to compile") }
    }

    func run() throws {
        try reportingErrors {
            let deck = try DeckLoading.compileReporting(sources)
            let json = deck.jsonText()
            let destination = output ?? deck.id + ".json"
            if destination == "-" {
                FileHandle.standardOutput.write(Data(json.utf8))
            } else {
                try AtomicFile.write(Array(json.utf8), to: destination)
            }
            let counts = CardType.allCases.compactMap { type -> String? in
                let count = deck.cards.count { $0.type == type }
                return count == 0 ? nil : "\(count) \(type.rawValue)"
            }
            printError("compiled \(deck.cards.count) cards (\(counts.joined(separator: ", "))) "
                + "into \(destination == "-" ? "standard output" : destination)")
        }
    }
}
