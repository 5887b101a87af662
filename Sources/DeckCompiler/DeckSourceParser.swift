import PearlsCore

/// What one Markdown deck source holds: its front matter, card drafts, topics and prose.
struct ParsedSource {
    /// The file as the user named it.
    var file = ""
    var frontMatter = FrontMatter()
    var drafts: [CardDraft] = []
    /// Topic names in the order their headings appear, with the prose under each.
    var topics: [Topic] = []
    /// The text of the first level-1 heading, a fallback deck title.
    var firstHeading: String?
    var diagnostics: [Diagnostic] = []
}

/// Reads a Markdown deck source line by line (the grammar is in docs/deck-format.md).
///
/// A card starts at `Q:`, `TF:`, `Teach:` or a paragraph with a `{{cloze}}`, collects the field and option
/// lines after it, and ends at the next heading, the next card, or prose after a blank line.
/// A line that continues a field without a blank line in between is joined to it.
struct DeckSourceParser {
    private let file: String
    private var result = ParsedSource()
    private var topicPath: [String] = []
    private var draft: CardDraft?
    /// The field a following text line continues; cleared by a blank line.
    private var continuing: Continuation?
    private var paragraph: [(line: Int, column: Int, text: String)] = []
    private var inFence = false

    private enum Continuation { case prompt, point, field(FieldKey), option }

    private init(file: String) { self.file = file }

    /// Parses decoded source text.
    static func parse(_ source: SourceText) -> ParsedSource {
        var parser = DeckSourceParser(file: source.name)
        parser.result.file = source.name
        parser.result.diagnostics = source.diagnostics
        let (matter, bodyStart) = FrontMatter.parse(source.lines, file: source.name, into: &parser.result.diagnostics)
        parser.result.frontMatter = matter
        for index in bodyStart..<source.lines.count {
            parser.read(source.lines[index], lineNumber: index + 1)
        }
        parser.flushParagraph()
        parser.finishDraft()
        return parser.result
    }

    private var topic: String { topicPath.joined(separator: " / ") }

    private mutating func read(_ raw: Substring, lineNumber: Int) {
        let line = DeckSourceSyntax.classify(raw)
        if inFence {
            if line == .fence { inFence = false }
            return
        }
        switch line {
        case .fence:
            flushParagraph()
            finishDraft()
            inFence = true
        case .blank:
            flushParagraph()
            continuing = nil
        case .heading(let level, let text):
            flushParagraph()
            finishDraft()
            continuing = nil
            enterHeading(level: level, text: text.collapsingWhitespace)
        case .field(let key, let value, let column):
            flushParagraph()
            readField(key, value: value.collapsingWhitespace, line: lineNumber, column: column)
        case .option(let isCorrect, let text, let column):
            flushParagraph()
            guard draft?.kind == .question else {
                report(.error, lineNumber, column: 1,
                       "option outside a question: put a 'Q:' line before the '- [ ]' options")
                return
            }
            draft?.options.append(.init(text: text.collapsingWhitespace, isCorrect: isCorrect,
                                        line: lineNumber, column: column))
            continuing = .option
        case .text(let text):
            if let continuing, draft != nil {
                append(text, to: continuing)
            } else {
                if draft != nil && paragraph.isEmpty { finishDraft() }
                let column = raw.unicodeScalars.count - raw.drop(while: \.isWhitespace).unicodeScalars.count + 1
                paragraph.append((lineNumber, column, text))
            }
        }
    }

    private mutating func enterHeading(level: Int, text: String) {
        if level == 1 && result.firstHeading == nil { result.firstHeading = text }
        topicPath = Array(topicPath.prefix(level - 1))
        topicPath.append(text)
        noteTopic()
    }

    /// Adds the current topic to the list the first time it is seen.
    private mutating func noteTopic() {
        let name = topic
        if !result.topics.contains(where: { $0.name == name }) { result.topics.append(Topic(name: name)) }
    }

    private mutating func readField(_ key: FieldKey, value: String, line: Int, column: Int) {
        let field = CardDraft.Field(value: value, line: line, column: column)
        switch key {
        case .question:
            if draft?.kind == .teach && draft?.prompt == nil {
                draft?.prompt = field
            } else {
                start(.question, line: line)
                draft?.prompt = field
            }
            continuing = .prompt
        case .trueFalse:
            start(.trueFalse, line: line)
            draft?.prompt = field
            continuing = .prompt
        case .teach:
            start(.teach, line: line)
            draft?.point = field
            continuing = .point
        default:
            guard draft != nil else {
                if key == .answer {
                    report(.error, line, column: 1, "'A:' has no question: put a 'Q:' line before it")
                } else {
                    report(.warning, line, column: 1,
                           "'\(key.rawValue):' does not follow a card, so it is ignored")
                }
                continuing = nil
                return
            }
            if let earlier = draft?.fields[key] {
                report(.error, line, column: 1,
                       "the card above (line \(draft?.line ?? 0)) already has '\(key.rawValue):' on line \(earlier.line); "
                           + "start a new card with 'Q:'")
                continuing = nil
                return
            }
            draft?.fields[key] = field
            continuing = .field(key)
        }
    }

    private mutating func append(_ text: String, to target: Continuation) {
        let more = " " + text.collapsingWhitespace
        switch target {
        case .prompt: draft?.prompt?.value += more
        case .point: draft?.point?.value += more
        case .field(let key): draft?.fields[key]?.value += more
        case .option:
            if let last = draft?.options.indices.last { draft?.options[last].text += more }
        }
    }

    private mutating func start(_ kind: CardDraft.Kind, line: Int) {
        finishDraft()
        draft = CardDraft(kind: kind, file: file, line: line, topic: topic)
        noteTopicIfCardless()
    }

    /// Cards written before any heading still need their (empty) topic listed.
    private mutating func noteTopicIfCardless() {
        if topicPath.isEmpty { noteTopic() }
    }

    private mutating func finishDraft() {
        if let draft { result.drafts.append(draft) }
        draft = nil
        continuing = nil
    }

    /// Ends the paragraph being read: a cloze paragraph becomes a card, any other is kept as topic prose.
    private mutating func flushParagraph() {
        guard let first = paragraph.first else { return }
        defer { paragraph = [] }
        if paragraph.contains(where: { ClozeLine.hasCloze($0.text) }) {
            start(.cloze, line: first.line)
            for part in paragraph {
                draft?.clozeLines.append(ClozeLine.parse(part.text, firstColumn: part.column, file: file,
                                                         line: part.line, diagnostics: &result.diagnostics))
            }
            continuing = nil
            return
        }
        let text = paragraph.map(\.text).joined(separator: " ").collapsingWhitespace
        noteTopic()
        if let index = result.topics.firstIndex(where: { $0.name == topic }) {
            let prose = result.topics[index].prose
            result.topics[index].prose = prose.map { $0 + "\n\n" + text } ?? text
        }
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ line: Int, column: Int, _ message: String) {
        result.diagnostics.append(Diagnostic(severity, file: file, line: line, column: column, message))
    }
}
