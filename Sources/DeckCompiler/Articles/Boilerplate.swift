/// Marks the blocks of an article that are not subject content: ads, disclosures, editorial promises,
/// newsletter and social prompts, bylines and dates, copyright, contact details, clinician listings.
///
/// In the spirit of jusText: each block is judged on its own signals (lexical cues, first-person-plural
/// voice, stopword density, contact details, credentials, repetition), then short blocks take the verdict
/// of their neighbours, and a heading goes with its section. No site's sentences are written here;
/// the cues are the vocabulary of web page furniture in general.
enum Boilerplate {
    /// Phrases of page furniture, matched in lowercased text.
    static let cues = [
        "advertis", "affiliate", "commission", "sponsored", "newsletter", "subscribe", "sign up", "inbox",
        "delivered daily", "follow us", "share this", "share on", "cookie", "privacy policy", "terms of use",
        "terms and conditions", "all rights reserved", "copyright", "©", "editorial", "fact-check", "fact check",
        "our promise", "skip to", "slideshow", "read more", "learn more", "click here", "related articles",
        "related stories", "you may also like", "comments", "reviewed by", "medically reviewed", "written by",
        "updated on", "last updated", "published on", "powered by", "not intended as a substitute",
        "substitute for professional", "book an appointment", "request an appointment", "call us", "contact us", "log in", "sign in", "buy now",
        "free trial", "about us", "back to top", "print this page", "email this page", "in this article",
        "table of contents", "disclaimer", "top doctors", "consult top", "years experience", "years of experience",
        "accessibility", "listen to this", "in another language", "text size", "site map", "sitemap", "main menu",
        "quality content", "trustworthy content", "dedicated to providing", "dedicated to creating",
        // "Health A-Z", "Conditions A to Z": the site's index. "The content on this page", "viewing the site".
        "a-z", "a to z", "on this page", "this website", "viewing the site",
        // A leaflet speaking of itself and its formats; a reading-time badge; a service describing itself.
        "this leaflet", "this booklet", "this factsheet", "this fact sheet", "other formats", "large print", "braille",
        "minute read", "beginning of content", "a free service",
        // A leaflet's own details ("Reference Number: HEY-869/2017"), a site's news column.
        "reference number", "news & events", "news and events", "latest news", "webpage", "web page",
    ]
    static let repeatedInPage = "repeated within the page"
    /// The words of a line that only names a page's readers ("Information for patients and carers").
    static let audienceWords: Set<String> = [
        "information", "for", "patients", "patient", "and", "carers", "carer", "visitors", "families", "family",
        "relatives", "parents", "the", "public", "leaflet", "guide", "advice", "your",
    ]
    /// Verbs that open a promotional line ("Learn about…", "See what…"). Not "follow": "Follow these steps if…"
    /// is care advice, and "follow us" is a phrase cue above.
    static let promoOpeners: Set<String> = [
        "learn", "discover", "explore", "read", "click", "join", "download", "watch", "subscribe",
        "sign", "shop", "visit", "share", "understand",
    ]
    static let firstPersonPlural: Set<String> = ["we", "our", "us", "ours", "ourselves", "we're", "we've", "we'll", "we'd"]
    /// What "our" shares with every reader ("our skin", "our bodies"): people in general, not the site.
    static let sharedByAll: Set<String> = ["body", "bodies", "skin", "immune", "blood", "cells", "organs", "bones", "muscles", "brain",
                                           "brains", "heart", "hearts", "lungs", "genes", "teeth", "eyes", "environment"]

