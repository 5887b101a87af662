/// ANSI text styles that switch themselves off when colour is not wanted.
///
/// The only escape bytes Pearls writes come from here, wrapped around text that has already been
/// sanitized; with colour off they are never written at all.
public struct Style: Sendable {
    /// Whether styles are applied.
    public var isEnabled: Bool

    /// Creates a styler.
    public init(isEnabled: Bool) { self.isEnabled = isEnabled }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
