import DeckCompiler
import Foundation
import PearlsCore
import Testing

/// The whole generator on small articles written for these tests, and on random input.
@Suite struct ArticleCompilerTests {
    static let gout = """
        Advertisement
        Sign up for our newsletter to get health tips in your inbox.

        Gout

        Gout is a form of arthritis in which uric acid crystals build up in a joint. The big toe is the most
        common joint affected. Attacks often start at night because body temperature drops while people sleep.

        Common triggers include:
        - Red meat
        - Seafood
        - Alcohol
        - Sugary drinks

        About 4% of adults in the United States have gout.

        © 2025 Example Clinic. All rights reserved. Call 555-010-0199.
        """

    private func compile(_ files: [(String, String)]) throws -> (deck: Deck, result: CompileResult) {
        let result = DeckCompiler.compile(files.map { DeckSource(name: $0.0, kind: .article, bytes: Array($0.1.utf8)) },
                                          fallbackID: "gout")
        return (try #require(result.deck), result)
    }

    @Test func aSmallArticleGivesTheCardsANurseWouldWrite() throws {
        let (deck, _) = try compile([("gout.txt", Self.gout)])
        let lines = Set(deck.cards.map { "\($0.prompt) => \($0.answers.joined(separator: " | "))" })
        #expect(lines.contains("What is gout? => a form of arthritis in which uric acid crystals build up in a joint"))
        #expect(lines.contains("[...] of adults in the United States have gout. => About 4%"))
        #expect(lines.contains("What is the most common joint affected? => The big toe"))
        // The list is one card, never a cloze on one of its items.
        #expect(lines.contains("What are the common triggers of gout? Name any 3 of the 4. => Red meat | Seafood | Alcohol | Sugary drinks"))
        #expect(!lines.contains { $0.contains("[...]; Alcohol") })
        #expect(deck.title == "Gout")
        #expect(deck.cards.allSatisfy { $0.topic == "Gout" && $0.hasTag("generated") })
        let gout = try #require(deck.cards.first { $0.prompt == "What is gout?" })
        #expect(gout.source == [Provenance(file: "gout.txt", line: 6)])
    }

    /// A true statement beside another card of the same sentence says the sentence again, and anyone calls it
    /// true: it gives its place up.
    @Test func aTrueStatementBesideAQuestionOnItsSentenceIsDropped() throws {
        let page = """
            Gout

            Gout is a painful form of arthritis that affects the joints. Ice packs can be very effective in reducing
            joint swelling during an attack.

            See a doctor the same day.
            """
        let (deck, _) = try compile([("gout.txt", page)])
        let lines = deck.cards.map { "\($0.type.rawValue): \($0.prompt)" }
        #expect(lines.contains("basic: Gout: what can ice packs be very effective in reducing?"))
        #expect(!lines.contains { $0.hasPrefix("truefalse:") && $0.contains("Ice packs") }, "\(lines)")
    }

    /// A list is never typed whole into one gap: a template's gap over a list becomes a list card asked item by
    /// item (review 19).
    @Test func aListInAGapIsAskedItemByItem() throws {
        let page = """
            Gout

            It is also a good idea to try to keep cool, to rest the joint often and to drink plenty of water.

            See a doctor the same day.
            """
        let (deck, _) = try compile([("gout.txt", page)])
        let lines = deck.cards.map { "\($0.type.rawValue): \($0.prompt) => \($0.answers.joined(separator: " | "))" }
        #expect(lines.contains { $0.hasSuffix("Name all 3. => To keep cool | To rest the joint often | To drink plenty of water") }, "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("cloze:") && $0.contains("[...]") && $0.contains(", to rest") }, "\(lines)")
    }

    /// "keep [as cool as possible, to rest the joint…]": items that do not open alike are no list a reader can
    /// recall (review 20 rejected the card as garbled). Where the first item's verb stands before the gap, it
    /// moves into the gap and the items open alike.
    @Test func aListWhoseItemsDoNotOpenAlikeIsNotAskedAsItIs() throws {
        let page = """
            Gout

            It is also a good idea to keep as cool as possible, to rest the joint often and to drink plenty of water.
            """
        let (deck, _) = try compile([("gout.txt", page)])
        let lines = deck.cards.map { "\($0.type.rawValue): \($0.prompt) => \($0.answers.joined(separator: " | "))" }
        #expect(!lines.contains { $0.contains("As cool as possible | To rest") }, "\(lines)")
        #expect(lines.contains("basic: Gout: it is a good idea to [...]. Name all 3. => Keep as cool as possible | Rest the joint often | Drink plenty of water"),
                "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("cloze:") && $0.contains("[...]") && $0.contains(", to rest") }, "\(lines)")
    }

    /// "X can form when A. It can also form when B.": "When can X form?" has both answers, so one card asks for
    /// both, and "When can X also form?" is not asked on its own.
    @Test func twoConditionsOfOneStatementAreOneCard() throws {
        let page = """
            Blisters

            Blisters can form when a shoe rubs against the same patch of skin for hours. They can also form when the skin is burnt by the sun.

            See a doctor if a blister is very painful.
            """
        let (deck, _) = try compile([("blisters.txt", page)])
        let lines = deck.cards.map { "\($0.type.rawValue): \($0.prompt) => \($0.answers.joined(separator: " | "))" }
        #expect(lines.contains("basic: When can blisters form? Name both. => when a shoe rubs against the same patch of skin for hours | when the skin is burnt by the sun"), "\(lines)")
        #expect(!lines.contains { $0.contains("also form?") }, "\(lines)")
    }

    /// "It is most common in older men – for example, about 1 in 50 men over 60…": the example after the dash is a
    /// statement of its own, so its number is asked without the sentence it illustrates.
    @Test func anExampleAfterADashIsReadAsASentence() throws {
        let page = """
            Gout

            Gout can affect anyone. It is most common in older men – for example, about 1 in 50 men over 60 will get gout each year.

            See a doctor the same day if a joint is hot and swollen.
            """
        let (deck, _) = try compile([("gout.txt", page)])
        let lines = deck.cards.map { "\($0.type.rawValue): \($0.prompt) => \($0.answers.joined(separator: " | "))" }
        #expect(lines.contains("cloze: [...] men over 60 will get gout each year. => About 1 in 50"), "\(lines)")
        #expect(!lines.contains { $0.contains("for example, [...]") }, "\(lines)")
    }

    /// A number in a short list item is asked on its own, with the list's name; the list card asks for the items.
    @Test func aQuantityInAListItemIsAskedWithTheListsName() throws {
        let page = """
            Kidney stones

            Signs of an infected kidney stone include:
            - a fever over 38C
            - shivering for more than an hour
            - cloudy urine (more than three times a day)
            - pain in your side

            See a doctor the same day if you have any of these.
            """
        let (deck, _) = try compile([("stones.txt", page)])
        let lines = Set(deck.cards.map { "\($0.prompt) => \($0.answers.joined(separator: " | "))" })
        #expect(lines.contains("Signs of an infected kidney stone include a fever [...]. => over 38C"))
        #expect(lines.contains("Signs of an infected kidney stone include cloudy urine ([...] a day). => more than three times"))
        #expect(!lines.contains { $0.contains("include pain in your side") }, "an item with no number")
    }

    @Test func boilerplateNeverBecomesACard() throws {
        let (deck, result) = try compile([("gout.txt", Self.gout)])
        let text = deck.cards.map { ([$0.prompt, $0.rationale ?? ""] + $0.answers).joined(separator: " ") }.joined(separator: "\n")
        for phrase in ["newsletter", "Advertisement", "rights reserved", "555-010-0199", "inbox"] {
            #expect(!text.contains(phrase), "\(phrase) leaked")
        }
        #expect(result.generated?.report.files.first?.boilerplateBlocks == 3)
    }

    @Test func theSameFactInTwoArticlesIsOneCardCitingBoth() throws {
        let other = "Gout basics\n\nGout is a form of arthritis in which uric acid crystals build up in a joint.\n"
        let (deck, _) = try compile([("gout.txt", Self.gout), ("more/basics.txt", other)])
        let card = try #require(deck.cards.first { $0.prompt == "What is gout?" })
        #expect(card.source == [Provenance(file: "gout.txt", line: 6), Provenance(file: "more/basics.txt", line: 3)])
        #expect(deck.cards.count { $0.prompt == "What is gout?" } == 1)
    }

    /// A saved excerpt that stops mid-sentence: nothing of its unterminated last sentence reaches a card, which
    /// would ask about words that were never finished.
    @Test func anExcerptsUnfinishedSentenceGivesNoCard() throws {
        let excerpt = """
            Gout

            Gout is a form of arthritis in which uric acid crystals build up in a joint.

            Some medicines for other illnesses – like water tablets, aspirin or ciclosporin can raise the level of
            """
        let (deck, _) = try compile([("gout.txt", excerpt)])
        #expect(deck.cards.contains { $0.prompt == "What is gout?" })
        #expect(!deck.cards.contains { card in
            ([card.prompt] + card.answers + (card.options ?? [])).contains { $0.contains("aspirin") || $0.contains("water tablets") }
        })
    }

    /// A "What is X?" heading caught among an advertiser's disclosures still names the page, when the content
    /// keeps naming X: its cards carry X as their topic, not nothing.
    /// "…if you have any of these symptoms" points at a list the card does not show: they are the page's symptoms.
    @Test func theseSymptomsAreNamedAsThePagesSymptoms() throws {
        let page = """
            # Gout

            Gout is a kind of arthritis caused by crystals of uric acid.

            Symptoms of gout include:

            - sudden pain in a joint
            - a hot, swollen joint
            - red skin over the joint

            See a GP straight away if you have any of these symptoms.
            """
        let (deck, _) = try compile([("gout.txt", page)])
        let card = try #require(deck.cards.first { $0.answers == ["See a GP straight away"] }, "\(deck.cards.map(\.prompt))")
        #expect(card.prompt == "What should you do if you have any of the symptoms of gout?")
    }

    @Test func aQuestionHeadingAmongFurnitureNamesThePage() throws {
        let page = """
            We are independent and ad-supported. We may earn a commission for purchases made through our links.
            Advertiser Disclosure

            What are Kidney Stones?

            By Sam Writer
            Updated May 1, 2024

            Kidney stones are hard lumps that form from salts in the urine. Kidney stones can block the tube that drains the kidney.

            Small kidney stones often pass on their own when you drink plenty of water.
            """
        let (deck, _) = try compile([("stones.txt", page)])
        #expect(!deck.cards.isEmpty)
        #expect(deck.cards.allSatisfy { $0.topic == "Kidney Stones" }, "\(deck.cards.map(\.topic))")
    }

    /// A run-on "sentence" of thousands of bytes is not read (its cost grew with the square of its asides: 100 KB
    /// of "Gout – a pain – " took 24 s and 840 MB); the sentences around it are.
    @Test func aRunOnSentenceIsNotRead() throws {
        let page = "Gout\n\nGout is a form of arthritis in which uric acid crystals build up in a joint.\n\n"
            + String(repeating: "Gout – a pain – ", count: 400) + "is bad.\n"
        let (deck, _) = try compile([("gout.txt", page)])
        #expect(deck.cards.contains { $0.prompt == "What is gout?" })
        #expect(!deck.cards.contains { $0.prompt.contains("a pain") || ($0.rationale ?? "").contains("a pain") })
    }

    @Test func compilingTwiceGivesTheSameBytes() throws {
        let first = try compile([("gout.txt", Self.gout)]).deck.jsonText()
        let second = try compile([("gout.txt", Self.gout)]).deck.jsonText()
        #expect(first == second)
    }

    @Test func anyBytesCompileWithoutCrashOrControlCharacters() {
        var generator = SplitMix64(seed: 42)
        let pieces = ["Gout is a form of arthritis. ", "\u{1B}[2J", "<p>", "</li>", "&#27;", "- ", "1) ", ":\n", "\n\n",
                      "such as a, b, c and d. ", "(x)", "70% ", "\"", "é", "\u{202E}", "\r", "# ", "because it hurts. "]
        for round in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 60) {
                if generator.next() % 3 == 0 {
                    bytes.append(UInt8(truncatingIfNeeded: generator.next()))
                } else {
                    bytes += Array(pieces[Int(generator.next() % UInt64(pieces.count))].utf8)
                }
            }
            let name = round % 2 == 0 ? "r.txt" : "r.html"
            let first = DeckCompiler.compile([DeckSource(name: name, kind: .article, bytes: bytes)], fallbackID: "r")
            let again = DeckCompiler.compile([DeckSource(name: name, kind: .article, bytes: bytes)], fallbackID: "r")
            #expect(first.deck == again.deck)
            for card in first.deck?.cards ?? [] {
                let text = ([card.prompt, card.rationale ?? ""] + card.answers + (card.options ?? [])).joined()
                #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
            }
        }
    }

    /// Readers call "What does DVT stand for?" trivial: when the budget is tight, cards that teach a fact
    /// come first and the acronym waits.
    @Test func anAcronymCardWaitsBehindFactsWhenTheBudgetIsTight() throws {
        let page = """
            Leg clots

            Deep vein thrombosis (DVT) is a clot in a deep vein of the leg. DVT can cause leg pain and swelling. The pain
            often starts in the calf. A clot can travel to the lungs. Walking every hour lowers the risk of a clot.
            Compression stockings reduce swelling in the legs. Blood thinners stop new clots from forming. You should call
            your doctor if your leg swells.
            """
        let (deck, _) = try compile([("clots.txt", page)])
        #expect(deck.cards.count == 5)
        #expect(!deck.cards.contains { $0.prompt.contains("stand for") }, "\(deck.cards.map(\.prompt))")
    }

    /// A bracketed abbreviation or other word is an aside with a fact of its own: it takes none of its sentence's
    /// two places, which the sentence's own facts fill.
    @Test func aBracketIsAnAsideWithItsOwnPlace() throws {
        let page = """
            Leg clots

            Deep vein thrombosis (DVT) occurs when a blood clot (thrombus) forms in a deep vein, usually in the leg.
            """
        let (deck, _) = try compile([("clots.txt", page)])
        let prompts = deck.cards.map(\.prompt)
        #expect(prompts.contains("What does DVT stand for?"), "\(prompts)")
        #expect(prompts.contains("What is another word for a blood clot?"), "\(prompts)")
        #expect(prompts.contains("When does deep vein thrombosis (DVT) occur?"), "\(prompts)")
    }

    /// "Fever, chills, or the need to pass urine often if the stone causes an infection": a list item that is a
    /// list under its own condition is asked as a list of its own, with the condition in the question.
    @Test func aListItemUnderItsOwnConditionIsAListCard() throws {
        let page = """
            Kidney stones

            Kidney stones are hard lumps that form from salts in the urine. Drinking plenty of water helps to stop them
            forming.

            Symptoms of kidney stones include:

            - Pain in the side or back
            - Blood in the urine
            - Fever, chills, shaking, or the need to pass urine often if the stone causes an infection

            See a doctor straight away if the pain is very bad.
            """
        let (deck, _) = try compile([("stones.txt", page)])
        let card = try #require(deck.cards.first { $0.prompt.contains("if the stone causes an infection?") }, "\(deck.cards.map(\.prompt))")
        #expect(card.prompt == "What are the symptoms of kidney stones if the stone causes an infection? Name any 3 of the 4.")
        #expect(card.answers == ["Fever", "Chills", "Shaking", "The need to pass urine often"] && card.needed == 3)
    }

    /// "What may the pain become?" names nobody's pain: the fact is asked as a gap in its own sentence, under the
    /// page's name.
    @Test func aRelationOfAPointingSubjectIsAskedInItsSentence() throws {
        let page = """
            Shingles

            Shingles is a painful rash caused by the chickenpox virus waking up again. The pain may become sharper at
            night. Antiviral tablets work best when started within three days of the rash. The rash usually heals within
            two to four weeks. See a GP straight away if the rash is near your eye.
            """
        let (deck, _) = try compile([("shingles.txt", page)])
        let prompts = deck.cards.map(\.prompt)
        #expect(!prompts.contains { $0.contains("what may the pain become") }, "\(prompts)")
        #expect(prompts.contains("Shingles: the pain may become [...]."), "\(prompts)")
    }

    /// "A temperature of 38°C or more" asked, then its number asked again from the same clause, teaches one fact
    /// twice: while the budget is tight, another fact's card comes first.
    @Test func aClausesSecondCardDoesNotAskPartOfItsFirstsAnswer() throws {
        let page = """
            Fever in babies

            A fever in a baby is a temperature of 38°C or more. Babies with a fever should see a doctor the same day.
            Paracetamol brings a fever down in an hour. Keep your baby cool with light clothes and a fan. Offer your
            baby plenty of fluids.
            """
        let (deck, _) = try compile([("fever.txt", page)])
        let answers = deck.cards.flatMap(\.answers)
        #expect(answers.contains { $0.contains("a temperature of 38°C or more") }, "\(answers)")
        #expect(!answers.contains("38°C"), "\(answers)")
    }

    /// A section heading that gives a card's answer away ("When to call your GP" over "…what should you do?
    /// Call your GP") makes way for the page's title rather than losing the card.
    @Test func aHeadingThatGivesTheAnswerAwayMakesWayForTheTitle() throws {
        let page = """
            Chickenpox in children

            Chickenpox is a common infection that causes an itchy rash of spots.

            When to call your GP

            Call your GP if your child's spots become red and painful.
            """
        let (deck, _) = try compile([("pox.txt", page)])
        let card = try #require(deck.cards.first { $0.answers.first?.lowercased() == "call your gp" }, "\(deck.cards.map(\.prompt))")
        #expect(card.topic == "Chickenpox in children")
    }
}
