import PearlsCore

/// What compiling gives: the deck (unless there were errors) and every problem found, in source order.
public struct CompileResult: Sendable {
    /// The compiled deck; `nil` when any diagnostic is an error.
    public var deck: Deck?
    /// Errors and warnings, sorted by file (in the order given), line and column.
    public var diagnostics: [Diagnostic]
    /// What the article generator made and why, when any source was an article.
    public var generated: ArticleCompiler.Result?
}

/// Compiles Markdown deck sources (docs/deck-format.md) into a deck (docs/deck-json.md).
public enum DeckCompiler {
    /// Compiles one source held in memory, as tests and tools do.
    public static func compile(_ text: String, sourceName: String = "deck.md") -> CompileResult {
        compile([DeckSource(name: sourceName, text: text)], fallbackID: "deck")
    }

    /// Compiles sources into one deck. Every problem in every file is reported, not just the first.
    ///
    /// Articles (plain text and HTML), Markdown files with no authored cards, Markdown whose front matter
    /// says `generate: true`, and any file named in `generating` go through the article generator
    /// (`ArticleCompiler`); authored cards are compiled as written.
    ///
    /// - Parameter fallbackID: the deck id when no front matter sets one (a folder's or file's name).
    public static func compile(_ sources: [DeckSource], fallbackID: String, generating: Set<String> = []) -> CompileResult {
        var diagnostics: [Diagnostic] = []
        var parsed: [ParsedSource] = []
        var articles: [DeckSource] = []
        for source in sources {
            guard source.kind == .markdown, !generating.contains(source.name) else {
                articles.append(source)
                continue
            }
            let one = DeckSourceParser.parse(SourceText(bytes: source.bytes, name: source.name))
            if one.frontMatter.generate || (one.drafts.isEmpty && one.diagnostics.isEmpty && one.frontMatter.entries.isEmpty) {
                articles.append(source)
            }
            if !one.drafts.isEmpty || !one.diagnostics.isEmpty || !one.frontMatter.entries.isEmpty { parsed.append(one) }
        }
        let generated = articles.isEmpty ? nil : ArticleCompiler.compile(articles)
        diagnostics += generated?.diagnostics ?? []
        var cards: [Card] = []
        for source in parsed {
            var sourceDiagnostics = source.diagnostics
            for draft in source.drafts {
                cards += CardBuilder.cards(from: draft, diagnostics: &sourceDiagnostics)
            }
            diagnostics += sourceDiagnostics
        }
        cards += generated?.candidates.map(\.card) ?? []
        cards = mergeDuplicates(cards, diagnostics: &diagnostics)
        var metadata = DeckMetadata.merge(parsed, fallbackID: fallbackID, diagnostics: &diagnostics)
        if parsed.allSatisfy({ $0.frontMatter.entries["title"] == nil && $0.firstHeading == nil }),
           let title = generated?.title {
            metadata.title = title
        }
        let fileOrder = Dictionary(sources.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        diagnostics = diagnostics.enumerated().sorted { lhs, rhs in
            let left = (fileOrder[lhs.element.file] ?? 0, lhs.element.line, lhs.element.column, lhs.offset)
            let right = (fileOrder[rhs.element.file] ?? 0, rhs.element.line, rhs.element.column, rhs.offset)
            return left < right
        }.map(\.element)
        guard !diagnostics.hasErrors else {
            return CompileResult(deck: nil, diagnostics: diagnostics, generated: generated)
        }
        var topics = mergeTopics(parsed)
        var topicNames = Set(topics.map(\.name))
        for card in cards where !card.topic.isEmpty && topicNames.insert(card.topic).inserted {
            topics.append(Topic(name: card.topic))
        }
        let deck = Deck(
            id: metadata.id, title: metadata.title, audience: metadata.audience, language: metadata.language,
            abbreviations: metadata.abbreviations, topics: topics, cards: cards)
        return CompileResult(deck: deck, diagnostics: diagnostics, generated: generated)
    }

    /// Explicit ids used twice are errors. Cards whose content hashes alike are one card written twice:
    /// kept once, with both places in its provenance, and a warning.
    private static func mergeDuplicates(_ cards: [Card], diagnostics: inout [Diagnostic]) -> [Card] {
        var firstIndex: [CardID: Int] = [:]
        var kept: [Card] = []
        for card in cards {
            guard let earlier = firstIndex[card.id] else {
                firstIndex[card.id] = kept.count
                kept.append(card)
                continue
            }
            let place = card.source[0]
            let first = kept[earlier].source[0]
            let isSameContent = CardBuilder.identityParts(of: card) == CardBuilder.identityParts(of: kept[earlier])
            if card.id == CardBuilder.contentID(of: card) && isSameContent {
                diagnostics.append(Diagnostic(.warning, file: place.file, line: place.line,
                    "the same card as \(first); kept once"))
                kept[earlier].source += card.source
            } else {
                diagnostics.append(Diagnostic(.error, file: place.file, line: place.line,
                    "duplicate card id '\(card.id)' (first used at \(first))"))
            }
        }
        return kept
    }

    /// Topics from every file in order; prose under the same heading in several files is joined.
    private static func mergeTopics(_ parsed: [ParsedSource]) -> [Topic] {
        var topics: [Topic] = []
        var indexByName: [String: Int] = [:]
        for topic in parsed.flatMap(\.topics) {
            if let index = indexByName[topic.name] {
                if let more = topic.prose {
                    topics[index].prose = topics[index].prose.map { $0 + "\n\n" + more } ?? more
                }
            } else {
                indexByName[topic.name] = topics.count
                topics.append(topic)
            }
        }
        return topics.filter { !$0.name.isEmpty || $0.prose != nil }
    }
}
