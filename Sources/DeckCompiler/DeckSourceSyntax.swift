/// How one line of a Markdown deck source reads, before any context is applied.
enum SourceLine: Equatable {
    case blank
    case heading(level: Int, text: String)
    case field(FieldKey, value: String, column: Int)
    case option(isCorrect: Bool, text: String, column: Int)
    case fence
    case text(String)
}

/// The `Key:` prefixes that author cards. Keys are case-sensitive, as documented in docs/deck-format.md.
enum FieldKey: String, CaseIterable {
    case question = "Q"
    case answer = "A"
    case trueFalse = "TF"
    case teach = "Teach"
    case why = "Why"
    case source = "Source"
    case tags = "Tags"
    case id = "ID"
    case note = "Note"

    /// Keys that start a new card rather than describe the current one.
    var startsCard: Bool { self == .question || self == .trueFalse || self == .teach }
}

/// The line-level grammar of deck sources.
enum DeckSourceSyntax {
    /// Classifies a line. Leading white space is ignored, so indented fields still count.
    static func classify(_ raw: Substring) -> SourceLine {
        let line = raw.trimmingTrailingWhitespace
        let body = line.drop(while: \.isWhitespace)
        let indent = line.unicodeScalars.count - body.unicodeScalars.count
        if body.isEmpty { return .blank }
        if body.hasPrefix("```") || body.hasPrefix("~~~") { return .fence }
        if body.first == "#" {
            let hashes = body.prefix(while: { $0 == "#" }).count
            let rest = body.dropFirst(hashes)
            if hashes <= 6, rest.isEmpty || rest.first == " " {
                let text = rest.trimmingTrailingWhitespace.drop(while: \.isWhitespace)
                return .heading(level: hashes, text: String(text.trimmingTrailing("#")))
            }
        }
        if let option = option(body, indent: indent) { return option }
        if let colon = body.firstIndex(of: ":"), let key = FieldKey(rawValue: String(body[..<colon])) {
            let afterColon = body[body.index(after: colon)...]
            let value = afterColon.drop(while: \.isWhitespace)
            let column = indent + (body.unicodeScalars.count - value.unicodeScalars.count) + 1
            return .field(key, value: String(value), column: column)
        }
        return .text(String(body))
    }

    /// `- [x] text`, `* [ ] text` or `+ [X] text`.
    private static func option(_ body: Substring, indent: Int) -> SourceLine? {
        let scalars = Array(body.unicodeScalars.prefix(6))
        guard scalars.count >= 5, "-*+".unicodeScalars.contains(scalars[0]), scalars[1] == " ",
              scalars[2] == "[", scalars[4] == "]", scalars.count == 5 || scalars[5] == " "
        else { return nil }
        let isCorrect: Bool
        switch scalars[3] {
        case "x", "X": isCorrect = true
        case " ": isCorrect = false
        default: return nil
        }
        let text = body.unicodeScalars.dropFirst(5).drop { $0 == " " }
        return .option(isCorrect: isCorrect, text: String(Substring(text)),
                       column: indent + body.unicodeScalars.count - text.count + 1)
    }

    /// Whether an explicit card or deck id is usable in file names and journals.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 128
            && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}

extension StringProtocol {
    /// The text without trailing white space (spaces, tabs, a stray CR).
    var trimmingTrailingWhitespace: SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }

    /// The text without trailing copies of `character` and the white space before them (`## Title ##`).
    func trimmingTrailing(_ character: Character) -> SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == character { end = index(before: end) }
        let trimmed = self[startIndex..<end]
        return end == endIndex ? trimmed : trimmed.trimmingTrailingWhitespace
    }
}
