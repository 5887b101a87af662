@testable import DeckCompiler
import PearlsCore
import Testing

/// Stage 4: each rule on sentences of its own kind (written for these tests, about several conditions).
@Suite struct ArticleRuleTests {
    private func context(_ text: String, previous: String? = nil, siblings: SiblingTerms = SiblingTerms()) -> RuleContext {
        RuleContext(sentence: Sentence(text), previous: previous.map(Sentence.init),
                    block: ArticleBlock(kind: .paragraph, text: text, line: 7, topic: "Topic"), file: "f.txt", siblings: siblings)
    }

    private func cards(_ candidates: [Candidate]) -> [String] {
        candidates.map { "\($0.card.type.rawValue): \($0.card.prompt) => \($0.card.answers.joined(separator: " | "))" }
    }

    @Test func definitionsMakeABasicAndAClozeCard() {
        #expect(cards(DefinitionRule.candidates(context("Anemia is a condition in which the blood lacks healthy red cells."))) == [
            "basic: What is anemia? => a condition in which the blood lacks healthy red cells",
            "cloze: [...] is a condition in which the blood lacks healthy red cells. => Anemia",
        ])
    }

    /// "Clots often form in a deep vein of the leg. This place is called…": the name is also asked for what it
    /// means, the place and what happens there.
    @Test func aNamedPlaceIsAskedForWhatItMeans() {
        #expect(cards(DefinitionRule.candidates(context("This site is called the focus.", previous: "Gout often starts in the joint of the big toe."))) == [
            "cloze: Gout often starts in the joint of the big toe. This site is called the [...]. => focus",
            "basic: What is the focus? => the joint of the big toe where gout often starts",
        ])
        // "a certain joint where…" is one joint.
        #expect(cards(DefinitionRule.candidates(context("This site is called the focus.", previous: "Gout often starts in a certain joint of the foot."))).last
            == "basic: What is the focus? => the joint of the foot where gout often starts")
        // Not for a sound, nor after a sentence that names no place at its end.
        #expect(cards(DefinitionRule.candidates(context("This sound is called a wheeze.", previous: "Air whistles through narrow airways."))).count == 1)
        #expect(cards(DefinitionRule.candidates(context("This area is called the focus.", previous: "Gout starts suddenly, often at night."))).count == 1)
    }

    @Test func namingTakesTheSentenceBeforeForContext() {
        #expect(cards(DefinitionRule.candidates(context("This sound is called a wheeze.", previous: "Air whistles through narrow airways."))) == [
            "cloze: Air whistles through narrow airways. This sound is called a [...]. => wheeze",
        ])
        // The sentence before stands alone too: its opening "But" dangles.
        #expect(cards(DefinitionRule.candidates(context("This sound is called a wheeze.", previous: "But air whistles through narrow airways."))) == [
            "cloze: Air whistles through narrow airways. This sound is called a [...]. => wheeze",
        ])
    }

    /// A route is the way taken, not what happens next: "travel through the gut and settle in the liver"
    /// coordinates two verb phrases, and a gap over both hides no route.
    @Test func aRouteStopsAtASecondVerbPhrase() {
        #expect(cards(RouteRule.candidates(context("Worm eggs can travel through the gut and settle in the liver."))).isEmpty)
        #expect(cards(RouteRule.candidates(context("Germs can travel through the blood or the lymph."))) == [
            "cloze: Germs can travel through [...]. => the blood or the lymph",
        ])
    }

    /// Trivia and answers true of every illness are refused (review 19): an everyday abbreviation's expansion,
    /// "quality of life".
    @Test func everydayAbbreviationsAndQualityOfLifeAreNotAsked() {
        #expect(cards(DefinitionRule.candidates(context("A magnetic resonance imaging (MRI) scan shows the spine."))).isEmpty)
        #expect(cards(DefinitionRule.candidates(context("A deep vein thrombosis (DVT) is a clot in a vein."))).contains {
            $0 == "basic: What does DVT stand for? => deep vein thrombosis"
        })
        let card = Card(id: CardID("x"), type: .basic, prompt: "What can gout limit?", answers: ["the quality of life and sleep"],
                        tags: ["generated", "verb-relation"])
        #expect(QualityFilter.flaw(of: card) == .vagueAnswer)
    }

    /// A true statement gives way to a card of the same sentence even when an older sentence rule made that card
    /// under another key: "What is the main treatment…?" beside "The main treatment … is …" (True) answers it.
    @Test func aTrueStatementGivesWayToAnotherRulesCardOnItsSentence() {
        let sentence = "The main treatment for gout attacks is an anti-inflammatory medicine."
        func candidate(_ type: CardType, _ prompt: String, _ answers: [String], options: [String]? = nil, correct: [Int]? = nil,
                       rule: Candidate.Rule, key: String) -> Candidate {
            var made = Candidate(card: Card(id: CardID(""), type: type, prompt: prompt, answers: answers, options: options, correct: correct,
                                            rationale: sentence, topic: "Gout", tags: ["generated"]),
                                 rule: rule, sentence: sentence, confidence: 0.7)
            made.clauseKey = key
            return made
        }
        let choice = candidate(.mcq, "What is the main treatment for gout attacks?", ["An anti-inflammatory medicine"],
                               options: ["An anti-inflammatory medicine", "Surgery"], correct: [0], rule: .superlative, key: sentence)
        let statement = candidate(.truefalse, "Gout: the main treatment for gout attacks is an anti-inflammatory medicine.", ["True"],
                                  options: ["True", "False"], correct: [0], rule: .property, key: sentence + "#0")
        let kept = CardRanker.rank([choice, statement], wordsByFile: ["f.txt": 300], salientWords: []).kept
        #expect(kept.map(\.card.type) == [.mcq])
    }

    /// A list the filter meets in a gap is refused: "a, b and c", not two items, nor a list inside brackets.
    @Test func aListInAGapIsRefused() {
        #expect(QualityFilter.isList("pain, swelling and redness") && QualityFilter.isList("a, b, c"))
        #expect(!QualityFilter.isList("the blood or the lymph") && !QualityFilter.isList("the lungs, where it lodges"))
        #expect(!QualityFilter.isList("a rash (red, raised and itchy)"), "inside brackets")
        let gap = Card(id: CardID("x"), type: .cloze, prompt: "Gout can cause [...] in a joint.", answers: ["pain, swelling and redness"],
                       tags: ["generated", "verb-relation"])
        #expect(QualityFilter.flaw(of: gap) != nil)
    }

    @Test func termsInParenthesesAndAbbreviations() {
        // In mid-sentence a bracketed word glosses the word before it, which would give it away: no cloze.
        #expect(cards(DefinitionRule.candidates(context("Some bone is broken down (osteolytic) and a positron emission tomography (PET) scan shows it."))) == [
            "basic: What does PET stand for? => positron emission tomography",
        ])
        // Closing the sentence, it names what the sentence describes.
        #expect(cards(DefinitionRule.candidates(context("In some people the bone is broken down (osteolytic)."))) == [
            "cloze: In some people the bone is broken down ([...]). => osteolytic",
        ])
    }

    /// A noun in brackets closing its sentence names the event its clause tells: the term is also asked for what
    /// happens, from the clause's subordinator on. An adjective names no event, and a leading adverbial is no part of it.
    @Test func aNounInClosingBracketsIsAskedForTheEventItNames() {
        #expect(cards(DefinitionRule.candidates(context("A sprain can be painful because the band of tissue that holds a joint can tear, causing swelling (ligament tear).")))
            .contains("basic: What is ligament tear? => the band of tissue that holds a joint can tear, causing swelling"))
        #expect(cards(DefinitionRule.candidates(context("Gout attacks happen when crystals form and collect in a joint (crystal arthritis).")))
            .contains("basic: What is crystal arthritis? => when crystals form and collect in a joint"))
        #expect(!cards(DefinitionRule.candidates(context("In some people, the bone is broken down slowly (a fracture).")))
            .contains { $0.hasPrefix("basic:") }, "a leading adverbial")
    }

    @Test func bestMethodBecomesMultipleChoiceWithSiblingTests() throws {
        var siblings = SiblingTerms()
        for term in ["X-ray", "CT scan", "biopsy", "MRI"] { siblings.add(term, kind: .test, listed: false) }
        let made = SuperlativeRule.candidates(context("An MRI is the best test for finding tumors in the spine.", siblings: siblings))
        let card = try #require(made.first?.card)
        #expect(card.type == .mcq)
        #expect(card.prompt == "What is the best test for finding tumors in the spine?")
        #expect(Set(card.options ?? []) == ["An MRI", "X-ray", "CT scan", "Biopsy"])
        #expect(card.answers == ["An MRI"])
    }

    /// "These may help ease pain": a short explanation that leans on its label with a pronoun fits others too.
    @Test func aShortPronounExplanationIsNotAsked() {
        let items = [("Diuretics", "These may help with swelling."),
                     ("Beta-blockers", "Beta-blockers slow the heart rate and lower blood pressure."),
                     ("Statins", "Statins lower the level of cholesterol in the blood.")].enumerated().map { index, pair in
            ArticleBlock(kind: .item, text: pair.0 + ": " + pair.1, line: index + 1, topic: "Medicines", list: 0, label: pair.0)
        }
        let made = LabelledItemRule.candidates(list: items, leadIn: nil, context: context("x"))
        #expect(made.map { $0.card.answers } == [["Beta-blockers"], ["Statins"]])
    }

    /// An explanation that keeps a word of its own label ("…a healthy weight…" under "Weight control") gives it
    /// away; a word the heading shares with every label ("Bone" under "Bone tests") does not.
    @Test func anExplanationThatNamesItsLabelIsNotAsked() {
        let items = [("Weight control", "Keeping a healthy weight takes strain off the joints."),
                     ("Bone scans", "A tracer shows the places where the skeleton is changing."),
                     ("Bone biopsy", "A small sample of bone is taken with a needle and looked at.")].enumerated().map { index, pair in
            ArticleBlock(kind: .item, text: pair.0 + ": " + pair.1, line: index + 1, topic: "Bone tests and care", list: 0,
                         label: pair.0)
        }
        let made = LabelledItemRule.candidates(list: items, leadIn: nil, context: context("x"))
        #expect(made.map { $0.card.answers } == [["Bone scans"], ["Bone biopsy"]])
    }

    /// What one test shows, other tests show too: a test's description that says what it reveals makes no choice
    /// between tests; one that says how the test is done does (reviews 19, 23, 24 and 25).
    @Test func whatATestShowsIsNoChoiceBetweenTests() {
        var siblings = SiblingTerms()
        let pairs = [("X-rays", "A quick picture can reveal broken bones and changes in the shape of the bone."),
                     ("CT scans", "A computer builds cross-sections of the body from many pictures taken around you."),
                     ("Bone scans", "A tracer is injected into a vein and collects where the skeleton is changing.")]
        for pair in pairs { siblings.add(pair.0, kind: .test, listed: true) }
        let items = pairs.enumerated().map { index, pair in
            ArticleBlock(kind: .item, text: pair.0 + ": " + pair.1, line: index + 1, topic: "Tests", list: 0, label: pair.0)
        }
        let made = LabelledItemRule.candidates(list: items, leadIn: nil, context: context("x", siblings: siblings))
        #expect(made.map { $0.card.answers } == [["CT scans"], ["Bone scans"]])
    }

    /// Other words for a label's idea give it away ("a balanced diet" for "Nutrition"); a term built on a word of
    /// the description ("calcium" in "Hypercalcaemia") is still worth recalling, typed.
    @Test func anExplanationInOtherWordsForItsLabelIsNotAChoice() {
        let items = { (topic: String, pairs: [(String, String)]) in
            pairs.enumerated().map { index, pair in
                ArticleBlock(kind: .item, text: pair.0 + ": " + pair.1, line: index + 1, topic: topic, list: 0, label: pair.0)
            }
        }
        let care = items("Healing well", [("Nutrition", "A balanced diet with enough protein helps the wound heal."),
                                          ("Moving about", "Changing position every two hours keeps blood flowing to the skin."),
                                          ("Skin checks", "Look at the heels and hips each day for redness.")])
        #expect(LabelledItemRule.candidates(list: care, leadIn: nil, context: context("x")).map { $0.card.answers }
            == [["Moving about"], ["Skin checks"]])
        let blood = items("Blood problems", [("Hypercalcaemia", "Too much calcium in the blood can cause thirst and confusion."),
                                             ("Anaemia", "A low count of red cells leaves you tired and pale."),
                                             ("Neutropenia", "A low count of white cells makes infections more likely.")])
        #expect(LabelledItemRule.candidates(list: blood, leadIn: nil, context: context("x")).map { "\($0.card.type.rawValue) \($0.card.answers.joined())" }
            == ["basic Hypercalcaemia", "mcq Anaemia", "mcq Neutropenia"])
    }

    /// One word in brackets after a noun phrase names it, asked the way round that gives nothing away; not after
    /// an adjective, nor a verb's gloss, nor a bracket of several words, nor one word after one word.
    @Test func aBracketedWordNamesThePhraseBeforeIt() {
        let asked = { (text: String) in
            DefinitionRule.candidates(self.context(text)).filter { $0.card.prompt.hasPrefix("What is another word") }
                .map { "\($0.card.prompt) => \($0.card.answers.joined())" }
        }
        #expect(asked("A stroke can happen when a blood clot (thrombus) blocks an artery in the brain.")
            == ["What is another word for a blood clot? => thrombus"])
        #expect(asked("You may have an abdominal (belly) scan to look for the cause.").isEmpty)
        #expect(asked("Cells from the first tumour spread (metastasise) to the bones in some people.").isEmpty)
        #expect(asked("Your salts (sodium and potassium) are checked with a blood test.").isEmpty)
        // One word after one word is a near relation, not another name for it.
        #expect(asked("Bleeding in the pelvic area can follow a fall onto the hips (pelvis) in older people.").isEmpty)
    }

    /// "Ablation. Heat or cold are used to kill cancer cells.": what the labelled treatment uses, asked of it; a
    /// description that opens with a pointer names nothing to answer.
    @Test func whatALabelledItemUsesIsAsked() {
        let items = [("Cryotherapy", "Extreme cold is used to freeze and destroy warts."),
                     ("Laser treatment", "These are used to burn away the wart tissue."),
                     ("Salicylic acid", "A strong acid paint is used to peel the wart away slowly.")].enumerated().map { index, pair in
            ArticleBlock(kind: .item, text: pair.0 + ". " + pair.1, line: index + 1, topic: "Wart treatments", list: 0, label: pair.0)
        }
        let made = LabelledItemRule.candidates(list: items, leadIn: nil, context: context("x")).filter { $0.card.type == .basic }
        #expect(made.map { "\($0.card.prompt) => \($0.card.answers.joined())" } == [
            "What does cryotherapy use to freeze and destroy warts? => Extreme cold",
            "What does salicylic acid use to peel the wart away slowly? => A strong acid paint",
        ])
    }

    @Test func labelledItemsAskWhichLabelAnExplanationDescribes() throws {
        let items = [("Diuretics", "Diuretics help the kidneys remove salt and water."),
                     ("Beta-blockers", "These slow the heart rate and lower pressure."),
                     ("Statins", "Statins lower the level of cholesterol in blood.")].enumerated().map { index, pair in
            ArticleBlock(kind: .item, text: pair.0 + ": " + pair.1, line: index + 1, topic: "Medicines", list: 0, label: pair.0)
        }
        let made = LabelledItemRule.candidates(list: items, leadIn: nil, context: context("x"))
        let first = try #require(made.first?.card)
        #expect(first.prompt == "Which of the medicines is this: \"These help the kidneys remove salt and water.\"?")
        #expect(first.answers == ["Diuretics"] && Set(first.options ?? []) == ["Diuretics", "Beta-blockers", "Statins"])
        // A heading that names no list keeps the plain stem.
        let plain = items.map { item -> ArticleBlock in
            var item = item
            item.topic = "How to lower blood pressure"
            return item
        }
        #expect(LabelledItemRule.candidates(list: plain, leadIn: nil, context: context("x")).first?.card.prompt
            == "Which of these fits this description (How to lower blood pressure)? \"These help the kidneys remove salt and water.\"")
    }

    @Test(arguments: [
        ("What can this cause?", ["pain"], QualityFilter.Flaw.unresolvedPronoun),
        ("They spread to [...].", ["bone"], .unresolvedPronoun),
        ("Bone [...]", ["pain"], .shortQuestion),
        ("What is bone pain usually?", ["bone pain"], .answerInQuestion),
        ("What is (bone pain?", ["fracture"], .unbalanced),
        ("What can metastases cause?", ["a range of symptoms"], .vagueAnswer),
        ("What can treatments help manage?", ["the condition"], .vagueAnswer),
        ("What do powder inhalers deliver?", ["medicine in powdered form"], .answerInQuestion),
        ("What can gout affect?", ["adults in different ways"], .vagueAnswer),
        ("What raises the risk?", ["certain medicines"], .vagueAnswer),
        ("What can affect adults in different ways?", ["Gout"], .vagueAnswer),
        ("What starts in a certain part of the body?", ["Gout"], .vagueAnswer),
        ("What should you do if the reading is normal?", ["go on to step 4"], .unseenStep),
        ("When should you go on to step 4?", ["if the reading is normal"], .unseenStep),
        ("What is still the same after a relapse?", ["the kind of illness you"], .emptyAnswer),
    ])
    func theFilterNamesEachFlaw(prompt: String, answers: [String], flaw: QualityFilter.Flaw) {
        #expect(QualityFilter.flaw(of: Card(id: CardID("x"), type: .basic, prompt: prompt, answers: answers)) == flaw)
    }

    /// A word shared by question and answer gives nothing away in a quantity, a "What kind of…?" card, or the
    /// label in front of the question.
    @Test(arguments: [
        ("How many glucose tablets, with glucose gel, treat a hypo?", ["4 to 6 glucose tablets"]),
        ("What kind of discharge is one of the signs?", ["discharge that smells unusual"]),
        ("Thrombosis: what can block a vein?", ["a thrombosis clot"]),
    ])
    func aSharedWordIsNoGiveawayHere(prompt: String, answers: [String]) {
        #expect(QualityFilter.flaw(of: Card(id: CardID("x"), type: .basic, prompt: prompt, answers: answers)) == nil)
    }

    /// In a cloze only a gap of one or two words is checked: a long sentence shares ordinary words with a longer
    /// gap by chance.
    @Test func aClozeGapIsCheckedOnlyWhenShort() {
        let cloze = { (prompt: String, answer: String) in
            QualityFilter.flaw(of: Card(id: CardID("x"), type: .cloze, prompt: prompt, answers: [answer]))
        }
        #expect(cloze("Bleeding strokes happen when a vessel bursts ([...]).", "a haemorrhage") == nil)
        #expect(cloze("Haemorrhagic strokes happen when a vessel bursts ([...]).", "a haemorrhage") == .answerInQuestion)
        #expect(cloze("Sepsis may start [...], but instead of getting better you keep feeling worse.", "feeling like the flu") == nil)
    }

    /// A gap whose words the sentence shows, all but one, is filled by copying; one with two new words is not.
    @Test func aGapTheSentenceSpellsOutIsAGiveaway() {
        let cloze = { (prompt: String, answer: String) in
            QualityFilter.flaw(of: Card(id: CardID("x"), type: .cloze, prompt: prompt, answers: [answer]))
        }
        #expect(cloze("Gout that keeps coming back is called [...].", "recurrent gout") == .answerInQuestion)
        #expect(cloze("Control inhalers help keep [...] over the year.", "asthma under control") == .answerInQuestion)
        #expect(cloze("Gout can lead to [...] over the years.", "kidney stones and joint damage") == nil)
    }

    /// "these symptoms" in a card's first clause points at a list the card does not show; a choice card's "these"
    /// are its options, and a later clause may point back within the card.
    @Test func aPointerAtAListTheCardDoesNotShowIsUnresolved() {
        let flaw = { (type: CardType, prompt: String) in
            QualityFilter.flaw(of: Card(id: CardID("x"), type: type, prompt: prompt, answers: ["True"],
                                        options: type.isChoice ? ["True", "False"] : nil, correct: type.isChoice ? [0] : nil))
        }
        #expect(flaw(.truefalse, "The hip is a common first site for these cancers.") == .unresolvedPronoun)
        #expect(flaw(.basic, "Gout: what should you do if any of these signs appear?") == .unresolvedPronoun)
        #expect(flaw(.mcq, "Which of these fits the description of gout?") == nil)
        #expect(flaw(.cloze, "Most men with gout have [...]; these men need a check.") == nil)
    }

    /// The topic line is shown with the card: a short answer made only of its words gives itself away; one with
    /// a word of its own does not.
    @Test func anAnswerTheTopicShowsIsAGiveaway() {
        let card = { (prompt: String, answer: String) in
            QualityFilter.flaw(of: Card(id: CardID("x"), type: .basic, prompt: prompt, answers: [answer], topic: "Bone metastases"))
        }
        #expect(card("What do metastatic tumours weaken?", "the bones") == .answerInQuestion)
        #expect(card("Which organ is the usual first site?", "the breast") == nil)
        #expect(card("What is the first symptom?", "bone pain") == nil)
        // A word that only points adds nothing: "the affected bone" is the topic's bone.
        #expect(card("What may swell near a tumour?", "the affected bone") == .answerInQuestion)
        #expect(card("Which bone is most often affected?", "the spine") == nil)
        let labelled = Card(id: CardID("x"), type: .cloze, prompt: "Bone metastases: lung cancer often spreads to [...].",
                            answers: ["the bones"], topic: "Causes")
        #expect(QualityFilter.flaw(of: labelled) == .answerInQuestion)
    }

    /// Review 14's rejects: a frequency the question names, "other" things the card does not show, a degree alone
    /// in a gap, and an answer that says only that something differs.
    @Test func weakAnswersFromReviewFourteenAreDropped() {
        let card = { (type: CardType, prompt: String, answer: String) in
            QualityFilter.flaw(of: Card(id: CardID("x"), type: type, prompt: prompt, answers: [answer], topic: "Asthma"))
        }
        #expect(card(.basic, "How often are daily preventer inhalers taken?", "every day") == .answerInQuestion)
        // Review 17: what the answer adds after a comma does not hide the frequency either.
        #expect(card(.basic, "How often are daily preventer inhalers taken?", "every day, even when you feel well") == .answerInQuestion)
        #expect(card(.basic, "How often are daily preventer inhalers used?", "once or twice daily") == nil)
        #expect(card(.basic, "What may other asthma treatments be used to manage?", "night cough") == .unresolvedPronoun)
        #expect(card(.basic, "What are other names for a preventer inhaler?", "a controller") == nil)
        #expect(card(.cloze, "Children are the [...] to severe attacks.", "most prone") == .vagueAnswer)
        #expect(card(.basic, "What does asthma cause?", "different symptoms in each person") == .vagueAnswer)
    }

    /// Review 15's rejects: a subject that only points ("What can the cells form?"), a gap that ends inside a
    /// phrase, a circular definition, and answers true of any cancer page.
    @Test func weakCardsFromReviewFifteenAreDropped() {
        let card = { (type: CardType, prompt: String, answer: String) in
            QualityFilter.flaw(of: Card(id: CardID("x"), type: type, prompt: prompt, answers: [answer], topic: "Gout"))
        }
        #expect(card(.basic, "Gout: what can the crystals in the joint form?", "hard lumps called tophi") == nil)
        #expect(card(.basic, "Gout: what may the pain become?", "worse at night") == .unresolvedPronoun)
        #expect(card(.basic, "Gout: what can the cells form?", "hard lumps") == .unresolvedPronoun)
        #expect(card(.basic, "Gout: when may the infection work-up be repeated?", "after two days") == nil)
        #expect(card(.cloze, "Gout can lead to [...] to walk far.", "stiff joints and a reduced ability") == .cutPhrase)
        #expect(card(.cloze, "An ultrasound is the [...] and measuring crystals.", "best way of finding") == .cutPhrase)
        #expect(card(.cloze, "Gout is treated with [...] or ease the swelling.", "medicines that lower uric acid") == .cutPhrase)
        #expect(card(.cloze, "Gout can cause reduced [...].", "movement and limit the ability to walk") == .cutPhrase)
        #expect(card(.cloze, "Gout is treated with [...] or with diet changes.", "medicines") == nil)
        #expect(card(.basic, "What is a high uric acid level?", "a level of uric acid in the blood that is too high") == .answerInQuestion)
        #expect(card(.basic, "What is gout?", "a form of arthritis caused by uric acid crystals") == nil)
        #expect(card(.basic, "What can gout lead to if untreated?", "complications") == .vagueAnswer)
    }

    /// Review 16's rejects: a true statement that only judges, and a labelled item's means that every drug
    /// treatment shares.
    @Test func platitudesAndSharedMeansAreDropped() {
        let statement = { (prompt: String) in
            QualityFilter.flaw(of: Card(id: CardID("x"), type: .truefalse, prompt: prompt, answers: ["True"], options: ["True", "False"],
                                        correct: [0], topic: "Gout"))
        }
        #expect(statement("Gout can be very serious.") == .vagueAnswer)
        #expect(statement("Diet is a key part of gout care.") == .vagueAnswer)
        #expect(statement("Gout is more likely in men who drink beer.") == nil)
        #expect(LabelledItemRule.usedTo("Special medicines are used to lower uric acid.") == nil)
        #expect(LabelledItemRule.usedTo("Ice packs are used to ease the swelling.")?.means == "Ice packs")
        #expect(QualityFilter.flaw(of: Card(id: CardID("x"), type: .basic, prompt: "Gout: what starts in your big toe?",
                                            answers: ["The pain"], topic: "Gout")) == .vagueAnswer)
    }

    /// "The most prone to…" names no noun of its own: the question asks which of the subject's kind.
    @Test func aSuperlativeWithoutANounAsksWhichOfTheSubjectsKind() {
        #expect(SuperlativeRule.candidates(context("Joints in the lower body are the most prone to gout.")).map(\.card.prompt)
            == ["Which joints are the most prone to gout?"])
        #expect(SuperlativeRule.candidates(context("Toes are the most prone to gout.")).isEmpty)
    }
}
