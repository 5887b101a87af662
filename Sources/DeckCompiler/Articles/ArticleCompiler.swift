import PearlsCore

/// Turns articles into question cards: ingest → strip boilerplate → structure → generate → filter → merge → rank.
///
/// Everything is a pure function of the sources' names and bytes, in order, so the same articles give the
/// same cards, byte for byte, on every run.
public enum ArticleCompiler {
    /// What generating gives: the kept candidates (with final card ids) and the figures behind them.
    public struct Result: Sendable {
        public var candidates: [Candidate]
        public var report: ArticleReport
        public var diagnostics: [Diagnostic]
        /// Every candidate left out, with the reason, for `--report --verbose`.
        public var dropped: [DroppedCandidate] = []
        /// The first content heading of the first article, as a title for the deck.
        public var title: String?
    }

    /// One source read and structured.
    struct Article: Sendable {
        var text: ArticleText
        var blocks: [ArticleBlock]
        /// Each content block's sentences, split once and shared by the term pool and the rules.
        var sentences: [[Sentence]] = []
        /// The last word of an article that stops mid-sentence: no answer may end with it.
        var cutOff: String?
        /// The block whose last sentence was cut inside a phrase, which no rule reads.
        var unfinished: Int?
        /// The list whose last item was cut off: it names fewer items than the page has.
        var cutList: Int?

        mutating func splitSentences() {
            sentences = blocks.concurrentMap { block in
                block.isContent && block.kind != .heading ? SentenceSplitter.sentences(in: block.body).map(Sentence.init) : []
            }
            // A saved excerpt often stops mid-sentence: no answer ends on its last word, and an unterminated last
            // item leaves its list.
            // Only the end of the saved text is cut: content that furniture follows ("Read more", a footer) ended
            // where its page ends it.
            guard let last = blocks.indices.last(where: { blocks[$0].isContent && blocks[$0].kind != .heading }),
                  !blocks[(last + 1)...].contains(where: { $0.kind != .heading }),
                  let final = blocks[last].text.last, !".!?:;)\"'”’".contains(final) else { return }
            if blocks[last].kind == .item {
                blocks[last].boilerplate = "cut off mid-sentence"
                sentences[last] = []
                cutList = blocks[last].list
            } else {
                cutOff = blocks[last].text.spaceSeparated.last.map(String.init)
                // "…can make it harder", "…raise the level of": a sentence cut inside a phrase is not read. One
                // that ends on a noun may be whole and only lack its full stop ("…asking for an ambulance").
                // Its words still name terms for other cards' wrong options.
                if let sentence = sentences[last].last, Passage(sentence.text).tokens.last.map({ ![.noun, .properNoun].contains($0.tag) }) ?? true {
                    // "…can cause dehydration and hypothermia, so if you live alone it is worth wearing a…": the
                    // clauses before the one the cut falls in are whole, and read as a sentence of their own.
                    if let whole = ArticleCompiler.wholeClauses(before: sentence.text) {
                        sentences[last][sentences[last].count - 1] = Sentence(whole)
                    } else {
                        unfinished = last
                    }
                }
            }
        }
    }

    /// The clauses of a sentence cut off inside its last clause that come before that clause, as a sentence:
    /// up to its last ", so", ", and", ", but", ", which" or ";", when that leaves six words or more with a verb.
    static func wholeClauses(before cut: String) -> String? {
        let joints = [", so ", ", and ", ", but ", ", which ", ", as ", "; ", " – "]
        guard let joint = joints.compactMap({ cut.range(of: $0, options: .backwards)?.lowerBound }).max() else { return nil }
        let kept = String(cut[..<joint]).trimming(" ,;")
        guard kept.spaceSeparatedCount >= 6, Passage(kept).tokens.contains(where: { $0.tag.isFinite }) else { return nil }
        return kept + "."
    }

