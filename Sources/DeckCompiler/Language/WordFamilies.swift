/// Words a patient page uses for one idea under different names ("a balanced diet" and "Nutrition", "X-rays" and
/// "Radiation therapy"). A description that names its answer's idea in other words gives the answer away as surely
/// as one that repeats it. Written for this project from everyday clinical vocabulary.
enum WordFamilies {
    static let families: [[String]] = [
        ["diet", "dietary", "food", "eat", "eating", "meal", "nutrition", "nutritional", "nutrient", "dietitian", "dietician"],
        ["radiation", "radiotherapy", "x-ray", "xray", "beam", "irradiation"],
        ["emotion", "emotional", "emotionally", "mental", "psychological", "counselling", "counseling", "counsellor",
         "counselor", "anxiety", "depression", "mood", "wellbeing", "psychologist"],
        ["exercise", "exercising", "activity", "active", "physical", "fitness", "walking", "physiotherapy", "workout"],
        ["weight", "overweight", "obesity", "obese"],
        ["pain", "painful", "analgesic", "painkiller", "ache", "aching", "sore"],
        ["surgery", "surgical", "operation", "surgeon", "operate"],
        ["medication", "medicine", "drug", "tablet", "pill"],
        ["sleep", "sleeping", "insomnia"],
        ["tired", "tiredness", "fatigue", "exhaustion", "exhausted", "lethargy", "lethargic"],
        ["breath", "breathe", "breathing", "breathless", "breathlessness", "respiratory", "lung", "pulmonary"],
        ["heart", "cardiac", "cardiovascular", "coronary"],
        ["kidney", "renal"],
        ["urine", "urinary", "urinate", "urination", "bladder"],
        ["sugar", "glucose", "glycaemic", "glycemic", "hypoglycaemia", "hypoglycemia", "hyperglycaemia", "hyperglycemia"],
        ["women", "woman", "female", "breast", "ovarian", "ovary", "cervical", "uterine", "pregnancy", "pregnant"],
        ["men", "man", "male", "prostate", "testicular"],
        ["smoking", "smoke", "smoker", "tobacco", "cigarette", "nicotine"],
        ["alcohol", "alcoholic"],
        ["skin", "rash", "dermal", "cutaneous"],
        ["infection", "infectious", "bacteria", "bacterial", "antibiotic", "sepsis", "septic"],
        ["hormone", "hormonal", "estrogen", "oestrogen", "testosterone"],
        ["chemotherapy", "chemo", "cytotoxic"],
        ["immune", "immunity", "immunotherapy"],
        ["fluid", "water", "hydration", "hydrated", "dehydration", "dehydrated"],
        ["nerve", "neurological", "numbness", "tingling"],
        ["spread", "spreading", "metastasis", "metastases", "metastatic", "metastasize", "metastasise"],
        ["fracture", "break", "broken"],
        ["swelling", "swollen", "oedema", "edema"],
        ["clot", "clotting", "thrombosis", "thrombus", "embolism", "anticoagulant"],
    ]

    /// Each word's families, by index into `families`.
    private static let index: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (family, words) in families.enumerated() {
            for word in words { index[word, default: []].append(family) }
        }
        return index
    }()

    /// How two texts name one idea.
    enum Relation {
        /// A word of each in one family ("diet" and "Nutrition").
        case family
        /// One holds the other's first four letters after the start of a longer word: a term built on it
        /// ("calcium" in "Hypercalcemia").
        case term
    }

    /// How a word of `text` and a word of `other` name one idea, if they do (words of five letters or more make
    /// terms; the terms are eight letters or more).
    static func relation(_ text: String, _ other: String) -> Relation? {
        let these = words(text), those = words(other)
        let theseFamilies = Set(these.flatMap { index[$0] ?? [] })
        if !theseFamilies.isDisjoint(with: those.flatMap { index[$0] ?? [] }) { return .family }
        let stems = { (words: Set<String>) in Set(words.filter { $0.count >= 5 }.map { String($0.prefix(4)) }) }
        let embedded = { (stems: Set<String>, words: Set<String>) in
            words.contains { word in word.count >= 8 && stems.contains { String(word.dropFirst()).containsBytes($0) } }
        }
        return embedded(stems(these), those) || embedded(stems(those), these) ? .term : nil
    }

    /// Lowercased singular words, without punctuation.
    private static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().spaceSeparated.map { Sentence.singular(Sentence.key($0)) }.filter { !$0.isEmpty })
    }
}
