/// Labelled list items ("Radiation therapy. High-energy X-rays are used to…"): a multiple-choice card per item
/// that shows the explanation and asks which of the list's labels it describes. The other labels of the same
/// list are the distractors, so they are always siblings of the same kind.
enum LabelledItemRule {
    static func candidates(list items: [ArticleBlock], leadIn: ArticleBlock?, context: RuleContext) -> [Candidate] {
        let labelled = items.filter { $0.label != nil }
        guard labelled.count >= 3 else { return [] }
        let labels = labelled.compactMap(\.label)
        let topic = items.first?.topic ?? context.block.topic
        let heading = topic.isEmpty
            ? leadIn.map { SentenceSplitter.sentences(in: $0.text).last ?? $0.text } ?? "" : topic
        var cards: [Candidate] = []
        for item in labelled {
            guard let label = item.label, let first = SentenceSplitter.sentences(in: item.body).first,
                  first.spaceSeparatedCount >= 5 else { continue }
            // "These may help ease pain and other symptoms": a short explanation that leans on its label with a
            // pronoun fits other labels as well.
            let opener = first.spaceSeparated.first.map { $0.lowercased() } ?? ""
            if ["this", "these", "they", "it", "its"].contains(opener), first.spaceSeparatedCount <= 10 { continue }
            let description = masking(label, in: first)
            // "…may feel numbness or weakness" under "Numbness or Weakness": a word of the label left in the
            // description gives the answer away.
            // Words the heading shares ("Bone" in "Bone Scans" under "Diagnosing Bone Metastases") are every item's.
            let headingWords = Set(heading.lowercased().spaceSeparated.map { Sentence.singular(Sentence.key($0)) })
            let labelOwn = label.spaceSeparated.filter { !headingWords.contains(Sentence.singular(Sentence.key($0))) }
                .joined(separator: " ")
            if VerbRelation.sharesAWord(description, labelOwn) { continue }
            let others = StableOrder.shuffled(labels.filter { $0 != label }, seed: label).prefix(3)
            let options = StableOrder.shuffled([label] + others, seed: description)
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
            cards.append(context.candidate(.mcq, prompt: prompt, answers: [label], rule: .labelledItem, confidence: 0.7,
                                           options: options, correct: [correct]))
        }
        return cards
    }

    /// The description with the label's words (singular or plural, with a leading article) replaced by "this".
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
                words.replaceSubrange(start..<(index + target.count), with: ["this" + trailing])
                index = start + 1
            }
        }
        return words.joined(separator: " ").capitalizedFirst
    }
}