    public static func compile(_ sources: [DeckSource]) -> Result {
        var report = ArticleReport()
        var diagnostics: [Diagnostic] = []
        var articles: [Article] = []
        for source in sources {
            if source.bytes.contains(0) {
                diagnostics.append(Diagnostic(.error, file: source.name, line: 1,
                                              "this is a binary file (NUL byte), not an article"))
                continue
            }
            let markdown = DeckSource.kind(ofFileNamed: source.name) == .markdown
            let text = ArticleText(bytes: source.bytes, name: source.name, markdown: markdown)
            articles.append(Article(text: text, blocks: ArticleStructure.blocks(of: text.lines)))
        }
        let repeated = repeatedAcrossFiles(articles)
        for index in articles.indices {
            Boilerplate.mark(&articles[index].blocks, repeated: repeated)
            articles[index].splitSentences()
        }
        let siblings = SiblingTerms(articles: articles)

        var candidates: [Candidate] = []
        for article in articles {
            let made = generate(article, siblings: siblings)
            report.files.append(ArticleReport.File(
                name: article.text.name, format: article.text.format.rawValue, blocks: article.blocks.count,
                boilerplateBlocks: article.blocks.count { !$0.isContent }, candidates: made.count))
            if made.isEmpty {
                diagnostics.append(Diagnostic(.warning, file: article.text.name, line: 1,
                    "no cards could be made from this article (no definitions, lists, numbers or causes found)"))
            }
            candidates += made
        }
        var proposed: [Candidate.Rule: Int] = [:]
        for candidate in candidates { proposed[candidate.rule, default: 0] += 1 }
        for (rule, count) in proposed { report.proposed[rule.rawValue] = count }
        var passed: [Candidate] = []
        var dropped: [DroppedCandidate] = []
        for (candidate, flaw) in candidates.concurrentMap(screen) {
            if let flaw {
                report.dropped[flaw.rawValue, default: 0] += 1
                dropped.append(DroppedCandidate(candidate: candidate, reason: flaw.rawValue))
            } else {
                passed.append(candidate)
            }
        }
        let (merged, shared) = SharedQuestions.split(CandidateMerger.merge(passed))
        report.merged = passed.count - merged.count - shared.count
        report.dropped[QualityFilter.Flaw.sharedQuestion.rawValue, default: 0] += shared.count
        dropped += shared.map { DroppedCandidate(candidate: $0, reason: QualityFilter.Flaw.sharedQuestion.rawValue) }
        // The budget counts the words of content, not of the page furniture boilerplate removal set aside.
        var wordsByFile: [String: Int] = [:]
        for article in articles {
            wordsByFile[article.text.name, default: 0] += article.blocks.reduce(0) { $0 + ($1.isContent ? $1.wordCount : 0) }
        }
        var (kept, rankedOut) = CardRanker.rank(merged, wordsByFile: wordsByFile, salientWords: salientWords(articles))
        report.rankedOut = rankedOut.count
        dropped += rankedOut.map { DroppedCandidate(candidate: $0, reason: "below the budget or the clause's best two") }
        kept = assignIDs(kept, report: &report)
        for candidate in kept {
            report.kept[candidate.rule.rawValue, default: 0] += 1
            report.topics[candidate.card.topic, default: 0] += 1
        }
        let title = articles.lazy.compactMap { $0.blocks.first { $0.kind == .heading && $0.isContent }?.text }.first
        return Result(candidates: kept, report: report, diagnostics: diagnostics, dropped: dropped, title: title)
    }

    /// "…admitted to hospital, if possible take your plan with you" → "…admitted to hospital, take your plan with
    /// you": a hedge is no condition, and read as one it took the advice from the condition before it.
    static func withoutHedges(_ text: String) -> String {
        guard text.containsBytes("possible") || text.containsBytes("necessary") else { return text }
        var result = text
        for hedge in ["if possible", "where possible", "wherever possible", "if necessary"] {
            while let found = result.range(of: hedge, options: .caseInsensitive) {
                let before = result[..<found.lowerBound], after = result[found.upperBound...]
                let opensSentence = before.trimmingCharacters(in: .whitespaces).isEmpty
                var rest = String(after.drop { $0 == "," || $0 == " " })
                if opensSentence { rest = rest.capitalizedFirst }
                result = String(before).trimming(" ") + (opensSentence ? "" : " ") + rest
                result = result.replacingOccurrences(of: ", ,", with: ",").trimming(" ")
            }
        }
        return result
    }

    /// "Cellulitis is a skin infection that's treated with antibiotics" → "Cellulitis is treated with antibiotics.":
    /// a definition's relative clause said of its term; `nil` for any other clause.
    /// "The facts: • head lice are common • head lice do not spread disease": a list whose every item states
    /// something of a thing it names, each item a sentence to read as one. Not "• your skin is hot": what the
    /// reader feels is a sign for its list's card.
    static func isStatementList(_ items: [ArticleBlock]) -> Bool {
        guard items.count >= 2 else { return false }
        return items.allSatisfy { item in
            guard item.label == nil else { return false }
            let passage = Passage(item.text)
            guard let clause = passage.clauses.first, clause.opener == nil, clause.subject.lowerBound == 0,
                  !clause.subject.isEmpty, !clause.verb.isEmpty, !clause.isImperative, !clause.rest.isEmpty,
                  // "• regular screening be done at home": what a lead-in recommends, not what is so.
                  passage.tokens[clause.verb.lowerBound].key != "be" else { return false }
            let subject = passage.tokens[clause.subject]
            return subject.contains { $0.tag == .noun || $0.tag == .properNoun || ["anyone", "everyone", "someone"].contains($0.key) }
                && !subject.contains { ["you", "your", "i", "my", "we", "our", "it", "they", "this"].contains($0.key) }
        }
    }

