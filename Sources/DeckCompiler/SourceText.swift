import PearlsCore

/// A deck source decoded to lines, with the problems found while decoding.
///
/// Any bytes decode: invalid UTF-8 becomes U+FFFD with one error naming the first bad byte,
/// a file with NUL bytes is reported as binary, CRLF and CR line ends are accepted, a BOM is dropped.
struct SourceText {
    /// The file as the user named it.
    let name: String
    /// The lines without their line ends.
    let lines: [Substring]
    /// Problems met while decoding.
    let diagnostics: [Diagnostic]

    init(bytes: [UInt8], name: String) {
        self.name = name
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = Self.position(ofByte: nul, in: bytes)
            lines = []
            diagnostics = [
                Diagnostic(.error, file: name, line: line, column: column,
                           "this is a binary file (NUL byte), not a deck source")
            ]
            return
        }
        var diagnostics: [Diagnostic] = []
        var text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            let offset = Self.firstInvalidUTF8Offset(in: bytes) ?? 0
            let (line, column) = Self.position(ofByte: offset, in: bytes)
            let hex = String(bytes[offset], radix: 16, uppercase: true)
            diagnostics.append(Diagnostic(
                .error, file: name, line: line, column: column,
                "invalid UTF-8 (byte 0x\(hex)); save the file as UTF-8"))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        lines = Self.splitLines(text)
        self.diagnostics = diagnostics
    }

    /// Splits on LF, CRLF and lone CR. Works on UTF-8 bytes: in Swift "\r\n" is one Character, not a "\n".
    private static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(Substring(utf8[start..<index]))
                var next = utf8.index(after: index)
                if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        if start != utf8.endIndex { lines.append(Substring(utf8[start...])) }
        return lines
    }

    /// The offset of the first byte that starts an invalid UTF-8 sequence.
    private static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The 1-based line and column (in scalars, counting each invalid byte as one) of a byte offset.
    private static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        // Count scalars, not bytes: continuation bytes (10xxxxxx) do not start a column.
        let column = bytes[lineStart..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (line, column)
    }
}
