import Foundation
import PearlsCore
import Testing

/// A deck JSON syntax error names its file, line and column, as a deck source's errors do.
@Suite struct DeckJSONPositionTests {
    @Test func aSyntaxErrorNamesItsLineAndColumn() {
        let text = "{\"format\":\"pearls-deck\",\n  \"version\": 1,\n  oops}\n"
        #expect {
            _ = try Deck.decode(Data(text.utf8), fileName: "deck.json")
        } throws: { error in
            "\(error)".hasPrefix("deck.json:3:3: ")
        }
    }
}
