import PearlsCore

/// A bullet list under its lead-in ("Early signs of a low blood sugar include:"). The whole list is one
/// card, never a cloze on one item (the other items would fit the gap as well): "name any 3 of them" recall.
enum LeadInList {
    static func candidates(items: [ArticleBlock], leadIn: String, file: String, block: ArticleBlock,
                           siblings: SiblingTerms, owner: String, pageSubject: String, cut: Bool = false) -> [Candidate] {
        let glosses = items.map { ItemGloss($0.text) }
        let terms = items.map(term)
        guard terms.count >= 2, let question = ListQuestion.question(leadIn: leadIn, heading: block.topic, owner: owner, page: pageSubject) else {
            return []
        }
        let context = ClauseContext(passage: Passage(leadIn), clauses: [], index: 0, antecedent: nil, block: block,
                                    file: file, siblings: siblings)
        var made: [Candidate] = []
        // "Anaemia – a lack of red blood cells": the gloss defines its term.
        for (item, gloss) in zip(items, glosses) {
            // Only a gloss that is a noun phrase defines ("a lack of red blood cells"); a sentence about the term
            // ("X-rays can reveal…") does not.
            guard let gloss, let first = Passage(gloss.gloss).tokens.first,
                  ["a", "an", "the", "where", "when"].contains(first.key),
                  !Passage(gloss.gloss).tokens.prefix(4).contains(where: { $0.tag.isFinite }),
                  // "The body's response to cancer can lead to fatigue" is a sentence: a finite verb outside a
                  // relative clause ("a lack of cells that carry oxygen").
                  !Self.hasMainVerb(gloss.gloss),
                  gloss.gloss.spaceSeparatedCount <= 25 else { continue }
            var itemBlock = block
            itemBlock.line = item.line
            let itemContext = ClauseContext(passage: Passage(item.text), clauses: [], index: 0, antecedent: nil,
                                            block: itemBlock, file: file, siblings: siblings)
            var card = itemContext.candidate(.basic, prompt: "What \(Self.isPlural(gloss.term) ? "are" : "is") \(gloss.term.lowercasedFirst)?", answers: [gloss.gloss],
                                             template: .copulaDefinition, prior: 0.85)
            card.clauseKey = "gloss#" + item.text
            made.append(card)
        }
        made += ItemDetail.candidates(items: items.map(\.text), question: question, context: context)
        made += StepDetail.candidates(items: items, question: question, context: context)
        made += ItemQuantity.candidates(items: items, question: question, context: context)
        made += conditionalLists(items: items, question: question, block: block, file: file, siblings: siblings)
        made += whenToFollow(leadIn: leadIn, question: question, context: context)
        made += adviceBefore(leadIn: leadIn, question: question, context: context)
        // The whole list is one card, "Name any 3 of the 8", marked item by item (`Card.needed`). It offers no
        // wrong options: a page names none of the list's own kind, and signs set beside tests or treatments are
        // picked out without knowing the signs (blind reviews 11 and 12 rejected every such card).
        // A list the saved page cuts off names only its first items: the card asks for those as such.
        // "When getting up:" opens a sublist of its own, asked by its own card: it is no answer here.
        let answered = zip(items, terms).filter { !$0.0.text.hasSuffix(":") }.map(\.1)
        if let card = ListRecall.card(question, items: answered.map { (shortened($0) ?? $0).capitalizedFirst }, partial: cut, context: context,
                                      template: .leadInList, prior: 0.95, clauseKey: "list#" + leadIn + "#" + String(block.line)) {
            made.insert(card, at: 0)
        }
        return made
    }

    /// "Extreme tiredness, nausea, confusion, or the need to urinate often if there is too much calcium in the
    /// blood": an item that is itself a list under its own condition is a list card of its own, "What are the
    /// symptoms of X if there is too much calcium in the blood? Name any 3 of the 4."
    static func conditionalLists(items: [ArticleBlock], question: String, block: ArticleBlock, file: String,
                                 siblings: SiblingTerms) -> [Candidate] {
        guard question.hasSuffix("?") else { return [] }
        return items.compactMap { item in
            guard let joint = item.text.rangeOfBytes(" if ") ?? item.text.rangeOfBytes(" when ") else { return nil }
            let listed = Passage(String(item.text[..<joint.lowerBound]))
            var condition = String(item.text[item.text.index(after: joint.lowerBound)...])
            // "(bone metastases often cause high calcium levels)" adds to the condition; the card asks without it.
            if let aside = condition.rangeOfBytes(" (") ?? condition.rangeOfBytes(" – ") { condition = String(condition[..<aside.lowerBound]) }
            condition = condition.trimming(" .,;")
            guard (3...16).contains(condition.spaceSeparatedCount),
                  let members = InlineList.items(in: 0..<listed.tokens.count, of: listed, allowingInfinitives: true) else { return nil }
            var itemBlock = block
            itemBlock.line = item.line
            let context = ClauseContext(passage: Passage(item.text), clauses: [], index: 0, antecedent: nil, block: itemBlock,
                                        file: file, siblings: siblings)
            return ListRecall.card(question.dropLast() + " " + condition + "?", items: members.map(\.capitalizedFirst), minimum: 3,
                                   context: context, template: .leadInList, prior: 0.85, clauseKey: "list#" + item.text)
        }
    }

