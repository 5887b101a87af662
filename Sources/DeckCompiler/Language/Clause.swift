/// One clause of a passage: the word that opened it, its subject, its verb group and the rest, as token ranges.
///
/// Clauses are split at ";", at subordinators (if, when, because, although, unless...), at ", which" and at
/// ", and" / ", but" before a new subject and verb. "If you feel dizzy, sit down" gives the clause "you feel
/// dizzy" opened by "if" and the main clause "sit down", which knows its condition through `condition`.
public struct Clause: Sendable, Equatable {
    /// Every token of the clause, without the opener and closing punctuation.
    public var range: Range<Int>
    /// The lowercased subordinator or relative word that opened the clause, if any.
    public var opener: String?
    /// The tokens before the verb group (leading adverbials cut off at their comma); empty for an imperative.
    public var subject: Range<Int>
    /// The verb group: modals, auxiliaries, adverbs, negation and verbs.
    public var verb: Range<Int>
    /// What follows the verb group.
    public var rest: Range<Int>
    /// Whether the verb group holds "not", "never" or "n't".
    public var isNegated: Bool
    /// For a main clause, the index of a condition clause ("if"/"when"/"unless") in the same sentence.
    public var condition: Int?
    /// For a main clause, the index of a reason clause ("because", "as", "since") in the same sentence.
    public var reason: Int?

    /// For a verb phrase that shares the subject and modal of the clause before it ("Gout can damage the joints and
    /// [can] increase the risk of stones"), the index of that modal's token.
    public var sharedModal: Int? = nil

    /// Whether the clause has no subject and starts with a base verb ("Call your nurse", "Have a drink").
    /// An adverb may come first ("gently turn them on their side"): the subject would otherwise hold it.
    public var isImperative: Bool { subject.isEmpty && !verb.isEmpty && verb.lowerBound <= range.lowerBound + 1 }
}

extension Passage {
    /// Words that open a subordinate clause and what kind of link they make.
    static let conditionOpeners: Set<String> = ["if", "when", "whenever", "unless", "once", "until", "provided", "after", "before"]

    /// "You will be advised if you need a dressing", "your nurse will tell you if…": an "if" straight after a verb
    /// of telling or asking, or after its pronoun, means "whether": what follows is no condition.
    static func asksWhether(_ index: Int, in tokens: [Token]) -> Bool {
        // "See your GP if…", "Ask your pharmacist if you're unsure": after a carer named, "if" is a condition.
        var at = index - 1
        if at >= 1, ["you", "them", "me", "us"].contains(tokens[at].key) { at -= 1 }
        return at >= 0 && tellingVerbs.contains(tokens[at].key)
    }

    private static let tellingVerbs: Set<String> = ["advise", "advises", "advised", "tell", "tells", "told", "ask", "asks", "asked",
                                                    "know", "knows", "decide", "decides", "wonder", "sure", "unsure", "explain"]
    static let reasonOpeners: Set<String> = ["because", "since", "as"]
    /// Participles that open a result after a comma ("…, leading to", "…, causing").
    static let resultParticiples: Set<String> = ["leading", "causing", "resulting", "making", "allowing"]
    /// Verbs that take an infinitive as part of their own group.
    static let catenatives: Set<String> = ["tend", "tends", "need", "needs", "have", "has", "used", "going", "able",
                                           "likely", "seem", "seems", "start", "starts", "begin", "begins", "continue",
                                           "continues", "try", "tries", "help", "helps", "want", "wants"]

