@testable import DeckCompiler
import PearlsCore
import Testing

/// The kinds of card blind review 9 rejected, as general patterns, each on a sentence written for the test: a
/// question several answers fit, a truism, a stranded word, a list that is not one.
extension TemplateTests {
    /// An object that names people is asked with "who".
    @Test func anObjectNamingPeopleIsAskedWithWho() {
        #expect(lines(VerbRelation.candidates(context("Shingles mostly affects older adults."))).first
            == "basic: Who does shingles affect? => older adults")
        #expect(lines(VerbRelation.candidates(context("Shingles damages the nerves."))).first
            == "basic: What does shingles damage? => the nerves")
    }

    /// "puts strain on", "has few signs": the light verb's object is half a phrase; a true/false item says it.
    @Test func aLightVerbGivesAStatementNotAnObjectQuestion() {
        #expect(lines(VerbRelation.candidates(context("Smoking puts strain on the lungs."))) == [
            "truefalse: Smoking puts strain on the lungs. => True",
        ])
        #expect(!lines(VerbRelation.candidates(context("The cancer may keep causing pain over time.")))
            .contains { $0.contains("keep?") || $0.contains("True") })
    }

    /// "provide detailed images": no question strands the participle that qualifies the object.
    @Test func aParticipleBeforeTheObjectIsNotStranded() {
        #expect(!lines(VerbRelation.candidates(context("Scans can provide detailed pictures of the joints.")))
            .contains { $0.contains("provide detailed?") })
    }

    /// "X can also spread to bone" says others do too; "Your doctor will ask…" says who asks, no fact.
    @Test func noSubjectQuestionThatTheSentenceSaysOthersFit() {
        #expect(!lines(VerbRelation.candidates(context("Gout can also damage the kidneys."))).contains { $0.hasSuffix("=> Gout") })
        #expect(lines(VerbRelation.candidates(context("Gout can damage the kidneys."))).contains { $0.hasSuffix("=> Gout") })
        #expect(!lines(VerbRelation.candidates(context("Your nurse will check your wound dressing.")))
            .contains { $0.hasSuffix("=> Your nurse") })
        // The subject read is the last of several: the others fit the question too.
        #expect(!lines(VerbRelation.candidates(context("Itching, burning, or small blisters may develop around the bite.")))
            .contains { $0.hasSuffix("=> small blisters") })
    }

    /// "attach better to bone than to skin" says how the subject acts, not what it acts on.
    @Test func aComparisonIsNoObject() {
        #expect(!lines(VerbRelation.candidates(context("Tumour cells stick better to bone than to other tissue.")))
            .contains { $0.contains("=> better") })
        #expect(lines(VerbRelation.candidates(context("The pain may become more intense at night."))).contains {
            $0.hasSuffix("=> more intense at night") })
    }

    /// "help manage pain and improve comfort", "keep joints strong, improve balance": the object ends where a
    /// second verb phrase starts, even after a one-word object.
    @Test func anObjectStopsAtASecondVerbPhrase() {
        #expect(lines(VerbRelation.candidates(context("Massage may help manage pain and improve sleep."))).first
            == "basic: What may massage help manage? => pain")
        #expect(lines(VerbRelation.candidates(context("Walking can help maintain muscle strength, improve balance."))).first
            == "basic: What can walking help maintain? => muscle strength")
    }

    /// "Left untreated, it can be dangerous" holds for any illness: no when-card.
    /// A list item whose last entry holds a verb ("…or the need to urinate often if…") is no clause to ask "when" of.
    @Test func aListWithAVerbInsideIsNoConditionFact() {
        #expect(ConditionFact.candidates(context("Extreme thirst, dry skin, blurred vision, or the need to urinate often if your blood sugar is high.")).isEmpty)
    }

    /// "…vary depending on if the bones are weak" asks no "when"; a frequency keeps the concession a dash sets
    /// aside; a gloss that is a sentence defines nothing.
    @Test func aWhetherIsNoConditionAndAConcessionStays() {
        #expect(ConditionFact.candidates(context("Symptoms can also vary depending on if the joints are swollen.")).isEmpty)
        var concession = context("Preventers are taken every day - even when you feel well - to calm the airways.")
        concession = ClauseContext(passage: Passage(DashAside.stripped(concession.passage.text)), clauses: Passage(DashAside.stripped(concession.passage.text)).clauses,
                                   index: 0, antecedent: nil, block: concession.block, file: "f.txt", siblings: SiblingTerms())
        #expect(lines(VerbRelation.candidates(concession)).contains("basic: How often are preventers taken? => every day, even when you feel well"))
        #expect(LeadInList.hasMainVerb("The body's response to the illness can lead to tiredness"))
        #expect(!LeadInList.hasMainVerb("a lack of red cells that carry oxygen"))
    }

    @Test func harmWhenUntreatedIsNoConditionFact() {
        #expect(ConditionFact.candidates(context("Gout can be painful if it is not treated.")).isEmpty)
        #expect(lines(ConditionFact.candidates(context("Gout can be painful if you drink beer."))).first
            == "basic: When can gout be painful? => if you drink beer")
    }

    /// "an emergency", "the term given to…": a judgement or a name is no definition. How urgent a condition is
    /// is recalled in a gap, not only agreed to; a gap whose words the sentence shows stays a statement.
    @Test func aJudgementIsAStatementNotADefinition() {
        #expect(lines(CopulaDefinition.candidates(context("Sepsis is an emergency in older patients."))) == [
            "cloze: Sepsis is [...] in older patients. => an emergency",
        ])
        #expect(lines(CopulaDefinition.candidates(context("Severe burns are a medical emergency and need medical care."))) == [
            "truefalse: Severe burns are a medical emergency and need medical care. => True",
        ])
        #expect(lines(CopulaDefinition.candidates(context("Gout is a common problem in older men."))) == [
            "truefalse: Gout is a common problem in older men. => True",
        ])
        #expect(!lines(CopulaDefinition.candidates(context("Relapse is the term used for an illness that returns.")))
            .contains { $0.hasPrefix("basic: What is relapse?") })
    }

    /// The list after a repeated verb is the list, not the phrase before the conjunction; a noun phrase among
    /// gerunds is a string of asides, while one gerund among nouns is still a list.
    @Test func aCoordinationIsOneListOfOneKind() throws {
        let night = try #require(CoordinationCloze.candidates(context("Gout may cause pain during the night or cause swelling, redness or heat in the morning.")).first)
        #expect(night.card.answers == ["Swelling", "Redness", "Heat"])
        #expect(CoordinationCloze.candidates(context("You can cope by working with your team, resting often, eating well and sleeping more.")).isEmpty)
        #expect(CoordinationCloze.candidates(context("Avoid injections, blood tests and taking blood pressure on that arm.")).first?.card.answers
            == ["Injections", "Blood tests", "Taking blood pressure"])
    }

    /// A question the deck asks twice with two different answers is dropped both times; a definition asked
    /// twice keeps both, since each answer is right.
    @Test func aQuestionWithTwoAnswersIsDropped() throws {
        let deck = try compiledDeck("""
            # Gout

            Strong medicines are used to reduce swelling in the joints of the feet.

            Cold packs are used to reduce swelling in the joints of the feet.

            Gout is a painful swelling of the joints caused by uric acid crystals forming in them.
            """)
        #expect(!deck.cards.contains { $0.prompt.hasSuffix("used to reduce swelling in the joints of the feet?") })
        let shared = SharedQuestions.split([
            candidate("What is gout?", "a joint disease", rule: .copulaDefinition),
            candidate("What is gout?", "a kind of arthritis", rule: .copulaDefinition),
            candidate("What reduces swelling?", "ice", rule: .verbRelation),
            candidate("What reduces swelling?", "rest", rule: .verbRelation),
        ])
        #expect(shared.kept.map(\.card.answers) == [["a joint disease"], ["a kind of arthritis"]])
        #expect(shared.shared.count == 2)
        // One gap shown twice, with two answers: "Gout can also lead to [...]." fits both, so neither is a card.
        let gaps = SharedQuestions.split([
            candidate("Gout can also lead to [...].", "kidney stones", rule: .verbRelation, type: .cloze),
            candidate("Gout can also lead to [...].", "joint damage", rule: .verbRelation, type: .cloze),
            candidate("Gout is caused by [...].", "uric acid crystals", rule: .verbRelation, type: .cloze),
        ])
        #expect(gaps.kept.map(\.card.answers) == [["uric acid crystals"]])
    }

    /// A card names its page's subject unless its question holds every word of the subject's name: "fever"
    /// does not name "Neutropenic fever"; "gout" names "Gout after surgery".
    @Test func aCardNamesItsSubjectInFull() throws {
        let fever = try compiledDeck("""
            # Neutropenic fever

            If you have a fever over 38 degrees, call your nurse straight away.
            """)
        #expect(fever.cards.contains { $0.prompt.hasPrefix("Neutropenic fever: what should you do if you have a fever") })
        let gout = try compiledDeck("""
            # Gout after surgery

            Gout can damage the kidneys over many years of attacks.
            """)
        #expect(gout.cards.contains { $0.prompt.hasPrefix("What can gout damage") })
    }

    /// A card stands alone: a linking word that opens its sentence goes; words that limit it stay.
    @Test func aLinkingWordIsDroppedAndALimitKept() {
        #expect(ClauseContext.withoutConnective("However, a clot can form with [...].") == "A clot can form with [...].")
        #expect(ClauseContext.withoutConnective("In some cases, gout can damage [...].") == "In some cases, gout can damage [...].")
        #expect(ClauseContext.withoutConnective("Howeverish text.") == "Howeverish text.")
        // A sentence that opens on a conjunction stands alone without it.
        #expect(ClauseContext.withoutConnective("But symptoms depend on [...].") == "Symptoms depend on [...].")
        #expect(ClauseContext.withoutConnective("Andrew has gout.") == "Andrew has gout.")
    }

    /// "…high calcium or other signs of damage": the answer ends before "or other"; after a modal and its verb, a
    /// noun and an -s word are the object ("can cause compression fractures in the spine").
    @Test func anObjectEndsBeforeOrOtherAndKeepsItsNounPair() {
        #expect(lines(VerbRelation.candidates(context("Blood tests may be used to check for high calcium levels or other signs of bone damage.")))
            .first == "cloze: Blood tests may be used to check for [...] or other signs of bone damage. => high calcium levels")
        #expect(lines(VerbRelation.candidates(context("Gout can cause stress fractures in the feet."))).first
            == "basic: What can gout cause? => stress fractures in the feet")
    }

    /// "you" in a condition is no word of "A clot in your legs": the when-card is made.
    @Test func aConditionsSubjectIsComparedByWords() {
        #expect(lines(ConditionFact.candidates(context("A clot in your legs can form if you sit still for hours.", clause: 0))).first
            == "basic: When can a clot in your legs form? => if you sit still for hours")
    }

    /// Review 10's rejects: "a disease that can spread" is what a thing may do, not what it is; "Many times, a
    /// fever is the only sign" holds only with its hedge.
    @Test func aPossibilityIsNoDefinitionAndAHedgeStays() {
        #expect(lines(CopulaDefinition.candidates(context("Gout is a disease that can damage the joints of the feet."))) == [
            "truefalse: Gout is a disease that can damage the joints of the feet. => True",
        ])
        #expect(lines(CopulaDefinition.candidates(context("Many times, a rash is the only sign of gout."))) == [
            "truefalse: Many times, a rash is the only sign of gout. => True",
        ])
        #expect(lines(CopulaDefinition.candidates(context("Pain is the only sign of gout."))).first
            == "basic: What is the only sign of gout? => Pain")
    }

    /// "These include…" opens with its subject; a pointer whose antecedent was cut at "that" stays unresolved.
    @Test func aPluralPointerBeforeAVerbIsTheSubject() {
        let tokens = Passage("These include cancers of the breast and lung.").tokens
        #expect(tokens[0].tag == .pronoun)
        #expect(tokens[1].tag == .verb)
        let passage = Passage("This is usually older people.")
        let cut = ClauseContext(passage: passage, clauses: passage.clauses, index: 0, antecedent: "conditions that",
                                block: ArticleBlock(kind: .paragraph, text: passage.text, line: 1, topic: "Topic"), file: "f.txt",
                                siblings: SiblingTerms())
        #expect(cut.subjectText == nil)
    }

    /// Review 10: a labelled item's description built like a sibling's, with no noun of its own, fits both.
    @Test func aDescriptionMustBeItsLabelsAlone() {
        let others = ["Strong drugs are used to kill germs or slow their growth.", "Heat or cold are used to kill germs."]
        #expect(!LabelledItemRule.isItsOwn("Special drugs are used to kill germs or slow their growth.", among: others, ignoring: []))
        #expect(LabelledItemRule.isItsOwn("Bright light is used to kill germs or slow their growth.", among: others, ignoring: []))
        #expect(LabelledItemRule.isItsOwn("This involves injecting a tracer into a vein before a scan.", among: others, ignoring: []))
    }

    /// A label masked inside its own noun phrase ("Low-impact this, such as walking") breaks the phrase.
    @Test func aLabelMaskedInsideItsPhraseIsSeen() {
        #expect(LabelledItemRule.masksInsideAPhrase("Low-impact this, such as walking, keeps joints moving."))
        #expect(LabelledItemRule.masksInsideAPhrase("Regular this can ease the pain."))
        #expect(!LabelledItemRule.masksInsideAPhrase("Different types of this may be used to repair bones."))
        #expect(!LabelledItemRule.masksInsideAPhrase("This can reveal changes in bone structure."))
    }

    private func candidate(_ prompt: String, _ answer: String, rule: Candidate.Rule, type: CardType = .basic) -> Candidate {
        var made = context("Gout is a joint disease.").candidate(type, prompt: prompt, answers: [answer], template: rule, prior: 0.5)
        made.card.prompt = prompt
        return made
    }
}
