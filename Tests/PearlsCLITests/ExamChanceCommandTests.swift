import Foundation
import Testing

/// Exams through the binary cannot be passed without reading: one letter typed for every question scores
/// what chance gives once the options are shuffled.
struct ExamChanceCommandTests {
    /// The exact expected percentage of typing "a" for every exam item of the built-in deck when the
    /// options are shown in a uniformly random order: 1/n for a single choice, k/n for a select-all
    /// item (one option chosen: +1 if right, else nothing), out of 1 or k points.
    private static func expectedPercentForA() throws -> Double {
        let url = PearlsProcess.packageRoot.appendingPathComponent("Sources/DefaultDeck/bone-metastases.json")
        let deck = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let cards = try #require(deck["cards"] as? [[String: Any]])
        var expected = 0.0, possible = 0.0
        for card in cards where (card["tags"] as? [String] ?? []).contains("exam") {
            guard let type = card["type"] as? String, type == "mcq" || type == "sata",
                  let options = (card["options"] as? [Any])?.count, let correct = (card["correct"] as? [Any])?.count
            else { continue }
            expected += Double(correct) / Double(options)
            possible += type == "sata" ? Double(correct) : 1
        }
        return expected / possible * 100
    }

    /// The score of one scripted exam of every exam item, answering "a" throughout.
    private static func percent(seed: Int) throws -> Double {
        // In memory where the system offers it: the answers are fsync'd, and the disk is shared with the crash test.
        let memory = URL(fileURLWithPath: "/dev/shm/pearls-exam-\(UUID().uuidString)")
        let home = FileManager.default.isWritableFile(atPath: "/dev/shm") ? memory : try PearlsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let outcome = try PearlsProcess.run(["study", "--mode", "exam", "--count", "1000", "--seed", String(seed)],
                                            input: String(repeating: "a\n", count: 40), environment: [
                                                "PEARLS_HOME": home.path, "PEARLS_NOW": "2026-11-21T09:30:00+01:00"])
        let line = try #require(outcome.stdout.split(separator: "\n").first { $0.hasPrefix("Exam over: ") })
        let figures = line.dropFirst("Exam over: ".count).prefix { $0 != " " }.split(separator: "/")
        let points = try #require(Double(String(figures[0]))), possible = try #require(Double(String(figures[1])))
        return points / possible * 100
    }

    /// One run at a time: many at once would starve the crash test's timed child process.
    @Test func typingAForEveryQuestionScoresWhatChanceGives() throws {
        let expected = try Self.expectedPercentForA()
        let percents = try (1...40).map { try Self.percent(seed: $0) }
        let mean = percents.reduce(0, +) / Double(percents.count)
        #expect(abs(mean - expected) <= 5, "mean \(mean)% over 40 seeded runs; chance gives \(expected)%")
        print("exam pattern a through the binary: mean \(mean)% over 40 seeded runs; uniform shuffling gives \(expected)%")
    }
}
