/// The question a list answers, from its lead-in, its heading, and what the page is about.
///
/// "Early signs of a low blood sugar include:" → "What are the early signs of a low blood sugar?";
/// "Bone metastasis is more likely with cancers such as:" → "Bone metastasis is more likely with which cancers?";
/// "Ischaemic strokes can be caused by:" → "What can ischaemic strokes be caused by?";
/// "There are several possible causes:" → "What are the possible causes of ischaemic strokes?";
/// "One or more of the following may be present:" under "Signs of sepsis" → "What are the signs of sepsis?".
enum ListQuestion {
    static func question(leadIn: String, heading: String, owner: String, page: String) -> String? {
        guard let question = bareQuestion(leadIn: leadIn, heading: heading, owner: owner) else { return nil }
        return namingContext(question, owner: page.isEmpty ? owner : page)
    }

    /// "What are the possible symptoms?" names nothing: a card must say whose symptoms, so the owner is added
    /// when none of its words is in the question ("… symptoms of bone metastases?").
    static func namingContext(_ question: String, owner: String) -> String {
        let ownerWords = Set(owner.lowercased().spaceSeparated.map { Sentence.singular(Sentence.key($0)) }.filter { $0.count > 3 })
        let questionWords = Set(question.lowercased().spaceSeparated.map { Sentence.singular(Sentence.key($0)) })
        // "DVT signs" names "deep vein thrombosis" by its initials.
        let initials = String(owner.lowercased().spaceSeparated.compactMap(\.first))
        guard !ownerWords.isEmpty, ownerWords.isDisjoint(with: questionWords), question.hasPrefix("What are "),
              initials.count < 2 || !questionWords.contains(initials),
              !question.containsBytes(" of "), !question.containsBytes(" for "),
              question.hasSuffix("?") else { return question }
        let joiner = ["options", "treatments", "tests", "recommendations"].contains { question.lowercased().hasSuffix($0 + "?") } ? "for" : "of"
        return String(question.dropLast()) + " \(joiner) \(owner.lowercasedFirst)?"
    }

