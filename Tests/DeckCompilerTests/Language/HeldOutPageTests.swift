@testable import DeckCompiler
import PearlsCore
import Testing

/// Wrong or garbled cards found on held-out pages written for testing (a helper wrote five pages and their
/// facts without seeing the code); each is shown here on sentences of our own.
struct HeldOutPageTests {
    func cards(_ body: String, title: String = "Shingles") throws -> [Card] {
        let page = title + "\n\n" + body + "\n"
        return try #require(DeckCompiler.compile([DeckSource(name: "p.txt", kind: .article, bytes: Array(page.utf8))],
                                                 fallbackID: "p").deck).cards
    }

    func text(_ card: Card) -> String { card.prompt + " => " + card.answers.joined(separator: " | ") }

    /// "Cystitis" is one word: a medical suffix ("-itis", "-osis") marks a term, not a glued run ("cyst it is").
    @Test func aMedicalTermIsNotParted() {
        #expect(GluedWords.separate(["A swollen bladder is also called cystitis.", "It can lead to nephrosis."])
            == ["A swollen bladder is also called cystitis.", "It can lead to nephrosis."])
    }

    /// "X are infections that affect the bladder, the urethra (…) or the kidneys": the places are a list, not a
    /// definition of one by the next ("What is the bladder? – the urethra").
    @Test func listedPlacesDoNotDefineEachOther() throws {
        let made = try cards("Kidney infections are infections that affect the ureter, the pelvis (the funnel inside the kidney) or the cortex.",
                             title: "Kidney infections")
        #expect(!made.contains { $0.prompt.hasSuffix("What is the ureter?") || $0.prompt.hasSuffix("what is the ureter?") },
                "\(made.map(text))")
    }

    /// "…can also lower the number of white cells": a verb is not an adjective to turn round ("higher the number").
    @Test func aVerbIsNotFlippedAsAComparative() throws {
        let made = try cards("Radiotherapy can also lower the number of red cells, which makes tiredness more likely. Keeping active helps prevent stiffness and can make pain less severe.")
        #expect(!made.contains { $0.prompt.contains("higher the number") || $0.prompt.contains("helps can make") }, "\(made.map(text))")
    }

    /// "Flare-ups are most often triggered by an infection" is a passive, not what flare-ups are.
    @Test func aPassiveIsNotADefinition() throws {
        let made = try cards("Flare-ups are most often triggered by a chest infection, such as a cold or flu.", title: "Gout flare-ups")
        #expect(!made.contains { $0.prompt.hasSuffix("What are flare-ups?") || $0.prompt.hasSuffix("what are flare-ups?") }, "\(made.map(text))")
    }

    /// "Take the whole course, even if you feel better": "even" belongs to the condition.
    @Test func evenBelongsToItsCondition() throws {
        let made = try cards("Take all of your tablets, even if the rash has gone.")
        #expect(!made.contains { text($0).contains(", even?") || $0.answers.contains { $0.hasSuffix(", even") } }, "\(made.map(text))")
    }

    /// "…or new incontinence (wetting themselves)": a gloss in brackets explains the word before it, not the list.
    @Test func aBracketGlossIsNotDefinedByTheList() throws {
        let made = try cards("In older people, shingles may instead cause a change in behaviour, such as new confusion or agitation, or new incontinence (wetting themselves).")
        #expect(!made.contains { $0.prompt.contains("What is wetting themselves?") }, "\(made.map(text))")
    }

    /// A list item cut short must not lose what it depends on: "only floss if your team says it is safe…" is not
    /// "only floss", nor "your inhaler (usually blue) is not helping" "your inhaler".
    @Test func anItemsShortFormKeepsItsCondition() {
        #expect(EnumerationRule.shortForm("only floss if your team says it is safe, because it can make your gums bleed") != "only floss")
        #expect(EnumerationRule.shortForm("your reliever inhaler (usually blue) is not helping, or you need it more than every 4 hours",
                                          limit: 12) == "your reliever inhaler is not helping")
        #expect(EnumerationRule.shortForm("if you wear dentures, take them out at night and clean and soak them; leave them out") != "if you wear dentures")
    }
}
