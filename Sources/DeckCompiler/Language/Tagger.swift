/// Tags tokens in three passes: the lexicon, suffix rules for words it lacks, then a few rules that read the
/// neighbours ("the spread" is a noun, "can spread" a verb).
enum Tagger {
    /// Words that say when ("First, wash…") but qualify a noun straight after them ("first aid").
    private static let ordinals: Set<String> = ["first", "second", "third", "last", "next", "final"]

    static func tag(_ tokens: inout [Token], lexicon: Lexicon) {
        for index in tokens.indices {
            tokens[index].tag = initialTag(tokens[index], isFirst: index == 0, lexicon: lexicon)
        }
        applyContext(&tokens, lexicon: lexicon)
    }

    private static func initialTag(_ token: Token, isFirst: Bool, lexicon: Lexicon) -> PartOfSpeech {
        let key = token.key
        guard let first = key.first else { return .symbol }
        if !first.isLetter && !first.isNumber {
            return key.count == 1 && !"%&+/=<>~$€£#".contains(first) ? .punctuation : .symbol
        }
        if first.isNumber { return .number }
        // "don't", "doesn't", "didn't": the auxiliary of a negated verb, which the word list calls a verb.
        if Self.negatedDo.contains(key) { return .auxiliary }
        // "can't", "won't", "shouldn't": a modal with its negation, which the word list may not hold at all.
        if Self.negatedModals.contains(key) { return .modal }
        if let known = lexicon.tag(of: key) { return known }
        if token.isCapitalized && !isFirst { return .properNoun }
        return suffixTag(key)
    }

    static let negatedDo: Set<String> = ["don't", "doesn't", "didn't", "dont", "doesnt", "didnt"]
    static let negatedModals: Set<String> = ["can't", "won't", "wouldn't", "couldn't", "shouldn't", "mustn't", "mightn't"]

    /// The tag an unknown word's ending suggests.
    static func suffixTag(_ key: String) -> PartOfSpeech {
        if key.hasSuffix("ly") && key.count > 4 { return .adverb }
        if key.hasSuffix("ing") && key.count > 5 { return .gerund }
        if key.hasSuffix("ed") && key.count > 4 { return .pastParticiple }
        for ending in adjectiveEndings where key.hasSuffix(ending) && key.count > ending.count + 2 { return .adjective }
        return .noun
    }

    private static let adjectiveEndings = ["ous", "ful", "ive", "able", "ible", "less", "ical", "ary", "ic", "al"]

    /// Words that begin a noun phrase, after which a verb-looking word is a noun ("the spread", "a cause").
    private static let nounPhraseOpeners: Set<PartOfSpeech> = [.determiner, .possessive, .adjective]