    static func relativeStatement(_ context: ClauseContext) -> Passage? {
        let clause = context.clause
        let tokens = context.passage.tokens
        guard clause.opener == nil, !clause.isNegated, clause.verb.count == 1, ["is", "are"].contains(tokens[clause.verb.lowerBound].key),
              let first = clause.rest.first, ["a", "an"].contains(tokens[first].key),
              let subject = context.subjectText, !ClauseContext.referringWords.contains(subject.lowercased()) else { return nil }
        let rest = context.passage.text(clause.rest)
        let verb = tokens[clause.verb.lowerBound].key
        for (relative, said) in [(" that's ", "is"), (" that is ", "is"), (" which is ", "is"), (" that are ", "are"),
                                 (" which are ", "are"), (" that can ", "can"), (" which can ", "can"), (" that may ", "may")]
        where rest.containsBytes(relative) {
            guard let at = rest.rangeOfBytes(relative), rest[..<at.lowerBound].spaceSeparatedCount <= 5 else { return nil }
            let told = String(rest[at.upperBound...]).trimming(" .,;")
            guard (2...14).contains(told.spaceSeparatedCount) else { return nil }
            // "is" and "are" follow the term's own number.
            let shown = ["is", "are"].contains(said) ? verb : said
            return Passage(subject.capitalizedFirst + " " + shown + " " + told + ".")
        }
        return nil
    }

    /// "blood in your urine (haematuria) – this may be caused by…" → the sentence after the dash, and the item it
    /// speaks of ("blood in your urine"); `nil` when what follows the dash has no subject and verb of its own.
    static func sentenceAfterDash(_ item: String) -> (passage: Passage, item: String)? {
        guard let dash = item.rangeOfBytes(" – ") else { return nil }
        let after = String(item[dash.upperBound...]).trimming(" .;")
        guard after.spaceSeparatedCount >= 5, after.spaceSeparatedCount <= 30 else { return nil }
        let passage = Passage(after.capitalizedFirst + ".")
        guard let first = passage.clauses.first, first.opener == nil, !first.subject.isEmpty, !first.verb.isEmpty,
              passage.tokens[first.verb].contains(where: { $0.tag.isFinite }) else { return nil }
        let named = EnumerationRule.withoutBrackets(String(item[..<dash.lowerBound])).trimming(" ,")
        // "the cough doesn't go away – it can be dry": a clause before the dash names no thing for "it" to be.
        guard (1...8).contains(named.spaceSeparatedCount),
              !ItemGloss.isClause(named)
        else { return nil }
        return (passage, named)
    }

    /// "If you feel angina coming on, stop what you are doing and rest now.": a capitalised sentence of eight words or
    /// more that opens on its condition, and after it says what to do ("stop…", "you can…"); not a condition that
    /// goes on describing itself ("When there is a residual volume, which means…").
    static func isConditionalSentence(_ text: String) -> Bool {
        guard text.first?.isUppercase == true, text.spaceSeparatedCount >= 8, let comma = text.rangeOfBytes(", ") else { return false }
        let lowered = text.lowercased()
        guard ["if ", "when ", "after ", "once ", "while "].contains(where: lowered.hasPrefix) else { return false }
        let after = Passage(String(text[comma.upperBound...]).capitalizedFirst)
        guard let main = after.clauses.first, main.opener == nil else { return false }
        return main.isImperative || main.subject.count == 1 && ["you", "they"].contains(after.tokens[main.subject.lowerBound].key)
    }

    /// "This is an information guide for how to look after…", "This leaflet explains…": a sentence about the page
    /// itself, which teaches nothing about its subject.
    static func describesTheDocument(_ passage: Passage) -> Bool {
        let keys = passage.keys.prefix(8)
        guard keys.first == "this" || keys.first == "these" else { return false }
        return keys.dropFirst().prefix(5).contains { documents.contains($0) }
    }

    private static let documents: Set<String> = ["leaflet", "leaflets", "guide", "booklet", "page", "factsheet", "article",
                                                 "website", "handout"]

    /// `candidate` judged by the quality filter: with no flaw, or given its second chance in another wording, or
    /// with the flaw that drops it.
    private static func screen(_ candidate: Candidate) -> (candidate: Candidate, flaw: QualityFilter.Flaw?) {
        guard let flaw = QualityFilter.flaw(of: candidate.card) else { return (candidate, nil) }
        let rescued = switch flaw {
        case .answerInQuestion: CandidateRescue.underPageTitle(candidate)
        case .unresolvedPronoun: CandidateRescue.inItsSentence(candidate)
        case .cutPhrase: CandidateRescue.glossOutOfGap(candidate)
        default: Candidate?.none
        }
        return rescued.map { ($0, nil) } ?? (candidate, flaw)
    }

    /// Content words that appear at least twice in the input's content (singular, lowercased): what it is about.
    private static func salientWords(_ articles: [Article]) -> Set<String> {
        var counts: [String: Int] = [:]
        for article in articles {
            for (index, block) in article.blocks.enumerated() where block.isContent {
                let text = block.kind == .heading ? [block.text] : article.sentences[index].map(\.text)
                for line in text {
                    for word in line.spaceSeparated {
                        let key = Sentence.singular(Sentence.key(word))
                        if key.count >= 4 && !Stopwords.english.contains(key) { counts[key, default: 0] += 1 }
                    }
                }
            }
        }
        return Set(counts.filter { $0.value >= 2 }.keys)
    }