    private static func bareQuestion(leadIn: String, heading: String, owner: String) -> String? {
        let text = (SentenceSplitter.sentences(in: leadIn).last ?? leadIn).trimming(" :")
        let lowered = text.lowercased()
        // Asked for only by the forms that name it: finding it costs more than the rest.
        let headingOwner = { Headings.subject(of: heading) ?? owner }
        if let advice = advice(text, heading: heading) { return advice }
        if let signs = signs(text) { return signs }
        if let when = whenItHappens(text) {
            let named = headingOwner()
            return named.isEmpty ? when : named.capitalizedFirst + ": " + when.lowercasedFirst
        }
        // "Remember:" under "Your cushion and chair" → "What should you remember about your cushion and chair?"
        if ["remember", "remember to", "top tips", "tips"].contains(lowered), !heading.isEmpty, !heading.hasSuffix("?") {
            return "What should you remember about " + sentenceCase(heading.trimming(" :")) + "?"
        }
        // "Your GP will:" → "What will your GP do?": a subject and a modal, whose items say what it does.
        let modalWords = lowered.spaceSeparated
        if (2...5).contains(modalWords.count), let modal = modalWords.last, ["will", "may", "might", "can", "should", "could"].contains(String(modal)),
           !["you", "i", "we", "they", "it"].contains(String(modalWords[modalWords.count - 2])) {
            let subject = text.spaceSeparated.dropLast().joined(separator: " ")
            return "What \(modal) \(subject.lowercasedFirst) do?"
        }
        // "Problems you might notice include:" → "What problems might you notice?"
        let words = lowered.split(separator: " ").map(String.init)
        if words.count >= 5, ["include", "includes"].contains(words[words.count - 1]), let you = words.firstIndex(of: "you"),
           you >= 1, you + 3 == words.count - 1, ["might", "may", "can", "could", "will"].contains(words[you + 1]),
           !words[..<you].contains(where: { ["you", "your", "that", "which", "of"].contains($0) }) {
            let named = text.split(separator: " ").prefix(you).joined(separator: " ").lowercased()
            let question = "What \(named) \(words[you + 1]) you \(words[you + 2])?"
            return owner.isEmpty ? question : owner.capitalizedFirst + ": " + question.lowercasedFirst
        }
        if let following = lowered.rangeOfBytes("the following ") {
            let noun = String(lowered[following.upperBound...]).trimming(" :")
            // "… the following symptoms" names the list; "… the following may be present" does not.
            let namesIt = !Passage(noun).tokens.contains { $0.tag.isVerb || $0.tag == .modal }
            if (1...3).contains(noun.spaceSeparatedCount), namesIt {
                let named = headingOwner()
                return named.isEmpty ? "What are the \(noun)?" : "What are the \(noun) of \(named.lowercasedFirst)?"
            }
        }
        // "Symptoms include:" points at the list; "Signs of shingles include:" names whose they are.
        // "You may notice:" points; "You can get cellulitis on any part of your body, such as:" says more.
        let pointer = pointerOpeners.contains(where: lowered.hasPrefix) && (text.spaceSeparatedCount <= 6 || !lowered.hasPrefix("you "))
            && !(["symptoms of ", "signs of ", "examples of ", "steps to "].contains(where: lowered.hasPrefix))
        if text.isEmpty || lowered.containsBytes("the following") || pointer || text.spaceSeparatedCount <= 2 {
            // "Signs include:" under a heading that names no kind: whose signs they are is the owner's.
            let pointed = lowered.spaceSeparated
            let headingIsName = heading.lowercased().trimming(" :?") == headingOwner().lowercased() || fromHeading(heading) == nil
            if headingIsName, (2...3).contains(pointed.count), ["symptoms", "signs", "causes", "steps"].contains(pointed[0]),
               ["include", "are", "may"].contains(pointed[1]), !headingOwner().isEmpty {
                return "What are the \(pointed[0]) of \(headingOwner().lowercasedFirst)?"
            }
            return fromHeading(heading) ?? (text.isEmpty ? nil : text + "?")
        }
        let passage = Passage(text)
        let keys = passage.keys
        if keys.first == "there", keys.count >= 3, keys.count <= 7, ["are", "is"].contains(keys[1]), !owner.isEmpty {
            var start = 2
            while start < keys.count, quantityWords.contains(keys[start]) || passage.tokens[start].tag == .number { start += 1 }
            let noun = passage.text(start..<keys.count)
            if !noun.isEmpty { return "What are the \(noun) of \(owner)?" }
        }
        // "What parents and carers can do:" → "Head lice: what can parents and carers do?"
        if let asked = embeddedQuestion(text) {
            let named = headingOwner()
            let namesOwner = named.isEmpty || named.lowercased().spaceSeparated.contains { word in word.count > 3 && lowered.containsBytes(String(word)) }
            return namesOwner ? asked : named.capitalizedFirst + ": " + asked.lowercasedFirst
        }
        if lowered.hasPrefix("other "), !headingOwner().isEmpty {
            let rest = Passage(String(text.dropFirst(6)))
            let end = rest.tokens.firstIndex { $0.tag.isVerb || $0.tag == .preposition || $0.tag == .punctuation
                || markers.contains($0.key) } ?? rest.tokens.count
            if (1...3).contains(end) { return "What are other \(rest.text(0..<end)) of \(headingOwner().lowercasedFirst)?" }
        }
        return fromClause(passage) ?? fromHeading(heading) ?? text + "?"
    }

