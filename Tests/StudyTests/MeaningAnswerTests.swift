import DefaultDeck
import PearlsCore
import Testing

@testable import Study

/// Basic answers are marked on their meaning: the key's content words in order, nothing that turns it round.
@Suite struct MeaningAnswerTests {
    let checker = AnswerCheck(abbreviations: ["MRI": "magnetic resonance imaging", "CT": "computed tomography"])
    static let definition = ["cancer that has spread to bone from a tumour elsewhere in the body",
                             "tumours in bone from cancer that started somewhere else", "cancer spread to bone"]

    private static func isAccepted(_ verdict: AnswerVerdict) -> Bool {
        if case .right = verdict { return true }
        return false
    }

    @Test(arguments: [
        ("cancer that has spread to the bone", definition),
        ("a cancer which spread into the bones from a tumour somewhere else in the body", definition),
        ("they miss early metastases and can't tell benign from malignant",
         ["they miss early metastases and cannot tell benign from malignant"]),
        ("detailed images of the bones and the soft tissues", ["detailed images of bones and soft tissues"]),
        ("the tumour is pressing on the spinal cord", ["the tumour presses on the spinal cord"]),
        ("with the medical history and physical examination", ["with a medical history and a physical exam",
                                                              "history and physical examination"]),
    ])
    func acceptsTheKeysContentWordsInOrder(typed: String, accepted: [String]) {
        #expect(Self.isAccepted(checker.checkTyped(typed, accepted: accepted)), "\(typed)")
    }

    @Test(arguments: [
        ("cancer that has not spread to bone", definition),                 // a negation the key lacks
        ("bone spread to cancer", definition),                              // the words out of order
        ("cancer", definition),                                             // too little of the key
        ("cancer spread to bone or to the liver or lungs or brain and many other organs over the years", definition),
        ("MRI or CT", ["MRI scan of the spine"]),                           // hedging between terms
        ("cancer spread to bone marrow", ["cancer spread to bone"]),        // another term added
    ])
    func refusesWhatChangesTheMeaning(typed: String, accepted: [String]) {
        let terms = ClinicalTerms(deckTexts: ["bone marrow", "lungs", "liver"])
        #expect(!Self.isAccepted(checker.checkTyped(typed, accepted: accepted, terms: terms)), "\(typed)")
    }

    @Test(arguments: [("1", Rating.again), ("again", .again), ("A", .again), ("h", .hard), ("Hard", .hard),
                      ("g", .good), ("good", .good), ("3", .good), (" E ", .easy), ("easy", .easy)])
    func gradesTakeNumbersNamesAndFirstLetters(typed: String, rating: Rating) {
        #expect(GradeProposal.rating(from: typed) == rating)
    }

    @Test func otherGradeInputIsRefused() {
        #expect(GradeProposal.rating(from: "5") == nil)
        #expect(GradeProposal.rating(from: "gd") == nil)
        #expect(GradeProposal.rating(from: "") == nil)
    }

    @Test func anOptionWhoseTextIsTheNumberTypedWinsOverTheOptionNumbered() {
        // Doses and scores as options: "3" names the option "3", not the third option.
        let options = ["1", "3", "5", "8"]
        #expect(checker.chosenOptions("3", options: options, single: true) == [1])
        #expect(checker.chosenOptions("1", options: options, single: true) == [0])
        #expect(checker.chosenOptions("4", options: options, single: true) == nil, "4 is no option, not the 4th")
        #expect(checker.chosenOptions("5mg", options: ["2.5 mg", "5 mg"], single: true) == [1])
        #expect(checker.chosenOptions("4", options: ["Rest", "Ice", "Heat", "Massage"], single: true) == [3])
    }

    @Test func choiceItemsTakeAnOptionsTextAndTrueFalseTakesYesAndNo() {
        let options = ["Plain X-ray", "Bone scan", "Serum calcium", "MRI"]
        #expect(checker.chosenOptions("calcium", options: options, single: true) == [2])
        #expect(checker.chosenOptions("bone scan and serum calcium", options: options, single: false) == [1, 2])
        #expect(checker.chosenOptions("yes", options: ["True", "False"], single: true) == [0])
        #expect(checker.chosenOptions("no", options: ["True", "False"], single: true) == [1])
        #expect(checker.chosenOptions("not calcium", options: options, single: true) == nil)
        #expect(checker.chosenOptions("calcium or MRI", options: options, single: true) == nil)
        #expect(checker.chosenOptions("calcium, ultrasound", options: options, single: false) == nil)
        #expect(checker.chosenOptions("bone", options: ["Rest in bed", "A sample of bone is taken with a needle"],
                                      single: true) == nil, "one word of a long option names nothing")
        #expect(checker.chosenOptions("scan", options: ["Bone scan", "CT scan"], single: true) == nil, "two options fit")
    }
}

/// Over the built-in deck: no card's answer passes for another card's question.
@Suite struct MeaningAcrossTheDeckTests {
    @Test func noOtherCardsAnswerIsAccepted() throws {
        let deck = try DefaultDeck.load()
        let checker = AnswerCheck(abbreviations: deck.abbreviations)
        let typed = deck.cards.filter { !$0.type.isChoice }
        let terms = ClinicalTerms(deckTexts: deck.cards.flatMap { $0.answers + ($0.options ?? []) })
        var accepted: [String] = []
        for card in typed {
            let own = Set(card.answers.map { $0.lowercased() })
            for other in typed where other.id != card.id {
                for answer in other.answers.prefix(1) where !own.contains(answer.lowercased()) {
                    if case .right = checker.checkTyped(answer, accepted: card.answers, terms: terms) {
                        accepted.append("\(card.id) took '\(answer)'")
                    }
                }
            }
        }
        #expect(accepted.isEmpty, "\(accepted)")
    }
}
