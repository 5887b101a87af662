/// A remark set off by a pair of dashes ("These are taken every day – even when you feel fine – to reduce
/// inflammation", "a pulmonary embolism — a life-threatening complication of DVT — needs…"): read without it,
/// the sentence's clauses parse as written; the remark itself is read by the apposition template.
enum DashAside {
    private static let dashes = [" – ", " — ", " - "]
    /// How a remark that can be left out opens: a renaming, or a qualifier.
    private static let openers = ["a ", "an ", "the ", "even ", "especially ", "such as ", "like ", "for example", "usually ",
                                  "often ", "sometimes ", "including "]

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
        return result
    }
}
