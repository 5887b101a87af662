import DeckCompiler
import PearlsCore
import Testing

/// Properties of the article compiler over random input: it never crashes, never lets a control character
/// through, gives the same deck twice, and stays within its budget.
struct ArticlePropertyTests {
    /// Words and marks that make prose-like text, headings, lists and the odd hostile byte.
    static let pieces = [
        "The ", "pain ", "is ", "a ", "sign ", "of ", "cancer ", "that ", "can ", "spread ", "to ", "the ", "bone ",
        "if ", "you ", "feel ", "dizzy, ", "call ", "your ", "nurse ", "because ", "it ", "causes ", "swelling ",
        "and ", "or ", "such as ", "include: ", "3 ", "to 5 ", "mg ", "% ", "(", ")", "\"", "– ", ". ", "; ", ", ",
        "\n", "\n\n", "\n- ", "\n• ", "\n1. ", "\n# ", "\u{1B}[31m", "\u{7}", "\u{202E}", "\u{0}", "é ", "It ", "These ",
        "<p>", "</p>", "&amp; ", "Subscribe to our newsletter. ",
    ]

    static func randomArticle(_ rng: inout SplitMix64) -> String {
        (0..<Int.random(in: 1..<220, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
    }

    static func compile(_ text: String, name: String = "a.txt") -> CompileResult {
        DeckCompiler.compile([DeckSource(name: name, kind: .article, bytes: Array(text.utf8))], fallbackID: "a")
    }

    @Test func randomArticlesNeverCrashAndGiveTheSameDeckTwice() {
        var rng = SplitMix64(seed: 16)
        for round in 0..<250 {
            let text = Self.randomArticle(&rng)
            let first = Self.compile(text, name: round % 2 == 0 ? "a.txt" : "a.html")
            let second = Self.compile(text, name: round % 2 == 0 ? "a.txt" : "a.html")
            #expect(first.deck == second.deck, "\(text.debugDescription)")
            #expect(first.deck?.firstStructuralProblem() == nil, "\(text.debugDescription)")
        }
    }

    @Test func noControlOrBidiCharacterReachesACard() {
        var rng = SplitMix64(seed: 17)
        for _ in 0..<250 {
            let text = Self.randomArticle(&rng)
            guard let deck = Self.compile(text).deck else { continue }
            for card in deck.cards {
                let fields = [card.prompt, card.rationale ?? "", card.topic] + card.answers + (card.options ?? [])
                for field in fields {
                    #expect(!field.unicodeScalars.contains { $0.properties.generalCategory == .control
                        || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) },
                            "\(field.debugDescription) from \(text.debugDescription)")
                }
            }
        }
    }

    @Test func aGeneratedTrueFalseCardIsAValidChoice() throws {
        let deck = try #require(Self.compile("Sepsis\n\nSepsis can be fatal. Sepsis is a reaction to an infection that harms organs.\n").deck)
        let statement = try #require(deck.cards.first { $0.type == .truefalse })
        #expect(statement.options == ["True", "False"] && statement.correct == [0] && statement.answers == ["True"])
        #expect(deck.firstStructuralProblem() == nil)
    }

    @Test func theBudgetHolds() {
        var rng = SplitMix64(seed: 18)
        for _ in 0..<150 {
            let text = Self.randomArticle(&rng)
            guard let deck = Self.compile(text).deck else { continue }
            let words = text.split(whereSeparator: \.isWhitespace).count
            // One card per 15 words of content, at least 5; content is never more than the whole text.
            #expect(deck.cards.count <= max(5, words / 15), "\(deck.cards.count) cards from \(words) words")
        }
    }

    static func legClots(_ count: Int, from start: Int = 0) -> String {
        // Each sentence differs in two places, so no two of its cards show the same gap.
        var text = "Leg clots\n\n"
        for index in start..<(start + count) {
            text += "Swelling of leg \(index) can be a sign of a blood clot in deep vein \(index * 7 + 3).\n\n"
        }
        return text
    }

    @Test func aLongArticleGivesAtMostThirtyTwoCards() throws {
        let deck = try #require(Self.compile(Self.legClots(400)).deck)
        #expect(deck.cards.count <= 32)
        #expect(deck.cards.count >= 28)
    }

    /// The budget is the deck's: a long article may fill room that a short one beside it had no cards for,
    /// within one card per 15 words and 32 an article of the whole input.
    @Test func aLongArticleFillsRoomAShortOneLeaves() throws {
        let long = DeckSource(name: "long.txt", kind: .article, bytes: Array(Self.legClots(60).utf8))
        let short = DeckSource(name: "short.txt", kind: .article,
                               bytes: Array(("Notes\n\n" + String(repeating: "Rest well today. ", count: 90)).utf8))
        let deck = try #require(DeckCompiler.compile([long, short], fallbackID: "a").deck)
        let fromLong = deck.cards.count { $0.source.first?.file == "long.txt" }
        let words = Self.legClots(60).split(whereSeparator: \.isWhitespace).count + 270
        #expect(fromLong > 40, "alone, an article gives at most 32; here \(fromLong)")
        #expect(deck.cards.count <= min(64, words / 15))
    }
}
