import Foundation
import PearlsCore

/// The deck settings at the top of a source, between two `---` lines.
struct FrontMatter: Equatable {
    /// The keys a front matter may hold, in the order the documentation lists them.
    static let knownKeys = ["title", "id", "audience", "language", "generate", "abbreviations"]

    /// A value with the line it was set on, so conflicts between files can point at both.
    struct Entry: Equatable {
        var value: String
        var line: Int
    }

    var entries: [String: Entry] = [:]
    var abbreviations: [String: String] = [:]

    var title: String? { entries["title"]?.value }
    var id: String? { entries["id"]?.value }
    var audience: Audience? { entries["audience"].flatMap { Audience(rawValue: $0.value) } }
    var language: String? { entries["language"]?.value }
    var generate: Bool { entries["generate"]?.value == "true" }

    /// Reads the front matter at the start of `lines`, if there is one.
    ///
    /// - Returns: the front matter and the index of the first line after it (0 when there is none).
    static func parse(_ lines: [Substring], file: String, into diagnostics: inout [Diagnostic])
        -> (FrontMatter, bodyStart: Int)
    {
        var matter = FrontMatter()
        guard let first = lines.first, first.trimmingTrailingWhitespace == "---" else { return (matter, 0) }
        var index = 1
        while index < lines.count {
            let raw = lines[index]
            let lineNumber = index + 1
            index += 1
            let line = raw.trimmingTrailingWhitespace
            if line == "---" { return (matter, index) }
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                    "front matter line is not 'key: value'"))
                continue
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let valueColumn = line.unicodeScalars.count - value.unicodeScalars.count + 1
            guard knownKeys.contains(key) else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                    "unknown front-matter key '\(key)'" + suggestion(for: key)))
                continue
            }
            if let earlier = matter.entries[key] {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber,
                    "'\(key)' is set twice (first on line \(earlier.line))"))
                continue
            }
            if let problem = problem(key: key, value: value, abbreviations: &matter.abbreviations) {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber, column: valueColumn, problem))
                continue
            }
            matter.entries[key] = Entry(value: value, line: lineNumber)
        }
        diagnostics.append(Diagnostic(.error, file: file, line: 1,
            "front matter is never closed: add a '---' line after its last key"))
        return (matter, lines.count)
    }

    /// What is wrong with a value, or `nil` when it is valid. Abbreviations are parsed as a side effect.
    private static func problem(key: String, value: String, abbreviations: inout [String: String]) -> String? {
        switch key {
        case "title":
            return value.isEmpty ? "'title' is empty" : nil
        case "id":
            return DeckSourceSyntax.isValidID(value)
                ? nil : "deck id '\(value)' may only hold letters, digits, '.', '-' and '_'"
        case "audience":
            return Audience(rawValue: value) == nil
                ? "audience '\(value)' is not one of: " + Audience.allCases.map(\.rawValue).joined(separator: ", ")
                : nil
        case "language":
            let isTag = !value.isEmpty && value.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-") }
            return isTag ? nil : "language '\(value)' is not a language tag such as 'en' or 'en-GB'"
        case "generate":
            return value == "true" || value == "false" ? nil : "generate must be 'true' or 'false', not '\(value)'"
        case "abbreviations":
            for pair in value.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    return "abbreviations are written 'MRI = magnetic resonance imaging; CT = computed tomography'"
                }
                abbreviations[parts[0]] = parts[1]
            }
            return nil
        default:
            return nil
        }
    }

    private static func suggestion(for key: String) -> String {
        let lowered = key.lowercased()
        let closest = knownKeys.min { editDistance(lowered, $0) < editDistance(lowered, $1) }
        if let closest, editDistance(lowered, closest) <= 2 { return "; did you mean '\(closest)'?" }
        return " (known keys: " + knownKeys.joined(separator: ", ") + ")"
    }
}
