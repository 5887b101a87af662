@testable import DeckCompiler
import PearlsCore
import Testing

/// What real pages saved by a helper showed (sentences of our own): pictures' captions between the items of a
/// list saved without its bullets, a subject with a relative clause, and a lead-in whose items complete its
/// condition.
struct HeldOutRealPageTests {
    func cards(_ body: String) throws -> [Card] { try goutPageCards(body) }

    @Test func captionsBetweenItemsSavedWithoutBulletsDoNotEndTheirList() throws {
        let made = try cards("""
        Gout is a painful swelling of the joints.

        You can get gout in any part of your body, such as:

        A red and shiny big toe. Shown on white skin.
        Toes – most often the big toe at night.
        A swollen knee next to a healthy one. Shown on brown skin.
        Knees – which may feel hot and stiff.
        The picture shows a hand resting on a table beside a ruler.
        Fingers – sometimes with small chalky lumps.
        """)
        let places = try #require(made.first { $0.prompt.hasPrefix("Where can you get gout?") }, "\(made.map(\.prompt))")
        #expect(places.answers == ["Toes", "Knees", "Fingers"])
        #expect(!made.contains { ($0.prompt + " " + $0.answers.joined(separator: " ")).contains("Shown on") || $0.prompt.contains("ruler") })
        #expect(!made.contains { $0.prompt.hasPrefix("Which of") }, "\(made.map(\.prompt))")
    }