    /// Normalized blocks of six words or more that appear in two or more files: a site's furniture.
    private static func repeatedAcrossFiles(_ articles: [Article]) -> Set<String> {
        guard articles.count > 1 else { return [] }
        var files: [String: Int] = [:]
        for article in articles {
            for key in Set(article.blocks.filter { $0.wordCount >= 6 }.map { Boilerplate.key($0.text) }) {
                files[key, default: 0] += 1
            }
        }
        return Set(files.filter { $0.value > 1 }.keys)
    }

    /// Candidates from one article's content blocks, in article order (blocks are read in parallel).
    private static func generate(_ article: Article, siblings: SiblingTerms) -> [Candidate] {
        let blocks = article.blocks
        // The page's title is its first content heading that names something; else what its first "What is X?"
        // heading asks about; else its first heading, or what one of its first "What is X?" headings asks about,
        // whose words the content keeps using (a title between a "Skip to content" link and a byline is judged
        // furniture with them, yet names the page).
        let naming = { (block: ArticleBlock) in
            block.kind == .heading && !Headings.genericHeadings.contains(block.text.lowercased()) && Headings.subject(of: block.text) != nil
        }
        // A heading after the content has begun names a section ("Everyday care"), not the page.
        let opening = blocks.prefix { !($0.isContent && $0.kind != .heading) }
        let title = opening.first { naming($0) && $0.isContent }?.text
            ?? blocks.lazy.filter { $0.kind == .heading && $0.isContent }.compactMap { Headings.askedAbout($0.text) }.first
            ?? definedFirst(article)
            ?? Headings.repeatedTitle(blocks.lazy.filter(naming).prefix(3).map(\.text), in: blocks)
            // "What are Bone Metastases?" among an advertiser's disclosures: judged furniture with them, yet it asks
            // what the content then keeps naming.
            ?? Headings.repeatedTitle(blocks.lazy.filter { $0.kind == .heading }.prefix(3).compactMap { Headings.askedAbout($0.text) },
                                      in: blocks) ?? ""
        // What a pronoun opening a block refers to: the last subject named in the content before it.
        var incoming: [String?] = []
        let subject = Headings.pageSubject(title: title, in: blocks)
        var last = subject
        for (index, block) in blocks.enumerated() {
            if block.isContent, block.kind == .heading, let subject = Headings.subject(of: block.text) { last = subject }
            if block.isContent, block.kind == .item, let term = ItemGloss(block.text)?.term { incoming.append(term.lowercasedFirst); continue }
            incoming.append(last)
            guard block.isContent, block.kind == .paragraph else { continue }
            for sentence in article.sentences[index].reversed() {
                if let subject = namedSubject(Passage(sentence.text)) {
                    last = subject
                    break
                }
            }
        }
        var topicIsContent: [String: Bool] = [:]
        for heading in blocks where heading.kind == .heading && topicIsContent[heading.text] == nil {
            topicIsContent[heading.text] = heading.isContent
        }
        let topicIsContentNow = topicIsContent
        // The subject each section's heading names, found once for all its blocks.
        var topicSubjects: [String: String] = [:]
        for topic in Set(blocks.map(\.topic)).union([title]) { topicSubjects[topic] = Headings.subject(of: topic) ?? topic }
        let topicSubjectsNow = topicSubjects
        let antecedents = incoming
        let label = subject.flatMap(SubjectLabel.init)
        return Array(blocks.indices).concurrentMap { index in
            candidates(from: article, block: index, title: title, subject: subject, label: label, topicIsContent: topicIsContentNow,
                       topicSubjects: topicSubjectsNow,
                       siblings: siblings,
                       antecedent: antecedents[index],
                       leadInAntecedent: blocks[index].leadIn.flatMap { antecedents.indices.contains($0) ? antecedents[$0] : nil })
        }.flatMap { $0 }
    }

    /// The longest sentence, in bytes, that the templates read (the seeds' and dev pages' longest is about 300).
    static let longestSentence = 2_000

