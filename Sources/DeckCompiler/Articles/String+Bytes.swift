/// Byte-level versions of the generator's hottest string operations. Foundation's locale-aware `contains` and
/// the standard library's `Character` walk cost many times more than a loop over UTF-8 on Linux, and a corpus
/// runs them millions of times. Each fast path covers ASCII text and hands anything else to the general code,
/// so the results are the same for every input.
extension String {
    /// Whether the text holds `needle`, byte for byte.
    func containsBytes(_ needle: String) -> Bool { rangeOfBytes(needle) != nil }

    /// The first place the text holds `needle`, byte for byte. The bounds fall between scalars, so slicing
    /// the text with them is safe.
    func rangeOfBytes(_ needle: String) -> Range<String.Index>? {
        var haystack = self
        var needle = needle
        let found: Int? = haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return 0 }
                guard pattern.count <= text.count else { return nil }
                var index = 0
                let last = text.count - pattern.count
                while index <= last {
                    if text[index] == first {
                        var offset = 1
                        while offset < pattern.count && text[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
        guard let found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// The text with every `needle` replaced by `replacement`, byte for byte, left to right.
    func replacingBytes(_ needle: String, with replacement: String) -> String {
        guard !needle.isEmpty else { return self }
        var result = ""
        var rest = self
        while let found = rest.rangeOfBytes(needle) {
            result += rest[..<found.lowerBound]
            result += replacement
            rest = String(rest[found.upperBound...])
        }
        return result + rest
    }
}

extension StringProtocol {
    /// The words between single spaces, empty ones skipped: `split(separator: " ")` without walking `Character`s.
    /// (It differs only where a combining mark follows a space, which ingest never leaves.)
    var spaceSeparated: [SubSequence] { separated { $0 == UInt8(ascii: " ") } }

    /// The runs between ASCII separator bytes, empty ones skipped.
    @inline(__always)
    func separated(by isSeparator: (UInt8) -> Bool) -> [SubSequence] {
        var words: [SubSequence] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if isSeparator(utf8[index]) {
                if start < index { words.append(self[start..<index]) }
                utf8.formIndex(after: &index)
                start = index
            } else {
                utf8.formIndex(after: &index)
            }
        }
        if start < utf8.endIndex { words.append(self[start..<utf8.endIndex]) }
        return words
    }

    /// How many words `spaceSeparated` would give, without making them.
    var spaceSeparatedCount: Int {
        var count = 0
        var inWord = false
        for byte in utf8 {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// The text without the given characters at either end.
    func trimming(_ set: String) -> String {
        if let trimmed = ASCIIBytes.trimming(Substring(self), set) { return trimmed }
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

enum ASCIIBytes {
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// `Sentence.key` for an ASCII word: punctuation trimmed from both ends (a trailing % kept), lowercased.
    /// `nil` when the word holds any non-ASCII byte.
    static func wordKey(_ word: Substring.UTF8View) -> String? {
        guard !word.contains(where: { $0 >= 0x80 }) else { return nil }
        var start = word.startIndex
        var end = word.endIndex
        while start < end, !isAlphanumeric(word[start]) { word.formIndex(after: &start) }
        while end > start {
            let before = word.index(before: end)
            let byte = word[before]
            if isAlphanumeric(byte) || byte == UInt8(ascii: "%") { break }
            end = before
        }
        let bytes = word[start..<end]
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            for byte in bytes {
                buffer[count] = lowercased(byte)
                count += 1
            }
            return count
        }
    }

    /// The `Sentence.key` of each space-separated word of ASCII text, empty ones left out, joined by single
    /// spaces, in one pass. `nil` when the text holds any non-ASCII byte.
    static func joinedWordKeys(_ text: String) -> String? {
        let utf8 = text.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            var index = utf8.startIndex
            while index < utf8.endIndex {
                while index < utf8.endIndex, utf8[index] == UInt8(ascii: " ") { utf8.formIndex(after: &index) }
                var end = index
                while end < utf8.endIndex, utf8[end] != UInt8(ascii: " ") { utf8.formIndex(after: &end) }
                let next = end
                while index < end, !isAlphanumeric(utf8[index]) { utf8.formIndex(after: &index) }
                while end > index {
                    let byte = utf8[utf8.index(before: end)]
                    if isAlphanumeric(byte) || byte == UInt8(ascii: "%") { break }
                    utf8.formIndex(before: &end)
                }
                if index < end {
                    if count > 0 {
                        buffer[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    for byte in utf8[index..<end] {
                        buffer[count] = lowercased(byte)
                        count += 1
                    }
                }
                index = next
            }
            return count
        }
    }

    /// `Boilerplate.key` for ASCII text: lowercased letters, digits and spaces only. `nil` for other text.
    static func lettersDigitsAndSpaces(_ text: String) -> String? {
        let utf8 = text.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 where isAlphanumeric(byte) || byte == UInt8(ascii: " ") {
                buffer[count] = lowercased(byte)
                count += 1
            }
            return count
        }
    }

    /// `trimming` over bytes. `nil` (for the general code) when a non-ASCII character of the set may lie at an
    /// end, or a trimmed byte is joined to what follows it in one `Character` (a combining mark, or CR LF).
    static func trimming(_ text: Substring, _ set: String) -> String? {
        let setHasNonASCII = set.utf8.contains { $0 >= 0x80 }
        let setBytes = set.utf8  // an ASCII byte never matches inside a multi-byte sequence
        let utf8 = text.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end {
            let byte = utf8[start]
            guard byte < 0x80 else {
                if setHasNonASCII { return nil }
                break
            }
            let next = utf8.index(after: start)
            let joined = next < end && (utf8[next] >= 0x80 || (byte == 0x0D && utf8[next] == 0x0A))
            guard setBytes.contains(byte) else {
                if joined && setHasNonASCII { return nil }  // "e" + U+0301 is the set's "é"
                break
            }
            if joined { return nil }
            start = next
        }
        while end > start {
            let last = utf8.index(before: end)
            let byte = utf8[last]
            guard byte < 0x80 else {
                if setHasNonASCII { return nil }
                break
            }
            guard setBytes.contains(byte) else { break }
            if byte == 0x0A, last > start, utf8[utf8.index(before: last)] == 0x0D { return nil }
            end = last
        }
        return String(text[start..<end])
    }
}
