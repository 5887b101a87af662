import PearlsCore
import Testing

@testable import Study

@Suite struct AnswerCheckTests {
    let checker = AnswerCheck(abbreviations: ["MRI": "magnetic resonance imaging", "CT": "computed tomography"])

    @Test(arguments: [
        ("Zoledronic acid", ["zoledronic acid"]),
        ("  the ZOLEDRONIC   acid. ", ["zoledronic acid"]),
        ("café", ["cafe"]),
        ("70%", ["seventy percent"]),
        ("70 per cent", ["70%"]),
        ("seventy-five percent", ["75%"]),
        ("one hundred and five", ["105"]),
        ("magnetic resonance imaging", ["MRI"]),
        ("an MRI", ["magnetic resonance imaging (MRI)"]),
        ("bisphosphonates", ["denosumab", "bisphosphonates"]),
    ])
    func acceptsEquivalentAnswers(typed: String, accepted: [String]) {
        #expect(checker.checkTyped(typed, accepted: accepted) == .right(typo: nil))
    }

    @Test func acceptsSmallTyposAndSaysWhich() {
        #expect(checker.checkTyped("zoledronc acid", accepted: ["zoledronic acid"]) == .right(typo: "zoledronic acid"))
        // A British spelling is no typo at all.
        #expect(checker.checkTyped("hypercalcaemia", accepted: ["hypercalcemia"]) == .right(typo: nil))
    }

    @Test(arguments: [
        ("CT", ["MRI"]),               // short answers allow no typo
        ("80%", ["70%"]),              // numbers are never typos
        ("zolendronic axid xx", ["zoledronic acid"]),
        ("spine", ["pelvis"]),
    ])
    func rejectsWrongAnswers(typed: String, accepted: [String]) {
        #expect(checker.checkTyped(typed, accepted: accepted) == .wrong(chosen: []))
    }

    @Test func emptyMeansShowMe() {
        #expect(checker.checkTyped("  ", accepted: ["x"]) == .revealed)
    }

    @Test(arguments: [("a c d", [0, 2, 3]), ("acd", [0, 2, 3]), ("a,c,d", [0, 2, 3]), ("D, a", [0, 3])])
    func readsLettersInAnyForm(typed: String, expected: [Int]) {
        #expect(checker.chosenOptions(typed, options: ["w", "x", "y", "z"], single: false) == expected)
    }

    @Test func readsOneChoiceByLetterNumberOrText() {
        let options = ["Bone scan", "MRI", "Blood test"]
        #expect(checker.chosenOptions("b", options: options, single: true) == [1])
        #expect(checker.chosenOptions("magnetic resonance imaging", options: options, single: true) == [1])
        #expect(checker.chosenOptions("3", options: options, single: true) == [2])
        #expect(checker.chosenOptions("ab", options: options, single: true) == nil)
        #expect(checker.chosenOptions("x-ray", options: options, single: true) == nil)
        #expect(checker.chosenOptions("f", options: ["True", "False"], single: true) == [1])
    }

    /// A yes/no question (a negation asked with its "not" taken out) takes y and n as well as its options' text.
    @Test func readsAYesNoAnswerByItsInitial() {
        let options = ["Yes", "No"]
        #expect(checker.chosenOptions("n", options: options, single: true) == [1])
        #expect(checker.chosenOptions("Y", options: options, single: true) == [0])
        #expect(checker.chosenOptions("no", options: options, single: true) == [1])
        #expect(checker.chosenOptions("b", options: options, single: true) == [1])
    }

    @Test func scoresSelectAllLikeNCLEX() {
        let correct = [0, 1, 2]
        #expect(AnswerCheck.score(chosen: [0, 1, 2], correct: correct, isMultipleResponse: true) == .right(typo: nil))
        #expect(AnswerCheck.score(chosen: [0, 1, 4], correct: correct, isMultipleResponse: true)
                == .partial(score: 1, outOf: 3, missed: [2], wrong: [4]))
        #expect(AnswerCheck.score(chosen: [0, 3, 4], correct: correct, isMultipleResponse: true) == .wrong(chosen: [3, 4]))
        #expect(AnswerCheck.score(chosen: [1], correct: [2], isMultipleResponse: false) == .wrong(chosen: [1]))
    }

    @Test func proposesGradesFromTheResult() {
        #expect(GradeProposal.propose(.wrong(chosen: []), responseMilliseconds: 1000, expectedLength: 5) == .again)
        #expect(GradeProposal.propose(.revealed, responseMilliseconds: 1000, expectedLength: 5) == .again)
        #expect(GradeProposal.propose(.partial(score: 1, outOf: 3, missed: [], wrong: []), responseMilliseconds: 1000,
                                      expectedLength: 5) == .hard)
        #expect(GradeProposal.propose(.right(typo: nil), responseMilliseconds: 30_000, expectedLength: 5) == .good)
        #expect(GradeProposal.propose(.right(typo: nil), responseMilliseconds: 2_000, expectedLength: 5) == .easy)
        #expect(GradeProposal.propose(.right(typo: "x"), responseMilliseconds: 2_000, expectedLength: 5) == .good)
        #expect(GradeProposal.propose(.right(typo: nil), responseMilliseconds: 0, expectedLength: 5) == .good)
    }

    @Test func parsesCommandsByUnambiguousPrefix() {
        #expect(SessionCommand.parse(":q") == .success(.quit))
        #expect(SessionCommand.parse(" :HELP ") == .success(.help))
        #expect(SessionCommand.parse(":s") == .failure(UnknownCommand(text: ":s", candidates: [.skip, .suspend, .source, .stats])))
        #expect(SessionCommand.parse("answer") == nil)
    }
}
