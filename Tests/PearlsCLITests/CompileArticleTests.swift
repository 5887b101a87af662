import Foundation
import Testing

/// `pearls compile` on an article, end to end: the report, the explanation, and review choices that last.
struct CompileArticleTests {
    static let article = """
        Subscribe to our newsletter for weekly tips.

        Shingles

        Shingles is a painful rash caused by the same virus that causes chickenpox. The rash often appears as a
        band on one side of the body because the virus lives in a single nerve.

        About 1 in 3 people will get shingles in their lifetime.
        """

    @Test func reportAndExplainSayWhatWasMadeAndWhy() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try Self.article.write(to: folder.appendingPathComponent("shingles.txt"), atomically: true, encoding: .utf8)
        let outcome = try PearlsProcess.run(["compile", "shingles.txt", "-o", "deck.json", "--report", "--explain"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("shingles.txt (text): 4 blocks, 1 boilerplate"))
        #expect(outcome.stdout.contains("shingles.txt:5  copula-definition  score "))
        #expect(outcome.stdout.contains("  Q: What is shingles?\n  A: a painful rash caused by the same virus that causes chickenpox"))
        #expect(outcome.stdout.contains("Q: [...] people will get shingles in their lifetime.\n  A: About 1 in 3"))
        #expect(!outcome.stdout.contains("newsletter for weekly"))
        #expect(outcome.stderr.hasPrefix("compiled "))
    }

    @Test func reviewChoicesAreRememberedWhenCompilingAgain() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try Self.article.write(to: folder.appendingPathComponent("shingles.txt"), atomically: true, encoding: .utf8)
        let before = try PearlsProcess.run(["compile", "shingles.txt", "-o", "deck.json"], in: folder)
        #expect(before.status == 0)
        func prompts() throws -> [String] {
            let data = try Data(contentsOf: folder.appendingPathComponent("deck.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return try #require(json["cards"] as? [[String: Any]]).compactMap { $0["prompt"] as? String }
        }
        let first = try #require(try prompts().first)
        // Reject the first card, edit the second, then stop.
        let review = try PearlsProcess.run(["compile", "shingles.txt", "-o", "deck.json", "--review"], in: folder,
                                           input: "r\ne\nWhich virus causes shingles?\nvaricella-zoster\nq\n")
        #expect(review.status == 0, "\(review.stderr)")
        let again = try PearlsProcess.run(["compile", "shingles.txt", "-o", "deck.json"], in: folder)
        #expect(again.status == 0)
        let after = try prompts()
        #expect(!after.contains(first))
        #expect(after.first == "Which virus causes shingles?")
        let reviewedAgain = try PearlsProcess.run(["compile", "shingles.txt", "-o", "deck.json", "--review"], in: folder,
                                                  input: "q\n")
        #expect(reviewedAgain.stdout.contains("(2 decided before)"))
    }

    @Test func previousKeepsTheIDsOfRewordedCards() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try Self.article.write(to: folder.appendingPathComponent("shingles.txt"), atomically: true, encoding: .utf8)
        #expect(try PearlsProcess.run(["compile", "shingles.txt", "-o", "old.json"], in: folder).status == 0)
        // Make old.json look like the output of an earlier generator: other wording, so other ids.
        let oldURL = folder.appendingPathComponent("old.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: oldURL)) as? [String: Any])
        var cards = try #require(json["cards"] as? [[String: Any]])
        for index in cards.indices {
            cards[index]["id"] = "earlier-\(index)"
            cards[index]["prompt"] = "An earlier wording, number \(index)?"
        }
        json["cards"] = cards
        try JSONSerialization.data(withJSONObject: json).write(to: oldURL)
        let outcome = try PearlsProcess.run(["compile", "shingles.txt", "-o", "new.json", "--previous", "old.json"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("kept the ids of \(cards.count) generated cards of old.json"))
        let new = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("new.json")))
            as? [String: Any])
        let ids = try #require(new["cards"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids == cards.indices.map { "earlier-\($0)" })
    }

    @Test func anArticleWithNothingToAskWritesNothingAndExitsOne() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try "Hello.\n".write(to: folder.appendingPathComponent("empty.txt"), atomically: true, encoding: .utf8)
        let outcome = try PearlsProcess.run(["compile", "empty.txt", "-o", "deck.json"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("empty.txt:1:1: warning: no cards could be made from this article"))
        #expect(outcome.stderr.contains("pearls: error: the sources hold no cards, and none could be generated; nothing written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("deck.json").path))
    }

    @Test func aStrayReviewFileIsNamedAndLeftAlone() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try Self.article.write(to: folder.appendingPathComponent("shingles.txt"), atomically: true, encoding: .utf8)
        try "{\"x\": 1}".write(to: folder.appendingPathComponent("deck.json.review.json"), atomically: true, encoding: .utf8)
        let outcome = try PearlsProcess.run(["compile", "shingles.txt", "-o", "deck.json"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("deck.json.review.json: cannot read the saved review choices: it is not a pearls review-choices file"))
        #expect(try String(contentsOf: folder.appendingPathComponent("deck.json.review.json"), encoding: .utf8) == "{\"x\": 1}")
    }
}
