/// One block of an article after structuring: a heading, a paragraph, or a list item.
struct ArticleBlock: Sendable, Equatable {
    enum Kind: String, Sendable { case heading, paragraph, item }

    var kind: Kind
    var text: String
    /// The source line the block starts on.
    var line: Int
    /// The heading the block sits under ("" before the first heading).
    var topic: String = ""
    /// For an item: the index of the block introducing its list ("Symptoms include:"), if any.
    var leadIn: Int?
    /// For an item: the index of its list's first item, shared by every item of the list.
    var list: Int?
    /// For a bulleted item: its bullet ("-", "–", "•"; "1" for a numbered item), which tells a sublist from its parent.
    var marker: Character?
    /// For an item written "Label: explanation" or "Label. Explanation": the label.
    var label: String?
    /// Why boilerplate removal dropped the block ("contact details", "editorial voice"…); such blocks make no cards.
    var boilerplate: String?

    /// Whether the block is subject content.
    var isContent: Bool { boilerplate == nil }

    /// For a labelled item, the explanation after the label; otherwise the whole text.
    var body: String {
        guard let label else { return text }
        return String(text.dropFirst(label.count).drop { $0 == " " || $0 == ":" || $0 == "." || $0 == "–" })
    }

    /// The text's words, split on spaces.
    var words: [Substring] { text.spaceSeparated }
    var wordCount: Int { text.spaceSeparatedCount }
}
