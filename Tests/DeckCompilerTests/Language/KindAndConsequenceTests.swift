@testable import DeckCompiler
import PearlsCore
import Testing

/// The kind a definition sorts its term into, what a thing is a cause of, and what an illness left untreated turns
/// into (sentences written for these tests).
extension TemplateTests {
    /// "X is a localized treatment that…": the classifying adjective is asked on its own, beside the definition.
    @Test func aClassifyingAdjectiveIsAskedAsTheKind() {
        #expect(lines(CopulaDefinition.candidates(context("Chemotherapy is a systemic treatment that reaches cells all over the body.")))
            .contains("basic: What kind of treatment is chemotherapy? => systemic"))
        // A short one asks the kind instead of a statement anyone would call true.
        #expect(lines(CopulaDefinition.candidates(context("Asthma is a long-term condition.")))
            == ["basic: What kind of condition is asthma? => long-term"])
        // Between dashes, with what the head belongs to.
        #expect(!lines(Apposition.candidates(context("If you notice signs of a stroke — a life-threatening emergency of the brain — call 999.")))
            .contains { $0.contains("What kind of") }, "an emergency gives a role, not a kind")
        #expect(lines(Apposition.candidates(context("Watch for cellulitis — a bacterial infection of the skin — after any cut.")))
            .contains("basic: What kind of infection of the skin is cellulitis? => bacterial"))
        // How serious it is names no kind (blind review 33).
        #expect(!lines(Apposition.candidates(context("Watch for sepsis — a life-threatening reaction of the body — after any infection.")))
            .contains { $0.contains("What kind of") })
    }

    /// An adjective of degree, judgement or rank sorts nothing, and a role noun names no kind.
    @Test func anAdjectiveOfDegreeOrJudgementIsNoKind() {
        for sentence in ["Gout is a serious health concern for older men.", "Healing is a complex process that takes weeks.",
                         "Rest is a key part of recovery from a sprain.", "Shingles is a common infection in older people."] {
            #expect(!lines(CopulaDefinition.candidates(context(sentence))).contains { $0.contains("What kind of") }, "\(sentence)")
        }
    }

    /// "Smoking is a major cause of lung cancer": what a thing causes is asked, in place of a definition; "It's"
    /// stands for the clause before's subject when their number agrees.
    @Test func whatAThingIsACauseOfIsAsked() {
        #expect(lines(CauseOf.candidates(context("Smoking is a major cause of gum disease."))) == [
            "basic: What is smoking a major cause of? => gum disease",
        ])
        #expect(CopulaDefinition.candidates(context("Smoking is a major cause of gum disease.")).isEmpty, "no definition")
        #expect(lines(CauseOf.candidates(context("It's a common cause of falls in older people.", antecedent: "dizziness"))) == [
            "basic: What is dizziness a common cause of? => falls in older people",
        ])
        #expect(CauseOf.candidates(context("They're a common cause of falls.", antecedent: "dizziness")).isEmpty, "number")
        #expect(CauseOf.candidates(context("Smoking is the most common cause of gum disease.")).isEmpty, "a superlative is ranked elsewhere")
    }

    /// "If X is left untreated, it can become severe": what the illness turns into is the fact, asked as what can
    /// happen under that condition; a verb with an object, or a vague one, is not asked this way.
    @Test func whatAnIllnessLeftUntreatedTurnsIntoIsAsked() {
        #expect(lines(ConditionFact.candidates(context("If an ear infection is left untreated, it can become chronic.", clause: 1, antecedent: "an ear infection")))
            == ["basic: What can happen if an ear infection is left untreated? => become chronic"])
        #expect(ConditionFact.candidates(context("If gout is not treated, it may damage your joints.", clause: 1, antecedent: "gout")).allSatisfy {
            !$0.card.prompt.contains("happen")
        }, "the object is VerbRelation's")
        #expect(ConditionFact.candidates(context("If an ear infection is not treated, it can get complications.", clause: 1, antecedent: "an ear infection")).isEmpty, "vague")
        #expect(ConditionFact.candidates(context("If an ear infection is left untreated, it can become severe.", clause: 1, antecedent: "an ear infection")).isEmpty,
                "a degree is true of every illness (review 23)")
        #expect(ConditionFact.candidates(context("If it is left untreated, it can become chronic.", clause: 1, antecedent: "an ear infection")).isEmpty, "names nothing")
    }
}
