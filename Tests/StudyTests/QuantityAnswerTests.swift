import PearlsCore
import Testing

@testable import Study

/// Numeric answers are compared as quantities: decimals, units, ranges and a deck's tolerance.
@Suite struct QuantityAnswerTests {
    let checker = AnswerCheck()

    @Test(arguments: [
        ("2.5ml", "2.5 mL"), ("2.50 mL", "2.5 mL"), ("2.5 millilitres", "2.5 mL"), ("250mg", "250 mg"),
        ("250 milligrams", "250 mg"), ("250 MG", "250 mg"), ("3.5 to 5.0 mmol/L", "3.5-5.0 mmol/L"),
        ("3.5–5 mmol per litre", "3.5-5.0 mmol/L"), ("3.5 - 5.0 mmol/l", "3.5 to 5.0 mmol/L"),
        ("seventy percent", "70%"), ("70 per cent", "70 %"), ("2.6 mL", "2.5 mL ± 0.1"), ("2.4ml", "2.5 mL +/- 0.1"),
        ("10 units", "10 units"), ("10 IU", "10 units"), ("0.5 mcg", "0.5 micrograms"), ("120/min", "120 bpm"),
    ])
    func acceptsTheSameQuantityWrittenAnotherWay(typed: String, expected: String) {
        #expect(checker.checkTyped(typed, accepted: [expected]) == .right(typo: nil))
    }

    @Test(arguments: [("40", "40%", "%"), ("3.5 to 5.0", "3.5-5.0 mmol/L", "mmol/L"), ("2.5", "2.5 mL", "mL"),
                      ("2.55", "2.5 mL ± 0.1", "mL")])
    func aMissingUnitIsAcceptedWithANoteAndProposedHard(typed: String, expected: String, unit: String) {
        let verdict = checker.checkTyped(typed, accepted: [expected])
        #expect(verdict == .unitMissing(unit: unit))
        #expect(GradeProposal.propose(verdict, responseMilliseconds: 1000, expectedLength: expected.count) == .hard)
    }

    @Test(arguments: [("4000 mg", "4 g"), ("0.25 g", "250 mg"), ("250 micrograms", "0.25 mg"), ("1.5 L", "1500 mL")])
    func theSameAmountInAnotherUnitOfMassOrVolumeIsRightAndShowsTheDecksForm(typed: String, expected: String) {
        #expect(checker.checkTyped(typed, accepted: [expected]) == .right(typo: expected))
    }

    @Test func aWrongUnitPrefixNamesBothUnits() {
        #expect(checker.checkTyped("250 mg", accepted: ["250 mcg"]) == .confused(typed: "mg", expected: "mcg"))
        #expect(checker.checkTyped("2.5 L", accepted: ["2.5 mL"]) == .confused(typed: "L", expected: "mL"))
        #expect(checker.checkTyped("4 mg", accepted: ["4 g"]) == .confused(typed: "mg", expected: "g"))
        #expect(checker.checkTyped("250 mL", accepted: ["250 mg"]) == .confused(typed: "mL", expected: "mg"))
        #expect(checker.checkTyped("0.25 L", accepted: ["250 mg"]) == .wrong(chosen: []), "volume is no mass")
    }

    @Test func readsQuantitiesAndRefusesOtherText() throws {
        let dose = try #require(Quantity("2.5 mL ± 0.1"))
        #expect([dose.low, dose.high, dose.tolerance] == [2.5, 2.5, 0.1] && dose.unit == "mL")
        let range = try #require(Quantity("3.5–5.0 mmol/L"))
        #expect([range.low, range.high, range.tolerance] == [3.5, 5.0, 0] && range.unit == "mmol/L")
        #expect(Quantity("three out of four") == nil)
        #expect(Quantity("5 - 3 mg") == nil, "a range runs upwards")
        #expect(Quantity("2 mg to 3 mL") == nil, "a range has one unit")
        #expect(Quantity("about 40 mg") == nil)
    }

    @Test(arguments: [
        ("250 mcg", "250 mg"), ("250 mg", "250 mcg"), ("2.5 L", "2.5 mL"), ("25 mg", "250 mg"), ("2.7 mL", "2.5 mL ± 0.1"),
        ("3.5-5.5 mmol/L", "3.5-5.0 mmol/L"), ("4 mmol/L", "3.5-5.0 mmol/L"), ("40 mg", "40%"),
        ("2.5 mL", "25 mL"), ("10 mg/dL", "10 mmol/L"),
    ])
    func aDifferentAmountOrUnitIsWrong(typed: String, expected: String) {
        let verdict = checker.checkTyped(typed, accepted: [expected])
        if case .right = verdict { Issue.record("\(typed) was accepted for \(expected)") }
    }
}
