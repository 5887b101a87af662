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
}
