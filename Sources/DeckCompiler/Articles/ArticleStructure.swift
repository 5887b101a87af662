/// Turns an article's lines into blocks: headings, paragraphs, and list items with their lead-in line.
///
/// Headings are Markdown `#` lines, ALL CAPS lines, and short lines without closing punctuation that are
/// not the first half of a wrapped sentence. Bullets are `•`, `-`, `*`, `+`, `1.`, `1)`, `a)` and the like.
/// Under a lead-in ending in `:`, lines shaped "Label: explanation" are list items too, as glossary-style
/// pages write them.
enum ArticleStructure {
    /// What a line could be, judged on its own text; `blocks(of:)` then reads the lines in order with these.
    private struct Shape: Sendable {
        var markdownHeading: String?
        var bullet: String?
        var isHeading = false
        var colonLabel: String?
        var dashLabel: String?
    }

    private static func shape(of text: String) -> Shape {
        guard !text.isEmpty else { return Shape() }
        if let (_, heading) = markdownHeading(text) { return Shape(markdownHeading: heading) }
        if let bullet = bulletText(text) { return Shape(bullet: bullet) }
        return Shape(isHeading: isHeading(text), colonLabel: colonLabel(text), dashLabel: dashLabel(text))
    }

    static func blocks(of lines: [ArticleText.Line]) -> [ArticleBlock] {
        let shapes = lines.concurrentMap(minimumChunk: 256) { shape(of: $0.text) }
        var blocks: [ArticleBlock] = []
        var topic = ""
        var paragraphOpen = false
        for (position, line) in lines.enumerated() {
            let text = line.text
            if text.isEmpty {
                paragraphOpen = false
                continue
            }
            let next = lines[(position + 1)...].first { !$0.text.isEmpty }?.text
            let nextIsAdjacent = position + 1 < lines.count && !lines[position + 1].text.isEmpty
            let shape = shapes[position]
            if let heading = shape.markdownHeading {
                topic = heading
                blocks.append(ArticleBlock(kind: .heading, text: heading, line: line.number, topic: heading))
                paragraphOpen = false
                continue
            }
            if let itemText = shape.bullet {
                appendItem(itemText, line: line.number, topic: topic, to: &blocks, marker: bulletMarker(text), allowPeriodLabel: true)
                paragraphOpen = false
                continue
            }
            if paragraphOpen, let last = blocks.last, last.kind == .paragraph, !endsClause(last.text),
               text.first?.isLowercase == true {
                blocks[blocks.count - 1].text += " " + text
                continue
            }
            let continuesWrapped = nextIsAdjacent && next?.first?.isLowercase == true
            if !continuesWrapped && shape.isHeading {
                topic = text.trimming(" ?:")
                blocks.append(ArticleBlock(kind: .heading, text: topic, line: line.number, topic: topic))
                paragraphOpen = false
                continue
            }
            // "Legs – usually the lower legs" after a line between two such items: that line described a picture.
            if shape.dashLabel != nil, let last = blocks.last, last.kind == .paragraph, !isCaption(last), !last.text.hasSuffix(":"),
               let before = blocks.dropLast().last(where: { !isCaption($0) }), before.kind == .item, before.label != nil {
                blocks[blocks.count - 1].boilerplate = Self.caption
            }
            if let label = shape.colonLabel ?? shape.dashLabel, let last = blocks.last(where: { !isCaption($0) }),
               (last.kind == .item && last.label != nil) || (last.kind != .heading && last.text.hasSuffix(":")) {
                appendItem(text, line: line.number, topic: topic, to: &blocks, label: label)
                paragraphOpen = false
                continue
            }
            var paragraph = ArticleBlock(kind: .paragraph, text: text, line: line.number, topic: topic)
            if Boilerplate.isImageCaption(text) { paragraph.boilerplate = Self.caption }
            blocks.append(paragraph)
            paragraphOpen = true
        }
        return blocks
    }

