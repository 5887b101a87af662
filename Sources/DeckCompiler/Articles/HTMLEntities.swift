/// Decodes HTML character references: the named ones articles use, and every numeric one.
enum HTMLEntities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "...", "lsquo": "'", "rsquo": "'", "ldquo": "\"", "rdquo": "\"", "laquo": "«", "raquo": "»",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "middot": "·", "bull": "•", "micro": "µ", "frac12": "½", "frac14": "¼", "frac34": "¾", "le": "≤",
        "ge": "≥", "ne": "≠", "shy": "", "thinsp": " ", "ensp": " ", "emsp": " ", "zwj": "", "zwnj": "",
        "eacute": "é", "egrave": "è", "aacute": "á", "ouml": "ö", "uuml": "ü", "auml": "ä", "ccedil": "ç",
        "alpha": "α", "beta": "β", "gamma": "γ", "mu": "μ", "sup2": "²", "sup3": "³", "para": "¶", "sect": "§",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";"),
                  let decoded = value(of: after[..<semicolon]) else {
                out += "&"
                rest = after
                continue
            }
            out += decoded
            rest = after[after.index(after: semicolon)...]
        }
        return out + rest
    }

    private static func value(of reference: Substring) -> String? {
        if reference.first == "#" {
            let digits = reference.dropFirst()
            let number = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let number, let scalar = Unicode.Scalar(number) else { return nil }
            return String(Character(scalar))
        }
        return named[String(reference)]
    }
}
