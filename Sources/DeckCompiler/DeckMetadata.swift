import PearlsCore

/// The deck-level settings, gathered from the front matter of every source.
struct DeckMetadata {
    var id: String
    var title: String
    var audience: Audience
    var language: String
    var abbreviations: [String: String]

    /// Any file may set a key; two files setting it differently is an error naming both places.
    /// Missing keys fall back: the id to the folder or file name, the title to the first `#` heading.
    static func merge(_ parsed: [ParsedSource], fallbackID: String, diagnostics: inout [Diagnostic]) -> DeckMetadata {
        var chosen: [String: (value: String, file: String, line: Int)] = [:]
        var abbreviations: [String: String] = [:]
        for source in parsed {
            for key in FrontMatter.knownKeys where key != "abbreviations" {
                guard let entry = source.frontMatter.entries[key] else { continue }
                let name = source.file
                if let earlier = chosen[key] {
                    if earlier.value != entry.value {
                        diagnostics.append(Diagnostic(.error, file: name, line: entry.line,
                            "'\(key)' is '\(entry.value)' here but '\(earlier.value)' in \(earlier.file):\(earlier.line)"))
                    }
                } else {
                    chosen[key] = (entry.value, name, entry.line)
                }
            }
            abbreviations.merge(source.frontMatter.abbreviations) { first, _ in first }
        }
        let fallbackTitle = parsed.lazy.compactMap(\.firstHeading).first
        let id = chosen["id"]?.value ?? slug(fallbackID)
        return DeckMetadata(
            id: id,
            title: chosen["title"]?.value ?? fallbackTitle ?? id,
            audience: chosen["audience"].flatMap { Audience(rawValue: $0.value) } ?? .mixed,
            language: chosen["language"]?.value ?? "en",
            abbreviations: abbreviations)
    }

    /// A file or folder name made into a deck id: lowercase letters, digits and hyphens.
    static func slug(_ name: String) -> String {
        var out = ""
        for character in name.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                out.append(character)
            } else if !out.isEmpty && out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "deck" : out
    }
}
