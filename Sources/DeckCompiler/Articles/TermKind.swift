/// The kind of thing a term names, so distractors are siblings of the same kind (other tests for a test,
/// other bones for a bone), never nonsense.
///
/// The lexicon is general clinical vocabulary, not any article's: it classifies terms the input itself names.
enum TermKind: String, Sendable, CaseIterable {
    case organ, bone, test, treatment, drug, symptom

    private static let words: [String: TermKind] = {
        var table: [String: TermKind] = [:]
        let groups: [(TermKind, String)] = [
            (.organ, "breast prostate lung lungs kidney kidneys thyroid bladder uterus liver colon rectum pancreas "
                + "stomach brain skin ovary ovaries cervix esophagus bowel heart pancreatic renal melanoma "
                + "intestine spleen gallbladder throat mouth tongue blood lymph"),
            (.bone, "spine pelvis hip hips rib ribs skull femur humerus thigh thighs vertebrae vertebra sternum "
                + "tibia fibula radius ulna clavicle scapula jaw extremities arm arms leg legs shoulder knee wrist ankle"),
            (.test, "x-ray x-rays xray mri ct scan scans biopsy ultrasound pet echocardiogram ecg ekg spirometry "
                + "urinalysis mammogram colonoscopy endoscopy a1c test tests culture panel angiogram "
                + "electrocardiogram imaging"),
            (.treatment, "therapy chemotherapy radiation surgery ablation transplant dialysis radiotherapy "
                + "immunotherapy physiotherapy rehabilitation counselling counseling splint cast"),
            (.drug, "medicine medicines medication medications drug drugs bisphosphonates denosumab opioids "
                + "nsaids antibiotics insulin metformin steroids corticosteroids inhaler inhalers diuretics "
                + "aspirin acetaminophen ibuprofen morphine heparin warfarin statins beta-blockers"),
            (.symptom, "pain fatigue nausea vomiting fever swelling numbness weakness confusion thirst cough "
                + "tiredness dizziness headache paralysis constipation diarrhea wheezing tenderness lethargy "
                + "itching rash bleeding bruising fractures fracture dehydration breathlessness"),
        ]
        for (kind, list) in groups {
            for word in list.spaceSeparated { table[String(word)] = kind }
        }
        return table
    }()

    /// Multi-word names that the single-word table would misread ("blood test" is a test, not an organ).
    private static let phrases: [(String, TermKind)] = [
        ("blood test", .test), ("bone scan", .test), ("ct scan", .test), ("pet scan", .test),
        ("physical exam", .test), ("shortness of breath", .symptom), ("weight loss", .symptom),
        ("loss of appetite", .symptom), ("chest pain", .symptom), ("bone pain", .symptom),
        ("radiation therapy", .treatment), ("hormone therapy", .treatment), ("targeted therapy", .treatment),
        ("physical therapy", .treatment), ("pain management", .treatment), ("broken bones", .symptom),
        ("upper arm", .bone), ("upper leg", .bone), ("long bones", .bone),
    ]

    /// The kind of a short term, from its known phrases, then its head (last) word, then any word.
    static func of(_ term: String) -> TermKind? {
        let lowered = term.lowercased()
        if let phrase = phrases.first(where: { lowered.containsBytes($0.0) }) { return phrase.1 }
        let keys = term.spaceSeparated.map { Sentence.key($0) }.filter { !$0.isEmpty }
        if let head = keys.last, let kind = words[head] { return kind }
        if keys.last == "cancer" || keys.last == "cancers", keys.count >= 2, let kind = words[keys[keys.count - 2]] {
            return kind == .organ ? .organ : kind
        }
        return keys.lazy.compactMap { words[$0] }.first
    }

    /// The kind a list's lead-in announces ("symptoms include:", "tests such as").
    static func announced(by leadIn: String) -> TermKind? {
        // The last clause says what follows ("While treatments help, lifestyle changes include:" lists changes).
        let lowered = String(leadIn.lowercased().split(separator: ",").last ?? "")
        let cues: [(String, TermKind)] = [
            ("symptom", .symptom), ("sign", .symptom), ("test", .test), ("scan", .test), ("imaging", .test),
            ("diagnos", .test), ("medicine", .drug), ("medication", .drug), ("drug", .drug), ("treatment", .treatment),
            ("therap", .treatment), ("option", .treatment), ("cancers", .organ), ("bones", .bone),
        ]
        return cues.first { lowered.containsBytes($0.0) }?.1
    }

    /// Words of the lexicon found in `text`, as they are written there (for the sibling pool).
    static func mentions(in sentence: Sentence) -> [(term: String, kind: TermKind)] {
        var found: [(String, TermKind)] = []
        var index = 0
        while index < sentence.keys.count {
            let two = index + 1 < sentence.keys.count ? sentence.keys[index] + " " + sentence.keys[index + 1] : ""
            if let phrase = phrases.first(where: { $0.0 == two }) {
                found.append((sentence.phrase(index..<(index + 2)), phrase.1))
                index += 2
                continue
            }
            let key = sentence.keys[index]
            if let kind = words[key], kind != .organ || index + 1 < sentence.keys.count && sentence.keys[index + 1].hasPrefix("cancer") {
                found.append((sentence.phrase(index..<(index + 1)), kind))
            }
            index += 1
        }
        return found
    }
}
