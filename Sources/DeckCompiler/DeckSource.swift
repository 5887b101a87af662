/// One source file handed to the compiler: its bytes and the name diagnostics and provenance use.
public struct DeckSource: Sendable {
    /// What kind of source a file is, from its extension.
    public enum Kind: Sendable, Equatable {
        /// A Markdown deck source with authored cards.
        case markdown
        /// A plain-text or HTML article, for the automatic generator.
        case article
    }

    /// The name shown to users and stored as provenance, such as `bone-metastases/01-basics.md`.
    public var name: String
    public var kind: Kind
    public var bytes: [UInt8]

    /// Creates a source from bytes.
    public init(name: String, kind: Kind = .markdown, bytes: [UInt8]) {
        self.name = name
        self.kind = kind
        self.bytes = bytes
    }

    /// Creates a Markdown source from text.
    public init(name: String, text: String) {
        self.init(name: name, kind: .markdown, bytes: Array(text.utf8))
    }

    /// The kind a file name implies, or `nil` when the compiler does not read such files.
    public static func kind(ofFileNamed name: String) -> Kind? {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") { return .markdown }
        if [".txt", ".text", ".html", ".htm"].contains(where: lowered.hasSuffix) { return .article }
        return nil
    }
}
