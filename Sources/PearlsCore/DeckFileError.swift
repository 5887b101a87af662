/// Why a deck JSON file could not be read. Each message names the file and what to do.
public enum DeckFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case notJSON(file: String, reason: String)
    /// A JSON syntax error at a 1-based line and column.
    case syntax(file: String, line: Int, column: Int, message: String)
    case notADeck(file: String)
    case unsupportedVersion(file: String, found: Int, newest: Int)
    case invalid(file: String, path: String, reason: String)

    public var description: String {
        switch self {
        case .notJSON(let file, let reason):
            "\(file) is not valid JSON: \(reason)"
        case .syntax(let file, let line, let column, let message):
            "\(file):\(line):\(column): not valid JSON: \(message)"
        case .notADeck(let file):
            "\(file) is not a Pearls deck (its \"format\" is not \"\(Deck.formatName)\"); "
                + "compile Markdown sources with 'pearls compile'"
        case .unsupportedVersion(let file, let found, let newest):
            "\(file) is deck version \(found), but this pearls reads up to version \(newest); update pearls"
        case .invalid(let file, let path, let reason):
            "\(file): \(path): \(reason)"
        }
    }

    init(file: String, decodingError: DecodingError) {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
            return text.isEmpty ? "(top level)" : text
        }
        switch decodingError {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self = .notJSON(file: file, reason: context.underlyingError.map { "\($0)" } ?? context.debugDescription)
        case .dataCorrupted(let context):
            self = .invalid(file: file, path: path(context.codingPath), reason: context.debugDescription)
        case .keyNotFound(let key, let context):
            self = .invalid(file: file, path: path(context.codingPath + [key]), reason: "missing")
        case .typeMismatch(let type, let context):
            self = .invalid(file: file, path: path(context.codingPath), reason: "expected \(type)")
        case .valueNotFound(let type, let context):
            self = .invalid(file: file, path: path(context.codingPath), reason: "expected \(type), found null")
        @unknown default:
            self = .notJSON(file: file, reason: "\(decodingError)")
        }
    }
}
