extension String {
    /// The text cut to at most `width` characters, ending in `…` when it was cut.
    public func truncated(to width: Int) -> String {
        guard count > width else { return self }
        guard width > 1 else { return String(prefix(max(0, width))) }
        return String(prefix(width - 1)) + "…"
    }

    /// The text padded with spaces to `width` characters (never cut).
    public func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The text broken into lines of at most `width` characters at spaces; a longer word gets a line of its own.
    public func wrapped(to width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
