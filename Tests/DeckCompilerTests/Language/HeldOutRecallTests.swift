@testable import DeckCompiler
import PearlsCore
import Testing

/// Facts the held-out pages stated in ways no rule read: a typed dash, an aside after "most often", a list after
/// a relative clause, items opening with "being" or "having" (sentences of our own).
struct HeldOutRecallTests {
    func cards(_ body: String) throws -> [Card] { try goutPageCards(body) }

    @Test func aSpacedHyphenBetweenWordsIsADash() {
        #expect("crystals - most often urate - get in".withSpacedHyphensAsDashes == "crystals – most often urate – get in")
        #expect("a score of 5 - 10 points".withSpacedHyphensAsDashes == "a score of 5 - 10 points")
        #expect("- a bullet".withSpacedHyphensAsDashes == "- a bullet")
    }

    @Test func anAsideOfWhatIsMostOftenSoIsLeftOutOfTheClause() throws {
        let made = try cards("Most gout attacks happen when crystals from the blood - most often urate - get into the joint.")
        #expect(made.contains { $0.prompt == "When do most gout attacks happen?" && $0.answers == ["when crystals from the blood get into the joint"] },
                "\(made.map(\.prompt))")
    }

    @Test func aListAfterARelativeClauseAsksWhatItSays() throws {
        let made = try cards("Things that raise the risk include eating red meat, drinking beer, being overweight and having kidney disease.")
        let list = try #require(made.first { $0.prompt.hasPrefix("What raises the risk of gout?") }, "\(made.map(\.prompt))")
        #expect(list.answers == ["eating red meat", "drinking beer", "being overweight", "having kidney disease"])
        #expect(list.needed == 3)
        let foods = try cards("Foods that contain purines include liver, sardines, anchovies and mussels.")
        #expect(foods.contains { $0.prompt == "Gout: which foods contain purines? Name any 3 of the 4." }, "\(foods.map(\.prompt))")
    }

    @Test func beingAndHavingOpenAnItem() {
        let passage = Passage("Risks include being overweight, having diabetes and smoking.")
        #expect(passage.tokens.filter { ["being", "having"].contains($0.key) }.allSatisfy { $0.tag == .gerund })
        #expect(Passage("You are having an attack.").tokens[2].tag != .gerund)
    }

    @Test func aHeadingOfWhatYouCanDoAsksHow() {
        #expect(ListQuestion.fromHeading("If your skin is sore") == "What should you do if your skin is sore?")
        #expect(ListQuestion.fromHeading("Looking after your feet") == "How can you look after your feet?")
        #expect(ListQuestion.fromHeading("Managing a flare-up at home") == "How can you manage a flare-up at home?")
        #expect(ListQuestion.fromHeading("Getting a good night's sleep") == "How can you get a good night's sleep?")
        // A symptom named by an -ing word is no advice.
        #expect(ListQuestion.fromHeading("Bleeding gums") == "What are the bleeding gums?")
        #expect(ListQuestion.fromHeading("Preventing falls") == "How are falls prevented?")
    }

    @Test func whatYouMightNoticeIsAsked() {
        #expect(ListQuestion.question(leadIn: "Changes you might notice include:", heading: "Skin changes", owner: "", page: "")
            == "What changes might you notice?")
    }

    /// "…such as hot or spicy foods, citrus fruits and juices, rough foods…": the first coordination is not the list.
    @Test func aGapTheListGoesOnPastIsNoCard() throws {
        let made = try cards("Avoid things that irritate gums, such as hot or spicy foods, citrus fruits and juices, rough foods, alcohol and smoking.")
        #expect(!made.contains { $0.prompt.contains("[...], ") }, "\(made.map(\.prompt))")
    }

    /// "A flare-up, also called an exacerbation, is when…": the other name set between commas does not hide
    /// the definition.
    @Test func aDefinitionReadsPastItsTermsOtherName() throws {
        #expect(DefinitionRule.withoutOtherName("A flare, also called an attack, is when the joint swells.") == "A flare is when the joint swells.")
        let made = try cards("A flare, also called an attack, is when the joint becomes hot and swollen for a few days.")
        #expect(made.contains { $0.prompt == "What is a flare?" && $0.answers == ["when the joint becomes hot and swollen for a few days"] },
                "\(made.map(\.prompt))")
    }

    /// "…can cause red, swollen skin and blisters – known as X": the name is asked for what the clause names.
    @Test func aNameAfterADashIsDefinedByWhatCameBefore() throws {
        let made = try cards("""
        Crystals collect in the joint over many years. They can cause a hot, swollen joint and lumps under the skin - known as \
        tophaceous gout. Tophaceous gout needs long-term treatment.
        """)
        #expect(made.contains { $0.prompt == "What is tophaceous gout?" && $0.answers == ["a hot, swollen joint and lumps under the skin"] },
                "\(made.map(\.prompt))")
        // Two adjectives of one noun are not two items of a list.
        #expect(!made.contains { $0.answers.contains("a hot") || $0.answers.contains("A hot") }, "\(made.map(\.answers))")
    }

    /// A saved page cut off in its last sentence keeps that sentence's whole clauses.
    @Test func aCutSentenceKeepsItsWholeClauses() throws {
        #expect(ArticleCompiler.wholeClauses(before: "Lying still for a long time can cause stiff joints and sore skin, so if you live alone it is worth")
            == "Lying still for a long time can cause stiff joints and sore skin.")
        #expect(ArticleCompiler.wholeClauses(before: "If you are worried, so") == nil)
        let made = try cards("Rest the joint. Lying still for a long time can cause stiff joints, sore skin and low mood, so if you live alone it is worth")
        let list = try #require(made.first { $0.prompt.hasSuffix("what can lying still for a long time cause? Name all 3.") },
                                "\(made.map(\.prompt))")
        #expect(list.answers == ["stiff joints", "sore skin", "low mood"])
        // The list card asks it; the same question with the list as one answer would ask it twice.
        #expect(made.filter { $0.prompt.contains("what can lying still for a long time cause?") }.count == 1)
    }

    /// Orders under a "How to…" heading are its steps, asked as a list, not read as things said of the heading.
    @Test func ordersUnderAHowToHeadingAreSteps() throws {
        let page = """
        Colchicine

        How to take colchicine
        1. Take one tablet twice a day with water.
        2. Stop taking it and call your doctor if you get diarrhoea.
        3. Keep a note of each dose you take.

        """
        let made = try #require(DeckCompiler.compile([DeckSource(name: "c.txt", kind: .article, bytes: Array(page.utf8))],
                                                     fallbackID: "c").deck).cards
        #expect(made.contains { $0.prompt == "How do you take colchicine? Name all 3." }, "\(made.map(\.prompt))")
    }

    /// "When should you take it as soon as you remember?": whose dose, the card does not say.
    @Test func whenToDoSomethingToAPronounIsNoCard() {
        let card = Card(id: CardID("x"), type: .basic, prompt: "Warfarin: when should you take it as soon as you remember?",
                        answers: ["if you forget a dose"])
        #expect(QualityFilter.flaw(of: card) == .unresolvedPronoun)
    }

    /// "If you are hurt, call for help - use your alarm if you have one": a later condition is the dash part's.
    @Test func aConditionAfterADashBelongsToItsPart() throws {
        let made = try cards("If the joint is hot and swollen, call your GP - use the out-of-hours line if the surgery is closed, or call 111.")
        #expect(made.contains { $0.prompt.hasSuffix("what should you do if the joint is hot and swollen?") }, "\(made.map(\.prompt))")
        #expect(!made.contains { $0.prompt.contains("if the surgery is closed, or call 111?") }, "\(made.map(\.prompt))")
    }

    /// "X are one of the best ways to prevent Y" names a way, not a purpose of X.
    @Test func oneOfTheBestWaysAsksForTheWay() throws {
        let made = try cards("Losing weight is one of the best ways to prevent gout attacks.")
        #expect(made.contains { $0.prompt == "What is one of the best ways to prevent gout attacks?" && $0.answers == ["Losing weight"] },
                "\(made.map(\.prompt))")
        #expect(!made.contains { $0.prompt.hasPrefix("Why ") }, "\(made.map(\.prompt))")
    }

    /// A long bullet in lower case can be advice with its condition: "- if you wear a brace, take it off at
    /// night and check the skin under it" asks what to do. "even when" concedes, and is no condition.
    @Test func aLowerCaseBulletGivesItsAdvice() throws {
        let page = """
        Gout

        To protect your joints:
        - rest the joint and keep it cool during an attack
        - if you wear a splint, take it off at night and check the skin underneath for redness
        - take your tablets every day, even when you feel well and the joint looks normal

        """
        let made = try #require(DeckCompiler.compile([DeckSource(name: "g.txt", kind: .article, bytes: Array(page.utf8))],
                                                     fallbackID: "g").deck).cards
        #expect(made.contains { $0.prompt.hasSuffix("what should you do if you wear a splint?") }, "\(made.map(\.prompt))")
        #expect(!made.contains { $0.prompt.contains("when you feel well") && $0.prompt.hasPrefix("Gout: what should you do") },
                "\(made.map(\.prompt))")
        #expect(Passage("Take them every day, even when you feel well.").clauses.last?.opener == "even when")
    }

    /// "Wash your hands before": an answer cut at "before and after…" ends on a joining word.
    @Test func anAnswerEndingOnAJoiningWordIsCut() {
        let card = Card(id: CardID("x"), type: .basic, prompt: "What should you do after touching your line?",
                        answers: ["Wash your hands before"])
        #expect(QualityFilter.flaw(of: card) == .cutPhrase)
    }
}