    private static func candidates(from article: Article, block index: Int, title: String, subject: String?, label: SubjectLabel?,
                                   topicIsContent: [String: Bool], topicSubjects: [String: String],
                                   siblings: SiblingTerms, antecedent incoming: String?,
                                   leadInAntecedent: String?) -> [Candidate] {
        let blocks = article.blocks
        guard blocks[index].isContent && blocks[index].kind != .heading else { return [] }
        var block = blocks[index]
        if block.topic.isEmpty || topicIsContent[block.topic] == false { block.topic = title }
        let topicSubject = topicSubjects[block.topic] ?? block.topic
        var fromBlock: [Candidate] = []
        var previous: Sentence?
        // The last sentence that was one plain statement, for a next sentence that gives its reason.
        var lastStatement: ClauseContext?
        var antecedent = incoming
        let listItems = block.kind == .item ? ArticleStructure.members(ofList: block.list ?? index, in: blocks) : []
        let announcing = block.leadIn.map { blocks[$0].text }
        // A list of statements with subjects of their own ("• Breastfed babies may…") describes no heading.
        let statementList = block.kind == .item && Self.isStatementList(Array(listItems))
        let propertyList = block.kind == .item && !statementList
            && LeadInList.isPropertyList(Array(listItems), leadIn: announcing, heading: block.topic)
        let finished = article.unfinished == index ? article.sentences[index].dropLast() : article.sentences[index][...]
        let sentences = finished.flatMap { sentence in
            DashAside.example(in: sentence.text).map { [Sentence($0.before), Sentence($0.example)] } ?? [sentence]
        }
        // A "sentence" of thousands of bytes is no prose (a run-on line with no full stop, a hostile file), and no
        // card of 25 words at most could come from it: reading it would only cost time.
        for var sentence in sentences
            where sentence.text.utf8.count <= Self.longestSentence {
            // "Options depend on the cancer's type, and may include:" states a fact before it announces its list.
            if let statement = LeadInList.statement(before: sentence.text) { sentence = Sentence(statement) }
            if statementList { sentence = Sentence(sentence.text.capitalizedFirst) }
            // An item of a list that describes its heading ("Works within minutes") is read with the heading.
            let passage: Passage
            let label = block.kind == .paragraph && previous == nil ? ParagraphLabel(sentence.text) : nil
            let madeBefore = fromBlock.count
            defer {
                if let label { for index in madeBefore..<fromBlock.count { label.name(&fromBlock[index]) } }
            }
            if propertyList && !block.topic.isEmpty, let read = PropertyItem.passage(sentence.text, subject: topicSubject) {
                passage = read
            } else if propertyList && !block.topic.isEmpty && !Self.isConditionalSentence(sentence.text) {
                continue
            } else {
                // "If you feel angina coming on, stop what you are doing and rest now": under any list, an item that
                // is a whole conditional sentence is read as one.
                passage = Passage(Self.withoutHedges(DashAside.stripped(label?.rest ?? sentence.text)))
            }
            // A short list item is read by its list's card; only a full sentence in an item makes cards of its own.
            // A lead-in ("Common triggers include:") is read by its list's card.
            // An item that is a sentence of its own ("Have a sugary drink – like…") is read like one.
            let itemIsSentence = passage.tokens.count > 10 && passage.tokens.first?.isCapitalized == true || statementList
            fromBlock += NotAside.candidates(sentence.text, heading: block.topic) { read in
                ClauseContext(passage: read, clauses: read.clauses, index: 0, antecedent: nil, block: block, file: article.text.name,
                              siblings: siblings, pageSubject: subject)
            }
            if block.kind == .item && !propertyList && !itemIsSentence || sentence.text.hasSuffix(":") {
                // "swelling in your feet which can spread to your legs": what the item's relative clause says of it.
                if block.kind == .item, let statement = ItemRelative.statement(sentence.text) {
                    let read = Passage(statement)
                    let itemContext = ClauseContext(passage: read, clauses: read.clauses, index: 0, antecedent: nil, block: block,
                                                    file: article.text.name, siblings: siblings, pageSubject: subject)
                    if !read.clauses.isEmpty {
                        fromBlock += VerbRelation.candidates(itemContext).filter { $0.card.type == .cloze }
                        fromBlock += ChangeTrigger.candidates(itemContext)
                    }
                }
                // "- blood in your urine (haematuria) – this may be caused by the stone scratching the ureter": a
                // sentence after an item's dash says something of its own, its "this" the item.
                if block.kind == .item, let read = Self.sentenceAfterDash(sentence.text) {
                    for clauseIndex in read.passage.clauses.indices {
                        let itemContext = ClauseContext(passage: read.passage, clauses: read.passage.clauses, index: clauseIndex,
                                                        antecedent: read.item, block: block, file: article.text.name,
                                                        siblings: siblings, pageSubject: subject)
                        fromBlock += templateCandidates(itemContext)
                    }
                }
                // "- if you wear dentures, take them out at night…", "- use the mouthwash…, as it can sting": a long
                // bullet in lower case may still be advice with its condition or reason, asked as such (its gaps
                // and lists are its list card's).
                if block.kind == .item, !propertyList, passage.tokens.count > 10, let first = sentence.text.first, first.isLowercase,
                   [" if ", " when ", " unless ", " as ", " because ", " so ", " until "].contains(where: { (" " + sentence.text).containsBytes($0) }) {
                    let read = Passage(DashAside.stripped(sentence.text.capitalizedFirst))
                    for clauseIndex in read.clauses.indices {
                        let itemContext = ClauseContext(passage: read, clauses: read.clauses, index: clauseIndex, antecedent: nil,
                                                        block: block, file: article.text.name, siblings: siblings, pageSubject: subject)
                        // "…if your mouth is sore? – leave them out": "them" is another clause's dentures.
                        fromBlock += (ConditionAdvice.candidates(itemContext) + ReasonClause.candidates(itemContext)).filter { made in
                            !made.card.answers.contains { " \($0) ".containsBytes(" them ") }
                                || Passage(made.card.prompt).tokens.contains { $0.tag == .noun && $0.key.hasSuffix("s") }
                        }
                    }
                }
                previous = sentence
                continue
            }
            // A sentence in the site's own voice ("our experts provide…") teaches nothing about the subject, nor
            // does one that introduces the page ("Here are the types of cancer that…"), nor one that only
            // compares with the sentence before ("Likewise, …").
            if Boilerplate.siteVoice(in: passage.keys) > 0
                || ["here are", "here is", "this article", "in this article", "read on", "below ", "likewise", "similarly",
                    "in the same way"].contains(where: sentence.text.lowercased().hasPrefix)
                || Self.describesTheDocument(passage) {
                previous = sentence
                continue
            }
            let clauses = passage.clauses
            if passage.text != sentence.text, block.kind != .item || itemIsSentence {
                // The asides the parse left out can still rename a term.
                let original = Passage(sentence.text)
                let whole = ClauseContext(passage: original, clauses: original.clauses, index: 0, antecedent: antecedent, block: block,
                                          file: article.text.name, siblings: siblings, pageSubject: subject)
                fromBlock += Apposition.candidates(whole)
                // …and name examples ("Have a sugary drink or snack – like fruit juice or jelly babies").
                if !original.clauses.isEmpty { fromBlock += SuchAsExample.candidates(whole, asideOnly: true) }
            }
            var statement: ClauseContext?
            // Within the sentence, a pronoun may also stand for the subject of a clause before it: "If dehydration
            // is left untreated, it can become severe." Later sentences go on from the main clauses' subjects.
            var nearest = antecedent
            for clauseIndex in clauses.indices {
                let context = ClauseContext(passage: passage, clauses: clauses, index: clauseIndex, antecedent: nearest,
                                            block: block, file: article.text.name, siblings: siblings,
                                            pageSubject: subject)
                if clauseIndex == 0, let lastStatement { fromBlock += ReasonFollowUp.candidates(context, previous: lastStatement) }
                fromBlock += templateCandidates(context)
                // "Cellulitis is a skin infection that's treated with antibiotics": what the relative clause says of
                // the defined term is a fact of its own ("Cellulitis is treated with antibiotics").
                if let statement = Self.relativeStatement(context) {
                    for index in statement.clauses.indices {
                        fromBlock += templateCandidates(ClauseContext(passage: statement, clauses: statement.clauses, index: index,
                                                                      antecedent: nil, block: block, file: article.text.name,
                                                                      siblings: siblings, pageSubject: subject))
                    }
                }
                if clauses[clauseIndex].opener == nil, let things = ClauseContext.pluralObject(of: clauses[clauseIndex], in: passage) {
                    // "Do not use ice, creams or oils. They will not help…": what an order names is what "they" are.
                    antecedent = things
                    nearest = things
                } else if clauses[clauseIndex].opener == nil, namesPeople(passage, clauses[clauseIndex]) {
                    // "Some people notice that their lips turn blue. This is a sign of…": "this" is what they
                    // notice, which no noun phrase names; not the people, nor the section before them.
                    antecedent = nil
                    nearest = nil
                } else if let subject = namedSubject(passage, clauses: [clauses[clauseIndex]]) {
                    antecedent = subject
                    nearest = subject
                } else if let subject = namedSubject(passage, clauses: [clauses[clauseIndex]], subordinate: true) {
                    nearest = subject
                }
                if statement == nil, clauses[clauseIndex].opener == nil { statement = context }
            }
            lastStatement = clauses.count == 1 ? statement : nil
            // "…mouth ulcers – known as oral mucositis. It usually starts…": the term a sentence ends by naming is
            // what the next sentence's "it" means.
            if let named = namedAtTheEnd(sentence.text) { antecedent = named }
            let context = RuleContext(sentence: sentence, previous: previous, block: block, file: article.text.name,
                                      siblings: siblings)
            fromBlock += DefinitionRule.candidates(context)
            fromBlock += SuperlativeRule.candidates(context)
            fromBlock += RouteRule.candidates(context)
            previous = sentence
        }
        fromBlock = ConditionFact.paired(fromBlock)
        if block.kind == .item, block.list == index {
            let items = ArticleStructure.members(ofList: index, in: blocks).filter(\.isContent)
            let leadIn = block.leadIn.map { blocks[$0] }.flatMap { $0.isContent ? $0 : nil }
            let context = RuleContext(sentence: Sentence(leadIn?.text ?? block.topic), previous: nil, block: block,
                                      file: article.text.name, siblings: siblings)
            // A list of statements is asked item by item: a whole statement is no member to recall.
            if !propertyList, !statementList, !LeadInList.areConditionalSteps(Array(items)) {
                fromBlock += LeadInList.candidates(items: Array(items), leadIn: leadIn?.text ?? "", file: article.text.name,
                                                   block: block, siblings: siblings,
                                                   owner: leadInAntecedent ?? subject ?? "",
                                                   pageSubject: subject ?? "", cut: article.cutList == block.list)
            }
            fromBlock += LabelledItemRule.candidates(list: Array(items), leadIn: leadIn, context: context)
        }
        fromBlock += announcedTypes(article, block: index, context: block)
        if let cutOff = article.cutOff {
            fromBlock.removeAll { candidate in candidate.card.answers.contains { $0.hasSuffix(cutOff.trimming(" .,;:")) } }
        }
        if let subject {
            // "[...] is an emergency in a cancer patient": the page's own subject as the answer fits too many gaps.
            // So are its initials ("you can get [DVT] if…" on a page about deep vein thrombosis).
            let key = subject.normalizedForIdentity
            let words = subject.lowercased().spaceSeparated
            let initials = words.count >= 2 ? String(words.compactMap(\.first)) : nil
            fromBlock.removeAll { candidate in
                candidate.card.type == .cloze && candidate.card.answers.contains { answer in
                    answer.normalizedForIdentity.hasSuffix(key) || answer.lowercased() == initials
                }
            }
        }
        let condition = SectionCondition(heading: block.topic)
        for made in fromBlock.indices {
            condition?.apply(to: &fromBlock[made])
            label?.apply(to: &fromBlock[made])
            fromBlock[made].position = Double(index) / Double(max(1, blocks.count))
            fromBlock[made].pageTitle = title
            fromBlock[made].card.citation = article.text.citation
        }
        return fromBlock
    }

