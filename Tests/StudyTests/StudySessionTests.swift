import Foundation
import PearlsCore
import Progress
import Testing

@testable import Study

@Suite struct StudySessionTests {
    let zone = TimeZone(identifier: "Europe/London") ?? .current
    let start = Date(timeIntervalSince1970: 1_795_249_800)  // 2026-11-21 08:30 in London

    static let deck = Deck(
        id: "fixture", title: "Fixture", abbreviations: ["MRI": "magnetic resonance imaging"],
        cards: [
            Card(id: "basic", type: .basic, prompt: "Best test for spinal cord compression?", answers: ["MRI"],
                 topic: "Imaging", tags: ["exam"], note: "n1", source: [Provenance(file: "deck.md", line: 3)]),
            Card(id: "mcq", type: .mcq, prompt: "Which drug?", answers: ["Denosumab"],
                 options: ["Aspirin", "Denosumab", "Insulin"], correct: [1], topic: "Drugs", tags: ["exam"]),
            Card(id: "sata", type: .sata, prompt: "Which spread to bone?", answers: ["Breast", "Prostate", "Lung"],
                 options: ["Breast", "Prostate", "Lung", "Skin", "Brain"], correct: [0, 1, 2], topic: "Spread",
                 tags: ["exam"]),
            Card(id: "tf", type: .truefalse, prompt: "Pain is common.", answers: ["True"], options: ["True", "False"],
                 correct: [0], topic: "Symptoms", tags: ["exam"]),
            Card(id: "teach", type: .teach, prompt: "What will you do if your back pain gets worse?",
                 answers: ["call"], topic: "Symptoms", tags: ["patient"], point: "Call at once about new back pain."),
        ])

    private func open() throws -> (ProgressStore, String) {
        let root = NSTemporaryDirectory() + "pearls-study-\(UUID().uuidString)"
        let store = try ProgressStore.open(try Profile(learner: "t", root: root), now: start, deviceZone: zone)
        return (store, root)
    }

    private func session(_ store: ProgressStore, _ mode: StudyMode = .review, at now: Date? = nil) -> StudySession {
        var generator = SplitMix64(seed: 42)
        var configuration = StudySession.Configuration(mode: mode)
        configuration.shufflesOptions = false  // these tests answer by the deck's letters; OptionOrderTests shuffle
        return StudySession(decks: [Self.deck], store: store, configuration: configuration, at: now ?? start,
                            using: &generator)
    }