    /// How many words speak in the site's own voice: "we", "our", not "our skin".
    static func siteVoice(in words: [String]) -> Int {
        words.indices.count { index in
            firstPersonPlural.contains(words[index]) && !(words[index] == "our" && index + 1 < words.count
                && sharedByAll.contains(words[index + 1]))
        }
    }
    static let credentials: Set<String> = [
        "md", "mbbs", "phd", "dnb", "rn", "bsn", "msn", "np", "pa-c", "frcs", "facs", "mph", "dnp", "d.ortho", "mch",
        "fellowship",
    ]
    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Marks boilerplate in place. `repeated` holds the normalized text of blocks met in more than one file.
    static func mark(_ blocks: inout [ArticleBlock], repeated: Set<String> = []) {
        let judged = blocks.concurrentMap { (key: key($0.text), words: $0.wordCount, reason: reason(for: $0)) }
        var seenInFile: [String: Int] = [:]
        for block in judged { seenInFile[block.key, default: 0] += 1 }
        var firstSeen: Set<String> = []
        for (index, block) in judged.enumerated() {
            let kind = blocks[index].kind
            // A sentence a page says twice ("Lay them flat" in a paragraph and again in its steps) is content the
            // first time; a shorter line met twice is the site's menu.
            // Only a repeated block is weighed as a sentence: most are met once, and the weighing costs.
            let saidTwice = (seenInFile[block.key] ?? 0) > 1 && (block.words >= 3 || kind == .heading)
            let firstOfSentence = saidTwice && block.words >= 5 && block.reason == nil
                && stopwordRatio(blocks[index].text.lowercased().spaceSeparated.map { Sentence.key($0) }) >= 0.2
                && firstSeen.insert(block.key).inserted
            if saidTwice && !firstOfSentence {
                blocks[index].boilerplate = Self.repeatedInPage
            } else if repeated.contains(block.key) && block.words >= 6 && kind != .item {
                blocks[index].boilerplate = "repeated across pages"
            } else if block.reason?.hasPrefix("page furniture") == true || block.reason?.hasPrefix("first-person") == true,
                      kind == .paragraph, block.words >= 30,
                      let kept = contentSentences(of: blocks[index]) {
                // A cookie banner glued to a paragraph takes only its own sentences with it; so does a sentence that
                // says "most of us" in a paragraph about the illness.
                blocks[index].text = kept
            } else {
                // A reason the page's structure gave (a picture's caption) stands.
                blocks[index].boilerplate = blocks[index].boilerplate ?? block.reason
            }
        }
        dropHelpBanners(&blocks)
        dropTeasers(&blocks)
        dropFurnitureLists(&blocks)
        dropHeadingsOverFurniture(&blocks)
        dropSections(&blocks)
        smoothShortBlocks(&blocks)
        dropListsWithoutContent(&blocks)
        dropEmptySections(&blocks)
        var renamed: [String: String] = [:]
        for index in blocks.indices where blocks[index].isContent {
            guard let plain = withoutProvider(blocks[index].text, heading: blocks[index].kind == .heading) else { continue }
            if blocks[index].kind == .heading { renamed[blocks[index].text.trimming(" ?:")] = plain }
            blocks[index].text = plain
        }
        if !renamed.isEmpty {
            for index in blocks.indices { if let plain = renamed[blocks[index].topic] { blocks[index].topic = plain } }
        }
    }

    /// "At Riverside Children's Hospital, your child's doctor may…" → "Your child's doctor may…", and the heading
    /// "Tests at Riverside Children's Hospital" → "Tests": where the page's own provider does a thing is the site
    /// speaking of itself, and the sentence says the same without it. Only a name of two words or more in
    /// capitals ("At night, …" stays).
    static func withoutProvider(_ text: String, heading: Bool = false) -> String? {
        let isName = { (words: [Substring]) in
            (2...6).contains(words.count) && words.first?.first?.isUppercase == true
                && words.allSatisfy { $0.first?.isUppercase == true || ["of", "and", "&", "the", "for"].contains(String($0)) }
        }
        if heading {
            guard let at = text.rangeOfBytes(" at ") else { return nil }
            let name = String(text[at.upperBound...])
            guard !name.containsBytes(" at "), isName(name.spaceSeparated) else { return nil }
            return String(text[..<at.lowerBound])
        }
        guard text.hasPrefix("At "), let comma = text.rangeOfBytes(", "),
              isName(String(text[text.index(text.startIndex, offsetBy: 3)..<comma.lowerBound]).spaceSeparated) else { return nil }
        let rest = String(text[comma.upperBound...])
        guard rest.spaceSeparatedCount >= 3 else { return nil }
        return rest.capitalizedFirst
    }

    /// "Should you need urgent health advice please contact your GP or call NHS 111. In an emergency please visit
    /// A&E or call 999": above the page's first heading, a short paragraph whose every sentence sends the reader to
    /// help is the banner the site puts on all its pages, not the page's advice.
    static func dropHelpBanners(_ blocks: inout [ArticleBlock]) {
        guard let heading = blocks.firstIndex(where: { $0.kind == .heading }) else { return }
        for index in blocks.indices.prefix(heading) where blocks[index].isContent && blocks[index].kind == .paragraph
            && blocks[index].wordCount <= 40 {
            let sentences = SentenceSplitter.sentences(in: blocks[index].text)
            if !sentences.isEmpty, sentences.allSatisfy(sendsForHelp) { blocks[index].boilerplate = "the site's help banner" }
        }
    }

    /// Whether a sentence names a way to reach help and a service or carer to reach.
    private static func sendsForHelp(_ sentence: String) -> Bool {
        let words = sentence.lowercased().spaceSeparated.map { Sentence.key($0) }
        return words.contains { ["call", "contact", "visit", "phone", "ring", "dial", "talk", "speak"].contains($0) }
            && words.contains { helpServices.contains($0) || VerbRelation.carers.contains($0) }
    }

