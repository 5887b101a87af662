import Foundation
import PearlsCore

/// What headings say about a page: the subject a heading names, the title a page's content keeps repeating,
/// and what a "What is X?" heading asks about.
enum Headings {
    /// Words of headings that name a section's role ("Causes and risk factors"), not a subject.
    private static let sectionWords: Set<String> = [
        "causes", "cause", "risk", "risks", "factors", "symptoms", "signs", "treatment", "treatments", "options",
        "diagnosis", "prevention", "overview", "types", "outlook", "complications", "management", "and", "of", "the",
        "your", "other", "common", "possible", "key", "facts", "tests", "more", "information", "support", "help",
    ]

    /// Headings that name a section's role, not the page's subject.
    static let genericHeadings: Set<String> = [
        "overview", "introduction", "summary", "about", "contents", "symptoms", "causes", "treatment", "diagnosis",
        "key points", "references", "more information", "what is it",
    ]

    /// The first of `headings` (the page's first few) whose subject comes back in the content: its first word at
    /// least three times, and most of its words of four letters or more twice ("Lymphoedema after breast cancer
    /// treatment" does on its page, "Care Network Content" does not). The content's words are counted once, so a
    /// long page costs one pass.
    static func repeatedTitle(_ headings: some Sequence<String>, in blocks: [ArticleBlock]) -> String? {
        var counts: [Substring: Int]?
        for heading in headings {
            guard Boilerplate.firstCue(in: heading.lowercased()) == nil, let subject = subject(of: heading) else { continue }
            let words = subject.lowercased().spaceSeparated.filter { $0.count >= 4 }
            guard let first = words.first else { continue }
            if counts == nil {
                var tally: [Substring: Int] = [:]
                for block in blocks where block.isContent && block.kind != .heading {
                    for word in block.text.lowercased().spaceSeparated { tally[word.trimming(" .,;:()\"'")[...], default: 0] += 1 }
                }
                counts = tally
            }
            let count = { (word: Substring) in counts?[word] ?? 0 }
            if count(first) >= 3, words.filter({ count($0) >= 2 }).count * 2 > words.count { return heading }
        }
        return nil
    }

    /// "What is a neutropenic fever?" → "Neutropenic fever"; `nil` for any other heading.
    static func askedAbout(_ heading: String) -> String? {
        let lowered = heading.lowercased()
        guard let opener = ["what is an ", "what is a ", "what is ", "what are "].first(where: lowered.hasPrefix) else { return nil }
        let subject = String(heading.dropFirst(opener.count)).trimming(" ?")
        guard (1...5).contains(subject.spaceSeparatedCount) else { return nil }
        return subject.capitalizedFirst
    }

    /// What a heading names, when it is a noun phrase: "Symptoms of heart failure" names heart failure,
    /// "Rescue inhalers (quick-relief medications)" names rescue inhalers; a question or "How to…" names nothing.
    static func subject(of heading: String) -> String? {
        if let known = cacheLock.withLock({ cache[heading] }) { return known }
        let found = findSubject(of: heading)
        cacheLock.withLock {
            if cache.count >= 10_000 { cache.removeAll(keepingCapacity: true) }
            cache[heading] = .some(found)
        }
        return found
    }

    /// Headings met, with what each names: every block and list of a section asks for its heading's subject,
    /// and tagging a heading is the cost. A Foundation lock, as in PearlsCore's time zone tables, so that
    /// ThreadSanitizer sees the order; bounded, so a long-running process cannot grow it without end.
    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [String: String?] = [:]

    /// What the page's title names: "Barky cough in children (croup)" names croup when the content says "croup"
    /// more often than it says the words before the bracket; "High blood pressure (hypertension)" names high blood
    /// pressure.
    static func pageSubject(title: String, in blocks: [ArticleBlock]) -> String? {
        let main = subject(of: title)
        guard let open = title.firstIndex(of: "("), let close = title[open...].firstIndex(of: ")") else { return main }
        let term = String(title[title.index(after: open)..<close]).trimming(" ")
        // "Deep vein thrombosis (DVT)": initials name the page no better than its words do.
        guard (1...3).contains(term.spaceSeparatedCount), term.first?.isLetter == true, term.contains(where: \.isLowercase),
              !Passage(term).tokens.contains(where: { [.verbPresent3, .verbPast, .auxiliary, .modal].contains($0.tag) }) else { return main }
        guard let main else { return ListQuestion.sentenceCase(term.capitalizedFirst) }
        let content = blocks.lazy.filter { $0.isContent && $0.kind != .heading }.map { $0.text.lowercased() }.joined(separator: " ")
        let count = { (phrase: String) in content.components(separatedBy: phrase.lowercased()).count - 1 }
        return count(term) > count(main) ? ListQuestion.sentenceCase(term.capitalizedFirst) : main
    }

    private static func findSubject(of heading: String) -> String? {
        var text = heading
        if let open = text.firstIndex(of: "(") { text = String(text[..<open]) }
        text = text.trimming(" :.")
        let lowered = text.lowercased()
        guard (1...8).contains(text.spaceSeparatedCount), !heading.hasSuffix("?"), !genericHeadings.contains(lowered),
              !["how ", "what ", "why ", "when ", "who ", "where ", "if "].contains(where: lowered.hasPrefix)
        else { return nil }
        for head in ["understanding ", "about ", "living with ", "coping with ", "signs and symptoms of ", "symptoms and signs of ",
                     "complications of ", "symptoms of ", "signs of ", "causes of ", "treatment of ", "treatment for ", "treating ", "types of ",
                     "diagnosis of ", "diagnosing ", "preventing ", "prevention of ", "risks of ", "looking after ", "caring for ", "care of ",
                     "managing "] where lowered.hasPrefix(head) {
            // "Looking after your stoma at home" is about the stoma: the owner and the setting name no subject.
            var named = String(text.dropFirst(head.count))
            if named.lowercased().hasPrefix("your ") { named.removeFirst(5) }
            if named.lowercased().hasSuffix(" at home") { named.removeLast(8) }
            return (1...6).contains(named.spaceSeparatedCount) ? ListQuestion.sentenceCase(named) : nil
        }
        // "Pressure relief for people who use a wheelchair": a long title is named by its words before "for".
        if text.spaceSeparatedCount > 6 {
            let words = text.spaceSeparated
            guard let cut = words.firstIndex(where: { ["for", "in", "with", "after", "during"].contains($0.lowercased()) }),
                  (1...4).contains(cut) else { return nil }
            text = words.prefix(cut).joined(separator: " ")
        }
        // "First aid quick guide", "Patient information leaflet": a heading that names the document, not its subject.
        if let last = text.lowercased().spaceSeparated.last, ["guide", "leaflet", "factsheet", "booklet", "handout"].contains(String(last)) {
            return nil
        }
        let passage = Passage(text)
        // "Barky Cough in Children": a word after an adjective names a thing, whatever else it can be.
        guard !passage.tokens.indices.contains(where: { passage.tokens[$0].tag.isFinite
                  && !($0 > 0 && passage.tokens[$0].tag == .verb && passage.tokens[$0 - 1].tag == .adjective) }),
              !passage.tokens.allSatisfy({ sectionWords.contains($0.key) || $0.tag == .punctuation }) else { return nil }
        return ListQuestion.sentenceCase(text)
    }
}
