/// HTML read as lines of text: tags stripped, entities decoded, block elements on lines of their own.
///
/// Not a full HTML parser, and it need not be: the generator wants the readable text and where each line
/// started. Script, style and page furniture (`nav`, `header`, `footer`, `aside`, forms) are dropped whole;
/// headings become Markdown `#` lines and list items `- ` lines so the structure stage reads them as such.
enum HTMLText {
    private static let droppedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg",
        "iframe", "button", "select", "head", "object", "canvas",
    ]
    private static let blockElements: Set<String> = [
        "p", "div", "br", "tr", "section", "article", "main", "ul", "ol", "table", "blockquote", "dd", "dt",
        "dl", "figcaption", "figure", "hr", "pre", "td", "th", "body", "html", "title",
    ]

    static func lines(of bytes: [UInt8]) -> [ArticleText.Line] {
        var builder = LineBuilder()
        var index = 0
        var line = 1
        var dropping: (name: String, depth: Int)?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            guard byte == UInt8(ascii: "<") else {
                if dropping == nil { builder.append(byte, line: line) }
                index += 1
                continue
            }
            // A comment, doctype or CDATA: skip to its end.
            if starts(bytes, at: index, with: "<!--") {
                index = skip(bytes, from: index + 4, past: "-->", line: &line)
                continue
            }
            guard let tag = Tag(bytes, at: index) else {
                if dropping == nil { builder.append(byte, line: line) }
                index += 1
                continue
            }
            for position in index..<tag.end where bytes[position] == UInt8(ascii: "\n") { line += 1 }
            index = tag.end
            if let current = dropping {
                if tag.name == current.name {
                    let depth = current.depth + (tag.isClosing ? -1 : (tag.isSelfClosing ? 0 : 1))
                    dropping = depth == 0 ? nil : (current.name, depth)
                }
                continue
            }
            if droppedElements.contains(tag.name) {
                if !tag.isClosing && !tag.isSelfClosing { dropping = (tag.name, 1) }
                continue
            }
            if tag.name.count == 2, tag.name.first == "h", let level = Int(String(tag.name.last ?? "x")),
               (1...6).contains(level) {
                builder.breakLine()
                if !tag.isClosing {
                    builder.appendText(String(repeating: "#", count: level) + " ", line: line)
                } else {
                    builder.breakLine()
                }
            } else if tag.name == "li" {
                builder.breakLine()
                if !tag.isClosing { builder.appendText("- ", line: line) }
            } else if blockElements.contains(tag.name) {
                builder.breakLine()
                if tag.name == "p" || tag.name == "table" || tag.name == "ul" || tag.name == "ol" {
                    builder.blankLine(line: line)
                }
            } else {
                builder.appendText(" ", line: line)  // an inline tag may separate words: <b>a</b><i>b</i> stays "a b"
            }
        }
        builder.breakLine()
        return builder.lines.map { ArticleText.Line(text: HTMLEntities.decode($0.text), number: $0.number) }
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    private static func skip(_ bytes: [UInt8], from start: Int, past text: String, line: inout Int) -> Int {
        var index = start
        while index < bytes.count {
            if starts(bytes, at: index, with: text) { return index + text.utf8.count }
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        return index
    }

    /// One tag: its lowercased name, whether it closes or self-closes, and the index past its `>`.
    private struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        var end: Int

        init?(_ bytes: [UInt8], at start: Int) {
            var index = start + 1
            isClosing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
            if isClosing { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
                name = "!"
            } else {
                var nameBytes: [UInt8] = []
                while index < bytes.count, nameBytes.count < 20,
                      (bytes[index] | 0x20) >= UInt8(ascii: "a") && (bytes[index] | 0x20) <= UInt8(ascii: "z")
                        || (nameBytes.count > 0 && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")) {
                    nameBytes.append(bytes[index] | 0x20)
                    index += 1
                }
                guard !nameBytes.isEmpty else { return nil }
                name = String(decoding: nameBytes, as: UTF8.self)
            }
            // Find the closing '>' outside quoted attribute values.
            var quote: UInt8?
            while index < bytes.count {
                let byte = bytes[index]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                index += 1
            }
            guard index < bytes.count else { return nil }
            isSelfClosing = bytes[index - 1] == UInt8(ascii: "/")
            end = index + 1
        }
    }

    /// Collects text bytes into lines, remembering the source line each output line starts on.
    private struct LineBuilder {
        var lines: [(text: String, number: Int)] = []
        var current: [UInt8] = []
        var currentLine = 0
        var hasText = false

        mutating func append(_ byte: UInt8, line: Int) {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
            if isSpace {
                if hasText && current.last != 0x20 { current.append(0x20) }
                return
            }
            if !hasText { currentLine = line }
            hasText = true
            current.append(byte)
        }

        mutating func appendText(_ text: String, line: Int) {
            for byte in text.utf8 {
                if byte == 0x20 {
                    if current.last != 0x20 { current.append(0x20) }
                } else {
                    append(byte, line: line)
                }
            }
            if !hasText { currentLine = line }
        }

        mutating func breakLine() {
            guard hasText || !current.isEmpty else { return }
            let text = String(decoding: current, as: UTF8.self)
            if !text.allSatisfy({ $0 == " " || $0 == "#" || $0 == "-" }) { lines.append((text, max(currentLine, 1))) }
            current.removeAll(keepingCapacity: true)
            hasText = false
        }

        mutating func blankLine(line: Int) {
            if lines.last?.text.isEmpty == false { lines.append(("", line)) }
        }
    }
}
