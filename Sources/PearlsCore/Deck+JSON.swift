import Foundation

extension Deck {
    /// The deck as deck JSON (`docs/deck-json.md`): fixed key order, two-space indent, trailing newline,
    /// so the same deck always gives the same bytes.
    public func jsonText() -> String {
        JSONValue.object([
            ("format", .string(Deck.formatName)),
            ("version", .int(cards.contains { $0.needed != nil } ? max(version, 2) : version)),
            ("id", .string(id)),
            ("title", .string(title)),
            ("audience", .string(audience.rawValue)),
            ("language", .string(language)),
            ("abbreviations", .object(abbreviations.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("topics", .array(topics.map(\.jsonValue))),
            // Cards sit at indent 2 (deck object, then the "cards" array); thousands render faster in parallel.
            ("cards", .array(cards.concurrentMap(minimumChunk: 256) { .rendered($0.jsonValue.rendered(atIndent: 2)) })),
        ]).rendered()
    }

    /// Reads deck JSON, checking that it is a Pearls deck of a version this build knows.
    ///
    /// - Parameter fileName: the name used in error messages.
    public static func decode(_ data: Data, fileName: String) throws(DeckFileError) -> Deck {
        if let error = syntaxError(in: data, fileName: fileName) { throw error }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch let error as DecodingError {
            throw DeckFileError(file: fileName, decodingError: error)
        } catch {
            throw .notJSON(file: fileName, reason: "\(error)")
        }
        guard header.format == Deck.formatName else {
            throw .notADeck(file: fileName)
        }
        guard let version = header.version, version >= 1 else {
            throw .invalid(file: fileName, path: "version", reason: "missing or not a positive integer")
        }
        guard version <= Deck.currentVersion else {
            throw .unsupportedVersion(file: fileName, found: version, newest: Deck.currentVersion)
        }
        let deck: Deck
        do {
            deck = try JSONDecoder().decode(Deck.self, from: data)
        } catch let error as DecodingError {
            throw DeckFileError(file: fileName, decodingError: error)
        } catch {
            throw .notJSON(file: fileName, reason: "\(error)")
        }
        if let problem = deck.firstStructuralProblem() {
            throw .invalid(file: fileName, path: problem.path, reason: problem.reason)
        }
        return deck
    }

    /// The keys read first, to tell a deck from other JSON before decoding the rest.
    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }
}

extension Topic {
    var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(name))]
        if let prose { members.append(("prose", .string(prose))) }
        return .object(members)
    }
}

extension Card {
    /// The card in deck JSON's shape; optional fields are left out when empty.
    public var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(id.rawValue)),
            ("type", .string(type.rawValue)),
            ("prompt", .string(prompt)),
            ("answers", .array(answers.map(JSONValue.string))),
        ]
        if let options { members.append(("options", .array(options.map(JSONValue.string)))) }
        if let correct { members.append(("correct", .array(correct.map(JSONValue.int)))) }
        if let needed { members.append(("needed", .int(needed))) }
        if let point { members.append(("point", .string(point))) }
        if let rationale { members.append(("rationale", .string(rationale))) }
        members.append(("topic", .string(topic)))
        members.append(("tags", .array(tags.map(JSONValue.string))))
        if let note { members.append(("note", .string(note))) }
        if let citation { members.append(("citation", .string(citation))) }
        members.append((
            "source",
            .array(source.map { .object([("file", .string($0.file)), ("line", .int($0.line))]) })
        ))
        return .object(members)
    }
}

extension Deck {
    /// The first JSON syntax error in `data`, with its line and column, found by the project's scanner
    /// (Foundation's decoder says only that the data is not valid JSON).
    static func syntaxError(in data: Data, fileName: String) -> DeckFileError? {
        let bytes = Array(data)
        let failure = bytes.withUnsafeBufferPointer { buffer -> JSONScanError? in
            var scanner = JSONScanner(buffer)
            do throws(JSONScanError) {
                try scanner.skipValue()
                guard scanner.isAtEnd() else { return scanner.error("unexpected text after the deck") }
                return nil
            } catch {
                return error
            }
        }
        guard let failure else { return nil }
        let before = bytes.prefix(min(failure.offset, bytes.count))
        let line = before.count(where: { $0 == 0x0A }) + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<before.count], as: UTF8.self).count + 1
        return .syntax(file: fileName, line: line, column: column, message: failure.message.sanitizedForTerminal())
    }
}