    /// A lead-in that gives advice, whose list says when or what to do: "Contact your nurse or GP if:" → "When
    /// should you contact your nurse or GP?"; "To protect the skin and stop leaks:" → "What should you do to
    /// protect the skin and stop leaks?"; "If you think your pouch is leaking, follow these steps:" → "What
    /// should you do if you think your pouch is leaking?". A "How to…" heading asks a purpose better.
    static func advice(_ text: String, heading: String) -> String? {
        var text = text
        // "However, always dial 999 if any of the following apply": the link to the sentence before says nothing.
        for link in ["however, ", "however ", "but ", "and ", "also, "] where text.lowercased().hasPrefix(link) {
            text = String(text.dropFirst(link.count)).capitalizedFirst
        }
        // "If you notice any of the following in the next few days, please see your GP:" → "When should you see
        // your GP?": the order after the pointer is the advice, and the items are the condition.
        if text.lowercased().hasPrefix("if "), let pointer = ["any of the following", "any of these"].lazy.compactMap({ text.rangeOfBytes($0) }).first {
            let after = String(text[pointer.upperBound...])
            if let order = after.rangeOfBytes(" please ") ?? after.rangeOfBytes(", ") {
                let advice = String(after[order.upperBound...]).trimming(" ,")
                if (2...12).contains(advice.spaceSeparatedCount), Passage(advice).tokens.first?.tag == .verb, !advice.contains(",") {
                    return "When should you " + advice.lowercasedFirst + "?"
                }
            }
        }
        // "Make sure your child is well by doing the following:" → "What should you do to make sure your child is well?"
        for pointer in [" by doing the following", " by doing these things", " by following these steps"]
            where text.lowercased().hasSuffix(pointer) {
            let aim = String(text.dropLast(pointer.count))
            if (2...10).contains(aim.spaceSeparatedCount), Passage(aim).tokens.first?.tag == .verb, !aim.contains(",") {
                return "What should you do to " + aim.lowercasedFirst + "?"
            }
        }
        // "The following can help with your recovery:" → "What can help with your recovery?"
        if text.lowercased().hasPrefix("the following "), !text.contains(",") {
            let rest = Passage(String(text.dropFirst(14)))
            if let first = rest.tokens.first, first.tag == .modal || first.tag.isFinite, (2...10).contains(rest.tokens.count) {
                return "What " + rest.text + "?"
            }
        }
        // "Please phone 999 if your child has any of the following:" → "When should you phone 999?": the items say
        // what the one named has.
        if let condition = text.rangeOfBytes(" if "),
           ["any of the following", "any of these"]
            .contains(where: String(text[condition.upperBound...]).lowercased().trimming(" :").hasSuffix) {
            var advice = String(text[..<condition.lowerBound]).trimming(" ,")
            for opener in ["please ", "you should ", "you must "] where advice.lowercased().hasPrefix(opener) { advice.removeFirst(opener.count) }
            // "Phone 999…": a word that is a noun as often as an order still gives one here.
            if (2...14).contains(advice.spaceSeparatedCount), let first = Passage(advice).tokens.first,
               first.tag == .verb || ["phone", "ring", "dial"].contains(first.key) {
                return "When should you " + advice.lowercasedFirst + "?"
            }
        }
        // "Get an urgent appointment if you have a bad cough and:": the items complete the condition.
        if text.hasSuffix(" and"), text.containsBytes(" if ") { text = String(text.dropLast(4)) }
        for pointer in [" if any of the following apply", " if any of these apply", " if any of the following happen",
                        " if any of these happen", " if any of the following are true"] where text.lowercased().hasSuffix(pointer) {
            text = String(text.dropLast(pointer.count)) + " if"
        }
        let lowered = text.lowercased()
        // "When getting up:", "Before you go home:": a time or condition alone, whose items say what to do then.
        if ["when ", "before ", "after ", "while ", "if ", "once ", "until "].contains(where: lowered.hasPrefix),
           !text.contains(","), (2...10).contains(text.spaceSeparatedCount) {
            return "What should you do " + text.lowercasedFirst + "?"
        }
        if let asked = imperative(text) { return asked }
        if lowered.hasPrefix("to "), !text.contains(","), text.spaceSeparatedCount >= 5,
           !(fromHeading(heading)?.hasPrefix("How ") ?? false) {
            let tokens = Passage(text).tokens
            if tokens.count > 1, tokens[1].tag == .verb { return "What should you do " + text.lowercasedFirst + "?" }
        }
        if lowered.hasPrefix("if ") || lowered.hasPrefix("when "), let comma = text.rangeOfBytes(", ") {
            let pointer = text[comma.upperBound...].lowercased().spaceSeparated
            if pointer.count <= 5, pointer.contains(where: { ["these", "following", "below", "steps"].contains($0) }) {
                return "What should you do " + String(text[..<comma.lowerBound]).lowercasedFirst + "?"
            }
        }
        // "While the antibiotics start to work, you can:" → "What can you do while the antibiotics start to work?"
        if ["while ", "when ", "if ", "after ", "before ", "until ", "once "].contains(where: lowered.hasPrefix),
           let comma = text.rangeOfBytes(", "), !text[..<comma.lowerBound].contains(",") {
            let rest = text[comma.upperBound...].lowercased().trimming(" ")
            if let modal = ["can", "could", "may", "might", "should", "must"].first(where: { rest == "you " + $0 }) {
                let asked = ["should", "must"].contains(modal) ? "should" : "can"
                return "What \(asked) you do " + String(text[..<comma.lowerBound]).lowercasedFirst + "?"
            }
        }
        // "Get an urgent GP appointment if you have a very bad cough": the items add to the condition.
        if let condition = text.rangeOfBytes(" if "), !text[condition.upperBound...].contains(","),
           !text[..<condition.lowerBound].spaceSeparated.contains(where: { ["these", "this", "steps", "following", "advice"].contains($0.lowercased()) }),
           (2...10).contains(text[condition.upperBound...].spaceSeparatedCount), !lowered.hasSuffix(" if you have"),
           !text[condition.upperBound...].spaceSeparated.contains(where: { ["following", "these", "below", "any"].contains($0.lowercased()) }),
           let first = Passage(String(text[..<condition.lowerBound])).tokens.first, first.tag == .verb {
            return "When should you " + text.lowercasedFirst + "?"
        }
        for tail in [" if you have", " if you notice", " if you get", " if you", " if", " when you", " when"] where lowered.hasSuffix(tail) {
            var advice = String(text.dropLast(tail.count))
            for opener in ["you should ", "you must ", "please "] where advice.lowercased().hasPrefix(opener) { advice.removeFirst(opener.count) }
            // "Always call 999 if": an adverb may come before the order.
            let opening = Passage(advice).tokens.prefix(2)
            guard (2...10).contains(advice.spaceSeparatedCount), let first = opening.first,
                  first.tag == .verb || first.tag == .adverb && (opening.last?.tag == .verb
                      || ["always", "immediately", "also", "then", "first"].contains(first.key) && opening.last?.tag == .noun) else { return nil }
            return "When should you " + advice.lowercasedFirst + "?"
        }
        return nil
    }

