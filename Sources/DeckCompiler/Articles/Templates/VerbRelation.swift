/// "Blood clots can travel to the lungs." / "Sepsis damages organs." Keeps the sentence's own verb and asks for
/// each side: what does the subject do to what, and what does it to the object. An object after a preposition
/// is hidden in a cloze ("travel to [...]") so no question word has to guess its role.
enum VerbRelation {
    static func candidates(_ context: ClauseContext) -> [Candidate] {
        let passage = context.passage
        let clause = context.clause
        guard !clause.rest.isEmpty, !clause.isImperative, clause.opener == nil, !context.subjectIsVague, let subject = context.subjectText,
              !["you", "we", "i"].contains(subject.lowercased()) else { return [] }
        // "Doctors treat gout with colchicine and by changing your diet": the object and its two means are asked by
        // MeansClause ("How do doctors treat gout?"); "What do doctors treat?" would ask for all of it.
        let tokens = passage.tokens
        if let with = clause.rest.first(where: { tokens[$0].key == "with" }),
           clause.rest.contains(where: { $0 > with + 1 && tokens[$0].key == "by" && $0 + 1 < clause.rest.upperBound
               && tokens[$0 + 1].tag == .gerund && ["and", "or"].contains(tokens[$0 - 1].key) }) { return [] }
        // "it means you're not getting…": a verb group that swallowed a pronoun is a misparse.
        guard !clause.verb.contains(where: { index in
            let key = passage.tokens[index].key
            return passage.tokens[index].tag == .pronoun
                || ["you", "they", "we", "it", "i", "he", "she"].contains(key.split(separator: "'").first.map(String.init) ?? "") && key.contains("'")
        }) else { return [] }
        if let cause = causedBy(context, subject: subject) { return [cause] }
        // "Croup does not need antibiotics": "What does croup not need?" asks a riddle; the yes/no question asks it.
        if clause.isNegated, !NegationFlip.candidates(context).isEmpty { return [] }
        let verbKeys = clause.verb.map { passage.tokens[$0].key }
        // "can be emotionally taxing": the last verb of the group, not its adverb, says it is a copula.
        let lastVerb = clause.verb.last { passage.tokens[$0].tag.isVerb }.map { passage.tokens[$0].key }
        if verbKeys == ["is"] || verbKeys == ["are"] || lastVerb == "be" { return [] }
        // "… and be carried by the blood": a verb phrase that shares its subject and lost its modal.
        if clause.subject.upperBound <= clause.range.lowerBound, ["be", "been", "being"].contains(verbKeys.first ?? "") { return [] }
        let restStart = passage.tokens[clause.rest.lowerBound]
        // "… in different types - and each one requires …": a dash ends what the verb relates.
        // "… affect your kidneys and increase the risk of stones": a second verb phrase is a relation of its own.
        let restEnd = clause.rest.first { index in
            index > clause.rest.lowerBound && ["-", "–", "—"].contains(passage.tokens[index].key)
                // "help manage pain and improve comfort", "maintain bone strength, improve mobility".
                || index > clause.rest.lowerBound && index + 1 < clause.rest.upperBound
                && (passage.tokens[index].tag == .conjunction || passage.tokens[index].key == ",")
                && passage.tokens[index + 1].tag == .verb
                // "…elevated calcium levels or other indicators of…": what "or other" adds is no part of the answer.
                || index > clause.rest.lowerBound + 1 && index + 1 < clause.rest.upperBound
                && passage.tokens[index].tag == .conjunction && passage.tokens[index + 1].key == "other"
                // "…people with health conditions, especially those confined to bed": the qualifier is no object.
                || index > clause.rest.lowerBound && index + 1 < clause.rest.upperBound && passage.tokens[index].key == ","
                && Self.qualifiers.contains(passage.tokens[index + 1].key)
        } ?? clause.rest.upperBound
        let rest = clause.rest.lowerBound..<restEnd
        let answer = passage.text(rest)
        // "should carry one", "can make it worse": an object that is only a pronoun names nothing; a modal or
        // finite verb in it means the parse took a clause for an object ("Getting help early can make…").
        let pronouns: Set<String> = ["one", "it", "them", "this", "that", "these", "those", "him", "her", "ones"]
        // "Everyone with asthma should carry one" under "Rescue inhalers": "one" is one of what the section is about.
        if rest.count == 1, restStart.key == "one", let named = oneOf(context.block.topic), subject.spaceSeparatedCount <= 4 {
            let people: Set<String> = ["everyone", "anyone", "everybody", "anybody", "people", "adults", "children", "patients"]
            let word = people.contains(subject.lowercased().spaceSeparated.first.map(String.init) ?? "") ? "Who" : "What"
            return [context.candidate(.basic, prompt: word + " " + passage.text(clause.verb) + " " + named + "?", answers: [subject],
                                      template: .verbRelation, prior: 0.7, answerRange: clause.subject)]
        }
        let relative = rest.first { passage.tokens[$0].tag == .wh || passage.tokens[$0].key == "that" } ?? rest.upperBound
        guard rest.count <= 16, !(rest.count == 1 && pronouns.contains(restStart.key)),
              !(rest.lowerBound..<relative).contains(where: { [.modal, .verbPresent3, .verbPast].contains(passage.tokens[$0].tag) })
        else { return [] }
        // "provide detailed images": a participle that ends the verb group qualifies the object, and the
        // question would strand it ("What can CT scans provide detailed?").
        let strandsParticiple = passage.tokens[clause.verb.upperBound - 1].tag == .pastParticiple
            && !clause.verb.dropLast().contains { Self.auxiliaries.contains(passage.tokens[$0].key) }
        // "puts strain on the heart", "has few signs": a light verb's object is half of a phrase, not what it acts on.
        let lightVerb = lastVerb.map(Self.lightVerbs.contains) ?? false
        let restHasNoun = rest.contains { [.noun, .properNoun, .number].contains(passage.tokens[$0].tag) && !pronouns.contains(passage.tokens[$0].key) }
        // "affects people with diabetes": an object that names people is asked with "who".
        let objectWord = rest.prefix(3).contains { Self.people.contains(passage.tokens[$0].key) } ? "Who" : "What"
        var made: [Candidate] = []
        // "An infection can have few signs": a light verb's short statement is a true/false item instead.
        if lightVerb, restHasNoun, rest == clause.rest, rest.count <= 10, !["keep", "keeps", "continue", "continues", "start", "starts",
            "stop", "stops"].contains(lastVerb ?? ""), let statement = context.statement {
            return [context.candidate(.truefalse, prompt: statement, answers: ["true"], template: .property, prior: 0.45)]
        }
        let objectLike: Set<PartOfSpeech> = [.determiner, .possessive, .noun, .properNoun, .adjective, .number, .gerund]
        let isPassive = clause.verb.count >= 2 && passage.tokens[clause.verb.upperBound - 1].tag == .pastParticiple
            && clause.verb.dropLast().contains { ["is", "are", "was", "were", "be", "been"].contains(passage.tokens[$0].key) }
        let isSuperlative = restStart.key == "the" && clause.rest.count > 1 && passage.tokens[clause.rest.lowerBound + 1].key == "most"
        if restStart.key == "depending", clause.rest.count >= 4, passage.tokens[clause.rest.lowerBound + 1].key == "on",
           let question = QuestionForm.askingObject(context, tail: "depending on") {
            // "Symptoms vary depending on which bones are affected": what do they vary depending on?
            let hidden = (clause.rest.lowerBound + 2)..<clause.rest.upperBound
            made.append(context.candidate(.basic, prompt: question, answers: [passage.text(hidden)], template: .verbRelation,
                                          prior: 0.75, answerRange: hidden))
        } else if rest.count >= 4, [.determiner, .possessive].contains(restStart.tag),
                  ["risk", "chance", "likelihood"].contains(passage.tokens[rest.lowerBound + 1].key),
                  passage.tokens[rest.lowerBound + 2].key == "of",
                  let asked = QuestionForm.askingObject(context, tail: passage.text(rest.lowerBound..<(rest.lowerBound + 2))) {
            // "It can increase the risk of a skin infection": what it raises the risk of.
            let question = String(asked.dropLast()) + " of?"
            let hidden = (rest.lowerBound + 3)..<rest.upperBound
            made.append(context.candidate(.basic, prompt: Self.underItsCondition(question, context), answers: [passage.text(hidden)],
                                          template: .verbRelation, prior: 0.75, answerRange: hidden))
        } else if Self.timingOpeners.contains(restStart.key), rest.count >= 2, rest.count <= 12,
                  !["at", "in"].contains(passage.tokens[rest.lowerBound + 1].key),
                  let question = QuestionForm.askingObject(context, word: restStart.key == "within" ? "How quickly" : "When") {
            // "It can occur during or soon after treatment, or years later": when; the whole timing answers.
            made.append(context.candidate(.basic, prompt: question, answers: [answer], template: .verbRelation,
                                          prior: 0.7, answerRange: rest))
        } else if let end = Self.timeSpan(at: rest.lowerBound, in: passage.tokens), end < rest.upperBound,
                  ["after", "before", "later", "from"].contains(passage.tokens[end].key), rest.count <= 12,
                  let question = QuestionForm.askingObject(context, word: "When") {
            // "A rash appears a few days after the first symptoms": when, not what.
            made.append(context.candidate(.basic, prompt: question, answers: [answer], template: .verbRelation,
                                          prior: 0.7, answerRange: rest))
        } else if ["last", "lasts"].contains(lastVerb ?? ""), [.number, .adverb].contains(restStart.tag) || restStart.key == "up"
                    || Self.timeSpan(at: rest.lowerBound, in: passage.tokens) != nil,
                  rest.count <= 6,
                  rest.contains(where: { passage.tokens[$0].tag == .number }) || Self.timeSpan(at: rest.lowerBound, in: passage.tokens) != nil,
                  let question = QuestionForm.askingObject(context, word: "How long") {
            // "Effects last 4 to 6 hours": how long.
            made.append(context.candidate(.basic, prompt: question, answers: [answer], template: .verbRelation,
                                          prior: 0.75, answerRange: rest))
        } else if Self.paces.contains(restStart.key),
                  // The second of "…happen suddenly or it can progress slowly" is the first one's answer already.
                  Self.otherPace(passage, context.clauses, after: context.index - 1).isEmpty,
                  let question = QuestionForm.askingObject(context, word: "How quickly") {
            // "Heart failure can happen suddenly or slowly over months": how quickly; the whole pace answers, up to
            // a comma ("…start gradually, often worsen at night": what follows is another verb phrase).
            let pace = rest.lowerBound..<(rest.first { passage.tokens[$0].key == "," } ?? rest.upperBound)
            if pace.count <= 10 {
                made.append(context.candidate(.basic, prompt: question, answers: [passage.text(pace) + Self.otherPace(passage, context.clauses, after: context.index)],
                                              template: .verbRelation, prior: 0.75, answerRange: pace))
            }
        } else if Self.frequencyOpeners.contains(restStart.key),
                  let question = QuestionForm.askingObject(context, word: "How often") {
            // "Used once or twice daily", "taken every day to reduce…": how often; the frequency alone answers.
            let tokens = passage.tokens
            let end = clause.rest.first { index in
                index > clause.rest.lowerBound && (tokens[index].tag == .punctuation || tokens[index].tag == .subordinator
                    || tokens[index].tag == .to && tokens[index - 1].tag != .number)
            } ?? clause.rest.upperBound
            let frequency = clause.rest.lowerBound..<end
            if frequency.count <= 6 {
                // "…taken every day – even when you feel fine –": the concession is what is worth recalling.
                let said = passage.text(frequency)
                let answer = DashAside.concession(after: said, in: context.block.text).map { said + ", " + $0 } ?? said
                made.append(context.candidate(.basic, prompt: question, answers: [answer], template: .verbRelation,
                                              prior: 0.75, answerRange: frequency))
            }
        } else if objectLike.contains(restStart.tag), !isPassive, !isSuperlative, restHasNoun, !strandsParticiple, !lightVerb,
                  // "What can bone metastases cause?" on a page about them has as many answers as it names effects.
                  !(["cause", "causes"].contains(lastVerb ?? "") && Self.isThePageSubject(context.subjectText, page: context.pageSubject)),
                  // "attach better to bone than to…" says how, not what.
                  !(["better", "worse", "more", "less", "faster", "slower", "longer"].contains(restStart.key) && rest.count > 1
                    && ([.preposition, .to].contains(passage.tokens[rest.lowerBound + 1].tag) || passage.tokens[rest.lowerBound + 1].key == "than")),
                  let question = QuestionForm.askingObject(context, word: objectWord)
                    .map({ Self.underItsCondition($0, context) }) {
            made.append(context.candidate(.basic, prompt: question, answers: [answer], template: .verbRelation,
                                          prior: rest.count <= 8 ? 0.7 : 0.5, answerRange: rest))
        } else if restStart.tag == .preposition || restStart.tag == .to, rest.count >= 2,
                  restStart.tag == .preposition || rest.count <= 7
                    // "lead to a lack of oxygen in the blood": a "to" before a noun phrase is a preposition.
                    || rest.count <= 12 && [.determiner, .possessive].contains(passage.tokens[rest.lowerBound + 1].tag) {
            // A verb phrase after "to" is a gap only when short ("is thought to [affect about 20% of…]" is not).
            var hidden = (rest.lowerBound + 1)..<rest.upperBound
            // "lead to a loss of [strength and stamina]": a head that only measures stays in the question, which
            // then says what changes.
            let tokens = passage.tokens
            if hidden.count >= 4, [.determiner, .possessive].contains(tokens[hidden.lowerBound].tag),
               Self.measuringHeads.contains(tokens[hidden.lowerBound + 1].key),
               ["of", "in"].contains(tokens[hidden.lowerBound + 2].key) {
                hidden = (hidden.lowerBound + 3)..<hidden.upperBound
            }
            // "can occur during [or immediately after…]": a gap never opens on a conjunction, nor after a
            // preposition cut from its object ("used to focus on, [attack], and kill…").
            guard passage.tokens[hidden.lowerBound].tag != .conjunction, passage.tokens[hidden.lowerBound].key != "," else { return made }
            let prompt = cloze(context, hiding: hidden)
            made.append(context.candidate(.cloze, prompt: prompt, answers: [passage.text(hidden)],
                                          template: .verbRelation, prior: 0.55, answerRange: hidden))
        }
        let subjectKey = subject.lowercased()
        // "Anyone can get sepsis, including young healthy people": who can? Anyone – with whom it names.
        if ["anyone", "everyone", "anybody", "everybody"].contains(subjectKey), let verbEnd = clause.rest.first {
            let tokens = passage.tokens
            let including = clause.rest.first { tokens[$0].key == "including" || tokens[$0].key == "even" }
            let asked = (verbEnd..<(including.map { $0 > verbEnd && tokens[$0 - 1].key == "," ? $0 - 1 : $0 } ?? clause.rest.upperBound))
            let answer = including.map { subject + ", " + passage.text($0..<clause.rest.upperBound) } ?? subject
            return [context.candidate(.basic, prompt: "Who " + passage.text(clause.verb) + " " + passage.text(asked).trimming(" ,") + "?",
                                      answers: [answer], template: .verbRelation, prior: 0.75, answerRange: clause.subject)]
        }
        // Asking for the subject needs a rest that says something specific, and an answer that is not just the
        // page's own subject ("What can occur with no symptoms?" – many things can).
        // …nor the section's own subject, which the card's topic shows ("What works within minutes?" under
        // "Rescue inhalers").
        let answerIsPageSubject = context.pageSubject.map { Self.withoutArticle($0) == Self.withoutArticle(subjectKey) } ?? false
            || Self.withoutArticle(context.block.topic).hasPrefix(Self.withoutArticle(subjectKey))
        // A list item's gloss ("High blood pressure – this puts strain on the heart") is not asked for its label:
        // other items may fit the question too, and the labelled-item card asks it with the list as options.
        // A verb that relates loosely ("varies", "aims", "helps") fits many subjects: the question has no one answer.
        let looseVerb = lastVerb.map(Self.looseVerbs.contains) ?? true
        // "The breakdown of bone caused by cancer cells can release calcium": the answer is the head phrase, without
        // the participle that qualifies it.
        var asked = clause.subject
        if !context.subjectIsResolved,
           let participle = clause.subject.first(where: { $0 > clause.subject.lowerBound + 1 && passage.tokens[$0].tag == .pastParticiple }) {
            asked = clause.subject.lowerBound..<participle
        }
        let answered = context.subjectIsResolved ? subject : passage.text(asked)
        // "Your healthcare provider will ask about…": who asks is no fact about the subject.
        let answerIsCarer = asked.contains { Self.carers.contains(passage.tokens[$0].key) }
        // "Thyroid cancer can also spread to bone": the sentence itself says the subject is not the only answer.
        let saysOthersDoToo = (clause.subject.upperBound..<rest.upperBound).contains { ["also", "too"].contains(passage.tokens[$0].key) }
            // "What can raise the risk of a stroke?": a risk has many causes, and the page names one.
            || rest.count >= 3 && ["risk", "chance", "likelihood"].contains(passage.tokens[rest.lowerBound + 1].key)
            // "Swelling, tenderness, or visible deformities may occur": the subject read is the last of several.
            || clause.subject.lowerBound > 0 && ["or", "and"].contains(passage.tokens[clause.subject.lowerBound - 1].key)
            // "What can reveal changes in bone structure? – X-rays": a test or treatment the page names beside
            // others of its kind is one of several answers (reviews 23 and 24).
            || context.siblings.isOneOfSeveral(passage.text(asked))
        if !context.subjectIsResolved, !answerIsCarer, !strandsParticiple, !saysOthersDoToo, rest == clause.rest, asked.count <= 6, restHasNoun, !answerIsPageSubject, !["you", "we", "i", "people", "there"].contains(subjectKey),
           !clause.isNegated, !looseVerb, answered.spaceSeparatedCount <= 4,
           passage.tokens[clause.subject.lowerBound].tag != .gerund,
           let question = QuestionForm.askingSubject(context), !Self.sharesAWord(question, answered) {
            // "The pain", "An infection": a plain common noun is a weak answer; many things could fill it.
            let plain = clause.subject.count <= 2 && clause.subject.allSatisfy {
                [.determiner, .noun, .possessive].contains(passage.tokens[$0].tag)
            }
            made.append(context.candidate(.basic, prompt: question, answers: [answered], template: .verbRelation,
                                          prior: plain ? 0.35 : 0.5, answerRange: asked))
        }
        return made
    }

