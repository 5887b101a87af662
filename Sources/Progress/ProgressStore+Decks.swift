import Foundation
import PearlsCore

/// The copies of studied decks kept in `decks/`, so that stats, reports and `doctor` can show topics and
/// card text without the original files.
extension ProgressStore {
    /// Stores a copy of `deck` as `decks/<id>.json`, with its content hash (64-bit FNV-1a of the JSON, in
    /// hexadecimal) in `decks/<id>.hash`, unless the same text is already there.
    public func rememberDeck(_ deck: Deck) throws(ProgressError) {
        guard !isReadOnly else { return }
        let json = deck.jsonText()
        let text = Array(json.utf8)
        let path = "\(profile.decksFolder)/\(Self.fileName(forDeck: deck.id))"
        if FileManager.default.contents(atPath: path).map(Array.init) == text { return }
        var hash = StableHash()
        hash.combine(json)
        do {
            try FileManager.default.createDirectory(atPath: profile.decksFolder, withIntermediateDirectories: true)
            try AtomicFile.write(text, to: path)
            try AtomicFile.write(Array((hash.hexDigest + "\n").utf8), to: String(path.dropLast(5)) + ".hash")
        } catch let error as AtomicFileError {
            throw .cannotWrite(path: path, reason: error.description)
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
