@testable import DeckCompiler
import PearlsCore
import Testing

/// Kinds of card blind review 20 rejected, and one fact no card asked, each on a sentence written for the test.
extension TemplateTests {
    /// "Pressure sores can form when a lot of pressure…": the condition's noun is a word of the subject, not its
    /// head, so the question is not circular and is asked.
    @Test func aConditionSharingAWordWithTheSubjectIsStillAsked() {
        #expect(lines(ConditionFact.candidates(context("Pressure sores can form when a lot of pressure is put on the skin.")))
            == ["basic: When can pressure sores form? => when a lot of pressure is put on the skin"])
        // The condition on the subject itself stays circular.
        #expect(ConditionFact.candidates(context("If gout is left alone, it can spread to other joints.", clause: 1)).isEmpty)
    }


    /// "a serious health concern for…": the head of a compound noun is its last noun, and a judgement is no definition.
    @Test func aCompoundJudgementIsNoDefinition() {
        #expect(!lines(CopulaDefinition.candidates(context("Gout is a serious health concern for people with kidney disease.")))
            .contains { $0.hasPrefix("basic: What is gout?") })
        #expect(!lines(ClozeFallback.candidates(context("Gout is a serious health concern for people with kidney disease.")))
            .contains { $0.hasSuffix("=> serious health concern") })
        #expect(lines(CopulaDefinition.candidates(context("Gout is a painful joint disease caused by uric acid crystals.")))
            .contains("basic: What is gout? => a painful joint disease caused by uric acid crystals"))
    }

    /// "[Metastasis] is the movement of…" under "Bone metastases": the topic shows the answer in its plural.
    @Test func aTopicShowingTheAnswerInItsPluralGivesItAway() {
        let card = { (topic: String) in
            Card(id: CardID("x"), type: .cloze, prompt: "[...] is the spread of a disease from one organ to another.",
                 answers: ["Metastasis"], topic: topic)
        }
        #expect(QualityFilter.flaw(of: card("Bone metastases")) == .answerInQuestion)
        #expect(QualityFilter.flaw(of: card("How cancer travels")) == nil)
    }

    /// "Lymphoedema itself is not dangerous": an emphatic "itself" leaves a noun phrase subject.
    @Test func anEmphaticReflexiveLeavesTheSubject() {
        // The question keeps the emphasis: the illness is not dangerous, what it leads to may be (review 25).
        #expect(lines(NegationFlip.candidates(context("Eczema itself is not contagious.")))
            == ["mcq: Is eczema itself contagious? => No, eczema itself is not contagious."])
    }

    /// A list in a gap is asked only when its items open alike: the page's own slip ("to keep [as cool as
    /// possible, to rest…]") is mended by moving the verb into the gap, anything else is no list (review 20).
    @Test func aListInAGapIsAskedOnlyWhenItsItemsOpenAlike() {
        let mended = ListRecall.parallel("It is good to keep [...].", items: ["As cool as possible", "To rest", "To drink water"])
        #expect(mended?.prompt == "It is good to [...].")
        #expect(mended?.items == ["Keep as cool as possible", "Rest", "Drink water"])
        #expect(ListRecall.parallel("Try [...].", items: ["As cool as possible", "To rest", "To drink water"]) == nil)
        #expect(ListRecall.parallel("Try [...].", items: ["Cold packs", "To rest", "Drinking water"]) == nil)
        let nouns = ["Injections", "Blood samples", "Taking blood pressure"]
        #expect(ListRecall.parallel("Avoid [...] on that side.", items: nouns)?.items == nouns)
    }

    /// "…can happen suddenly or slowly over months": how quickly, answered by the whole pace.
    @Test func aPaceIsAskedHowQuickly() {
        #expect(lines(VerbRelation.candidates(context("Shingles pain can start suddenly or slowly over a few days.")))
            .contains("basic: How quickly can shingles pain start? => suddenly or slowly over a few days"))
        // What follows a comma is another verb phrase, no part of the pace.
        #expect(lines(VerbRelation.candidates(context("Shingles pain may start gradually, often worsen at night, and last weeks.")))
            .contains("basic: How quickly may shingles pain start? => gradually"))
        // The other pace, in a clause "or" joins with a pronoun for the same subject, is part of the answer.
        #expect(lines(VerbRelation.candidates(context("Shingles pain can start suddenly or it can come on slowly over a few days.")))
            .contains("basic: How quickly can shingles pain start? => suddenly, or come on slowly over a few days"))
        #expect(VerbRelation.candidates(context("Shingles pain can start suddenly or it can build slowly over a few days.", clause: 1,
                                                antecedent: "shingles pain")).allSatisfy { !$0.card.prompt.hasPrefix("How quickly") },
                "the second pace is the first one's answer")
    }

    /// "Surgery is sometimes recommended for the most serious cases": a passive's object after "for" is asked.
    @Test func whatAPassiveIsForIsAsked() {
        #expect(lines(VerbRelation.candidates(context("Surgery is sometimes recommended for the largest stones.")))
            .contains("cloze: Surgery is sometimes recommended for [...]. => the largest stones"))
    }

    /// "It is usually recommended to avoid…": the "it" stands for what follows, whatever the sentence before says.
    @Test func anItBeforeAParticipleOfAdviceIsExpletive() {
        let advice = context("It is usually recommended to avoid tight rings on that hand.", antecedent: "lymphoedema")
        #expect(advice.isExpletive)
        #expect(advice.subjectText == nil)
        #expect(!context("It is usually treated with rest.", antecedent: "gout").isExpletive)
        #expect(context("It is thought that most cases go unseen.", antecedent: "gout").isExpletive)
        #expect(!context("It is thought to affect one in ten adults.", antecedent: "gout").isExpletive)
    }

    /// "DVT occurs when a blood clot (thrombus) forms in…": the aside does not hide the condition's verb.
    @Test func aConditionWithAnAsideIsAsked() {
        #expect(lines(ConditionFact.candidates(context("A stroke happens when a blood clot (embolus) forms in an artery.")))
            == ["basic: When does a stroke happen? => when a blood clot (embolus) forms in an artery"])
    }

    /// "This process disrupts the bone": "the process" names nothing the card shows (review 20); "this
    /// infection" still does.
    @Test func aPointerBeforeAGeneralNounNamesNothing() {
        #expect(context("This process weakens the joint over time.", antecedent: "gout").subjectText == nil)
        #expect(context("This infection weakens the joint over time.", antecedent: "gout").subjectText == "the infection")
        #expect(CoordinationCloze.candidates(context("This process affects joints far from the centre, often the toes, ankles, knees and heels.", antecedent: "gout")).isEmpty)
        #expect(!CoordinationCloze.candidates(context("This infection affects joints far from the centre, often the toes, ankles, knees and heels.", antecedent: "gout")).isEmpty)
        // …nor in a second verb phrase that shares the pointer ("This process weakens the bone and can lead to…").
        #expect(CoordinationCloze.candidates(context("This process damages the bone and can affect joints far from the centre, often the toes, ankles, knees and heels.", clause: 1, antecedent: "gout")).isEmpty)
        // A card that shows the clause before the pointer shows what it stands for.
        #expect(!CoordinationCloze.candidates(context("Uric acid builds up in the blood; this process affects joints far from the centre, often the toes, ankles, knees and heels.", clause: 1)).isEmpty)
    }

    /// "…used to focus on, attack, and kill cancer cells": no gap opens after a preposition cut off by a comma.
    @Test func noGapAfterAPrepositionCutByAComma() {
        #expect(!lines(VerbRelation.candidates(context("Strong drugs are used to focus on, attack, and kill the virus.")))
            .contains { $0.contains("[...]") })
    }
}