    /// "You're having an asthma attack if any of the following happens:" → "What are the signs that you are having
    /// an asthma attack?": a lead-in that says when a state is so lists its signs.
    static func signs(_ text: String) -> String? {
        var said = text.trimming(" :")
        for (short, long) in [("you're ", "you are "), ("You're ", "You are ")] where said.hasPrefix(short) {
            said = long + said.dropFirst(short.count)
        }
        let lowered = said.lowercased()
        guard ["you are ", "you may ", "you might ", "you could ", "you probably "].contains(where: lowered.hasPrefix),
              let joint = said.rangeOfBytes(" if ") ?? said.rangeOfBytes(" when "),
              !lowered.containsBytes(" should "), !lowered.containsBytes(" need ") else { return nil }
        let state = String(said[..<joint.lowerBound])
        guard (3...10).contains(state.spaceSeparatedCount) else { return nil }
        return "What are the signs that " + state.lowercasedFirst + "?"
    }

    /// "You can get cellulitis on any part of your body, such as:" → "Where can you get cellulitis?": a list of
    /// places, after "on" or "in" and a noun of place.
    static func whereQuestion(_ passage: Passage, before marker: Int) -> String? {
        let keys = passage.keys
        guard keys.count > 4, keys[0] == "you", passage.tokens[1].tag == .modal,
              let at = keys[..<marker].firstIndex(where: { ["on", "in"].contains($0) }), at > 2,
              keys[at..<marker].contains(where: { ["part", "parts", "area", "areas", "place", "places"].contains($0) })
        else { return nil }
        return "Where \(keys[1]) you " + passage.text(2..<at) + "?"
    }

