@testable import DeckCompiler
import Foundation
import PearlsCore
import Testing

/// Each `Golden/NAME.deck` compiles to the cards in `NAME.cards.txt` and the problems in
/// `NAME.diagnostics.txt`. `RECORD_GOLDEN=1 swift test` rewrites the expected files and fails,
/// so a new baseline is always looked at in the diff before it is committed.
struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".deck") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test func thereAreGoldenCases() {
        #expect(Self.cases.count >= 3)
    }

    @Test(arguments: cases)
    func compilesToTheRecordedCards(name: String) throws {
        let input = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".deck"))
        let result = DeckCompiler.compile([DeckSource(name: name + ".deck", bytes: Array(input))], fallbackID: name)
        let topics = (result.deck?.topics ?? []).map { "topic · \($0.name) · \($0.prose ?? "-")" }
        let cards = ((result.deck?.cards ?? []).map(Self.line(for:)) + topics).joined(separator: "\n")
        let diagnostics = result.diagnostics.map(\.description).joined(separator: "\n")
        try Self.compare(cards, with: name + ".cards.txt")
        try Self.compare(diagnostics, with: name + ".diagnostics.txt")
    }

    /// One card on one line, every field that matters to a learner shown.
    static func line(for card: Card) -> String {
        var parts = [card.id.rawValue, card.type.rawValue, card.topic.isEmpty ? "-" : card.topic, card.prompt]
        if let point = card.point { parts.append("point: " + point) }
        if let options = card.options {
            let correct = Set(card.correct ?? [])
            parts.append(options.indices.map { (correct.contains($0) ? "[x] " : "[ ] ") + options[$0] }.joined(separator: " "))
        } else {
            parts.append("answers: " + card.answers.joined(separator: " | "))
        }
        if let note = card.note { parts.append("note: " + note) }
        if !card.tags.isEmpty { parts.append("tags: " + card.tags.joined(separator: ",")) }
        parts.append("at " + card.source.map(\.description).joined(separator: ","))
        return parts.joined(separator: " · ")
    }

    static func compare(_ actual: String, with fileName: String) throws {
        let url = folder.appendingPathComponent(fileName)
        let text = actual.isEmpty ? "" : actual + "\n"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(fileName); review the diff and run again without RECORD_GOLDEN")
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(text == expected, "\(fileName) differs; RECORD_GOLDEN=1 swift test rewrites it")
    }
}
