import Foundation
import PearlsCore
import Progress
import Testing

@testable import Study

/// A timed exam: late answers are not scored, and questions left unanswered count as wrong.
@Suite struct ExamTimingTests {
    let zone = TimeZone(identifier: "Europe/London") ?? .current
    let start = Date(timeIntervalSince1970: 1_795_249_800)

    static let deck = Deck(id: "fixture", title: "Fixture", cards: [
        Card(id: "one", type: .mcq, prompt: "One?", answers: ["x"], options: ["x", "y"], correct: [0], topic: "A",
             tags: ["exam"]),
        Card(id: "two", type: .mcq, prompt: "Two?", answers: ["x"], options: ["x", "y"], correct: [0], topic: "B",
             tags: ["exam"]),
        Card(id: "three", type: .sata, prompt: "Three?", answers: ["x", "y"], options: ["x", "y", "z"],
             correct: [0, 1], topic: "B", tags: ["exam"]),
    ])

    private func exam(limit: TimeInterval?) throws -> (StudySession, String) {
        let root = NSTemporaryDirectory() + "pearls-timing-\(UUID().uuidString)"
        let store = try ProgressStore.open(try Profile(learner: "t", root: root), now: start, deviceZone: zone)
        var configuration = StudySession.Configuration(mode: .exam)
        configuration.timeLimit = limit
        configuration.shufflesOptions = false
        var generator = SplitMix64(seed: 1)
        return (StudySession(decks: [Self.deck], store: store, configuration: configuration, at: start,
                             using: &generator), root)
    }

    @Test func anAnswerAfterTheTimeLimitIsNotScored() throws {
        var (session, root) = try exam(limit: 60)
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(session.timeLeft(at: start.addingTimeInterval(15)) == 45)
        _ = try session.answer("a", at: start.addingTimeInterval(30))
        #expect(try session.answer("a", at: start.addingTimeInterval(61)) == .timeUp)
        #expect(session.summary.answered == 1)
        #expect(session.phase == .finished)
        #expect(session.summary.timedOut)
        #expect(session.summary.unanswered.count == 2, "the late one and the one never asked")
        #expect(session.summary.possiblePoints == 4)
    }

    @Test func anExamAnswerCannotBeTakenBackAndAnsweredAgain() throws {
        var (session, root) = try exam(limit: nil)
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try session.answer("b", at: start.addingTimeInterval(10))
        let undone = try session.run(.undo, at: start.addingTimeInterval(11))
        #expect(undone == .message("an exam answer cannot be taken back"))
        #expect(session.summary.answered == 1)
        #expect(session.phase != .question("three"), "the question is not asked again")
    }

    @Test func questionsLeftUnansweredCountAsWrong() throws {
        var (session, root) = try exam(limit: nil)
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try session.answer("a", at: start.addingTimeInterval(10))
        _ = try session.run(.quit, at: start.addingTimeInterval(20))
        #expect(session.summary.possiblePoints == 4, "1 + 1 + 2 points were drawn")
        #expect(session.summary.unanswered.count == 2)
        session.end(at: start.addingTimeInterval(30))
        #expect(session.summary.possiblePoints == 4, "ending twice counts nothing twice")
    }
}

/// `--confidence`: how sure the learner is, asked before the answer is shown.
@Suite struct ConfidenceSessionTests {
    let zone = TimeZone(identifier: "Europe/London") ?? .current
    let start = Date(timeIntervalSince1970: 1_795_249_800)

    @Test func theAnswerWaitsForTheConfidenceAndSureButWrongIsKept() throws {
        let root = NSTemporaryDirectory() + "pearls-confidence-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try ProgressStore.open(try Profile(learner: "t", root: root), now: start, deviceZone: zone)
        var configuration = StudySession.Configuration(mode: .exam)
        configuration.asksConfidence = true
        configuration.shufflesOptions = false
        var generator = SplitMix64(seed: 1)
        var session = StudySession(decks: [ExamTimingTests.deck], store: store, configuration: configuration,
                                   at: start, using: &generator)
        let first = try #require(session.currentCard)
        let wrong = try #require(first.options?.indices.first { !(first.correct ?? []).contains($0) })
        let letter = Card.optionLetter(wrong)
        _ = try session.answer(letter, at: start)
        #expect(session.phase == .confidence(first.id))
        #expect(session.summary.answered == 0, "nothing is scored before the confidence")
        _ = try session.run(.undo, at: start)
        #expect(session.phase == .question(first.id))
        _ = try session.answer(letter, at: start)
        try session.state(confidence: .sure, at: start)
        #expect(session.summary.answered == 1)
        #expect(session.summary.sureButWrong.map(\.card) == [first.id])
        _ = try session.answer("", at: start)
        #expect(session.phase != .confidence(first.id), "a revealed answer asks no confidence")
        let journal = try String(contentsOfFile: store.profile.journalPath, encoding: .utf8)
        #expect(journal.contains(#""answer":""# + letter + #"","ms":0,"mode":"exam","counts":false,"params":1,"confidence":"sure"}"#))
    }
}
