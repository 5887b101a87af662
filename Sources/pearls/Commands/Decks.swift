import ArgumentParser
import Foundation
import PearlsCore
import Progress
import Study

/// `pearls decks`: the decks of a learner's profile, and forgetting one.
struct Decks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the decks of your profile with what is due, or forget one.",
        discussion: """
            A deck joins your profile the first time you study it. Plain `pearls` studies everything due in \
            all of them, and `pearls study ID` studies one from any folder.

            Examples:
              pearls decks                  each deck: id, title, due and new today, source
              pearls decks remove notes     forget a deck (its progress stays)
            """,
        subcommands: [Show.self, Remove.self],
        defaultSubcommand: Show.self)

    /// `pearls decks` (`pearls decks list`).
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the decks of your profile.")

        @OptionGroup var profile: ProfileOptions

        func run() throws {
            try reportingErrors {
                let now = try SystemClock.now()
                let store = try profile.open(readOnly: true, command: "decks", now: now)
                let registry = try DeckRegistry.load(store.profile)
                guard !registry.decks.isEmpty else {
                    print("No decks yet: `pearls` studies the built-in deck, and `pearls study notes.md` adds your own.")
                    return
                }
                for entry in registry.decks {
                    let deck = try StudyDecks.load(entry, profile: store.profile, compiling: false).deck
                    let cards = deck.cards.filter { $0.type != .teach }
                    let queue = StudySession.reviewQueue(cards, deckOf: Dictionary(cards.map { ($0.id, deck.id) }) { first, _ in first },
                                                         decks: [deck.id], store: store, at: now)
                    var source = entry.source ?? "source unknown"
                    if source != DeckRegistry.builtIn, entry.source != nil, !FileManager.default.fileExists(atPath: source) {
                        source += " (gone; the stored copy is studied)"
                    }
                    let line = "\(entry.id)  \(deck.title)  \(queue.learning.count + queue.reviews.count) due  "
                        + "\(queue.new.count) new  \(source)"
                    print(line.sanitizedForTerminal())
                }
            }
        }
    }

    /// `pearls decks remove ID`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Forget a deck: its stored copy goes; its progress stays in the journal.")

        @Argument(help: "The id of the deck, as `pearls decks` shows it.")
        var id: String

        @OptionGroup var profile: ProfileOptions

        func run() throws {
            try reportingErrors {
                let now = try SystemClock.now()
                let store = try profile.open(command: "decks remove", now: now)
                guard try store.forgetDeck(id: id) else {
                    let known = try DeckRegistry.load(store.profile).decks.map(\.id).joined(separator: ", ")
                    throw CLIError("no deck '\(id.sanitizedForTerminal())' in this profile"
                                   + (known.isEmpty ? "" : "; its decks: \(known.sanitizedForTerminal())"))
                }
                print("forgot the deck \(id.sanitizedForTerminal()); its progress stays in the journal and comes back "
                      + "if you study the deck again")
            }
        }
    }
}
