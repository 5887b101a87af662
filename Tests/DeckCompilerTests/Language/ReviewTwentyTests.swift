@testable import DeckCompiler
import PearlsCore
import Testing

/// Kinds of card blind review 20 rejected, and one fact no card asked, each on a sentence written for the test.
extension TemplateTests {
    /// "Pressure sores can form when a lot of pressure…": the condition's noun is a word of the subject, not its
    /// head, so the question is not circular and is asked.
    @Test func aConditionSharingAWordWithTheSubjectIsStillAsked() {
        withKnownIssue {
            #expect(lines(ConditionFact.candidates(context("Pressure sores can form when a lot of pressure is put on the skin.")))
                == ["basic: When can pressure sores form? => when a lot of pressure is put on the skin"])
        }
        // The condition on the subject itself stays circular.
        #expect(ConditionFact.candidates(context("If gout is left alone, it can spread to other joints.", clause: 1)).isEmpty)
    }

    /// "A low blood sugar can be dangerous if it's not treated promptly" (True) holds for every illness.
    @Test func harmWhenUntreatedIsNoStatement() {
        withKnownIssue {
            #expect(CopulaDefinition.candidates(context("A nosebleed can be dangerous if it is not treated promptly.")).isEmpty)
        }
        #expect(lines(CopulaDefinition.candidates(context("A nosebleed can be dangerous if you take blood thinners.")))
            == ["truefalse: A nosebleed can be dangerous if you take blood thinners. => True"])
    }

    /// "Before starting any exercise program, consult your doctor": every page's advice, no fact of this one.
    @Test func timedAdviceThatOnlySendsToADoctorIsNotAsked() {
        withKnownIssue {
            #expect(ConditionAdvice.candidates(context("Talk to your doctor before starting a new diet.")).isEmpty)
        }
        #expect(lines(ConditionAdvice.candidates(context("Drink a glass of water before taking the tablets.")))
            == ["basic: What should you do before taking the tablets? => Drink a glass of water"])
    }

    /// "a serious health concern for…": the head of a compound noun is its last noun, and a judgement is no definition.
    @Test func aCompoundJudgementIsNoDefinition() {
        withKnownIssue {
            #expect(!lines(CopulaDefinition.candidates(context("Gout is a serious health concern for people with kidney disease.")))
                .contains { $0.hasPrefix("basic: What is gout?") })
        }
        #expect(lines(CopulaDefinition.candidates(context("Gout is a painful joint disease caused by uric acid crystals.")))
            .contains("basic: What is gout? => a painful joint disease caused by uric acid crystals"))
    }

    /// "[Metastasis] is the movement of…" under "Bone metastases": the topic shows the answer in its plural.
    @Test func aTopicShowingTheAnswerInItsPluralGivesItAway() {
        let card = { (topic: String) in
            Card(id: CardID("x"), type: .cloze, prompt: "[...] is the spread of a disease from one organ to another.",
                 answers: ["Metastasis"], topic: topic)
        }
        withKnownIssue {
            #expect(QualityFilter.flaw(of: card("Bone metastases")) == .answerInQuestion)
        }
        #expect(QualityFilter.flaw(of: card("How cancer travels")) == nil)
    }

    /// "Lymphoedema itself is not dangerous": an emphatic "itself" leaves a noun phrase subject.
    @Test func anEmphaticReflexiveLeavesTheSubject() {
        withKnownIssue {
            #expect(lines(NegationFlip.candidates(context("Eczema itself is not contagious.")))
                == ["truefalse: Eczema is contagious. => False"])
        }
    }
}
