import PearlsCore

/// Clinical terms that look alike but mean something else, so a typed answer is never accepted as a typo of
/// its opposite: `hypotension` for hypertension, `ileum` for ilium, `dysphasia` for dysphagia.
///
/// Two words clash when they are a listed pair, when they differ in a meaning-bearing prefix or suffix of one
/// group (`hypo`/`hyper`, `-ectomy`/`-ostomy`), or when the typed word is itself another known term (one the
/// decks use, or a listed one) within typo distance of the expected word. Words are compared in their
/// spelling-folded form (British and American spellings agree), and singular and plural are one term.
public struct ClinicalTerms: Sendable {
    /// Known terms, spelling-folded.
    private let known: Set<String>

    /// The listed pairs and affixes only.
    public static let builtIn = ClinicalTerms(deckTexts: [])

    /// The listed terms plus every word of five letters or more in `deckTexts` (a deck's answers and options).
    public init(deckTexts: [String]) {
        var known = Set(Self.pairs.flatMap { [$0.0, $0.1] })
        for text in deckTexts {
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 5 {
                known.insert(Self.folded(String(word)))
            }
        }
        self.known = known
    }

    /// Prefixes whose members mean opposite or different things.
    public static let prefixGroups: [[String]] = [
        ["hypo", "hyper"], ["brady", "tachy"], ["inter", "intra", "extra"], ["endo", "exo", "ecto"],
        ["micro", "macro"], ["pre", "post"], ["uni", "bi"], ["peri", "endo"], ["hemi", "hemo"], ["hemi", "hema"],
        ["supra", "infra", "sub"], ["ante", "post"], ["hyper", "hemi"], ["olig", "poly"], ["dextro", "levo"],
    ]

    /// Suffixes whose members name different things.
    public static let suffixGroups: [[String]] = [
        ["phagia", "phasia", "phonia"], ["ectomy", "otomy", "ostomy"], ["itis", "osis"],
        ["blastic", "clastic", "lytic"], ["plegia", "paresis"], ["penia", "cytosis"], ["scopy", "tomy"],
    ]

    /// Look-alike terms that no affix rule catches (roots, organs, drugs of the ISMP confused-names list).
    static let pairs: [(String, String)] = [
        ("ilium", "ileum"), ("iliac", "ileac"), ("abduction", "adduction"), ("abductor", "adductor"),
        ("abduct", "adduct"), ("abducted", "adducted"), ("prostate", "prostrate"), ("perineal", "peroneal"),
        ("palpation", "palpitation"), ("afferent", "efferent"), ("medial", "median"), ("hypoxia", "hypoxemia"),
        ("hematoma", "hepatoma"), ("insulin", "inulin"), ("prednisone", "prednisolone"), ("novolog", "novolin"),
        ("humalog", "humulin"), ("celebrex", "celexa"), ("celebrex", "cerebyx"), ("hydroxyzine", "hydralazine"),
        ("vinblastine", "vincristine"), ("anuria", "dysuria"), ("oliguria", "polyuria"), ("glycogen", "glucagon"),
        ("ureter", "urethra"), ("arteriosclerosis", "atherosclerosis"), ("lamictal", "lamisil"),
        ("toradol", "tramadol"), ("epinephrine", "ephedrine"), ("chlorpromazine", "chlorpropamide"),
        ("dopamine", "dobutamine"), ("zyprexa", "zyrtec"), ("aphasia", "aphagia"), ("dysphonia", "dysphagia"),
        ("mucous", "mucosa"), ("vesical", "vesicle"), ("cerebrum", "cerebellum"), ("apnea", "dyspnea"),
        ("osteoblastic", "osteolytic"), ("hydrocodone", "oxycodone"), ("clonidine", "klonopin"),
        ("metformin", "metronidazole"), ("hydromorphone", "morphine"), ("heparin", "hespan"),
        ("lasix", "losec"), ("xanax", "zantac"),
    ].map { (folded($0.0), folded($0.1)) }