    /// The passage's clauses, in order.
    public var clauses: [Clause] {
        var clauses: [Clause] = []
        for (range, opener) in clauseSpans() {
            guard var clause = makeClause(range, opener: opener) else { continue }
            // A verb phrase joined by "and" shares the subject of the clause before it.
            if clause.subject.isEmpty, let previous = clauses.last, !previous.subject.isEmpty, previous.opener == opener,
               [.modal, .auxiliary].contains(tokens[clause.verb.lowerBound].tag)
                || tokens[clause.verb.lowerBound].tag == .verb && previous.verb.contains(where: { tokens[$0].tag == .modal }) {
                clause.subject = previous.subject
                if tokens[clause.verb.lowerBound].tag == .verb { clause.sharedModal = previous.verb.first { tokens[$0].tag == .modal } }
            }
            clauses.append(clause)
        }
        // A condition or reason belongs to the main clause beside it: the one it follows ("…dangerous if it's not
        // treated"), or, opening the sentence, the one after it ("If you feel dizzy, sit down").
        for index in clauses.indices where clauses[index].opener == nil || clauses[index].opener == "so" {
            // "Test again after 10 minutes – if it has improved, move on": after a dash or ";" a condition opens
            // the next part of the sentence and belongs to the clause after it.
            func opensPart(_ other: Int) -> Bool {
                let openerAt = clauses[other].range.lowerBound - 1
                guard openerAt >= 1, other + 1 < clauses.count, clauses[other + 1].opener == nil else { return false }
                return ["-", "–", "—", ";"].contains(tokens[openerAt - 1].key) || Self.followsJoiningComma(openerAt, in: tokens)
            }
            // "If you are hurt, call for help – use your alarm if you have one": a condition after a dash inside the
            // clause is the dash's part's own; the clause keeps the one that opens the sentence.
            func dashed() -> Bool { index >= 1 && clauses[index].range.contains { tokens[$0].key == "–" || tokens[$0].key == "—" } }
            func linked(_ openers: Set<String>) -> Int? {
                if index + 1 < clauses.count, clauses[index + 1].opener.map(openers.contains) == true, !opensPart(index + 1),
                   !(clauses[index - 1 < 0 ? 0 : index - 1].opener.map(openers.contains) == true && dashed()) {
                    return index + 1
                }
                if index == 1, clauses[0].opener.map(openers.contains) == true { return 0 }
                if index >= 2, clauses[index - 1].opener.map(openers.contains) == true, opensPart(index - 1) { return index - 1 }
                return nil
            }
            clauses[index].condition = linked(Self.conditionOpeners)
            clauses[index].reason = linked(Self.reasonOpeners)
            // "If it goes on, it can affect the kidneys and raise the risk of stones": the second verb phrase
            // holds under the first one's condition.
            if clauses[index].sharedModal != nil, clauses[index].condition == nil, index > 0 {
                clauses[index].condition = clauses[index - 1].condition
            }
        }
        return clauses
    }

    /// "…checking the skin and, if you have symptoms, those will be tested": a subordinator after "and," opens
    /// the next part of the sentence, like one after a dash.
    static func followsJoiningComma(_ index: Int, in tokens: [Token]) -> Bool {
        index >= 2 && tokens[index - 1].key == "," && ["and", "or", "but"].contains(tokens[index - 2].key)
    }

