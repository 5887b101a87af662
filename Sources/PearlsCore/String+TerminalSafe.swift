extension String {
    /// The text with everything that could drive a terminal removed: ANSI escape sequences (CSI, OSC
    /// and two-byte escapes, in their 7- and 8-bit forms), every other C0 and C1 control character,
    /// DEL, and the bidirectional overrides that can make text display differently from what it is.
    ///
    /// Tabs become a space. Newlines are kept when `keepingNewlines` is true and become a space otherwise.
    /// Everything from a deck or an article passes through this before it reaches a terminal.
    public func sanitizedForTerminal(keepingNewlines: Bool = false) -> String {
        // Printable ASCII needs no change; checking bytes first spares deck compiles a scalar-by-scalar copy.
        if utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || ($0 == 0x0A && keepingNewlines) }) { return self }
        var out = String.UnicodeScalarView()
        var scalars = unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x0A:
                out.append(keepingNewlines ? scalar : " ")
            case 0x09:
                out.append(" ")
            case 0x1B:
                guard let next = scalars.next() else { break }
                switch next {
                case "[": Self.skipControlSequence(&scalars)
                case "]", "P", "X", "^", "_": Self.skipStringSequence(&scalars)
                default: break  // a two-byte escape such as ESC c: the second byte is dropped with it
                }
            case 0x9B:
                Self.skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                Self.skipStringSequence(&scalars)
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                break
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Skips a CSI sequence's parameter and intermediate bytes up to and including its final byte.
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if (0x40...0x7E).contains(scalar.value) { return }
            if !(0x20...0x3F).contains(scalar.value) { return }  // malformed: stop at the first stray byte
        }
    }

    /// Skips an OSC, DCS or similar string up to its terminator (BEL, ST, or ESC \).
    private static func skipStringSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x1B:
                _ = scalars.next()
                return
            default: continue
            }
        }
    }
}
