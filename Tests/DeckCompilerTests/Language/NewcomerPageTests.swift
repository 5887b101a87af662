@testable import DeckCompiler
import PearlsCore
import Testing

/// Defects a newcomer found on pages unlike the dev set (a care-at-home page of steps, lead-ins and carers),
/// each shown here on a page written for these tests.
struct NewcomerPageTests {
    static let page = """
    Looking after your stoma at home

    A stoma is an opening on the tummy that lets waste leave the body into a pouch. Some people have a stoma for a
    few months, while others keep it for life.

    Daily care

    To protect the skin around your stoma and stop leaks:
    - measure your stoma and cut the pouch to fit
    - clean the skin with warm water only
    - dry the skin well before fitting a new pouch

    Some people notice that the skin around the stoma turns red and sore. This is a sign of a leak.

    Signs of a problem with your pouch include:
    - your pouch (the bag on your tummy) is not sticking, or you need to change it more than 3 times a day
    - the skin under the pouch is itchy
    - there is a smell when the pouch is on

    What to do if your pouch leaks

    If you think your pouch is leaking, follow these steps:
    - remove the pouch gently
    - clean and dry the skin
    - fit a new pouch

    When to get help

    Contact your stoma nurse or GP if:
    - the stoma turns dark red or black
    - you have not passed anything for 24 hours
    - the skin around it bleeds

    Speak to your stoma nurse if you have a leak more than twice a week. You should also contact them if you cannot
    get the pouch to stick.

    Your stoma nurse can check that you are using the right size of pouch.

    """

    func cards() throws -> [Card] {
        try #require(DeckCompiler.compile([DeckSource(name: "stoma.txt", kind: .article, bytes: Array(Self.page.utf8))],
                                          fallbackID: "stoma").deck).cards
    }

    /// "Caring for your catheter at home" names the catheter: the label is what is cared for, not the whole title,
    /// and never a section heading such as "Daily care".
    @Test func aCareTitleNamesWhatIsCaredFor() throws {
        let prompts = try cards().map(\.prompt)
        #expect(!prompts.contains { $0.hasPrefix("Looking after") || $0.hasPrefix("Daily care") || $0.contains("of looking after") },
                "\(prompts)")
        #expect(prompts.contains { $0.hasPrefix("Stoma: ") }, "\(prompts)")
    }

    /// "To protect the skin…:" is what the list is for; "What are the daily care?" made a noun of a heading.
    @Test func aPurposeLeadInAsksWhatToDo() throws {
        let prompts = try cards().map(\.prompt)
        #expect(prompts.contains("What should you do to protect the skin around your stoma and stop leaks? Name all 3."), "\(prompts)")
        #expect(!prompts.contains { $0.contains("daily care") }, "\(prompts)")
    }

    /// "Contact your stoma nurse or GP if:" is advice whose conditions are the list.
    @Test func aConditionLeadInAsksWhen() throws {
        let prompts = try cards().map(\.prompt)
        #expect(prompts.contains("When should you contact your stoma nurse or GP? Name all 3."), "\(prompts)")
        #expect(!prompts.contains { $0.hasSuffix(" if? Name all 3.") }, "\(prompts)")
    }

    /// "If you think your pouch is leaking, follow these steps:" introduces the steps for that case.
    @Test func stepsForACaseAreAsked() throws {
        let made = try cards()
        let steps = try #require(made.first { $0.answers.contains("Remove the pouch gently") }, "\(made.map(\.prompt))")
        #expect(steps.prompt == "What should you do if you think your pouch is leaking? Name all 3.")
    }

    /// "This is a sign of a leak" after "Some people notice that…": "this" is what they notice, never the people
    /// nor the section's heading.
    @Test func thisAfterWhatPeopleNoticeIsNotThePeople() throws {
        let prompts = try cards().map(\.prompt)
        #expect(!prompts.contains { $0.hasSuffix("what is some people?") || $0.hasSuffix("what is daily care?") }, "\(prompts)")
    }

    /// A list item with an aside in brackets is one sign, not the words before the bracket.
    @Test func anItemWithAnAsideIsWhole() throws {
        let made = try cards()
        #expect(!made.contains { $0.answers.contains("Your pouch") }, "\(made.map(\.answers))")
        #expect(made.contains { $0.prompt.hasPrefix("What are the signs of a problem with your pouch?") }, "\(made.map(\.prompt))")
    }

    /// "You should also contact them…": a card that says "them" for a carer it does not name is not answerable.
    @Test func anUnnamedCarerIsNoCard() throws {
        let made = try cards()
        #expect(!made.contains { $0.answers.contains("contact them") || $0.prompt.contains("contact them") }, "\(made.map(\.prompt))")
    }

    /// "cannot" is one word on the card as on the page.
    @Test func cannotStaysOneWord() throws {
        let made = try cards()
        #expect(!made.contains { ($0.prompt + $0.answers.joined()).contains("can not") }, "\(made.map(\.prompt))")
    }

    /// "Your stoma nurse can check that you are using the right size": the question cannot stop at "you are".
    @Test func aQuestionDoesNotStopInsideAThatClause() throws {
        let prompts = try cards().map(\.prompt)
        #expect(!prompts.contains { $0.hasSuffix(" that you are?") }, "\(prompts)")
    }
}
