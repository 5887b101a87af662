/// A remark set off by a pair of dashes ("These are taken every day – even when you feel fine – to reduce
/// inflammation", "a pulmonary embolism — a life-threatening complication of DVT — needs…"): read without it,
/// the sentence's clauses parse as written; the remark itself is read by the apposition template.
enum DashAside {
    private static let dashes = [" – ", " — ", " - "]
    /// How a remark that can be left out opens: a renaming, or a qualifier.
    private static let openers = ["a ", "an ", "the ", "even ", "especially ", "such as ", "like ", "for example", "usually ",
                                  "often ", "sometimes ", "including ", "most often ", "most commonly ", "mostly ", "mainly ",
                                  "commonly ", "typically "]

    /// Words that open a leading condition or time clause, which ends where its aside does.
    private static let leadingClauseOpeners = ["if ", "when ", "whenever ", "unless ", "once ", "after ", "before ", "while "]

    /// "even when you feel fine" when `text` sets that concession aside right after `phrase` ("taken every day –
    /// even when you feel fine – to…"): what the parse left out, yet part of what `phrase` says.
    static func concession(after phrase: String, in text: String) -> String? {
        for dash in dashes {
            guard let open = text.rangeOfBytes(phrase + dash + "even "),
                  let close = text.range(of: dash, range: open.upperBound..<text.endIndex) else { continue }
            let aside = text[text.index(open.upperBound, offsetBy: -"even ".count)..<close.lowerBound]
            return aside.spaceSeparatedCount <= 8 ? String(aside) : nil
        }
        return nil
    }

    /// "This is usually people who… – for example, around 1 in 20 people admitted to hospital will…": an example
    /// set off by a dash at the end of a sentence is a statement of its own, read as a sentence ("Around 1 in 20
    /// people admitted…"), so its facts do not lean on the pointer that opens the sentence. The sentence before
    /// the dash and the example, or `nil` when the sentence has no such example or one too short to state anything.
    static func example(in text: String) -> (before: String, example: String)? {
        // Most sentences have no dash, and few an example: two byte scans say so before six searches.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == 0xE2 }),
              text.rangeOfBytes("for example, ") != nil || text.rangeOfBytes("for instance, ") != nil else { return nil }
        for dash in dashes {
            for opener in ["for example, ", "for instance, "] {
                guard let open = text.rangeOfBytes(dash + opener) else { continue }
                let example = String(text[open.upperBound...])
                guard example.spaceSeparatedCount >= 6, !dashes.contains(where: { example.rangeOfBytes($0) != nil }) else { return nil }
                return (String(text[..<open.lowerBound]) + ".", example.capitalizedFirst)
            }
        }
        return nil
    }

    /// `text` without its asides of at most 12 words, or `text` itself. An aside that closes a leading
    /// condition ("If you have signs of a PE — a life-threatening complication — seek help") leaves a comma.
    static func stripped(_ text: String) -> String {
        // Most sentences have no dash: a byte scan says so before any search (a hyphen's byte, or an en or em
        // dash's lead byte).
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == 0xE2 }) else { return text }
        var result = text
        for dash in dashes {
            while let open = result.rangeOfBytes(dash),
                  let close = result.range(of: dash, range: open.upperBound..<result.endIndex) {
                let aside = result[open.upperBound..<close.lowerBound]
                let lowered = aside.lowercased()
                guard aside.spaceSeparatedCount <= 12, openers.contains(where: lowered.hasPrefix) else { break }
                let before = result[..<open.lowerBound]
                let closesCondition = leadingClauseOpeners.contains(where: before.lowercased().hasPrefix) && !before.contains(",")
                result.replaceSubrange(open.lowerBound..<close.upperBound, with: closesCondition ? ", " : " ")
            }
        }
        // "Children with croup can get stridor – a high-pitched sound made when they breathe in, which…": a renaming
        // after a single dash runs to the end of the sentence (or a comma), and the sentence reads whole without it.
        for dash in [" – ", " — "] {
            guard let open = result.rangeOfBytes(dash), result.range(of: dash, range: open.upperBound..<result.endIndex) == nil,
                  ["a ", "an "].contains(where: result[open.upperBound...].hasPrefix),
                  result[..<open.lowerBound].spaceSeparatedCount >= 3 else { continue }
            let tail = result[open.upperBound...]
            let stop: String.Index? = tail.firstIndex { $0 == "." || $0 == ";" }
            let which: String.Index? = tail.range(of: ", which ")?.lowerBound
            let end: String.Index = which ?? stop ?? result.endIndex
            guard result[open.upperBound..<end].spaceSeparatedCount <= 16, !result[open.upperBound..<end].contains(",") else { continue }
            let after = result[end...]
            result = String(result[..<open.lowerBound]) + (after.hasPrefix(", which ") ? "." : String(after))
        }
        return result
    }
}
