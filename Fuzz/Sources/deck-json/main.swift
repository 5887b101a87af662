import Foundation
import FuzzSupport
import PearlsCore

// Any bytes as a compiled deck file: decoding gives a deck or throws a `DeckFileError`, and a deck
// that decodes reads back the same after being written out.
runLibFuzzer { data, size in
    guard let deck = try? Deck.decode(Data(fuzzInput(data, size)), fileName: "fuzz.json") else { return 0 }
    do {
        let again = try Deck.decode(Data(deck.jsonText().utf8), fileName: "again.json")
        precondition(again.cards.count == deck.cards.count, "a written deck reads back with other cards")
    } catch {
        preconditionFailure("a deck that decoded does not decode once written: \(error)")
    }
    return 0
}
