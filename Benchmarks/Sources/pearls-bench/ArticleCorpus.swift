import PearlsCore

/// A synthetic article corpus of any size for the compiler benchmarks: headings, definitional and causal
/// prose, bullet lists under lead-ins, numbers, and blocks of web boilerplate, from small vocabularies.
/// Deterministic for a seed.
enum ArticleCorpus {
    private static let conditions = ["anemia", "gout", "asthma", "psoriasis", "glaucoma", "sepsis", "cirrhosis",
                                     "pneumonia", "migraine", "lupus", "scoliosis", "bronchitis"]
    private static let organs = ["liver", "kidney", "lung", "skin", "heart", "joint", "eye", "blood", "bone", "nerve"]
    private static let symptoms = ["fatigue", "fever", "swelling", "pain", "cough", "nausea", "dizziness", "itching",
                                   "headache", "weakness", "rash", "thirst"]
    private static let tests = ["blood test", "X-ray", "CT scan", "MRI", "ultrasound", "biopsy"]
    private static let furniture = [
        "Sign up for our newsletter and get the latest health news in your inbox.",
        "Advertisement", "© 2025 Example Health Media. All rights reserved.",
        "We may earn a commission when you buy through links on our site.",
        "Call 555-010-2030 to book an appointment with our specialists.",
    ]

    static func text(bytes target: Int, seed: UInt64) -> String {
        var generator = SplitMix64(seed: seed)
        func pick(_ words: [String]) -> String { words[Int(generator.next() % UInt64(words.count))] }
        var out = ""
        out.reserveCapacity(target + 1024)
        var section = 0
        while out.utf8.count < target {
            let condition = pick(conditions)
            let organ = pick(organs)
            section += 1
            out += "\(condition.capitalized) and the \(organ), part \(section)\n\n"
            if generator.next() % 3 == 0 { out += pick(furniture) + "\n\n" }
            out += "\(condition.capitalized) is a condition in which the \(organ) becomes inflamed and stops working well. "
            out += "It can affect people of any age. \(condition.capitalized) can cause \(pick(symptoms)) and \(pick(symptoms)). "
            out += "The \(organ) swells because immune cells gather in the tissue.\n\n"
            out += "Common symptoms include:\n"
            for _ in 0..<(3 + Int(generator.next() % 3)) { out += "- " + pick(symptoms).capitalized + "\n" }
            out += "\nA \(pick(tests)) is the best test for finding \(condition) early. "
            out += "About \(5 + Int(generator.next() % 60))% of people with \(condition) need treatment within "
            out += "\(2 + Int(generator.next() % 10)) weeks. Doctors may also order tests such as a "
            out += "\(pick(tests)), a \(pick(tests)) and a \(pick(tests)).\n\n"
        }
        return out
    }
}
