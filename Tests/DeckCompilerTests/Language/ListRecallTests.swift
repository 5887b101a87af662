import DeckCompiler
import PearlsCore
import Testing

/// A list is one "name any 3 of them" card whose answers are its items, each marked on its own. It offers no
/// wrong options: a page names none of the list's own kind, and triggers or medicines set among signs are
/// picked out without knowing the signs. A page written for this test.
struct ListRecallTests {
    static let page = """
    Gout

    Gout is a kind of arthritis caused by crystals of uric acid in a joint.

    Signs of gout

    Early signs of gout include:
    - sudden pain in the big toe
    - a hot joint
    - shiny skin over the joint
    - swelling around the joint
    - stiffness in the morning
    - pain that wakes you at night
    - tenderness to light touch
    - peeling skin as it heals

    Later signs of gout include:
    - lumps under the skin
    - kidney stones

    Causes of gout

    Common triggers of gout are:
    - drinking beer
    - eating red meat
    - being very overweight
    - an injury to the joint

    Ask your doctor about medicines that lower uric acid.
    """

    static let signs: Set<String> = ["Sudden pain in the big toe", "A hot joint", "Shiny skin over the joint",
                                     "Swelling around the joint", "Stiffness in the morning", "Pain that wakes you at night",
                                     "Tenderness to light touch", "Peeling skin as it heals", "Lumps under the skin", "Kidney stones"]
    static let triggers: Set<String> = ["Drinking beer", "Eating red meat", "Being very overweight", "An injury to the joint"]

    private func deck() throws -> Deck {
        try #require(DeckCompiler.compile([DeckSource(name: "gout.txt", kind: .article, bytes: Array(Self.page.utf8))],
                                          fallbackID: "gout").deck)
    }

    private func listCard(_ deck: Deck, about words: String) throws -> Card {
        try #require(deck.cards.first { $0.needed != nil && $0.prompt.contains(words) }, "\(deck.cards.map(\.prompt))")
    }

    @Test func aLongListAsksForAnyThreeOfItsItems() throws {
        let card = try listCard(deck(), about: "early signs of gout")
        #expect(card.type == .basic)
        #expect(card.prompt == "What are the early signs of gout? Name any 3 of the 8.")
        #expect(card.needed == 3)
        #expect(Set(card.answers) == Self.signs.subtracting(["Lumps under the skin", "Kidney stones"]))
    }

    @Test func aShortListAsksForEveryItem() throws {
        let deck = try deck()
        let later = try listCard(deck, about: "later signs")
        // "Later" opens the lead-in as an adverb would, but it says which signs.
        #expect(later.prompt == "What are the later signs of gout? Name both.")
        #expect(later.needed == 2 && Set(later.answers) == ["Lumps under the skin", "Kidney stones"])
        let triggers = try listCard(deck, about: "triggers")
        #expect(triggers.needed == 3 && Set(triggers.answers) == Self.triggers)
    }

    @Test func noListIsAskedWithInventedWrongOptions() throws {
        #expect(try deck().cards.allSatisfy { $0.type != .sata })
    }
}

/// "Follow these steps if…:" under "How to…": the steps' condition is asked as "When should you…?", and the
/// lead-in is care advice, not a promotional prompt.
struct ListConditionTests {
    @Test func aLeadInsConditionIsAskedAsWhen() throws {
        let page = """
        Nosebleeds

        How to stop a nosebleed yourself

        Follow these steps if your nose bleeds for more than a few minutes:

          1. Sit down and lean forward.
          2. Pinch the soft part of your nose for 10 minutes.

        See a doctor if it keeps happening.
        """
        let deck = try #require(DeckCompiler.compile([DeckSource(name: "n.txt", kind: .article, bytes: Array(page.utf8))],
                                                     fallbackID: "n").deck)
        let card = try #require(deck.cards.first { $0.prompt == "When should you stop a nosebleed yourself?" },
                                "\(deck.cards.map(\.prompt))")
        #expect(card.answers == ["if your nose bleeds for more than a few minutes"])
    }
}

/// Medicines and tests the page names are not offered as wrong signs: a nurse picks them out without knowing
/// the signs.
struct ForeignKindDistractorTests {
    @Test func aSignListIsNotAskedBesideThePagesMedicines() throws {
        let page = """
        Shingles

        Shingles pain can be eased with ibuprofen or acetaminophen, and a blood test is rarely needed.

        Signs of shingles include:
        - a tingling feeling in the skin
        - a rash of blisters on one side
        - a burning pain
        - a high temperature
        - feeling tired
        - a headache
        - itchy skin

        See a pharmacist about pain relief.
        """
        let deck = try #require(DeckCompiler.compile([DeckSource(name: "s.txt", kind: .article, bytes: Array(page.utf8))],
                                                     fallbackID: "s").deck)
        #expect(deck.cards.allSatisfy { $0.type != .sata })
        let card = try #require(deck.cards.first { $0.needed != nil }, "\(deck.cards.map(\.prompt))")
        #expect(card.prompt == "What are the signs of shingles? Name any 3 of the 7.")
        #expect(card.answers.allSatisfy { !["ibuprofen", "acetaminophen", "blood test"].contains($0.lowercased()) })
    }
}