    /// "Symptoms usually occur if the kidney stone:" → "When do symptoms usually occur?": a statement whose
    /// condition its items complete ("…gets stuck in your kidney").
    static func whenItHappens(_ text: String) -> String? {
        let said = text.trimming(" :")
        guard let joint = said.rangeOfBytes(" if ") ?? said.rangeOfBytes(" when ") else { return nil }
        let condition = Passage(String(said[joint.upperBound...]))
        guard (1...5).contains(condition.tokens.count), !condition.tokens.contains(where: { $0.tag.isFinite || $0.tag == .pronoun }),
              !["you", "your"].contains(said[..<joint.lowerBound].lowercased().spaceSeparated.first.map(String.init) ?? "")
        else { return nil }
        let main = Passage(String(said[..<joint.lowerBound]) + ".")
        guard main.clauses.count == 1, let clause = main.clauses.first, !clause.isImperative, !clause.subject.isEmpty,
              clause.rest.isEmpty || main.tokens[clause.rest].allSatisfy({ $0.tag == .punctuation }) else { return nil }
        let context = ClauseContext(passage: main, clauses: main.clauses, index: 0, antecedent: nil,
                                    block: ArticleBlock(kind: .paragraph, text: main.text, line: 0), file: "", siblings: SiblingTerms())
        return QuestionForm.askingObject(context, word: "When")
    }

    /// "Do some simple leg exercises before getting up:" → "What simple leg exercises should you do before getting
    /// up?": an instruction whose object names what the items are.
    static func imperative(_ text: String) -> String? {
        let quantifiers: Set<String> = ["some", "these", "the", "a", "few", "following", "of"]
        let passage = Passage(text)
        let tokens = passage.tokens
        guard tokens.count >= 3, tokens[0].tag == .verb || tokens[0].key == "do", !text.contains(","), !text.lowercased().containsBytes("following"),
              ["do", "try", "avoid", "eat", "take", "use", "watch", "look", "check", "ask"].contains(tokens[0].key) else { return nil }
        var start = 1
        if ["for", "out"].contains(tokens[start].key) { start += 1 }
        while start < tokens.count, quantifiers.contains(tokens[start].key) { start += 1 }
        var end = start
        // "stretches" may be read as a verb; after "some" it is a noun.
        while end < tokens.count, [.noun, .adjective].contains(tokens[end].tag) || end > start && tokens[end].tag == .verbPresent3 { end += 1 }
        // "Try these steps": a noun that only points at the items leaves the heading to say what they are.
        guard end > start, [.noun, .verbPresent3].contains(tokens[end - 1].tag), !["steps", "tips", "things", "instructions", "ideas"].contains(tokens[end - 1].key),
              Sentence.singular(tokens[end - 1].key) != tokens[end - 1].key || end == tokens.count
        else { return nil }
        let rest = end < tokens.count ? " " + passage.text(end..<tokens.count) : ""
        let verb = passage.text(0..<start).lowercased().spaceSeparated.filter { !quantifiers.contains(String($0)) }
        return "What " + passage.text(start..<end) + " should you " + verb.joined(separator: " ") + rest + "?"
    }

    /// "Why are catheters used?", "What are the risks of having a catheter": a heading that asks, with or without
    /// its question mark; its section answers it.
    static func isQuestion(_ heading: String) -> Bool {
        let words = heading.lowercased().spaceSeparated.prefix(2).map(String.init)
        return heading.hasSuffix("?") || words.count == 2 && ["why", "what", "how", "when", "who", "which", "where"].contains(words[0])
            && ["are", "is", "do", "does", "can", "should", "will", "may", "might", "could", "did", "was", "were"].contains(words[1])
    }

    /// Lead-ins that only point at the list; the heading says what it is.
    private static let pointerOpeners = ["you may", "you might", "you can", "these include", "they include", "this includes",
                                         "these are", "they are", "steps", "symptoms", "signs", "examples", "for example"]
    private static let markers: Set<String> = ["include", "includes", "including", "such", "like"]
    private static let quantityWords: Set<String> = ["several", "many", "some", "a", "number", "of", "few", "various",
                                                      "lots", "different", "main", "common"]

