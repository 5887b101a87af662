import DefaultDeck
import PearlsCore
import Testing

@testable import Study

/// Look-alike clinical terms are never accepted as typos of each other; real typos still are.
@Suite struct TermSafetyTests {
    let checker = AnswerCheck()

    private static func isAccepted(_ verdict: AnswerVerdict) -> Bool {
        if case .right = verdict { return true }
        return false
    }

    /// Pairs a nurse must never confuse; each is tried both ways.
    static let confusablePairs: [(String, String)] = [
        ("hypertension", "hypotension"), ("hyperglycemia", "hypoglycemia"), ("hyperkalemia", "hypokalemia"),
        ("hypercalcemia", "hypocalcemia"), ("hypernatremia", "hyponatremia"), ("hyperthermia", "hypothermia"),
        ("hyperthyroidism", "hypothyroidism"), ("hypervolemia", "hypovolemia"),
        ("hyperventilation", "hypoventilation"), ("hypertonic", "hypotonic"), ("hyperreflexia", "hyporeflexia"),
        ("hyperkalaemia", "hypokalaemia"), ("bradycardia", "tachycardia"), ("bradypnea", "tachypnea"),
        ("bradyarrhythmia", "tachyarrhythmia"), ("ilium", "ileum"), ("dysphasia", "dysphagia"),
        ("dysphonia", "dysphagia"), ("aphasia", "aphagia"), ("adduction", "abduction"), ("adductor", "abductor"),
        ("intercellular", "intracellular"), ("intravascular", "extravascular"), ("intramuscular", "intermuscular"),
        ("colectomy", "colostomy"), ("colotomy", "colostomy"), ("tracheotomy", "tracheostomy"),
        ("gastrectomy", "gastrostomy"), ("nephrectomy", "nephrostomy"), ("cystectomy", "cystostomy"),
        ("arthritis", "arthrosis"), ("nephritis", "nephrosis"), ("preoperative", "postoperative"),
        ("endogenous", "exogenous"), ("microcytic", "macrocytic"), ("unilateral", "bilateral"),
        ("prostate", "prostrate"), ("perineal", "peroneal"), ("palpation", "palpitation"),
        ("afferent", "efferent"), ("medial", "median"), ("hypoxia", "hypoxemia"), ("hematoma", "hepatoma"),
        ("insulin", "inulin"), ("prednisone", "prednisolone"), ("Novolog", "Novolin"), ("Celebrex", "Celexa"),
        ("hydroxyzine", "hydralazine"), ("vinblastine", "vincristine"), ("anuria", "dysuria"),
        ("oliguria", "polyuria"), ("glycogen", "glucagon"), ("ureter", "urethra"),
        ("arteriosclerosis", "atherosclerosis"), ("Lamictal", "Lamisil"), ("Toradol", "Tramadol"),
        ("epinephrine", "ephedrine"), ("chlorpromazine", "chlorpropamide"), ("dopamine", "dobutamine"),
    ]

    @Test(arguments: confusablePairs.flatMap { [($0.0, $0.1), ($0.1, $0.0)] })
    func neverAcceptsTheOtherTerm(typed: String, expected: String) {
        let verdict = checker.checkTyped(typed, accepted: [expected])
        #expect(!Self.isAccepted(verdict), "\(typed) was accepted for \(expected)")
    }

    @Test(arguments: [("the patient has hypotension", "the patient has hypertension"),
                      ("hyperkalemia from renal failure", "hypokalemia from renal failure"),
                      ("abduction of the arm", "adduction of the arm")])
    func neverAcceptsTheOtherTermInsideAPhrase(typed: String, expected: String) {
        #expect(!Self.isAccepted(checker.checkTyped(typed, accepted: [expected])))
    }

