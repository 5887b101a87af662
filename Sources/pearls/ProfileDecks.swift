import DefaultDeck
import Foundation
import PearlsCore
import Progress

/// The decks a learner's figures are about: the copies stored in the profile, plus the built-in deck.
enum ProfileDecks {
    /// Every known deck, or only the one named by `deck` (an id, or a deck file to read).
    static func load(for profile: Profile, only deck: String?) throws -> [Deck] {
        var decks = ProgressStore.storedDecks(of: profile).decks
        if let builtIn = try? DefaultDeck.load(), !decks.contains(where: { $0.id == builtIn.id }) {
            decks.append(builtIn)
        }
        guard let deck else { return decks }
        if let match = decks.first(where: { $0.id == deck }) { return [match] }
        if FileManager.default.fileExists(atPath: deck) { return [try DeckLoading.load(deck)] }
        let known = decks.map { "  " + $0.id.sanitizedForTerminal() + "  " + $0.title.sanitizedForTerminal() }
        throw CLIError("no deck '\(deck.sanitizedForTerminal())' is known; decks studied in this profile:\n"
                       + known.joined(separator: "\n"))
    }
}
