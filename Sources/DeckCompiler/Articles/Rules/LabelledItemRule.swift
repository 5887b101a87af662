import PearlsCore

/// Labelled list items ("Radiation therapy. High-energy X-rays are used to…"): a multiple-choice card per item
/// that shows the explanation and asks which of the list's labels it describes. The other labels of the same
/// list are the distractors, so they are always siblings of the same kind.
enum LabelledItemRule {
    static func candidates(list items: [ArticleBlock], leadIn: ArticleBlock?, context: RuleContext) -> [Candidate] {
        let labelled = items.filter { $0.label != nil }
        guard labelled.count >= 3 else { return [] }
        // "…on any part of your body, such as:" names the items' kind itself: the heading ("Symptoms") does not.
        if let leadIn, ["such as:", "like:"].contains(where: leadIn.text.lowercased().hasSuffix) { return [] }
        let labels = labelled.compactMap(\.label)
        let topic = items.first?.topic ?? context.block.topic
        let heading = topic.isEmpty
            ? leadIn.map { SentenceSplitter.sentences(in: $0.text).last ?? $0.text } ?? "" : topic
        // Each item's first sentence, for the check that a description is its label's alone.
        let headingWords = Set(heading.lowercased().spaceSeparated.map { Sentence.singular(Sentence.key($0)) })
        let descriptions = labelled.map { item in
            SentenceSplitter.sentences(in: item.body).first.map { masking(item.label ?? "", in: $0) } ?? ""
        }
        var cards: [Candidate] = []
        for (position, item) in labelled.enumerated() {
            guard let label = item.label, let first = SentenceSplitter.sentences(in: item.body).first,
                  first.spaceSeparatedCount >= 5 else { continue }
            if let (means, purpose) = Self.usedTo(first) {
                // "Ablation. Heat or cold are used to kill cancer cells." → "What does ablation use to kill cancer cells?"
                let named = label.lowercasedFirst
                let itemContext = RuleContext(sentence: Sentence(first), previous: nil, block: item, file: context.file,
                                              siblings: context.siblings)
                cards.append(itemContext.candidate(.basic, prompt: "What does \(named) use to \(purpose)?", answers: [means],
                                                   rule: .labelledItem, confidence: 0.5))
            }
            // "These can reveal changes in bone structure" under "X-Rays": what one test shows, other tests show
            // too (reviews 19, 23, 24 and 25 rejected such choices between imaging tests). How a test is done
            // ("injecting a small amount of radioactive material…") stays its own.
            if context.siblings.kind(of: label) == .test, Self.saysWhatItShows(first) { continue }
            // "These may help ease pain and other symptoms": a short explanation that leans on its label with a
            // pronoun fits other labels as well.
            let opener = first.spaceSeparated.first.map { $0.lowercased() } ?? ""
            if ["this", "these", "they", "it", "its"].contains(opener), first.spaceSeparatedCount <= 10 { continue }
            let description = descriptions[position]
            if Self.masksInsideAPhrase(description) { continue }
            // "This often spreads to the bones, especially in advanced stages" fits the other cancers of the list as
            // well: a description built like a sibling's, with no noun of its own, has no one answer.
            let others = descriptions.indices.filter { $0 != position }.map { descriptions[$0] }
            if !Self.isItsOwn(description, among: others, ignoring: headingWords) { continue }
            // "…may feel numbness or weakness" under "Numbness or Weakness": a word of the label left in the
            // description gives the answer away.
            // Words the heading shares ("Bone" in "Bone Scans" under "Diagnosing Bone Metastases") are every item's.
            let labelOwn = label.spaceSeparated.filter { !headingWords.contains(Sentence.singular(Sentence.key($0))) }
                .joined(separator: " ")
            if VerbRelation.sharesAWord(description, labelOwn) { continue }
            // "A balanced diet…" under "Nutrition", "High-energy X-rays…" under "Radiation therapy": other words for
            // the label's idea give it away too, unless they fit another label as well. A term built on a word of the
            // description ("excess calcium" for "Hypercalcemia") is still worth recalling, typed.
            var type = CardType.mcq
            if let relation = WordFamilies.relation(description, labelOwn),
               !labels.contains(where: { $0 != label && WordFamilies.relation(description, $0) != nil }) {
                guard relation == .term, label.spaceSeparatedCount == 1 else { continue }
                type = .basic
            }
            let distractors = StableOrder.shuffled(labels.filter { $0 != label }, seed: label).prefix(3)
            let options = StableOrder.shuffled([label] + distractors, seed: description)
            guard let correct = options.firstIndex(of: label) else { continue }
            let context = RuleContext(sentence: Sentence(first), previous: nil, block: item, file: context.file,
                                      siblings: context.siblings)
            // "What are the treatment options for bone metastases?" → "Which of the treatment options for bone
            // metastases is this: "…"?"; a heading that makes no such question keeps the plain stem.
            let listQuestion = ListQuestion.fromHeading(heading)
            let prompt: String
            if let listQuestion, listQuestion.hasPrefix("What are the "), !listQuestion.contains(" Name ") {
                let phrase = String(listQuestion.dropFirst("What are the ".count).dropLast())
                // The head noun is the last word before "of", "for"…: "treatment options for…" is plural.
                let head = phrase.spaceSeparated.prefix { !["of", "for", "in", "with", "to"].contains($0) }.last.map(String.init) ?? phrase
                prompt = (LeadInList.isPlural(head) ? "Which of the " : "Which ") + phrase + " is this: \"" + description + "\"?"
            } else {
                prompt = "Which of these fits this description" + (heading.isEmpty ? "" : " (" + heading.trimming(" :") + ")")
                    + "? \"" + description + "\""
            }
            cards.append(type == .mcq
                ? context.candidate(.mcq, prompt: prompt, answers: [label], rule: .labelledItem, confidence: 0.7,
                                    options: options, correct: [correct])
                : context.candidate(.basic, prompt: prompt, answers: [label], rule: .labelledItem, confidence: 0.7))
        }
        return cards
    }

