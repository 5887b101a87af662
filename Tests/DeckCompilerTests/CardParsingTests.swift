@testable import DeckCompiler
import PearlsCore
import Testing

struct CardParsingTests {
    @Test func basicCardWithAlternativesAndEveryField() throws {
        let deck = try compiledDeck("""
            # Treatment
            Q: Which antibody slows bone breakdown?
            A: denosumab | Xgeva
            Why: It blocks the signal that drives bone loss.
            Source: Overview article
            Tags: exam, drugs
            ID: tx-1
            Note: antiresorptives
            """)
        #expect(deck.cards == [
            Card(id: "tx-1", type: .basic, prompt: "Which antibody slows bone breakdown?",
                 answers: ["denosumab", "Xgeva"], rationale: "It blocks the signal that drives bone loss.",
                 topic: "Treatment", tags: ["exam", "drugs"], note: "antiresorptives",
                 citation: "Overview article", source: [Provenance(file: "t.md", line: 2)]),
        ])
    }

    @Test func clozeMakesOneCardPerHiddenPartAndTheyAreSiblings() throws {
        let deck = try compiledDeck("""
            Metastases favour the {{spine}} and the
            {{pelvis|hips}}.
            ID: bones
            """)
        #expect(deck.cards.map(\.id) == ["bones.c1", "bones.c2"])
        #expect(deck.cards.map(\.type) == [.cloze, .cloze])
        #expect(deck.cards.map(\.prompt) == [
            "Metastases favour the [...] and the pelvis.", "Metastases favour the spine and the [...].",
        ])
        #expect(deck.cards.map(\.answers) == [["spine"], ["pelvis", "hips"]])
        #expect(deck.cards.map(\.note) == ["bones", "bones"])
    }

    @Test func oneCorrectOptionIsMultipleChoiceAndSeveralAreSelectAll() throws {
        let deck = try compiledDeck("""
            Q: Best test for detail?
            - [ ] X-ray
            - [x] MRI

            Q: Which cancers spread to bone?
            * [X] Breast
            * [ ] Skin
            + [x] Prostate
            """)
        #expect(deck.cards.map(\.type) == [.mcq, .sata])
        #expect(deck.cards[0].options == ["X-ray", "MRI"])
        #expect(deck.cards[0].correct == [1])
        #expect(deck.cards[0].answers == ["MRI"])
        #expect(deck.cards[1].correct == [0, 2])
        #expect(deck.cards[1].answers == ["Breast", "Prostate"])
    }

    @Test(arguments: [("true", 0, "True"), ("False", 1, "False")])
    func trueFalseIsAChoiceBetweenTrueAndFalse(answer: String, index: Int, text: String) throws {
        let deck = try compiledDeck("TF: The spine is the most common site.\nA: \(answer)")
        let card = try #require(deck.cards.first)
        #expect(card.type == .truefalse)
        #expect(card.prompt == "The spine is the most common site.")
        #expect(card.options == ["True", "False"])
        #expect(card.correct == [index])
        #expect(card.answers == [text])
    }

    @Test func teachItemPairsThePointWithItsQuestion() throws {
        let deck = try compiledDeck("""
            ## Teaching
            Teach: The cancer in your bones started somewhere else.

            Q: What does it mean that the cancer spread?
            A: it moved from elsewhere
            Tags: patient
            """)
        let card = try #require(deck.cards.first)
        #expect(deck.cards.count == 1)
        #expect(card.type == .teach)
        #expect(card.point == "The cancer in your bones started somewhere else.")
        #expect(card.prompt == "What does it mean that the cancer spread?")
        #expect(card.answers == ["it moved from elsewhere"])
        #expect(card.topic == "Teaching")
    }

    @Test func headingsNestIntoTopicPathsAndProseIsKept() throws {
        let deck = try compiledDeck("""
            # Symptoms
            Pain is common.
            It is often worse at night.

            ## Calcium
            Q: High calcium is called?
            A: hypercalcemia

            More prose after the card.

            # Diagnosis ##
            Q: First test?
            A: X-ray
            """)
        #expect(deck.cards.map(\.topic) == ["Symptoms / Calcium", "Diagnosis"])
        #expect(deck.topics == [
            Topic(name: "Symptoms", prose: "Pain is common. It is often worse at night."),
            Topic(name: "Symptoms / Calcium", prose: "More prose after the card."),
            Topic(name: "Diagnosis"),
        ])
    }

    @Test func wrappedLinesContinueTheFieldAbove() throws {
        let deck = try compiledDeck("""
            Q: Which bones are most
               often affected?
            A: the spine
            Why: Central bones have the
            richest blood supply.
            """)
        #expect(deck.cards.first?.prompt == "Which bones are most often affected?")
        #expect(deck.cards.first?.rationale == "Central bones have the richest blood supply.")
    }

    @Test func frontMatterSetsTheDeckMetadata() throws {
        let deck = try compiledDeck("""
            ---
            title: Bone health
            id: bone-health
            audience: patient
            language: en-GB
            abbreviations: MRI = magnetic resonance imaging; CT = computed tomography
            ---
            Q: a?
            A: b
            """)
        #expect(deck.id == "bone-health")
        #expect(deck.title == "Bone health")
        #expect(deck.audience == .patient)
        #expect(deck.language == "en-GB")
        #expect(deck.abbreviations == ["MRI": "magnetic resonance imaging", "CT": "computed tomography"])
    }

    @Test func withoutFrontMatterTheTitleIsTheFirstHeadingAndTheIDTheFileName() {
        let result = DeckCompiler.compile([DeckSource(name: "My Notes.md", text: "# Cardiac drugs\nQ: a?\nA: b")],
                                          fallbackID: "My Notes")
        #expect(result.deck?.title == "Cardiac drugs")
        #expect(result.deck?.id == "my-notes")
        #expect(result.deck?.audience == .mixed)
    }

    @Test func linesInsideCodeFencesAreNotCards() throws {
        let deck = try compiledDeck("""
            ```
            Q: written as an example
            ```
            Q: real?
            A: yes
            """)
        #expect(deck.cards.map(\.prompt) == ["real?"])
    }

    @Test func sourcesAcrossFilesMakeOneDeckWithProvenance() throws {
        let result = DeckCompiler.compile([
            DeckSource(name: "d/a.md", text: "---\nid: two\n---\nQ: one?\nA: 1"),
            DeckSource(name: "d/b.md", text: "# B\n\nQ: two?\nA: 2"),
        ], fallbackID: "d")
        let deck = try #require(result.deck)
        #expect(deck.id == "two")
        #expect(deck.cards.flatMap(\.source) == [Provenance(file: "d/a.md", line: 4),
                                                  Provenance(file: "d/b.md", line: 3)])
    }
}
