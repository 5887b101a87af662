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
}