    /// The lead-in's own clause, turned round.
    private static func fromClause(_ passage: Passage) -> String? {
        let tokens = passage.tokens
        let keys = passage.keys
        // "… cancers such as" / "… symptoms like" / "… , including": ask "which" of the noun phrase before.
        if let marker = keys.lastIndex(where: { ["such", "like", "including"].contains($0) }), marker >= 2,
           marker + (keys[marker] == "such" ? 2 : 1) >= keys.count {
            if let place = whereQuestion(passage, before: marker) { return place }
            var end = marker
            while end > 0, tokens[end - 1].tag == .punctuation { end -= 1 }
            var start = end
            // Back over the noun phrase, through "of" ("the main symptoms of heart failure").
            while start > 0, [.noun, .adjective, .properNoun, .number].contains(tokens[start - 1].tag) || keys[start - 1] == "other"
                || keys[start - 1] == "of" && start >= 2 && tokens[start - 2].tag == .noun
                || ["the", "a", "an"].contains(keys[start - 1]) {
                start -= 1
                if ["the", "a", "an"].contains(keys[start]) { break }
            }
            guard start < end else { return nil }
            let before = passage.text(0..<start)
            if let first = tokens.first, first.tag != .pronoun, !ClauseContext.referringWords.contains(first.key), !before.isEmpty {
                return before + " which " + passage.text(start..<end) + "?"
            }
            let phrase = passage.text(start..<end)
            return "What are " + (["the", "a", "an"].contains(keys[start]) ? phrase : "the " + phrase) + "?"
        }
        let clauses = passage.clauses
        guard let main = clauses.indices.last(where: { clauses[$0].opener == nil }), !clauses[main].subject.isEmpty else { return nil }
        let clause = clauses[main]
        let context = ClauseContext(passage: passage, clauses: clauses, index: main, antecedent: nil,
                                    block: ArticleBlock(kind: .paragraph, text: passage.text, line: 0), file: "",
                                    siblings: SiblingTerms())
        guard var subject = context.subjectText else { return nil }
        // "Later signs of X include": "later" is read as an adverb before the subject, but it says which signs.
        if clause.subject.lowerBound == 1, ["later", "earlier", "further", "more"].contains(keys[0]) {
            subject = keys[0] + " " + subject
        }
        // "Early signs of X include" / "Common causes are": what are they?
        if clause.rest.isEmpty, let verb = clause.verb.last, ["include", "includes", "are", "is"].contains(keys[verb]) {
            let shown = ["the", "a", "an", "your", "these", "those"].contains(keys[clause.subject.lowerBound])
                ? subject : "the " + subject.lowercasedFirst
            return "What are \(shown.lowercasedFirst)?"
        }
        // "Ischaemic strokes can be caused by" → "What can ischaemic strokes be caused by?"
        if clause.rest.count <= 2, clause.rest.allSatisfy({ [.preposition, .to, .adjective].contains(tokens[$0].tag) }) {
            return QuestionForm.askingObject(context, tail: passage.text(clause.rest))
        }
        return nil
    }

