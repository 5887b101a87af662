import ArgumentParser
import DeckCompiler
import DefaultDeck
import Foundation
import PearlsCore
import Progress

/// The decks a study session is on: named by path or by the id of a deck of the profile, or every deck
/// of the profile when none is named. Each is stored in the profile, with a line whenever that replaces an
/// earlier copy.
enum StudyDecks {
    /// A deck found, with where it came from and the stamp of its sources.
    private typealias Found = (deck: Deck, source: String?, stamp: String?)

    /// Loads the decks `names` asks for (all of the profile's, or the built-in deck for a new profile, when
    /// it is empty), compiling any whose sources changed since they were stored, and stores them.
    static func load(_ names: [String], store: ProgressStore) throws -> [Deck] {
        let registry = try DeckRegistry.load(store.profile)
        var found: [Found] = []
        if names.isEmpty {
            if registry.decks.isEmpty { found.append((try DefaultDeck.load(), DeckRegistry.builtIn, nil)) }
            for entry in registry.decks { found.append(try load(entry, profile: store.profile)) }
        }
        for name in names {
            if FileManager.default.fileExists(atPath: name) {
                let source = URL(fileURLWithPath: name).standardizedFileURL.resolvingSymlinksInPath().path
                let entry = registry.decks.first { $0.source == source }
                found.append(try compile(source, shownAs: name, unlessStoredAs: entry, profile: store.profile))
            } else if let entry = registry.entry(id: name) {
                found.append(try load(entry, profile: store.profile))
            } else if let builtIn = try? DefaultDeck.load(), builtIn.id == name {
                found.append((builtIn, DeckRegistry.builtIn, nil))
            } else {
                let known = registry.decks.map(\.id).joined(separator: ", ")
                throw CLIError("\(name.sanitizedForTerminal()): no such file or folder, and no deck of this profile has "
                               + "that id" + (known.isEmpty ? "" : " (its decks: \(known.sanitizedForTerminal()))"))
            }
        }
        for (deck, source, stamp) in found {
            guard let change = try store.rememberDeck(deck, source: source, stamp: stamp) else { continue }
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

    /// A registered deck: the built-in one, its sources (compiled again only when they changed since the
    /// copy was stored), or else its stored copy.
    static func load(_ entry: DeckRegistry.Entry, profile: Profile, compiling: Bool = true) throws
        -> (deck: Deck, source: String?, stamp: String?)
    {
        if entry.source == DeckRegistry.builtIn { return (try DefaultDeck.load(), entry.source, nil) }
        if compiling, let source = entry.source, FileManager.default.fileExists(atPath: source) {
            do {
                return try compile(source, shownAs: source, unlessStoredAs: entry, profile: profile)
            } catch {
                // One broken source must not keep the learner from the rest of the day's cards.
                if !(error is ExitCode) { printError("pearls: error: \(error)".sanitizedForTerminal(keepingNewlines: true)) }
                printError("pearls: warning: \(entry.id.sanitizedForTerminal()): its source could not be compiled; "
                           + "studying the copy stored in the profile")
            }
        } else if compiling, let source = entry.source {
            printError("pearls: warning: \(entry.id.sanitizedForTerminal()): its source \(source.sanitizedForTerminal()) "
                       + "is gone; studying the copy stored in the profile")
        }
        return (try DeckLoading.load(profile.folder + "/" + entry.copy), nil, nil)
    }

    /// The deck at `source`: the stored copy when the sources are as they were when it was stored, else
    /// compiled (or read) afresh.
    private static func compile(_ source: String, shownAs name: String, unlessStoredAs entry: DeckRegistry.Entry?,
                                profile: Profile) throws -> Found {
        let stamp = stamp(of: source)
        let copy = entry.map { profile.folder + "/" + $0.copy }
        if let entry, let stamp, entry.stamp == stamp, let copy, let deck = try? DeckLoading.load(copy), deck.id == entry.id {
            return (deck, source, stamp)
        }
        var deck = try DeckLoading.load(name)
        // Recompiled: generated cards keep the ids they had in the stored copy (docs/article-compiler.md).
        if let copy, let stored = try? DeckLoading.load(copy), stored.id == deck.id {
            PreviousIDs.carryOver(from: stored, to: &deck)
        }
        return (deck, source, stamp)
    }

    /// A hash of the path, size and modification time of every file under `source`; `nil` if unreadable.
    static func stamp(of source: String) -> String? {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: source, isDirectory: &isFolder) else { return nil }
        var paths = [source]
        if isFolder.boolValue {
            guard let walker = files.enumerator(atPath: source) else { return nil }
            paths = walker.compactMap { $0 as? String }.sorted().map { source + "/" + $0 }
        }
        var hash = StableHash()
        for path in paths {
            guard let attributes = try? files.attributesOfItem(atPath: path) else { return nil }
            let size = (attributes[.size] as? Int) ?? -1
            let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            hash.combine("\(path)\u{0}\(size)\u{0}\(time)")
        }
        return hash.hexDigest
    }
}