    /// "If dehydration is ongoing, it can affect your kidneys": the question keeps the condition the relation
    /// holds under ("If dehydration is ongoing, what can it affect?"), with the clause's own pronoun.
    static func underItsCondition(_ question: String, _ context: ClauseContext) -> String {
        let passage = context.passage
        guard let conditionIndex = context.clause.condition, let opener = context.clauses[conditionIndex].opener,
              ["if", "when", "unless", "once", "whenever"].contains(opener) else { return question }
        let condition = context.clauses[conditionIndex].range
        // "…affects people with diabetes, especially if you take insulin": a condition that narrows is not one the
        // relation holds under.
        guard condition.count <= 12, let subject = context.subjectText,
              !qualifiers.contains(passage.tokens[context.clause.range.upperBound - 1].key) else { return question }
        var asked = question.lowercasedFirst
        // The clause's own pronoun only where the condition names what it stands for.
        let head = subject.lowercased().spaceSeparated.last.map { Sentence.singular(Sentence.key($0)) } ?? ""
        let conditionNamesIt = passage.text(condition).lowercased().spaceSeparated.contains { Sentence.singular(Sentence.key($0)) == head }
        if context.subjectIsResolved, conditionNamesIt, let pronoun = context.clause.subject.first.map({ passage.tokens[$0].key }),
           let range = asked.range(of: " " + subject.lowercasedFirst + " ") {
            asked.replaceSubrange(range, with: " " + pronoun + " ")
        }
        return opener.capitalizedFirst + " " + passage.text(condition) + ", " + asked
    }