    /// Whether the clause ends after `index`: a period or semicolon, or a comma before "and", "but" or a
    /// subordinator ("The rash fades, and…"), not a comma before an apposition ("Pressure ulcers, also known as…").
    private static func endsClause(after index: Int, in tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1].key
        if next == "." || next == ";" { return true }
        guard next == ",", index + 2 < tokens.count else { return false }
        return [.conjunction, .subordinator].contains(tokens[index + 2].tag) || tokens[index + 2].key == "then"
    }

    /// Whether a finite verb stands between the last clause boundary and `index`.
    private static func hasFiniteVerb(in tokens: [Token], before index: Int) -> Bool {
        for token in tokens[..<index].reversed() {
            if token.tag.isFinite { return true }
            if token.tag == .subordinator || token.tag == .wh || token.key == "," || token.key == ";" { return false }
        }
        return false
    }

    /// Whether `key` is the plural of a noun the word lists know ("medications"), not a verb ending in "s"
    /// ("focus").
    private static func isPluralNoun(_ key: String, lexicon: Lexicon) -> Bool {
        guard key.count > 3, key.hasSuffix("s"), !key.hasSuffix("ss") else { return false }
        let singular = String(key.dropLast())
        return GluedWords.nouns.contains(singular) && lexicon.tag(of: singular) != .verb
    }

    /// Whether an -ed form after `token` is a participle: after a form of "be" or "have".
    private static func takesParticiple(_ token: Token) -> Bool {
        ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"].contains(token.key)
    }

    private static func applyContext(_ tokens: inout [Token], lexicon: Lexicon) {
        for index in tokens.indices {
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let tag = tokens[index].tag
            // "…include being pregnant and having diabetes": after a comma, a conjunction or a preposition, or
            // opening the sentence, "being" and "having" are -ing forms, not the clause's verb.
            if tokens[index].key == "being" || tokens[index].key == "having",
               previous.map({ [.punctuation, .conjunction, .preposition].contains($0.tag) || ["include", "includes"].contains($0.key) }) ?? true {
                tokens[index].tag = .gerund
                continue
            }
            // "Keeping your mouth clean helps prevent infection": "helps" before a bare verb is the clause's verb.
            if tokens[index].key == "helps", next?.tag == .verb, !hasFiniteVerb(in: tokens, before: index) {
                tokens[index].tag = .verbPresent3
                continue
            }
            switch tag {
            case .verb, .verbPresent3, .verbPast:
                if tag == .verbPresent3, let previous, ["this", "that"].contains(previous.key), previous.tag == .determiner {
                    // "This involves: …", "this causes pain": a singular pointer before an -s verb stands alone.
                    tokens[index - 1].tag = .pronoun
                } else if tag == .verbPast, let previous, Self.takesParticiple(previous)
                            || previous.tag == .adverb && index >= 2 && Self.takesParticiple(tokens[index - 2]) {
                    // "is (sometimes) recommended", "has spread": after "be" or "have", an -ed form is a participle.
                    tokens[index].tag = .pastParticiple
                } else if let previous, nounPhraseOpeners.contains(previous.tag) || previous.tag == .preposition {
                    tokens[index].tag = .noun
                }
            case .noun where previous?.tag == .adverb && index >= 2
                && [.noun, .pronoun, .properNoun].contains(tokens[index - 2].tag) && !hasFiniteVerb(in: tokens, before: index):
                // "Inhalers only work well": a bare word after a subject and an adverb is the verb.
                tokens[index].tag = tokens[index].key.hasSuffix("s") && tokens[index - 2].tag != .noun ? .verbPresent3 : .verb
            case .noun:
                let key = tokens[index].key
                // "This involves: …", "this causes pain": a singular pointer before an -s word stands alone.
                let afterPointer = previous.map { ["this", "that"].contains($0.key) && $0.tag == .determiner } == true
                // "…affect people with health conditions that make it hard…": after the clause's verb, an -s word
                // before "that" is a plural noun with its relative clause.
                // So is a plural the word list knows only as a noun, anywhere: "Most cancer cells that split away…".
                let pluralBeforeRelative = next?.key == "that" && (hasFiniteVerb(in: tokens, before: index)
                    || lexicon.tag(of: key) == nil && GluedWords.nouns.contains(key))
                // "…can cause compression fractures in the spine": after a modal and its verb, a noun and an -s word
                // are the object, not a second verb (one after "and" may be: "grows and spreads to…").
                let inObject = previous?.tag == .noun && index >= 3 && tokens[index - 2].tag == .verb && tokens[index - 3].tag == .modal
                // "A blood clot (thrombus) forms in…": the word before a bracketed aside stands next to the verb.
                let subjectEnd = previous?.key == ")" ? tokens[..<index].lastIndex { $0.key == "(" }.flatMap { $0 > 0 ? tokens[$0 - 1] : nil } : previous
                if key.count > 3, key.hasSuffix("s"), !key.hasSuffix("ss"), let subjectEnd, !pluralBeforeRelative, !inObject,
                   [.pronoun, .noun, .properNoun].contains(subjectEnd.tag) || afterPointer
                    // "A stone that blocks the ureter…": the -s word of a relative clause after its noun.
                    || subjectEnd.tag == .wh && index >= 2 && [.noun, .properNoun].contains(tokens[index - 2].tag), let next,
                   [.determiner, .preposition, .possessive, .adjective, .to, .number, .adverb, .subordinator].contains(next.tag)
                    || afterPointer && next.key == ":"
                    || endsClause(after: index, in: tokens) && !hasFiniteVerb(in: tokens, before: index) {
                    // "-s" words between a subject and an object: "cancer spreads to", "it causes pain".
                    tokens[index].tag = .verbPresent3
                    if afterPointer { tokens[index - 1].tag = .pronoun }
                } else if let previous, previous.tag == .modal
                    // "in addition to medications": an infinitive never ends in the -s of a plural noun.
                    || previous.tag == .to && !Self.isPluralNoun(key, lexicon: lexicon)
                    || (previous.tag == .pronoun && !["it", "one"].contains(previous.key) && next?.tag != .punctuation)
                    || (previous.tag == .auxiliary && (["do", "does", "did"].contains(previous.key) || Self.negatedDo.contains(previous.key)))
                    || [.adverb, .negation].contains(previous.tag) && index >= 2
                        && (tokens[index - 2].tag == .modal || ["do", "does", "did"].contains(tokens[index - 2].key)) {
                    // "can cause", "to reduce", "you feel", "can also form": a bare noun after a modal (and its
                    // adverb), "to" or a pronoun subject.
                    tokens[index].tag = .verb
                }
            case .adjective where previous?.tag == .modal:
                // "can't clear", "may slow": straight after a modal, a word is its verb ("be" comes before an adjective).
                tokens[index].tag = .verb
            case .adjective where previous.map { [.determiner, .possessive].contains($0.tag) } ?? false:
                // "a crystal that blocks…", "the joint can…": a word after an article and before a relative pronoun,
                // a modal or a verb is the noun the article opens, whatever else the word list says it can be.
                if let next, ["that", "which", "who"].contains(next.key) || [.modal, .verbPresent3, .verbPast, .auxiliary].contains(next.tag) {
                    tokens[index].tag = .noun
                }
            case .determiner where tokens[index].key == "that":
                if let previous, previous.tag == .noun || previous.tag == .properNoun || previous.tag == .punctuation
                    || previous.tag == .pronoun
                    || previous.tag == .verb || previous.tag == .verbPresent3 || previous.tag == .verbPast {
                    tokens[index].tag = .wh
                }
            case .subordinator where tokens[index].key == "as":
                if let previous, ["such", "known", "well", "same", "so", "as"].contains(previous.key) {
                    tokens[index].tag = .preposition
                } else if let previous, ["more", "less", "worse", "better"].contains(previous.key)
                    || index >= 2 && ["more", "less"].contains(tokens[index - 2].key) && previous.tag == .adverb {
                    // "…affects people more commonly as they get older": after a comparative, "as" says what the
                    // change goes with, not why.
                    tokens[index].tag = .preposition
                }
            case .gerund:
                // "Lymphoedema is swelling caused by…": an -ing word before a participle or "of" names a thing.
                if let next, next.tag == .pastParticiple || next.key == "of" || next.tag == .wh {
                    tokens[index].tag = .noun
                }
            case .preposition where ["after", "before"].contains(tokens[index].key) && (previous == nil || previous?.key == ","):
                // "After the seizure has stopped, turn them on their side": a fronted time clause, with a subject and
                // a finite verb before its comma, opens like "when".
                let span = tokens[(index + 1)...].prefix { $0.key != "," && $0.key != "." }
                if span.count <= 10, span.first.map({ [.determiner, .possessive, .pronoun, .noun].contains($0.tag) }) == true,
                   span.contains(where: { [.auxiliary, .verbPresent3, .verbPast].contains($0.tag) }),
                   index + span.count + 1 < tokens.count, tokens[index + span.count + 1].key == "," {
                    tokens[index].tag = .subordinator
                }
            case .pastParticiple where tokens[index].key == "provided" && (previous == nil || previous?.key == ",")
                && next.map({ ["it", "they", "you", "the", "your", "there"].contains($0.key) }) == true:
                // "…left open to the air, provided it is not oozing": a condition, like "if".
                tokens[index].tag = .subordinator
            case .pastParticiple:
                // "The cancer spread": a participle straight after a subject with no verb before is a past verb;
                // not when a modal or "be" follows in the clause ("bone caused by cancer cells can release…").
                if let previous, previous.tag == .noun || previous.tag == .pronoun || previous.tag == .properNoun,
                   !tokens[..<index].contains(where: { $0.tag.isFinite }),
                   !tokens[(index + 1)...].prefix(while: { ![",", ";", "–", "—"].contains($0.key) && $0.tag != .subordinator })
                       .contains(where: { $0.tag == .modal || $0.tag == .auxiliary }) {
                    tokens[index].tag = .verbPast
                }
            default:
                break
            }
        }
        // "Rest the leg", "Call your GP": a sentence opening with a bare word before a determiner is an order; so
        // is one after a linking adverb and its comma ("However, check your blood sugar").
        let opening = tokens.count > 4 && tokens[0].tag == .adverb && tokens[1].key == "," ? 2 : 0
        if tokens.count > opening + 2, tokens[opening].tag == .noun, tokens[opening].isCapitalized || opening > 0,
           [.determiner, .possessive, .pronoun, .number].contains(tokens[opening + 1].tag), !tokens[opening].key.hasSuffix("s"),
           // "Eczema itself is…": an order is given to "you", so a reflexive of anyone else follows a subject.
           !["itself", "themselves", "himself", "herself"].contains(tokens[opening + 1].key),
           lexicon.tag(of: tokens[opening].key) == nil {
            tokens[opening].tag = .verb
        }
        // "First aid is…": an ordinal straight before a noun (no comma) qualifies it. "First wash your hands": before
        // a word and then a determiner, the word is an order's verb, and "first" says when.
        for index in tokens.indices.dropLast() where tokens[index].tag == .adverb && ordinals.contains(tokens[index].key)
            && [.noun, .properNoun].contains(tokens[index + 1].tag) {
            if index + 2 < tokens.count, [.determiner, .possessive, .pronoun, .number].contains(tokens[index + 2].tag),
               index == 0 || tokens[index - 1].tag == .punctuation || tokens[index - 1].tag == .conjunction {
                tokens[index + 1].tag = .verb
            } else {
                tokens[index].tag = .adjective
            }
        }
        // "Never lean on the furniture", "Always wash your hands": after "never" or "always" opening a sentence, a
        // bare word before a preposition or determiner is the order's verb.
        if tokens.count > 3, ["never", "always"].contains(tokens[0].key), [.noun, .adjective].contains(tokens[1].tag),
           !tokens[1].key.hasSuffix("s"), [.preposition, .determiner, .possessive, .pronoun].contains(tokens[2].tag) {
            tokens[1].tag = .verb
        }
        // "If it has improved, move on to…": a bare word after the comma that closes a condition is an order.
        // So is one after an adverb there ("After the bleeding has stopped, gently clean the wound"), and an adjective
        // before a determiner ("clean the wound"), which no adjective stands before.
        if let condition = tokens.firstIndex(where: { ["if", "when", "once", "until"].contains($0.key)
            || ["after", "before"].contains($0.key) && $0.tag == .subordinator }) {
            for index in tokens.indices.dropFirst(condition + 2).dropLast()
            where (tokens[index - 1].key == "," || tokens[index - 1].tag == .adverb && index >= 2 && tokens[index - 2].key == ",")
                && !tokens[index].key.hasSuffix("s")
                && (tokens[index].tag == .noun && lexicon.tag(of: tokens[index].key) == nil
                    && [.determiner, .possessive, .preposition, .adverb].contains(tokens[index + 1].tag)
                    || [.noun, .adjective].contains(tokens[index].tag) && [.determiner, .possessive].contains(tokens[index + 1].tag)) {
                tokens[index].tag = .verb
                break
            }
        }
        // "These include cancers of…", "those cause pain": a plural pointer before a bare verb the lexicon lists
        // stands alone as the subject.
        for index in tokens.indices.dropFirst() where ["these", "those"].contains(tokens[index - 1].key)
            && tokens[index - 1].tag == .determiner && tokens[index].tag == .noun && lexicon.tag(of: tokens[index].key) == .verb
            && index + 1 < tokens.count && [.noun, .determiner, .possessive, .adjective, .preposition, .verbPresent3].contains(tokens[index + 1].tag) {
            tokens[index - 1].tag = .pronoun
            tokens[index].tag = .verb
            // "…include cancers of": the -s word the bare verb was taken for is its object.
            if tokens[index + 1].tag == .verbPresent3 { tokens[index + 1].tag = .noun }
        }
        // "…kill cancer cells or slow their growth": no adjective or noun comes between a conjunction and a
        // possessive, so the word there is a verb. Nor before an article once the clause has its verb ("…can
        // affect the kidneys and increase the risk").
        for index in tokens.indices.dropFirst().dropLast() where tokens[index - 1].tag == .conjunction
            && [.adjective, .noun].contains(tokens[index].tag) && !tokens[index].key.hasSuffix("s")
            && (tokens[index + 1].tag == .possessive
                || ["the", "a", "an"].contains(tokens[index + 1].key) && tokens[index].tag == .noun && hasFiniteVerb(in: tokens, before: index - 1)) {
            tokens[index].tag = .verb
        }
        // "It may cause X or cause Y": a word after a conjunction that repeats the sentence's verb is that verb again.
        for index in tokens.indices.dropFirst() where tokens[index - 1].tag == .conjunction && tokens[index].tag == .noun {
            if let earlier = tokens[..<index].last(where: { $0.key == tokens[index].key && $0.tag.isVerb }) {
                tokens[index].tag = earlier.tag
            }
        }
        // A clause with a subject but no verb ("bone metastases cause pain because…": "cause" is known to the
        // lexicon only as a noun): each stretch between subordinators gets one.
        var start = 0
        for end in tokens.indices.map({ $0 + 1 }) where end == tokens.count || tokens[end].tag == .subordinator || tokens[end].key == ";" {
            supplyVerb(&tokens, in: start..<end)
            start = end + 1
        }
        // "…because the tumors stretch the periosteum, the membrane that lines…": a subordinate clause up to its
        // first comma needs its own verb even when a later part of the stretch has one.
        for opener in tokens.indices where ["because", "if", "when", "since", "although", "unless", "while", "once"].contains(tokens[opener].key) {
            let end = tokens[(opener + 1)...].firstIndex { [",", ";", ".", "–", "—"].contains($0.key) } ?? tokens.count
            supplyVerb(&tokens, in: (opener + 1)..<end)
        }
    }

    /// In a stretch with no finite verb, the noun that most likely is one: after a plural noun, a bare word
    /// ("metastases cause"); else after a singular noun, an -s word ("cancer spreads"). A bare word after a
    /// singular noun agrees with nothing, so "breast cancer treatment" keeps its nouns.
    private static func supplyVerb(_ tokens: inout [Token], in range: Range<Int>) {
        guard range.count >= 3, !tokens[range].contains(where: { $0.tag.isFinite }) else { return }
        let followers: Set<PartOfSpeech> = [.determiner, .possessive, .adjective, .noun, .preposition, .to]
        let candidates = (range.lowerBound + 1)..<(range.upperBound - 1)
        func plural(_ key: String) -> Bool { key.hasSuffix("s") && !key.hasSuffix("ss") }
        // "Most cancer cells that split away die…": a noun before "that", "which" or "who" has a relative clause.
        let relatives: Set<String> = ["that", "which", "who"]
        let fitting = candidates.filter {
            tokens[$0].tag == .noun && tokens[$0 - 1].tag == .noun && followers.contains(tokens[$0 + 1].tag)
                && !relatives.contains(tokens[$0 + 1].key)
        }
        if let index = fitting.first(where: { plural(tokens[$0 - 1].key) && !plural(tokens[$0].key) }) {
            tokens[index].tag = .verb
        } else if let index = fitting.first(where: { !plural(tokens[$0 - 1].key) && plural(tokens[$0].key) }) {
            tokens[index].tag = .verbPresent3
        }
    }
}