    private static func appendItem(
        _ text: String, line: Int, topic: String, to blocks: inout [ArticleBlock],
        marker: Character? = nil, label: String? = nil, allowPeriodLabel: Bool = false
    ) {
        var item = ArticleBlock(kind: .item, text: text, line: line, topic: topic)
        item.label = label ?? colonLabel(text) ?? (allowPeriodLabel ? periodLabel(text) : nil)
        item.marker = marker
        // A picture's caption between two items does not end their list.
        let lastIndex = blocks.lastIndex { !isCaption($0) }
        let last = lastIndex.map { blocks[$0] }
        if let last, let lastIndex, last.kind == .item, last.text.hasSuffix(":"),
           item.label != nil || (marker != nil && last.marker != nil && marker != last.marker) {
            // "Primary cancer type: the most common include:" opens a sublist of its own; so does "When getting up:"
            // followed by items with another bullet ("- When getting up:", "– Get up slowly").
            item.list = blocks.count
            item.leadIn = lastIndex
        } else if let last, last.kind == .item, let list = last.list, let marker, let leadIn = last.leadIn,
                  blocks[leadIn].kind == .item, let parentMarker = blocks[leadIn].marker, parentMarker != last.marker,
                  marker == parentMarker, let parent = blocks[leadIn].list, parent != list {
            // Back out of a bulleted sublist when the parent list's bullet comes back.
            item.list = parent
            item.leadIn = blocks[parent].leadIn
        } else if let last, last.kind == .item, let list = last.list {
            item.list = list
            item.leadIn = last.leadIn
            // Back out of a sublist when the label's shape changes ("Lung Cancer" … then "Age").
            if let leadIn = last.leadIn, blocks[leadIn].kind == .item, let parent = blocks[leadIn].list,
               let first = blocks[list].label, let label = item.label, shape(first) != shape(label) {
                item.list = parent
                item.leadIn = blocks[parent].leadIn
            }
        } else {
            item.list = blocks.count
            if let last, let lastIndex, last.kind == .paragraph || (last.kind == .item && last.text.hasSuffix(":")) {
                item.leadIn = lastIndex
            }
        }
        blocks.append(item)
    }

    /// A label's shape: its word count and last word ("Lung Cancer" and "Breast Cancer" share one).
    private static func shape(_ label: String) -> String {
        let words = label.lowercased().spaceSeparated
        return "\(words.count) \(words.last ?? "")"
    }

    /// `## Symptoms` → (2, "Symptoms").
    static func markdownHeading(_ text: String) -> (Int, String)? {
        guard text.hasPrefix("#") else { return nil }
        let level = text.prefix { $0 == "#" }.count
        guard level <= 6 else { return nil }
        let rest = text.dropFirst(level)
        guard rest.first == " " else { return nil }
        let heading = String(rest).trimming(" #?:")
        return heading.isEmpty ? nil : (level, heading)
    }

    /// A bullet line's marker: its symbol, "1" for a numbered line, "a" for a lettered one.
    static func bulletMarker(_ text: String) -> Character? {
        guard let first = text.first else { return nil }
        if first.isNumber { return "1" }
        return first.isLetter ? "a" : first
    }

    /// The text of a bullet line without its marker, or `nil` when the line is not a bullet.
    static func bulletText(_ text: String) -> String? {
        let characters = Array(text.prefix(6))
        guard let first = characters.first else { return nil }
        if "•◦▪‣·●○■□➢►✓-*+–—".contains(first), characters.count > 1, characters[1] == " " {
            let rest = String(text.dropFirst(2)).trimming(" ")
            return rest.isEmpty ? nil : rest
        }
        // 1. 2) 10. a) b.
        var index = 0
        while index < characters.count, characters[index].isNumber { index += 1 }
        let isNumbered = index > 0 && index <= 2
        let isLettered = index == 0 && characters.count > 2 && characters[0].isLowercase && characters[0].isLetter
        let markerEnd = isLettered ? 1 : index
        guard isNumbered || isLettered, markerEnd + 1 < characters.count,
              characters[markerEnd] == ")" || (characters[markerEnd] == "." && isNumbered),
              characters[markerEnd + 1] == " " else { return nil }
        let rest = String(text.dropFirst(markerEnd + 2)).trimming(" ")
        return rest.isEmpty ? nil : rest
    }

