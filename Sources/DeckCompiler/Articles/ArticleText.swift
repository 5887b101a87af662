import Foundation
import PearlsCore

/// An article reduced to clean lines of text, each with the line of the file it came from.
///
/// Ingest is the first stage of article compiling: whatever the bytes, what leaves here is NFC text with
/// straight quotes, plain spaces and no control characters, so no later stage (or terminal) sees anything else.
struct ArticleText: Sendable {
    /// How the file was read.
    enum Format: String, Sendable { case plainText = "text", markdown, html }

    /// One line of text and the 1-based line of the source it starts on.
    struct Line: Sendable, Equatable {
        var text: String
        var number: Int
    }

    let name: String
    let format: Format
    /// Lines in order; blank lines are kept (as empty text), since they separate paragraphs.
    let lines: [Line]
    /// The page's address, from a first line such as `# source: https://…`.
    let citation: String?

    /// Reads an article's bytes. Any bytes are accepted: invalid UTF-8 becomes U+FFFD and is then dropped.
    init(bytes: [UInt8], name: String, markdown: Bool = false) {
        self.name = name
        var raw: [Line]
        if Self.looksLikeHTML(bytes, name: name) {
            format = .html
            raw = HTMLText.lines(of: bytes)
        } else {
            format = markdown ? .markdown : .plainText
            raw = Self.splitLines(bytes)
            if markdown { raw = MarkdownText.plainLines(raw) }
        }
        var citation: String?
        var lines: [Line] = []
        lines.reserveCapacity(raw.count)
        let normalized = GluedWords.separate(raw.concurrentMap(minimumChunk: 256) { Shouting.quieted(Self.normalize($0.text)) })
        for (line, text) in zip(raw, normalized) {
            if citation == nil, lines.allSatisfy(\.text.isEmpty), let address = Self.sourceAddress(text) {
                citation = address
                continue
            }
            lines.append(Line(text: text, number: line.number))
        }
        self.lines = lines
        self.citation = citation
    }

    /// HTML when the name says so, when it opens as a document, or when tags dominate its first 64 KB: a text
    /// file that quotes one `<p>` or `<div>` is still text.
    static func looksLikeHTML(_ bytes: [UInt8], name: String) -> Bool {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") { return true }
        let head = bytes.prefix(65_536)
        let opening = String(decoding: head.prefix(512), as: UTF8.self).lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") { return true }
        var tags = 0, tagBytes = 0, lines = 1, index = head.startIndex
        while index < head.endIndex {
            let byte = head[index]
            if byte == UInt8(ascii: "\n") { lines += 1 }
            guard byte == UInt8(ascii: "<"), index + 1 < head.endIndex,
                  let next = Optional(head[index + 1]), isTagStart(next),
                  let close = head[index...].prefix(256).firstIndex(of: UInt8(ascii: ">")) else {
                index += 1
                continue
            }
            tags += 1
            tagBytes += close - index + 1
            index = close + 1
        }
        return tags >= 3 && (tagBytes * 5 >= head.count || tags * 2 >= lines)
    }

    private static func isTagStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
    }

    /// `# source: URL`, `source: URL` or `Source URL: …` gives the address; anything else `nil`.
    private static func sourceAddress(_ line: String) -> String? {
        var rest = Substring(line)
        while rest.first == "#" || rest.first == " " { rest = rest.dropFirst() }
        for prefix in ["source url:", "source:", "url:"] where rest.lowercased().hasPrefix(prefix) {
            let address = rest.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return address.isEmpty ? nil : address
        }
        return nil
    }

    /// Splits on LF, CRLF and lone CR, numbering from 1. Invalid UTF-8 becomes U+FFFD, as it would in the
    /// whole text: a line break is never part of a multi-byte sequence.
    static func splitLines(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(Line(text: String(decoding: bytes[start..<index], as: UTF8.self), number: lines.count + 1))
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        lines.append(Line(text: String(decoding: bytes[start...], as: UTF8.self), number: lines.count + 1))
        return lines
    }

    static func splitLines(_ text: String) -> [Line] { splitLines(Array(text.utf8)) }

    /// NFC, straight quotes, plain spaces, no control characters, no invisible characters, single spaces.
    static func normalize(_ text: String) -> String {
        // Printable ASCII (and tabs) has nothing to map: only white space to collapse.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) {
            return text.collapsingWhitespace.withoutScareQuotes.withoutSpaceBeforeCommas.withSpacedHyphensAsDashes
        }
        let safe = text.sanitizedForTerminal()
        var out = String.UnicodeScalarView()
        for scalar in safe.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: out.append("\"")
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: out.append(" ")
            case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF, 0xFFFD: continue
            case 0x2026: out.append(contentsOf: "...".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out).collapsingWhitespace.withoutScareQuotes.withoutSpaceBeforeCommas.withSpacedHyphensAsDashes
    }
}

extension String {
    /// "bacteria - most often E. coli - get into…": a hyphen with a space each side, between words, is a typed
    /// dash, read as the dash it stands for. Not between numbers ("5 - 10"), nor a bullet opening the line.
    var withSpacedHyphensAsDashes: String {
        guard utf8.count > 4, containsBytes(" - ") else { return self }
        var bytes = Array(utf8)
        var changed = false
        var index = 1
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: " "), bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: " "),
               !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index - 1]),
               !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + 3]) {
                bytes.replaceSubrange((index + 1)...(index + 1), with: Array("–".utf8))
                changed = true
            }
            index += 1
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : self
    }

    /// "dry mouth , lips and eyes", "Special medicine s are used…": a scraper's space before a comma, or before
    /// a plural's "s" it split off, dropped (single spaces expected).
    var withoutSpaceBeforeCommas: String {
        let bytes = Array(utf8)
        guard bytes.contains(UInt8(ascii: ",")) || bytes.contains(UInt8(ascii: "s")) else { return self }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            guard byte == UInt8(ascii: " "), index > 0, index + 1 < bytes.count else {
                kept.append(byte)
                continue
            }
            let before = bytes[index - 1]
            let after = bytes[index + 1]
            if after == UInt8(ascii: ","), before != UInt8(ascii: ",") { continue }
            // A lone "s" after a lowercase word, before a space or a stop, is the word's own ending.
            if after == UInt8(ascii: "s"), (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(before),
               index + 2 == bytes.count || " .,;:".utf8.contains(bytes[index + 2]) { continue }
            kept.append(byte)
        }
        return kept.count == bytes.count ? self : String(decoding: kept, as: UTF8.self)
    }
}
