import Foundation
import PearlsCore

@testable import Progress

/// Random but valid journal events, for round trips and merge properties.
enum RandomJournal {
    static let start: Int64 = 1_763_000_000_000

    static func event(using generator: inout SplitMix64) -> JournalEvent {
        let time = Timestamp(milliseconds: start + Int64.random(in: 0...90 * 86_400_000, using: &generator),
                             offsetMinutes: [0, 60, -300, 330].randomElement(using: &generator) ?? 0)
        let id = "\(time.milliseconds)-\(String(generator.next() % 0xFFFF, radix: 16))"
        let card = CardID("card-\(Int.random(in: 0..<20, using: &generator))")
        let kinds: [JournalEvent.Kind] = [.review, .review, .review, .review, .suspend, .unsuspend, .bury, .flag, .teach]
        switch kinds.randomElement(using: &generator) ?? .review {
        case .review:
            let answers = ["", "MRI", "zoledronic acid", "naïve \"quoted\" \\ answer", "line\nbreak", "tab\there", "\u{1}"]
            return .review(
                id: id, time: time, card: card, deck: "deck", rating: Rating.allCases.randomElement(using: &generator) ?? .good,
                answer: answers.randomElement(using: &generator) ?? "", responseMilliseconds: Int.random(in: 0...60_000, using: &generator),
                mode: JournalEvent.Mode.allCases.randomElement(using: &generator) ?? .review,
                counts: Bool.random(using: &generator) || true)
        case .teach:
            var event = JournalEvent(id: id, kind: .teach, time: time, card: card)
            event.understood = Bool.random(using: &generator)
            return event
        case let kind:
            return JournalEvent(id: id, kind: kind, time: time, card: card)
        }
    }

    /// A journal's events with unique ids, in time order.
    static func events(_ count: Int, using generator: inout SplitMix64) -> [JournalEvent] {
        var seen = Set<String>()
        var events: [JournalEvent] = []
        while events.count < count {
            let event = event(using: &generator)
            if seen.insert(event.id).inserted { events.append(event) }
        }
        return events.sorted { $0.time < $1.time }
    }
}

/// A temporary folder, removed when the test's value goes away.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "pearls-progress-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func profile(_ learner: String = "default") throws -> Profile {
        try Profile(learner: learner, root: path)
    }
}
