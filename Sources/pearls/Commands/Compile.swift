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
              pearls compile page.txt --report -v  # and every candidate left out, and why
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

    @Option(name: .customLong("deck-id"), help: ArgumentHelp(
        "The deck's id, instead of the front matter's 'id:' or the first source's name.",
        discussion: "Two decks studied in one profile need different ids.", valueName: "id"))
    var deckID: String?

    @Flag(help: "Generate cards from every source as an article, even Markdown with authored cards.")
    var generate = false

    @Flag(help: "Show, for each generated card, the rule that made it, the source sentence and its score.")
    var explain = false

    @Flag(help: "Print counts of generated cards per rule and per topic, and what each quality check dropped.")
    var report = false

    @Option(help: ArgumentHelp(
        "An earlier compiled deck whose generated cards' ids to keep.",
        discussion: "A generated card read from the same sentence with the same answers as a card of FILE keeps "
            + "that card's id, so learners' progress and review choices survive a change in wording.",
        valueName: "file"))
    var previous: String?

    @Flag(name: .shortAndLong, help: "With --report, also list every generated candidate left out, and why.")
    var verbose = false

    @Flag(help: ArgumentHelp(
        "Go through new generated cards one by one to accept, edit or reject them.",
        discussion: "Choices are kept in <output>.review.json, so compiling again keeps them."))
    var review = false

    func validate() throws {
        if sources.isEmpty { throw ValidationError("name at least one source file or folder to compile") }
        if verbose && !report { throw ValidationError("--verbose adds to --report; give both") }
        if let deckID, !Self.isValidDeckID(deckID) {
            throw ValidationError("--deck-id '\(deckID.sanitizedForTerminal())' must be letters, digits, '.', '-' or '_' (up to 128)")
        }
        if review && output == "-" { throw ValidationError("--review needs a deck file to remember choices beside; drop '-o -'") }
    }

    func run() throws {
        try reportingErrors {
            var (deck, result) = try DeckLoading.compileResult(sources, generatingAll: generate)
            if let deckID { deck.id = deckID }
            guard !deck.cards.isEmpty else {
                printError("pearls: error: the sources hold no cards, and none could be generated; nothing written")
                throw ExitCode.failure
            }
            if let previous {
                let carried = PreviousIDs.carryOver(from: try DeckLoading.load(previous), to: &deck)
                printError("kept the ids of \(carried) generated card\(carried == 1 ? "" : "s") of \(previous.sanitizedForTerminal())")
            }
            let destination = output ?? deck.id + ".json"
            if destination != "-", let source = Self.source(overwrittenBy: destination, among: sources) {
                printError("pearls: error: \(destination.sanitizedForTerminal()) is one of the sources being compiled; "
                           + "nothing written (its source is \(source.sanitizedForTerminal()); choose another -o)")
                throw ExitCode.failure
            }
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
                if verbose { messages.write(Data(CompileExplanation.dropped(generated.dropped).utf8)) }
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

    /// Whether `id` is a deck id the compiler accepts in front matter.
    static func isValidDeckID(_ id: String) -> Bool {
        (1...128).contains(id.count) && id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
        }
    }

    /// The named source that writing `destination` would replace: the same file named directly, or a deck
    /// source file inside a named folder. Files are compared by device and inode, so `./x.md`, `a/../x.md`
    /// and links all count.
    static func source(overwrittenBy destination: String, among sources: [String]) -> String? {
        guard let target = FileIdentity(destination) else { return nil }
        for source in sources {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder) else { continue }
            if !isFolder.boolValue {
                if FileIdentity(source) == target { return source }
                continue
            }
            let folder = URL(fileURLWithPath: source).resolvingSymlinksInPath().path + "/"
            let file = URL(fileURLWithPath: destination).resolvingSymlinksInPath()
            if file.path.hasPrefix(folder), DeckSource.kind(ofFileNamed: file.lastPathComponent) != nil { return source }
        }
        return nil
    }
}

/// A file's device and inode: two paths with the same identity are one file.
private struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
