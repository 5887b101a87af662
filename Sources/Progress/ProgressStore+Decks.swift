import Foundation
import PearlsCore

/// The copies of studied decks kept in `decks/`, so that stats, reports and `doctor` can show topics and
/// card text without the original files.
extension ProgressStore {
    /// How a stored copy changed when a deck was stored again: cards by id.
    public struct StoredDeckChange: Sendable, Equatable {
        public var added = 0
        public var changed = 0
        public var removed = 0
        /// The earlier source, when the deck is now stored from another (the earlier one is gone).
        public var movedFrom: String?
        /// Whether the stored copy was replaced.
        public var isReplaced: Bool { added + changed + removed > 0 }
    }

    /// Stores a copy of `deck` as `decks/<id>.json`, with its content hash (64-bit FNV-1a of the JSON, in
    /// hexadecimal) in `decks/<id>.hash`, unless the same text is already there, and records it in the
    /// registry with `source` (an absolute path, `built-in`, or `nil` to keep the one recorded).
    ///
    /// A deck whose id is already registered from another source that still exists is refused with both
    /// sources named. Returns what changed when an earlier copy was replaced, so the caller can say so.
    @discardableResult
    public func rememberDeck(_ deck: Deck, source: String? = nil, stamp: String? = nil) throws(ProgressError)
        -> StoredDeckChange?
    {
        guard !isReadOnly else { return nil }
        var registry = try DeckRegistry.load(profile)
        let known = registry.entry(id: deck.id)
        let name = Self.fileName(forDeck: deck.id)
        let json = deck.jsonText()
        let text = Array(json.utf8)
        let path = "\(profile.decksFolder)/\(name)"
        let previous = FileManager.default.contents(atPath: path)
        if let stored = known?.source, let source, stored != source,
           stored == DeckRegistry.builtIn || FileManager.default.fileExists(atPath: stored) {
            // The same deck from another place (a compiled copy of the built-in deck, say) is no clash.
            if previous.map(Array.init) == text { return nil }
            throw .deckIDClash(id: deck.id, stored: stored, new: source)
        }
        let entry = DeckRegistry.Entry(id: deck.id, source: source ?? known?.source, copy: "decks/" + name,
                                       stamp: source == nil ? known?.stamp : stamp)
        if known != entry {
            registry.register(entry)
            try createDecksFolder()
            try registry.save(to: profile)
        }
        // Not a clash, so an earlier source that differs is gone: the deck moved.
        let moved = known?.source.flatMap { $0 == source || source == nil ? nil : $0 }
        if previous.map(Array.init) == text { return moved.map { StoredDeckChange(movedFrom: $0) } }
        var hash = StableHash()
        hash.combine(json)
        try createDecksFolder()
        do {
            try AtomicFile.write(text, to: path, operations: fileOperations)
            try AtomicFile.write(Array((hash.hexDigest + "\n").utf8), to: String(path.dropLast(5)) + ".hash",
                                 operations: fileOperations)
        } catch {
            throw .writing(path, failedWith: error)
        }
        guard let previous, let old = try? Deck.decode(previous, fileName: path) else {
            return moved.map { StoredDeckChange(movedFrom: $0) }
        }
        let before = Dictionary(old.cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(deck.cards.map(\.id))
        var change = StoredDeckChange(movedFrom: moved)
        for card in deck.cards {
            if let earlier = before[card.id] { change.changed += earlier == card ? 0 : 1 } else { change.added += 1 }
        }
        change.removed = before.keys.filter { !after.contains($0) }.count
        return change
    }

    /// Forgets a deck: its registry entry and stored copy go, its events stay in the journal (so its
    /// progress comes back if the deck is studied again). Returns whether the deck was registered.
    public func forgetDeck(id: String) throws(ProgressError) -> Bool {
        var registry = try DeckRegistry.load(profile)
        guard let entry = registry.entry(id: id) else { return false }
        registry.remove(id: id)
        try registry.save(to: profile)
        let copy = profile.folder + "/" + entry.copy
        try? FileManager.default.removeItem(atPath: copy)
        try? FileManager.default.removeItem(atPath: String(copy.dropLast(5)) + ".hash")
        return true
    }

    private func createDecksFolder() throws(ProgressError) {
        do {
            try FileManager.default.createDirectory(atPath: profile.decksFolder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: profile.decksFolder, reason: (error as NSError).localizedDescription)
        }
    }

    /// The decks stored in a profile; unreadable copies are skipped and named in the second list.
    public static func storedDecks(of profile: Profile) -> (decks: [Deck], unreadable: [String]) {
        let folder = profile.decksFolder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }
        var decks: [Deck] = []
        var unreadable: [String] = []
        for name in names.sorted() {
            let path = "\(folder)/\(name)"
            if let data = FileManager.default.contents(atPath: path), let deck = try? Deck.decode(data, fileName: path) {
                decks.append(deck)
            } else {
                unreadable.append(path)
            }
        }
        return (decks, unreadable)
    }

    /// A file name for a deck id: characters that are unsafe in names become `_`.
    static func fileName(forDeck id: String) -> String {
        let safe = id.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        }
        let name = String(safe).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return (name.isEmpty ? "deck" : name) + ".json"
    }
}