    /// A question from the heading alone: "How to use an inhaler" → "How do you use an inhaler?", "Signs of
    /// sepsis" → "What are the signs of sepsis?", "Diagnosing bone metastases" → "How are bone metastases diagnosed?".
    static func fromHeading(_ heading: String) -> String? {
        let text = heading.trimming(" :?")
        guard !text.isEmpty else { return nil }
        let lowered = text.lowercased()
        // "What is bronchiolitis?" asks for a definition: the list under it says what the illness is, item by item,
        // and is no set of members to name.
        let asked = lowered.spaceSeparated
        if asked.count >= 3, asked.count <= 5, asked[0] == "what", asked[1] == "is",
           !asked.contains(where: { ["the", "of", "for", "to"].contains($0) }) { return nil }
        if heading.hasSuffix("?") { return askedOfReader(heading) }
        if let question = embeddedQuestion(text) { return question }
        // "Why are catheters used": a question whose mark the heading lost.
        if isQuestion(text) { return askedOfReader(text) + "?" }
        if lowered.hasPrefix("what to do ") { return "What should you do " + text.dropFirst(11) + "?" }
        // "If your mouth is sore": the section says what to do then.
        // "In an emergency", "After your operation": a time or circumstance, whose section says what to do then.
        if lowered.hasPrefix("if ") || ["when you ", "when your ", "when the ", "when a ", "in an emergency", "in case of ", "at home",
                                        "during ", "after ", "before "].contains(where: lowered.hasPrefix) {
            return "What should you do " + sentenceCase(text) + "?"
        }
        // "Your cushion and chair" names what a section is about, not a kind of thing to list.
        if ["your ", "my "].contains(where: lowered.hasPrefix) { return nil }
        if lowered.hasPrefix("how to ") { return "How do you " + sentenceCase(String(text.dropFirst(7))) + "?" }
        // "Managing a flare-up at home", "Looking after your mouth", "Making your home safer": what the reader
        // can do ("How can you manage a flare-up at home?").
        let words = lowered.split(separator: " ")
        if words.count >= 2, words[0].hasSuffix("ing"), !["diagnosing", "treating"].contains(words[0]),
           ["a", "an", "your", "yourself", "after", "for", "with"].contains(words[1]),
           let base = QuestionForm.gerundBase(String(words[0])) {
            return "How can you " + base + " " + sentenceCase(String(text.dropFirst(words[0].count + 1))) + "?"
        }
        for (head, verb) in [("diagnosing ", "diagnosed"), ("treating ", "treated"), ("managing ", "managed"),
                             ("preventing ", "prevented")] where lowered.hasPrefix(head) {
            return "How are " + sentenceCase(String(text.dropFirst(head.count))) + " \(verb)?"
        }
        // A heading that opens with a noun phrase names the list ("Extra signs to watch for if you are pregnant").
        let opensWithNoun = Passage(text).tokens.first.map { [.noun, .adjective, .properNoun].contains($0.tag) } ?? false
        // "Gout" or "Head lice" alone names a page, not a kind of thing to list: "What are the gout?" is no question.
        let namesKinds = words.contains { word in word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") }
            || words.contains { ["of", "for", "to", "after", "before", "with", "from", "in", "during"].contains($0) }
        guard namesKinds || lowered.hasPrefix("treatment") else { return nil }
        guard Headings.subject(of: text) != nil || opensWithNoun
            || ["symptoms of", "signs of", "causes of", "types of", "treatment"].contains(where: lowered.hasPrefix) else { return nil }
        return "What are the " + sentenceCase(text) + "?"
    }

    /// "What can I do?" → "What can you do?": a heading the reader asks is put to the reader.
    static func askedOfReader(_ heading: String) -> String {
        let words = heading.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            switch word {
            case "I", "we": "you"
            case "I?", "we?": "you?"
            case "my", "our": "your"
            case "me", "us": "you"
            case "me?", "us?": "you?"
            default: String(word)
            }
        }
        return words.joined(separator: " ")
    }

    /// "How you can help your recovery" → "How can you help your recovery?", "How pneumonia is treated" → "How is
    /// pneumonia treated?": a heading worded as a reported question, put as the question.
    static func embeddedQuestion(_ text: String) -> String? {
        let words = text.spaceSeparated.map(String.init)
        let auxiliaries: Set<String> = ["is", "are", "can", "should", "will", "may", "might", "could", "do", "does"]
        guard words.count >= 3, ["how", "what", "when", "why", "where"].contains(words[0].lowercased()),
              !auxiliaries.contains(words[1].lowercased()),
              let aux = words.indices.dropFirst(2).prefix(4).first(where: {
                  auxiliaries.contains(words[$0].lowercased())
              }),
              !["and", "or"].contains(words[1].lowercased()),
              !words[1..<aux].contains(where: { ["is", "are", "to"].contains($0.lowercased()) }) else { return nil }
        let asked = [words[0], words[aux]] + words[1..<aux] + words[(aux + 1)...]
        return askedOfReader(asked.joined(separator: " ")) + "?"
    }

    /// "Lifestyle Recommendations for Managing Bone Metastases" → "lifestyle recommendations for managing bone
    /// metastases"; words in capitals (MRI, CT) stay as they are.
    static func sentenceCase(_ text: String) -> String {
        text.spaceSeparated.map { word in
            // "UTIs", "GPs": capitals with a plural s stay too.
            let stem = word.count > 2 && word.hasSuffix("s") ? word.dropLast() : word[...]
            return stem.count > 1 && stem.allSatisfy({ $0.isUppercase || !$0.isLetter }) ? String(word) : word.lowercased()
        }.joined(separator: " ")
    }
}