    @Test(arguments: [("hypotension", "hypertension"), ("hypoglycemia", "hyperglycemia"), ("ilium", "ileum"),
                      ("dysphasia", "dysphagia"), ("adduction", "abduction"), ("hypokalemia", "hyperkalemia"),
                      ("hypocalcemia", "hypercalcemia")])
    func feedbackNamesTheTermTypedAndTheOneExpected(typed: String, expected: String) {
        #expect(checker.checkTyped(typed, accepted: [expected]) == .confused(typed: typed, expected: expected))
        #expect(GradeProposal.propose(.confused(typed: typed, expected: expected), responseMilliseconds: 0,
                                      expectedLength: expected.count) == .again)
    }

    @Test func aTermTheDeckUsesElsewhereIsNotATypo() {
        let terms = ClinicalTerms(deckTexts: ["Osteolytic lesions of the femur", "the fibula"])
        #expect(checker.checkTyped("fibula", accepted: ["femur"], terms: terms) == .wrong(chosen: []))
        #expect(checker.checkTyped("osteolytic", accepted: ["osteoblastic"], terms: terms)
                == .confused(typed: "osteolytic", expected: "osteoblastic"))
        let deckTerms = ClinicalTerms(deckTexts: ["pelvic pain", "the pelvis"])
        #expect(checker.checkTyped("pelvic", accepted: ["pelvis"], terms: deckTerms)
                == .confused(typed: "pelvic", expected: "pelvis"))
        #expect(checker.checkTyped("pelvic", accepted: ["pelvis"]) == .right(typo: "pelvis"))
    }

    /// Meaning-bearing prefixes and suffixes: swapping one for another member of its group changes the term.
    static let prefixGroups: [[String]] = [
        ["hypo", "hyper"], ["brady", "tachy"], ["inter", "intra"], ["endo", "exo"], ["micro", "macro"],
        ["pre", "post"], ["uni", "bi"], ["peri", "endo"],
    ]
    static let suffixGroups: [[String]] = [
        ["phagia", "phasia"], ["ectomy", "otomy", "ostomy"], ["itis", "osis"], ["blastic", "clastic", "lytic"],
    ]

    /// Every word of every typed answer in the built-in deck, with each listed prefix or suffix swapped.
    static func swappedAnswers() throws -> [(typed: String, expected: String)] {
        var swaps: [(String, String)] = []
        for card in try DefaultDeck.load().cards where card.type != .truefalse {
            for answer in card.answers {
                let words = answer.lowercased().split(separator: " ").map(String.init)
                for (index, word) in words.enumerated() {
                    for group in prefixGroups {
                        for from in group where word.hasPrefix(from) && word.count > from.count + 2 {
                            for to in group where to != from {
                                var changed = words
                                changed[index] = to + word.dropFirst(from.count)
                                swaps.append((changed.joined(separator: " "), answer))
                            }
                        }
                    }
                    for group in suffixGroups {
                        for from in group where word.hasSuffix(from) && word.count > from.count + 2 {
                            for to in group where to != from {
                                var changed = words
                                changed[index] = word.dropLast(from.count) + to
                                swaps.append((changed.joined(separator: " "), answer))
                            }
                        }
                    }
                }
            }
        }
        return swaps
    }

    @Test func swappingAPrefixOrSuffixInAnyBuiltInAnswerIsWrong() throws {
        let swaps = try Self.swappedAnswers()
        #expect(swaps.count >= 10, "the built-in deck should offer prefixes and suffixes to swap")
        let deck = try DefaultDeck.load()
        let deckChecker = AnswerCheck(abbreviations: deck.abbreviations)
        let accepted = swaps.filter { Self.isAccepted(deckChecker.checkTyped($0.typed, accepted: [$0.expected])) }
        #expect(accepted.isEmpty, "accepted: \(accepted.prefix(10))")
    }

    /// Misspellings of clinical terms that change no meaning.
    @Test(arguments: [
        ("hypertenson", "hypertension"), ("tachycardai", "tachycardia"), ("bradicardia", "bradycardia"),
        ("dysphagai", "dysphagia"), ("pnemonia", "pneumonia"), ("metastisis", "metastasis"),
        ("denosumb", "denosumab"), ("zoledronc acid", "zoledronic acid"), ("hypercalcaemia", "hypercalcemia"),
        ("oedema", "edema"), ("haemorrhage", "hemorrhage"), ("anaemia", "anemia"), ("oesophagus", "esophagus"),
        ("tumor", "tumour"), ("paracetomol", "paracetamol"), ("acetaminophin", "acetaminophen"),
        ("ibuprofin", "ibuprofen"), ("nausia", "nausea"), ("vomitting", "vomiting"), ("dyspnoea", "dyspnea"),
        ("radiotheraphy", "radiotherapy"), ("chemotheraphy", "chemotherapy"), ("biphosphonate", "bisphosphonate"),
        ("spinal cord compresion", "spinal cord compression"), ("fractur", "fracture"),
        ("pathologic fracture", "pathological fracture"), ("analgezia", "analgesia"), ("opiods", "opioids"),
        ("cathater", "catheter"), ("ischaemia", "ischemia"), ("leukaemia", "leukemia"), ("diarrhoea", "diarrhea"),
        ("paediatric", "pediatric"), ("tachicardia", "tachycardia"), ("hypoglycaemia", "hypoglycemia"),
        ("thrombocytopaenia", "thrombocytopenia"), ("nuetropenia", "neutropenia"), ("sepis", "sepsis"),
        ("cianosis", "cyanosis"), ("jaundise", "jaundice"), ("osteoporosus", "osteoporosis"),
        ("hypercalcimia", "hypercalcemia"), ("sphygmomanometre", "sphygmomanometer"), ("haemoglobin", "hemoglobin"), ("hemotology", "hematology"),
        ("manoeuvre", "maneuver"), ("fibre", "fiber"), ("foetal", "fetal"), ("anaesthesia", "anesthesia"),
        ("morphin", "morphine"), ("intravenus", "intravenous"), ("subcutanous", "subcutaneous"),
        ("metastases", "metastasis"),
    ])
    func stillAcceptsGenuineTypos(typed: String, expected: String) {
        #expect(Self.isAccepted(checker.checkTyped(typed, accepted: [expected])), "\(typed) for \(expected)")
    }
}