    private func clauseSpans() -> [(Range<Int>, String?)] {
        var spans: [(Range<Int>, String?)] = []
        var start = 0
        var opener: String?
        var index = 0
        func close(at end: Int) {
            var lower = start, upper = end
            while lower < upper, tokens[lower].tag == .punctuation { lower += 1 }
            // "… despite drinking fluids, or [if you suspect…]": the "or" that joins the next clause is neither's.
            while upper > lower, tokens[upper - 1].tag == .punctuation && !closesABracket(upper - 1, from: lower)
                || tokens[upper - 1].tag == .conjunction { upper -= 1 }
            if lower < upper { spans.append((lower..<upper, opener)) }
        }
        // "Remember, anyone can get sepsis": an opening word that only addresses the reader is no clause.
        if tokens.count > 3, tokens[0].tag == .verb, tokens[1].key == ",", isClauseStart(at: 2) {
            start = 2
            index = 2
        }
        while index < tokens.count {
            let token = tokens[index]
            let afterComma = index > 0 && tokens[index - 1].key == ","
            if token.key == ";" {
                close(at: index)
                start = index + 1
                opener = nil
            } else if token.tag == .subordinator, token.key != "as" || afterComma || opensWithPronoun(index + 1),
                      token.key != "if" || !Self.asksWhether(index, in: tokens),
                      isClauseStart(at: index + 1) || isEllipticalCondition(at: index) {
                // "If you feel dizzy, sit down": the condition runs to the comma. "Take them all, even if…": "even"
                // belongs to the condition, not to the clause before.
                let concessive = index > start && tokens[index - 1].key == "even"
                close(at: concessive ? index - 1 : index)
                start = index + 1
                // "…every day, even when you feel well" concedes; it is no condition of the advice.
                opener = concessive ? "even " + token.key : token.key
                // Opening the sentence, or a part of it after a dash ("… after 10 minutes – if it's improved, move on").
                let opensPart = index == 0 || spans.isEmpty && (0..<index).allSatisfy({ tokens[$0].tag == .punctuation })
                    || ["–", "—", "-"].contains(tokens[index - 1].key) || Self.followsJoiningComma(index, in: tokens)
                if opensPart {
                    let comma = (index + 1..<tokens.count).first(where: { tokens[$0].key == "," })
                    // "Although lymphoedema is not dangerous it can increase…": with no comma, a pronoun and a
                    // verb after the condition's own verb open the main clause.
                    let unmarked = (min(index + 3, comma ?? tokens.count)..<(comma ?? tokens.count)).first { at in
                        ["it", "they", "you", "this"].contains(tokens[at].key) && at + 1 < tokens.count
                            && [.modal, .verbPresent3, .verbPast, .auxiliary].contains(tokens[at + 1].tag)
                            && (index + 1..<at).contains(where: { tokens[$0].tag.isFinite })
                            && ![.preposition, .conjunction, .wh, .subordinator, .to].contains(tokens[at - 1].tag)
                            && ![.verb, .verbPresent3, .verbPast, .modal, .auxiliary].contains(tokens[at - 1].tag)
                    }
                    if let unmarked {
                        close(at: unmarked)
                        start = unmarked
                        opener = nil
                        index = unmarked - 1
                    } else if let comma, isClauseStart(at: comma + 1) || tokens[comma + 1..<tokens.count].first?.tag.isVerb == true {
                        close(at: comma)
                        start = comma + 1
                        opener = nil
                        index = comma
                    }
                }
            } else if afterComma, opener == nil, ["is", "are", "can", "may", "will", "has", "have"].contains(token.key), index > start + 2,
                      tokens[start..<(index - 1)].contains(where: { $0.tag.isFinite }),
                      // "Medicines that affect clotting, such as aspirin, can…": a relative clause's verb is no predicate.
                      !tokens[start..<(index - 1)].contains(where: { $0.tag == .wh || $0.key == "that" }),
                      index + 1 < tokens.count, tokens[index + 1].tag != .punctuation {
                // "Gastroenteritis is caused by viruses, is often mild and can…": a second predicate of the same
                // subject after a comma is a clause of its own, so the first one's object ends at the comma.
                close(at: index - 1)
                start = index
                opener = nil
            } else if afterComma, token.key == "however", index + 1 < tokens.count, tokens[index + 1].key == ",", index > start + 2 {
                // "…as they dissolve, however, most need removing": ", however," opens a clause of its own.
                close(at: index - 1)
                start = index + 2
                opener = nil
                index += 1
            } else if afterComma, Self.resultParticiples.contains(token.key), index > start + 2 {
                // "…release calcium into the blood, leading to nausea": the result is a clause of its own, opened by
                // its participle, so the main clause's object ends at the comma.
                close(at: index - 1)
                start = index
                opener = token.key
            } else if token.tag == .wh, afterComma, token.key == "which" || token.key == "who" {
                close(at: index - 1)
                start = index + 1
                opener = token.key
            } else if token.tag == .conjunction, afterComma, token.key != "or", isClauseStart(at: index + 1),
                      // "…methods such as physical therapy, acupuncture, and relaxation techniques may help": before
                      // its verb, a subject's list is no clause.
                      tokens[start..<index].contains(where: { $0.tag.isFinite }) {
                close(at: index - 1)
                start = index + 1
                opener = nil
            } else if token.tag == .conjunction, ["and", "but", "or"].contains(token.key), index > start + 2,
                      // "…if the catheter has come out and you cannot pass urine": within a condition, "and" or "or"
                      // and a pronoun's clause add to the condition; splitting there left "call 999 if the catheter
                      // has come out" (a newcomer's page).
                      token.key == "but" || !Self.conditionOpeners.contains(opener ?? ""),
                      opensWithPronoun(index + 1), index + 2 < tokens.count,
                      [.modal, .auxiliary, .verbPresent3, .verbPast].contains(tokens[index + 2].tag) {
                // "…a skin infection and it is very important that…", "…happen suddenly or it can progress slowly": a
                // pronoun and its verb after "and" or "or" open a clause even without the comma.
                close(at: index)
                start = index + 1
                opener = nil
            } else if ["and", "but"].contains(token.key), index > start + 2, index + 2 < tokens.count,
                      let head = [index + 1, index + 2].first(where: { [.noun, .properNoun].contains(tokens[$0].tag) }),
                      head == index + 1 || [.determiner, .possessive].contains(tokens[index + 1].tag),
                      // "…is narrow and kidney stones can cause pain": the subject may be a compound noun.
                      case let end = (head..<min(tokens.count - 1, head + 3)).first(where: { tokens[$0 + 1].tag != .noun }) ?? head,
                      end + 1 < tokens.count, tokens[end + 1].tag == .modal,
                      tokens[start..<index].contains(where: { $0.tag.isFinite && $0.tag != .verb }) {
                // "…more vulnerable to infection and sepsis can develop quickly": once the clause has its verb, a
                // noun and a modal after "and" are a new subject and its verb, even without a comma.
                close(at: index)
                start = index + 1
                opener = nil
            } else if token.tag == .conjunction, token.key != "or", index > start + 2,
                      let next = (index + 1..<min(tokens.count, index + 3)).first(where: { tokens[$0].tag != .adverb }),
                      [.modal, .auxiliary].contains(tokens[next].tag) {
                // "Sepsis can affect adults … and can be hard to recognise": a second verb phrase, same subject.
                close(at: index)
                start = index + 1
                opener = nil
            } else if token.key == "and", index > start + 2, index + 2 < tokens.count, tokens[index + 1].tag == .verb,
                      [.noun, .properNoun].contains(tokens[index - 1].tag),
                      [.determiner, .possessive].contains(tokens[index + 2].tag),
                      tokens[start..<index].contains(where: { $0.tag == .modal }) {
                // "Gout can damage the joints and increase the risk of stones": after a modal's object, a bare verb
                // and its own object are a second verb phrase under the same modal.
                close(at: index)
                start = index + 1
                opener = nil
            }
            index += 1
        }
        close(at: tokens.count)
        return spans
    }

