import PearlsCore

/// Keeps the ids of generated cards across a change of the generator. A generated card's id is a hash of its
/// text, so a new wording would orphan a learner's progress and `--review` choices; a card read from the same
/// source sentence with the same answers as a card of the previous deck takes that card's id instead.
public enum PreviousIDs {
    /// `deck` with each new generated card's id replaced by the id of its match in `previous`, when it has one
    /// that no other card of `deck` already uses. Returns how many ids were carried over.
    @discardableResult
    public static func carryOver(from previous: Deck, to deck: inout Deck) -> Int {
        let ids = Set(deck.cards.map(\.id))
        var byFact: [String: [CardID]] = [:]
        for card in previous.cards where card.hasTag("generated") && !ids.contains(card.id) {
            byFact[factKey(card), default: []].append(card.id)
        }
        var taken = ids
        var carried = 0
        for index in deck.cards.indices where deck.cards[index].hasTag("generated") {
            let key = factKey(deck.cards[index])
            guard let candidates = byFact[key], let old = candidates.first(where: { !taken.contains($0) }) else { continue }
            taken.insert(old)
            deck.cards[index].id = old
            carried += 1
        }
        return carried
    }

    /// The source sentence and the answers, normalized: what stays the same when only the wording of the
    /// question changes.
    static func factKey(_ card: Card) -> String {
        (card.rationale ?? card.prompt).normalizedForIdentity + "\u{1}"
            + card.answers.map(\.normalizedForIdentity).sorted().joined(separator: "\u{1}")
    }
}
