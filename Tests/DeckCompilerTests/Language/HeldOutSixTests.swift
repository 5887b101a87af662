@testable import DeckCompiler
import PearlsCore
import Testing

/// What the fifth set's misses showed on a second pass (every sentence here is our own): a range written in
/// words, and the facts a list item carries inside it (a bracketed gloss, its examples, what a dash adds).
struct HeldOutSixTests {
    func described(_ made: [Card]) -> String { made.map { "\($0.prompt) → \($0.answers)" }.joined(separator: "\n") }

    /// "every one to three days": a range in words is hidden whole, never its second half alone.
    @Test func aRangeInWordsIsHiddenWhole() throws {
        let made = try goutPageCards("Most adults with gout take the tablets every one to three days.")
        #expect(made.contains { $0.type == .cloze && $0.answers == ["one to three days"] }, "\(described(made))")
        #expect(!made.contains { $0.answers == ["three days"] }, "\(described(made))")
    }

    /// "At Riverside Children's Hospital, your child's doctor may…": the provider's name is the site's voice.
    @Test func aProviderFrontingASentenceIsLeftOut() throws {
        let page = """
            Tests for gout at Riverside Children's Hospital

            At Riverside Children's Hospital, your child's doctor may order tests such as:
            - a blood test for uric acid
            - a joint fluid test
            - an ultrasound scan
            """
        let made = try goutPageCards(page)
        #expect(made.contains { $0.prompt.lowercased().contains("your child's doctor") }, "\(described(made))")
        #expect(!made.contains { ($0.prompt + $0.topic).contains("Riverside") }, "\(described(made))")
        #expect(Boilerplate.withoutProvider("At night, the pain is often worse than in the day.") == nil)
        #expect(Boilerplate.withoutProvider("Pain at night", heading: true) == nil)
    }

    /// "Please phone 999 if your child has any of the following:" asks when to phone, the items its answer.
    @Test func anOrderBeforeAnyOfTheFollowingAsksWhen() {
        #expect(ListQuestion.advice("Please phone 999 or go to the nearest emergency department if your child has any of the following:", heading: "Gout")
                == "When should you phone 999 or go to the nearest emergency department?")
        #expect(ListQuestion.advice("Call your GP if you notice any of these", heading: "Gout") == "When should you call your GP?")
    }

    /// "…an infection which causes the small airways to swell": the "to" belongs to "causes", no purpose.
    @Test func aCausativeInARelativeClauseHasNoPurpose() throws {
        let made = try goutPageCards("Gout is a joint disease which causes the small joints in the feet to become swollen.")
        #expect(!made.contains { $0.prompt.hasPrefix("Why") }, "\(described(made))")
    }

    /// "Make sure your child is not…": no gap over "sure your child".
    @Test func makeSureIsNoChunkToHide() throws {
        let made = try goutPageCards("Make sure your child is not exposed to cold air for long periods.")
        #expect(!made.contains { $0.answers.contains { $0.hasPrefix("sure") } }, "\(described(made))")
    }

    /// The list under "What is gout?" says what gout is, item by item: no "name any 3" card of its sentences.
    @Test func aListUnderADefinitionQuestionIsNoSetToName() throws {
        let page = """
            What is gout?

            - Gout is a type of arthritis caused by crystals of uric acid in a joint.
            - It is more common in older men and usually starts in the big toe.
            - Sudden joint pain
            - Red, hot skin over the joint
            """
        let made = try goutPageCards(page)
        #expect(!made.contains { $0.prompt.contains("Name any") }, "\(described(made))")
        #expect(made.contains { $0.prompt == "What is gout?" }, "\(described(made))")
        #expect(ListQuestion.fromHeading("What is the treatment for gout?") != nil)
    }

    /// "It is important to X because Y" and "It is important to X to Y" ask why, opening on "Why", not on "it".
    @Test func whyAdviceMattersIsAsked() throws {
        let made = try goutPageCards("""
            It is important to take off tight shoes because they can press on the swollen joint.

            It is important to rest the joint for two days to let the swelling go down.
            """)
        #expect(made.contains { $0.prompt.hasSuffix("why is it important to take off tight shoes?")
            && $0.answers == ["because they can press on the swollen joint"] }, "\(described(made))")
        #expect(made.contains { $0.prompt.hasSuffix("why is it important to rest the joint for two days?")
            && $0.answers == ["to let the swelling go down"] }, "\(described(made))")
        #expect(QualityFilter.flaw(of: Card(id: CardID("x"), type: .basic, prompt: "Why is it important to rest the joint?",
                                            answers: ["to let the swelling go down"])) == nil)
    }

    /// "Do not put butter, oils or creams on the joint. They can…": "they" is what the order named.
    @Test func theyAfterAnOrderIsWhatItNamed() throws {
        let made = try goutPageCards("""
            Gout is a painful joint disease.

            Do not put butter, oils or creams on the joint. They can trap heat in the skin.
            """)
        #expect(made.contains { ($0.prompt + " " + $0.answers.joined(separator: " ")).contains("butter, oils or creams") && $0.prompt.contains("trap") },
                "\(described(made))")
        #expect(!made.contains { $0.prompt.lowercased().contains("gout can trap") || $0.prompt.lowercased().contains("can gout trap") },
                "\(described(made))")
    }

    /// "First aid is…" names first aid; "First wash your hands" is an order.
    @Test func anOrdinalBeforeANounQualifiesIt() {
        let named = Passage("First aid is what you do straight away.")
        #expect(named.clauses.first.map { named.text($0.subject) } == "First aid")
        let order = Passage("First wash your hands with soap.")
        #expect(order.clauses.first?.isImperative == true)
        #expect(order.tokens[1].tag == .verb)
    }

    /// "First aid for gout – Rest the joint for two days": a gap the heading's tagline fills moves under the
    /// heading without it.
    @Test func aTaglineThatGivesTheAnswerIsLeftOffTheTopic() throws {
        let made = try goutPageCards("""
            First aid for gout – Rest the joint for 2 days

            Rest the painful joint on a pillow for 2 days after a flare starts.
            """)
        let gap = try #require(made.first { $0.answers == ["2 days"] }, "\(described(made))")
        #expect(gap.topic == "First aid for gout")
    }
}
