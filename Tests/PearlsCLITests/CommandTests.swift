import Foundation
import Testing

/// The binary end to end: what a user types and what they see.
struct CommandTests {
    @Test func listJSONFromAnEmptyFolderPrintsTheBuiltInDeck() throws {
        let outcome = try PearlsProcess.run(["list", "--json"])
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let cards = try #require(json["cards"] as? [[String: Any]])
        #expect(cards.count >= 80)
        let first = try #require(cards.first)
        for key in ["id", "type", "prompt", "answers", "topic", "tags", "source"] {
            #expect(first[key] != nil, "card lacks \(key)")
        }
    }

    @Test func compilingTheDefaultDeckTwiceGivesIdenticalBytesEqualToTheEmbeddedOne() throws {
        let folder = try PearlsProcess.temporaryFolder()
        let source = PearlsProcess.packageRoot.appendingPathComponent("Decks/bone-metastases").path
        for name in ["one.json", "two.json"] {
            let outcome = try PearlsProcess.run(["compile", source, "-o", name], in: folder)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stderr.hasPrefix("compiled "))
        }
        let one = try Data(contentsOf: folder.appendingPathComponent("one.json"))
        let two = try Data(contentsOf: folder.appendingPathComponent("two.json"))
        let embedded = try Data(contentsOf: PearlsProcess.packageRoot.appendingPathComponent("Sources/DefaultDeck/bone-metastases.json"))
        #expect(one == two)
        #expect(one == embedded)
    }

    @Test func checkPrintsEveryErrorAsFileLineColumnAndExitsOne() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try """
            ---
            titel: x
            ---
            Q: no answer

            Q: Pick
            - [ ] a
            - [ ] b

            Q: a?
            A: b
            ID: dup

            Q: c?
            A: d
            ID: dup

            An {{}} empty cloze.
            """.write(to: folder.appendingPathComponent("bad.md"), atomically: true, encoding: .utf8)
        let outcome = try PearlsProcess.run(["check", "bad.md"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stdout == """
            bad.md:2:1: error: unknown front-matter key 'titel'; did you mean 'title'?
            bad.md:4:1: error: 'Q:' has no answer: add an 'A:' line or '- [x]' options
            bad.md:6:1: error: no correct option: mark the right ones '- [x]'
            bad.md:14:1: error: duplicate card id 'dup' (first used at bad.md:10)
            bad.md:18:4: error: empty cloze '{{}}': put the hidden words inside

            """)
        #expect(outcome.stderr == "pearls: 5 errors\n")
    }

    @Test func checkOnAGoodDeckSaysSoAndExitsZero() throws {
        let source = PearlsProcess.packageRoot.appendingPathComponent("Decks/bone-metastases").path
        let outcome = try PearlsProcess.run(["check", source])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.hasPrefix("bone-metastases: "))
        #expect(outcome.stderr.hasSuffix(" cards, no problems\n"))
    }

    @Test func compileWritesNothingWhenThereAreErrors() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try "A: orphan".write(to: folder.appendingPathComponent("bad.md"), atomically: true, encoding: .utf8)
        let outcome = try PearlsProcess.run(["compile", "bad.md", "-o", "out.json"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("bad.md:1:1: error: 'A:' has no question"))
        #expect(outcome.stderr.hasSuffix("pearls: error: 1 error; nothing compiled\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path))
    }

    @Test func listFiltersByTypeTopicAndTag() throws {
        let sata = try PearlsProcess.run(["list", "--type", "sata", "--tag", "exam"])
        #expect(sata.status == 0)
        let rows = sata.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count >= 10)
        #expect(rows.allSatisfy { $0.contains(" sata ") })
        let topic = try PearlsProcess.run(["list", "--topic", "DIAGNOSIS"])
        #expect(topic.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains("Diagnosis") })
    }

    @Test func anUnknownTopicListsTheKnownOnes() throws {
        let outcome = try PearlsProcess.run(["list", "--topic", "cardiology"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("pearls: error: no topic matches 'cardiology'; the deck's topics are:\n"))
        #expect(outcome.stderr.contains("  Diagnosis / Imaging\n"))
    }

    @Test func usageErrorsExitWith64() throws {
        let missing = try PearlsProcess.run(["compile"])
        #expect(missing.status == 64)
        let badType = try PearlsProcess.run(["list", "--type", "essay"])
        #expect(badType.status == 64)
        #expect(badType.stderr.contains("essay"))
    }

    @Test(arguments: [
        ("nope.md", "pearls: error: nope.md: no such file or folder\n"),
        ("deck.json", "pearls: error: deck.json is not a Pearls deck (its \"format\" is not \"pearls-deck\"); compile Markdown sources with 'pearls compile'\n"),
    ])
    func badDeckArgumentsGetOneClearLine(argument: String, expected: String) throws {
        let folder = try PearlsProcess.temporaryFolder()
        try #"{"cards": []}"#.write(to: folder.appendingPathComponent("deck.json"), atomically: true, encoding: .utf8)
        let outcome = try PearlsProcess.run(["list", argument], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == expected)
    }

    @Test func deckTextCannotReachTheTerminalAsControlSequences() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try "# Evil \u{1B}]0;title\u{07}\nQ: clear \u{1B}[2J screen?\nA: \u{1B}[31mred\nID: evil\u{9B}1m"
            .write(to: folder.appendingPathComponent("evil.md"), atomically: true, encoding: .utf8)
        for arguments in [["list", "evil.md"], ["check", "evil.md"]] {
            let outcome = try PearlsProcess.run(arguments, in: folder)
            let all = outcome.stdout + outcome.stderr
            #expect(!all.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B },
                    "\(arguments): \(all.debugDescription)")
        }
    }

    @Test func versionNamesReadline() throws {
        let outcome = try PearlsProcess.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("(GNU readline "))
    }

    @Test func helpTeachesTheCommands() throws {
        let outcome = try PearlsProcess.run(["--help"])
        #expect(outcome.status == 0)
        for command in ["compile", "check", "list"] { #expect(outcome.stdout.contains(command)) }
    }
}