    /// "There are two main types of stroke." in this block, and the kinds named in the next blocks.
    private static func announcedTypes(_ article: Article, block index: Int, context block: ArticleBlock) -> [Candidate] {
        guard block.kind == .paragraph, let sentence = article.sentences[index].first(where: { AnnouncedTypes.announcement($0.text) != nil }),
              let announced = AnnouncedTypes.announcement(sentence.text) else { return [] }
        let following = article.blocks[(index + 1)...].prefix(12).filter(\.isContent).enumerated().flatMap { _, next in
            next.kind == .heading ? [next.text] : SentenceSplitter.sentences(in: next.body).prefix(1).map { $0 }
        }
        let kinds = AnnouncedTypes.kinds(of: announced.noun, in: following, limit: announced.count)
        guard kinds.count == announced.count else { return [] }
        let passage = Passage(sentence.text)
        let context = ClauseContext(passage: passage, clauses: passage.clauses, index: 0, antecedent: nil, block: block,
                                    file: article.text.name, siblings: SiblingTerms())
        return ListRecall.card("What are the \(announced.phrase)?", items: kinds, context: context, template: .inlineList,
                               prior: 0.9, clauseKey: "types#" + sentence.text).map { [$0] } ?? []
    }

    /// Every template's candidates from one clause.
    private static func templateCandidates(_ context: ClauseContext) -> [Candidate] {
        if let counted = AnnouncedTypes.inline(context) { return [counted] }
        var made = InlineList.candidates(context)
        made += Apposition.candidates(context)
        made += SuchAsExample.candidates(context)
        made += CopulaDefinition.candidates(context)
        made += CauseOf.candidates(context)
        made += NegationFlip.candidates(context)
        made += ComparativeFlip.candidates(context)
        made += Naming.candidates(context)
        made += VerbRelation.candidates(context)
        made += ConditionAdvice.candidates(context)
        made += ExpletiveAdvice.candidates(context)
        made += ReasonClause.candidates(context)
        made += ConditionFact.candidates(context)
        made += PurposeClause.candidates(context)
        made += MeansClause.candidates(context)
        made += ChangeTrigger.candidates(context)
        made += ResultReason.candidates(context)
        made += EffectiveFor.candidates(context)
        made += DependingOn.candidates(context)
        made += QuantityCloze.candidates(context)
        // A list the clause states is asked whole by InlineList; a gap over the same items would ask it twice.
        if !made.contains(where: { $0.rule == .inlineList }) { made += CoordinationCloze.candidates(context) }
        // …and the same question with the list as one answer is that card again.
        let listed = Set(made.filter { $0.rule == .inlineList }.map { $0.card.prompt.prefix { $0 != "?" } })
        if !listed.isEmpty { made.removeAll { $0.rule != .inlineList && $0.card.prompt.hasSuffix("?") && listed.contains($0.card.prompt.prefix { $0 != "?" }) } }
        if made.isEmpty { made += ClozeFallback.candidates(context) }
        return listsAskedByItem(made, context: context)
    }