    private static let helpServices: Set<String> = ["111", "999", "911", "000", "112", "a&e", "emergency", "gp", "ambulance"]

    /// The sentences of a long paragraph that are content, joined, when there are some; `nil` when the whole
    /// paragraph is furniture.
    static func contentSentences(of block: ArticleBlock) -> String? {
        let sentences = SentenceSplitter.sentences(in: block.text)
        guard sentences.count >= 2 else { return nil }
        // A sentence opening on "it" or "this" after a furniture sentence speaks of the same furniture.
        var kept: [String] = []
        var previousKept = true
        for sentence in sentences {
            let furniture = reason(for: ArticleBlock(kind: .paragraph, text: sentence, line: block.line)) != nil
            let opener = sentence.prefix { $0.isLetter }.lowercased()
            previousKept = !furniture && (previousKept || !["it", "this", "these", "they"].contains(opener))
            if previousKept { kept.append(sentence) }
        }
        guard kept.count < sentences.count, kept.count * 2 >= sentences.count,
              kept.joined(separator: " ").spaceSeparatedCount >= 10 else { return nil }
        return kept.joined(separator: " ")
    }

    /// "Red, swollen skin around the eye. Shown on white skin.": a picture's description, left in the text when the
    /// page was saved, as health sites write them.
    static func isImageCaption(_ text: String) -> Bool {
        guard text.hasSuffix(" skin."), let shown = text.range(of: "Shown on ", options: .backwards) else { return false }
        return text[shown.upperBound...].spaceSeparatedCount <= 4
    }

    /// The normalized text used to spot repetition.
    static func key(_ text: String) -> String {
        ASCIIBytes.lettersDigitsAndSpaces(text) ?? text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
    }

    /// The block's own verdict: a reason when it looks like page furniture, `nil` when it looks like content.
    static func reason(for block: ArticleBlock) -> String? {
        let lowered = block.text.lowercased()
        let tokens = lowered.separated { $0 == 0x20 || $0 == 0x2C || $0 == 0x2E || $0 == 0x28 || $0 == 0x29 }  // " ,.()"
        let words = tokens.map { $0.trimming("\"'!?;:•") }
        if let cue = firstCue(in: lowered) { return "page furniture ('\(cue)')" }
        if words.count <= 6, words.contains("information") || words.contains("leaflet"), words.allSatisfy(audienceWords.contains) {
            return "audience label"
        }
        if hasContactDetails(lowered) { return "contact details" }
        if block.kind != .item || block.label == nil, isPostalAddress(block.text, words: words) { return "postal address" }
        let voice = siteVoice(in: words)
        if voice >= 2 || (voice == 1 && words.count < 25) { return "first-person-plural (site) voice" }
        if let first = words.first, promoOpeners.contains(first), block.kind != .item,
           block.text.split(separator: ". ").count <= 3, lowered.containsBytes("you") || lowered.containsBytes("about") || words.count < 8 {
            return "promotional prompt"
        }
        if lowered.hasPrefix("by "), words.count <= 6, block.text.dropFirst(3).first?.isUppercase == true {
            return "byline"
        }
        if lowered.hasPrefix("dr. ") && words.count <= 6 { return "clinician listing" }
        if words.count < 14, hasDate(words) { return "date line" }
        if words.count(where: { credentials.contains($0) }) >= 2 || (words.count <= 12 && block.text.containsBytes("•")) {
            return "credentials"
        }
        if block.kind == .paragraph && words.count >= 10 && stopwordRatio(words) < 0.12 {
            return "low stopword density (not prose)"
        }
        return nil
    }

    /// The first of `cues` (in list order) that `lowered` holds, found in one pass over its bytes.
    static func firstCue(in lowered: String) -> String? {
        let text = Array(lowered.utf8)
        var best = cues.count
        for start in text.indices {
            for (index, cue) in cueBytes[Int(text[start])] where index < best && text.count - start >= cue.count {
                if zip(cue, text[start...]).allSatisfy({ $0 == $1 }) { best = index }
            }
            if best == 0 { break }
        }
        return best < cues.count ? cues[best] : nil
    }

    /// `cues` as bytes, filed under their first byte, with their place in the list.
    private static let cueBytes: [[(Int, [UInt8])]] = {
        var table = [[(Int, [UInt8])]](repeating: [], count: 256)
        for (index, cue) in cues.enumerated() {
            let bytes = Array(cue.utf8)
            if let first = bytes.first { table[Int(first)].append((index, bytes)) }
        }
        return table
    }()

