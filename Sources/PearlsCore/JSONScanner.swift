/// A strict, allocation-light reader of JSON text, one token at a time, for the formats Pearls reads in bulk
/// (review histories, the progress journal), where Foundation's decoders are several times too slow on Linux.
///
/// It accepts exactly RFC 8259 JSON: no comments, no trailing commas, no leading zeros, no bare control
/// characters in strings, no lone surrogates. Errors carry the byte offset and say what was expected.
public struct JSONScanner: ~Copyable {
    // The hot methods are inlinable so that a reader in another module (the journal, the snapshot) compiles
    // them into its own loop: a call per token was a third of reading a snapshot.
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline var position: Int

    /// The offset of the next byte to read.
    public var offset: Int { position }

    /// Scans `bytes`, which must stay alive and unchanged while the scanner is used.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        position = 0
    }

    /// Continues from `offset`, which a caller found by reading the same bytes some other way (in parts, at
    /// once); it must lie within the bytes.
    public mutating func move(to offset: Int) {
        precondition((0...bytes.count).contains(offset), "offset \(offset) outside \(bytes.count) bytes")
        position = offset
    }

    /// Whether only white space is left.
    @inlinable
    public mutating func isAtEnd() -> Bool {
        skipWhitespace()
        return offset == bytes.count
    }

    /// The next non-space byte, without consuming it; `nil` at the end.
    @inlinable
    public mutating func peek() -> UInt8? {
        skipWhitespace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// Consumes `byte` (after white space) or throws.
    @inlinable
    public mutating func expect(_ byte: UInt8) throws(JSONScanError) {
        guard peek() == byte else { throw error("expected '\(Character(Unicode.Scalar(byte)))'") }
        position += 1
    }

    /// Consumes `byte` if it is next, and says whether it was.
    @inlinable
    public mutating func consume(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    /// Consumes `null` if it is next.
    public mutating func consumeNull() -> Bool {
        guard peek() == UInt8(ascii: "n"), matches("null") else { return false }
        position += 4
        return true
    }

    /// Reads a string, decoding escapes.
    @inlinable
    public mutating func string() throws(JSONScanError) -> String {
        let range = try stringRange()
        let raw = UnsafeBufferPointer(rebasing: bytes[range])
        guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
        return try unescape(raw, at: range.lowerBound)
    }

    /// Reads a string and returns its bytes between the quotes, escapes not decoded: for matching keys and
    /// other known words without making a `String`.
    @inlinable
    public mutating func stringBytes() throws(JSONScanError) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[try stringRange()])
    }

    /// Reads a string and returns the byte range of its raw JSON text, quotes included (validated, not decoded).
    public mutating func rawString() throws(JSONScanError) -> Range<Int> {
        let start = offset
        _ = try stringRange()
        return (start)..<offset
    }

    /// Reads an integer (no fraction or exponent).
    @inlinable
    public mutating func integer() throws(JSONScanError) -> Int {
        let start = try numberStart()
        let range = try numberRange()
        var value = 0
        var index = range.lowerBound
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        while index < range.upperBound {
            let digit = bytes[index]
            guard digit >= 0x30 && digit <= 0x39 else {
                position = start
                throw error("expected a whole number")
            }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(digit - 0x30))
            guard !overflow1 && !overflow2 else {
                position = start
                throw error("number too large")
            }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }

    /// Reads a whole number and checks it lies in `range`; the error names the value as `name`.
    @inlinable
    public mutating func integer(in range: ClosedRange<Int>, named name: String) throws(JSONScanError) -> Int {
        try checked(in: range, named: name) { (scanner) throws(JSONScanError) in try scanner.integer() }
    }

    /// Reads a number and checks it lies in `range`; the error names the value as `name`.
    @inlinable
    public mutating func double(in range: ClosedRange<Double>, named name: String) throws(JSONScanError) -> Double {
        try checked(in: range, named: name) { (scanner) throws(JSONScanError) in try scanner.double() }
    }

    /// Inlined with its caller's closure, so a checked number costs what an unchecked one does.
    @inlinable
    mutating func checked<Number: Comparable>(
        in range: ClosedRange<Number>, named name: String, _ read: (inout JSONScanner) throws(JSONScanError) -> Number
    ) throws(JSONScanError) -> Number {
        _ = peek()
        let start = offset
        let value = try read(&self)
        guard range.contains(value) else {
            throw JSONScanError(offset: start,
                                message: "\(name) must be from \(range.lowerBound) to \(range.upperBound), not \(value)")
        }
        return value
    }

    /// Reads a number as a Double.
    @inlinable
    public mutating func double() throws(JSONScanError) -> Double {
        let start = try numberStart()
        let range = try numberRange()
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            position = start
            throw error("number out of range")
        }
        return value
    }

    /// Reads `true` or `false`.
    public mutating func boolean() throws(JSONScanError) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default:
            throw error("expected true or false")
        }
    }

    /// Skips one complete value of any kind, validating it.
    public mutating func skipValue(depth: Int = 0) throws(JSONScanError) {
        guard depth < 512 else { throw error("nested too deeply") }
        switch peek() {
        case UInt8(ascii: "\""): _ = try stringRange()
        case UInt8(ascii: "{"):
            position += 1
            if consume(UInt8(ascii: "}")) { return }
            repeat {
                _ = try stringRange()
                try expect(UInt8(ascii: ":"))
                try skipValue(depth: depth + 1)
            } while consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"))
        case UInt8(ascii: "["):
            position += 1
            if consume(UInt8(ascii: "]")) { return }
            repeat { try skipValue(depth: depth + 1) } while consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"))
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case nil: throw error("unexpected end of input")
        default: _ = try numberRange()
        }
    }

    /// An error at the current offset.
    @inlinable
    public func error(_ message: String) -> JSONScanError {
        JSONScanError(offset: offset, message: message)
    }

    // MARK: - Pieces

    @inlinable
    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let start = word.utf8Start
        for index in 0..<count where bytes[offset + index] != start[index] { return false }
        return true
    }

    private mutating func literal(_ word: StaticString) throws(JSONScanError) {
        guard matches(word) else { throw error("expected \(word)") }
        position += word.utf8CodeUnitCount
    }

    @inlinable
    mutating func numberStart() throws(JSONScanError) -> Int {
        guard let next = peek() else { throw error("expected a number, found the end") }
        guard next == UInt8(ascii: "-") || (next >= 0x30 && next <= 0x39) else { throw error("expected a number") }
        return offset
    }

    /// The range of a number's text, checked against JSON's number grammar.
    @inlinable
    mutating func numberRange() throws(JSONScanError) -> Range<Int> {
        skipWhitespace()
        let start = offset
        func digits() -> Int {
            let begin = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { position += 1 }
            return offset - begin
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { position += 1 }
        let leadingZero = offset < bytes.count && bytes[offset] == 0x30
        let integerDigits = digits()
        guard integerDigits > 0 else { position = start; throw error("expected a number") }
        guard !(leadingZero && integerDigits > 1) else { position = start; throw error("numbers may not start with 0") }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw error("expected digits after '.'") }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits() > 0 else { throw error("expected digits in the exponent") }
        }
        return start..<offset
    }

    /// Validates a string and returns the range of its contents (without quotes).
    @inlinable
    mutating func stringRange() throws(JSONScanError) -> Range<Int> {
        guard peek() == UInt8(ascii: "\"") else { throw error("expected a string") }
        position += 1
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return start..<(offset - 1)
            case UInt8(ascii: "\\"):
                try skipEscape()
            case 0..<0x20:
                throw error("control character inside a string")
            case 0x80...:
                try skipUTF8Sequence()
            default:
                position += 1
            }
        }
        throw error("string never closed")
    }

    /// Checks one escape (`\n`, `\u00e9`, a surrogate pair…) and steps over it.
    @usableFromInline
    mutating func skipEscape() throws(JSONScanError) {
        guard offset + 1 < bytes.count else { throw error("string never closed") }
        switch bytes[offset + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            let unit = try hexUnit(at: offset + 2)
            position += 6
            if (0xDC00...0xDFFF).contains(unit) { throw error("lone surrogate in \\u escape") }
            if (0xD800...0xDBFF).contains(unit) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u"),
                      (0xDC00...0xDFFF).contains(try hexUnit(at: offset + 2))
                else { throw error("lone surrogate in \\u escape") }
                position += 6
            }
        default:
            throw error("bad escape")
        }
    }

    @usableFromInline
    func hexUnit(at start: Int) throws(JSONScanError) -> UInt32 {
        guard start + 4 <= bytes.count else { throw error("bad \\u escape") }
        var value: UInt32 = 0
        for index in start..<(start + 4) {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw error("bad \\u escape")
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Checks one multi-byte UTF-8 sequence (no overlongs, no surrogates, nothing past U+10FFFF).
    @usableFromInline
    mutating func skipUTF8Sequence() throws(JSONScanError) {
        let lead = bytes[offset]
        let length: Int
        let minimum: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: throw error("invalid UTF-8")
        }
        guard offset + length <= bytes.count else { throw error("invalid UTF-8") }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for index in 1..<length {
            let continuation = bytes[offset + index]
            guard continuation & 0xC0 == 0x80 else { throw error("invalid UTF-8") }
            scalar = scalar << 6 | UInt32(continuation & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            throw error("invalid UTF-8")
        }
        position += length
    }

    @usableFromInline
    func unescape(_ raw: UnsafeBufferPointer<UInt8>, at base: Int) throws(JSONScanError) -> String {
        var out = [UInt8]()
        out.reserveCapacity(raw.count)
        var index = 0
        func fail(_ message: String) -> JSONScanError { JSONScanError(offset: base + index, message: message) }
        // `raw` starts at byte `base` of the scanned text, so escapes are read with the shared hex reader.
        func hex4() throws(JSONScanError) -> UInt32 {
            let value = try hexUnit(at: base + index + 1)
            index += 4
            return value
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < raw.count else { throw fail("bad escape") }
            switch raw[index] {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 2 < raw.count, raw[index + 1] == UInt8(ascii: "\\"), raw[index + 2] == UInt8(ascii: "u")
                    else { throw fail("lone surrogate in \\u escape") }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("lone surrogate in \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw fail("lone surrogate in \\u escape")
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw fail("bad \\u escape") }
                out.append(contentsOf: String(unicode).utf8)
            default:
                throw fail("bad escape")
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A JSON syntax error at a byte offset.
public struct JSONScanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The offset of the byte where reading stopped.
    public var offset: Int
    /// What was expected, for a person.
    public var message: String

    /// An error at a byte offset.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "\(message) (at byte \(offset + 1))" }
}