    /// Whether `phrase` has a finite verb before any relative word ("that", "which", "who", "where", "when").
    static func hasMainVerb(_ phrase: String) -> Bool {
        for token in Passage(phrase).tokens {
            if ["that", "which", "who", "where", "when", "whose"].contains(token.key) { return false }
            if token.tag.isFinite && token.tag != .verb { return true }
        }
        return false
    }

    /// "Follow these steps if your blood sugar is less than 4mmol/L:" under "How to treat a low blood sugar
    /// yourself": the steps' condition, asked as "When should you treat a low blood sugar yourself?".
    static func whenToFollow(leadIn: String, question: String, context: ClauseContext) -> [Candidate] {
        let text = (SentenceSplitter.sentences(in: leadIn).last ?? leadIn).trimming(" :")
        guard question.hasPrefix("How do you "), let condition = text.rangeOfBytes(" if ") ?? text.rangeOfBytes(" when "),
              text[..<condition.lowerBound].spaceSeparatedCount <= 5 else { return [] }
        let answer = String(text[text.index(after: condition.lowerBound)...])
        guard (3...25).contains(answer.spaceSeparatedCount) else { return [] }
        let asked = "When should you " + question.dropFirst("How do you ".count)
        var card = context.candidate(.basic, prompt: asked, answers: [answer], template: .conditionAdvice, prior: 0.7)
        card.clauseKey = "when#" + leadIn
        guard let limit = Threshold.card(condition: answer, action: String(question.dropFirst("How do you ".count).dropLast())) else { return [card] }
        var limitCard = context.candidate(.basic, prompt: limit.prompt, answers: [limit.answer], template: .quantity, prior: 0.8)
        limitCard.clauseKey = "limit#" + leadIn
        return [card, limitCard]
    }

    /// "Contact your GP straight away if you have any of the following symptoms:" over the symptoms of severe
    /// dehydration: the advice is a fact of its own, read as a sentence that names the list where it points at it
    /// ("…if you have any of the symptoms of severe dehydration").
    static func adviceBefore(leadIn: String, question: String, context: ClauseContext) -> [Candidate] {
        let text = (SentenceSplitter.sentences(in: leadIn).last ?? leadIn).trimming(" :")
        guard question.hasPrefix("What are the "), question.hasSuffix("?"),
              let pointer = text.rangeOfBytes(" the following ") ?? text.rangeOfBytes(" these ") else { return [] }
        let named = String(question.dropFirst("What are ".count).dropLast())
        // Only where the pointer's noun is the list's own ("the following symptoms" over "the symptoms of…").
        let pointed = text[pointer.upperBound...].spaceSeparated
        guard pointed.count == 1, let head = named.spaceSeparated.dropFirst().first, Sentence.key(pointed[0]) == Sentence.key(head) else { return [] }
        let passage = Passage(text[..<pointer.lowerBound] + " " + named + ".")
        let clauses = passage.clauses
        guard let main = clauses.firstIndex(where: { $0.opener == nil && $0.condition != nil }) else { return [] }
        let read = ClauseContext(passage: passage, clauses: clauses, index: main, antecedent: nil, block: context.block,
                                 file: context.file, siblings: context.siblings)
        return ConditionAdvice.candidates(read)
    }

    /// A list item as an answer: at most 12 words. A longer item loses what only adds to it: a parenthesis, a
    /// dash aside or a "which" clause ("swelling in your feet, which can spread…"); never a qualifier that
    /// narrows it ("dizziness when you stand up" is not any dizziness). `nil` when it stays too long.
    static func shortened(_ term: String) -> String? {
        let limit = 12
        guard term.spaceSeparatedCount > limit else { return term }
        // "Take one puff of your inhaler (usually blue) every 30 seconds, up to 10 puffs": an aside in brackets
        // inside the item is left out, and what follows it kept.
        let plain = EnumerationRule.withoutBrackets(term)
        let asideInside = term.rangeOfBytes(")").map { term[$0.upperBound...].spaceSeparatedCount >= 2 } ?? false
        if plain.spaceSeparatedCount <= limit || asideInside && plain.spaceSeparatedCount <= 25 { return plain }
        let cut = [" (", " – ", " which "].compactMap { term.rangeOfBytes($0)?.lowerBound }.min()
        if let head = cut.map({ String(term[..<$0]).trimming(" ,") }), head.spaceSeparatedCount <= limit { return head }
        // "If you feel worse at any point while…, call 999": a step too long to type whole is named by its order
        // (its condition is asked on a card of its own).
        if term.spaceSeparatedCount > 25, ["if ", "when "].contains(where: term.lowercased().hasPrefix),
           let comma = term.range(of: ", ", options: .backwards) {
            let order = String(term[comma.upperBound...]).trimming(" .")
            if (2...limit).contains(order.spaceSeparatedCount), Passage(order).tokens.first?.tag == .verb { return order.capitalizedFirst }
        }
        return nil
    }