    /// Whether a test's description says what it shows or finds ("can reveal changes…", "provide detailed images",
    /// "useful for detecting…").
    static func saysWhatItShows(_ description: String) -> Bool {
        let words = Set(description.lowercased().spaceSeparated.map { Sentence.key($0) })
        return !words.isDisjoint(with: ["reveal", "reveals", "show", "shows", "image", "images", "detect", "detects", "detecting",
                                        "visualisation", "visualization", "see", "find", "finds", "identify", "spot"])
    }

    /// "Heat or cold are used to kill cancer cells." → ("Heat or cold", "kill cancer cells"): what an item's
    /// description says it uses, and for what; `nil` for any other sentence, or a "these" that names nothing.
    static func usedTo(_ sentence: String) -> (means: String, purpose: String)? {
        guard let joint = sentence.rangeOfBytes(" are used to ") ?? sentence.rangeOfBytes(" is used to ") else { return nil }
        let means = String(sentence[..<joint.lowerBound]).trimming(" ")
        let purpose = String(sentence[joint.upperBound...]).trimming(" .")
        let opener = means.spaceSeparated.first.map { $0.lowercased() } ?? ""
        guard (1...6).contains(means.spaceSeparatedCount), (2...14).contains(purpose.spaceSeparatedCount),
              // "Special medicines", "Strong medicines": what every drug treatment uses.
              !["this", "these", "they", "it", "those", "some", "different", "special", "strong", "certain"].contains(opener)
        else { return nil }
        return (means, purpose)
    }

    /// "Low-impact this, such as walking…": whether the label was masked inside its own noun phrase, which leaves
    /// the phrase broken.
    static func masksInsideAPhrase(_ description: String) -> Bool {
        let tokens = Passage(description).tokens
        return tokens.indices.dropFirst().contains { ["this", "these"].contains(tokens[$0].key)
            && ([.adjective, .noun, .possessive, .determiner].contains(tokens[$0 - 1].tag) || tokens[$0 - 1].key.contains("-")) }
    }

    /// Whether `description` tells its item from the others: it shares under a quarter of its content words with
    /// each sibling's description, or it has a noun none of them has ("heat or cold" among the ways to kill
    /// cancer cells).
    static func isItsOwn(_ description: String, among others: [String], ignoring common: Set<String>) -> Bool {
        let words = { (text: String) in
            Set(Passage(text).tokens.filter { $0.key.count >= 4 && !Stopwords.english.contains($0.key) && $0.tag != .punctuation }
                .map { Sentence.singular($0.key) }).subtracting(common)
        }
        // A noun the word list knows, a name, or a hyphenated term ("X-rays"): not a verb the tagger missed.
        let nouns = { (text: String) in
            Set(Passage(text).tokens.filter { token in
                token.tag == .properNoun || token.tag == .noun && (GluedWords.nouns.contains(token.key) || token.key.contains("-"))
            }.map { Sentence.singular($0.key) }).subtracting(common)
        }
        let own = words(description)
        guard !own.isEmpty else { return false }
        let theirWords = others.map(words)
        let similar = theirWords.contains { theirs in
            Double(own.intersection(theirs).count) / Double(own.union(theirs).count) >= 0.25
        }
        // "This frequently spreads to bones, especially when diagnosed at later stages": every noun and adjective
        // of it is in the other descriptions too, so it says what the whole list shares (reviews 27 and 29 to 32).
        let othersWords = theirWords.reduce(into: Set<String>()) { $0.formUnion($1) }
        let ownNouns = Set(Passage(description).tokens.filter { [.noun, .properNoun, .adjective].contains($0.tag) && $0.key.count >= 3 }
            .map { Sentence.singular($0.key) }).subtracting(common)
        if ownNouns.isSubset(of: othersWords) { return false }
        guard similar else { return true }
        let othersNouns = others.reduce(into: Set<String>()) { $0.formUnion(nouns($1)) }
        return !nouns(description).subtracting(othersNouns).isEmpty
    }

    /// The description with the label's words (singular or plural, with a leading article) replaced by "this", or
    /// "these" for a plural.
    ///
    /// "MRI (Magnetic Resonance Imaging)" is masked as "MRI" and as its expansion; "Bone Scans" masks "a bone scan".
    static func masking(_ label: String, in text: String) -> String {
        let names = label.split(separator: "(").map { String($0).trimming(" )") }.filter { !$0.isEmpty }
        var words = text.spaceSeparated.map(String.init)
        for name in names {
            let target = name.spaceSeparated.map { Sentence.singular(Sentence.key($0)) }
            guard !target.isEmpty else { continue }
            var index = 0
            while index + target.count <= words.count {
                let keys = words[index..<(index + target.count)].map { Sentence.singular(Sentence.key(Substring($0))) }
                guard keys == target else { index += 1; continue }
                let trailing = String(words[index + target.count - 1].reversed().prefix { !$0.isLetter && !$0.isNumber }.reversed())
                var start = index
                if start > 0, ["a", "an", "the"].contains(words[start - 1].lowercased()) { start -= 1 }
                // "Diuretics help…" → "These help…": the pointer agrees with the verb after it.
                let last = Sentence.key(Substring(words[index + target.count - 1]))
                let pointer = Sentence.singular(last) != last && last.hasSuffix("s") ? "these" : "this"
                words.replaceSubrange(start..<(index + target.count), with: [pointer + trailing])
                index = start + 1
            }
        }
        return words.joined(separator: " ").capitalizedFirst
    }
}
