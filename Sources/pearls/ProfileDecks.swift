import DefaultDeck
import Foundation
import PearlsCore
import Progress

/// The decks a learner's figures are about: the copies stored in the profile, plus the built-in deck.
enum ProfileDecks {
    /// The decks the learner studied, or the built-in deck for a learner who has studied none; only the
    /// deck named by `deck` (an id, or a deck file to read) when given.
    static func load(for profile: Profile, only deck: String?) throws -> [Deck] {
        var decks = ProgressStore.storedDecks(of: profile).decks
        let builtIn = try DefaultDeck.load()
        if decks.isEmpty || (deck == builtIn.id && !decks.contains { $0.id == builtIn.id }) { decks.append(builtIn) }
        guard let deck else { return decks }
        if let match = decks.first(where: { $0.id == deck }) { return [match] }
        if FileManager.default.fileExists(atPath: deck) { return [try DeckLoading.load(deck)] }
        let known = decks.map { "  " + $0.id.sanitizedForTerminal() + "  " + $0.title.sanitizedForTerminal() }
        throw CLIError("no deck '\(deck.sanitizedForTerminal())' is known; decks studied in this profile:\n"
                       + known.joined(separator: "\n"))
    }
}