    /// What a list item names: a glossed item's term, a label, a short item whole, else its short form.
    static func term(_ item: ArticleBlock) -> String {
        var term = ItemGloss(item.text)?.term ?? item.label ?? (item.text.spaceSeparatedCount <= 20 ? item.text : nil)
            ?? EnumerationRule.shortForm(item.text)
            // "Test your blood sugar after 10 minutes – if it's improved…": a long step is named by its first part.
            ?? EnumerationRule.shortForm(item.text, limit: 12)
            // An item cut at a word count would be a truncated answer: a long one stays whole.
            ?? (item.text.spaceSeparatedCount <= 25 ? item.text : item.text.spaceSeparated.prefix(12).joined(separator: " "))
        term = term.trimming(" .;,–—-")
        for tail in [", or", ", and", " or", " and"] where term.hasSuffix(tail) { term = String(term.dropLast(tail.count)) }
        // "Any unusual behaviour" under "if you notice any of the following": the "any" is the lead-in's.
        if term.lowercased().hasPrefix("any "), term.spaceSeparatedCount >= 3 { term = String(term.dropFirst(4)).capitalizedFirst }
        return term
    }

    /// Whether the list describes its heading rather than naming members: most items open with a verb or an
    /// adjective ("Used once or twice daily", "Works within minutes", "Do not stop…"), and no lead-in
    /// announces it (a paragraph before it that ends in a full stop and names no list does not).
    /// "Options depend on the cancer's type, and may include:" → "Options depend on the cancer's type.": a lead-in
    /// that first states a fact of its own, before ", and" and the verb that announces the list; `nil` for any other.
    static func statement(before leadIn: String) -> String? {
        guard leadIn.hasSuffix(":"), let joint = leadIn.range(of: ", and ", options: .backwards) else { return nil }
        let announcing = leadIn[joint.upperBound...].lowercased().spaceSeparated.map { Sentence.key($0) }
        guard announcing.count <= 4, announcing.contains(where: { ["include", "includes", "involve", "involves"].contains($0) })
        else { return nil }
        let statement = String(leadIn[..<joint.lowerBound])
        return statement.spaceSeparatedCount >= 4 ? statement + "." : nil
    }

    static func isPropertyList(_ items: [ArticleBlock], leadIn: String?, heading: String = "") -> Bool {
        let announced = leadIn.map { text in
            let lowered = text.lowercased()
            return text.hasSuffix(":") || !text.hasSuffix(".") && ["following", "include", "such as"].contains(where: lowered.contains)
        } ?? false
        guard items.count >= 2, !announced, !ListQuestion.isQuestion(heading), ListQuestion.embeddedQuestion(heading) == nil else { return false }
        // Under "How to take warfarin", orders ("Take your dose…", "Check…", "If it hurts, call…") are its steps.
        if ["how to ", "what to do"].contains(where: heading.lowercased().hasPrefix),
           items.count(where: { item in
               let passage = Passage(item.text)
               return passage.tokens.first.map { $0.tag == .verb } ?? false || passage.clauses.contains(where: \.isImperative)
           }) * 2 > items.count { return false }
        if areConditionalSteps(items) { return false }
        // An item that opens with a verb, or holds one ("Effects last 4 to 6 hours"), says something about the
        // heading; a list of names does not.
        let describing = items.count { item in
            let passage = Passage(ItemGloss(item.text)?.term ?? item.text)
            guard let first = PropertyItem.openingTag(passage) else { return false }
            return first.isVerb || first == .adverb || passage.tokens.dropFirst().contains { $0.tag.isFinite }
        }
        return describing * 2 > items.count
    }

    /// Whether most of `items` say what to do under a condition ("If you feel angina coming on, stop…"): steps, under
    /// any heading ("Angina action plan"), each asked on its own; a list card would ask for whole sentences.
    static func areConditionalSteps(_ items: [ArticleBlock]) -> Bool {
        items.count(where: { ArticleCompiler.isConditionalSentence($0.text) }) * 2 > items.count
    }

    /// "X-rays", "Bone scans" are plural; "Metastasis", "Stress" are not.
    static func isPlural(_ term: String) -> Bool {
        let last = term.lowercased().spaceSeparated.last.map(String.init) ?? ""
        return last.hasSuffix("s") && !["ss", "is", "us"].contains { last.hasSuffix($0) } && last.count > 3
    }
}
