/// Markdown notes read as an article: front matter dropped, emphasis, code marks and link targets removed.
///
/// Headings (`#`) and bullets are left in place; the structure stage reads them.
enum MarkdownText {
    static func plainLines(_ lines: [ArticleText.Line]) -> [ArticleText.Line] {
        var result: [ArticleText.Line] = []
        var index = 0
        if lines.first?.text.trimmingSpaces == "---",
           let end = lines.dropFirst().firstIndex(where: { $0.text.trimmingSpaces == "---" }) {
            index = end + 1
        }
        var inFence = false
        while index < lines.count {
            var line = lines[index]
            index += 1
            if line.text.trimmingSpaces.hasPrefix("```") {
                inFence.toggle()
                line.text = ""
            } else if inFence {
                line.text = ""
            } else if isCardSyntax(line.text) {
                line.text = ""  // authored cards are compiled as written, not read as prose
            } else {
                line.text = stripInline(line.text)
            }
            result.append(line)
        }
        return result
    }

    private static func isCardSyntax(_ text: String) -> Bool {
        switch DeckSourceSyntax.classify(Substring(text)) {
        case .field, .option: true
        default: false
        }
    }

    /// `**a**` → `a`, `` `b` `` → `b`, `[text](url)` → `text`, `![alt](src)` → `alt`, `<br>` tags dropped.
    static func stripInline(_ text: String) -> String {
        guard text.contains(where: { "*_`[<".contains($0) }) else { return text }
        var out = ""
        var characters = Array(text)
        if characters.first == ">" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "`":
                index += 1
                continue
            case "*", "_":
                // A bullet's `* ` at the start stays; emphasis marks elsewhere go, unless inside a word (snake_case).
                let atStart = out.allSatisfy(\.isWhitespace)
                let nextIsSpace = index + 1 < characters.count && characters[index + 1] == " "
                let inWord = index > 0 && characters[index - 1].isLetter && index + 1 < characters.count
                    && characters[index + 1].isLetter
                if (atStart && nextIsSpace) || inWord { out.append(character) }
                index += 1
                continue
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                index += 1
                continue
            case "[":
                if let close = characters[index...].firstIndex(of: "]"), close + 1 < characters.count,
                   characters[close + 1] == "(", let end = characters[close...].firstIndex(of: ")") {
                    out.append(contentsOf: characters[(index + 1)..<close])
                    index = end + 1
                    continue
                }
            case "<":
                if let close = characters[index...].firstIndex(of: ">"), close - index < 40,
                   index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1] == "/" {
                    index = close + 1
                    continue
                }
            default: break
            }
            out.append(character)
            index += 1
        }
        return out
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
