extension ByteBuffer {
    /// Appends `text` as a JSON string literal: quotes, backslashes and control characters escaped,
    /// everything else (including non-ASCII) copied as UTF-8.
    public func appendJSONString(_ text: String) {
        var text = text
        append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case 0x0A: append("\\n")
                case 0x09: append("\\t")
                case 0x0D: append("\\r")
                default:
                    append("\\u00")
                    append(hexDigit(byte >> 4))
                    append(hexDigit(byte & 0xF))
                }
                start = index + 1
            }
            append(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// The bytes as an array (for writing to a file).
    public var array: [UInt8] { Array(bytes) }
}

private func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? 0x30 + value : 0x61 + value - 10
}
