import DeckCompiler
import DefaultDeck
import Foundation
import PearlsCore
import Testing

/// The deck built into the binary is exactly `Decks/bone-metastases` compiled, and meets the bar a
/// learner's history depends on: explicit ids, rationales, citations, both audiences, every card type.
struct DefaultDeckTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func compileSource() throws -> Deck {
        let (sources, fallback) = try SourceLoader.load(paths: [root.appendingPathComponent("Decks/bone-metastases").path])
        let result = DeckCompiler.compile(sources, fallbackID: fallback)
        #expect(result.diagnostics.map(\.description) == [])
        return try #require(result.deck)
    }

    @Test func embeddedJSONIsTheCompiledSource() throws {
        let compiled = try Self.compileSource().jsonText()
        let embedded = String(decoding: DefaultDeck.jsonBytes, as: UTF8.self)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" && compiled != embedded {
            let path = Self.root.appendingPathComponent("Sources/DefaultDeck/bone-metastases.json").path
            try AtomicFile.write(Array(compiled.utf8), to: path)
            Issue.record("rewrote \(path); rebuild and run the tests again")
            return
        }
        #expect(compiled == embedded, "Decks/bone-metastases changed: RECORD_GOLDEN=1 swift test rewrites the embedded deck")
    }

    @Test func loadsFromTheBinary() throws {
        let deck = try DefaultDeck.load()
        #expect(deck.id == "bone-metastases")
        #expect(deck.cards.count >= 80)
    }

    @Test func everyCardHasAnExplicitIDARationaleACitationAndAnAudience() throws {
        let deck = try DefaultDeck.load()
        for card in deck.cards {
            #expect(card.id.rawValue.hasPrefix("bm-"), "\(card.id) has no explicit ID")
            #expect(card.rationale?.isEmpty == false, "\(card.id) has no Why:")
            #expect(card.citation?.isEmpty == false, "\(card.id) has no Source:")
            #expect(card.hasTag("exam") || card.hasTag("patient"), "\(card.id) is tagged neither exam nor patient")
            #expect(!card.topic.isEmpty, "\(card.id) has no topic")
        }
    }

    @Test func mixesEveryCardTypeWithEnoughChoiceItemsForAPracticeExam() throws {
        let deck = try DefaultDeck.load()
        let counts = Dictionary(grouping: deck.cards, by: \.type).mapValues(\.count)
        #expect(Set(counts.keys) == Set(CardType.allCases))
        #expect((counts[.mcq] ?? 0) + (counts[.sata] ?? 0) >= 25)
        #expect(deck.cards.filter { $0.hasTag("patient") }.count >= 15)
        #expect(deck.cards.filter { $0.hasTag("priority") }.count >= 3)
    }

    @Test(arguments: [
        "primary site", "osteolytic", "osteoblastic", "hypercalcemia", "spinal cord", "MRI", "bone scan",
        "biopsy", "zoledronic acid", "denosumab", "radiation", "ablation", "opioids", "70%", "three out of four",
        "spine", "bloodstream", "renal cell carcinoma",
    ])
    func coversTheKeyFacts(fact: String) throws {
        let deck = try DefaultDeck.load()
        let text = deck.cards.map { ([$0.prompt] + $0.answers + ($0.options ?? [])).joined(separator: " ") }
            .joined(separator: "\n")
        #expect(text.localizedCaseInsensitiveContains(fact))
    }
}