    private static func hasContactDetails(_ lowered: String) -> Bool {
        if lowered.containsBytes("www.") || lowered.containsBytes("http://") || lowered.containsBytes("https://") { return true }
        if lowered.containsBytes("@"), lowered.containsBytes(".com") || lowered.containsBytes(".org") { return true }
        // A phone number: ten or more digits within a run of digits, spaces, dashes, dots and brackets.
        var digits = 0
        for byte in lowered.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if digits >= 10 { return true }
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "+"):
                break
            default:
                digits = 0
            }
        }
        return false
    }

    private static func hasDate(_ words: [String]) -> Bool {
        let hasYear = words.contains { $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) && $0.allSatisfy(\.isNumber) }
        return hasYear && words.contains { months.contains($0) }
    }

    static func stopwordRatio(_ words: [String]) -> Double {
        guard !words.isEmpty else { return 0 }
        return Double(words.count { Stopwords.english.contains($0) }) / Double(words.count)
    }

    /// A heading that is itself furniture ("Editorial Standards", "How We Make Money") takes its section with it.
    private static func dropSections(_ blocks: inout [ArticleBlock]) {
        var sectionReason: String?
        for index in blocks.indices {
            if blocks[index].kind == .heading {
                // A heading said again is no furniture over what follows it.
                sectionReason = blocks[index].boilerplate.flatMap { $0 == Self.repeatedInPage ? nil : "under a boilerplate heading (\($0))" }
                continue
            }
            guard let reason = sectionReason, blocks[index].isContent else { continue }
            // A sentence of prose ends a furniture heading's reach: the page's content has begun, under a heading
            // the scrape lost ("Accessibility Options" and then the article).
            if isStrongProse(blocks[index]) || isSentence(blocks[index]) {
                sectionReason = nil
                continue
            }
            blocks[index].boilerplate = reason
        }
    }

    /// A paragraph that is a full sentence: six words or more, closing punctuation, function words.
    static func isSentence(_ block: ArticleBlock) -> Bool {
        let words = block.text.lowercased().spaceSeparated.map { Sentence.key($0) }
        return block.kind == .paragraph && words.count >= 6 && block.text.hasSuffix(".") && stopwordRatio(words) >= 0.25
    }

    /// A long paragraph that reads as prose: enough function words, no site voice. It stands on its own even
    /// under a furniture heading, since scraped pages often lose the heading that opened the article.
    static func isStrongProse(_ block: ArticleBlock) -> Bool {
        let words = block.text.lowercased().spaceSeparated.map { Sentence.key($0) }
        return block.kind == .paragraph && words.count >= 25 && stopwordRatio(words) >= 0.3
    }

    /// A short paragraph between two boilerplate blocks is boilerplate too (jusText's context rule).
    private static func smoothShortBlocks(_ blocks: inout [ArticleBlock]) {
        for index in blocks.indices where blocks[index].isContent && blocks[index].kind != .heading {
            guard blocks[index].wordCount < 10 else { continue }
            // A picture's caption is no page furniture around the text: the blocks beside it are judged past it.
            let judged = { (block: ArticleBlock) in block.kind != .heading && block.boilerplate != ArticleStructure.caption }
            let before = blocks[..<index].last(where: judged)
            let after = blocks[(index + 1)...].first(where: judged)
            if before?.isContent == false && (after == nil || after?.isContent == false) {
                blocks[index].boilerplate = "short, between boilerplate"
            }
        }
    }

    /// A list whose every item is boilerplate drops its lead-in too ("These resources may help:").
    private static func dropListsWithoutContent(_ blocks: inout [ArticleBlock]) {
        var lists: [Int: (leadIn: Int?, hasContent: Bool)] = [:]
        for block in blocks where block.kind == .item {
            guard let list = block.list else { continue }
            let hasContent = (lists[list]?.hasContent ?? false) || block.isContent
            lists[list] = (block.leadIn, hasContent)
        }
        for (_, list) in lists where !list.hasContent {
            if let leadIn = list.leadIn, blocks[leadIn].isContent { blocks[leadIn].boilerplate = "introduces boilerplate" }
        }
    }

    /// A heading with no content under it names nothing worth a topic.
    private static func dropEmptySections(_ blocks: inout [ArticleBlock]) {
        var lastHeading: Int?
        var hasContent = false
        for index in blocks.indices {
            if blocks[index].kind == .heading {
                if let lastHeading, !hasContent, blocks[lastHeading].isContent {
                    blocks[lastHeading].boilerplate = "heading without content"
                }
                lastHeading = index
                hasContent = false
            } else if blocks[index].isContent {
                hasContent = true
            }
        }
        if let lastHeading, !hasContent, blocks[lastHeading].isContent {
            blocks[lastHeading].boilerplate = "heading without content"
        }
    }
}