    /// "…a good idea to keep [as active as possible, to exercise regularly and to maintain a healthy weight]": a
    /// list in one gap would have to be typed whole and in the page's order (review 19 rejected it), so it is
    /// asked item by item; where the clause's list card asks it already, the gap goes.
    private static func listsAskedByItem(_ made: [Candidate], context: ClauseContext) -> [Candidate] {
        let listed = Set(made.filter { [.coordination, .inlineList].contains($0.rule) && $0.card.type == .basic }.map(\.clauseKey))
        return made.compactMap { candidate in
            guard candidate.card.type == .cloze, candidate.rule != .coordination, candidate.card.answers.count == 1,
                  QualityFilter.isList(candidate.card.answers[0].lowercased()) else { return candidate }
            if listed.contains(candidate.clauseKey) { return nil }
            let answer = Passage(candidate.card.answers[0])
            guard let (prompt, items) = ListRecall.parallel(candidate.card.prompt, items: CoordinationCloze.items(0..<answer.tokens.count, of: answer))
            else { return nil }
            return ListRecall.card(prompt, items: items, minimum: 3,
                                   context: context, template: candidate.rule, prior: candidate.confidence,
                                   clauseKey: candidate.clauseKey) ?? candidate
        }
    }

    /// The subject a main clause names itself (no pronoun, no "you"), lowercased first, to resolve later pronouns.
    private static func namedSubject(_ passage: Passage, clauses: [Clause]? = nil, subordinate: Bool = false) -> String? {
        for clause in (clauses ?? passage.clauses).reversed() where (subordinate || clause.opener == nil) && (1...6).contains(clause.subject.count) {
            let first = passage.tokens[clause.subject.lowerBound]
            guard !ClauseContext.referringWords.contains(first.key), first.tag != .pronoun,
                  ![.subordinator, .wh, .conjunction, .preposition].contains(first.tag),
                  !["there", "here", "people", "what", "which"].contains(first.key) else { continue }
            return passage.text(clause.subject).lowercasedFirst
        }
        return nil
    }