    /// "Rescue inhalers" → "a rescue inhaler": one of what a short noun-phrase heading names, or `nil`.
    static func oneOf(_ heading: String) -> String? {
        // "Rescue inhalers (quick-relief medications)": the heading's name, without its gloss.
        let name = heading.firstIndex(of: "(").map { String(heading[..<$0]) } ?? heading
        let words = name.lowercased().spaceSeparated.map(String.init)
        guard (1...4).contains(words.count), let last = words.last, last.hasSuffix("s"), last.count > 3,
              words.allSatisfy({ $0.allSatisfy(\.isLetter) && !Stopwords.english.contains($0) }) else { return nil }
        let noun = Sentence.singular(last)
        let article = "aeiou".contains(words[0].first ?? "x") ? "an" : "a"
        return ([article] + words.dropLast() + [noun]).joined(separator: " ")
    }

    /// Heads that measure what follows them ("a loss of", "a build-up of", "an increase in").
    static let measuringHeads: Set<String> = ["loss", "lack", "shortage", "increase", "decrease", "reduction", "rise",
                                              "drop", "fall", "build-up", "buildup", "change", "risk", "chance"]

    /// Words that open a qualifier after a comma.
    static let qualifiers: Set<String> = ["especially", "particularly", "including", "such", "like", "mainly", "mostly"]

