import Foundation
import PearlsCore

/// The decks a learner studies, kept in the profile as `decks.json`: each deck's id, where its source
/// is, and where its compiled copy is stored. Plain `pearls` studies every deck here, and a deck is named
/// by its id from any folder.
public struct DeckRegistry: Sendable, Equatable, Codable {
    /// The source of the deck that ships inside Pearls.
    public static let builtIn = "built-in"

    /// One deck of the profile.
    public struct Entry: Sendable, Equatable, Codable {
        /// The deck's id (`id:` in its front matter, `--deck-id`, or its file or folder name).
        public var id: String
        /// The absolute path of its sources or deck JSON, `built-in`, or `nil` when unknown (a copy stored
        /// before the registry existed).
        public var source: String?
        /// The compiled copy, relative to the profile folder (`decks/<id>.json`).
        public var copy: String
        /// The sources' sizes and modification times when the copy was compiled, hashed: while they are the
        /// same, the copy is studied without compiling again.
        public var stamp: String?

        public init(id: String, source: String?, copy: String, stamp: String? = nil) {
            self.id = id
            self.source = source
            self.copy = copy
            self.stamp = stamp
        }
    }

    private var pearls = "decks"
    private var schema = 1
    /// In the order the decks were first studied.
    public private(set) var decks: [Entry] = []

    private enum CodingKeys: String, CodingKey { case pearls, schema, decks }

    /// The registry file of `profile`.
    public static func path(of profile: Profile) -> String { profile.folder + "/decks.json" }

    /// Reads the profile's registry. A profile without one (made before it existed) lists its stored
    /// copies, with unknown sources.
    public static func load(_ profile: Profile) throws(ProgressError) -> DeckRegistry {
        let path = path(of: profile)
        guard let data = FileManager.default.contents(atPath: path) else {
            var registry = DeckRegistry()
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: profile.decksFolder)) ?? [])
                .filter { $0.hasSuffix(".json") }.sorted()
            for name in names {
                guard let deck = try? Deck.decode(Data(contentsOf: URL(fileURLWithPath: profile.decksFolder + "/" + name)),
                                                  fileName: name) else { continue }
                registry.decks.append(Entry(id: deck.id, source: nil, copy: "decks/" + name))
            }
            return registry
        }
        do {
            let registry = try JSONDecoder().decode(DeckRegistry.self, from: data)
            guard registry.pearls == "decks" else { throw ProgressError.badRegistry(path: path, reason: "not a deck registry") }
            return registry
        } catch let error as ProgressError {
            throw error
        } catch {
            throw .badRegistry(path: path, reason: "not the JSON it should be")
        }
    }

    /// Writes the registry atomically.
    public func save(to profile: Profile) throws(ProgressError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let path = Self.path(of: profile)
        do {
            try AtomicFile.write(Array(try encoder.encode(self)) + [0x0A], to: path)
        } catch {
            throw .writing(path, failedWith: error)
        }
    }

    /// The deck with id `id`.
    public func entry(id: String) -> Entry? { decks.first { $0.id == id } }

    /// Adds or updates a deck, keeping its place.
    public mutating func register(_ entry: Entry) {
        if let index = decks.firstIndex(where: { $0.id == entry.id }) { decks[index] = entry } else { decks.append(entry) }
    }

    /// Forgets a deck; returns whether it was there.
    @discardableResult
    public mutating func remove(id: String) -> Bool {
        let count = decks.count
        decks.removeAll { $0.id == id }
        return decks.count != count
    }
}
