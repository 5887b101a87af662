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
func articleCards(_ page: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Card] {
    let source = DeckSource(name: "page.txt", kind: .article, bytes: Array(page.utf8))
    return try #require(DeckCompiler.compile([source], fallbackID: "page").deck, sourceLocation: sourceLocation).cards
}