    static let looseVerbs: Set<String> = ["vary", "varies", "aim", "aims", "begin", "begins", "include", "includes", "help",
                                          "helps", "involve", "involves", "mean", "means", "depend", "depends", "differ",
                                          "differs", "have", "has", "make", "makes", "get", "gets"]

    /// Auxiliaries that make a final participle part of the verb ("is caused", "has spread", "gets infected").
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "gets", "become", "becomes"]

    /// Verbs whose object completes a phrase ("put strain on", "have a chance of", "take care of").
    /// "keep causing symptoms", "continue to spread": what follows is a second verb, not an object.
    static let lightVerbs: Set<String> = ["put", "puts", "have", "has", "take", "takes", "give", "gives", "get", "gets", "make",
                                          "makes", "do", "does", "keep", "keeps", "continue", "continues", "start", "starts",
                                          "stop", "stops"]

    /// Words that name people as an object ("affects people with diabetes", "can affect adults").
    static let people: Set<String> = ["people", "person", "adults", "adult", "children", "child", "patients", "patient",
                                      "women", "men", "babies", "anyone", "everyone", "those", "someone", "individuals"]

    /// Whether `subject` names what the page is about: it holds the page subject's head noun ("metastases to the
    /// bones" on "Bone metastases"; "a heart attack" on "Heart failure" does not).
    static func isThePageSubject(_ subject: String?, page: String?) -> Bool {
        guard let subject, let page else { return false }
        let pageWords = page.lowercased().prefix { $0 != "(" }.spaceSeparated.map { Sentence.singular(Sentence.key($0)) }
        guard let head = pageWords.last(where: { $0.count >= 3 }) else { return false }
        return subject.lowercased().spaceSeparated.contains { Sentence.singular(Sentence.key($0)) == head }
    }

    /// Words that name who gives care: "Your doctor will ask…" says what happens, not what the subject does.
    /// "Gastroenteritis is caused by viruses" → "What causes gastroenteritis? – viruses"; "…can be caused by…" →
    /// "What can cause…?". The agent is asked for, up to a comma.
    static func causedBy(_ context: ClauseContext, subject: String) -> Candidate? {
        let passage = context.passage
        let clause = context.clause
        let tokens = passage.tokens
        guard let participle = clause.verb.last, tokens[participle].key == "caused", clause.rest.count >= 2,
              tokens[clause.rest.lowerBound].key == "by", !clause.isNegated else { return nil }
        let keys = clause.verb.map { tokens[$0].key }
        let asked: String
        if keys == ["is", "caused"] || keys == ["are", "caused"] {
            asked = "What causes"
        } else if keys.count == 3, tokens[clause.verb.lowerBound].tag == .modal, keys[1] == "be" {
            asked = "What \(keys[0]) cause"
        } else {
            return nil
        }
        let start = clause.rest.lowerBound + 1
        let end = (start..<clause.rest.upperBound).first { [",", ";", "–", "—", "("].contains(tokens[$0].key) || tokens[$0].tag == .wh } ?? clause.rest.upperBound
        guard (1...8).contains(end - start) else { return nil }
        return context.candidate(.basic, prompt: "\(asked) \(subject.lowercasedFirst)?", answers: [passage.text(start..<end)],
                                 template: .verbRelation, prior: 0.8, answerRange: start..<end)
    }

    /// The end of a span of time opening at `start` ("a few days", "2 to 3 weeks", "several hours", "a week"), or
    /// `nil`.
    static func timeSpan(at start: Int, in tokens: [Token]) -> Int? {
        var at = start
        if at < tokens.count, ["a", "an"].contains(tokens[at].key) { at += 1 }
        while at < tokens.count, tokens[at].tag == .number || ["few", "several", "couple", "of", "to", "-"].contains(tokens[at].key) { at += 1 }
        guard at < tokens.count, timeUnits.contains(tokens[at].key), at > start else { return nil }
        return at + 1
    }

    private static let timeUnits: Set<String> = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                                                 "year", "years"]

    static let carers: Set<String> = ["doctor", "doctors", "nurse", "nurses", "provider", "providers", "gp", "team", "pharmacist",
                                      "specialist", "physician", "surgeon"]

    /// Whether a question shows a word of its answer, by its first five letters ("powdered" gives "powder" away).
    static func sharesAWord(_ question: String, _ answer: String) -> Bool {
        !QualityFilter.stems(question, minimumLength: 4).isDisjoint(with: QualityFilter.stems(answer, minimumLength: 4))
    }

    /// "A low blood sugar" and "Low blood sugar" name the same thing.
    static func withoutArticle(_ phrase: String) -> String {
        var lowered = phrase.lowercased()
        for article in ["a ", "an ", "the "] where lowered.hasPrefix(article) { lowered.removeFirst(article.count) }
        return lowered
    }

    /// Words that open when something happens ("during treatment", "within 24 hours", "years later").
    static let timingOpeners: Set<String> = ["during", "within", "soon", "shortly", "immediately", "years", "months", "weeks",
                                             "days", "hours"]

    /// Words that open a frequency ("once a day", "every 4 hours", "twice daily").
    static let frequencyOpeners: Set<String> = ["once", "twice", "every", "daily", "weekly", "monthly", "hourly", "nightly"]

    /// The sentence, pronoun resolved, with tokens `hidden` shown as "[...]".
    static func cloze(_ context: ClauseContext, hiding hidden: Range<Int>) -> String {
        let passage = context.passage
        var parts: [String] = []
        if context.subjectIsResolved, let subject = context.subjectText, hidden.lowerBound >= context.clause.subject.upperBound {
            parts.append(passage.text(0..<context.clause.subject.lowerBound))
            parts.append(context.clause.subject.lowerBound == 0 ? subject.capitalizedFirst : subject)
            parts.append(passage.text(context.clause.subject.upperBound..<hidden.lowerBound))
        } else {
            parts.append(passage.text(0..<hidden.lowerBound))
        }
        parts.append("[...]")
        parts.append(passage.text(hidden.upperBound..<passage.tokens.count))
        // "…infrequently (less than [...] a day)": a gap that opens a bracket sits inside it.
        return parts.filter { !$0.isEmpty }.joined(separator: " ").replacingSpacesBeforePunctuation().replacingBytes("( [...]", with: "([...]")
    }

    /// Adverbs of pace, asked "How quickly".
    static let paces: Set<String> = ["suddenly", "gradually", "slowly", "quickly", "rapidly"]

    /// "…can happen suddenly or it can progress slowly over months": the other pace, in the clause "or" joins to
    /// this one with a pronoun for the same subject, belongs to the answer (", or progress slowly over months").
    static func otherPace(_ passage: Passage, _ clauses: [Clause], after index: Int) -> String {
        let tokens = passage.tokens
        guard index >= 0, index + 1 < clauses.count else { return "" }
        let previous = clauses[index]
        guard !previous.rest.isEmpty, Self.paces.contains(tokens[previous.rest.lowerBound].key) else { return "" }
        let next = clauses[index + 1]
        guard next.range.lowerBound >= 1, tokens[next.range.lowerBound - 1].key == "or" || tokens[next.range.lowerBound].key == "or",
              let subject = next.subject.first, ["it", "they"].contains(tokens[subject].key), !next.rest.isEmpty,
              // "…come on slowly": a particle may stand before the pace.
              next.rest.prefix(2).contains(where: { Self.paces.contains(tokens[$0].key) })
        else { return "" }
        let verb = next.verb.drop { tokens[$0].tag == .modal }
        guard let first = verb.first, tokens[first].tag == .verb else { return "" }
        return ", or " + passage.text(first..<next.range.upperBound).trimming(" .,;")
    }
}
