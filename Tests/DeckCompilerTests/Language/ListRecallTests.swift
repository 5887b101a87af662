import DeckCompiler
import PearlsCore
import Testing

/// Lists become select-all cards whose wrong options are items of the page's lists of another group (a
/// trigger is not a sign), never items of a list of the same group (an article's two symptom lists describe
/// one condition), nor anything that shares a word with what the page says of the group. A page written for
/// this test.
struct ListDistractorTests {
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

    private func selectAll(about words: String) throws -> [Card] {
        let deck = try #require(DeckCompiler.compile([DeckSource(name: "gout.txt", kind: .article, bytes: Array(Self.page.utf8))],
                                                     fallbackID: "gout").deck)
        return deck.cards.filter { $0.type == .sata && $0.prompt.contains(words) }
    }

    @Test func aLongSignListIsCutIntoSelectAllCardsWithTriggersAsWrongOptions() throws {
        let cards = try selectAll(about: "early signs of gout")
        #expect(cards.count == 2, "eight items: two runs of four")
        var shown = Set<String>()
        for card in cards {
            let options = try #require(card.options)
            let correct = Set(try #require(card.correct).map { options[$0] })
            let wrong = Set(options).subtracting(correct)
            #expect(correct.count == 4 && correct.isSubset(of: Self.signs), "\(options)")
            #expect(wrong.count == 2 && wrong.isSubset(of: Self.triggers), "\(options)")
            // It shares "joint" with the signs: a reader could take it for one.
            #expect(!wrong.contains("An injury to the joint"), "\(options)")
            shown.formUnion(correct)
        }
        #expect(shown.count == 8, "every early sign is asked once")
    }

    @Test func aTriggerListTakesSignsAsWrongOptionsButNeverTheOtherWay() throws {
        let cards = try selectAll(about: "triggers")
        let card = try #require(cards.first)
        let options = try #require(card.options)
        let correct = Set(try #require(card.correct).map { options[$0] })
        #expect(correct == Self.triggers)
        #expect(Set(options).subtracting(correct).isSubset(of: Self.signs))
        // No card about signs ever offers a sign as wrong.
        for sign in try selectAll(about: "signs") {
            let options = try #require(sign.options)
            let wrong = options.indices.filter { !(sign.correct ?? []).contains($0) }.map { options[$0] }
            #expect(Set(wrong).isDisjoint(with: Self.signs), "\(options)")
        }
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

/// With no list of another group on the page, terms it names whose kind is never of the list's group (a
/// medicine or a test is no sign) are the wrong options.
struct ForeignKindDistractorTests {
    @Test func aSignListTakesTheMedicinesAPageNamesAsWrongOptions() throws {
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
        let cards = deck.cards.filter { $0.type == .sata }
        #expect(cards.count == 2, "\(deck.cards.map(\.prompt))")
        for card in cards {
            let options = try #require(card.options)
            let wrong = options.indices.filter { !(card.correct ?? []).contains($0) }.map { options[$0].lowercased() }
            #expect(wrong.count == 2 && wrong.allSatisfy { ["ibuprofen", "acetaminophen", "blood test"].contains($0) },
                    "\(options)")
        }
    }
}