    /// "… a TIA as it is a warning sign": "as" opens a reason when a pronoun subject follows it.
    /// Not in "as soon as you can", where an "as" a word or two before makes it a comparison.
    private func opensWithPronoun(_ index: Int) -> Bool {
        index < tokens.count && ["it", "they", "this", "these", "you"].contains(tokens[index].key)
            && !tokens[max(0, index - 4)..<(index - 1)].contains { $0.key == "as" }
    }

    /// Whether the token at `index` closes a bracket opened at or after `start`: "rigors (shaking)" keeps its ")".
    private func closesABracket(_ index: Int, from start: Int) -> Bool {
        let pairs = [")": "(", "]": "["]
        guard let opening = pairs[tokens[index].key] else { return false }
        return tokens[start..<index].contains { $0.key == opening }
    }

    /// Whether a subject and a finite verb follow `index` within a few words ("you feel", "the pain gets").
    /// "…work well if used correctly", "unless told to by your doctor": a condition whose subject and "be" are
    /// left out, a participle straight after the opener.
    func isEllipticalCondition(at opener: Int) -> Bool {
        guard Self.conditionOpeners.contains(tokens[opener].key), opener > 0 else { return false }
        var next = opener + 1
        if next < tokens.count, tokens[next].tag == .adverb { next += 1 }
        return next < tokens.count && [.pastParticiple, .verbPast].contains(tokens[next].tag)
    }

