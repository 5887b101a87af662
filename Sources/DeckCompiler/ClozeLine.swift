import PearlsCore

/// One line of a cloze paragraph, cut into plain text and `{{hidden}}` parts.
///
/// A deletion opens and closes on the same line; `{{a|b}}` accepts either answer.
struct ClozeLine: Equatable {
    enum Segment: Equatable {
        case text(String)
        /// The hidden part: its accepted answers, and the 1-based column of its `{{`.
        case deletion(answers: [String], column: Int)
    }

    var segments: [Segment] = []

    /// Whether the line has `{{`, and so makes its paragraph a cloze.
    static func hasCloze(_ line: some StringProtocol) -> Bool { line.contains("{{") }

    /// Cuts `text` into segments, reporting empty, unclosed or nested deletions.
    ///
    /// - Parameter firstColumn: the column of the text's first scalar in its source line.
    static func parse(_ text: String, firstColumn: Int, file: String, line: Int,
                      diagnostics: inout [Diagnostic]) -> ClozeLine
    {
        var result = ClozeLine()
        let scalars = Array(text.unicodeScalars)
        var plain = String.UnicodeScalarView()
        var index = 0
        func column(_ offset: Int) -> Int { firstColumn + offset }
        while index < scalars.count {
            guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" else {
                plain.append(scalars[index])
                index += 1
                continue
            }
            let open = index
            var close: Int?
            var nested: Int?
            var scan = open + 2
            while scan + 1 < scalars.count {
                if scalars[scan] == "}" && scalars[scan + 1] == "}" { close = scan; break }
                if scalars[scan] == "{" && scalars[scan + 1] == "{" && nested == nil { nested = scan }
                scan += 1
            }
            guard let close else {
                diagnostics.append(Diagnostic(.error, file: file, line: line, column: column(open),
                    "cloze '{{' is never closed with '}}' on this line"))
                plain.append(contentsOf: scalars[open...])
                break
            }
            if let nested {
                diagnostics.append(Diagnostic(.error, file: file, line: line, column: column(nested),
                    "a cloze cannot hold another '{{'"))
            }
            let inner = String(String.UnicodeScalarView(scalars[(open + 2)..<close]))
            let answers = inner.split(separator: "|", omittingEmptySubsequences: false).map { String($0).collapsingWhitespace }
            if answers.isEmpty || answers.contains(where: \.isEmpty) {
                diagnostics.append(Diagnostic(.error, file: file, line: line, column: column(open),
                    answers.allSatisfy(\.isEmpty) ? "empty cloze '{{}}': put the hidden words inside"
                        : "cloze has an empty alternative between '|'"))
            } else {
                if !plain.isEmpty { result.segments.append(.text(String(plain))) }
                plain = String.UnicodeScalarView()
                result.segments.append(.deletion(answers: answers, column: column(open)))
            }
            index = close + 2
        }
        if !plain.isEmpty { result.segments.append(.text(String(plain))) }
        return result
    }
}
