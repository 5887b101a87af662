import PearlsCore

extension SiblingTerms {
    /// Every term the content names: list items and inline enumerations (listed), and lexicon words.
    /// Blocks are read in parallel and their finds pooled in article order.
    init(articles: [ArticleCompiler.Article]) {
        self.init()
        for article in articles {
            for found in Array(article.blocks.indices).concurrentMap({ Self.found(in: article, block: $0) }) {
                absorb(found)
            }
        }
    }

    private static func found(in article: ArticleCompiler.Article, block index: Int) -> SiblingTerms {
        var siblings = SiblingTerms()
        let block = article.blocks[index]
        guard block.isContent && block.kind != .heading else { return siblings }
        if block.kind == .item {
            siblings.noteListed(block.label ?? block.text)
            if let term = block.label ?? EnumerationRule.shortForm(block.text), let kind = TermKind.of(term) {
                siblings.add(term, kind: kind, listed: true)
            }
        }
        for sentence in article.sentences[index] {
            for (term, kind) in TermKind.mentions(in: sentence) { siblings.add(term, kind: kind, listed: false) }
            if let (_, items) = EnumerationRule.inlineItems(sentence) {
                siblings.noteListed(sentence.text)
                for range in items {
                    let term = sentence.phrase(range)
                    if let kind = TermKind.of(term) { siblings.add(term, kind: kind, listed: true) }
                }
            }
        }
        return siblings
    }
}