    /// A short line without closing punctuation, or an ALL CAPS line, that starts with a capital or digit.
    static func isHeading(_ text: String) -> Bool {
        let words = text.spaceSeparated
        guard let first = text.first, first.isUppercase || first.isNumber, words.count <= 16 else { return false }
        if text.utf8.count > 90 && text.count > 90 { return false }
        if isAllCaps(text) { return true }
        guard let last = text.last else { return false }
        if ".,;:!\"".contains(last) { return false }
        if last == "?" { return words.count <= 10 }
        return !isOrder(text, words: words.count)
    }

    /// "Commence CPR at any time if the person is not breathing", "If unconscious, place them on their side",
    /// "Lay them flat – do not let them stand": an order that lost its full stop, not a heading ("If your mouth is
    /// sore" names a section).
    static func isOrder(_ text: String, words: Int) -> Bool {
        let lowered = text.lowercased()
        if [" – do not ", " - do not ", ", do not ", " – don't ", " - don't "].contains(where: lowered.containsBytes) { return true }
        // Tagging costs: only a line shaped like an order is tagged.
        let conditionFirst = lowered.hasPrefix("if ") && lowered.containsBytes(", ")
        let conditionAfter = words >= 7 && [" if ", " when ", " unless "].contains(where: lowered.containsBytes)
        guard words >= 5, conditionFirst || conditionAfter else { return false }
        let tokens = Passage(text).tokens
        if conditionFirst, let comma = tokens.firstIndex(where: { $0.key == "," }), comma + 1 < tokens.count,
           tokens[comma + 1].tag == .verb { return true }
        return conditionAfter && tokens.first?.tag == .verb
    }

    /// At least four letters, none of them lowercase.
    private static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for character in text where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 4
    }

    /// "Bone Pain: the most common…" → "Bone Pain"; the label is 1–6 words, starts with a capital, has no period.
    static func colonLabel(_ text: String) -> String? {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let label = text[..<colon]
        let rest = text[text.index(after: colon)...]
        guard (1...6).contains(label.spaceSeparatedCount), label.first?.isUppercase == true,
              !label.utf8.contains(UInt8(ascii: ".")), rest.first == " ", !rest.dropFirst(3).isEmpty else { return nil }
        return String(label)
    }

    /// "Hands – causing swelling in your fingers" → "Hands": a line that names its label before a dash, as a list
    /// saved without its bullets reads.
    static func dashLabel(_ text: String) -> String? {
        guard let dash = text.rangeOfBytes(" – ") else { return nil }
        let label = text[..<dash.lowerBound]
        guard (1...4).contains(label.spaceSeparatedCount), label.first?.isUppercase == true, !label.contains(where: { ".,;:".contains($0) }),
              text[dash.upperBound...].spaceSeparatedCount >= 2 else { return nil }
        return String(label)
    }

    /// The items of the list that opens at `list`, in order; a picture's caption between two of them is passed over.
    static func members(ofList list: Int, in blocks: [ArticleBlock]) -> [ArticleBlock] {
        // A sublist written with another bullet sits among them ("- When you get up:", "– Sit for a minute", "- Wear
        // shoes"); a sublist of labelled lines ends the list as before.
        let marker = blocks[list].marker
        return blocks[list...].prefix { $0.kind == .item && ($0.list == list || marker != nil && $0.marker != nil && $0.marker != marker)
            || isCaption($0) }.filter { $0.kind == .item && $0.list == list }
    }

    /// Why a block that describes a picture is no content.
    static let caption = "image caption"

    private static func isCaption(_ block: ArticleBlock) -> Bool { block.boilerplate == caption }

    /// "Surgery. Different types of surgery…" → "Surgery" (a bullet whose first short sentence names it).
    static func periodLabel(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let period = utf8.indices.first(where: { utf8[$0] == UInt8(ascii: ".") && utf8.index(after: $0) < utf8.endIndex
            && utf8[utf8.index(after: $0)] == UInt8(ascii: " ") }) else { return nil }
        let range = period..<utf8.index(period, offsetBy: 2)
        let label = text[..<range.lowerBound]
        let words = label.spaceSeparated
        guard (1...5).contains(words.count), label.first?.isUppercase == true,
              !SentenceSplitter.abbreviations.contains(String(words.last ?? "").lowercased()),
              text[range.upperBound...].first?.isUppercase == true else { return nil }
        return String(label)
    }

    /// Whether a line ends a clause, so the next line is not its continuation.
    private static func endsClause(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".!?:\"".contains(last)
    }
}
