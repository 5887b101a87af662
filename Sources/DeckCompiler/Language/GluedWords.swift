/// Words a scraper ran together when it dropped the spaces between inline elements ("Dehydration canalsolead
/// toaloss ofstrength", "It'sa main cause"), parted again. A run is parted only when it is no word the lexicon,
/// the noun list or the input itself knows, and every part is a known word with a function word among them
/// ("of", "can", "a"; in a run of three, first or twice): so "radiotherapy" or a drug's name ("metformin", not
/// "met for min") is never cut, while "ofstrength" is.
public enum GluedWords {
    /// Every common noun of the word list (Scripts/make-lexicon), read on first use.
    static let nouns: Set<String> = {
        let text = String(decoding: PackageResources.nouns_txt, as: UTF8.self)
        var words = Set<String>(minimumCapacity: 24_000)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            for word in line.split(separator: " ") { words.insert(String(word)) }
        }
        return words
    }()

    /// Closed-class tags: the function words a glued run must contain one of.
    private static let functionTags: Set<PartOfSpeech> = [
        .determiner, .possessive, .pronoun, .preposition, .conjunction, .subordinator, .wh, .modal, .auxiliary, .to,
        .negation, .number,
    ]
    /// Function words that also open ordinary compounds ("inpatient", "outlook", "tonight"): not a first part
    /// unless the run has three parts.
    private static let compoundOpeners: Set<String> = [
        "in", "on", "up", "out", "over", "under", "with", "for", "by", "down", "off", "after", "back", "through", "any",
        "some", "every", "no", "all", "to", "be", "her", "his", "its", "one", "an", "a", "as", "so", "but", "or", "and",
    ]
    /// The only pieces of one or two letters a run may be parted into.
    private static let shortParts: Set<String> = ["a", "an", "of", "to", "in", "on", "at", "by", "if", "is", "it", "as", "or",
                                                  "no", "be", "do", "so", "up"]
    private static let questionWords: Set<String> = ["how", "what", "who", "why", "which", "when", "where"]
    /// Words that open a sentence, the only capitalised runs parted ("Ifsevere dehydration").
    private static let sentenceOpeners: Set<String> = ["if", "it", "the", "this", "when", "you", "they", "these", "there"]

    /// The longest run, in bytes, that is parted.
    static let longestRun = 48

    /// The lines with glued runs parted; `lines` are an article's normalised lines.
    static func separate(_ lines: [String], lexicon: Lexicon = .english) -> [String] {
        // Counted in parallel, a stretch of lines at a time (a 10 MB page has 100,000 lines).
        let stretches = stride(from: 0, to: lines.count, by: 2_048).map { $0..<min($0 + 2_048, lines.count) }
        let counted = stretches.concurrentMap(minimumChunk: 1) { stretch in
            var seen: [Substring: Int] = [:]
            for line in lines[stretch] {
                for word in words(in: line) { seen[word.lowercased()[...], default: 0] += 1 }
            }
            return seen
        }
        let seenNow = counted.dropFirst().reduce(into: counted.first ?? [:]) { total, part in total.merge(part, uniquingKeysWith: +) }
        return lines.concurrentMap(minimumChunk: 256) { line in
            let seen = seenNow
            let listed = { (word: String) -> Bool in
                lexicon.tag(of: word) != nil || nouns.contains(word) || (seen[word[...]] ?? 0) >= 2 || isInflected(word, lexicon)
            }
            // "wingless", "childlike": a listed word and a suffix that looks like a function word is one word.
            let known = { (word: String) -> Bool in
                listed(word) || ["less", "like"].contains { word.hasSuffix($0) && word.count >= 7 && listed(String(word.dropLast(4))) }
            }
            var result = rejoined(line, lexicon: lexicon)
            for word in words(in: result).reversed() {
                let lowered = word.lowercased()
                // A glued run is two or three words; a longer one is no prose (a data URI, a line of one letter),
                // and trying every cut of it would take time cubic in its length.
                guard word.count >= 5, word.utf8.count <= Self.longestRun, !known(lowered), lowered != "cannot" else { continue }
                let capitalised = word.first?.isUppercase == true
                if capitalised, word.startIndex != result.startIndex, !result[..<word.startIndex].hasSuffix(". ") { continue }
                if let parted = partedContraction(lowered, known: known) {
                    // "It'sa" → "It's a"
                    result.replaceSubrange(word.startIndex..<word.endIndex, with: capitalised ? parted.capitalizedFirst : parted)
                    continue
                }
                guard word.count >= 6, !lowered.contains("'"), let parts = split(lowered, known: { lexicon.tag(of: $0) != nil || nouns.contains($0)
                                            || (seen[$0[...]] ?? 0) >= 1 && $0.count >= 4 || isInflected($0, lexicon) },
                                        isFunction: { lexicon.tag(of: $0).map(functionTags.contains) ?? false }),
                      !capitalised || sentenceOpeners.contains(parts[0]) else { continue }
                var joined = parts.joined(separator: " ")
                if capitalised { joined = joined.capitalizedFirst }
                result.replaceSubrange(word.startIndex..<word.endIndex, with: joined)
            }
            return result
        }
    }

    /// The best way to part `word` in two or three known words, at least one of them a function word: fewest
    /// parts, then the longest shortest part.
    static func split(_ word: String, known: (String) -> Bool, isFunction: (String) -> Bool) -> [String]? {
        let letters = Array(word)
        var best: [String]?
        func consider(_ parts: [String]) {
            // Short pieces are where chance matches hide ("hum-er-us"): only common function words may be short,
            // and a question word may not end the run ("slides-how").
            guard parts.allSatisfy({ $0.count >= 3 || shortParts.contains($0) }), parts.first != "a",
                  // Two parts need one function word, and may end on it ("diarrhoea-in"). Three need it first
                  // ("can-also-lead"), two of them ("to-a-loss"), or one carved out of a listed word that the end
                  // of this function joins back ("urine-in-frequently"): one anywhere else is a name cut by chance
                  // ("met-for-min", "war-far-in").
                  parts.count == 2 && (isFunction(parts[0]) || isFunction(parts[1]) && !questionWords.contains(parts[1]))
                    || parts.count == 3 && (isFunction(parts[0]) || parts.filter(isFunction).count >= 2
                        || isFunction(parts[1]) && (known(parts[1] + parts[2]) || known(parts[0] + parts[1]))),
                  parts.allSatisfy(known),
                  // "to-a-loss", never "met-a-stasis": an article follows a function word.
                  parts.indices.dropFirst().allSatisfy({ !["a", "an"].contains(parts[$0]) || isFunction(parts[$0 - 1]) }),
                  parts.count == 3 || !compoundOpeners.contains(parts[0]) else { return }
            if let current = best {
                let shortest = { (parts: [String]) in parts.map(\.count).min() ?? 0 }
                guard parts.count < current.count || parts.count == current.count && shortest(parts) > shortest(current) else { return }
            }
            best = parts
        }
        for first in 1..<letters.count {
            let head = String(letters[..<first])
            consider([head, String(letters[first...])])
            for second in (first + 1)..<max(first + 1, letters.count) {
                consider([head, String(letters[first..<second]), String(letters[second...])])
            }
        }
        // "urine-in-frequently": a function word carved out of a listed word ("infrequently") is no part; the
        // run is that word and the rest.
        if let parts = best, parts.count == 3 {
            if known(parts[1] + parts[2]) { return [parts[0], parts[1] + parts[2]] }
            if known(parts[0] + parts[1]) { return [parts[0] + parts[1], parts[2]] }
        }
        return best
    }

    /// "it'sa" → "it's a": a pronoun's contraction run into the next word.
    private static func partedContraction(_ word: String, known: (String) -> Bool) -> String? {
        for pronoun in ["it's", "that's", "there's", "what's", "he's", "she's"] where word.hasPrefix(pronoun) && word.count > pronoun.count {
            let rest = String(word.dropFirst(pronoun.count))
            if rest == "a" || known(rest) { return pronoun + " " + rest }
        }
        return nil
    }

    /// "d epending" → "depending": a lone letter the scraper split from its word (never "a" or "I"), joined
    /// back when the two together are a listed word and the rest alone is not.
    static func rejoined(_ line: String, lexicon: Lexicon) -> String {
        // Most lines have no lone letter: find one (a space or the start, a letter, a space) before splitting.
        let bytes = Array(line.utf8)
        let space = UInt8(ascii: " ")
        let hasLoneLetter = bytes.indices.contains { at in
            at + 1 < bytes.count && bytes[at + 1] == space && (UInt8(ascii: "b")...UInt8(ascii: "z")).contains(bytes[at])
                && bytes[at] != UInt8(ascii: "i") && (at == 0 || bytes[at - 1] == space)
        }
        guard hasLoneLetter else { return line }
        let listed = { (word: String) -> Bool in
            if lexicon.tag(of: word) != nil || nouns.contains(word) { return true }
            for ending in ["s", "es", "ed", "d", "ing", "ly"] where word.hasSuffix(ending) && word.count > ending.count + 2 {
                let stem = String(word.dropLast(ending.count))
                if lexicon.tag(of: stem) != nil || nouns.contains(stem) { return true }
            }
            return false
        }
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index + 1 < words.count {
            let letter = words[index], rest = words[index + 1]
            if letter.count == 1, let character = letter.first, character.isLowercase, character != "a", character != "i",
               rest.count >= 3, rest.allSatisfy({ $0.isLowercase }), !listed(rest), listed(letter + rest) {
                words[index] = letter + rest
                words.remove(at: index + 1)
            }
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// "stages", "treated", "quickly": a known word with a regular ending; or a medical term, whose ending
    /// names it ("cystitis" is no "cyst it is", nor "nephrosis" a glued run).
    static func isInflected(_ word: String, _ lexicon: Lexicon) -> Bool {
        for ending in medicalEndings where word.hasSuffix(ending) && word.count > ending.count + 2 { return true }
        for ending in ["s", "es", "ed", "d", "ing", "ly", "er", "est"] where word.hasSuffix(ending) && word.count > ending.count + 2 {
            let stem = String(word.dropLast(ending.count))
            if lexicon.tag(of: stem) != nil || nouns.contains(stem) || word.hasSuffix("ing") { return true }
        }
        return false
    }

    /// Endings of medical terms: inflammation, condition, blood, removal, study, disease, pain.
    private static let medicalEndings = ["itis", "osis", "aemia", "emia", "ectomy", "ology", "pathy", "algia", "oma", "uria"]

    /// The runs of letters (and inner apostrophes) in `line`.
    private static func words(in line: String) -> [Substring] {
        if line.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(in: line) }
        var found: [Substring] = []
        var start: String.Index?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character.isLetter || character == "'" && start != nil {
                if start == nil { start = index }
            } else if let open = start {
                found.append(line[open..<index])
                start = nil
            }
            index = line.index(after: index)
        }
        if let open = start { found.append(line[open...]) }
        return found.map { $0.last == "'" ? $0.dropLast() : $0 }
    }

    /// `words(in:)` over bytes, for a line that is all ASCII (most are), with the same result.
    private static func asciiWords(in line: String) -> [Substring] {
        var found: [Substring] = []
        let utf8 = line.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") || byte == UInt8(ascii: "'") && start != nil {
                if start == nil { start = index }
            } else if let open = start {
                found.append(line[open..<index])
                start = nil
            }
            utf8.formIndex(after: &index)
        }
        if let open = start { found.append(line[open...]) }
        return found.map { $0.last == "'" ? $0.dropLast() : $0 }
    }
}
