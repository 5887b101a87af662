import Foundation

/// A sentence as indexed values: its text, and its tokens with their tags. Everything built on it (chunks,
/// clauses, a card's answer) is a range of token indices, and text is made only by `text(_:)`, which joins the
/// source's own characters, so spacing and case come out as the author wrote them.
public struct Passage: Sendable {
    public let text: String
    public private(set) var tokens: [Token]

    /// `text` read with the English lexicon. The rules read a sentence many times over (as a clause, a lead-in, a
    /// list's question), so a passage read lately is taken from a small cache, not tokenized and tagged again.
    public init(_ text: String) {
        // A long text is seldom read twice, and would make the cache's memory grow with the input.
        guard text.utf8.count <= 2_000 else {
            self.init(text, lexicon: .english)
            return
        }
        if let known = Self.cacheLock.withLock({ Self.cache[text] }) {
            self = known
            return
        }
        self.init(text, lexicon: .english)
        let made = self
        Self.cacheLock.withLock {
            if Self.cache.count >= 4_096 { Self.cache.removeAll(keepingCapacity: true) }
            Self.cache[text] = made
        }
    }

    public init(_ text: String, lexicon: Lexicon) {
        self.text = text
        tokens = Self.tokenize(text)
        Tagger.tag(&tokens, lexicon: lexicon)
    }

    /// Bounded in entries and in their length, so a long compile or a long-running process cannot grow it without
    /// end; a Foundation lock, as for `Headings`, so that ThreadSanitizer sees the order.
    private static let cacheLock = NSLock()
    nonisolated(unsafe) private static var cache: [String: Passage] = [:]

    /// The same text with the tags of tokens `range` replaced by `tags`, where the caller knows better than the
    /// tagger (a sentence it put together itself from a heading and a list item).
    public func retagged(_ range: Range<Int>, as tags: [PartOfSpeech]) -> Passage {
        var copy = self
        for (index, tag) in zip(range.clamped(to: 0..<tokens.count), tags) { copy.tokens[index].tag = tag }
        return copy
    }

