import ArgumentParser
import DeckCompiler
import Foundation
import PearlsCore

/// `pearls compile`: deck sources and articles to deck JSON.
struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compile deck sources and articles into a deck JSON file.",
        discussion: """
            Each SOURCE is a file or a folder of them (read in name order). All sources make one deck.

            Markdown files with authored cards (Q:/A:, cloze {{…}}, options) are compiled as written. \
            Articles are turned into cards automatically: plain-text and HTML files, Markdown files with \
            no authored cards or with 'generate: true' in their front matter, and any file when \
            --generate is given. Web-page boilerplate (ads, disclosures, newsletter prompts, bylines, \
            copyright, contact details) is left out; the same fact found in several articles becomes one \
            card that cites every place.

            Problems are printed as file:line:col, and nothing is written when any is an error. \
            Compiling unchanged sources gives byte-identical output.

            Examples:
              pearls compile Decks/bone-metastases -o bone-metastases.json
              pearls compile articles/ --report    # what was made and dropped
              pearls compile page.html --explain   # each card's rule and sentence
              pearls compile articles/ --review    # accept, edit or reject cards
              pearls compile notes.md -o -         # the JSON to standard output
            """)

    @Argument(help: "Deck source files, articles, or folders of them.", completion: .file())
    var sources: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Where to write the deck JSON ('-' for standard output).",
        discussion: "Defaults to <deck id>.json in the current folder.", valueName: "file"))
    var output: String?

    @Flag(help: "Generate cards from every source as an article, even Markdown with authored cards.")
    var generate = false

    @Flag(help: "Show, for each generated card, the rule that made it, the source sentence and its score.")
    var explain = false

    @Flag(help: "Print counts of generated cards per rule and per topic, and what each quality check dropped.")
    var report = false

    @Flag(help: ArgumentHelp(
        "Go through new generated cards one by one to accept, edit or reject them.",
        discussion: "Choices are kept in <output>.review.json, so compiling again keeps them."))
    var review = false

    func validate() throws {
        if sources.isEmpty { throw ValidationError("name at least one source file or folder to compile") }
        if review && output == "-" { throw ValidationError("--review needs a deck file to remember choices beside; drop '-o -'") }
    }

    func run() throws {
        try reportingErrors {
            var (deck, result) = try DeckLoading.compileResult(sources, generatingAll: generate)
            guard !deck.cards.isEmpty else {
                printError("pearls: error: the sources hold no cards, and none could be generated; nothing written")
                throw ExitCode.failure
            }
            let destination = output ?? deck.id + ".json"
            if let generated = result.generated {
                let choicesPath = destination == "-" ? nil : destination + ".review.json"
                var choices = try choicesPath.map { try ReviewChoices.load(from: $0) } ?? ReviewChoices()
                if review, let choicesPath {
                    try CompileReview.run(generated.candidates, choices: &choices, savingTo: choicesPath)
                }
                deck.cards = choices.apply(to: deck.cards)
            }
            let messages = destination == "-" ? FileHandle.standardError : FileHandle.standardOutput
            if explain, let generated = result.generated {
                messages.write(Data(CompileExplanation.explain(generated.candidates, keeping: deck.cards).utf8))
            }
            if report, let generated = result.generated {
                messages.write(Data(CompileExplanation.report(generated.report, deck: deck).utf8))
            }
            let json = deck.jsonText()
            if destination == "-" {
                FileHandle.standardOutput.write(Data(json.utf8))
            } else {
                try AtomicFile.write(Array(json.utf8), to: destination, streamingToDevices: true)
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