    private static let pairKeys: Set<String> = Set(pairs.flatMap { ["\($0.0)|\($0.1)", "\($0.1)|\($0.0)"] })

    /// The first word of `typed` that clashes with the word in its place in `expected`, with that word.
    /// `own` holds the words of every answer the card accepts, which are never another term.
    func firstClash(typed: [String], expected: [String], own: Set<String>) -> (typed: String, expected: String)? {
        guard typed.count == expected.count else { return nil }
        for (word, wanted) in zip(typed, expected) where word != wanted && clash(word, wanted, own: own) {
            return (word, wanted)
        }
        return nil
    }

    /// Whether `word` typed for `wanted` names a different term.
    func clash(_ word: String, _ wanted: String, own: Set<String>) -> Bool {
        let typed = Self.folded(word), expected = Self.folded(wanted)
        if !Self.singulars(typed).isDisjoint(with: Self.singulars(expected)) { return false }
        if Self.pairKeys.contains("\(typed)|\(expected)") { return true }
        if Self.differInAffix(typed, expected) { return true }
        guard isKnown(typed), !own.contains(word) else { return false }
        return editDistance(typed, expected, limit: 3) <= max(1, AnswerCheck.typoAllowance(length: expected.count))
    }

    /// Whether `word` (normalized) is a term the decks or the lists know.
    func isKnown(_ word: String) -> Bool {
        !known.isDisjoint(with: Self.singulars(Self.folded(word)))
    }

    /// Whether the words start (or end) with different members of one listed group.
    static func differInAffix(_ lhs: String, _ rhs: String) -> Bool {
        for group in prefixGroups {
            let left = group.filter { lhs.hasPrefix($0) && lhs.count > $0.count + 2 }.max { $0.count < $1.count }
            let right = group.filter { rhs.hasPrefix($0) && rhs.count > $0.count + 2 }.max { $0.count < $1.count }
            if let left, let right, left != right { return true }
        }
        for group in suffixGroups {
            let left = group.filter { lhs.hasSuffix($0) && lhs.count > $0.count + 2 }.max { $0.count < $1.count }
            let right = group.filter { rhs.hasSuffix($0) && rhs.count > $0.count + 2 }.max { $0.count < $1.count }
            if let left, let right, left != right { return true }
        }
        return false
    }

    /// British spellings read as American ones: `haemorrhage` → `hemorrhage`, `tumour` → `tumor`,
    /// `localised` → `localized`, `metre` → `meter`, `fibre` → `fiber`, `manoeuvre` → `maneuver`.
    static func folded(_ word: String) -> String {
        var word = word.lowercased()
        if word.contains("ae") { word = word.replacingOccurrences(of: "ae", with: "e") }
        if word.contains("oe") { word = word.replacingOccurrences(of: "oe", with: "e") }
        for (british, american) in [("our", "or"), ("ours", "ors"), ("tre", "ter"), ("tres", "ters"), ("bre", "ber"),
                                    ("vre", "ver"), ("ise", "ize"),
                                    ("ised", "ized"), ("ising", "izing"), ("isation", "ization"), ("yse", "yze")]
        where word.count >= british.count + 2 && word.hasSuffix(british) {
            return word.dropLast(british.count) + american
        }
        return word
    }

    /// The word and the singulars it may be the plural of (`metastases` → `metastasis`, `diseases` →
    /// `disease`, `therapies` → `therapy`, `tumors` → `tumor`).
    static func singulars(_ word: String) -> Set<String> {
        var forms: Set<String> = [word]
        guard word.count > 3 else { return forms }
        if word.hasSuffix("ses") { forms.insert(word.dropLast(2) + "is") }
        if word.hasSuffix("ies") { forms.insert(word.dropLast(3) + "y") }
        if word.hasSuffix("es") { forms.insert(String(word.dropLast(2))) }
        if word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") {
            forms.insert(String(word.dropLast()))
        }
        return forms
    }
}
