@testable import DeckCompiler
import PearlsCore
import Testing

/// What a fourth set of real pages showed (every sentence here is our own): a leaflet's audience line and its talk
/// about itself, a service's banner, sublists told apart by their bullets, lead-ins that give an order or name who
/// acts, headings worded as reported questions, a page named by its opening definition, and a fronted "after" clause.
struct HeldOutFourTests {
    func cards(_ body: String) throws -> [Card] { try goutPageCards(body) }

    func described(_ made: [Card]) -> String { made.map { "\($0.prompt) → \($0.answers)" }.joined(separator: "\n") }

    @Test func aLeafletsAudienceLineAndItsTalkAboutItselfAreNoContent() throws {
        let page = """
            Information for patients and carers

            This booklet is also offered in braille and in large print on request.

            The purpose of this leaflet is to explain how to look after a plaster cast at home. It draws on advice from national guidance written by several royal colleges.

            Keep the cast dry by covering it with a plastic bag when you wash.

            If your fingers turn blue or numb, contact the fracture clinic straight away.
            """
        let made = try articleCards(page, name: "cast.txt")
        #expect(!made.isEmpty)
        for card in made {
            let text = (card.prompt + " " + card.answers.joined(separator: " ") + " " + card.topic).lowercased()
            #expect(!text.contains("information for patients") && !text.contains("leaflet") && !text.contains("braille")
                    && !text.contains("royal colleges"), "\(described(made))")
        }
        #expect(Boilerplate.reason(for: ArticleBlock(kind: .heading, text: "Patient information leaflet", line: 1)) == "audience label")
        #expect(Boilerplate.reason(for: ArticleBlock(kind: .heading, text: "Information about your new medicine", line: 1)) == nil)
    }

    @Test func aServicesBannerAboveTheTitleIsNoContent() throws {
        let page = """
            CareLine is a free service where you can talk to a nurse about what to do next.

            Plaster casts

            Keep the cast dry by covering it with a plastic bag when you wash.
            """
        let made = try articleCards(page, name: "cast.txt")
        #expect(!made.isEmpty)
        #expect(!made.contains { ($0.prompt + " " + $0.answers.joined(separator: " ")).contains("CareLine") }, "\(described(made))")
    }

    @Test func aSublistWithItsOwnBulletIsAListOfItsOwn() throws {
        let made = try cards("""
            Tips for the first week:
            - Keep the foot raised when you sit down.
            - When you get out of bed:
            – Sit on the edge of the bed for a minute.
            – Stand up slowly and hold on to something firm.
            - Wear shoes with a closed heel.
            - Drink plenty of water through the day.
            """)
        let sublist = try #require(made.first { $0.prompt == "What should you do when you get out of bed? Name both." }, "\(described(made))")
        #expect(sublist.answers == ["Sit on the edge of the bed for a minute", "Stand up slowly and hold on to something firm"])
        // The parent list goes on after its sublist.
        let parent = try #require(made.first { $0.prompt.hasSuffix("Name all 3.") }, "\(described(made))")
        #expect(parent.answers.contains("Drink plenty of water through the day"), "\(parent.answers)")
        // The item that opens the sublist is asked by the sublist's own card.
        #expect(!parent.answers.contains { $0.hasPrefix("When you get out of bed") }, "\(parent.answers)")
        #expect(!parent.answers.contains { $0.hasPrefix("Sit on the edge") }, "\(parent.answers)")
    }

    @Test(arguments: [
        ("Do some gentle stretches before getting out of bed:", "", "What gentle stretches should you do before getting out of bed?"),
        ("Your nurse will:", "", "What will your nurse do?"),
        ("When you get home:", "", "What should you do when you get home?"),
        ("Book an urgent appointment if you have a swollen calf and:", "", "When should you book an urgent appointment if you have a swollen calf?"),
        ("However, always call 999 if any of the following apply:", "", "When should you always call 999?"),
        ("Always dial 112 for an ambulance if any of the following apply:", "", "When should you always dial 112 for an ambulance?"),
        // A lead-in that only points at its steps leaves the question to the heading.
        ("Follow these steps if the wound bleeds:", "How to stop bleeding", "How do you stop bleeding?"),
        ("", "How you can help your recovery", "How can you help your recovery?"),
        ("", "How a plaster cast is removed", "How is a plaster cast removed?"),
        ("", "What can I do?", "What can you do?"),
    ])
    func aLeadInOrHeadingBecomesTheListsQuestion(leadIn: String, heading: String, expected: String) {
        #expect(ListQuestion.question(leadIn: leadIn, heading: heading, owner: "", page: "") == expected)
    }

    @Test func aPageWithNoHeadingIsNamedByItsOpeningDefinition() throws {
        let page = """
            Conjunctivitis is inflammation of the thin layer that covers the white of the eye. It usually clears up within two weeks.

            Wash your hands after touching your eyes.
            """
        let made = try articleCards(page, name: "eye.txt")
        #expect(made.contains { $0.topic == "Conjunctivitis" }, "\(made.map(\.topic))")
    }

    @Test func aClauseBeforeADashIsNoThingForItsPronoun() throws {
        let made = try cards("""
            See a doctor if you notice:
            - the swelling does not go down – it can be warm or red
            - a fever
            """)
        #expect(!made.contains { $0.prompt.lowercased().contains("go down can be") }, "\(described(made))")
        #expect(ItemGloss("the swelling doesn't go down - it can be warm") == nil)
        #expect(ItemGloss("Gout - a kind of arthritis")?.term == "Gout")
    }

    @Test func aFrontedAfterClauseIsAConditionForAdvice() throws {
        let tags = Passage("After the swelling has gone down, gently move the joint twice a day.").tokens.map(\.tag)
        #expect(tags[0] == .subordinator && tags[8] == .verb, "\(tags)")
        let made = try cards("After the swelling has gone down, gently move the joint through its full range twice a day.")
        #expect(made.contains { $0.prompt == "Gout: what should you do after the swelling has gone down?"
            && $0.answers == ["gently move the joint through its full range twice a day"] }, "\(described(made))")
        let clean = try cards("After the bleeding has stopped, clean the wound with tap water and cover it with a dry dressing.")
        #expect(clean.contains { $0.prompt == "Gout: what should you do after the bleeding has stopped?" }, "\(described(clean))")
        // "After meals" is a time, not a clause: "after" stays a preposition.
        #expect(Passage("After meals, take one tablet with water.").tokens[0].tag == .preposition)
    }

    @Test func aTitlesBracketedNameNamesThePageWhenTheContentUsesIt() throws {
        let page = """
            Sore Throat in Toddlers (Tonsillitis)

            Tonsillitis is an infection of the tonsils at the back of the throat. Tonsillitis usually gets better on its own.

            If your child cannot swallow any fluids, call your GP the same day. Tonsillitis can make swallowing painful.
            """
        let made = try articleCards(page, name: "tonsils.txt")
        #expect(made.contains { $0.prompt.hasPrefix("Tonsillitis: what should you do if your child cannot swallow") }, "\(described(made))")
        // Initials in the bracket leave the page named by its words.
        let blocks = [ArticleBlock(kind: .paragraph, text: "DVT is a clot. DVT can be treated. DVT is common.", line: 2)]
        #expect(Headings.pageSubject(title: "Deep vein thrombosis (DVT)", in: blocks)?.lowercased() == "deep vein thrombosis")
    }

    @Test func aStateHeldForASpanOfTimeIsAskedAsHowLong() throws {
        let made = try cards("Most toddlers are contagious for about 3 days.")
        #expect(made.contains { $0.prompt == "Gout: how long are most toddlers contagious?" && $0.answers == ["about 3 days"] },
                "\(described(made))")
        #expect(!made.contains { $0.prompt.contains("what are most toddlers") }, "\(described(made))")
    }

    @Test func aRenamingAfterASingleDashDefinesItsTerm() throws {
        let made = try cards("Toddlers with a chest cold can get wheeze – a whistling sound made when they breathe out, which can make feeding hard.")
        #expect(made.contains { $0.prompt == "Gout: what is wheeze?" && $0.answers == ["a whistling sound made when they breathe out"] },
                "\(described(made))")
        #expect(!made.contains { $0.prompt.contains("sound made?") }, "\(described(made))")
        #expect(DashAside.stripped("Toddlers can get wheeze – a whistling sound made when they breathe out, which can make feeding hard.")
                == "Toddlers can get wheeze.")
    }

    @Test func doesNotIsAskedAsAYesOrNoQuestion() throws {
        #expect(Passage("A cold does not need antibiotics.").tokens[4].tag == .verb)
        let made = try cards("A cold is caused by a virus and does not need antibiotics.")
        let asked = try #require(made.first { $0.prompt == "Gout: does a cold need antibiotics?" }, "\(described(made))")
        #expect(asked.options == ["Yes, a cold does need antibiotics.", "No, a cold does not need antibiotics."] && asked.correct == [1])
        #expect(!made.contains { $0.prompt.contains("not need?") }, "\(described(made))")
    }

    @Test func stepsGiveTheirProhibitionsAndWhatToNote() throws {
        let page = """
            Fainting: a quick guide

            How to help if someone faints

            1. Lay them down on their back.
            2. Note the time they fainted.
            3. Loosen any tight clothing around the neck.
            4. Don't give them anything to drink.
            5. Don't sit them up quickly.
            6. Stay with them until they feel better.
            """
        let made = try articleCards(page, name: "faint.txt")
        let notToDo = try #require(made.first { $0.prompt == "What should you not do to help if someone faints? Name both." }, "\(described(made))")
        #expect(notToDo.answers == ["Give them anything to drink", "Sit them up quickly"])
        #expect(made.contains { $0.prompt == "If someone faints, what should you note?" && $0.answers == ["the time they fainted"] },
                "\(described(made))")
        // "…a quick guide" names the document: no card is put under it.
        #expect(!made.contains { $0.prompt.hasPrefix("Fainting: a quick guide") }, "\(described(made))")
        #expect(Headings.subject(of: "Stroke information leaflet") == nil)
    }

    @Test func aQuestionInTheTextDefinesNothing() throws {
        let made = try cards("Look around – is the child near a road?")
        #expect(!made.contains { $0.prompt.lowercased().contains("look around") }, "\(described(made))")
    }

    @Test func aContractedModalIsAModal() throws {
        #expect(Passage("Your kidneys can't filter the blood.").tokens[2].tag == .modal)
        let passage = Passage("When you are short of water, your kidneys can't clear waste from the blood well.")
        let main = try #require(passage.clauses.last)
        #expect(passage.text(main.subject) == "your kidneys" && passage.text(main.verb) == "can't clear" && main.isNegated)
        let made = try cards("When you are short of water, your kidneys can't clear waste from the blood well.")
        #expect(!made.contains { $0.prompt.contains(" do your kidneys can't") }, "\(described(made))")
    }

    @Test func yourBodyIsNoAnswer() throws {
        let made = try cards("Your body stores uric acid in the joints when the kidneys cannot clear it.")
        #expect(!made.contains { $0.answers.map { $0.lowercased() } == ["your body"] }, "\(described(made))")
    }

    @Test func anOrderOpeningOnNeverGivesItsReason() throws {
        #expect(Passage("Never stand on a wobbly chair.").tokens[1].tag == .verb)
        let made = try cards("Never stand on the bed rails as they can give way.")
        #expect(made.contains { $0.prompt == "Gout: why should you never stand on the bed rails?" && $0.answers == ["they can give way"] },
                "\(described(made))")
    }

    @Test func itsImportantToIsAdvice() throws {
        let made = try cards("It's important to keep taking the tablets until the flare-up has settled.")
        #expect(made.contains { $0.prompt == "Gout: how long should you keep taking the tablets?"
            && $0.answers == ["until the flare-up has settled"] }, "\(described(made))")
    }

    @Test func stepsUnderAReportedQuestionHeadingAreItsList() throws {
        let made = try cards("""
            How you can ease a flare-up

            - rest the joint
            - keep the joint cool with an ice pack
            - raise the leg on a pillow

            Most flare-ups settle within a week.
            """)
        #expect(made.contains { $0.prompt == "How can you ease a flare-up? Name all 3." }, "\(described(made))")
    }

    /// Review 37 rejected a list of labelled lines asked as complete after it ran on past its own sublist.
    @Test func aListOfLabelledLinesStopsAtItsSublist() throws {
        let made = try cards("""
            Several things can raise the risk of a flare-up:
            Diet: some foods make flare-ups more likely. The most common include:
            Red meat: it is rich in purines.
            Seafood: shellfish especially.
            Beer: it raises urate levels quickly.
            Medicines: water tablets can raise urate levels.
            Age: flare-ups are more common in older men, whose kidneys clear urate less well.
            """)
        #expect(!made.contains { $0.answers.contains("Age") }, "\(described(made))")
    }
}
