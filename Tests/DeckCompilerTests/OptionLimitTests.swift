import PearlsCore
import Testing

@testable import DeckCompiler

/// Options are answered by letter, a to z: a 27th option could never be chosen, so it is an error where
/// the deck is written, whether in a source or in deck JSON.
@Suite struct OptionLimitTests {
    @Test func aSourceWithMoreThanTwentySixOptionsIsAnError() {
        let options = (1...27).map { "- [\($0 == 1 ? "x" : " ")] option \($0)" }.joined(separator: "\n")
        let lines = diagnosticLines("Q: which?\n" + options)
        #expect(lines == ["t.md:28:1: error: a choice question has 27 options; the most is 26 (a to z)"])
    }

    @Test func deckJSONWithMoreThanTwentySixOptionsIsRefused() {
        let card = Card(id: "c1", type: .mcq, prompt: "p", answers: ["o0"], options: (0..<27).map { "o\($0)" },
                        correct: [0])
        let problem = Deck(id: "d", title: "T", cards: [card]).firstStructuralProblem()
        #expect(problem?.path == "cards[0].options")
    }
}