    /// The source text of tokens `range`, or "" for an empty range.
    public func text(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<tokens.count)
        guard let first = range.first, let last = range.last else { return "" }
        // A part that opens on a contracted verb ("'s usually treated…", its pronoun left behind) spells it out.
        if text[tokens[first].range].first == "'", tokens[first].key.first?.isLetter == true {
            let after = tokens[first].range.upperBound..<tokens[last].range.upperBound
            return tokens[first].key + text[after]
        }
        return String(text[tokens[first].range.lowerBound..<tokens[last].range.upperBound])
    }

    /// The source text of several ranges in order, joined by one space (a question built from parts).
    public func text(_ ranges: [Range<Int>]) -> String {
        ranges.map { text($0) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    public var keys: [String] { tokens.map(\.key) }

    /// The index of the first token at or after `start` whose key is one of `keys`.
    public func first(_ keys: Set<String>, from start: Int = 0, before end: Int? = nil) -> Int? {
        let end = min(end ?? tokens.count, tokens.count)
        guard start < end else { return nil }
        return (start..<end).first { keys.contains(tokens[$0].key) }
    }

    /// The index where `words` (keys) occur in order, at or after `start`.
    public func find(_ words: [String], from start: Int = 0) -> Int? {
        guard !words.isEmpty, tokens.count >= words.count, start <= tokens.count - words.count else { return nil }
        return (start...(tokens.count - words.count)).first { index in
            words.indices.allSatisfy { tokens[index + $0].key == words[$0] }
        }
    }

    /// Words, split on white space, with leading and trailing punctuation as tokens of their own. Inner
    /// punctuation stays ("4mmol/L", "X-ray", "don't", "3.5").
    /// "cannot" is read as "can" and "not", and a pronoun's contracted verb ("it's", "you're") as the pronoun and
    /// the verb, each shown as the one word it is.
    private static func tokenize(_ text: String) -> [Token] {
        let tokens = tokenizeASCII(text) ?? tokenizeCharacters(text)
        guard tokens.contains(where: { $0.key == "cannot" || contraction(of: $0.key) != nil }) else { return tokens }
        return tokens.indices.flatMap { index -> [Token] in
            let token = tokens[index]
            let split: (at: Int, verb: String)
            if token.key == "cannot" {
                split = (3, "not")
            } else if let (pronoun, verb) = contraction(of: token.key) {
                // "it's been": the "'s" of a perfect is "has".
                let perfect = index + 1 < tokens.count && ["been", "got"].contains(tokens[index + 1].key)
                split = (pronoun.count, verb == "is" && perfect ? "has" : verb)
            } else {
                return [token]
            }
            let middle = text.index(token.range.lowerBound, offsetBy: split.at)
            let first = token.key == "cannot" ? "can" : String(token.key.prefix(split.at))
            return [Token(range: token.range.lowerBound..<middle, key: first, tag: .noun, isCapitalized: token.isCapitalized,
                          spaceBefore: token.spaceBefore),
                    Token(range: middle..<token.range.upperBound, key: split.verb, tag: .noun, isCapitalized: false,
                          spaceBefore: false)]
        }
    }

    /// A pronoun and the verb contracted onto it ("it's" → ("it", "is"), "they're" → ("they", "are")), or `nil`.
    /// "he's" and "you'd" are left whole: which verb they hold depends on what follows.
    static func contraction(of key: String) -> (pronoun: String, verb: String)? {
        guard key.utf8.count <= 8, let apostrophe = key.firstIndex(of: "'") else { return nil }
        let pronoun = String(key[..<apostrophe]), ending = String(key[key.index(after: apostrophe)...])
        switch ending {
        case "s" where ["it", "that", "there", "here", "what", "who", "this"].contains(pronoun): return (pronoun, "is")
        case "re" where ["you", "they", "we"].contains(pronoun): return (pronoun, "are")
        case "ve" where ["you", "they", "we", "i"].contains(pronoun): return (pronoun, "have")
        case "ll" where ["you", "they", "we", "i", "it", "she", "he"].contains(pronoun): return (pronoun, "will")
        case "m" where pronoun == "i": return (pronoun, "am")
        default: return nil
        }
    }

    /// `tokenize` for any text, a `Character` at a time.
    static func tokenizeCharacters(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let spaced = index > text.startIndex && text[text.index(before: index)].isWhitespace
            if text[index].isWhitespace {
                index = text.index(after: index)
                continue
            }
            var end = index
            while end < text.endIndex, !text[end].isWhitespace { end = text.index(after: end) }
            var start = index
            var pieces: [Range<String.Index>] = []
            while start < end, isEdgePunctuation(text[start]) {
                pieces.append(start..<text.index(after: start))
                start = text.index(after: start)
            }
            var wordEnd = end
            var trailing: [Range<String.Index>] = []
            while wordEnd > start, isEdgePunctuation(text[text.index(before: wordEnd)]) {
                let before = text.index(before: wordEnd)
                // A decimal point or an abbreviation's final period ("e.g.") stays with its word.
                if text[before] == ".", text[start..<before].contains(".") { break }
                trailing.insert(before..<wordEnd, at: 0)
                wordEnd = before
            }
            if start < wordEnd { pieces.append(start..<wordEnd) }
            pieces += trailing
            for (offset, piece) in pieces.enumerated() {
                let word = text[piece]
                tokens.append(Token(range: piece, key: word.lowercased(), tag: .noun,
                                    isCapitalized: word.first?.isUppercase == true,
                                    spaceBefore: offset == 0 && spaced))
            }
            index = end
        }
        return tokens
    }

    private static func isEdgePunctuation(_ character: Character) -> Bool {
        ".,;:!?()[]\"“”‘’'«»…".contains(character)
    }

    /// `tokenize` over the bytes of an ASCII text, where every byte is a character: the same tokens, without
    /// walking `Character`s (which costs most of a corpus's tokenizing on Linux). `nil` for any other text.
    static func tokenizeASCII(_ text: String) -> [Token]? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let bytes = Array(utf8)
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        let position = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
        var tokens: [Token] = []
        var index = 0
        while index < bytes.count {
            let spaced = index > 0 && isSpace(bytes[index - 1])
            if isSpace(bytes[index]) {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
            var start = index
            var pieces: [Range<Int>] = []
            while start < end, edgeBytes.contains(bytes[start]) {
                pieces.append(start..<start + 1)
                start += 1
            }
            var wordEnd = end
            var trailing: [Range<Int>] = []
            while wordEnd > start, edgeBytes.contains(bytes[wordEnd - 1]) {
                let before = wordEnd - 1
                if bytes[before] == UInt8(ascii: "."), bytes[start..<before].contains(UInt8(ascii: ".")) { break }
                trailing.insert(before..<wordEnd, at: 0)
                wordEnd = before
            }
            if start < wordEnd { pieces.append(start..<wordEnd) }
            pieces += trailing
            for (offset, piece) in pieces.enumerated() {
                let key = String(decoding: bytes[piece].map(ASCIIBytes.lowercased), as: UTF8.self)
                tokens.append(Token(range: position(piece.lowerBound)..<position(piece.upperBound), key: key, tag: .noun,
                                    isCapitalized: (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[piece.lowerBound]),
                                    spaceBefore: offset == 0 && spaced))
            }
            index = end
        }
        return tokens
    }

    private static let edgeBytes = Set(".,;:!?()[]\"'".utf8)
}