    func isClauseStart(at index: Int) -> Bool {
        var cursor = index
        var subjectWords = 0
        while cursor < tokens.count, subjectWords <= 6 {
            let tag = tokens[cursor].tag
            // "you're", "it's": a subject and its verb in one word.
            if tag == .auxiliary, tokens[cursor].key.contains("'") { return true }
            if tag.isFinite { return subjectWords > 0 }
            // "when a blood clot (thrombus) forms": a short bracketed aside inside the subject is skipped.
            if tokens[cursor].key == "(", subjectWords > 0,
               let close = tokens[cursor...].prefix(8).firstIndex(where: { $0.key == ")" }) {
                cursor = close + 1
                continue
            }
            guard tag.isNominal || tag == .pronoun || tag == .determiner || tag == .possessive || tag == .adverb
                || tag == .gerund || (tag == .preposition || tag == .conjunction) && subjectWords > 0 else { return false }
            subjectWords += 1
            cursor += 1
        }
        return false
    }

    private func makeClause(_ range: Range<Int>, opener: String?) -> Clause? {
        guard let firstVerb = range.first(where: { index in
            let tag = tokens[index].tag
            // "…or the need to pass urine often": a verb after "to" is an infinitive, never the clause's verb.
            let infinitive = tag == .verb && index > range.lowerBound && tokens[index - 1].tag == .to
            return tag.isFinite && !infinitive || (index == range.lowerBound && tag == .verb)
                || (index == range.lowerBound && tag == .pastParticiple && opener.map(Self.conditionOpeners.contains) == true)
                || (index == range.lowerBound && opener == tokens[index].key)
        }) else { return nil }
        let verbStart = mainVerb(after: firstVerb, in: range)
        let verb = verbStart..<verbEnd(from: verbStart, in: range)
        var subject = range.lowerBound..<verbStart
        // A relative clause's commas are the subject's own ("Adults who are older, pregnant, or…, are…").
        if verbStart == firstVerb, let comma = subject.first(where: { tokens[$0].key == "," }) {
            // "In most cases, the pain…" drops the adverbial; "A low blood sugar, also called a hypo, is…" keeps
            // the head noun phrase before its apposition.
            let opensAdverbial: Set<PartOfSpeech> = [.preposition, .adverb, .subordinator, .gerund, .to]
            let commas = subject.filter { tokens[$0].key == "," }
            let afterComma = comma + 1 < verbStart ? tokens[comma + 1].tag : .punctuation
            // "Many times, a fever is…": one comma, and a noun phrase of its own after it.
            let opensNounPhrase = commas.count == 1 && comma - range.lowerBound <= 3
                && [.determiner, .pronoun, .possessive].contains(afterComma)
            // "In addition to medications, methods such as massage, acupuncture and yoga may help": after the
            // adverbial, the commas of an example list are the subject's own.
            let listsExamples = (comma + 1..<verbStart).contains { tokens[$0].key == "including"
                || tokens[$0].key == "such" && $0 + 1 < verbStart && tokens[$0 + 1].key == "as" }
            if opensAdverbial.contains(tokens[range.lowerBound].tag), listsExamples {
                subject = (comma + 1)..<verbStart
            } else if opensAdverbial.contains(tokens[range.lowerBound].tag) || opensNounPhrase {
                let last = subject.last { tokens[$0].key == "," } ?? comma
                subject = (last + 1)..<verbStart
            } else {
                subject = range.lowerBound..<comma
            }
        }
        // "A heart attack – this can cause…": the subject is what follows the dash.
        if let dash = subject.last(where: { ["–", "—", "-", ":"].contains(tokens[$0].key) }), dash + 1 < subject.upperBound {
            subject = (dash + 1)..<subject.upperBound
        }
        while let last = subject.last, tokens[last].tag == .punctuation, !["\"", ")"].contains(tokens[last].key) {
            subject = subject.lowerBound..<last
        }
        // "Attacks often start": the adverb belongs to neither the subject nor the question built on it.
        while let last = subject.last, last > subject.lowerBound, tokens[last].tag == .adverb {
            subject = subject.lowerBound..<last
        }
        // "Never ignore…", "Always take…": adverbs before an instruction's verb are no subject.
        if subject.allSatisfy({ [.adverb, .negation].contains(tokens[$0].tag) }) { subject = verbStart..<verbStart }
        // A sentence's opening "But", "So", "Here" or "However" is not part of its subject.
        while let first = subject.first, [.conjunction, .adverb, .punctuation].contains(tokens[first].tag) {
            subject = (first + 1)..<subject.upperBound
        }
        return Clause(range: range, opener: opener, subject: subject, verb: verb, rest: verb.upperBound..<range.upperBound,
                      // "don't", "can't": a contracted negation is one token, tagged as its verb.
                      isNegated: verb.contains { tokens[$0].tag == .negation || tokens[$0].key.hasSuffix("n't") },
                      condition: nil, reason: nil)
    }

