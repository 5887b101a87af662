extension ByteBuffer {
    /// Appends `text` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// and so are DEL, the C1 controls (U+0080–U+009F) and the bidirectional controls (U+202A–U+202E,
    /// U+2066–U+2069), so that no output can drive a terminal or reorder what it shows; everything else
    /// (including other non-ASCII) is copied as UTF-8.
    public func appendJSONString(_ text: String) {
        var text = text
        append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let length = escapedLength(bytes, at: index)
                guard length > 0 else {
                    index += 1
                    continue
                }
                append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case 0x0A: append("\\n")
                case 0x09: append("\\t")
                case 0x0D: append("\\r")
                default:
                    let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), as: UTF8.self)
                        .unicodeScalars.first?.value ?? 0xFFFD
                    append("\\u")
                    for shift in [12, 8, 4, 0] as [UInt32] { append(hexDigit(UInt8((scalar >> shift) & 0xF))) }
                }
                index += length
                start = index
            }
            append(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// The bytes as an array (for writing to a file).
    public var array: [UInt8] { Array(bytes) }
}

/// The UTF-8 length of the character at `index` if it must be escaped, else 0.
private func escapedLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F { return 1 }
    guard byte == 0xC2 || byte == 0xE2, index + 1 < bytes.count else { return 0 }
    let second = bytes[index + 1]
    if byte == 0xC2 { return (0x80...0x9F).contains(second) ? 2 : 0 }
    guard index + 2 < bytes.count else { return 0 }
    let third = bytes[index + 2]
    if second == 0x80 && (0xAA...0xAE).contains(third) { return 3 }
    if second == 0x81 && (0xA6...0xA9).contains(third) { return 3 }
    return 0
}

private func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? 0x30 + value : 0x61 + value - 10
}
