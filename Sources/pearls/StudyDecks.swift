import ArgumentParser
import DefaultDeck
import Foundation
import PearlsCore
import Progress

/// The decks a study session is on: named by path or by the id of a deck of the profile, or every deck
/// of the profile when none is named. Each is stored in the profile, with a line whenever that replaces an
/// earlier copy.
enum StudyDecks {
    /// Loads the decks `names` asks for (all of the profile's, or the built-in deck for a new profile, when
    /// it is empty), recompiling any whose sources are still there, and stores them in the profile.
    static func load(_ names: [String], store: ProgressStore) throws -> [Deck] {
        let registry = try DeckRegistry.load(store.profile)
        var found: [(deck: Deck, source: String?)] = []
        if names.isEmpty {
            if registry.decks.isEmpty { found.append((try DefaultDeck.load(), DeckRegistry.builtIn)) }
            for entry in registry.decks { found.append(try load(entry, profile: store.profile)) }
        }
        for name in names {
            if FileManager.default.fileExists(atPath: name) {
                let source = URL(fileURLWithPath: name).standardizedFileURL.resolvingSymlinksInPath().path
                found.append((try DeckLoading.load(name), source))
            } else if let entry = registry.entry(id: name) {
                found.append(try load(entry, profile: store.profile))
            } else if let builtIn = try? DefaultDeck.load(), builtIn.id == name {
                found.append((builtIn, DeckRegistry.builtIn))
            } else {
                let known = registry.decks.map(\.id).joined(separator: ", ")
                throw CLIError("\(name.sanitizedForTerminal()): no such file or folder, and no deck of this profile has "
                               + "that id" + (known.isEmpty ? "" : " (its decks: \(known.sanitizedForTerminal()))"))
            }
        }
        for (deck, source) in found {
            guard let change = try store.rememberDeck(deck, source: source) else { continue }
            if let earlier = change.movedFrom, let source {
                printError("\(deck.id.sanitizedForTerminal()): now studied from \(source.sanitizedForTerminal()) "
                           + "(its earlier source \(earlier.sanitizedForTerminal()) is gone)")
            }
            guard change.isReplaced else { continue }
            printError("\(deck.id.sanitizedForTerminal()): the source changed since the deck was stored: "
                       + "\(change.added) card\(change.added == 1 ? "" : "s") added, \(change.changed) changed, "
                       + "\(change.removed) removed")
        }
        return found.map(\.deck)
    }

    /// A registered deck: the built-in one, compiled afresh from its source, or else its stored copy.
    static func load(_ entry: DeckRegistry.Entry, profile: Profile, compiling: Bool = true) throws -> (deck: Deck, source: String?) {
        if entry.source == DeckRegistry.builtIn { return (try DefaultDeck.load(), entry.source) }
        if compiling, let source = entry.source, FileManager.default.fileExists(atPath: source) {
            do {
                return (try DeckLoading.load(source), source)
            } catch {
                // One broken source must not keep the learner from the rest of the day's cards.
                if !(error is ExitCode) { printError("pearls: error: \(error)".sanitizedForTerminal(keepingNewlines: true)) }
                printError("pearls: warning: \(entry.id.sanitizedForTerminal()): its source could not be compiled; "
                           + "studying the copy stored in the profile")
                return (try DeckLoading.load(profile.folder + "/" + entry.copy), nil)
            }
        }
        if compiling, let source = entry.source {
            printError("pearls: warning: \(entry.id.sanitizedForTerminal()): its source \(source.sanitizedForTerminal()) "
                       + "is gone; studying the copy stored in the profile")
        }
        return (try DeckLoading.load(profile.folder + "/" + entry.copy), nil)
    }
}