    @Test func reviewAsksNewCardsInDeckOrderAndRecordsEachGrade() throws {
        let (store, root) = try open()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var session = session(store)
        #expect(session.phase == .question("basic"))
        #expect(session.remaining.new == 3)  // the teach card is not reviewed; basic is shown

        let marked = try session.answer("magnetic resonance imaging", at: start.addingTimeInterval(30))
        #expect(marked == .marked(.init(card: "basic", typed: "magnetic resonance imaging", verdict: .right(typo: nil),
                                        proposed: .good, responseMilliseconds: 30_000)))
        #expect(session.gradePreview(at: start.addingTimeInterval(30)) == "Again 1m · Hard 6m · Good 10m · Easy 8d")
        try session.grade(nil, at: start.addingTimeInterval(31))
        #expect(session.phase == .question("mcq"))

        let journal = try String(contentsOfFile: store.profile.journalPath, encoding: .utf8)
        #expect(journal.contains(#""kind":"review","time":"2026-11-21T08:30:31.000+00:00","card":"basic","deck":"fixture","rating":3,"answer":"magnetic resonance imaging","ms":30000,"mode":"review","counts":true"#))
        #expect(store.state["basic"].phase == .learning)

        // Choice input that names no option is asked again, with the reason.
        #expect(try session.answer("ab", at: start.addingTimeInterval(40)) == .retry("answer with one letter (a–c) or the option's text"))
        _ = try session.answer("b", at: start.addingTimeInterval(41))
        try session.grade(.easy, at: start.addingTimeInterval(42))
        _ = try session.answer("a b e", at: start.addingTimeInterval(50))
        #expect(session.marking?.verdict == .partial(score: 1, outOf: 3, missed: [2], wrong: [4]))
        #expect(session.marking?.proposed == .hard)
        try session.grade(nil, at: start.addingTimeInterval(51))
        _ = try session.answer("", at: start.addingTimeInterval(60))
        #expect(session.marking?.verdict == .revealed)
        try session.grade(nil, at: start.addingTimeInterval(61))

        // Nothing new is left, so learning cards come back early (within the learn-ahead limit), the one
        // due soonest first, except the card just answered while another waits: the true/false item, failed
        // a moment ago, comes after the partly right select-all item.
        #expect(session.phase == .question("sata"))
        _ = try session.answer("a b c", at: start.addingTimeInterval(62))
        try session.grade(.good, at: start.addingTimeInterval(63))
        #expect(session.phase == .question("tf"))
        _ = try session.answer("t", at: start.addingTimeInterval(64))
        #expect(session.marking?.proposed == .easy)  // right in a second
        try session.grade(nil, at: start.addingTimeInterval(65))
        #expect(session.summary.answered == 6)
        #expect(session.summary.grades == [.good: 2, .easy: 2, .hard: 1, .again: 1])
    }

    @Test func examDrawsChoiceItemsScoresThemAndLeavesTheScheduleAlone() throws {
        let (store, root) = try open()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var session = session(store, .exam)
        var asked: [CardID] = []
        while case .question(let id) = session.phase {
            asked.append(id)
            let answer = ["mcq": "b", "sata": "a b d", "tf": "false"][id.rawValue] ?? ""
            _ = try session.answer(answer, at: start)
        }
        #expect(Set(asked) == ["mcq", "sata"], "exams draw multiple-choice and select-all items")
        #expect(session.summary.points == 1 + 1)
        #expect(session.summary.possiblePoints == 1 + 3)
        #expect(session.summary.misses.map(\.card) == ["sata"])
        #expect(session.summary.topics["Spread"] == .init(points: 1, possible: 3))
        #expect(store.state.cards.isEmpty, "exam answers must not move the schedule")
        let journal = try String(contentsOfFile: store.profile.journalPath, encoding: .utf8)
        #expect(journal.components(separatedBy: #""mode":"exam","counts":false"#).count == 3)
    }

    @Test func anExamStopsAskingWhenTheTimeIsUp() throws {
        let (store, root) = try open()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var configuration = StudySession.Configuration(mode: .exam)
        configuration.timeLimit = 60
        var generator = SplitMix64(seed: 42)
        var session = StudySession(decks: [Self.deck], store: store, configuration: configuration, at: start,
                                   using: &generator)
        // An answer after the limit is not scored (issue 17); every question drawn then counts as wrong.
        #expect(try session.answer("b", at: start.addingTimeInterval(61)) == .timeUp)
        #expect(session.phase == .finished)
        #expect(session.summary.answered == 0)
        #expect(session.summary.unanswered.count == 2)
        #expect(session.summary.timedOut)
    }

    @Test func undoTakesBackTheLastAnswerAndAsksTheCardAgain() throws {
        let (store, root) = try open()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var session = session(store)
        _ = try session.answer("MRI", at: start)
        try session.grade(.easy, at: start)
        #expect(store.state["basic"].phase == .review)
        #expect(try session.run(.undo, at: start) == .message("took back the answer to basic"))
        #expect(session.phase == .question("basic"))
        #expect(store.state["basic"].phase == .new)
        #expect(session.summary.answered == 0)
        let journal = try String(contentsOfFile: store.profile.journalPath, encoding: .utf8)
        #expect(journal.contains(#""kind":"undo""#))
    }

    @Test func suspendAndBuryRecordAndMoveOn() throws {
        let (store, root) = try open()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var session = session(store)
        #expect(try session.run(.suspend, at: start) == .message("suspended basic"))
        #expect(session.phase == .question("mcq"))
        #expect(store.state["basic"].isSuspended)
        #expect(try session.run(.source, at: start) == .message("mcq from an unknown source"))
        _ = try session.run(.bury, at: start)
        #expect(store.state["mcq"].buriedUntilDay != nil)
        // A new session the same day shows neither.
        let again = self.session(store)
        #expect(again.phase == .question("sata"))
    }

    @Test func teachRecordsMarksAndListsPointsToRevisit() throws {
        let (store, root) = try open()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var session = session(store, .teach)
        #expect(session.phase == .teaching("teach"))
        try session.mark(understood: false, at: start)
        #expect(session.phase == .finished)
        #expect(session.summary.needsReview == ["teach"])
        #expect(store.state.teachMarks["teach"] == false)
    }
}
