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

/// `pearls fsrs` end to end: JSON Lines in, JSON Lines out, errors with the line number.
struct FSRSCommandTests {
    @Test func printsOneLineOfStatesForEachCard() throws {
        let input = """
            {"id": "c1", "reviews": [{"rating": 3, "days": 0}, {"rating": 3, "days": 2}, {"rating": 1, "days": 9}]}

            {"id": "c2", "reviews": [{"rating": 4, "days": 0}]}
            """
        let outcome = try PearlsProcess.run(["fsrs", "--retention", "0.9"], input: input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"id": "c1", "states": [{"retrievability": null, "stability": 2.3065, "difficulty": 2.118103970459015, "interval": 2}, {"retrievability": 0.9094932559773545, "#))
        #expect(lines[1] == #"{"id": "c2", "states": [{"retrievability": null, "stability": 8.2956, "difficulty": 1.0, "interval": 8}]}"#)
    }

    @Test func aBadLineStopsWithItsNumberAfterTheGoodOnes() throws {
        let input = "{\"id\": 1, \"reviews\": []}\n{\"id\": 2, \"reviews\": [{\"rating\": 9, \"days\": 0}]}\n"
        let outcome = try PearlsProcess.run(["fsrs"], input: input)
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "{\"id\": 1, \"states\": []}\n")
        #expect(outcome.stderr == "pearls: error: standard input, line 2: rating must be 1 (Again) to 4 (Easy), not 9 (at byte 34)\n")
    }

    @Test func customParametersAreChecked() throws {
        let outcome = try PearlsProcess.run(["fsrs", "--params", "1,2,3"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--params: FSRS-6 takes 21 parameters, not 3"))
    }

    @Test func aMillionReviewsStreamWithoutHoldingThemAll() throws {
        // 20,000 cards of 10 reviews: enough to cross the reader's 1 MB blocks many times.
        let card = (0..<10).map { #"{"rating": \#($0 % 4 + 1), "days": \#($0 == 0 ? 0 : $0 * 3)}"# }.joined(separator: ", ")
        let input = (0..<20_000).map { #"{"id": \#($0), "reviews": [\#(card)]}"# }.joined(separator: "\n")
        let outcome = try PearlsProcess.run(["fsrs"], input: input)
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 20_000)
        #expect(lines.last?.hasPrefix(#"{"id": 19999, "states": "#) == true)
    }
}

/// What the user sees when the files they name cannot be used.
struct SourceErrorTests {
    @Test func aFolderWithoutDeckSourcesIsNamed() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try "not a deck".write(to: folder.appendingPathComponent("empty/notes.pdf"), atomically: true, encoding: .utf8)
        let outcome = try PearlsProcess.run(["check", "empty"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "pearls: error: empty: the folder holds no deck sources (.md, .txt, .html)\n")
    }

    @Test func anUnreadableFileIsNamed() throws {
        let folder = try PearlsProcess.temporaryFolder()
        let file = folder.appendingPathComponent("locked.md")
        try "Q: a?\nA: b".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path) }
        let outcome = try PearlsProcess.run(["check", "locked.md"], in: folder)
        // root can read any file; the check is meaningful only for ordinary users.
        if getuid() != 0 {
            #expect(outcome.status == 1)
            #expect(outcome.stderr.hasPrefix("pearls: error: "))
            #expect(outcome.stderr.contains("locked.md: cannot read"))
        } else {
            #expect(outcome.status == 0)
        }
    }

    @Test func aDeckJSONWithAWrongTypeNamesThePath() throws {
        let folder = try PearlsProcess.temporaryFolder()
        try #"{"format": "pearls-deck", "version": 1, "id": "x", "title": "X", "audience": "mixed", "language": "en", "abbreviations": {}, "topics": [], "cards": [{"id": 5}]}"#
            .write(to: folder.appendingPathComponent("d.json"), atomically: true, encoding: .utf8)
        let outcome = try PearlsProcess.run(["list", "d.json"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "pearls: error: d.json: cards[0].id: expected String\n")
    }
}