    /// "Pneumonia is swelling of the lungs.": a page that opens, before any heading, on a sentence defining a
    /// term of one to four words is about that term.
    private static func definedFirst(_ article: Article) -> String? {
        // A heading above it, even one judged furniture, names the page better.
        guard let index = article.blocks.firstIndex(where: \.isContent), article.blocks[index].kind == .paragraph,
              !article.blocks[..<index].contains(where: { $0.kind == .heading }),
              let sentence = article.sentences[index].first else { return nil }
        let passage = Passage(sentence.text)
        guard let clause = passage.clauses.first, clause.opener == nil, (1...4).contains(clause.subject.count),
              clause.subject.lowerBound == 0, clause.verb.count == 1, ["is", "are"].contains(passage.tokens[clause.verb.lowerBound].key),
              clause.subject.allSatisfy({ [.noun, .properNoun, .adjective].contains(passage.tokens[$0].tag) }),
              !clause.rest.isEmpty, !["a", "an", "the", "not"].contains(passage.tokens[clause.rest.lowerBound].key) || clause.rest.count >= 3
        else { return nil }
        return passage.text(clause.subject).capitalizedFirst
    }

    /// "…known as oral mucositis." → "oral mucositis": a term of one to four words that a sentence names last.
    static func namedAtTheEnd(_ text: String) -> String? {
        guard text.containsBytes(" known as ") || text.containsBytes(" called ") else { return nil }
        for marker in [" known as ", " is called ", " are called ", " also called "] {
            guard let at = text.range(of: marker, options: .backwards) else { continue }
            let term = String(text[at.upperBound...]).trimming(" .")
            guard (1...4).contains(term.spaceSeparatedCount), !term.contains(","), term.first?.isLetter == true else { return nil }
            return term.lowercasedFirst
        }
        return nil
    }

    /// Whether a clause's subject is people ("Some people", "Many patients"), whom a later "this" never means.
    private static func namesPeople(_ passage: Passage, _ clause: Clause) -> Bool {
        clause.subject.prefix(3).contains { people.contains(passage.tokens[$0].key) }
    }

    private static let people: Set<String> = ["people", "patients", "adults", "children", "someone", "anyone", "everyone", "women", "men"]

    /// Gives each card its content id; two candidates that came out identical are one card.
    private static func assignIDs(_ candidates: [Candidate], report: inout ArticleReport) -> [Candidate] {
        var seen: [CardID: Int] = [:]
        var result: [Candidate] = []
        for (var candidate, id) in zip(candidates, candidates.concurrentMap { CardBuilder.contentID(of: $0.card) }) {
            candidate.card.id = id
            if let earlier = seen[candidate.card.id] {
                result[earlier].card.source += candidate.card.source.filter { !result[earlier].card.source.contains($0) }
                report.merged += 1
                continue
            }
            seen[candidate.card.id] = result.count
            result.append(candidate)
        }
        return result
    }
}
