/// Where a card came from: a source file, as named in the deck, and a 1-based line.
public struct Provenance: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file, relative to the folder or file given to the compiler (never an absolute path,
    /// so a deck compiles to the same bytes from any working directory).
    public var file: String
    /// The 1-based line the card starts on.
    public var line: Int

    /// Creates a location.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
