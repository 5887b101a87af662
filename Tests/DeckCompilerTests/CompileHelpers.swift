@testable import DeckCompiler
import PearlsCore
import Testing

/// Compiles `text` and returns the deck, recording a test issue (with the diagnostics) when it fails.
func compiledDeck(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Deck {
    let result = DeckCompiler.compile(text, sourceName: "t.md")
    return try #require(result.deck, "diagnostics: \(result.diagnostics.map(\.description))",
                        sourceLocation: sourceLocation)
}

/// The diagnostics of compiling `text`, as the lines `pearls check` prints.
func diagnosticLines(_ text: String) -> [String] {
    DeckCompiler.compile(text, sourceName: "t.md").diagnostics.map(\.description)
}

/// The cards compiled from `page`, a whole article saved as a text file.
func articleCards(_ page: String, name: String = "page.txt", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Card] {
    let source = DeckSource(name: name, kind: .article, bytes: Array(page.utf8))
    let id = String(name.prefix { $0 != "." })
    return try #require(DeckCompiler.compile([source], fallbackID: id).deck, sourceLocation: sourceLocation).cards
}

/// The cards compiled from `body` under the title "Gout": a page of our own words for one template's test.
func goutPageCards(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Card] {
    try articleCards("Gout\n\n" + body + "\n", name: "g.txt", sourceLocation: sourceLocation)
}
