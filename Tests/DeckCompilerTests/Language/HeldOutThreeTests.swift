@testable import DeckCompiler
import PearlsCore
import Testing

/// What a third set of real pages showed (every sentence here is our own): prohibitions under a condition, a
/// condition on the thing the sentence names again as "it", "provided" as a condition, "not all", longer fronted
/// groups, glosses in brackets and after "which means", web addresses, and a site's help banner and index heading.
struct HeldOutThreeTests {
    func cards(_ body: String) throws -> [Card] { try goutPageCards(body) }

    func described(_ made: [Card]) -> String { made.map { "\($0.prompt) → \($0.answers)" }.joined(separator: "\n") }

    @Test func aProhibitionUnderAConditionIsAdvice() throws {
        let made = try cards("If a scab forms over the joint, do not pick it.")
        #expect(made.contains { $0.prompt == "Gout: what should you do if a scab forms over the joint?" && $0.answers == ["do not pick it"] },
                "\(described(made))")
        #expect(!made.contains { $0.prompt.contains("should you do not") }, "\(described(made))")
    }

    @Test func aConditionOnTheThingItselfIsAnsweredWithItsPronoun() throws {
        let made = try cards("If the bandage gets wet from the shower, it should be replaced.")
        #expect(made.contains { $0.prompt == "Gout: when should the bandage be replaced?" && $0.answers == ["if it gets wet from the shower"] },
                "\(described(made))")
    }

    @Test func providedOpensACondition() throws {
        let tags = Passage("Most blisters can be left uncovered, provided they are not weeping.").tokens.map(\.tag)
        #expect(tags[7] == .subordinator)
        let made = try cards("Most blisters can be left uncovered, provided they are not weeping.")
        #expect(made.contains { $0.prompt == "Gout: when can most blisters be left uncovered?" && $0.answers == ["provided they are not weeping"] },
                "\(described(made))")
        // "…have been provided by your nurse": a participle still.
        #expect(Passage("The tablets have been provided by your nurse.").tokens[4].tag == .pastParticiple)
    }

    @Test func notAllIsAskedAsAYesOrNoQuestion() throws {
        let made = try cards("Not all swollen joints need an X-ray.")
        let asked = try #require(made.first { $0.prompt == "Gout: do all swollen joints need an X-ray?" }, "\(described(made))")
        #expect(asked.options == ["Yes, all swollen joints need an X-ray.", "No, not all swollen joints need an X-ray."] && asked.correct == [1])
        #expect(try cards("Not all flare-ups are painful.").contains { $0.prompt == "Gout: are all flare-ups painful?" && $0.correct == [1] })
    }

    @Test func aLongFrontedGroupStaysInTheQuestion() throws {
        let made = try cards("For severe gout affecting several joints, a doctor may prescribe steroid tablets.")
        #expect(made.contains { $0.prompt == "For severe gout affecting several joints, what may a doctor prescribe?"
            && $0.answers == ["steroid tablets"] }, "\(described(made))")
    }

    @Test func aBracketWithARelativeClauseDefinesTheTermBeforeIt() throws {
        let made = try cards("Crystals can collect in the bursa (a small sac that cushions the joint) and cause swelling.")
        #expect(made.contains { $0.prompt == "Gout: what is the bursa?" && $0.answers == ["a small sac that cushions the joint"] },
                "\(described(made))")
        // A bare bracket may say anything of the word before it.
        let bare = try cards("Ice packs can be held on the knee (wrapped in a towel) for ten minutes at a time.")
        #expect(!bare.contains { $0.prompt.contains("what is the knee") }, "\(described(bare))")
    }

    @Test func whichMeansDefinesATermNewlyNamed() throws {
        let made = try cards("Some people have a high urate level, which means that crystals form in the joints more easily.")
        #expect(made.contains { $0.prompt == "Gout: what is meant by a high urate level?"
            && $0.answers == ["crystals form in the joints more easily"] }, "\(described(made))")
        // After a clause's object, "which means" tells what the whole clause leads to.
        let consequence = try cards("The medicine lowers your urate level, which means that flare-ups become rarer.")
        #expect(!consequence.contains { $0.prompt.contains("meant by") }, "\(described(consequence))")
    }

    @Test func noCardNamesAWebAddress() throws {
        let made = try cards("Gout is caused by crystals of urate in the joints.\n\nGo to gout-help.org.uk or call 111.")
        #expect(!made.isEmpty)
        #expect(!made.contains { ($0.prompt + " " + $0.answers.joined(separator: " ")).contains(".uk") }, "\(described(made))")
        #expect(QualityFilter.namesAWebAddress("Visit www.example.com today"))
        #expect(!QualityFilter.namesAWebAddress("Take 2.5 ml, e.g. with food. Rest the joint.Then ice it."))
    }

    @Test func aHelpBannerAboveTheTitleAndAnIndexHeadingAreFurniture() throws {
        let made = try articleCards("""
        If you need urgent advice please contact your GP or call NHS 111. In an emergency call 999.

        Health A-Z

        Gout

        Gout is a kind of arthritis that causes sudden pain in the joints. It is caused by crystals of urate.
        """)
        #expect(!made.isEmpty)
        #expect(!made.contains { ($0.prompt + " " + $0.answers.joined(separator: " ")).contains("999") }, "\(described(made))")
        #expect(!made.contains { $0.topic.contains("A-Z") || $0.prompt.contains("A-Z") }, "\(described(made))")
        // Below the title, the same advice is the page's own.
        let advice = try articleCards("Gout\n\nGout causes sudden pain in the joints. If the pain is severe, call your GP.\n")
        #expect(advice.contains { $0.answers.contains { $0.contains("call your GP") } }, "\(described(advice))")
    }

    @Test func anotherNameInBracketsIsAskedWhereverItsTermStands() throws {
        let made = try cards("Gout (also known as podagra) is caused by crystals of urate. A flare-up needs cold packs (also called ice packs) and rest.")
        #expect(made.contains { $0.prompt == "What is another name for gout?" && $0.answers == ["podagra"] }, "\(described(made))")
        #expect(made.contains { $0.prompt == "Gout: what is another name for cold packs?" && $0.answers == ["ice packs"] }, "\(described(made))")
        // The aside is no part of the subject the other cards name.
        #expect(!made.contains { $0.prompt.contains("what causes gout (") || $0.prompt.hasPrefix("What causes gout (") }, "\(described(made))")
    }

    @Test func aCountAndTheThingsCountedAreAskedTogether() throws {
        let made = try cards("There are 2 medicines for flare-ups, colchicine and naproxen.")
        #expect(made.contains { $0.prompt == "Gout: what are the 2 medicines for flare-ups? Name both." && $0.answers == ["colchicine", "naproxen"] },
                "\(described(made))")
        #expect(!made.contains { $0.prompt.contains("There are [...]") || $0.prompt.contains("there are [...]") }, "\(described(made))")
    }

    @Test func asAfterAComparativeIsNoReason() throws {
        #expect(Passage("Gout affects people more often as they get older.").tokens[5].tag == .preposition)
        let made = try cards("Gout affects people more often as they get older.")
        #expect(!made.contains { $0.prompt.lowercased().contains("why") }, "\(described(made))")
    }

    @Test func aSpanOfTimeIsAskedAsWhenOrHowLong() throws {
        let made = try cards("A red rash usually appears a few days after the first twinge. The pain of a flare-up lasts a few days.")
        #expect(made.contains { $0.prompt == "Gout: when does a red rash appear?" && $0.answers == ["a few days after the first twinge"] },
                "\(described(made))")
        #expect(made.contains { $0.prompt.hasSuffix("how long does the pain of a flare-up last?") && $0.answers == ["a few days"] }, "\(described(made))")
        #expect(!made.contains { $0.prompt.contains("what does a red rash appear") }, "\(described(made))")
    }

    @Test func whatTheReaderDoesNotDoIsAskedAsAYesOrNoQuestion() throws {
        let made = try cards("Unlike a cold, you do not catch gout from someone else. You don’t need to stop drinking water.")
        #expect(made.contains { $0.prompt == "Do you catch gout from someone else?" && $0.correct == [1] }, "\(described(made))")
        #expect(made.contains { $0.prompt == "Gout: do you need to stop drinking water?" && $0.correct == [1] }, "\(described(made))")
    }

    @Test func aPluralInBracketsGlossesTheWordBeforeIt() throws {
        let made = try cards("Gout raises your risk of skin ulcers (sores).")
        #expect(!made.contains { $0.prompt.hasSuffix("what is sores?") || $0.prompt == "What is sores?" }, "\(described(made))")
    }

    @Test func aGapHoldingOneMemberOfAListIsDropped() throws {
        let made = try cards("Keep a list of the medicines, vitamins, and herbs you take.")
        #expect(!made.contains { $0.type == .cloze && $0.prompt.contains("[...], vitamins") }, "\(described(made))")
        #expect(QualityFilter.opensAList(after: ", hot or red."))
        #expect(QualityFilter.opensAList(after: ", ease the pain, keep the joint moving, and prevent another flare-up."))
        #expect(!QualityFilter.opensAList(after: ", such as fruit or milk."))
        #expect(!QualityFilter.opensAList(after: ", you should rest, drink water and sleep."))
        #expect(!QualityFilter.opensAList(after: ", and your lips turn blue."))
    }

    @Test func onePersonalSentenceDoesNotTakeItsParagraphWithIt() throws {
        let made = try cards("""
        Gout is caused by crystals of urate in a joint. Most of us will never have a flare-up, although some of us will. After a \
        flare-up, the crystals stay in the joint for years. From time to time they can cause another painful flare-up in the same joint.
        """)
        #expect(made.contains { ($0.prompt + " " + $0.answers.joined(separator: " ")).contains("crystals of urate") }, "\(described(made))")
        #expect(!made.contains { ($0.prompt + " " + $0.answers.joined(separator: " ")).contains("us ") }, "\(described(made))")
    }

    @Test func conditionalStepsUnderAnyHeadingAreAskedOneByOne() throws {
        let made = try articleCards("""
        Gout

        Gout is a painful swelling of the joints caused by urate crystals.

        Flare-up plan

          • If you feel a flare-up coming on, rest the joint and raise it on a pillow.
          • Tell someone how you are feeling.
          • If the pain is bad, take the tablets your doctor gave you for flare-ups.
          • If the swelling goes down, you can walk on the joint again gently.

        """)
        #expect(made.contains { $0.prompt.hasSuffix("what should you do if you feel a flare-up coming on?")
            && $0.answers == ["rest the joint and raise it on a pillow"] }, "\(described(made))")
        #expect(made.contains { $0.prompt.hasSuffix("what can you do if the swelling goes down?") && $0.answers == ["walk on the joint again gently"] },
                "\(described(made))")
        // A list card would ask for whole sentences, "any 3 of the 4".
        #expect(!made.contains { $0.prompt.contains("Name any") || $0.prompt.contains("Name all") }, "\(described(made))")
        #expect(!ArticleCompiler.isConditionalSentence("When there is a flare-up in a large joint, which means the joint is hot"))
    }

    @Test func itJudgingAConditionIsNoPronoun() throws {
        let made = try cards("Gout can make eating hard. It is OK if your child does not want to eat for a day.")
        #expect(!made.contains { $0.prompt.lowercased().contains("when is gout ok") || $0.prompt.contains("When is gout") }, "\(described(made))")
    }

    @Test func aGapRunningIntoAnotherVerbPhraseIsDropped() throws {
        let made = try cards("Gout is caused by crystals, is often painful and can usually be treated at home.")
        #expect(!made.contains { $0.answers.contains { $0.contains(", is") } }, "\(described(made))")
    }

    @Test func whatSomethingIsCausedByIsAskedAsWhatCausesIt() throws {
        let made = try cards("Gout is caused by crystals of urate, is often painful and can usually be treated at home. Flare-ups can be caused by dehydration.")
        #expect(made.contains { $0.prompt == "What causes gout?" && $0.answers == ["crystals of urate"] }, "\(described(made))")
        #expect(made.contains { $0.prompt == "Gout: what can cause flare-ups?" && $0.answers == ["dehydration"] }, "\(described(made))")
    }
}
