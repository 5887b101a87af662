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
            // The list's group is found once, by its first item, for all of its items.
            if block.list == index {
                let leadIn = block.leadIn.map { article.blocks[$0].text } ?? ""
                let group = ListCategory.of(leadIn: leadIn, heading: block.topic)
                for item in article.blocks[index...].prefix(while: { $0.kind == .item && $0.list == index }) where item.isContent {
                    siblings.noteItem(LeadInList.term(item), text: item.text, group: group)
                }
            }
            if let term = block.label ?? EnumerationRule.shortForm(block.text), let kind = TermKind.of(term) {
                siblings.add(term, kind: kind, listed: true)
            }
        }
        for sentence in article.sentences[index] {
            for (term, kind) in TermKind.mentions(in: sentence) { siblings.add(term, kind: kind, listed: false) }
            siblings.noteStatement(sentence.text)
            if let (_, items) = EnumerationRule.inlineItems(sentence) {
                siblings.noteListed(sentence.text)
                for range in items {
                    let term = sentence.phrase(range)
                    siblings.noteItem(term, text: term, group: nil)
                    if let kind = TermKind.of(term) { siblings.add(term, kind: kind, listed: true) }
                }
            }
        }
        return siblings
    }
}
