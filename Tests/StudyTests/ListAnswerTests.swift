import PearlsCore
import Testing

@testable import Study

/// "Name any 3 of the signs": a typed list is marked item by item.
@Suite struct ListAnswerTests {
    let checker = AnswerCheck()
    let signs = ["Confusion", "Breathing very fast", "Fatigue, drowsiness", "Pain in the tummy, back, or pelvis that gets worse",
                 "High blood pressure", "Bone pain"]

    @Test(arguments: [
        "confusion, breathing very fast, drowsiness",
        "Confusion; fast breathing AND fatigue",
        "tummy pain\nconfusion\nhigh blood pressure",
        "confusoin, bone pain, high blood pressure",
    ])
    func threeDifferentItemsAreRight(typed: String) {
        #expect(checker.checkList(typed, items: signs, needed: 3) == .right(typo: nil))
    }

    @Test func oneItemNamedTwiceCountsOnce() {
        #expect(checker.checkList("fatigue, drowsiness, confusion", items: signs, needed: 3)
                == .partial(score: 2, outOf: 3, missed: [], wrong: []))
    }

    @Test func aVagueWordOrAnAddedWordNamesNothing() {
        // "pain" alone is not "bone pain", and "chest pain" adds a word the item lacks.
        #expect(checker.checkList("pain, chest pain", items: signs, needed: 2) == .wrong(chosen: []))
        #expect(checker.checkList("no confusion", items: signs, needed: 1) == .wrong(chosen: []))
    }

    @Test func aLookAlikeTermIsConfusedNotRight() {
        #expect(checker.checkList("low blood pressure", items: signs, needed: 1) == .wrong(chosen: []))
        let verdict = checker.checkList("hypotension", items: ["Hypertension", "Confusion"], needed: 1)
        #expect(verdict == .confused(typed: "hypotension", expected: "hypertension"))
    }

    @Test func onlyTheFirstPiecesOfAPastedPageAreRead() {
        let pasted = String(repeating: "fever, ", count: 100_000) + "confusion, bone pain"
        #expect(checker.checkList(pasted, items: signs, needed: 2) == .wrong(chosen: []))
    }

    @Test func anEmptyAnswerRevealsAndExamPointsCountItems() {
        #expect(checker.checkList(" , ;", items: signs, needed: 2) == .revealed)
        let card = Card(id: CardID("list-1"), type: .basic, prompt: "Name any 3 signs of sepsis.", answers: signs, needed: 3)
        let points = StudySession.examPoints(.partial(score: 2, outOf: 3, missed: [], wrong: []), card: card)
        #expect(points == (2, 3))
    }
}