    /// "Conditions that affect the flow of blood, such as diabetes, can also make…": a verb right after a relative
    /// word in the subject ("Conditions that") is the relative clause's; the clause's own verb comes later, first
    /// one after a comma ("…, can also make"), else the first modal, auxiliary or -s verb. `first` when the
    /// relative clause is all there is.
    private func mainVerb(after first: Int, in range: Range<Int>) -> Int {
        guard first - 1 > range.lowerBound, tokens[first - 1].tag == .wh || tokens[first - 1].key == "that",
              ["that", "who", "which"].contains(tokens[first - 1].key), tokens[first - 2].tag == .noun else { return first }
        let later = verbEnd(from: first, in: range)..<range.upperBound
        let finite: Set<PartOfSpeech> = [.modal, .auxiliary, .verbPresent3]
        let afterComma = later.first { at in
            (finite.contains(tokens[at].tag) || tokens[at].tag == .verbPast) && at > later.lowerBound
                && (tokens[at - 1].key == "," || tokens[at - 1].tag == .adverb && at >= 2 && tokens[at - 2].key == ",")
        }
        // "Things that raise the risk include…": after a plural, a bare verb agrees and may be the clause's own.
        let plural = tokens[first - 2].key.hasSuffix("s")
        return afterComma ?? later.first { finite.contains(tokens[$0].tag)
            || plural && tokens[$0].tag == .verb && ["include", "are", "cause", "help", "make", "need"].contains(tokens[$0].key) } ?? first
    }

    private func verbEnd(from verbStart: Int, in range: Range<Int>) -> Int {
        var verbEnd = verbStart + 1
        while verbEnd < range.upperBound {
            let tag = tokens[verbEnd].tag
            let previous = tokens[verbEnd - 1].tag
            let continues = tag == .auxiliary || tag == .modal || tag == .negation
                || (tag == .adverb && verbEnd + 1 < range.upperBound && tokens[verbEnd + 1].tag.isVerb)
                || tag == .verb || tag == .pastParticiple || tag == .verbPast && previous == .auxiliary
                || (tag == .gerund && previous == .auxiliary)
                // "tend to affect", "need to take": a catenative verb and its infinitive are one group.
                || (tag == .to && verbEnd + 1 < range.upperBound && tokens[verbEnd + 1].tag == .verb
                    && Self.catenatives.contains(tokens[verbEnd - 1].key))
            guard continues else { break }
            verbEnd += 1
        }
        return verbEnd
    }
}