    @Test func aSubjectWithARelativeClauseIsANounPhrase() throws {
        let tokens = Passage("A crystal that blocks the joint can cause a flare-up.").tokens
        #expect(tokens[3].key == "blocks" && tokens[3].tag == .verbPresent3)
        let made = try cards("A crystal that blocks the joint can lead to a flare-up. This is because the fluid cannot drain away.")
        #expect(made.contains { $0.prompt == "Gout: why can a crystal that blocks the joint lead to a flare-up?"
            && $0.answers == ["the fluid cannot drain away"] }, "\(made.map(\.prompt))")
    }

    @Test func aLeadInWhoseItemsCompleteItsConditionAsksWhen() {
        #expect(ListQuestion.question(leadIn: "Pain usually starts if the crystal:", heading: "Symptoms of gout", owner: "Gout", page: "Gout")
            == "Gout: when does pain start?")
        // "You should see a GP if:" is advice, asked as such.
        #expect(ListQuestion.question(leadIn: "You should see a GP if you:", heading: "Gout", owner: "Gout", page: "Gout")
            == "When should you see a GP?")
    }

    @Test func aQuestionHeadingIsAnsweredByItsList() throws {
        let made = try cards("""
        Gout is a painful swelling of the joints.

        Why are steroids used

        - When there is a flare-up in a large joint, which means the joint is hot and swollen
        - When there is kidney disease, or another illness that rules out other medicines
        - For people who cannot take other painkillers because of stomach problems

        Your nurse will explain how long to take them for.
        """)
        let why = try #require(made.first { $0.prompt.hasPrefix("Why are steroids used?") }, "\(made.map(\.prompt))")
        #expect(why.answers == ["When there is a flare-up in a large joint", "When there is kidney disease, or another illness that rules out other medicines",
                                "For people who cannot take other painkillers because of stomach problems"])
        // A condition that goes on describing itself after its comma is the whole item; an order after one is its own.
        #expect(EnumerationRule.shortForm("When there is a residual volume, which means that the bladder does not empty") == "When there is a residual volume")
        #expect(EnumerationRule.shortForm("If it swells, raise the leg") == "If it swells, raise the leg")
    }

    @Test func aSentenceAboutThePageItselfMakesNoCard() throws {
        let made = try cards("This is an information leaflet for people with gout and their carers. Gout is caused by urate crystals.")
        #expect(!made.contains { $0.prompt.lowercased().contains("leaflet") || $0.answers.joined().contains("leaflet") }, "\(made.map(\.prompt))")
        #expect(made.contains { $0.answers.contains("urate crystals") }, "\(made.map(\.prompt))")
    }

    @Test func bracketsThatGlossWordsNameNoEvent() throws {
        let made = try cards("Ice packs: are held on the knee (small pack) or on the hip (large pack).")
        #expect(!made.contains { $0.prompt.hasPrefix("What is large pack") }, "\(made.map(\.prompt))")
    }

    @Test func theSameQuestionWithAndWithoutALabelIsOneCard() {
        #expect(CandidateMerger.withoutLabel("Gout care: what is a flare-up?") == " what is a flare-up?")
        #expect(CandidateMerger.contentWords(CandidateMerger.withoutLabel("Gout care: what is a flare-up?"))
            == CandidateMerger.contentWords("What is a flare-up?"))
    }

    @Test func aCourtesyIsNoPartOfTheAdviceAndInformationIsNoPage() throws {
        let made = try cards("If you take water tablets, please speak to your GP about changing your dose.")
        #expect(made.contains { $0.prompt == "Gout: what should you do if you take water tablets?"
            && $0.answers == ["speak to your GP about changing your dose"] }, "\(made.map(\.prompt))")
        #expect(!made.contains { $0.prompt.contains("please") }, "\(made.map(\.prompt))")
        // "This … information is not meant for children" says whom the advice is for: a fact, not the page.
        let whom = try cards("This gout information is not meant for children under 12.")
        #expect(whom.contains { $0.answers.contains("under 12") }, "\(whom.map(\.prompt))")
    }

    @Test func anIfAfterAVerbOfTellingMeansWhether() throws {
        let made = try cards("Gout is a painful swelling of the joints.\n\nYour nurse will tell you if you need a new cast.\n\nSee your GP if the swelling comes back.")
        #expect(!made.contains { $0.prompt.lowercased().contains("when will your nurse tell you") }, "\(made.map(\.prompt))")
        #expect(made.contains { $0.prompt == "Gout: what should you do if the swelling comes back?" && $0.answers == ["See your GP"] },
                "\(made.map(\.prompt))")
    }

    @Test func dontIsTheAuxiliaryOfItsVerbAndHoweverOpensAClause() throws {
        let tokens = Passage("Some tablets don't need to be taken with food.").tokens
        #expect(tokens[2].tag == .auxiliary && tokens[3].tag == .verb)
        let made = try cards("Some stitches don't need to be removed as they dissolve, however, most must be removed after 10 days.")
        #expect(!made.contains { $0.prompt.contains("don't?") }, "\(made.map(\.prompt))")
        #expect(made.contains { $0.prompt == "Gout: why don't some stitches need to be removed?" && $0.answers == ["they dissolve"] },
                "\(made.map(\.prompt))")
    }

    @Test func aSentenceAfterAnItemsDashIsReadWithItsThisAsTheItem() throws {
        let made = try cards("""
        Gout is a painful swelling of the joints.

        Symptoms of gout include:

        - a hot, red joint (inflammation) – this may be caused by crystals rubbing inside the joint
        - pain at night
        - swelling – the joint is tight and the skin can look shiny as it stretches

        Your nurse will explain more.
        """)
        #expect(made.contains { $0.prompt == "Gout: what may cause a hot, red joint?"
            && $0.answers == ["crystals rubbing inside the joint"] }, "\(made.map(\.prompt))")
        // "…is tight and the skin can look shiny": a compound subject and its modal after "and" open a clause.
        #expect(!made.contains { $0.prompt.contains("tight and the skin") && $0.prompt.hasPrefix("Why") }, "\(made.map(\.prompt))")
    }

    @Test func whatADefinitionsRelativeClauseSaysIsAFactOfItsOwn() throws {
        let made = try cards("Gout is a form of arthritis that's treated with anti-inflammatory medicines.")
        #expect(made.contains { $0.prompt.hasPrefix("Gout is treated with [...]") && $0.answers == ["anti-inflammatory medicines"] },
                "\(made.map(\.prompt))")
        #expect(ArticleCompiler.relativeStatement(context("This is a leaflet that is meant for carers.")) == nil)
    }

    @Test func aHedgeIsNoCondition() throws {
        #expect(ArticleCompiler.withoutHedges("If you go to A&E, if possible take your plan with you.") == "If you go to A&E, take your plan with you.")
        #expect(ArticleCompiler.withoutHedges("If possible, rest the joint.") == "Rest the joint.")
        let made = try cards("Gout is a painful swelling of the joints.\n\nIf you go to A&E, if possible take your list of medicines with you.")
        #expect(made.contains { $0.prompt == "Gout: when should you take your list of medicines with you?" && $0.answers == ["if you go to A&E"] },
                "\(made.map(\.prompt))")
    }

    func context(_ text: String) -> ClauseContext {
        let passage = Passage(text)
        return ClauseContext(passage: passage, clauses: passage.clauses, index: 0, antecedent: nil,
                             block: ArticleBlock(kind: .paragraph, text: text, line: 1), file: "g.txt", siblings: SiblingTerms())
    }
}

